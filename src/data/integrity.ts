/**
 * Checks that span files, which no single schema can see: references between entries and uploaded files.
 * Runs once per build, before any page renders, and again in the preview after a save (keyed on the entries'
 * digests, see content-key.ts); every problem is listed with its file, field and fix.
 */
import { statSync } from 'node:fs';
import { entries } from './entries';
import { contentKey, keyedMemo } from './content-key';
import { messages, typeText } from '../i18n/vi';
import { isCommuneKind, isResidentialKind } from '../utils/unit-words';
import { mediaDir } from '../utils/content-dir';
import { checkMediaRef } from '../safety/media-ref';
import { mediaFolder } from '../safety/media-folder';

/** One broken reference: the file (as Astro stores it), the field and the message with the fix. */
export interface Problem {
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
  const units = await entries('units');
  const unitIds = new Set(units.map((u) => u.id));
  const unitWhat = typeText.units.labelSingular.toLowerCase();

  for (const unit of units) {
    if (unit.data.parent && !unitIds.has(unit.data.parent))
      problems.push({
        file: unit.filePath!,
        field: 'parent',
        message: messages.missingReference(unitWhat, unit.data.parent, 'units'),
      });
    // A unit's kind decides every word the site says about it: the level must match its place in the tree.
    if (unit.data.parent && !isResidentialKind(unit.data.kind))
      problems.push({ file: unit.filePath!, field: 'kind', message: messages.residentialKindNeeded(unit.data.kind) });
    if (!unit.data.parent && !isCommuneKind(unit.data.kind))
      problems.push({ file: unit.filePath!, field: 'parent', message: messages.parentNeeded(unit.data.kind) });
  }
  for (const board of await entries('hotlines')) {
    if (!unitIds.has(board.data.unit))
      problems.push({
        file: board.filePath!,
        field: 'unit',
        message: messages.missingReference(unitWhat, board.data.unit, 'units'),
      });
  }

  const media = mediaFolder(mediaDir());
  const collections = [
    'articles',
    'programmes',
    'lessons',
    'campaigns',
    'documents',
    'broadcasts',
    'forms',
    'site',
  ] as const;
  for (const name of collections) {
    for (const entry of await entries(name)) {
      for (const { path, field } of mediaPaths(entry.data, '')) {
        // The upload must exist under the name written, as a file inside media/ (src/safety/media-ref.ts).
        const ref = checkMediaRef(path, { kind: 'file' }, media);
        if (!ref.ok) problems.push({ file: entry.filePath!, field, message: ref.reason });
      }
    }
  }
  return problems;
}

const CHECKED = [
  'units',
  'hotlines',
  'articles',
  'programmes',
  'lessons',
  'campaigns',
  'documents',
  'broadcasts',
  'forms',
  'site',
] as const;
const memo = keyedMemo<Problem[]>();

/** Every broken reference between the current entries and uploads; worked out again only when content changed. */
export async function integrityProblems(): Promise<Problem[]> {
  // An upload saved through the CMS lands in media/: its folder's time is part of the key.
  const key = `${await contentKey(CHECKED)}\n${import.meta.env.DEV ? statSync(mediaDir(), { throwIfNoEntry: false })?.mtimeMs : ''}`;
  return memo(key, findProblems);
}

/** Throws one error listing every problem found. */
export async function checkIntegrity(): Promise<void> {
  const problems = await integrityProblems();
  if (problems.length === 0) return;
  const lines = problems.map((p) => `  ${p.file}\n    ${p.field}: ${p.message}`);
  throw new Error(`${messages.buildFailed}\n${lines.join('\n')}`);
}
