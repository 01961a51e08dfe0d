package record

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver for raw test connections
)

// postgresEnv names the server the PostgreSQL tests use: a postgres:// URL of
// a role that may create databases. .ci/run starts a throwaway server and sets it.
const postgresEnv = "CLAIMDIFF_TEST_POSTGRES"

// store is one kind of record the shared tests run against.
type store struct {
	name string
	// fresh returns the target of a new, empty record for this test.
	fresh func(t *testing.T) string
	// driver opens a raw connection to a target, for tests that set up old schemas.
	driver string
}

var sqliteStore = store{
	name:   "sqlite",
	fresh:  func(t *testing.T) string { return filepath.Join(t.TempDir(), "record.db") },
	driver: "sqlite",
}

var postgresStore = store{name: "postgres", fresh: freshPostgres, driver: "pgx"}

// stores lists the stores to test: SQLite always, PostgreSQL when a server is
// given. Its absence is said out loud, once per test, so a run that skipped
// the server's tests says so.
func stores(t *testing.T) []store {
	if os.Getenv(postgresEnv) == "" {
		t.Logf("PostgreSQL part skipped: %s is not set (.ci/run starts a server and sets it)", postgresEnv)
		return []store{sqliteStore}
	}
	return []store{sqliteStore, postgresStore}
}

// needPostgres skips a PostgreSQL-only test when no server is given.
func needPostgres(t *testing.T) {
	t.Helper()
	if os.Getenv(postgresEnv) == "" {
		t.Skipf("skipped: no PostgreSQL server (%s is not set; .ci/run starts one and sets it)", postgresEnv)
	}
}

// eachStore runs a test against every available store.
func eachStore(t *testing.T, f func(t *testing.T, s store)) {
	for _, s := range stores(t) {
		t.Run(s.name, func(t *testing.T) { f(t, s) })
	}
}

var dbSeq struct {
	sync.Mutex
	n int
}

// freshPostgres creates a database of its own for the test on the server and
// drops it when the test ends.
func freshPostgres(t *testing.T) string {
	t.Helper()
	admin := os.Getenv(postgresEnv)
	u, err := url.Parse(admin)
	if err != nil || !IsServer(admin) {
		t.Fatalf("%s must be a postgres:// URL: %v", postgresEnv, err)
	}
	dbSeq.Lock()
	dbSeq.n++
	name := fmt.Sprintf("claimdiff_test_%d_%d", os.Getpid(), dbSeq.n)
	dbSeq.Unlock()
	raw, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create test database on %s: %v", redact(admin), err)
	}
	t.Cleanup(func() {
		raw, err := sql.Open("pgx", admin)
		if err != nil {
			return
		}
		defer raw.Close()
		if _, err := raw.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("drop test database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}

// openRaw connects to a record without migrating it.
func openRaw(t *testing.T, s store, target string) *DB {
	t.Helper()
	db, err := sql.Open(s.driver, target)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	d := &DB{db: db, name: target, dialect: sqliteDialect{}}
	if s.name == "postgres" {
		d.dialect = postgresDialect{}
	}
	return d
}

// setSchema applies the first v migrations to an empty record, as an older claimdiff would have.
func setSchema(t *testing.T, d *DB, v int) {
	t.Helper()
	ctx := context.Background()
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	for i := 0; i < v && i < len(migrations); i++ {
		for _, stmt := range spell(migrations[i], d.dialect.types()) {
			if _, err := tx.Exec(stmt); err != nil {
				t.Fatalf("migration %d: %v", i+1, err)
			}
		}
	}
	if err := d.dialect.setVersion(ctx, tx, v); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

func TestRebind(t *testing.T) {
	got := postgresDialect{}.rebind("INSERT INTO t(a, b) VALUES (?, ?) LIMIT ?")
	if got != "INSERT INTO t(a, b) VALUES ($1, $2) LIMIT $3" {
		t.Errorf("rebind = %q", got)
	}
	if got := (sqliteDialect{}).rebind("a = ?"); got != "a = ?" {
		t.Errorf("sqlite rebind = %q", got)
	}
}

func TestSpellMigrations(t *testing.T) {
	for _, d := range []dialect{sqliteDialect{}, postgresDialect{}} {
		for i, m := range migrations {
			for _, stmt := range spell(m, d.types()) {
				if strings.ContainsAny(stmt, "{}") {
					t.Errorf("%s migration %d keeps an unspelled word: %s", d.name(), i+1, stmt)
				}
			}
		}
	}
	if !strings.Contains(strings.Join(spell(migrations[0], postgresDialect{}.types()), ";"), "DOUBLE PRECISION") {
		t.Error("postgres scores must be DOUBLE PRECISION")
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://ed:s3cret@db.example:5432/rec?sslmode=disable", "postgres://ed:xxxxx@db.example:5432/rec?sslmode=disable"},
		{"postgres://ed@db.example/rec?password=s3cret", "postgres://ed@db.example/rec?password=xxxxx"},
		{"postgres://db.example/rec", "postgres://db.example/rec"},
	}
	for _, tt := range tests {
		if got := redact(tt.in); got != tt.want {
			t.Errorf("redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsServer(t *testing.T) {
	for in, want := range map[string]bool{
		"postgres://h/db": true, "POSTGRESQL://h/db": true, "record.db": false, "./postgres/record.db": false,
	} {
		if got := IsServer(in); got != want {
			t.Errorf("IsServer(%q) = %v", in, got)
		}
	}
}

// TestUnreachableServer needs no server: nothing listens on port 1 of the loopback.
func TestUnreachableServer(t *testing.T) {
	db, err := Open("postgres://ed:s3cret@127.0.0.1:1/record?sslmode=disable", Options{ConnectTimeout: 5 * time.Second})
	if err == nil {
		db.Close()
		t.Fatal("opened a record on a server that is not there")
	}
	msg := err.Error()
	if !strings.Contains(msg, "cannot reach the PostgreSQL server") || !strings.Contains(msg, "127.0.0.1:1") {
		t.Errorf("err = %v, want it to say the server cannot be reached, and where", err)
	}
	if strings.Contains(msg, "s3cret") {
		t.Errorf("the error shows the password: %v", err)
	}
	if _, err := Open("postgres://ed:s3cret@[::1/x", Options{}); err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("bad URL: %v", err)
	}
}
