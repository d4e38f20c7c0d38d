/** @module Reads article metadata from JSON-LD blocks (`NewsArticle` and its kin). */
import { z } from 'zod';
import { cleanValue, type MetaValues } from './meta-fields.js';
import { normalizeDate } from './normalize-date.js';

/** schema.org types whose fields describe the article itself. */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'blogposting', 'liveblogposting', 'socialmediaposting',
  'scholarlyarticle', 'techarticle', 'report', 'webpage',
]);

const named = z.union([z.string(), z.object({ name: z.unknown().optional() }).passthrough()]);
const namedOrList = z.union([named, z.array(named)]);

const articleNode = z
  .object({
    '@type': z.union([z.string(), z.array(z.string())]).optional(),
    headline: z.unknown().optional(),
    name: z.unknown().optional(),
    datePublished: z.unknown().optional(),
    dateCreated: z.unknown().optional(),
    dateModified: z.unknown().optional(),
    author: namedOrList.optional(),
    creator: namedOrList.optional(),
    publisher: namedOrList.optional(),
    url: z.unknown().optional(),
    mainEntityOfPage: z.union([z.string(), z.object({ '@id': z.unknown().optional() }).passthrough()]).optional(),
  })
  .passthrough();
type ArticleNode = z.infer<typeof articleNode>;

function typesOf(node: ArticleNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : type === undefined ? [] : [type]).map((t) => t.toLowerCase());
}

/** Flattens arrays and `@graph` containers into a list of nodes. */
function flatten(value: unknown, out: unknown[] = [], depth = 0): unknown[] {
  if (depth > 4) return out;
  if (Array.isArray(value)) for (const item of value) flatten(item, out, depth + 1);
  else if (typeof value === 'object' && value !== null) {
    out.push(value);
    const graph = (value as Record<string, unknown>)['@graph'];
    if (graph !== undefined) flatten(graph, out, depth + 1);
  }
  return out;
}

function names(value: z.infer<typeof namedOrList> | undefined): string | null {
  if (value === undefined) return null;
  const list = Array.isArray(value) ? value : [value];
  const found = list
    .map((item) => (typeof item === 'string' ? cleanValue(item) : cleanValue(item.name)))
    .filter((name): name is string => name !== null && !/^https?:\/\//.test(name));
  return found.length === 0 ? null : [...new Set(found)].join(', ');
}

/** Parses JSON that pages often break with raw newlines or trailing semicolons; null if hopeless. */
export function parseLooseJson(text: string): unknown {
  const trimmed = text.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/;\s*$/, '');
  for (const candidate of [trimmed, trimmed.replace(/[\r\n\t]+/g, ' ')]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next repair
    }
  }
  return null;
}

/** Reads metadata from the JSON-LD script texts of a page. The first article node wins; a WebPage only fills gaps. */
export function readJsonLd(scriptTexts: readonly string[]): MetaValues {
  const nodes = scriptTexts.flatMap((text) => flatten(parseLooseJson(text)));
  const articles = nodes
    .map((node) => articleNode.safeParse(node))
    .flatMap((result) => (result.success ? [result.data] : []))
    .filter((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)))
    // Real article types before WebPage, which describes the page around the article.
    .sort((a, b) => Number(typesOf(a).includes('webpage')) - Number(typesOf(b).includes('webpage')));
  const values: Record<string, string> = {};
  for (const node of articles) {
    const mainEntity = node.mainEntityOfPage;
    const found: Record<string, string | null> = {
      title: cleanValue(node.headline) ?? cleanValue(node.name),
      author: names(node.author) ?? names(node.creator),
      source: names(node.publisher),
      publishedAt: normalizeDateValue(node.datePublished) ?? normalizeDateValue(node.dateCreated),
      updatedAt: normalizeDateValue(node.dateModified),
      url: cleanValue(node.url) ?? (typeof mainEntity === 'string' ? cleanValue(mainEntity) : cleanValue(mainEntity?.['@id'])),
    };
    for (const [key, value] of Object.entries(found)) if (value !== null && values[key] === undefined) values[key] = value;
  }
  if (values.url !== undefined && !/^https?:\/\//.test(values.url)) delete values.url;
  return values;
}

function normalizeDateValue(value: unknown): string | null {
  const text = cleanValue(value);
  return text === null ? null : normalizeDate(text);
}
