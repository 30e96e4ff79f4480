/**
 * Chromium's record of how far the page's content moved without the reader doing anything
 * (the Layout Instability API behind Cumulative Layout Shift): 0 when nothing moved.
 */
import type { Page } from '@playwright/test';

/** The page's layout shifts so far (those right after input excepted): their sum, and what moved. */
export interface LayoutShifts {
  score: number;
  /** Each element that moved: `tag.class` and its box before → after (x, y, width, height). */
  moved: string[];
}

/** The page's layout shifts so far, those right after input excepted. */
export function layoutShifts(page: Page): Promise<LayoutShifts> {
  return page.evaluate(
    () =>
      new Promise<LayoutShifts>((resolve) => {
        interface LayoutShift extends PerformanceEntry {
          value: number;
          hadRecentInput: boolean;
          sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        }
        const box = (rect: DOMRectReadOnly) =>
          [rect.x, rect.y, rect.width, rect.height].map((value) => Math.round(value)).join(',');
        const name = (node: Node | null) =>
          node instanceof Element
            ? `${node.localName}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}`
            : String(node?.nodeName);
        const report = (entries: LayoutShift[]): LayoutShifts => {
          const shifts = entries.filter((entry) => !entry.hadRecentInput);
          return {
            score: shifts.reduce((total, entry) => total + entry.value, 0),
            moved: shifts.flatMap((entry) =>
              entry.sources.map(
                (source) =>
                  `${name(source.node)} ${box(source.previousRect)} → ${box(source.currentRect)} at ${Math.round(entry.startTime)} ms`,
              ),
            ),
          };
        };
        // A buffered observer reports the shifts so far in one call, and does not call at all when
        // there were none: the timeout stands for that answer.
        const timer = setTimeout(() => resolve({ score: 0, moved: [] }), 500);
        new PerformanceObserver((list, observer) => {
          clearTimeout(timer);
          observer.disconnect();
          resolve(report(list.getEntries() as LayoutShift[]));
        }).observe({ type: 'layout-shift', buffered: true });
      }),
  );
}
