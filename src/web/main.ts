/** @module The page's entry: routes by hash (#/story/ID), loads stories and briefs, and follows /api/events to update without a reload. */
import { fetchFeeds, fetchStories, fetchStory, type SourceRef } from './api.js';
import { el, replaceChildren } from './dom.js';
import { showSource } from './render-source.js';
import { renderStory } from './render-story.js';
import { renderFeedList, renderStoryList } from './render-story-list.js';
import { storyIdFromHash } from './route.js';

/** Events come in bursts (one per assigned report); one refresh per burst is enough. */
const REFRESH_DEBOUNCE_MS = 250;
/** How long a story that just changed stays highlighted in the list. */
const FLASH_MS = 4_000;

const $ = (id: string): HTMLElement => document.getElementById(id)!;
const state = { query: '', currentId: null as string | null, flash: new Set<string>(), listTimer: 0, storyTimer: 0 };

function currentStoryId(): string | null {
  return storyIdFromHash(location.hash);
}

async function refreshList(): Promise<void> {
  const [stories, feeds] = await Promise.all([fetchStories(state.query), fetchFeeds()]);
  renderFeedList($('feed-list'), feeds);
  $('stories-empty').hidden = stories.length > 0;
  renderStoryList($('story-list'), stories, state.currentId, state.flash);
  // With no story chosen, open the most recently active one.
  if (state.currentId === null && stories[0] !== undefined && state.query === '') location.hash = `#/story/${encodeURIComponent(stories[0].id)}`;
}

function openSource(primary: SourceRef, others: readonly SourceRef[]): void {
  void showSource($('source'), primary, others, openSource);
}

async function refreshStory(): Promise<void> {
  const id = state.currentId;
  const main = $('story');
  if (id === null) return;
  try {
    const detail = await fetchStory(id);
    if (state.currentId !== id) return;
    replaceChildren(main, ...renderStory(detail, { onSource: openSource }));
  } catch (error) {
    replaceChildren(main, el('p', { class: 'muted' }, `Cannot load story ${id}: ${(error as Error).message}`));
  }
}

function scheduleList(): void {
  clearTimeout(state.listTimer);
  state.listTimer = window.setTimeout(() => void refreshList(), REFRESH_DEBOUNCE_MS);
}

function scheduleStory(): void {
  clearTimeout(state.storyTimer);
  state.storyTimer = window.setTimeout(() => void refreshStory(), REFRESH_DEBOUNCE_MS);
}

function onRoute(): void {
  state.currentId = currentStoryId();
  $('source').hidden = true;
  scheduleList();
  void refreshStory().then(() => $('story').focus({ preventScroll: true }));
}

function followEvents(): void {
  const live = $('live');
  const source = new EventSource('/api/events');
  const setLive = (s: string, label: string): void => {
    live.dataset.state = s;
    live.textContent = label;
  };
  source.addEventListener('open', () => setLive('live', 'live'));
  source.addEventListener('error', () => setLive('offline', 'reconnecting'));
  const onChange = (event: MessageEvent<string>): void => {
    const data = JSON.parse(event.data) as { story?: string };
    if (typeof data.story !== 'string') return;
    const story = data.story;
    state.flash.add(story);
    window.setTimeout(() => state.flash.delete(story), FLASH_MS);
    scheduleList();
    if (story === state.currentId) scheduleStory();
  };
  source.addEventListener('report', onChange);
  source.addEventListener('brief', onChange);
  source.addEventListener('feed', () => scheduleList());
}

$('search').addEventListener('submit', (event) => event.preventDefault());
$('q').addEventListener('input', (event) => {
  state.query = (event.target as HTMLInputElement).value.trim();
  scheduleList();
});
window.addEventListener('hashchange', onRoute);
onRoute();
followEvents();
