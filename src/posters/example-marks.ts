/**
 * The rule that no print or image shows an unconfirmed number as real: every number marked "số minh họa" in the
 * content (a board's `isExample`, the site's `contact.phoneIsExample`) must travel with its mark into each job's
 * data, where the templates draw it. Checked once, over every job, before anything is rendered.
 */
import { posterText } from '../i18n/posters.ts';
import type { PosterJob } from './jobs.ts';

/** Where a number is marked as illustrative: the content file (as the build names it) and the field. */
export interface ExampleSource {
  file: string;
  field: string;
  /** The number as written there. */
  phone: string;
}

/** Digits of each illustrative number → where it is marked. */
export type ExampleNumbers = Map<string, ExampleSource>;

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** Phone-like runs in a text ("0912 000 101", "02373.851.152", "113"), as digits. */
function phonesIn(text: string): string[] {
  return [...text.matchAll(/(?:\+84|0)\d[\d .]{7,13}\d|\b11[345]\b/g)].map((m) => digitsOf(m[0]).replace(/^84/, '0'));
}

/** A value is marked when its object says so (`isExample` next to `phone`, or `<key>IsExample`) or its text does. */
function isMarked(owner: Record<string, unknown>, key: string, text: string): boolean {
  if (owner[`${key}IsExample`] === true) return true;
  if (key === 'phone' && owner.isExample === true) return true;
  return text.includes(posterText.board.example);
}

/** Every illustrative number a job's data would show without its mark, with the data path. */
export function unmarkedExamples(data: unknown, examples: ExampleNumbers): { path: string; digits: string }[] {
  const found: { path: string; digits: string }[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      const owner = value as Record<string, unknown>;
      for (const [key, v] of Object.entries(owner)) {
        const here = path ? `${path}.${key}` : key;
        if (typeof v !== 'string') visit(v, here);
        else
          for (const digits of phonesIn(v))
            if (examples.has(digits) && !isMarked(owner, key, v)) found.push({ path: here, digits });
      }
    }
  };
  visit(data, '');
  return found;
}

/** How many output files an error names before "and N others". */
const NAMED = 3;

/** Throws one Vietnamese error per illustrative number that some job would print as real, naming those files. */
export function checkExampleMarks(jobs: readonly PosterJob[], examples: ExampleNumbers): void {
  const filesByNumber = new Map<string, Set<string>>();
  for (const job of jobs) {
    for (const { digits } of unmarkedExamples(job.data, examples))
      filesByNumber.set(digits, (filesByNumber.get(digits) ?? new Set()).add(job.file));
  }
  const problems = [...filesByNumber].map(([digits, files]) => {
    const source = examples.get(digits)!;
    return posterText.errors.unmarkedExample(
      source.file,
      source.field,
      source.phone,
      [...files].slice(0, NAMED),
      files.size,
    );
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
