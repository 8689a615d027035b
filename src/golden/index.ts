// Goldens: readable expected outputs for fixtures (used by the golden test, the update script and `copydesk check`).
export { diffGolden, noteLine, serializeGolden, toGolden, type Golden } from './golden.js';
export { EXPECTED_SUFFIX, expectedPathFor, listFixtures, readBytes, type FixturePair } from './fixtures.js';
