package record

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// ExportSchema names the JSON Lines format of record export; its first line says so.
const ExportSchema = "claimdiff/record-export/v1"

// exportHeader is the first line of an export.
type exportHeader struct {
	Schema string `json:"schema"`
	// SchemaVersion is the record's schema version when it was exported.
	SchemaVersion int `json:"schema_version"`
}

// Export writes the whole record as JSON Lines, a header line and then one
// StoredRun per line, oldest first; it returns how many runs it wrote.
func (d *DB) Export(ctx context.Context, w io.Writer) (int, error) {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(exportHeader{Schema: ExportSchema, SchemaVersion: SchemaVersion()}); err != nil {
		return 0, err
	}
	// One read-only snapshot, so a writer adding runs meanwhile cannot tear the
	// export and is not held up by it (SQLite: a deferred read in WAL mode;
	// PostgreSQL: repeatable read, one snapshot for every query).
	opts := &sql.TxOptions{ReadOnly: true}
	if d.dialect.name() == "postgres" {
		opts.Isolation = sql.LevelRepeatableRead
	}
	tx, err := d.db.BeginTx(ctx, opts)
	if err != nil {
		return 0, d.wrap("export", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT r.id, e.name, e.first, r.at, r.version, COALESCE(r.run_key, ''), r.agreements, r.discrepancies, r.uniques
		FROM runs r JOIN events e ON e.id = r.event_id ORDER BY r.at, r.id`)
	if err != nil {
		return 0, d.wrap("export runs", err)
	}
	var runs []StoredRun
	var ids []int64
	for rows.Next() {
		var r StoredRun
		var id int64
		if err := rows.Scan(&id, &r.Event, &r.EventFirst, &r.At, &r.Version, &r.Key, &r.Agreements, &r.Discrepancies, &r.Uniques); err != nil {
			rows.Close()
			return 0, d.wrap("export runs", err)
		}
		runs = append(runs, r)
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, d.wrap("export runs", err)
	}
	for i := range runs {
		r := &runs[i]
		if err := d.exportReports(ctx, tx, ids[i], r); err != nil {
			return i, err
		}
		if err := d.exportFindings(ctx, tx, ids[i], r); err != nil {
			return i, err
		}
		if err := enc.Encode(r); err != nil {
			return i, err
		}
		// Written runs are dropped as we go: memory holds the run list, not every report.
		runs[i] = StoredRun{}
	}
	return len(runs), bw.Flush()
}

func (d *DB) exportReports(ctx context.Context, tx queryTx, id int64, r *StoredRun) error {
	rows, err := tx.QueryContext(ctx, d.q(`SELECT p.source, o.name, o.notes, p.name, p.title, p.path, p.url, p.published, p.duplicate_of, p.sha256,
			p.score, p.checked, p.corroborated, p.minority, p.contested, p.uniq, p.quotes_verbatim, p.quotes_altered, p.quotes_unique,
			p.attribution, p.specificity, p.boilerplate
		FROM reports p JOIN outlets o ON o.id = p.outlet_id WHERE p.run_id = ? ORDER BY p.id`), id)
	if err != nil {
		return d.wrap("export reports", err)
	}
	defer rows.Close()
	for rows.Next() {
		var p StoredReport
		if err := rows.Scan(&p.Source, &p.Outlet, &p.OutletNotes, &p.Name, &p.Title, &p.Path, &p.URL, &p.Published, &p.DuplicateOf, &p.SHA256,
			&p.Score, &p.Checked, &p.Corroborated, &p.Minority, &p.Contested, &p.Unique, &p.QuotesVerbatim, &p.QuotesAltered, &p.QuotesUnique,
			&p.Attribution, &p.Specificity, &p.Boilerplate); err != nil {
			return d.wrap("export reports", err)
		}
		r.Reports = append(r.Reports, p)
	}
	if err := rows.Err(); err != nil {
		return d.wrap("export reports", err)
	}
	return nil
}

func (d *DB) exportFindings(ctx context.Context, tx queryTx, id int64, r *StoredRun) error {
	rows, err := tx.QueryContext(ctx, d.q(`SELECT fid, verdict, kind, severity, summary, confidence, majority, sources
		FROM findings WHERE run_id = ? ORDER BY id`), id)
	if err != nil {
		return d.wrap("export findings", err)
	}
	defer rows.Close()
	r.Findings = []StoredFinding{}
	for rows.Next() {
		var f StoredFinding
		if err := rows.Scan(&f.ID, &f.Verdict, &f.Kind, &f.Severity, &f.Summary, &f.Confidence, &f.Majority, &f.Sources); err != nil {
			return d.wrap("export findings", err)
		}
		r.Findings = append(r.Findings, f)
	}
	if err := rows.Err(); err != nil {
		return d.wrap("export findings", err)
	}
	return nil
}

// Imported counts what Import did.
type Imported struct {
	// Added runs were new to this record; Replaced ones had the same key as a run in it.
	Added, Replaced int
}

// maxExportLine bounds one exported run (its reports and findings).
const maxExportLine = 64 << 20

// Import reads an export and stores every run, each in its own transaction.
// Keyed runs replace the run with the same key, so importing twice changes
// nothing; a run without a key is added each time.
func (d *DB) Import(ctx context.Context, r io.Reader) (Imported, error) {
	var st Imported
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxExportLine)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if n == 1 {
			var h exportHeader
			if err := json.Unmarshal(line, &h); err != nil || h.Schema != ExportSchema {
				return st, fmt.Errorf("import line 1: not a claimdiff record export (want a first line with \"schema\": %q)", ExportSchema)
			}
			if h.SchemaVersion > SchemaVersion() {
				return st, fmt.Errorf("import: the export comes from a record of schema version %d, newer than this claimdiff knows (%d): %w", h.SchemaVersion, SchemaVersion(), ErrNewerSchema)
			}
			continue
		}
		if len(trimSpace(line)) == 0 {
			continue
		}
		var run StoredRun
		if err := json.Unmarshal(line, &run); err != nil {
			return st, fmt.Errorf("import line %d: %v", n, err)
		}
		if err := run.check(); err != nil {
			return st, fmt.Errorf("import line %d: %v", n, err)
		}
		s, err := d.write(ctx, &run, nil)
		if err != nil {
			return st, fmt.Errorf("import line %d: %w", n, err)
		}
		if s.Replaced {
			st.Replaced++
		} else {
			st.Added++
		}
	}
	if err := sc.Err(); err != nil {
		return st, fmt.Errorf("import: %w", err)
	}
	if n == 0 {
		return st, errors.New("import: empty input, want a claimdiff record export")
	}
	return st, nil
}

// check rejects a run that the record could not hold as a run.
func (r *StoredRun) check() error {
	switch {
	case r.Event == "":
		return errors.New(`run has no "event"`)
	case r.At == "":
		return errors.New(`run has no "at"`)
	case len(r.Reports) == 0:
		return errors.New(`run has no "reports"`)
	}
	if r.EventFirst == "" {
		r.EventFirst = r.At
	}
	for i, p := range r.Reports {
		if p.Source == "" || p.Outlet == "" {
			return fmt.Errorf("report %d has no \"source\" or \"outlet\"", i+1)
		}
	}
	return nil
}

// trimSpace drops ASCII white space at both ends.
func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r' || b[len(b)-1] == '\n') {
		b = b[:len(b)-1]
	}
	return b
}
