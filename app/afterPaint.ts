/**
 * Runs `task` once the page has painted what the current render changed: in a task queued
 * from the next animation frame, so the browser paints between the two. A click's panel paints
 * first this way, and the work that follows it (the map's drawing and names, the rest of a long
 * panel, scrolling to its heading) does not make the click wait. Returns the cancel, for an
 * effect's cleanup.
 */
export function afterPaint(task: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(task);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
