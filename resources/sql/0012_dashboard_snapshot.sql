-- CreditLoop schema version 12: the dashboard's column snapshot.
--
-- The dashboard (core/report/DashboardData) needs every entity's industry field and town and the
-- whole light history as timelines; read from SQLite that is two scans of 1M rows (about 210 ms of
-- CPU at 1M entities). report_snapshot keeps the same columns packed (core/report/DashboardSnapshot):
-- derived data, like an index, written by the dashboard itself without audit, never a record.
--
-- It is valid while
--  - format and schema_version match the program's and the store's (PRAGMA user_version), and
--  - generation equals meta.report_snapshot_generation, which the triggers below raise on the
--    changes the program never makes and a watermark cannot see: an UPDATE or DELETE of
--    light_history rows, a DELETE of an entity or a change of its id.
-- What it folds in by reading only the rows concerned:
--  - rows appended since (light_history.id / entities.id above the watermarks: both tables take new
--    ids as max + 1);
--  - entities whose industry field or town changed (entity edits, sync imports: frequent enough
--    that a rebuild each time would make the dashboard's next open slow), logged by a trigger in
--    report_snapshot_entity_changes above change_watermark. The dashboard prunes the log up to the
--    snapshot it writes.
-- INSERT triggers are deliberately absent: the grade import and the light recompute insert millions
-- of rows and must not pay for them.
-- A later migration that rebuilds entities or light_history drops these triggers with the table:
-- it must create them again (its schema version alone already invalidates the snapshot once).
CREATE TABLE report_snapshot (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    format            INTEGER NOT NULL,  -- layout and byte order of the packed arrays
    schema_version    INTEGER NOT NULL,  -- PRAGMA user_version it was built under
    generation        INTEGER NOT NULL,  -- meta.report_snapshot_generation it was built at
    entity_watermark  INTEGER NOT NULL,  -- max(entities.id) it holds
    history_watermark INTEGER NOT NULL,  -- max(light_history.id) it holds
    change_watermark  INTEGER NOT NULL,  -- max(report_snapshot_entity_changes.seq) it holds
    -- The header columns come first so that checking them does not read the arrays.
    industry          BLOB NOT NULL,     -- u32 per entity id 0..entity_watermark: industry_id (0: none)
    town              BLOB NOT NULL,     -- u32 per entity id: town_id (0: none); 0xFFFFFFFF in both: no entity
    history_entity    BLOB NOT NULL,     -- u32 per light_history row, rows in (entity_id, effective_on, id) order
    history_day       BLOB NOT NULL,     -- i32 YYYYMMDD per row
    history_light     BLOB NOT NULL      -- i8 per row: 0 red, 1 yellow, 2 green, 3 grey
) STRICT;

-- Entities whose industry field or town changed, in order (AUTOINCREMENT: a sequence number is never
-- reused after the log is pruned).
CREATE TABLE report_snapshot_entity_changes (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    entity_id INTEGER NOT NULL
) STRICT;

INSERT INTO meta(key, value) VALUES ('report_snapshot_generation', '0');

CREATE TRIGGER report_snapshot_history_updated AFTER UPDATE OF id, entity_id, effective_on, light ON light_history
BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'report_snapshot_generation';
END;

CREATE TRIGGER report_snapshot_history_deleted AFTER DELETE ON light_history
BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'report_snapshot_generation';
END;

-- Only a real change counts: the entity editors and the sync codec write both columns on every save.
CREATE TRIGGER report_snapshot_entity_moved AFTER UPDATE OF industry_id, town_id ON entities
WHEN OLD.id IS NEW.id AND (OLD.industry_id IS NOT NEW.industry_id OR OLD.town_id IS NOT NEW.town_id)
BEGIN
    INSERT INTO report_snapshot_entity_changes(entity_id) VALUES (NEW.id);
END;

CREATE TRIGGER report_snapshot_entity_renumbered AFTER UPDATE OF id ON entities
WHEN OLD.id IS NOT NEW.id
BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'report_snapshot_generation';
END;

CREATE TRIGGER report_snapshot_entity_deleted AFTER DELETE ON entities
BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'report_snapshot_generation';
END;
