/** Turns Zod issues into content problems: one per field, in words an editor can act on. */
import type { z } from 'astro/zod';
import type { ContentProblem } from './problem.ts';

/** `people[1]`, `date`, `aliases[0]`: a Zod issue path as an editor would write it. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function describe(issue: z.core.$ZodIssue): { message: string; fix: string | undefined } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return { message: 'is required but missing', fix: `add the field (${issue.expected})` };
      }
      return {
        message: `must be ${issue.expected}, got ${JSON.stringify(issue.input)}`,
        fix: `write a value of type ${issue.expected}`,
      };
    case 'unrecognized_keys':
      return {
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`,
        fix: 'remove it or correct its spelling (see the content model in README.md)',
      };
    case 'invalid_value':
      return {
        message: `${JSON.stringify(issue.input)} is not allowed`,
        fix: `use one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'custom': {
      // A schema's own check may say how to fix what it found.
      const fix: unknown = issue.params?.['fix'];
      return { message: issue.message, fix: typeof fix === 'string' ? fix : undefined };
    }
    default:
      return { message: issue.message, fix: undefined };
  }
}

/** One problem per Zod issue, naming the file and the field. */
export function zodProblems(file: string, error: z.ZodError, prefix = ''): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = `${prefix}${fieldPath(issue.path)}` || undefined;
    return { file, field, ...describe(issue) };
  });
}
