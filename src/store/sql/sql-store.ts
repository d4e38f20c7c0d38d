/** @module The Store over any PostgreSQL client: each method is one statement or one transaction. */
import type { SqlClient } from '../sql-client.js';
import type { Store } from '../store.js';
import * as feeds from './feed-queries.js';
import * as reports from './report-queries.js';
import * as stories from './story-queries.js';

/** Longest story list returned when no limit is given. */
export const DEFAULT_STORY_LIST_LIMIT = 1000;

/** A Store whose SQL is PostgreSQL's: PGlite's client today, a pg pool's later. */
export function createSqlStore(client: SqlClient): Store {
  return {
    // A report without an address is one statement: no transaction to open (report-queries.ts).
    addReport: (report, now) => (reports.hasAddress(report) ? client.transaction((tx) => reports.addReport(tx, report, now)) : reports.addReport(client, report, now)),
    enqueueUrls: (urls, now, feed) =>
      client.transaction(async (tx) => {
        const outcomes = [];
        for (const item of urls) outcomes.push(await reports.enqueueUrl(tx, item, feed?.feedUrl ?? null, now));
        if (feed !== undefined) await feeds.recordPoll(tx, feed.poll);
        return outcomes;
      }),
    dueFetches: (now, limit) => reports.dueFetches(client, now, limit),
    completeFetch: (id, report, now) => client.transaction((tx) => reports.completeFetch(tx, id, report, now)),
    failFetch: (id, message, retryAt) => reports.failFetch(client, id, message, retryAt),
    pendingReports: (limit) => reports.pendingReports(client, limit),
    recordAssignments: (assignments, assignerState, now) => client.transaction((tx) => stories.recordAssignments(tx, assignments, assignerState, now)),
    loadAssignerState: () => stories.loadAssignerState(client),
    assignedAfterSnapshot: () => stories.assignedAfterSnapshot(client),
    assignmentsSinceSnapshot: () => stories.assignmentsSinceSnapshot(client),
    getReport: (id) => reports.getReport(client, id),
    storyReports: (storyId) => reports.storyReports(client, storyId),
    counts: () => reports.countByStatus(client),
    listStories: (limit = DEFAULT_STORY_LIST_LIMIT) => stories.listStories(client, limit),
    searchStories: (query, limit = DEFAULT_STORY_LIST_LIMIT) => stories.searchStories(client, query, limit),
    getStory: (id) => stories.getStory(client, id),
    dirtyStories: () => stories.dirtyStories(client),
    saveStoryVersion: (version) => client.transaction((tx) => stories.saveStoryVersion(tx, version)),
    markStoryBuilt: (storyId, revision, now) => stories.markStoryBuilt(client, storyId, revision, now),
    markStoryBriefFailed: (storyId, failure) => stories.markStoryBriefFailed(client, storyId, failure),
    storyVersion: (storyId, version) => stories.storyVersion(client, storyId, version),
    addFeed: (url, now) => feeds.addFeed(client, url, now),
    removeFeed: (url) => feeds.removeFeed(client, url),
    listFeeds: () => feeds.listFeeds(client),
    dueFeeds: (now) => feeds.dueFeeds(client, now),
    recordPoll: (update) => feeds.recordPoll(client, update),
    close: () => client.close(),
  };
}
