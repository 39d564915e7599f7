/**
 * The search page's script. The form works as a plain GET form; this script makes it live: it loads Pagefind
 * when there is something to search or the reader starts using the form, searches as the reader types, keeps
 * the address in step (?q=…&type=…) so results can be shared and reloaded, and announces the result count.
 */
import { searchLiveText as t } from '../../i18n/search-live';
import { FILTERS, PAGE_SIZE } from '../config';
import type { Synonym } from '../query/query-plan';
import { loadEngine, type Engine, type Found } from './engine';
import type { Filters } from './pagefind-api';
import { resultItem } from './render';

const TYPING_DELAY_MS = 250;

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`search page: #${id} is missing`);
  return node as T;
}

const form = byId<HTMLFormElement>('tim-kiem');
const input = byId<HTMLInputElement>('tim-kiem-o');
const status = byId<HTMLParagraphElement>('tim-kiem-trang-thai');
const alsoSearched = byId<HTMLParagraphElement>('tim-kiem-tim-ca');
const list = byId<HTMLOListElement>('tim-kiem-ket-qua');
const more = byId<HTMLButtonElement>('tim-kiem-them');
const shownNote = byId<HTMLSpanElement>('tim-kiem-da-hien');
const noResults = byId<HTMLElement>('tim-kiem-khong-thay');
const closest = byId<HTMLElement>('tim-kiem-gan-nhat');
const closestTitle = byId<HTMLHeadingElement>('tim-kiem-gan-nhat-tieu-de');
const closestList = byId<HTMLOListElement>('tim-kiem-gan-nhat-ds');
const clearFilters = form.querySelector<HTMLButtonElement>('[data-clear-filters]')!;
const filterPanel = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
const filterSummary = form.querySelector<HTMLElement>('[data-filter-summary]')!;
const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

let engine: Promise<Engine> | undefined;
let current: Found[] = [];
let shown = 0;
/** The status line of the results listed (their count), kept while "more" adds to them. */
let currentStatus = '';
let searchId = 0;
let typingTimer: ReturnType<typeof setTimeout> | undefined;

/** Pagefind, loaded once, on first need. */
function getEngine(): Promise<Engine> {
  engine ??= loadEngine(
    form.dataset.bundle ?? '/pagefind/',
    {
      synonyms: JSON.parse(form.dataset.synonyms ?? '[]') as Synonym[],
      placeWords: (form.dataset.placeWords ?? '').split(' ').filter(Boolean),
      placesUrl: form.dataset.places ?? '',
      placeType: form.dataset.placeType ?? '',
    },
    input.value,
  );
  return engine;
}

let countsShown = false;
/** The chips' page counts, loaded the first time the filter panel is open (they need every filter's index). */
function showCountsWhenOpen(): void {
  if (!filterPanel.open || countsShown) return;
  countsShown = true;
  void getEngine()
    .then(showFilterCounts)
    .catch(() => (countsShown = false));
}

/** Adds each chip's page count and hides values no page uses (unless chosen, so it can be unchosen). */
async function showFilterCounts(loaded: Engine): Promise<void> {
  const counts = await loaded.filterCounts();
  for (const box of checkboxes) {
    const n = counts[box.name]?.[box.value] ?? 0;
    const label = box.closest('label')!;
    label.querySelector('[data-chip-count]')!.textContent = n > 0 ? t.chipCount(n) : '';
    label.hidden = n === 0 && !box.checked;
  }
  for (const group of form.querySelectorAll<HTMLFieldSetElement>('[data-filter-group]')) {
    group.hidden = [...group.querySelectorAll('label')].every((l) => l.hidden);
  }
}

function chosenFilters(): Filters {
  const filters: Filters = {};
  for (const box of checkboxes) if (box.checked) (filters[box.name] ??= { any: [] }).any.push(box.value);
  return filters;
}

function chosenValues(): string[] {
  return checkboxes.filter((b) => b.checked).map((b) => b.value);
}

/** The address of the current search, so reload, back and sharing give the same results. */
function syncAddress(query: string): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const box of checkboxes) if (box.checked) params.append(box.name, box.value);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

/**
 * Renders the next PAGE_SIZE results, downloading only their fragments; returns the first new link (to move focus
 * to it). The "more" button, and how many are shown beside it, show while results are left.
 */
