/**
 * Checking data against its schema, with problems a reader of the file can act on: where
 * (`features[3].properties.id`) and what. Schemas are valibot's: built from small functions,
 * so the page carries only the checks it uses (about 3 KB gzip; zod/mini cost 8).
 */
import * as v from 'valibot';

export interface Problem {
  path: readonly PropertyKey[];
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Turns what is in a file into a value of the app's types, or says what is wrong with it. */
export type Validator<T> = (input: unknown) => Checked<T>;

const KINDS: Record<string, string> = { Object: 'an object', Array: 'a list' };

/** What is wrong, in words: the schema's own message, or one made from what was expected. */
function problemOf(issue: v.BaseIssue<unknown>): string {
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  const found = issue.received === 'undefined' ? 'nothing' : issue.received;
  if (issue.message.startsWith('Invalid key')) return 'missing';
  if (issue.type === 'min_length') {
    if (issue.requirement === 1 && typeof issue.input === 'string') return 'must not be empty';
    return `expected at least ${issue.requirement} ${Array.isArray(issue.input) ? 'items' : 'characters'}, found ${found}`;
  }
  if (issue.type === 'min_value') return `expected at least ${issue.requirement}, found ${found}`;
  if (issue.type === 'integer') return `expected a whole number, found ${found}`;
  if (issue.expected === null) return issue.message;
  return `expected ${KINDS[issue.expected] ?? issue.expected}, found ${found}`;
}

export function check<S extends v.GenericSchema>(schema: S, input: unknown): Checked<v.InferOutput<S>> {
  // One problem per value: a pipe stops at its first failed check (Infinity is not "finite", and need not also be "out of range").
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => ({
      path: issue.path?.map((item) => item.key as PropertyKey) ?? [],
      message: problemOf(issue),
    })),
  };
}

export const against =
  <S extends v.GenericSchema>(schema: S): Validator<v.InferOutput<S>> =>
  (input) =>
    check(schema, input);

/** A path as a reader of the file would write it: features[3].properties.id */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** Problems as one line: `at path: what; at path: what (and N more)`. */
export function describeProblems(problems: readonly Problem[], limit = 3): string {
  const lines = problems.slice(0, limit).map(({ path, message }) => {
    const where = formatPath(path);
    return where ? `at ${where}: ${message}` : message;
  });
  const more = problems.length - limit;
  return more > 0 ? `${lines.join('; ')} (and ${more} more)` : lines.join('; ');
}
