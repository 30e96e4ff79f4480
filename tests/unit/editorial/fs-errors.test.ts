import { expect, test } from 'vitest';
import { fileSystemMessage } from '../../../src/lib/editorial/fs-errors.ts';

function fsError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, open '${path}'`), { code, path, syscall: 'open' });
}

test.each([
  [
    'EROFS',
    'content/articles/2022/05/12-x.md.1234567',
    'cannot write content/articles/2022/05/12-x.md: content/ is on a read-only file system. Fix: remount it writable',
  ],
  [
    'ENOSPC',
    'content/people.yaml.987',
    'cannot write content/people.yaml: the disk is full. Fix: free some space, then run the same command again',
  ],
  ['EACCES', 'content/.letopis-lock', 'content/.letopis-lock: permission denied. Fix:'],
  [
    'EISDIR',
    'content/articles/2022/05/12-x.md',
    'content/articles/2022/05/12-x.md is a folder where a file was expected. Fix:',
  ],
])('%s gets one line with the path (not the temporary file) and the fix', (code, path, start) => {
  const message = fileSystemMessage(fsError(code, path), 'content');
  expect(message?.startsWith(start), message).toBe(true);
  expect(message).not.toContain('\n');
});

test('an error that is not the file system’s is left to show as the bug it is', () => {
  expect(fileSystemMessage(new TypeError('x is undefined'), 'content')).toBeUndefined();
  expect(fileSystemMessage('ENOSPC', 'content')).toBeUndefined();
});
