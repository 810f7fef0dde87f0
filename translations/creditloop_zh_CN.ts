<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 is missing (the next entry found is %2).</source>
        <translation>第 %1 条记录缺失（之后找到的是第 %2 条）。</translation>
    </message>
    <message>
        <source>Entry %1 does not link to the entry before it.</source>
        <translation>第 %1 条记录未能链接到前一条记录。</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written (its content does not match its hash).</source>
        <translation>第 %1 条记录在写入后被改动过（内容与其哈希值不符）。</translation>
    </message>
    <message>
        <source>The log ends at entry %1 but its recorded head is entry %2: entries were removed from the end.</source>
        <translation>日志止于第 %1 条，但记录的最新条目是第 %2 条：末尾的记录已被删除。</translation>
    </message>
</context>
<context>
    <name>Authorizer</name>
    <message>
        <source>This database has users: sign in first (in the command line: --user NAME, with the password in CREDITLOOP_PASSWORD or typed at the prompt).</source>
        <translation>此数据库已设有用户，请先登录（命令行中：使用 --user NAME，密码通过 CREDITLOOP_PASSWORD 提供，或在提示时输入）。</translation>
    </message>
    <message>
        <source>The user %1 is disabled or no longer exists.</source>
        <translation>用户 %1 已停用或已不存在。</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3. Ask an administrator if this is part of your work.</source>
        <translation>%1（%2）无权%3。如确属您的工作，请联系系统管理员。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option %1 (see --help).</source>
        <translation>未知选项 %1（参见 --help）。</translation>
    </message>
    <message>
        <source>Unexpected argument "%1" (see --help).</source>
        <translation>无法识别的参数“%1”（参见 --help）。</translation>
    </message>
    <message>
        <source>--lang takes %1, not "%2".</source>
        <translation>--lang 的取值应为 %1，而不是“%2”。</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, not "%1".</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with: creditloop-cli init (add --demo for demo data).</source>
        <translation>%1 处没有数据库。请用以下命令创建：creditloop-cli init（加 --demo 可填入演示数据）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli audit verify
       creditloop-cli audit log [--object ID] [--limit N]
verify recomputes the hash chain and names the first entry that does not match (exit 1).</source>
        <translation>用法：creditloop-cli audit verify
      creditloop-cli audit log [--object ID] [--limit N]
verify 重新计算哈希链，并指出第一条不匹配的记录（退出码 1）。</translation>
    </message>
    <message numerus="yes">
        <source>Audit log OK: %n entry(ies) checked.</source>
        <translation>
            <numerusform>审计日志完好：已核验 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1: %2</source>
        <translation>审计日志已损坏，问题出在第 %1 条：%2</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit 需要一个正整数。</translation>
    </message>
    <message>
        <source>Unknown %1 "%2". Known: %3.</source>
        <translation>未知的%1“%2”。可选：%3。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli entity show CODE
The entity's register data and its credit-code check.</source>
        <translation>用法：creditloop-cli entity show CODE
显示该市场主体的登记信息及其统一社会信用代码校验结果。</translation>
    </message>
    <message>
        <source>No entity with the code %1 is registered.</source>
        <translation>没有登记代码为 %1 的市场主体。</translation>
    </message>
    <message>
        <source>Code: %1
Name: %2
Kind: %3
Legal representative: %4
Industry: %5
Town/street: %6
Address: %7
Registered on: %8
Status: %9</source>
        <translation>代码：%1
名称：%2
类型：%3
法定代表人：%4
行业：%5
镇街：%6
地址：%7
登记日期：%8
状态：%9</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli entity search TEXT [--limit N]
Names containing TEXT (Chinese of any length) and codes starting with it.</source>
        <translation>用法：creditloop-cli entity search TEXT [--limit N]
查找名称包含 TEXT（中文不限长度）或代码以 TEXT 开头的市场主体。</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) found.</source>
        <translation>
            <numerusform>找到 %n 个市场主体。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: creditloop-cli entity add --code CODE --name NAME [--kind KIND] [--legal-rep NAME]
       [--industry NAME] [--town NAME] [--address TEXT] [--registered-on YYYY-MM-DD] [--id-card]
The code is validated: errors refuse the entity, warnings are reported.</source>
        <translation>用法：creditloop-cli entity add --code CODE --name NAME [--kind KIND] [--legal-rep NAME]
      [--industry NAME] [--town NAME] [--address TEXT] [--registered-on YYYY-MM-DD] [--id-card]
代码会经过校验：有错误的不予登记，有警告的予以提示。</translation>
    </message>
    <message>
        <source>industry field</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>town or street</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>--registered-on needs a date as YYYY-MM-DD, not "%1".</source>
        <translation>--registered-on 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>已登记：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli entity show CODE | entity search TEXT | entity add --code CODE --name NAME ...</source>
        <translation>用法：creditloop-cli entity show CODE | entity search TEXT | entity add --code CODE --name NAME ...</translation>
    </message>
    <message>
        <source>  row %1, %2: rejected: %3</source>
        <translation>  第 %1 行，%2，拒收：%3</translation>
    </message>
    <message>
        <source>  row %1, %2: warning: %3</source>
        <translation>  第 %1 行，%2，警告：%3</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>整行</translation>
    </message>
    <message>
        <source>  … and more; the report file lists every rejected row.</source>
        <translation>  ……其余从略；报告文件列出了所有被拒收的行。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli init [--demo [--entities N] [--seed S]]
Creates the database (or upgrades it to this program's schema).
--demo fills it with reproducible Longkou demo data (default 20000 entities) and one demo
user per role (password demo1234).</source>
        <translation>用法：creditloop-cli init [--demo [--entities N] [--seed S]]
创建数据库（或将其升级到本程序的数据库结构版本）。
--demo 填入可复现的龙口演示数据（默认 20000 个市场主体），并为每个角色各建一个演示
用户（密码 demo1234）。</translation>
    </message>
    <message>
        <source>--entities and --seed only make sense with --demo.</source>
        <translation>--entities 和 --seed 只能与 --demo 一起使用。</translation>
    </message>
    <message>
        <source>--entities needs a number of entities, not "%1".</source>
        <translation>--entities 需要市场主体的数量，而不是“%1”。</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not "%1".</source>
        <translation>--seed 需要一个整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema %2).</source>
        <translation>数据库 %1 已就绪（结构版本 %2）。</translation>
    </message>
    <message>
        <source>Database %1 created (schema %2).</source>
        <translation>已创建数据库 %1（结构版本 %2）。</translation>
    </message>
    <message>
        <source>Generating demo data: %1 %</source>
        <translation>正在生成演示数据：%1 %</translation>
    </message>
    <message>
        <source>Demo data: %1 entities and %2 demo users (password demo1234) in %3 s.</source>
        <translation>演示数据：%1 个市场主体和 %2 个演示用户（密码 demo1234），用时 %3 秒。</translation>
    </message>
    <message>
        <source>%1 %2: grade %3 → %4, evaluated %5, valid to %6</source>
        <translation>%1 %2：评价结果 %3 → %4，评价日期 %5，有效期至 %6</translation>
    </message>
    <message>
        <source>serious-dishonesty list of %1 since %2 (%3)</source>
        <translation>自 %2 起被%1列入严重失信主体名单（%3）</translation>
    </message>
    <message>
        <source>%1 (%2) of %3 since %4</source>
        <translation>%3：%1（%2），自 %4 起</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli lights show CODE [--as-of YYYY-MM-DD]
The entity's light as of the date with every reason, and the recorded history.</source>
        <translation>用法：creditloop-cli lights show CODE [--as-of YYYY-MM-DD]
显示该市场主体截至指定日期的信用灯及全部依据，以及历史记录。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Light as of %1: %2 (rule %3: %4)</source>
        <translation>截至 %1 的信用灯：%2（规则 %3：%4）</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>By industry field:</source>
        <translation>按行业领域：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>By town or street:</source>
        <translation>按镇街：</translation>
    </message>
    <message>
        <source>%1 entities have no computed light yet: run lights recompute.</source>
        <translation>有 %1 个市场主体尚未计算信用灯：请运行 lights recompute。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli lights recompute [--as-of YYYY-MM-DD]
Recomputes every entity's light; changes are kept in the history.</source>
        <translation>用法：creditloop-cli lights recompute [--as-of YYYY-MM-DD]
重新计算所有市场主体的信用灯；变化记入历史记录。</translation>
    </message>
    <message>
        <source>%1 entities recomputed as of %2; %3 lights changed (%4 ms).</source>
        <translation>已重新计算 %1 个市场主体截至 %2 的信用灯，其中 %3 个发生变化（用时 %4 毫秒）。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli spotcheck plan --year Y --department NAME --seed S [--out FILE.csv|FILE.xlsx] [--dry-run]
       creditloop-cli spotcheck show PLAN_ID [--out FILE.csv|FILE.xlsx]
       creditloop-cli spotcheck list [--year Y]
       creditloop-cli spotcheck inspector add --department NAME --name NAME --badge NO
       creditloop-cli spotcheck conflict add --badge NO --uscc CODE --reason TEXT
