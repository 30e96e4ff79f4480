/**
 * Checks `content/synonyms.yaml` (optional): a YAML list of groups, each group against its
 * schema, and no spelling in two groups (a search for it would widen to both, which is two
 * groups that are one). Every problem names the file, the group and the spelling.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { synonymGroupSchema, type SynonymGroup } from '../../schemas/synonyms.ts';
import { normalizeName } from '../names/normalize.ts';
import { yamlMessage } from '../content/article-file.ts';
import type { ContentProblem } from './problem.ts';
import { zodProblems } from './zod-problems.ts';

/** The groups of the file at `path` (none when it is missing) and every problem found. */
export function checkSynonyms(
  path: string,
  file: string,
): { groups: SynonymGroup[]; problems: ContentProblem[] } {
  if (!existsSync(path)) return { groups: [], problems: [] };
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'), { prettyErrors: true });
  } catch (error) {
    const message = `is not valid YAML: ${yamlMessage(error)}`;
    return { groups: [], problems: [{ file, message, fix: 'correct the YAML syntax at that line' }] };
  }
  if (data === null) return { groups: [], problems: [] };
  if (!Array.isArray(data))
    return {
      groups: [],
      problems: [
        {
          file,
          message: 'must be a YAML list of groups (each starting with "- variants:")',
          fix: 'write one "- variants: [Брексит, Брекзит, Brexit]" entry per group',
        },
      ],
    };
  const groups: SynonymGroup[] = [];
  const problems: ContentProblem[] = [];
  const owner = new Map<string, number>();
  data.forEach((entry: unknown, index) => {
    const result = synonymGroupSchema.safeParse(entry, { reportInput: true });
    if (!result.success) {
      for (const problem of zodProblems(file, result.error))
        problems.push({
          ...problem,
          field: `[${index}]${problem.field ? `.${problem.field}` : ''}`,
          fix: problem.fix ?? 'list two or more spellings, each as written',
        });
      return;
    }
    result.data.variants.forEach((variant, at) => {
      // Case, ё/е, hyphens and spaces do not tell spellings apart, as in search.
      const key = normalizeName(variant);
      const first = owner.get(key) ?? index;
      owner.set(key, first);
      if (first !== index)
        problems.push({
          file,
          field: `[${index}].variants[${at}]`,
          message: `"${variant}" is already a spelling of group [${first}]`,
          fix: 'keep each spelling in one group: merge the two groups or remove it from one',
        });
    });
    groups.push(result.data);
  });
  return { groups, problems };
}
