/**
 * Known places fall in the right region, inside and just outside. Coordinates are Natural
 * Earth populated places (geo/sources/, by Wikidata id in the comment) unless marked
 * [Wikipedia], where Natural Earth has no entry; the article's regions are all covered.
 */
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { publishedRegions } from './testing.ts';

type Place = [name: string, lon: number, lat: number];

const CASES: Record<string, { inside: Place[]; outside: Place[] }> = {
  georgia: {
    inside: [
      ['Tbilisi (Q994)', 44.7888, 41.727],
      ['Kutaisi (Q172415)', 42.73, 42.25],
      ['Batumi (Q25475)', 41.63, 41.6],
      ['Poti (Q185345)', 41.6716, 42.1557],
      ['Rustavi (Q182521)', 45.05, 41.5704],
      ['Sukhumi, Abkhazia (Q40811)', 41.02, 43.02],
    ],
    outside: [
      ['Vladikavkaz, Russia (Q5239)', 44.67, 43.0504],
      ['Sochi, Russia (Q39420)', 39.73, 43.59],
      ['Artvin, Turkey (Q193445)', 41.818, 41.183],
      ['Nazran, Russia (Q163935)', 44.783, 43.233],
      ['Rize, Turkey (Q201101)', 40.5219, 41.0208],
    ],
  },
  'south-ossetia': {
    inside: [
      ['Tskhinvali (Q79863)', 43.975, 42.2325],
      ['Java [Wikipedia: 42°23′55″N 43°56′08″E]', 43.9356, 42.3986],
      ['Akhalgori [Wikipedia: 42°07′30″N 44°29′10″E]', 44.4861, 42.125],
      ['Znauri [Wikipedia: 42°10′N 43°39′E]', 43.65, 42.1667],
      ['Kvaisi [Wikipedia: 42°31′N 43°39′E]', 43.65, 42.5167],
    ],
    outside: [
      ['Gori, Georgia [Wikipedia: 41°59′N 44°07′E]', 44.1167, 41.9833],
      ['Kutaisi (Q172415)', 42.73, 42.25],
      ['Tbilisi (Q994)', 44.7888, 41.727],
      ['Vladikavkaz, Russia (Q5239)', 44.67, 43.0504],
      ['Nalchik, Russia (Q5265)', 43.6179, 43.4981],
    ],
  },
  crimea: {
    inside: [
      ['Simferopol (Q19566)', 34.0987, 44.9492],
      ['Sevastopol [Wikipedia: 44°36′N 33°32′E; the NE point lies on the bay shore]', 33.5333, 44.6],
      ['Kerch (Q157065)', 36.4881, 45.3685],
      ['Yalta (Q128499)', 34.1594, 44.4993],
      ['Yevpatoria (Q33345)', 33.3631, 45.1969],
      ['Dzhankoy (Q161978)', 34.4, 45.717],
    ],
    outside: [
      ['Kherson, Ukraine (Q156732)', 32.6007, 46.6325],
      ['Melitopol, Ukraine (Q33349)', 35.3775, 46.8378],
      ['Novorossiysk, Russia (Q15760)', 37.77, 44.73],
      ['Krasnodar, Russia (Q3646)', 39.0, 45.02],
      ['Zaporizhzhia, Ukraine (Q157835)', 35.1749, 47.8592],
    ],
  },
  donbass: {
    inside: [
      ['Donetsk (Q43070)', 37.828, 48.0019],
      ['Luhansk (Q134279)', 39.3344, 48.5698],
      ['Mariupol (Q37133)', 37.5562, 47.0962],
      ['Kramatorsk (Q33613)', 37.5344, 48.7194],
      ['Horlivka (Q157260)', 38.0547, 48.2996],
      ['Lysychansk (Q33280)', 38.4274, 48.9204],
    ],
    outside: [
      ['Taganrog, Russia (Q170513)', 38.92, 47.23],
      ['Rostov-on-Don, Russia (Q908)', 39.7107, 47.2366],
      ['Kharkiv, Ukraine (Q42308)', 36.2481, 50.0019],
      ['Zaporizhzhia, Ukraine (Q157835)', 35.1749, 47.8592],
      ['Belgorod, Russia (Q3323)', 36.6, 50.63],
    ],
  },
  'donbass-separatist-held': {
    inside: [
      ['Donetsk (Q43070)', 37.828, 48.0019],
      ['Luhansk (Q134279)', 39.3344, 48.5698],
      ['Horlivka (Q157260)', 38.0547, 48.2996],
      ['Makiivka (Q157134)', 37.9746, 48.0297],
    ],
    outside: [
      ['Kramatorsk, government-held (Q33613)', 37.5344, 48.7194],
      ['Mariupol, government-held in 2017 (Q37133)', 37.5562, 47.0962],
      ['Lysychansk, government-held in 2017 (Q33280)', 38.4274, 48.9204],
      ['Taganrog, Russia (Q170513)', 38.92, 47.23],
    ],
  },
  russia: {
    inside: [
      ['Moscow (Q649)', 37.6136, 55.7541],
      ['Rostov-on-Don (Q908)', 39.7107, 47.2366],
      ['Vladikavkaz (Q5239)', 44.67, 43.0504],
      ['Belgorod (Q3323)', 36.6, 50.63],
      ['Novorossiysk (Q15760)', 37.77, 44.73],
    ],
    outside: [
      ['Simferopol, Crimea (Q19566)', 34.0987, 44.9492],
      ['Sevastopol, Crimea (Q7525)', 33.465, 44.6],
      ['Kerch, Crimea (Q157065)', 36.4881, 45.3685],
      ['Luhansk, Ukraine (Q134279)', 39.3344, 48.5698],
      ['Tskhinvali, Georgia (Q79863)', 43.975, 42.2325],
    ],
  },
  ukraine: {
    inside: [
      ['Kyiv (Q1899)', 30.5147, 50.4353],
      ['Simferopol, Crimea (Q19566)', 34.0987, 44.9492],
      ['Kerch, Crimea (Q157065)', 36.4881, 45.3685],
      ['Donetsk (Q43070)', 37.828, 48.0019],
      ['Kharkiv (Q42308)', 36.2481, 50.0019],
    ],
    outside: [
      ['Rostov-on-Don, Russia (Q908)', 39.7107, 47.2366],
      ['Belgorod, Russia (Q3323)', 36.6, 50.63],
      ['Chișinău, Moldova (Q21197)', 28.8577, 47.005],
      ['Minsk, Belarus (Q2280)', 27.5647, 53.9019],
      ['Novorossiysk, Russia (Q15760)', 37.77, 44.73],
    ],
  },
};

const regions = publishedRegions();

describe.each(Object.entries(CASES))('%s', (id, { inside, outside }) => {
  const region = regions.get(id);
  it('is published', () => expect(region).toBeDefined());
  it.each(inside)('holds %s', (_name, lon, lat) => {
    expect(region && turf.booleanPointInPolygon([lon, lat], region)).toBe(true);
  });
  it.each(outside)('does not hold %s', (_name, lon, lat) => {
    expect(region && turf.booleanPointInPolygon([lon, lat], region)).toBe(false);
  });
});
