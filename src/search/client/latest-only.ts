/**
 * Runs an async task for the newest request only. Search runs on every keystroke, and
 * Pagefind cannot cancel a search once started; queueing every keystroke's search would make
 * the last one wait behind all the others. So: a request starts at once when nothing runs;
 * while a run is under way, later requests replace each other and only the newest runs next.
 */
export function latestOnly<T>(task: (value: T) => Promise<void>): (value: T) => void {
  let running = false;
  let waiting: { value: T } | undefined;
  const drain = async () => {
    running = true;
    while (waiting) {
      const { value } = waiting;
      waiting = undefined;
      // A failed run must not stop the ones after it; the task reports its own errors.
      await task(value).catch((error: unknown) => console.error(error));
    }
    running = false;
  };
  return (value) => {
    waiting = { value };
    if (!running) void drain();
  };
}
