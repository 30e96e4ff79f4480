/**
 * Progress of a long import on stderr: in a terminal one line redrawn in place (at most a few
 * times a second), elsewhere — a log, CI — a plain line every `every` lines, so logs stay
 * short and a pipeline's stdout carries only the summary.
 */

/** Where progress goes: a writable stream that may be a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
}

const REDRAW_MS = 200;

export class Progress {
  readonly #stream: ProgressStream;
  readonly #every: number;
  readonly #now: () => number;
  #lastDraw = Number.NEGATIVE_INFINITY;
  #drawn = false;

  constructor(stream: ProgressStream, options: { every?: number; now?: () => number } = {}) {
    this.#stream = stream;
    this.#every = options.every ?? 1000;
    this.#now = options.now ?? Date.now;
  }

  /** Reports that `lines` lines have been read; `detail` is e.g. "12 added, 1 failed". */
  update(lines: number, detail: string, fraction?: number): void {
    const percent = fraction === undefined ? '' : ` (${Math.floor(fraction * 100)}%)`;
    const text = `${lines} lines read${percent}: ${detail}`;
    if (this.#stream.isTTY) {
      if (this.#now() - this.#lastDraw < REDRAW_MS) return;
      this.#lastDraw = this.#now();
      this.#stream.write(`\r\x1b[2K${text}`);
      this.#drawn = true;
    } else if (this.#every > 0 && lines % this.#every === 0) {
      this.#stream.write(`${text}\n`);
    }
  }

  /** Clears the redrawn line before other output is printed. */
  clear(): void {
    if (this.#drawn) this.#stream.write('\r\x1b[2K');
    this.#drawn = false;
    this.#lastDraw = Number.NEGATIVE_INFINITY;
  }
}
