/**
 * @module Scores how briefs of dated reports treat the news: on a GVA-shaped file, how many briefs of incidents
 * with two or more report dates have a sentence of the newest report and lead with it, and how many summary
 * sentences state a figure that a strictly newer report's claim in the same figure group changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brief } from '../src/brief/compose-brief.js';
import { parseDataset, reportsFromCluster } from '../src/ingest/dataset.js';
import { parseScriptArgs } from './lib/script-args.js';
import { SHARED_DATA_DIR } from './lib/shared-paths.js';

const args = parseScriptArgs(
  `usage: node dist/scripts/score-newest-development.js [FILE] [--words N] [--show]\n  Newest-development and stale-figure counts of the briefs of a GVA-shaped file (default shared/data/gva-dev.jsonl, 100 words).`,
  { options: { words: { type: 'string' }, show: { type: 'boolean' } }, allowPositionals: true },
);
const file = (args.positionals as string[])[0] ?? join(SHARED_DATA_DIR, 'gva-dev.jsonl');
const maxWords = Number(args.values.words ?? 100);
const clusters = parseDataset(readFileSync(file, 'utf8'), file);
const counts = { incidents: clusters.length, withTwoDates: 0, hasNewest: 0, leadsNewest: 0, sentences: 0, staleSentences: 0 };
for (const cluster of clusters) {
  const b = await brief(reportsFromCluster(cluster), { maxWords });
  counts.sentences += b.summary.length;
  for (const s of b.summary) {
    const src = s.sources[0]!;
    const stale = b.figures.some((g) =>
      g.claims.some((c) => c.report === src.report && c.start >= src.start && c.end <= src.end && c.date !== null &&
        g.claims.some((o) => o.date !== null && o.date > c.date! && (o.value ?? o.low) !== (c.value ?? c.low))));
    if (!stale) continue;
    counts.staleSentences++;
    if (args.values.show === true) process.stderr.write(`${cluster.id}: ${s.text}\n`);
  }
  const days = [...new Set(b.reportDates.flatMap((d) => (d.date === null ? [] : [d.date])))].sort();
  if (days.length < 2) continue;
  counts.withTwoDates++;
  const newest = new Set(b.reportDates.filter((d) => d.date === days.at(-1)).map((d) => d.report));
  if (b.summary.some((s) => newest.has(s.sources[0]!.report))) counts.hasNewest++;
  if (b.summary.length > 0 && newest.has(b.summary[0]!.sources[0]!.report)) counts.leadsNewest++;
}
process.stdout.write(`${JSON.stringify({ file, maxWords, ...counts })}\n`);
