/**
 * Whether two builds wrote the same site byte for byte: the rebuild's output against a clean
 * build of the same content (the benchmark's add step). Lists the files that differ, or that
 * only one of them has, so a stale page or search list names itself.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './output-stats.ts';

export interface OutputComparison {
  /** Files in the clean build. */
  files: number;
  /** True when both folders hold the same files with the same bytes. */
  equal: boolean;
  /** Files both have with different bytes, at most `MAX_LISTED`. */
  differing: string[];
  /** Files only the rebuild has, then only the clean build has, at most `MAX_LISTED` each. */
  onlyInRebuild: string[];
  onlyInClean: string[];
  /** How many files differ or are in one folder only, listed or not. */
  differingCount: number;
}

/** The most file names each list of the report holds (the count holds them all). */
export const MAX_LISTED = 50;

/** Compares the folder `rebuild` with the folder `clean`, file by file. */
export function compareOutputs(rebuild: string, clean: string): OutputComparison {
  const rebuilt = new Set(listFiles(rebuild));
  const cleanFiles = listFiles(clean);
  const differing: string[] = [];
  const onlyInClean: string[] = [];
  for (const file of cleanFiles) {
    if (!rebuilt.delete(file)) onlyInClean.push(file);
    else if (!sameBytes(join(rebuild, file), join(clean, file))) differing.push(file);
  }
  const onlyInRebuild = [...rebuilt];
  const differingCount = differing.length + onlyInClean.length + onlyInRebuild.length;
  return {
    files: cleanFiles.length,
    equal: differingCount === 0,
    differing: differing.slice(0, MAX_LISTED),
    onlyInRebuild: onlyInRebuild.slice(0, MAX_LISTED),
    onlyInClean: onlyInClean.slice(0, MAX_LISTED),
    differingCount,
  };
}

function sameBytes(a: string, b: string): boolean {
  return statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));
}
