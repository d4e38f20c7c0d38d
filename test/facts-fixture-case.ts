/** @module Shared by the story-facts fixture runner and its regenerate script: one folder of reports, one expected projection. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReports } from '../src/analyze/index.js';
import { readReports } from '../src/ingest/index.js';
import { FIXTURES_DIR, REPO_ROOT } from './repo-root.js';

export interface FactsCase {
  readonly name: string;
  readonly dir: string;
  readonly input: string;
}

/** Every `test/fixtures/*-facts/` folder: `options.json` names the input, relative to the repository. */
export function factsCases(): FactsCase[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith('-facts'))
    .map((name) => {
      const dir = join(FIXTURES_DIR, name);
      const options = JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as { input: string };
      return { name, dir, input: options.input };
    });
}

/**
 * The facts as the fixture stores them: the JSON fields of `brief --format json` with what an editor
 * checks by hand against the text (entity mention refs left out; their count is kept).
 */
export async function factsFor(fixture: FactsCase): Promise<unknown> {
  const reports = await readReports([join(REPO_ROOT, fixture.input)]);
  const facts = analyzeReports(reports);
  return {
    keyFigures: facts.keyFigures.map(({ measure, counted, value, low, high, status, sources, values }) => ({ measure, counted, value, low, high, status, sources, values: values.map((v) => v.value ?? v.low) })),
    reportDates: facts.reportDates.map(({ report, date, origin, inferred }) => ({ report, date, origin, inferred })),
    figures: facts.figures.map((g) => ({
      what: g.what,
      status: g.status,
      claims: g.claims.map((c) => ({
        value: c.value, low: c.low, high: c.high, text: c.text, source: c.source, attributed: c.attributed,
        report: c.report, start: c.start, end: c.end, date: c.date,
        ...(c.disputedBy !== null ? { disputedBy: c.disputedBy } : {}),
        ...(c.isConditional ? { isConditional: true } : {}),
      })),
    })),
    timeline: facts.timeline.map((e) => ({ date: e.date, inferred: e.inferred, expression: e.expression.text, report: e.report, start: e.start, end: e.end })),
    unresolved: facts.unresolved.map((u) => ({ text: u.text, report: u.report, start: u.start, end: u.end })),
    entities: facts.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions })),
  };
}

export function expectedFor(fixture: FactsCase): unknown {
  return JSON.parse(readFileSync(join(fixture.dir, 'expected.json'), 'utf8'));
}
