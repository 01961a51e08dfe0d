package claims

import (
	"strings"
	"testing"
)

// lingSeeds are fuzz seeds with the marks and forms the extractors read.
var lingSeeds = []string{
	"\"We closed it,\" a spokesperson said.",
	"A spokesman said: 'Based on [member] feedback... we close. 'It was a pilot.'",
	"\u201cOpen quote never closed.\n\nNext paragraph, \u201csays the letter.",
	"The children's ward opened in the '90s; rock 'n' roll, MPs' letter 'x",
	"Sir Iain Duncan Smith, former Conservative party leader, said \"no\". He said: \"",
	"''\"\"'\"' \" ' [ ] [...] \u2026 \"",
}

// segmentedDoc builds a document from fuzz text, segmented by the package's Segment.
func segmentedDoc(text string) (*Document, []Sentence) {
	doc := &Document{ID: "f", Raw: []byte(text), Body: text}
	return doc, Segment(doc)
}

func FuzzFindQuotes(f *testing.F) {
	for _, s := range lingSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, sents := segmentedDoc(text)
		ents := FindEntities(doc, sents)
		for _, c := range append(FindQuotes(doc, sents, ents), FindRoles(doc, sents, ents)...) {
			if c.Start < 0 || c.End > len(text) || c.Start > c.End {
				t.Fatalf("span [%d,%d) out of bounds for %d bytes", c.Start, c.End, len(text))
			}
			if c.SentenceIndex < 0 || c.SentenceIndex >= len(sents) {
				t.Fatalf("sentence index %d of %d", c.SentenceIndex, len(sents))
			}
			if c.Value == nil {
				t.Fatal("claim without value")
			}
		}
	})
}

func FuzzEntityKey(f *testing.F) {
	for _, s := range []string{"Sir Iain Duncan Smith", "UK Parliament", "the U.S.", "Mr. O'Neill's", "Dr", ""} {
		f.Add(s, "Duncan Smith")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		k := EntityKey(a)
		if k != strings.TrimSpace(k) || strings.Contains(k, "  ") {
			t.Fatalf("EntityKey(%q) = %q is not tidy", a, k)
		}
		if SameEntity(a, b) != SameEntity(b, a) {
			t.Fatalf("SameEntity(%q, %q) is not symmetric", a, b)
		}
		_ = SameRole(a, b)
		_ = CanonicalQuote(a)
	})
}

func FuzzReadPolarity(f *testing.F) {
	for _, s := range append(lingSeeds, "Police said the man, who was 45, was not arrested, according to") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		n, _ := Normalize(text)
		p := ReadPolarity(n)
		if p.Attribution != strings.TrimSpace(p.Attribution) {
			t.Fatalf("untrimmed attribution %q", p.Attribution)
		}
	})
}

// BenchmarkLinguistic runs entity, quote, role and polarity extraction, and the
// whole of Extract, on a report of about 1,000 words.
func BenchmarkLinguistic(b *testing.B) {
	para := "Former Conservative leader Sir John Hale, chair of the Foreign Affairs committee, said the council had acted. " +
		"\"We were not consulted on the plans,\" a spokesperson for the council said. " +
		"Mayor Ann Lowe told the BBC: 'Based on resident feedback, we are closing the pilot scheme earlier than planned.' " +
		"Hale said: \"It is a good day for the city.\" He added that the scheme could reopen, experts say, in 2025. " +
		"The firm's lawyer, Ruth Adler, 52, argued that no data was shared with the 12 partners, according to the court.\n\n"
	text := strings.Repeat(para, 12)
	doc, sents := lingDoc(text)
	b.Logf("%d words, %d sentences", len(strings.Fields(text)), len(sents))
	b.Run("linguistic", func(b *testing.B) {
		for b.Loop() {
			ents := FindEntities(doc, sents)
			FindQuotes(doc, sents, ents)
			FindRoles(doc, sents, ents)
			for i := range sents {
				ReadPolarity(sents[i].Norm)
			}
		}
	})
	b.Run("extract", func(b *testing.B) {
		for b.Loop() {
			Extract(doc, sents, ExtractOptions{})
		}
	})
}
