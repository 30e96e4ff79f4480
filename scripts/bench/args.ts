/**
 * The benchmark's command line:
 * `--articles <N> [--floor] [--add K] [--json <file>] [--keep] [--seed S] [--port P]`.
 */
import { settings } from '../../src/settings.ts';

export interface BenchArgs {
  articles: number;
  /** Also build the same corpus as a bare Astro site indexed by stock Pagefind (floor.ts). */
  floor: boolean;
  /** Articles added, dated the day after the newest, before the measured rebuild. */
  add: number;
  json: string | undefined;
  keep: boolean;
  seed: number;
  port: number;
}

export const USAGE =
  'usage: npm run bench -- --articles <N> [--floor] [--add <K>] [--json <file>] [--keep] [--seed <S>] [--port <P>]';

/** Parses the arguments; throws an Error that names the bad one and shows the usage. */
export function parseBenchArgs(argv: string[], defaultPort = settings().LETOPIS_BENCH_PORT): BenchArgs {
  // Port 0 lets the system pick a free one; LETOPIS_BENCH_PORT pins it (a developer's own range).
  const args: BenchArgs = {
    articles: 0,
    floor: false,
    add: 1,
    json: undefined,
    keep: false,
    seed: 1,
    port: defaultPort,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
      return next;
    };
    const integer = (min: number) => {
      const text = value();
      const number = Number(text);
      if (!Number.isInteger(number) || number < min)
        throw new Error(`${flag} must be an integer ≥ ${min}, got "${text}"\n${USAGE}`);
      return number;
    };
    if (flag === '--articles') args.articles = integer(1);
    else if (flag === '--floor') args.floor = true;
    else if (flag === '--add') args.add = integer(1);
    else if (flag === '--json') args.json = value();
    else if (flag === '--keep') args.keep = true;
    else if (flag === '--seed') args.seed = integer(0);
    else if (flag === '--port') args.port = integer(0);
    else throw new Error(`unknown argument "${flag}"\n${USAGE}`);
  }
  if (args.articles === 0) throw new Error(`--articles is required\n${USAGE}`);
  return args;
}
