/** Every fault of the suite, by area. */
import { concurrencyFaults } from './concurrency.ts';
import { contentFolderFaults } from './content-folder.ts';
import { damagedCacheFaults } from './damaged-cache.ts';
import { hostileBuildFaults } from './hostile-build.ts';
import { importInputFaults } from './import-input.ts';
import type { Fault } from './support.ts';
import { validationFaults } from './validation.ts';

/** The slow ones first, so they overlap the many short ones. */
export const FAULTS: readonly Fault[] = [
  ...hostileBuildFaults,
  ...damagedCacheFaults,
  ...concurrencyFaults,
  ...contentFolderFaults,
  ...importInputFaults,
  ...validationFaults,
];
