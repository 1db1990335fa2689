import { describe, expect, it } from 'vitest';
import { byTime, eventsForRegion, inTimeOrder, passageById, passagesForRegion } from './queries.ts';
import type { Story, StoryEvent } from './schema.ts';

function anEvent(id: string, date?: string, regions = ['crimea']): StoryEvent {
  return {
    id,
    summary: id,
    regions,
    passage: 'p0',
    when: null,
    review: 'curated',
    ...(date ? { date: { value: date, source: 'editor' as const } } : {}),
  };
}

function aStory(events: StoryEvent[] = []): Story {
  return {
    version: 1,
    title: 't',
    source: 't.txt',
    passages: [
      {
        id: 'p0',
        text: 'Crimea',
        mentions: [{ region: 'crimea', start: 0, end: 6, text: 'Crimea' }],
        implicit: [],
      },
      { id: 'p1', text: 'Nothing here', mentions: [], implicit: [] },
      {
        id: 'p2',
        text: 'the peninsula',
        mentions: [],
        implicit: [{ region: 'crimea', quote: 'the peninsula', note: '' }],
      },
    ],
    events,
  };
}

describe('passagesForRegion', () => {
  it('keeps passages with a mention or an implicit reference, in article order', () => {
    expect(passagesForRegion(aStory(), 'crimea').map((p) => p.id)).toEqual(['p0', 'p2']);
    expect(passagesForRegion(aStory(), 'donbass')).toEqual([]);
  });
});

describe('inTimeOrder', () => {
  it('orders by date at any precision, undated last, ties in listed order', () => {
    const events = [
      anEvent('undated'),
      anEvent('b', '2017-04-09'),
      anEvent('a', '2017'),
      anEvent('c', '2017'),
      anEvent('old', '1991'),
    ];
    expect(inTimeOrder(events).map((e) => e.id)).toEqual(['old', 'a', 'c', 'b', 'undated']);
  });
});

describe('eventsForRegion', () => {
  it('keeps only the events concerning the region', () => {
    const story = aStory([anEvent('x', '2014', ['crimea', 'russia']), anEvent('y', '2008', ['georgia'])]);
    expect(eventsForRegion(story, 'russia').map((e) => e.id)).toEqual(['x']);
  });
});

describe('inTimeOrder, pairwise', () => {
  it('puts the earlier date first whichever comes first in the list, and keeps equal ones in listed order', () => {
    expect(inTimeOrder([anEvent('late', '2015'), anEvent('early', '2014')]).map((e) => e.id)).toEqual([
      'early',
      'late',
    ]);
    expect(inTimeOrder([anEvent('early', '2014'), anEvent('late', '2015')]).map((e) => e.id)).toEqual([
      'early',
      'late',
    ]);
    expect(inTimeOrder([anEvent('x', '2014'), anEvent('y', '2014')]).map((e) => e.id)).toEqual(['x', 'y']);
    expect(inTimeOrder([anEvent('y', '2014'), anEvent('x', '2014')]).map((e) => e.id)).toEqual(['y', 'x']);
    expect(inTimeOrder([anEvent('none'), anEvent('dated', '2000')]).map((e) => e.id)).toEqual([
      'dated',
      'none',
    ]);
    expect(inTimeOrder([anEvent('dated', '2000'), anEvent('none')]).map((e) => e.id)).toEqual([
      'dated',
      'none',
    ]);
    expect(inTimeOrder([anEvent('n2'), anEvent('n1')]).map((e) => e.id)).toEqual(['n2', 'n1']);
  });
});

describe('passageById', () => {
  it('finds a passage by its id, and nothing for an unknown one', () => {
    expect(passageById(aStory(), 'p2')?.text).toBe('the peninsula');
    expect(passageById(aStory(), 'p9')).toBeUndefined();
  });
});

describe('byTime', () => {
  it('says before, same time or after', () => {
    expect(byTime(anEvent('a', '2014'), anEvent('b', '2015'))).toBe(-1);
    expect(byTime(anEvent('b', '2015'), anEvent('a', '2014'))).toBe(1);
    expect(byTime(anEvent('a', '2014'), anEvent('b', '2014'))).toBe(0);
    expect(byTime(anEvent('a'), anEvent('b'))).toBe(0);
    expect(byTime(anEvent('a'), anEvent('b', '2099-12-31'))).toBe(1);
  });
});
