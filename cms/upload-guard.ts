/**
 * Keeps the CMS's uploads to the upload table (src/safety/upload-types.ts), as the build does. Decap 3 has no
 * option for this: its upload button (decap-cms-core FileUploadButton, used by the image and file widgets, the
 * media library and editor components) hard-codes `accept="image/*"` or `"*\/*"`.
 * So every file input Decap renders gets an `accept` list from the table, and a file picked anyway (accept is
 * only a hint) is checked by extension and content, with the build's own verdict, before Decap sees it: a refused
 * pick never reaches the media library or the repository, and the editor is told why in Vietnamese.
 */
import { uploadText } from '../src/i18n/safety';
import { UPLOAD_TYPES, uploadType, type UploadKind } from '../src/safety/upload-types';
import { uploadProblem } from '../src/safety/upload-verdict';

/** The `accept` attribute for a picker of images only, or of every allowed type. */
export function acceptList(imagesOnly: boolean): string {
  const kinds: UploadKind[] = imagesOnly ? ['image'] : ['image', 'document', 'text'];
  const types = UPLOAD_TYPES.filter((t) => kinds.includes(t.kind));
  return [...new Set([...types.map((t) => t.extension), ...types.map((t) => t.mime.split(';')[0]!)])].join(',');
}

const IMAGES = acceptList(true);
const ALL = acceptList(false);

function restrict(input: HTMLInputElement): void {
  // Decap marks image pickers with image/*; keep the decision once the attribute is ours.
  const imagesOnly = input.dataset.uploadKind ? input.dataset.uploadKind === 'image' : input.accept === 'image/*';
  input.dataset.uploadKind = imagesOnly ? 'image' : 'any';
  const accept = imagesOnly ? IMAGES : ALL;
  if (input.accept !== accept) input.accept = accept;
}

/** Why each picked file may not be uploaded (empty when all may). */
async function refusals(input: HTMLInputElement): Promise<string[]> {
  const files = [...(input.files ?? [])];
  const found = await Promise.all(
    files.map(async (file) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const problem = uploadProblem(file.name, () => bytes);
      if (problem) return problem;
      if (input.dataset.uploadKind === 'image' && uploadType(file.name)?.kind !== 'image')
        return uploadText.notImage(file.name);
      return undefined;
    }),
  );
  return found.filter((p): p is string => p !== undefined);
}

/** Installs the guard on the admin page: `accept` on every file input, and a check of every pick. */
export function guardUploads(win: Window & typeof globalThis): void {
  const doc = win.document;
  const approved = new WeakSet<Event>();
  const scan = (root: ParentNode) => root.querySelectorAll<HTMLInputElement>('input[type="file"]').forEach(restrict);
  new win.MutationObserver((records) => {
    for (const record of records) {
      if (
        record.type === 'attributes' &&
        record.target instanceof win.HTMLInputElement &&
        record.target.type === 'file'
      )
        restrict(record.target);
      record.addedNodes.forEach((node) => {
        if (node instanceof win.HTMLInputElement && node.type === 'file') restrict(node);
        else if (node instanceof win.Element) scan(node);
      });
    }
  }).observe(doc.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['accept'] });
  scan(doc);

  // Capturing on the window runs before React's listeners on its root: Decap only sees a pick once it passed.
  win.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (
        !(input instanceof win.HTMLInputElement) ||
        input.type !== 'file' ||
        approved.has(event) ||
        !input.files?.length
      )
        return;
      event.stopImmediatePropagation();
      void refusals(input).then((problems) => {
        if (problems.length > 0) {
          input.value = '';
          win.alert(uploadText.cmsRefused(problems));
          return;
        }
        const again = new Event('change', { bubbles: true });
        approved.add(again);
        input.dispatchEvent(again);
      });
    },
    true,
  );
}
