package record

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
)

// StoredRun is one run with everything the record holds about it; record
// export writes one per line and record import reads them back.
type StoredRun struct {
	Event string `json:"event"`
	// EventFirst is when the event was first recorded (RFC 3339, UTC).
	EventFirst string `json:"event_first"`
	// At is when the run was recorded (RFC 3339, UTC).
	At      string `json:"at"`
	Version string `json:"version"`
	// Key identifies the comparison: its event and its reports' content; empty
	// for runs recorded before keys existed, which are never replaced.
	Key           string          `json:"key,omitempty"`
	Agreements    int             `json:"agreements"`
	Discrepancies int             `json:"discrepancies"`
	Uniques       int             `json:"uniques"`
	Reports       []StoredReport  `json:"reports"`
	Findings      []StoredFinding `json:"findings"`
}

// StoredReport is one report of a run and its reliability profile.
type StoredReport struct {
	Source         string  `json:"source"`
	Outlet         string  `json:"outlet"`
	OutletNotes    string  `json:"outlet_notes,omitempty"`
	Name           string  `json:"name"`
	Title          string  `json:"title"`
	Path           string  `json:"path"`
	URL            string  `json:"url"`
	Published      string  `json:"published"`
	DuplicateOf    string  `json:"duplicate_of"`
	SHA256         string  `json:"sha256,omitempty"`
	Score          float64 `json:"score"`
	Checked        int     `json:"checked"`
	Corroborated   int     `json:"corroborated"`
	Minority       int     `json:"minority"`
	Contested      int     `json:"contested"`
	Unique         int     `json:"unique"`
	QuotesVerbatim int     `json:"quotes_verbatim"`
	QuotesAltered  int     `json:"quotes_altered"`
	QuotesUnique   int     `json:"quotes_unique"`
	Attribution    float64 `json:"attribution"`
	Specificity    float64 `json:"specificity"`
	Boilerplate    float64 `json:"boilerplate"`
}

// StoredFinding is one finding of a run, without its claims.
type StoredFinding struct {
	ID         string  `json:"id"`
	Verdict    string  `json:"verdict"`
	Kind       string  `json:"kind"`
	Severity   string  `json:"severity"`
	Summary    string  `json:"summary"`
	Confidence float64 `json:"confidence"`
	Majority   string  `json:"majority"`
	// Sources are the source ids of the finding's claims, space-separated.
	Sources string `json:"sources"`
}

// Saved says what storing a run did.
type Saved struct {
	// ID is the run's id in this record.
	ID int64
	// Replaced is true when the same comparison (event and report contents)
	// was recorded before: its run was replaced, keeping its id and time.
	Replaced bool
}

