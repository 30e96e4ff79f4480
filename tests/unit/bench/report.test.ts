import { describe, expect, it } from 'vitest';
import { missingFields } from '../../../scripts/bench/report-check.ts';
import { ratios } from '../../../scripts/bench/report.ts';
import { base, step } from './sample-report.ts';

describe('ratios', () => {
  it('divides the build by the floor and the add rebuild by the no-change one', () => {
    expect(ratios(base)).toEqual({ buildVsFloorWall: 1.5, buildVsFloorCpu: 2.5, addVsNoChange: 1.2 });
    const { floor: _floor, ...withoutFloor } = base;
    expect(ratios(withoutFloor)).toEqual({ addVsNoChange: 1.2 });
  });
});

describe('missingFields', () => {
  it('accepts a complete report and lists what an incomplete one lacks', () => {
    expect(missingFields({ ...base, targets: [] }, { floor: true })).toEqual([]);
    const broken = {
      ...base,
      targets: [],
      rebuild: { ...base.rebuild, noChange: { ...base.rebuild.noChange, phases: step.phases.slice(0, 4) } },
      output: { ...base.output, pages: 0 },
    };
    expect(missingFields(broken)).toEqual([
      'output.pages: expected a number ≥ 1, got 0',
      'rebuild.noChange.phases: no search index phase',
    ]);
    const { floor: _floor, ...withoutFloor } = base;
    expect(missingFields({ ...withoutFloor, targets: [] })).toEqual([]);
    expect(
      missingFields({ ...withoutFloor, ratios: { addVsNoChange: 1 }, targets: [] }, { floor: true }),
    ).toEqual([
      'floor.wallMs: expected a number ≥ 1, got undefined',
      'floor.cpuMs: expected a number ≥ 1, got undefined',
      'floor.peakTreeRssBytes: expected a number ≥ 1, got undefined',
      'floor.routesRendered: expected a number ≥ 1, got undefined',
      'floor.pages: expected a number ≥ 1, got undefined',
      'ratios.buildVsFloorWall: expected a number ≥ 0, got undefined',
      'ratios.buildVsFloorCpu: expected a number ≥ 0, got undefined',
    ]);
    const noText = {
      ...base,
      targets: [],
      search: { ...base.search, text: { ...base.search.text, queries: [] } },
    };
    expect(missingFields(noText)).toEqual(['search.text.queries: expected timings for the query set']);
  });
});
