#!/usr/bin/env python3
"""Classify the missed gold events that TestRecallProbe wrote.
Usage: classify.py SRC MISSED OUT: SRC the instrumented copy's root, MISSED
the probe's records (-probeout), OUT the classified events, one a line."""
import json, collections, sys
SRC = sys.argv[1] + '/corpus/events/'
_files = {}
def comment(site):
    f, n = site.split(':')[:2]; n = int(n.split()[0])
    if f not in _files: _files[f] = open(SRC + f).read().split('\n')
    L = _files[f]; line = L[n-1]
    if '//' in line: return line.split('//', 1)[1].strip()
    out = []; k = n - 2
    while k >= 0 and L[k].strip().startswith('//'):
        out.insert(0, L[k].strip()[2:].strip()); k -= 1
    if out: return ' '.join(out)
    k = n - 2
    while k >= 0 and not L[k].strip().startswith(('if ', '} else if', 'case ', 'switch')): k -= 1
    return 'cond: ' + L[k].strip()[:200] if k >= 0 else ''

def ov(r, ev):
    return r.get('ts', 0) < ev['trigger_end'] and ev['trigger_start'] < r.get('te', 0)

def fate(recs, ts):
    mine = [r for r in recs if r.get('ts') == ts and r['ev'] in ('cont', 'mood', 'try', 'reject', 'ok')]
    mood = None
    for r in mine:
        if r['ev'] == 'cont': return r['site']
        if r['ev'] == 'mood': mood = r['note']; break
    if mood and mood.startswith('none'):
        return 'extract.go:640 mood=none (' + mood[5:] + ')'
    rej = [r for r in mine if r['ev'] == 'reject']
    if rej: return rej[0]['site']
    oks = [r for r in mine if r['ev'] == 'ok']
    if oks: return 'mention ok, refused by its caller ' + oks[0]['from'].split('<')[0]
    if mood == 'planned': return 'mood=planned, no plan mention tried'
    if not [r for r in mine if r['ev'] == 'try']: return 'not tried (an earlier candidate made the mention / mood=%s)' % mood
    return '?'

def skipsite(recs, ts):
    sk = [r for r in recs if r['ev'] == 'skip' and r.get('ts') == ts]
    tok = [r for r in sk if r.get('note') != 'reading']
    if tok:
        s = tok[0]['site']
        if s == 'candidates.go:108' and 'forms=0' in tok[0]['note']:
            s = 'candidates.go:36 (noun after a name / a place name)'
        return s
    if sk:
        nonact = [r for r in sk if r.get('kind') != 'action'] or sk
        return max((r['site'] for r in nonact), key=lambda x: int(x.split(':')[1]))
    return ''

def token_status(s, evs):
    """what became of the gold trigger word(s) in sentence s"""
    recs = s['recs']
    g = [ev for ev in evs if ev['start'] < s['end'] and s['start'] < ev['end']]
    tokrec = lambda kind: [r for r in recs if r['ev'] == kind and any(ov(r, ev) for ev in g)]
    cands = tokrec('cand')
    if cands:
        c = cands[0]
        return ('cand', c, fate(recs, c['ts']))
    sentend = [r for r in recs if r['ev'] == 'sentend']
    trig = sentend and 'triggers=true' in sentend[0]['note']
    lex = tokrec('lexword')
    nonact = [r for r in lex if r.get('kind') and any(k not in ('V:action',) for k in r['kind'].split(','))]
    if nonact:
        r = nonact[0]
        site = skipsite(recs, r['ts']) if trig else ('sentence.go:189 prepare: ' + ('word in quotation marks' if 'quoted=true' in r['note'] else 'its only readings need a particle the sentence lacks'))
        return ('lex', r, site or 'not a candidate, no skip recorded')
    sk = tokrec('skip')
    if lex or sk:
        r = (lex or sk)[0]
        return ('action', r, skipsite(recs, r['ts']) or 'generic action reading, not considered')
    return ('none', None, '')

