/**
 * Fixture pairs: every input `fixtures/**\/NAME.<ext>` (not `*.expected.json`) with its sibling
 * `NAME.expected.json`. Inputs are read as bytes, exactly as the CLI reads files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

export interface FixturePair {
  input: string;
  expected: string;
  name: string;
}

export const EXPECTED_SUFFIX = '.expected.json';

export function expectedPathFor(input: string): string {
  const ext = extname(input);
  return input.slice(0, input.length - ext.length) + EXPECTED_SUFFIX;
}

export function listFixtures(dir: string): FixturePair[] {
  if (!existsSync(dir)) return [];
  const out: FixturePair[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...listFixtures(path));
    else if (!entry.endsWith(EXPECTED_SUFFIX) && !entry.startsWith('.')) out.push({ input: path, expected: expectedPathFor(path), name: basename(path) });
  }
  return out;
}

export const readBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
