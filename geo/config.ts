/**
 * What the pipeline publishes, as data: the map's extent, the regions with their wording,
 * and the places to mark. Geometry never appears here: it comes from the sources.
 */
type Kind =
  | 'country'
  | 'breakaway'
  | 'annexed'
  | 'region'
  | 'separatist-held'
  /** A first-level subdivision drawn as the country it lies in (`within`), unless a point of view draws it otherwise. */
  | 'subdivision'
  | 'city'
  | 'sea';

/**
 * [west, south, east, north] in degrees: everything published is clipped to this box, and
 * the maps never show past it (MapLibre's maxBounds, the shared camera's constraint). Wide
 * enough that the Caspian, the Volga and the Baltic frame the story's regions on any screen.
 */
export const EXTENT: [number, number, number, number] = [16, 36, 60, 63];

/** Gaps narrower than this between a sub-national source polygon and its country's border are closed. */
export const SNAP_KM = 3;

/** Share of vertices mapshaper keeps (topology-preserving Visvalingam). */
export const SIMPLIFY_KEEP = '13%';

export const DECIMALS = 5;

export interface RegionSpec {
  id: string;
  name: string;
  kind: Kind;
  status: string;
  /** One line of geography for the panel, independent of any article. */
  context: string;
  /** Readers can select it; context-only regions are drawn but not linked. */
  clickable: boolean;
  /** What the map frames when it is chosen, if not its whole box ([west, south, east, north]). */
  frame?: [number, number, number, number];
  /** For a line that moves (who holds what): the year the source drew it. */
  asOf?: string;
  /**
   * The country the area lies in by the internationally recognised border: a subdivision is
   * drawn as that country's, with no line or name of its own; a disputed area's hatch and a
   * region's fill lie on that country's colour.
   */
  within?: string;
  /** A country the story is about: its fill (a palette key; every other country is a neighbour). */
  colour?: StateColour;
  /** False for a country too big for the opening view (it would fill the map); it is still drawn. */
  inOverview?: boolean;
  /** Its line in the legend (countries and regions; a disputed area's line is its kind's, `KIND_LEGEND`). */
  legend?: string;
}

/** The fills of the countries a story is about (app/cartography/palette.ts has their colours). */
export type StateColour = 'state1' | 'state2' | 'state3';

/**
 * The legend's line for each disputed kind, and its short words in the compact key pinned with
 * the map (the names on the map do not say a status).
 */
export const KIND_LEGEND: Readonly<
  Record<'annexed' | 'breakaway' | 'separatist-held', { legend: string; key: string }>
> = {
  annexed: { legend: 'Annexed by Russia, recognised as part of Ukraine (Crimea)', key: 'Annexed by Russia' },
  breakaway: { legend: 'Breakaway region of Georgia (South Ossetia, Abkhazia)', key: 'Breakaway' },
  'separatist-held': { legend: 'Held by Russian-backed separatists since 2014', key: 'Separatist-held' },
};

export const COUNTRY_IDS: Record<string, string> = {
  Russia: 'russia',
  Ukraine: 'ukraine',
  Georgia: 'georgia',
};

export const REGIONS: RegionSpec[] = [
  {
    id: 'russia',
    name: 'Russia',
    kind: 'country',
    status: 'Country; drawn without Crimea, which it annexed in 2014',
    context: 'Borders Ukraine and Georgia to the south-west; its capital is Moscow.',
    clickable: true,
    // European Russia and the Caucasus, the part the story is about, not the whole country to the Pacific.
    frame: [27, 41, 50, 60],
    colour: 'state1',
    inOverview: false,
    legend: 'Russia (drawn without Crimea)',
  },
  {
    id: 'ukraine',
    name: 'Ukraine',
    kind: 'country',
    status: 'Country, drawn within its internationally recognised border, Crimea included',
    context:
      'Borders Russia to the east; its capital is Kyiv. Crimea and Donbass are inside its recognised border.',
    clickable: true,
    colour: 'state2',
    legend: 'Ukraine, recognised border',
  },
  {
    id: 'georgia',
    name: 'Georgia',
    kind: 'country',
    status:
      'Country, drawn within its internationally recognised border, South Ossetia and Abkhazia included',
    context:
      'In the South Caucasus, on the Black Sea; its capital is Tbilisi. South Ossetia and Abkhazia are inside its recognised border.',
    clickable: true,
    colour: 'state3',
    legend: 'Georgia, recognised border',
  },
  {
    id: 'donbass',
    name: 'Donbass',
    kind: 'region',
    status:
      'Region of eastern Ukraine, the Donetsk and Luhansk oblasts; part of it held by Russian-backed separatists since 2014',
    context:
      "Ukraine's easternmost industrial region, on the Russian border; its main cities are Donetsk and Luhansk.",
    clickable: true,
    within: 'ukraine',
    legend: 'Donbass (Donetsk and Luhansk oblasts)',
  },
  {
    id: 'donbass-separatist-held',
    name: 'Separatist-held Donbass',
    kind: 'separatist-held',
    status: 'Held by Russian-backed separatists since 2014',
    context: "The part of the Donetsk and Luhansk oblasts outside the Ukrainian government's control.",
    clickable: false,
    // Natural Earth's "Donbass" breakaway area (B90), drawn in 2017 (natural-earth-vector#177),
    // before the 2022 invasion; the time of the article.
    asOf: '2017',
    within: 'ukraine',
  },
  {
    id: 'zaporizhzhia',
    name: 'Zaporizhzhia oblast',
    kind: 'subdivision',
    status: 'Oblast of Ukraine; claimed by Russia since its law of 4 October 2022, partly occupied',
    context: 'In south-eastern Ukraine, on the Sea of Azov; its capital is Zaporizhzhia.',
    clickable: false,
    within: 'ukraine',
  },
  {
    id: 'kherson',
    name: 'Kherson oblast',
    kind: 'subdivision',
    status: 'Oblast of Ukraine; claimed by Russia since its law of 4 October 2022, partly occupied',
    context: 'In southern Ukraine, on the lower Dnipro and the Black Sea; its capital is Kherson.',
    clickable: false,
    within: 'ukraine',
  },
  {
    id: 'crimea',
    name: 'Crimea',
    kind: 'annexed',
    status: 'Annexed by Russia in 2014; internationally recognised as part of Ukraine',
    context:
      'A peninsula between the Black Sea and the Sea of Azov; its main cities are Simferopol and Sevastopol.',
    clickable: true,
    within: 'ukraine',
  },
  {
    id: 'abkhazia',
    name: 'Abkhazia',
    kind: 'breakaway',
    status: 'Breakaway region of Georgia; recognised as independent by Russia and a few other states',
    context: "On Georgia's Black Sea coast, along the Russian border; its main town is Sukhumi (Sokhumi).",
    clickable: true,
    within: 'georgia',
  },
  {
    id: 'south-ossetia',
    name: 'South Ossetia',
    kind: 'breakaway',
    status: 'Breakaway region of Georgia; recognised as independent by Russia and a few other states',
    context: "On Georgia's northern border with Russia, in the Caucasus; its capital is Tskhinvali.",
    clickable: true,
    within: 'georgia',
  },
];

