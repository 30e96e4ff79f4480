import { describe, expect, it } from 'vitest';
import { formatBytes, formatTargetBytes, millis, seconds } from '../../../scripts/bench/units.ts';

describe('byte units', () => {
  it('prints binary units as binary and target units as decimal', () => {
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.00 GiB');
    expect(formatBytes(1536 * 1024)).toBe('1.5 MiB');
    expect(formatBytes(2048)).toBe('2.0 KiB');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatTargetBytes(168_755)).toBe('168.8 KB (164.8 KiB)');
  });
});

describe('times', () => {
  it('prints seconds with one decimal and milliseconds rounded', () => {
    expect(seconds(12_345)).toBe('12.3 s');
    expect(seconds(40)).toBe('0.0 s');
    expect(millis(87.6)).toBe('88 ms');
  });
});
