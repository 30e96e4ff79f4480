/**
 * `npm run test:faults`: tries every fault of faults.ts — each a real command on real files in
 * its own scratch folder — two at a time (the machines have two cores; two builds never), and prints one line per
 * fault and `N faults tried, N handled`. Exits 1 when a fault was not handled. `--grep <text>`
 * runs the faults whose name or area holds the text.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import setUpScratch from '../support/scratch-root.ts';
import { FAULTS } from './faults.ts';
import { HAS_MOUNT_NAMESPACE, type Fault } from './support.ts';

const { values } = parseArgs({ options: { grep: { type: 'string' } } });
const faults = FAULTS.filter((fault) => !values.grep || `${fault.area}: ${fault.name}`.includes(values.grep));
const CONCURRENCY = 2;

const removeScratch = setUpScratch();
const started = Date.now();
console.log(
  `Trying ${faults.length} faults${HAS_MOUNT_NAMESPACE ? '' : ' (no mount namespace here: read-only and full disks are injected errors)'}`,
);

let handled = 0;
const failures: string[] = [];
const pending = [...faults];
/** The `serial` groups of the faults being tried. */
const busy = new Set<string>();
let finished: { promise: Promise<void>; resolve: () => void } = Promise.withResolvers<void>();

/** Tries the next fault that may run now (none of its `serial` group under way), until none is left. */
async function worker(): Promise<void> {
  while (pending.length > 0) {
    const index = pending.findIndex((fault) => !fault.serial || !busy.has(fault.serial));
    if (index === -1) {
      await finished.promise;
      continue;
    }
    const [fault] = pending.splice(index, 1) as [Fault];
    if (fault.serial) busy.add(fault.serial);
    const line = await tryFault(fault);
    if (fault.serial) busy.delete(fault.serial);
    console.log(line);
    const done = finished;
    finished = Promise.withResolvers<void>();
    done.resolve();
  }
}

async function tryFault(fault: Fault): Promise<string> {
  const scratch = mkdtempSync(join(tmpdir(), 'letopis-fault-'));
  const begun = Date.now();
  const seconds = () => `${((Date.now() - begun) / 1000).toFixed(1)} s`;
  try {
    await fault.run(scratch);
    handled += 1;
    return `  ✓ ${fault.area}: ${fault.name} (${seconds()})`;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    failures.push(`${fault.area}: ${fault.name}\n    ${reason.split('\n').join('\n    ')}`);
    return `  ✗ ${fault.area}: ${fault.name} (${seconds()})`;
  }
}

await Promise.all(Array.from({ length: CONCURRENCY }, worker));
removeScratch();
if (failures.length > 0) console.log(`\nNot handled:\n  ${failures.join('\n  ')}`);
console.log(
  `\n${faults.length} faults tried, ${handled} handled (${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
process.exitCode = handled === faults.length ? 0 : 1;
