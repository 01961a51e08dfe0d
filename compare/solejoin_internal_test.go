package compare

import (
	"fmt"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// soleJoin adds a report's only statement of an agreed figure to the
// agreement, and leaves it out when it stands beside another person's name or
// when the report states the figure twice.
func TestSoleJoin(t *testing.T) {
	base := []string{
		"Corran court clears driver\n\nTomas Vell, 19, from nearby Arlow, was cleared of all charges on Friday.\n",
		"Driver cleared in Corran\n\nTomas Vell, 19, wept in the dock as the verdict was read on Friday.\n",
	}
	for _, c := range []struct {
		name, third string
		want        bool
	}{
		{"once, worded apart", "Jury ruling\n\nIt took two days to decide that the 19-year-old should be set free.\n", true},
		{"beside another person", "Jury ruling\n\nIt took two days to decide that Ilse Marrow, 19, should be set free.\n", false},
		{"stated twice", "Jury ruling\n\nIt took two days to decide that the 19-year-old should be set free.\n\nA second 19-year-old was fined.\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var docs []*claims.Document
			for i, s := range append(append([]string(nil), base...), c.third) {
				d, err := claims.Parse(fmt.Sprintf("r%d.txt", i+1), []byte(s), claims.LoadOptions{})
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, d)
			}
			m := buildModel(Analyze(docs, Options{Jobs: 1}))
			m.pm = &defaultPairModel
			items := m.valueItems()
			var grp []int
			third := -1
			for i, it := range items {
				if it.c.Value.Type != "age" {
					continue
				}
				if it.u.src < 2 {
					grp = append(grp, i)
				} else if third < 0 {
					third = i
				}
			}
			if len(grp) != 2 || third < 0 {
				t.Fatalf("want two ages in the first reports and one in the third, have %d and %d", len(grp), third)
			}
			groups := [][]int{grp}
			fs := []Finding{{Verdict: Agreement}}
			m.soleJoin(items, groups, fs, []bool{true}, Options{})
			got := len(groups[0]) == 3 && groups[0][2] == third
			if got != c.want {
				t.Errorf("third report's age joined = %v, want %v (group %v)", got, c.want, groups[0])
			}
		})
	}
}
