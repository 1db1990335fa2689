import { describe, expect, it } from 'vitest';
import { historyOf, LIMIT, record, redo, undo } from './history.ts';

describe('undo and redo', () => {
  it('undoes every edit in turn and redoes them', () => {
    let h = historyOf(0);
    for (const n of [1, 2, 3]) h = record(h, n);
    h = undo(undo(h));
    expect(h.present).toBe(1);
    h = redo(h);
    expect(h.present).toBe(2);
    expect(redo(redo(h)).present).toBe(3);
    expect(undo(undo(undo(undo(h)))).present).toBe(0);
  });

  it('forgets what was undone when a new edit is made', () => {
    const h = record(undo(record(historyOf('a'), 'b')), 'c');
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
    expect(undo(h).present).toBe('a');
  });

  it('keeps at most LIMIT earlier states', () => {
    let h = historyOf(0);
    for (let n = 1; n <= LIMIT + 10; n++) h = record(h, n);
    expect(h.past).toHaveLength(LIMIT);
    expect(h.past[0]).toBe(10);
  });
});
