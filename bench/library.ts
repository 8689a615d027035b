/**
 * What the benches time, built as dist/index.js is built (`buildBenchLibrary` in
 * test/cli/helpers.ts): the public API, plus `clearCaches`, which the benches call before each pass.
 */
export * from '../src/index.js';
export { clearCaches } from '../src/caches.js';
