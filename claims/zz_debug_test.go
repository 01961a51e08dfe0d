package claims

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDebugSeeds(t *testing.T) {
	files, _ := filepath.Glob(os.Getenv("DBG"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		doc, sents := lingDoc(string(b))
		ents := FindEntities(doc, sents)
		for _, e := range ents.ents {
			if e.alias < 0 {
				t.Logf("ENT %q kind=%d g=%c", e.name, e.kind, e.gender)
			}
		}
		for _, c := range FindQuotes(doc, sents, ents) {
			t.Logf("Q[%d] speaker=%q ins=%v el=%v | %s\n    canon=%s", c.SentenceIndex, c.Value.Speaker, c.Value.Inserted, c.Value.Elided, c.Text, c.Value.Canonical)
		}
		for _, c := range FindRoles(doc, sents, ents) {
			t.Logf("R %q = %q  (%s)", c.Value.Person, c.Value.Role, c.Text)
		}
		for _, s := range sents {
			p := ReadPolarity(s.Norm)
			if p.Negated || p.Hedged || p.Attribution != "" {
				t.Logf("P neg=%v hedge=%v attr=%q | %.80s", p.Negated, p.Hedged, p.Attribution, s.Norm)
			}
		}
	}
}
