import { describe, expect, it } from 'vitest';
import { readGazetteer } from './files.ts';
import { findMentions, withPlaces } from './mentions.ts';

const gazetteer = {
  regions: {
    ukraine: ['Ukraine', 'Ukrainian'],
    donbass: ['eastern Ukrainian', 'Donbass'],
    georgia: ['Georgia'],
    russia: ['Russia', 'Moscow'],
  },
  notMentions: ['Civil Georgia'],
};
const found = (text: string) => findMentions(text, gazetteer).map((m) => `${m.region}@${m.start}:${m.text}`);

describe('finding mentions', () => {
  it('finds whole words only, in text order, with their ranges', () => {
    expect(found('Moscow and Ukraine; Russian, Ukrainians, Georgian')).toEqual([
      'russia@0:Moscow',
      'ukraine@11:Ukraine',
    ]);
    expect(found('Ukraine')).toEqual(['ukraine@0:Ukraine']);
    expect(found('(Donbass)')).toEqual(['donbass@1:Donbass']);
    expect(found('Donbass2 2Donbass')).toEqual([]);
  });

  it('lets the longest name win where names overlap, and keeps both of two separate names', () => {
    expect(found('the eastern Ukrainian region')).toEqual(['donbass@4:eastern Ukrainian']);
    expect(found('Ukrainian eastern Ukrainian')).toEqual([
      'ukraine@0:Ukrainian',
      'donbass@10:eastern Ukrainian',
    ]);
  });

  it('never marks a name inside a proper noun listed as not a mention, but marks it elsewhere', () => {
    expect(found('Civil Georgia reported from Georgia')).toEqual(['georgia@28:Georgia']);
    expect(findMentions('Georgia', { regions: { georgia: ['Georgia'] }, notMentions: [] })).toHaveLength(1);
  });

  it('is case-sensitive and copes with names that hold regular-expression characters', () => {
    expect(found('moscow MOSCOW')).toEqual([]);
    expect(findMentions('a (b) c', { regions: { x: ['(b)'] }, notMentions: [] }).map((m) => m.text)).toEqual([
      '(b)',
    ]);
    expect(findMentions('anything', { regions: { x: [] }, notMentions: [] })).toEqual([]);
  });

  it('finds a name with two spaces inside it, with nothing to exclude', () => {
    expect(findMentions('a  b', { regions: { x: ['a  b'] }, notMentions: [] }).map((m) => m.text)).toEqual([
      'a  b',
    ]);
  });

  it('keeps names that touch without overlapping, whichever comes first', () => {
    const touching = (text: string, regions: Record<string, string[]>) =>
      findMentions(text, { regions, notMentions: [] }).map((m) => m.text);
    expect(touching('(b)(c)', { x: ['(b)'], y: ['(c)'] })).toEqual(['(b)', '(c)']);
    expect(touching('(b)(cc)', { x: ['(b)'], y: ['(cc)'] })).toEqual(['(b)', '(cc)']);
  });

  it('lets the longer of two overlapping names win even when it starts later, and the earlier of two as long', () => {
    const pick = (text: string, regions: Record<string, string[]>) =>
      findMentions(text, { regions, notMentions: [] }).map((m) => m.text);
    expect(pick('big red fox jumps', { a: ['big red'], b: ['red fox jumps'] })).toEqual(['red fox jumps']);
    expect(pick('ab cd ef', { y: ['cd ef'], x: ['ab cd'] })).toEqual(['ab cd']);
  });
});

