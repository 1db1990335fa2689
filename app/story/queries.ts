/** What the panel asks of a story: which passages and events concern a region, in what order. */
import type { Passage, Story, StoryEvent } from './schema.ts';

export function regionsOfPassage(passage: Passage): Set<string> {
  return new Set([...passage.mentions.map((m) => m.region), ...passage.implicit.map((r) => r.region)]);
}

/** The passages that mention the region or concern it implicitly, in article order. */
export function passagesForRegion(story: Story, regionId: string): Passage[] {
  return story.passages.filter((p) => regionsOfPassage(p).has(regionId));
}

/** Where an event falls in time: its date at whatever precision is known; undated ones after all dates. */
const when = (event: StoryEvent) => event.date?.value ?? '~';

/**
 * Events in time order: by date at whatever precision is known (2017 before 2017-04-09),
 * undated ones last. Array sorting is stable, so ties keep the order the story lists them
 * in, which editors set.
 */
export function inTimeOrder(events: readonly StoryEvent[]): StoryEvent[] {
  return [...events].sort(byTime);
}

/** The comparison behind inTimeOrder: negative, zero or positive as `a` comes before, with or after `b`. */
export function byTime(a: StoryEvent, b: StoryEvent): number {
  return when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0;
}

export function eventsForRegion(story: Story, regionId: string): StoryEvent[] {
  return inTimeOrder(story.events.filter((e) => e.regions.includes(regionId)));
}

export function passageById(story: Story, id: string): Passage | undefined {
  return story.passages.find((p) => p.id === id);
}
