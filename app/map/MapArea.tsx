/**
 * Which map the reader sees. First the SVG drawing (light, usable at once); then, on the
 * reader's first intent to explore the map (pointer, touch, keyboard focus), the MapLibre
 * map takes its place at the same view. With `?debug=1` MapLibre starts at once. Without
 * WebGL the SVG map stays, with a note.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { furnitureFor } from '../cartography/furniture.ts';
import { cssPalette } from '../cartography/palette.ts';
import { debugEnabled } from '../debug.ts';
import type { GeoData } from '../geo/schema.ts';
import { useOnDemand } from '../onDemand.ts';
import { highlightedRegionIds, storyStepsShown } from '../state/selectors.ts';
import { store, useExplainer } from '../state/store.ts';
import { describeMap, mapLabel } from './description.ts';
import { mapFeed, reportTo } from './input.ts';
import { mapViewCode } from './loadMapView.ts';
import { DetailInset, LocatorInset } from './svg/LocatorInset.tsx';
import { SvgMap, useSize } from './svg/SvgMap.tsx';
import { canRunMapLibre } from './webgl.ts';

/** Without its code (offline, a failed deploy) the map stays the drawing, and the page says so. */
function mapCodeFailed(error: unknown): void {
  const report = reportTo(store);
  report({
    problem: `Map: the interactive map could not be loaded (${String(error)}); showing the simpler drawing.`,
  });
  report({ status: 'failed' });
}

/**
 * Whether this browser can show the interactive map, asked in a task of its own once the first
 * view is up (creating a WebGL context takes tens of milliseconds on a phone). Until then it is
 * assumed, as the build assumes it: most browsers have it.
 */
function useWebGL(): boolean {
  const [webgl, setWebGL] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setWebGL(canRunMapLibre()));
    return () => clearTimeout(timer);
  }, []);
  return webgl;
}

export function MapArea({ geo }: { geo: GeoData }) {
  const webgl = useWebGL();
  const [wanted, setWanted] = useState(() => typeof window !== 'undefined' && debugEnabled());
  const mapReady = useExplainer((s) => s.mapStatus === 'ready');
  const mapFailed = useExplainer((s) => s.mapStatus === 'failed');
  const description = useMemo(() => describeMap(geo), [geo]);
  const label = useMemo(() => mapLabel(geo), [geo]);
  // Both renderers draw from one feed and report to one callback; only this module knows the store.
  const [feed] = useState(() => mapFeed(store));
  const [report] = useState(() => reportTo(store));
  const base = useExplainer((s) => s.geo) ?? geo;
  // What the map highlights now, for tests and tools, whichever renderer shows it.
  const highlighted = useExplainer((s) => highlightedRegionIds(s).join(' '));
  const useMapLibre = webgl && wanted && !mapFailed;
  const MapView = useOnDemand(mapViewCode, useMapLibre, mapCodeFailed)?.default;

  useEffect(() => {
    if (mapReady) document.documentElement.dataset.mapReady = 'true';
    else delete document.documentElement.dataset.mapReady;
  }, [mapReady]);

  const area = useRef<HTMLDivElement>(null);
  const size = useSize(area);
  const storySteps = useExplainer(storyStepsShown);
  // The insets over the map, where it shows them (cartography/furniture.ts).
  const furniture = useMemo(
    () =>
      size && highlighted
        ? furnitureFor(base, highlighted.split(' '), size.width, size.height, storySteps)
        : null,
    [base, highlighted, size, storySteps],
  );
  useEffect(() => {
    const element = area.current;
    if (!element || !webgl || wanted) return;
    const explore = () => setWanted(true);
    // A pointer or focus that arrived while the built page was coming to life counts too.
    if (element.matches(':hover') || element.contains(document.activeElement)) return explore();
    const intents = ['pointerenter', 'touchstart', 'focusin'];
    for (const type of intents) element.addEventListener(type, explore, { once: true, passive: true });
    return () => {
      for (const type of intents) element.removeEventListener(type, explore);
    };
  }, [webgl, wanted]);

  return (
    <div ref={area} className="map-area" data-map="" data-highlighted={highlighted}>
      {!(useMapLibre && mapReady) && (
        <SvgMap feed={feed} report={report} label={label} description={description} />
      )}
      {useMapLibre && MapView && (
        <MapView feed={feed} report={report} label={label} description={description} />
      )}
      {furniture?.locator && (
        <LocatorInset
          className="locator"
          geo={base}
          locator={furniture.locator}
          palette={cssPalette}
          placed
        />
      )}
      {furniture?.detail && (
        <DetailInset className="detail" geo={base} detail={furniture.detail} palette={cssPalette} />
      )}
      {(!webgl || mapFailed) && (
        <p className="map-note" role="note">
          A simpler drawing: the interactive map cannot be shown here. Everything else works the same.
        </p>
      )}
    </div>
  );
}
