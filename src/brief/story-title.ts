/** @module What a story is called wherever it is shown: its headline, else its newest title, else its id. */
import type { StorySummary } from '../store/index.js';

/** Never empty: the id stands in only for a story whose reports have no title and no words of text. */
export function storyTitle(story: Pick<StorySummary, 'id' | 'title' | 'headline'>): string {
  return story.headline?.text ?? story.title ?? `Story ${story.id}`;
}
