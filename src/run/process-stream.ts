/** @module One pass of the processing loop: fetch what is queued, assign what is pending, rebuild the briefs that are due. */
import type { StoryAssigner } from '../cluster/index.js';
import { assignPending, fetchQueued, rebuildBriefs, type RebuildOptions, type StreamContext } from '../stream/index.js';

export interface PassSummary {
  readonly fetched: number;
  readonly assigned: number;
  readonly briefs: number;
}

/** Holds the in-memory assigner across passes (null until first needed). */
export interface AssignerHolder {
  assigner: StoryAssigner | null;
}

/**
 * Every stage reads its work from the store (queued, pending, stale), never from memory, so a pass
 * started after a crash picks up exactly where the dead process stopped.
 */
export async function processPass(context: StreamContext, holder: AssignerHolder, options: RebuildOptions = {}, signal?: AbortSignal): Promise<PassSummary> {
  const fetched = await fetchQueued(context, signal);
  const assigned = await assignPending(context, holder, signal);
  const briefs = await rebuildBriefs(context, options, signal);
  return { fetched, assigned, briefs };
}
