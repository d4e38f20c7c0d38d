/**
 * @module Brief: composing one story's brief (summary, figures, timeline, entities) and rendering it as text,
 * Markdown and JSON for every interface. The analyze stage behind the facts is loaded on first use, so
 * importing this entry does not load the tagger.
 */
export { brief, shortestSummarySentence, summarizeDocuments, summarizeReports, DEFAULT_MAX_WORDS, type Brief, type BriefOptions } from './compose-brief.js';
export { countNoun } from './count-noun.js';
export { BriefSchema, type StoredBrief } from './brief-schema.js';
export { renderSummaryText, renderSummaryMarkdown } from './render-summary.js';
export { renderFactsText, renderFactsMarkdown } from './render-facts.js';
export { renderStoryText } from './render-story.js';
export { displayText } from './display-text.js';
export { storyTitle } from './story-title.js';
