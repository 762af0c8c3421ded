#!/usr/bin/env python3
"""Apply the recall probe's one-line edits to a copy of chronik at 87488af3
(argument: the copy's root). Every edit stays on its line, so file:line
sites equal the originals."""
import sys, re
root = sys.argv[1] + '/corpus/events/'
def edit(path, fn):
    L = open(root + path).read().split('\n'); fn(L); open(root + path, 'w').write('\n'.join(L))
def rep(L, n, old, new):
    assert old in L[n-1], (n, L[n-1]); L[n-1] = L[n-1].replace(old, new, 1)
def cands(L):
    for n in [33,38,41,44,47,50,53,56,59,62,65,68,71,74,76,81,93,108,111,114,117]:
        rep(L, n, 'continue', 'probeSkip(s, i); continue')
    for n in [136,139,145,148,155,158,161,164,167]:
        rep(L, n, 'continue', 'probeSkipT(x, s, i, f.trigger); continue')
    rep(L, 192, 'slices.SortStableFunc(x.cands, func(p, q cand) int { return cmp.Compare(q.score, p.score) })',
        'slices.SortStableFunc(x.cands, func(p, q cand) int { return cmp.Compare(q.score, p.score) }); probeCands(x, s)')
def ext(L):
    rep(L, 448, 'if programGuide(a.Text) {', 'probeArticle(a); if programGuide(a.Text) {')
    rep(L, 461, 'continue', 'probeSentSkip(a, i, "meta block"); continue')
    rep(L, 464, 'continue', 'probeSentSkip(a, i, "interview answer"); continue')
    rep(L, 486, 'out = append(out, intent)', 'probeMade(&x.s, &intent, "intent"); out = append(out, intent)')
    rep(L, 524, 'ok = false', 'ok = probeFalse(&x.s, &m)')
    rep(L, 530, 'ok = false', 'ok = probeFalse(&x.s, &m)')
    rep(L, 540, 'out = append(out, m)', 'probeMade(&x.s, &m, "main"); out = append(out, m)')
    for n in [545, 547, 549, 551]:
        rep(L, n, 'out = append(out, extra)', 'probeMade(&x.s, &extra, "extra"); out = append(out, extra)')
    rep(L, 557, 'x.remember(&x.s, &m, ok)', 'probeSentEnd(&x.s, triggers, ok); x.remember(&x.s, &m, ok)')
    rep(L, 559, 'out = withoutToldHarms(out)', 'out = withoutToldHarms(out); probeStage("withoutToldHarms", out)')
    rep(L, 565, 'x.headsDatedByLead(out)', 'x.headsDatedByLead(out); probeStage("heads", out)')
    assert L[572] == '\t}'; L[572] += '; probeStage("opinion", out)'
    rep(L, 588, 'x.out = out', 'probeStage("final", out); x.out = out')
    rep(L, 600, 'return Mention{}, false', 'return probeQuestion(s)')
    for n in [615, 621, 628, 634]:
        rep(L, n, 'continue', 'probeCont(x, s, c); continue')
    rep(L, 640, 'switch mood {', 'probeMood(x, s, c, g, x.speechSegment(s, c), mood); switch mood {')
def men(L):
    rep(L, 333, '(Mention, bool) {', '(Mention, bool) { probeEnter(x, s, c); defer probeLeave()')
    rep(L, 1350, 'return m, true', 'return probeOk(m)')
def mrg(L):
    rep(L, 197, 'happenings, joins, answers := linkAttacks(mentions, happenings)',
        'happenings, joins, answers := linkAttacks(mentions, happenings); probeMerge(mentions, happenings, reactions)')
edit('candidates.go', cands); edit('extract.go', ext); edit('mention.go', men); edit('merge.go', mrg)
for f in ['extract.go', 'mention.go', 'secondmentions.go']:
    s = open(root + f).read(); open(root + f, 'w').write(s.replace('return Mention{}, false', 'return probeReject()'))
