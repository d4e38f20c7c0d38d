/** @module Timeline: report dates, dated events and the dates that could not be placed. */
export { findReportDates, findStoryAnchor, relativeReference } from './report-dates.js';
export { buildTimeline, type Timeline, type TimelineInput } from './build-timeline.js';
export { timelineDate, DEFAULT_MAX_WINDOW_HOURS, type TimelineDate } from './timeline-date.js';
export { fillYear } from './fill-year.js';
