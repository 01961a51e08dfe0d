package compare

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/furniture"
)

// Analysis is one report carried through segmentation, filtering and extraction.
type Analysis struct {
	Doc       *claims.Document
	Sentences []claims.Sentence
	Claims    []claims.Claim
}

// Analyze segments, filters and extracts claims from documents, giving each an id s1, s2, ...
// Reports are segmented and extracted on opt.Jobs goroutines; each writes only its own
// slot, so the result does not depend on the number of jobs.
func Analyze(docs []*claims.Document, opt Options) []*Analysis {
	for i, d := range docs {
		if d.ID == "" {
			d.ID = fmt.Sprintf("s%d", i+1)
		}
	}
	sents := make([][]claims.Sentence, len(docs))
	forEach(len(docs), opt.Jobs, func(i int) { sents[i] = claims.Segment(docs[i]) })
	if !opt.NoFilter {
		furniture.Filter(docs, sents) // compares reports with each other, so it runs once over all
	}
	out := make([]*Analysis, len(docs))
	forEach(len(docs), opt.Jobs, func(i int) {
		d := docs[i]
		out[i] = &Analysis{Doc: d, Sentences: sents[i],
			Claims: claims.Extract(d, sents[i], claims.ExtractOptions{MonthFirst: opt.MonthFirst})}
	})
	return out
}

// forEach calls f(0) ... f(n-1) on up to jobs goroutines (0: one per core) and waits for
// all. A panic in f is raised again in the caller, as if the loop had run there, so callers
// that recover (batch keeps going past one bad event) still can.
func forEach(n, jobs int, f func(i int)) {
	forEachWorker(n, jobs, func() func(int) { return f })
}

// forEachWorker is forEach with per-goroutine state: each goroutine calls newWorker once
// and runs the function it returns on the indices it takes.
func forEachWorker(n, jobs int, newWorker func() func(i int)) {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	jobs = min(jobs, n)
	if jobs <= 1 {
		if n > 0 {
			f := newWorker()
			for i := range n {
				f(i)
			}
		}
		return
	}
	var next atomic.Int64
	var failed atomic.Pointer[any]
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					failed.CompareAndSwap(nil, &r)
				}
			}()
			f := newWorker()
			for i := int(next.Add(1)) - 1; i < n && failed.Load() == nil; i = int(next.Add(1)) - 1 {
				f(i)
			}
		})
	}
	wg.Wait()
	if r := failed.Load(); r != nil {
		panic(*r)
	}
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
	describeFindings(res.Findings, as)
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