/** Natural Earth populated places, by Wikidata id (stable across NE releases, unlike names). */
export const CITIES: { id: string; wikidata: string; name: string; capital?: true }[] = [
  { id: 'moscow', wikidata: 'Q649', name: 'Moscow', capital: true },
  { id: 'tskhinvali', wikidata: 'Q79863', name: 'Tskhinvali' },
  { id: 'tbilisi', wikidata: 'Q994', name: 'Tbilisi', capital: true },
  { id: 'kyiv', wikidata: 'Q1899', name: 'Kyiv', capital: true },
  { id: 'simferopol', wikidata: 'Q19566', name: 'Simferopol' },
  { id: 'sevastopol', wikidata: 'Q7525', name: 'Sevastopol' },
  { id: 'donetsk', wikidata: 'Q43070', name: 'Donetsk' },
  { id: 'luhansk', wikidata: 'Q134279', name: 'Luhansk' },
];

export const SEAS: { id: string; source: string; name: string }[] = [
  { id: 'black-sea', source: 'Black Sea', name: 'Black Sea' },
  { id: 'sea-of-azov', source: 'Sea of Azov', name: 'Sea of Azov' },
  { id: 'caspian-sea', source: 'Caspian Sea', name: 'Caspian Sea' },
];

/**
 * The areas a reader tells apart on the map, for the colour checks (app/cartography/contrast.ts
 * and the screenshot check, e2e/cartography.spec.ts): each named by the region that shows it
 * (`sea` is the sea, `neighbour` any country the story is not about).
 */
export const CONTRAST_AREAS: Readonly<Record<string, string>> = {
  sea: 'sea',
  neighbour: 'neighbour',
  russia: 'russia',
  ukraine: 'ukraine',
  georgia: 'georgia',
  donbass: 'donbass',
  crimea: 'crimea',
  'separatist-held': 'donbass-separatist-held',
  breakaway: 'south-ossetia',
};

/** Areas that share a border or a coast somewhere on the map (the separatist-held line reaches the Sea of Azov). */
export const NEIGHBOURS: readonly (readonly [string, string])[] = [
  ['sea', 'neighbour'],
  ['sea', 'russia'],
  ['sea', 'ukraine'],
  ['sea', 'georgia'],
  ['sea', 'donbass'],
  ['sea', 'crimea'],
  ['sea', 'separatist-held'],
  ['sea', 'breakaway'],
  ['neighbour', 'russia'],
  ['neighbour', 'ukraine'],
  ['neighbour', 'georgia'],
  ['russia', 'ukraine'],
  ['russia', 'georgia'],
  ['russia', 'donbass'],
  ['russia', 'separatist-held'],
  ['russia', 'breakaway'],
  ['russia', 'crimea'],
  ['ukraine', 'donbass'],
  ['ukraine', 'crimea'],
  ['donbass', 'separatist-held'],
  ['georgia', 'breakaway'],
];

/**
 * Neighbours drawn in one fill on purpose: Donbass is part of Ukraine, told apart by its
 * outline and name, so the pair is only compared when one of the two is selected.
 */
export const SAME_FILL: readonly (readonly [string, string])[] = [['ukraine', 'donbass']];
