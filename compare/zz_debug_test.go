package compare

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestZZDebug(t *testing.T) {
	files := strings.Fields(os.Getenv("CD_FILES"))
	if len(files) == 0 {
		t.Skip()
	}
	var docs []*claims.Document
	for _, f := range files {
		d, err := claims.Load(f, claims.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	as := Analyze(docs, Options{})
	m := buildModel(as)
	grep := os.Getenv("CD_GREP")
	for _, p := range m.candidates(0.05) {
		if grep != "" && !strings.Contains(p.a.stmt.Sentence+p.b.stmt.Sentence, grep) {
			continue
		}
		fmt.Printf("%.3f | %s | %s | shared=%v\n", p.score, trunc(p.a.stmt.Sentence), trunc(p.b.stmt.Sentence), m.shared(p.a, p.b, 8))
	}
	counts := m.typeCount()
	ta, tb := os.Getenv("CD_A"), os.Getenv("CD_B")
	for x := range m.units {
		for y := range m.units {
			if x == y || ta == "" {
				continue
			}
			for _, u := range m.units[x] {
				for _, c := range u.typed {
					if !strings.Contains(c.Text, ta) {
						continue
					}
					for _, v := range m.units[y] {
						for _, d := range v.typed {
							if strings.Contains(d.Text, tb) && c.Value.Type == d.Value.Type {
								a, b := vitem{c, u}, vitem{d, v}
								ok, _ := valueRule(c.Kind, c.Value, d.Value, Options{})
								fmt.Printf("PAIR %s=%v | %s=%v score=%.3f slot=%.2f(%v/%v) sim=%.2f close=%.2f ent=%.2f same=%v agree=%v\n", c.Text, c.Value.Of, d.Text, d.Value.Of, m.valueScore(a, b, counts), m.dice(c.Slot, d.Slot), c.Slot, d.Slot, sim(u, v), closeness(c.Value, d.Value), entityFit(u, v), m.sameSlot(a, b, counts), ok)
							}
						}
					}
				}
			}
		}
	}
	for _, us := range m.units[:1] {
		for _, u := range us {
			for _, c := range u.typed {
				for _, v := range m.units[1] {
					for _, d := range v.typed {
						if c.Value.Type == d.Value.Type && os.Getenv("CD_VAL") == c.Value.Type {
							fmt.Printf("VAL %.3f %s [%v] | %s [%v] slot=%v/%v cos=%.2f\n", m.valueScore(vitem{c, u}, vitem{d, v}, counts), c.Text, c.Slot, d.Text, d.Slot, c.Slot, d.Slot, cosine(u, v))
						}
					}
				}
			}
		}
	}
}

func trunc(s string) string {
	if len(s) > 70 {
		return s[:70]
	}
	return s
}
