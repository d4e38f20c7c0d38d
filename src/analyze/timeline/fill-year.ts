/** @module Gives a year-less TIMEX value ("XXXX-11-15") the year that puts it nearest on or before a reference day. */

/**
 * `XXXX-MM-DD` or `XXXX-MM` with the year that puts it on or before `referenceDay` (`YYYY-MM-DD`),
 * or null when the value has other unknown parts or the reference is not a day.
 *
 * @example fillYear('XXXX-11-15', '2016-12-13') // '2016-11-15'
 */
export function fillYear(value: string, referenceDay: string): string | null {
  const ref = /^(\d{4})-(\d{2})-(\d{2})$/.exec(referenceDay);
  const m = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (ref === null || m === null) return null;
  const refYear = Number(ref[1]);
  const monthDay = m[2] === undefined ? m[1]! : `${m[1]}-${m[2]}`;
  const refMonthDay = m[2] === undefined ? ref[2]! : `${ref[2]}-${ref[3]}`;
  const year = monthDay <= refMonthDay ? refYear : refYear - 1;
  return `${year}-${monthDay}`;
}
