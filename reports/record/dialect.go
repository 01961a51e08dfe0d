package record

import (
	"context"
	"database/sql"
)

// dialect is what differs between the two stores: column types, placeholders,
// where the schema version lives, and how errors read.
type dialect interface {
	name() string
	// types spells the braced words of the migrations.
	types() map[string]string
	// rebind turns ? placeholders into the store's own.
	rebind(query string) string
	// version reads the schema version (0 for an empty database).
	version(ctx context.Context, q queryer) (int, error)
	// lockSchema keeps two processes from migrating at once, until tx ends.
	lockSchema(ctx context.Context, tx *sql.Tx) error
	setVersion(ctx context.Context, tx *sql.Tx, v int) error
	// retryable reports a conflict the store resolved by aborting this transaction.
	retryable(err error) bool
	// wrap names the database and the action, and says what to do where it can.
	wrap(name, action string, err error) error
}

// queryTx is what reading rows inside a transaction needs.
type queryTx interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}
