import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../scripts/bench/args.ts';

describe('parseBenchArgs', () => {
  it('reads every flag', () => {
    expect(
      parseBenchArgs(
        ['--articles', '300', '--json', 'r.json', '--keep', '--seed', '7', '--port', '4950'],
        {},
      ),
    ).toEqual({ articles: 300, json: 'r.json', keep: true, seed: 7, port: 4950 });
  });

  it('defaults: seed 1, a free port unless LETOPIS_BENCH_PORT pins one', () => {
    expect(parseBenchArgs(['--articles', '5'], {})).toMatchObject({
      seed: 1,
      port: 0,
      keep: false,
      json: undefined,
    });
    expect(parseBenchArgs(['--articles', '5'], { LETOPIS_BENCH_PORT: '4951' }).port).toBe(4951);
  });

  it('names the bad argument', () => {
    expect(() => parseBenchArgs([], {})).toThrow(/--articles is required/);
    expect(() => parseBenchArgs(['--articles', 'many'], {})).toThrow(
      /--articles must be an integer ≥ 1, got "many"/,
    );
    expect(() => parseBenchArgs(['--articles', '3', '--json'], {})).toThrow(/--json needs a value/);
    expect(() => parseBenchArgs(['--articles', '3', '--fast'], {})).toThrow(/unknown argument "--fast"/);
  });
});