// write stores one run in one transaction. A run with a key replaces the run
// with the same key, if any; beforeCommit, when not nil, is called inside the
// open transaction just before it commits (the killed-writer tests use it).
func (d *DB) write(ctx context.Context, r *StoredRun, beforeCommit func()) (Saved, error) {
	if len(r.Reports) == 0 {
		return Saved{}, errors.New("record: a run needs at least one report")
	}
	var saved Saved
	err := d.tx(ctx, "save run", func(tx *sql.Tx) error {
		saved = Saved{}
		if _, err := tx.ExecContext(ctx, d.q(`INSERT INTO events(name, first) VALUES (?, ?) ON CONFLICT(name) DO NOTHING`), r.Event, r.EventFirst); err != nil {
			return fmt.Errorf("save event: %w", err)
		}
		var eventID int64
		if err := tx.QueryRowContext(ctx, d.q(`SELECT id FROM events WHERE name = ?`), r.Event).Scan(&eventID); err != nil {
			return fmt.Errorf("save event: %w", err)
		}
		// Outlets in name order: two writers adding the same outlets take their
		// row locks in the same order, so they queue instead of deadlocking.
		outlets := map[string]int64{}
		notes := map[string]string{}
		var names []string
		for _, p := range r.Reports {
			if _, ok := outlets[p.Outlet]; !ok {
				outlets[p.Outlet] = 0
				names = append(names, p.Outlet)
			}
			if p.OutletNotes != "" {
				notes[p.Outlet] = p.OutletNotes
			}
		}
		sort.Strings(names)
		for _, n := range names {
			id, err := d.outlet(ctx, tx, n, notes[n])
			if err != nil {
				return err
			}
			outlets[n] = id
		}
		var key any // NULL: a run without a key never conflicts
		if r.Key != "" {
			key = r.Key
		}
		// The same comparison again updates its run in place, keeping the id and
		// the time it was first recorded; its reports and findings are replaced.
		err := tx.QueryRowContext(ctx, d.q(`INSERT INTO runs(event_id, at, version, reports, agreements, discrepancies, uniques, run_key)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT(run_key) DO UPDATE SET event_id = excluded.event_id, version = excluded.version, reports = excluded.reports,
				agreements = excluded.agreements, discrepancies = excluded.discrepancies, uniques = excluded.uniques
			RETURNING id`),
			eventID, r.At, r.Version, len(r.Reports), r.Agreements, r.Discrepancies, r.Uniques, key).Scan(&saved.ID)
		if err != nil {
			return fmt.Errorf("save run: %w", err)
		}
		res, err := tx.ExecContext(ctx, d.q(`DELETE FROM reports WHERE run_id = ?`), saved.ID)
		if err != nil {
			return fmt.Errorf("replace run %d: %w", saved.ID, err)
		}
		if n, err := res.RowsAffected(); err == nil && n > 0 {
			saved.Replaced = true
		}
		if _, err := tx.ExecContext(ctx, d.q(`DELETE FROM findings WHERE run_id = ?`), saved.ID); err != nil {
			return fmt.Errorf("replace run %d: %w", saved.ID, err)
		}
		for _, p := range r.Reports {
			_, err := tx.ExecContext(ctx, d.q(`INSERT INTO reports(run_id, source, outlet_id, name, title, path, url, published, duplicate_of,
				score, checked, corroborated, minority, contested, uniq, quotes_verbatim, quotes_altered, quotes_unique,
				attribution, specificity, boilerplate, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
				saved.ID, p.Source, outlets[p.Outlet], p.Name, p.Title, p.Path, p.URL, p.Published, p.DuplicateOf,
				p.Score, p.Checked, p.Corroborated, p.Minority, p.Contested, p.Unique, p.QuotesVerbatim, p.QuotesAltered, p.QuotesUnique,
				p.Attribution, p.Specificity, p.Boilerplate, p.SHA256)
			if err != nil {
				return fmt.Errorf("save report %s: %w", p.Source, err)
			}
		}
		stmt, err := tx.PrepareContext(ctx, d.q(`INSERT INTO findings(run_id, fid, verdict, kind, severity, summary, confidence, majority, sources)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`))
		if err != nil {
			return fmt.Errorf("save findings: %w", err)
		}
		defer stmt.Close()
		for _, f := range r.Findings {
			if _, err := stmt.ExecContext(ctx, saved.ID, f.ID, f.Verdict, f.Kind, f.Severity, f.Summary,
				f.Confidence, f.Majority, f.Sources); err != nil {
				return fmt.Errorf("save finding %s: %w", f.ID, err)
			}
		}
		if beforeCommit != nil {
			beforeCommit()
		}
		return nil
	})
	return saved, err
}

// outlet returns the id of an outlet, adding it (or its new notes) first.
func (d *DB) outlet(ctx context.Context, tx *sql.Tx, name, notes string) (int64, error) {
	if _, err := tx.ExecContext(ctx, d.q(`INSERT INTO outlets(name, notes) VALUES (?, ?) ON CONFLICT(name) DO NOTHING`), name, notes); err != nil {
		return 0, fmt.Errorf("save outlet %s: %w", name, err)
	}
	if notes != "" {
		if _, err := tx.ExecContext(ctx, d.q(`UPDATE outlets SET notes = ? WHERE name = ? AND notes <> ?`), notes, name, notes); err != nil {
			return 0, fmt.Errorf("save outlet %s: %w", name, err)
		}
	}
	var id int64
	if err := tx.QueryRowContext(ctx, d.q(`SELECT id FROM outlets WHERE name = ?`), name).Scan(&id); err != nil {
		return 0, fmt.Errorf("save outlet %s: %w", name, err)
	}
	return id, nil
}
