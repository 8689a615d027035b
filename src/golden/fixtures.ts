/**
 * Fixture pairs: every article input `fixtures/**\/NAME.<txt|html|htm|bin>` (never `*.expected.*`)
 * with its sibling `NAME.expected.json`. Inputs are read as bytes, exactly as the CLI reads files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

export interface FixturePair {
  input: string;
  expected: string;
  name: string;
}

export const EXPECTED_SUFFIX = '.expected.json';
/** Article inputs; anything else in fixtures/ (scripts, manifests, other expected files) is not one. */
export const INPUT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.bin']);
const isInput = (name: string): boolean => INPUT_EXTENSIONS.has(extname(name).toLowerCase()) && !name.includes('.expected.') && !name.startsWith('.');

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
    else if (isInput(entry)) out.push({ input: path, expected: expectedPathFor(path), name: basename(path) });
  }
  return out;
}

export const readBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
