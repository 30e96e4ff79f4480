import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../scripts/bench/args.ts';
import { readSettings } from '../../../src/settings.ts';

describe('parseBenchArgs', () => {
  it('reads every flag', () => {
    expect(
      parseBenchArgs(
        [
          '--articles',
          '300',
          '--floor',
          '--add',
          '50',
          '--json',
          'r.json',
          '--keep',
          '--seed',
          '7',
          '--port',
          '4950',
        ],
        0,
      ),
    ).toEqual({ articles: 300, floor: true, add: 50, json: 'r.json', keep: true, seed: 7, port: 4950 });
  });

  it('defaults: seed 1, no floor, one article added, a free port unless LETOPIS_BENCH_PORT pins one', () => {
    expect(parseBenchArgs(['--articles', '5'], 0)).toMatchObject({
      floor: false,
      add: 1,
      seed: 1,
      port: 0,
      keep: false,
      json: undefined,
    });
    expect(
      parseBenchArgs(['--articles', '5'], readSettings({ LETOPIS_BENCH_PORT: '4951' }).LETOPIS_BENCH_PORT)
        .port,
    ).toBe(4951);
  });

  it('names the bad argument', () => {
    expect(() => parseBenchArgs([], 0)).toThrow(/--articles is required/);
    expect(() => parseBenchArgs(['--articles', 'many'], 0)).toThrow(
      /--articles must be an integer ≥ 1, got "many"/,
    );
    expect(() => parseBenchArgs(['--articles', '3', '--json'], 0)).toThrow(/--json needs a value/);
    expect(() => parseBenchArgs(['--articles', '3', '--fast'], 0)).toThrow(/unknown argument "--fast"/);
    expect(() => parseBenchArgs(['--articles', '3', '--add', '0'], 0)).toThrow(
      /--add must be an integer ≥ 1/,
    );
  });
});