RANK = {'c': 9, 'b': 6, 'bpre': 4, 'a': 2, 'd': 1}
def classify(d):
    evs = d['evidence']
    best = None
    def consider(rank, info):
        nonlocal best
        if best is None or rank > best[0]: best = (rank, info)
    for s in d['sents'] or []:
        recs = s['recs']
        gt = token_status(s, evs)
        base = {'sent': s['text'], 'gt': gt[0], 'gtsite': gt[2], 'gtword': gt[1]['tok'] if gt[1] else '',
                'gtkinds': (gt[1].get('kind') or '') if gt[1] else '',
                'sentnote': next((r['note'] for r in recs if r['ev'] == 'sentend'), ''),
                'imp': [r['site'] for r in recs if r['ev'] == 'reject' and 'extract.go:758' in r.get('from', '') and gt[1] is not None and r.get('ts') == gt[1].get('ts')]}
        made = [r for r in recs if r['ev'] == 'made']
        dropped = [r for r in recs if r['ev'] == 'dropped']
        stages = s['stages'] or []
        mk = lambda rs: [m['tok'] + '/' + m['kind'] for m in rs]
        if d['overlap']:
            if made and 'final' in stages:
                consider(10, dict(base, cls='d', site='sentence shared with another gold event: its mention credited to that one', made=mk(made)))
            continue
        if made:
            if 'final' in stages:
                how = collections.Counter(r['note'] for r in recs if r['ev'] == 'merge')
                why = ('MergeArticles: mention split off as a reaction (splitReactions)' if how.get('reaction') else
                       'MergeArticles: dropped by linkAttacks' if how.get('neither') else 'kept, no row (?)')
                consider(9, dict(base, cls='c', site=why, made=mk(made)))
            else:
                gone = next(st for st in ('withoutToldHarms', 'heads', 'opinion', 'final') if st not in stages)
                consider(8.5, dict(base, cls='c', site='extract.go: dropped at stage ' + gone, made=mk(made)))
            continue
        if dropped:
            consider(8, dict(base, cls='c', site=dropped[0]['site'] + ' (ok = false in run)', made=mk(dropped)))
            continue
        skip = [r for r in recs if r['ev'] == 'sentskip']
        if skip:
            consider(1, dict(base, cls='d', site='sentence skipped: ' + skip[0]['note'])); continue
        if any(r['ev'] == 'question' for r in recs):
            consider(1.5, dict(base, cls='d', site='extract.go:600 question sentence')); continue
        cands = [r for r in recs if r['ev'] == 'cand']
        if cands:
            if gt[0] == 'cand':
                consider(6.5, dict(base, cls='b1', focus='gold trigger', site=gt[2], cand=gt[1]['tok'] + '/' + gt[1].get('kind', '')))
            else:
                c = cands[0]
                consider(6, dict(base, cls='b2', focus='other candidate', site=fate(recs, c['ts']), cand=c['tok'] + '/' + c.get('kind', '')))
            continue
        if gt[0] == 'lex':
            consider(4.5, dict(base, cls='a2', site=gt[2])); continue
        lex = [r for r in recs if r['ev'] == 'lexword' and r.get('kind') and any(k != 'V:action' for k in r['kind'].split(','))]
        other = ('; other lexicon words filtered: ' + ', '.join(r['tok'] for r in lex)) if lex else ''
        consider(2, dict(base, cls='a1', site='gold trigger has no lexicon reading' + (' (generic action reading refused at %s)' % gt[2] if gt[0] == 'action' else '') , other=other))
    if best is None:
        return {'cls': 'd', 'site': 'no engine sentence overlaps the evidence' if not d['overlap'] else 'row overlaps (no sentence record)'}
    return best[1]

if __name__ == '__main__':
    out = open(sys.argv[3], 'w')
    for l in open(sys.argv[2]):
        d = json.loads(l)
        c = classify(d)
        c.update({k: d[k] for k in ('corpus', 'split', 'line', 'id', 'label', 'shared', 'overlap')})
        c['goldtriggers'] = [ev['trigger'] for ev in d['evidence']]
        import re
        m = re.match(r'^(\w+\.go):(\d+)', c.get('site', ''))
        c['comment'] = comment(m.group(1) + ':' + m.group(2)) if m else ''
        out.write(json.dumps(c, ensure_ascii=False) + '\n')
