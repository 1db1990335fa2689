import { describe, expect, it } from 'vitest';
import { splitPassages } from './passages.ts';

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
