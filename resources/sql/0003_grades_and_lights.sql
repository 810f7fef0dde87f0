-- CreditLoop schema version 3: graded evaluations (DOMAIN.md §4), the traffic light (§5) and
-- spot-check plans (§6). Schemes, light rules and sampling ratios are versioned data.

-- The entity list sorts by registration date too.
CREATE INDEX entities_registered ON entities(registered_on);

CREATE TABLE rule_versions (
    kind       TEXT NOT NULL CHECK (kind IN ('schemes', 'lights', 'spotcheck')),
    version    INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, version)
) STRICT;
INSERT INTO rule_versions(kind, version, created_at, created_by, note) VALUES
    ('schemes', 1, '2026-01-01T00:00:00.000Z', 'system', 'DOMAIN.md §4 defaults'),
    ('lights', 1, '2026-01-01T00:00:00.000Z', 'system', 'DOMAIN.md §5 defaults'),
    ('spotcheck', 1, '2026-01-01T00:00:00.000Z', 'system', 'DOMAIN.md §6 defaults');

CREATE TABLE grade_schemes (
    code      TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    risk_only INTEGER NOT NULL DEFAULT 0 CHECK (risk_only IN (0, 1))  -- risk classification, not credit: never public, never aggravates
) STRICT;
INSERT INTO grade_schemes(code, name, risk_only) VALUES
    ('SAMR_SD', '山东市场监管企业信用风险分类', 1),
    ('SAMR', '市场监管企业信用风险分类(全国)', 1),
    ('TAX', '纳税信用', 0),
    ('ENV', '企业环境信用', 0),
    ('CUSTOMS', '海关信用', 0),
    ('FOOD_RISK', '食品安全风险分级', 0),
    ('GENERIC', '通用评价', 0);

-- grade_key: the grade as matched (trimmed, half-width, upper case).
CREATE TABLE scheme_grades (
    version   INTEGER NOT NULL,
    scheme    TEXT NOT NULL REFERENCES grade_schemes(code),
    grade_key TEXT NOT NULL,
    level     TEXT NOT NULL CHECK (level IN ('R0', 'R1', 'R2', 'R3', 'U')),
    PRIMARY KEY (version, scheme, grade_key)
) STRICT, WITHOUT ROWID;
INSERT INTO scheme_grades(version, scheme, grade_key, level) VALUES
    (1, 'SAMR_SD', 'A', 'R0'), (1, 'SAMR_SD', 'B', 'R1'), (1, 'SAMR_SD', 'C', 'R2'), (1, 'SAMR_SD', 'D', 'R2'), (1, 'SAMR_SD', 'E', 'R3'),
    (1, 'SAMR', 'A', 'R0'), (1, 'SAMR', 'B', 'R1'), (1, 'SAMR', 'C', 'R2'), (1, 'SAMR', 'D', 'R3'),
    (1, 'TAX', 'A', 'R0'), (1, 'TAX', 'B', 'R1'), (1, 'TAX', 'M', 'U'), (1, 'TAX', 'C', 'R2'), (1, 'TAX', 'D', 'R3'),
    (1, 'ENV', '绿', 'R0'), (1, 'ENV', '蓝', 'R1'), (1, 'ENV', '黄', 'R2'), (1, 'ENV', '橙', 'R2'), (1, 'ENV', '红', 'R3'), (1, 'ENV', '黑', 'R3'),
    (1, 'CUSTOMS', '高级认证企业', 'R0'), (1, 'CUSTOMS', '认证企业', 'R0'), (1, 'CUSTOMS', '常规企业', 'R1'),
    (1, 'CUSTOMS', '其他企业', 'R1'), (1, 'CUSTOMS', '失信企业', 'R3'), (1, 'CUSTOMS', '严重失信企业', 'R3'),
    (1, 'FOOD_RISK', 'A', 'R0'), (1, 'FOOD_RISK', 'B', 'R1'), (1, 'FOOD_RISK', 'C', 'R2'), (1, 'FOOD_RISK', 'D', 'R2'),
    (1, 'GENERIC', 'A', 'R0'), (1, 'GENERIC', 'A+', 'R0'), (1, 'GENERIC', 'A-', 'R0'), (1, 'GENERIC', '优', 'R0'), (1, 'GENERIC', '优秀', 'R0'),
    (1, 'GENERIC', 'B', 'R1'), (1, 'GENERIC', '良', 'R1'), (1, 'GENERIC', '良好', 'R1'),
    (1, 'GENERIC', 'C', 'R2'), (1, 'GENERIC', '中', 'R2'), (1, 'GENERIC', '一般', 'R2'), (1, 'GENERIC', '合格', 'R2'),
    (1, 'GENERIC', 'D', 'R3'), (1, 'GENERIC', '差', 'R3'), (1, 'GENERIC', '不合格', 'R3'), (1, 'GENERIC', '失信', 'R3');

