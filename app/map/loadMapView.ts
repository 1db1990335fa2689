/** MapLibre and the map that uses it, fetched once, whenever first asked for. */
let loading: Promise<typeof import('./MapView.tsx')> | null = null;

export function loadMapView(): Promise<typeof import('./MapView.tsx')> {
  loading ??= import('./MapView.tsx');
  return loading;
}
