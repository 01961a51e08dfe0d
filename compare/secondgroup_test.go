package compare

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// A sentence telling two facts agrees with the sentences of other reports
// that tell each one; a second link that rests on a speaker's name and a
// verb of saying does not make a second agreement.
func TestSecondGroups(t *testing.T) {
	for _, tc := range []struct {
		name    string
		reports []string
		// want is a snippet of each report's sentence that must sit in one agreement, or
		// none if no agreement may hold them all.
		want []string
		none bool
	}{
		{
			name: "a sentence of two facts",
			reports: []string{
				"Storm closes Kelso marina\n\nHarbour officials closed the Kelso marina after the storm on Sunday, and the coastguard rescued a fisherman clinging to an upturned dinghy off the north breakwater.\n\nThe harbour master said repairs to the pontoons would take weeks.\n",
				"Kelso marina shut\n\nThe Kelso marina was closed by harbour officials after the storm.\n\nA fisherman clinging to an upturned dinghy was rescued by the coastguard near the north breakwater.\n\nTwo yachts sank at their moorings.\n",
				"Storm damage in Kelso\n\nHarbour officials shut the Kelso marina after the storm.\n\nThe coastguard pulled a fisherman from an upturned dinghy off the north breakwater.\n\nThe lifeboat station was also damaged.\n",
			},
			want: []string{"Harbour officials closed", "A fisherman clinging", "The coastguard pulled"},
		},
		{
			name: "a second link on the speaker alone",
			reports: []string{
				"Kelso marina to reopen\n\nIan Rook of the Kelso Trust said the marina would reopen once divers had checked the pontoons.\n\nThe storm tore three pontoons from their moorings.\n",
				"Kelso repairs begin\n\nThe marina will reopen after divers check the pontoons.\n\nIan Rook of the Kelso Trust said volunteers had cleared the slipway.\n",
				"Storm clean-up in Kelso\n\nDivers will check the pontoons before the marina reopens to boats.\n\nIan Rook of the Kelso Trust said volunteers cleared the slipway overnight.\n",
			},
			want: []string{"would reopen once", "volunteers had cleared", "volunteers cleared"},
			none: true,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var docs []*claims.Document
			for i, s := range tc.reports {
				d, err := claims.Parse(string(rune('a'+i))+".txt", []byte(s), claims.LoadOptions{})
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, d)
			}
			res := Run(docs, Options{})
			found := false
			for _, f := range res.Findings {
				if f.Verdict != Agreement {
					continue
				}
				all := true
				for i, w := range tc.want {
					has := false
					for _, c := range f.Claims {
						if c.Source == res.Sources[i].ID && strings.Contains(c.Sentence, w) {
							has = true
						}
					}
					all = all && has
				}
				found = found || all
			}
			if found == tc.none {
				t.Errorf("an agreement holding %q: %v, want %v", tc.want, found, !tc.none)
			}
		})
	}
}
