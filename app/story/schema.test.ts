import { describe, expect, it } from 'vitest';
import { describeProblems } from '../data/validate.ts';
import { withCommas } from './limits.ts';
import { checkStory, STORY_LIMITS } from './schema.ts';

const REGIONS = ['crimea', 'russia'];

function aStory() {
  return {
    version: 1,
    title: 'Crimea',
    source: 'test.txt',
    passages: [
      {
        id: 'p0',
        text: 'Russia annexed Crimea.',
        mentions: [
          { region: 'russia', start: 0, end: 6, text: 'Russia' },
          { region: 'crimea', start: 15, end: 21, text: 'Crimea' },
        ],
        implicit: [],
      },
    ],
    events: [
      {
        id: 'annexation',
        summary: 'Russia annexes Crimea.',
        regions: ['crimea', 'russia'],
        passage: 'p0',
        when: null,
      },
    ],
  };
}

function problems(story: unknown): string {
  const checked = checkStory(story, REGIONS);
  return checked.ok ? '' : describeProblems(checked.problems, 10);
}

describe('story validation', () => {
  it('accepts a well-formed story', () => {
    expect(problems(aStory())).toBe('');
  });

  it('names an unknown region and where it is used', () => {
    const story = aStory();
    story.events[0]?.regions.push('narnia');
    expect(problems(story)).toMatch(/at events\[0\]\.regions\[2\]: unknown region "narnia"/);
  });

  it('names a mention whose range does not mark its text', () => {
    const story = aStory();
    const mention = story.passages[0]?.mentions[1];
    if (mention) mention.start = 14;
    expect(problems(story)).toMatch(
      /at passages\[0\]\.mentions\[1\]: range 14–21 marks " Crimea", not "Crimea"/,
    );
  });

  it('names an event whose passage does not exist', () => {
    const story = aStory();
    const event = story.events[0];
    if (event) event.passage = 'p9';
    expect(problems(story)).toMatch(/at events\[0\]\.passage: no passage "p9"/);
  });

  it('names an implicit reference whose quote is not in the passage', () => {
    const story = aStory();
    story.passages[0]?.implicit.push({ region: 'crimea', quote: 'the peninsula', note: 'Crimea' } as never);
    expect(problems(story)).toBe(
      'at passages[0].implicit[0].quote: "the peninsula" is not in the passage\'s text',
    );
  });

  it('checks everything but region ids when the map is not available', () => {
    const story = aStory();
    story.events[0]?.regions.push('narnia');
    expect(checkStory(story, null).ok).toBe(true);
  });
});

describe('story validation, field by field', () => {
  const withEvent = (edit: Record<string, unknown>) => {
    const story = aStory();
    Object.assign(story.events[0] as object, edit);
    return story;
  };

  it('takes ids only in their exact form', () => {
    expect(problems(withEvent({ id: 'ok-2014' }))).toBe('');
    expect(problems(withEvent({ id: '2014-war' }))).toBe('');
    for (const id of ['Bad', '-lead', 'a b', 'x!', 'ok\n']) {
      expect(problems(withEvent({ id })), id).toMatch(
        /at events\[0\]\.id: an event id is lower-case words joined by "-"/,
      );
    }
    for (const region of ['Crimea', '9crimea', 'crimea!', ' crimea']) {
      expect(problems(withEvent({ regions: [region] })), region).toMatch(
        /at events\[0\]\.regions\[0\]: a region id is lower-case words joined by "-"/,
      );
    }
    for (const passage of ['p', 'x1', 'p1a', 'ap1']) {
      expect(problems(withEvent({ passage })), passage).toMatch(
        /at events\[0\]\.passage: a passage id is "p" and a number/,
      );
    }
  });

  it('takes dates as YYYY, YYYY-MM or YYYY-MM-DD, with their source', () => {
    for (const value of ['2014', '2014-03', '2014-03-18']) {
      expect(problems(withEvent({ date: { value, source: 'editor' } })), value).toBe('');
    }
    for (const value of ['14', '2014-3', '2014-03-1', 'x2014', '2014-03-18T00', '2014-03-']) {
      expect(problems(withEvent({ date: { value, source: 'editor' } })), value).toMatch(
        /at events\[0\]\.date\.value: expected YYYY, YYYY-MM or YYYY-MM-DD/,
      );
    }
  });

  it('refuses empty, reversed and overrunning ranges, and mentions out of text order', () => {
    const edit = (start: number, end: number) => {
      const story = aStory();
      const mention = story.passages[0]?.mentions[1];
      if (mention) Object.assign(mention, { start, end });
      return problems(story);
    };
    expect(edit(15, 15)).toMatch(
      /at passages\[0\]\.mentions\[1\]: range 15–15 is outside the passage \(length 22\)/,
    );
    expect(edit(21, 15)).toMatch(/range 21–15 is outside the passage/);
    expect(edit(15, 23)).toMatch(/range 15–23 is outside the passage/);
    expect(edit(16, 22)).toMatch(/range 16–22 marks "rimea\.", not "Crimea"/);
    const story = aStory();
    story.passages[0]?.mentions.reverse();
    expect(problems(story)).toMatch(
      /at passages\[0\]\.mentions\[1\]: mentions must be in text order and must not overlap/,
    );
  });

  it('names duplicate passage and event ids', () => {
    const story = aStory();
    const first = story.passages[0];
    if (first) story.passages.push({ ...first, mentions: [] });
    story.events.push({ ...(story.events[0] as (typeof story.events)[0]) });
    expect(problems(story)).toBe(
      'at passages[1].id: duplicate passage id "p0"; at events[1].id: duplicate event id "annexation"',
    );
  });

  it('names every unknown region with the regions the map has, at its path', () => {
    const story = aStory();
    const mention = story.passages[0]?.mentions[0];
    if (mention) mention.region = 'narnia';
    story.passages[0]?.implicit.push({ region: 'oz', quote: 'Russia', note: 'n' } as never);
    expect(problems(story)).toBe(
      'at passages[0].mentions[0].region: unknown region "narnia" (the map has crimea, russia); ' +
        'at passages[0].implicit[0].region: unknown region "oz" (the map has crimea, russia)',
    );
  });
});

