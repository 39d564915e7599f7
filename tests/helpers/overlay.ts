/** A copy of a good site with some files replaced or added: how bad-content fixtures are applied. */
import { cpSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export function overlay(base: string, ...layers: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'portal-content-')), 'content');
  cpSync(base, dir, { recursive: true });
  for (const layer of layers) cpSync(layer, dir, { recursive: true });
  return dir;
}
