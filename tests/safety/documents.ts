/**
 * Real uploaded documents for the privacy guard's tests: a Word file, an Excel sheet and a PDF with real text
 * (pdfkit with the Be Vietnam Pro font, so `pdftotext` reads it back as an editor's PDF would be read).
 */
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { projectRoot } from '../helpers/build';
import { zip } from '../helpers/zip';

export { zip, zipBomb } from '../helpers/zip';

const FONT = join(projectRoot, 'node_modules/@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A .docx with one paragraph per line (runs split mid-word, as Word does). */
export function writeDocx(path: string, paragraphs: string[]): void {
  const body = paragraphs
    .map((p) => {
      const half = Math.floor(p.length / 2);
      return `<w:p><w:r><w:t xml:space="preserve">${escape(p.slice(0, half))}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escape(p.slice(half))}</w:t></w:r></w:p>`;
    })
    .join('');
  writeFileSync(
    path,
    zip({
      '[Content_Types].xml':
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    }),
  );
}

/** An .xlsx whose rows are given as cells; strings go to the shared strings table, numbers stay numbers. */
export function writeXlsx(path: string, rows: (string | number)[][]): void {
  const strings: string[] = [];
  const cell = (v: string | number, ref: string) =>
    typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="s"><v>${strings.push(v) - 1}</v></c>`;
  const sheetRows = rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r.map((v, j) => cell(v, `${String.fromCharCode(65 + j)}${i + 1}`)).join('')}</row>`,
    )
    .join('');
  writeFileSync(
    path,
    zip({
      'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
      'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${escape(s)}</t></si>`).join('')}</sst>`,
    }),
  );
}

/**
 * A PDF with real (selectable) text, one array of lines per page, optional document properties, and optional
 * sticky-note annotations and a filled-in form field on the last page.
 */
export function writePdf(
  path: string,
  pages: string[][],
  info: PDFKit.DocumentInfo = {},
  extras: { notes?: string[]; field?: string } = {},
): Promise<void> {
  return new Promise((done, fail) => {
    const doc = new PDFDocument({ autoFirstPage: false, info });
    const out = createWriteStream(path);
    out.on('finish', () => done());
    out.on('error', fail);
    doc.pipe(out);
    doc.registerFont('body', FONT);
    for (const lines of pages) {
      doc.addPage({ size: 'A4', margin: 56 });
      doc.font('body').fontSize(12);
      for (const line of lines) doc.text(line.normalize('NFC'));
    }
    for (const [i, note] of (extras.notes ?? []).entries()) doc.note(60 + 30 * i, 400, 20, 20, note.normalize('NFC'));
    if (extras.field) {
      doc.initForm();
      doc.formText('ghiChu', 60, 500, 300, 20, { value: extras.field.normalize('NFC') });
    }
    doc.end();
  });
}
