/** @module Which entity clusters could hold a name: lookups by the name forms that merging compares, so a mention is not compared with every cluster. */

/**
 * Cluster numbers by (kind, form). Merging asks it for the clusters that share a form with a mention and runs
 * its full comparison on those alone, in cluster order; every comparison that can succeed shares a form, so the
 * result is the one comparing with every cluster would give. Without it, merging was quadratic in the distinct
 * names: a 400,000-character text naming thousands of people took 100 s to brief.
 */
export class ClusterIndex<Kind extends string> {
  private readonly maps = new Map<Kind, Map<string, Set<number>>>();

  add(kind: Kind, form: string, cluster: number): void {
    let map = this.maps.get(kind);
    if (map === undefined) this.maps.set(kind, (map = new Map()));
    let set = map.get(form);
    if (set === undefined) map.set(form, (set = new Set()));
    set.add(cluster);
  }

  /** The clusters with any of the (kind, form) pairs, in ascending order. */
  find(pairs: readonly (readonly [Kind, string | null | undefined])[]): number[] {
    const found = new Set<number>();
    for (const [kind, form] of pairs) {
      if (form === null || form === undefined) continue;
      for (const cluster of this.maps.get(kind)?.get(form) ?? []) found.add(cluster);
    }
    return [...found].sort((a, b) => a - b);
  }
}
