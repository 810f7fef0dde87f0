-- CreditLoop schema version 5: enforcement with credit-based discretion (DOMAIN.md §7), penalty records with
-- their publicity period and credit repair (§8, §9.2). The discretion rules, fine bands and publicity periods
-- are versioned data, like the light rules.

CREATE TABLE enforcement_rule_versions (
    kind       TEXT NOT NULL CHECK (kind IN ('discretion', 'publicity')),
    version    INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, version)
) STRICT;
INSERT INTO enforcement_rule_versions(kind, version, created_at, created_by, note) VALUES
    ('discretion', 1, '2026-01-01T00:00:00.000Z', 'system', 'DOMAIN.md §7 defaults'),
    ('publicity', 1, '2026-04-01T00:00:00.000Z', 'system', 'DOMAIN.md §8 defaults (from 2026-04-01)');

-- Discretion rules, first match (lowest priority) wins. A rule matches when every fact in require_facts holds
-- (no_fault, corrected, first_violation, art32_ground, aggravating), the harm is one of harm (empty: any), the
-- credit light is one of lights (empty: any) and, when soft_list is 1, the item is on the soft-enforcement list.
CREATE TABLE discretion_rules (
    version       INTEGER NOT NULL,
    rule_id       TEXT NOT NULL,
    priority      INTEGER NOT NULL,
    require_facts TEXT NOT NULL DEFAULT '',
    harm          TEXT NOT NULL DEFAULT '',
    lights        TEXT NOT NULL DEFAULT '',
    soft_list     INTEGER NOT NULL DEFAULT 0 CHECK (soft_list IN (0, 1)),
    outcome       TEXT NOT NULL CHECK (outcome IN ('no_penalty', 'mitigated', 'lighter', 'standard', 'heavier')),
    alternatives  TEXT NOT NULL DEFAULT '',
    legal_basis   TEXT NOT NULL,
    description   TEXT NOT NULL,
    PRIMARY KEY (version, rule_id)
) STRICT, WITHOUT ROWID;
INSERT INTO discretion_rules(version, rule_id, priority, require_facts, harm, lights, soft_list, outcome, alternatives, legal_basis, description) VALUES
    (1, 'E1', 10, 'no_fault', '', '', 0, 'no_penalty', '', '《中华人民共和国行政处罚法》第三十三条第二款', '当事人有证据足以证明没有主观过错'),
    (1, 'E2', 20, 'corrected', 'none', '', 0, 'no_penalty', '', '《中华人民共和国行政处罚法》第三十三条第一款', '违法行为轻微并及时改正，没有造成危害后果'),
    (1, 'E3', 30, 'first_violation,corrected', 'minor', 'green,grey', 1, 'no_penalty', 'lighter', '《中华人民共和国行政处罚法》第三十三条第一款（首违不罚）', '初次违法且危害后果轻微并及时改正，列入包容审慎清单，信用绿灯或未评价'),
    (1, 'E4', 40, 'first_violation,corrected', 'minor', 'yellow', 1, 'lighter', 'no_penalty', '《中华人民共和国行政处罚法》第三十三条第一款、第三十四条', '初次违法且危害后果轻微并及时改正，列入包容审慎清单，信用黄灯'),
    (1, 'E5', 50, 'first_violation,corrected', 'minor', 'red', 1, 'standard', '', '《中华人民共和国行政处罚法》第三十四条', '初次违法且危害后果轻微并及时改正，但信用红灯，不适用包容审慎'),
    (1, 'E6', 60, 'art32_ground', '', 'green,grey', 1, 'mitigated', 'lighter', '《中华人民共和国行政处罚法》第三十二条', '有法定从轻或减轻情形，信用绿灯或未评价，列入包容审慎清单'),
    (1, 'E7', 70, 'art32_ground', '', '', 0, 'lighter', 'mitigated', '《中华人民共和国行政处罚法》第三十二条', '有法定从轻或减轻情形'),
    (1, 'E8', 80, 'aggravating', '', '', 0, 'heavier', 'standard', '《中华人民共和国行政处罚法》第三十四条及本地区行政处罚裁量基准', '有从重情节'),
    (1, 'E9', 90, '', '', 'green', 1, 'lighter', 'standard', '《中华人民共和国行政处罚法》第三十四条及本地区行政处罚裁量基准', '信用绿灯，列入包容审慎清单'),
    (1, 'E10', 100, '', '', '', 0, 'standard', 'lighter,heavier', '《中华人民共和国行政处罚法》第三十四条及本地区行政处罚裁量基准', '一般情形');

