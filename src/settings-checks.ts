/**
 * The checks an environment variable's text passes before the settings (settings.ts) use it:
 * a whole number, a port, a 1/0 flag, a folder, or a value one of the deploy module's functions
 * normalizes. Each failure's message says what is wrong and the fix; the settings put the
 * variable's name and value before it, so a bad value is one line.
 */
import { z } from 'astro/zod';

/** A whole number ≥ `min`, written as digits; `example` is shown in the fix. */
export function wholeNumber(min: number, example: number) {
  const fix = `write a whole number such as ${example}, or unset it for the default`;
  return z
    .string()
    .trim()
    .regex(/^\d+$/, `is not a whole number. Fix: ${fix}`)
    .transform(Number)
    .refine((value) => value >= min, `is less than ${min}. Fix: ${fix}`);
}

/** A TCP port, or 0 where the system may pick a free one. */
export const port = (example: number) =>
  wholeNumber(0, example).refine(
    (value) => value <= 65_535,
    'is above 65535. Fix: use a port from 1024 to 65535',
  );

/** `1` (on) or `0` (off). */
export const flag = z
  .string()
  .trim()
  .regex(/^[01]$/, 'is neither 1 nor 0. Fix: write 1 to turn it on, or unset it')
  .transform((value) => value === '1');

/** A folder; trailing slashes dropped. */
export const folder = z
  .string()
  .trim()
  .min(1, 'is empty. Fix: name a folder, or unset it for the default')
  .transform((value) => value.replace(/(.)\/+$/, '$1'));

/** A value checked by one of the deploy module's functions, which throw with the fix. */
export function checkedBy(normalize: (value: string | undefined) => string) {
  return z
    .string()
    .optional()
    .transform((value, context) => {
      try {
        return normalize(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    });
}
