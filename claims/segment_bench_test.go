package claims_test

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/furniture"
)

// benchText is a 1,000-word report with a boilerplate tail.
func benchText() string {
	var b strings.Builder
	b.WriteString("Council Approves New Budget\n\n")
	para := "The council approved a budget of £12.5 million on Tuesday, Mr. Jones said, after a debate that lasted 3 hours. " +
		"\"It is a fair budget,\" said Dr. Patel. Critics said the U.S. firm hired to review it was paid too much.\n\n"
	for b.Len() < 5200 {
		b.WriteString(para)
	}
	b.WriteString("Related:\n\nOther story one\n\nOther story two\n\nVendor\n\nVendor\n\nVendor sells things.\n")
	return b.String()
}

// BenchmarkSegment times Segment and Filter on one report; it lives in package
// claims_test because claims/furniture, which holds Filter, imports claims.
func BenchmarkSegment(b *testing.B) {
	text := benchText()
	b.Logf("%d words", len(strings.Fields(text)))
	doc, err := claims.Parse("bench.txt", []byte(text), claims.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	claims.Segment(doc) // load the model outside the timing
	b.ResetTimer()
	for b.Loop() {
		sents := claims.Segment(doc)
		furniture.Filter([]*claims.Document{doc}, [][]claims.Sentence{sents})
	}
}
