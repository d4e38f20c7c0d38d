/** @module Drops the lines extraction libraries leave in: credits, "read more" prompts, bylines, dates. */
import type { TextBlock } from './article-blocks.js';

/** Lines longer than this are story text whatever they start with (a prompt or credit is short). */
export const DEFAULT_MAX_LEFTOVER_WORDS = 30;

/** A block made of links only, and this short, is a teaser link ("CLICK HERE TO GET THE APP"). */
export const DEFAULT_MAX_LINK_ONLY_WORDS = 20;
/** Share of a block's characters inside links for it to count as "links only". */
export const DEFAULT_LINK_ONLY_SHARE = 0.9;

/** Whole-line furniture: widget labels and buttons. */
const FURNITURE_LINE =
  /^(advert(isement)?|ad|sponsored( content)?|skip to (main )?content|comments?|\d+ comments?|share( this( article| story)?)?|sign in|log ?in|close|caption|loading( content)?|subscribe|menu|search|print|email|toggle navigation|home|top|back to top|view comments|listen|watch)\W*$/i;

/** Prompts that send the reader elsewhere; they begin the line. */
const PROMPT_LINE =
  /^\W*(related( (stories|articles|coverage|content))?\s*:|read( more| also| next)\b|see also\b|also (read|see|on)\b|more\s*:|more (on|from|stories|great)\b|recommended\b|click here\b|subscribe\b|sign up\b|follow us\b|like this (story|article)|share (this|it)\b|download:|listen:|itunes:|watch:|get the .* app\b|you (may|might) (also )?like\b|don'?t miss\b|(leggi anche|leia também|lea también)\b)/i;

/** Picture credits and captions written as a line of their own. */
const CREDIT_LINE =
  /^\W*(photo|image|picture|credit|source|video|graphic|illustration|foto)s?\s*(:|by\b|\.\.\.)|^\((image|photo|credit|picture)s?\b[^)]*\)$|^image \d+ of\b|^©|\b(getty images|shutterstock|associated press|ap photo|afp|reuters)\)?$/i;

/** Dates and times printed under a headline: "Published 11:11 PM EST Nov 19, 2019". */
const DATE_LINE = /^(published|updated|posted|last updated|modified|first published)\b|^(on )?\w+day,? \w+ \d{1,2},? \d{4}\b/i;

/** A byline on its own line: "By Justine Coleman", "Opinion Columnist". */
const BYLINE_LINE = /^(by|por|di|von|par)\s+\p{Lu}|^(opinion )?(columnist|staff writer|contributor|correspondent)$/iu;

/** Reading-time labels: "4 min read", "Tempo de leitura: 1 minuto". */
const READING_TIME_LINE = /\b(\d+\s*min(ute)?s?\s*read|reading time|tempo de leitura|temps de lecture)\b/i;

/** Cookie notices that slip into the article container. */
const COOKIE_LINE = /\bcookies?\b.*\b(accept|consent|opt[- ]out|experience|agree)\b|\b(accept|consent)\b.*\bcookies?\b/i;

const countWords = (text: string): number => text.split(/\s+/).filter((w) => w !== '').length;

/** Why a block is left out of the article text, or null to keep it. */
export function leftoverKind(block: TextBlock, title: string | null): string | null {
  const text = block.text;
  const words = countWords(text);
  if (title !== null && normalize(text) === normalize(title)) return 'repeated-headline';
  if (words > DEFAULT_MAX_LEFTOVER_WORDS) return null;
  if (FURNITURE_LINE.test(text)) return 'navigation';
  if (PROMPT_LINE.test(text)) return 'navigation';
  if (CREDIT_LINE.test(text)) return 'credit';
  if (READING_TIME_LINE.test(text)) return 'navigation';
  if (COOKIE_LINE.test(text)) return 'navigation';
  if (words <= 12 && DATE_LINE.test(text)) return 'byline';
  if (words <= 8 && BYLINE_LINE.test(text)) return 'byline';
  // A printed address is written to be read (a shop list's links, a source); a teaser is a headline.
  const isBareUrl = /^(https?:\/\/|www\.)\S+$/i.test(text);
  if (!isBareUrl && words <= DEFAULT_MAX_LINK_ONLY_WORDS && block.linkChars >= DEFAULT_LINK_ONLY_SHARE * text.length) return 'navigation';
  return null;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Keeps the blocks that are story text. */
export function cleanLeftovers(blocks: readonly TextBlock[], title: string | null): TextBlock[] {
  return blocks.filter((block) => leftoverKind(block, title) === null);
}
