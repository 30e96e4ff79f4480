/**
 * Static hosts cap what one deploy may hold. The build counts its output and names the limits
 * it passes, with the setting that brings the count down, before an upload fails halfway.
 */

/** A published limit of one host plan. */
export interface HostLimit {
  host: string;
  /** Most files one deploy may have. */
  maxFiles?: number;
  /** Most bytes one deploy may have. */
  maxBytes?: number;
  /** Most bytes one file may have. */
  maxFileBytes?: number;
}

const MIB = 1024 * 1024;

/** Limits from the hosts' own documentation (checked November 2026). */
export const HOST_LIMITS: readonly HostLimit[] = [
  { host: 'Cloudflare Pages (Free plan)', maxFiles: 20_000, maxFileBytes: 25 * MIB },
  {
    host: 'Cloudflare Pages (paid plans, with PAGES_WRANGLER_MAJOR_VERSION=4)',
    maxFiles: 100_000,
    maxFileBytes: 25 * MIB,
  },
  { host: 'GitHub Pages', maxBytes: 1024 * MIB },
];

/** What the build wrote: every file with its size in bytes, paths relative to the output. */
export interface OutputFile {
  path: string;
  bytes: number;
}

export interface OutputSummary {
  files: number;
  bytes: number;
  /** Files Pagefind wrote (its fragments grow one per page). */
  pagefindFiles: number;
  largest: OutputFile | undefined;
}

/** Counts and sizes the output. */
export function summarizeOutput(files: readonly OutputFile[]): OutputSummary {
  let bytes = 0;
  let pagefindFiles = 0;
  let largest: OutputFile | undefined;
  for (const file of files) {
    bytes += file.bytes;
    if (file.path.startsWith('pagefind/')) pagefindFiles += 1;
    if (!largest || file.bytes > largest.bytes) largest = file;
  }
  return { files: files.length, bytes, pagefindFiles, largest };
}

/** Ways to make the output smaller, named so an operator can find the setting. */
export const REDUCE_FILES =
  "lower Pagefind's maxFragments (bundles one fragment file per page into fewer files) or publish fewer listing pages (a larger page size for paginated lists)";
const REDUCE_BYTES = 'host the archive elsewhere, or split it by years into several sites';

/** One warning per limit the output passes; none when it fits everywhere. */
export function limitWarnings(summary: OutputSummary, limits: readonly HostLimit[] = HOST_LIMITS): string[] {
  const warnings: string[] = [];
  for (const limit of limits) {
    if (limit.maxFiles !== undefined && summary.files > limit.maxFiles) {
      warnings.push(
        `${summary.files} files exceed ${limit.host}'s limit of ${limit.maxFiles} ` +
          `(${summary.pagefindFiles} of them are Pagefind's). To reduce: ${REDUCE_FILES}.`,
      );
    }
    if (limit.maxBytes !== undefined && summary.bytes > limit.maxBytes) {
      warnings.push(
        `${formatBytes(summary.bytes)} exceed ${limit.host}'s limit of ${formatBytes(limit.maxBytes)}. To reduce: ${REDUCE_BYTES}.`,
      );
    }
    if (limit.maxFileBytes !== undefined && summary.largest && summary.largest.bytes > limit.maxFileBytes) {
      warnings.push(
        `${summary.largest.path} (${formatBytes(summary.largest.bytes)}) exceeds ${limit.host}'s per-file limit of ${formatBytes(limit.maxFileBytes)}.`,
      );
    }
  }
  return warnings;
}

/** `12.3 MB`: bytes for a log line. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
