import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { packTables } from './src/fields/language-eld-pack.js';
import { flattenTables, type EldSources } from './src/fields/language-eld-tables.js';
import { topLevelConst } from './scripts/top-level-const.js';

/** The module id that src/fields/language.ts requires for the language detector in a built bundle. */
export const ELD_TABLES_MODULE = 'copydesk:eld-tables';
/**
 * eld's n-gram set: "extrasmall" (the same 60 languages as "small"; see src/fields/language.ts for
 * the accuracy and memory figures that chose it). Run from source, language.ts reads the same files.
 */
const ELD_TABLES = 'extrasmall';

/**
 * The language detector's tables, ready to use. eld ships them as a JavaScript object literal of
 * 50,000 n-gram objects (evaluating eld/small's costs a worker thread +145 MB resident; parsing the
 * same from JSON +55 MB). This plugin reads eld's own files at build time (its data, byte
 * dictionary, separator regex and average scores), flattens them into typed arrays
 * (src/fields/language-eld-tables.ts) and turns `require('copydesk:eld-tables')` into a module
 * exporting them packed in one string (src/fields/language-eld-pack.ts). The require is lazily
 * called, so esbuild defers the module's initialisation and the tables are unpacked on the first
 * detection only.
 */
const eldTables: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'eld-tables',
  setup(build) {
    build.onResolve({ filter: /^copydesk:eld-tables$/ }, (args) => {
      // eld's own entry (src/entries/static.extrasmall.js), found as an import finds it: eld/src is its parent's parent.
      const entry = fileURLToPath(import.meta.resolve(`eld/${ELD_TABLES}`));
      return { path: args.path, namespace: 'eld-tables', pluginData: { src: join(dirname(entry), '..') } };
    });
    build.onLoad({ filter: /.*/, namespace: 'eld-tables' }, async (args) => {
      const src = (args.pluginData as { src: string }).src;
      const load = async <T>(...path: string[]): Promise<T> => (await import(pathToFileURL(join(src, ...path)).href)) as T;
      const sources: EldSources = {
        data: (await load<{ ngramsData: EldSources['data'] }>('ngrams', `${ELD_TABLES}.js`)).ngramsData,
        dictionary: (await load<Pick<EldSources, 'dictionary'>>('dictionary.js')).dictionary,
        separators: (await load<Pick<EldSources, 'separators'>>('regexPatterns.js')).separators,
        avgScore: (await load<Pick<EldSources, 'avgScore'>>('avgScore.js')).avgScore,
      };
      return { contents: `export const packed = ${JSON.stringify(packTables(flattenTables(sources)))};\n`, loader: 'js' };
    });
  },
};

/**
 * What every build shares (the CLI tests and the benches build with it too, see
 * test/cli/helpers.ts): the detector's tables, and the bundle's constants declared `const` again
 * (scripts/top-level-const.ts: esbuild writes them as `var`, which V8 reads more slowly).
 */
export const BUNDLE_OPTIONS: Pick<Options, 'esbuildPlugins' | 'plugins'> = { esbuildPlugins: [eldTables], plugins: [topLevelConst] };

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
