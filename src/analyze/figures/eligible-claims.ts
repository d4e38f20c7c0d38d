/** @module The claims that may make a story's key figure for one measure: people, stated, not hypothetical, not history. */
import { isNationality } from '../entities/index.js';
import type { FigureClaim } from '../types.js';

export const stated = (c: FigureClaim): number => c.value ?? c.low ?? c.high ?? 0;

function isEligible(c: FigureClaim, measure: string): boolean {
  // "in the past four years" is a background tally, not the story's own figure.
  const isBackground = c.counted.timeKey !== null && /^P\d/.test(c.counted.timeKey);
  // "12 Americans were among the wounded": a nationality counts a part of the people, not the story's toll.
  const isPart = isNationality(c.counted.noun) || isNationality(c.counted.noun.replace(/s$/, ''));
  return c.counted.kind === 'count' && c.counted.measure === measure && !c.isConditional && !isBackground && !isPart && (c.value !== null || c.low !== null);
}

/** A year in the sentence before the story's first report year: another, earlier event ("In 2009, ... killing 13"). */
function isHistorical(c: FigureClaim, texts: ReadonlyMap<string, string>, firstYear: number | null): boolean {
  if (firstYear === null) return false;
  const sentence = texts.get(c.report)?.slice(c.sentence.start, c.sentence.end) ?? '';
  return [...sentence.matchAll(/\b(19\d{2}|20\d{2})\b/g)].some((m) => Number(m[1]) < firstYear);
}

/** A claim that is the sum of coordinated counts keeps its parts' texts; `isSum` marks it. */
export type EligibleClaim = FigureClaim & { readonly isSum?: boolean };

/**
 * "killing 12 soldiers and one civilian", "three children and two adults were found dead": counts of one
 * measure joined by "and" in one sentence are one figure, their sum.
 */
function withCoordinatedSums(claims: readonly FigureClaim[], texts: ReadonlyMap<string, string>): EligibleClaim[] {
  const out: EligibleClaim[] = [];
  for (const c of claims) {
    const prev = out.at(-1);
    const between = prev !== undefined && prev.report === c.report && prev.sentence.start === c.sentence.start ? texts.get(c.report)?.slice(prev.end, c.start) ?? '' : null;
    // A comma alone joins one-person list members ("Mere Contreras, 31, Damon Oswald-Newman, 19, and ..."), not figures.
    const joins = between !== null && (/^\s*(?:,\s*)?(?:and|plus)\s*$/i.test(between) || (/^\s*,\s*$/.test(between) && c.value === 1 && prev!.value !== null && prev!.value >= 1 && prev!.counted.measure === c.counted.measure));
    if (prev !== undefined && joins && prev.value !== null && c.value !== null && c.value > 0) {
      out[out.length - 1] = { ...prev, value: prev.value + c.value, low: prev.low === null ? null : prev.low + c.value, end: c.end, text: `${prev.text}${between}${c.text}`, isSum: true };
    } else out.push(c);
  }
  return out;
}

/** The claims of `measure` counting people that may make the key figure, coordinated counts summed. */
export function eligibleClaims(measure: string, claims: readonly FigureClaim[], texts: ReadonlyMap<string, string>): EligibleClaim[] {
  const firstYear = claims.reduce<number | null>((y, c) => (c.date === null ? y : Math.min(y ?? 9999, Number(c.date.slice(0, 4)))), null);
  const ofMeasure = claims.filter((c) => isEligible(c, measure) && c.counted.nounClass === 'people' && !isHistorical(c, texts, firstYear));
  return withCoordinatedSums(ofMeasure, texts);
}

/** The largest claim of each report: a report's lead sentence carries its total, later sentences its parts. */
export function perReport<C extends FigureClaim>(claims: readonly C[]): C[] {
  const best = new Map<string, C>();
  for (const c of claims) {
    const b = best.get(c.report);
    if (b === undefined || stated(c) > stated(b)) best.set(c.report, c);
  }
  return [...best.values()];
}
