/**
 * Text a PDF keeps outside its pages: annotations (comments, sticky notes, their authors and rich text) and form
 * field names and values. Poppler has no command that prints them, so they are read from the file's objects:
 * the strings of the keys /Contents, /V, /T, /TU, /TM, /RC, /Subj and /CA, in plain objects and in compressed
 * object streams (expanded with a cap, never whole). Literal and hex strings, PDFDocEncoding and UTF-16.
 */
import { inflateSync } from 'node:zlib';

const KEYS = /\/(?:Contents|V|T|TU|TM|RC|Subj|CA)\s*(?=[(<])/g;
/** Bytes expanded from object streams, in all, and per stream. */
const LIMITS = { total: 32 * 1024 * 1024, stream: 8 * 1024 * 1024 };

/** A PDF literal string starting at `at` (text[at] === '('): its bytes and where it ends. */
function literal(text: string, at: number): { bytes: string; end: number } {
  let depth = 0;
  let out = '';
  for (let i = at; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      const next = text[i + 1] ?? '';
      const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4));
      if (octal) {
        out += String.fromCharCode(parseInt(octal[0], 8) & 0xff);
        i += octal[0].length;
      } else {
        out += { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }[next] ?? (next === '\n' || next === '\r' ? '' : next);
        i++;
      }
      continue;
    }
    if (c === '(') {
      depth++;
      if (depth === 1) continue;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return { bytes: out, end: i + 1 };
    }
    out += c;
  }
  return { bytes: out, end: text.length };
}

/** A PDF hex string starting at `at` (text[at] === '<'). */
function hex(text: string, at: number): { bytes: string; end: number } {
  const close = text.indexOf('>', at);
  const end = close < 0 ? text.length : close;
  const digits = text.slice(at + 1, end).replace(/[^0-9a-fA-F]/g, '');
  let out = '';
  for (let i = 0; i < digits.length; i += 2)
    out += String.fromCharCode(parseInt(digits.slice(i, i + 2).padEnd(2, '0'), 16));
  return { bytes: out, end: end + 1 };
}

/** PDF string bytes as text: UTF-16 with a byte-order mark, else PDFDocEncoding (read as Latin-1). */
function decode(bytes: string): string {
  if (bytes.startsWith('\xfe\xff')) return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
  if (bytes.startsWith('\xef\xbb\xbf')) return Buffer.from(bytes.slice(3), 'latin1').toString('utf8');
  return bytes;
}

function strings(text: string): string[] {
  const found: string[] = [];
  let consumed = 0;
  for (const m of text.matchAll(KEYS)) {
    // A key inside a string already read is part of that string, not a key: each byte is read once.
    if (m.index < consumed) continue;
    const at = m.index + m[0].length;
    const read = text[at] === '(' ? literal(text, at) : text[at + 1] === '<' ? undefined : hex(text, at);
    if (!read) continue;
    consumed = read.end;
    found.push(decode(read.bytes).replace(/\0/g, ''));
  }
  return found;
}

/** The annotation and form text of a PDF file's bytes, one string per line. */
export function pdfObjectText(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const found = strings(text);
  let budget = LIMITS.total;
  // Compressed object streams hold objects too (PDF 1.5+).
  for (const m of text.matchAll(/\/Type\s*\/ObjStm\b[^]{0,400}?stream\r?\n/g)) {
    if (budget <= 0) break;
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      const out = inflateSync(pdf.subarray(start, end), { maxOutputLength: Math.min(LIMITS.stream, budget) });
      budget -= out.length;
      found.push(...strings(out.toString('latin1')));
    } catch {
      // A stream that is not deflated, is broken or too large is left to pdftotext.
    }
  }
  return found.filter((s) => s.trim() !== '').join('\n');
}
