/** Types for Decap's own front-matter formatter (cms/list-view.ts wraps it). */
declare module 'decap-cms-core/dist/esm/formats/frontmatter.js' {
  export interface Formatter {
    fromFile(content: string): Record<string, unknown>;
    toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
  }
  export const FrontmatterInfer: Formatter;
}
