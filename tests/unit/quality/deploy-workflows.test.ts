/**
 * The deployment workflows as GitHub reads them: deploy.yml and the daily import both build
 * through .github/actions/build-site, which keeps Astro's cache between runs keyed by the code;
 * the daily import runs on a schedule, imports the file a repository variable names, commits,
 * builds and deploys. Their shell steps run in tests/integration/daily-import.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  if?: string;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const BUILD_SITE = '.github/actions/build-site/action.yml';
const action = parseYaml(read(BUILD_SITE)) as { inputs: Record<string, unknown>; runs: { steps: Step[] } };
const deploy = parseYaml(read('.github/workflows/deploy.yml')) as Workflow;
const daily = parseYaml(read('.github/workflows/daily-import.yml')) as Workflow;
const steps = action.runs.steps;
const indexOf = (list: Step[], found: (step: Step) => boolean) => {
  const index = list.findIndex(found);
  expect(index, 'a step is missing').toBeGreaterThanOrEqual(0);
  return index;
};

describe('the build action', () => {
  const restore = steps.find((step) => step.uses?.startsWith('actions/cache/restore@'))!;
  const save = steps.find((step) => step.uses?.startsWith('actions/cache/save@'))!;

  test('restores Astro’s cache folder, every base’s, after npm ci and before the build', () => {
    expect(restore.with?.['path']).toBe('node_modules/.astro*');
    expect(save.with?.['path']).toBe('node_modules/.astro*');
    const install = indexOf(steps, (step) => step.run?.trim() === 'npm ci --no-audit --no-fund');
    const restored = steps.indexOf(restore);
    const build = indexOf(steps, (step) => step.run?.trim() === 'npm run build');
    const saved = steps.indexOf(save);
    const upload = indexOf(steps, (step) => !!step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect([install, restored, build, saved, upload]).toEqual(
      [...[install, restored, build, saved, upload]].sort((a, b) => a - b),
    );
    expect(steps[upload]!.with?.['path']).toBe('dist/');
  });

  test('keys the cache by the code, so a code change starts clean; each run saves its own entry', () => {
    const code = "hashFiles('package-lock.json', 'astro.config.mjs', 'src/**')";
    const key = restore.with?.['key'] ?? '';
    expect(key).toContain(code);
    expect(key).toMatch(/\$\{\{ github\.run_id \}\}/);
    // Content is not in the key: new articles are what the cache makes cheap.
    expect(key).not.toMatch(/content/);
    // The only fallback is the newest entry of the same code.
    const restoreKeys = (restore.with?.['restore-keys'] ?? '').trim().split('\n');
    expect(restoreKeys).toEqual([key.slice(0, key.indexOf('${{ github.run_id }}'))]);
    expect(restoreKeys[0]).toContain(code);
    expect(save.with?.['key']).toBe('${{ steps.astro-cache.outputs.cache-primary-key }}');
    expect(restore.id).toBe('astro-cache');
  });
});

describe('deploy.yml', () => {
  test('builds through the build action and deploys to Pages', () => {
    const build = deploy.jobs['build']!.steps;
    expect(build.map((step) => step.uses?.split('@')[0])).toEqual([
      'actions/checkout',
      './.github/actions/build-site',
    ]);
    expect(deploy.jobs['deploy']!.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
    expect(deploy.concurrency?.group).toBe('pages');
  });
});

describe('daily-import.yml', () => {
  const job = daily.jobs['import']!;
  const named = (id: string) => job.steps.find((step) => step.id === id)!;

  test('runs every day and by hand', () => {
    expect(daily.on).toHaveProperty('workflow_dispatch');
    const [schedule] = daily.on['schedule'] as { cron: string }[];
    expect(schedule!.cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });

  test('imports the file the IMPORT_SOURCE variable names, a path or a URL', () => {
    expect(named('fetch').env).toEqual({ IMPORT_SOURCE: '${{ vars.IMPORT_SOURCE }}' });
    expect(named('fetch').run).toMatch(/curl --fail/);
    expect(named('import').run).toMatch(/npm run --silent import -- "\$IMPORT_FILE"/);
  });

  test('commits and pushes the new articles, then builds incrementally only when something changed', () => {
    const order = ['fetch', 'import', 'commit'].map((id) => job.steps.indexOf(named(id)));
    const push = indexOf(job.steps, (step) => !!step.run?.includes('git push'));
    const build = indexOf(job.steps, (step) => step.uses === './.github/actions/build-site');
    expect([...order, push, build]).toEqual([...order, push, build].sort((a, b) => a - b));
    expect(job.steps[push]!.if).toBe("steps.commit.outputs.changed == 'true'");
    expect(job.steps[build]!.if).toBe("steps.commit.outputs.changed == 'true'");
    expect(job.steps[build]!.with?.['install']).toBe('false');
    expect(job.permissions).toEqual({ contents: 'write' });
    expect(daily.permissions).toEqual({});
  });

  test('deploys what was imported, and ends red when a line failed', () => {
    const deployJob = daily.jobs['deploy']!;
    expect(deployJob.needs).toBe('import');
    expect(deployJob.if).toContain("needs.import.outputs.changed == 'true'");
    expect(deployJob.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deployJob.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
    const failing = job.steps.at(-1)!;
    expect(failing.if).toBe("steps.import.outputs.status == '1'");
    expect(failing.run).toMatch(/exit 1/);
    // Shares deploy.yml's group: one deployment at a time.
    expect(daily.concurrency).toEqual(deploy.concurrency);
  });
});

test('every action in the deployment files is pinned by a full commit SHA with its version noted', () => {
  for (const file of [BUILD_SITE, '.github/workflows/deploy.yml', '.github/workflows/daily-import.yml']) {
    const uses = read(file)
      .split('\n')
      .filter((line) => line.includes('uses:') && !line.includes('uses: ./'));
    expect(uses.length, file).toBeGreaterThan(0);
    for (const line of uses)
      expect(line, file).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  }
});
