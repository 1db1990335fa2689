/**
 * Splits an article into passages: its paragraphs, verbatim, with stable ids (p0 is the
 * headline). Photo credits and page furniture are dropped by the rules in boilerplate.json,
 * which match whole lines only; every line that is not in a passage is listed as dropped,
 * with its line number and the rule that dropped it, so no text is ever lost silently.
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

const dropLine = rules.dropLine.map((r) => new RegExp(r));
const endOfArticle = rules.endOfArticle.map((r) => new RegExp(r));

/** The rule a line matches, or null. */
const ruleFor = (patterns: RegExp[], line: string) =>
  patterns.find((r) => r.test(line.trim()))?.source ?? null;

export function splitArticle(article: string): { passages: RawPassage[]; dropped: DroppedLine[] } {
  const lines = article.replace(/\r\n?/g, '\n').split('\n');
  const dropped: DroppedLine[] = [];
  const end = lines.findIndex((line) => ruleFor(endOfArticle, line) !== null);
  if (end !== -1) {
    const rule = `end of article: ${ruleFor(endOfArticle, lines[end] ?? '')}`;
    lines.slice(end).forEach((text, i) => {
      if (text.trim() !== '') dropped.push({ line: end + i + 1, text: text.trim(), rule });
    });
  }
  // Blocks of consecutive lines that are not blank, with their line numbers.
  const blocks: { line: number; text: string }[][] = [[]];
  (end === -1 ? lines : lines.slice(0, end)).forEach((text, i) => {
    if (text.trim() === '') blocks.push([]);
    else blocks.at(-1)?.push({ line: i + 1, text });
  });
  const paragraphs = blocks.flatMap((block) => {
    const furniture = block.map(({ text }) => ruleFor(dropLine, text));
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

export function splitPassages(article: string): RawPassage[] {
  return splitArticle(article).passages;
}
