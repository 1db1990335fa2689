import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlineProblem, splitArticle, splitPassages } from './passages.ts';

const texts = (article: string) => splitPassages(article).map((p) => p.text);

describe('splitting an article into passages', () => {
  it('makes one passage per paragraph, numbered from p0, whatever the line endings', () => {
    expect(splitPassages('Headline\n\nFirst.\n\nSecond.')).toEqual([
      { id: 'p0', text: 'Headline' },
      { id: 'p1', text: 'First.' },
      { id: 'p2', text: 'Second.' },
    ]);
    expect(texts('Headline\r\n\r\nFirst.\r\n')).toEqual(['Headline', 'First.']);
    expect(texts('Headline\r\rFirst.')).toEqual(['Headline', 'First.']);
  });

  it('takes a line of spaces as a paragraph break, trims each paragraph, and keeps a paragraph’s own lines', () => {
    expect(texts('  Headline  \n \t \nOne line\nand the next.\n\n\n\n')).toEqual([
      'Headline',
      'One line\nand the next.',
    ]);
  });

  it('drops blocks that are all furniture, and only the furniture lines of a mixed block', () => {
    expect(texts('Headline\n\nRUSSIA-SLOVENIA-DIPLOMACY\nAdvertisement\n\nText.')).toEqual([
      'Headline',
      'Text.',
    ]);
    expect(texts('Headline\n\nPhoto: Someone\nA real paragraph.\n  Another one.  ')).toEqual([
      'Headline',
      'A real paragraph.',
      'Another one.',
    ]);
  });

  it('knows a furniture line inside a paragraph by its text, whatever spaces surround it', () => {
    expect(texts('Headline\n\nText.\n   Advertisement   ')).toEqual(['Headline', 'Text.']);
    expect(texts('\n\nHeadline')).toEqual(['Headline']);
  });

  it('knows furniture and the comment box with spaces around them', () => {
    expect(texts('Headline\n\n   Advertisement   \n\nText.\n\n  COMMENTS  \n\nA reader.')).toEqual([
      'Headline',
      'Text.',
    ]);
  });

  it('stops at the comment box', () => {
    expect(texts('Headline\n\nText.\n\nCOMMENTS\n\nA reader wrote this.')).toEqual(['Headline', 'Text.']);
    expect(texts('Headline\n\nText.\n\nComments (12)\nA reader.')).toEqual(['Headline', 'Text.']);
  });

  it('gives nothing for an empty or blank article', () => {
    expect(splitPassages('')).toEqual([]);
    expect(splitPassages(' \n\n \n')).toEqual([]);
  });
});

describe('nothing lost', () => {
  it('keeps a paragraph that merely contains a credit-like fragment', () => {
    const wire = 'KIEV, November 5. /TASS/. The ceasefire regime in Donbass is holding, RT/Sputnik said /AP.';
    expect(texts(`Headline\n\n${wire}\n\nAnother paragraph ends with Getty Images.`)).toEqual([
      'Headline',
      wire,
      'Another paragraph ends with Getty Images.',
    ]);
  });

  it('lists every line it drops, with its line number and the rule that dropped it', () => {
    const { dropped } = splitArticle(
      'Headline\n\nRUSSIA-SLOVENIA-DIPLOMACY\nALEXANDER ZEMLIANICHENKO/AFP/Getty Images\n\nText.\n\nCOMMENTS\nA reader wrote.',
    );
    expect(dropped.map(({ line, text }) => [line, text])).toEqual([
      [3, 'RUSSIA-SLOVENIA-DIPLOMACY'],
      [4, 'ALEXANDER ZEMLIANICHENKO/AFP/Getty Images'],
      [8, 'COMMENTS'],
      [9, 'A reader wrote.'],
    ]);
    expect(dropped[0]?.rule).toBe('photo slug');
    expect(dropped[2]?.rule).toBe('end of article (comment box)');
  });

  it('accounts for every line of every article: in a passage, or listed as dropped', () => {
    const dir = 'authoring/articles';
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const article = fs.readFileSync(path.join(dir, name), 'utf8');
      const { passages, dropped } = splitArticle(article);
      const droppedLines = new Set(dropped.map((d) => d.line));
      article.split(/\r\n?|\n/).forEach((line, i) => {
        if (line.trim() === '' || droppedLines.has(i + 1)) return;
        expect(
          passages.some((p) => p.text.includes(line.trim())),
          `${name}:${i + 1} is neither in a passage nor dropped`,
        ).toBe(true);
      });
      console.log(`${name}: ${passages.length} passages, ${dropped.length} lines dropped`);
    }
  });
});

