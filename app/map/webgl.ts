let supported: boolean | undefined;

/** Whether this browser can run MapLibre: a WebGL context can be created (WebGL 2 or 1). Asked once. */
export function supportsWebGL(): boolean {
  if (supported === undefined) {
    try {
      const canvas = document.createElement('canvas');
      supported = Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
    } catch {
      supported = false;
    }
  }
  return supported;
}
