import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readGeo } from '../../geo/published.ts';
import { viewedGeo } from '../views/resolve.ts';
import { viewsSchema } from '../views/schema.ts';
import { compactKey, legendFor, ownLegend } from './legend.ts';
import { drawingOf } from './scene.ts';
import { countryColours, HATCH_OF_KIND, HATCHES, LINES, SELECTED_FILL } from './style.ts';

const views = v.parse(
  viewsSchema,
  JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'public', 'data', 'views.json'), 'utf8'),
  ),
);
const geo = readGeo();
const colourOf = countryColours(geo.regions.features);
const dates = { article: '2017-03-22', today: new Date().toISOString().slice(0, 10) };

describe('the compact key pinned with the map', () => {
  it('names, in short words, every hatch the explainer’s map draws, and no fill the map names itself', () => {
    const legend = ownLegend(geo);
    const drawn = new Set(
      geo.regions.features.flatMap((f) => {
        const { hatch } = drawingOf(f.properties, colourOf);
        return hatch ? [hatch] : [];
      }),
    );
    const key = compactKey(legend);
    expect(
      key
        .flatMap((e) => e.swatches.map((swatch) => (swatch.kind === 'hatch' ? swatch.hatch : swatch.kind)))
        .sort(),
    ).toEqual([...drawn].sort());
    for (const entry of key)
      for (const id of entry.ids)
        expect(entry.short.length, id).toBeLessThan(legend.find((row) => row.id === id)?.label.length ?? 0);
  });

  for (const view of views.views.filter((x) => x.id !== 'explainer'))
    for (const [when, date] of Object.entries(dates))
      it(`in ${view.party}’s view as of ${when}, keys each hatch and each recognised state it draws, in the status's first words`, () => {
        const seen = viewedGeo(geo, view, date);
        const entries = legendFor(seen, false);
        const key = compactKey(entries);
        const regions = seen.regions.features.map((f) => f.properties).filter((p) => p.kind !== 'country');
        const hatched = new Set(
          regions
            .filter((p) => (p.drawnAs ?? 'disputed') === 'disputed')
            .flatMap((p) => HATCH_OF_KIND[p.kind] ?? []),
        );
        const states = regions.filter((p) => p.drawnAs === 'state');
        expect(key.flatMap((e) => e.ids).sort()).toEqual(
          [...hatched, ...(states.length ? ['state'] : [])].sort(),
        );
        // Words appear once: statuses worded alike share an entry.
        expect(new Set(key.map((e) => e.short)).size).toBe(key.length);
        for (const entry of key) {
          expect(entry.swatches).toHaveLength(entry.ids.length);
          for (const id of entry.ids) {
            const label = entries.find((row) => row.id === id)?.label ?? '';
            // The status's words up to its first qualification, never the list of places.
            expect(label.startsWith(entry.short), label).toBe(true);
          }
          expect(entry.short).not.toMatch(/[;,]/);
        }
      });

  it('has a hatch for every disputed status the specification knows', () => {
    expect(new Set(Object.values(HATCH_OF_KIND))).toEqual(new Set(HATCHES.map((h) => h.id)));
  });
});

describe('the legend', () => {
  const views_ = [...views.views.map((view) => ({ view, own: view.id === 'explainer' }))];
  for (const { view, own } of views_)
    for (const [when, date] of Object.entries(dates))
      it(`in ${view.id}’s view as of ${when}: each swatch is what the scene paints for the regions its row names`, () => {
        const seen = viewedGeo(geo, view, date);
        const seenColours = countryColours(seen.regions.features);
        const entries = legendFor(seen, own);
        for (const entry of entries) {
          const { swatch } = entry;
          if (swatch.kind !== 'fill' && swatch.kind !== 'hatch') continue;
          if (entry.id === 'selected' || entry.id === 'neighbour' || entry.id === 'state') continue;
          // The regions the row stands for: by id, by kind, or by hatch.
          const regions = seen.regions.features.filter(
            (f) =>
              f.id === entry.id ||
              (f.properties.kind === entry.id && (f.properties.drawnAs ?? 'disputed') === 'disputed') ||
              (HATCH_OF_KIND[f.properties.kind] === entry.id &&
                (f.properties.drawnAs ?? 'disputed') === 'disputed'),
          );
          expect(regions.length, entry.id).toBeGreaterThan(0);
          for (const f of regions) {
            const drawing = drawingOf(f.properties, seenColours);
            if (swatch.kind === 'hatch') {
              expect(drawing.hatch, `${entry.id}: ${f.id}`).toBe(swatch.hatch);
              expect(drawing.fill, `${entry.id}: ${f.id}'s ground`).toBe(swatch.under);
            } else {
              expect(drawing.hatch, `${entry.id}: ${f.id}`).toBeNull();
              expect(drawing.fill, `${entry.id}: ${f.id}`).toBe(swatch.colour);
            }
          }
        }
        // Every fill and hatch the map draws has its row.
        const drawn = seen.regions.features.map((f) => drawingOf(f.properties, seenColours));
        const swatches = entries.map((e) => e.swatch);
        for (const d of drawn)
          if (d.hatch)
            expect(
              swatches.some((s) => s.kind === 'hatch' && s.hatch === d.hatch),
              d.hatch,
            ).toBe(true);
          else
            expect(
              swatches.some(
                (s) => s.kind === 'fill' && s.colour === d.fill && !('opacity' in s && s.opacity),
              ),
              d.fill,
            ).toBe(true);
      });

  it('is the data’s own words in the explainer’s view, and shows the selection as the map draws it', () => {
    const legend = ownLegend(geo);
    for (const f of geo.regions.features)
      if (f.properties.legend)
        expect(
          legend.some((e) => e.label === f.properties.legend),
          f.id,
        ).toBe(true);
    expect(legend.find((e) => e.id === 'selected')?.swatch).toMatchObject({
      kind: 'fill',
      colour: SELECTED_FILL.colour,
      opacity: SELECTED_FILL.opacity,
      outline: LINES.selected,
    });
    expect(legendFor(null, true)).toEqual([]);
  });
});
