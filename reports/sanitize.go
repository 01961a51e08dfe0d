package reports

import (
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// Sanitize returns a copy of r with Clean applied to every string that can
// come from an article (names, titles, claims, summaries, reasons, values), so
// a renderer cannot print a terminal escape or control character by missing
// one field. r is not modified. Formats that escape for their own syntax
// (HTML, Markdown, XML, workflow commands) do so on top of this.
func Sanitize(r *compare.Result) *compare.Result {
	if r == nil {
		return nil
	}
	out := *r
	out.Sources = make([]compare.Source, len(r.Sources))
	for i, s := range r.Sources {
		s.ID, s.Name, s.Path, s.Title, s.Published = Clean(s.ID), Clean(s.Name), Clean(s.Path), Clean(s.Title), Clean(s.Published)
		s.URL, s.Outlet, s.Format, s.DuplicateOf = Clean(s.URL), Clean(s.Outlet), Clean(s.Format), Clean(s.DuplicateOf)
		out.Sources[i] = s
	}
	out.Findings = make([]compare.Finding, len(r.Findings))
	for i, f := range r.Findings {
		f.ID, f.Summary, f.Why, f.Rule, f.Majority = Clean(f.ID), Clean(f.Summary), Clean(f.Why), Clean(f.Rule), Clean(f.Majority)
		f.Reasons = cleanAll(f.Reasons)
		f.Claims = make([]claims.Claim, len(r.Findings[i].Claims))
		for j, c := range r.Findings[i].Claims {
			f.Claims[j] = sanitizeClaim(c)
		}
		f.Positions = make([]compare.Position, len(r.Findings[i].Positions))
		for j, p := range r.Findings[i].Positions {
			f.Positions[j] = compare.Position{Value: Clean(p.Value), Sources: cleanAll(p.Sources)}
		}
		f.Diff = make([]compare.DiffOp, len(r.Findings[i].Diff))
		for j, d := range r.Findings[i].Diff {
			d.Text = Clean(d.Text)
			f.Diff[j] = d
		}
		out.Findings[i] = f
	}
	out.Reliability = make([]compare.Reliability, len(r.Reliability))
	for i, p := range r.Reliability {
		p.Source, p.Reasons = Clean(p.Source), cleanAll(p.Reasons)
		out.Reliability[i] = p
	}
	if r.Event != nil {
		e := *r.Event
		e.Note = Clean(e.Note)
		out.Event = &e
	}
	out.Warnings = cleanAll(r.Warnings)
	out.Excluded = make([]compare.Exclusion, len(r.Excluded))
	for i, x := range r.Excluded {
		x.Source, x.Text, x.Reason, x.Class, x.Cue = Clean(x.Source), Clean(x.Text), Clean(x.Reason), Clean(x.Class), Clean(x.Cue)
		out.Excluded[i] = x
	}
	return &out
}

func sanitizeClaim(c claims.Claim) claims.Claim {
	c.ID, c.Source, c.Text, c.Sentence, c.Attribution = Clean(c.ID), Clean(c.Source), Clean(c.Text), Clean(c.Sentence), Clean(c.Attribution)
	c.Slot, c.Terms, c.Entities = cleanAll(c.Slot), cleanAll(c.Terms), cleanAll(c.Entities)
	if c.Value != nil {
		v := *c.Value
		v.Unit, v.Of, v.Bound, v.Start, v.End, v.Relative = Clean(v.Unit), Clean(v.Of), Clean(v.Bound), Clean(v.Start), Clean(v.End), Clean(v.Relative)
		v.Speaker, v.Words, v.Canonical, v.Person, v.Role, v.Type, v.Grain = Clean(v.Speaker), Clean(v.Words), Clean(v.Canonical), Clean(v.Person), Clean(v.Role), Clean(v.Type), Clean(v.Grain)
		v.Inserted = cleanAll(v.Inserted)
		c.Value = &v
	}
	return c
}

// cleanAll cleans every string of a slice into a new slice (nil stays nil).
func cleanAll(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = Clean(s)
	}
	return out
}
