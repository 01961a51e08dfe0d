package compare

import (
	"fmt"

	"github.com/claimdiff/claimdiff/claims"
)

// Analysis is one report carried through segmentation, filtering and extraction.
type Analysis struct {
	Doc       *claims.Document
	Sentences []claims.Sentence
	Claims    []claims.Claim
}

// Analyze segments, filters and extracts claims from documents, giving each an id s1, s2, ...
func Analyze(docs []*claims.Document, opt Options) []*Analysis {
	sents := make([][]claims.Sentence, len(docs))
	for i, d := range docs {
		if d.ID == "" {
			d.ID = fmt.Sprintf("s%d", i+1)
		}
		sents[i] = claims.Segment(d)
	}
	if !opt.NoFilter {
		claims.Filter(docs, sents)
	}
	out := make([]*Analysis, len(docs))
	for i, d := range docs {
		out[i] = &Analysis{Doc: d, Sentences: sents[i],
			Claims: claims.Extract(d, sents[i], claims.ExtractOptions{MonthFirst: opt.MonthFirst})}
	}
	return out
}

// Run compares documents end to end: analysis, alignment, verdicts and source profiles.
func Run(docs []*claims.Document, opt Options) *Result {
	return Compare(Analyze(docs, opt), opt)
}

// Compare aligns the claims of analysed reports and judges every group.
func Compare(as []*Analysis, opt Options) *Result {
	res := &Result{Schema: Schema}
	for _, a := range as {
		res.Sources = append(res.Sources, sourceOf(a))
		if opt.ShowExcluded {
			for _, s := range a.Sentences {
				if s.Excluded {
					res.Excluded = append(res.Excluded, Exclusion{Source: a.Doc.ID, Line: s.Line, Start: s.Start, End: s.End, Text: s.Text, Reason: s.Reason, Class: s.Class, Cue: s.Cue})
				}
			}
		}
		for _, w := range a.Doc.Warnings {
			res.Warnings = append(res.Warnings, fmt.Sprintf("%s: %s", a.Doc.Path, w))
		}
	}
	res.Findings = align(as, opt, res)
	finish(res, opt)
	res.Reliability = Profiles(as, res)
	return res
}

func sourceOf(a *Analysis) Source {
	d := a.Doc
	s := Source{ID: d.ID, Name: d.Name, Path: d.Path, Title: d.Title, URL: d.URL, Outlet: d.Outlet, Format: d.Format,
		Sentences: len(a.Sentences), Claims: len(a.Claims)}
	if !d.Published.IsZero() {
		s.Published = d.Published.Format("2006-01-02")
	}
	for _, x := range a.Sentences {
		if x.Excluded {
			s.Excluded++
		}
	}
	return s
}
