package temporal

import (
	goflag "flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"chronik/model"
)

// The evaluation set: fresh German news passages with gold TIMEX3
// annotation (testdata/eval/README.md gives the format and the annotation
// conventions), scored as TempEval-3 scores a tagger.

var evalErrors = goflag.Bool("eval.errors", false, "list every missed, spurious and wrongly valued expression of the evaluation")

// goldTimex is one gold annotation, with byte offsets into the plain text.
type goldTimex struct {
	start, end  int
	typ, value  string
	mod, extent string
}

// evalDoc is one annotated passage.
type evalDoc struct {
	name   string
	dct    model.Interval
	domain string
	text   string // the passage without annotation
	gold   []goldTimex
}

// parseEvalDoc reads a passage: header lines "key: value" up to "---",
// then the text, in which each gold expression is written
// [[extent|TYPE|value]] or [[extent|TYPE|value|MOD]].
func parseEvalDoc(name, data string) (evalDoc, error) {
	d := evalDoc{name: name}
	head, body, ok := strings.Cut(data, "\n---\n")
	if !ok {
		return d, fmt.Errorf("%s: no \"---\" line after the header", name)
	}
	for _, line := range strings.Split(head, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return d, fmt.Errorf("%s: header line %q is not \"key: value\"", name, line)
		}
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "dct":
			iv, err := parseDCT(v)
			if err != nil {
				return d, fmt.Errorf("%s: dct: %v", name, err)
			}
			d.dct = iv
		case "domain":
			d.domain = v
		default:
			return d, fmt.Errorf("%s: unknown header %q", name, k)
		}
	}
	if !d.dct.Valid() {
		return d, fmt.Errorf("%s: no dct", name)
	}
	var sb strings.Builder
	for {
		i := strings.Index(body, "[[")
		if i < 0 {
			sb.WriteString(body)
			break
		}
		sb.WriteString(body[:i])
		j := strings.Index(body[i:], "]]")
		if j < 0 {
			return d, fmt.Errorf("%s: unclosed [[ at %q", name, body[i:min(len(body), i+30)])
		}
		f := strings.Split(body[i+2:i+j], "|")
		if len(f) < 3 || len(f) > 4 || f[0] == "" {
			return d, fmt.Errorf("%s: bad annotation %q", name, body[i:i+j+2])
		}
		switch f[1] {
		case "DATE", "TIME", "DURATION", "SET":
		default:
			return d, fmt.Errorf("%s: bad type in %q", name, body[i:i+j+2])
		}
		g := goldTimex{start: sb.Len(), typ: f[1], value: f[2], extent: f[0]}
		if len(f) == 4 {
			g.mod = f[3]
		}
		sb.WriteString(f[0])
		g.end = sb.Len()
		d.gold = append(d.gold, g)
		body = body[i+j+2:]
	}
	d.text = strings.TrimRight(sb.String(), "\n")
	if strings.Contains(d.text, "]]") {
		return d, fmt.Errorf("%s: stray ]]", name)
	}
	return d, nil
}

// parseDCT reads "YYYY-MM-DD" (a day) or "YYYY-MM" (a month).
func parseDCT(s string) (model.Interval, error) {
	if len(s) == 7 {
		d, err := model.ParseDay(s + "-01")
		if err != nil {
			return model.Interval{}, err
		}
		y, m, _ := d.Date()
		return model.MonthInterval(y, m), nil
	}
	d, err := model.ParseDay(s)
	if err != nil {
		return model.Interval{}, err
	}
	return model.DayInterval(d), nil
}

func loadEvalSet(t *testing.T, split string) []evalDoc {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "eval", split, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("evaluation set %s: no passages (%v)", split, err)
	}
	sort.Strings(paths)
	var docs []evalDoc
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := parseEvalDoc(filepath.Base(p), string(b))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// score is the TempEval-3 count over some documents.
type score struct {
	gold, sys             int
	strict, relaxed       int // matched pairs: exact extent / any overlap
	typeOK, valueOK       int // relaxed pairs with the right type / value
	strictValue           int // exact extent and the right value
	missed, spurious, bad []string
}

