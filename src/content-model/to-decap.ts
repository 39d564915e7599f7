/** Projection of the content model to a Decap CMS configuration. Nothing here is kept by hand. */
import type { ContentType, SettingsFile } from './types';
import type { DecapField } from './fields';
import { contentTypes, settingsFiles } from './registry';
import { contentComponents } from './components';
import { decapListOptions } from './collection-list';
import { typeText } from '../i18n/vi';

/** Where and how the CMS saves: read from the environment when the admin is built. */
export interface CmsOptions {
  /**
   * Folder of the content, relative to the root the CMS writes to: the content folder inside the repository for a git
   * backend; empty for the local backend, which is rooted at the content folder itself and sees nothing else.
   */
  contentPath: string;
  /** Public address of the site. */
  siteUrl: string;
  /** Port of the local backend (decap-server). */
  localPort: number;
  /** Git backend for production; undefined means local editing only. */
  backend?: {
    name: 'github' | 'gitlab' | 'gitea' | 'forgejo';
    repo: string;
    branch: string;
    base_url?: string;
    auth_endpoint?: string;
    app_id?: string;
    api_root?: string;
    auth_type?: 'pkce' | 'implicit';
  };
}

const GIT_BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo'] as const;
/** Decap's editorial workflow (draft → in review → ready) works on these, not on Gitea. */
const WORKFLOW_BACKENDS = new Set(['github', 'gitlab', 'forgejo']);

export function cmsOptionsFromEnv(
  env: Record<string, string | undefined>,
  defaults: { siteUrl: string; contentPath: string },
): CmsOptions {
  const { siteUrl } = defaults;
  const options: CmsOptions = {
    contentPath: '',
    siteUrl,
    localPort: Number(env.CMS_LOCAL_PORT || 8081),
  };
  const name = env.CMS_BACKEND;
  if (!name) return options;
  if (!(GIT_BACKENDS as readonly string[]).includes(name))
    throw new Error(`CMS_BACKEND must be one of ${GIT_BACKENDS.join(', ')}, got "${name}".`);
  if (!env.CMS_REPO)
    throw new Error('CMS_REPO (owner/name of the content repository) is required when CMS_BACKEND is set.');
  const backend: NonNullable<CmsOptions['backend']> = {
    name: name as (typeof GIT_BACKENDS)[number],
    repo: env.CMS_REPO,
    branch: env.CMS_BRANCH || 'main',
  };
  if (env.CMS_BASE_URL) backend.base_url = env.CMS_BASE_URL;
  if (env.CMS_AUTH_ENDPOINT) backend.auth_endpoint = env.CMS_AUTH_ENDPOINT;
  if (env.CMS_APP_ID) {
    backend.app_id = env.CMS_APP_ID;
    backend.auth_type = 'pkce';
  }
  if (env.CMS_API_ROOT) backend.api_root = env.CMS_API_ROOT;
  return { ...options, contentPath: env.CMS_CONTENT_PATH || defaults.contentPath, backend };
}

/** A path inside the content folder, as the CMS backend names it. */
const inContent = (contentPath: string, path: string) => (contentPath ? `${contentPath}/${path}` : path);

function folderCollection(type: ContentType, contentPath: string) {
  const mdx = type.format === 'mdx';
  return {
    name: type.name,
    label: type.label,
    label_singular: type.labelSingular,
    description: type.description,
    folder: inContent(contentPath, type.folder),
    create: true,
    delete: true,
    extension: mdx ? 'mdx' : 'yaml',
    format: mdx ? 'frontmatter' : 'yaml',
    slug: `{{${type.slugField}}}`,
    identifier_field: type.slugField,
    summary: `{{${type.slugField}}}`,
    // Dated types: newest first, with dates, statuses, filters (src/content-model/collection-list.ts).
    ...decapListOptions(type),
    fields: type.fields.map((f) => (f.name === 'body' ? bodyField(f.decap) : f.decap)),
  };
}

/** The rich-text body offers the site's content components (and images) from its menu. */
function bodyField(field: DecapField): DecapField {
  return {
    ...field,
    widget: 'markdown',
    modes: ['rich_text', 'raw'],
    editor_components: ['image', ...contentComponents.map((c) => c.id)],
  };
}

function settingsCollection(files: readonly SettingsFile[], contentPath: string) {
  return {
    name: 'settings',
    label: typeText.site.label,
    description: typeText.site.description,
    editor: { preview: false },
    files: files.map((f) => ({
      name: f.name,
      label: f.label,
      description: f.description,
      file: inContent(contentPath, f.file),
      fields: f.fields.map((x) => x.decap),
    })),
  };
}

export function toDecapConfig(options: CmsOptions) {
  const localUrl = `http://127.0.0.1:${options.localPort}/api/v1`;
  const backend = options.backend ?? { name: 'proxy', proxy_url: localUrl };
  return {
    load_config_file: false,
    locale: 'vi',
    backend,
    ...(options.backend && WORKFLOW_BACKENDS.has(options.backend.name) ? { publish_mode: 'editorial_workflow' } : {}),
    // The local backend (npm start) is rooted at the content folder, so its paths differ from a git backend's:
    // a production admin never switches to it.
    ...(options.backend ? {} : { local_backend: { url: localUrl, allowed_hosts: ['localhost', '127.0.0.1'] } }),
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    // The login page shows the site's emblem (its favicon, the shield the posters draw) instead of Decap's logo.
    logo: { src: '/favicon.svg', show_in_header: false },
    media_folder: inContent(options.contentPath, 'media'),
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...contentTypes.map((t) => folderCollection(t, options.contentPath)),
      settingsCollection(settingsFiles, options.contentPath),
    ],
  };
}

export type DecapConfig = ReturnType<typeof toDecapConfig>;
