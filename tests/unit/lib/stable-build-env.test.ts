import { expect, test } from 'vitest';
import { dropShellVariables } from '../../../src/lib/stable-build-env.ts';

test("the shell's last command is dropped; the build's own settings stay", () => {
  const env: NodeJS.ProcessEnv = { _: '/usr/bin/npx', LETOPIS_CONTENT: 'content', BASE_PATH: '/letopis/' };
  dropShellVariables(env);
  expect(env).toEqual({ LETOPIS_CONTENT: 'content', BASE_PATH: '/letopis/' });
});
