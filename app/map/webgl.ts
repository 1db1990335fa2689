let supported: boolean | undefined;

/**
 * Whether MapLibre can run here, asked once: a WebGL context can be created (WebGL 2 or 1),
 * and the page has an origin of its own. A frame sandboxed without allow-same-origin
 * (WordPress's oEmbed frames) has none, so it cannot start MapLibre's worker from our files,
 * and the content policy allows no other kind; there the SVG map draws, with its note.
 */
export function canRunMapLibre(win: Window = window): boolean {
  if (supported === undefined) {
    try {
      const canvas = win.document.createElement('canvas');
      supported = win.origin !== 'null' && Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
    } catch {
      supported = false;
    }
  }
  return supported;
}
