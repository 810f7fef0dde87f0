-- CreditLoop schema version 1: reference data, entity register, users and roles, audit log, outbox.
-- Every default here is data an administrator can change, not logic.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
INSERT INTO meta(key, value) VALUES ('created_by', 'CreditLoop schema 1');

CREATE TABLE departments (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    default_scheme TEXT,              -- grade scheme code (DOMAIN.md §4); NULL: does not grade
    grades         INTEGER NOT NULL DEFAULT 1 CHECK (grades IN (0, 1)),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE department_aliases (
    alias         TEXT PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE CASCADE
) STRICT;

CREATE TABLE towns (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('street', 'town'))
) STRICT;

CREATE TABLE industries (
    id     INTEGER PRIMARY KEY,
    code   TEXT NOT NULL UNIQUE,
    name   TEXT NOT NULL UNIQUE,
    sector TEXT NOT NULL
) STRICT;

-- Administrative division codes for the REGION check of credit codes. children_unlisted = 1:
-- codes below this one are accepted at this level because their rows are not shipped.
CREATE TABLE division_codes (
    code              TEXT PRIMARY KEY CHECK (length(code) = 6),
    name              TEXT NOT NULL,
    level             TEXT NOT NULL CHECK (level IN ('national', 'province', 'prefecture', 'county')),
    children_unlisted INTEGER NOT NULL DEFAULT 0,
    historical        INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Audited list of legal codes that fail the pos-18 check (early pilot codes).
CREATE TABLE uscc_verified_codes (
    code     TEXT PRIMARY KEY,
    reason   TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
) STRICT;

CREATE TABLE entities (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    code_type     TEXT NOT NULL DEFAULT 'USCC' CHECK (code_type IN ('USCC', 'ID_CARD')),
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    legal_rep     TEXT,
    industry_id   INTEGER REFERENCES industries(id),
    town_id       INTEGER REFERENCES towns(id),
    address       TEXT,
    registered_on TEXT,
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked', 'cancelled', 'closed')),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_town ON entities(town_id);
CREATE INDEX entities_industry ON entities(industry_id);

CREATE TABLE roles (
    code TEXT PRIMARY KEY
) STRICT;
INSERT INTO roles(code) VALUES ('clerk'), ('supervisor'), ('enforcer'), ('manager'), ('admin');

-- Which role may do what: data, so an office can adjust it without a new program.
CREATE TABLE role_permissions (
    role       TEXT NOT NULL REFERENCES roles(code),
    permission TEXT NOT NULL,
    PRIMARY KEY (role, permission)
) STRICT, WITHOUT ROWID;
INSERT INTO role_permissions(role, permission) VALUES
    ('clerk', 'entity.view'), ('clerk', 'entity.edit'), ('clerk', 'approval.handle'),
    ('supervisor', 'entity.view'), ('supervisor', 'grades.import'), ('supervisor', 'commitment.verify'),
    ('supervisor', 'spotcheck.plan'),
    ('enforcer', 'entity.view'), ('enforcer', 'enforce.handle'),
    ('manager', 'entity.view'), ('manager', 'report.view'), ('manager', 'audit.view'),
    ('admin', 'entity.view'), ('admin', 'entity.edit'), ('admin', 'uscc.override'), ('admin', 'user.manage'),
    ('admin', 'audit.view'), ('admin', 'settings.edit'), ('admin', 'grades.import'), ('admin', 'approval.handle'),
    ('admin', 'commitment.verify'), ('admin', 'spotcheck.plan'), ('admin', 'enforce.handle'),
    ('admin', 'report.view'), ('admin', 'sync.run'), ('admin', 'demo.generate');

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL REFERENCES roles(code),
    department_id INTEGER REFERENCES departments(id),
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    is_demo       INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at    TEXT NOT NULL,
    last_login_at TEXT
) STRICT;

-- Hash-chained: hash = SHA-256(prev_hash || canonical JSON of the entry).
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    before      TEXT,
    after       TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_object ON audit_log(object_type, object_id);

-- Changes others need (DESIGN.md §4), picked up by the sync exporter.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    record_key  TEXT NOT NULL,
    payload     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    package_seq INTEGER
) STRICT;
CREATE INDEX outbox_pending ON outbox(package_seq, id);

