#!/usr/bin/env python3
"""Sorts the key-figure ranker's cross-validated misses into classes, for error analysis.

Input: the file `node dist/scripts/learn-key-figures.js --dump FILE` writes (one line per incident and measure,
with the CV pick, the candidates and every killed / injured / shot claim). The classes are read by rules from the
candidates and the claim sentences; they are a guide for where to work, checked by reading a sample, not a gold.
Usage: python3 scripts/classify-key-figure-misses.py FILE [--show CLASS]
"""
import collections
import json
import re
import sys

OTHER_INCIDENT = re.compile(r"\b(?:separate|another shooting|unrelated|earlier|last (?:week|month|year)|in (?:19|20)\d\d|"
                            r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|weekend|"
                            r"latest in|so far this year|since|crash|overnight shootings|\d+ hours)", re.I)


def classify(r):
    m, g, p = r['measure'], r['gold'], r['cv']
    kinds = {c['value']: set(c['kinds']) for c in r['candidates']}
    claims = [c for c in r['claims'] if c['cls'] == 'people']
    own = [c for c in claims if c['m'] == m]
    shot = [c for c in claims if c['m'] == 'shot']
    suspects = [c for c in claims if c['role'] == 'suspects' and c['m'] == 'killed']
    picked = [c for c in own if c['v'] == p]
    if g not in kinds:
        if not own and not shot:
            return 'missing: no count of the measure in any text (title-only, "dies", obituary)'
        if all(v < g for v in kinds):
            if m == 'killed' and suspects:
                return 'missing: too low, shooter killed (by police or himself) not added'
            if any(c['v'] == 1 for c in own) and sum(1 for c in own if c['v'] == 1) >= 2:
                return 'missing: too low, victims named one by one, not summed'
            return 'missing: too low, the count is not read (coordination, noun, update)'
        return 'missing: every candidate too high (other incidents, counts that include the injured)'
    gk = kinds[g]
    if gk == {'zeroUnstated'}:
        if picked and all(OTHER_INCIDENT.search(c['sentence']) for c in picked):
            return 'ranker: gold 0, took a count of another incident mentioned in the text'
        if m == 'injured' and 'derived' in kinds.get(p, set()):
            return 'ranker: gold 0, took shot minus killed'
        return 'ranker: gold 0, took a stated count (other report, unrelated page, misread)'
    if gk & {'namedOneByOne', 'reportSum'} and not gk & {'stated', 'derived'}:
        return 'ranker: gold is a sum (victims named one by one / sentences summed), took a part'
    if gk & {'plusSelf'} and not gk & {'stated'}:
        return 'ranker: gold adds the shooter killed, not chosen'
    if gk & {'derived'} and not gk & {'stated'}:
        return 'ranker: gold is "N shot" minus killed (GVA counts shot-not-killed as injured), took another'
    if gk == {'fromTitle'}:
        return 'ranker: gold only in a title, not chosen'
    if p > g:
        if picked and all(OTHER_INCIDENT.search(c['sentence']) for c in picked):
            return 'ranker: gold stated, took a larger count of another incident'
        if m == 'injured' and 'derived' in kinds.get(p, set()):
            return 'ranker: gold stated, took a larger shot-minus-killed'
        return 'ranker: gold stated, took a larger value (sum, total with others, earlier figure)'
    return 'ranker: gold stated, took a smaller value (first report, a part, later update missed)'


def main():
    path = sys.argv[1]
    show = sys.argv[sys.argv.index('--show') + 1] if '--show' in sys.argv else None
    rows = [json.loads(line) for line in open(path, encoding='utf-8') if line.strip()]
    for m in ('killed', 'injured'):
        R = [r for r in rows if r['measure'] == m]
        misses = [r for r in R if r['cv'] != r['gold']]
        counts = collections.Counter(classify(r) for r in misses)
        print(f"{m}: {len(misses)} CV misses of {len(R)} (CV accuracy {1 - len(misses) / len(R):.3f})")
        for k, n in sorted(counts.items(), key=lambda kv: (not kv[0].startswith('missing'), -kv[1])):
            print(f"  {n:4d}  {k}")
        if show:
            for r in misses:
                if show in classify(r):
                    print(f"    {r['id']} gold {r['gold']} cv {r['cv']} cands {[c['value'] for c in r['candidates']]}")


if __name__ == '__main__':
    main()
