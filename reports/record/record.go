// Package record keeps every comparison run in a database, so reports of many
// events add up to a per-outlet record over time.
//
// The record lives in an embedded SQLite file (one editor, one machine) or in
// PostgreSQL (many CI runners and fact-checkers writing to one record). Both
// hold the same tables: runs (one per comparison), events (runs of the same
// event share one), reports (one per input report, with its reliability
// profile), outlets and findings. The schema is versioned in code, one history
// of migrations written once and spelled per dialect where the two differ, and
// migrated on open. Every write happens in one transaction, so a crash leaves
// the record as it was; a run is keyed by its event and the content hashes of
// its reports, so recording the same comparison again replaces it.
package record

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// DefaultBusyTimeout is how long a writer waits for another to finish before giving up.
const DefaultBusyTimeout = 10 * time.Second

// DefaultConnectTimeout is how long Open waits for a PostgreSQL server to answer.
const DefaultConnectTimeout = 10 * time.Second

// DB is an open record database.
type DB struct {
	db *sql.DB
	// name is the file path, or the server URL without its password, for messages.
	name    string
	dialect dialect
	// opened is what Open's migration did.
	opened Migration
}

// Options tunes Open.
type Options struct {
	// BusyTimeout is how long to wait for another writer (default DefaultBusyTimeout).
	BusyTimeout time.Duration
	// ConnectTimeout is how long to wait for a PostgreSQL server (default DefaultConnectTimeout).
	ConnectTimeout time.Duration
}

// IsServer reports whether target names a PostgreSQL server rather than a SQLite file.
func IsServer(target string) bool {
	t := strings.ToLower(target)
	return strings.HasPrefix(t, "postgres://") || strings.HasPrefix(t, "postgresql://")
}

// Open opens the record at target, a SQLite file path or a postgres:// URL,
// creating it if needed, and brings its schema up to date.
func Open(target string, opt Options) (*DB, error) {
	if IsServer(target) {
		return openPostgres(target, opt)
	}
	return openSQLite(target, opt)
}

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// Path is the file the database was opened from, or its server URL without the password.
func (d *DB) Path() string { return d.name }

// Opened says what opening the record did to its schema: From < To when it migrated.
func (d *DB) Opened() Migration { return d.opened }

// Dialect names the store: "sqlite" or "postgres".
func (d *DB) Dialect() string { return d.dialect.name() }

// ErrBusy is wrapped by errors returned when another process held the database
// for longer than the busy timeout.
var ErrBusy = errors.New("the database is busy: another claimdiff is writing to it; try again")

// ErrNewerSchema is wrapped by the error Open returns for a record written by a newer claimdiff.
var ErrNewerSchema = errors.New("upgrade claimdiff")

// wrap adds the database name and the action to err, in the store's words.
func (d *DB) wrap(action string, err error) error {
	return d.dialect.wrap(d.name, action, err)
}

// tx runs fn in one transaction and commits it; a conflict with a concurrent
// writer that the store resolves by aborting one side (PostgreSQL's
// serialization failures and deadlocks) is retried from the start.
func (d *DB) tx(ctx context.Context, action string, fn func(*sql.Tx) error) error {
	const attempts = 5
	var err error
	for i := 0; i < attempts; i++ {
		err = d.tryTx(ctx, fn)
		if err == nil || !d.dialect.retryable(err) {
			break
		}
	}
	if err != nil {
		return d.wrap(action, err)
	}
	return nil
}

func (d *DB) tryTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// q spells a query written with ? placeholders in the store's dialect.
func (d *DB) q(query string) string { return d.dialect.rebind(query) }

// newerSchema is the error for a record whose schema this build does not know.
func (d *DB) newerSchema(v int) error {
	return fmt.Errorf("record database %s has schema version %d, newer than this claimdiff knows (%d): %w", d.name, v, SchemaVersion(), ErrNewerSchema)
}
