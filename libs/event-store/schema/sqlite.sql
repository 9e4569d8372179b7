-- Event store of the Placement Ledger, embedded SQLite adapter: schema version 1.
-- Applied by SqliteEventStore each time it opens a file. Every statement is idempotent,
-- and PRAGMA user_version records the version so that a newer file is refused by older code.

-- The log. position is the global position: 1-based and contiguous, because AUTOINCREMENT
-- never reuses a value and an append that rolls back consumes none. Events are never
-- updated or deleted.
CREATE TABLE IF NOT EXISTS events (
  position        INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id        TEXT    NOT NULL UNIQUE,
  stream_name     TEXT    NOT NULL,
  stream_revision INTEGER NOT NULL CHECK (stream_revision >= 0),
  type            TEXT    NOT NULL,
  data            TEXT    NOT NULL,  -- JSON
  metadata        TEXT    NOT NULL,  -- JSON
  recorded_at     TEXT    NOT NULL,  -- ISO-8601 instant in UTC, when the store wrote the event
  UNIQUE (stream_name, stream_revision)
);

-- One row per stream: its last revision and the global position of its last event, read
-- by every append for the expected-revision check without touching the log.
CREATE TABLE IF NOT EXISTS streams (
  stream_name TEXT    PRIMARY KEY,
  revision    INTEGER NOT NULL CHECK (revision >= 0),
  position    INTEGER NOT NULL REFERENCES events (position)
) WITHOUT ROWID;

PRAGMA user_version = 1;
