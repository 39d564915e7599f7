/**
 * A file of pages to index, written while the pages are read for the digest and read back one page at a time
 * when they must be indexed: each built page is then read and cut down once, and no page list is held in memory.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import type { SourcePage } from './indexer';

/** Bytes of a record's length fields (URL and HTML lengths, 32-bit each). */
const HEADER = 8;

/** Pages kept in one file: record() while reading them, pages() to read them back, remove() when done. */
export class PageSpool {
  private count = 0;

  /** @param file a path no one else writes (e.g. under the cache folder, named by process id). */
  constructor(private readonly file: string) {}

  /** Passes the pages through, appending each to the file (which is replaced). */
  *record(pages: Iterable<SourcePage>): Generator<SourcePage> {
    const fd = openSync(this.file, 'w');
    try {
      for (const page of pages) {
        const url = Buffer.from(page.url, 'utf8');
        const html = Buffer.from(page.html, 'utf8');
        const header = Buffer.alloc(HEADER);
        header.writeUInt32LE(url.byteLength, 0);
        header.writeUInt32LE(html.byteLength, 4);
        for (const chunk of [header, url, html]) writeAll(fd, chunk);
        this.count++;
        yield page;
      }
    } finally {
      closeSync(fd);
    }
  }

  /** The recorded pages, in order, each read from the file when its turn comes. */
  *pages(): Generator<SourcePage> {
    const fd = openSync(this.file, 'r');
    try {
      for (let i = 0; i < this.count; i++) {
        const header = readExactly(fd, HEADER);
        const url = readExactly(fd, header.readUInt32LE(0)).toString('utf8');
        const html = readExactly(fd, header.readUInt32LE(4)).toString('utf8');
        yield { url, html };
      }
    } finally {
      closeSync(fd);
    }
  }

  /** Deletes the file. */
  remove(): void {
    rmSync(this.file, { force: true });
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.byteLength;) done += writeSync(fd, bytes, done);
}

/** The next `length` bytes of the file (reads continue where the last one stopped). */
function readExactly(fd: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let done = 0; done < length;) {
    const read = readSync(fd, bytes, done, length - done, null);
    if (read === 0) throw new Error('The search page file ended early: it was changed while the build read it.');
    done += read;
  }
  return bytes;
}
