/**
 * A full garbage collection, now. V8 collects when a thread allocates; a thread that then only
 * waits keeps its garbage resident all that time. The search job, once it has read the content
 * and written the lists, waits minutes for the Pagefind processes (0.55 GiB of garbage at 20,000
 * articles, through the page generation where the build's memory peaks); Astro's thread, once
 * the pages are written, waits for the index. `gc` is exposed to a fresh context for the call
 * (the flag affects only contexts made after it is set).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
