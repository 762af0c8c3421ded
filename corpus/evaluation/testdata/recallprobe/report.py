#!/usr/bin/env python3
"""Tables of the recall probe. Usage: report.py CLASSIFIED (classify.py's OUT)."""
import json, collections, re, sys
L = [json.loads(l) for l in open(sys.argv[1])]
def trim(s, n=150):
    s = ' '.join(s.split())
    return s if len(s) <= n else s[:n-1] + '…'
def split(ds):
    g = sum(1 for d in ds if d['corpus'] == 'gnad'); return g, len(ds) - g, len(ds)
print('## classes (gnad, sd, total)')
for c in ['a1', 'a2', 'b1', 'b2', 'c', 'd']:
    ds = [d for d in L if d['cls'] == c]
    print(c, *split(ds))
print('total', *split(L))

def site_key(d):
    s = d['site']
    if s.startswith("extract.go:640 mood=none (hypothetical word"):
        return "extract.go:640 mood=none (modal/subjunctive word)"
    return s
print('\n## (b) sites: site | b1 gnad/sd | b2 gnad/sd | total')
B = [d for d in L if d['cls'] in ('b1', 'b2')]
cnt = collections.Counter(site_key(d) for d in B)
for k, v in cnt.most_common(20):
    b1 = [d for d in B if site_key(d) == k and d['cls'] == 'b1']
    b2 = [d for d in B if site_key(d) == k and d['cls'] == 'b2']
    print(f'{k} | {split(b1)[0]}/{split(b1)[1]} | {split(b2)[0]}/{split(b2)[1]} | {v}')
    ex = [d for d in B if site_key(d) == k]
    print('   comment:', trim(ex[0].get('comment', ''), 200))
    seen = set()
    for d in (b1 + b2)[:40]:
        if len(seen) >= 3: break
        if d['sent'] in seen: continue
        seen.add(d['sent'])
        print(f"   ex [{d['corpus']}/{d['cls']}] cand {d.get('cand')} gold {'/'.join(dict.fromkeys(d['goldtriggers']))[:40]}: {trim(d['sent'])}")
print('\n## b2: status of the gold trigger word', collections.Counter(d['gt'] for d in L if d['cls'] == 'b2'))
print('## b2 by corpus: gold trigger none', split([d for d in L if d['cls'] == 'b2' and d['gt'] in ('none', 'action')]))
def na(d):
    m = re.search(r'actors=(\d+)', d.get('sentnote', '')); return int(m.group(1)) if m else -1
x = [d for d in B if d['site'] == 'mention.go:969']
print('## 969: sentence names no actor', split([d for d in x if na(d) == 0]), 'names some', split([d for d in x if na(d) > 0]))
print('## 969 cand kinds', collections.Counter(d['cand'].split('/')[1] for d in x).most_common(12))
print('## 969 impersonal retry rejected at', collections.Counter(tuple(d['imp']) for d in x))

print('\n## (a2) pre-candidate filters: site | gnad sd total')
A2 = [d for d in L if d['cls'] == 'a2']
for k, v in collections.Counter(d['site'] for d in A2).most_common():
    ds = [d for d in A2 if d['site'] == k]
    print(k, '|', *split(ds), '|', trim(ds[0].get('comment', ''), 120))
    for d in ds[:3]:
        print(f"   ex [{d['corpus']}] {d['gtword']} ({d['gtkinds'][:50]}): {trim(d['sent'], 130)}")
def by_site(ds):
    """Print each site of ds with its counts by corpus."""
    for k, v in collections.Counter(d['site'] for d in ds).most_common():
        print(k, *split([d for d in ds if d['site'] == k]))
print('\n## (c)')
C = [d for d in L if d['cls'] == 'c']
by_site(C)
def cstat(d):
    if d['gt'] == 'cand':
        if any(m.split('/')[0] == d['gtword'] for m in d.get('made', [])): return 'gold trigger is the speech verb made the mention'
        return 'gold trigger a candidate, lost to the speech verb (' + d['gtsite'][:40] + ')'
    return {'none': 'gold trigger no lexicon reading', 'lex': 'gold trigger filtered pre-candidate', 'action': 'gold trigger generic action only'}[d['gt']]
print(collections.Counter(cstat(d) for d in C).most_common())
print(collections.Counter(m.split('/')[1] for d in C for m in d['made']))
for d in C[:6]:
    print(f"   ex [{d['corpus']}] made {d['made']} gold {'/'.join(dict.fromkeys(d['goldtriggers']))[:30]}: {trim(d['sent'], 130)}")
print('\n## (d)')
D = [d for d in L if d['cls'] == 'd']
by_site(D)
print(collections.Counter(cstat(d) if d.get('gt') else 'none' for d in D).most_common())
for d in D[:5]:
    print(f"   ex [{d['corpus']}] made {d.get('made')} gold {'/'.join(dict.fromkeys(d['goldtriggers']))[:30]} ({d['label'][:40]}): {trim(d.get('sent',''), 120)}")
