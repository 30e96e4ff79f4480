/**
 * A small scheduler for jobs whose cost (memory) must stay bounded while they run side by side:
 * the search index runs one Pagefind process per shard, each holding its shard's pages.
 */

/**
 * Runs `task` over `items` in order, at most `slots` at a time and, while another runs, only if
 * the running items' costs stay within `budget` (an item over budget runs alone).
 */
export async function withinBudget<T>(
  items: readonly T[],
  limits: { slots: number; budget: number; cost: (item: T) => number },
  task: (item: T) => Promise<void>,
): Promise<void> {
  const pending = [...items];
  const running = new Set<Promise<void>>();
  const failures: unknown[] = [];
  let spent = 0;
  while ((pending.length > 0 && failures.length === 0) || running.size > 0) {
    const fits = pending.findIndex((item) => spent + limits.cost(item) <= limits.budget);
    const next = running.size === 0 ? 0 : fits;
    if (failures.length === 0 && pending.length > 0 && running.size < limits.slots && next >= 0) {
      const [item] = pending.splice(next, 1) as [T];
      const cost = limits.cost(item);
      spent += cost;
      const run: Promise<void> = task(item)
        .catch((error: unknown) => void failures.push(error))
        .finally(() => {
          spent -= cost;
          running.delete(run);
        });
      running.add(run);
      continue;
    }
    await Promise.race(running);
  }
  // The first failure is the one to report; the others ran to their end meanwhile.
  if (failures.length > 0) throw failures[0];
}