Draws a reproducible risk-based plan (ratios per light, mandatory checks, two inspectors per check
without conflicts of interest); the same seed gives the same plan. --dry-run draws without saving.</source>
        <translation>用法：creditloop-cli spotcheck plan --year Y --department NAME --seed S [--out FILE.csv|FILE.xlsx] [--dry-run]
      creditloop-cli spotcheck show PLAN_ID [--out FILE.csv|FILE.xlsx]
      creditloop-cli spotcheck list [--year Y]
      creditloop-cli spotcheck inspector add --department NAME --name NAME --badge NO
      creditloop-cli spotcheck conflict add --badge NO --uscc CODE --reason TEXT
按风险抽取可复现的抽查计划（按信用灯确定抽查比例，含必查对象，每项检查指派两名无利益冲突的
检查人员）；相同的随机种子得出相同的计划。--dry-run 只抽取、不保存。</translation>
    </message>
    <message>
        <source>Spot-check plan %1: %2, %3, seed "%4" (algorithm %5): %6 of %7 entities drawn.</source>
        <translation>抽查计划 %1：%2，%3 年，随机种子“%4”（算法 %5）：从 %7 个市场主体中抽取 %6 个。</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>（未保存）</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  警告：%1</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>必查</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>joint visit with %1</source>
        <translation>与%1联合检查</translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation>抽查清单</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not "%2".</source>
        <translation>%1 需要一个整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>Inspector %1 (%2) added to %3.</source>
        <translation>检查人员 %1（执法证号 %2）已加入%3。</translation>
    </message>
    <message>
        <source>Conflict of interest recorded: %1 will not be drawn for %2.</source>
        <translation>已登记利益冲突：执法证号为 %1 的检查人员不会被抽派检查 %2。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli summary
What the database holds: entities by kind and town, users, audit entries.</source>
        <translation>用法：creditloop-cli summary
数据库概况：按类型和镇街统计的市场主体、用户、审计日志条目。</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>数据库：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>Market entities: %1</source>
        <translation>市场主体：%1</translation>
    </message>
    <message>
        <source>Active users:</source>
        <translation>启用中的用户：</translation>
    </message>
    <message numerus="yes">
        <source>  (%n demo user(s) with the documented demo password)</source>
        <translation>
            <numerusform>  （其中 %n 个为演示用户，使用文档中公开的演示密码）</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log entries: %1</source>
        <translation>审计日志条目：%1</translation>
    </message>
    <message>
        <source>Changes waiting for sync: %1</source>
        <translation>待同步的变更：%1</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>valid (verified historical code)</source>
        <translation>有效（经核实的历史代码）</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli uscc check CODE...
Checks each code at the levels FORMAT, CHECKSUM18 (errors), ORG17, TABLE, REGION (warnings).
Exit code 1 when any code is invalid.</source>
        <translation>用法：creditloop-cli uscc check CODE...
按 FORMAT、CHECKSUM18（错误）、ORG17、TABLE、REGION（警告）各级校验每个代码。
任一代码无效时退出码为 1。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli uscc verified list
       creditloop-cli uscc verified add CODE --reason TEXT
       creditloop-cli uscc verified remove CODE
Legal codes that fail the check character (early pilot codes); changes are audited.</source>
        <translation>用法：creditloop-cli uscc verified list
      creditloop-cli uscc verified add CODE --reason TEXT
      creditloop-cli uscc verified remove CODE
校验码不通过但合法的代码（早期试点代码）；所有变更记入审计日志。</translation>
    </message>
    <message>
        <source>%1 added to the verified historical codes.</source>
        <translation>已将 %1 加入经核实的历史代码名单。</translation>
    </message>
    <message>
        <source>%1 removed from the verified historical codes.</source>
        <translation>已将 %1 移出经核实的历史代码名单。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli uscc check CODE... | uscc verified list|add|remove</source>
        <translation>用法：creditloop-cli uscc check CODE... | uscc verified list|add|remove</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli user add NAME --role ROLE [--display-name TEXT] [--department NAME]
       creditloop-cli user passwd NAME
       creditloop-cli user disable NAME | user enable NAME | user list
Roles: clerk (window clerk), supervisor (supervision officer, needs --department), enforcer,
manager, admin. The first user must be an admin and needs no --user.
The new password comes from CREDITLOOP_NEW_PASSWORD or is asked for twice at the terminal.</source>
        <translation>用法：creditloop-cli user add NAME --role ROLE [--display-name TEXT] [--department NAME]
      creditloop-cli user passwd NAME
      creditloop-cli user disable NAME | user enable NAME | user list
