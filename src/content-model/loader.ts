/**
 * The glob loader, with front matter read by the YAML 1.2 core schema instead of Astro's YAML 1.1 parser.
 * YAML 1.1 turns `2026-13-45` into a real date (14 Feb 2027) and `no` into false, so a typo would publish
 * silently; here every value reaches the schema as written and the field builders judge it.
 */
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { messages } from '../i18n/vi';
import { strictLogger } from '../safety/strict-logger';
import { checkCollection, checkEntryFile } from '../privacy/gate';

type GlobOptions = Parameters<typeof glob>[0];

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The front matter (MDX) or whole document (YAML) of a content file, parsed strictly. */
export function readData(filePath: string): Record<string, unknown> {
  const raw = readFileSync(filePath, 'utf8');
  const isMdx = filePath.endsWith('.mdx');
  const source = isMdx ? FRONT_MATTER.exec(raw)?.[1] : raw;
  if (source === undefined) throw new Error(messages.frontMatterMissing(filePath));
  let data: unknown;
  try {
    data = parse(source, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw new Error(messages.yamlBroken(filePath, (error as Error).message));
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(messages.yamlBroken(filePath, 'không phải một nhóm trường'));
  return data as Record<string, unknown>;
}

/**
 * The glob loader, strict: front matter read as YAML 1.2, files it would skip with only a log line fail the
 * build (see strictLogger), and every file passes the privacy guard (src/privacy) before it is published.
 */
export function strictGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: async (context) => {
      if (options.base && typeof options.pattern === 'string') checkCollection(options.base, options.pattern);
      return inner.load({
        ...context,
        logger: context.watcher ? context.logger : strictLogger(context.logger),
        parseData: (props) => {
          if (props.filePath) checkEntryFile(props.filePath);
          return context.parseData({ ...props, data: (props.filePath ? readData(props.filePath) : props.data) as typeof props.data });
        },
      });
    },
  };
}
