/**
 * The first view is ready (`<html data-view-ready>`) once the map is drawn for its box and the
 * panel shows what the URL asked for, in its place (a deep link's heading brought into view):
 * only then does anything the reader clicked meanwhile count (public/boot.js makes it then),
 * so nothing moves under a click that is being made.
 */
type Part = 'map' | 'panel';

const waiting = new Set<Part>(['map', 'panel']);

export function partReady(part: Part): void {
  waiting.delete(part);
  if (waiting.size === 0) document.documentElement.dataset.viewReady = 'true';
}
