/**
 * Gates the loader runs on every content file before it is published, given to it by whoever wires the site
 * (src/content.config.ts): the content model knows only this shape, never the gates themselves (src/privacy).
 */

/** One gate: what it finds in a collection's files or in one file, and how its findings read in a report. */
export interface EntryCheck<F extends { file: string } = { file: string }> {
  /** Findings in every file of a collection folder (glob `pattern` under `base`), before the collection loads. */
  collection(base: string, pattern: string): F[];
  /** Findings in one file, when the loader parses it. */
  file(path: string): F[];
  /** The gate's own report of findings in one or more files, as the build prints it. */
  report(found: readonly F[], root: string): string;
  /** Each finding as a line of the preview's error page: where, and what. */
  items(found: readonly F[]): { where: string; cause: string }[];
  /** Fixes that apply to several of the findings. */
  fixes(found: readonly F[]): string[];
}

/** What one gate found. */
export interface CheckFindings<F extends { file: string } = { file: string }> {
  check: EntryCheck<F>;
  found: readonly F[];
}

/** Each gate's findings that concern `file`, leaving out gates that found nothing there. */
export function findingsIn(all: readonly CheckFindings[], file: string): CheckFindings[] {
  return all
    .map(({ check, found }) => ({ check, found: found.filter((f) => f.file === file) }))
    .filter((f) => f.found.length > 0);
}
