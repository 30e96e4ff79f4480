/**
 * How fast the machine is right now, for reading a run's times: a fixed CPU-bound task (SHA-256
 * over 1 GiB) timed on one thread, then on one thread per core at once. Shared and burstable
 * machines vary by several times from hour to hour (measured here: the same task 2–25× apart),
 * and two "cores" may deliver the work of one; a run's times mean little without this.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface MachineSpeed {
  /** Milliseconds for the task on one thread. */
  singleMs: number;
  /** Milliseconds until every thread finished its own copy of the task, one per core. */
  parallelMs: number;
  threads: number;
  /** How many cores' work the parallel run did: threads × single ÷ parallel (ideal = threads). */
  effectiveCores: number;
}

const TASK = `
const { createHash } = require('node:crypto');
const block = Buffer.alloc(1 << 20, 7);
const hash = createHash('sha256');
for (let i = 0; i < 1024; i += 1) hash.update(block);
hash.digest();
require('node:worker_threads').parentPort.postMessage(0);
`;

function runTask(): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(TASK, { eval: true });
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
}

/** Times the task once alone, then on every core at once. */
export async function machineSpeed(): Promise<MachineSpeed> {
  createHash('sha256').update('warm up').digest();
  const threads = availableParallelism();
  let started = performance.now();
  await runTask();
  const singleMs = performance.now() - started;
  started = performance.now();
  await Promise.all(Array.from({ length: threads }, runTask));
  const parallelMs = performance.now() - started;
  return {
    singleMs: Math.round(singleMs),
    parallelMs: Math.round(parallelMs),
    threads,
    effectiveCores: Math.round(((threads * singleMs) / parallelMs) * 10) / 10,
  };
}