describe('false friends, by rules kept as data', () => {
  const gazetteer = {
    regions: { georgia: ['Georgia', 'Georgian', 'Tbilisi'], russia: ['Russia', 'Russian'] },
    notMentions: ['For Georgia'],
    contextRules: [
      {
        rule: 'US state of Georgia',
        names: ['Georgia', 'Georgian'],
        cues: ['Atlanta', 'state of Georgia'],
        counterCues: ['Tbilisi', 'ambassador', 'country of Georgia'],
      },
    ],
    wordRules: [
      { rule: 'a language', names: ['Russian'], after: ['^-language', '^-speaking'] },
      { rule: 'a person', names: ['Georgia'], before: ['\\bMs\\. $', '\\bMr\\. $'] },
      { rule: 'a language (in it)', names: ['Russian'], before: ['\\bin $'], after: ['^(?:$|[,.])'] },
    ],
  };
  const judged = (text: string) => {
    const rejected: { region: string; text: string; rule: string }[] = [];
    const found = findMentions(text, gazetteer, rejected).map((m) => `${m.text}@${m.start}`);
    return { found, rejected: rejected.map((r) => `${r.text}: ${r.rule}`) };
  };

  it('takes an ambiguous name as the other place when a cue is nearer to it than a counter-cue, and says which rule did', () => {
    expect(judged('Georgia’s ambassador made a stop in Georgia’s capital, Atlanta.')).toEqual({
      found: ['Georgia@0'],
      rejected: ['Georgia: US state of Georgia'],
    });
    // A cue that holds the name is nearest of all, whatever is beside it.
    expect(judged('The country of Georgia and the state of Georgia.').found).toEqual(['Georgia@15']);
  });

  it('decides by the sentence first, then the passage, and only where a cue is', () => {
    // Tbilisi is in another sentence; "Atlanta" in this one decides.
    expect(judged('Tbilisi is far. Georgia hosts Atlanta’s fair.').found).toEqual(['Tbilisi@0']);
    // No cue or counter-cue in the sentence: the passage's nearest decides.
    expect(judged('Officials of the state of Georgia travel. Georgia is on their signs.').found).toEqual([]);
    expect(judged('Georgia is in the Caucasus. Russia borders it.').found).toEqual([
      'Georgia@0',
      'Russia@28',
    ]);
  });

  it('lets a cue in the sentence decide over a nearer counter-cue in the one before, and a counter-cue over a nearer cue', () => {
    expect(
      judged('Officials visited Tbilisi. Georgia, said the mayor of far-off Atlanta, votes.').found,
    ).toEqual(['Tbilisi@18']);
    expect(judged('Atlanta. Georgia, said the distant ambassador.').found).toEqual(['Georgia@9']);
    // A counter-cue in the next sentence, nearer than the cue in this one, does not decide.
    expect(judged('Atlanta, far away, is where Georgia votes. Tbilisi agrees.').found).toEqual([
      'Tbilisi@43',
    ]);
    // A cue and a counter-cue as near: the name stays the place.
    expect(judged('Atlanta Georgia Tbilisi').found).toEqual(['Georgia@8', 'Tbilisi@16']);
  });

  it('applies a word rule on any of its patterns, and one without words after on what stands before alone', () => {
    expect(judged('Mr. Georgia and Ms. Georgia met in Georgia.')).toEqual({
      found: ['Georgia@35'],
      rejected: ['Georgia: a person', 'Georgia: a person'],
    });
    expect(judged('Russian-speaking towns.').rejected).toEqual(['Russian: a language']);
  });

  it('matches cues in any case and never touches names the rule does not list', () => {
    expect(judged('Officials of the State of Georgia visited Tbilisi.').found).toEqual(['Tbilisi@42']);
    expect(judged('ATLANTA: Georgia, the state, votes.').found).toEqual([]);
  });

  it('sets a name aside when its own words show it is not the place, only as the rule says', () => {
    expect(judged('A Russian-language school in Russian-occupied Crimea teaches in Russian.')).toEqual({
      found: ['Russian@29'],
      rejected: ['Russian: a language', 'Russian: a language (in it)'],
    });
    expect(judged('Shelling in Russian villages.').found).toEqual(['Russian@12']);
  });

  it('never marks a name inside a proper noun listed as not a mention, and reports it', () => {
    expect(judged('Tbilisi, Georgia, and the party For Georgia.')).toEqual({
      found: ['Tbilisi@0', 'Georgia@9'],
      rejected: ['Georgia: part of the name “For Georgia”'],
    });
  });
});

describe('the gazetteer’s own rules, on sentences they were not written for', () => {
  const gazetteer = readGazetteer();
  const regionsIn = (text: string) => findMentions(text, gazetteer).map((m) => `${m.region}:${m.text}`);

  it('leaves the country alone where nothing points at the US state', () => {
    expect(regionsIn('Georgia and the USA signed a charter in Washington.')).toEqual(['georgia:Georgia']);
    expect(
      regionsIn('Tbilisi and Atlanta are sister cities, and Georgia’s president visited in May.'),
    ).toEqual(['georgia:Tbilisi', 'georgia:Georgia']);
  });

  it('sets the US state aside by what is beside it, in any case', () => {
    expect(regionsIn('The State of Georgia sued Fulton County.')).toEqual([]);
    expect(regionsIn('A Georgia Guard unit trained near Savannah.')).toEqual([]);
  });

  it('tells a language, a club and a dish from the place', () => {
    expect(regionsIn('Shakhtar Donetsk played in Kyiv; the menu offered Chicken Kiev.')).toEqual([
      'ukraine:Kyiv',
    ]);
    expect(regionsIn('She speaks Russian and studied Ukrainian, then joined Russian forces.')).toEqual([
      'russia:Russian',
    ]);
  });
});

describe('the towns of each region', () => {
  it('are added to its names, once, and make a region of their own where the gazetteer has none', () => {
    const gazetteer = { regions: { crimea: ['Crimea', 'Kerch'] }, notMentions: [] };
    expect(withPlaces(gazetteer, { crimea: ['Kerch', 'Yalta'], abkhazia: ['Sukhumi'] }).regions).toEqual({
      crimea: ['Crimea', 'Kerch', 'Yalta'],
      abkhazia: ['Sukhumi'],
    });
  });
});
