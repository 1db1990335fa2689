import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readGeo } from '../../geo/published.ts';
import { viewedGeo } from '../views/resolve.ts';
import { viewsSchema } from '../views/schema.ts';
import { compactKey, legend, legendFor } from './legend.ts';
import { HATCH_OF_KIND, HATCHES, regionPaint } from './style.ts';

const views = v.parse(
  viewsSchema,
  JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'public', 'data', 'views.json'), 'utf8'),
  ),
);
const geo = readGeo();
const dates = { article: '2017-03-22', today: new Date().toISOString().slice(0, 10) };

describe('the compact key pinned with the map', () => {
  it('names, in short words, every hatch the explainer’s map draws, and no fill the map names itself', () => {
    const drawn = new Set(
      geo.regions.features.flatMap((f) => {
        const paint = regionPaint(f.properties);
        return 'hatch' in paint ? [paint.hatch] : [];
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
