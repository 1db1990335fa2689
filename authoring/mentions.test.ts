import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.ts';

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
    regions: { georgia: ['Georgia', 'Georgian'], russia: ['Russia'] },
    notMentions: ['For Georgia'],
    contextRules: [
      { rule: 'US state of Georgia', regions: ['georgia'], cues: ['Atlanta', 'state of Georgia'] },
    ],
  };

  it('rejects a region’s names in a passage that holds a cue, and says which rule did', () => {
    const rejected: { region: string; text: string; rule: string }[] = [];
    const found = findMentions(
      'Georgia’s capital, Atlanta, hosts a delegation from Russia.',
      gazetteer,
      rejected,
    );
    expect(found.map((m) => m.text)).toEqual(['Russia']);
    expect(rejected).toEqual([{ region: 'georgia', text: 'Georgia', rule: 'US state of Georgia' }]);
  });

  it('keeps them where no cue is, and never inside a party’s name', () => {
    expect(
      findMentions('Tbilisi, Georgia, and the party For Georgia.', gazetteer).map((m) => m.text),
    ).toEqual(['Georgia']);
  });
});