-- Fine bands as shares (per cent) of the statutory range [min, max]. 减轻 (below the minimum) and 不予处罚 (0)
-- follow from the law and are not banded here.
CREATE TABLE fine_bands (
    version     INTEGER NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('lighter', 'standard', 'heavier')),
    low_percent INTEGER NOT NULL CHECK (low_percent BETWEEN 0 AND 100),
    high_percent INTEGER NOT NULL CHECK (high_percent BETWEEN 0 AND 100),
    PRIMARY KEY (version, outcome),
    CHECK (low_percent <= high_percent)
) STRICT, WITHOUT ROWID;
INSERT INTO fine_bands(version, outcome, low_percent, high_percent) VALUES
    (1, 'lighter', 0, 30), (1, 'standard', 30, 70), (1, 'heavier', 70, 100);

-- Publicity periods of penalty records by severity (§8), counted in months from the decision date.
CREATE TABLE publicity_periods (
    version    INTEGER NOT NULL,
    severity   TEXT NOT NULL CHECK (severity IN ('minor', 'general', 'serious')),
    min_months INTEGER NOT NULL CHECK (min_months >= 0),
    max_months INTEGER NOT NULL,
    published  INTEGER NOT NULL DEFAULT 1 CHECK (published IN (0, 1)),
    PRIMARY KEY (version, severity),
    CHECK (max_months >= min_months)
) STRICT, WITHOUT ROWID;
INSERT INTO publicity_periods(version, severity, min_months, max_months, published) VALUES
    (1, 'minor', 0, 3, 0), (1, 'general', 3, 12, 1), (1, 'serious', 12, 36, 1);

