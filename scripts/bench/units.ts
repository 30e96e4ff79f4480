/**
 * Numbers as the benchmark prints them, in its table and its targets alike: bytes in binary
 * units (GiB, MiB, KiB), the bytes of a target in the decimal units its limit is stated in,
 * seconds and milliseconds.
 */

/** Bytes in binary units, as the table prints them: GiB, MiB, KiB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

/**
 * A gigabyte as the issues state their limits. They are judged in decimal units (10⁹ and 10³
 * bytes), the stricter reading: 4 GB is 3.73 GiB.
 */
export const GB = 1e9;
/** A kilobyte as the issues state their limits: 10³ bytes (see `GB`). */
export const KB = 1e3;

/** Bytes in the decimal units the targets are stated in, with the binary value beside them. */
export function formatTargetBytes(bytes: number): string {
  const decimal = bytes >= GB ? `${(bytes / GB).toFixed(2)} GB` : `${(bytes / KB).toFixed(1)} KB`;
  return `${decimal} (${formatBytes(bytes)})`;
}

/** Milliseconds as seconds with one decimal: `12.3 s`. */
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Milliseconds, rounded: `87 ms`. */
export const millis = (ms: number): string => `${Math.round(ms)} ms`;
