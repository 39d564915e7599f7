/**
 * Upload fixtures made in the test: one good file of every allowed type (real encoders: sharp for images, pdfkit
 * for PDF, Office and OpenDocument packages laid out as their applications write them) and the hostile files an
 * attacker with an editor's account would upload.
 */
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { zipArchive } from '../helpers/zip';

export { zipArchive } from '../helpers/zip';

const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

function ooxml(mainPart: string, mainType: string, body: string, parts: Record<string, string> = {}): Buffer {
  return zipArchive([
    {
      name: '[Content_Types].xml',
      data: `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${mainPart}" ContentType="${mainType}"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${mainPart}"/></Relationships>`,
    },
    { name: mainPart, data: `${xml}${body}` },
    ...Object.entries(parts).map(([name, data]) => ({ name, data: `${xml}${data}` })),
  ]);
}

function odf(mimetype: string): Buffer {
  return zipArchive([
    { name: 'mimetype', data: mimetype, stored: true },
    {
      name: 'META-INF/manifest.xml',
      data: `${xml}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/></manifest:manifest>`,
    },
    {
      name: 'content.xml',
      data: `${xml}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>`,
    },
  ]);
}

function pdf(): Promise<Buffer> {
  return new Promise((done) => {
    const doc = new PDFDocument({ size: 'A6' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => done(Buffer.concat(chunks)));
    doc.text('Ke hoach phong chong ma tuy');
    doc.end();
  });
}

const picture = () => sharp({ create: { width: 8, height: 6, channels: 3, background: { r: 200, g: 30, b: 30 } } });

/** One good file of every allowed type, by file name. */
export async function goodUploads(): Promise<Record<string, Buffer>> {
  return {
    'anh.png': await picture().png().toBuffer(),
    'anh.jpg': await picture().jpeg().toBuffer(),
    'anh-may-anh.JPG': await picture().jpeg().toBuffer(),
    'anh.jpeg': await picture().jpeg().toBuffer(),
    'anh.webp': await picture().webp().toBuffer(),
    'anh.gif': await picture().gif().toBuffer(),
    'anh.avif': await picture().avif().toBuffer(),
    'ke-hoach.pdf': await pdf(),
    'bien-ban.docx': ooxml(
      'word/document.xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Biên bản họp</w:t></w:r></w:p></w:body></w:document>',
    ),
    'bang.xlsx': ooxml(
      'xl/workbook.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
      {
        'xl/worksheets/sheet1.xml':
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>113</v></c></row></sheetData></worksheet>',
      },
    ),
    'trinh-chieu.pptx': ooxml(
      'ppt/presentation.xml',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
      '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>',
      {
        'ppt/slides/slide1.xml':
          '<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:t>Nói không với ma túy</a:t></p:sld>',
      },
    ),
    'van-ban.odt': odf('application/vnd.oasis.opendocument.text'),
    'bang.ods': odf('application/vnd.oasis.opendocument.spreadsheet'),
    'trinh-chieu.odp': odf('application/vnd.oasis.opendocument.presentation'),
    'ghi-chu.txt': Buffer.from('Đường dây nóng: 113\n', 'utf8'),
    'thu-muc/con/anh.png': await picture().png().toBuffer(),
  };
}

/** An SVG whose script and onload would mark the page (localStorage, cookie) and call a beacon URL. */
export const HOSTILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="localStorage.setItem('pwned','svg-onload');fetch('/beacon/svg-onload')"><script>document.cookie='pwned=svg';localStorage.setItem('pwned','svg');fetch('/beacon/svg-script')</script><rect width="10" height="10"/></svg>`;

/** An HTML page that runs an uploaded script from /media/ (allowed by the reader pages' `script-src 'self'`). */
export const HOSTILE_HTML = `<!doctype html><html><head><title>x</title><script src="/media/x.js"></script></head><body onload="fetch('/beacon/html-onload')"><script>document.cookie='pwned=html';fetch('/beacon/html-inline')</script><p>Thông báo</p></body></html>`;

/** The uploaded script itself. */
export const HOSTILE_JS = `document.cookie='pwned=js';localStorage.setItem('pwned','js');fetch('/beacon/js');`;
