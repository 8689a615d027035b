// Reliability properties (issue 6), group "html": see test/reliability/properties.ts.
import { describe } from 'vitest';
import { runPropertyGroup } from './run-properties.js';

describe('reliability properties: html', () => runPropertyGroup('html'));
