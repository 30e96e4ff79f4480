/**
 * The content lock as the editorial commands use it (src/lib/editorial/content-lock.ts): wait
 * for another run and say so once, or with --no-wait refuse with exit 2; Ctrl+C while waiting
 * exits 130 with nothing written; a lock taken away mid-run stops the run (exit 2); a folder
 * that cannot hold the lock (read-only, full) gets its one-line message and exit 2.
 */
import { assertContentFolder, ContentError } from '../src/lib/editorial/content-store.ts';
import {
  ContentLocked,
  describeOwner,
  lockContent,
  type Release,
} from '../src/lib/editorial/content-lock.ts';
import { fileSystemMessage } from '../src/lib/editorial/fs-errors.ts';

/** Exits 2 with a one-line message (no usage: the command line was right). */
export function failWith(message: string): never {
  console.error(message);
  process.exit(2);
}

/** Takes the lock of the content folder `root` for `command`, or exits. */
export async function takeContentLock(root: string, command: string, wait: boolean): Promise<Release> {
  try {
    assertContentFolder(root);
  } catch (error) {
    if (error instanceof ContentError) failWith(error.message);
    throw error;
  }
  let cancelled = false;
  const onInterrupt = () => {
    cancelled = true;
  };
  process.on('SIGINT', onInterrupt);
  try {
    const release = await lockContent(root, {
      command,
      wait,
      cancelled: () => cancelled,
      onWait: (owner) =>
        console.error(
          `${root}/ is being written by ${describeOwner(owner)}: waiting for it to finish (Ctrl+C to stop; --no-wait refuses instead of waiting)`,
        ),
      onCompromised: () =>
        failWith(
          `${root}/.letopis-lock was taken over by another run while this one was writing: stopped so the two do not overwrite each other. What was written is whole; run the same command again`,
        ),
    });
    if (!release) {
      console.error('Stopped while waiting; nothing was written.');
      process.exit(130);
    }
    return release;
  } catch (error) {
    if (error instanceof ContentLocked)
      failWith(`${error.message}: try again when it has finished, or leave out --no-wait to wait for it`);
    const message = fileSystemMessage(error, root);
    if (message) failWith(message);
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}