func (a *score) add(b score) {
	a.gold += b.gold
	a.sys += b.sys
	a.strict += b.strict
	a.relaxed += b.relaxed
	a.typeOK += b.typeOK
	a.valueOK += b.valueOK
	a.strictValue += b.strictValue
	a.missed = append(a.missed, b.missed...)
	a.spurious = append(a.spurious, b.spurious...)
	a.bad = append(a.bad, b.bad...)
}

func f1(tp, sys, gold int) (p, r, f float64) {
	if sys > 0 {
		p = float64(tp) / float64(sys)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (a score) strictF1() float64  { _, _, f := f1(a.strict, a.sys, a.gold); return f }
func (a score) relaxedF1() float64 { _, _, f := f1(a.relaxed, a.sys, a.gold); return f }
func (a score) valueF1() float64   { _, _, f := f1(a.valueOK, a.sys, a.gold); return f }

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// scoreDoc matches system to gold expressions one to one: a pair matches
// relaxed when the extents overlap, strict when they are equal. Both lists
// are sorted and non-overlapping, so one merge pass finds the pairs.
func scoreDoc(d evalDoc, got []model.Timex) score {
	sc := score{gold: len(d.gold), sys: len(got)}
	show := func(start, end int) string { return fmt.Sprintf("%s %q", d.name, d.text[start:end]) }
	gi, si := 0, 0
	goldUsed := make([]bool, len(d.gold))
	sysUsed := make([]bool, len(got))
	for gi < len(d.gold) && si < len(got) {
		g, s := d.gold[gi], got[si]
		switch {
		case s.End <= g.start:
			si++
		case g.end <= s.Start:
			gi++
		default:
			goldUsed[gi], sysUsed[si] = true, true
			sc.relaxed++
			if s.Start == g.start && s.End == g.end {
				sc.strict++
				if s.Value == g.value {
					sc.strictValue++
				}
			}
			if string(s.Type) == g.typ {
				sc.typeOK++
			}
			if s.Value == g.value {
				sc.valueOK++
			}
			if string(s.Type) != g.typ || s.Value != g.value || s.Start != g.start || s.End != g.end {
				sc.bad = append(sc.bad, fmt.Sprintf("%s: got %q %s %s, want %q %s %s", d.name,
					d.text[s.Start:s.End], s.Type, s.Value, g.extent, g.typ, g.value))
			}
			gi++
			si++
		}
	}
	for i, g := range d.gold {
		if !goldUsed[i] {
			sc.missed = append(sc.missed, show(g.start, g.end)+" "+g.typ+" "+g.value)
		}
	}
	for i, s := range got {
		if !sysUsed[i] {
			sc.spurious = append(sc.spurious, show(s.Start, s.End)+" "+string(s.Type)+" "+s.Value)
		}
	}
	return sc
}

// evalSet tags every passage of a split with its DCT and scores it.
func evalSet(t *testing.T, split string) score {
	tg := New().WithoutBackground()
	var total score
	var rows []string
	for _, d := range loadEvalSet(t, split) {
		sc := scoreDoc(d, tg.Tag(d.text, d.dct))
		rows = append(rows, fmt.Sprintf("%-34s %-9s gold %3d sys %3d  strict %.2f relaxed %.2f value %.2f",
			d.name, d.domain, sc.gold, sc.sys, sc.strictF1(), sc.relaxedF1(), sc.valueF1()))
		total.add(sc)
	}
	sp, sr, sf := f1(total.strict, total.sys, total.gold)
	rp, rr, rf := f1(total.relaxed, total.sys, total.gold)
	vp, vr, vf := f1(total.valueOK, total.sys, total.gold)
	t.Logf("%s set: %d passages\n%s\n"+
		"               P     R     F1\n"+
		"strict     %.3f %.3f %.3f\n"+
		"relaxed    %.3f %.3f %.3f\n"+
		"value      %.3f %.3f %.3f   (relaxed match with the right value)\n"+
		"type accuracy  %.3f   value accuracy %.3f   (over %d relaxed matches)\n"+
		"gold %d, system %d",
		split, len(rows), strings.Join(rows, "\n"), sp, sr, sf, rp, rr, rf, vp, vr, vf,
		ratio(total.typeOK, total.relaxed), ratio(total.valueOK, total.relaxed), total.relaxed, total.gold, total.sys)
	if *evalErrors {
		t.Logf("missed:\n  %s", strings.Join(total.missed, "\n  "))
		t.Logf("spurious:\n  %s", strings.Join(total.spurious, "\n  "))
		t.Logf("extent, type or value differs:\n  %s", strings.Join(total.bad, "\n  "))
	}
	return total
}

// floors are regression guards a few points under what the tagger
// reaches; raise them when it improves.
type floors struct{ strict, relaxed, value, typeAcc float64 }

func checkFloors(t *testing.T, split string, sc score, fl floors) {
	t.Helper()
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"strict F1", sc.strictF1(), fl.strict},
		{"relaxed F1", sc.relaxedF1(), fl.relaxed},
		{"value F1", sc.valueF1(), fl.value},
		{"type accuracy", ratio(sc.typeOK, sc.relaxed), fl.typeAcc},
	} {
		if c.got < c.floor {
			t.Errorf("%s %s = %.3f, below the floor %.3f", split, c.name, c.got, c.floor)
		}
	}
}

