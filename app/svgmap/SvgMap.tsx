/**
 * The same layers as the MapLibre map, drawn as SVG with d3-geo: the first view before
 * MapLibre loads, and the whole map where WebGL is missing. Same projection, same framing,
 * same selection (it follows the store), same click rules: the topmost selectable region
 * under the pointer is selected, anywhere else clears.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { GeoData } from '../geo/schema.ts';
import { frameFor } from '../map/camera.ts';
import { highlightedRegionIds } from '../state/selectors.ts';
import { store, useExplainer } from '../state/store.ts';
import { MapDrawing, pathsOf } from './MapDrawing.tsx';
import { viewBoxFor } from './projection.ts';

function useSize(ref: React.RefObject<HTMLElement | null>): { width: number; height: number } | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // A hidden container (a closed tab) has no size: draw once it has one.
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      if (box && box.width > 0 && box.height > 0) setSize({ width: box.width, height: box.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** The selectable region an event hit, or null: the SVG twin of the MapLibre adapter's regionAt. */
function regionAt(event: Event, geo: GeoData): string | null {
  const id = (event.target as Element | null)?.closest?.('[data-region-id]')?.getAttribute('data-region-id');
  const feature = id ? geo.regions.features.find((f) => f.id === id) : undefined;
  return feature?.properties.clickable ? feature.id : null;
}

/** Pointer events to store actions, as the MapLibre adapter's table does. */
function usePointer(svg: React.RefObject<SVGSVGElement | null>, geo: GeoData, mounted: boolean): void {
  useEffect(() => {
    const element = svg.current;
    if (!element || !mounted) return;
    const handlers: Record<string, (e: Event) => void> = {
      click: (e) => {
        const id = regionAt(e, geo);
        if (id) store.getState().selectRegion(id);
        else store.getState().clearSelection();
      },
      pointermove: (e) => store.getState().hoverRegion(regionAt(e, geo)),
      pointerleave: () => store.getState().hoverRegion(null),
    };
    for (const [type, handle] of Object.entries(handlers)) element.addEventListener(type, handle);
    return () => {
      for (const [type, handle] of Object.entries(handlers)) element.removeEventListener(type, handle);
    };
  }, [svg, geo, mounted]);
}

export function SvgMap({ geo, label, description }: { geo: GeoData; label: string; description: string }) {
  const container = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const size = useSize(container);
  const highlighted = useExplainer((s) => highlightedRegionIds(s).join(','));
  const hovered = useExplainer((s) => s.hoveredRegionId);
  const paths = useMemo(() => pathsOf(geo), [geo]);

  const ids = highlighted ? highlighted.split(',') : [];
  const view = size ? viewBoxFor(frameFor(geo, ids, size.width, size.height), size.width, size.height) : null;
  const drawn = view !== null;
  usePointer(svg, geo, drawn);
  // The first view is usable: the map is drawn, the list and panel are live, the URL is read.
  useEffect(() => {
    if (drawn) document.documentElement.dataset.viewReady = 'true';
  }, [drawn]);

  return (
    <div ref={container} className="svg-map" data-svg-map="true" tabIndex={-1}>
      {view && (
        <MapDrawing
          geo={geo}
          paths={paths}
          view={view}
          highlighted={ids}
          hovered={hovered}
          label={label}
          descriptionId="map-description"
          svgRef={svg}
        />
      )}
      <p id="map-description" className="visually-hidden">
        {description}
      </p>
    </div>
  );
}
