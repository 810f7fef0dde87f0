-- CreditLoop schema version 9: licences and penalty records received from other offices through the
-- city platform (DESIGN.md §4, DOMAIN.md §9.1/§9.2). A received record has no local application or
-- decision behind it, and its authority may be a department this office does not list, so those links
-- become optional; source says where a record came from ('' = decided here, 'sync:SENDER' = received).
-- SQLite cannot relax NOT NULL in place: each table is copied, dropped and created again under its
-- name (ids kept). Foreign keys are deferred for this step so the repairs that point at penalties
-- find their rows again before the commit.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE licences_copy AS SELECT * FROM licences;
DROP TABLE licences;
CREATE TABLE licences (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER UNIQUE REFERENCES approval_applications(id),
    entity_id      INTEGER NOT NULL REFERENCES entities(id),
    xk_xdr_mc      TEXT NOT NULL,
    xk_xdr_lb      TEXT NOT NULL CHECK (xk_xdr_lb IN ('法人及非法人组织', '自然人', '个体工商户')),
    xk_xdr_shxym   TEXT NOT NULL,
    xk_frdb        TEXT NOT NULL DEFAULT '',
    xk_xkws        TEXT NOT NULL,
    xk_wsh         TEXT NOT NULL,
    xk_xklb        TEXT NOT NULL,
    xk_xkzs        TEXT NOT NULL,
    xk_xkbh        TEXT NOT NULL,
    xk_nr          TEXT NOT NULL,
    xk_jdrq        TEXT NOT NULL,
    xk_yxqz        TEXT NOT NULL,
    xk_yxqzi       TEXT NOT NULL,
    xk_xkjg        TEXT NOT NULL,
    xk_xkjgdm      TEXT NOT NULL,
    xk_zt          TEXT NOT NULL DEFAULT '0' CHECK (xk_zt IN ('0', '1', '2', '3')),
    xk_sjly        TEXT NOT NULL,
    bz             TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL,
    source         TEXT NOT NULL DEFAULT '',
    UNIQUE (xk_wsh, xk_xdr_shxym)
) STRICT;
INSERT INTO licences(id, application_id, entity_id, xk_xdr_mc, xk_xdr_lb, xk_xdr_shxym, xk_frdb, xk_xkws, xk_wsh, xk_xklb, xk_xkzs,
                     xk_xkbh, xk_nr, xk_jdrq, xk_yxqz, xk_yxqzi, xk_xkjg, xk_xkjgdm, xk_zt, xk_sjly, bz, updated_at)
    SELECT id, application_id, entity_id, xk_xdr_mc, xk_xdr_lb, xk_xdr_shxym, xk_frdb, xk_xkws, xk_wsh, xk_xklb, xk_xkzs,
           xk_xkbh, xk_nr, xk_jdrq, xk_yxqz, xk_yxqzi, xk_xkjg, xk_xkjgdm, xk_zt, xk_sjly, bz, updated_at FROM licences_copy;
DROP TABLE licences_copy;
CREATE INDEX licences_entity ON licences(entity_id);
-- Licence numbers are unique among this office's own licences (received ones are other offices' numbers).
CREATE UNIQUE INDEX licences_own_number ON licences(xk_xkbh) WHERE source = '';

CREATE TEMP TABLE penalties_copy AS SELECT * FROM penalties;
DROP TABLE penalties;
CREATE TABLE penalties (
    id                  INTEGER PRIMARY KEY,
    decision_id         INTEGER UNIQUE REFERENCES enforcement_decisions(id),
    entity_id           INTEGER NOT NULL REFERENCES entities(id),
    department_id       INTEGER REFERENCES departments(id),
    decision_no         TEXT NOT NULL,
    party_name          TEXT NOT NULL,
    party_kind          TEXT NOT NULL,
    party_code          TEXT NOT NULL,
    legal_rep           TEXT NOT NULL DEFAULT '',
    violation           TEXT NOT NULL,
    facts               TEXT NOT NULL,
    basis               TEXT NOT NULL,
    category            TEXT NOT NULL,
    content             TEXT NOT NULL,
    fine_fen            INTEGER NOT NULL DEFAULT 0 CHECK (fine_fen >= 0),
    confiscation_fen    INTEGER NOT NULL DEFAULT 0 CHECK (confiscation_fen >= 0),
    decided_on          TEXT NOT NULL,
    severity            TEXT NOT NULL CHECK (severity IN ('minor', 'general', 'serious')),
    publicity_version   INTEGER NOT NULL,
    repair_from         TEXT NOT NULL,
    publicity_end       TEXT NOT NULL,
    repaired_on         TEXT,
    authority           TEXT NOT NULL,
    data_source         TEXT NOT NULL DEFAULT '',
    remark              TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT '0',
    source              TEXT NOT NULL DEFAULT '',
    UNIQUE (decision_no, party_code)
) STRICT;
INSERT INTO penalties(id, decision_id, entity_id, department_id, decision_no, party_name, party_kind, party_code, legal_rep, violation,
                      facts, basis, category, content, fine_fen, confiscation_fen, decided_on, severity, publicity_version, repair_from,
                      publicity_end, repaired_on, authority, data_source, remark, status)
    SELECT id, decision_id, entity_id, department_id, decision_no, party_name, party_kind, party_code, legal_rep, violation,
           facts, basis, category, content, fine_fen, confiscation_fen, decided_on, severity, publicity_version, repair_from,
           publicity_end, repaired_on, authority, data_source, remark, status FROM penalties_copy;
DROP TABLE penalties_copy;
CREATE INDEX penalties_entity ON penalties(entity_id, decided_on);

-- A commitment received from another office has no local application: the item it was made for and
-- where it came from are kept on the record itself (the verification task is created from the item).
ALTER TABLE commitments ADD COLUMN item_code TEXT;
ALTER TABLE commitments ADD COLUMN source TEXT NOT NULL DEFAULT '';
