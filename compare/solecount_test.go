package compare_test

import "testing"

// Two reports that each count a specific thing once give one figure for it,
// however little else their sentences share; a report that counts the thing
// twice gives no such evidence.
func TestSoleCountConflicts(t *testing.T) {
	for _, c := range []struct {
		name, a, b string
		want       bool
	}{
		{"each report's only count of the noun",
			"Warehouse blaze in Tarnow\n\nFour people were taken to hospital after the blaze at a warehouse storing 2,000 tonnes of paper.\n\nMore than 300 firefighters from across the province fought it through the night.\n",
			"Tarnow fire out\n\nThe warehouse fire injured four people and destroyed 2,000 tonnes of paper, officials said.\n\nCrews said on Sunday that more than 120 firefighters had brought the fire under control by dawn.\n", true},
		{"a second count of the noun in one report",
			"Warehouse blaze in Tarnow\n\nFour people were taken to hospital after the blaze at a warehouse storing 2,000 tonnes of paper.\n\nMore than 300 firefighters from across the province fought it through the night.\n\nAbout 40 firefighters stayed at the site on Monday.\n",
			"Tarnow fire out\n\nThe warehouse fire injured four people and destroyed 2,000 tonnes of paper, officials said.\n\nCrews said on Sunday that more than 120 firefighters had brought the fire under control by dawn.\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := reportsDiscrepancy(t, "number", c.a, c.b)
			if got != c.want {
				t.Errorf("number discrepancy reported = %v, want %v", got, c.want)
			}
		})
	}
}

// Two reports that each give one speed, said with a word for the same thing,
// give one figure for it; two distances from places are no such evidence.
func TestSoleMeasureConflicts(t *testing.T) {
	for _, c := range []struct {
		name, a, b string
		want       bool
	}{
		{"each report's only speed",
			"Chase on the A9\n\nThe stolen van was stopped after a chase of about 30 miles across two counties.\n\nWeaving between lorries at speeds of up to 90 miles per hour, the van was finally boxed in by three patrol cars near Perth harbour.\n",
			"Van thief jailed\n\nWitnesses told the court that the driver reached speeds of up to 140 mph, and the 48km chase ended in a lay-by.\n", true},
		{"each report's only distance, from two places",
			"Quake in the hills\n\nThe quake was centred about 3 miles southwest of Dorrow, officials said, and the 4.1 tremor lasted 20 seconds.\n",
			"Tremor felt across valley\n\nThe tremor, centred about 26 miles north of Kelby, lasted 20 seconds, officials said.\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := reportsDiscrepancy(t, "measure", c.a, c.b)
			if got != c.want {
				t.Errorf("measure discrepancy reported = %v, want %v", got, c.want)
			}
		})
	}
}

// Two reports that each give one amount for the same thing ("raise") give
// one figure for it, however little else their sentences share; a report
// giving two amounts for it gives no such evidence.
// (The sentences share no other figure: a shared one would set the amounts
// against each other by itself, see companion.go.)
func TestSoleMoneyConflicts(t *testing.T) {
	a := "Harwick Bank seeks capital\n\nAfter a $900 million loss on bond sales, Harwick Bank disclosed plans to raise $4 billion from investors.\n"
	for _, c := range []struct {
		name, b string
		want    bool
	}{
		{"each report's only amount raised",
			"Harwick shares slide\n\nShares fell 30% on Thursday as the lender, which booked a heavy loss on bonds, said it was looking to raise $2 billion in new capital from outside backers.\n", true},
		{"two amounts raised in one report",
			"Harwick shares slide\n\nShares fell 30% on Thursday as the lender, which booked a heavy loss on bonds, said it was looking to raise $2 billion in new capital from outside backers.\n\nIt managed to raise $150 million from a rights issue in 2021.\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := reportsDiscrepancy(t, "money", a, c.b)
			if got != c.want {
				t.Errorf("money discrepancy reported = %v, want %v", got, c.want)
			}
		})
	}
}
