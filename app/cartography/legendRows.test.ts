/**
 * The legend's rows word for word, for a point of view on a small made-up map: what the view
 * adds to each country, the states it recognises, each disputed status in its words over its
 * hatch, and the furniture rows. Everything is made inside each test (a value computed while
 * Vitest collects the file would hide what a test checks from a mutation run).
 */
import { describe, expect, it } from 'vitest';
import type { GeoData } from '../geo/schema.ts';
import { legendFor, listed, ownLegend } from './legend.ts';
import { LINES, SELECTED_FILL } from './style.ts';

const region = (id: string, properties: Record<string, unknown>) => ({
  id,
  properties: { id, name: id, clickable: true, ...properties },
});

function viewed(): GeoData {
  return {
    regions: {
      features: [
        region('russia', { kind: 'country', name: 'Russia', colour: 'state1' }),
        region('ukraine', { kind: 'country', name: 'Ukraine', colour: 'state2' }),
        region('georgia', { kind: 'country', name: 'Georgia', colour: 'state3' }),
        region('turkey', { kind: 'country', name: 'Turkey' }),
        region('crimea', {
          kind: 'annexed',
          name: 'Republic of Crimea',
          drawnAs: 'part-of',
          partOf: 'russia',
          within: 'ukraine',
        }),
        region('zaporizhzhia', {
          kind: 'subdivision',
          name: 'Zaporozhye Oblast',
          drawnAs: 'part-of',
          partOf: 'russia',
          within: 'ukraine',
        }),
        region('kuban', {
          kind: 'subdivision',
          name: 'Kuban',
          drawnAs: 'part-of',
          partOf: 'russia',
          within: 'russia',
        }),
        region('donbass', {
          kind: 'region',
          name: 'Donbass',
          drawnAs: 'part-of',
          partOf: 'russia',
          within: 'ukraine',
        }),
        region('abkhazia', {
          kind: 'breakaway',
          name: 'Republic of Abkhazia',
          drawnAs: 'state',
          term: 'Independent state; recognised by Russia',
          within: 'georgia',
        }),
        region('south-ossetia', {
          kind: 'breakaway',
          name: 'Republic of South Ossetia',
          drawnAs: 'state',
          within: 'georgia',
        }),
        region('held', {
          kind: 'separatist-held',
          name: 'Occupied Donbass',
          drawnAs: 'disputed',
          term: 'Occupied territory, temporarily',
          within: 'ukraine',
        }),
        region('kherson', { kind: 'annexed', name: 'Kherson', status: 'Annexed', within: 'ukraine' }),
      ],
    },
  } as unknown as GeoData;
}

const furniture = (under: string, claim: boolean) => [
  { id: 'neighbour', label: 'Other countries', swatch: { kind: 'fill', colour: 'neighbour' } },
  { id: 'border', label: 'International border', swatch: { kind: 'line', line: LINES.border } },
  ...(claim
    ? [{ id: 'claim', label: 'Line of a disputed area', swatch: { kind: 'line', line: LINES.claim } }]
    : []),
  { id: 'city', label: 'City', swatch: { kind: 'point' } },
  {
    id: 'selected',
    label: 'Selected region',
    swatch: {
      kind: 'fill',
      colour: SELECTED_FILL.colour,
      opacity: SELECTED_FILL.opacity,
      under,
      outline: LINES.selected,
    },
  },
];

describe("a point of view's legend, word for word", () => {
  it('says what the view adds to each country, the states it recognises, and each disputed status over its hatch', () => {
    expect(legendFor(viewed(), false)).toEqual([
      {
        id: 'russia',
        label: 'Russia, with Republic of Crimea and Zaporozhye Oblast',
        swatch: { kind: 'fill', colour: 'state1' },
      },
      { id: 'ukraine', label: 'Ukraine', swatch: { kind: 'fill', colour: 'state2' } },
      { id: 'georgia', label: 'Georgia', swatch: { kind: 'fill', colour: 'state3' } },
      {
        id: 'state',
        label: 'Independent state; recognised by Russia: Republic of Abkhazia and Republic of South Ossetia',
        short: 'Independent state',
        swatch: { kind: 'fill', colour: 'neighbour', outline: LINES.border },
      },
      {
        id: 'hatch-annexed',
        label: 'Annexed: Kherson',
        short: 'Annexed',
        swatch: { kind: 'hatch', hatch: 'hatch-annexed', under: 'state2', outline: LINES.claim },
      },
      {
        id: 'hatch-separatist',
        label: 'Occupied territory, temporarily: Occupied Donbass',
        short: 'Occupied territory',
        swatch: { kind: 'hatch', hatch: 'hatch-separatist', under: 'state2', outline: LINES.claim },
      },
      ...furniture('state1', true),
    ]);
  });

  it('joins the different words of one status, and has no disputed line when nothing is disputed', () => {
    const geo = viewed();
    const kherson = geo.regions.features.find((f) => f.id === 'kherson');
    const crimea = geo.regions.features.find((f) => f.id === 'crimea');
    if (!kherson || !crimea) throw new Error('no regions');
    Object.assign(crimea.properties, { drawnAs: 'disputed', partOf: undefined, term: 'Occupied' });
    expect(legendFor(geo, false).find((row) => row.id === 'hatch-annexed')?.label).toBe(
      'Occupied; Annexed: Republic of Crimea and Kherson',
    );
    const settled = viewed();
    settled.regions.features = settled.regions.features.filter(
      (f) => !['held', 'kherson', 'abkhazia', 'south-ossetia'].includes(f.id),
    );
    expect(legendFor(settled, false).slice(-4)).toEqual(furniture('state1', false));
    expect(legendFor(settled, false).some((row) => row.id === 'state')).toBe(false);
  });

  it('lists the disputed statuses in the order the view’s data first draws them', () => {
    const geo = viewed();
    // The separatist-held area first in the data: its hatch comes before the annexed areas'.
    const features = geo.regions.features;
    geo.regions.features = [
      ...features.filter((f) => f.id === 'held'),
      ...features.filter((f) => f.id !== 'held'),
    ];
    expect(
      legendFor(geo, false)
        .filter((row) => row.id.startsWith('hatch-'))
        .map((row) => row.id),
    ).toEqual(['hatch-separatist', 'hatch-annexed']);
  });

  it('shows the selection on the neighbours when no country has a colour', () => {
    const bare = viewed();
    bare.regions.features = bare.regions.features.filter((f) => !f.properties.colour);
    expect(legendFor(bare, false).at(-1)?.swatch).toMatchObject({ under: 'neighbour' });
    expect(ownLegend(bare).at(-1)?.swatch).toMatchObject({ under: 'neighbour' });
  });
});

