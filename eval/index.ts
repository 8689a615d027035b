/**
 * `npm run eval [-- suite…]`: quality figures over ../shared/datasets (or COPYDESK_DATASETS).
 * Each suite is a module in this folder exporting `run(): Promise<void>`; with no argument all run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { datasetsDir, missingData, projectRoot } from './datasets.js';

export const SUITES = ['text', 'html', 'mojibake', 'decode'] as const;

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const suites = asked.length ? asked : [...SUITES];
  const missing = missingData(datasetsDir());
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  for (const suite of suites) {
    const file = join(projectRoot, 'eval', `${suite}.ts`);
    if (!existsSync(file)) {
      console.log(`\n## ${suite}: not available yet`);
      continue;
    }
    const mod = (await import(file)) as { run: () => Promise<void> };
    console.log(`\n## ${suite}`);
    await mod.run();
  }
}

await main();
