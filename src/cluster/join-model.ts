/** @module The shipped model that decides whether a dated report joins a candidate story: logistic regression over join-features.ts, weights in join-model.json. */
import { z } from 'zod';
import shipped from './join-model.json' with { type: 'json' };
import { JOIN_FEATURE_NAMES } from './join-features.js';

const joinModelSchema = z.object({
  note: z.string().optional(),
  /** Must list JOIN_FEATURE_NAMES in order: a model fitted on other features is refused, not misread. */
  features: z.array(z.string()),
  weights: z.array(z.number()),
  bias: z.number(),
  /** Probability at or above which the most probable candidate is joined. */
  threshold: z.number().min(0).max(1),
});

export type JoinModel = Readonly<z.infer<typeof joinModelSchema>>;

/** Checks a model (the shipped JSON, or one a fitting script wrote) against the features this code computes. */
export function parseJoinModel(value: unknown): JoinModel {
  const model = joinModelSchema.parse(value);
  if (model.features.join(',') !== JOIN_FEATURE_NAMES.join(',') || model.weights.length !== JOIN_FEATURE_NAMES.length) {
    throw new Error(`Join model: expected features ${JOIN_FEATURE_NAMES.join(', ')}, got ${model.features.join(', ')} with ${model.weights.length} weights`);
  }
  return model;
}

/** The model fitted by scripts/learn-cluster-join.ts on the GVA dev stream (docs/design-clustering.md). */
export const SHIPPED_JOIN_MODEL: JoinModel = parseJoinModel(shipped);

/** Probability that the pair is one event. */
export function joinProbability(features: readonly number[], model: JoinModel): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i += 1) z += (features[i] ?? 0) * (model.weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
