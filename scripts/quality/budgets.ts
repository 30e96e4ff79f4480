/**
 * `npm run test:budgets`: measures the built site against the budgets in quality.config.ts,
 * prints actual vs budget, exits 1 when anything is over. Build first (`npm run build`);
 * LETOPIS_OUT_DIR picks another output folder.
 */
import { auditedPages, budgets } from '../../quality.config.ts';
import { settings } from '../../src/settings.ts';
import { BuiltSite } from './built-site.ts';
import { checkBudgets } from './check-budgets.ts';
import { formatKB } from './sizes.ts';

const results = await (async () => {
  try {
    return await checkBudgets(budgets, auditedPages, new BuiltSite(settings().LETOPIS_OUT_DIR));
  } catch (error) {
    // A missing build or file is not a size problem: say what is wrong, without a stack trace.
    console.error(
      `Size budgets cannot be checked: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
})();

for (const result of results) {
  const mark = { ok: 'ok  ', over: 'OVER', 'not measured': 'skip' }[result.status];
  const actual = result.actual === undefined ? 'page not in auditedPages yet' : formatKB(result.actual);
  const brotli = result.brotli === undefined ? '' : ` (brotli ${formatKB(result.brotli)})`;
  console.log(`${mark} ${result.label}: ${actual}${brotli} / budget ${formatKB(result.limit)}`);
  if (result.status === 'over') {
    for (const file of result.files)
      console.log(`       ${file.file}: gzip ${formatKB(file.gzip)}, raw ${formatKB(file.raw)}`);
  }
}
const over = results.filter((result) => result.status === 'over');
if (over.length > 0) {
  console.error(`\n${over.length} budget(s) exceeded; see quality.config.ts for the budgets.`);
  process.exit(1);
}
