-- CreditLoop schema version 6: file-based sync with the city platform (DESIGN.md §4).
-- Keys, packages sent and applied, packages held back or quarantined, rounds, and what other
-- offices report. Nothing here is ever deleted by sync: it is the record of what was exchanged.

-- This office's identity: its code (the package sender) and its Ed25519 key pair. The secret key
-- stays in this table; no command prints or exports it.
CREATE TABLE sync_identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    office      TEXT NOT NULL,
    public_key  TEXT NOT NULL,          -- base64, 32 bytes
    secret_key  BLOB NOT NULL,          -- libsodium crypto_sign secret key, 64 bytes
    created_at  TEXT NOT NULL
) STRICT;

-- Senders whose packages this office accepts (one key per sender; trusting again replaces it).
CREATE TABLE sync_trusted_keys (
    sender      TEXT PRIMARY KEY,
    public_key  TEXT NOT NULL,
    added_by    TEXT NOT NULL,
    added_at    TEXT NOT NULL
) STRICT;

-- Packages written by this office (seq increments by one per package).
CREATE TABLE sync_packages_out (
    seq         INTEGER PRIMARY KEY,
    receiver    TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    records     INTEGER NOT NULL,
    full_export INTEGER NOT NULL DEFAULT 0 CHECK (full_export IN (0, 1)),
    created_at  TEXT NOT NULL
) STRICT;

-- Packages applied here: (sender, seq) once, with the SHA-256 of the package file.
CREATE TABLE sync_packages_in (
    sender      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    records     INTEGER NOT NULL,
    forced      INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1)),
    applied_at  TEXT NOT NULL,
    PRIMARY KEY (sender, seq)
) STRICT;

-- Packages that passed every check but wait for an earlier seq of the same sender.
CREATE TABLE sync_held (
    sender      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    path        TEXT NOT NULL,
    expected    INTEGER NOT NULL,       -- the seq that is missing
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (sender, seq)
) STRICT;

-- Packages refused by a check and moved to quarantine/, with the check and the reason.
CREATE TABLE sync_quarantine (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    path        TEXT NOT NULL,
    check_name  TEXT NOT NULL,
    reason      TEXT NOT NULL,
    at          TEXT NOT NULL
) STRICT;

-- One row per sync round (sync run, 立即同步, the schedule): what the sync page shows.
CREATE TABLE sync_runs (
    id            INTEGER PRIMARY KEY,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    result        TEXT NOT NULL DEFAULT 'running' CHECK (result IN ('running', 'ok', 'partial', 'failed')),
    packages_out  INTEGER NOT NULL DEFAULT 0,
    packages_in   INTEGER NOT NULL DEFAULT 0,
    held          INTEGER NOT NULL DEFAULT 0,
    quarantined   INTEGER NOT NULL DEFAULT 0,
    log           TEXT NOT NULL DEFAULT ''
) STRICT;

-- Lights other offices computed and sent (lights.csv). Informative: this office computes its own
-- light from the records; these show what the sender saw.
CREATE TABLE sync_remote_lights (
    sender      TEXT NOT NULL,
    entity_code TEXT NOT NULL,
    light       TEXT NOT NULL CHECK (light IN ('red', 'yellow', 'green', 'grey')),
    rule_id     TEXT NOT NULL,
    as_of       TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (sender, entity_code)
) STRICT, WITHOUT ROWID;

-- The platform simulator's sequence per receiving office (sync platform).
CREATE TABLE sync_platform_out (
    receiver    TEXT PRIMARY KEY,
    last_seq    INTEGER NOT NULL
) STRICT;

-- Settings of the periodic sync (hub folder, interval); the office code is sync_identity.office.
CREATE TABLE sync_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
