/**
 * Fetches one of the app's own data files and checks it. Every failure becomes a DataError
 * whose message names the file and what is wrong, for the page to show.
 */
import { FileProblem } from './FileProblem.ts';
import { noteLoaded } from './fingerprint.ts';
import { describeProblems, type Validator } from './validate.ts';

export class DataError extends FileProblem {}

export async function fetchJson<T>(
  url: string,
  validate: Validator<T> | ((input: unknown) => Promise<ReturnType<Validator<T>>>),
): Promise<T> {
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
    const text = await response.text();
    // Whether this is the file the built page was drawn from.
    noteLoaded(url, text);
    json = JSON.parse(text);
  } catch {
    throw new DataError(file, 'is not valid JSON (empty, truncated or not JSON)');
  }
  // Checking a file is a task of its own: on a phone, parsing and checking the map's largest
  // file in one go would hold the page for over 100 ms.
  await new Promise((resolve) => setTimeout(resolve));
  const checked = await validate(json);
  if (!checked.ok) {
    throw new DataError(file, `does not have the expected shape: ${describeProblems(checked.problems)}`);
  }
  return checked.value;
}
