import { defineConfig, type Options } from 'tsup';

/**
 * Dependencies bundled into every build. eld (language detection) ships ESM only, with no "require"
 * export: bundled, the CJS build loads it, and the lazy `require` in src/fields/language.ts becomes a
 * deferred initialisation, so its tables are built on the first detection only (in the library and in
 * each CLI worker alike). The CLI tests build with the same list (test/cli/helpers.ts).
 */
export const BUNDLED = ['eld'];

/**
 * How bundled dependencies are built in: the `require('eld/extrasmall')` must resolve although eld
 * exports only an "import" condition, so requires may match "import" too (it changes nothing for
 * external dependencies, which esbuild does not resolve).
 */
export const BUNDLE_OPTIONS: Pick<Options, 'noExternal' | 'esbuildOptions'> = {
  noExternal: BUNDLED,
  esbuildOptions(options) {
    options.conditions = [...(options.conditions ?? []), 'import'];
  },
};

export default defineConfig([
  {
    // The library: ESM and CJS with types.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    ...BUNDLE_OPTIONS,
  },
  {
    // The CLI and its worker: ESM only, run by node directly.
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    ...BUNDLE_OPTIONS,
  },
]);
