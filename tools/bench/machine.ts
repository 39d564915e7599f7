/** The machine and the versions a benchmark ran with: figures mean little without them. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from './search-bytes.ts';

export interface Machine {
  cores: number;
  cpu: string;
  memoryGB: number;
  kernel: string;
  node: string;
  chromium: string | null;
  versions: Record<string, string | null>;
}

const PACKAGES = [
  'astro',
  '@astrojs/mdx',
  'vite',
  'pagefind',
  'satori',
  '@resvg/resvg-js',
  'pdfkit',
  'tailwindcss',
  'decap-cms-app',
  'lighthouse',
  'playwright-core',
];

function installed(projectRoot: string, name: string): string | null {
  const file = join(projectRoot, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : null;
}

export function machine(projectRoot: string): Machine {
  const chromium = existsSync(CHROMIUM)
    ? spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim() || null
    : null;
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    kernel: release(),
    node: process.version,
    chromium,
    versions: Object.fromEntries(PACKAGES.map((p) => [p, installed(projectRoot, p)])),
  };
}
