/**
 * Preloaded (`node --import`) by the read-only and full-disk faults where the machine lends no
 * mount namespace to make a real read-only folder or a real full tmpfs: the command's writes
 * under `path` fail with `code` (`EROFS`, `ENOSPC`) once `after` files have been written,
 * exactly as the kernel reports it (code, errno, syscall, path). Installed before anything
 * loads, so graceful-fs's copy of `fs` gets it too. Its settings come in its own URL
 * (`injectFsError` in support.ts), so the command sees no variable of it.
 */
import fs from 'node:fs';
import { constants } from 'node:os';

const settings = new URL(import.meta.url).searchParams;
const code = settings.get('code') ?? 'ENOSPC';
const under = settings.get('path') ?? '/nonexistent';
let allowed = Number(settings.get('after') ?? '0');

function failure(syscall: string, path: string): NodeJS.ErrnoException {
  const errno = (constants.errno as Record<string, number>)[code] ?? 28;
  return Object.assign(new Error(`${code}: injected, ${syscall} '${path}'`), {
    code,
    errno: -errno,
    syscall,
    path,
  });
}

function hit(path: unknown): boolean {
  return typeof path === 'string' && path.startsWith(under) && allowed-- <= 0;
}

const openSync = fs.openSync;
fs.openSync = ((path: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
  const writing = typeof flags === 'string' ? /[wa+]/.test(flags) : (flags ?? 0) !== 0;
  if (writing && hit(path)) throw failure('open', String(path));
  return openSync(path, flags ?? 'r', mode);
}) as typeof fs.openSync;

const mkdir = fs.mkdir;
fs.mkdir = ((path: fs.PathLike, ...rest: unknown[]) => {
  const callback = rest.at(-1) as (error: NodeJS.ErrnoException | null) => void;
  if (code === 'EROFS' && hit(path)) return process.nextTick(() => callback(failure('mkdir', String(path))));
  return (mkdir as (...args: unknown[]) => void)(path, ...rest);
}) as typeof fs.mkdir;
