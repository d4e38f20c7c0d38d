/** @module Parses an HTML string into a DOM that never throws on real-world markup. */
import { parseHTML } from 'linkedom';

/**
 * Parses a page with linkedom. linkedom is chosen over jsdom because jsdom's constructor throws
 * on some real pages (an SCSS leftover inside `<style>` in the extraction dev file makes css-tree
 * fail) and is about ten times slower; Readability reads the same tokens from either.
 * A fragment without `<html>` is wrapped, because linkedom puts a bare fragment outside `<body>`.
 * If parsing still fails, the page is parsed again without its `<style>` and `<script>` blocks,
 * which carry no article text.
 */
export function parseDocument(html: string): Document {
  const wrapped = wrapFragment(html);
  try {
    return parseHTML(wrapped).document;
  } catch {
    return parseHTML(stripStylesAndScripts(wrapped)).document;
  }
}

function wrapFragment(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  if (/<(head|body)[\s>]/i.test(html)) return `<!DOCTYPE html><html>${html}</html>`;
  return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/** Removes `<style>` and `<script>` blocks: the recovery step for markup the parser rejects. */
export function stripStylesAndScripts(html: string): string {
  return html.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
}
