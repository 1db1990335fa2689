/**
 * The studio's drafts, kept in the browser (IndexedDB), each with its undo history: every edit
 * is written as it is made, so a reload or a crash loses nothing. Nothing leaves the browser.
 */
import type { Draft } from './draft.ts';
import type { History } from './history.ts';

const DATABASE = 'explainer-studio';
const STORE = 'drafts';

export type Saved = History<Draft>;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('the browser refused its local storage'));
  });
}

let database: Promise<IDBDatabase> | null = null;

function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  database ??= open();
  return database.then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = action(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(request.result);
        transaction.onerror = () => reject(transaction.error ?? new Error('the draft could not be saved'));
        transaction.onabort = () => reject(transaction.error ?? new Error('the draft could not be saved'));
      }),
  );
}

export const saveDraft = (saved: Saved): Promise<unknown> =>
  run('readwrite', (s) => s.put(saved, saved.present.id));

export const deleteDraft = (id: string): Promise<unknown> => run('readwrite', (s) => s.delete(id));

export const loadDraft = (id: string): Promise<Saved | undefined> => run('readonly', (s) => s.get(id));

/** Every draft, the one edited last first. */
export async function listDrafts(): Promise<Saved[]> {
  const all = await run<Saved[]>('readonly', (s) => s.getAll());
  return all.sort((a, b) => b.present.updated - a.present.updated);
}
