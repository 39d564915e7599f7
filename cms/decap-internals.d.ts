/** Types for the parts of Decap's core the admin reaches into (cms/untouched-draft.ts, cms/folded-search.ts). */
declare module 'decap-cms-core/dist/esm/redux/index.js' {
  import type { Map as ImmutableMap } from 'immutable';
  export interface DecapAction {
    type: string;
    payload?: Record<string, unknown>;
  }
  export interface DecapStore {
    getState(): { entryDraft: ImmutableMap<string, unknown> };
    dispatch: (action: unknown) => unknown;
    subscribe(listener: () => void): () => void;
  }
  export const store: DecapStore;
}
declare module 'decap-cms-core/dist/esm/reducers/entryDraft.js' {
  import type { Map as ImmutableMap } from 'immutable';
  const entryDraftReducer: (state: ImmutableMap<string, unknown>, action: unknown) => ImmutableMap<string, unknown>;
  export default entryDraftReducer;
}
declare module 'decap-cms-core/dist/esm/backend.js' {
  /** One entry as the backend lists it. */
  export interface BackendEntry {
    data?: unknown;
    [key: string]: unknown;
  }
  export class Backend {
    listAllEntries(collection: unknown): Promise<BackendEntry[]>;
    search(collections: unknown[], searchTerm: string): Promise<{ entries: BackendEntry[] }>;
    query(
      collection: unknown,
      searchFields: string[],
      searchTerm: string,
      file?: string,
      limit?: number,
    ): Promise<{ query: string; hits: BackendEntry[] }>;
  }
}
