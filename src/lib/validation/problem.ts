/** A content problem, reported as one line an editor can act on. */

export interface ContentProblem {
  /** Path of the offending file, relative to the project. */
  file: string;
  /** The field at fault (`people[1]`, `date`), or `undefined` for the whole file. */
  field?: string | undefined;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix?: string | undefined;
}

/** `content/x.md: date: "2022-13-01" is not a date. Fix: …` */
export function formatProblem({ file, field, message, fix }: ContentProblem): string {
  const where = field ? `${file}: ${field}` : file;
  return `${where}: ${message}${fix ? `. Fix: ${fix}` : ''}`;
}

/** Every problem, one per line, with a count on top, for a terminal or a build error. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length;
  const heading = `${count} content problem${count === 1 ? '' : 's'} found:`;
  return [heading, ...problems.map((problem) => `  ✗ ${formatProblem(problem)}`)].join('\n');
}