CREATE TABLE import_batches (
    id               INTEGER PRIMARY KEY,
    source           TEXT NOT NULL CHECK (source IN ('file', 'sync')),
    file_name        TEXT NOT NULL,
    sha256           TEXT NOT NULL,
    department_id    INTEGER REFERENCES departments(id),
    scheme           TEXT,
    encoding         TEXT NOT NULL,
    rows_total       INTEGER NOT NULL DEFAULT 0,
    rows_inserted    INTEGER NOT NULL DEFAULT 0,
    rows_updated     INTEGER NOT NULL DEFAULT 0,
    rows_unchanged   INTEGER NOT NULL DEFAULT 0,
    rows_rejected    INTEGER NOT NULL DEFAULT 0,
    entities_created INTEGER NOT NULL DEFAULT 0,
    actor            TEXT NOT NULL,
    imported_at      TEXT NOT NULL
) STRICT;
CREATE INDEX import_batches_sha ON import_batches(sha256);

CREATE TABLE evaluations (
    id             INTEGER PRIMARY KEY,
    entity_id      INTEGER NOT NULL REFERENCES entities(id),
    department_id  INTEGER NOT NULL REFERENCES departments(id),
    scheme         TEXT NOT NULL REFERENCES grade_schemes(code),
    raw_grade      TEXT NOT NULL,
    grade_key      TEXT NOT NULL,
    raw_score      REAL,
    level          TEXT NOT NULL CHECK (level IN ('R0', 'R1', 'R2', 'R3', 'U')),
    scheme_version INTEGER NOT NULL,
    industry       TEXT,
    evaluated_on   TEXT NOT NULL,
    valid_from     TEXT NOT NULL,
    valid_to       TEXT NOT NULL,
    basis          TEXT,
    publicity      TEXT NOT NULL DEFAULT '可向社会公开',
    remark         TEXT,
    batch_id       INTEGER REFERENCES import_batches(id),
    UNIQUE (entity_id, department_id, scheme, evaluated_on)
) STRICT;

-- The serious-dishonesty list (严重失信主体名单), inbound from the city platform.
CREATE TABLE dishonest_list (
    id                INTEGER PRIMARY KEY,
    entity_id         INTEGER NOT NULL REFERENCES entities(id),
    listing_authority TEXT NOT NULL,
    basis             TEXT NOT NULL DEFAULT '',
    listed_on         TEXT NOT NULL,
    removed_on        TEXT,
    source            TEXT NOT NULL DEFAULT 'manual',
    UNIQUE (entity_id, listing_authority, listed_on)
) STRICT;
CREATE INDEX dishonest_list_entity ON dishonest_list(entity_id);

-- Facts other work areas establish that move the light: a false commitment, an unfulfilled
-- commitment past its rectification deadline, partial fulfilment, overdue 容缺 materials, a
-- penalty within its publicity period. Valid from valid_from to valid_to (NULL: open), ended by repair.
CREATE TABLE credit_findings (
    id            INTEGER PRIMARY KEY,
    entity_id     INTEGER NOT NULL REFERENCES entities(id),
    kind          TEXT NOT NULL CHECK (kind IN ('false_commitment', 'unfulfilled_overdue', 'partial_fulfilment',
                                                'deficiency_overdue', 'penalty_publicity')),
    source_type   TEXT NOT NULL,
    source_key    TEXT NOT NULL,
    department_id INTEGER REFERENCES departments(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    repaired_on   TEXT,
    detail        TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, source_type, source_key)
) STRICT;
CREATE INDEX credit_findings_entity ON credit_findings(entity_id);