func TestEvalDev(t *testing.T) {
	sc := evalSet(t, "dev")
	checkFloors(t, "dev", sc, floors{strict: 0.96, relaxed: 0.96, value: 0.93, typeAcc: 0.97})
}

// TestEvalTest scores the held-out passages, written before any tuning
// and not looked at while the rules were improved on the dev set.
func TestEvalTest(t *testing.T) {
	sc := evalSet(t, "test")
	checkFloors(t, "test", sc, floors{strict: 0.95, relaxed: 0.96, value: 0.90, typeAcc: 0.97})
}

// inferResult is how InferDate dated one passage read without its DCT.
type inferResult struct {
	dated, correct, wrong int
	widths                []int // days in each correct interval
	lines                 []string
}

// inferSet dates every passage of a split from its text alone. A dating
// is correct when its interval holds the DCT's day (for a month DCT:
// meets that month), wrong when it does not.
func inferSet(t *testing.T, split string) inferResult {
	tg := New()
	var res inferResult
	for _, d := range loadEvalSet(t, split) {
		a := &model.Article{ID: d.name, Text: d.text, Blocks: []model.Block{{Kind: model.BlockParagraph, End: len(d.text)}}}
		got := tg.InferDate(a)
		verdict := "unknown"
		if got.Source != model.DateUnknown {
			res.dated++
			if _, ok := got.Interval.Intersect(d.dct); ok && got.Interval.Valid() {
				verdict = "correct"
				res.correct++
				res.widths = append(res.widths, got.Interval.Days())
			} else {
				verdict = "WRONG"
				res.wrong++
			}
		}
		res.lines = append(res.lines, fmt.Sprintf("%-34s dct %-23s %-7s %-23s %s", d.name, d.dct, verdict, got.Interval, got.Reason))
	}
	sort.Ints(res.widths)
	med := 0
	if len(res.widths) > 0 {
		med = res.widths[len(res.widths)/2]
	}
	t.Logf("InferDate on the %s passages without their DCT: %d of %d dated, %d correct (median width %d days), %d wrong\n%s",
		split, res.dated, len(res.lines), res.correct, med, res.wrong, strings.Join(res.lines, "\n"))
	return res
}

func TestInferDateEvalDev(t *testing.T) {
	if r := inferSet(t, "dev"); r.wrong > 0 {
		t.Errorf("InferDate dated %d dev passages wrongly", r.wrong)
	}
}

func TestInferDateEvalTest(t *testing.T) {
	if r := inferSet(t, "test"); r.wrong > 0 {
		t.Errorf("InferDate dated %d test passages wrongly", r.wrong)
	}
}
