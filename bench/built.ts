/**
 * The library the benches time: the bundle built from src/ as dist/index.js is built (ESM, node20,
 * dependencies external), not the TypeScript sources run through tsx. The built bundle is what
 * users install, and the sources run through tsx's per-file transform take about 1.3× its CPU time
 * on the same machine, in the same process (plain-text cleaning, passes alternating).
 */
import { pathToFileURL } from 'node:url';
import type { cleanArticle, repairText } from '../src/index.js';
import { buildBenchLibrary } from '../test/cli/helpers.js';

export interface BuiltLibrary {
  cleanArticle: typeof cleanArticle;
  repairText: typeof repairText;
  clearCaches: () => void;
}

/** Builds (once per state of src/) and loads the bundle. */
export async function builtLibrary(): Promise<BuiltLibrary> {
  return (await import(pathToFileURL(await buildBenchLibrary()).href)) as BuiltLibrary;
}
