/** @module Report dates as day numbers, and whether a report and a story are close enough in time to be compared. */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of an ISO-like date, or null when absent or unreadable: a missing date is not an error. */
export function dayNumber(publishedAt: string | null): number | null {
  if (publishedAt === null || publishedAt.trim() === '') return null;
  const ms = Date.parse(publishedAt);
  return Number.isNaN(ms) ? null : Math.floor(ms / MS_PER_DAY);
}

/** True unless both days are known and lie more than `windowDays` apart. */
export function isWithinWindow(reportDay: number | null, storyDay: number | null, windowDays: number): boolean {
  if (reportDay === null || storyDay === null) return true;
  return Math.abs(reportDay - storyDay) <= windowDays;
}
