/** @module Third-party text (titles, sources) as it may be shown: without the controls that reorder what follows them. */

/**
 * Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): in a title, U+202E (right-to-left
 * override) shows the rest of the line reversed — and, unterminated, everything printed after it on that line.
 * Strong marks (U+200E, U+200F, U+061C) only hint a direction and stay.
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** `text` without bidi controls, for display only: the stored text, and offsets into it, keep them. */
export function displayText(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
