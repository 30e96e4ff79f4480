/**
 * Reads the output files an Astro 7 incremental build recorded in its manifest
 * (`<cacheDir>/incremental-build.json`): every page it rendered or reused, as a path relative
 * to the output folder. The manifest is Astro's internal format, so a shape other than the one
 * this was written against is an error, never an empty list.
 */
import { z } from 'astro/zod';

/** Where Astro 7 keeps the incremental build's manifest, in its cache folder. */
export const MANIFEST_FILE = 'incremental-build.json';
/**
 * Where it keeps a copy of every page, in its cache folder. Astro writes a page it renders to
 * the output and, with the same body, to this copy; a page it reuses comes from the copy.
 */
export const CACHED_OUTPUT = 'dist';

const manifestSchema = z.object({
  /** Astro's cache format version; the shape below is version 1's. */
  version: z.literal(1),
  /** Per route component, its paths and the output file each was written to. */
  routes: z.record(
    z.string(),
    z.object({ paths: z.record(z.string(), z.object({ outputFile: z.string() })) }),
  ),
});

/** The output files of a parsed manifest, as `/`-separated paths relative to the output folder. */
export function recordedOutputFiles(manifest: unknown): Set<string> {
  const parsed = manifestSchema.safeParse(manifest);
  if (!parsed.success)
    throw new Error(
      `Astro's incremental build manifest has a shape this code does not know (${parsed.error.issues[0]?.message ?? 'invalid'} at ` +
        `${parsed.error.issues[0]?.path.join('.') ?? ''}). Fix: update src/lib/incremental-manifest.ts for this Astro version.`,
    );
  const files = new Set<string>();
  for (const route of Object.values(parsed.data.routes))
    for (const { outputFile } of Object.values(route.paths)) files.add(decodeURI(outputFile));
  return files;
}
