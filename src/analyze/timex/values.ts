/** @module Small builders for TIMEX3 values that fall back to `X` placeholders when the report date is unknown. */
import { addDays, addMonths, formatDay, formatMonth, formatQuarter, formatWeek, formatYear, quarterOf, shiftQuarter } from './calendar.js';
import type { DayDate } from './types.js';

/** The day `offsetDays` from the reference date, or `XXXX-XX-XX` without one. */
export function dayFromRef(ref: DayDate | null, offsetDays: number): string {
  return ref === null ? 'XXXX-XX-XX' : formatDay(addDays(ref, offsetDays));
}

/** The ISO week `offsetWeeks` from the reference date's week, or `XXXX-WXX`. */
export function weekFromRef(ref: DayDate | null, offsetWeeks: number): string {
  return ref === null ? 'XXXX-WXX' : formatWeek(addDays(ref, offsetWeeks * 7));
}

/** The month `offsetMonths` from the reference month, or `XXXX-XX`. */
export function monthFromRef(ref: DayDate | null, offsetMonths: number): string {
  if (ref === null) return 'XXXX-XX';
  const d = addMonths({ ...ref, day: 1 }, offsetMonths);
  return formatMonth(d.year, d.month);
}

/** The quarter `offsetQuarters` from the reference quarter, or `XXXX-QX`. */
export function quarterFromRef(ref: DayDate | null, offsetQuarters: number): string {
  if (ref === null) return 'XXXX-QX';
  const q = shiftQuarter(ref.year, quarterOf(ref), offsetQuarters);
  return formatQuarter(q.year, q.quarter);
}

/** The year `offsetYears` from the reference year, or `XXXX`. */
export function yearFromRef(ref: DayDate | null, offsetYears: number): string {
  return ref === null ? 'XXXX' : formatYear(ref.year + offsetYears);
}

/** The decade (`199`) `offsetDecades` from the reference decade, or `XXX`. */
export function decadeFromRef(ref: DayDate | null, offsetDecades: number): string {
  return ref === null ? 'XXX' : String(Math.floor(ref.year / 10) + offsetDecades);
}

/** A TIMEX3 duration: `P3D`, `PT4H`, `PXY`, `P2Y6M` for 2.5 years. */
export function durationValue(amount: number | 'X', letter: string, isTime: boolean): string {
  const prefix = isTime ? 'PT' : 'P';
  if (amount === 'X') return `${prefix}X${letter}`;
  if (!Number.isInteger(amount)) {
    // Halves of years and days are written with the next unit down, as TimeML annotators did ("2 1/2 years" -> P2Y6M).
    const whole = Math.floor(amount);
    if (letter === 'Y') return `P${whole}Y6M`;
    if (letter === 'D') return `P${whole}DT12H`;
    if (letter === 'H') return `PT${whole}H30M`;
    if (letter === 'M' && isTime) return `PT${whole}M30S`;
    return `${prefix}${amount}${letter}`;
  }
  return `${prefix}${amount}${letter}`;
}
