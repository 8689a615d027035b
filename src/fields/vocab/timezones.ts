/**
 * Time-zone abbreviations seen in news date lines, as offsets from UTC in minutes. A date given with
 * a time and one of these zones is read as its UTC day, which is how pages' machine-readable dates
 * (JSON-LD, meta tags) state it.
 * Known false positives: "IST" is India (+5:30) here, though Irish and Israel Standard Time share it;
 * "CST" is US Central, not China Standard Time; "BST" is British Summer Time.
 * The US generic zones (ET, CT, MT, PT) take daylight time from mid-March to early November.
 */
import { weekday } from '../calendar.js';

export const ZONE_OFFSETS: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, wet: 0,
  bst: 60, cet: 60, wat: 60, west: 60,
  cest: 120, eet: 120, cat: 120, sast: 120,
  eest: 180, msk: 180, eat: 180,
  ist: 330, pkt: 300,
  ict: 420, wib: 420,
  hkt: 480, sgt: 480, awst: 480, pht: 480,
  jst: 540, kst: 540,
  aest: 600, aedt: 660, acst: 570, nzst: 720, nzdt: 780,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360,
  pst: -480, pdt: -420, akst: -540, akdt: -480, hst: -600, ast: -240, nst: -210,
};

/** US generic zones: [standard, daylight] offsets. */
export const US_GENERIC_ZONES: Record<string, [number, number]> = {
  et: [-300, -240],
  ct: [-360, -300],
  mt: [-420, -360],
  pt: [-480, -420],
};

/** Whether US daylight time applies on a day (second Sunday of March to first Sunday of November). */
export function usDaylight(year: number, month: number, day: number): boolean {
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  const firstDow = weekday(year, month, 1);
  const firstSunday = 1 + ((7 - firstDow) % 7);
  return month === 3 ? day >= firstSunday + 7 : day < firstSunday;
}

/** Offset in minutes for a zone name on a given day, or null when unknown. */
export function zoneOffset(zone: string, year: number, month: number, day: number): number | null {
  const key = zone.toLowerCase().replace(/\./g, '');
  if (key in ZONE_OFFSETS) return ZONE_OFFSETS[key]!;
  const generic = US_GENERIC_ZONES[key];
  if (generic) return usDaylight(year, month, day) ? generic[1] : generic[0];
  return null;
}

/** The zone alternation used by the time pattern (longest first so "AEDT" beats "ET"). */
export const ZONE_PATTERN = [...Object.keys(ZONE_OFFSETS), ...Object.keys(US_GENERIC_ZONES)]
  .filter((z) => z.length > 1)
  .sort((a, b) => b.length - a.length)
  .join('|');
