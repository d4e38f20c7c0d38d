/** @module Cuts the tail of an article at a heading that opens "more stories", author boxes or comments. */
import type { TextBlock } from './article-blocks.js';

/**
 * Short lines that open a section after the story ends. Everything from such a line on is page
 * furniture: related links, the author's bio, comment forms.
 */
const TAIL_HEADING =
  /^\W*(more (news|stories|from|on|great|in)\b|related (news|stories|articles|posts|coverage|content|reading)\b|(you|we think you) (may|might|will) (also )?(like|enjoy)\b|recommended( for you| stories| reading)?\W*$|about the author\b|join the conversation\b|(leave|post) a (reply|comment)\b|tell us what you think\b|comments?\W*$|what do you think\b|trending( now| stories)?\W*$|most (popular|read)\b|latest (news|stories)\W*$|editor'?s picks\b|read next\b|up next\b|see also\W*$)/i;

/** A tail heading is short: longer lines starting with "More from..." are sentences. */
export const DEFAULT_MAX_TAIL_HEADING_WORDS = 8;

/**
 * Only cut in the last part of the article: a "More from" line near the top is a section title
 * inside the story. The value keeps the first 40% of the text safe from cutting.
 */
export const DEFAULT_MIN_TAIL_POSITION = 0.4;

/** Returns the blocks before the first tail heading found past `minPosition` of the text. */
export function cutTail(
  blocks: readonly TextBlock[],
  minPosition: number = DEFAULT_MIN_TAIL_POSITION,
): readonly TextBlock[] {
  const total = blocks.reduce((sum, block) => sum + block.text.length, 0);
  let seen = 0;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    const words = block.text.split(/\s+/).length;
    if (seen >= minPosition * total && words <= DEFAULT_MAX_TAIL_HEADING_WORDS && TAIL_HEADING.test(block.text)) {
      return blocks.slice(0, i);
    }
    seen += block.text.length;
  }
  return blocks;
}
