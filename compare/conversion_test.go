package compare_test

import "testing"

// TestConversionSlips checks that a distance whose bracketed conversion
// states another amount is reported against the reports that agree with the
// conversion, and that a conversion which agrees with its figure is left alone.
func TestConversionSlips(t *testing.T) {
	cases := []struct {
		name    string
		reports []string
		want    bool
	}{
		{
			name: "the figure and its conversion disagree",
			reports: []string{
				"The ferry sank about 90 kilometres (35 miles) north of Port Arlen, the coastguard said.",
				"The coastguard said the ferry went down 35 miles north of Port Arlen.",
				"Rescuers reached the wreck 35 miles north of Port Arlen, where the ferry sank.",
			},
			want: true,
		},
		{
			name: "the conversion agrees",
			reports: []string{
				"The ferry sank about 56 kilometres (35 miles) north of Port Arlen, the coastguard said.",
				"The coastguard said the ferry went down 35 miles north of Port Arlen.",
				"Rescuers reached the wreck 35 miles north of Port Arlen, where the ferry sank.",
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := runTexts(t, c.reports...)
			if got := carried(res, "ferry sank about", "went down 35 miles", "Rescuers"); got != c.want {
				for _, f := range res.Findings {
					t.Logf("%s %s %v", f.Verdict, f.Kind, f.Reasons)
				}
				t.Errorf("a discrepancy carries all three reports' distances: %v, want %v", got, c.want)
			}
		})
	}
}
