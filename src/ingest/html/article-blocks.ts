/** @module Turns an article element into text blocks (paragraphs), the unit that later cleaning judges. */

/** One paragraph-like run of text with what the cleaning steps need to know about it. */
export interface TextBlock {
  /** Whitespace-collapsed text. */
  readonly text: string;
  /** Characters of `text` that sit inside links. */
  readonly linkChars: number;
  /** Lower-case tag of the nearest block ancestor that started the block, e.g. `p`, `h2`, `li`. */
  readonly tag: string;
}

/** Elements that start a new block; `<br>` does too, so a caption line after a break stands alone. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tfoot',
  'tr', 'ul',
]);

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'textarea', 'input']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Splits `root` into blocks in document order; empty blocks are dropped. */
export function toBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let raw = '';
  let linkRaw = 0;
  let tag = root.tagName.toLowerCase();
  const flush = (): void => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text !== '') {
      // Link characters are counted on raw text; scale them onto the collapsed text.
      const linkChars = raw.length === 0 ? 0 : Math.min(text.length, Math.round((linkRaw / raw.length) * text.length));
      blocks.push({ text, linkChars, tag });
    }
    raw = '';
    linkRaw = 0;
  };
  const walk = (node: Node, inLink: boolean, blockTag: string): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        if (raw.trim() === '') tag = blockTag;
        const data = child.nodeValue ?? '';
        raw += data;
        if (inLink) linkRaw += data.length;
      } else if (child.nodeType === ELEMENT_NODE) {
        const name = (child as Element).tagName.toLowerCase();
        if (SKIP_TAGS.has(name)) continue;
        const isBlock = BLOCK_TAGS.has(name);
        if (isBlock) flush();
        walk(child, inLink || name === 'a', isBlock ? name : blockTag);
        if (isBlock) flush();
      }
    }
  };
  walk(root, false, tag);
  flush();
  return blocks;
}