/** A story with every optional field present, so that every string and list in the shape is in it. */
function aFullStory() {
  const story = aStory();
  const passage = story.passages[0];
  return {
    ...story,
    publication: {
      publisher: 'A Paper',
      published: { value: '2017-03-22', source: 'editor', note: 'From the address.' },
      url: 'https://example.org/x',
    },
    passages: [
      {
        ...passage,
        dates: [{ quote: 'annexed', date: { value: '2014', source: 'editor', note: 'Known.' } }],
        implicit: [{ region: 'crimea', quote: 'annexed', note: 'The peninsula.' }],
      },
    ],
    events: story.events.map((e) => ({
      ...e,
      when: 'annexed',
      whenBy: 'editor',
      date: { value: '2014', source: 'editor', note: 'Known.' },
    })),
  };
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The path of every string and every list in a value, depth first. */
function pathsOf(
  value: Json,
  path: (string | number)[] = [],
): { path: (string | number)[]; kind: 'string' | 'list' }[] {
  if (typeof value === 'string') return [{ path, kind: 'string' }];
  if (Array.isArray(value))
    return [{ path, kind: 'list' }, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]));
  return [];
}

function replaced(story: Json, path: (string | number)[], make: (old: Json) => Json): Json {
  const copy = structuredClone(story);
  let at = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, Json>;
  const last = path.at(-1) as string | number;
  at[last] = make(at[last] as Json);
  return copy;
}

