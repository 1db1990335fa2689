/**
 * `npm run geo`: derives every layer the app draws from geo/sources/ and world-atlas, and
 * writes them to public/data/. Output is written to a temporary folder first and moved into
 * place only when every file is complete, so a failed build never leaves half an output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { deriveRegions } from './derive.ts';
import { type Published, publish } from './publish.ts';
import { GeoSourceError, loadSources, SOURCES_DIR } from './sources.ts';

export const OUT_DIR = path.join(import.meta.dirname, '..', 'public', 'data');

export const OUTPUT_FILES: Record<keyof Published, string> = {
  regions: 'regions.geojson',
  borders: 'borders.geojson',
  places: 'places.geojson',
};

/** One feature per line: stable bytes, readable diffs. */
function serialise(collection: Published[keyof Published]): string {
  const lines = collection.features.map((f) => JSON.stringify(f));
  const bbox = collection.bbox ? `"bbox":${JSON.stringify(collection.bbox)},` : '';
  return `{"type":"FeatureCollection",${bbox}"features":[\n${lines.join(',\n')}\n]}\n`;
}

export async function buildLayers(sourcesDir = SOURCES_DIR): Promise<Record<string, string>> {
  const sources = loadSources(sourcesDir);
  const published = await publish(deriveRegions(sources), sources);
  return Object.fromEntries(
    (Object.keys(OUTPUT_FILES) as (keyof Published)[]).map((k) => [OUTPUT_FILES[k], serialise(published[k])]),
  );
}

function writeAtomically(files: Record<string, string>, outDir = OUT_DIR): void {
  const staging = fs.mkdtempSync(path.join(path.dirname(outDir), '.geo-build-'));
  try {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(staging, name), text);
    fs.mkdirSync(outDir, { recursive: true });
    for (const name of Object.keys(files)) fs.renameSync(path.join(staging, name), path.join(outDir, name));
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const sourcesDir = process.argv[2] ? path.resolve(process.argv[2]) : SOURCES_DIR;
  const outDir = process.argv[3] ? path.resolve(process.argv[3]) : OUT_DIR;
  try {
    const files = await buildLayers(sourcesDir);
    writeAtomically(files, outDir);
    for (const [name, text] of Object.entries(files)) {
      console.log(
        `geo: wrote ${path.relative(process.cwd(), path.join(outDir, name))} (${text.length} bytes)`,
      );
    }
  } catch (error) {
    const message = error instanceof GeoSourceError ? error.message : (error as Error).stack;
    console.error(`geo: build failed, nothing written.\n${message}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
