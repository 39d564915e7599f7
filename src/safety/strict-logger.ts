/**
 * Astro's glob loader only logs some failures: a file it cannot read is skipped with "Error reading …" and
 * "No contents found for …", a file it cannot render with "Error rendering …", and two files with the same id
 * only warn. The site would publish without them. This logger turns those into build errors. In `astro dev`
 * (a watcher is running) the loader keeps its own logger, so a bad save shows an error instead of stopping the
 * editor's preview server.
 */
import type { LoaderContext } from 'astro/loaders';
import { loaderText } from '../i18n/safety';

type Logger = LoaderContext['logger'];

/** Warnings that mean a content file was silently dropped or replaced. */
const DROPPED = [
  /^No contents found for /,
  /^No entry type found for /,
  /^No extension found for /,
  /contains multiple entries with the same slug/,
];

/** The loader's logger, failing on errors and on warnings that drop a file; other messages pass through. */
export function strictLogger(logger: Logger): Logger {
  const fail = (message: string): never => {
    throw new Error(`${loaderText.heading}\n  ${loaderText.problem(message)}`);
  };
  const strict = Object.create(logger) as Logger;
  strict.error = (message: string) => fail(message);
  strict.warn = (message: string) => {
    if (DROPPED.some((pattern) => pattern.test(message))) fail(message);
    logger.warn(message);
  };
  return strict;
}
