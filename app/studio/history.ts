/**
 * Undo and redo for every edit: the states before the present, and those undone after it.
 * A new edit forgets what was undone; the oldest states go beyond `LIMIT`.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

export const LIMIT = 200;

export const historyOf = <T>(present: T, past: T[] = [], future: T[] = []): History<T> => ({
  past,
  present,
  future,
});

export function record<T>(history: History<T>, next: T): History<T> {
  return { past: [...history.past, history.present].slice(-LIMIT), present: next, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
