// Quality gate for plain-text mode: scores may not drop below the pinned floors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingTextData, OTHER_DUMPS, scoreText } from '../../eval/text.js';

/** floors/text.json: the pinned floors, with a note on where they come from. */
interface TextFloors {
  note: string;
  bodyF1: number;
  bodyPrecision: number;
  bodyRecall: number;
  headlineExact: number;
  dateSameDay: number;
  otherDumpsF1: Record<(typeof OTHER_DUMPS)[number], number>;
}

const floors = JSON.parse(readFileSync(join(__dirname, 'floors', 'text.json'), 'utf8')) as TextFloors;
const missing = missingTextData();
if (missing) console.log(`text gate skipped: ${missing}`);

describe.skipIf(missing !== null)('text quality gate (text-dumps/html-text.json)', () => {
  const s = missing ? null : scoreText();

  it(`body F1 ≥ ${floors.bodyF1}, precision ≥ ${floors.bodyPrecision}, recall ≥ ${floors.bodyRecall}`, () => {
    expect(s!.body.f1).toBeGreaterThanOrEqual(floors.bodyF1);
    expect(s!.body.precision).toBeGreaterThanOrEqual(floors.bodyPrecision);
    expect(s!.body.recall).toBeGreaterThanOrEqual(floors.bodyRecall);
  });

  it(`headline exact ≥ ${floors.headlineExact} on the labelled pages`, () => {
    expect(s!.headline.exact).toBeGreaterThanOrEqual(floors.headlineExact);
  });

  it(`date same-day ≥ ${floors.dateSameDay} on the labelled pages`, () => {
    expect(s!.date.sameDay).toBeGreaterThanOrEqual(floors.dateSameDay);
  });
});

describe.skipIf(missing !== null)('text quality gate (the other converters\' dumps)', () => {
  for (const dump of OTHER_DUMPS) {
    it(`${dump}: body F1 ≥ ${floors.otherDumpsF1[dump]}`, () => {
      // Only copydesk's F1 is gated: scoreDump's raw-dump figure is for the eval's table.
      if (missingTextData(dump)) {
        console.log(`text gate: text-dumps/${dump}.json absent, skipped`);
        return;
      }
      expect(scoreText(dump).body.f1).toBeGreaterThanOrEqual(floors.otherDumpsF1[dump]);
    });
  }
});
