/**
 * `npm run goldens [-- DIR…]`: regenerate every existing `fixtures/**\/NAME.expected.json` on
 * purpose, printing what changed, and create the missing goldens of the inputs under each DIR
 * (default: fixtures/seeds). Review the diff before committing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { cleanArticle } from '../src/index.js';
import { diffGolden, listFixtures, readBytes, serializeGolden, toGolden, type Golden } from '../src/golden/index.js';
import { projectRoot } from '../eval/datasets.js';

const createUnder = (process.argv.slice(2).length ? process.argv.slice(2) : ['fixtures/seeds']).map((d) => resolve(projectRoot, d) + sep);

for (const fx of listFixtures(join(projectRoot, 'fixtures'))) {
  if (!existsSync(fx.expected) && !createUnder.some((d) => fx.input.startsWith(d))) continue;
  const golden = toGolden(cleanArticle(readBytes(fx.input)));
  const name = relative(projectRoot, fx.expected);
  if (existsSync(fx.expected)) {
    const diff = diffGolden(JSON.parse(readFileSync(fx.expected, 'utf8')) as Golden, golden);
    if (diff.length === 0) {
      console.log(`unchanged ${name}`);
      continue;
    }
    console.log(`updated ${name}:\n  ${diff.join('\n  ')}`);
  } else {
    console.log(`created ${name}`);
  }
  writeFileSync(fx.expected, serializeGolden(golden));
}
