/**
 * @module The store interface the stream core talks to: reports with their pending-work state,
 * stories and their versions, feeds and the assigner's snapshot. PGlite stands behind it today;
 * a PostgreSQL pool (with a job queue) can later without the core changing.
 */
import type { Headline, Report } from '../types.js';

export type ReportStatus = 'queued' | 'pending' | 'assigned' | 'duplicate' | 'failed';

export interface StoredReport {
  readonly id: string;
  readonly status: ReportStatus;
  /** The address it was fetched from (before redirects and canonical links), when it came from the web. */
  readonly fetchUrl: string | null;
  readonly feedUrl: string | null;
  /** The report as read; its text is empty while the URL is still queued. */
  readonly report: Report;
  readonly storyId: string | null;
  readonly similarity: number | null;
  /** The report of the same story this one is a near copy of (wire copy, minor edit). */
  readonly nearDuplicateOf: string | null;
  readonly duplicateOf: string | null;
  readonly attempts: number;
  readonly error: string | null;
  readonly addedAt: string;
}

export type AddOutcome =
  | { readonly kind: 'added'; readonly id: string }
  | { readonly kind: 'duplicate'; readonly id: string | null; readonly duplicateOf: string };

export interface Assignment {
  readonly reportId: string;
  readonly storyId: string;
  readonly isNewStory: boolean;
  readonly similarity: number;
  readonly nearDuplicateOf: string | null;
  readonly now: string;
  /** The report's own headline (its title, or a cut of its first sentence): a title replaces the story's headline, a cut only fills a missing one. */
  readonly headline?: Headline | null;
}

export interface StorySummary {
  readonly id: string;
  /** The newest title among its reports. */
  readonly title: string | null;
  /** What to call the story: its newest report's title, or a cut of its brief's lead sentence (storyHeadline). */
  readonly headline: Headline | null;
  readonly createdAt: string;
  readonly lastReportAt: string;
  readonly reportCount: number;
  /** Reports that are not near copies of another report of the story. */
  readonly independentCount: number;
  /** Bumped by every assignment; the brief is stale while it exceeds builtRevision. */
  readonly revision: number;
  readonly builtRevision: number;
  /** When the story became stale, or null when its latest version is current. */
  readonly dirtySince: string | null;
  readonly latestVersion: number;
  /** Brief builds that failed in a row since the last version (see markStoryBriefFailed); 0 after a version. */
  readonly briefFailures: number;
  /** Why the last brief build failed, or null. */
  readonly briefError: string | null;
  /** Not rebuilt before this time (a failed build's backoff), or null. */
  readonly briefRetryAt: string | null;
}

export interface StoryVersion {
  readonly storyId: string;
  readonly version: number;
  readonly createdAt: string;
  readonly reportIds: readonly string[];
  readonly brief: unknown;
  readonly changes: unknown;
}

export interface NewStoryVersion {
  readonly storyId: string;
  /** The story revision the brief was built from: later arrivals keep the story dirty. */
  readonly revision: number;
  readonly reportIds: readonly string[];
  readonly brief: unknown;
  readonly changes: unknown;
  readonly now: string;
  /** The story's headline as of this brief; when absent the story's headline stays as it is. */
  readonly headline?: Headline | null;
}

export interface Feed {
  readonly url: string;
  readonly title: string | null;
  readonly addedAt: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastPolledAt: string | null;
  readonly nextPollAt: string;
  readonly errorCount: number;
  readonly lastError: string | null;
  readonly lastStatus: number | null;
}

export interface FeedPollUpdate {
  readonly url: string;
  /** The feed's values after the poll (unchanged ones passed through). */
  readonly title: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly polledAt: string;
  readonly nextPollAt: string;
  readonly errorCount: number;
  readonly lastError: string | null;
  readonly lastStatus: number | null;
}

export interface QueuedUrl {
  readonly url: string;
  readonly title?: string | null;
  readonly publishedAt?: string | null;
}

