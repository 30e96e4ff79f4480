/**
 * Keeps the shell's bookkeeping out of the build. Astro inlines into a module that reads
 * `import.meta.env` as a whole every environment variable whose name occurs in its source, and
 * its own actions runtime does: the variable `_` (the path of the last command the shell ran)
 * occurs in every source. Its value changes with the way the build is started (`npm run build`,
 * `npx astro build`, a CI step), and with it the code hash of every page that imports that
 * runtime: a rebuild of 20,000 articles started another way rendered 37,642 of its 46,105 routes
 * again, not ~1,500.
 */

/** The variables a shell sets for its own use, never meant for the programs it starts. */
export const SHELL_VARIABLES = ['_'] as const;

/** Removes the shell's own variables from `env` (the process environment by default). */
export function dropShellVariables(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of SHELL_VARIABLES) delete env[name];
}
