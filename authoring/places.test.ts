import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGazetteer } from './files.ts';
import { findMentions } from './mentions.ts';
import { PLACES_FILE, placesFileText } from './places.ts';

describe('place names from Natural Earth', () => {
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

  it('never takes a name that is also a person or a word', () => {
    const all = Object.values(regions).flat();
    for (const name of ['Vladimir', 'Engels', 'Pushkin', 'Gay']) expect(all).not.toContain(name);
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
