/** @module Prints entity precision, recall and F1 of the current code on every hand-made gold cluster in test/fixtures/entities-*. */
import { entitiesCases, predictedFor, scoreEntities } from '../test/entities-gold.js';
import { parseScriptArgs } from './lib/script-args.js';

const { values } = parseScriptArgs(
  `usage: node dist/scripts/score-entities.js [--errors]
  Scores findEntities on the gold clusters of test/fixtures/entities-*/expected.json (see test/entities-gold.ts
  for what counts). --errors also lists each cluster's missed and wrong entities.`,
  { options: { errors: { type: 'boolean', default: false } } },
);

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
process.stdout.write('cluster                gold  pred  found      P      R     F1\n');
for (const fixture of entitiesCases()) {
  for (const cluster of fixture.clusters) {
    const s = scoreEntities(await predictedFor(fixture, cluster), cluster);
    process.stdout.write(`${cluster.id.padEnd(21)} ${String(s.gold).padStart(5)} ${String(s.predicted - s.ignored).padStart(5)} ${String(s.found).padStart(6)}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}\n`);
    if (values.errors) {
      process.stdout.write(`  missed: ${s.missed.join('; ') || '-'}\n  wrong:  ${s.wrong.join('; ') || '-'}\n`);
    }
  }
}
