/**
 * Every build writes into a staging folder beside the output folder and replaces the output
 * only once it has finished (run by src/integrations/fresh-output.ts), so a build that fails,
 * is interrupted (Ctrl+C) or killed leaves the previous output whole and still served; the
 * staging folder it leaves is deleted by the next build.
 *
 * The swap is two renames: the old output aside (`.letopis-old-<name>-<pid>-<time>`), the
 * staging folder (`.letopis-new-<name>-<pid>`) in its place; a `.git` folder inside the output
 * (a deploy checkout) moves from the one to the other in between. A build stopped between those steps is
 * repaired by the next one before it starts: the old output and its `.git` are put back. The
 * old output is deleted in the background by a process of its own (decision 0006), which the
 * build does not wait for. Where the output folder cannot be renamed (a mount point), it is
 * emptied and filled with the staging folder's files instead, as Astro would fill it.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The prefix of an old output moved aside, next to the output folder. */
export const OLD_OUTPUT_PREFIX = '.letopis-old-';
/** The prefix of a staging folder, next to the output folder. */
export const NEW_OUTPUT_PREFIX = '.letopis-new-';

/** The staging folder of the build in process `pid` for `outDir`. */
export function stagingFolder(outDir: string, pid = process.pid): string {
  return join(dirname(outDir), `${NEW_OUTPUT_PREFIX}${basename(outDir)}-${pid}`);
}

/** The output folder a staging folder replaces; any other folder is its own. */
export function publishedFolder(dir: string): string {
  const match = new RegExp(`^${NEW_OUTPUT_PREFIX.replace('.', '\\.')}(.+)-\\d+$`).exec(basename(dir));
  return match ? join(dirname(dir), match[1]!) : dir;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The old outputs and stopped builds' staging folders of `outDir`, with the process of each. */
function leftoversOf(outDir: string): { asides: Map<string, number>; stagings: Map<string, number> } {
  const parent = dirname(outDir);
  const name = basename(outDir);
  const asides = new Map<string, number>();
  const stagings = new Map<string, number>();
  for (const entry of existsSync(parent) ? readdirSync(parent) : []) {
    const aside = new RegExp(`^${OLD_OUTPUT_PREFIX}${escape(name)}-(\\d+)-\\d+$`).exec(entry);
    if (aside) asides.set(join(parent, entry), Number(aside[1]));
    const staging = new RegExp(`^${NEW_OUTPUT_PREFIX}${escape(name)}-(\\d+)$`).exec(entry);
    if (staging && Number(staging[1]) !== process.pid && !isRunning(Number(staging[1])))
      stagings.set(join(parent, entry), Number(staging[1]));
  }
  return { asides, stagings };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Before a build of `outDir`: repairs an output whose swap was stopped halfway, makes `staging`
 * an empty folder, and returns the leftovers of earlier builds to delete.
 */
export function prepareStaging(outDir: string, staging: string): string[] {
  const { asides, stagings } = leftoversOf(outDir);
  if (!existsSync(outDir)) {
    // Stopped between the two renames: the old output is aside and the stopped build's staging beside it.
    const halfSwapped = [...asides].find(([, pid]) => [...stagings.values()].includes(pid));
    if (halfSwapped) {
      renameSync(halfSwapped[0], outDir);
      asides.delete(halfSwapped[0]);
    }
  }
  if (existsSync(outDir) && !existsSync(join(outDir, '.git'))) {
    // Stopped after the output's .git moved to the new output, before the new output replaced it.
    const withGit = [...stagings.keys()].find((folder) => existsSync(join(folder, '.git')));
    if (withGit) renameSync(join(withGit, '.git'), join(outDir, '.git'));
  }
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return [...asides.keys(), ...stagings.keys()];
}

/**
 * After the build: `staging` becomes `outDir`. Returns the old output, moved aside, for the
 * caller to delete (none when there was none or it had to be emptied in place).
 */
export function publishStaging(staging: string, outDir: string): string | undefined {
  if (!existsSync(outDir)) {
    renameSync(staging, outDir);
    return undefined;
  }
  const aside = join(dirname(outDir), `${OLD_OUTPUT_PREFIX}${basename(outDir)}-${process.pid}-${Date.now()}`);
  try {
    renameSync(outDir, aside);
  } catch {
    fillInPlace(staging, outDir);
    return undefined;
  }
  if (existsSync(join(aside, '.git'))) renameSync(join(aside, '.git'), join(staging, '.git'));
  renameSync(staging, outDir);
  return aside;
}

/**
 * Empties `outDir` (a folder that cannot be renamed), all but its `.git`, and moves or copies
 * `staging`'s files into it.
 */
function fillInPlace(staging: string, outDir: string): void {
  for (const name of readdirSync(outDir))
    if (name !== '.git') rmSync(join(outDir, name), { recursive: true, force: true, maxRetries: 3 });
  for (const name of readdirSync(staging)) {
    try {
      renameSync(join(staging, name), join(outDir, name));
    } catch {
      // Another file system (the output is a mount point): copied.
      cpSync(join(staging, name), join(outDir, name), { recursive: true });
    }
  }
  rmSync(staging, { recursive: true, force: true });
}
