/**
 * The command line, declared with commander: `copydesk [options] [paths…]` and
 * `copydesk check DIR [--update]`. Parsing only: the actions are handed in by main.
 */
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Format, Mode } from './protocol.js';

export interface CleanCommand {
  paths: string[];
  format: Format | null;
  out: string | null;
  input: 'files' | 'jsonl';
  mode: Mode;
  url?: string;
  contentType?: string;
  disable: string[];
  dom?: 'linkedom' | 'jsdom';
  jobs: number;
  quiet: boolean;
  explain: boolean;
  report: string | null;
}

export interface CheckCommand {
  dir: string;
  update: boolean;
  jobs: number;
  quiet: boolean;
}

/** The most worker threads `--jobs` accepts. */
export const MAX_JOBS = 256;

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_JOBS) throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_JOBS}`);
  return n;
}

function collectList(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

const jobsOption = () =>
  new Option('-j, --jobs <n>', 'worker threads').argParser(parseJobs).default(availableParallelism(), 'the number of cores');

export function buildProgram(
  version: string,
  onClean: (c: CleanCommand) => Promise<void>,
  onCheck: (c: CheckCommand) => Promise<void>,
): Command {
  const program = new Command('copydesk')
    .description('Clean scraped news articles: headline, dateline, byline, body and source, with a note for every change.')
    .version(version, '-V, --version')
    .argument('[paths...]', 'files, folders (walked recursively), globs, or - for standard input (the default)')
    .addOption(new Option('-f, --format <format>', 'output format (default: json for one input, jsonl for many)').choices(['json', 'jsonl', 'text', 'markdown']))
    .option('-o, --out <dir>', 'write one file per input under DIR, mirroring the input tree')
    .addOption(new Option('--input <kind>', 'what the inputs hold: files, or JSONL records {id, text|html|bytes_b64, url?, contentType?}').choices(['files', 'jsonl']).default('files'))
    .addOption(new Option('--mode <mode>', 'how to read the input').choices(['auto', 'text', 'html']).default('auto'))
    .option('--url <url>', "the page's address (a hint for dates and site names)")
    .option('--content-type <type>', 'a Content-Type header for the bytes (its charset is honoured)')
    .option('--disable <ids>', 'rule ids or families to switch off, comma-separated (repeatable)', collectList)
    .addOption(new Option('--dom <engine>', 'HTML engine').choices(['linkedom', 'jsdom']))
    .addOption(jobsOption())
    .option('-q, --quiet', 'no progress bar (errors are still printed)')
    .option('--explain', 'print every note as `path:line: reason [ruleId]` instead of the articles')
    .option('--report <file>', 'write a self-contained HTML report of every block and its label')
    .showHelpAfterError('(run copydesk --help for usage)')
    .action(async (paths: string[], o: Record<string, unknown>) => {
      await onClean({
        paths,
        format: (o.format as Format | undefined) ?? null,
        out: (o.out as string | undefined) ?? null,
        input: o.input as 'files' | 'jsonl',
        mode: o.mode as Mode,
        url: o.url as string | undefined,
        contentType: o.contentType as string | undefined,
        disable: (o.disable as string[] | undefined) ?? [],
        dom: o.dom as 'linkedom' | 'jsdom' | undefined,
        jobs: o.jobs as number,
        quiet: o.quiet === true,
        explain: o.explain === true,
        report: (o.report as string | undefined) ?? null,
      });
    });

  program
    .command('check')
    .description('compare each input in DIR with its sibling NAME.expected.json; exit 1 on any difference')
    .argument('<dir>', 'folder of fixtures (walked recursively)')
    .option('-u, --update', 'rewrite the goldens from the current output')
    .addOption(jobsOption())
    .option('-q, --quiet', 'print only differences, missing goldens and the summary')
    .action(async (dir: string, o: Record<string, unknown>) => {
      await onCheck({ dir, update: o.update === true, jobs: o.jobs as number, quiet: o.quiet === true });
    });

  return program;
}
