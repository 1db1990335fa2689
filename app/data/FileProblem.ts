/**
 * A problem with one file, said the way a reader or an editor needs it: `file: problem`.
 * The page (DataError), the content tool (ContentError) and the geo pipeline
 * (GeoSourceError) each name their own kind; what to do with them is the same.
 */
export class FileProblem extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = new.target.name;
  }
}
