/**
 * `npm run goldens`: regenerate every `fixtures/**\/NAME.expected.json` on purpose, printing what
 * changed. Review the diff before committing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cleanArticle } from '../src/index.js';
import { diffGolden, listFixtures, readBytes, serializeGolden, toGolden, type Golden } from '../src/golden/index.js';
import { projectRoot } from '../eval/datasets.js';

for (const fx of listFixtures(join(projectRoot, 'fixtures'))) {
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
