package claims

import "testing"

func TestAgeHolderFromPronoun(t *testing.T) {
	for _, c := range []struct {
		name, body, want string
	}{
		{"she after a named woman", "Actress Mara Quillon died on Thursday in Tarrow.\n\nShe was 91.\n", "Mara Quillon"},
		{"named in the sentence", "Actress Mara Quillon died on Thursday.\n\nMara Quillon was 91.\n", ""},
		{"no pronoun", "Actress Mara Quillon died on Thursday.\n\nThe actress was 91.\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := &Document{ID: "s1", Body: c.body}
			sents := Segment(doc)
			got := ""
			for _, cl := range Extract(doc, sents, ExtractOptions{}) {
				if cl.Kind == KindAge {
					got = cl.Holder
				}
			}
			if got != c.want {
				t.Errorf("holder = %q, want %q", got, c.want)
			}
		})
	}
}
