// Package record keeps every comparison run in an embedded SQLite database, so
// reports of many events add up to a per-outlet record over time.
//
// The file holds runs (one per compare), events (runs of the same event share
// one), reports (one per input report, with its reliability profile), outlets
// and findings. The schema is versioned in code (PRAGMA user_version) and
// migrated on open; every write happens in one transaction, so a crash leaves
// the database as it was.
package record

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// DefaultBusyTimeout is how long a writer waits for another to finish before giving up.
const DefaultBusyTimeout = 10 * time.Second

// DB is an open record database.
type DB struct {
	db   *sql.DB
	path string
}

// Options tunes Open.
type Options struct {
	// BusyTimeout is how long to wait for another writer (default DefaultBusyTimeout).
	BusyTimeout time.Duration
}

// migrations are the schema steps in order; migrations[i] takes the schema from
// version i to i+1. Never edit a released step: append a new one.
var migrations = []string{
	`CREATE TABLE outlets (
		id    INTEGER PRIMARY KEY,
		name  TEXT NOT NULL UNIQUE,
		notes TEXT NOT NULL DEFAULT ''
	);
	CREATE TABLE events (
		id    INTEGER PRIMARY KEY,
		name  TEXT NOT NULL UNIQUE,
		first TEXT NOT NULL
	);
	CREATE TABLE runs (
		id            INTEGER PRIMARY KEY,
		event_id      INTEGER NOT NULL REFERENCES events(id),
		at            TEXT NOT NULL,
		version       TEXT NOT NULL DEFAULT '',
		reports       INTEGER NOT NULL,
		agreements    INTEGER NOT NULL,
		discrepancies INTEGER NOT NULL,
		uniques       INTEGER NOT NULL
	);
	CREATE TABLE reports (
		id              INTEGER PRIMARY KEY,
		run_id          INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
		source          TEXT NOT NULL,
		outlet_id       INTEGER NOT NULL REFERENCES outlets(id),
		name            TEXT NOT NULL,
		title           TEXT NOT NULL,
		path            TEXT NOT NULL,
		url             TEXT NOT NULL,
		published       TEXT NOT NULL,
		duplicate_of    TEXT NOT NULL,
		score           REAL NOT NULL,
		checked         INTEGER NOT NULL,
		corroborated    INTEGER NOT NULL,
		minority        INTEGER NOT NULL,
		contested       INTEGER NOT NULL,
		uniq            INTEGER NOT NULL,
		quotes_verbatim INTEGER NOT NULL,
		quotes_altered  INTEGER NOT NULL,
		quotes_unique   INTEGER NOT NULL,
		attribution     REAL NOT NULL,
		specificity     REAL NOT NULL,
		boilerplate     REAL NOT NULL,
		UNIQUE (run_id, source)
	);
	CREATE TABLE findings (
		id         INTEGER PRIMARY KEY,
		run_id     INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
		fid        TEXT NOT NULL,
		verdict    TEXT NOT NULL,
		kind       TEXT NOT NULL,
		severity   TEXT NOT NULL,
		summary    TEXT NOT NULL,
		confidence REAL NOT NULL,
		majority   TEXT NOT NULL,
		sources    TEXT NOT NULL
	);
	CREATE INDEX reports_outlet ON reports(outlet_id);
	CREATE INDEX findings_run ON findings(run_id);
	CREATE INDEX runs_event ON runs(event_id);`,
}

// SchemaVersion is the schema version this build writes.
func SchemaVersion() int { return len(migrations) }

// Open opens or creates the record database at path and brings its schema up to date.
func Open(path string, opt Options) (*DB, error) {
	if path == "" {
		return nil, errors.New("record database: no file given")
	}
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("record database %s: the file name may not contain ? or #", path)
	}
	bt := opt.BusyTimeout
	if bt <= 0 {
		bt = DefaultBusyTimeout
	}
	// WAL lets readers work while one process writes; immediate transactions
	// take the write lock at BEGIN, so two writers queue on the busy timeout
	// instead of deadlocking on a lock upgrade.
	dsn := fmt.Sprintf("%s?_busy_timeout=%d&_foreign_keys=1&_journal_mode=WAL&_synchronous=NORMAL&_txlock=immediate",
		path, bt.Milliseconds())
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("record database %s: %w", path, err)
	}
	d := &DB{db: db, path: path}
	// SQLite answers busy at once, without its busy handler, when two processes
	// set up a brand-new file together (the switch to WAL); wait for the other
	// one here, within the same timeout the writers queue on.
	deadline := time.Now().Add(bt)
	for {
		err := d.migrate(context.Background())
		if err == nil {
			return d, nil
		}
		if !errors.Is(err, ErrBusy) || time.Now().After(deadline) {
			db.Close()
			return nil, err
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// Path is the file the database was opened from.
func (d *DB) Path() string { return d.path }

// migrate applies the missing schema steps in one transaction. An up-to-date
// database is only read, so opening one never waits for a writer.
func (d *DB) migrate(ctx context.Context) error {
	var cur int
	if err := d.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&cur); err != nil {
		return d.wrap("read schema version", err)
	}
	if cur == len(migrations) {
		return nil
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return d.wrap("open", err)
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return d.wrap("read schema version", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("record database %s has schema version %d, newer than this claimdiff knows (%d): upgrade claimdiff", d.path, v, len(migrations))
	}
	if v == len(migrations) {
		return nil
	}
	for i := v; i < len(migrations); i++ {
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			return d.wrap(fmt.Sprintf("migrate schema to version %d", i+1), err)
		}
	}
	// PRAGMA takes no bound parameters; the value is our own integer.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", len(migrations))); err != nil {
		return d.wrap("set schema version", err)
	}
	if err := tx.Commit(); err != nil {
		return d.wrap("migrate schema", err)
	}
	return nil
}

// ErrBusy is wrapped by errors returned when another process held the database
// for longer than the busy timeout.
var ErrBusy = errors.New("the database is busy: another claimdiff is writing to it; try again")

// wrap adds the database path and the action to err, and turns SQLite's busy
// and locked codes into ErrBusy, which says what to do.
func (d *DB) wrap(action string, err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return fmt.Errorf("record database %s: %s: %w", d.path, action, ErrBusy)
		case sqlite3.SQLITE_NOTADB:
			return fmt.Errorf("record database %s: %s: not a claimdiff record (not an SQLite file): %w", d.path, action, err)
		}
	}
	return fmt.Errorf("record database %s: %s: %w", d.path, action, err)
}
