package compare

import (
	"testing"

	"github.com/adrg/strutil/metrics"

	"github.com/claimdiff/claimdiff/claims"
)

func TestEditionYear(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		want           bool
	}{
		{"Critics panned the 2013 Regatta Awards ceremony.", "2013", true},
		{"It was the worst bank failure since the 2008 financial crisis.", "2008", true},
		{"The harbour festival was first held in 2007 and drew crowds.", "2007", false},
		{"In 2007, she hosted the gala.", "2007", false},
		{"The bridge opened in 2019.", "2019", false},
		{"Fans packed the Tarrow Cup 2023 Final on Sunday.", "2023", true},
	} {
		cl := &claims.Claim{Text: c.text, Sentence: c.sentence, Value: &claims.Value{Type: "date", Grain: "year"}}
		if got := editionYear(cl); got != c.want {
			t.Errorf("editionYear(%q in %q) = %v, want %v", c.text, c.sentence, got, c.want)
		}
	}
}

func TestNameSpellingNotVariants(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Java Sea.", "Java Sea", false},
		{"Labour Party", "Labor Party", false},
		{"Harbour Centre", "Harbor Center", false},
		{"Katarina Nowak", "Katarina Novak", true},
	} {
		if got := spellingVariant(c.a, c.b, metrics.NewJaroWinkler()); got != c.want {
			t.Errorf("spellingVariant(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
