/**
 * The one table of Content-Type by file extension for every server of the built site (tests, `npm run preview`,
 * the dev server's /media/ and downloads): the site's own asset types plus the upload table
 * (src/safety/upload-types.ts). Extensions are compared in lower case, as nginx does.
 */
import { fileExtension, UPLOAD_TYPES } from '../safety/upload-types';

/** Files the build itself writes (pages, bundles, the search index, the favicon). */
const SITE_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.vcf': 'text/vcard; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

const TYPES: Record<string, string> = {
  ...SITE_TYPES,
  ...Object.fromEntries(UPLOAD_TYPES.map((t) => [t.extension, t.mime])),
};

/** The Content-Type a static host sends for a file, by its extension (application/octet-stream when unknown). */
export function contentType(file: string): string {
  return TYPES[fileExtension(file)] ?? 'application/octet-stream';
}
