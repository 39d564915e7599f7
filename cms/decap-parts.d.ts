/** Types for the Decap packages that ship none; only what cms/decap.ts uses of them. */
declare module 'decap-cms-widget-*' {
  import type { CmsWidgetParam } from 'decap-cms-core';
  const widget: { Widget: () => CmsWidgetParam };
  export default widget;
}
declare module 'decap-cms-editor-component-image' {
  import type { EditorComponentOptions } from 'decap-cms-core';
  const component: EditorComponentOptions;
  export default component;
}
declare module 'decap-cms-backend-proxy' {
  export const ProxyBackend: unknown;
}
declare module 'decap-cms-backend-github' {
  export const GitHubBackend: unknown;
}
declare module 'decap-cms-backend-gitlab' {
  export const GitLabBackend: unknown;
}
declare module 'decap-cms-backend-gitea' {
  export const GiteaBackend: unknown;
}
declare module 'decap-cms-backend-forgejo' {
  export const ForgejoBackend: unknown;
}
declare module 'decap-cms-locales' {
  import type { CmsLocalePhrases } from 'decap-cms-core';
  export const en: CmsLocalePhrases;
  export const vi: CmsLocalePhrases;
}
/** One locale of decap-cms-locales as its own ES module (importable in Node too, unlike the package's entry). */
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  import type { CmsLocalePhrases } from 'decap-cms-core';
  const phrases: CmsLocalePhrases;
  export default phrases;
}
