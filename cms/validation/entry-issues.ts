/**
 * The build's own schema of a content type, run in the editor: every field builder's check and every cross-field
 * rule (src/content-model/to-zod.ts), with the build's messages, grouped by the top-level field they belong to.
 * No rule is restated here; only what needs the repository (files in media/) is left to the build.
 */
import type { DecapField, Field } from '../../src/content-model/fields';
import type { CrossFieldRule } from '../../src/content-model/types';
import { contentTypes, settingsFiles } from '../../src/content-model/registry';
import { toZod } from '../../src/content-model/to-zod';
import { editorCheckText } from '../../src/i18n/editor-checks';

/** What the editor checks an entry against: the fields and rules of one content type or settings file. */
export interface EntryModel {
  fields: readonly Field[];
  rules?: readonly CrossFieldRule[];
}

/** The model of a Decap collection (and, for the settings collection, of one of its files). */
export function modelOf(collection: string, file?: string): EntryModel | undefined {
  return contentTypes.find((t) => t.name === collection) ?? settingsFiles.find((f) => f.name === file);
}

/** Labels of the parts a zod path goes through below a top-level field: subfield labels and list items. */
function partLabels(decap: DecapField, path: readonly PropertyKey[]): string[] {
  const labels: string[] = [];
  let current: DecapField | undefined = decap;
  for (const key of path) {
    if (!current) break;
    if (typeof key === 'number') {
      labels.push(editorCheckText.item(key + 1));
      continue;
    }
    const sub: DecapField | undefined = (current.fields as DecapField[] | undefined)?.find((f) => f.name === key);
    labels.push(sub?.label ?? String(key));
    current = sub;
  }
  return labels;
}

/**
 * The build's messages for an entry's data, by top-level field name. The body is not front matter (the build
 * checks it with the MDX allow-list, see body-issues.ts), so it is left out as the build leaves it out.
 */
export function entryIssues(model: EntryModel, data: Record<string, unknown>): Map<string, string[]> {
  const { body: _body, ...frontMatter } = data;
  const result = toZod(model).safeParse(frontMatter);
  const issues = new Map<string, string[]>();
  for (const issue of result.error?.issues ?? []) {
    const [top, ...rest] = issue.path;
    if (typeof top !== 'string') continue;
    const field = model.fields.find((f) => f.name === top);
    const message =
      rest.length && field ? editorCheckText.inPart(partLabels(field.decap, rest), issue.message) : issue.message;
    const list = issues.get(top) ?? [];
    if (!list.includes(message)) list.push(message);
    issues.set(top, list);
  }
  return issues;
}
