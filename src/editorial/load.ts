/**
 * Reads a content folder into the report's input, validated by the same model as the build,
 * so `npm run report` works without building the site.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readData } from '../content-model/loader';
import { toZod } from '../content-model/to-zod';
import { articles, broadcasts, campaigns, hotlines, lessons, site, units } from '../content-model/registry';
import type { CrossFieldRule } from '../content-model/types';
import type { Field, FieldsData } from '../content-model/fields';
import type { ReportInput } from './report';
import { unitLabel } from '../utils/unit-name';

function entries<const F extends readonly Field[]>(root: string, type: { folder: string; fields: F; rules?: CrossFieldRule[] }): { id: string; data: FieldsData<F> }[] {
  const dir = join(root, type.folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(mdx|ya?ml)$/.test(f))
    .map((f) => ({ id: f.replace(/\.(mdx|ya?ml)$/, ''), data: parse(type, join(dir, f)) }));
}

function parse<const F extends readonly Field[]>(type: { fields: F; rules?: CrossFieldRule[] }, file: string): FieldsData<F> {
  const result = toZod<F>(type).safeParse(readData(file));
  if (!result.success) throw new Error(`${file}\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  return result.data;
}

export function loadReportInput(root: string, today: Date): ReportInput {
  const settings = parse(site, join(root, site.file));
  const unitNames = new Map(entries(root, units).map((u) => [u.id, unitLabel(u.data.kind, u.data.name)]));
  return {
    today,
    targets: settings.targets,
    articles: entries(root, articles).map((a) => ({ title: a.data.title, publishDate: a.data.publishDate, draft: a.data.draft })),
    broadcasts: entries(root, broadcasts).map((b) => b.data),
    lessonSessions: entries(root, lessons).flatMap((l) => (l.data.sessions ?? []).map((s) => ({ lesson: l.data.title, date: s.date }))),
    campaigns: entries(root, campaigns).map((c) => c.data),
    boards: entries(root, hotlines).map((h) => ({ unit: unitNames.get(h.data.unit) ?? h.data.unit, verifiedOn: h.data.verifiedOn })),
  };
}
