/**
 * The file types editors may upload into the content folder's media/ (served at /media/): the one allow-list that the
 * build's upload check, media references in content, the CMS's file pickers and the header table read (their
 * Content-Types come from the one table of src/safety/content-types.ts).
 * Anything not listed (SVG, HTML, JavaScript, archives, executables…) is refused: a browser could run it on the
 * portal's own address.
 */
import { fileExtension, typeOfExtension } from './content-types';

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

/** The one Content-Type of an allowed extension, from the table every server uses (content-types.ts). */
function mimeOf(extension: string): string {
  const mime = typeOfExtension(extension);
  if (!mime) throw new Error(`Upload type ${extension} has no Content-Type in src/safety/content-types.ts.`);
  return mime;
}

/** The allow-list: extensions and what they are for; each one's Content-Type comes from content-types.ts. */
const ALLOWED: readonly Omit<UploadType, 'mime'>[] = [
  { extension: '.png', kind: 'image' },
  { extension: '.jpg', kind: 'image' },
  { extension: '.jpeg', kind: 'image' },
  { extension: '.webp', kind: 'image' },
  { extension: '.gif', kind: 'image' },
  { extension: '.avif', kind: 'image' },
  { extension: '.pdf', kind: 'document' },
  { extension: '.docx', kind: 'document' },
  { extension: '.xlsx', kind: 'document' },
  { extension: '.pptx', kind: 'document' },
  { extension: '.odt', kind: 'document' },
  { extension: '.ods', kind: 'document' },
  { extension: '.odp', kind: 'document' },
  { extension: '.txt', kind: 'text' },
];

export const UPLOAD_TYPES: readonly UploadType[] = ALLOWED.map((t) => ({ ...t, mime: mimeOf(t.extension) }));

/** The extension of a file name in lower case, with the dot (see content-types.ts). */
export { fileExtension };

/** The allowed type of a file name (by its extension, case-insensitive), or undefined when it is not allowed. */
export function uploadType(fileName: string): UploadType | undefined {
  const extension = fileExtension(fileName);
  return UPLOAD_TYPES.find((t) => t.extension === extension);
}

/** The extensions of one kind (or of all kinds), for `accept` lists and messages. */
export function uploadExtensions(kind?: UploadKind): string[] {
  return UPLOAD_TYPES.filter((t) => !kind || t.kind === kind).map((t) => t.extension);
}
