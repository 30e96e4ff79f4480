/**
 * The article bodies of a build as UTF-8 bytes in shared memory: read once from their files
 * (read-content.ts), decoded one at a time where one is rendered, and handed to the search
 * job's worker thread without a copy (a `SharedArrayBuffer` crosses `workerData` by reference).
 * As strings 100,000 bodies would take ~350 MB in each thread that holds them.
 */

/** Where one text lies in a pool: its chunk and its byte range there. */
export interface TextRef {
  chunk: number;
  start: number;
  end: number;
}

/** Bytes per chunk: large enough for few chunks, small enough that the last one wastes little. */
const CHUNK_BYTES = 8 * 1024 * 1024;

/** Texts in shared chunks; `chunks` is what another thread needs to read them (`TextPool.of`). */
export class TextPool {
  readonly chunks: SharedArrayBuffer[];
  #used: number;

  private constructor(chunks: SharedArrayBuffer[]) {
    this.chunks = chunks;
    this.#used = chunks.length === 0 ? CHUNK_BYTES : chunks[chunks.length - 1]!.byteLength;
  }

  /** An empty pool. */
  static empty(): TextPool {
    return new TextPool([]);
  }

  /** A pool over chunks another thread filled (read only: adding starts a new chunk). */
  static of(chunks: SharedArrayBuffer[]): TextPool {
    return new TextPool(chunks);
  }

  /** Copies `bytes` (UTF-8) into the pool. */
  add(bytes: Uint8Array): TextRef {
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined || this.#used + bytes.byteLength > chunk.byteLength) {
      // A text longer than a chunk gets a chunk of its own size.
      chunk = new SharedArrayBuffer(Math.max(CHUNK_BYTES, bytes.byteLength));
      this.chunks.push(chunk);
      this.#used = 0;
    }
    new Uint8Array(chunk, this.#used, bytes.byteLength).set(bytes);
    const ref = { chunk: this.chunks.length - 1, start: this.#used, end: this.#used + bytes.byteLength };
    this.#used = ref.end;
    return ref;
  }

  /** The text at `ref`, decoded. */
  text(ref: TextRef): string {
    const chunk = this.chunks[ref.chunk];
    if (chunk === undefined) throw new Error(`no chunk ${ref.chunk} in this text pool`);
    return Buffer.from(chunk, ref.start, ref.end - ref.start).toString('utf8');
  }
}
