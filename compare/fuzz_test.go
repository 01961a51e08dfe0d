package compare_test

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// FuzzCompare runs the whole comparison on two untrusted reports: it must not
// panic, and every claim of every finding must point at bytes of its report.
func FuzzCompare(f *testing.F) {
	for _, pair := range [][2]string{
		{"Five dead in Aceh quake\n\nThe quake killed five people on Tuesday.", "24 dead in Aceh quake\n\nThe quake killed 24 people on Tuesday."},
		{"The climber was well equipped.\nHe fell 200ft on Friday.", "The climber was ill-equipped.\nHe fell 150 meters on Thursday."},
		{"Crews rescued three keepers on Saturday. It was first lit in 1884.\nKeeper Wendell Abernathy, 52, said so.", "Crews brought five people off on Saturday. First lit in 1887, it stands.\nKeeper Wendell Abernahty, 52, said so."},
		{"The Colts (10-5) won. Six AK-47 rifles, another wounded, 2:09 a.m.", "Record rose to 9-5; 14 AK 47 rifles; killing 10 and injuring 80 at 2 p.m."},
	} {
		f.Add(pair[0], pair[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		var docs []*claims.Document
		for i, s := range []string{a, b} {
			d, err := claims.Parse([]string{"a.txt", "b.txt"}[i], []byte(s), claims.LoadOptions{})
			if err != nil {
				return // rejected input is the loader's business, tested there
			}
			docs = append(docs, d)
		}
		res := compare.Run(docs, compare.Options{})
		size := map[string]int{}
		for i, d := range docs {
			size[res.Sources[i].ID] = len(d.Raw)
		}
		for _, fd := range res.Findings {
			for _, c := range fd.Claims {
				if c.Start < 0 || c.End < c.Start || c.End > size[c.Source] {
					t.Fatalf("claim %q of %s has span [%d, %d) outside %d bytes", c.Text, c.Source, c.Start, c.End, size[c.Source])
				}
			}
		}
	})
}
