/**
 * Decap marks a draft changed on every field change, and on a new entry on any change at all: widgets that fill in a
 * default when they mount (the date field's "now", a required multiple select's empty list, the rich-text editor's
 * first rewrite of an empty body) make an entry nobody touched show "unsaved changes", keep a local backup of it and
 * ask before leaving it. Here the changes a draft receives before the editor's first key, click, input, paste or drop
 * (a widget filling in its default fires none) are taken as part of the draft as opened: they are kept (and saved
 * with the entry), but the draft stays unchanged, and later edits are compared with that settled draft, so undoing
 * them clears the flag again.
 */
import type { Map as ImmutableMap } from 'immutable';
import { store as decapStore, type DecapAction, type DecapStore } from 'decap-cms-core/dist/esm/redux/index.js';
import entryDraftReducer from 'decap-cms-core/dist/esm/reducers/entryDraft.js';

/** Decap's action type for a field's change (decap-cms-core actions/entries DRAFT_CHANGE_FIELD). */
const CHANGE_FIELD = 'DRAFT_CHANGE_FIELD';
/** What the editor does to change a field, as opposed to a widget's own doing (typing, dictation and autofill give `input`). */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'beforeinput', 'input', 'change', 'paste', 'drop'] as const;

type Entry = ImmutableMap<string, unknown>;

/** Keeps widgets' defaults from marking drafts changed; call before CMS.init (connected components read `dispatch` then). */
export function keepUntouchedDrafts(
  target: Pick<Window, 'addEventListener'> = window,
  store: DecapStore = decapStore,
): void {
  let key: unknown;
  let settling = false;
  let settled: Entry | undefined;
  for (const type of INPUT_EVENTS) target.addEventListener(type, () => (settling = false), true);
  store.subscribe(() => {
    const draft = store.getState().entryDraft;
    if (draft.get('key') === key) return;
    // A new draft: a restored backup or a duplicate starts changed and is left to Decap.
    key = draft.get('key');
    settling = Boolean(draft.get('entry')) && !draft.get('hasChanged');
    settled = settling ? (draft.get('entry') as Entry) : undefined;
  });
  const dispatch = store.dispatch;
  store.dispatch = (action: unknown) => {
    const change = action as DecapAction | undefined;
    if (change?.type !== CHANGE_FIELD || !settled || !change.payload) return dispatch(action);
    const entries = (change.payload.entries ?? []) as Entry[];
    if (settling) settled = entryDraftReducer(store.getState().entryDraft, action).get('entry') as Entry;
    return dispatch({ ...change, payload: { ...change.payload, entries: [...entries, settled] } });
  };
}
