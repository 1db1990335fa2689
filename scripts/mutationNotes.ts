/**
 * Why the mutants that survive in a module survive, written by whoever measured it and printed
 * above its survivors in docs/mutation.md. A mutant survives because it is equivalent (the
 * program behaves the same: no test could kill it), or because no test checks what it changes
 * (a gap, said as one). `scripts/mutationScope.test.ts` fails when a module with survivors has
 * no note here, or a note names a module that has none.
 */
export const WHY_SURVIVED: Readonly<Record<string, string>> = {
  'app/cartography/contrast.ts':
    "Equivalent: forcing `if (hatch)` or `if (spec)` true only looks up a hatch every published paint names or none does; `colour()` throws only on a colour culori cannot parse, and the palettes hold none. Gap: the same-fill pairs are tested one at a time, so `.some` as `.every` and `&&` as `||` (a pair sharing one area with a same-fill pair) go unseen, as does the empty default's replacement (every call passes the list).",
  'app/cartography/framing.ts':
    "Equivalent: `lo >= hi` for `lo > hi` (when equal both give the same point); entering the keep clamp when the zoom did not grow (the camera already holds the kept box). Gap: the padding of a map whose foot is covered, the keep clamp's room and edges, and the fitted centre's shift above the foot are checked as 'in view' and 'clear of the foot', not to the pixel (the browser test compares the camera with MapLibre's own).",
  'app/cartography/furniture.ts':
    'Gap: no published route has both a locator (shown only when zoomed in far) and a detail inset (only for regions far apart), so the inset placed under the locator is tested through detailFor (detail.test.ts), not through furnitureFor.',
  'app/cartography/locator.ts':
    'Equivalent at the boundaries no test sits on: a map exactly LOCATOR.minMapWidth wide, a zoom exactly LOCATOR.zoomedIn past the opening one. The opening camera of an empty list is the overview whatever the list holds, as long as it names no region. Gap: the box width for a map between the bounds (width × share) is checked only as within [minWidth, maxWidth].',
  'app/cartography/palette.ts':
    "Gap in the unit tests: an emptied `palettes` or `paletteStylesheet` body fails the build and the browser's pixel tests (the stylesheet is generated at build time), not the unit tests, which compare the two through each other.",
  'app/data/fingerprint.ts':
    "Equivalent: the path stripped with or without the leading anchor (a greedy match from the start either way), and any other replacement, since the same function names both what was loaded and what is looked up. Gap: the '-' of a file the page has not loaded is not compared.",
  'app/embed/hosts.ts':
    "Equivalent: the `^` alternatives of the secret and AMP patterns (an address's fragment or query always starts with `#` or `?`, which the other alternatives match); WordPress's message check forced false still fails the secret comparison for every message another host sends.",
  'app/embed/snippet.ts':
    'Gap: the frame snippet without a card (no test makes one) and the string joining its two parts (the tests look for each part, not at what stands between them).',
  'app/map/description.ts':
    "Equivalent: an area whose `within` is missing compared with '' or any other string that is not a region id.",
  'app/map/input.ts':
    'Gap: a map that failed and then reports idle stays failed; forcing the condition true lets it go back to idle, which the no-WebGL browser test sees and no unit test does.',
  'app/pageHead.ts':
    "Gap: the boot script's tag emptied (the unit tests check the head it stays outside of; the first-paint browser test runs it). Equivalent: a head marker at offset 0 (a page always starts with its doctype).",
  'app/panel/reading.ts':
    "Gap: the reading line for a span that does not start at the page's top: the tests use spans from 0, where `bottom - top` and `bottom + top` agree.",
  'app/state/route.ts':
    "Equivalent: the host marks' anchors (`^` and the look-ahead) where the marks the hosts add always stand at the start or end of the hash; the default of a missing parameter, which fails the id pattern whatever it is.",
  'app/story/segments.ts':
    "Gap: `<=` for `<` in the binary search differs only where two marks start at the same character, which no test's passage has; the optional chaining guards an index the loop keeps in range (equivalent).",
  'app/studio/history.ts':
    'Gap: a history made without its past or future lists and then undone or redone; every test passes both.',
  'app/studio/openFile.ts':
    'Gap: a file the article reader refuses for a reason other than a FileProblem (no such file is made by the tests); `\\S` for `\\s` in the JSON sniff where every JSON test file also ends in .json.',
  'authoring/articleText.ts':
    "Equivalent: the byte-order mark replaced by any other string at the text's start, where the tests' files have none after decoding (the decoder strips it).",
  'authoring/compose.ts':
    "Equivalent: `?? 'the title is too long'` (a title over the story's limit is always over the headline length too, so headlineProblem always answers); upper- for lower-case in the key of events at the same time (both sides use it). Gap: the message for several missing marked words is tested with one.",
  'authoring/fromStory.ts':
    "Equivalent: the defaults of a mention key's two parts (every key has both); copying a publication that is absent (undefined either way).",
  'authoring/report.ts':
    'Gap: the report line for a title that reads as a headline is not compared word for word.',
  'authoring/mentions.ts':
    "Equivalent: finding a name's sentence by its end alone (sentences are in text order, so the first that ends after the name holds it); the whole text as the fallback of a sentence that always exists; a made-up counter-cue or a rejected list nobody passes; deciding nothing when a rule has no cue (the nearest of none is infinitely far, so it is false either way); the `return false` after the loop (the passage holds every cue, so the loop has returned); the patterns' `u` flag (no rule's pattern has a Unicode class); the whole text before a name rather than its last 80 characters (a rule's `before` pattern is anchored at the name). Gap: a name that ends its passage without a full stop, in a passage of several sentences (the sentence's end equal to the name's).",
  'authoring/places.ts':
    "Equivalent: a placeholder own name for a place with no names (no place has none, and it would fail LATIN_NAME); an inflection compared with itself (a name is never itself plus 's'); every region listed again after the innermost (`find` takes the first that holds the place); `?.` on a region every selectable one has a list for.",
  'authoring/passages.ts':
    "Gap: a first paragraph exactly HEADLINE_CHARACTERS long; headlines that read as sentences only through closing quotes or a single space; the rule text and trimming of dropped end-of-article lines and of lines with surrounding spaces. Equivalent: the defaults of `kept` (a line reading 'Stryker was here' is in no article) and the optional chaining on a block list that always has a block.",
  'app/map/svg/projection.ts':
    "Equivalent: the `?? [0, 0]` defaults of indices the loops keep in range; `i <= b` (the segment's own end is at distance 0); `far >= 0` (a found point is never the first). Gap: a line simplified below four points at a coarse level, and the string joining a polygon's rings (the published polygons the path tests draw have no holes).",
  'app/cartography/style.ts':
    "False survivors: `&&` as `||` and `true` for a part-of region's fill fail 19 drawing tests when applied by hand; the tests that catch them compute their regions' paint while Vitest collects them, before Stryker switches a mutant on at run time. Equivalent: the subdivision test made false or against '' (HATCH_OF_KIND has no subdivision). Gap: the sea names' style (anchors, italic, colour) is read by labels.ts, whose mutation run uses only its own tests.",
  'app/panel/scrollDistance.ts':
    "Equivalent: `<=` for `<` at the view's top and `>=` for `>` at its foot: something exactly at an edge needs a scroll of 0 either way.",
  'app/views/schema.ts':
    "Equivalent: the date-order rule's first entry (`i === 0` made false, the optional chaining and the default of an entry before the first: '' sorts before every date). Gap (closed by a unit test after this measurement): one of the two Natural Earth codes a view may give was not tried on its own.",
  'app/cartography/detail.ts':
    "Equivalent: `<=` for `<` against the share of the shorter side (a region's side equal to it to the last bit does not occur in the data) and `>` for `>=` between the area's spans (a square area gets a square inset either way). Gap: the inset's height forced to its full side for an area wider than tall: the tests check its width and that the region fits, not the height to the pixel.",
  'app/cartography/scene.ts':
    "False survivors: the three layer lists mapped to undefined make the module throw on import (marked 'no test ran'); applied by hand they fail the scene, legend and layer tests. Equivalent: a layer's id emptied (both renderers and the legend take ids from the scene, and MapLibre accepts an empty one). Gap: `paints` for layers that draw no region (sea, borders, cities, names) made true: the scene test asks only the region layers which regions they draw.",
  'app/embed/pymChild.ts':
    "Gap (closed by a unit test after this measurement): an object whose text is a valid viewport message. Equivalent: the 200-character guard (the pattern's own bounds make every longer message fail it anyway). Gap: dropping the frame position a host reports (`if (position)` false) is seen by the story-mode browser tests in pym hosts, not by a unit test, as it goes to the page's span listeners.",
  'app/state/selectors.ts':
    "Gap (closed by a unit test after this measurement): the empty lists for a route naming nothing known, while the map's layers are unknown (with them, the framing drops unknown ids, so the mutants were equivalent there).",
  'authoring/score.ts':
    'Equivalent: the default of `found` and the text of a paragraph the tool does not have (no marked words stand in the replacements). Gap: a found mention that ends exactly where a marked occurrence begins, one of the overlap conditions made true where the other already decides, and `.some` as `.every` with one found mention per paragraph.',
  'app/cartography/pointer.ts':
    "Equivalent: the box test before measuring (line 105) skips only regions the distance test refuses too, so any change to it gives the same answer, at most slower; a reach of 0 returning early (with no reach nothing is nearer); the region under the pointer returned early (at distance 0 nothing beats it); `inside` starting true (the outer ring sets it before it is read); `>=`/`<=` in the ray cast and `distance <= reach` (a pointer exactly at a vertex's height, on an edge, or tied). Gap: coarsePointer asks the browser's matchMedia, which Node has not (the touch browser tests use it); a region exactly SMALL_ON_SCREEN across.",
  'app/cartography/labels.ts':
    "Gap in the tests it is measured against (its own three files; FOCUSED_TESTS): which names claim room first (the chosen regions, then regions, countries, capitals, other cities, seas; smaller areas first), the city dot's box, a name kept inside the map's margin to the pixel, the second pass that names regions a first pass left nameless, a name's box from its measured lines, and the estimate of a text's size are checked by the drawing tests (MapDrawing's unit tests and the cartography browser test on screenshots), which this measurement does not run. Equivalent: the grid scan's row range and bounds (the crossing test `y0 > y !== y1 > y` skips the rows outside an edge either way), `?.` on rows that always exist, the tie-break by index (the sort is stable), `>=` for `>` on a vertex or edge that lies exactly on a cell's centre line or a test point (no test shape has one), the break pattern's `+` (names have single spaces), the map smaller than a cell in one direction only (no cell, so no point, either way). Gap: the depth's neighbour mask taken from the row below gives the true depth on the test shapes too.",
  'app/cartography/legend.ts':
    "Equivalent: the 'neighbour' ground of a hatch drawn by no region (byHatch keeps only hatches some region draws); a made-up hatch id for a region without one (it draws nothing, so it is dropped); the order's name for counting hatches or for the data's order (only 'specification' differs); `?.` on a list that is never empty (a split, the recognised states); countries kept among a view's regions (no country is drawn as a part, a state or a hatch). Equivalent under the data's shape: only countries carry `colour` (the selection's ground, a view's country rows), only a region drawn as part of a state has `partOf`, and no view draws an area as part of the country it lies within unless it is a subdivision.",
  'app/story/schema.ts':
    'False survivors (no test ran: the module failed to load): the string and list helpers as functions that return nothing, which every schema is built with. Equivalent: counting the lists of a string or a number (it has none; only null needs the guard).',
  'app/studio/draft.ts':
    "Equivalent: a placeholder headline for an article with no lines (a split always has a first part); removing combining marks one at a time or in runs (the pattern is global); trimming one dash or a run of them at either end of a name or an event's id (the step before has made every run one dash); `?.` on a split's first part. Gap: an error other than the content tool's own while composing is thrown, not shown as a problem; no input the tests know makes the composer throw one.",
};
