package record

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
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

// Save stores a result as one run, in one transaction, and returns the run id.
func (d *DB) Save(ctx context.Context, res *compare.Result, run Run) (int64, error) {
	return d.save(ctx, res, run, nil)
}

// save is Save with a hook called inside the open transaction just before it
// commits; the killed-writer test uses it to die with a transaction half done.
func (d *DB) save(ctx context.Context, res *compare.Result, run Run, beforeCommit func()) (int64, error) {
	if res == nil {
		return 0, errors.New("record: no result to save")
	}
	at := run.At
	if at.IsZero() {
		at = time.Now()
	}
	stamp := at.UTC().Format(time.RFC3339)
	event := EventName(run.Event, res)

	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, d.wrap("begin", err)
	}
	defer tx.Rollback()

	if _, err := tx.ExecContext(ctx, `INSERT INTO events(name, first) VALUES (?, ?) ON CONFLICT(name) DO NOTHING`, event, stamp); err != nil {
		return 0, d.wrap("save event", err)
	}
	var eventID int64
	if err := tx.QueryRowContext(ctx, `SELECT id FROM events WHERE name = ?`, event).Scan(&eventID); err != nil {
		return 0, d.wrap("save event", err)
	}
	counts := map[compare.Verdict]int{}
	for _, f := range res.Findings {
		counts[f.Verdict]++
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO runs(event_id, at, version, reports, agreements, discrepancies, uniques) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		eventID, stamp, run.Version, len(res.Sources), counts[compare.Agreement], counts[compare.Discrepancy], counts[compare.Unique])
	if err != nil {
		return 0, d.wrap("save run", err)
	}
	runID, err := r.LastInsertId()
	if err != nil {
		return 0, d.wrap("save run", err)
	}

	profiles := map[string]compare.Reliability{}
	for _, p := range res.Reliability {
		profiles[p.Source] = p
	}
	for _, s := range res.Sources {
		outletID, err := d.outlet(ctx, tx, OutletOf(s), run.Notes[OutletOf(s)])
		if err != nil {
			return 0, err
		}
		p := profiles[s.ID]
		_, err = tx.ExecContext(ctx, `INSERT INTO reports(run_id, source, outlet_id, name, title, path, url, published, duplicate_of,
			score, checked, corroborated, minority, contested, uniq, quotes_verbatim, quotes_altered, quotes_unique,
			attribution, specificity, boilerplate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			runID, s.ID, outletID, s.Name, s.Title, s.Path, s.URL, s.Published, s.DuplicateOf,
			p.Score, p.Checked, p.Corroborated, p.Minority, p.Contested, p.Unique, p.QuotesVerbatim, p.QuotesAltered, p.QuotesUnique,
			p.Attribution, p.Specificity, p.Boilerplate)
		if err != nil {
			return 0, d.wrap("save report "+s.ID, err)
		}
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO findings(run_id, fid, verdict, kind, severity, summary, confidence, majority, sources)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return 0, d.wrap("save findings", err)
	}
	defer stmt.Close()
	for _, f := range res.Findings {
		var srcs []string
		seen := map[string]bool{}
		for _, c := range f.Claims {
			if !seen[c.Source] {
				seen[c.Source] = true
				srcs = append(srcs, c.Source)
			}
		}
		if _, err := stmt.ExecContext(ctx, runID, f.ID, string(f.Verdict), string(f.Kind), string(f.Severity), f.Summary,
			f.Confidence, f.Majority, strings.Join(srcs, " ")); err != nil {
			return 0, d.wrap("save finding "+f.ID, err)
		}
	}
	if beforeCommit != nil {
		beforeCommit()
	}
	if err := tx.Commit(); err != nil {
		return 0, d.wrap("commit run", err)
	}
	return runID, nil
}

// outlet returns the id of an outlet, adding it (or its new notes) first.
func (d *DB) outlet(ctx context.Context, tx *sql.Tx, name, notes string) (int64, error) {
	if _, err := tx.ExecContext(ctx, `INSERT INTO outlets(name, notes) VALUES (?, ?) ON CONFLICT(name) DO NOTHING`, name, notes); err != nil {
		return 0, d.wrap("save outlet "+name, err)
	}
	if notes != "" {
		if _, err := tx.ExecContext(ctx, `UPDATE outlets SET notes = ? WHERE name = ?`, notes, name); err != nil {
			return 0, d.wrap("save outlet "+name, err)
		}
	}
	var id int64
	if err := tx.QueryRowContext(ctx, `SELECT id FROM outlets WHERE name = ?`, name).Scan(&id); err != nil {
		return 0, d.wrap(fmt.Sprintf("save outlet %s", name), err)
	}
	return id, nil
}
