/** The Decap preview template of articles: the page's markup, with the body and its components as the site renders them. */
import { createElement as h } from 'react';
import { ArticlePreview, type ArticleValues } from './article';
import { renderBody } from './body';
import { safeUrl } from './markdown';
import { plain, type GetCollection } from './site-data';
import { usePreviewData } from './use-preview-data';

/** What Decap gives a preview template (decap-cms-core 3.19, EditorPreviewPane). */
export interface TemplateProps {
  entry: { getIn: (path: string[]) => unknown };
  getAsset?: (path: string) => unknown;
  getCollection?: GetCollection;
}

/** The address of a media file in the CMS: its own blob: while not yet saved, else the file's path. */
export function assetUrl(getAsset: TemplateProps['getAsset'], path: string | undefined): string | undefined {
  if (!path) return undefined;
  const url = String(getAsset ? (getAsset(path) ?? path) : path);
  return url.startsWith(`blob:${globalThis.location?.origin ?? ''}/`) ? url : safeUrl(url);
}

/** The article preview. */
export function ArticleTemplate({ entry, getAsset, getCollection }: TemplateProps) {
  const data = usePreviewData(getCollection);
  const values = (plain(entry.getIn(['data'])) ?? {}) as ArticleValues;
  const cover = typeof values.cover === 'object' ? values.cover?.src : values.cover;
  return h(ArticlePreview, { values, body: renderBody(values.body ?? '', data), coverUrl: assetUrl(getAsset, cover) });
}
