import { expect, test } from 'vitest';
import { judgeScores, type LighthouseResult } from '../../../scripts/quality/lighthouse-verdict.ts';

const result: LighthouseResult = {
  categories: {
    performance: { title: 'Performance', score: 0.96, auditRefs: [{ id: 'cls', weight: 25 }] },
    accessibility: {
      title: 'Accessibility',
      score: 0.98,
      auditRefs: [
        { id: 'color-contrast', weight: 7 },
        { id: 'html-has-lang', weight: 7 },
        { id: 'manual', weight: 0 },
      ],
    },
  },
  audits: {
    cls: { title: 'Cumulative Layout Shift', score: 0.9, scoreDisplayMode: 'numeric', displayValue: '0.07' },
    'color-contrast': { title: 'Low contrast', score: 0, scoreDisplayMode: 'binary' },
    'html-has-lang': { title: 'Has lang', score: 1, scoreDisplayMode: 'binary' },
    manual: { title: 'Check by hand', score: null, scoreDisplayMode: 'manual' },
  },
};

test('scores each category against its threshold and explains the failures', () => {
  expect(judgeScores(result, { performance: 95, accessibility: 100 })).toEqual([
    {
      id: 'performance',
      score: 96,
      threshold: 95,
      passed: true,
      failingAudits: ['Cumulative Layout Shift (0.07)'],
    },
    { id: 'accessibility', score: 98, threshold: 100, passed: false, failingAudits: ['Low contrast'] },
  ]);
});

test('a category Lighthouse did not score fails', () => {
  expect(judgeScores(result, { seo: 100 })).toEqual([
    { id: 'seo', score: 0, threshold: 100, passed: false, failingAudits: [] },
  ]);
});
