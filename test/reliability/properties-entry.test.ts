// Reliability properties (issue 6), group "entry": see test/reliability/properties.ts.
import { describe, expect, it } from 'vitest';
import { CI_CASES } from './properties.js';
import { runPropertyGroup } from './run-properties.js';

describe('reliability properties: entry', () => runPropertyGroup('entry'));

describe('reliability properties in all', () => {
  it('run at least 100,000 cases in CI', () => expect(CI_CASES).toBeGreaterThanOrEqual(100_000));
});
