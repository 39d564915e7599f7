/**
 * `npm run new-commune -- <folder> --name "…" [--kind phuong] --units "Tổ dân phố 1,Tổ dân phố 2" [--unit-kind …]
 * [--province …] [--site-url …] [--phone …]`: writes the minimal content folder of a new commune (src/content-model/
 * starter.ts) that builds with no warning. It never writes into a folder that already holds files.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { starterFiles, type StarterOptions } from '../../src/content-model/starter';
import { newCommuneText as t } from '../../src/i18n/new-commune';
import { communeKinds, residentialKinds } from '../../src/i18n/unit-kinds';
import { today } from '../../src/utils/dates';
import { isVietnamesePhone } from '../../src/utils/phone';
import { slugify } from '../../src/utils/slug';
import { isCommuneKind, isResidentialKind } from '../../src/utils/unit-words';

const VALUED = ['--name', '--kind', '--units', '--unit-kind', '--province', '--site-url', '--phone'] as const;

/** Stops with a Vietnamese message and the usage, no stack trace. */
function fail(message: string): never {
  console.error(`${message}\n\n${t.usage}`);
  process.exit(1);
}

/** A kind given as its value ("to-dan-pho") or its words ("tổ dân phố", "Bản"). */
const kindValue = (written: string) => slugify(written);

function parse(argv: string[]): { folder: string; options: Omit<StarterOptions, 'today'> } {
  const values: Partial<Record<(typeof VALUED)[number], string>> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [key, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s) as [string, string | undefined])
      : [arg, undefined];
    if (!arg.startsWith('--')) positional.push(arg);
    else if ((VALUED as readonly string[]).includes(key)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) fail(t.missingValue(key));
      values[key as (typeof VALUED)[number]] = value.normalize('NFC').trim();
    } else fail(t.unknownOption(arg));
  }
  const folder = positional[0];
  if (!folder || positional.length > 1) fail(t.missingFolder);
  if (!values['--name']) fail(t.missingName);
  const units = (values['--units'] ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (units.length === 0) fail(t.missingUnits);

  const kind = kindValue(values['--kind'] ?? 'xa');
  if (!isCommuneKind(kind))
    fail(
      t.badKind(
        values['--kind']!,
        communeKinds.map((k) => k.value),
      ),
    );
  const unitKind = values['--unit-kind'] === undefined ? undefined : kindValue(values['--unit-kind']);
  if (unitKind !== undefined && !isResidentialKind(unitKind))
    fail(
      t.badUnitKind(
        values['--unit-kind']!,
        residentialKinds.map((k) => k.value),
      ),
    );
  const phone = values['--phone'];
  if (phone !== undefined && !isVietnamesePhone(phone)) fail(t.badPhone(phone));
  const siteUrl = values['--site-url'];
  if (siteUrl !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(siteUrl)) fail(t.badUrl(siteUrl));
  return {
    folder,
    options: { name: values['--name'], kind, units, unitKind, province: values['--province'], siteUrl, phone },
  };
}

const { folder, options } = parse(process.argv.slice(2));
const root = resolve(folder);
if (existsSync(root) && readdirSync(root).length > 0) fail(t.notEmpty(folder));

const files = starterFiles({ ...options, today: today().toISOString().slice(0, 10) });
const seen = new Set<string>();
for (const file of files) {
  if (seen.has(file.path)) fail(t.duplicateUnit(file.path));
  seen.add(file.path);
}
for (const file of files) {
  mkdirSync(dirname(join(root, file.path)), { recursive: true });
  writeFileSync(join(root, file.path), file.text);
}
console.log(t.written(folder, files.length));
for (const file of files) console.log(`  ${file.path}`);
console.log(`\n${t.next(folder, options.siteUrl !== undefined, options.phone !== undefined)}`);
