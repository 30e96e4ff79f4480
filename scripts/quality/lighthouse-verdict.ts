/**
 * Reads a Lighthouse result: the four category scores (0–100), which fall below their
 * thresholds, and the failing audits that explain why.
 */

/** The part of a Lighthouse result (LHR) this module reads. */
export interface LighthouseResult {
  categories: Record<
    string,
    { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }
  >;
  audits: Record<
    string,
    { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
  >;
}

export interface CategoryVerdict {
  id: string;
  score: number;
  threshold: number;
  passed: boolean;
  /** Audits that cost points in this category, e.g. "Links do not have a discernible name". */
  failingAudits: string[];
}

/** Each threshold's category, scored; a category missing from the result scores 0. */
export function judgeScores(
  result: LighthouseResult,
  thresholds: Readonly<Record<string, number>>,
): CategoryVerdict[] {
  return Object.entries(thresholds).map(([id, threshold]) => {
    const category = result.categories[id];
    const score = Math.round((category?.score ?? 0) * 100);
    const failingAudits = (category?.auditRefs ?? []).flatMap((ref) => {
      const audit = result.audits[ref.id];
      const failing = audit && audit.score !== null && audit.score < 1 && isScored(audit.scoreDisplayMode);
      return failing ? [`${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`] : [];
    });
    return { id, score, threshold, passed: score >= threshold, failingAudits };
  });
}

function isScored(mode: string): boolean {
  return mode === 'binary' || mode === 'numeric' || mode === 'metricSavings';
}
