/**
 * What `npm run mutation` mutates: every TypeScript module of the app and the content tool
 * (`app/**`, `authoring/**`, tests and declarations aside) except the few listed here, each
 * with the reason a mutant in it could not be caught by a unit test. Everything else is pure
 * enough to be mutated; a new module is mutated unless it is added to this list with a reason.
 */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.join(import.meta.dirname, '..');

const FOLDERS = ['app', 'authoring'];

/** Modules left out, and why: input and output a unit test does not reach. */
export const LEFT_OUT: Readonly<Record<string, string>> = {
  'app/data/fetchJson.ts': 'fetches files over the network; the browser tests cover it',
  'app/state/loadData.ts': 'fetches and installs the data files; the browser tests cover it',
  'app/story/loadStory.ts': 'fetches the story file; the browser tests cover it',
  'app/geo/loadGeo.ts': 'fetches the regions file; the browser tests cover it',
  'app/views/loadViews.ts': 'fetches the points of view; the browser tests cover it',
  'app/studio/studioData.ts': "fetches the studio's data files; its browser test covers it",
  'app/studio/packExplainer.ts':
    'fetches every built file to pack them; the studio browser test unpacks the result',
  'app/studio/drafts.ts': 'reads and writes IndexedDB, which Node has not',
  'app/map/contract.ts': 'types only: what the renderers take and report, no code to mutate',
  'app/map/loadMapView.ts': 'loads the MapLibre chunk on intent; the browser tests cover it',
  'app/onDemand.ts':
    'dynamic imports on intent; its own test checks the wiring, the browser tests the timing',
  'app/map/webgl.ts': 'asks the browser for a WebGL context; the fallback browser test covers it',
  'app/map/measureText.ts': "measures text on the browser's canvas",
  'app/map/maplibre/hatchImage.ts': "paints the hatch on the browser's canvas",
  'app/map/maplibre/sync.ts': 'drives the live MapLibre map; the browser tests read its state',
  'app/map/maplibre/events.ts': "wires the live map's pointer events; the browser tests click it",
  'app/map/maplibre/hover.ts': 'a MapLibre marker on the live map',
  'app/map/maplibre/nameMarkers.ts':
    'HTML markers on the live map, placed by cartography/labels.ts (mutated)',
  'app/panel/scroll.ts':
    'measures and scrolls the page (how far: scrollDistance.ts, mutated); the scroll browser tests cover it',
  'app/panel/clearing.ts': "moves the document's focus; the keyboard browser tests cover it",
  'app/panel/progressive.ts': 'a React hook timed by paints; the browser tests cover it',
  'app/embed/viewport.ts':
    'watches the window and the frame (IntersectionObserver, ResizeObserver, the host link); what it works out is span.ts (mutated), and the story-mode browser tests in a page and in pym hosts cover the watching',
  'app/embed/mode.ts': "reads the page's attributes during hydration",
  'app/theme.ts': "the browser's colour-scheme preference, through a React hook",
  'app/afterPaint.ts': "schedules on the browser's frames; the browser tests time a click's panel and map",
  'app/ready.ts': 'marks the document ready; public/boot.js and the browser tests read it',
  'app/debug.ts': "the tests' handle on the live map, only with ?debug=1",
  'app/map/maplibre/styleEvaluator.ts':
    "the tests' reading of MapLibre's expression evaluator: test code, which no test of its own would check",
  'app/embed/fakeFrame.ts': "a test host's frame for the embed browser tests",
  'authoring/build.ts': 'the command line: reads and writes files; authoring/cli.test.ts runs it',
  'authoring/files.ts': "the command line's file reading and writing; authoring/cli.test.ts runs it",
  'authoring/placeSources.ts':
    "reads the gazetteers' files and writes gazetteer.places.json (which names count: places.ts, mutated); places.test.ts compares its output with the committed file",
  'authoring/accuracy.ts':
    'reads the test articles from disk and prints; its scoring is in score.ts (mutated)',
};

function walk(folder: string): string[] {
  return fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return walk(relative);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** Every module of the app and the content tool, tests aside. */
export function allModules(): string[] {
  return FOLDERS.flatMap(walk)
    .filter((file) => file.endsWith('.ts'))
    .sort();
}

/** The modules `npm run mutation` mutates. */
export function mutatedModules(): string[] {
  return allModules().filter((file) => !(file in LEFT_OUT));
}

/** Entries of LEFT_OUT that name no module (renamed or deleted). */
export function missingLeftOut(): string[] {
  const all = new Set(allModules());
  return Object.keys(LEFT_OUT).filter((file) => !all.has(file));
}
