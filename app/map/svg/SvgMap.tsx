/**
 * The map as SVG: the first view before MapLibre loads, and the whole map where
 * WebGL is missing. Same camera (cartography/framing.ts), same drawing rules
 * (cartography/style.ts), same pointer rules (cartography/pointer.ts), drawn from the same
 * input and reporting through the same callback (map/contract.ts).
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { afterPaint } from '../../afterPaint.ts';
import { builtAsEmbed, useHydrated } from '../../built.tsx';
import { cameraForMap } from '../../cartography/furniture.ts';
import { estimateText, type Measure, placeLabels } from '../../cartography/labels.ts';
import { project } from '../../cartography/mercator.ts';
import { cssPalette } from '../../cartography/palette.ts';
import {
  coarsePointer,
  type PointerGesture,
  reachOf,
  regionMeant,
  type ToScreen,
} from '../../cartography/pointer.ts';
import type { GeoData } from '../../geo/schema.ts';
import { partReady } from '../../ready.ts';
import type { MapReport, RendererProps } from '../contract.ts';
import { measureText } from '../measureText.ts';
import { adoptDrawing, MapDrawing, type PlacedNames, pathsOf, viewportOf } from './MapDrawing.tsx';
import { detailLevel, type ViewBox, viewBoxFor } from './projection.ts';

interface Size {
  width: number;
  height: number;
}

/**
 * The box the build draws the map for, before a browser has measured one: the map on a phone's
 * first screen, where most readers are (docs/first-paint.md). In a box of another size that
 * drawing is scaled to fit, and the surrounding land and sea fill the rest, until the
 * browser's own size arrives the render after hydration. The stylesheet gives the map these
 * heights on a phone; builtSize.test.ts checks the two agree.
 */
export const BUILT_SIZE: Record<'page' | 'embed', Size> = {
  page: { width: 390, height: 340 },
  embed: { width: 374, height: 280 },
};

/** The content box of an element, once it has one, kept up to date. */
export function useSize(ref: React.RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null);
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

/**
 * `value`, caught up with once the page has painted: the panel paints first on a click and the
 * drawing follows in the next frame, as the MapLibre map does (map/maplibre/sync.ts). Reframing
 * may mean the shapes at another detail, tens of milliseconds the click should not wait for.
 */
function useAfterPaint(value: string): string {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (value === shown) return;
    return afterPaint(() => setShown(value));
  }, [value, shown]);
  return shown;
}

/** The regions drawn under a pointer, top first: the SVG renderer's hit test. */
function regionsAt(svg: SVGSVGElement, event: MouseEvent): string[] {
  return document
    .elementsFromPoint(event.clientX, event.clientY)
    .filter((element) => svg.contains(element))
    .map((element) => element.getAttribute('data-region-id'))
    .filter((id): id is string => id !== null);
}

/** The drawing's map units (Web Mercator, as its viewBox is) to the window's, where pointers are. */
function onScreen(svg: SVGSVGElement): ToScreen {
  const m = svg.getScreenCTM();
  return (lon, lat) => {
    const [x, y] = project(lon, lat);
    return m ? [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f] : [x, y];
  };
}

const GESTURES: Record<string, PointerGesture> = {
  click: 'click',
  pointermove: 'move',
  pointerleave: 'leave',
};

/** Pointer events, read by the rules both renderers share, reported as gestures. */
function usePointer(
  svg: React.RefObject<SVGSVGElement | null>,
  geo: GeoData,
  mounted: boolean,
  report: (r: MapReport) => void,
): void {
  useEffect(() => {
    const element = svg.current;
    if (!element || !mounted) return;
    const listeners = Object.entries(GESTURES).map(([type, gesture]) => {
      const listener = (e: Event) => {
        const { clientX, clientY, pointerType } = e as PointerEvent;
        const reach = reachOf(pointerType, coarsePointer);
        const region = regionMeant(
          regionsAt(element, e as MouseEvent),
          geo,
          [clientX, clientY],
          onScreen(element),
          reach,
        );
        report({ gesture, region });
      };
      element.addEventListener(type, listener);
      return () => element.removeEventListener(type, listener);
    });
    return () => {
      for (const off of listeners) off();
    };
  }, [svg, geo, mounted, report]);
}

/**
 * The map's names for this view, placed once the panel has painted (the frame after a
 * choice): placing searches the view, and a click should show its text first. The first view
 * gets them at once, in the same paint as the map.
 */