INSERT INTO departments(id, name, default_scheme, grades) VALUES
    (1, '行政审批服务局', NULL, 0),
    (2, '市场监管局', 'SAMR_SD', 1),
    (3, '税务局', 'TAX', 1),
    (4, '生态环境局', 'ENV', 1),
    (5, '海关', 'CUSTOMS', 1),
    (6, '卫生健康局', 'GENERIC', 1),
    (7, '住房城乡建设局', 'GENERIC', 1),
    (8, '应急管理局', 'GENERIC', 1),
    (9, '交通运输局', 'GENERIC', 1),
    (10, '人力资源社会保障局', 'GENERIC', 1),
    (11, '文化和旅游局', 'GENERIC', 1),
    (12, '教育和体育局', 'GENERIC', 1),
    (13, '自然资源和规划局', 'GENERIC', 1),
    (14, '农业农村局', 'GENERIC', 1),
    (15, '商务局', 'GENERIC', 1),
    (16, '综合行政执法局', 'GENERIC', 1),
    (17, '公安局', 'GENERIC', 1),
    (18, '消防救援大队', 'GENERIC', 1);
INSERT INTO department_aliases(alias, department_id) VALUES
    ('审批局', 1), ('市场监督管理局', 2), ('国家税务总局龙口市税务局', 3), ('生态环境分局', 4),
    ('烟台市生态环境局龙口分局', 4), ('龙口海关', 5), ('卫健局', 6), ('住建局', 7), ('人社局', 10),
    ('文旅局', 11), ('教体局', 12), ('自然资源局', 13), ('综合执法局', 16), ('消防大队', 18);

INSERT INTO towns(id, name, kind) VALUES
    (1, '东莱街道', 'street'), (2, '龙港街道', 'street'), (3, '新嘉街道', 'street'), (4, '徐福街道', 'street'),
    (5, '东江街道', 'street'), (6, '黄山馆镇', 'town'), (7, '北马镇', 'town'), (8, '芦头镇', 'town'),
    (9, '下丁家镇', 'town'), (10, '七甲镇', 'town'), (11, '石良镇', 'town'), (12, '兰高镇', 'town'),
    (13, '诸由观镇', 'town');

INSERT INTO industries(code, name, sector) VALUES
    ('F01', '餐饮服务', '食品'), ('F02', '食品生产', '食品'), ('F03', '食品销售', '食品'),
    ('F04', '粉丝加工', '食品'), ('F05', '食用农产品市场', '食品'), ('F06', '酒类流通', '食品'),
    ('F07', '特殊食品经营', '食品'), ('F08', '集体用餐配送', '食品'),
    ('M01', '药品零售', '药械'), ('M02', '药品批发', '药械'), ('M03', '医疗器械经营', '药械'),
    ('M04', '化妆品经营', '药械'),
    ('H01', '公共场所(住宿)', '卫生'), ('H02', '公共场所(美容美发)', '卫生'), ('H03', '公共场所(沐浴)', '卫生'),
    ('H04', '公共场所(游泳)', '卫生'), ('H05', '医疗机构', '卫生'), ('H06', '诊所', '卫生'),
    ('H07', '生活饮用水供应', '卫生'), ('H08', '托育机构', '卫生'),
    ('C01', '建筑施工', '建设'), ('C02', '房地产开发', '建设'), ('C03', '物业服务', '建设'),
    ('C04', '建材生产', '建设'), ('C05', '燃气经营', '建设'), ('C06', '供热', '建设'),
    ('T01', '道路货物运输', '交通'), ('T02', '道路旅客运输', '交通'), ('T03', '机动车维修', '交通'),
    ('T04', '驾驶员培训', '交通'), ('T05', '港口经营', '交通'), ('T06', '水路运输', '交通'),
    ('T07', '快递物流', '交通'), ('T08', '仓储', '交通'),
    ('S01', '危险化学品经营', '安全'), ('S02', '烟花爆竹零售', '安全'), ('S03', '非煤矿山', '安全'),
    ('S04', '工贸企业', '安全'), ('S05', '特种设备使用', '安全'), ('S06', '加油站', '安全'),
    ('E01', '重点排污单位', '生态'), ('E02', '固体废物处置', '生态'), ('E03', '化工生产', '生态'),
    ('E04', '电力生产', '生态'),
    ('L01', '人力资源服务', '人社'), ('L02', '劳务派遣', '人社'),
    ('K01', '民办教育培训', '文教体'), ('K02', '体育健身', '文教体'), ('K03', '旅行社', '文教体'),
    ('K04', '娱乐场所', '文教体'), ('K05', '互联网上网服务', '文教体'), ('K06', '出版物零售', '文教体'),
    ('K07', '印刷业', '文教体'), ('K08', '文物经营', '文教体'),
    ('A01', '种子经营', '农业'), ('A02', '农药经营', '农业'), ('A03', '兽药经营', '农业'),
    ('A04', '饲料生产', '农业'), ('A05', '水产养殖', '农业'), ('A06', '渔业捕捞', '农业'),
    ('A07', '粮食收储', '农业'),
    ('B01', '商业零售', '商贸'), ('B02', '批发贸易', '商贸'), ('B03', '二手车交易', '商贸'),
    ('B04', '报废机动车回收', '商贸'), ('B05', '再生资源回收', '商贸'), ('B06', '电子商务', '商贸'),
    ('B07', '广告业', '商贸'), ('B08', '单用途预付卡经营', '商贸'),
    ('I01', '机械制造', '工业'), ('I02', '纺织服装', '工业'), ('I03', '软件和信息技术服务', '工业'),
    ('I04', '养老机构', '民生'), ('I05', '殡葬服务', '民生');

