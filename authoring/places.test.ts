import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGazetteer } from './files.ts';
import { findMentions } from './mentions.ts';
import { PLACES_FILE, placesFileText } from './placeSources.ts';

describe('place names from Natural Earth and GeoNames', () => {
  const committed = fs.readFileSync(PLACES_FILE, 'utf8');
  const regions = (JSON.parse(committed) as { regions: Record<string, string[]> }).regions;

  it('is what `npm run gazetteer` makes from the published regions and the populated places', () => {
    expect(placesFileText() === committed).toBe(true);
  });

  it('puts each town in the innermost region it lies in, with its other spellings and its dateline form', () => {
    expect(regions.crimea).toEqual(expect.arrayContaining(['Yalta', 'Kerch', 'Yevpatoria', 'YALTA']));
    expect(regions.donbass).toEqual(
      expect.arrayContaining(['Kramatorsk', 'Horlivka', 'Makiivka', 'Makiyivka']),
    );
    expect(regions.ukraine).toEqual(expect.arrayContaining(['Kiev', 'Kyiv', 'KIEV', 'Odesa', 'Odessa']));
    expect(regions.ukraine).not.toContain('Yalta');
    expect(regions.georgia).toEqual(expect.arrayContaining(['Kutaisi', 'Batumi', 'Poti']));
    expect(regions.abkhazia).toEqual(expect.arrayContaining(['Sukhumi', 'Sokhumi']));
  });

  it('knows small towns and villages from GeoNames, by their transliterations too', () => {
    expect(regions['south-ossetia']).toEqual(expect.arrayContaining(['Akhalgori', 'Java', 'Tskhinvali']));
    expect(regions.donbass).toEqual(
      expect.arrayContaining(['Stakhanov', 'Kadiivka', 'Kirovsk', 'Sloviansk']),
    );
    expect(regions.crimea).toEqual(expect.arrayContaining(['Feodosiya', 'Feodosia']));
    // Ts’khinvali, as GeoNames transliterates it, also without its ejective marks.
    expect(regions['south-ossetia']).toEqual(expect.arrayContaining(['Ts’khinvali', 'Tskhinvali']));
    expect(regions.georgia).toEqual(expect.arrayContaining(['Gori', 'Rustavi', 'Zugdidi']));
  });

  it('gives a name two regions share to the far bigger place only', () => {
    // Yalta: Crimea's city of 76,000 and a Donetsk village; Frunze: two villages of ~3,000.
    expect(regions.crimea).toContain('Yalta');
    expect(Object.values(regions).flat()).not.toContain('Frunze');
  });

  it('never takes a name that is also a person, a word, an inflection or a mangled spelling', () => {
    const all = Object.values(regions).flat();
    for (const name of ['Vladimir', 'Engels', 'Pushkin', 'Gay', 'Stalin', 'Gorky', 'Pravda', 'Progress'])
      expect(all, name).not.toContain(name);
    for (const name of ['Goris', 'TBilisi', 'Tbilisi - tbilisi', 'Roy'])
      expect(all, name).not.toContain(name);
  });

  it('lets the content tool find a dateline, a town and the separatists’ names', () => {
    const gazetteer = readGazetteer();
    const found = (text: string) => findMentions(text, gazetteer).map((m) => `${m.text}→${m.region}`);
    expect(found('KIEV, November 5. /TASS/. Shelling near Kramatorsk and in Yalta.')).toEqual([
      'KIEV→ukraine',
      'Kramatorsk→donbass',
      'Yalta→crimea',
    ]);
    expect(found('Vladimir Putin met the leaders of the DPR and the Luhansk People’s Republic.')).toEqual([
      'DPR→donbass',
      'Luhansk People’s Republic→donbass',
    ]);
  });
});
