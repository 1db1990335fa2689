import { onDemand } from '../onDemand.ts';

/** MapLibre and the map that uses it, fetched once, whenever first asked for. */
export const mapViewCode = onDemand(() => import('./maplibre/MapView.tsx'));
