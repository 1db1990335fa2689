import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readGeo } from '../../geo/published.ts';
import { countryColours, outlineOf, regionPaint } from '../cartography/style.ts';
import { DEFAULT_VIEW, entryOn, summaryOn, viewById, viewedGeo } from './resolve.ts';
import { viewsSchema } from './schema.ts';

const raw = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'public', 'data', 'views.json'), 'utf8'),
);
const views = v.parse(viewsSchema, raw);
const geo = readGeo();
const colourOf = countryColours(geo.regions.features);
const ARTICLE = '2017-03-22';
const disputed = geo.regions.features.filter((f) => f.properties.kind !== 'country').map((f) => f.id);
const countries = geo.regions.features.filter((f) => f.properties.kind === 'country').map((f) => f.id);
const find = (data: typeof geo, id: string) => data.regions.features.find((f) => f.id === id)?.properties;

describe('the points of view (public/data/views.json)', () => {
  it('offer the explainer’s own first, then Russia’s, Ukraine’s, Georgia’s and the UN General Assembly’s', () => {
    expect(views.views.map((x) => x.id)).toEqual(['explainer', 'russia', 'ukraine', 'georgia', 'un']);
  });

  it('give every entry a date it holds from and a citation', () => {
    for (const view of views.views)
      for (const [region, entries] of Object.entries(view.regions))
        for (const entry of entries) {
          expect(entry.from, `${view.id} ${region}`).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          expect(entry.source.title.length, `${view.id} ${region}`).toBeGreaterThan(20);
        }
  });

  it('cover every disputed area of the map, at the article’s date and today, and name only known states', () => {
    for (const view of views.views) {
      expect(Object.keys(view.regions).sort(), view.id).toEqual([...disputed].sort());
      for (const [region, entries] of Object.entries(view.regions)) {
        expect(entryOn(entries, ARTICLE), `${view.id} ${region} at the article's date`).not.toBeNull();
        for (const entry of entries) if (entry.of) expect(countries).toContain(entry.of);
      }
    }
  });

  it('say, for the parties Natural Earth has a point of view for, how it compares, entry by entry', () => {
    for (const view of views.views.filter((x) => x.naturalEarth))
      for (const entries of Object.values(view.regions))
        for (const entry of entries) expect(entry.naturalEarth, `${view.id} ${entry.name}`).toBeTruthy();
  });

  it('are refused, with the place named, when an entry has no citation or a part-of names no state', () => {
    const broken = structuredClone(raw);
    delete broken.views[1].regions.crimea[0].source;
    const result = v.safeParse(viewsSchema, broken);
    expect(result.success).toBe(false);
    expect(v.getDotPath(result.issues?.[0] ?? ({} as never))).toBe('views.1.regions.crimea.0.source');
    const noState = structuredClone(raw);
    delete noState.views[1].regions.crimea[0].of;
    expect(v.safeParse(viewsSchema, noState).success).toBe(false);
  });
});

describe('a point of view applied to the map', () => {
  it('picks the entry in force on a date; a month holds from its first day', () => {
    const entries = viewById(views, 'ukraine').regions.abkhazia ?? [];
    expect(entryOn(entries, '2008-01-01')).toBeNull();
    expect(entryOn(entries, ARTICLE)?.from).toBe('2008-09-24');
    expect(entryOn(entries, '2019-08-01')?.from).toBe('2019-08');
    expect(entryOn(entries, '2019-07-31')?.from).toBe('2008-09-24');
  });

  it('draws the explainer’s own view exactly as the published map', () => {
    // The explainer's entries, applied as any other view's would be, agree with the published layers.
    const own = viewedGeo(geo, { ...viewById(views, DEFAULT_VIEW), id: 'explainer-as-data' }, ARTICLE);
    for (const f of geo.regions.features) {
      const seen = find(own, f.id);
      if (!seen) throw new Error(f.id);
      expect(regionPaint(seen, colourOf), f.id).toEqual(regionPaint(f.properties, colourOf));
      expect(outlineOf(seen), f.id).toEqual(outlineOf(f.properties));
      expect(seen.name, f.id).toBe(f.properties.name);
      expect(seen.status, f.id).toBe(f.properties.status);
    }
  });

  it('fills Crimea as Russia and draws Abkhazia and South Ossetia as states in Russia’s view', () => {
    const russian = viewedGeo(geo, viewById(views, 'russia'), ARTICLE);
    expect(regionPaint(find(russian, 'crimea') ?? ({} as never), colourOf)).toEqual({
      colour: colourOf('russia'),
    });
    expect(regionPaint(find(russian, 'south-ossetia') ?? ({} as never), colourOf)).toEqual({
      colour: 'neighbour',
    });
    expect(find(russian, 'abkhazia')?.name).toBe('Republic of Abkhazia');
    // In 2017 Russia counted Donbass as Ukraine's; since October 2022 its law says Russia's.
    expect(regionPaint(find(russian, 'donbass-separatist-held') ?? ({} as never), colourOf)).toEqual({
      colour: colourOf('ukraine'),
    });
    const now = viewedGeo(geo, viewById(views, 'russia'), '2026-11-29');
    expect(regionPaint(find(now, 'donbass') ?? ({} as never), colourOf)).toEqual({
      colour: colourOf('russia'),
    });
  });

  it('names South Ossetia the Tskhinvali Region in Georgia’s view, and shares the geometry', () => {
    const georgian = viewedGeo(geo, viewById(views, 'georgia'), ARTICLE);
    expect(find(georgian, 'south-ossetia')?.name).toBe('Tskhinvali Region');
    expect(georgian.regions.features[0]?.geometry).toBe(geo.regions.features[0]?.geometry);
  });
});

describe('each view’s summary line', () => {
  it('is the one in force on the date shown, and says what the view draws then', () => {
    const russia = viewById(views, 'russia');
    expect(summaryOn(russia, ARTICLE)).toMatch(/Donbass as part of Ukraine/);
    expect(summaryOn(russia, '2022-10-04')).toMatch(/Zaporozhye and Kherson oblasts as parts of Russia/);
    // Whatever Russia's view fills as Russia's on a date, its summary names.
    for (const date of [ARTICLE, '2022-03-01', '2022-10-04', new Date().toISOString().slice(0, 10)]) {
      const seen = viewedGeo(geo, russia, date);
      const russian = seen.regions.features.filter((f) => f.properties.partOf === 'russia');
      expect(russian.length, date).toBeGreaterThan(0);
      for (const f of russian)
        expect(summaryOn(russia, date), `${date}: ${f.id}`).toMatch(
          { crimea: /Crimea/, zaporizhzhia: /Zaporozhye/, kherson: /Kherson/ }[f.id] ?? /Donetsk and Luhansk/,
        );
    }
  });

  it('does not repeat the caption it follows ("The UN General Assembly’s view …: The General Assembly’s …")', () => {
    for (const view of views.views)
      for (const entry of view.summary) {
        expect(entry.text, view.id).not.toMatch(/General Assembly|’s view|'s view/);
        expect(entry.text.endsWith('.'), view.id).toBe(true);
      }
  });
});