INSERT INTO division_codes(code, name, level, children_unlisted, historical) VALUES
    ('100000', '国家级', 'national', 0, 0),
    ('110000', '北京市', 'province', 1, 0), ('120000', '天津市', 'province', 1, 0),
    ('130000', '河北省', 'province', 1, 0), ('140000', '山西省', 'province', 1, 0),
    ('150000', '内蒙古自治区', 'province', 1, 0), ('210000', '辽宁省', 'province', 1, 0),
    ('220000', '吉林省', 'province', 1, 0), ('230000', '黑龙江省', 'province', 1, 0),
    ('310000', '上海市', 'province', 1, 0), ('320000', '江苏省', 'province', 1, 0),
    ('330000', '浙江省', 'province', 1, 0), ('340000', '安徽省', 'province', 1, 0),
    ('350000', '福建省', 'province', 1, 0), ('360000', '江西省', 'province', 1, 0),
    ('370000', '山东省', 'province', 0, 0), ('410000', '河南省', 'province', 1, 0),
    ('420000', '湖北省', 'province', 1, 0), ('430000', '湖南省', 'province', 1, 0),
    ('440000', '广东省', 'province', 1, 0), ('450000', '广西壮族自治区', 'province', 1, 0),
    ('460000', '海南省', 'province', 1, 0), ('500000', '重庆市', 'province', 1, 0),
    ('510000', '四川省', 'province', 1, 0), ('520000', '贵州省', 'province', 1, 0),
    ('530000', '云南省', 'province', 1, 0), ('540000', '西藏自治区', 'province', 1, 0),
    ('610000', '陕西省', 'province', 1, 0), ('620000', '甘肃省', 'province', 1, 0),
    ('630000', '青海省', 'province', 1, 0), ('640000', '宁夏回族自治区', 'province', 1, 0),
    ('650000', '新疆维吾尔自治区', 'province', 1, 0),
    ('370100', '济南市', 'prefecture', 1, 0), ('370200', '青岛市', 'prefecture', 1, 0),
    ('370300', '淄博市', 'prefecture', 1, 0), ('370400', '枣庄市', 'prefecture', 1, 0),
    ('370500', '东营市', 'prefecture', 1, 0), ('370600', '烟台市', 'prefecture', 0, 0),
    ('370700', '潍坊市', 'prefecture', 1, 0), ('370800', '济宁市', 'prefecture', 1, 0),
    ('370900', '泰安市', 'prefecture', 1, 0), ('371000', '威海市', 'prefecture', 1, 0),
    ('371100', '日照市', 'prefecture', 1, 0), ('371200', '莱芜市', 'prefecture', 1, 1),
    ('371300', '临沂市', 'prefecture', 1, 0), ('371400', '德州市', 'prefecture', 1, 0),
    ('371500', '聊城市', 'prefecture', 1, 0), ('371600', '滨州市', 'prefecture', 1, 0),
    ('371700', '菏泽市', 'prefecture', 1, 0),
    ('370602', '芝罘区', 'county', 0, 0), ('370611', '福山区', 'county', 0, 0),
    ('370612', '牟平区', 'county', 0, 0), ('370613', '莱山区', 'county', 0, 0),
    ('370614', '蓬莱区', 'county', 0, 0), ('370681', '龙口市', 'county', 0, 0),
    ('370682', '莱阳市', 'county', 0, 0), ('370683', '莱州市', 'county', 0, 0),
    ('370685', '招远市', 'county', 0, 0), ('370686', '栖霞市', 'county', 0, 0),
    ('370687', '海阳市', 'county', 0, 0),
    ('370684', '蓬莱市', 'county', 0, 1), ('370634', '长岛县', 'county', 0, 1);

INSERT INTO uscc_verified_codes(code, reason, added_by, added_at) VALUES
    ('91350100M0001TGQXM', '早期试点代码，校验位不符合 GB 32100-2015 但合法有效', 'system', '2026-01-01T00:00:00.000Z');