function useNames(
  geo: GeoData,
  view: ViewBox | null,
  highlighted: string,
  storySteps: boolean,
  measure: Measure,
  measured: boolean,
  adopting: boolean,
): PlacedNames | null {
  const [names, setNames] = useState<PlacedNames | null>(null);
  // What the names were placed for: the view's numbers (a new object each render, as hovering
  // redraws the map) and the highlighted regions.
  const key = view ? `${view.x},${view.y},${view.width},${view.scale}|${highlighted}|${storySteps}` : '';
  // And the data they name: a point of view renames regions without moving the view.
  const placedFor = useRef<{ key: string; geo: GeoData | null }>({ key: '', geo: null });
  const place = (v: ViewBox) => {
    placedFor.current = { key, geo };
    return {
      view: v,
      placed: placeLabels(geo, viewportOf(v), measure, {
        highlighted: highlighted ? highlighted.split(',') : [],
        storySteps,
      }),
    };
  };
  // The first view's names, placed in the render that first draws the map (in the build, by
  // estimated widths). A page hydrating the built drawing keeps the build's names meanwhile and
  // places the browser's once it has measured its box, in a task of their own.
  const first = useRef<PlacedNames | null>(null);
  if (!names && view && !adopting && !first.current) first.current = place(view);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the view and the highlight.
  useEffect(() => {
    if (!view || (adopting && !measured)) return;
    if (placedFor.current.key === key && placedFor.current.geo === geo) return;
    return afterPaint(() => setNames(place(view)));
  }, [key, geo]);
  return names ?? first.current;
}

export function SvgMap({ feed, report, label, description }: RendererProps) {
  const input = useSyncExternalStore(feed.subscribe, feed.read, feed.read);
  const { geo, hovered, storySteps, urlRead } = input;
  const container = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const measured = useSize(container);
  // Drawn by the build, or hydrating its drawing: its box until the browser measures one.
  const hydrated = useHydrated();
  const [fromBuild] = useState(!hydrated);
  const size = measured ?? (fromBuild ? BUILT_SIZE[builtAsEmbed() ? 'embed' : 'page'] : null);
  const highlighted = useAfterPaint(input.highlighted.join(','));

  const ids = highlighted ? highlighted.split(',') : [];
  const view = size
    ? viewBoxFor(cameraForMap(geo, ids, size.width, size.height, storySteps), size.width, size.height)
    : null;
  // The shapes at the detail this view shows.
  const level = view ? detailLevel(view.scale) : 0;
  // Hydrating the built drawing: its paths and names as they are, not computed again; the
  // names stay until the browser places its own.
  const [built] = useState(() => {
    const drawing =
      fromBuild && typeof document !== 'undefined' && document.querySelector('#root [data-svg-map] svg');
    return drawing ? adoptDrawing(geo, level, drawing) : undefined;
  });
  const paths = useMemo(() => pathsOf(geo, level), [geo, level]);
  const adopting = built !== undefined;
  const names = useNames(
    geo,
    view,
    highlighted,
    storySteps,
    measured ? measureText : estimateText,
    measured !== null,
    adopting,
  );
  // The build's names, until the browser's are placed for its own box; shown only in the view
  // the build drew them for (a deep link's first reframing shows none until its own are placed).
  const adopted = adopting && names === null;
  const viewKey = view ? `${view.x},${view.y},${view.width},${view.height},${view.scale}` : '';
  const [builtView] = useState(viewKey);
  const builtNamesFit = viewKey === builtView;
  // Drawn for this box, named for it: what the reader sees and points at.
  const drawn = view !== null && measured !== null && !adopted;
  usePointer(svg, geo, drawn, report);
  // The map's part of the first view: drawn for its box, for the route the URL gave.
  useEffect(() => {
    if (drawn && urlRead) partReady('map');
  }, [drawn, urlRead]);

  return (
    <div ref={container} className="svg-map" data-svg-map="true" data-sized={measured ? 'browser' : 'build'}>
      {view && (
        <MapDrawing
          geo={geo}
          paths={paths}
          view={view}
          palette={cssPalette}
          highlighted={ids}
          hovered={hovered}
          label={label}
          descriptionId="map-description"
          svgRef={svg}
          focusable
          measure={measureText}
          labels={names ?? (adopted && !builtNamesFit && view ? { view, placed: [] } : undefined)}
          builtLabels={adopted && builtNamesFit ? built : undefined}
        />
      )}
      <p id="map-description" className="visually-hidden">
        {description}
      </p>
    </div>
  );
}
