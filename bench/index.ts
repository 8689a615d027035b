/**
 * `npm run bench [-- suite…]`: speed figures, always as a ratio against a peer measured in the
 * same run. Each suite is a module in this folder exporting `run(): Promise<void>`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SUITES = ['text', 'repair', 'html', 'cold', 'cli'] as const;

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  for (const suite of asked.length ? asked : [...SUITES]) {
    const file = join(here, `${suite}.ts`);
    if (!existsSync(file)) {
      console.log(`\n## ${suite}: not available yet`);
      continue;
    }
    console.log(`\n## ${suite}`);
    await ((await import(file)) as { run: () => Promise<void> }).run();
  }
}

await main();