角色：clerk（窗口人员）、supervisor（监管人员，须指定 --department）、enforcer（执法人员）、
manager（管理人员）、admin（系统管理员）。第一个用户必须是 admin，且无需 --user。
新密码取自 CREDITLOOP_NEW_PASSWORD，或在终端提示输入两次。</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码： </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>再次输入新密码： </translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>两次输入的密码不一致，未做任何更改。</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <source>Unknown department "%1".</source>
        <translation>未知部门“%1”。</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>已添加用户 %1，角色为%2。</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>已更改 %1 的密码。</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>已启用用户 %1。</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>已停用用户 %1。</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>A password is needed and there is no terminal to ask: set CREDITLOOP_PASSWORD (or CREDITLOOP_NEW_PASSWORD for a new user's password).</source>
        <translation>需要密码，但没有可供输入的终端：请设置 CREDITLOOP_PASSWORD（新用户的密码请设置 CREDITLOOP_NEW_PASSWORD）。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows checked — %4 can be imported, %5 rejected; nothing was written.</source>
        <translation>%1（%2）：已检查 %3 行，其中可导入 %4 行、拒收 %5 行；未写入任何数据。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows — %4 imported, %5 updated, %6 unchanged, %7 rejected; %8 new entities; %9 lights changed.</source>
        <translation>%1（%2）：共 %3 行，其中导入 %4 行、更新 %5 行、无变化 %6 行、拒收 %7 行；新增市场主体 %8 个；信用灯变化 %9 个。</translation>
    </message>
    <message>
        <source>Grade schemes, version %1:</source>
        <translation>评价体系（第 %1 版）：</translation>
    </message>
    <message>
        <source>(risk only, not public)</source>
        <translation>（仅用于风险分类，不公开）</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli grades set-level SCHEME GRADE LEVEL   (LEVEL R0|R1|R2|R3|U; empty removes the grade)</source>
        <translation>用法：creditloop-cli grades set-level SCHEME GRADE LEVEL   （LEVEL 为 R0|R1|R2|R3|U；留空则删除该评价结果）</translation>
    </message>
    <message>
        <source>Scheme rules version %1: %2 grade %3 → %4; evaluations re-levelled and lights recomputed.</source>
        <translation>评价体系规则第 %1 版：%2 评价结果 %3 → %4；已重新确定各评价的等级，并重新计算信用灯。</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli grades import FILE... [--department NAME] [--scheme CODE]
       [--encoding auto|utf-8|gb18030|utf-16] [--sheet NAME] [--report FILE.csv] [--check]
Imports graded evaluations (CSV or XLSX, columns matched by header name). A bad row is rejected
alone; --report writes the rejected rows to a CSV to fix and send again; --check validates only.
Exit code 3 when some rows were rejected.
       creditloop-cli grades schemes                      the grade scales and their levels
       creditloop-cli grades set-level SCHEME GRADE LEVEL  change a level (new rules version)</source>
        <translation>用法：creditloop-cli grades import FILE... [--department NAME] [--scheme CODE]
      [--encoding auto|utf-8|gb18030|utf-16] [--sheet NAME] [--report FILE.csv] [--check]
导入分级分类评价（CSV 或 XLSX，按表头名称匹配列）。有问题的行单独拒收，其余照常导入；
--report 将被拒收的行写入 CSV 文件，改正后可重新导入；--check 只校验、不导入。
有行被拒收时退出码为 3。
      creditloop-cli grades schemes                      各评价体系的评价结果及对应等级
      creditloop-cli grades set-level SCHEME GRADE LEVEL  修改对应等级（生成新的规则版本）</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli lights stats
Counts of the stored lights (as last computed), per industry field and per town/street.</source>
        <translation>用法：creditloop-cli lights stats
按行业领域和镇街统计已存储的信用灯（以最近一次计算为准）的数量。</translation>
    </message>
    <message>
        <source>Stored lights, all computed as of %1.</source>
        <translation>已存储的信用灯，均按截至 %1 计算。</translation>
    </message>
    <message>
        <source>Stored lights: all computed as of %1, entities of later imports as of %2.</source>
        <translation>已存储的信用灯：均按截至 %1 计算，其后导入涉及的市场主体按截至 %2 计算。</translation>
    </message>
    <message>
        <source>Stored lights of imported entities, computed as of %1; lights recompute computes every entity.</source>
        <translation>已存储的信用灯仅含导入涉及的市场主体，按截至 %1 计算；运行 lights recompute 可计算所有市场主体。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli lights show CODE | lights stats | lights recompute   (show and recompute honour --as-of)</source>
        <translation>用法：creditloop-cli lights show CODE | lights stats | lights recompute   （show 和 recompute 支持 --as-of）</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli departments list
       creditloop-cli departments alias add DEPARTMENT ALIAS
Departments with their grade scheme; an alias lets files name a department differently.</source>
        <translation>用法：creditloop-cli departments list
      creditloop-cli departments alias add DEPARTMENT ALIAS
列出各部门及其评价体系；别名让文件可以用其他名称指代某个部门。</translation>
    </message>
    <message>
        <source>(does not grade)</source>
        <translation>（不开展评价）</translation>
    </message>
    <message>
        <source>"%1" now also names %2.</source>
        <translation>“%1”现已作为%2的别名。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli [--db PATH] [--json] [--lang zh_CN|en] [--as-of YYYY-MM-DD] [--user NAME] COMMAND ...

Commands:
  init [--demo [--entities N] [--seed S]]   create or upgrade the database; --demo fills demo data
  summary                                   what the database holds
  uscc check CODE...                        validate unified social credit codes
  uscc verified list|add|remove             the audited list of verified historical codes
  entity show CODE | search TEXT | add      the entity register
  user add|passwd|disable|enable|list       users and roles
  audit verify | audit log [--object ID]    the hash-chained audit log
  grades import FILE... [options]           import graded evaluations (CSV/XLSX)
  lights show CODE | stats | recompute      the traffic light, explained
  spotcheck plan|show|list|inspector|conflict  risk-based random inspection plans
  departments list | alias add DEPT ALIAS   departments, their schemes and aliases

Passwords come from CREDITLOOP_PASSWORD (signing in with --user) and CREDITLOOP_NEW_PASSWORD
(a new password), or are asked for at the terminal.
Exit codes: 0 success, 1 refused or failed, 2 usage error, 3 partial success.
Each command has --help.</source>
        <translation>用法：creditloop-cli [--db PATH] [--json] [--lang zh_CN|en] [--as-of YYYY-MM-DD] [--user NAME] COMMAND ...

命令：
  init [--demo [--entities N] [--seed S]]   创建或升级数据库；--demo 填入演示数据
  summary                                   数据库概况
  uscc check CODE...                        校验统一社会信用代码
  uscc verified list|add|remove             经审计的已核实历史代码名单
  entity show CODE | search TEXT | add      市场主体登记
  user add|passwd|disable|enable|list       用户和角色
  audit verify | audit log [--object ID]    哈希链审计日志
  grades import FILE... [options]           导入分级分类评价（CSV/XLSX）
  lights show CODE | stats | recompute      信用灯及其依据
  spotcheck plan|show|list|inspector|conflict  按风险制定的双随机抽查计划
  departments list | alias add DEPT ALIAS   部门及其评价体系和别名

密码取自 CREDITLOOP_PASSWORD（用 --user 登录时）和 CREDITLOOP_NEW_PASSWORD
（新密码），或在终端提示输入。
退出码：0 成功，1 被拒绝或失败，2 用法错误，3 部分成功。
每个命令均支持 --help。</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file could not be read after line %1: %2</source>
        <translation>第 %1 行之后的内容无法读取：%2</translation>
    </message>
    <message>
        <source>The row contains bytes that are not valid %1 text (shown as “%2”): the row may be in another encoding. Check the file's encoding or correct the row.</source>
        <translation>该行含有不符合 %1 编码的字节（显示为“%2”）：该行可能采用了其他编码。请检查文件的编码，或改正该行。</translation>
    </message>
    <message>
        <source>Field too long: a value in this row is longer than %1 characters; the row was not read.</source>
        <translation>字段过长：该行有一个值超过 %1 个字符，该行未读取。</translation>
    </message>
    <message>
        <source>The row is longer than %1 characters; it was not read.</source>
        <translation>该行超过 %1 个字符，未读取。</translation>
    </message>
    <message>
        <source>The row has more than %1 columns; it was not read.</source>
        <translation>该行超过 %1 列，未读取。</translation>
    </message>
    <message>
        <source>A quoted value that starts in this row is never closed (a " is missing), so the rest of the file was read as part of this row.</source>
        <translation>该行中以引号开头的值没有闭合（缺少一个 "），因此文件的其余内容都被当作该行读取了。</translation>
    </message>
    <message>
        <source>The CSV source is not open for reading.</source>
        <translation>CSV 数据源未以读取方式打开。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the database file %1: %2.</source>
        <translation>无法读取数据库文件 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a CreditLoop database (it is not an SQLite file). The file was left untouched; choose another file with --db or in the settings.</source>
        <translation>%1 不是审监执信数据库（不是 SQLite 文件）。该文件未作任何改动；请通过 --db 或在“设置”中选择其他文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Choose a location you may write to (--db or the settings).</source>
        <translation>无法为数据库创建文件夹 %1。请选择有写入权限的位置（--db 或“设置”）。</translation>
    </message>
    <message>
        <source>The database location %1 is not writable. Choose a location you may write to (--db or the settings).</source>
        <translation>数据库位置 %1 不可写入。请选择有写入权限的位置（--db 或“设置”）。</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Generating demo data failed: %1. Nothing was written.</source>
        <translation>生成演示数据失败：%1。未写入任何数据。</translation>
    </message>
    <message>
        <source>The number of demo entities cannot be negative (%1).</source>
        <translation>演示市场主体的数量不能为负数（%1）。</translation>
    </message>
    <message>
        <source>Demo data needs the SQLite driver; this database connection is not SQLite.</source>
        <translation>生成演示数据需要 SQLite 驱动，而当前数据库连接不是 SQLite。</translation>
    </message>
</context>
<context>
    <name>DepartmentAliases</name>
    <message>
        <source>The alias is empty.</source>
        <translation>别名为空。</translation>
    </message>
    <message>
        <source>Unknown department "%1".</source>
        <translation>未知部门“%1”。</translation>
    </message>
    <message>
        <source>"%1" already names this department.</source>
        <translation>“%1”已是该部门的名称或别名。</translation>
    </message>
    <message>
        <source>"%1" already names another department.</source>
        <translation>“%1”已是另一个部门的名称或别名。</translation>
    </message>
</context>
<context>
    <name>EntityRepository</name>
    <message>
        <source>The entity name is missing.</source>
        <translation>缺少主体名称。</translation>
    </message>
    <message>
        <source>Unknown entity kind "%1"; kinds: %2.</source>
        <translation>未知的主体类型“%1”；可用类型：%2。</translation>
    </message>
    <message>
        <source>An entity with the code %1 is already registered.</source>
        <translation>代码为 %1 的市场主体已经登记。</translation>
    </message>
    <message>
        <source>The entity to update no longer exists.</source>
        <translation>要修改的市场主体已不存在。</translation>
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <source>counts</source>
        <translation>现行有效</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
</context>
<context>
    <name>GradeColumns</name>
    <message>
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>entity name</source>
        <translation>主体名称</translation>
    </message>
    <message>
        <source>department</source>
        <translation>评价部门</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>评价体系</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>评价结果</translation>
    </message>
    <message>
        <source>score</source>
        <translation>评价分数</translation>
    </message>
    <message>
        <source>industry field</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>evaluation date</source>
        <translation>评价日期</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The column "%1" appears twice (columns %2 and %3). Remove one of them.</source>
        <translation>“%1”列出现了两次（第 %2 列和第 %3 列）。请删除其中一列。</translation>
    </message>
    <message>
        <source>Required column(s) missing: %1. The header row has: %2.</source>
        <translation>缺少必需的列：%1。表头行现有：%2。</translation>
    </message>
</context>
<context>
    <name>GradeImporter</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Unknown department "%1" (--department).</source>
        <translation>未知部门“%1”（--department）。</translation>
    </message>
    <message>
        <source>Unknown grade scheme "%1" (--scheme).</source>
        <translation>未知评价体系“%1”（--scheme）。</translation>
    </message>
    <message>
        <source>The credit code is missing.</source>
        <translation>缺少统一社会信用代码。</translation>
    </message>
    <message>
        <source>The entity name is missing.</source>
        <translation>缺少主体名称。</translation>
    </message>
    <message>
        <source>The department is missing (give the column or --department).</source>
        <translation>缺少评价部门（请提供该列，或使用 --department）。</translation>
    </message>
    <message>
        <source>%1 does not grade entities.</source>
        <translation>%1不对市场主体开展评价。</translation>
    </message>
    <message>
        <source>You may import only the evaluations of %1.</source>
        <translation>您只能导入%1的评价。</translation>
    </message>
    <message>
        <source>The grade is missing.</source>
        <translation>缺少评价结果。</translation>
    </message>
    <message>
        <source>The grade "%1" is not part of the scheme %2 (known grades: %3).</source>
        <translation>评价结果“%1”不属于评价体系 %2（可用的评价结果：%3）。</translation>
    </message>
    <message>
        <source>The score "%1" is not a number.</source>
        <translation>评价分数“%1”不是数字。</translation>
    </message>
    <message>
        <source>The evaluation date is missing.</source>
        <translation>缺少评价日期。</translation>
    </message>
    <message>
        <source>"%1" is not a date (use YYYY-MM-DD, YYYY/M/D, YYYY.MM.DD, YYYYMMDD or YYYY年M月D日).</source>
        <translation>“%1”不是日期（请使用 YYYY-MM-DD、YYYY/M/D、YYYY.MM.DD、YYYYMMDD 或 YYYY年M月D日 格式）。</translation>
    </message>
    <message>
        <source>Valid until %1 is before the evaluation date %2.</source>
        <translation>有效期至 %1 早于评价日期 %2。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row.</source>
        <translation>%1 是空文件：没有表头行。</translation>
    </message>
    <message>
        <source>This file was already imported (batch %1, %2, by %3); nothing was added.</source>
        <translation>该文件已经导入过（批次 %1，%2，由 %3 导入）；未新增任何数据。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>The evaluation of %1 by %2 on %3 was %4 and is now %5.</source>
        <translation>%2于 %3 对 %1 的评价原为 %4，现改为 %5。</translation>
    </message>
    <message>
        <source>The row has only %1 of %2 columns (a line break or a missing separator?).</source>
        <translation>该行只有 %1 列，应有 %2 列（是否有多余的换行或缺少分隔符？）。</translation>
    </message>
    <message>
        <source>The cell holds a number: format the code column as text in Excel.</source>
        <translation>该单元格是数字：请在 Excel 中将代码列的格式设置为文本。</translation>
    </message>
    <message>
        <source>Unknown grade scheme "%1". Schemes: %2.</source>
        <translation>未知评价体系“%1”。可选评价体系：%2。</translation>
    </message>
    <message>
        <source>The first row of the file must be the header row with the column names.</source>
        <translation>文件的第一行必须是写有列名的表头行。</translation>
    </message>
    <message>
        <source>A file without a department column can be imported with --department NAME.</source>
        <translation>没有评价部门列的文件，可以使用 --department NAME 导入。</translation>
    </message>
    <message>
        <source>The workbook has the sheets %1; choose one with --sheet NAME.</source>
        <translation>该工作簿有以下工作表：%1；请使用 --sheet NAME 选择其中一个。</translation>
    </message>
    <message>
        <source>%1 has a header row but no data rows; nothing was imported.</source>
        <translation>%1 只有表头行，没有数据行；未导入任何数据。</translation>
    </message>
    <message>
        <source>Unknown department "%1". Known departments: %2. An administrator can add the name as an alias (departments alias add).</source>
        <translation>未知部门“%1”。已有部门：%2。系统管理员可以将该名称添加为部门别名（departments alias add）。</translation>
    </message>
</context>
<context>
    <name>GradeSchemes</name>
    <message>
        <source>R0 low risk / trustworthy</source>
        <translation>R0 低风险/守信</translation>
    </message>
    <message>
        <source>R1 ordinary</source>
        <translation>R1 一般</translation>
    </message>
    <message>
        <source>R2 elevated risk</source>
        <translation>R2 较高风险</translation>
    </message>
    <message>
        <source>R3 high risk / dishonest</source>
        <translation>R3 高风险/失信</translation>
    </message>
    <message>
        <source>U not evaluated</source>
        <translation>U 未评价</translation>
    </message>
    <message>
        <source>Unknown grade scheme "%1".</source>
        <translation>未知评价体系“%1”。</translation>
    </message>
    <message>
        <source>The grade is missing.</source>
        <translation>缺少评价结果。</translation>
    </message>
    <message>
        <source>Unknown level "%1"; levels are R0, R1, R2, R3 and U.</source>
        <translation>未知等级“%1”；等级只能是 R0、R1、R2、R3 或 U。</translation>
    </message>
    <message>
        <source>Grade %1 of %2 already has this level.</source>
        <translation>%2 的评价结果 %1 已对应此等级。</translation>
    </message>
</context>
<context>
    <name>IdCardValidator</name>
    <message>
        <source>The identity card number is missing.</source>
        <translation>身份证号码未填写。</translation>
    </message>
    <message>
        <source>%1 is a first-generation 15-digit number, no longer valid; enter the 18-digit number.</source>
        <translation>%1 是第一代15位号码，已停止使用，请填写18位身份证号码。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n character(s); an identity card number has 18.</source>
        <translation>
            <numerusform>%1 共 %n 位，身份证号码应为18位。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: position %2 must be a digit.</source>
        <translation>%1：第 %2 位必须是数字。</translation>
    </message>
    <message>
        <source>%1: the last character must be a digit or X.</source>
        <translation>%1：最后一位必须是数字或 X。</translation>
    </message>
    <message>
        <source>%1: positions 7-14 (%2) are not a possible date of birth.</source>
        <translation>%1：第7至14位（%2）不是有效的出生日期。</translation>
    </message>
    <message>
        <source>%1: the check character is %2 but should be %3; please check the number for a typing error.</source>
        <translation>%1：校验码为 %2，应为 %3，请检查是否输入有误。</translation>
    </message>
</context>
<context>
    <name>LightEngine</name>
    <message>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>Grey (not evaluated)</source>
        <translation>灰灯（未评价）</translation>
    </message>
    <message>
        <source>on the serious-dishonesty list</source>
        <translation>列入严重失信主体名单</translation>
    </message>
    <message>
        <source>a confirmed false commitment, not repaired</source>
        <translation>有经认定的虚假承诺，且未修复</translation>
    </message>
    <message>
        <source>a commitment not fulfilled past its rectification deadline, not repaired</source>
        <translation>承诺全部未履行且已过整改期限，未修复</translation>
    </message>
    <message>
        <source>an evaluation at level R3 (high risk / dishonest)</source>
        <translation>有 R3 级（高风险/失信）评价</translation>
    </message>
    <message>
        <source>an evaluation at level R2 (elevated risk)</source>
        <translation>有 R2 级（较高风险）评价</translation>
    </message>
    <message>
        <source>a commitment partly fulfilled, or missing materials overdue</source>
        <translation>承诺部分履行，或容缺材料逾期未补</translation>
    </message>
    <message>
        <source>an administrative penalty within its publicity period</source>
        <translation>有行政处罚仍在公示期内</translation>
    </message>
    <message>
        <source>valid evaluations at R0 or R1 and nothing negative</source>
        <translation>有 R0 或 R1 级有效评价，且无负面记录</translation>
    </message>
    <message>
        <source>no valid evaluation and nothing negative</source>
        <translation>无有效评价，且无负面记录</translation>
    </message>
    <message>
        <source>false commitment</source>
        <translation>虚假承诺</translation>
    </message>
    <message>
        <source>commitment unfulfilled past the deadline</source>
        <translation>承诺逾期未履行</translation>
    </message>
    <message>
        <source>commitment partly fulfilled</source>
        <translation>承诺部分履行</translation>
    </message>
    <message>
        <source>missing materials overdue</source>
        <translation>容缺材料逾期未补</translation>
    </message>
    <message>
        <source>administrative penalty in publicity</source>
        <translation>行政处罚公示中</translation>
    </message>
    <message>
        <source>The lights were last computed as of %1; computing them as of the earlier date %2 would overwrite them. To see a past light, use lights show CODE --as-of DATE.</source>
        <translation>信用灯最近一次按截至 %1 计算；按更早的日期 %2 计算会覆盖现有结果。如需查看过去某日的信用灯，请使用 lights show CODE --as-of DATE。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Upgrading the database failed in step %1: %2. Nothing was changed.</source>
        <translation>数据库升级在第 %1 步失败：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be used. It was left untouched; restore it from a backup or choose another file.</source>
        <translation>数据库 %1 已损坏，无法使用。该文件未作任何改动；请从备份恢复，或选择其他文件。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a CreditLoop database. It was left untouched; choose another file.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是审监执信数据库。该文件未作任何改动；请选择其他文件。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of CreditLoop (schema %2; this program knows up to %3). It was left untouched; install the newer program to open it.</source>
        <translation>数据库 %1 由更新版本的审监执信写入（结构版本 %2；本程序最高支持 %3）。该文件未作任何改动；请安装新版程序后再打开。</translation>
    </message>
    <message>
        <source>The upgrade step %1 is missing from this program.</source>
        <translation>本程序缺少升级步骤 %1。</translation>
    </message>
</context>
<context>
    <name>RejectReport</name>
    <message>
        <source>Cannot write the report %1: %2.</source>
        <translation>无法写入报告 %1：%2。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>SpotCheckPlanner</name>
    <message>
        <source>Unknown department "%1".</source>
        <translation>未知部门“%1”。</translation>
    </message>
    <message>
        <source>The year %1 is not plausible.</source>
        <translation>年份 %1 不合理。</translation>
    </message>
    <message>
        <source>A plan needs a seed (any text or number), so anyone can repeat the draw.</source>
        <translation>抽查计划需要随机种子（任意文字或数字），以便任何人都能重复抽取。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n active inspector(s); every check needs two. Add inspectors to the roster.</source>
        <translation>
            <numerusform>%1现有 %n 名在岗检查人员，每项检查需要两名。请在检查人员名录中添加人员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) have fewer than two inspectors without a conflict of interest.</source>
        <translation>
            <numerusform>有 %n 项检查的无利益冲突检查人员不足两名。</numerusform>
        </translation>
    </message>
    <message>
        <source>You may plan spot checks only for your own department.</source>
        <translation>您只能为本部门制定抽查计划。</translation>
    </message>
    <message>
        <source>There is no spot-check plan %1.</source>
        <translation>没有编号为 %1 的抽查计划。</translation>
    </message>
    <message>
        <source>An inspector needs a name and a badge number.</source>
        <translation>检查人员须填写姓名和执法证号。</translation>
    </message>
    <message>
        <source>The badge number %1 is already on the roster.</source>
        <translation>执法证号 %1 已在检查人员名录中。</translation>
    </message>
    <message>
        <source>Give the reason of the conflict of interest.</source>
        <translation>请填写利益冲突的原因。</translation>
    </message>
    <message>
        <source>No inspector has the badge number %1.</source>
        <translation>没有执法证号为 %1 的检查人员。</translation>
    </message>
    <message>
        <source>No entity with the code %1 is registered.</source>
        <translation>没有登记代码为 %1 的市场主体。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>市场主体</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>信用灯</translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation>抽取方式</translation>
    </message>
    <message>
        <source>Inspector 1</source>
        <translation>检查人员 1</translation>
    </message>
    <message>
        <source>Inspector 2</source>
        <translation>检查人员 2</translation>
    </message>
    <message>
        <source>Joint visit</source>
        <translation>联合检查</translation>
    </message>
    <message>
        <source>Also checked by</source>
        <translation>同时检查的部门</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>必查</translation>
    </message>
    <message>
        <source>random (ratio)</source>
        <translation>随机（按比例）</translation>
    </message>
    <message>
        <source>%1 supervises no entities, so it has no spot checks to plan.</source>
        <translation>%1没有监管的市场主体，因此无需制定抽查计划。</translation>
    </message>
    <message>
        <source>You may change only your own department's roster.</source>
        <translation>您只能修改本部门的检查人员名录。</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>The file “%1” does not exist or is not a file.</source>
        <translation>文件“%1”不存在或不是文件。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>无法打开文件“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not open for reading.</source>
        <translation>“%1”未以读取方式打开。</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>“%1”是空文件，没有可导入的内容。</translation>
    </message>
    <message>
        <source>“%1” is an Excel workbook but was not opened for random access.</source>
        <translation>“%1”是 Excel 工作簿，但未以随机访问方式打开。</translation>
    </message>
    <message>
        <source>“%1” is a password-protected Excel workbook. Open it in Excel, remove the password (File › Info › Protect Workbook), save it as .xlsx and import it again.</source>
        <translation>“%1”是受密码保护的 Excel 工作簿。请在 Excel 中打开，删除密码（文件 › 信息 › 保护工作簿），另存为 .xlsx 后重新导入。</translation>
    </message>
    <message>
        <source>“%1” is an old Excel 97–2003 (.xls) workbook, which cannot be read. Open it in Excel or WPS and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that file.</source>
        <translation>“%1”是旧版 Excel 97–2003（.xls）工作簿，无法读取。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (.xlsx)”或“CSV UTF-8”，再导入该文件。</translation>
    </message>
    <message>
        <source>“%1” is a web page saved as .xls, not a real Excel file. Open it in Excel and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that file.</source>
        <translation>“%1”是保存为 .xls 的网页，不是真正的 Excel 文件。请在 Excel 中打开，另存为“Excel 工作簿 (.xlsx)”或“CSV UTF-8”，再导入该文件。</translation>
    </message>
    <message>
        <source>“%1” is an “XML Spreadsheet 2003” file. Open it in Excel and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that file.</source>
        <translation>“%1”是“XML 电子表格 2003”文件。请在 Excel 中打开，另存为“Excel 工作簿 (.xlsx)”或“CSV UTF-8”，再导入该文件。</translation>
    </message>
    <message>
        <source>“%1” is not a table: it holds binary data, not CSV text. Choose a CSV file (UTF-8 or GB18030) or an Excel workbook (.xlsx).</source>
        <translation>“%1”不是表格：其中是二进制数据，而不是 CSV 文本。请选择 CSV 文件（UTF-8 或 GB18030）或 Excel 工作簿（.xlsx）。</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Unknown text encoding “%1”: use auto, UTF-8, GB18030 or UTF-16.</source>
        <translation>未知的文本编码“%1”：请使用 auto、UTF-8、GB18030 或 UTF-16。</translation>
    </message>
    <message>
        <source>This build of CreditLoop cannot read GB18030 (Chinese legacy) text. Save the file as UTF-8 (in Excel: “CSV UTF-8”) and import it again.</source>
        <translation>此版本的审监执信无法读取 GB18030（旧版中文编码）文本。请将文件另存为 UTF-8（在 Excel 中选择“CSV UTF-8”）后重新导入。</translation>
    </message>
    <message>
        <source>Unknown text encoding “%1”: use UTF-8, GB18030 or UTF-16.</source>
        <translation>未知的文本编码“%1”：请使用 UTF-8、GB18030 或 UTF-16。</translation>
    </message>
    <message>
        <source>This build of CreditLoop cannot write GB18030 text: choose UTF-8 instead.</source>
        <translation>此版本的审监执信无法写入 GB18030 文本：请改用 UTF-8。</translation>
    </message>
</context>
<context>
    <name>UsccValidator</name>
    <message numerus="yes">
        <source>it has %n character(s); a credit code has 18</source>
        <translation>
            <numerusform>长度为 %n 位，统一社会信用代码应为 18 位</numerusform>
        </translation>
    </message>
    <message>
        <source>position %1 is "%2"; positions 3-8 are the division code and must be digits</source>
        <translation>第 %1 位为“%2”；第 3-8 位是行政区划码，必须是数字</translation>
    </message>
    <message>
        <source>position %1 is "%2", which is not used in credit codes (I, O, S, V, Z and symbols never appear)</source>
        <translation>第 %1 位为“%2”，统一社会信用代码不使用该字符（不会出现 I、O、S、V、Z 和符号）</translation>
    </message>
    <message>
        <source>Not a valid credit code: %1.</source>
        <translation>不是有效的统一社会信用代码：%1。</translation>
    </message>
    <message>
        <source>The check character (position 18) is "%1" but should be "%2": the code was probably mistyped. Compare it with the business licence.</source>
        <translation>校验码（第 18 位）为“%1”，应为“%2”：代码可能录入有误。请与营业执照核对。</translation>
    </message>
    <message>
        <source>The organisation code check character (position 17) is "%1" but GB 11714 gives "%2".</source>
        <translation>组织机构代码校验码（第 17 位）为“%1”，但按 GB 11714 应为“%2”。</translation>
    </message>
    <message>
        <source>Registration authority "%1" with entity type "%2" is not a known combination.</source>
        <translation>登记管理部门代码“%1”与机构类别代码“%2”不是已知的组合。</translation>
    </message>
    <message>
        <source>The division code %1 is not a known administrative division.</source>
        <translation>行政区划码 %1 不是已知的行政区划。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The user %1 is disabled. Ask an administrator.</source>
        <translation>用户 %1 已停用。请联系系统管理员。</translation>
    </message>
    <message>
        <source>The user name "%1" is not allowed: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名“%1”不可用：请使用 2 至 32 个字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>Unknown role "%1". Roles: %2.</source>
        <translation>未知角色“%1”。可用角色：%2。</translation>
    </message>
    <message>
        <source>A supervision officer belongs to a department: choose one.</source>
        <translation>监管人员须隶属于某个部门：请选择部门。</translation>
    </message>
    <message>
        <source>The first user must be an administrator.</source>
        <translation>第一个用户必须是系统管理员。</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>用户名 %1 已被使用。</translation>
    </message>
    <message>
        <source>Unknown department.</source>
        <translation>未知部门。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>用户 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled.</source>
        <translation>%1 是最后一个启用中的系统管理员，不能停用。</translation>
    </message>
</context>
<context>
    <name>VerifiedCodeList</name>
    <message>
        <source>%1 is not a well-formed credit code; only codes that fail the check character may be listed.</source>
        <translation>%1 不是格式正确的统一社会信用代码；只有校验码不通过的代码才可列入名单。</translation>
    </message>
    <message>
        <source>%1 passes the check character test and does not need to be listed.</source>
        <translation>%1 能通过校验码检查，无需列入名单。</translation>
    </message>
    <message>
        <source>Give the reason (the document that proves the code is legal).</source>
        <translation>请填写理由（证明该代码合法的文件）。</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 已在名单中。</translation>
    </message>
    <message>
        <source>%1 is not on the list.</source>
        <translation>%1 不在名单中。</translation>
    </message>
</context>
<context>
    <name>XlsxTableReader</name>
    <message>
        <source>“%1” contains no worksheet, so there is no table to import.</source>
        <translation>“%1”中没有工作表，因此没有可导入的表格。</translation>
    </message>
    <message>
        <source>“%1” has no sheet named “%2”. Its sheets are: %3.</source>
        <translation>“%1”中没有名为“%2”的工作表。现有工作表：%3。</translation>
    </message>
    <message>
        <source>“%1” is damaged: the sheet “%2” has no data part (%3). Open the file in Excel, save it again as .xlsx and import the new file.</source>
        <translation>“%1”已损坏：工作表“%2”缺少数据部件（%3）。请在 Excel 中打开该文件，重新另存为 .xlsx，再导入新文件。</translation>
    </message>
    <message>
        <source>The row has a cell beyond the last Excel column (XFD); it was left out.</source>
        <translation>该行有单元格超出了 Excel 的最后一列（XFD），已略去。</translation>
    </message>
    <message>
        <source>Cell %1%2 refers to a text the workbook does not contain (the file is damaged).</source>
        <translation>单元格 %1%2 引用了工作簿中不存在的文本（文件已损坏）。</translation>
    </message>
    <message>
        <source>Field too long: cell %1%2 holds more than %3 characters; the row was not read.</source>
        <translation>字段过长：单元格 %1%2 超过 %3 个字符，该行未读取。</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>“%1” is an OpenDocument spreadsheet (.ods). Open it in WPS, LibreOffice or Excel, save it as “Excel Workbook (.xlsx)” and import that file.</source>
        <translation>“%1”是 OpenDocument 电子表格（.ods）。请在 WPS、LibreOffice 或 Excel 中打开，另存为“Excel 工作簿 (.xlsx)”，再导入该文件。</translation>
    </message>
    <message>
        <source>“%1” is a Word document, not a spreadsheet. Import the table as .xlsx or CSV.</source>
        <translation>“%1”是 Word 文档，不是电子表格。请将表格另存为 .xlsx 或 CSV 后导入。</translation>
    </message>
    <message>
        <source>“%1” is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml). Choose an .xlsx or CSV file.</source>
        <translation>“%1”是 ZIP 压缩包，但不是 Excel 工作簿（其中没有 xl/workbook.xml）。请选择 .xlsx 或 CSV 文件。</translation>
    </message>
    <message>
        <source>“%1” is damaged: the part “%2” is missing. Open the file in Excel, save it again as .xlsx and import the new file.</source>
        <translation>“%1”已损坏：缺少部件“%2”。请在 Excel 中打开该文件，重新另存为 .xlsx，再导入新文件。</translation>
    </message>
    <message>
        <source>“%1” was refused: its text table (%2) is larger than %3 MB. Save the sheet as CSV UTF-8 and import that file.</source>
        <translation>“%1”被拒收：其文本表（%2）超过 %3 MB。请将该工作表另存为 CSV UTF-8，再导入该文件。</translation>
    </message>
