/** What the panel asks of a story: which passages and events concern a region, in what order. */
import type { Passage, Story, StoryEvent } from './schema.ts';

export function regionsOfPassage(passage: Passage): Set<string> {
  return new Set([...passage.mentions.map((m) => m.region), ...passage.implicit.map((r) => r.region)]);
}

/** The passages that mention the region or concern it implicitly, in article order. */
export function passagesForRegion(story: Story, regionId: string): Passage[] {
  return story.passages.filter((p) => regionsOfPassage(p).has(regionId));
}

/**
 * Events in time order: by date at whatever precision is known (2017 before 2017-04-09),
 * undated ones last; ties keep the order the story lists them in, which editors set.
 */
export function inTimeOrder(events: readonly StoryEvent[]): StoryEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => {
      const da = a.event.date?.value;
      const db = b.event.date?.value;
      if (da !== db) {
        if (da === undefined) return 1;
        if (db === undefined) return -1;
        return da < db ? -1 : 1;
      }
      return a.index - b.index;
    })
    .map(({ event }) => event);
}

export function eventsForRegion(story: Story, regionId: string): StoryEvent[] {
  return inTimeOrder(story.events.filter((e) => e.regions.includes(regionId)));
}

export function passageById(story: Story, id: string): Passage | undefined {
  return story.passages.find((p) => p.id === id);
}
