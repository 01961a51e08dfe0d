package reports

import (
	"bytes"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// TestWhyFallsBack checks the reason shown for findings with and without a
// one-sentence Why (results written before findings carried one).
func TestWhyFallsBack(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    compare.Finding
		want string
	}{
		{"why shown", compare.Finding{Why: "same measure (count), different figures", Reasons: []string{"rule: x"}}, "same measure (count), different figures"},
		{"older result", compare.Finding{Reasons: []string{"9 (s1) vs 11 (s2)", "rule: x"}}, "9 (s1) vs 11 (s2); rule: x"},
		{"nothing", compare.Finding{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := why(tc.f); got != tc.want {
				t.Errorf("why = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestExplainShowsInternals checks that the internals appear in tables and
// Markdown only under Explain, and the one-sentence reason always.
func TestExplainShowsInternals(t *testing.T) {
	for _, format := range []string{"table", "markdown", "html"} {
		for _, explain := range []bool{false, true} {
			var buf bytes.Buffer
			if err := Render(&buf, format, fixtureResult(), Options{Width: 200, Explain: explain}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if !strings.Contains(strings.Join(strings.Fields(out), " "), "same contest,") {
				t.Errorf("%s (explain %v) lacks the finding's Why", format, explain)
			}
			if got := strings.Contains(out, "overlap"); got != explain {
				t.Errorf("%s (explain %v) shows the internals: %v", format, explain, got)
			}
		}
	}
}

// TestUniqueText checks a clause cut from its sentence is marked as a part.
func TestUniqueText(t *testing.T) {
	const s = "He had built a shelter and rationed his food, rescuers said."
	for _, tc := range []struct{ text, want string }{
		{"rationed his food", "… rationed his food …"},
		{"He had built a shelter", "He had built a shelter …"},
		{"rescuers said.", "… rescuers said."},
		{s, s},
		{"", s},
		{"words from elsewhere", "words from elsewhere"},
	} {
		if got := uniqueText(tc.text, s); got != tc.want {
			t.Errorf("uniqueText(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
