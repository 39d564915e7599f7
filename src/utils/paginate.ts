/** Splits a list into pages for static routes: page 1 has no segment, page n is `trang/n`. */
export interface Page<T> {
  items: T[];
  current: number;
  last: number;
}

export const PAGE_SIZE = 10;

export function paginateList<T>(items: T[], size = PAGE_SIZE): Page<T>[] {
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    current: i + 1,
    last,
  }));
}

/** The rest parameter of a paginated route: undefined for page 1. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `trang/${page}`;
}
