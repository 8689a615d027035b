// Quality gate for encoding repair: the figures of `npm run eval -- mojibake` may not drop below the
// floors pinned in floors/mojibake.json. A floor is raised on purpose, never lowered silently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingData, mojibakeDir } from '../../eval/datasets.js';
import { scoreMojibake, type MojibakeScores } from '../../eval/mojibake.js';

interface Floors {
  ftfyPassFixed: number;
  ftfyNegativeUnchanged: number;
  ftfyKnownFailuresFixed: number;
  maxWrongShare: number;
  maxFalsePositives: number;
  /** Minimum share fixed, per kind of damage. */
  kinds: Record<string, number>;
}

const floors = JSON.parse(readFileSync(join(__dirname, 'floors', 'mojibake.json'), 'utf8')) as Floors;
const missing = missingData(mojibakeDir());

describe.skipIf(missing !== null)(`mojibake gate${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let scores: MojibakeScores;
  const get = (): MojibakeScores => (scores ??= scoreMojibake());

  it('fixes at least the pinned number of ftfy pass cases', () => {
    expect(get().ftfyPass.fixed).toBeGreaterThanOrEqual(floors.ftfyPassFixed);
  });

  it('leaves ftfy negative cases as they should be', () => {
    expect(get().ftfyNegative.unchanged).toBeGreaterThanOrEqual(floors.ftfyNegativeUnchanged);
  });

  it('fixes at least the pinned number of ftfy known failures', () => {
    expect(get().ftfyKnownFailures.fixed).toBeGreaterThanOrEqual(floors.ftfyKnownFailuresFixed);
  });

  it('keeps wrong repairs and false positives under their ceilings', () => {
    expect(get().wrongShare).toBeLessThanOrEqual(floors.maxWrongShare);
    expect(get().falsePositives).toBeLessThanOrEqual(floors.maxFalsePositives);
  });

  it('fixes each kind of damage at or above its floor', () => {
    const below = get()
      .kinds.filter((k) => floors.kinds[k.kind] !== undefined && k.fixed / k.total < floors.kinds[k.kind])
      .map((k) => `${k.kind}: ${((100 * k.fixed) / k.total).toFixed(1)} % < ${(100 * floors.kinds[k.kind]).toFixed(1)} %`);
    expect(below).toEqual([]);
    // every damaged kind in the data has a floor, so a new kind cannot slip through unmeasured
    const unpinned = get().kinds.filter((k) => !k.kind.startsWith('clean') && floors.kinds[k.kind] === undefined);
    expect(unpinned.map((k) => k.kind)).toEqual([]);
  });
}, 120_000);
