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

// openSQLite opens or creates the record file at path.
func openSQLite(path string, opt Options) (*DB, error) {
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
	d := &DB{db: db, name: path, dialect: sqliteDialect{}}
	// SQLite answers busy at once, without its busy handler, when two processes
	// set up a brand-new file together (the switch to WAL); wait for the other
	// one here, within the same timeout the writers queue on.
	deadline := time.Now().Add(bt)
	for {
		m, err := d.Migrate(context.Background())
		if err == nil {
			d.opened = m
			return d, nil
		}
		if !errors.Is(err, ErrBusy) || time.Now().After(deadline) {
			db.Close()
			return nil, err
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// sqliteDialect is the embedded SQLite file.
type sqliteDialect struct{}

func (sqliteDialect) name() string { return "sqlite" }

func (sqliteDialect) types() map[string]string {
	// INTEGER PRIMARY KEY is SQLite's row id, assigned on insert.
	return map[string]string{"id": "INTEGER PRIMARY KEY", "ref": "INTEGER", "real": "REAL"}
}

func (sqliteDialect) rebind(q string) string { return q }

func (sqliteDialect) version(ctx context.Context, q queryer) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

// lockSchema has nothing to do: the immediate transaction holds the write lock.
func (sqliteDialect) lockSchema(context.Context, *sql.Tx) error { return nil }

func (sqliteDialect) setVersion(ctx context.Context, tx *sql.Tx, v int) error {
	// PRAGMA takes no bound parameters; the value is our own integer.
	_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v))
	return err
}

// retryable is false: SQLite's writers queue on the busy timeout instead.
func (sqliteDialect) retryable(error) bool { return false }

// wrap turns SQLite's busy and locked codes into ErrBusy, which says what to do.
func (sqliteDialect) wrap(path, action string, err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return fmt.Errorf("record database %s: %s: %w", path, action, ErrBusy)
		case sqlite3.SQLITE_NOTADB:
			return fmt.Errorf("record database %s: %s: not a claimdiff record (not an SQLite file): %w", path, action, err)
		}
	}
	return fmt.Errorf("record database %s: %s: %w", path, action, err)
}
