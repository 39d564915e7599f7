/** Writes a display list as a PDF with real text: the TTF is embedded (subset), so text can be copied and searched. */
import PDFDocument from 'pdfkit';
import { parsedFont, type Weight } from '../fonts.ts';
import type { Op, PrintDoc } from './doc.ts';
import { qrRuns } from './qr.ts';

const WEIGHTS: Weight[] = ['regular', 'semibold', 'bold', 'black'];

function drawOp(doc: PDFKit.PDFDocument, op: Op) {
  switch (op.op) {
    case 'rect': {
      if (op.radius) doc.roundedRect(op.x, op.y, op.w, op.h, op.radius);
      else doc.rect(op.x, op.y, op.w, op.h);
      if (op.dash) doc.dash(op.dash, { space: op.dash });
      if (op.fill && op.stroke) doc.lineWidth(op.lineWidth ?? 1).fillAndStroke(op.fill, op.stroke);
      else if (op.fill) doc.fill(op.fill);
      else if (op.stroke) doc.lineWidth(op.lineWidth ?? 1).stroke(op.stroke);
      if (op.dash) doc.undash();
      return;
    }
    case 'line':
      doc.moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(op.lineWidth);
      if (op.dash) doc.dash(op.dash, { space: op.dash });
      doc.stroke(op.stroke);
      if (op.dash) doc.undash();
      return;
    case 'text':
      doc
        .font(op.weight)
        .fontSize(op.size)
        .fillColor(op.color)
        .text(op.text, op.x, op.y, { lineBreak: false, lineGap: 0 });
      return;
    case 'path':
      doc.save().translate(op.x, op.y).scale(op.scale).path(op.d);
      if (op.fill) doc.fill(op.fill);
      else if (op.stroke)
        doc
          .lineWidth(op.lineWidth ?? 1)
          .lineCap('round')
          .lineJoin('round')
          .stroke(op.stroke);
      doc.restore();
      return;
    case 'qr': {
      const cell = op.size / op.modules.length;
      for (const [row, col, length] of qrRuns(op.modules))
        doc.rect(op.x + col * cell, op.y + row * cell, length * cell + 0.01, cell + 0.01);
      doc.fill(op.color);
      return;
    }
  }
}

/** The PDF bytes of a display list. */
export function writePdf(print: PrintDoc): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    lang: 'vi-VN',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: print.title,
      Subject: print.subject ?? '',
      Author: print.author ?? '',
      Creator: 'xa-khong-ma-tuy',
      CreationDate: new Date(0),
    },
  });
  // The parsed font is shared by every document (see parsedFont); pdfkit still builds and embeds a subset per
  // document. pdfkit takes a fontkit font wherever it takes font bytes (PDFFontFactory.open); its types omit it.
  for (const weight of WEIGHTS) doc.registerFont(weight, parsedFont(weight) as unknown as Uint8Array);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const page of print.pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    for (const op of page.ops) drawOp(doc, op);
  }
  doc.end();
  return done;
}
