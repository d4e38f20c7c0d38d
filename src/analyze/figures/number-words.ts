/** @module Reads numbers written in digits or words ("10,000", "six", "twenty-five", "1.2 million", "three-quarters"). */

const UNITS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, dozen: 12, 'a dozen': 12,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** Fractions in words, as percent of a whole. */
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 50, 'a half': 50, 'one-half': 50, 'one half': 50,
  'a third': 100 / 3, 'one-third': 100 / 3, 'one third': 100 / 3, 'two-thirds': 200 / 3, 'two thirds': 200 / 3,
  'a quarter': 25, 'one-quarter': 25, 'one quarter': 25, 'three-quarters': 75, 'three quarters': 75,
  'a fifth': 20, 'one-fifth': 20,
};

/** Vague amounts ("tens of thousands"): the span of values they can mean, lowest to highest. */
export const VAGUE_AMOUNTS: Readonly<Record<string, readonly [number, number]>> = {
  dozens: [24, 99],
  hundreds: [200, 999],
  thousands: [2_000, 9_999],
  'tens of thousands': [20_000, 99_999],
  'hundreds of thousands': [200_000, 999_999],
  millions: [2_000_000, 9_999_999],
};

const WORD_UNIT = Object.keys(UNITS).filter((w) => !w.includes(' ')).join('|');
const WORD_TENS = Object.keys(TENS).join('|');
/** A number in words: "six", "twenty-five", "a dozen". Bare "one" is left out (see quantities). */
export const WORD_NUMBER = String.raw`(?:(?:${WORD_TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|a dozen|${WORD_UNIT})`;
/** Digits with thousands commas or a decimal point: "10,000", "2,200", "12.53", "98". */
export const DIGIT_NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
export const SCALE_WORD = String.raw`(?:hundred|thousand|million|billion)`;

/** Value of a number phrase matched by `DIGIT_NUMBER` or `WORD_NUMBER`, optionally followed by scale words. */
export function parseNumber(phrase: string): number | null {
  const words = phrase.toLowerCase().trim().split(/\s+/);
  let value: number | null = null;
  for (const word of words) {
    if (/^[\d,.]+$/.test(word)) {
      const n = Number(word.replace(/,/g, ''));
      if (Number.isNaN(n)) return null;
      value = n;
    } else if (word in SCALES) {
      value = (value ?? 1) * SCALES[word]!;
    } else if (word === 'a') {
      continue;
    } else {
      const [tens, unit] = word.split('-');
      const n = unit !== undefined ? (TENS[tens!] ?? NaN) + (UNITS[unit] ?? NaN) : (UNITS[word] ?? TENS[word] ?? NaN);
      if (Number.isNaN(n)) return null;
      value = n;
    }
  }
  return value;
}
