/**
 * The verdict on one upload: allowed by its extension (src/safety/upload-types.ts) and by its bytes
 * (upload-sniff.ts), or a Vietnamese refusal naming the file, the cause and the fix. Pure, so the build's check of
 * media/ and the CMS's upload guard give the same answer.
 */
import { uploadTypeNames, uploadText } from '../i18n/safety';
import { sniffUpload } from './upload-sniff';
import { fileExtension, uploadType } from './upload-types';

/** Extensions of pages and code a browser runs: never uploads, whatever their content. */
const CODE =
  /^\.(html?|xhtml?|shtml|xml|xsl|xslt|js|mjs|cjs|jsx|ts|tsx|mts|cts|wasm|php\d?|phtml|asp|aspx|jsp|cgi|pl|py|sh|htaccess)$/;
const SVG = /^\.(svg|svgz)$/;

/**
 * Why `file` (shown as given, e.g. `media/anh/a.png`) may not be published, or undefined when it may. `bytes` is the
 * whole file; it is read only when the extension is allowed.
 */
export function uploadProblem(file: string, bytes: () => Uint8Array): string | undefined {
  const type = uploadType(file);
  if (!type) {
    const extension = fileExtension(file);
    if (!extension) return uploadText.noExtension(file);
    if (SVG.test(extension)) return uploadText.svg(file);
    if (CODE.test(extension)) return uploadText.code(file);
    return uploadText.notAllowed(file, extension);
  }
  const problem = sniffUpload(type, bytes());
  if (problem === 'mismatch') return uploadText.mismatch(file, uploadTypeNames[type.extension] ?? type.extension);
  if (problem === 'notUtf8') return uploadText.notUtf8(file);
  if (problem === 'nulByte') return uploadText.nulByte(file);
  return undefined;
}
