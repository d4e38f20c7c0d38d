/**
 * @module Counts the summary sentences that are quotation fragments (issue 20): their double quotation marks
 * do not pair (src/text/quotes.ts), and the summary does not read them together with the sentences that pair
 * them. Summary sentences that follow one another directly in one report (nothing but space between their
 * sources) are read as one passage, as a reader reads them; a passage whose marks do not pair counts each of
 * its unbalanced sentences as a fragment. Also reports the raw share of unbalanced summary sentences.
 */
import { readFileSync } from 'node:fs';
import { quotesBalanced } from '../src/text/index.js';
import { parseDataset, reportsFromCluster } from '../src/ingest/dataset.js';
import { parseScriptArgs } from './lib/script-args.js';

const args = parseScriptArgs(
  `usage: node dist/scripts/count-quote-fragments.js DATASET.jsonl BRIEFS.jsonl [--show N]\n` +
    `  BRIEFS is \`newsbrief batch DATASET --format json\`. Prints summary sentences, unbalanced ones, and fragments.`,
  { options: { show: { type: 'string' } }, allowPositionals: true },
);
const [datasetFile, briefsFile] = args.positionals as string[];
if (!datasetFile || !briefsFile) {
  process.stderr.write('count-quote-fragments.js: DATASET and BRIEFS are required (see --help)\n');
  process.exit(2);
}
const show = Number(args.values.show ?? 0);
const texts = new Map<string, string>();
for (const cluster of parseDataset(readFileSync(datasetFile, 'utf8'), datasetFile)) {
  for (const report of reportsFromCluster(cluster)) texts.set(report.id, report.text);
}

interface Source { readonly report: string; readonly start: number; readonly end: number }
interface SummarySentence { readonly text: string; readonly sources: readonly Source[] }

let sentences = 0;
let unbalanced = 0;
let fragments = 0;
const examples: string[] = [];
for (const line of readFileSync(briefsFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const brief = JSON.parse(line) as { summary?: SummarySentence[] };
  const summary = brief.summary ?? [];
  // Passages: runs of summary sentences whose first sources follow one another directly in one report.
  let passage: SummarySentence[] = [];
  const close = (): void => {
    if (passage.length === 0) return;
    if (!quotesBalanced(passage.map((s) => s.text).join(' '))) {
      for (const s of passage) {
        if (quotesBalanced(s.text)) continue;
        fragments++;
        if (examples.length < show) examples.push(s.text);
      }
    }
    passage = [];
  };
  for (const s of summary) {
    sentences++;
    if (!quotesBalanced(s.text)) unbalanced++;
    const previous = passage.at(-1)?.sources[0];
    const source = s.sources[0];
    const follows = previous !== undefined && source !== undefined && previous.report === source.report &&
      previous.end <= source.start && (texts.get(source.report) ?? '').slice(previous.end, source.start).trim() === '';
    if (!follows) close();
    passage.push(s);
  }
  close();
}
const pct = (n: number): string => `${((100 * n) / Math.max(1, sentences)).toFixed(1)}%`;
process.stdout.write(`summary sentences ${sentences}, unbalanced quotes ${unbalanced} (${pct(unbalanced)}), quote fragments ${fragments} (${pct(fragments)})\n`);
for (const e of examples) process.stdout.write(`  ${e}\n`);
