/** QR codes as a grid of dark modules, drawn by both writers; error correction M survives a smudged print. */
import QRCode from 'qrcode';

/** The modules of a QR code for a URL, row by row (true = dark). */
export function qrModules(url: string): boolean[][] {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, col) => Boolean(modules.get(row, col))),
  );
}

/** Horizontal runs of dark modules per row: [row, startColumn, length]; fewer shapes than one per module. */
export function qrRuns(modules: boolean[][]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  modules.forEach((row, r) => {
    let start = -1;
    row.forEach((dark, c) => {
      if (dark && start < 0) start = c;
      if ((!dark || c === row.length - 1) && start >= 0) {
        runs.push([r, start, (dark ? c + 1 : c) - start]);
        start = -1;
      }
    });
  });
  return runs;
}
