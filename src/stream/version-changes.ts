/** @module What changed between two versions of a story: reports added, near copies linked, figures new or changed. */
import { z } from 'zod';

export interface FigureChange {
  readonly key: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface VersionChanges {
  readonly previousVersion: number | null;
  readonly newReports: readonly string[];
  /** New reports that are near copies of another report: `{ id, of }`. */
  readonly nearDuplicates: readonly { readonly id: string; readonly of: string }[];
  /** Whether the brief was computed again (false when only near copies arrived). */
  readonly isBriefRebuilt: boolean;
  readonly newFigures: readonly unknown[];
  readonly changedFigures: readonly FigureChange[];
}

/** A brief's figures, whatever their shape: the analyze stage owns it; we only need a stable key. */
const briefWithFigures = z.object({ figures: z.array(z.unknown()) });
const keyed = z.object({ what: z.string() }).or(z.object({ key: z.string() })).or(z.object({ id: z.string() })).or(z.object({ label: z.string() })).or(z.object({ text: z.string() }));

/**
 * A figure's identity: the analyze stage's `what` ("civilians killed in east Aleppo since ..."),
 * else a `key`, `id`, `label` or `text`, else its whole JSON.
 */
export function figureKey(figure: unknown): string {
  const parsed = keyed.safeParse(figure);
  if (!parsed.success) return JSON.stringify(figure);
  const value = parsed.data as Record<string, string>;
  return value.what ?? value.key ?? value.id ?? value.label ?? value.text ?? JSON.stringify(figure);
}

function figuresOf(brief: unknown): Map<string, unknown> {
  const parsed = briefWithFigures.safeParse(brief);
  return new Map((parsed.success ? parsed.data.figures : []).map((figure) => [figureKey(figure), figure]));
}

export interface ChangesInput {
  readonly previous: { readonly version: number; readonly reportIds: readonly string[]; readonly brief: unknown } | null;
  readonly reportIds: readonly string[];
  readonly nearDuplicates: ReadonlyMap<string, string>;
  readonly brief: unknown;
  readonly isBriefRebuilt: boolean;
}

export function versionChanges(input: ChangesInput): VersionChanges {
  const before = new Set(input.previous?.reportIds ?? []);
  const newReports = input.reportIds.filter((id) => !before.has(id));
  const oldFigures = figuresOf(input.previous?.brief);
  const newFigures: unknown[] = [];
  const changedFigures: FigureChange[] = [];
  for (const [key, figure] of figuresOf(input.brief)) {
    const old = oldFigures.get(key);
    if (old === undefined) newFigures.push(figure);
    else if (JSON.stringify(old) !== JSON.stringify(figure)) changedFigures.push({ key, before: old, after: figure });
  }
  return {
    previousVersion: input.previous?.version ?? null,
    newReports,
    nearDuplicates: newReports.flatMap((id) => {
      const of = input.nearDuplicates.get(id);
      return of === undefined ? [] : [{ id, of }];
    }),
    isBriefRebuilt: input.isBriefRebuilt,
    newFigures,
    changedFigures,
  };
}
