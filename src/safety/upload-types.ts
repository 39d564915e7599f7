/**
 * The file types editors may upload into the content folder's media/ (served at /media/): the one table that the
 * build's upload check, media references in content, the CMS's file pickers and the static servers read.
 * Anything not listed (SVG, HTML, JavaScript, archives, executables…) is refused: a browser could run it on the
 * portal's own address.
 */

/** What an upload is for: shown as a picture, offered as a document, or plain text. */
export type UploadKind = 'image' | 'document' | 'text';

/** One allowed upload type. */
export interface UploadType {
  /** Extension in lower case, with the dot. */
  extension: string;
  /** The Content-Type hosts send for it. */
  mime: string;
  kind: UploadKind;
}

export const UPLOAD_TYPES: readonly UploadType[] = [
  { extension: '.png', mime: 'image/png', kind: 'image' },
  { extension: '.jpg', mime: 'image/jpeg', kind: 'image' },
  { extension: '.jpeg', mime: 'image/jpeg', kind: 'image' },
  { extension: '.webp', mime: 'image/webp', kind: 'image' },
  { extension: '.gif', mime: 'image/gif', kind: 'image' },
  { extension: '.avif', mime: 'image/avif', kind: 'image' },
  { extension: '.pdf', mime: 'application/pdf', kind: 'document' },
  { extension: '.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'document' },
  { extension: '.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', kind: 'document' },
  { extension: '.pptx', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', kind: 'document' },
  { extension: '.odt', mime: 'application/vnd.oasis.opendocument.text', kind: 'document' },
  { extension: '.ods', mime: 'application/vnd.oasis.opendocument.spreadsheet', kind: 'document' },
  { extension: '.odp', mime: 'application/vnd.oasis.opendocument.presentation', kind: 'document' },
  { extension: '.txt', mime: 'text/plain; charset=utf-8', kind: 'text' },
];

/**
 * The extension of a file name in lower case, with the dot ("" when none), as node:path's extname reads it (a leading
 * dot names a hidden file, not an extension), but usable in the CMS's browser bundle.
 */
export function fileExtension(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** The allowed type of a file name (by its extension, case-insensitive), or undefined when it is not allowed. */
export function uploadType(fileName: string): UploadType | undefined {
  const extension = fileExtension(fileName);
  return UPLOAD_TYPES.find((t) => t.extension === extension);
}

/** The extensions of one kind (or of all kinds), for `accept` lists and messages. */
export function uploadExtensions(kind?: UploadKind): string[] {
  return UPLOAD_TYPES.filter((t) => !kind || t.kind === kind).map((t) => t.extension);
}
