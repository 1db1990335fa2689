/**
 * Fetches one of the app's own data files and checks it. Every failure becomes a DataError
 * whose message names the file and what is wrong, for the page to show.
 */
import { FileProblem } from './FileProblem.ts';
import { noteLoaded } from './fingerprint.ts';
import { describeProblems, type Validator } from './validate.ts';

export class DataError extends FileProblem {}

/** What any data file may weigh unless its loader says otherwise: the map's largest is under 200 KB. */
export const DATA_FILE_LIMIT = 5_000_000;

const inMegabytes = (bytes: number) => `${Number((bytes / 1e6).toFixed(1))} MB`;

export async function fetchJson<T>(
  url: string,
  validate: Validator<T> | ((input: unknown) => Promise<ReturnType<Validator<T>>>),
  limit = DATA_FILE_LIMIT,
): Promise<T> {
  const file = url.replace(/^.*\//, '');
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new DataError(file, 'could not be loaded (network error)');
  }
  if (!response.ok) throw new DataError(file, `could not be loaded (HTTP ${response.status})`);
  // Too big: from its declared size before its body is read, or from its text before it is parsed.
  const tooBig = (bytes: number) => {
    if (bytes > limit)
      throw new DataError(
        file,
        `is ${inMegabytes(bytes)}, over the ${inMegabytes(limit)} limit for this file`,
      );
  };
  try {
    tooBig(Number(response.headers.get('content-length')));
  } catch (error) {
    void response.body?.cancel();
    throw error;
  }
  let json: unknown;
  try {
    const text = await response.text();
    // Characters, not bytes: never more than the bytes, and enough to stop a file far over the limit.
    tooBig(text.length);
    // Whether this is the file the built page was drawn from.
    noteLoaded(url, text);
    json = JSON.parse(text);
  } catch (error) {
    if (error instanceof DataError) throw error;
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
