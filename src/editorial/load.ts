/**
 * Reads a content folder into the report's input, validated by the same model as the build,
 * so `npm run report` works without building the site.
 */
import { readData, readEntries, settingsPath } from '../content-model/read';
import { toZod } from '../content-model/to-zod';
import { articles, broadcasts, campaigns, hotlines, lessons, site, units } from '../content-model/registry';
import type { ContentType, CrossFieldRule } from '../content-model/types';
import type { Field, FieldsData } from '../content-model/fields';
import type { ReportInput } from './report';
import { unitName } from '../utils/unit-words';

/** The entries of a content type with the build's ids and files (src/content-model/read.ts), validated by its model. */
function entries<const F extends readonly Field[]>(
  root: string,
  type: Pick<ContentType, 'name' | 'folder' | 'format'> & { fields: F; rules?: CrossFieldRule[] },
): { id: string; data: FieldsData<F> }[] {
  // One schema for the whole type: building a zod schema costs more than validating one entry with it.
  const schema = toZod<F>(type);
  return readEntries(root, type).map((entry) => ({ id: entry.id, data: parse(schema, entry.file, entry.data) }));
}

function parse<const F extends readonly Field[]>(
  schema: ReturnType<typeof toZod<F>>,
  file: string,
  data = readData(file),
): FieldsData<F> {
  const result = schema.safeParse(data);
  if (!result.success)
    throw new Error(`${file}\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  return result.data;
}

export function loadReportInput(root: string, today: Date): ReportInput {
  const settings = parse(toZod(site), settingsPath(root, site));
  const lessonEntries = entries(root, lessons);
  const unitNames = new Map(entries(root, units).map((u) => [u.id, unitName(u.data)]));
  return {
    today,
    targets: settings.targets,
    articles: entries(root, articles).map((a) => ({
      title: a.data.title,
      publishDate: a.data.publishDate,
      draft: a.data.draft,
    })),
    broadcasts: entries(root, broadcasts).map((b) => b.data),
    lessonsWithoutQuiz: lessonEntries.filter((l) => !l.data.quiz?.length).map((l) => l.data.title),
    lessonSessions: lessonEntries.flatMap((l) =>
      (l.data.sessions ?? []).map((s) => ({ lesson: l.data.title, date: s.date })),
    ),
    campaigns: entries(root, campaigns).map((c) => c.data),
    boards: entries(root, hotlines).map((h) => ({
      unit: unitNames.get(h.data.unit) ?? h.data.unit,
      verifiedOn: h.data.verifiedOn,
    })),
  };
}
