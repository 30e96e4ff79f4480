/**
 * Compares measured sizes with the budgets of quality.config.ts: one result per budget, the
 * actual size next to the limit. A budget whose page is not audited yet is not measured.
 */
import type { AuditedPage, Budget } from '../../quality.config.ts';
import type { MeasuredFile } from './built-site.ts';
import { totalSize } from './sizes.ts';

/** What a budget check needs from the built site. */
export interface SiteMeasurer {
  htmlAndCss(path: string): MeasuredFile[];
  javascript(path: string, alsoLoads?: readonly string[]): Promise<MeasuredFile[]>;
  fonts(): MeasuredFile[];
}

export interface BudgetResult {
  label: string;
  /** Bytes counted against the limit; undefined when not measured. */
  actual?: number;
  /** Brotli bytes, for the report (hosts that serve Brotli send this much). */
  brotli?: number;
  limit: number;
  files: MeasuredFile[];
  status: 'ok' | 'over' | 'not measured';
}

const KB = 1024;

/** Measures every budget; never throws for a size, only for a broken build. */
export async function checkBudgets(
  budgets: readonly Budget[],
  pages: readonly AuditedPage[],
  site: SiteMeasurer,
): Promise<BudgetResult[]> {
  const results: BudgetResult[] = [];
  for (const budget of budgets) {
    if (budget.kind === 'fonts') {
      const files = site.fonts();
      results.push(
        verdict('fonts (.woff2, as stored)', totalSize(files).raw, undefined, budget.bytesKB, files),
      );
      continue;
    }
    const label = `${budget.page}: ${budget.kind === 'js' ? 'JavaScript' : 'HTML+CSS'} (gzip)`;
    const page = pages.find((candidate) => candidate.name === budget.page);
    if (!page) {
      results.push({ label, limit: budget.gzipKB * KB, files: [], status: 'not measured' });
      continue;
    }
    const files =
      budget.kind === 'js' ? await site.javascript(page.path, budget.alsoLoads) : site.htmlAndCss(page.path);
    const total = totalSize(files);
    results.push(verdict(label, total.gzip, total.brotli, budget.gzipKB, files));
  }
  return results;
}

function verdict(
  label: string,
  actual: number,
  brotli: number | undefined,
  limitKB: number,
  files: MeasuredFile[],
): BudgetResult {
  const limit = limitKB * KB;
  return {
    label,
    actual,
    ...(brotli === undefined ? {} : { brotli }),
    limit,
    files,
    status: actual <= limit ? 'ok' : 'over',
  };
}
