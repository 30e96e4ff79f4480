/**
 * What the editorial commands say when the file system refuses: one line naming the path, what
 * is wrong and what to do, instead of a stack trace. Every write is atomic (content-store.ts),
 * so whatever was written before the error is whole, and a re-run skips it.
 */

/** A Node file-system error: its code and, usually, the path it was about. */
type FsError = NodeJS.ErrnoException & { path?: string };

/** write-file-atomic writes `<file>.<number>` first; the error names that temporary file. */
function shownPath(path: string | undefined): string {
  return (path ?? 'the content folder').replace(/\.\d+$/, '');
}

/**
 * The one-line explanation of a file-system error met while writing to or reading the content
 * folder `root`, or `undefined` for an error that is not the file system's (a bug: let it show).
 */
export function fileSystemMessage(error: unknown, root: string): string | undefined {
  if (!(error instanceof Error) || typeof (error as FsError).code !== 'string') return undefined;
  const { code, path } = error as FsError;
  const where = shownPath(path);
  const rerun = 'what was written before is whole, and the same command run again skips it';
  switch (code) {
    case 'EROFS':
      return `cannot write ${where}: ${root}/ is on a read-only file system. Fix: remount it writable, or pass --content <a writable copy of the folder>`;
    case 'ENOSPC':
      return `cannot write ${where}: the disk is full. Fix: free some space, then run the same command again (${rerun})`;
    case 'EDQUOT':
      return `cannot write ${where}: your disk quota is used up. Fix: free some space, then run the same command again (${rerun})`;
    case 'EACCES':
    case 'EPERM':
      return `${where}: permission denied. Fix: run as a user who may read and write ${root}/ and the input, or pass --content <a folder you may write to>`;
    case 'EISDIR':
      return `${where} is a folder where a file was expected. Fix: remove or rename that folder`;
    case 'ENOTDIR':
      return `${where}: a part of that path is a file, not a folder. Fix: remove or rename the file that stands in the way`;
    case 'EMFILE':
    case 'ENFILE':
      return `too many open files while working on ${where}. Fix: raise the limit (ulimit -n) and run the same command again`;
    case 'EIO':
      return `the disk failed to read or write ${where} (I/O error). Fix: check the disk, then run the same command again (${rerun})`;
    default:
      return undefined;
  }
}
