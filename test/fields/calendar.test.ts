import { describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber, daysInMonth, weekday } from '../../src/fields/calendar.js';

// The date reader's calendar arithmetic must agree with Date's UTC calendar on every day it can see.
describe('calendar arithmetic agrees with Date (UTC)', () => {
  it('on every day from 1980 to 2110', () => {
    const disagreements: string[] = [];
    for (let y = 1980; y <= 2110; y++) {
      for (let m = 1; m <= 12; m++) {
        if (daysInMonth(y, m) !== new Date(Date.UTC(y, m, 0)).getUTCDate()) disagreements.push(`${y}-${m} length`);
        for (let d = 1; d <= daysInMonth(y, m); d++) {
          const n = dayNumber(y, m, d);
          if (n * 86_400_000 !== Date.UTC(y, m - 1, d)) disagreements.push(`${y}-${m}-${d} number`);
          const back = dateOfDay(n);
          if (back.year !== y || back.month !== m || back.day !== d) disagreements.push(`${y}-${m}-${d} round trip`);
          if (weekday(y, m, d) !== new Date(Date.UTC(y, m - 1, d)).getUTCDay()) disagreements.push(`${y}-${m}-${d} weekday`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('knows the leap days', () => {
    expect([daysInMonth(2000, 2), daysInMonth(2100, 2), daysInMonth(2024, 2), daysInMonth(2019, 2)]).toEqual([29, 28, 29, 28]);
    expect(dateOfDay(dayNumber(2024, 2, 28) + 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(dateOfDay(dayNumber(2019, 12, 31) + 1)).toEqual({ year: 2020, month: 1, day: 1 });
    expect(dateOfDay(dayNumber(2020, 1, 1) - 1)).toEqual({ year: 2019, month: 12, day: 31 });
  });
});
