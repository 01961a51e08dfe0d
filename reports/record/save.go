package record

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"sort"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/compare"
)

// Run describes one comparison to store beside its result.
type Run struct {
	// Event names what the reports cover; runs with the same name are one event.
	Event string
	// At is when the run happened (default: now).
	At time.Time
	// Version is the claimdiff version that made the run.
	Version string
	// Notes are prior notes per canonical outlet name, from the outlet registry.
	Notes map[string]string
	// Hashes are the content hashes (ContentHash) of the reports, by source id.
	// With one for every report the run is keyed, and recording the same
	// comparison again replaces it; without, every save adds a run.
	Hashes map[string]string
}

// ContentHash is the hash a report is keyed by: SHA-256 of its bytes as read, in hex.
func ContentHash(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// RunKey identifies a comparison by its event and the contents of its reports,
// whatever order the reports were given in; "" when a report has no hash.
func RunKey(event string, hashes []string) string {
	if len(hashes) == 0 {
		return ""
	}
	hs := append([]string(nil), hashes...)
	sort.Strings(hs)
	for _, h := range hs {
		if h == "" {
			return ""
		}
	}
	sum := sha256.Sum256([]byte("claimdiff run\x00" + event + "\x00" + strings.Join(hs, "\x00")))
	return hex.EncodeToString(sum[:])
}

// EventName picks a run's event name: the given one, else the first report's
// title, else its name.
func EventName(given string, res *compare.Result) string {
	if e := strings.TrimSpace(given); e != "" {
		return e
	}
	for _, s := range res.Sources {
		if t := strings.TrimSpace(s.Title); t != "" {
			return t
		}
	}
	for _, s := range res.Sources {
		if n := strings.TrimSpace(s.Name); n != "" {
			return n
		}
	}
	return "untitled event"
}

// OutletOf is the outlet a report is recorded under: its outlet, else its name.
func OutletOf(s compare.Source) string {
	if o := strings.TrimSpace(s.Outlet); o != "" {
		return o
	}
	if n := strings.TrimSpace(s.Name); n != "" {
		return n
	}
	return s.ID
}

// Save stores a result as one run, in one transaction. A keyed run (see
// Run.Hashes) replaces the earlier run of the same comparison, and says so.
func (d *DB) Save(ctx context.Context, res *compare.Result, run Run) (Saved, error) {
	return d.save(ctx, res, run, nil)
}

// save is Save with a hook called inside the open transaction just before it
// commits; the killed-writer tests use it to die with a transaction half done.
func (d *DB) save(ctx context.Context, res *compare.Result, run Run, beforeCommit func()) (Saved, error) {
	if res == nil {
		return Saved{}, errors.New("record: no result to save")
	}
	r := stored(res, run)
	return d.write(ctx, &r, beforeCommit)
}

// stored turns a comparison result into the run the record keeps.
func stored(res *compare.Result, run Run) StoredRun {
	at := run.At
	if at.IsZero() {
		at = time.Now()
	}
	stamp := at.UTC().Format(time.RFC3339)
	r := StoredRun{Event: EventName(run.Event, res), EventFirst: stamp, At: stamp, Version: run.Version}
	for _, f := range res.Findings {
		switch f.Verdict {
		case compare.Agreement:
			r.Agreements++
		case compare.Discrepancy:
			r.Discrepancies++
		case compare.Unique:
			r.Uniques++
		}
	}
	profiles := map[string]compare.Reliability{}
	for _, p := range res.Reliability {
		profiles[p.Source] = p
	}
	var hashes []string
	for _, s := range res.Sources {
		p := profiles[s.ID]
		h := run.Hashes[s.ID]
		hashes = append(hashes, h)
		r.Reports = append(r.Reports, StoredReport{
			Source: s.ID, Outlet: OutletOf(s), OutletNotes: run.Notes[OutletOf(s)], Name: s.Name, Title: s.Title,
			Path: s.Path, URL: s.URL, Published: s.Published, DuplicateOf: s.DuplicateOf, SHA256: h,
			Score: p.Score, Checked: p.Checked, Corroborated: p.Corroborated, Minority: p.Minority, Contested: p.Contested,
			Unique: p.Unique, QuotesVerbatim: p.QuotesVerbatim, QuotesAltered: p.QuotesAltered, QuotesUnique: p.QuotesUnique,
			Attribution: p.Attribution, Specificity: p.Specificity, Boilerplate: p.Boilerplate,
		})
	}
	r.Key = RunKey(r.Event, hashes)
	for _, f := range res.Findings {
		var srcs []string
		seen := map[string]bool{}
		for _, c := range f.Claims {
			if !seen[c.Source] {
				seen[c.Source] = true
				srcs = append(srcs, c.Source)
			}
		}
		r.Findings = append(r.Findings, StoredFinding{ID: f.ID, Verdict: string(f.Verdict), Kind: string(f.Kind),
			Severity: string(f.Severity), Summary: f.Summary, Confidence: f.Confidence, Majority: f.Majority,
			Sources: strings.Join(srcs, " ")})
	}
	return r
}