-- The violation catalogue; soft_seq set = on the soft-enforcement list (包容审慎清单) with its level and
-- conditions. Fines in fen.
CREATE TABLE violation_items (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    domain          TEXT NOT NULL,
    department_id   INTEGER NOT NULL REFERENCES departments(id),
    name            TEXT NOT NULL,
    violation_basis TEXT NOT NULL,
    penalty_basis   TEXT NOT NULL,
    fine_min_fen    INTEGER NOT NULL CHECK (fine_min_fen >= 0),
    fine_max_fen    INTEGER NOT NULL,
    soft_seq        INTEGER UNIQUE,
    soft_level      TEXT CHECK (soft_level IN ('no_penalty', 'mitigated', 'lighter')),
    soft_conditions TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    CHECK (fine_max_fen >= fine_min_fen),
    CHECK ((soft_seq IS NULL) = (soft_level IS NULL))
) STRICT;
INSERT INTO violation_items(code, domain, department_id, name, violation_basis, penalty_basis, fine_min_fen, fine_max_fen, soft_seq, soft_level, soft_conditions) VALUES
    ('MKT-01', '市场监管', 2, '未将营业执照置于住所或者主要经营场所的醒目位置', '《中华人民共和国市场主体登记管理条例》第三十六条', '《中华人民共和国市场主体登记管理条例》第四十八条第一款', 0, 3000000, 1, 'no_penalty', '首次被发现，责令改正后及时改正，未造成危害后果'),
    ('MKT-02', '市场监管', 2, '市场主体变更住所未按规定办理变更登记', '《中华人民共和国市场主体登记管理条例》第二十四条', '《中华人民共和国市场主体登记管理条例》第四十六条', 1000000, 10000000, 2, 'no_penalty', '首次被发现，在责令改正期限内办理变更登记，未造成危害后果'),
    ('MKT-03', '市场监管', 2, '电子商务经营者未在首页显著位置持续公示营业执照信息', '《中华人民共和国电子商务法》第十五条', '《中华人民共和国电子商务法》第七十六条第一款', 0, 1000000, 3, 'no_penalty', '首次被发现，及时改正，未造成危害后果'),
    ('MKT-04', '市场监管', 2, '经营者未按规定明码标价', '《中华人民共和国价格法》第十三条', '《价格违法行为行政处罚规定》第十三条', 0, 500000, 4, 'no_penalty', '首次被发现，及时改正，未损害消费者权益'),
    ('MKT-05', '市场监管', 2, '使用未经检定或者超过检定周期的计量器具', '《中华人民共和国计量法》第九条', '《中华人民共和国计量法实施细则》第四十三条', 0, 100000, 5, 'no_penalty', '首次被发现，及时送检，计量数据未失准'),
    ('MKT-06', '市场监管', 2, '食品经营者未按规定建立并遵守进货查验记录制度', '《中华人民共和国食品安全法》第五十三条', '《中华人民共和国食品安全法》第一百二十六条第一款', 500000, 5000000, 6, 'no_penalty', '首次被发现，及时补建记录，所售食品经检验合格'),
    ('MKT-07', '市场监管', 2, '食品从业人员未取得健康证明从事接触直接入口食品的工作', '《中华人民共和国食品安全法》第四十五条', '《中华人民共和国食品安全法》第一百二十六条第一款', 500000, 5000000, 7, 'no_penalty', '首次被发现，立即调离岗位并补办健康证明'),
    ('MKT-08', '市场监管', 2, '餐饮服务提供者未按规定清洗消毒餐具饮具', '《中华人民共和国食品安全法》第五十六条', '《中华人民共和国食品安全法》第一百二十六条第一款', 500000, 5000000, 8, 'lighter', '首次被发现，当场改正，未发生食品安全事故'),
    ('MKT-09', '市场监管', 2, '广告中使用“国家级”“最高级”“最佳”等用语', '《中华人民共和国广告法》第九条第三项', '《中华人民共和国广告法》第五十七条', 20000000, 100000000, 9, 'mitigated', '首次发布，传播范围小、持续时间短，及时撤下，未造成危害后果'),
    ('MKT-10', '市场监管', 2, '特种设备使用单位未按规定办理使用登记', '《中华人民共和国特种设备安全法》第三十三条', '《中华人民共和国特种设备安全法》第八十四条', 3000000, 30000000, 10, 'mitigated', '设备经检验合格，首次被发现后及时办理使用登记'),
    ('MKT-11', '市场监管', 2, '特种设备使用单位未按规定建立安全技术档案', '《中华人民共和国特种设备安全法》第三十五条', '《中华人民共和国特种设备安全法》第八十三条', 1000000, 10000000, 11, 'no_penalty', '在责令改正期限内建立档案'),
    ('MKT-12', '市场监管', 2, '销售的产品标识不符合规定', '《中华人民共和国产品质量法》第二十七条', '《中华人民共和国产品质量法》第五十四条', 0, 2000000, 12, 'no_penalty', '首次被发现，标识瑕疵不影响产品安全使用，及时改正'),
    ('ENV-01', '生态环境', 4, '建设项目环境影响登记表未依法备案', '《中华人民共和国环境影响评价法》第二十二条', '《中华人民共和国环境影响评价法》第三十一条第三款', 0, 5000000, 13, 'no_penalty', '首次被发现，在责令改正期限内补办备案，未造成环境污染'),
    ('ENV-02', '生态环境', 4, '未按规定进行排污登记', '《排污许可管理条例》第二十四条', '《排污许可管理条例》第四十三条', 0, 5000000, 14, 'no_penalty', '首次被发现，及时补办登记，污染物达标排放'),
    ('ENV-03', '生态环境', 4, '未按照排污许可证规定制定自行监测方案并开展自行监测', '《排污许可管理条例》第十九条', '《排污许可管理条例》第三十六条', 2000000, 20000000, 15, 'mitigated', '首次被发现，及时改正，污染物达标排放'),
    ('ENV-04', '生态环境', 4, '未按规定公开排污信息', '《排污许可管理条例》第二十三条', '《排污许可管理条例》第三十七条', 0, 500000, 16, 'no_penalty', '首次被发现，及时公开，未造成不良影响'),
    ('ENV-05', '生态环境', 4, '未按规定建立工业固体废物管理台账', '《中华人民共和国固体废物污染环境防治法》第三十六条', '《中华人民共和国固体废物污染环境防治法》第一百零二条', 10000000, 100000000, 17, 'mitigated', '首次被发现，及时建立台账，固体废物去向可查'),
    ('ENV-06', '生态环境', 4, '危险废物贮存场所未按规定设置识别标志', '《中华人民共和国固体废物污染环境防治法》第七十七条', '《中华人民共和国固体废物污染环境防治法》第一百一十二条', 10000000, 100000000, 18, 'mitigated', '首次被发现，当场改正，未造成环境污染'),
    ('ENV-07', '生态环境', 4, '施工工地未采取有效扬尘防治措施', '《中华人民共和国大气污染防治法》第六十九条', '《中华人民共和国大气污染防治法》第一百一十五条', 1000000, 10000000, 19, 'lighter', '首次被发现，及时整改，未造成明显污染'),
    ('ENV-08', '生态环境', 4, '排放油烟的餐饮服务业经营者未安装油烟净化设施', '《中华人民共和国大气污染防治法》第八十一条', '《中华人民共和国大气污染防治法》第一百一十八条', 500000, 5000000, 20, 'no_penalty', '首次被发现，在责令改正期限内安装并正常使用'),
    ('ENV-09', '生态环境', 4, '未按规定安装水污染物排放自动监测设备', '《中华人民共和国水污染防治法》第二十三条', '《中华人民共和国水污染防治法》第八十二条', 2000000, 20000000, 21, 'lighter', '首次被发现，在责令改正期限内安装并联网'),
    ('CUL-01', '文化旅游', 11, '互联网上网服务营业场所未悬挂未成年人禁入标志', '《互联网上网服务营业场所管理条例》第二十一条', '《互联网上网服务营业场所管理条例》第三十一条', 0, 1500000, 22, 'no_penalty', '首次被发现，当场改正，未接纳未成年人'),
    ('CUL-02', '文化旅游', 11, '娱乐场所未按规定悬挂警示标志', '《娱乐场所管理条例》第三十条', '《娱乐场所管理条例》第五十条', 0, 2000000, 23, 'no_penalty', '首次被发现，当场改正'),
    ('CUL-03', '文化旅游', 11, '旅行社组织旅游活动未与旅游者签订书面合同', '《中华人民共和国旅游法》第五十八条', '《中华人民共和国旅游法》第一百条', 3000000, 30000000, 24, 'mitigated', '首次被发现，及时补签，未损害旅游者权益'),
    ('SPT-01', '教育体育', 12, '经营高危险性体育项目未按规定公示从业人员资质', '《经营高危险性体育项目许可管理办法》第二十条', '《经营高危险性体育项目许可管理办法》第二十五条', 0, 2000000, 25, 'no_penalty', '首次被发现，当场改正'),
    ('HLT-01', '卫生健康', 6, '公共场所经营者未在醒目位置公示卫生许可证', '《公共场所卫生管理条例实施细则》第二十二条', '《公共场所卫生管理条例实施细则》第三十六条', 50000, 500000, 26, 'no_penalty', '首次被发现，当场改正'),
    ('HLT-02', '卫生健康', 6, '公共场所从业人员未取得有效健康合格证明上岗', '《公共场所卫生管理条例实施细则》第十条', '《公共场所卫生管理条例实施细则》第三十八条', 50000, 500000, 27, 'lighter', '首次被发现，立即调离岗位并补办证明'),
    ('HLT-03', '卫生健康', 6, '公共场所未按规定对顾客用品用具进行清洗、消毒', '《公共场所卫生管理条例实施细则》第十四条', '《公共场所卫生管理条例实施细则》第三十六条', 0, 200000, 28, 'no_penalty', '首次被发现，当场改正，未发生健康危害'),
    ('HLT-04', '卫生健康', 6, '集中式供水单位未按规定进行水质检测', '《生活饮用水卫生监督管理办法》第二十六条', '《生活饮用水卫生监督管理办法》第二十六条', 2000, 500000, 29, 'lighter', '首次被发现，及时检测，水质合格');
