/** Types for the markdown widget's own serializers (cms/steady-markdown.ts uses them for its round trip). */
declare module 'decap-cms-widget-markdown/dist/esm/serializers/index.js' {
  interface SerializerOptions {
    voidCodeBlock?: boolean;
    remarkPlugins?: unknown[];
  }
  export function markdownToSlate(markdown: string, options?: SerializerOptions): unknown;
  export function slateToMarkdown(raw: unknown, options?: SerializerOptions): string;
}
