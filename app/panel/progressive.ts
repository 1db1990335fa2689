import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from '../afterPaint.ts';

/**
 * How many of `count` items to render: `first` (and at least `atLeast`) in the render that
 * opens a panel, all of them once that has painted, in a transition React may interrupt. A
 * panel of a story at its limits (60,000 characters, 1,000 mentions, 200 events) then shows
 * its heading and first passage at once instead of making the click wait for everything.
 * `key` names what the panel shows; a new one starts again from `first`.
 */
export function useProgressive(key: string, count: number, first: number, atLeast = 0): number {
  const [shown, setShown] = useState({ key, all: false });
  const all = shown.key === key && shown.all;
  useEffect(() => {
    if (all) return;
    return afterPaint(() => startTransition(() => setShown({ key, all: true })));
  }, [key, all]);
  return all ? count : Math.min(count, Math.max(first, atLeast));
}