async function showMore(id: number): Promise<HTMLAnchorElement | undefined> {
  const page = current.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(page.map((r) => r.result.data()));
  if (id !== searchId) return undefined;
  const items = data.map((d, i) => resultItem(d, page[i]!.words));
  list.append(...items);
  shown += page.length;
  more.hidden = shownNote.hidden = shown >= current.length;
  shownNote.textContent = t.shown(shown, current.length);
  return items[0]?.querySelector('a') ?? undefined;
}

function statusText(query: string, n: number): string {
  const values = chosenValues();
  const filters = t.filterList(values);
  if (!query) return n > 0 ? t.browsing(n, filters) : t.nothingInFilters(filters);
  if (n === 0) return t.noResultsFor(query);
  return values.length ? t.foundFiltered(n, query, filters) : t.found(n, query);
}

async function run(): Promise<void> {
  const id = ++searchId;
  const query = input.value.trim();
  const filters = chosenFilters();
  const chosen = chosenValues().length;
  clearFilters.hidden = chosen === 0;
  filterSummary.textContent = chosen ? t.filtersChosen(chosen) : '';
  syncAddress(query);
  if (!query && Object.keys(filters).length === 0) {
    current = [];
    shown = 0;
    list.replaceChildren();
    list.hidden = more.hidden = shownNote.hidden = noResults.hidden = alsoSearched.hidden = closest.hidden = true;
    closestList.replaceChildren();
    status.textContent = '';
    return;
  }
  list.setAttribute('aria-busy', 'true');
  status.textContent = t.loading;
  try {
    const outcome = await (await getEngine()).search(query, filters);
    if (id !== searchId) return;
    current = outcome.results;
    shown = 0;
    list.replaceChildren();
    await showMore(id);
    const near = await Promise.all(outcome.closest.map((r) => r.result.data()));
    if (id !== searchId) return;
    closestList.replaceChildren(...near.map((d, i) => resultItem(d, outcome.closest[i]!.words, 'h3')));
    closestTitle.textContent = near.length ? t.closestTitle(outcome.significant) : '';
    closest.hidden = near.length === 0;
    list.hidden = current.length === 0;
    alsoSearched.hidden = outcome.via.length === 0;
    alsoSearched.textContent = outcome.via.length ? t.alsoSearched(outcome.via.join(', ')) : '';
    noResults.hidden = !(query && current.length === 0);
    currentStatus = statusText(query, current.length);
    status.textContent = currentStatus;
  } catch (error) {
    if (id !== searchId) return;
    console.error('search failed:', error);
    status.textContent = t.loadFailed;
  } finally {
    if (id === searchId) list.removeAttribute('aria-busy');
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  void run();
});
input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => void run(), TYPING_DELAY_MS);
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void run();
});
// Start loading as soon as the reader shows intent, so the first search answers quickly on a slow phone.
form.addEventListener('focusin', () => void getEngine().catch(() => undefined), { once: true });
filterPanel.addEventListener('toggle', showCountsWhenOpen);
clearFilters.addEventListener('click', () => {
  for (const box of checkboxes) box.checked = false;
  void run();
  input.focus();
});
let loadingMore = false;
// The next results on request: focus moves to the first new one, and the count, with how many are shown now, is
// announced in the status region. A second press while they load is ignored.
more.addEventListener('click', async () => {
  if (loadingMore) return;
  loadingMore = true;
  const id = searchId;
  list.setAttribute('aria-busy', 'true');
  try {
    const first = await showMore(id);
    if (id !== searchId) return;
    first?.focus();
    status.textContent = `${currentStatus} ${t.shown(shown, current.length)}`;
  } catch (error) {
    if (id !== searchId) return;
    console.error('search failed:', error);
    status.textContent = t.loadFailed;
  } finally {
    loadingMore = false;
    if (id === searchId) list.removeAttribute('aria-busy');
  }
});

// The address may already hold a search: from the header box (?q=…), a shared link or a reload.
const params = new URLSearchParams(location.search);
input.value = (params.get('q') ?? '').normalize('NFC');
const filterNames: readonly string[] = FILTERS;
for (const box of checkboxes)
  box.checked = filterNames.includes(box.name) && params.getAll(box.name).includes(box.value);
if (checkboxes.some((b) => b.checked)) filterPanel.open = true;
showCountsWhenOpen();
if (input.value.trim() || checkboxes.some((b) => b.checked)) void run();
