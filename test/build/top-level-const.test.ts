// The build step that declares the bundle's never-reassigned top-level `var`s `const` again
// (scripts/top-level-const.ts): it changes only what is safe, and the built library still loads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { constTopLevel } from '../../scripts/top-level-const.js';
import { buildLibrary } from '../cli/helpers.js';

describe('constTopLevel', () => {
  it('declares const the top-level vars that are never assigned again', () => {
    const { code, names } = constTopLevel('var A = 1;\nvar B = new Int32Array(4);\nfunction f() { B[0] = A; return B; }\nexport { f };\n');
    expect(names).toEqual(['A', 'B']);
    expect(code).toBe('const A = 1;\nconst B = new Int32Array(4);\nfunction f() { B[0] = A; return B; }\nexport { f };\n');
  });

  it('keeps var where a name is written again, or has no first value', () => {
    const source = [
      'var plain = 0;',
      'var added = 0;',
      'var bumped = 0;',
      'var spread = 0, kept = 1;',
      'var looped = "";',
      'var later;',
      'var shadowed = 0;',
      'function f(o) {',
      '  plain = 1; added += 2; bumped++; [spread] = [o];',
      '  for (looped of ["a"]) ;',
      '  later = 3;',
      '  { let shadowed = 1; shadowed = 2; }',
      '}',
      'export { f, kept };',
    ].join('\n');
    const { code, names } = constTopLevel(source);
    // A local of the same name assigned keeps the top-level one a var too (speed lost, never correctness).
    expect(names).toEqual([]);
    expect(code).toBe(source);
  });

  it('names the chunk as the source of its map', () => {
    const { map } = constTopLevel('var A = 1;\nexport { A };\n', 'dist/index.js');
    expect(map.sources).toEqual(['dist/index.js']);
    expect(map.mappings.length).toBeGreaterThan(0);
  });
});

describe('the built library', () => {
  it('declares its constants const and cleans an article', async () => {
    const path = await buildLibrary();
    const code = readFileSync(path, 'utf8');
    expect((code.match(/^const /gm) ?? []).length).toBeGreaterThan(100);
    const { cleanArticle } = (await import(path)) as typeof import('../../src/index.js');
    const article = cleanArticle('A headline for the test page\n\nBy Jane Doe\n\nThe council voted on Tuesday to approve the budget for the new library, which opens next year.\n');
    expect(article.body).toContain('The council voted on Tuesday');
  }, 120_000);
});
