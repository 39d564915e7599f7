/** Writes the `_headers` file (Cloudflare Pages / Netlify format) into every build, from src/safety/header-table.ts. */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFileText } from '../safety/header-table';

export function headersFile(): AstroIntegration {
  return {
    name: 'headers-file',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFileText());
      },
    },
  };
}
