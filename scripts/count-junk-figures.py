#!/usr/bin/python3
"""Count suspected junk figure claims in `newsbrief batch DATASET --format json` output.

usage: count-junk-figures.py BRIEFS.jsonl DATASET.jsonl

A claim is suspected junk when the text right around it (from the dataset's report text, by the
claim's offsets) reads as a time of day, street block or address, phone number, bare year, age,
speed, distance, weight or calibre. Regular expressions only: a check, not a gold standard.
Standard library only.
"""
import collections, json, re, sys

KINDS = [
    ('time', re.compile(r'^\s*(?::\d\d|[ap]\.?m\b|o\'clock)', re.I), 'after'),
    ('time', re.compile(r'\d:$'), 'before'),
    ('block', re.compile(r'^\s*block\b', re.I), 'after'),
    ('address', re.compile(r'^(?:\s+[NSEW]\.?)?(?:\s+[A-Z][\w.]*){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln)\b'), 'after'),
    ('phone', re.compile(r'^[-.]\d{3,4}\b'), 'after'),
    ('phone', re.compile(r'\d{3}[-.)]\s?$'), 'before'),
    ('year', re.compile(r'^(?:19|20)\d\d$'), 'self'),
    ('age', re.compile(r'(?:[A-Z]\w+|man|woman|boy|girl|victim|suspect),\s*$'), 'before+comma'),
    ('age', re.compile(r'^\s*(?:-?years?[- ]old|years? of age)', re.I), 'after'),
    ('speed', re.compile(r'^\s*(?:mph|km/h|kph|miles? (?:per|an) hour)\b', re.I), 'after'),
    ('distance', re.compile(r'^\s*(?:miles?|km|kilomet\w+|feet|foot|yards?|meters?|metres?)\b', re.I), 'after'),
    ('weight', re.compile(r'^\s*(?:pounds?|lbs?|kg|kilograms?|tons?|tonnes?)\b', re.I), 'after'),
    ('calibre', re.compile(r'^\s*(?:mm|caliber|calibre|gauge)\b', re.I), 'after'),
]

def reports_of(dataset):
    texts = {}
    for line in open(dataset, encoding='utf-8'):
        if not line.strip():
            continue
        c = json.loads(line)
        if c.get('reports'):
            for r in c['reports']:
                texts[r['id']] = r['text']
        else:
            for i, t in enumerate(c.get('documents', [])):
                texts['%s#%d' % (c['id'], i)] = t
    return texts

def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    texts = reports_of(sys.argv[2])
    counts = collections.Counter()
    claims = 0
    examples = collections.defaultdict(list)
    for line in open(sys.argv[1], encoding='utf-8'):
        if not line.strip():
            continue
        b = json.loads(line)
        for g in b.get('figures', []):
            for c in g['claims']:
                claims += 1
                text = texts.get(c['report'], '')
                num = re.match(r'[\d,.]+', re.sub(r'^\D*', '', c['text']))
                qend = c['start'] + len(c['text'].split(' ')[0]) if not num else c['start'] + c['text'].find(num.group(0)) + len(num.group(0))
                qstart = qend - (len(num.group(0)) if num else 0)
                # "A 16-year-old boy" is a count of one person: the age in it is not the claim's value.
                if num and c['value'] is not None and num.group(0).replace(',', '').rstrip('.') not in (str(int(c['value'])) if float(c['value']).is_integer() else str(c['value'])):
                    continue
                before, after = text[max(0, qstart - 30):qstart], text[qend:qend + 30]
                for kind, rx, where in KINDS:
                    if where == 'after' and num and rx.search(after) or where == 'before' and num and rx.search(before) \
                            or where == 'self' and num and rx.search(num.group(0)) and c['value'] is not None \
                            or where == 'before+comma' and num and rx.search(before) and re.match(r'^\s*,', after) and c['value'] is not None and c['value'] < 100:
                        counts[kind] += 1
                        if len(examples[kind]) < 3:
                            examples[kind].append(text[max(0, qstart - 25):qend + 25].replace('\n', ' '))
                        break
    total = sum(counts.values())
    print('%d claims, %d suspected junk (%.1f%%)' % (claims, total, 100.0 * total / max(1, claims)))
    for kind, n in counts.most_common():
        print('  %-9s %5d   e.g. %s' % (kind, n, ' | '.join(examples[kind])))

main()
