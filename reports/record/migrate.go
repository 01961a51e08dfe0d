package record

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// migrations are the schema steps in order; migrations[i] takes the schema from
// version i to i+1. Never edit a released step: append a new one. The steps are
// written once; the words in braces are spelled per dialect (see dialect.types),
// because SQLite and PostgreSQL differ on exactly these.
var migrations = []string{
	`CREATE TABLE outlets (
		id    {id},
		name  TEXT NOT NULL UNIQUE,
		notes TEXT NOT NULL DEFAULT ''
	);
	CREATE TABLE events (
		id    {id},
		name  TEXT NOT NULL UNIQUE,
		first TEXT NOT NULL
	);
	CREATE TABLE runs (
		id            {id},
		event_id      {ref} NOT NULL REFERENCES events(id),
		at            TEXT NOT NULL,
		version       TEXT NOT NULL DEFAULT '',
		reports       INTEGER NOT NULL,
		agreements    INTEGER NOT NULL,
		discrepancies INTEGER NOT NULL,
		uniques       INTEGER NOT NULL
	);
	CREATE TABLE reports (
		id              {id},
		run_id          {ref} NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
		source          TEXT NOT NULL,
		outlet_id       {ref} NOT NULL REFERENCES outlets(id),
		name            TEXT NOT NULL,
		title           TEXT NOT NULL,
		path            TEXT NOT NULL,
		url             TEXT NOT NULL,
		published       TEXT NOT NULL,
		duplicate_of    TEXT NOT NULL,
		score           {real} NOT NULL,
		checked         INTEGER NOT NULL,
		corroborated    INTEGER NOT NULL,
		minority        INTEGER NOT NULL,
		contested       INTEGER NOT NULL,
		uniq            INTEGER NOT NULL,
		quotes_verbatim INTEGER NOT NULL,
		quotes_altered  INTEGER NOT NULL,
		quotes_unique   INTEGER NOT NULL,
		attribution     {real} NOT NULL,
		specificity     {real} NOT NULL,
		boilerplate     {real} NOT NULL,
		UNIQUE (run_id, source)
	);
	CREATE TABLE findings (
		id         {id},
		run_id     {ref} NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
		fid        TEXT NOT NULL,
		verdict    TEXT NOT NULL,
		kind       TEXT NOT NULL,
		severity   TEXT NOT NULL,
		summary    TEXT NOT NULL,
		confidence {real} NOT NULL,
		majority   TEXT NOT NULL,
		sources    TEXT NOT NULL
	);
	CREATE INDEX reports_outlet ON reports(outlet_id);
	CREATE INDEX findings_run ON findings(run_id);
	CREATE INDEX runs_event ON runs(event_id);`,

	// Version 2: idempotent runs. A run is keyed by its event and the content
	// hashes of its reports; runs recorded before have no key and stay as they are.
	`ALTER TABLE runs ADD COLUMN run_key TEXT;
	CREATE UNIQUE INDEX runs_key ON runs(run_key);
	ALTER TABLE reports ADD COLUMN sha256 TEXT NOT NULL DEFAULT '';`,
}

// SchemaVersion is the schema version this build writes.
func SchemaVersion() int { return len(migrations) }

// spell writes a migration step in a dialect's words.
func spell(step string, types map[string]string) []string {
	for k, v := range types {
		step = strings.ReplaceAll(step, "{"+k+"}", v)
	}
	var out []string
	for _, s := range strings.Split(step, ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Migration says what Migrate did.
type Migration struct {
	// From and To are the schema versions before and after.
	From, To int
}

// Migrate brings the schema up to date, in one transaction, and says from which
// version. Open already does this; the record migrate command calls it to say so.
func (d *DB) Migrate(ctx context.Context) (Migration, error) {
	cur, err := d.dialect.version(ctx, d.db)
	if err != nil {
		return Migration{}, d.wrap("read schema version", err)
	}
	if cur > len(migrations) {
		return Migration{}, d.newerSchema(cur)
	}
	if cur == len(migrations) {
		// An up-to-date record is only read, so opening one never waits for a writer.
		return Migration{From: cur, To: cur}, nil
	}
	m := Migration{To: len(migrations)}
	err = d.tx(ctx, "migrate schema", func(tx *sql.Tx) error {
		// Another process may have migrated since: read again under the lock.
		if err := d.dialect.lockSchema(ctx, tx); err != nil {
			return err
		}
		v, err := d.dialect.version(ctx, tx)
		if err != nil {
			return err
		}
		m.From = v
		if v >= len(migrations) {
			return nil
		}
		for i := v; i < len(migrations); i++ {
			for _, stmt := range spell(migrations[i], d.dialect.types()) {
				if _, err := tx.ExecContext(ctx, stmt); err != nil {
					return fmt.Errorf("migrate schema to version %d: %w", i+1, err)
				}
			}
		}
		return d.dialect.setVersion(ctx, tx, len(migrations))
	})
	if err != nil {
		return Migration{}, err
	}
	if m.From > len(migrations) {
		return Migration{}, d.newerSchema(m.From)
	}
	if m.From == len(migrations) {
		m.To = m.From
	}
	return m, nil
}

// queryer is what reading the schema version needs: a database or a transaction.
type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}
