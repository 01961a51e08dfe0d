package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestQuoteVariant(t *testing.T) {
	opp := antonymIndex()
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"content word swapped", "the crew did everything right and we are proud of them", "the crew did everything wrong and we are proud of them", true},
		{"light verb opposite", "with such a role comes responsibility for the team", "with such a role goes responsibility for the team", true},
		{"figure changed", "we have recorded 24 people dead so far", "we have recorded 40 people dead so far", true},
		{"negation added", "we can confirm the plane was found", "we cannot confirm the plane was found", true},
		{"trimmed", "we are grateful that everyone came back safe", "everyone came back safe", false},
		{"respelt", "the colour of the water changed overnight", "the color of the water changed overnight", false},
		{"paraphrase", "while two of the skiffs and its crew managed to get away the warship intercepted the remaining three", "while two of them managed to escape the warship intercepted the remaining three boats", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, got := quoteVariant(tc.a, tc.b, opp); got != tc.want {
				t.Errorf("quoteVariant(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestAntonyms(t *testing.T) {
	idx := antonymIndex()
	tests := []struct {
		a, b string
		want bool
	}{
		{"confirmed", "denied", true},
		{"comes", "goes", true},
		{"aware", "unaware", true},
		{"legal", "illegal", true},
		{"rises", "falls", true},
		{"uncle", "cle", false},
		{"confirmed", "confirmed", false},
		{"said", "told", false},
	}
	for _, tc := range tests {
		if got := antonyms(idx, tc.a, tc.b); got != tc.want {
			t.Errorf("antonyms(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestQuotedSpans(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{`He said: "We are proud of the crew," and left.`, 1},
		{`We hope, we pray, but we cannot confirm.”`, 1},
		{`"No," he said.`, 0}, // under quoteWords
		{`The council met on Monday.`, 0},
	}
	for _, tc := range tests {
		if got := quotedSpans(readNegation(tc.s)); len(got) != tc.want {
			t.Errorf("quotedSpans(%q) = %q, want %d spans", tc.s, got, tc.want)
		}
	}
}

func TestStray(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{{"β", true}, {" – ", true}, {"a", false}, {"comes", false}, {"7", false}, {"", false}, {"éé", false}} {
		if got := stray(tc.s); got != tc.want {
			t.Errorf("stray(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// A remark quoted around a figure the reports agree on: the figure stays
// agreed, and a word of the remark changed is a quote discrepancy of its own.
func TestQuoteInsideValueAgreement(t *testing.T) {
	a := `"I can't speak for the first rescue but in this case it looks like a lack of training," Inspector Rhys Penhale told the Kessel Herald.`
	b := `'I cant speak for the first rescue, but in this case it looks like an abundance of training," Penhale told the Kessel Herald.`
	agreed := Finding{Verdict: Agreement, Kind: claims.KindNumber, Rule: "interval", Claims: []claims.Claim{
		{Source: "s1", Kind: claims.KindNumber, Text: "first rescue", Sentence: a},
		{Source: "s2", Kind: claims.KindNumber, Text: "first rescue", Sentence: b},
	}}
	out := splitQuoteWording([]Finding{agreed}, readNegation)
	var kept, quote bool
	for _, f := range out {
		kept = kept || f.Verdict == Agreement && f.Kind == claims.KindNumber && len(f.Claims) == 2
		quote = quote || f.Verdict == Discrepancy && f.Kind == claims.KindQuote && len(f.Claims) == 2 && f.Claims[0].Text == a
	}
	if !kept || !quote {
		t.Errorf("want the figure kept agreed and the remark a quote discrepancy of whole sentences, got %+v", out)
	}
}

// A remark another rule already set apart as a quote discrepancy is not
// reported twice.
func TestQuoteInsideValueAgreementOnce(t *testing.T) {
	a := `"I can't speak for the first rescue but in this case it looks like a lack of training," Inspector Rhys Penhale said.`
	b := `'I cant speak for the first rescue, but in this case it looks like an abundance of training," Penhale said.`
	ca := claims.Claim{Source: "s1", SentenceIndex: 3, Kind: claims.KindNumber, Text: "first rescue", Sentence: a}
	cb := claims.Claim{Source: "s2", SentenceIndex: 5, Kind: claims.KindNumber, Text: "first rescue", Sentence: b}
	agreed := Finding{Verdict: Agreement, Kind: claims.KindNumber, Claims: []claims.Claim{ca, cb}}
	found := Finding{Verdict: Discrepancy, Kind: claims.KindQuote, Claims: []claims.Claim{ca, cb}}
	n := 0
	for _, f := range splitQuoteWording([]Finding{found, agreed}, readNegation) {
		if f.Verdict == Discrepancy {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want the one quote discrepancy, got %d", n)
	}
}
