-- CreditLoop schema version 7: light storage and saved column mappings.
--
-- Lights: from this version entity_lights.reasons and light_history.reasons are written in a compact
-- form (one JSON array per reason, department ids instead of names; see core/credit/LightReasons.h);
-- rows written before are read as they are, so no row is rewritten here.
--
-- Saved column-mapping profiles per department (STYLE.md #6): when a department's files have their
-- own headers, the mapping chosen once (import wizard, grades import --save-profile) is kept as data
-- and offered again for that department's next file. Columns are named by their header text, never
-- by position: columns = JSON object, field key (uscc, name, …) → header text as in the file, "" for a
-- field deliberately not imported.
CREATE TABLE import_profiles (
    id            INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    columns       TEXT NOT NULL CHECK (json_valid(columns)),
    updated_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (department_id, name)
) STRICT;