-- Light rules, first match (lowest priority number) wins. source: where the condition looks;
-- match: comma-separated finding kinds or evaluation levels.
CREATE TABLE light_rules (
    version     INTEGER NOT NULL,
    rule_id     TEXT NOT NULL,
    priority    INTEGER NOT NULL,
    light       TEXT NOT NULL CHECK (light IN ('red', 'yellow', 'green', 'grey')),
    source      TEXT NOT NULL CHECK (source IN ('dishonest', 'finding', 'evaluation', 'none')),
    match       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    PRIMARY KEY (version, rule_id)
) STRICT, WITHOUT ROWID;
INSERT INTO light_rules(version, rule_id, priority, light, source, match, description) VALUES
    (1, 'R1', 10, 'red', 'dishonest', '', '列入严重失信主体名单'),
    (1, 'R2', 20, 'red', 'finding', 'false_commitment', '虚假承诺且未修复'),
    (1, 'R3', 30, 'red', 'finding', 'unfulfilled_overdue', '承诺全部未履行且逾期未整改'),
    (1, 'R4', 40, 'red', 'evaluation', 'R3', '存在高风险/失信等级评价'),
    (1, 'Y1', 50, 'yellow', 'evaluation', 'R2', '存在较高风险等级评价'),
    (1, 'Y2', 60, 'yellow', 'finding', 'partial_fulfilment,deficiency_overdue', '承诺部分履行或容缺材料逾期'),
    (1, 'Y3', 70, 'yellow', 'finding', 'penalty_publicity', '行政处罚在公示期内'),
    (1, 'G1', 80, 'green', 'evaluation', 'R0,R1', '有效评价为低风险或一般'),
    (1, 'U1', 90, 'grey', 'none', '', '无有效评价');

-- The light as last computed, and every change of it (for "the light on a past date").
CREATE TABLE entity_lights (
    entity_id    INTEGER PRIMARY KEY REFERENCES entities(id),
    light        TEXT NOT NULL CHECK (light IN ('red', 'yellow', 'green', 'grey')),
    rule_id      TEXT NOT NULL,
    rule_version INTEGER NOT NULL,
    as_of        TEXT NOT NULL,
    reasons      TEXT NOT NULL,
    computed_at  TEXT NOT NULL
) STRICT;
CREATE INDEX entity_lights_light ON entity_lights(light);

CREATE TABLE light_history (
    id           INTEGER PRIMARY KEY,
    entity_id    INTEGER NOT NULL REFERENCES entities(id),
    effective_on TEXT NOT NULL,
    light        TEXT NOT NULL,
    rule_id      TEXT NOT NULL,
    rule_version INTEGER NOT NULL,
    reasons      TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
) STRICT;
CREATE INDEX light_history_entity ON light_history(entity_id, effective_on);

-- Spot checks (双随机、一公开): which industries a department supervises, its inspectors and their
-- declared conflicts, sampling ratios per light, and the plans with their seed.
CREATE TABLE department_industries (
    department_id INTEGER NOT NULL REFERENCES departments(id),
    industry_id   INTEGER NOT NULL REFERENCES industries(id),
    PRIMARY KEY (department_id, industry_id)
) STRICT, WITHOUT ROWID;
INSERT INTO department_industries(department_id, industry_id)
    SELECT 2, id FROM industries WHERE sector IN ('食品', '药械', '商贸') OR code IN ('S05', 'B03', 'K06');
