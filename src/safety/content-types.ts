/**
 * The one table of Content-Type by file extension for every server of the built site (tests, `npm run preview`,
 * the dev server's /media/, downloads and search bundle) and for the upload allow-list (src/safety/upload-types.ts,
 * which takes its types from here). Extensions are compared in lower case, as nginx does. Browser-safe (the CMS reads it).
 */

/** Content-Type by extension: files the build writes (pages, bundles, the search index, the favicon) and the uploads editors may add. */
const TYPES: Record<string, string> = {
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
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.odp': 'application/vnd.oasis.opendocument.presentation',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

/**
 * The extension of a file name in lower case, with the dot ("" when none), as node:path's extname reads it (a leading
 * dot names a hidden file, not an extension), but usable in the CMS's browser bundle.
 */
export function fileExtension(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** The Content-Type of an extension (".png", any case), or undefined when the table has none. */
export function typeOfExtension(extension: string): string | undefined {
  return Object.hasOwn(TYPES, extension.toLowerCase()) ? TYPES[extension.toLowerCase()] : undefined;
}

/** The Content-Type a static host sends for a file, by its extension (application/octet-stream when unknown). */
export function contentType(file: string): string {
  return typeOfExtension(fileExtension(file)) ?? 'application/octet-stream';
}
