/** @module Quotation marks: whether a span of text leaves a double quotation open or closes one it did not open. */

// Straight double quotes do not say which way they point, so a span's straight marks are read by parity: an
// odd count leaves a quotation open (or closes one opened before the span). Curly marks say their direction
// and are counted as pairs. Single quotes are not read: in detokenised news (Multi-News) they are also
// apostrophes, "' most donated '" as much as "brown's".

/** The double quotation marks of `text` that pair with none inside it: odd straight marks, curly opens minus closes. */
export function unpairedQuotes(text: string): number {
  let straight = 0;
  let curly = 0;
  for (const ch of text) {
    if (ch === '"') straight++;
    else if (ch === '\u201c') curly++;
    else if (ch === '\u201d') curly--;
  }
  return (straight % 2) + Math.abs(curly);
}

/** Whether `text` has its double quotation marks paired: what it quotes opens and closes inside it. */
export function quotesBalanced(text: string): boolean {
  return unpairedQuotes(text) === 0;
}
