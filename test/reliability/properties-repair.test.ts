// Reliability properties (issue 6), group "repair": see test/reliability/properties.ts.
import { describe } from 'vitest';
import { runPropertyGroup } from './run-properties.js';

describe('reliability properties: repair', () => runPropertyGroup('repair'));