describe('a page pasted from the web', () => {
  const page = [
    'Skip to main content',
    'NEWS | June 13, 2011',
    'Russia opens a base in South Ossetia',
    'By RFE/RL’s Georgian Service and Jane Doe',
    'Agenda.ge, 11 Aug 2015 - 14:49, Tbilisi,Georgia',
    'Moscow has opened a military base near Tskhinvali, officials said on Monday.',
    'A barbed wire fence near the village of Khurvaleti. Photo by N. Alavidze/Agenda.ge',
    'The base will house 4,000 troops. "It is a provocation," a minister in Tbilisi said.',
    'Map: The region in 2011/Axios',
    'The cathedral in Gori, in 2008. Credit: Wikipedia',
    'World | Europe',
    'Sep 15, 2022 - Sports',
    'Published 24 January 2015',
    'Read more: Georgia’s ruling party wins again',
    'Georgia calls the deployment an occupation.',
  ].join('\n');

  it('takes each line as a paragraph when the text has no blank lines, and finds the headline', () => {
    const { passages } = splitArticle(page);
    expect(passages.map((p) => p.text)).toEqual([
      'Russia opens a base in South Ossetia',
      'Moscow has opened a military base near Tskhinvali, officials said on Monday.',
      'The base will house 4,000 troops. "It is a provocation," a minister in Tbilisi said.',
      'Georgia calls the deployment an occupation.',
    ]);
    expect(headlineProblem(passages[0]?.text ?? '')).toBeNull();
  });

  it('lists every line it drops as furniture with the rule that recognised it', () => {
    const { dropped } = splitArticle(page);
    expect(dropped.map((d) => [d.line, d.rule])).toEqual([
      [1, 'page furniture (read more, share, subscribe)'],
      [2, 'date line'],
      [4, 'byline'],
      [5, 'date line'],
      [7, 'caption ending in its credit'],
      [9, 'caption or credit (Photo:, Map:, Credit: …)'],
      [10, 'caption ending in its credit'],
      [11, 'section label'],
      [12, 'date line'],
      [13, 'date line'],
      [14, 'page furniture (read more, share, subscribe)'],
    ]);
  });

  it('keeps prose that looks a little like furniture', () => {
    const prose = [
      'By March, Russian troops had entered Crimea.',
      'On 21 February 2022 Russia recognised the two republics.',
      'Russia recognises DNR, LNR on February 21, 2022 in a televised address',
      'Published reports say the base is complete.',
      'The photo by the agency was widely shared, officials said.',
      'Russia invaded. Map by Axios shows it.',
    ];
    expect(splitArticle(prose.join('\n\n')).dropped).toEqual([]);
    expect(splitArticle(prose.join('\n')).passages.map((p) => p.text)).toEqual(prose);
  });

  it('says when the first paragraph does not look like a headline, and why', () => {
    const blob = `${'Moscow said more. '.repeat(20)}`.trim();
    expect(headlineProblem(blob)).toMatch(/is 359 characters long; a headline is at most 200/);
    expect(headlineProblem('Moscow said more. Tbilisi said less.')).toMatch(/reads as sentences/);
    expect(
      headlineProblem('Breakaway Tskhinvali: Russia’s creeping occupation of Georgia continues'),
    ).toBeNull();
  });
});
