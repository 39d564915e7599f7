/**
 * The entry lists of the dated content types (src/content-model/collection-list.ts) need a status that depends on
 * today: "Hẹn đăng ngày 02/12/2026" becomes "Đã đăng" on that day. Decap's row templates and filters only read an
 * entry's fields, so the admin reads those collections' files through Decap's own front-matter format, wrapped to
 * add the status as two fields (a code for the filters, a text for the row) and to drop them again before writing.
 * The status is computed when the list is loaded, so it is always that of the day the admin was opened.
 */
import type { CMS } from 'decap-cms-core';
import { FrontmatterInfer, type Formatter } from 'decap-cms-core/dist/esm/formats/frontmatter.js';
import {
  LIST_STATE,
  LIST_STATUS,
  listSpecs,
  listStatus,
  statusFilters,
  vietnamToday,
  type StatusRule,
} from '../src/content-model/collection-list';

/** Name of the format a listed collection is read with. */
export const listFormatName = (collection: string) => `frontmatter-list-${collection}`;

/** Decap's front-matter format, adding the status of `rule` when reading and leaving it out when writing. */
export function listFormatter(
  base: Formatter,
  rule: StatusRule,
  today: () => string = () => vietnamToday(),
): Formatter {
  return {
    fromFile(content) {
      const data = base.fromFile(content);
      const status = listStatus(rule, data, today());
      return status ? { ...data, [LIST_STATE]: status.state, [LIST_STATUS]: status.text } : data;
    },
    toFile(data, sortedKeys, comments) {
      const { [LIST_STATE]: _state, [LIST_STATUS]: _status, ...rest } = data;
      return base.toFile(rest, sortedKeys, comments);
    },
  };
}

interface CollectionConfig {
  name: string;
  format?: string;
  summary?: string;
  view_filters?: unknown[];
  [option: string]: unknown;
}

/** The generated configuration with the listed collections read through their format, showing and filtering by status. */
export function completeListViews<C extends { collections: CollectionConfig[] }>(config: C): C {
  const collections = config.collections.map((collection) => {
    const spec = listSpecs[collection.name];
    if (!spec || collection.format !== 'frontmatter') return collection;
    return {
      ...collection,
      format: listFormatName(collection.name),
      summary: `${collection.summary ?? spec.summary} · {{${LIST_STATUS}}}`,
      view_filters: [...statusFilters(spec.status), ...(collection.view_filters ?? [])],
    };
  });
  return { ...config, collections };
}

/** Registers the formats completeListViews names. */
export function registerListViews(cms: CMS): void {
  for (const [name, spec] of Object.entries(listSpecs)) {
    cms.registerCustomFormat(listFormatName(name), 'mdx', listFormatter(FrontmatterInfer, spec.status) as never);
  }
}
