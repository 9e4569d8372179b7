-- Checkpoints of the ledger's read models. Applied by SqliteCheckpointStore each time it
-- opens a file (idempotent); may live in the event store's file or a file of its own.
-- A row is written by one statement: position and state always match.
CREATE TABLE IF NOT EXISTS read_model_checkpoints (
  name     TEXT    PRIMARY KEY,
  version  INTEGER NOT NULL,           -- the read model's version that wrote the state
  position TEXT    NOT NULL,           -- decimal global position of the last event folded in
  state    TEXT    NOT NULL,           -- JSON
  saved_at TEXT    NOT NULL            -- ISO-8601 instant in UTC
) WITHOUT ROWID;
