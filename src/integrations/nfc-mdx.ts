/**
 * MDX bodies reach the compiler as Unicode NFC. Text typed on a Mac (or pasted from some PDFs) is NFD: "ệ" as
 * "e" plus two combining marks. Pages, heading ids, alt text and component props would keep that form, so the
 * same word would be two different strings for search, links and screen readers. Vite loads every `.mdx` module
 * through this hook first, before any transform (the MDX compiler included), so this is the one place bodies
 * are normalised; front matter is normalised by the field builders, stored bodies by the loader.
 */
import { existsSync } from 'node:fs';
import { readContentFile } from '../safety/content-files';
import type { AstroIntegration } from 'astro';

/** The module id without Vite's query (`?astroPropagatedAssets`…), when it names an MDX file. */
function mdxPath(id: string): string | undefined {
  const path = id.split('?')[0]!;
  return path.endsWith('.mdx') && existsSync(path) ? path : undefined;
}

/** The Vite plugin: loads MDX files as NFC text. */
export function nfcMdxPlugin() {
  return {
    name: 'nfc-mdx',
    enforce: 'pre' as const,
    load(id: string) {
      const path = mdxPath(id);
      // The one reader of content files: UTF-8 checked, a byte-order mark removed (src/safety/content-files.ts).
      return path ? readContentFile(path).normalize('NFC') : null;
    },
  };
}

/** The Astro integration that registers the plugin. */
export function nfcMdx(): AstroIntegration {
  return {
    name: 'nfc-mdx',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [nfcMdxPlugin()] } });
      },
    },
  };
}