describe('story limits', () => {
  const full = aFullStory() as unknown as Json;
  const shown = (path: (string | number)[]) =>
    path.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${k}` : k), '');

  it('the full story used below is itself valid', () => {
    expect(problems(full)).toBe('');
  });

  // The schema's enums and patterns bound these already (a version, a date, a source, an id).
  const bounded = pathsOf(full).filter(
    ({ path }) =>
      !['version', 'value', 'source', 'whenBy', 'review'].includes(String(path.at(-1))) || path.length === 1,
  );

  it.each(bounded.filter((b) => b.kind === 'string').map((b) => [shown(b.path), b.path] as const))(
    'a string at %s over every limit is refused, naming the limit',
    (_, path) => {
      const over = replaced(full, path, () => 'x'.repeat(STORY_LIMITS.charactersPerPassage + 1));
      expect(problems(over)).toMatch(/at most [\d,]+ [^;]+ \(the story limit\)/);
    },
  );

  it.each(bounded.filter((b) => b.kind === 'list').map((b) => [shown(b.path), b.path] as const))(
    'a list at %s of 10,000 items is refused, naming the limit',
    (_, path) => {
      const over = replaced(full, path, (old) =>
        Array.from({ length: 10_000 }, () => (old as Json[])[0] as Json),
      );
      expect(problems(over)).toMatch(/at most [\d,]+ [^;]+ \(the story limit\)/);
    },
  );

  it('takes every string at its limit', () => {
    const story = aFullStory();
    const at = (n: number) => 'x'.repeat(n);
    story.title = at(STORY_LIMITS.titleCharacters);
    story.source = at(STORY_LIMITS.nameCharacters);
    story.publication.publisher = at(STORY_LIMITS.nameCharacters);
    story.publication.url = `https://${at(STORY_LIMITS.urlCharacters - 8)}`;
    story.publication.published.note = at(STORY_LIMITS.noteCharacters);
    const event = story.events[0];
    if (event) {
      event.summary = at(STORY_LIMITS.summaryCharacters);
      event.when = at(STORY_LIMITS.whenCharacters);
      event.id = at(STORY_LIMITS.idCharacters);
    }
    expect(problems(story)).toBe('');
  });

  it('refuses a story beyond a documented limit, naming the limit', () => {
    const long = aStory();
    long.title = 'x'.repeat(501);
    expect(problems(long)).toBe('at title: at most 500 characters in the title (the story limit)');
    const crowded = aStory();
    const passage = crowded.passages[0];
    if (passage)
      passage.mentions = Array.from({ length: 501 }, () => ({
        region: 'russia',
        start: 0,
        end: 6,
        text: 'Russia',
      }));
    expect(problems(crowded)).toMatch(
      /^at passages\[0\]\.mentions: at most 100 mentions in a passage \(the story limit\)/,
    );
    const huge = aStory();
    const first = huge.passages[0];
    if (first) first.text = 'x'.repeat(5_001);
    expect(problems(huge)).toMatch(
      /^at passages\[0\]\.text: at most 5,000 characters in a passage \(the story limit\)/,
    );
  });
});

