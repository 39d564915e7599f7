/**
 * The MDX allow-list as an mdast plugin of Astro's MDX processor (Sätteri; the remark equivalent), registered
 * once in astro.config.mjs. It reads every MDX body the build compiles and fails the build with one error
 * listing the file, the line and the reason (in Vietnamese) for everything not allowed (see mdx-rules.ts).
 *
 * It runs before Astro's own image collector (Astro appends that plugin after ours, and a plugin's `after` hook
 * ends before the next plugin starts), so a refused image never reaches the step that turns relative image paths
 * into JavaScript imports; and once a file passes, that step is disarmed: any local image path left would stop
 * the build instead of being imported (content is never resolved as a module).
 */
import { fileURLToPath } from 'node:url';
import { isAbsolute, relative } from 'node:path';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { mdxText, mediaRefText } from '../i18n/safety';
import { nodeViolations, urlViolation, type RuleNode } from './mdx-rules';
import { contentDir, mediaDir } from '../utils/content-dir';
import { mediaFolder } from '../safety/media-folder';
import type { MediaFolder, MediaLookup } from '../safety/media-ref';
import { contentComponents } from './components';

interface Located extends RuleNode {
  position?: { start: { line: number; column: number } };
  identifier?: string;
}

/** One reason a body was rejected, with where it is. */
export interface MdxViolation {
  line?: number;
  column?: number;
  reason: string;
}

const KEY = 'mdxAllowListViolations';
const MEDIA = 'mdxAllowListMedia';
const DEFINITIONS = 'mdxAllowListDefinitions';
const IMAGE_REFERENCES = 'mdxAllowListImageReferences';

/** What Astro keeps in the processor's data (the front matter, and the image paths it would import). */
interface AstroData {
  frontmatter?: Record<string, unknown>;
  localImagePaths?: Set<string>;
}

/**
 * What the media folder answered for each compiled file (by file URL), until the compile cache takes it. Kept on
 * the global object: Astro may load this module more than once (its config and the Vite environments), and the
 * compile cache must see the answers whichever copy compiled the body.
 */
const LOOKUPS = Symbol.for('xa-khong-ma-tuy.mdxMediaLookups');
const lookups = ((globalThis as { [LOOKUPS]?: Map<string, Map<string, MediaLookup>> })[LOOKUPS] ??= new Map());

/**
 * The media references the allow-list looked up while compiling `fileURL`, and what it found, since the last call:
 * a compile that passed stays valid only while the media folder gives the same answers (src/integrations/mdx-compile-cache.ts).
 */
export function takeMediaLookups(fileURL: string): [string, MediaLookup][] {
  const found = lookups.get(fileURL);
  lookups.delete(fileURL);
  return [...(found ?? [])];
}

/** The build's media folder, one per compiled file, remembering what it answered. */
function recordingFolder(fileURL: URL | undefined): MediaFolder {
  const folder = mediaFolder(mediaDir());
  if (!fileURL) return folder;
  return {
    find(path) {
      const found = folder.find(path);
      let file = lookups.get(fileURL.href);
      if (!file) lookups.set(fileURL.href, (file = new Map()));
      file.set(path, found);
      return found;
    },
  };
}

const mediaOf = (ctx: MdastVisitorContext) => (ctx.data[MEDIA] ??= recordingFolder(ctx.fileURL)) as MediaFolder;
const at = (node: Located) => ({ line: node.position?.start.line, column: node.position?.start.column });

function visit(node: Located, ctx: MdastVisitorContext): void {
  const found = (ctx.data[KEY] ??= []) as MdxViolation[];
  for (const reason of nodeViolations(node, mediaOf(ctx))) found.push({ ...at(node), reason });
  if (node.type === 'definition' && node.identifier)
    ((ctx.data[DEFINITIONS] ??= new Map()) as Map<string, Located>).set(node.identifier, node);
}

/** `![alt][ref]` shows the definition's URL as an image: it must be one (checked once every definition is known). */
function imageReferenceViolations(ctx: MdastVisitorContext): MdxViolation[] {
  const definitions = (ctx.data[DEFINITIONS] ?? new Map()) as Map<string, Located>;
  return ((ctx.data[IMAGE_REFERENCES] ?? []) as Located[]).flatMap((node) => {
    const url = definitions.get(node.identifier ?? '')?.url;
    // A definition refused as a link is reported once, at the definition.
    if (url === undefined || urlViolation('definition', url, mediaOf(ctx))) return [];
    const reason = urlViolation('image', url, mediaOf(ctx));
    return reason ? [{ ...at(node), reason }] : [];
  });
}

/** A Set that refuses every addition: Astro's image collector adds the relative paths it would import. */
class NoImageImports extends Set<string> {
  override add(path: string): this {
    throw new Error(`${mdxText.heading(this.file)}\n  ${mediaRefText.importBlocked(path)}`);
  }
  constructor(private readonly file: string) {
    super();
  }
}

/** Formats violations of one file the way the build prints them: the file, then one line per violation. */
export function formatViolations(file: string, violations: MdxViolation[]): string {
  const lines = [...violations]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((v) => `  ${file}, ${mdxText.at(v.line, v.column)}: ${v.reason}`);
  return `${mdxText.heading(file)}\n${lines.join('\n')}\n  ${mdxText.fix(contentComponents.map((c) => c.name))}`;
}

/** The file as editors know it: relative to the content folder ("articles/bai-viet.mdx") when inside it. */
export function displayPath(fileURL: URL | undefined): string {
  if (!fileURL) return '(mdx)';
  const path = fileURLToPath(fileURL);
  const inContent = relative(contentDir(), path);
  return inContent && !inContent.startsWith('..') && !isAbsolute(inContent) ? inContent : relative(process.cwd(), path);
}

/** The plugin: visitors record violations, and the `after` hook throws once per file when there are any. */
export const mdxAllowList: MdastPluginDefinition = {
  name: 'mdx-allow-list',
  options: { position: true },
  mdxjsEsm: (node, ctx) => visit(node as Located, ctx),
  mdxFlowExpression: (node, ctx) => visit(node as Located, ctx),
  mdxTextExpression: (node, ctx) => visit(node as Located, ctx),
  mdxJsxFlowElement: (node, ctx) => visit(node as unknown as Located, ctx),
  mdxJsxTextElement: (node, ctx) => visit(node as unknown as Located, ctx),
  html: (node, ctx) => visit(node as Located, ctx),
  link: (node, ctx) => visit(node as Located, ctx),
  image: (node, ctx) => visit(node as Located, ctx),
  definition: (node, ctx) => visit(node as Located, ctx),
  imageReference: (node, ctx) => void ((ctx.data[IMAGE_REFERENCES] ??= []) as Located[]).push(node as Located),
  after: (_root, ctx) => {
    const astro = ctx.data.astro as AstroData | undefined;
    const found = [...((ctx.data[KEY] ?? []) as MdxViolation[]), ...imageReferenceViolations(ctx)];
    // Astro imports the file a front-matter `layout` names; the schema refuses the field too, this is the compiler's view.
    if (astro?.frontmatter && 'layout' in astro.frontmatter) found.push({ line: 1, reason: mediaRefText.layout });
    if (found.length) throw new Error(formatViolations(displayPath(ctx.fileURL), found));
    if (astro?.localImagePaths) astro.localImagePaths = new NoImageImports(displayPath(ctx.fileURL));
  },
};
