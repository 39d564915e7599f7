/**
 * Measures the privacy guard's scan on 1 MB of text (the demo commune's articles repeated, with names, numbers,
 * entities and emphasis mixed in so every matcher has work): `npx tsx tools/bench/privacy-scan.ts [megabytes]`.
 * Prints wall and CPU time of normalisation, name finding and the whole scan, and the cost per MB at 1 MB and at
 * 4 MB to show it is linear. The budget is 2 s per MB.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPublicData } from '../../src/privacy/guard';
import { findNames } from '../../src/privacy/names';
import { normalizeForScan } from '../../src/privacy/normalize';
import { scanText } from '../../src/privacy/scan';

const root = join(import.meta.dirname, '../../content');
const articles = join(root, 'articles');
const seed =
  readdirSync(articles)
    .map((f) => readFileSync(join(articles, f), 'utf8'))
    .join('\n\n') +
  '\n\nAnh Nguyễn Văn Hùng, sinh năm 1990, số 09 12.345-678, CCCD 001&#8203;203 004 567, đang cai **nghiện**.\n\n';

function text(bytes: number): string {
  let out = '';
  while (out.length < bytes) out += seed;
  return out.slice(0, bytes);
}

function time<T>(run: () => T): { wall: number; cpu: number; value: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000, value };
}

const pub = readPublicData(root);
const ms = (n: number) => `${Math.round(n)} ms`;
scanText(text(50_000), pub); // warm up the regexes and the JIT
for (const mb of [1, Number(process.argv[2] ?? 4)]) {
  const input = text(mb * 1_000_000);
  const normalized = time(() => normalizeForScan(input));
  const names = time(() => findNames(normalized.value.text));
  const scan = time(() => scanText(input, pub));
  console.log(
    `${mb} MB: normalise ${ms(normalized.wall)} (cpu ${ms(normalized.cpu)}), names ${ms(names.wall)} (cpu ${ms(names.cpu)}), ` +
      `whole scan ${ms(scan.wall)} (cpu ${ms(scan.cpu)}), ${scan.value.length} findings; ${ms(scan.wall / mb)} per MB`,
  );
}
