/**
 * @module The store's schema as ordered SQL migrations (PostgreSQL dialect, run by PGlite today and
 * by PostgreSQL later). Never edit a migration that has shipped: add the next one.
 */

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const INITIAL = `
create sequence report_seq;

-- Every report, from the moment its URL or text is known. status is the pending-work state:
-- queued (URL known, not fetched) -> pending (text stored) -> assigned (in a story);
-- a queued URL may end as duplicate (its canonical URL or text was already stored) or failed.
create table reports (
  seq bigint primary key,
  id text not null unique,
  status text not null check (status in ('queued', 'pending', 'assigned', 'duplicate', 'failed')),
  fetch_url text,
  feed_url text,
  url text,
  path text,
  title text,
  source text,
  published_at text,
  author text,
  text text,
  text_hash text unique,
  non_article jsonb not null default '[]',
  origins jsonb not null default '{}',
  story_id text,
  similarity double precision,
  near_duplicate_of text,
  duplicate_of text,
  attempts integer not null default 0,
  next_attempt_at timestamptz,
  error text,
  added_at timestamptz not null,
  processed_at timestamptz
);
create index reports_status on reports (status, seq);
create index reports_story on reports (story_id, seq);

-- Every address a report is known by (fetched, canonical), normalised: one report per address.
create table report_urls (
  url_key text primary key,
  report_id text not null references reports (id)
);

-- A story is dirty while revision > built_revision: reports arrived since its last brief.
create table stories (
  id text primary key,
  title text,
  created_at timestamptz not null,
  last_report_at timestamptz not null,
  report_count integer not null default 0,
  independent_count integer not null default 0,
  revision integer not null default 0,
  built_revision integer not null default 0,
  dirty_since timestamptz,
  latest_version integer not null default 0
);
create index stories_activity on stories (last_report_at desc);

create table story_versions (
  story_id text not null references stories (id),
  version integer not null,
  created_at timestamptz not null,
  report_ids jsonb not null,
  brief jsonb not null,
  changes jsonb not null,
  primary key (story_id, version)
);

create table feeds (
  url text primary key,
  title text,
  added_at timestamptz not null,
  etag text,
  last_modified text,
  last_polled_at timestamptz,
  next_poll_at timestamptz not null,
  error_count integer not null default 0,
  last_error text,
  last_status integer
);

-- The story assigner's snapshot, written in the same transaction as each assignment.
create table assigner_state (
  id integer primary key check (id = 1),
  state jsonb not null,
  updated_at timestamptz not null
);
`;

/**
 * The assigner's snapshot is saved every few hundred assignments instead of with every batch (it is
 * the whole assigner, megabytes of JSON): each assignment gets its place in the order of assignment,
 * and the snapshot row records the last one it includes, so a restart replays the ones after it.
 * Reports assigned before this migration have no place: the snapshot saved with them covers them.
 */
const ASSIGNMENT_ORDER = `
create sequence assignment_seq;
alter table reports add column assignment_seq bigint;
create index reports_assignment on reports (assignment_seq);
alter table assigner_state add column through_seq bigint not null default 0;
`;

/**
 * A brief that failed for a reason that may pass (its build ran past the time budget) is retried later:
 * how many times it failed in a row, why, and not before when. A built version clears them.
 */
const BRIEF_RETRY = `
alter table stories add column brief_failures integer not null default 0;
alter table stories add column brief_error text;
alter table stories add column brief_retry_at timestamptz;
`;

/**
 * Every story gets a headline (issue 19): its newest report's title, or a prefix of its brief's lead
 * sentence with the report and span it came from ({text, kind, report, start, end}, `Headline` in
 * types.ts). Stories that have a title take it as their headline here; the others get one from their
 * next report or brief.
 */
const STORY_HEADLINE = `
alter table stories add column headline jsonb;
update stories s set headline = jsonb_build_object('text', s.title, 'kind', 'title', 'report', r.id, 'start', null, 'end', null)
  from (select distinct on (story_id, title) story_id, title, id from reports where story_id is not null and title is not null order by story_id, title, seq) r
  where s.title is not null and r.story_id = s.id and r.title = s.title;
`;

/**
 * Search (issue 19) matches a story's headline, summary and entity names with their aliases, ranked by
 * PostgreSQL full-text search (PGlite has the same English configuration). The brief's part is kept per
 * story as of its latest version, entities weighted B and the summary C; the headline (weight A) is read
 * live, since a new titled report changes it before the next brief. The stories already built are indexed here.
 */
const STORY_SEARCH = `
alter table stories add column search_document tsvector;
update stories s set search_document = ${briefSearchDocument('v.brief')}
  from story_versions v where v.story_id = s.id and v.version = s.latest_version;
`;

/**
 * The searchable part of a brief (SQL over the jsonb `brief`): entity names and aliases (B), summary text (C).
 * Anything not shaped as expected counts as no text. Also used by every new version (story-queries.ts), so
 * a change here needs a migration that re-indexes.
 */
export function briefSearchDocument(brief: string): string {
  const array = (path: string): string => `(case when jsonb_typeof(${path}) = 'array' then ${path} else '[]'::jsonb end)`;
  const entities = `(select string_agg(concat_ws(' ', e->>'name', (select string_agg(a, ' ') from jsonb_array_elements_text(${array("e->'aliases'")}) as a)), ' ')
      from jsonb_array_elements(${array(`${brief}->'entities'`)}) as e where jsonb_typeof(e) = 'object')`;
  const summary = `(select string_agg(s->>'text', ' ') from jsonb_array_elements(${array(`${brief}->'summary'`)}) as s where jsonb_typeof(s) = 'object')`;
  return `setweight(to_tsvector('english', coalesce(${entities}, '')), 'B') || setweight(to_tsvector('english', coalesce(${summary}, '')), 'C')`;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'reports, stories, versions, feeds, assigner state', sql: INITIAL },
  { version: 2, name: 'order of assignment, snapshot saved every few hundred assignments', sql: ASSIGNMENT_ORDER },
  { version: 3, name: 'brief failures retried later', sql: BRIEF_RETRY },
  { version: 4, name: 'story headlines', sql: STORY_HEADLINE },
  { version: 5, name: 'story search: headline, summary, entity names', sql: STORY_SEARCH },
];
