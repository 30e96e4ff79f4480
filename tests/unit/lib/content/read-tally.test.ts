import { expect, test } from 'vitest';
import { countRead, readTally, tallyLine } from '../../../../src/lib/content/read-tally.ts';

test('says each file was read and parsed once, or names those that were not', () => {
  readTally().clear();
  countRead('/c/a.md', true);
  countRead('/c/b.md', true);
  expect(tallyLine(['/c/a.md', '/c/b.md'])).toEqual({
    line: 'content: 2 article files, each read and parsed once',
    once: true,
  });
  countRead('/c/b.md', true);
  expect(tallyLine(['/c/a.md', '/c/b.md', '/c/c.md'])).toEqual({
    line: 'content: 3 article files, 2 not read and parsed exactly once: /c/b.md (2 reads, 2 parses), /c/c.md (0 reads, 0 parses)',
    once: false,
  });
  readTally().clear();
});
