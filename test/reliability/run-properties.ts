// Runs one group of the reliability properties as vitest tests (one file per group, so the groups
// run in parallel). COPYDESK_PROPERTY_SCALE=0.05 runs 5 % of the cases for a quick local look.
import fc from 'fast-check';
import { it } from 'vitest';
import { PROPERTIES, type ReliabilityProperty } from './properties.js';

const scale = Number(process.env.COPYDESK_PROPERTY_SCALE ?? '1') || 1;

export function runPropertyGroup(group: ReliabilityProperty['group']): void {
  for (const p of PROPERTIES.filter((q) => q.group === group)) {
    const runs = Math.max(1, Math.round(p.runs * scale));
    it(`${p.name} (${runs.toLocaleString('en-US')} runs)`, () => {
      fc.assert(p.property(), { numRuns: runs });
    }, 1_200_000);
  }
}
