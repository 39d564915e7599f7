/**
 * Content errors in the editors' words: zod's issues for one file turned into one Vietnamese report keyed by the
 * content model, each field named by the label the CMS shows ("Ngày đăng", "Danh bạ › mục 2 › Số điện thoại"),
 * a missing value called missing ("thiếu") with how to fill it in, and the gates' findings in the same file (the
 * privacy guard's, see entry-checks.ts) reported with its fields, never one hiding the other.
 */
import type { z } from 'astro/zod';
import type { DecapField, Field } from './fields';
import { entryReportText as t } from '../i18n/content-errors';
import type { CheckFindings } from './entry-checks';
import { messages } from '../i18n/vi';

/** One wrong field: its name as editors know it, and the cause with the fix. */
export interface FieldProblem {
  /** "Ngày đăng (trong tệp: publishDate)", or `trường "teacher"` for a key the model does not have. */
  field: string;
  cause: string;
}

/** Everything wrong with one content file, structured for the build's text and the preview's error page. */
export interface EntryError {
  /** Path relative to the content folder. */
  file: string;
  /** Each problem: where (a field, or a line for a privacy finding) and what to do. */
  items: { where: string; cause: string }[];
  /** Fixes that apply to several items (the privacy guard's). */
  fixes: string[];
  /** The whole report as the build prints it. */
  text: string;
}

type Issue = z.core.$ZodIssue;

/** The CMS fields of a content type, and each field's subfields, walked along a zod issue path. */
function describe(fields: readonly DecapField[], path: readonly PropertyKey[]): { name: string; field?: DecapField } {
  const parts: string[] = [];
  let level: readonly DecapField[] | undefined = fields;
  let field: DecapField | undefined;
  let known = true;
  for (const segment of path) {
    if (typeof segment === 'number') {
      parts.push(t.item(segment + 1));
      field = undefined;
      continue;
    }
    const found: DecapField | undefined = level?.find((f) => f.name === String(segment));
    if (!found) {
      parts.push(t.unknownKey(String(segment)));
      known = false;
      level = undefined;
      field = undefined;
      continue;
    }
    parts.push(found.label);
    field = found;
    level = Array.isArray(found.fields) ? (found.fields as DecapField[]) : undefined;
  }
  const key = path.map(String).join('.');
  const label = parts.join(t.nested);
  if (!known && path.length === 1) return { name: label };
  return { name: path.length === 0 ? label : t.field(label, key), ...(field ? { field } : {}) };
}

/** The value at a path of the data, or undefined when it (or a parent) is not there. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment as string];
  }
  return value;
}

/** How to fill in a field that is missing, by its CMS widget. */
function fillIn(field: DecapField | undefined): string {
  if (field?.widget === 'datetime') return t.fillInDate;
  if (field?.widget === 'select' && Array.isArray(field.options))
    return t.choose((field.options as { label: string; value: string }[]).map((o) => `${o.label} (${o.value})`));
  if (field?.widget === 'list') return t.addItem;
  return t.fillIn;
}

/** zod's own English for a value of the wrong kind (or "required" for a value that is there), replaced by what the field expects. */
function cause(issue: Issue): string {
  if (issue.code === 'invalid_type' && (/^Invalid input/.test(issue.message) || issue.message === messages.required)) {
    const expected = issue.expected as string;
    return expected in t.expected ? t.expected[expected as keyof typeof t.expected] : t.expected.other;
  }
  return issue.message;
}

/** The wrong fields of one file: one problem per field and cause, in the order zod found them. */
export function fieldProblems(fields: readonly Field[], data: unknown, issues: readonly Issue[]): FieldProblem[] {
  const decap = fields.map((f) => f.decap);
  // One line per field: several causes of one field (too short and not a phone number) are joined.
  const byField = new Map<string, string[]>();
  for (const issue of issues) {
    const { name, field } = describe(decap, issue.path);
    const missing =
      issue.path.length > 0 &&
      valueAt(data, issue.path) === undefined &&
      (issue.code === 'invalid_type' || issue.code === 'invalid_value');
    const text = missing ? `${t.missing}. ${t.fix}: ${fillIn(field)}.` : cause(issue);
    const causes = byField.get(name) ?? [];
    if (!causes.includes(text)) causes.push(text);
    byField.set(name, causes);
  }
  return [...byField].map(([field, causes]) => ({ field, cause: causes.join(' ') }));
}

/** The report of one file: the gates' findings (each gate's own block, e.g. the privacy guard's) and its wrong fields, together. */
export function entryError(
  shown: string,
  root: string,
  gates: readonly CheckFindings[],
  problems: readonly FieldProblem[],
): EntryError {
  const fieldLines = problems.map((p) => `    • ${p.field}: ${p.cause}`);
  const text =
    gates.length === 0
      ? [t.heading(shown, problems.length), ...fieldLines].join('\n')
      : [
          ...gates.map(({ check, found }) => check.report(found, root)),
          ...(problems.length ? [t.alsoFields(shown), ...fieldLines] : []),
        ].join('\n');
  return {
    file: shown,
    items: [
      ...problems.map((p) => ({ where: p.field, cause: p.cause })),
      ...gates.flatMap(({ check, found }) => check.items(found)),
    ],
    fixes: gates.flatMap(({ check, found }) => check.fixes(found)),
    text,
  };
}
