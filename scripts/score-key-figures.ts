/**
 * @module Scores the key figures (killed, injured) on a GVA-shaped file without summarizing: the dev loop for
 * figure rules. Prints accuracy per reconciliation strategy, and with --errors the incidents it gets wrong.
 * The official score is `batch` + shared/tools/figures-score.py; this agrees with it for the default strategy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims, findKeyFigures, type KeyFigureStrategy } from '../src/analyze/figures/index.js';
import { findReportDates } from '../src/analyze/timeline/index.js';
import type { FigureClaim, KeyFigure } from '../src/analyze/types.js';
import { findDateline } from '../src/text/dateline.js';
import { parseDataset, reportsFromCluster } from '../src/ingest/dataset.js';
import { parseScriptArgs } from './lib/script-args.js';
import { SHARED_DATA_DIR } from './lib/shared-paths.js';

const args = parseScriptArgs(`usage: node dist/scripts/score-key-figures.js [FILE] [--errors]\n  Key-figure accuracy on a GVA-shaped file (default shared/data/gva-dev.jsonl).`, { options: { errors: { type: 'boolean' } }, allowPositionals: true });
const file = (args.positionals as string[])[0] ?? join(SHARED_DATA_DIR, 'gva-dev.jsonl');
const text = readFileSync(file, 'utf8');
const gold = text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { id: string; killed: number; injured: number });
const clusters = parseDataset(text, file);

function answer(k: readonly KeyFigure[], measure: string): number {
  const f = k.find((x) => x.measure === measure && x.counted === 'people');
  return f === undefined ? 0 : Math.round(f.value ?? f.low ?? 0);
}

const strategies: KeyFigureStrategy[] = ['max', 'latest', 'mode', 'learned'];
const correct = new Map(strategies.map((s) => [s, { killed: 0, injured: 0 }]));
const errors: string[] = [];
const t0 = performance.now();
for (const [i, cluster] of clusters.entries()) {
  const reports = reportsFromCluster(cluster);
  const dates = findReportDates(reports);
  const anchor = dates.reduce<string | null>((b, d) => (d.date !== null && (b === null || d.date > b) ? d.date : b), null);
  const claims: FigureClaim[] = reports.flatMap((report, j) =>
    extractClaims({ report, date: dates[j]!, storyAnchor: anchor, reportSource: report.source ?? findDateline(report.text)?.source ?? `report ${report.id}` }),
  );
  const texts = new Map(reports.map((r) => [r.id, r.text]));
  const g = gold[i]!;
  for (const s of strategies) {
    const k = findKeyFigures(claims, texts, { strategy: s, titles: new Map(reports.map((r) => [r.id, r.title])) });
    const c = correct.get(s)!;
    const kk = answer(k, 'killed');
    const ki = answer(k, 'injured');
    c.killed += Number(kk === g.killed);
    c.injured += Number(ki === g.injured);
    if (s === 'learned' && args.values.errors === true && (kk !== g.killed || ki !== g.injured)) {
      const rel = claims.filter((c) => ['killed', 'injured', 'shot'].includes(c.counted.measure) && c.counted.nounClass === 'people');
      errors.push(`== ${g.id} gold k${g.killed} i${g.injured} got k${kk} i${ki}\n` + rel.map((c) => `   ${c.counted.measure} ${c.value ?? c.low} [${c.text}] ${c.counted.role ?? ''}  | ${texts.get(c.report)!.slice(c.sentence.start, c.sentence.end).replace(/\s+/g, ' ').slice(0, 160)}`).join('\n'));
    }
  }
}
for (const s of strategies) {
  const c = correct.get(s)!;
  process.stdout.write(`${s.padEnd(7)} killed ${(c.killed / gold.length).toFixed(3)}  injured ${(c.injured / gold.length).toFixed(3)}\n`);
}
process.stdout.write(`${clusters.length} incidents, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
if (errors.length > 0) process.stdout.write(`${errors.join('\n')}\n`);
