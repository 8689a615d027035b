import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig, type Options } from 'tsup';

/** The module id that src/fields/language.ts requires for the language detector in a built bundle. */
export const ELD_TABLES_MODULE = 'copydesk:eld-tables';
/**
 * eld's n-gram set: "extrasmall" (the same 60 languages as "small"; see src/fields/language.ts for
 * the accuracy and memory figures that chose it). Run from source, language.ts loads eld/extrasmall.
 */
const ELD_TABLES = 'extrasmall';

/**
 * The language detector's tables as one JSON string. eld ships them as a JavaScript object literal:
 * evaluating eld/small's costs a worker thread +145 MB resident, the same tables from JSON.parse
 * +55 MB (measured in a worker thread: 186 vs 97 MB with the tables loaded; detection identical on
 * 12,256 texts: language, reliability and scores). This plugin turns
 * `require('copydesk:eld-tables')` into a module exporting eld's own `createEld` and the tables as a
 * JSON string; the require is lazily called, so esbuild defers the module's initialisation and the
 * tables are parsed on the first detection only.
 */
const eldTables: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'eld-tables',
  setup(build) {
    build.onResolve({ filter: /^copydesk:eld-tables$/ }, (args) => {
      // eld's own entry (src/entries/static.small.js), found as an import finds it: eld/src is its parent's parent.
      const entry = fileURLToPath(import.meta.resolve(`eld/${ELD_TABLES}`));
      return { path: args.path, namespace: 'eld-tables', pluginData: { src: join(dirname(entry), '..') } };
    });
    build.onLoad({ filter: /.*/, namespace: 'eld-tables' }, async (args) => {
      const src = (args.pluginData as { src: string }).src;
      const { ngramsData } = (await import(pathToFileURL(join(src, 'ngrams', `${ELD_TABLES}.js`)).href)) as { ngramsData: unknown };
      return {
        contents: `export { createEld } from ${JSON.stringify(join(src, 'languageDetector.js'))};\nexport const tables = ${JSON.stringify(JSON.stringify(ngramsData))};\n`,
        loader: 'js',
        resolveDir: src,
      };
    });
  },
};

/** What every build shares (the CLI tests build with it too, see test/cli/helpers.ts). */
export const BUNDLE_OPTIONS: Pick<Options, 'esbuildPlugins'> = { esbuildPlugins: [eldTables] };

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