</context>
<context>
    <name>XlsxXmlStream</name>
    <message>
        <source>“%1” is damaged: its part “%2” ends too early. Open the file in Excel, save it again as .xlsx and import the new file.</source>
        <translation>“%1”已损坏：部件“%2”提前结束。请在 Excel 中打开该文件，重新另存为 .xlsx，再导入新文件。</translation>
    </message>
    <message>
        <source>“%1” is damaged: its part “%2” is not valid XML (%3, line %4). Open the file in Excel, save it again as .xlsx and import the new file.</source>
        <translation>“%1”已损坏：部件“%2”不是有效的 XML（%3，第 %4 行）。请在 Excel 中打开该文件，重新另存为 .xlsx，再导入新文件。</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>“%1” is damaged: its part “%2” cannot be read. Open the file in Excel, save it again as .xlsx and import the new file.</source>
        <translation>“%1”已损坏：无法读取部件“%2”。请在 Excel 中打开该文件，重新另存为 .xlsx，再导入新文件。</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is one part of a split ZIP archive, not an Excel workbook.</source>
        <translation>“%1”是分卷 ZIP 压缩包中的一卷，不是 Excel 工作簿。</translation>
    </message>
    <message>
        <source>“%1” is damaged or incomplete (perhaps a download or copy was cut short): it is not a readable Excel workbook. Save it again from Excel as .xlsx and import the new file.</source>
        <translation>“%1”已损坏或不完整（可能下载或复制时中断了）：不是可读取的 Excel 工作簿。请在 Excel 中重新另存为 .xlsx，再导入新文件。</translation>
    </message>
    <message>
        <source>“%1” is encrypted (its part “%2” needs a password). Open it in Excel, remove the password, save it as .xlsx and import it again.</source>
        <translation>“%1”已加密（部件“%2”需要密码）。请在 Excel 中打开，删除密码，另存为 .xlsx 后重新导入。</translation>
    </message>
    <message>
        <source>“%1” uses a compression method this program cannot read (part “%2”). Save it again from Excel as .xlsx and import the new file.</source>
        <translation>“%1”使用了本程序无法读取的压缩方式（部件“%2”）。请在 Excel 中重新另存为 .xlsx，再导入新文件。</translation>
    </message>
    <message>
        <source>“%1” was refused: its part “%2” would inflate to %3 MB, which no real workbook needs (a damaged file or a “zip bomb”).</source>
        <translation>“%1”被拒收：其部件“%2”解压后将达 %3 MB，正常的工作簿不会这么大（可能是损坏的文件或“ZIP 炸弹”）。</translation>
    </message>
