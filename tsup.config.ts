import { defineConfig } from 'tsup';

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
    // eld (language detection) ships ESM only, with no "require" export: bundle it so the CJS build loads.
    noExternal: ['eld'],
  },
  {
    // The CLI and its worker: ESM only, run by node directly.
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: ({ format }) => (format === 'esm' ? {} : {}),
  },
]);
