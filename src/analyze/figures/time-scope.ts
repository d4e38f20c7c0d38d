/** @module The time a figure is scoped to ("since November 15", "in the past 24 hours", "on Saturday"), with a key to match it across reports. */
import type { Timex } from '../timex/index.js';
import { timelineDate } from '../timeline/index.js';

export interface TimeScope {
  /** For readers: "since 2016-11-15", "in the past 24 hours". */
  readonly label: string;
  /** Equal keys mean the same time: resolved dates match across reports, unresolved ones only within their report. */
  readonly key: string;
}

export interface ScopeContext {
  readonly report: string;
  readonly reportDate: string | null;
  readonly reportInferred: boolean;
  readonly storyAnchor: string | null;
}

/**
 * The time scope of a figure from the time expressions near it (offsets relative to the same text as
 * `between`, the text from the quantity to the timex). A "since" between them makes it a running count.
 */
export function scopeFromTimex(timex: Timex, between: string, ctx: ScopeContext): TimeScope | null {
  if (timex.value.endsWith('_REF')) return null;
  const isSince = /\bsince\b/i.test(between) || /^since\b/i.test(timex.text);
  if (timex.type === 'DURATION') {
    if (!/^(?:the\s+)?(?:past|last)\b/i.test(timex.text)) return null; // "for months" is how long, not when
    const label = `in ${timex.text.replace(/^in\s+/i, '')}`;
    const anchor = ctx.reportDate ?? `report ${ctx.report}`;
    return { label, key: `${timex.value}@${anchor}` };
  }
  const placed = timelineDate(timex, ctx.reportDate, ctx.reportInferred, ctx.storyAnchor);
  if (placed.kind === 'skip') return null;
  const prefix = isSince ? 'since' : 'on';
  if (placed.kind === 'date') return { label: `${prefix} ${placed.date}`, key: `${prefix}:${placed.date}` };
  const bare = timex.text.replace(/^(?:on|since)\s+/i, '');
  const label = /^(?:last|this|next|past|the|yesterday|today|tomorrow)\b/i.test(bare) && !isSince ? bare : `${prefix} ${bare}`;
  return { label, key: `${prefix}:${timex.text.toLowerCase()}@report ${ctx.report}` };
}

/** A "since ..." phrase with no date in it ("since the start of the renewed offensive"): known only within its report. */
export function scopeFromSincePhrase(text: string, report: string): TimeScope | null {
  const m = /\bsince\s+(the\s+[\p{L}\s-]{3,60}?)(?=[,.;]|$)/iu.exec(text);
  if (m === null) return null;
  const label = `since ${m[1]!.trim()}`;
  return { label, key: `${label.toLowerCase()}@report ${report}` };
}
