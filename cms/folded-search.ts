/**
 * Decap's collection search (Backend.search: every entry of each collection, matched by the `fuzzy` package on the
 * title and the fields the list's row shows) compares letters exactly, so "ma tuy" does not find "ma túy", and
 * editors often type without marks on phones. Here the search reads folded copies of the entries (marks removed, đ
 * as d, lower case: src/search/query/fold.ts) with the folded term, and answers with the entries as they are.
 */
import { Backend, type BackendEntry } from 'decap-cms-core/dist/esm/backend.js';
import { foldAll } from '../src/search/query/fold';

/** A copy of entry data with every text in it folded. */
export function foldedData(value: unknown): unknown {
  if (typeof value === 'string') return foldAll(value);
  if (Array.isArray(value)) return value.map(foldedData);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, foldedData(inner)]));
  }
  return value;
}

/**
 * Makes Decap's collection search, and the search of relation pickers (Backend.query, e.g. the unit picker), find
 * Vietnamese typed with or without marks.
 */
export function foldSearch(prototype: Backend = Backend.prototype): void {
  const search = prototype.search;
  prototype.search = async function (this: Backend, collections, searchTerm) {
    const originals = new Map<BackendEntry, BackendEntry>();
    const listAllEntries = async (collection: unknown) =>
      (await this.listAllEntries(collection)).map((entry) => {
        const folded = { ...entry, data: foldedData(entry.data) };
        originals.set(folded, entry);
        return folded;
      });
    // The search as Decap wrote it, on a view of this backend that lists folded entries.
    const view = Object.create(this, { listAllEntries: { value: listAllEntries } }) as Backend;
    const result = await search.call(view, collections, foldAll(String(searchTerm)));
    return { ...result, entries: result.entries.map((entry) => originals.get(entry) ?? entry) };
  };
  const query = prototype.query;
  prototype.query = async function (this: Backend, collection, searchFields, searchTerm, file, limit) {
    // A search inside lists (`field.*.x`) keeps only the matching items of each hit, from the data it searched:
    // mapping those back to the unfolded items is not worth it for the pickers this site has, which search one field.
    if (searchFields.some((field) => field.includes('*')))
      return query.call(this, collection, searchFields, searchTerm, file, limit);
    const originals = new Map<unknown, BackendEntry>();
    const listAllEntries = async (listed: unknown) =>
      (await this.listAllEntries(listed)).map((entry) => {
        originals.set(entry.slug, entry);
        return { ...entry, data: foldedData(entry.data) };
      });
    const view = Object.create(this, { listAllEntries: { value: listAllEntries } }) as Backend;
    const result = await query.call(view, collection, searchFields, foldAll(String(searchTerm)), file, limit);
    return { ...result, query: searchTerm, hits: result.hits.map((hit) => originals.get(hit.slug) ?? hit) };
  };
}