function own(): GeoData {
  return {
    regions: {
      features: [
        // The first feature is an uncoloured neighbour: the selection lies on the first coloured country.
        region('turkey', { kind: 'country', name: 'Turkey' }),
        region('russia', { kind: 'country', name: 'Russia', colour: 'state1', legend: 'Russia' }),
        region('ukraine', { kind: 'country', name: 'Ukraine', colour: 'state2', legend: 'Ukraine' }),
        region('donbass', {
          kind: 'region',
          name: 'Donbass',
          within: 'ukraine',
          legend: 'Donbass (a region)',
        }),
        // The data draws the separatist-held hatch before the annexed one; the legend keeps the specification's order.
        region('held', { kind: 'separatist-held', name: 'Held', within: 'ukraine' }),
        region('held2', {
          kind: 'separatist-held',
          name: 'Held too',
          within: 'russia',
          legend: 'Held by separatists',
          key: 'Separatist-held',
        }),
        region('crimea', { kind: 'annexed', name: 'Crimea', within: 'ukraine', legend: 'Annexed by Russia' }),
      ],
    },
  } as unknown as GeoData;
}

describe("the explainer's own legend, word for word", () => {
  it('is each region in its own words and fill, each status once in the specification’s order, then the furniture', () => {
    const rows = [
      { id: 'russia', label: 'Russia', swatch: { kind: 'fill', colour: 'state1' } },
      { id: 'ukraine', label: 'Ukraine', swatch: { kind: 'fill', colour: 'state2' } },
      {
        id: 'donbass',
        label: 'Donbass (a region)',
        swatch: { kind: 'fill', colour: 'state2', outline: LINES.region },
      },
      {
        id: 'annexed',
        label: 'Annexed by Russia',
        swatch: { kind: 'hatch', hatch: 'hatch-annexed', under: 'state2', outline: LINES.claim },
      },
      {
        // The words of the first region of the kind that has any; the ground of the first drawn.
        id: 'separatist-held',
        label: 'Held by separatists',
        short: 'Separatist-held',
        swatch: { kind: 'hatch', hatch: 'hatch-separatist', under: 'state2', outline: LINES.claim },
      },
      ...furniture('state1', true),
    ];
    expect(ownLegend(own())).toEqual(rows);
    expect(legendFor(own(), true)).toEqual(rows);
  });

  it('has no disputed line when the data draws no hatch', () => {
    const settled = own();
    settled.regions.features = settled.regions.features.filter((f) =>
      ['turkey', 'russia', 'ukraine', 'donbass'].includes(f.id),
    );
    expect(ownLegend(settled).slice(3)).toEqual(furniture('state1', false));
  });
});

describe("a point of view's short words", () => {
  it('calls a recognised state without words "State", keys a status by its first clause, and counts a region without a drawing as disputed', () => {
    const geo = viewed();
    geo.regions.features = geo.regions.features.filter((f) => !['abkhazia', 'held'].includes(f.id));
    const kherson = geo.regions.features.find((f) => f.id === 'kherson');
    if (!kherson) throw new Error('no Kherson');
    Object.assign(kherson.properties, { status: undefined, term: 'Part of Ukraine ; occupied' });
    const legend = legendFor(geo, false);
    expect(legend.find((row) => row.id === 'state')).toMatchObject({
      label: 'State: Republic of South Ossetia',
      short: 'State',
    });
    expect(legend.find((row) => row.id === 'hatch-annexed')?.short).toBe('Part of Ukraine');
    expect(legend.some((row) => row.id === 'claim')).toBe(true);
    // Words that begin with their qualification are kept whole.
    Object.assign(kherson.properties, { term: '; occupied' });
    expect(legendFor(geo, false).find((row) => row.id === 'hatch-annexed')?.short).toBe('; occupied');
  });
});

describe('a list as a sentence says it', () => {
  it('is one name, two joined by "and", or commas and a final "and"', () => {
    expect(listed([])).toBe('');
    expect(listed(['A'])).toBe('A');
    expect(listed(['A', 'B'])).toBe('A and B');
    expect(listed(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
