/** Errors that the CLI prints as one clear line each; anything else is a bug and shows its stack. */
export class InhaleError extends Error {
  override name = 'InhaleError';
}

/** One thing wrong with one file, at one line. */
export interface Problem {
  file: string;
  line: number;
  /** Dotted path of the front-matter field, when the problem is in one. */
  field?: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.field ? `${problem.field}: ` : '';
  return `${problem.file}:${problem.line}: ${where}${problem.message}`;
}

/** An entry file that cannot be read as an entry. */
export class EntryError extends InhaleError {
  override name = 'EntryError';
  constructor(
    readonly problems: Problem[],
    options?: { cause?: unknown },
  ) {
    super(problems.map(formatProblem).join('\n'), options);
  }
}

/** The innermost InhaleError in an error's cause chain (Eleventy wraps plugin errors). */
export function innermostInhaleError(error: unknown): InhaleError | undefined {
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    if (current instanceof InhaleError) return current;
    current =
      (current as { cause?: unknown; originalError?: unknown }).cause ??
      (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}
