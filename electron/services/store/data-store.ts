import { ApiFailure } from '../../shared/contract/result';
import { dataSchema, type StoredData } from './data-schema';

/** What conf and electron-store both offer; tests may pass a plain object. */
export interface StoreBackend {
  store: Record<string, unknown>;
  readonly path: string;
}

export interface DataStore {
  read(): StoredData;
  update<T>(change: (data: StoredData) => { data: StoredData; result: T }): T;
  readonly path: string;
}

/**
 * Keeps the last written state in memory (conf re-reads the file on every access) and only adopts
 * a change once the backend has written it. A failed write leaves memory and disk as they were.
 */
export function createDataStore(backend: StoreBackend): DataStore {
  let current = dataSchema.parse(backend.store);
  return {
    path: backend.path,
    read: () => current,
    update(change) {
      const { data, result } = change(current);
      const next = dataSchema.parse(data);
      try {
        backend.store = next;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
        throw new ApiFailure('storage', `Lockstep could not save your change (${code}). Nothing was lost on disk.`);
      }
      current = next;
      return result;
    },
  };
}
