package load

import "testing"

// TestPubLabelCompiles compiles the date-label expression, which is compiled on first
// use, so a broken pattern fails here rather than on the first page that reaches it.
func TestPubLabelCompiles(t *testing.T) {
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("pubLabel does not compile: %v", r)
		}
	}()
	if pubLabel.String() == "" {
		t.Fatal("pubLabel has an empty pattern")
	}
}

func TestLabelledPublished(t *testing.T) {
	tests := []struct {
		body string
		want string
	}{
		{"Headline\nPublished: 10 May 2026\nText.", "2026-05-10"},
		{"Headline\nPublished:\n10 May 2026\nText.", "2026-05-10"},
		{"Headline\nUpdated 5/5/2026 1:41 PM\nPosted May 4, 2026\nText.", "2026-05-04"},
		{"Headline\nPosted September 26, 2026 3:47pm Updated September 27, 2026 6:56am\nText.", "2026-09-26"},
		{"Headline\nLast updated on: November 11, 2026 19:04 IST\nText.", "2026-11-11"},
		{"Headline\nThe council published its report on Monday.\nText.", ""},
	}
	for _, tt := range tests {
		got, ok := labelledPublished(tt.body)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != tt.want {
			t.Errorf("labelledPublished(%q) = %q, want %q", tt.body, s, tt.want)
		}
	}
}

// TestHTMLPublishedLine checks that a page without date metadata takes its publication
// date from a "Published:" line of the article.
func TestHTMLPublishedLine(t *testing.T) {
	d, err := Load("../../testdata/cases/ashby-vale-water/ashby-council-news.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Published.Format("2006-01-02"); got != "2026-03-12" {
		t.Errorf("published %s, want 2026-03-12", got)
	}
}
