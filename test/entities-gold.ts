/** @module Scores found entities against the hand-made gold of test/fixtures/entities-*: precision, recall and F1 per cluster. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findEntities, nameKey } from '../src/analyze/index.js';
import { readReports } from '../src/ingest/index.js';
import type { EntityType } from '../src/analyze/types.js';
import { FIXTURES_DIR, REPO_ROOT } from './repo-root.js';

export interface GoldEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
}

export interface GoldCluster {
  /** The dataset cluster id, or a label when the input is a folder of reports. */
  readonly id: string;
  /** Every person, organisation and place the documents name, as an editor would list them. */
  readonly entities: readonly GoldEntity[];
  /** Debatable names ("Syrian government"): a predicted entity of that type and name counts neither way. */
  readonly optional: readonly GoldEntity[];
}

export interface EntitiesCase {
  readonly name: string;
  /** A dataset .jsonl (one gold cluster per line id) or a folder of reports (one gold cluster). */
  readonly input: string;
  readonly clusters: readonly GoldCluster[];
}

/** What the scorer needs of a predicted entity. */
export interface Predicted {
  readonly name: string;
  readonly type: EntityType;
}

export interface Score {
  readonly gold: number;
  readonly predicted: number;
  /** Predicted entities left out of precision because they match an optional name. */
  readonly ignored: number;
  readonly found: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Gold entities no predicted entity names. */
  readonly missed: readonly string[];
  /** Predicted entities that name no gold entity, or one an earlier prediction already named ("split"). */
  readonly wrong: readonly string[];
}

/** Every `test/fixtures/entities-*` folder: `options.json` names the input, `expected.json` holds the gold. */
export function entitiesCases(): EntitiesCase[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name.startsWith('entities-'))
    .map((name) => {
      const dir = join(FIXTURES_DIR, name);
      const options = JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as { input: string };
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { clusters: GoldCluster[] };
      return { name, input: options.input, clusters: expected.clusters };
    });
}

/** The entities the code finds in one gold cluster's documents. */
export async function predictedFor(fixture: EntitiesCase, cluster: GoldCluster): Promise<Predicted[]> {
  const path = join(REPO_ROOT, fixture.input);
  const reports = path.endsWith('.jsonl') ? await readReports([path], { cluster: cluster.id }) : await readReports([path]);
  return findEntities(reports).map((e) => ({ name: e.name, type: e.type }));
}

/**
 * Entity-level scores. A predicted entity names a gold entity when their types are equal and the
 * predicted canonical name is the gold name or one of its aliases (compared by `nameKey`: case,
 * diacritics, a leading "the" and hyphens do not count). Matching is one to one, in the predicted
 * order: a second prediction naming an already named gold entity (an alias left unmerged) is wrong.
 * Precision = found / (predicted - ignored), recall = found / gold.
 */
export function scoreEntities(predicted: readonly Predicted[], gold: GoldCluster): Score {
  const names = (e: GoldEntity) => new Set([e.name, ...e.aliases].map(nameKey));
  const goldNames = gold.entities.map(names);
  const optionalNames = gold.optional.map(names);
  const named = new Set<number>();
  const wrong: string[] = [];
  let ignored = 0;
  for (const p of predicted) {
    const key = nameKey(p.name);
    const index = gold.entities.findIndex((g, i) => g.type === p.type && goldNames[i]!.has(key));
    if (index >= 0 && !named.has(index)) named.add(index);
    else if (index < 0 && gold.optional.some((g, i) => g.type === p.type && optionalNames[i]!.has(key))) ignored += 1;
    else wrong.push(`${p.name} (${p.type}${index >= 0 ? ', split' : ''})`);
  }
  const found = named.size;
  const scored = predicted.length - ignored;
  const precision = scored === 0 ? 0 : found / scored;
  const recall = gold.entities.length === 0 ? 0 : found / gold.entities.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const missed = gold.entities.filter((_, i) => !named.has(i)).map((g) => `${g.name} (${g.type})`);
  return { gold: gold.entities.length, predicted: predicted.length, ignored, found, precision, recall, f1, missed, wrong };
}
