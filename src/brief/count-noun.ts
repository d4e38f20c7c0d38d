/** @module A count with its noun, singular for one: "1 report", "2 reports", "1 near copy". */

const IRREGULAR: Readonly<Record<string, string>> = { copy: 'copies', story: 'stories', mention: 'mentions' };

/** `n` and `noun`, the noun made plural (`plural`, else a known irregular, else with "s") unless `n` is 1. */
export function countNoun(n: number, noun: string, plural?: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : (plural ?? pluralOf(noun))}`;
}

function pluralOf(noun: string): string {
  const words = noun.split(' ');
  const last = words.at(-1)!;
  words[words.length - 1] = IRREGULAR[last] ?? `${last}s`;
  return words.join(' ');
}