</context>
<context>
    <name>cl::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Letters, digits, dots, dashes</source>
        <translation>字母、数字、点、连字符</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>部门(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>cl::AffectedEntitiesDialog</name>
    <message>
        <source>Entities in this import</source>
        <translation>本次导入涉及的市场主体</translation>
    </message>
    <message numerus="yes">
        <source>The first %n entities of the import, with their light now. Enter opens a profile.</source>
        <translation>
            <numerusform>本次导入涉及的前 %n 个市场主体及其当前信用灯。按 Enter 键打开主体档案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities, with their light now. Enter opens a profile.</source>
        <translation>
            <numerusform>%n 个市场主体及其当前信用灯。按 Enter 键打开主体档案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Light</source>
        <translation>信用灯</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cl::CreditLightPanel</name>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>认定事项</translation>
    </message>
    <message>
        <source>Serious-dishonesty list</source>
        <translation>严重失信主体名单</translation>
    </message>
    <message>
        <source>Records that decide the light (as of %1):</source>
        <translation>决定信用灯的记录（截至 %1）：</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Scheme / kind</source>
        <translation>评价体系/类型</translation>
    </message>
    <message>
        <source>Raw grade</source>
        <translation>原始评价结果</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>自 %1 起有效</translation>
    </message>
    <message>
        <source>No valid evaluation and no negative record: %1.</source>
        <translation>没有可列出的记录：%1。</translation>
    </message>
    <message>
        <source>The light over time:</source>
        <translation>信用灯历史：</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>信用灯</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>No light recorded yet.</source>
        <translation>尚无信用灯记录。</translation>
    </message>
</context>
<context>
    <name>cl::DailyLightRefresh</name>
    <message numerus="yes">
        <source>Credit lights brought up to %1: %n changed.</source>
        <translation>
            <numerusform>信用灯已更新至 %1：%n 个发生变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>The credit lights could not be brought up to date: %1</source>
        <translation>信用灯未能更新到最新：%1</translation>
    </message>
    <message>
        <source>Bringing the credit lights up to today…</source>
        <translation>正在将信用灯更新到今天…</translation>
    </message>
</context>
<context>
    <name>cl::Entity</name>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Individual business</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <source>Farmers' cooperative</source>
        <translation>农民专业合作社</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>存续</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>Deregistered</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>歇业</translation>
    </message>
</context>
<context>
    <name>cl::EntityListModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Town/street</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Credit light: %1</source>
        <translation>信用灯：%1</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>信用灯</translation>
    </message>
</context>
<context>
    <name>cl::EntityPage</name>
    <message>
        <source>Name or credit code (Ctrl+F)</source>
        <translation>名称或统一社会信用代码（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Register entity…</source>
        <translation>登记市场主体(&amp;R)…</translation>
    </message>
    <message>
        <source>Register a new market entity (Ctrl+N)</source>
        <translation>登记新的市场主体（Ctrl+N）</translation>
    </message>
    <message>
        <source>Enter opens the selected entity</source>
        <translation>按 Enter 键打开所选市场主体</translation>
    </message>
    <message>
        <source>All towns and streets</source>
        <translation>全部镇街</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entities</source>
        <translation>
            <numerusform>%Ln 个符合条件的市场主体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln 个市场主体</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only entities with this credit light</source>
        <translation>只显示该信用灯的市场主体</translation>
    </message>
    <message>
        <source>All lights</source>
        <translation>全部信用灯</translation>
    </message>
</context>
<context>
    <name>cl::EntityProfileDialog</name>
    <message>
        <source>Market entity</source>
        <translation>市场主体</translation>
    </message>
    <message>
        <source>This entity is no longer in the register.</source>
        <translation>该市场主体已不在登记册中。</translation>
    </message>
    <message>
        <source>Market entity: %1</source>
        <translation>市场主体：%1</translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Town/street:</source>
        <translation>镇街：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>登记日期：</translation>
    </message>
    <message>
        <source>In the register since:</source>
        <translation>录入时间：</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>最后修改：</translation>
    </message>
    <message>
        <source>Credit code check</source>
        <translation>统一社会信用代码校验</translation>
    </message>
    <message>
        <source>Registering authority's division:</source>
        <translation>登记机关所在行政区划：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>暂无变更记录。</translation>
    </message>
    <message>
        <source>Credit &amp;light</source>
        <translation>信用灯(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Evaluations (%1)</source>
        <translation>评价（%1）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Basic data</source>
        <translation>基本信息(&amp;B)</translation>
    </message>
    <message>
        <source>Recent c&amp;hanges</source>
        <translation>最近变更(&amp;H)</translation>
    </message>
    <message>
        <source>Rule %1: %2 (as of %3)</source>
        <translation>规则 %1：%2（截至 %3）</translation>
    </message>
    <message>
        <source>The register still shows %1: the lights are recomputed after every import and daily.</source>
        <translation>登记列表中仍显示为%1：信用灯在每次导入后及每天重新计算。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>评价体系</translation>
    </message>
    <message>
        <source>Raw grade</source>
        <translation>原始评价结果</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>评价日期</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>No evaluations recorded.</source>
        <translation>暂无评价记录。</translation>
    </message>
</context>
<context>
    <name>cl::FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建系统管理员</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account; the administrator then adds the other users in Settings.</source>
        <translation>此数据库还没有用户。请先创建系统管理员账号，再由系统管理员在“设置”中添加其他用户。</translation>
    </message>
    <message>
        <source>Shown in the status bar and the audit log</source>
        <translation>显示在状态栏和审计日志中</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>创建系统管理员</translation>
    </message>
</context>
<context>
    <name>cl::GradeImportWizard</name>
    <message>
        <source>Import evaluations</source>
        <translation>导入评价</translation>
    </message>
</context>
<context>
    <name>cl::GradeSchemesBox</name>
    <message>
        <source>Grade schemes</source>
        <translation>评价体系</translation>
    </message>
    <message>
        <source>C&amp;hange level…</source>
        <translation>修改等级(&amp;H)…</translation>
    </message>
    <message>
        <source>Add &amp;grade…</source>
        <translation>添加评价结果(&amp;G)…</translation>
    </message>
    <message>
        <source>S&amp;cheme:</source>
        <translation>评价体系(&amp;C)：</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评价结果</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Gives the selected grade another level. All lights are recomputed.</source>
        <translation>为所选评价结果指定另一个等级。所有信用灯将重新计算。</translation>
    </message>
    <message>
        <source>A change makes a new version of the scheme data: evaluations keep their raw grade and take the new level, and every light is recomputed.</source>
        <translation>每次修改都会生成新版本的评价体系数据：各评价保留原始评价结果并采用新的等级，所有信用灯都将重新计算。</translation>
    </message>
    <message>
        <source>Saved as version %1 of the scheme data; all lights were recomputed.</source>
        <translation>已保存为评价体系数据第 %1 版；所有信用灯已重新计算。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>%1 · %2 (risk classification, not public)</source>
        <translation>%1 · %2（风险分类，不公开）</translation>
    </message>
    <message>
        <source>Change level</source>
        <translation>修改等级</translation>
    </message>
    <message>
        <source>Level of grade %1 in %2:</source>
        <translation>评价体系 %2 中评价结果“%1”的等级：</translation>
    </message>
    <message>
        <source>Add grade</source>
        <translation>添加评价结果</translation>
    </message>
    <message>
        <source>New grade of %1, as departments write it:</source>
        <translation>评价体系 %1 的新评价结果（按各部门的实际写法填写）：</translation>
    </message>
    <message>
        <source>Level of grade %1:</source>
        <translation>评价结果“%1”的等级：</translation>
    </message>
    <message>
        <source>Saving and recomputing every light…</source>
        <translation>正在保存并重新计算所有信用灯…</translation>
    </message>
</context>
<context>
    <name>cl::ImportFilesPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Evaluation files of a department, as CSV (UTF-8 or GB18030) or XLSX. Columns are matched by their header names, in Chinese or English; you can check and correct that in the next step.</source>
        <translation>某一部门的评价文件，格式为 CSV（UTF-8 或 GB18030）或 XLSX。各列按表头名称（中文或英文）匹配；下一步可以检查并更正。</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Files (or drop them here):</source>
        <translation>文件（或拖放到此处）(&amp;F)：</translation>
    </message>
    <message>
        <source>From the file's %1 column</source>
        <translation>取自文件的“%1”列</translation>
    </message>
    <message>
        <source>Used for rows whose department cell is empty, and for files without that column.</source>
        <translation>用于评价部门单元格为空的行，以及没有该列的文件。</translation>
    </message>
    <message>
        <source>The department's default scheme</source>
        <translation>该部门的默认评价体系</translation>
    </message>
    <message>
        <source>Used for rows whose scheme cell is empty, and for files without the %1 column.</source>
        <translation>用于评价体系单元格为空的行，以及没有“%1”列的文件。</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>评价部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>评价体系(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>Evaluation files</source>
        <translation>评价文件</translation>
    </message>
    <message>
        <source>Evaluation files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>评价文件 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>cl::ImportPreviewPage</name>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation>预览与列对应</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows as they will be read. Check the encoding (garbled Chinese means a wrong one) and which field each column goes to. Fields marked * are required.</source>
        <translation>
            <numerusform>以下是将要读取的前 %n 行。请检查编码（中文显示为乱码说明编码不对）以及每一列对应的字段。标 * 的字段为必填项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Automatic: a byte-order mark, else valid UTF-8, else GB18030 (which includes GBK).</source>
        <translation>自动：有字节顺序标记（BOM）时按其识别，否则为有效 UTF-8 时按 UTF-8，再否则按 GB18030（兼容 GBK）。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Columns of the file → fields</source>
        <translation>文件的列 → 字段</translation>
    </message>
    <message>
        <source>Row numbers are those of the file. Rows in red cannot be read as they are.</source>
        <translation>行号即文件中的行号。红色的行按现状无法读取。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Automatic (detected: %1)</source>
        <translation>自动（检测结果：%1）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 · %Ln column(s) · first %3 data rows shown</source>
        <translation>
            <numerusform>%1，%2 · %Ln 列 · 显示前 %3 行数据</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation>文件的第 %1 列</translation>
    </message>
    <message>
        <source>This column is not imported.</source>
        <translation>此列不导入。</translation>
    </message>
</context>
<context>
    <name>cl::ImportProgressPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Each file is imported whole or not at all. You can keep working in the other windows meanwhile.</source>
        <translation>每个文件要么全部导入，要么完全不导入。导入期间，您可以在其他窗口继续工作。</translation>
    </message>
    <message>
        <source>Stops the import; the file being imported is rolled back, nothing of it is kept.</source>
        <translation>停止导入；正在导入的文件将被回滚，其内容一概不保留。</translation>
    </message>
    <message>
        <source>Cancelling… the file being imported is rolled back.</source>
        <translation>正在取消……正在导入的文件将被回滚。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Recomputing the lights of the entities in %1…</source>
        <translation>正在重新计算 %1 中市场主体的信用灯…</translation>
    </message>
    <message>
        <source>Importing %1 (file %2 of %3)…</source>
        <translation>正在导入 %1（第 %2 个文件，共 %3 个）…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Press Next to see what was imported and what was not.</source>
        <translation>请点击“下一步”查看哪些已导入、哪些未导入。</translation>
    </message>
</context>
<context>
    <name>cl::ImportResultPage</name>
    <message>
        <source>Imported (new)</source>
        <translation>新导入</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>New entities</source>
        <translation>新增市场主体</translation>
    </message>
    <message>
        <source>Lights changed</source>
        <translation>信用灯变化</translation>
    </message>
    <message>
        <source>E&amp;xport rejected rows…</source>
        <translation>导出被拒收的行(&amp;X)…</translation>
    </message>
    <message>
        <source>Show &amp;affected entities…</source>
        <translation>查看涉及的市场主体(&amp;A)…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>&amp;Rejected rows and warnings (click a column header to sort):</source>
        <translation>被拒收的行和警告（点击列标题可排序）(&amp;R)：</translation>
    </message>
    <message>
        <source>The rejected rows with their original columns and the reason, as CSV (UTF-8, opens in Excel): correct them and import the file again.</source>
        <translation>将被拒收的行（含原有各列及原因）导出为 CSV 文件（UTF-8，可用 Excel 打开）：改正后重新导入该文件。</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled before this file.</source>
        <translation>未导入：处理到此文件之前导入已被取消。</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-拒收</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>导出被拒收的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Folder for the rejected rows of each file</source>
        <translation>选择存放各文件被拒收行的文件夹</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: batch %3, %Ln row(s) read in %4.</source>
        <translation>
            <numerusform>%1，%2：批次 %3，读取 %Ln 行，用时 %4。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cl::ImportValidationPage</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Every row is checked as the import would check it. Nothing is written in this step.</source>
        <translation>按导入时的规则逐行检查。此步骤不写入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Can be imported</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>First problems found (all of them are listed after the import):</source>
        <translation>发现的前几个问题（导入后将列出全部问题）：</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Checking %1 (file %2 of %3)…</source>
        <translation>正在检查 %1（第 %2 个文件，共 %3 个）…</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>没有可导入的行。</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message>
        <source>No file can be imported. Go back to correct the columns or choose other files.</source>
        <translation>没有可导入的文件。请返回上一步更正列的对应关系，或选择其他文件。</translation>
    </message>
    <message>
        <source>Checked. Press Import to write the evaluations; the lights of the entities concerned are recomputed at the end.</source>
        <translation>检查完毕。请点击“导入”写入评价；导入结束时将重新计算相关市场主体的信用灯。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) checked: %1 can be imported, %2 will be rejected (%3 warnings).</source>
        <translation>
            <numerusform>已检查 %Ln 行：可导入 %1 行，将拒收 %2 行（警告 %3 条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
</context>
<context>
    <name>cl::LightTimeline</name>
    <message>
        <source>No light recorded yet.</source>
        <translation>尚无信用灯记录。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 (%2: %3)
%4</source>
        <translation>%1（%2：%3）
%4</translation>
    </message>
</context>
<context>
    <name>cl::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>CreditLoop</source>
        <translation>审监执信</translation>
    </message>
    <message>
        <source>Approval · supervision · enforcement · credit</source>
        <translation>审批 · 监管 · 执法 · 信用</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>cl::MainWindow</name>
    <message>
        <source>CreditLoop</source>
        <translation>审监执信</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Market entities</source>
        <translation>市场主体</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Approval by commitment is not built yet in this version.</source>
        <translation>当前版本尚未提供告知承诺制审批功能。</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>监管</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>执法</translation>
    </message>
    <message>
        <source>Credit-based enforcement discretion is not built yet in this version.</source>
        <translation>当前版本尚未提供基于信用的执法裁量功能。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>The dashboard is not built yet in this version.</source>
        <translation>当前版本尚未提供看板功能。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Exchange with the city platform is not built yet in this version.</source>
        <translation>当前版本尚未提供与市公共信用信息平台的数据交换功能。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1（Alt+%2）</translation>
    </message>
</context>
<context>
    <name>cl::PasswordHasher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
</context>
<context>
    <name>cl::PasswordPairEdit</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>cl::Permission</name>
    <message>
        <source>view market entities</source>
        <translation>查看市场主体</translation>
    </message>
    <message>
        <source>register and edit market entities</source>
        <translation>登记和修改市场主体</translation>
    </message>
    <message>
        <source>maintain the verified historical codes</source>
        <translation>维护经核实的历史代码</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <source>change settings and rules</source>
        <translation>修改设置和规则</translation>
    </message>
    <message>
        <source>import graded evaluations</source>
        <translation>导入分级分类评价</translation>
    </message>
    <message>
        <source>handle applications at the window</source>
        <translation>在窗口受理申请</translation>
    </message>
    <message>
        <source>verify commitments</source>
        <translation>核查承诺</translation>
    </message>
    <message>
        <source>plan spot checks</source>
        <translation>制定抽查计划</translation>
    </message>
    <message>
        <source>handle enforcement cases</source>
        <translation>办理执法案件</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>synchronise with the city platform</source>
        <translation>与市公共信用信息平台同步</translation>
    </message>
    <message>
        <source>generate demo data</source>
        <translation>生成演示数据</translation>
    </message>
</context>
<context>
    <name>cl::RegisterEntityDialog</name>
    <message>
        <source>Register market entity</source>
        <translation>登记市场主体</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>ID card number (natural person)</source>
        <translation>身份证号码（自然人）</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91370681MA3P7K2Q3U</source>
        <translation>18 位，例如 91370681MA3P7K2Q3U</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Code &amp;type:</source>
        <translation>代码类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Town/street:</source>
        <translation>镇街(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Registered &amp;on:</source>
        <translation>登记日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>cl::ResetPasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Choose a new password for your account %1.</source>
        <translation>请为您的账号 %1 设置新密码。</translation>
    </message>
    <message>
        <source>Choose a new password for %1 and tell it to them in person.</source>
        <translation>请为 %1 设置新密码，并当面告知本人。</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
</context>
<context>
    <name>cl::Role</name>
    <message>
        <source>Window clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>Supervision officer</source>
        <translation>监管人员</translation>
    </message>
    <message>
        <source>Enforcement officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理人员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>cl::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language of the program:</source>
        <translation>程序语言：</translation>
    </message>
    <message>
        <source>Saved. The new language is used after CreditLoop is restarted.</source>
        <translation>已保存。重新启动审监执信后将使用新语言。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <source>Use the default location</source>
        <translation>使用默认位置</translation>
    </message>
    <message>
        <source>A different file is opened at the next start (a new file becomes an empty database). The --db option on the command line overrides this setting.</source>
        <translation>下次启动时将打开另一个文件（新文件会成为空数据库）。命令行的 --db 选项优先于此设置。</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>当前使用：</translation>
    </message>
    <message>
        <source>At the next start:</source>
        <translation>下次启动时：</translation>
    </message>
    <message>
        <source>Database for the next start</source>
        <translation>下次启动时使用的数据库</translation>
    </message>
    <message>
        <source>CreditLoop database (*.sqlite);;All files (*)</source>
        <translation>审监执信数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的账号</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>cl::SpotCheckPage</name>
    <message>
        <source>R&amp;andom seed</source>
        <translation>随机生成种子(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>抽取(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>保存计划(&amp;S)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>Any text or number, recorded with the plan</source>
        <translation>任意文字或数字，随计划一并记录</translation>
    </message>
    <message>
        <source>The same year, department, seed and data give the same plan: publish the seed so anyone can repeat the draw.</source>
        <translation>年份、部门、随机种子和数据相同，抽取结果就相同：请公开随机种子，以便任何人都能重复抽取。</translation>
    </message>
    <message>
        <source>Fills in a random seed (drawn from the system's random source).</source>
        <translation>填入一个随机种子（取自系统随机源）。</translation>
    </message>
    <message>
        <source>Draws the plan and shows it, without saving.</source>
        <translation>抽取并显示计划，不保存。</translation>
    </message>
    <message>
        <source>Draws again and saves the plan with its seed, audited.</source>
        <translation>重新抽取，并连同随机种子保存计划（记入审计日志）。</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>部门(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>对象总数</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Saved plans</source>
        <translation>已保存的计划</translation>
    </message>
    <message>
        <source>Choose a saved plan, or draw a new one: enter a seed (or press Random seed) and press Draw.</source>
        <translation>请选择已保存的计划，或抽取新计划：输入随机种子（或点击“随机生成种子”），然后点击“抽取”。</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在抽取…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Plan %1 saved.</source>
        <translation>计划 %1 已保存。</translation>
    </message>
    <message>
        <source>Loading plan %1…</source>
        <translation>正在加载计划 %1…</translation>
    </message>
    <message>
        <source>No plan shown</source>
        <translation>未显示计划</translation>
    </message>
    <message>
        <source>Plan %1 (saved %2 by %3)</source>
        <translation>计划 %1（%3 于 %2 保存）</translation>
    </message>
    <message>
        <source>Preview (not saved)</source>
        <translation>预览（未保存）</translation>
    </message>
    <message>
        <source>%1: %2 drawn (ratio %3)</source>
        <translation>%1：抽取 %2 个（比例 %3）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (ratio %4)</source>
        <translation>%1：%3 个中抽取 %2 个（比例 %4）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 · seed %3 · as of %4 · algorithm version %5
%Ln check(s) drawn from a population of %6 entities under supervision.
%7</source>
        <translation>
            <numerusform>%1，%2 年 · 随机种子 %3 · 截至 %4 · 算法版本 %5
从 %6 个受监管的市场主体中抽取检查 %Ln 项。
%7</numerusform>
        </translation>
    </message>
    <message>
        <source>spot-check-%1-%2-%3</source>
        <translation>抽查计划-%1-%2-%3</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Plan %1 %2</source>
        <translation>%1 年%2抽查计划</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>cl::SupervisionPage</name>
    <message>
        <source>Graded &amp;evaluations</source>
        <translation>分级分类评价(&amp;V)</translation>
    </message>
    <message>
        <source>Spot-check &amp;plans</source>
        <translation>抽查计划(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import evaluations…</source>
        <translation>导入评价(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a department's graded evaluations from CSV or XLSX files (Ctrl+I)</source>
        <translation>从 CSV 或 XLSX 文件导入某一部门的分级分类评价（Ctrl+I）</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Lights now:</source>
        <translation>当前信用灯：</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>New entities</source>
        <translation>新增市场主体</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Recent &amp;import batches:</source>
        <translation>最近的导入批次(&amp;B)：</translation>
    </message>
    <message>
        <source>Received from the city platform</source>
        <translation>来自市公共信用信息平台</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>（取自文件）</translation>
    </message>
</context>
<context>
    <name>cl::UsccFindingsLabel</name>
    <message>
        <source>Error (%1): %2</source>
        <translation>错误（%1）：%2</translation>
    </message>
    <message>
        <source>Warning (%1): %2</source>
        <translation>警告（%1）：%2</translation>
    </message>
    <message>
        <source>On the audited list of verified historical codes.</source>
        <translation>已列入经审计的已核实历史代码名单。</translation>
    </message>
    <message>
        <source>The code passes all five checks.</source>
        <translation>该代码通过全部五项校验。</translation>
    </message>
    <message>
        <source>The code may be used; please check the warnings.</source>
        <translation>该代码可以使用，但请核查警告信息。</translation>
    </message>
</context>
<context>
    <name>cl::WorkbenchPage</name>
    <message>
        <source>Welcome, %1</source>
        <translation>欢迎您，%1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>当前登录：%1（%2）</translation>
    </message>
    <message>
        <source>Open market entities</source>
        <translation>进入市场主体</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search market entities by name or credit code</source>
        <translation>按名称或统一社会信用代码查找市场主体</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the search field: go to the results; in the list: open the profile</source>
        <translation>在搜索框中：转到结果；在列表中：打开主体档案</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+8</source>
        <translation>Alt+1 … Alt+8</translation>
    </message>
    <message>
        <source>Switch between the work areas on the left</source>
        <translation>在左侧各工作区之间切换</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Register a new market entity (on the market entities page)</source>
        <translation>登记新的市场主体（在“市场主体”页面）</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search field, or close a dialog</source>
        <translation>清空搜索框，或关闭对话框</translation>
    </message>
    <message numerus="yes">
        <source>%Ln market entities in the register</source>
        <translation>
            <numerusform>已登记市场主体 %Ln 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cl::sql</name>
    <message>
        <source>The database is busy (another window or program is writing). Try again in a moment.</source>
        <translation>数据库正忙（其他窗口或程序正在写入）。请稍后重试。</translation>
    </message>
    <message>
        <source>A database operation failed: %1</source>
        <translation>数据库操作失败：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CreditLoop</source>
        <translation>审监执信</translation>
    </message>
    <message>
        <source>Approval, supervision, enforcement and credit.</source>
        <translation>审批、监管、执法与信用。</translation>
    </message>
    <message>
        <source>Use the database file PATH.</source>
        <translation>使用数据库文件 PATH。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
</TS>