describe('publication and dates', () => {
  const withPassage = (extra: object) => {
    const story = aStory();
    return { ...story, passages: [{ ...story.passages[0], ...extra }] };
  };

  it('takes a publisher, a date marked as the article’s or the editor’s, and an http(s) address', () => {
    const publication = {
      publisher: 'A Paper',
      published: { value: '2017-03-22', source: 'editor', note: 'From the address.' },
      url: 'https://example.org/2017/03/22/x',
    };
    expect(problems({ ...aStory(), publication })).toBe('');
    expect(problems({ ...aStory(), publication: { ...publication, url: 'javascript:alert(1)' } })).toMatch(
      /at publication\.url: expected an http\(s\) address/,
    );
    expect(
      problems({
        ...aStory(),
        publication: { ...publication, published: { value: '22/03/2017', source: 'editor' } },
      }),
    ).toMatch(/at publication\.published\.value: expected YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it('dates a relative time only with words the passage holds', () => {
    const date = { value: '2017', source: 'editor' };
    expect(problems(withPassage({ dates: [{ quote: 'annexed', date }] }))).toBe('');
    expect(problems(withPassage({ dates: [{ quote: 'on Tuesday', date }] }))).toBe(
      'at passages[0].dates[0].quote: "on Tuesday" is not in the passage\'s text',
    );
  });
});

describe('an event’s time', () => {
  const withWhen = (when: string | null, whenBy?: 'article' | 'editor') => {
    const story = aStory();
    return { ...story, events: [{ ...story.events[0], when, ...(whenBy ? { whenBy } : {}) }] };
  };

  it('is the article’s words, found in its passage whatever the case, or marked as the editor’s', () => {
    expect(problems(withWhen('Annexed'))).toBe('');
    expect(problems(withWhen(null))).toBe('');
    expect(problems(withWhen('in March 2014'))).toBe(
      'at events[0].when: "in March 2014" is not in passage p0: quote the article\'s words, or mark them "whenBy": "editor"',
    );
    expect(problems(withWhen('in March 2014', 'editor'))).toBe('');
  });
});

describe('each limit, in the words the editor is told', () => {
  const L = STORY_LIMITS;
  const strings: [string, (string | number)[], number, string][] = [
    ['title', ['title'], L.titleCharacters, 'characters in the title'],
    ['source', ['source'], L.nameCharacters, 'characters in the source'],
    ['publisher', ['publication', 'publisher'], L.nameCharacters, "characters in the publisher's name"],
    ['address', ['publication', 'url'], L.urlCharacters, 'characters in the address'],
    ['date note', ['publication', 'published', 'note'], L.noteCharacters, 'characters in a note'],
    ['passage', ['passages', 0, 'text'], L.charactersPerPassage, 'characters in a passage'],
    ['mention', ['passages', 0, 'mentions', 0, 'text'], L.quoteCharacters, 'characters in a mention'],
    ['implicit quote', ['passages', 0, 'implicit', 0, 'quote'], L.quoteCharacters, 'characters in a quote'],
    ['implicit note', ['passages', 0, 'implicit', 0, 'note'], L.noteCharacters, 'characters in a note'],
    ['dated quote', ['passages', 0, 'dates', 0, 'quote'], L.quoteCharacters, 'characters in a quote'],
    ['summary', ['events', 0, 'summary'], L.summaryCharacters, "characters in an event's summary"],
    ['time', ['events', 0, 'when'], L.whenCharacters, "characters in an event's time"],
    ['event id', ['events', 0, 'id'], L.idCharacters, 'characters in an id'],
  ];

  it.each(strings)(
    'a %s one character over its limit is refused in its own words',
    (_, path, limit, words) => {
      const over = replaced(aFullStory() as unknown as Json, path, (old) =>
        String(old).startsWith('https://') ? `https://${'x'.repeat(limit - 7)}` : 'x'.repeat(limit + 1),
      );
      const where = path.reduce<string>(
        (out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${k}` : k),
        '',
      );
      expect(problems(over)).toBe(`at ${where}: at most ${withCommas(limit)} ${words} (the story limit)`);
    },
  );

  it('counts the characters of all passages together, up to their limit', () => {
    // 15 passages of 4,000 characters: 60,000, the limit; one more character is over it.
    const sized = (extra: number) => {
      const story = aStory();
      const base = story.passages[0];
      if (!base) throw new Error('no passage');
      story.passages = Array.from({ length: 15 }, (_, i) => ({
        ...base,
        id: `p${i}`,
        text: `Russia ${'x'.repeat(L.charactersInAll / 15 - 7 + (i === 14 ? extra : 0))}`,
        mentions: base.mentions.slice(0, 1),
      }));
      return story;
    };
    expect(problems(sized(0))).toBe('');
    expect(problems(sized(1))).toBe(
      `at passages: at most ${withCommas(L.charactersInAll)} characters of text in all (the story limit)`,
    );
  });

  it('counts the mentions of all passages together, up to their limit', () => {
    const withMentions = (count: number) => {
      const story = aStory();
      const perPassage = L.mentionsPerPassage;
      story.passages = Array.from({ length: Math.ceil(count / perPassage) }, (_, p) => {
        const n = Math.min(perPassage, count - p * perPassage);
        return {
          id: `p${p}`,
          text: 'Russia '.repeat(n).trim(),
          mentions: Array.from({ length: n }, (_, i) => ({
            region: 'russia',
            start: i * 7,
            end: i * 7 + 6,
            text: 'Russia',
          })),
          implicit: [],
        };
      });
      return story;
    };
    expect(problems(withMentions(L.mentionsInAll))).toBe('');
    expect(problems(withMentions(L.mentionsInAll + 1))).toBe(
      `at passages: at most ${withCommas(L.mentionsInAll)} mentions in all (the story limit)`,
    );
  });

  it('refuses more passages or events than their limits, in their words', () => {
    const many = (key: 'passages' | 'events', n: number) => {
      const story = aStory() as unknown as Record<string, Json[]>;
      story[key] = Array.from({ length: n }, () => story[key]?.[0] as Json);
      return story;
    };
    expect(problems(many('passages', L.passages + 1))).toBe(
      `at passages: at most ${withCommas(L.passages)} passages (the story limit)`,
    );
    const atLimit = aStory();
    const event = atLimit.events[0];
    if (!event) throw new Error('no event');
    atLimit.events = Array.from({ length: L.events }, (_, i) => ({ ...event, id: `e${i}` }));
    expect(problems(atLimit)).toBe('');
    // What is not a story at all is refused by the schema's own words, not by a crash.
    for (const input of [null, 'a story', 42])
      expect(problems(input), String(input)).toMatch(/^expected an object, found /);
    expect(problems(many('events', L.events + 1))).toBe(
      `at events: at most ${withCommas(L.events)} events (the story limit)`,
    );
  });

  it('takes an address that is all http(s), and the article’s own words for a time', () => {
    const at = (url: string) =>
      problems({ ...aFullStory(), publication: { ...aFullStory().publication, url } });
    expect(at('http://example.org/x')).toBe('');
    for (const url of [
      'ftp://example.org/x',
      'see https://example.org/x',
      'https://example.org/x y',
      'https://',
    ])
      expect(at(url), url).toBe('at publication.url: expected an http(s) address');
    const story = aFullStory();
    for (const e of story.events) Object.assign(e, { whenBy: 'article' });
    expect(problems(story)).toBe('');
  });
});
