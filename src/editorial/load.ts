/**
 * The report's input: read from a content folder's files, validated by the same model as the build, so
 * `npm run report` works without building the site; or taken from the build's entries for the site's page.
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

/** The entries the report reads, as the build's collections hold them. */
export interface ReportEntries {
  settings: FieldsData<typeof site.fields>;
  articles: { data: FieldsData<typeof articles.fields> }[];
  broadcasts: { data: FieldsData<typeof broadcasts.fields> }[];
  lessons: { data: FieldsData<typeof lessons.fields> }[];
  campaigns: { data: FieldsData<typeof campaigns.fields> }[];
  hotlines: { data: FieldsData<typeof hotlines.fields> }[];
  units: { id: string; data: FieldsData<typeof units.fields> }[];
}

/** A content folder read from its files, for `npm run report` (the site's page takes the build's entries). */
export function loadReportInput(root: string, today: Date): ReportInput {
  return reportInput(
    {
      settings: parse(toZod(site), settingsPath(root, site)),
      articles: entries(root, articles),
      broadcasts: entries(root, broadcasts),
      lessons: entries(root, lessons),
      campaigns: entries(root, campaigns),
      hotlines: entries(root, hotlines),
      units: entries(root, units),
    },
    today,
  );
}

/** What the report needs of the entries. */
export function reportInput(content: ReportEntries, today: Date): ReportInput {
  const unitNames = new Map(content.units.map((u) => [u.id, unitName(u.data)]));
  return {
    today,
    targets: content.settings.targets,
    articles: content.articles.map((a) => ({
      title: a.data.title,
      publishDate: a.data.publishDate,
      draft: a.data.draft,
    })),
    broadcasts: content.broadcasts.map((b) => b.data),
    lessonsWithoutQuiz: content.lessons.filter((l) => !l.data.quiz?.length).map((l) => l.data.title),
    lessonSessions: content.lessons.flatMap((l) =>
      (l.data.sessions ?? []).map((s) => ({ lesson: l.data.title, date: s.date })),
    ),
    campaigns: content.campaigns.map((c) => c.data),
    boards: content.hotlines.map((h) => ({
      unit: unitNames.get(h.data.unit) ?? h.data.unit,
      verifiedOn: h.data.verifiedOn,
    })),
  };
}
