/**
 * The folder the archive is built from: `content/` unless `LETOPIS_CONTENT` names another
 * (the test fixture archive, a benchmark corpus). Relative to the project root.
 */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return (env['LETOPIS_CONTENT'] ?? 'content').replace(/\/+$/, '');
}
