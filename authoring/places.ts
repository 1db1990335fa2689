/**
 * Names for the regions from two gazetteers, so the content tool knows the towns and villages
 * of a region without anyone typing them in (the gazetteers are read by placeSources.ts, which
 * `npm run gazetteer` runs). Each place inside a selectable region's published polygon (the
 * innermost: Yalta is Crimea, not Ukraine) gives its names and, for towns of 20,000 or more,
 * their upper-case dateline forms. In a whole country only towns of 40,000 people or more
 * count; in the disputed regions and Donbass every place does. A name never counts when it
 * is also a common English word or a person's name (not-place-names.json); one that two
 * regions' places share, only for the far bigger place.
 */
import { polygonContains } from '../app/cartography/labels.ts';
import type { GeoData } from '../app/geo/schema.ts';
import notPlaceNames from './not-place-names.json' with { type: 'json' };

/** Towns of a whole country named only from this size (a region's towns always count). */
export const COUNTRY_TOWN_POPULATION = 40_000;

/** Towns from this size also get their upper-case form, as a wire dateline writes them. */
export const DATELINE_POPULATION = 20_000;

/** Place names that are also people's names or common words in English news text (data). */
export const NOT_PLACE_NAMES: readonly string[] = notPlaceNames.names;

/** A populated place from either gazetteer: where it is, how many live there, its names. */
export interface Place {
  at: [number, number];
  population: number;
  names: string[];
}

/**
 * A name as an English text writes it: Latin words, each capitalised (a few joining words
 * aside: Rostov-na-Donu), separated by a space or a hyphen; no digits, brackets or capitals
 * inside a word ("TBilisi").
 */
const LATIN_NAME = /^\p{Lu}[\p{Ll}'’ʼ.]+(?:[ -](?:\p{Lu}[\p{Ll}'’ʼ.]*|na|on|de|am|nad|pod|u))*$/u;

/** The spellings of one name: as given, and without the ejective marks of a transliteration (Ts’khinvali → Tskhinvali). */
const spellings = (name: string) => [name, name.replace(/['’ʼ]/g, '')];

/**
 * The names of a place a news text could use: its own name in Latin letters, and those of its
 * alternates that are plain ASCII transliterations of five letters or more (GeoNames lists
 * every language's exonym, and short ones such as "Roy" or "Cali" are other things in
 * English); neither a common English word nor a person's name.
 */
export function usableNames([own, ...alternates]: readonly string[], words: ReadonlySet<string>): string[] {
  const plain = (n: string) => /^[A-Za-z'’ʼ. -]{5,}$/.test(n);
  const given = [own ?? '', ...alternates.filter(plain)].map((n) => n.trim());
  // A name with a case ending (Georgian's genitive: Gori → Goris) is the same name inflected.
  const inflected = (n: string) => given.some((m) => m !== n && (n === `${m}s` || n === `${m}is`));
  const out = given
    .filter((n) => !inflected(n))
    .filter((n) => LATIN_NAME.test(n))
    .flatMap(spellings)
    .filter((n) => n.length >= 3 && !NOT_PLACE_NAMES.includes(n) && !words.has(n.toLowerCase()));
  return [...new Set(out)];
}

/** A name shared by places in several regions names the biggest's region only when it is this many times bigger than the rest. */
export const SHARED_NAME_RATIO = 10;

/**
 * Region id → place names, for every selectable region, from the published polygons. A name
 * that places in two regions share names the region of the biggest if it is ten times the
 * size of any other (Yalta is Crimea's city, not the Donetsk village); otherwise neither
 * (two Frunzes of 3,000 people): the tool cannot tell which is meant.
 */
export function placeNames(
  geo: GeoData,
  places: readonly Place[],
  words: ReadonlySet<string> = new Set(),
): Record<string, string[]> {
  const selectable = geo.regions.features.filter((f) => f.properties.clickable);
  // Innermost first: the disputed areas and Donbass lie inside the countries.
  const isCountry = (f: (typeof selectable)[number]) => f.properties.kind === 'country';
  const order = [...selectable.filter((f) => !isCountry(f)), ...selectable.filter(isCountry)];
  /** name → region → the population of its biggest place of that name there */
  const found = new Map<string, Map<string, number>>();
  for (const place of places) {
    const region = order.find((f) => polygonContains(f.geometry, place.at));
    if (!region) continue;
    if (region.properties.kind === 'country' && place.population < COUNTRY_TOWN_POPULATION) continue;
    const names = usableNames(place.names, words);
    const dateline =
      place.population >= DATELINE_POPULATION
        ? usableNames(place.names.slice(0, 2), words).map((n) => n.toUpperCase())
        : [];
    for (const name of [...names, ...dateline]) {
      const regions = found.get(name) ?? new Map<string, number>();
      regions.set(String(region.id), Math.max(regions.get(String(region.id)) ?? 0, place.population));
      found.set(name, regions);
    }
  }
  const out: Record<string, string[]> = Object.fromEntries(selectable.map((f) => [f.id, []]));
  for (const [name, regions] of found) {
    const [first, second] = [...regions].sort((a, b) => b[1] - a[1]);
    if (first && (!second || first[1] >= SHARED_NAME_RATIO * Math.max(second[1], 1)))
      out[first[0]]?.push(name);
  }
  return Object.fromEntries(Object.entries(out).map(([id, names]) => [id, names.sort()]));
}
