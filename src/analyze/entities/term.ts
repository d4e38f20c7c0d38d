/** @module One term of a sentence as compromise tags it, and the two tests every rule uses on it. */

/** A term with offsets into its sentence's text. */
export interface Term {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: readonly string[];
  readonly start: number;
  readonly end: number;
}

export function isCapitalised(t: Term): boolean {
  return /^\p{Lu}/u.test(t.text);
}

export function has(t: Term, ...tags: string[]): boolean {
  return tags.some((x) => t.tags.includes(x));
}
