/**
 * Chromium's record of how far the page's content moved without the reader doing anything
 * (the Layout Instability API behind Cumulative Layout Shift): 0 when nothing moved.
 */
import type { Page } from '@playwright/test';

/** The sum of the page's layout shifts so far, those right after input excepted. */
export function layoutShiftScore(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        interface LayoutShift extends PerformanceEntry {
          value: number;
          hadRecentInput: boolean;
        }
        const sum = (entries: PerformanceEntryList) =>
          (entries as LayoutShift[]).reduce(
            (total, entry) => total + (entry.hadRecentInput ? 0 : entry.value),
            0,
          );
        // A buffered observer reports the shifts so far in one call, and does not call at all when
        // there were none: the timeout stands for that answer.
        const timer = setTimeout(() => resolve(0), 500);
        new PerformanceObserver((list, observer) => {
          clearTimeout(timer);
          observer.disconnect();
          resolve(sum(list.getEntries()));
        }).observe({ type: 'layout-shift', buffered: true });
      }),
  );
}
