/**
 * The words of a finished bundle, kept beside it in the cache folder (`<bundle>.words.json`):
 * written by the worker that indexed the bundle (pagefind-bundle-worker.ts), read back for a
 * bundle a build reuses, and read from the bundle itself when the file is missing (a cache
 * from before the word directory).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { bundleWords } from './bundle-words.ts';

function wordsFile(bundlePath: string): string {
  return `${bundlePath}.words.json`;
}

/** Reads the words of the bundle at `bundlePath` and keeps them beside it. */
export function saveBundleWords(bundlePath: string): string[] {
  const words = bundleWords(bundlePath);
  writeFileSync(wordsFile(bundlePath), JSON.stringify(words));
  return words;
}

/** The words of the bundle at `bundlePath`, from the file beside it when there is one. */
export function shardWords(bundlePath: string): string[] {
  try {
    return JSON.parse(readFileSync(wordsFile(bundlePath), 'utf8')) as string[];
  } catch {
    return saveBundleWords(bundlePath);
  }
}
