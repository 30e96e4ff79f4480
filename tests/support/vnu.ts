/**
 * The Nu HTML Checker (`vnu-jar`, the W3C validator) over built HTML, on the machine's Java
 * (11 or newer). Errors only: warnings are advice, errors are invalid HTML.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** One error the checker reported. */
export interface VnuError {
  url: string;
  line: number | undefined;
  message: string;
  extract: string | undefined;
}

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** Checks every `.html` file under the given files or folders; returns the errors. */
export function validateHtml(paths: readonly string[]): VnuError[] {
  const result = spawnSync(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', ...paths],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (result.error) {
    throw new Error(
      `Could not run Java for the Nu HTML Checker (${result.error.message}): install a JRE, e.g. apt-get install default-jre-headless`,
    );
  }
  // vnu writes its JSON report to stderr.
  const report = JSON.parse(result.stderr || result.stdout) as {
    messages: {
      type: string;
      subType?: string;
      url?: string;
      lastLine?: number;
      message: string;
      extract?: string;
    }[];
  };
  return report.messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => ({
      url: message.url ?? '',
      line: message.lastLine,
      message: message.message,
      extract: message.extract,
    }));
}

/** One line per error, for a readable test failure. */
export function describeErrors(errors: readonly VnuError[]): string[] {
  return errors.map(
    (error) =>
      `${error.url}:${error.line ?? '?'}: ${error.message}${error.extract ? ` — ${error.extract.trim()}` : ''}`,
  );
}
