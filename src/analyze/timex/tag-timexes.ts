/** @module Finds and normalises the temporal expressions of a text against its reference date. */
import { resolveAnaphora, type Placed } from './anaphora.js';
import { parseDayDate } from './calendar.js';
import { DEFAULT_TIMEX_RULES } from './config.js';
import { widenStart } from './modifiers.js';
import { detectTense } from './tense.js';
import type { RuleContext, Tense, Timex, TimexRule } from './types.js';

interface Candidate extends Placed {
  readonly priority: number;
}

function runRule(rule: TimexRule, priority: number, ctx: RuleContext): Candidate[] {
  const flags = rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`;
  const re = new RegExp(rule.pattern.source, flags);
  const out: Candidate[] = [];
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const value = rule.extract(m, ctx);
    if (value === null) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    out.push({ ...value, start, end, text: m[0], priority });
  }
  return out;
}

/** Longest match wins; equal lengths go to the rule listed first; no two kept spans overlap. */
function selectNonOverlapping(candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ordered) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** True when a value names a calendar point or length with nothing left unknown. */
export function isResolvedValue(value: string): boolean {
  return !value.includes('X') && !value.endsWith('_REF');
}

/**
 * Tags every temporal expression in `text` with its TIMEX3 type and value, resolving relative
 * expressions ("on Tuesday", "last week") against `referenceDate` (`YYYY-MM-DD`, anything after
 * the day ignored). Without a reference date, values keep only what the text says (`XXXX-12-13`)
 * and are marked unresolved. Never throws on any string.
 *
 * @param rules defaults to `DEFAULT_TIMEX_RULES`.
 */
export function tagTimexes(text: string, referenceDate: string | null, rules: readonly TimexRule[] = DEFAULT_TIMEX_RULES): Timex[] {
  const ref = parseDayDate(referenceDate);
  const tenseCache = new Map<string, Tense>();
  const ctx: RuleContext = {
    text,
    ref,
    tenseAt(start, end) {
      const key = `${start}:${end}`;
      let tense = tenseCache.get(key);
      if (tense === undefined) {
        tense = detectTense(text, start, end);
        tenseCache.set(key, tense);
      }
      return tense;
    },
  };
  const candidates = rules.flatMap((rule, priority) => runRule(rule, priority, ctx));
  const selected = selectNonOverlapping(candidates);
  const widened: Placed[] = [];
  let floor = 0;
  for (const c of selected) {
    const start = c.type === 'DATE' || c.type === 'TIME' ? widenStart(text, c.start, floor) : c.start;
    widened.push({ type: c.type, value: c.value, start, end: c.end, text: text.slice(start, c.end) });
    floor = c.end;
  }
  return resolveAnaphora(widened).map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    type: t.type,
    value: t.value,
    isResolved: isResolvedValue(t.value),
  }));
}
