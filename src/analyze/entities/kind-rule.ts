/** @module The shape of a rule that says what kind of entity a name chunk is. */
import type { EntityType } from '../types.js';
import type { Term } from './term.js';

/** What a kind rule sees of one name chunk and the sentence around it. */
export interface KindContext {
  readonly chunk: readonly Term[];
  /** The chunk's words without a possessive "'s". */
  readonly words: readonly string[];
  readonly last: string;
  /** The name as printed. */
  readonly name: string;
  /** A title stood before the name ("President | Bashar al-Assad"). */
  readonly hasRole: boolean;
  /** The sentence text after the name ('' after a possessive). */
  readonly after: string;
  /** Up to 40 characters of the sentence before the name. */
  readonly before: string;
}

/**
 * One rule: a kind, `null` for "no name at all" (a nationality, an event), or `undefined` for "no say".
 * The first rule with a say decides (config.ts lists them in order).
 */
export interface KindRule {
  readonly name: string;
  kind(ctx: KindContext): EntityType | null | undefined;
}