INSERT INTO violation_items(code, domain, department_id, name, violation_basis, penalty_basis, fine_min_fen, fine_max_fen) VALUES
    ('MKT-90', '市场监管', 2, '生产经营不符合食品安全标准的食品（货值金额不足一万元）', '《中华人民共和国食品安全法》第三十四条', '《中华人民共和国食品安全法》第一百二十四条', 5000000, 10000000),
    ('MKT-91', '市场监管', 2, '发布虚假广告（广告费用无法计算或者明显偏低）', '《中华人民共和国广告法》第二十八条', '《中华人民共和国广告法》第五十五条', 20000000, 100000000),
    ('ENV-90', '生态环境', 4, '超过大气污染物排放标准排放大气污染物', '《中华人民共和国大气污染防治法》第十八条', '《中华人民共和国大气污染防治法》第九十九条', 10000000, 100000000),
    ('CUL-90', '文化旅游', 11, '未经许可经营旅行社业务', '《中华人民共和国旅游法》第二十八条', '《中华人民共和国旅游法》第九十五条', 1000000, 10000000),
    ('HLT-90', '卫生健康', 6, '未取得公共场所卫生许可证擅自营业', '《公共场所卫生管理条例实施细则》第二十二条', '《公共场所卫生管理条例实施细则》第三十五条', 50000, 500000),
    ('SPT-90', '教育体育', 12, '未经批准擅自经营高危险性体育项目', '《全民健身条例》第三十二条', '《全民健身条例》第三十六条', 0, 5000000);

