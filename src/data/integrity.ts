/**
 * Checks that span files, which no single schema can see: references between entries and uploaded files.
 * Runs once per build, before any page renders; every problem is listed with its file, field and fix.
 */
import { getCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { messages, typeText } from '../i18n/vi';
import { mediaDir } from '../utils/content-dir';

interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Every /media/ path in a value, however deeply nested. */
function mediaPaths(value: unknown, path: string, found: { path: string; field: string }[] = []) {
  if (typeof value === 'string' && value.startsWith('/media/')) found.push({ path: value, field: path });
  else if (Array.isArray(value)) value.forEach((v, i) => mediaPaths(v, `${path}.${i}`, found));
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [k, v] of Object.entries(value)) mediaPaths(v, path ? `${path}.${k}` : k, found);
  return found;
}

async function findProblems(): Promise<Problem[]> {
  const problems: Problem[] = [];
  const units = await getCollection('units');
  const unitIds = new Set(units.map((u) => u.id));
  const unitWhat = typeText.units.labelSingular.toLowerCase();

  for (const unit of units) {
    if (unit.data.parent && !unitIds.has(unit.data.parent))
      problems.push({ file: unit.filePath!, field: 'parent', message: messages.missingReference(unitWhat, unit.data.parent, 'units') });
  }
  for (const board of await getCollection('hotlines')) {
    if (!unitIds.has(board.data.unit))
      problems.push({ file: board.filePath!, field: 'unit', message: messages.missingReference(unitWhat, board.data.unit, 'units') });
  }

  const collections = ['articles', 'programmes', 'lessons', 'campaigns', 'documents', 'broadcasts', 'forms', 'site'] as const;
  for (const name of collections) {
    for (const entry of await getCollection(name)) {
      for (const { path, field } of mediaPaths(entry.data, '')) {
        if (!existsSync(join(mediaDir(), path.slice('/media/'.length))))
          problems.push({ file: entry.filePath!, field, message: messages.missingMedia(path, mediaDir()) });
      }
    }
  }
  return problems;
}

let checked: Promise<void> | undefined;

/** Throws one error listing every problem found; runs the checks only once per build. */
export function checkIntegrity(): Promise<void> {
  checked ??= findProblems().then((problems) => {
    if (problems.length === 0) return;
    const lines = problems.map((p) => `  ${p.file}\n    ${p.field}: ${p.message}`);
    throw new Error(`${messages.buildFailed}\n${lines.join('\n')}`);
  });
  return checked;
}