INSERT INTO department_industries(department_id, industry_id) SELECT 6, id FROM industries WHERE sector = '卫生' OR code = 'I04';
INSERT INTO department_industries(department_id, industry_id) SELECT 7, id FROM industries WHERE sector = '建设';
INSERT INTO department_industries(department_id, industry_id) SELECT 8, id FROM industries WHERE sector = '安全' OR code IN ('E03', 'S04');
INSERT INTO department_industries(department_id, industry_id) SELECT 9, id FROM industries WHERE sector = '交通';
INSERT INTO department_industries(department_id, industry_id) SELECT 10, id FROM industries WHERE sector = '人社';
INSERT INTO department_industries(department_id, industry_id) SELECT 11, id FROM industries WHERE code IN ('K03', 'K04', 'K05', 'K06', 'K07', 'K08');
INSERT INTO department_industries(department_id, industry_id) SELECT 12, id FROM industries WHERE code IN ('K01', 'K02');
INSERT INTO department_industries(department_id, industry_id) SELECT 14, id FROM industries WHERE sector = '农业';
INSERT INTO department_industries(department_id, industry_id) SELECT 4, id FROM industries WHERE sector = '生态';
INSERT INTO department_industries(department_id, industry_id) SELECT 15, id FROM industries WHERE code IN ('B03', 'B04', 'B05', 'B08', 'B06');
INSERT INTO department_industries(department_id, industry_id) SELECT 18, id FROM industries WHERE code IN ('K04', 'K05', 'H01', 'S02', 'S06', 'I04');

CREATE TABLE inspectors (
    id            INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    name          TEXT NOT NULL,
    badge_no      TEXT NOT NULL UNIQUE,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE inspector_conflicts (
    inspector_id INTEGER NOT NULL REFERENCES inspectors(id),
    entity_id    INTEGER NOT NULL REFERENCES entities(id),
    reason       TEXT NOT NULL,
    declared_on  TEXT NOT NULL,
    PRIMARY KEY (inspector_id, entity_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE spotcheck_ratios (
    version  INTEGER NOT NULL,
    light    TEXT NOT NULL CHECK (light IN ('red', 'yellow', 'green', 'grey')),
    ratio    REAL NOT NULL CHECK (ratio >= 0 AND ratio <= 1),
    PRIMARY KEY (version, light)
) STRICT, WITHOUT ROWID;
INSERT INTO spotcheck_ratios(version, light, ratio) VALUES (1, 'green', 0.03), (1, 'grey', 0.05), (1, 'yellow', 0.20), (1, 'red', 0.60);

-- Entities a department must check in full in a year (e.g. licences granted by commitment whose
-- item requires 100 % verification); filled by the approval work area.
CREATE TABLE spotcheck_mandatory (
    department_id INTEGER NOT NULL REFERENCES departments(id),
    entity_id     INTEGER NOT NULL REFERENCES entities(id),
    year          INTEGER NOT NULL,
    reason        TEXT NOT NULL,
    PRIMARY KEY (department_id, entity_id, year)
) STRICT, WITHOUT ROWID;

CREATE TABLE spotcheck_plans (
    id                INTEGER PRIMARY KEY,
    year              INTEGER NOT NULL,
    department_id     INTEGER NOT NULL REFERENCES departments(id),
    seed              TEXT NOT NULL,
    algorithm_version INTEGER NOT NULL,
    ratio_version     INTEGER NOT NULL,
    ratios            TEXT NOT NULL,
    population_by_light TEXT NOT NULL DEFAULT '{}',
    warnings          TEXT NOT NULL DEFAULT '[]',
    population        INTEGER NOT NULL,
    drawn             INTEGER NOT NULL,
    as_of             TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL
) STRICT;

CREATE TABLE spotcheck_items (
    plan_id      INTEGER NOT NULL REFERENCES spotcheck_plans(id) ON DELETE CASCADE,
    entity_id    INTEGER NOT NULL REFERENCES entities(id),
    light        TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (reason IN ('ratio', 'mandatory')),
    inspector1   INTEGER REFERENCES inspectors(id),
    inspector2   INTEGER REFERENCES inspectors(id),
    visit_key    TEXT NOT NULL,
    PRIMARY KEY (plan_id, entity_id)
) STRICT, WITHOUT ROWID;