-- A case: the entity, the item, the facts the officer established (grounds and aggravating factors as
-- comma-separated codes), officer and dates.
CREATE TABLE enforcement_cases (
    id              INTEGER PRIMARY KEY,
    case_no         TEXT NOT NULL UNIQUE,
    entity_id       INTEGER NOT NULL REFERENCES entities(id),
    item_id         INTEGER NOT NULL REFERENCES violation_items(id),
    first_violation INTEGER NOT NULL DEFAULT 0 CHECK (first_violation IN (0, 1)),
    harm            TEXT NOT NULL CHECK (harm IN ('unknown', 'none', 'minor', 'serious')),
    corrected       INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1)),
    no_fault        INTEGER NOT NULL DEFAULT 0 CHECK (no_fault IN (0, 1)),
    grounds         TEXT NOT NULL DEFAULT '',
    aggravating     TEXT NOT NULL DEFAULT '',
    facts_text      TEXT NOT NULL DEFAULT '',
    officer         TEXT NOT NULL,
    department_id   INTEGER NOT NULL REFERENCES departments(id),
    found_on        TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'decided')),
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX enforcement_cases_entity ON enforcement_cases(entity_id);

-- The officer's decision on a case, with the recommendation it was made against (JSON, including the credit
-- snapshot) and the written reason where they differ.
CREATE TABLE enforcement_decisions (
    id                  INTEGER PRIMARY KEY,
    case_id             INTEGER NOT NULL UNIQUE REFERENCES enforcement_cases(id),
    recommended_outcome TEXT NOT NULL,
    rule_id             TEXT NOT NULL,
    rule_version        INTEGER NOT NULL,
    recommendation      TEXT NOT NULL,
    outcome             TEXT NOT NULL CHECK (outcome IN ('no_penalty', 'mitigated', 'lighter', 'standard', 'heavier')),
    amount_fen          INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
    fine_not_imposed_fen INTEGER NOT NULL DEFAULT 0,
    decision_no         TEXT,
    decided_on          TEXT NOT NULL,
    override_reason     TEXT NOT NULL DEFAULT '',
    decided_by          TEXT NOT NULL,
    decided_at          TEXT NOT NULL
) STRICT;
CREATE INDEX enforcement_decisions_on ON enforcement_decisions(decided_on);

-- Penalty records (行政处罚, §9.2 fields; amounts in fen) with severity and publicity period.
CREATE TABLE penalties (
    id                  INTEGER PRIMARY KEY,
    decision_id         INTEGER NOT NULL UNIQUE REFERENCES enforcement_decisions(id),
    entity_id           INTEGER NOT NULL REFERENCES entities(id),
    department_id       INTEGER NOT NULL REFERENCES departments(id),
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
    UNIQUE (decision_no, party_code)
) STRICT;
CREATE INDEX penalties_entity ON penalties(entity_id, decided_on);

-- Credit repair (信用修复) of a penalty record: applied with a 信用修复型 commitment, then granted or rejected.
CREATE TABLE penalty_repairs (
    id                 INTEGER PRIMARY KEY,
    penalty_id         INTEGER NOT NULL REFERENCES penalties(id),
    applied_on         TEXT NOT NULL,
    commitment_code    TEXT NOT NULL,
    commitment_content TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'granted', 'rejected')),
    decided_on         TEXT,
    decision_note      TEXT NOT NULL DEFAULT '',
    applied_by         TEXT NOT NULL,
    decided_by         TEXT
) STRICT;
CREATE INDEX penalty_repairs_penalty ON penalty_repairs(penalty_id);
