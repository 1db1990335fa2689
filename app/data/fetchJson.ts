/**
 * Fetches one of the app's own data files and checks it against its schema. Every failure
 * becomes a DataError whose message names the file and what is wrong, for the page to show.
 */

import type * as z from 'zod/mini';
import { FileProblem } from './FileProblem.ts';

export class DataError extends FileProblem {}

/** A zod issue path as a reader of the file would write it: features[3].properties.id */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** What is wrong, in words: zod/mini carries no message texts of its own, so they are made here. */
function problemOf(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_small':
      return `expected at least ${issue.minimum}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''}`;
    case 'too_big':
      return `expected at most ${issue.maximum}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return `invalid (${issue.code})`;
  }
}

/** Problems as one line: `at path: what; at path: what (and N more)`. */
export function describeProblems(
  problems: { path: readonly PropertyKey[]; message: string }[],
  limit = 3,
): string {
  const lines = problems.slice(0, limit).map(({ path, message }) => {
    const where = formatPath(path);
    return where ? `at ${where}: ${message}` : message;
  });
  const more = problems.length - limit;
  return more > 0 ? `${lines.join('; ')} (and ${more} more)` : lines.join('; ');
}

export function describeIssues(error: z.core.$ZodError, limit = 3): string {
  return describeProblems(
    error.issues.map((issue) => ({ path: issue.path, message: problemOf(issue) })),
    limit,
  );
}

export async function fetchJson<S extends z.ZodMiniType>(url: string, schema: S): Promise<z.infer<S>> {
  const file = url.replace(/^.*\//, '');
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new DataError(file, 'could not be loaded (network error)');
  }
  if (!response.ok) throw new DataError(file, `could not be loaded (HTTP ${response.status})`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataError(file, 'is not valid JSON (empty, truncated or not JSON)');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new DataError(file, `does not have the expected shape: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
