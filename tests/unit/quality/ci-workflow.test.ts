import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

interface Step {
  uses?: string;
  run?: string;
}
interface Workflow {
  permissions: unknown;
  jobs: Record<string, { permissions?: unknown; steps: Step[] }>;
}

const workflow = parseYaml(read('.github/workflows/ci.yml')) as Workflow;
const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

test('the workflow runs the same checks as npm test, in the same order', () => {
  const npmTest = packageJson.scripts['test']?.split('&&').map((command) => command.trim());
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const checks = steps.flatMap((step) => (step.run?.startsWith('npm run ') ? [step.run.trim()] : []));
  expect(checks).toEqual(npmTest);
});

test('no permissions by default, read-only contents per job', () => {
  expect(workflow.permissions).toEqual({});
  for (const job of Object.values(workflow.jobs)) expect(job.permissions).toEqual({ contents: 'read' });
});

test('every action is pinned by a full commit SHA with its version noted', () => {
  const uses = read('.github/workflows/ci.yml')
    .split('\n')
    .filter((line) => line.includes('uses:'));
  expect(uses.length).toBeGreaterThan(0);
  for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
});
