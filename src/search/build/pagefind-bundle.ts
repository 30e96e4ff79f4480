/**
 * Writes one Pagefind bundle from search records through Pagefind's Node API (which ignores
 * pagefind.yml: options live here). Any error Pagefind reports throws, naming what failed.
 */
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';
import type { PagefindRecord } from './content-records.ts';

/** Thrown when Pagefind reports any error; the message lists them all. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** The outcome of writing one bundle. */
export interface BundleReport {
  records: number;
  milliseconds: number;
  outputPath: string;
}

// Records go to the Pagefind process in batches: one awaited round trip per record costs
// seconds per thousand records on a busy machine.
const BATCH = 64;

function fail(step: string, errors: readonly string[]): never {
  throw new SearchIndexError(
    `Pagefind could not ${step}:\n${errors.map((error) => `  - ${error}`).join('\n')}`,
  );
}

/**
 * Indexes `records` into a bundle at `outputPath`, in the order given (Pagefind numbers pages
 * in the order it receives them, so the same records in the same order make the same bundle).
 * The Pagefind process is closed afterwards, which returns its memory to the system.
 */
export async function writeBundle(
  records: readonly PagefindRecord[],
  outputPath: string,
): Promise<BundleReport> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
  if (!index || errors.length > 0) fail('start', errors);
  try {
    for (let start = 0; start < records.length; start += BATCH) {
      // Sent together, answered in order: Pagefind keeps the order of the messages.
      const added = await Promise.all(
        records.slice(start, start + BATCH).map((record) => index.addCustomRecord(record)),
      );
      added.forEach((response, offset) => {
        if (response.errors.length > 0) fail(`index ${records[start + offset]?.url}`, response.errors);
      });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail(`write ${outputPath}`, written.errors);
    return {
      records: records.length,
      milliseconds: Math.round(performance.now() - started),
      outputPath: written.outputPath,
    };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
