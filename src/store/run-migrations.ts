/** @module Brings a database up to the newest schema: each migration not yet in schema_version runs in its own transaction. */
import { z } from 'zod';
import { NewsbriefError } from '../errors.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import type { SqlClient } from './sql-client.js';

const versionRow = z.object({ version: z.number().int() });

/** Applies the missing migrations in order and returns the schema version reached. */
export async function runMigrations(client: SqlClient, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  await client.exec('create table if not exists schema_version (version integer primary key, name text not null, applied_at timestamptz not null default now())');
  const applied = new Set((await client.query('select version from schema_version')).rows.map((row) => versionRow.parse(row).version));
  const newest = Math.max(0, ...migrations.map((m) => m.version));
  const unknown = [...applied].filter((v) => v > newest);
  if (unknown.length > 0) {
    throw new NewsbriefError('BAD_INPUT', `The data directory has schema version ${Math.max(...unknown)}: expected at most ${newest}; upgrade newsbrief`);
  }
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    await client.transaction(async (tx) => {
      // A transaction's statements go one by one: PostgreSQL's extended protocol takes a single statement per query.
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('insert into schema_version (version, name) values ($1, $2)', [migration.version, migration.name]);
    });
  }
  return newest;
}

/** Splits a migration on the semicolons that end its statements (migrations hold no functions or quoted semicolons). */
export function splitStatements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