export type StatusCounts = Readonly<Record<ReportStatus, number>>;

export interface Store {
  /** Stores a report read from a file or text as `pending`, unless its URL or text is already stored. */
  addReport(report: Report, now: string): Promise<AddOutcome>;
  /** Queues URLs to fetch (skipping known ones) and, when given, the feed's new poll state, in one transaction. */
  enqueueUrls(urls: readonly QueuedUrl[], now: string, feed?: { readonly feedUrl: string; readonly poll: FeedPollUpdate }): Promise<readonly AddOutcome[]>;
  /** Queued reports whose next attempt is due, oldest first. */
  dueFetches(now: string, limit: number): Promise<readonly StoredReport[]>;
  /** A queued report fetched: `pending` with its text, or `duplicate` when its canonical URL or text is already stored. */
  completeFetch(id: string, report: Report, now: string): Promise<AddOutcome>;
  /** A fetch failed: retried at `retryAt`, or `failed` for good when `retryAt` is null. */
  failFetch(id: string, message: string, retryAt: string | null): Promise<void>;
  pendingReports(limit: number): Promise<readonly StoredReport[]>;
  /**
   * Saves a batch of assignments and their stories' bookkeeping in one transaction: the batch
   * commits whole or not at all, and a report that is no longer pending refuses the whole batch.
   * With `assignerState` (not null), the assigner snapshot taken after the last of them is saved
   * too; the snapshot is the whole assigner (≈1.8 MB of JSON after 400 reports), so callers save it
   * every few hundred assignments and a restart replays the ones since (`assignedAfterSnapshot`).
   * Returns the stories the batch touched as they stand after it (for callers that keep views).
   */
  recordAssignments(assignments: readonly Assignment[], assignerState: unknown | null, now: string): Promise<readonly StorySummary[]>;
  loadAssignerState(): Promise<unknown | null>;
  /** Reports assigned after the saved snapshot, in the order they were assigned (every assigned report when there is none). */
  assignedAfterSnapshot(): Promise<readonly StoredReport[]>;
  /** Assignments the saved snapshot does not include, or null when none was saved yet. */
  assignmentsSinceSnapshot(): Promise<number | null>;
  getReport(id: string): Promise<StoredReport | null>;
  storyReports(storyId: string): Promise<readonly StoredReport[]>;
  counts(): Promise<StatusCounts>;

  /** Newest activity first. */
  listStories(limit?: number): Promise<readonly StorySummary[]>;
  /** Stories whose headline, summary or entity names (aliases included) match every word of `query`, best match first. */
  searchStories(query: string, limit?: number): Promise<readonly StorySummary[]>;
  getStory(id: string): Promise<StorySummary | null>;
  dirtyStories(): Promise<readonly StorySummary[]>;
  /** Saves version latest+1 and marks the story built up to `revision`. */
  saveStoryVersion(version: NewStoryVersion): Promise<StoryVersion>;
  /** Marks a story built up to `revision` without a new version (nothing that the brief reads changed). */
  markStoryBuilt(storyId: string, revision: number, now: string): Promise<void>;
  /**
   * Records a failed brief build: one more failure in a row, its reason, and the time before which the story is
   * not rebuilt (`retryAt`); with `retryAt` null the story is given up as built up to `revision`, as
   * markStoryBuilt, until a new report arrives. A saved version clears the failures.
   */
  markStoryBriefFailed(storyId: string, failure: { readonly revision: number; readonly message: string; readonly retryAt: string | null; readonly now: string }): Promise<void>;
  storyVersion(storyId: string, version?: number): Promise<StoryVersion | null>;

  addFeed(url: string, now: string): Promise<boolean>;
  removeFeed(url: string): Promise<boolean>;
  listFeeds(): Promise<readonly Feed[]>;
  dueFeeds(now: string): Promise<readonly Feed[]>;
  recordPoll(update: FeedPollUpdate): Promise<void>;

  close(): Promise<void>;
}
