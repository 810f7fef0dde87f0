-- The legal representative's identity (DOMAIN.md §3): commitment mode and 容缺 are refused while the applicant
-- *or its legal representative* is on the serious-dishonesty list. A name is not an identity (two 张伟 are two
-- people), so the representative is matched by the number of the resident identity card (GB 11643; the only kind
-- of document taken for now), validated by core/credit/IdCardValidator before it is stored. NULL: not recorded,
-- and then no representative check is made. Natural persons are entities whose code is their ID number, and the
-- list (dishonest_list) refers to entities, so "the representative is listed" is: the entity whose code is this
-- number has a listing in force. That lookup is the UNIQUE index on entities(code) and then
-- dishonest_list(entity_id): no new index is needed for it. The number is personal data: it is not exported by
-- the sync codecs (docs/sync-format.md).
-- No CHECK on the column: EntityRepository validates the number (IdCardValidator) on every write, sync never
-- carries it, and a column CHECK on this table made every entity insert markedly slower (a 100k-entity import
-- or sync package: rows phase 1.1 s → 2.0 s, measured with bench_sync).
ALTER TABLE entities ADD COLUMN legal_rep_id_no TEXT;

-- The measure catalogue gains the condition rep_dishonest (the legal representative is listed). SQLite cannot
-- change a CHECK in place: the table is rebuilt with its rows (nothing refers to measures by key).
CREATE TABLE measures_new (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('incentive', 'restriction')),
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL CHECK (length(legal_basis) > 0),
    condition   TEXT NOT NULL CHECK (condition IN ('green', 'green_or_clean_grey', 'yellow', 'red', 'dishonest', 'false_commitment',
                                                   'unfulfilled', 'deficiency_misses', 'penalty_publicity', 'partial_or_overdue',
                                                   'rep_dishonest')),
    effect      TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
INSERT INTO measures_new(id, code, kind, name, description, legal_basis, condition, effect, active)
    SELECT id, code, kind, name, description, legal_basis, condition, effect, active FROM measures;
DROP TABLE measures;
ALTER TABLE measures_new RENAME TO measures;

INSERT INTO measures(code, kind, name, description, legal_basis, condition, effect) VALUES
    ('R17', 'restriction', '不适用告知承诺制', '法定代表人（负责人）被列入严重失信主体名单的，不适用告知承诺，按一般程序提交全部材料',
     '《国务院办公厅关于全面推行证明事项告知承诺制的指导意见》（国办发〔2020〕42号）；《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）',
     'rep_dishonest', 'no_commitment'),
    ('R18', 'restriction', '不予容缺受理', '法定代表人（负责人）被列入严重失信主体名单的，不予容缺受理',
     '《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）；《山东省社会信用条例》第三十五条',
     'rep_dishonest', 'no_deficiency'),
    -- The applicant's own light may be green while its representative is listed: no priority handling (守信快办)
    -- then. Effect no_green_channel: read by the pre-approval check, it outweighs an incentive's green_channel.
    ('R19', 'restriction', '不适用绿色通道', '法定代表人（负责人）被列入严重失信主体名单的，不适用绿色通道（守信快办）等守信激励措施',
     '《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）；《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）',
     'rep_dishonest', 'no_green_channel');
