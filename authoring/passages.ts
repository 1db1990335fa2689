/**
 * Splits an article into passages: its paragraphs, verbatim, with stable ids (p0 is the
 * headline). Paragraphs are separated by blank lines, or, in text pasted from a web page that
 * has none, by line breaks. Page furniture (date lines, section labels, bylines, captions and
 * credits, "Read more") is dropped by the named rules in boilerplate.json, which match whole
 * lines only; every line that is not in a passage is listed as dropped, with its line number
 * and the rule that dropped it, so no text is ever lost silently.
 */
import rules from './boilerplate.json' with { type: 'json' };

interface RawPassage {
  id: string;
  text: string;
}

export interface DroppedLine {
  /** 1-based, as an editor's text editor counts. */
  line: number;
  text: string;
  rule: string;
}

interface LineRule {
  rule: string;
  pattern: RegExp;
}

const compile = (list: { rule: string; pattern: string }[]): LineRule[] =>
  list.map(({ rule, pattern }) => ({ rule, pattern: new RegExp(pattern, 'u') }));
const dropLine = compile(rules.dropLine);
const endOfArticle = compile(rules.endOfArticle);

/** The name of the rule a line matches, or null. */
const ruleFor = (patterns: LineRule[], line: string) =>
  patterns.find((r) => r.pattern.test(line.trim()))?.rule ?? null;

/** A headline: one line, at most this long, not a run of sentences. */
export const HEADLINE_CHARACTERS = 200;

/**
 * Why the first passage does not look like a headline, or null when it does: the editor is
 * told, since the tool takes it as the title either way.
 */
export function headlineProblem(text: string): string | null {
  if (text.length > HEADLINE_CHARACTERS) {
    return `the first paragraph, taken as the title, is ${text.length} characters long; a headline is at most ${HEADLINE_CHARACTERS}. Put the headline on a line of its own, followed by a blank line`;
  }
  if (/[.!?]["”’)]*\s+\p{Lu}.*[.!?]["”’)]*$/u.test(text)) {
    return 'the first paragraph, taken as the title, reads as sentences rather than a headline. Put the headline on a line of its own, followed by a blank line';
  }
  return null;
}

/**
 * `kept`: lines an editor keeps although a furniture rule matches them (a paragraph that reads
 * like a caption), by their trimmed text; the end-of-article rule still ends the article.
 */
export function splitArticle(
  article: string,
  kept: readonly string[] = [],
): { passages: RawPassage[]; dropped: DroppedLine[] } {
  const lines = article.replace(/\r\n?/g, '\n').split('\n');
  const dropped: DroppedLine[] = [];
  const end = lines.findIndex((line) => ruleFor(endOfArticle, line) !== null);
  if (end !== -1) {
    const rule = `end of article (${ruleFor(endOfArticle, lines[end] ?? '')})`;
    lines.slice(end).forEach((text, i) => {
      if (text.trim() !== '') dropped.push({ line: end + i + 1, text: text.trim(), rule });
    });
  }
  // Blocks of consecutive lines that are not blank, with their line numbers; in a text with
  // no blank line between its lines (pasted from a web page), each line is a block.
  const body = end === -1 ? lines : lines.slice(0, end);
  const filled = body.map((text) => text.trim() !== '');
  const blankBetween = filled.some(
    (f, i) => !f && filled.slice(0, i).includes(true) && filled.slice(i).includes(true),
  );
  const blocks: { line: number; text: string }[][] = [[]];
  body.forEach((text, i) => {
    if (text.trim() === '') blocks.push([]);
    else {
      if (!blankBetween) blocks.push([]);
      blocks.at(-1)?.push({ line: i + 1, text });
    }
  });
  const paragraphs = blocks.flatMap((block) => {
    const furniture = block.map(({ text }) => (kept.includes(text.trim()) ? null : ruleFor(dropLine, text)));
    if (furniture.every((rule) => rule === null)) {
      return block.length
        ? [
            block
              .map(({ text }) => text)
              .join('\n')
              .trim(),
          ]
        : [];
    }
    // A block with a furniture line keeps its other lines, each a passage, verbatim.
    return block.flatMap(({ line, text }, i) => {
      const rule = furniture[i];
      if (rule) {
        dropped.push({ line, text: text.trim(), rule });
        return [];
      }
      return [text.trim()];
    });
  });
  dropped.sort((a, b) => a.line - b.line);
  return { passages: paragraphs.map((text, i) => ({ id: `p${i}`, text })), dropped };
}

export function splitPassages(article: string, kept: readonly string[] = []): RawPassage[] {
  return splitArticle(article, kept).passages;
}
