/** @module Feeds: parsing, conditional polling, schedules and per-host politeness: re-exports. */
export { parseFeed, type FeedItem, type ParsedFeed } from './parse-feed.js';
export { decodeFeed } from './decode-feed.js';
export { pollFeed, type FeedValidators, type PollResult } from './poll-feed.js';
export { scheduleNextPoll, parseRetryAfter, DEFAULT_POLL_INTERVAL_MS, DEFAULT_MAX_BACKOFF_MS, type PollSchedule, type ScheduleOptions } from './feed-schedule.js';
export { createHostGate, DEFAULT_HOST_DELAY_MS, type HostGate, type HostGateOptions } from './host-gate.js';
