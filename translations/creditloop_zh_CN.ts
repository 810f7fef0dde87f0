<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicationService</name>
    <message>
        <source>The entity is not registered.</source>
        <translation>该主体尚未登记。</translation>
    </message>
    <message>
        <source>Unknown mode "%1"; use ordinary, commitment or deficiency.</source>
        <translation>未知的办理方式“%1”；请用 ordinary（一般程序）、commitment（告知承诺）或 deficiency（容缺受理）。</translation>
    </message>
    <message>
        <source>Materials can be missing only in the deficiency-acceptance (容缺) mode.</source>
        <translation>只有容缺受理方式才允许暂缺材料。</translation>
    </message>
    <message>
        <source>Commitment mode is refused for %1: %2. The application can proceed in the ordinary mode with full materials.</source>
        <translation>%1 不适用告知承诺制：%2。可按一般程序提交全部材料办理。</translation>
    </message>
    <message>
        <source>Acceptance with missing materials (容缺) is refused for %1: %2. The application can proceed in the ordinary mode.</source>
        <translation>%1 不予容缺受理：%2。可按一般程序办理。</translation>
    </message>
    <message>
        <source>Name the secondary materials that are missing (容缺).</source>
        <translation>请指明暂缺的次要材料（容缺）。</translation>
    </message>
    <message>
        <source>A supplement deadline is required for missing materials.</source>
        <translation>暂缺材料须确定补齐期限。</translation>
    </message>
    <message>
        <source>The supplement deadline %1 is not after the application date %2.</source>
        <translation>补齐期限 %1 不晚于申请日期 %2。</translation>
    </message>
    <message>
        <source>The supplement deadline %1 exceeds the item's promised time of %2 working days (at the latest %3).</source>
        <translation>补齐期限 %1 超过该事项承诺办结时限 %2 个工作日（最迟为 %3）。</translation>
    </message>
    <message>
        <source>The item %1 has no material number %2.</source>
        <translation>事项 %1 没有序号为 %2 的材料。</translation>
    </message>
    <message>
        <source>"%1" is a core material and cannot be missing; only secondary materials may be supplied later.</source>
        <translation>“%1”是核心材料，不得容缺；只有次要材料可以后补。</translation>
    </message>
    <message>
        <source>Application %1 is already %2; only a received application can be approved.</source>
        <translation>申请 %1 当前状态为“%2”；只有已受理的申请才能批准。</translation>
    </message>
    <message>
        <source>The decision date %1 is before the application was received (%2).</source>
        <translation>决定日期 %1 早于受理日期（%2）。</translation>
    </message>
    <message>
        <source>A refusal needs a reason.</source>
        <translation>不予许可须说明理由。</translation>
    </message>
    <message>
        <source>Application %1 is %2 and cannot be refused.</source>
        <translation>申请 %1 当前状态为“%2”，不能作出不予许可决定。</translation>
    </message>
    <message>
        <source>Application %1 has no material number %2.</source>
        <translation>申请 %1 没有序号为 %2 的材料。</translation>
    </message>
    <message>
        <source>"%1" was already supplied on %2.</source>
        <translation>“%1”已于 %2 补齐。</translation>
    </message>
    <message>
        <source>"%1" was provided with the application; nothing is missing.</source>
        <translation>“%1”已随申请提交，并无缺少。</translation>
    </message>
    <message>
        <source>Application %1 is %2; materials can no longer be supplied.</source>
        <translation>申请 %1 当前状态为“%2”，不能再补交材料。</translation>
    </message>
    <message>
        <source>The date %1 is before the application was received (%2).</source>
        <translation>日期 %1 早于受理日期（%2）。</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>没有申请 %1。</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <source>Missing materials (容缺)</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>一般程序</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退件</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
</context>
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
    <name>CaseFacts</name>
    <message>
        <source>no harmful consequence</source>
        <translation>未造成危害后果</translation>
    </message>
    <message>
        <source>minor harm</source>
        <translation>危害后果轻微</translation>
    </message>
    <message>
        <source>serious harm</source>
        <translation>危害后果严重</translation>
    </message>
    <message>
        <source>harm not established</source>
        <translation>危害后果未认定</translation>
    </message>
    <message>
        <source>eliminated or reduced the harm on its own</source>
        <translation>主动消除或者减轻违法行为危害后果</translation>
    </message>
    <message>
        <source>coerced or deceived by others</source>
        <translation>受他人胁迫或者诱骗实施违法行为</translation>
    </message>
    <message>
        <source>confessed violations unknown to the authority</source>
        <translation>主动供述行政机关尚未掌握的违法行为</translation>
    </message>
    <message>
        <source>rendered meritorious service</source>
        <translation>配合行政机关查处违法行为有立功表现</translation>
    </message>
    <message>
        <source>refused to correct</source>
        <translation>拒不改正</translation>
    </message>
    <message>
        <source>repeat violation within 12 months</source>
        <translation>12个月内再次违法</translation>
    </message>
    <message>
        <source>serious consequence</source>
        <translation>造成严重后果</translation>
    </message>
    <message>
        <source>obstructed enforcement</source>
        <translation>阻碍执法</translation>
    </message>
    <message>
        <source>false commitment</source>
        <translation>虚假承诺</translation>
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
        <translation>%1 %2：等级 %3 → %4，评价日期 %5，有效期至 %6</translation>
    </message>
    <message>
        <source>serious-dishonesty list of %1 since %2 (%3)</source>
        <translation>自 %2 起列入%1严重失信主体名单（%3）</translation>
    </message>
    <message>
        <source>%1 (%2) of %3 since %4</source>
        <translation>%3 %1（%2），自 %4 起</translation>
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
        <source>%1 needs a date as YYYY-MM-DD, not "%2".</source>
        <translation>%1 需要 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 is not a valid unified social credit code: %2</source>
        <translation>%1 不是有效的统一社会信用代码：%2</translation>
    </message>
    <message>
        <source>No entity with the code %1 is registered (register it with entity add).</source>
        <translation>未登记代码为 %1 的主体（可用 entity add 登记）。</translation>
    </message>
    <message>
        <source>Green channel: yes (priority handling)</source>
        <translation>绿色通道：是（优先办理）</translation>
    </message>
    <message>
        <source>Green channel: no</source>
        <translation>绿色通道：否</translation>
    </message>
    <message>
        <source>Commitment mode: allowed</source>
        <translation>告知承诺：可以适用</translation>
    </message>
    <message>
        <source>Commitment mode: refused</source>
        <translation>告知承诺：不予适用</translation>
    </message>
    <message>
        <source>Missing materials (容缺): allowed</source>
        <translation>容缺受理：可以适用</translation>
    </message>
    <message>
        <source>Missing materials (容缺): refused</source>
        <translation>容缺受理：不予适用</translation>
    </message>
    <message>
        <source>Applicable measures:</source>
        <translation>适用的措施：</translation>
    </message>
    <message>
        <source>Application %1 (%2)%3</source>
        <translation>申请 %1（%2）%3</translation>
    </message>
    <message>
        <source> [green channel]</source>
        <translation> [绿色通道]</translation>
    </message>
    <message>
        <source>Applicant: %1 %2</source>
        <translation>申请人：%1 %2</translation>
    </message>
    <message>
        <source>Item: %1 %2</source>
        <translation>事项：%1 %2</translation>
    </message>
    <message>
        <source>Mode: %1, received %2</source>
        <translation>办理方式：%1，受理日期 %2</translation>
    </message>
    <message>
        <source>Commitment %1 (%2)</source>
        <translation>承诺 %1（%2）</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>材料：</translation>
    </message>
    <message>
        <source>provided</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>supplied %1</source>
        <translation>%1 已补齐</translation>
    </message>
    <message>
        <source>missing, due %1</source>
        <translation>暂缺，应于 %1 前补齐</translation>
    </message>
    <message>
        <source>, deadline missed</source>
        <translation>，已逾期</translation>
    </message>
    <message>
        <source>core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>次要</translation>
    </message>
    <message>
        <source>Decided %1%2</source>
        <translation>%1 作出决定%2</translation>
    </message>
    <message>
        <source>Licence %1, decision %2, status %3</source>
        <translation>许可证号 %1，决定文书号 %2，状态：%3</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Suspended since %1</source>
        <translation>自 %1 起中止</translation>
    </message>
    <message>
        <source>Returned on %1</source>
        <translation>%1 退件</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval items export FILE.csv|FILE.xlsx | approval items import FILE
The item catalogue as a spreadsheet to edit; import adds and updates items by code, all or nothing.</source>
        <translation>用法：creditloop-cli approval items export FILE.csv|FILE.xlsx | approval items import FILE
以表格形式编辑事项清单；导入时按事项编码新增或更新，全部成功或全部不导入。</translation>
    </message>
    <message>
        <source>Item catalogue written to %1.</source>
        <translation>事项清单已写入 %1。</translation>
    </message>
    <message>
        <source>Item catalogue imported from %1: %2 added, %3 updated.</source>
        <translation>已从 %1 导入事项清单：新增 %2 个，更新 %3 个。</translation>
    </message>
    <message>
        <source>Unknown word "%1": approval items [--search TEXT] | items export FILE | items import FILE.</source>
        <translation>无法识别“%1”：approval items [--search TEXT] | items export FILE | items import FILE。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval items [--search TEXT] | items export FILE | items import FILE
The item catalogue (告知承诺事项清单).</source>
        <translation>用法：creditloop-cli approval items [--search TEXT] | items export FILE | items import FILE
告知承诺事项清单。</translation>
    </message>
    <message>
        <source>excluded from commitment</source>
        <translation>不适用告知承诺</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <source>ordinary only</source>
        <translation>仅一般程序</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s); days: ordinary time limit/promised time (working days).</source>
        <translation>
            <numerusform>共 %n 个事项；天数为法定办结时限/承诺时限（工作日）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval check --uscc CODE --item ITEM [--as-of YYYY-MM-DD]
The pre-approval credit check: light and reasons, eligibility for commitment, 容缺 and the green channel, and the applicable measures with why.</source>
        <translation>用法：creditloop-cli approval check --uscc CODE --item ITEM [--as-of YYYY-MM-DD]
批前信用核验：信用灯及其依据，能否适用告知承诺、容缺受理和绿色通道，以及适用的措施及其理由。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval apply --uscc CODE --item ITEM [--mode ordinary|commitment|deficiency]
                                   [--missing N]... [--supply-by YYYY-MM-DD]
Files an application dated --as-of: runs and stores the pre-approval check, issues the commitment code.
--missing names a secondary material (its number in approval item) the applicant supplies later (容缺).</source>
        <translation>用法：creditloop-cli approval apply --uscc CODE --item ITEM [--mode ordinary|commitment|deficiency]
                                   [--missing N]... [--supply-by YYYY-MM-DD]
以 --as-of 为受理日期提交申请：进行并保存批前信用核验，生成承诺编码。
--missing 指定申请人后补的次要材料（approval item 中的序号，容缺受理）。</translation>
    </message>
    <message>
        <source>--missing needs a material number, not "%1".</source>
        <translation>--missing 需要材料序号，而不是“%1”。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval show APP_NO
The application with its check snapshot, materials, commitments and licence.</source>
        <translation>用法：creditloop-cli approval show APP_NO
申请详情：核验快照、材料、承诺和许可。</translation>
    </message>
    <message>
        <source>Check at filing: light %1, commitment %2</source>
        <translation>受理时核验：%1，告知承诺%2</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>可以适用</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不予适用</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval queue
Open applications, green channel first, then oldest first.</source>
        <translation>用法：creditloop-cli approval queue
待办申请：绿色通道优先，其余按受理先后。</translation>
    </message>
    <message numerus="yes">
        <source>%n open application(s); ★ green channel.</source>
        <translation>
            <numerusform>共 %n 件待办申请；★ 为绿色通道。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval letter APP_NO [--out FILE.txt]
The commitment letter from the item's template.</source>
        <translation>用法：creditloop-cli approval letter APP_NO [--out FILE.txt]
按事项模板生成的告知承诺书。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Commitment letter of %1 written to %2.</source>
        <translation>%1 的告知承诺书已写入 %2。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval approve APP_NO
Approves (dated --as-of): licence record, push to the supervising departments.</source>
        <translation>用法：creditloop-cli approval approve APP_NO
作出准予许可决定（日期为 --as-of）：生成许可记录，推送至监管部门。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval refuse APP_NO --reason TEXT</source>
        <translation>用法：creditloop-cli approval refuse APP_NO --reason TEXT</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval supply APP_NO --material N
Records a missing material as supplied (dated --as-of).</source>
        <translation>用法：creditloop-cli approval supply APP_NO --material N
登记暂缺材料已补齐（日期为 --as-of）。</translation>
    </message>
    <message>
        <source>--material needs a material number, not "%1".</source>
        <translation>--material 需要材料序号，而不是“%1”。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval sweep [--as-of YYYY-MM-DD]
Applies the deadlines that passed: missed 容缺 deadlines (suspension), returns after 15 working days, revocation of unrectified commitments.</source>
        <translation>用法：creditloop-cli approval sweep [--as-of YYYY-MM-DD]
处理已届满的期限：容缺材料逾期（中止审查）、中止满 15 个工作日退件、逾期未整改的撤销许可。</translation>
    </message>
    <message>
        <source>As of %1: %2 supplement deadline(s) missed, %3 application(s) suspended, %4 returned, %5 licence(s) revoked.</source>
        <translation>截至 %1：%2 项材料逾期未补齐，%3 件申请中止，%4 件退件，%5 个许可撤销。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval calendar set YYYY-MM-DD holiday|workday [--name NAME] | calendar remove YYYY-MM-DD</source>
        <translation>用法：creditloop-cli approval calendar set YYYY-MM-DD holiday|workday [--name NAME] | calendar remove YYYY-MM-DD</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Calendar updated: %1.</source>
        <translation>工作日历已更新：%1。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval calendar add N [--as-of YYYY-MM-DD]
The date N working days after --as-of.</source>
        <translation>用法：creditloop-cli approval calendar add N [--as-of YYYY-MM-DD]
计算 --as-of 之后第 N 个工作日的日期。</translation>
    </message>
    <message>
        <source>A number of working days is needed, not "%1".</source>
        <translation>需要工作日数，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 working day(s) after %2: %3</source>
        <translation>%2 之后第 %1 个工作日：%3</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval calendar [list] [--year Y] | set | remove | add</source>
        <translation>用法：creditloop-cli approval calendar [list] [--year Y] | set | remove | add</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval calendar [list] [--year Y]
The holidays and adjusted working days of a year.</source>
        <translation>用法：creditloop-cli approval calendar [list] [--year Y]
某年的法定节假日和调休上班日。</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval measures [--uscc CODE]
The catalogue of incentives and restrictions; with --uscc, those that apply to the entity and why.</source>
        <translation>用法：creditloop-cli approval measures [--uscc CODE]
守信激励和失信约束措施清单；指定 --uscc 时列出对该主体适用的措施及理由。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval item CODE
One catalogue item with its materials and verification rule.</source>
        <translation>用法：creditloop-cli approval item CODE
清单中的一个事项及其材料和核查规则。</translation>
    </message>
    <message>
        <source>Category: %1; approving: %2; supervising: %3</source>
        <translation>类别：%1；审批部门：%2；监管部门：%3</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>设定依据：%1</translation>
    </message>
    <message>
        <source>Ordinary time limit %1 working days; promised %2; verification: %3 within %4 working days, sample %5 %</source>
        <translation>法定办结时限 %1 个工作日；承诺时限 %2；核查：%3，%4 个工作日内，比例 %5%</translation>
    </message>
    <message>
        <source>Excluded from commitment mode.</source>
        <translation>不适用告知承诺制。</translation>
    </message>
    <message>
        <source>Commitment: %1; missing materials (容缺): %2</source>
        <translation>告知承诺：%1；容缺受理：%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval COMMAND
  items [--search TEXT] | item CODE         the item catalogue
  items export FILE | items import FILE     the catalogue as CSV/XLSX to edit
  check --uscc CODE --item ITEM             pre-approval credit check
  apply --uscc CODE --item ITEM [--mode M] [--missing N]... [--supply-by DATE]
  show APP_NO | queue | letter APP_NO [--out FILE]
  approve APP_NO | refuse APP_NO --reason TEXT | supply APP_NO --material N
  sweep                                     apply passed deadlines
  calendar [list|set|remove|add]            the working-day calendar
  measures [--uscc CODE]                    incentives and restrictions (§8)
Dates of actions are --as-of (default today).</source>
        <translation>用法：creditloop-cli approval COMMAND
  items [--search TEXT] | item CODE         事项清单
  items export FILE | items import FILE     以 CSV/XLSX 导出、导入事项清单
  check --uscc CODE --item ITEM             批前信用核验
  apply --uscc CODE --item ITEM [--mode M] [--missing N]... [--supply-by DATE]
  show APP_NO | queue | letter APP_NO [--out FILE]
  approve APP_NO | refuse APP_NO --reason TEXT | supply APP_NO --material N
  sweep                                     处理已届满的期限
  calendar [list|set|remove|add]            工作日历
  measures [--uscc CODE]                    激励和约束措施（§8）
办理日期为 --as-of（默认今天）。</translation>
    </message>
    <message>
        <source>Unknown department "%1" (see departments list).</source>
        <translation>未知部门“%1”（见 departments list）。</translation>
    </message>
    <message>
        <source>%1 on %2 by %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>应于 %1 前核查</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli commitment list [--department NAME] [--filter pending|due-soon|overdue|done|all]
The verification worklist as of --as-of (default: pending).</source>
        <translation>用法：creditloop-cli commitment list [--department NAME] [--filter pending|due-soon|overdue|done|all]
截至 --as-of 的践诺核查任务清单（默认：待核查）。</translation>
    </message>
    <message>
        <source>--filter is pending, due-soon, overdue, done or all, not "%1".</source>
        <translation>--filter 应为 pending、due-soon、overdue、done 或 all，而不是“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s).</source>
        <translation>
            <numerusform>共 %n 项任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: creditloop-cli commitment show CODE
The commitment record (§9.3 fields) and its verification tasks.</source>
        <translation>用法：creditloop-cli commitment show CODE
信用承诺记录（§9.3 字段）及其核查任务。</translation>
    </message>
    <message>
        <source>There is no commitment %1.</source>
        <translation>没有承诺 %1。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli commitment verify CODE --outcome fulfilled|partial|unfulfilled|false --verifier NAME
                                     [--department NAME] [--method written|online|onsite|publicity]
                                     [--on YYYY-MM-DD] [--notes TEXT]
Records the verification outcome of a pushed commitment; consequences follow at once.</source>
        <translation>用法：creditloop-cli commitment verify CODE --outcome fulfilled|partial|unfulfilled|false --verifier NAME
                                     [--department NAME] [--method written|online|onsite|publicity]
                                     [--on YYYY-MM-DD] [--notes TEXT]
登记已推送承诺的核查结果；相应处理即时生效。</translation>
    </message>
    <message>
        <source>No verification task for the commitment %1 (is it approved and pushed?).</source>
        <translation>承诺 %1 没有核查任务（是否已批准并推送？）。</translation>
    </message>
    <message>
        <source>The commitment %1 was not pushed to that department.</source>
        <translation>承诺 %1 未推送至该部门。</translation>
    </message>
    <message>
        <source>The commitment %1 was pushed to several departments (%2); choose one with --department.</source>
        <translation>承诺 %1 已推送至多个部门（%2）；请用 --department 选择其一。</translation>
    </message>
    <message>
        <source>False commitment recorded: the licence is revoked and the entity's credit record shows it.</source>
        <translation>已认定虚假承诺：许可已撤销，并记入该主体信用记录。</translation>
    </message>
    <message>
        <source>Rectification ordered by %1.</source>
        <translation>责令于 %1 前整改。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli commitment rectified CODE
The entity put right what the verification found (dated --as-of).</source>
        <translation>用法：creditloop-cli commitment rectified CODE
登记主体已按核查意见完成整改（日期为 --as-of）。</translation>
    </message>
    <message>
        <source>Commitment %1 rectified on %2.</source>
        <translation>承诺 %1 已于 %2 完成整改。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli commitment stats [--from DATE] [--to DATE] [--department NAME] [--as-of DATE]
Approvals by commitment, working days saved, pushes, verification coverage, overdue, fulfilment rate.</source>
        <translation>用法：creditloop-cli commitment stats [--from DATE] [--to DATE] [--department NAME] [--as-of DATE]
告知承诺办件量、节省工作日、推送量、核查覆盖率、逾期核查和履约率。</translation>
    </message>
    <message>
        <source>Approved: %1 (by commitment %2, with missing materials %3; %4 items)
Working days saved: %5
Pushed for verification: %6; verified %7 (coverage %8 %); overdue %9</source>
        <translation>准予许可：%1 件（告知承诺 %2 件，容缺受理 %3 件；涉及 %4 个事项）
节省工作日：%5
推送核查：%6 件；已核查 %7 件（覆盖率 %8%）；逾期 %9 件</translation>
    </message>
    <message>
        <source>Fulfilled %1, partly %2, not fulfilled %3, false %4 (fulfilment rate %5 %)</source>
        <translation>全部履行 %1，部分履行 %2，全部未履行 %3，虚假承诺 %4（履约率 %5%）</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli commitment COMMAND
  list [--department NAME] [--filter pending|due-soon|overdue|done|all]
  show CODE
  verify CODE --outcome fulfilled|partial|unfulfilled|false --verifier NAME [--department NAME] [--on DATE]
  rectified CODE
  stats [--from DATE] [--to DATE] [--department NAME]</source>
        <translation>用法：creditloop-cli commitment COMMAND
  list [--department NAME] [--filter pending|due-soon|overdue|done|all]
  show CODE
  verify CODE --outcome fulfilled|partial|unfulfilled|false --verifier NAME [--department NAME] [--on DATE]
  rectified CODE
  stats [--from DATE] [--to DATE] [--department NAME]</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli enforce items [--soft] | items export FILE.csv|FILE.xlsx [--soft] | items import FILE
       creditloop-cli enforce recommend --uscc CODE --item ITEM [FACTS]
       creditloop-cli enforce case open --uscc CODE --item ITEM [FACTS] [--facts TEXT] [--officer NAME] [--found-on DATE]
       creditloop-cli enforce case show CASE_NO | case list [--uscc CODE]
       creditloop-cli enforce decide CASE_NO --outcome OUTCOME [--amount YUAN] [--decision-no NO] [--reason TEXT]
                                   [--severity minor|general|serious] [--decided-on DATE]
       creditloop-cli enforce penalties CODE
       creditloop-cli enforce repair apply DECISION_NO --commitment CODE --content TEXT [--applied-on DATE]
       creditloop-cli enforce repair grant|reject APPLICATION_ID [--reason TEXT] [--on DATE]
       creditloop-cli enforce stats [--from DATE] [--to DATE]
FACTS: [--first-violation] [--harm none|minor|serious] [--corrected] [--no-fault] [--ground G]... [--aggravating A]...
  grounds (Art. 32): eliminated_harm, coerced, confessed, meritorious
  aggravating: refused_correction, repeat_violation, serious_consequence, obstruction, false_commitment
OUTCOME: no_penalty, mitigated, lighter, standard, heavier. Dates default to --as-of.</source>
        <translation>用法：creditloop-cli enforce items [--soft] | items export 文件.csv|文件.xlsx [--soft] | items import 文件
      creditloop-cli enforce recommend --uscc 代码 --item 事项编码 [情节]
      creditloop-cli enforce case open --uscc 代码 --item 事项编码 [情节] [--facts 事实描述] [--officer 承办人] [--found-on 日期]
      creditloop-cli enforce case show 案件编号 | case list [--uscc 代码]
      creditloop-cli enforce decide 案件编号 --outcome 裁量结果 [--amount 元] [--decision-no 文号] [--reason 理由]
                                   [--severity minor|general|serious] [--decided-on 日期]
      creditloop-cli enforce penalties 代码
      creditloop-cli enforce repair apply 决定书文号 --commitment 承诺编码 --content 承诺内容 [--applied-on 日期]
      creditloop-cli enforce repair grant|reject 申请编号 [--reason 理由] [--on 日期]
      creditloop-cli enforce stats [--from 日期] [--to 日期]
情节：[--first-violation 初次违法] [--harm none|minor|serious 危害后果] [--corrected 及时改正] [--no-fault 无主观过错] [--ground 情形]... [--aggravating 情节]...
  第三十二条情形：eliminated_harm, coerced, confessed, meritorious
  从重情节：refused_correction, repeat_violation, serious_consequence, obstruction, false_commitment
裁量结果：no_penalty 不予处罚，mitigated 减轻，lighter 从轻，standard 一般，heavier 从重。日期默认为 --as-of。</translation>
    </message>
    <message>
        <source>The fine cannot be negative (%1).</source>
        <translation>罚款金额不能为负数（%1）。</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yuan (digits, at most two decimals).</source>
        <translation>“%1”不是有效的金额（元，数字，最多两位小数）。</translation>
    </message>
    <message>
        <source>no fine</source>
        <translation>不予罚款</translation>
    </message>
    <message>
        <source>%1–%2 yuan</source>
        <translation>%1–%2 元</translation>
    </message>
    <message>
        <source>%1 %2 — item %3: %4</source>
        <translation>%1 %2 —— 事项 %3：%4</translation>
    </message>
    <message>
        <source>Recommended: %1 (rule %2, rules version %3)</source>
        <translation>裁量建议：%1（规则 %2，第 %3 版规则）</translation>
    </message>
    <message>
        <source>Legal basis: %1; %2</source>
        <translation>法律依据：%1；%2</translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>罚款：%1</translation>
    </message>
    <message>
        <source>, with an order to correct</source>
        <translation>，并责令改正</translation>
    </message>
    <message>
        <source>Alternative: %1, %2</source>
        <translation>可选：%1，%2</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>裁量理由：</translation>
    </message>
    <message>
        <source>%1 items written to %2.</source>
        <translation>已将 %1 个事项写入 %2。</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1：新增 %2 个，更新 %3 个，未变 %4 个，拒收 %5 个。</translation>
    </message>
    <message>
        <source>  row %1, %2: %3</source>
        <translation>  第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>not on the soft list</source>
        <translation>未列入包容审慎清单</translation>
    </message>
    <message>
        <source>%1 items, %2 on the soft-enforcement list.</source>
        <translation>共 %1 个事项，其中 %2 个列入包容审慎清单。</translation>
    </message>
    <message>
        <source>decided %1: %2 %3 yuan %4</source>
        <translation>%1 已决定：%2 %3 元 %4</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未决</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>案件 %1 已立案。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>  differs from the recommendation (%1, rule %2): %3</source>
        <translation>  与裁量建议（%1，规则 %2）不一致：%3</translation>
    </message>
    <message>
        <source>%1 cases.</source>
        <translation>共 %1 件案件。</translation>
    </message>
    <message>
        <source>Case %1 decided: %2 (recommended %3, rule %4).</source>
        <translation>案件 %1 已决定：%2（建议 %3，规则 %4）。</translation>
    </message>
    <message>
        <source>Penalty record %1: %2, %3; publicity until %4, repair possible from %5.</source>
        <translation>行政处罚记录 %1：%2，%3；公示至 %4，自 %5 起可申请信用修复。</translation>
    </message>
    <message>
        <source>There is no penalty with the decision number %1.</source>
        <translation>没有决定书文号为 %1 的行政处罚。</translation>
    </message>
    <message>
        <source>Repair application %1 for %2 recorded (%3).</source>
        <translation>已登记 %2 的信用修复申请 %1（%3）。</translation>
    </message>
    <message>
        <source>Repair granted: penalty %1 no longer counts from %2.</source>
        <translation>准予信用修复：行政处罚 %1 自 %2 起不再计入信用状况。</translation>
    </message>
    <message>
        <source>Repair application %1 rejected: %2</source>
        <translation>信用修复申请 %1 不予准许：%2</translation>
    </message>
    <message>
        <source>Decisions: %1; soft measures applied: %2 (for %3 entities); penalty-free cases: %4; fines not imposed: %5 yuan; fines imposed: %6 yuan; penalties: %7; decisions differing from the recommendation: %8.</source>
        <translation>决定 %1 件；适用包容审慎措施 %2 次（惠及 %3 个主体）；不予处罚案件 %4 件；免于罚款 %5 元；罚款 %6 元；行政处罚 %7 件；与裁量建议不一致的决定 %8 件。</translation>
    </message>
    <message>
        <source>%1: columns mapped by the saved profile "%2".</source>
        <translation>%1：已按已保存的列对应方案“%2”对应各列。</translation>
    </message>
    <message>
        <source>Give the department: grades profiles --department NAME.</source>
        <translation>请指定部门：grades profiles --department 部门名称。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>%1 (%2, saved by %3):</source>
        <translation>%1（%2，由 %3 保存）：</translation>
    </message>
    <message>
        <source>No saved column mapping profiles.</source>
        <translation>没有已保存的列对应方案。</translation>
    </message>
    <message>
        <source>--column needs FIELD=HEADER (the fields are %1), not "%2".</source>
        <translation>--column 需要“字段=列名”的形式（字段为：%1），而不是“%2”。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli grades import FILE... [--department NAME] [--scheme CODE]
       [--encoding auto|utf-8|gb18030|utf-16] [--sheet NAME] [--report FILE.csv] [--check]
       [--column FIELD=HEADER]... [--profile NAME] [--save-profile NAME]
Imports graded evaluations (CSV or XLSX, columns matched by header name). A bad row is rejected
alone; --report writes the rejected rows to a CSV to fix and send again; --check validates only.
Exit code 3 when some rows were rejected.
--column FIELD=HEADER names the column of a field by its header (FIELD: uscc, name, department,
scheme, grade, score, industry, evaluated_on, valid_to, remark; empty HEADER: not imported).
A department whose files have headers of its own keeps the mapping as a profile: --profile NAME
uses one (a profile that fits the file is used without asking), --save-profile NAME keeps the
mapping of this import for the department (--department, or the officer's own).
       creditloop-cli grades profiles [--department NAME]  the department's saved column mappings
       creditloop-cli grades schemes                      the grade scales and their levels
       creditloop-cli grades set-level SCHEME GRADE LEVEL  change a level (new rules version)</source>
        <translation>用法：creditloop-cli grades import FILE... [--department NAME] [--scheme CODE]
      [--encoding auto|utf-8|gb18030|utf-16] [--sheet NAME] [--report FILE.csv] [--check]
      [--column FIELD=HEADER]... [--profile NAME] [--save-profile NAME]
导入分级分类评价（CSV 或 XLSX，按表头名称匹配列）。有问题的行单独拒收，其余照常导入；
--report 将被拒收的行写入 CSV 文件，改正后可重新导入；--check 只校验、不导入。
有行被拒收时退出码为 3。
--column 字段=列名 按表头名称指定字段所在的列（字段：uscc、name、department、scheme、grade、
score、industry、evaluated_on、valid_to、remark；列名为空表示不导入）。
部门文件的表头与标准不同时，可将列对应保存为该部门的方案：--profile 名称 使用已保存的方案
（与文件表头相符的方案会自动使用），--save-profile 名称 将本次导入的列对应保存给该部门
（--department 指定的部门，或操作人员所在部门）。
      creditloop-cli grades profiles [--department NAME]  该部门已保存的列对应方案
      creditloop-cli grades schemes                      评价体系的等级及其风险级别
      creditloop-cli grades set-level SCHEME GRADE LEVEL  修改某一等级对应的级别（生成新规则版本）</translation>
    </message>
    <message>
        <source>--save-profile keeps the mapping for a department: give it with --department NAME.</source>
        <translation>--save-profile 为某个部门保存列对应方案：请用 --department 部门名称 指定部门。</translation>
    </message>
    <message>
        <source>Column mapping saved as the profile "%1" of %2.</source>
        <translation>列对应已保存为%2的方案“%1”。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli keys init --office CODE      create this office's Ed25519 key pair (once)
       creditloop-cli keys export [--out FILE]     print (or write) this office's public key
       creditloop-cli keys trust CODE KEY|--file FILE   accept packages signed by that office's key
       creditloop-cli keys list                    the trusted offices and their key fingerprints
The private key stays in the database; no command prints or exports it.</source>
        <translation>用法：creditloop-cli keys init --office 单位代码    创建本单位的 Ed25519 密钥对（仅一次）
      creditloop-cli keys export [--out 文件]      显示（或写入文件）本单位的公钥
      creditloop-cli keys trust 单位代码 公钥|--file 文件   接受该单位密钥签名的数据包
      creditloop-cli keys list                     已信任的单位及其密钥指纹
私钥只保存在数据库中，任何命令都不会显示或导出私钥。</translation>
    </message>
    <message>
        <source>Sync keys created for office %1 (key fingerprint %2).
Give the public key to the platform and the other offices (keys export).</source>
        <translation>已为单位 %1 创建同步密钥（密钥指纹 %2）。
请将公钥提供给市信用平台和其他单位（keys export）。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Public key of office %1 written to %2 (fingerprint %3).</source>
        <translation>单位 %1 的公钥已写入 %2（指纹 %3）。</translation>
    </message>
    <message>
        <source>Packages signed by office %1 (key fingerprint %2) are now accepted.</source>
        <translation>今后接受单位 %1（密钥指纹 %2）签名的数据包。</translation>
    </message>
    <message>
        <source>No office is trusted yet (keys trust CODE KEY).</source>
        <translation>尚未信任任何单位（keys trust 单位代码 公钥）。</translation>
    </message>
    <message>
        <source>Unknown %1 "%2".</source>
        <translation>未知的%1“%2”。</translation>
    </message>
    <message>
        <source>--out must end in .pdf, .xlsx or .csv, not "%1".</source>
        <translation>--out 的文件名须以 .pdf、.xlsx 或 .csv 结尾，而不是“%1”。</translation>
    </message>
    <message>
        <source>--encoding is utf-8 or gb18030, not "%1".</source>
        <translation>--encoding 取 utf-8 或 gb18030，而不是“%1”。</translation>
    </message>
    <message>
        <source>--encoding applies to CSV files only.</source>
        <translation>--encoding 仅适用于 CSV 文件。</translation>
    </message>
    <message>
        <source>--landscape applies to PDF files only.</source>
        <translation>--landscape 仅适用于 PDF 文件。</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>This build has no PDF output (built without the graphical front end); write .xlsx or .csv.</source>
        <translation>此版本未包含图形界面，不能输出 PDF；请输出 .xlsx 或 .csv。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Lights as of %1, %2 entities in scope: red %3, yellow %4, green %5, grey %6; no light recorded %7.</source>
        <translation>信用灯截至 %1，统计范围内市场主体 %2 户：红灯 %3，黄灯 %4，绿灯 %5，灰灯 %6；无信用灯记录 %7。</translation>
    </message>
    <message>
        <source>Unknown report "%1"; the report is: dashboard.</source>
        <translation>未知的报表“%1”；可用的报表为：dashboard。</translation>
    </message>
    <message>
        <source>Nothing to export: every change is in a package already.</source>
        <translation>无需导出：所有变更均已打包。</translation>
    </message>
    <message>
        <source>Package %1 written: seq %2, %3 records (%4).
%5</source>
        <translation>已生成数据包 %1：序号 %2，共 %3 条记录（%4）。
%5</translation>
    </message>
    <message>
        <source>%1 applied, %2 already applied, %3 held back, %4 quarantined.</source>
        <translation>已导入 %1 个，此前已导入 %2 个，暂缓 %3 个，隔离 %4 个。</translation>
    </message>
    <message>
        <source>Published %1 to %2 (%3 records from %4).</source>
        <translation>已向 %2 发布 %1（%3 条记录，来自 %4）。</translation>
    </message>
    <message>
        <source>--interval needs a number of minutes.</source>
        <translation>--interval 需要一个分钟数。</translation>
    </message>
    <message>
        <source>(no keys yet)</source>
        <translation>（尚未创建密钥）</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Round %1 at %2: %3, %4 sent, %5 applied, %6 held, %7 quarantined</source>
        <translation>第 %1 轮（%2）：%3，发出 %4 个，导入 %5 个，暂缓 %6 个，隔离 %7 个</translation>
    </message>
    <message>
        <source>Held: %1 no. %2, waiting for no. %3 (%4)</source>
        <translation>暂缓：%1 第 %2 号，等待第 %3 号（%4）</translation>
    </message>
    <message>
        <source>Quarantined: %1 (%2): %3</source>
        <translation>已隔离：%1（%2）：%3</translation>
    </message>
    <message>
        <source>No sync round has run yet; nothing is held or quarantined.</source>
        <translation>尚未进行过同步；没有暂缓或隔离的数据包。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli [--db PATH] [--json] [--lang zh_CN|en] [--as-of YYYY-MM-DD] [--user NAME] COMMAND ...

Commands:
  init [--demo [--entities N] [--seed S]]      create or upgrade the database; --demo fills demo data
  summary                                      what the database holds
  uscc check CODE...                           validate unified social credit codes
  uscc verified list|add|remove                the audited list of verified historical codes
  entity show CODE | search TEXT | add         the entity register
  user add|passwd|disable|enable|list          users and roles
  audit verify | audit log [--object ID]       the hash-chained audit log
  grades import FILE... | profiles             import graded evaluations (CSV/XLSX)
  lights show CODE | stats | recompute         the traffic light, explained
  spotcheck plan|show|list|inspector|conflict  risk-based random inspection plans
  departments list | alias add DEPT ALIAS      departments, their schemes and aliases
  approval items|check|apply|approve|...       approval by commitment at the window
  commitment list|verify|show|stats            verification of pushed commitments
  enforce items|recommend|case|decide|...      credit-based enforcement discretion
  report dashboard --out FILE [filters]        the dashboard as PDF, XLSX or CSV
  sync export|import|run|platform|...          signed packages with the city platform
  keys init|export|trust|list                  this office's signing key, trusted offices

Passwords come from CREDITLOOP_PASSWORD (signing in with --user) and CREDITLOOP_NEW_PASSWORD
(a new password), or are asked for at the terminal.
Exit codes: 0 success, 1 refused or failed, 2 usage error, 3 partial success.
Each command has --help.</source>
        <translation>用法：creditloop-cli [--db PATH] [--json] [--lang zh_CN|en] [--as-of YYYY-MM-DD] [--user NAME] COMMAND ...

命令：
  init [--demo [--entities N] [--seed S]]      创建或升级数据库；--demo 填入演示数据
  summary                                      数据库概况
  uscc check CODE...                           校验统一社会信用代码
  uscc verified list|add|remove                经审计的已核实历史代码名单
  entity show CODE | search TEXT | add         市场主体登记
  user add|passwd|disable|enable|list          用户和角色
  audit verify | audit log [--object ID]       哈希链审计日志
  grades import FILE... | profiles             导入分级分类评价（CSV/XLSX）
  lights show CODE | stats | recompute         信用灯及其依据
  spotcheck plan|show|list|inspector|conflict  按风险制定的双随机抽查计划
  departments list | alias add DEPT ALIAS      部门、评价标准及别名
  approval items|check|apply|approve|...       窗口告知承诺审批
  commitment list|verify|show|stats            推送承诺的践诺核查
  enforce items|recommend|case|decide|...      信用+包容审慎执法裁量
  report dashboard --out FILE [filters]        看板报表输出为 PDF、XLSX 或 CSV
  sync export|import|run|platform|...          与市公共信用信息平台交换签名数据包
  keys init|export|trust|list                  本单位签名密钥及已信任单位

密码取自 CREDITLOOP_PASSWORD（用 --user 登录时）和 CREDITLOOP_NEW_PASSWORD
（新密码），或在终端提示输入。
退出码：0 成功，1 被拒绝或失败，2 用法错误，3 部分成功。
每个命令均支持 --help。</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli sync export --out DIR [--full]   write the changes since the last package as one signed package
       creditloop-cli sync import FILE|DIR... [--force] check and apply received packages (--force: past a gap)
       creditloop-cli sync run [--hub DIR]              one round: export to HUB/to-platform, import HUB/from-platform/&lt;office&gt;
       creditloop-cli sync platform --hub DIR           simulate the city platform: check, merge, republish to the other offices
       creditloop-cli sync config [--hub DIR] [--interval MINUTES] [--verifies DEPT[,DEPT]]
                                          the settings of the periodic sync; --verifies: the departments this office
                                          verifies received commitments for ("" for none)
       creditloop-cli sync status                       last rounds, held and quarantined packages
Exit codes: 0 done, 1 a package was refused (moved to quarantine/ with a reason file) or the round failed,
3 a package is held back waiting for an earlier one.</source>
        <translation>用法：creditloop-cli sync export --out 目录 [--full]   将上次打包以来的变更生成一个签名数据包
      creditloop-cli sync import 文件|目录... [--force] 校验并导入收到的数据包（--force：跳过缺失的序号）
      creditloop-cli sync run [--hub 目录]              同步一轮：导出到 HUB/to-platform，导入 HUB/from-platform/&lt;office&gt;（本单位代码）
      creditloop-cli sync platform --hub 目录           模拟市信用平台：校验、汇总，并转发给其他单位
      creditloop-cli sync config [--hub 目录] [--interval 分钟] [--verifies 部门[,部门]]
                                          定期同步的设置；--verifies：本单位承担收到的信用承诺核查的部门
                                          （"" 表示无）
      creditloop-cli sync status                       最近几轮同步、暂缓和隔离的数据包
退出码：0 完成；1 有数据包被拒收（已移入 quarantine/ 并附原因文件）或本轮同步失败；
3 有数据包因缺少前序数据包而暂缓。</translation>
    </message>
    <message>
        <source>Office: %1
Hub folder: %2
Interval: %3 minutes
Verifies commitments for: %4</source>
        <translation>单位代码：%1
交换目录：%2
同步间隔：%3 分钟
承担承诺核查的部门：%4</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1（身份证号 %2）</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli entity add --code CODE --name NAME [--kind KIND] [--legal-rep NAME]
       [--legal-rep-id ID-CARD-NO] [--industry NAME] [--town NAME] [--address TEXT]
       [--registered-on YYYY-MM-DD] [--id-card]
The code is validated: errors refuse the entity, warnings are reported. --legal-rep-id is the legal
representative's resident ID card number (checked as GB 11643); with it the pre-approval check
also looks for the representative on the serious-dishonesty list.</source>
        <translation>用法：creditloop-cli entity add --code CODE --name NAME [--kind KIND] [--legal-rep NAME]
      [--legal-rep-id ID-CARD-NO] [--industry NAME] [--town NAME] [--address TEXT]
      [--registered-on YYYY-MM-DD] [--id-card]
代码会经过校验：有错误的不予登记，有警告的予以提示。
--legal-rep-id 为法定代表人的居民身份证号码（按 GB 11643 校验）；
录入后，批前信用核验同时核查法定代表人是否被列入严重失信主体名单。</translation>
    </message>
    <message>
        <source>Legal representative: %1</source>
        <translation>法定代表人：%1</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli entity update CODE [--name NAME] [--legal-rep NAME]
       [--legal-rep-id ID-CARD-NO | --clear-legal-rep-id] [--address TEXT]
Changes the register data given. A new --legal-rep without --legal-rep-id clears the recorded
ID number (it belonged to the previous representative).</source>
        <translation>用法：creditloop-cli entity update CODE [--name NAME] [--legal-rep NAME]
      [--legal-rep-id ID-CARD-NO | --clear-legal-rep-id] [--address TEXT]
修改所给出的登记信息。只给出新的 --legal-rep 而未给出 --legal-rep-id 时，已录入的身份证号码
（属于原法定代表人）将被清除。</translation>
    </message>
    <message>
        <source>--legal-rep-id and --clear-legal-rep-id cannot be used together.</source>
        <translation>--legal-rep-id 与 --clear-legal-rep-id 不能同时使用。</translation>
    </message>
    <message>
        <source>The ID number of the previous representative was cleared; give the new one with --legal-rep-id.</source>
        <translation>原法定代表人的身份证号码已清除；请用 --legal-rep-id 录入新法定代表人的号码。</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>已更新：%1</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli entity show CODE | entity search TEXT | entity add --code CODE --name NAME ... |
       entity update CODE [--legal-rep NAME] [--legal-rep-id ID-CARD-NO] ...</source>
        <translation>用法：creditloop-cli entity show CODE | entity search TEXT | entity add --code CODE --name NAME ... |
      entity update CODE [--legal-rep NAME] [--legal-rep-id ID-CARD-NO] ...</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli [--as-of YYYY-MM-DD] report dashboard [--out FILE.pdf|FILE.xlsx|FILE.csv]
           [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--department NAME] [--industry NAME|CODE]
           [--town NAME] [--office NAME] [--landscape] [--encoding utf-8|gb18030]
The traffic-light dashboard as a printed report (PDF, A4), or its tables (XLSX, CSV); without
--out, its headline figures only (lights, the largest industry fields and towns, approval by
commitment, inclusive-prudent enforcement), as text or with --json. Lights are
counted as recorded on the --as-of date (default today); the trend covers --from..--to (default the
twelve months up to the as-of date). --department: the entities of the industry fields it supervises.
--landscape: PDF pages in landscape. --encoding: CSV text encoding (default UTF-8 with BOM).
Needs no display: run it from a scheduler.</source>
        <translation>用法：creditloop-cli [--as-of YYYY-MM-DD] report dashboard [--out FILE.pdf|FILE.xlsx|FILE.csv]
           [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--department NAME] [--industry NAME|CODE]
           [--town NAME] [--office NAME] [--landscape] [--encoding utf-8|gb18030]
将信用红黄绿灯看板输出为打印报表（PDF，A4），或输出其统计表（XLSX、CSV）；不带 --out 时
只显示主要数据（信用灯、主体最多的行业领域和镇街、告知承诺审批、包容审慎执法），以文本
或 JSON（--json）输出。信用灯按 --as-of 日期（默认今天）的记录统计；
趋势覆盖 --from 至 --to（默认截至该日的十二个月）。
--department：该部门监管的行业领域内的市场主体。--landscape：PDF 横向排版。
--encoding：CSV 文本编码（默认带 BOM 的 UTF-8）。
无需显示器，可由计划任务定时运行。</translation>
    </message>
    <message>
        <source>%1: red %2, yellow %3, green %4, grey %5; %6 in all.</source>
        <translation>%1：红灯 %2，黄灯 %3，绿灯 %4，灰灯 %5；合计 %6 户。</translation>
    </message>
    <message>
        <source>Lights by industry field:</source>
        <translation>分行业领域信用灯情况：</translation>
    </message>
    <message>
        <source>Lights by industry field (the %1 largest of %2):</source>
        <translation>分行业领域信用灯情况（%2 个中主体最多的 %1 个）：</translation>
    </message>
    <message>
        <source>(no industry field recorded)</source>
        <translation>（未登记行业领域）</translation>
    </message>
    <message>
        <source>Lights by town or street:</source>
        <translation>分镇街信用灯情况：</translation>
    </message>
    <message>
        <source>Lights by town or street (the %1 largest of %2):</source>
        <translation>分镇街信用灯情况（%2 个中主体最多的 %1 个）：</translation>
    </message>
    <message>
        <source>(no town or street recorded)</source>
        <translation>（未登记镇街）</translation>
    </message>
</context>
<context>
    <name>CommitmentLetter</name>
    <message>
        <source>Application %1 is handled in the ordinary mode and has no commitment letter.</source>
        <translation>申请 %1 按一般程序办理，没有告知承诺书。</translation>
    </message>
    <message>
        <source>The item of application %1 is no longer in the catalogue.</source>
        <translation>申请 %1 的事项已不在事项清单中。</translation>
    </message>
</context>
<context>
    <name>CreditRepair</name>
    <message>
        <source>There is no such penalty record.</source>
        <translation>没有该行政处罚记录。</translation>
    </message>
    <message>
        <source>The application date is required.</source>
        <translation>请填写申请日期。</translation>
    </message>
    <message>
        <source>The penalty %1 was already repaired on %2.</source>
        <translation>行政处罚 %1 已于 %2 完成信用修复。</translation>
    </message>
    <message>
        <source>The publicity of penalty %1 ended on %2; it no longer needs repair.</source>
        <translation>行政处罚 %1 的公示已于 %2 期满，无需信用修复。</translation>
    </message>
    <message>
        <source>Repair of penalty %1 (%2) can be applied for from %3, after the minimum publicity period.</source>
        <translation>行政处罚 %1（%2）须在最短公示期满后，自 %3 起方可申请信用修复。</translation>
    </message>
    <message>
        <source>"%1" is not a commitment code (20 digits: division code, date, serial).</source>
        <translation>“%1”不是承诺编码（20位：区划代码、日期、流水号）。</translation>
    </message>
    <message>
        <source>A credit-repair commitment needs its content.</source>
        <translation>信用修复承诺须填写承诺内容。</translation>
    </message>
    <message>
        <source>An application to repair penalty %1 is already pending (of %2).</source>
        <translation>行政处罚 %1 已有待审核的信用修复申请（%2 提交）。</translation>
    </message>
    <message>
        <source>There is no such repair application.</source>
        <translation>没有该信用修复申请。</translation>
    </message>
    <message>
        <source>The repair application was already decided (%1).</source>
        <translation>该信用修复申请已处理（%1）。</translation>
    </message>
    <message>
        <source>The grant date cannot lie before the application (%1).</source>
        <translation>准予修复日期不能早于申请日期（%1）。</translation>
    </message>
    <message>
        <source>Rejecting a repair application needs a written reason.</source>
        <translation>不予修复须书面说明理由。</translation>
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
    <name>DashboardData</name>
    <message>
        <source>The report figures could not be read from the database.</source>
        <translation>无法从数据库读取报表数据。</translation>
    </message>
    <message>
        <source>The report needs a SQLite store.</source>
        <translation>报表需要 SQLite 数据库。</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>统计期间的开始日期（%1）晚于结束日期（%2）。</translation>
    </message>
    <message>
        <source>The period spans %1 months; a report covers at most %2.</source>
        <translation>统计期间跨 %1 个月，报表最多覆盖 %2 个月。</translation>
    </message>
    <message>
        <source>There is no industry field with id %1.</source>
        <translation>不存在编号为 %1 的行业领域。</translation>
    </message>
    <message>
        <source>There is no town or street with id %1.</source>
        <translation>不存在编号为 %1 的镇街。</translation>
    </message>
    <message>
        <source>There is no department with id %1.</source>
        <translation>不存在编号为 %1 的部门。</translation>
    </message>
    <message>
        <source>Entity ids are too sparse for the report.</source>
        <translation>市场主体编号过于稀疏，无法生成报表。</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>(no town or street recorded)</source>
        <translation>（未登记镇街）</translation>
    </message>
    <message>
        <source>(no industry field recorded)</source>
        <translation>（未登记行业领域）</translation>
    </message>
    <message>
        <source>Lights by town or street</source>
        <translation>分镇街信用灯情况</translation>
    </message>
    <message>
        <source>Lights by industry field</source>
        <translation>分行业领域信用灯情况</translation>
    </message>
    <message>
        <source>Entities per town or street and light</source>
        <translation>各镇街红黄绿灯主体数</translation>
    </message>
    <message>
        <source>Entities per industry field and light</source>
        <translation>各行业领域红黄绿灯主体数</translation>
    </message>
    <message>
        <source>The chart shows the %1 largest groups; the table lists all %2.</source>
        <translation>图中列出主体数最多的 %1 个，下表列出全部 %2 个。</translation>
    </message>
    <message>
        <source>Lights per town or street</source>
        <translation>分镇街信用灯统计表</translation>
    </message>
    <message>
        <source>Lights per industry field</source>
        <translation>分行业领域信用灯统计表</translation>
    </message>
    <message>
        <source>Town or street</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>Industry field</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Red share</source>
        <translation>红灯占比</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Credit traffic-light dashboard</source>
        <translation>信用红黄绿灯监管看板</translation>
    </message>
    <message>
        <source>Social credit office</source>
        <translation>社会信用体系建设办公室</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Lights as of</source>
        <translation>信用灯截至</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Credit light distribution</source>
        <translation>信用灯分布</translation>
    </message>
    <message>
        <source>Lights as recorded on %1 for %2 entities in scope.</source>
        <translation>截至 %1 记录的信用灯，统计范围内市场主体共 %2 户。</translation>
    </message>
    <message>
        <source>%1 of them had no light recorded by that date and are not counted below.</source>
        <translation>其中 %1 户截至该日尚无信用灯记录，未计入下表。</translation>
    </message>
    <message>
        <source>Share of entities per light</source>
        <translation>各信用灯主体占比</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>主体数（户）</translation>
    </message>
    <message>
        <source>Entities per light</source>
        <translation>各信用灯主体数</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>信用灯</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Monthly trend of the lights</source>
        <translation>信用灯月度趋势</translation>
    </message>
    <message>
        <source>Entities per light at the end of each month, as recorded in the light history.</source>
        <translation>各月末各信用灯的主体数（依据信用灯历史记录）。</translation>
    </message>
    <message>
        <source>Entities per light, month by month</source>
        <translation>各月信用灯主体数</translation>
    </message>
    <message>
        <source>Entities per light at each month end</source>
        <translation>各月末信用灯主体数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Approval by commitment</source>
        <translation>告知承诺审批</translation>
    </message>
    <message>
        <source>Applications approved and verification tasks pushed from %1 to %2; a verification is overdue when it was still pending past its due date on %3.</source>
        <translation>统计期间 %1 至 %2 内批准的申请和推送的核查任务；截至 %3 已过核查期限仍未核查的，计为逾期。</translation>
    </message>
    <message>
        <source>Department: approvals of the items it approves or supervises, and the verification tasks pushed to it.</source>
        <translation>部门：该部门审批或监管事项的审批件，以及推送给该部门的核查任务。</translation>
    </message>
    <message>
        <source>Industry field and town or street: those of the applicant.</source>
        <translation>行业领域和镇街：按申请人所属统计。</translation>
    </message>
    <message>
        <source>Verification tasks pushed in the period, by status</source>
        <translation>本期推送核查任务办理情况</translation>
    </message>
    <message>
        <source>Pending, not yet due</source>
        <translation>待核查（未到期）</translation>
    </message>
    <message>
        <source>Overdue, not verified</source>
        <translation>逾期未核查</translation>
    </message>
    <message>
        <source>Approvals by commitment</source>
        <translation>告知承诺审批情况</translation>
    </message>
    <message>
        <source>Applications approved (all modes)</source>
        <translation>批准申请件数（全部方式）</translation>
    </message>
    <message>
        <source>Approved by commitment</source>
        <translation>告知承诺方式批准</translation>
    </message>
    <message>
        <source>Approved by deficiency acceptance</source>
        <translation>容缺受理方式批准</translation>
    </message>
    <message>
        <source>Share handled by commitment</source>
        <translation>承诺办理占比</translation>
    </message>
    <message>
        <source>Items handled by commitment</source>
        <translation>承诺办理事项数</translation>
    </message>
    <message>
        <source>Working days saved against the ordinary time limit</source>
        <translation>较法定办理时限节省工作日</translation>
    </message>
    <message>
        <source>Working days saved per approval by commitment</source>
        <translation>承诺办理件均节省工作日</translation>
    </message>
    <message>
        <source>Verification of commitments</source>
        <translation>承诺核查情况</translation>
    </message>
    <message>
        <source>Verification tasks pushed</source>
        <translation>推送核查任务数</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核查</translation>
    </message>
    <message>
        <source>Verification coverage</source>
        <translation>核查覆盖率</translation>
    </message>
    <message>
        <source>Fulfilment rate (fulfilled of verified)</source>
        <translation>履约率（全部履行占已核查）</translation>
    </message>
    <message>
        <source>Inclusive-prudent enforcement</source>
        <translation>包容审慎执法</translation>
    </message>
    <message>
        <source>Penalty decisions taken from %1 to %2; open cases are not counted. Soft measures: no penalty, a mitigated or a lighter penalty. Fines not imposed: the standard band's lower limit less the fine imposed, summed over the soft measures.</source>
        <translation>统计期间 %1 至 %2 内作出的处罚决定，未结案件不计入。包容审慎措施：不予处罚、减轻处罚、从轻处罚。减免罚款金额：一般裁量档次下限减去实际罚款金额，按适用包容审慎措施的案件累计。</translation>
    </message>
    <message>
        <source>Department: the cases it handled.</source>
        <translation>部门：该部门办理的案件。</translation>
    </message>
    <message>
        <source>Industry field and town or street: those of the party.</source>
        <translation>行业领域和镇街：按当事人所属统计。</translation>
    </message>
    <message>
        <source>Penalty decisions by outcome</source>
        <translation>处罚决定裁量结果统计</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>裁量结果</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定数</translation>
    </message>
    <message>
        <source>Penalty decisions in the period, by outcome</source>
        <translation>本期处罚决定裁量结果</translation>
    </message>
    <message>
        <source>Soft enforcement</source>
        <translation>包容审慎措施适用情况</translation>
    </message>
    <message>
        <source>Penalty decisions</source>
        <translation>处罚决定数</translation>
    </message>
    <message>
        <source>Soft measures applied</source>
        <translation>适用包容审慎措施数</translation>
    </message>
    <message>
        <source>Entities that benefited</source>
        <translation>受益市场主体数</translation>
    </message>
    <message>
        <source>Penalty-free cases</source>
        <translation>不予处罚案件数</translation>
    </message>
    <message>
        <source>Fines not imposed (yuan)</source>
        <translation>减免罚款金额（元）</translation>
    </message>
    <message>
        <source>Fines imposed (yuan)</source>
        <translation>罚款金额（元）</translation>
    </message>
    <message>
        <source>Penalty records</source>
        <translation>行政处罚记录数</translation>
    </message>
    <message>
        <source>Decisions other than recommended (with a written reason)</source>
        <translation>偏离推荐裁量的决定（附书面理由）</translation>
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
    <name>DiscretionEngine</name>
    <message>
        <source>The discretion rules of version %1 are missing.</source>
        <translation>缺少第 %1 版裁量规则。</translation>
    </message>
    <message>
        <source>no penalty</source>
        <translation>不予处罚</translation>
    </message>
    <message>
        <source>mitigated penalty</source>
        <translation>减轻处罚</translation>
    </message>
    <message>
        <source>lighter penalty</source>
        <translation>从轻处罚</translation>
    </message>
    <message>
        <source>standard penalty</source>
        <translation>一般处罚</translation>
    </message>
    <message>
        <source>heavier penalty</source>
        <translation>从重处罚</translation>
    </message>
    <message>
        <source>no subjective fault proven</source>
        <translation>有证据足以证明没有主观过错</translation>
    </message>
    <message>
        <source>corrected in time</source>
        <translation>及时改正</translation>
    </message>
    <message>
        <source>first violation</source>
        <translation>初次违法</translation>
    </message>
    <message>
        <source>a ground of Art. 32</source>
        <translation>有第三十二条规定的情形</translation>
    </message>
    <message>
        <source>an aggravating factor</source>
        <translation>有从重情节</translation>
    </message>
    <message>
        <source>Unknown harm "%1"; use one of: %2.</source>
        <translation>未知的危害后果“%1”，可用：%2。</translation>
    </message>
    <message>
        <source>Unknown Art. 32 ground "%1"; use one of: %2.</source>
        <translation>未知的第三十二条情形“%1”，可用：%2。</translation>
    </message>
    <message>
        <source>Unknown aggravating factor "%1"; use one of: %2.</source>
        <translation>未知的从重情节“%1”，可用：%2。</translation>
    </message>
    <message>
        <source>The facts contradict each other: the party cannot both have corrected in time and refused to correct.</source>
        <translation>案件事实相互矛盾：当事人不能既“及时改正”又“拒不改正”。</translation>
    </message>
    <message>
        <source>The facts contradict each other: a first violation cannot be a repeat violation.</source>
        <translation>案件事实相互矛盾：初次违法不能同时是再次违法。</translation>
    </message>
    <message>
        <source>The facts contradict each other: %1 and a serious consequence.</source>
        <translation>案件事实相互矛盾：%1，却又“造成严重后果”。</translation>
    </message>
    <message>
        <source>The records contradict "first violation": penalty decision %1 of %2 lies within the last 12 months.</source>
        <translation>记录与“初次违法”不符：%2 作出的行政处罚决定 %1 在近12个月内。</translation>
    </message>
    <message>
        <source>Credit light as of %1: %2 (rule %3).</source>
        <translation>截至 %1 的信用状况：%2（规则 %3）。</translation>
    </message>
    <message>
        <source>The market-supervision risk classification (not a credit evaluation) is not held against the party; with it the light would be %1.</source>
        <translation>市场监管风险分类（非信用评价）不作为对当事人不利的裁量依据；若计入，信用灯为%1。</translation>
    </message>
    <message>
        <source>Item %1 is on the soft-enforcement list (no. %2).</source>
        <translation>事项 %1 列入包容审慎清单（序号 %2）。</translation>
    </message>
    <message>
        <source>Item %1 is not on the soft-enforcement list.</source>
        <translation>事项 %1 未列入包容审慎清单。</translation>
    </message>
    <message>
        <source>%1 (here: %2)</source>
        <translation>%1（本案：%2）</translation>
    </message>
    <message>
        <source>light %1 (here: %2)</source>
        <translation>信用灯为 %1（本案：%2）</translation>
    </message>
    <message>
        <source>item on the soft-enforcement list</source>
        <translation>事项列入包容审慎清单</translation>
    </message>
    <message>
        <source>%1 does not apply: it needs %2.</source>
        <translation>%1 不适用：需要%2。</translation>
    </message>
    <message>
        <source>%1 applies (%2): %3.</source>
        <translation>适用 %1（%2）：%3。</translation>
    </message>
    <message>
        <source>No discretion rule of version %1 matches; the rule set needs a final rule without conditions.</source>
        <translation>第 %1 版裁量规则没有可适用的规则；规则集需要一条无条件的兜底规则。</translation>
    </message>
    <message>
        <source>Statutory fine range %1–%2 yuan (%3).</source>
        <translation>法定罚款幅度 %1–%2 元（%3）。</translation>
    </message>
    <message>
        <source>No fine; order the party to correct and educate it. Refusal to correct means a penalty.</source>
        <translation>不予罚款；责令改正并进行教育，拒不改正的依法予以处罚。</translation>
    </message>
    <message>
        <source>Fine below the statutory minimum: 0–%1 yuan (0: a lighter type of penalty, e.g. a warning); order the party to correct.</source>
        <translation>在法定最低罚款以下处罚：0–%1 元（0 表示适用较轻的处罚种类，如警告）；并责令改正。</translation>
    </message>
    <message>
        <source>Fine band for %1: %2–%3 yuan.</source>
        <translation>%1的罚款区间：%2–%3 元。</translation>
    </message>
</context>
<context>
    <name>DiscretionSheet</name>
    <message>
        <source>first violation</source>
        <translation>初次违法</translation>
    </message>
    <message>
        <source>not a first violation</source>
        <translation>非初次违法</translation>
    </message>
    <message>
        <source>corrected in time</source>
        <translation>及时改正</translation>
    </message>
    <message>
        <source>not corrected</source>
        <translation>未改正</translation>
    </message>
    <message>
        <source>no subjective fault proven</source>
        <translation>有证据足以证明没有主观过错</translation>
    </message>
    <message>
        <source>Art. 32: %1</source>
        <translation>第三十二条：%1</translation>
    </message>
    <message>
        <source>aggravating: %1</source>
        <translation>从重情节：%1</translation>
    </message>
    <message>
        <source>Discretion Recommendation Sheet</source>
        <translation>裁量建议书</translation>
    </message>
    <message>
        <source>Case no. %1</source>
        <translation>案件编号：%1</translation>
    </message>
    <message>
        <source>(not yet opened)</source>
        <translation>（尚未立案）</translation>
    </message>
    <message>
        <source>1. Party and violation</source>
        <translation>一、当事人及违法行为</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Violation item</source>
        <translation>违法行为</translation>
    </message>
    <message>
        <source>Violated provision</source>
        <translation>违法依据</translation>
    </message>
    <message>
        <source>Penalty provision</source>
        <translation>处罚依据</translation>
    </message>
    <message>
        <source>Statutory fine range</source>
        <translation>法定罚款幅度</translation>
    </message>
    <message>
        <source>%1–%2 yuan</source>
        <translation>%1–%2 元</translation>
    </message>
    <message>
        <source>Soft-enforcement list</source>
        <translation>包容审慎清单</translation>
    </message>
    <message>
        <source>no. %1: %2</source>
        <translation>序号 %1：%2</translation>
    </message>
    <message>
        <source>not on the list</source>
        <translation>未列入清单</translation>
    </message>
    <message>
        <source>2. Facts</source>
        <translation>二、案件事实</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Facts established</source>
        <translation>认定情节</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>事实描述</translation>
    </message>
    <message>
        <source>3. Recommendation</source>
        <translation>三、裁量建议</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>建议结果</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>适用规则</translation>
    </message>
    <message>
        <source>%1 (rules version %2): %3</source>
        <translation>%1（第 %2 版规则）：%3</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Fine band</source>
        <translation>罚款区间</translation>
    </message>
    <message>
        <source>no fine; order to correct and education</source>
        <translation>不予罚款；责令改正并教育</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>可选结果</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 as of %2 (rule %3)</source>
        <translation>%1，截至 %2（规则 %3）</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4), %5</source>
        <translation>%1 %2：%3（%4），%5</translation>
    </message>
    <message>
        <source>%1 %2 since %3</source>
        <translation>%1 %2，自 %3 起</translation>
    </message>
    <message>
        <source>Credit status used</source>
        <translation>所依据的信用状况</translation>
    </message>
    <message>
        <source>4. Reasoning</source>
        <translation>四、裁量理由</translation>
    </message>
    <message>
        <source>5. Decision</source>
        <translation>五、处理决定</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定结果</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <source>Reason for differing from the recommendation</source>
        <translation>与建议不一致的理由</translation>
    </message>
    <message>
        <source>Officer (signature): ____________    Reviewer (signature): ____________    Date: ____________</source>
        <translation>承办人（签名）：____________    审核人（签名）：____________    日期：____________</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>EnforcementService</name>
    <message>
        <source>The entity of the case is not registered.</source>
        <translation>案件当事人未登记。</translation>
    </message>
    <message>
        <source>The date the violation was found is required.</source>
        <translation>请填写违法行为发现日期。</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>没有该案件。</translation>
    </message>
    <message>
        <source>Case %1 was already decided on %2.</source>
        <translation>案件 %1 已于 %2 作出决定。</translation>
    </message>
    <message>
        <source>Unknown outcome "%1"; use one of: %2.</source>
        <translation>未知的裁量结果“%1”，可用：%2。</translation>
    </message>
    <message>
        <source>The decision date is required.</source>
        <translation>请填写决定日期。</translation>
    </message>
    <message>
        <source>The decision date %1 lies before the violation was found (%2).</source>
        <translation>决定日期 %1 早于违法行为发现日期（%2）。</translation>
    </message>
    <message>
        <source>The fine cannot be negative.</source>
        <translation>罚款金额不能为负数。</translation>
    </message>
    <message>
        <source>The decision (%1) differs from the recommendation (%2, rule %3): a written reason is required.</source>
        <translation>决定（%1）与裁量建议（%2，规则 %3）不一致：须书面说明理由。</translation>
    </message>
    <message>
        <source>A fine of %1 yuan is outside the legal range for %2: %3–%4 yuan (statutory range %5–%6 yuan).</source>
        <translation>罚款 %1 元超出%2的法定区间：%3–%4 元（法定幅度 %5–%6 元）。</translation>
    </message>
    <message>
        <source>A penalty decision needs its decision number (行政处罚决定书文号).</source>
        <translation>作出行政处罚须填写行政处罚决定书文号。</translation>
    </message>
    <message>
        <source>The decision number %1 is already used by another penalty.</source>
        <translation>决定书文号 %1 已被其他处罚记录使用。</translation>
    </message>
</context>
<context>
    <name>EntityApprovalRecords</name>
    <message>
        <source>In force</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Under objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
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
    <message>
        <source>The legal representative's ID number is not valid: %1</source>
        <translation>法定代表人身份证号码有误：%1</translation>
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
        <translation>部门</translation>
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
    <message>
        <source>A column mapping profile belongs to a department: give the department (--department NAME).</source>
        <translation>列对应方案属于某个部门：请指定部门（--department 部门名称）。</translation>
    </message>
    <message>
        <source>%1 has no saved column mapping profile "%2".</source>
        <translation>%1 没有名为“%2”的已保存列对应方案。</translation>
    </message>
    <message>
        <source>%1 has no saved column mapping profile "%2"; its profiles: %3.</source>
        <translation>%1 没有名为“%2”的已保存列对应方案；该部门的方案有：%3。</translation>
    </message>
    <message>
        <source>"%1" is not a field of the grade file; the fields are %2.</source>
        <translation>“%1”不是评价文件的字段；可用的字段为：%2。</translation>
    </message>
    <message>
        <source>%1 does not have the column(s) %2 of the profile "%3". The header row has: %4.</source>
        <translation>%1 缺少方案“%3”中的列：%2。该文件的表头为：%4。</translation>
    </message>
    <message>
        <source>%1 does not have the column(s) %2. The header row has: %3.</source>
        <translation>%1 缺少以下列：%2。该文件的表头为：%3。</translation>
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
    <name>ImportProfiles</name>
    <message>
        <source>A column mapping profile needs a name.</source>
        <translation>列对应方案需要一个名称。</translation>
    </message>
    <message>
        <source>"%1" is not a field of the grade file.</source>
        <translation>“%1”不是评价文件的字段。</translation>
    </message>
    <message>
        <source>A column mapping profile belongs to a department; choose the department first.</source>
        <translation>列对应方案属于某个部门，请先选择部门。</translation>
    </message>
</context>
<context>
    <name>ItemCatalogue</name>
    <message>
        <source>There is no item with the code %1 in the catalogue (list them with approval items).</source>
        <translation>事项清单中没有编码为 %1 的事项（可用 approval items 查看清单）。</translation>
    </message>
    <message>
        <source>The item %1 %2 is no longer handled (inactive in the catalogue).</source>
        <translation>事项 %1 %2 已停止办理（清单中已停用）。</translation>
    </message>
    <message>
        <source>An item needs a code and a name.</source>
        <translation>事项须有编码和名称。</translation>
    </message>
    <message>
        <source>The item %1 has no legal basis; every item needs one.</source>
        <translation>事项 %1 没有设定依据；每个事项都须有设定依据。</translation>
    </message>
    <message>
        <source>Unknown item category "%1".</source>
        <translation>未知的事项类别“%1”。</translation>
    </message>
    <message>
        <source>Unknown verification method "%1".</source>
        <translation>未知的核查方式“%1”。</translation>
    </message>
    <message>
        <source>The time limits of item %1 are not consistent: the promised time may not exceed the ordinary time limit and the verification period must be at least one working day.</source>
        <translation>事项 %1 的时限不一致：承诺时限不得超过法定办结时限，核查期限至少为一个工作日。</translation>
    </message>
    <message>
        <source>The sample rate of item %1 must be above 0 and at most 100 %.</source>
        <translation>事项 %1 的核查比例须大于 0 且不超过 100%。</translation>
    </message>
    <message>
        <source>Certificate item</source>
        <translation>证明事项</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>涉企经营许可</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Written review</source>
        <translation>书面核查</translation>
    </message>
    <message>
        <source>Online check</source>
        <translation>网络核验</translation>
    </message>
    <message>
        <source>On-site inspection</source>
        <translation>实地核查</translation>
    </message>
    <message>
        <source>Publicity check</source>
        <translation>公示核查</translation>
    </message>
    <message>
        <source>Enter the item code.</source>
        <translation>请填写事项编码。</translation>
    </message>
    <message>
        <source>Enter the item name.</source>
        <translation>请填写事项名称。</translation>
    </message>
    <message>
        <source>The code %1 is already used by the item %2.</source>
        <translation>编码 %1 已被事项“%2”使用，请换一个编码。</translation>
    </message>
    <message>
        <source>Enter the legal basis of the item.</source>
        <translation>请填写事项的设定依据。</translation>
    </message>
    <message>
        <source>Choose at least one supervising department: it receives the verification tasks.</source>
        <translation>请至少选择一个监管部门：核查任务将推送给该部门。</translation>
    </message>
    <message>
        <source>The promised working days (%1) may not exceed the ordinary time limit (%2).</source>
        <translation>承诺办结时限（%1个工作日）不得超过法定办结时限（%2个工作日）。</translation>
    </message>
    <message>
        <source>Verification must be due within at least one working day.</source>
        <translation>核查时限至少为1个工作日。</translation>
    </message>
    <message>
        <source>The sample rate must be above 0 % and at most 100 %.</source>
        <translation>抽查比例须大于0%且不超过100%。</translation>
    </message>
    <message>
        <source>List at least one material the applicant submits.</source>
        <translation>请至少列出一项申请材料。</translation>
    </message>
    <message>
        <source>Every material needs a name.</source>
        <translation>每项申请材料都须填写名称。</translation>
    </message>
    <message>
        <source>The material "%1" is listed twice.</source>
        <translation>申请材料“%1”重复列出。</translation>
    </message>
    <message>
        <source>An item excluded from commitment cannot allow commitment mode.</source>
        <translation>不适用告知承诺制的事项不能允许告知承诺办理。</translation>
    </message>
    <message>
        <source>An item excluded from commitment cannot allow 容缺 acceptance.</source>
        <translation>不适用告知承诺制的事项不能允许容缺受理。</translation>
    </message>
    <message>
        <source>容缺 acceptance needs at least one secondary material: only secondary materials may be missing.</source>
        <translation>允许容缺受理须至少有一项次要材料：只有次要材料可以容缺后补。</translation>
    </message>
</context>
<context>
    <name>ItemCatalogueFile</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 has no column %2 (%3).</source>
        <translation>%1 缺少“%2”列（%3）。</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3 Nothing was imported.</source>
        <translation>第 %1 行“%2”列：%3 未导入任何内容。</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>the item code is empty.</source>
        <translation>事项编码为空。</translation>
    </message>
    <message>
        <source>"%1" is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>"%1" is not 是 or 否.</source>
        <translation>“%1”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>"%1" is not a rate (0.3 or 30%).</source>
        <translation>“%1”不是比例（如 0.3 或 30%）。</translation>
    </message>
    <message>
        <source>unknown department "%1".</source>
        <translation>未知部门“%1”。</translation>
    </message>
    <message>
        <source>an item needs at least one supervising department.</source>
        <translation>事项至少须有一个监管部门。</translation>
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
    <name>MeasureCatalogue</name>
    <message>
        <source>%1 %2 since %3</source>
        <translation>%1 %2，自 %3 起</translation>
    </message>
    <message>
        <source>%1 %2 since %3 (%4)</source>
        <translation>%1 %2，自 %3 起（%4）</translation>
    </message>
    <message>
        <source>serious-dishonesty list of %1 since %2 (%3)</source>
        <translation>自 %2 起列入%1严重失信主体名单（%3）</translation>
    </message>
    <message>
        <source>%1 light (rule %2: %3)</source>
        <translation>%1（规则 %2：%3）</translation>
    </message>
    <message>
        <source>%1, no negative record</source>
        <translation>%1，无负面记录</translation>
    </message>
    <message>
        <source>%1 missed supplement deadlines for deficient materials in the last %2 months (limit %3)</source>
        <translation>近 %2 个月内 %1 次未按期补齐容缺材料（上限 %3 次）</translation>
    </message>
    <message>
        <source>A measure needs a code and a name.</source>
        <translation>措施须有编码和名称。</translation>
    </message>
    <message>
        <source>The measure %1 has no legal basis; no measure may be applied without one.</source>
        <translation>措施 %1 没有依据；无依据的措施不得实施。</translation>
    </message>
    <message>
        <source>A measure is an incentive or a restriction, not "%1".</source>
        <translation>措施类别应为激励或约束，而非“%1”。</translation>
    </message>
    <message>
        <source>Unknown measure condition "%1".</source>
        <translation>未知的措施适用条件“%1”。</translation>
    </message>
    <message>
        <source>Green light</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>Green light, or grey without negative records</source>
        <translation>绿灯，或无负面记录的灰灯</translation>
    </message>
    <message>
        <source>Yellow light</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <source>Red light</source>
        <translation>红灯</translation>
    </message>
    <message>
        <source>On the serious-dishonesty list</source>
        <translation>列入严重失信主体名单</translation>
    </message>
    <message>
        <source>Unrepaired false commitment</source>
        <translation>虚假承诺未修复</translation>
    </message>
    <message>
        <source>Commitment unfulfilled past the rectification deadline</source>
        <translation>承诺未履行且逾期未整改</translation>
    </message>
    <message>
        <source>Repeatedly missed supplement deadlines</source>
        <translation>多次未按期补齐容缺材料</translation>
    </message>
    <message>
        <source>Penalty within its publicity period</source>
        <translation>行政处罚在公示期内</translation>
    </message>
    <message>
        <source>Commitment partly fulfilled or materials overdue</source>
        <translation>承诺部分履行或容缺材料逾期</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>激励</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>约束</translation>
    </message>
    <message>
        <source>the legal representative %1 (ID %2) is on the serious-dishonesty list since %3, listed by %4 (%5)</source>
        <translation>法定代表人%1（身份证号 %2）自 %3 起被%4列入严重失信主体名单（%5）</translation>
    </message>
    <message>
        <source>Legal representative on the serious-dishonesty list</source>
        <translation>法定代表人被列入严重失信主体名单</translation>
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
    <name>PackageReader</name>
    <message>
        <source>its file %1 is shorter than the archive says (truncated or damaged)</source>
        <translation>其中的文件 %1 比压缩包记录的短（文件不完整或已损坏）</translation>
    </message>
    <message>
        <source>its file %1 would inflate far beyond its compressed size (a zip bomb)</source>
        <translation>其中的文件 %1 解压后远大于压缩大小（疑似“压缩炸弹”）</translation>
    </message>
    <message>
        <source>its file %1 cannot be read (truncated or damaged)</source>
        <translation>其中的文件 %1 无法读取（文件不完整或已损坏）</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened: %2</source>
        <translation>无法打开数据包 %1：%2</translation>
    </message>
    <message>
        <source>the file is %1 MB, more than the %2 MB a package may have</source>
        <translation>文件大小为 %1 MB，超过数据包允许的 %2 MB</translation>
    </message>
    <message>
        <source>it is not a complete ZIP archive (cut short in transfer, or not a package at all)</source>
        <translation>不是完整的 ZIP 压缩包（传输中断，或根本不是数据包）</translation>
    </message>
    <message>
        <source>the archive is empty</source>
        <translation>压缩包为空</translation>
    </message>
    <message>
        <source>it holds %1 files; a package has at most %2</source>
        <translation>包含 %1 个文件；数据包最多只能有 %2 个</translation>
    </message>
    <message>
        <source>it contains the file name "%1"; only plain names are allowed (no folders, ".." or absolute paths)</source>
        <translation>包含文件名“%1”；只允许普通文件名（不得含文件夹、“..”或绝对路径）</translation>
    </message>
    <message>
        <source>the file name "%1" occurs twice</source>
        <translation>文件名“%1”重复出现</translation>
    </message>
    <message>
        <source>the size of its file %1 cannot be read</source>
        <translation>无法读取其中文件 %1 的大小</translation>
    </message>
    <message>
        <source>it would inflate to more than %1 MB (a zip bomb or a damaged file)</source>
        <translation>解压后将超过 %1 MB（疑似“压缩炸弹”或文件已损坏）</translation>
    </message>
    <message>
        <source>manifest.json or manifest.sig is missing</source>
        <translation>缺少 manifest.json 或 manifest.sig</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object (%1)</source>
        <translation>manifest.json 不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>manifest.json is not a CreditLoop sync manifest (format "%1")</source>
        <translation>manifest.json 不是审监执信同步清单（格式为“%1”）</translation>
    </message>
    <message>
        <source>the format version is missing or not a whole number</source>
        <translation>格式版本缺失或不是整数</translation>
    </message>
    <message>
        <source>it was written in format version %1, this program reads up to version %2; install the newer program</source>
        <translation>该数据包为格式版本 %1，本程序最高只能读取版本 %2；请安装新版程序</translation>
    </message>
    <message>
        <source>the sender "%1" is not a valid office code</source>
        <translation>发送单位“%1”不是有效的单位代码</translation>
    </message>
    <message>
        <source>the receiver "%1" is not a valid office code</source>
        <translation>接收单位“%1”不是有效的单位代码</translation>
    </message>
    <message>
        <source>the sequence number is missing or not a positive whole number</source>
        <translation>序号缺失或不是正整数</translation>
    </message>
    <message>
        <source>the list of files is missing</source>
        <translation>缺少文件清单</translation>
    </message>
    <message>
        <source>the record kind "%1" is unknown to this program</source>
        <translation>本程序不认识记录类型“%1”</translation>
    </message>
    <message>
        <source>records of kind "%1" must be in %2, not "%3"</source>
        <translation>“%1”类记录应放在 %2 中，而不是“%3”</translation>
    </message>
    <message>
        <source>the record kind "%1" is listed twice</source>
        <translation>记录类型“%1”重复列出</translation>
    </message>
    <message>
        <source>the entry of %1 lacks a record count or a SHA-256</source>
        <translation>%1 的清单条目缺少记录数或 SHA-256</translation>
    </message>
    <message>
        <source>it is addressed to office %1, not to this office (%2)</source>
        <translation>该数据包发往单位 %1，而不是本单位（%2）</translation>
    </message>
    <message>
        <source>the sender %1 is not trusted here; register its public key first (keys trust %1 KEY)</source>
        <translation>本单位未信任发送单位 %1；请先登记其公钥（keys trust %1 公钥）</translation>
    </message>
    <message>
        <source>manifest.sig is not a valid signature of manifest.json by %1's trusted key (altered, or signed by another key)</source>
        <translation>manifest.sig 不是 %1 的受信任密钥对 manifest.json 的有效签名（内容被改动，或由其他密钥签名）</translation>
    </message>
    <message>
        <source>it contains %1, which the manifest does not list</source>
        <translation>包含清单中未列出的文件 %1</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing</source>
        <translation>清单中列出的 %1 不存在</translation>
    </message>
    <message>
        <source>the SHA-256 of %1 does not match the manifest (the file was altered)</source>
        <translation>%1 的 SHA-256 与清单不符（文件被改动）</translation>
    </message>
    <message>
        <source>the header of %1 is "%2"; expected "%3"</source>
        <translation>%1 的表头为“%2”，应为“%3”</translation>
    </message>
    <message>
        <source>%1 holds %2 records, the manifest says %3</source>
        <translation>%1 有 %2 条记录，清单记载为 %3 条</translation>
    </message>
    <message>
        <source>%1, record %2: %3</source>
        <translation>%1 第 %2 条记录：%3</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The package %1 already exists; a package is never overwritten.</source>
        <translation>数据包 %1 已存在；数据包不会被覆盖。</translation>
    </message>
    <message>
        <source>The package %1 could not be read back.</source>
        <translation>无法回读数据包 %1。</translation>
    </message>
    <message>
        <source>The package %1 could not be renamed to %2.</source>
        <translation>无法将数据包 %1 重命名为 %2。</translation>
    </message>
</context>
<context>
    <name>PenaltyRecord</name>
    <message>
        <source>Unknown severity "%1"; use minor, general or serious.</source>
        <translation>未知的严重程度“%1”，可用：minor（轻微）、general（一般）、serious（严重）。</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>general</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>in publicity</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>credit repaired</source>
        <translation>已信用修复</translation>
    </message>
    <message>
        <source>publicity ended</source>
        <translation>公示期满</translation>
    </message>
</context>
<context>
    <name>PlatformSimulator</name>
    <message>
        <source>The hub folder %1 cannot be created.</source>
        <translation>无法创建交换目录 %1。</translation>
    </message>
</context>
<context>
    <name>PreApprovalCheck</name>
    <message>
        <source>The item %1 is excluded from commitment mode (it touches safety, health, property or the environment).</source>
        <translation>事项“%1”不适用告知承诺制（涉及安全、人身健康、财产或生态环境）。</translation>
    </message>
    <message>
        <source>The item %1 is not handled by commitment.</source>
        <translation>事项“%1”不实行告知承诺。</translation>
    </message>
    <message>
        <source>The item %1 does not accept missing materials (容缺).</source>
        <translation>事项“%1”不实行容缺受理。</translation>
    </message>
    <message>
        <source>The item %1 has no secondary materials that could be supplied later.</source>
        <translation>事项“%1”没有可以后补的次要材料。</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>RecordCodec</name>
    <message>
        <source>the commitment code "%1" is not 20 digits</source>
        <translation>承诺编码“%1”不是 20 位数字</translation>
    </message>
    <message>
        <source>unknown commitment type "%1"</source>
        <translation>未知的承诺类型“%1”</translation>
    </message>
    <message>
        <source>the entity code "%1" is missing or not in its normal form</source>
        <translation>主体代码“%1”缺失或不是规范形式</translation>
    </message>
    <message>
        <source>the commitment %1 has no %2</source>
        <translation>承诺 %1 缺少“%2”</translation>
    </message>
    <message>
        <source>unknown publicity type "%1"</source>
        <translation>未知的公开类型“%1”</translation>
    </message>
    <message>
        <source>unknown fulfilment status "%1"</source>
        <translation>未知的履约状态“%1”</translation>
    </message>
    <message>
        <source>the false-commitment flag "%1" is neither 是 nor 否</source>
        <translation>虚假承诺标志“%1”既不是“是”也不是“否”</translation>
    </message>
    <message>
        <source>the date "%1" is not YYYY-MM-DD</source>
        <translation>日期“%1”不是 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>the commitment %1 has a verification outcome without its date</source>
        <translation>承诺 %1 有核查结果但缺少状态日期</translation>
    </message>
    <message>
        <source>the entity name and the listing authority are required</source>
        <translation>主体名称和列入机关为必填项</translation>
    </message>
    <message>
        <source>the listing date "%1" is not YYYY-MM-DD</source>
        <translation>列入日期“%1”不是 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>the removal date "%1" is not YYYY-MM-DD</source>
        <translation>移出日期“%1”不是 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>the entity name is missing</source>
        <translation>缺少主体名称</translation>
    </message>
    <message>
        <source>unknown entity kind "%1"</source>
        <translation>未知的主体类型“%1”</translation>
    </message>
    <message>
        <source>unknown entity status "%1"</source>
        <translation>未知的主体状态“%1”</translation>
    </message>
    <message>
        <source>the registration date "%1" is not YYYY-MM-DD</source>
        <translation>成立日期“%1”不是 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>unknown code type "%1"</source>
        <translation>未知的代码类型“%1”</translation>
    </message>
    <message>
        <source>name, department, scheme and grade are required</source>
        <translation>主体名称、评价部门、评价体系和评价结果为必填项</translation>
    </message>
    <message>
        <source>the date "%1" (%2) is not YYYY-MM-DD</source>
        <translation>日期“%1”（%2）不是 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>unknown level "%1"</source>
        <translation>未知的等级“%1”</translation>
    </message>
    <message>
        <source>the status must be 0 (正常) or 1 (撤销), not "%1"</source>
        <translation>状态必须为 0（正常）或 1（撤销），不能是“%1”</translation>
    </message>
    <message>
        <source>the score "%1" is not a number</source>
        <translation>评价分数“%1”不是数字</translation>
    </message>
    <message>
        <source>evaluations.csv names the department "%1", which this office does not know; add it or an alias, then import the package again.</source>
        <translation>evaluations.csv 中的评价部门“%1”在本单位不存在；请添加该部门或别名后重新导入数据包。</translation>
    </message>
    <message>
        <source>evaluations.csv uses the grade scheme "%1", which this office does not know.</source>
        <translation>evaluations.csv 使用的评价体系“%1”在本单位不存在。</translation>
    </message>
    <message>
        <source>evaluations.csv: the grade "%1" is unknown in scheme %2 and the record gives no level.</source>
        <translation>evaluations.csv：评价结果“%1”在评价体系 %2 中不存在，且记录未给出等级。</translation>
    </message>
    <message>
        <source>the entity name and the decision number are required</source>
        <translation>主体名称和决定文书号为必填项</translation>
    </message>
    <message>
        <source>unknown subject category "%1"</source>
        <translation>未知的行政相对人类别“%1”</translation>
    </message>
    <message>
        <source>unknown licence status "%1"</source>
        <translation>未知的许可状态“%1”</translation>
    </message>
    <message>
        <source>unknown light "%1" (red, yellow, green or grey)</source>
        <translation>未知的信用灯“%1”（应为 red、yellow、green 或 grey）</translation>
    </message>
    <message>
        <source>the rule id is missing</source>
        <translation>缺少规则编号</translation>
    </message>
    <message>
        <source>the entity name, the decision number and the authority are required</source>
        <translation>主体名称、决定文书号和处罚机关为必填项</translation>
    </message>
    <message>
        <source>the publicity of %1 ends (%2) before its decision (%3)</source>
        <translation>%1 的公示截止日期（%2）早于处罚决定日期（%3）</translation>
    </message>
    <message>
        <source>the amount "%1" is not a number of 万元 with at most six decimals</source>
        <translation>金额“%1”不是以万元为单位、最多六位小数的数值</translation>
    </message>
    <message>
        <source>unknown penalty status "%1"</source>
        <translation>未知的处罚状态“%1”</translation>
    </message>
    <message>
        <source>the repair date "%1" is not YYYY-MM-DD</source>
        <translation>信用修复日期“%1”不是 YYYY-MM-DD 格式</translation>
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
    <name>ReportRenderer</name>
    <message>
        <source>entities</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>The report could not be painted (the printer or file is not ready).</source>
        <translation>无法输出报表（打印机或文件未就绪）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ReportTableExport</name>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>This system cannot write GB18030 text; choose UTF-8.</source>
        <translation>本系统无法写入 GB18030 编码的文本，请选择 UTF-8。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表信息</translation>
    </message>
</context>
<context>
    <name>SerialNumbers</name>
    <message>
        <source>No serial number could be drawn for %1.</source>
        <translation>无法为 %1 取得流水号。</translation>
    </message>
    <message>
        <source>The office's administrative division code "%1" is not six digits; set it in the settings.</source>
        <translation>本单位行政区划代码“%1”不是六位数字，请在设置中修改。</translation>
    </message>
    <message>
        <source>The commitment codes of %1 are used up (999999 a day).</source>
        <translation>%1 的承诺编码已用完（每日 999999 个）。</translation>
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
        <translation>主体</translation>
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
    <name>SyncChecks</name>
    <message>
        <source>archive check</source>
        <translation>压缩包校验</translation>
    </message>
    <message>
        <source>file name check</source>
        <translation>文件名校验</translation>
    </message>
    <message>
        <source>size check</source>
        <translation>大小校验</translation>
    </message>
    <message>
        <source>manifest check</source>
        <translation>清单校验</translation>
    </message>
    <message>
        <source>format version check</source>
        <translation>格式版本校验</translation>
    </message>
    <message>
        <source>receiver check</source>
        <translation>接收单位校验</translation>
    </message>
    <message>
        <source>sender key check</source>
        <translation>发送单位密钥校验</translation>
    </message>
    <message>
        <source>signature check</source>
        <translation>签名校验</translation>
    </message>
    <message>
        <source>file integrity check</source>
        <translation>文件完整性校验</translation>
    </message>
    <message>
        <source>header check</source>
        <translation>表头校验</translation>
    </message>
    <message>
        <source>record count check</source>
        <translation>记录数校验</translation>
    </message>
    <message>
        <source>record check</source>
        <translation>记录校验</translation>
    </message>
    <message>
        <source>replay check</source>
        <translation>重放校验</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Package %1 was refused by the %2: %3</source>
        <translation>数据包 %1 未通过%2：%3</translation>
    </message>
</context>
<context>
    <name>SyncCsv</name>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>%1, line %2: %3 cells where the header has %4.</source>
        <translation>%1 第 %2 行：有 %3 个单元格，表头有 %4 个。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted cell is not closed.</source>
        <translation>%1 第 %2 行：引号内的单元格未闭合。</translation>
    </message>
    <message>
        <source>%1, line %2: text after a closing quote.</source>
        <translation>%1 第 %2 行：右引号后还有文字。</translation>
    </message>
    <message>
        <source>%1, line %2: a quote inside an unquoted cell.</source>
        <translation>%1 第 %2 行：未加引号的单元格中出现引号。</translation>
    </message>
    <message>
        <source>%1, line %2: a line break must be CRLF or LF.</source>
        <translation>%1 第 %2 行：换行符必须是 CRLF 或 LF。</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 为空：没有表头行。</translation>
    </message>
</context>
<context>
    <name>SyncImporter</name>
    <message>
        <source>applied</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>already applied</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>package %1 of %2 was already applied with different content (SHA-256 %3); a package is never replaced</source>
        <translation>%2 的第 %1 号数据包已按不同内容导入（SHA-256 %3）；已导入的数据包不会被替换</translation>
    </message>
    <message>
        <source>Package %1 (%2 no. %3) was applied before; skipped.</source>
        <translation>数据包 %1（%2 第 %3 号）此前已导入，已跳过。</translation>
    </message>
    <message>
        <source>package %1 of %2 is older than package %3, which was applied already</source>
        <translation>%2 的第 %1 号数据包早于已导入的第 %3 号</translation>
    </message>
    <message>
        <source>Package %1 is held back: package %2 of %3 has not arrived yet. It is applied when that one is imported (or when forced).</source>
        <translation>数据包 %1 暂缓导入：%3 的第 %2 号数据包尚未收到。收到并导入该数据包后将自动导入（也可强制导入）。</translation>
    </message>
    <message>
        <source>Package %1 (%2 no. %3) applied: %4 records, %5 new, %6 updated, %7 unchanged.</source>
        <translation>数据包 %1（%2 第 %3 号）已导入：%4 条记录，新增 %5 条，更新 %6 条，未变 %7 条。</translation>
    </message>
</context>
<context>
    <name>SyncKeys</name>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>密码库初始化失败。</translation>
    </message>
    <message>
        <source>"%1" is not a valid office code: use 1 to 32 letters, digits or '-', e.g. LK-SPJ.</source>
        <translation>“%1”不是有效的单位代码：请使用 1 至 32 位字母、数字或“-”，例如 LK-SPJ。</translation>
    </message>
    <message>
        <source>This database already has the sync keys of office %1. A new key pair would make every other office refuse its packages; keep the existing one.</source>
        <translation>本数据库已有单位 %1 的同步密钥。新建密钥对会使其他单位拒收本单位的数据包，请继续使用现有密钥。</translation>
    </message>
    <message>
        <source>This database has no sync keys yet. Create them first (command line: keys init --office CODE; or on the 同步 page).</source>
        <translation>本数据库尚无同步密钥。请先创建（命令行：keys init --office 单位代码；或在“同步”页面创建）。</translation>
    </message>
    <message>
        <source>This is not an Ed25519 public key (expected 44 characters of base64, as printed by keys export at the other office).</source>
        <translation>这不是 Ed25519 公钥（应为 44 个 base64 字符，即对方单位 keys export 显示的内容）。</translation>
    </message>
    <message>
        <source>The stored sync key of this office is damaged; packages cannot be signed.</source>
        <translation>本单位保存的同步密钥已损坏，无法签名数据包。</translation>
    </message>
</context>
<context>
    <name>SyncRound</name>
    <message>
        <source>No hub folder is set. Set it on the 同步 page (or pass --hub DIR).</source>
        <translation>尚未设置交换目录。请在“同步”页面设置（或使用 --hub 目录）。</translation>
    </message>
    <message>
        <source>The hub folder %1 does not exist or cannot be reached.</source>
        <translation>交换目录 %1 不存在或无法访问。</translation>
    </message>
    <message>
        <source>Another sync round is running on this database (process %1 on %2). Wait until it has finished; two rounds never run at once.</source>
        <translation>本数据库正在进行另一轮同步（%2 上的进程 %1）。请等待其完成；两轮同步不能同时进行。</translation>
    </message>
    <message>
        <source>Sent %1 with %2 records.</source>
        <translation>已发出 %1，共 %2 条记录。</translation>
    </message>
    <message>
        <source>Nothing new to send.</source>
        <translation>没有需要发出的新变更。</translation>
    </message>
    <message>
        <source>Nothing new received.</source>
        <translation>没有收到新的数据包。</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>The sync interval must be between 0 (only on demand) and 1440 minutes.</source>
        <translation>同步间隔必须在 0（仅手动）至 1440 分钟之间。</translation>
    </message>
    <message>
        <source>There is no department with id %1.</source>
        <translation>不存在编号为 %1 的部门。</translation>
    </message>
    <message>
        <source>Unknown department "%1".</source>
        <translation>未知部门“%1”。</translation>
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
    <name>VerificationService</name>
    <message>
        <source>Unknown outcome "%1"; use fulfilled, partial, unfulfilled or false.</source>
        <translation>未知的核查结果“%1”；请用 fulfilled（全部履行）、partial（部分履行）、unfulfilled（全部未履行）或 false（虚假承诺）。</translation>
    </message>
    <message>
        <source>Unknown verification method "%1".</source>
        <translation>未知的核查方式“%1”。</translation>
    </message>
    <message>
        <source>Name the verifier.</source>
        <translation>请填写核查人。</translation>
    </message>
    <message>
        <source>There is no verification task %1.</source>
        <translation>没有核查任务 %1。</translation>
    </message>
    <message>
        <source>Task %1 belongs to %2; it can be verified only by that department.</source>
        <translation>任务 %1 属于%2，只能由该部门核查。</translation>
    </message>
    <message>
        <source>Task %1 (commitment %2) was already verified on %3 by %4: %5. Nothing was changed.</source>
        <translation>任务 %1（承诺 %2）已于 %3 由 %4 核查：%5。未作任何更改。</translation>
    </message>
    <message>
        <source>The verification date %1 is before the commitment was pushed (%2).</source>
        <translation>核查日期 %1 早于承诺推送日期（%2）。</translation>
    </message>
    <message>
        <source>The verification date %1 is in the future.</source>
        <translation>核查日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>There is no commitment %1.</source>
        <translation>没有承诺 %1。</translation>
    </message>
    <message>
        <source>Commitment %1 was found false; rectification does not end that record (credit repair does).</source>
        <translation>承诺 %1 已认定为虚假承诺；整改不能消除该记录（须经信用修复）。</translation>
    </message>
    <message>
        <source>Commitment %1 has nothing to rectify.</source>
        <translation>承诺 %1 无需整改。</translation>
    </message>
    <message>
        <source>Commitment %1 was already rectified on %2.</source>
        <translation>承诺 %1 已于 %2 完成整改。</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>全部履行</translation>
    </message>
    <message>
        <source>Partly fulfilled</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>Not fulfilled</source>
        <translation>全部未履行</translation>
    </message>
    <message>
        <source>False commitment</source>
        <translation>虚假承诺</translation>
    </message>
    <message>
        <source>Pending verification</source>
        <translation>待核查</translation>
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
    <name>ViolationCatalogue</name>
    <message>
        <source>There is no violation item with the code "%1" in the catalogue; enforce items lists the codes.</source>
        <translation>违法行为目录中没有编码为“%1”的事项；可用 enforce items 查看编码。</translation>
    </message>
    <message>
        <source>Soft-enforcement list</source>
        <translation>包容审慎清单</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no header row.</source>
        <translation>%1 没有表头行。</translation>
    </message>
    <message>
        <source>%1 lacks the required columns: %2. Nothing was imported.</source>
        <translation>%1 缺少必需的列：%2。未导入任何内容。</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>此项为必填。</translation>
    </message>
    <message>
        <source>Unknown department "%1".</source>
        <translation>未知部门“%1”。</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yuan (0 or more, at most two decimals).</source>
        <translation>“%1”不是有效的金额（元，不小于0，最多两位小数）。</translation>
    </message>
    <message>
        <source>The maximum fine is below the minimum.</source>
        <translation>罚款上限低于罚款下限。</translation>
    </message>
    <message>
        <source>"%1" is not a positive sequence number.</source>
        <translation>“%1”不是有效的序号（正整数）。</translation>
    </message>
    <message>
        <source>The level must be 不予处罚, 减轻 or 从轻 for an item on the soft list.</source>
        <translation>列入包容审慎清单的事项，裁量等级须为不予处罚、减轻或从轻。</translation>
    </message>
    <message>
        <source>The sequence number %1 is already used by another item.</source>
        <translation>序号 %1 已被其他事项使用。</translation>
    </message>
    <message>
        <source>Enter the code of the violation item.</source>
        <translation>请填写违法行为编码。</translation>
    </message>
    <message>
        <source>Describe the violation.</source>
        <translation>请填写违法行为。</translation>
    </message>
    <message>
        <source>Enter the field (领域) of the violation item.</source>
        <translation>请填写违法行为所属领域。</translation>
    </message>
    <message>
        <source>Choose the enforcing department.</source>
        <translation>请选择执法部门。</translation>
    </message>
    <message>
        <source>Enter the provision that is violated (违法依据).</source>
        <translation>请填写违法依据。</translation>
    </message>
    <message>
        <source>Enter the provision the penalty rests on (处罚依据).</source>
        <translation>请填写处罚依据。</translation>
    </message>
    <message>
        <source>The code %1 is already used by the violation item "%2".</source>
        <translation>编码 %1 已被违法行为“%2”使用，请换一个编码。</translation>
    </message>
    <message>
        <source>Statutory fines cannot be negative.</source>
        <translation>法定罚款金额不能为负数。</translation>
    </message>
    <message>
        <source>The minimum fine (%1 yuan) is above the maximum (%2 yuan).</source>
        <translation>罚款下限（%1元）高于罚款上限（%2元）。</translation>
    </message>
    <message>
        <source>Describe the conditions (适用情形) under which the soft-list level applies.</source>
        <translation>请填写适用情形。</translation>
    </message>
    <message>
        <source>The sequence number %1 is already used by the item %2.</source>
        <translation>序号 %1 已被事项 %2 使用。</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>A number of working days cannot be negative.</source>
        <translation>工作日数不能为负数。</translation>
    </message>
    <message>
        <source>The calendar date is not a valid date.</source>
        <translation>日历日期无效。</translation>
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
    <name>ZipWriter</name>
    <message>
        <source>The package %1 could not be written: %2</source>
        <translation>无法写入数据包 %1：%2</translation>
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
    <name>cl::ApprovalItemDialog</name>
    <message>
        <source>Commitment mode allowed</source>
        <translation>允许告知承诺办理</translation>
    </message>
    <message>
        <source>容缺 acceptance allowed</source>
        <translation>允许容缺受理</translation>
    </message>
    <message>
        <source>Excluded from commitment (security, safety, ecology, life and health)</source>
        <translation>不适用告知承诺（涉及国家安全、公共安全、生态环境、生命健康）</translation>
    </message>
    <message>
        <source>New approval item</source>
        <translation>新增审批事项</translation>
    </message>
    <message>
        <source>Edit approval item %1</source>
        <translation>编辑审批事项 %1</translation>
    </message>
    <message>
        <source>e.g. 370681-WJ-001</source>
        <translation>例如 370681-WJ-001</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Empty: a new item starts with the office's standard letter.</source>
        <translation>留空：新事项使用本局标准承诺书模板。</translation>
    </message>
    <message>
        <source>Add &amp;material</source>
        <translation>添加材料(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Item &amp;code:</source>
        <translation>事项编码(&amp;C)：</translation>
    </message>
    <message>
        <source>Item &amp;name:</source>
        <translation>事项名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>事项类别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Approving department:</source>
        <translation>审批部门(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Supervising departments:</source>
        <translation>监管部门(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>设定依据(&amp;L)：</translation>
    </message>
    <message>
        <source>under commitment:</source>
        <translation>承诺办结：</translation>
    </message>
    <message>
        <source>Ordinary &amp;time limit:</source>
        <translation>法定办结时限(&amp;T)：</translation>
    </message>
    <message>
        <source>within</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>抽查比例</translation>
    </message>
    <message>
        <source>&amp;Verification:</source>
        <translation>核查方式(&amp;V)：</translation>
    </message>
    <message>
        <source>Materials (容缺 only for secondary ones: clear "Core")</source>
        <translation>申请材料（仅次要材料可容缺：取消勾选“核心”）</translation>
    </message>
    <message>
        <source>Commitment letter template:</source>
        <translation>承诺书模板：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cl::ApprovalPage</name>
    <message>
        <source>Commitment &amp;letter…</source>
        <translation>告知承诺书(&amp;L)…</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>准予许可(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>不予许可(&amp;F)…</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Application no.</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>暂缺材料</translation>
    </message>
    <message>
        <source>Approve the selected application (Ctrl+Enter): licence and push to supervision</source>
        <translation>准予所选申请（Ctrl+Enter）：生成许可并推送监管</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>新申请(&amp;N)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Applications waiting for a decision&lt;/b&gt; (green channel first)</source>
        <translation>&lt;b&gt;待决定的申请&lt;/b&gt;（绿色通道优先）</translation>
    </message>
    <message>
        <source>Application %1 filed; print the commitment letter for signature (Ctrl+P).</source>
        <translation>申请 %1 已受理；请打印告知承诺书供申请人签章（Ctrl+P）。</translation>
    </message>
    <message>
        <source>Application %1 filed.</source>
        <translation>申请 %1 已受理。</translation>
    </message>
    <message>
        <source>★ Green channel</source>
        <translation>★ 绿色通道</translation>
    </message>
    <message numerus="yes">
        <source>Approved: licence %1, decision %2; %n commitment(s) pushed to the supervising departments.</source>
        <translation>
            <numerusform>已准予许可：许可证号 %1，决定文书号 %2；%n 份承诺已推送至监管部门。</numerusform>
        </translation>
    </message>
    <message>
        <source>Application %1 refused.</source>
        <translation>申请 %1 已作出不予许可决定。</translation>
    </message>
    <message>
        <source>Refuse application</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Reason for the refusal (shown to the applicant):</source>
        <translation>不予许可的理由（告知申请人）：</translation>
    </message>
</context>
<context>
    <name>cl::ApprovalSettingsBox</name>
    <message>
        <source>Approval by commitment</source>
        <translation>告知承诺审批</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Ordinary limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <source>Supervising departments</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <source>E&amp;xport catalogue…</source>
        <translation>导出事项清单(&amp;X)…</translation>
    </message>
    <message>
        <source>I&amp;mport catalogue…</source>
        <translation>导入事项清单(&amp;M)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Adjusted working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>e.g. 春节</source>
        <translation>如：春节</translation>
    </message>
    <message>
        <source>&amp;Set day</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;move day</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Working-day calendar, year:</source>
        <translation>工作日历，年份：</translation>
    </message>
    <message>
        <source>Export the item catalogue</source>
        <translation>导出事项清单</translation>
    </message>
    <message>
        <source>item catalogue.xlsx</source>
        <translation>告知承诺事项清单.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Import the item catalogue</source>
        <translation>导入事项清单</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1, %2 working days</source>
        <translation>%1，%2 个工作日</translation>
    </message>
    <message>
        <source>Item catalogue written to %1.</source>
        <translation>事项清单已写入 %1。</translation>
    </message>
    <message>
        <source>Item catalogue imported: %1 added, %2 updated.</source>
        <translation>事项清单已导入：新增 %1 个，更新 %2 个。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>新增事项(&amp;N)…</translation>
    </message>
    <message>
        <source>Item catalogue (items used by applications are deactivated, never deleted)</source>
        <translation>事项清单（已有申请的事项只能停用，不能删除）</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>启用(&amp;R)</translation>
    </message>
    <message>
        <source>Item %1 saved.</source>
        <translation>事项 %1 已保存。</translation>
    </message>
    <message>
        <source>Item %1 is offered at the window again.</source>
        <translation>事项 %1 已重新启用，窗口可以受理。</translation>
    </message>
    <message>
        <source>Item %1 deactivated: no longer offered at the window; its applications are kept.</source>
        <translation>事项 %1 已停用：窗口不再受理，原有申请记录保留。</translation>
    </message>
</context>
<context>
    <name>cl::CommitmentLetterDialog</name>
    <message>
        <source>Commitment letter — %1</source>
        <translation>告知承诺书 — %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Commitment letter %1</source>
        <translation>告知承诺书 %1</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Save the commitment letter as PDF</source>
        <translation>将告知承诺书保存为 PDF</translation>
    </message>
    <message>
        <source>Commitment letter %1.pdf</source>
        <translation>告知承诺书 %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
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
    <name>cl::CreditRecordsPanel</name>
    <message>
        <source>Reading the records…</source>
        <translation>正在读取记录……</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Why it applies</source>
        <translation>适用理由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>决定文书号</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违法行为</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Fine (yuan)</source>
        <translation>罚款金额（元）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Publicity ends</source>
        <translation>公示截止日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Commitment code</source>
        <translation>承诺编码</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>承诺类型</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>履约状态</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>承诺事由</translation>
    </message>
    <message>
        <source>Licence no.</source>
        <translation>许可编号</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>许可证书名称</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>许可状态</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>许可机关</translation>
    </message>
    <message>
        <source>Administrative penalties</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>信用承诺</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>No incentive or restriction applies on %1.</source>
        <translation>%1 无适用的激励或约束措施。</translation>
    </message>
    <message>
        <source>Applicable on %1 — incentives: %2, restrictions: %3.</source>
        <translation>%1 适用措施——守信激励 %2 项，失信约束 %3 项。</translation>
    </message>
    <message>
        <source>Why it applies:</source>
        <translation>适用理由：</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <source>repaired on %1</source>
        <translation>已于 %1 信用修复</translation>
    </message>
    <message>
        <source>No administrative penalties recorded.</source>
        <translation>无行政处罚记录。</translation>
    </message>
    <message>
        <source>No commitments made.</source>
        <translation>无信用承诺记录。</translation>
    </message>
    <message>
        <source>No licences granted.</source>
        <translation>无行政许可记录。</translation>
    </message>
    <message>
        <source>Penalty records: %1; commitments: %2; licences: %3. States as of %4.</source>
        <translation>行政处罚 %1 条，信用承诺 %2 条，行政许可 %3 条；状态截至 %4。</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>无法读取记录：%1</translation>
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
    <name>cl::DashboardPage</name>
    <message>
        <source>Print &amp;preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Your role may not view reports (permission: view reports). Ask an administrator.</source>
        <translation>您的角色无权查看报表（所需权限：查看报表），请联系管理员。</translation>
    </message>
    <message>
        <source>Credit lights</source>
        <translation>信用灯分布</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>月度趋势</translation>
    </message>
    <message>
        <source>By industry field</source>
        <translation>分行业领域</translation>
    </message>
    <message>
        <source>By town or street</source>
        <translation>分镇街</translation>
    </message>
    <message>
        <source>Lights are counted as recorded on this date</source>
        <translation>按该日记录的信用灯统计</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>The entities of the industry fields the department supervises</source>
        <translation>该部门监管的行业领域内的市场主体</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>All towns and streets</source>
        <translation>全部镇街</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Lights as of</source>
        <translation>信用灯截至</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法完成统计：%1</translation>
    </message>
    <message>
        <source>Lights as recorded on %1 for %2 entities; trend %3 to %4.</source>
        <translation>截至 %1 记录的信用灯，共 %2 户市场主体；趋势期间 %3 至 %4。</translation>
    </message>
    <message>
        <source>%1 entities have no light recorded by that date.</source>
        <translation>其中 %1 户截至该日尚无信用灯记录。</translation>
    </message>
    <message>
        <source>Click a light in a chart to list those entities.</source>
        <translation>点击图中的信用灯可列出对应的市场主体。</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2（%3）</translation>
    </message>
    <message>
        <source>%1 · %2 entities</source>
        <translation>%1 · 共 %2 户</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv);;CSV, GB18030 for older programs (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv);;CSV，GB18030 编码，兼容旧版软件 (*.csv)</translation>
    </message>
    <message>
        <source>dashboard-%1.%2</source>
        <translation>信用看板-%1.%2</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>导出看板</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>cl::EnforcementPage</name>
    <message>
        <source>Recommendation</source>
        <translation>裁量建议</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Credit code or name</source>
        <translation>统一社会信用代码或名称</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>当事人：</translation>
    </message>
    <message>
        <source>(choose the violation item)</source>
        <translation>（请选择违法行为）</translation>
    </message>
    <message>
        <source> [soft list]</source>
        <translation> [包容审慎清单]</translation>
    </message>
    <message>
        <source>Violation item:</source>
        <translation>违法行为：</translation>
    </message>
    <message>
        <source>First violation (no penalty in the last 12 months)</source>
        <translation>初次违法（近12个月内未受行政处罚）</translation>
    </message>
    <message>
        <source>Corrected in time</source>
        <translation>及时改正</translation>
    </message>
    <message>
        <source>No subjective fault proven (Art. 33 ¶2)</source>
        <translation>有证据足以证明没有主观过错（第三十三条第二款）</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>情节：</translation>
    </message>
    <message>
        <source>Harm:</source>
        <translation>危害后果：</translation>
    </message>
    <message>
        <source>Grounds of Art. 32 (lighter or mitigated)</source>
        <translation>第三十二条情形（从轻或减轻）</translation>
    </message>
    <message>
        <source>Aggravating factors</source>
        <translation>从重情节</translation>
    </message>
    <message>
        <source>What was found, where and when</source>
        <translation>何时、何地发现了什么</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>事实描述：</translation>
    </message>
    <message>
        <source>Found on:</source>
        <translation>发现日期：</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>承办人：</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>立案(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新案件(&amp;N)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>e.g. 龙市监罚〔2026〕12号</source>
        <translation>如：龙市监罚〔2026〕12号</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动判定</translation>
    </message>
    <message>
        <source>Required when the decision differs from the recommendation</source>
        <translation>决定与裁量建议不一致时必填</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>记录决定(&amp;R)</translation>
    </message>
    <message>
        <source>Discretion &amp;sheet…</source>
        <translation>裁量建议书(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>裁量结果：</translation>
    </message>
    <message>
        <source>Fine (yuan):</source>
        <translation>罚款（元）：</translation>
    </message>
    <message>
        <source>Decision number:</source>
        <translation>决定书文号：</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>决定日期：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>No entity matches "%1".</source>
        <translation>没有与“%1”匹配的市场主体。</translation>
    </message>
    <message>
        <source>Choose the entity and the violation item; the recommendation appears here as the facts are entered.</source>
        <translation>请选择当事人和违法行为；录入情节时，裁量建议将在此处实时显示。</translation>
    </message>
    <message>
        <source>Case %1 opened. Record the decision when it is made.</source>
        <translation>案件 %1 已立案。作出决定后请在此记录。</translation>
    </message>
    <message>
        <source>The fine cannot be negative.</source>
        <translation>罚款金额不能为负数。</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yuan (digits, at most two decimals).</source>
        <translation>“%1”不是有效的金额（元，数字，最多两位小数）。</translation>
    </message>
    <message>
        <source>Decision recorded for case %1: %2.</source>
        <translation>案件 %1 的决定已记录：%2。</translation>
    </message>
    <message>
        <source>Penalty record %1 in publicity until %2; credit repair possible from %3.</source>
        <translation>行政处罚记录 %1 公示至 %2；自 %3 起可申请信用修复。</translation>
    </message>
    <message>
        <source>Discretion sheet saved as %1.</source>
        <translation>裁量建议书已保存为 %1。</translation>
    </message>
    <message>
        <source>Discretion sheet</source>
        <translation>裁量建议书</translation>
    </message>
    <message>
        <source>discretion-sheet</source>
        <translation>裁量建议书</translation>
    </message>
    <message>
        <source>Save the discretion sheet as PDF</source>
        <translation>将裁量建议书另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cl::EnforcementWorkArea</name>
    <message>
        <source>Case and discretion</source>
        <translation>立案与裁量</translation>
    </message>
    <message>
        <source>Penalties and credit repair</source>
        <translation>处罚记录与信用修复</translation>
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
    <message>
        <source>&amp;Measures</source>
        <translation>奖惩措施(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Penalties, commitments, licences</source>
        <translation>处罚、承诺与许可(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Measures (%1)</source>
        <translation>奖惩措施（%1）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Penalties, commitments, licences (%1)</source>
        <translation>处罚、承诺与许可（%1）(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;dit register data…</source>
        <translation>修改登记信息(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1（身份证号 %2）</translation>
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
        <translation>部门(&amp;D)：</translation>
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
    <message>
        <source>Sa&amp;ve mapping</source>
        <translation>保存列对应(&amp;V)</translation>
    </message>
    <message>
        <source>Column mappings saved for the department. One whose column names are all in this file is chosen by itself.</source>
        <translation>该部门已保存的列对应方案。文件中包含某方案全部列名时，自动选用该方案。</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>列对应方案(&amp;M)：</translation>
    </message>
    <message>
        <source>Name, e.g. the system the file comes from</source>
        <translation>方案名称，例如文件来源的业务系统</translation>
    </message>
    <message>
        <source>The mapping is saved by column names, not positions: it fits the department's files whatever the order of their columns.</source>
        <translation>列对应按列名保存，而不是按列的位置：无论该部门文件的列顺序如何都适用。</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>另存为(&amp;A)：</translation>
    </message>
    <message>
        <source>Mapping changed by hand. Save it under a name to have it offered for the department's next files.</source>
        <translation>列对应已手工修改。保存为方案后，该部门以后的文件将自动使用。</translation>
    </message>
    <message>
        <source>(none: columns by their usual names)</source>
        <translation>（不使用方案：按标准列名对应）</translation>
    </message>
    <message>
        <source>Choose the department on the first page to use or save its column mappings.</source>
        <translation>请在第一步选择部门，以使用或保存该部门的列对应方案。</translation>
    </message>
    <message>
        <source>Columns mapped by the saved mapping "%1" of %2.</source>
        <translation>已按%2的列对应方案“%1”对应各列。</translation>
    </message>
    <message>
        <source>This file does not have the column(s) %1 of the saved mapping "%2".</source>
        <translation>该文件缺少列对应方案“%2”中的列：%1。</translation>
    </message>
    <message>
        <source>Saved as "%1" for %2: offered for the department's next files with these column names.</source>
        <translation>已保存为%2的方案“%1”：该部门以后含有这些列名的文件将自动使用。</translation>
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
        <source>Supervision</source>
        <translation>监管</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>执法</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
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
    <name>cl::NewApplicationPanel</name>
    <message>
        <source>%1 %2: grade %3 → %4, evaluated %5, valid to %6</source>
        <translation>%1 %2：等级 %3 → %4，评价日期 %5，有效期至 %6</translation>
    </message>
    <message>
        <source>serious-dishonesty list of %1 since %2 (%3)</source>
        <translation>自 %2 起列入%1严重失信主体名单（%3）</translation>
    </message>
    <message>
        <source>%1 (%2) of %3 since %4</source>
        <translation>%3 %1（%2），自 %4 起</translation>
    </message>
    <message>
        <source>&amp;Ordinary (full materials)</source>
        <translation>一般程序（全部材料）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Commitment (告知承诺)</source>
        <translation>告知承诺(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Missing materials (容缺受理)</source>
        <translation>容缺受理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;File application</source>
        <translation>受理申请(&amp;F)</translation>
    </message>
    <message>
        <source>Credit code or name, then Enter</source>
        <translation>输入统一社会信用代码或名称，按回车</translation>
    </message>
    <message>
        <source>&amp;Register new…</source>
        <translation>登记新主体(&amp;R)…</translation>
    </message>
    <message>
        <source>1. &amp;Applicant:</source>
        <translation>1. 申请人(&amp;A)：</translation>
    </message>
    <message>
        <source>2. &amp;Item:</source>
        <translation>2. 事项(&amp;I)：</translation>
    </message>
    <message>
        <source>3. Pre-approval credit check</source>
        <translation>3. 批前信用核验</translation>
    </message>
    <message>
        <source>4. Mode</source>
        <translation>4. 办理方式</translation>
    </message>
    <message>
        <source>5. Materials (ticked: provided)</source>
        <translation>5. 申请材料（勾选为已提交）</translation>
    </message>
    <message>
        <source>Missing materials due &amp;by:</source>
        <translation>容缺材料补齐期限(&amp;B)：</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the applicant and the item: the check runs at once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择申请人和事项后即自动进行批前信用核验。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No registered entity matches "%1"; register it with Register new….</source>
        <translation>没有与“%1”匹配的已登记主体；请点击“登记新主体”登记。</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <source>★ Green channel: priority handling (守信快办)</source>
        <translation>★ 绿色通道：优先办理（守信快办）</translation>
    </message>
    <message>
        <source>Commitment mode: allowed</source>
        <translation>告知承诺：可以适用</translation>
    </message>
    <message>
        <source>Commitment mode: refused</source>
        <translation>告知承诺：不予适用</translation>
    </message>
    <message>
        <source>Missing materials (容缺): allowed</source>
        <translation>容缺受理：可以适用</translation>
    </message>
    <message>
        <source>Missing materials (容缺): refused</source>
        <translation>容缺受理：不予适用</translation>
    </message>
    <message>
        <source>Applicable measures</source>
        <translation>适用的措施</translation>
    </message>
    <message>
        <source>core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>次要</translation>
    </message>
    <message>
        <source>Type part of the item's code or name (e.g. WJ-001), Backspace to correct, Esc to start again</source>
        <translation>输入事项编码或名称的一部分（如 WJ-001），退格键修改，Esc 重新输入</translation>
    </message>
    <message>
        <source>File the application (Enter here, or Ctrl+S anywhere)</source>
        <translation>提交申请（在此按 Enter，或在任意位置按 Ctrl+S）</translation>
    </message>
    <message>
        <source>Checking the applicant's credit…</source>
        <translation>正在核验申请人信用……</translation>
    </message>
    <message>
        <source>Find: %1</source>
        <translation>查找：%1</translation>
    </message>
    <message>
        <source>Find: %1 (no item)</source>
        <translation>查找：%1（无此事项）</translation>
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
    <name>cl::PenaltiesPage</name>
    <message>
        <source>Credit code or name</source>
        <translation>统一社会信用代码或名称</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>当事人：</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>处罚内容</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Repair from</source>
        <translation>可申请修复日期</translation>
    </message>
    <message>
        <source>Publicity until</source>
        <translation>公示截止</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Repair application</source>
        <translation>修复申请</translation>
    </message>
    <message>
        <source>Credit repair</source>
        <translation>信用修复</translation>
    </message>
    <message>
        <source>20 digits, e.g. 37068120260902000001</source>
        <translation>20位，如 37068120260902000001</translation>
    </message>
    <message>
        <source>Credit-repair commitment code:</source>
        <translation>信用修复承诺编码：</translation>
    </message>
    <message>
        <source>Commitment content:</source>
        <translation>承诺内容：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Reason for rejecting:</source>
        <translation>不予修复理由：</translation>
    </message>
    <message>
        <source>Register &amp;application</source>
        <translation>登记申请(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Grant repair</source>
        <translation>准予修复(&amp;G)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>不予修复(&amp;J)</translation>
    </message>
    <message>
        <source>No entity matches "%1".</source>
        <translation>没有与“%1”匹配的市场主体。</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>%1 申请</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>%1 准予修复</translation>
    </message>
    <message>
        <source>rejected %1: %2</source>
        <translation>%1 不予修复：%2</translation>
    </message>
    <message>
        <source>Repair application for %1 registered (%2).</source>
        <translation>已登记 %1 的信用修复申请（%2）。</translation>
    </message>
    <message>
        <source>Repair granted: penalty %1 no longer counts from %2.</source>
        <translation>准予信用修复：行政处罚 %1 自 %2 起不再计入信用状况。</translation>
    </message>
    <message>
        <source>Repair application rejected.</source>
        <translation>已作出不予修复决定。</translation>
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
    <name>cl::RecommendationPanel</name>
    <message>
        <source>no fine (order to correct)</source>
        <translation>不予罚款（责令改正）</translation>
    </message>
    <message>
        <source>%1–%2 yuan, below the statutory minimum (0: a warning)</source>
        <translation>%1–%2 元，低于法定最低罚款（0 表示警告）</translation>
    </message>
    <message>
        <source>%1–%2 yuan</source>
        <translation>%1–%2 元</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>适用规则：</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <source>Fine band:</source>
        <translation>罚款区间：</translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation>可选结果：</translation>
    </message>
    <message>
        <source>Credit status used:</source>
        <translation>所依据的信用状况：</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>裁量理由：</translation>
    </message>
    <message>
        <source>Choose the entity and the violation item; the recommendation appears here as the facts are entered.</source>
        <translation>请选择当事人和违法行为；录入情节时，裁量建议将在此处实时显示。</translation>
    </message>
    <message>
        <source>%1 (rules version %2): %3</source>
        <translation>%1（第 %2 版规则）：%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 as of %2 (rule %3)</source>
        <translation>%1，截至 %2（规则 %3）</translation>
    </message>
    <message>
        <source>Risk classification not held against the party (light with it: %1).</source>
        <translation>风险分类不作为不利依据（若计入为%1）。</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4), %5</source>
        <translation>%1 %2：%3（%4），%5</translation>
    </message>
    <message>
        <source>%1 %2 since %3</source>
        <translation>%1 %2，自 %3 起</translation>
    </message>
</context>
<context>
    <name>cl::RecordOutcomeDialog</name>
    <message>
        <source>Record verification outcome</source>
        <translation>登记核查结果</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3, due %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3，应于 %4 前核查</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>核查结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>核查日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>核查方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Verifier:</source>
        <translation>核查人(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>核查意见(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
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
    <message>
        <source>Resident ID card number, 18 characters (optional)</source>
        <translation>居民身份证号码，18 位（选填）</translation>
    </message>
    <message>
        <source>With it, the pre-approval check also looks for the legal representative on the serious-dishonesty list.</source>
        <translation>录入后，批前信用核验同时核查法定代表人是否被列入严重失信主体名单。</translation>
    </message>
    <message>
        <source>Representative's I&amp;D no.:</source>
        <translation>法定代表人身份证号(&amp;D)：</translation>
    </message>
    <message>
        <source>Edit register data: %1</source>
        <translation>修改登记信息：%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The ID number of %1 was cleared: enter the new representative's number.</source>
        <translation>已清除%1的身份证号码，请录入新法定代表人的号码。</translation>
    </message>
    <message>
        <source>Legal representative's ID number: %1</source>
        <translation>法定代表人身份证号码：%1</translation>
    </message>
</context>
<context>
    <name>cl::ReportModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
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
    <message>
        <source>Commitment &amp;verification</source>
        <translation>践诺核查(&amp;V)</translation>
    </message>
</context>
<context>
    <name>cl::SyncPage</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Partly done (packages held back)</source>
        <translation>部分完成（有暂缓的数据包）</translation>
    </message>
    <message>
        <source>Failed or refused packages</source>
        <translation>失败或有拒收的数据包</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Send this office's changes to the hub folder and apply what the platform published</source>
        <translation>将本单位的变更发送到交换目录，并导入平台发布的数据</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>隔离</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发送单位</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Waiting for no.</source>
        <translation>等待序号</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>暂缓时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Failed check</source>
        <translation>未通过的校验</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>同步记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Held back</source>
        <translation>暂缓的数据包(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quarantined</source>
        <translation>隔离的数据包(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Trusted offices</source>
        <translation>信任的单位(&amp;T)</translation>
    </message>
    <message>
        <source>Exchange with the city platform</source>
        <translation>与市公共信用信息平台交换数据</translation>
    </message>
    <message>
        <source>e.g. LK-SPJ</source>
        <translation>例如 LK-SPJ</translation>
    </message>
    <message>
        <source>Create &amp;keys</source>
        <translation>创建密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Create this office's signing key pair (once); the private key never leaves the database</source>
        <translation>创建本单位的签名密钥对（仅一次）；私钥不会离开数据库</translation>
    </message>
    <message>
        <source>Office code:</source>
        <translation>单位代码：</translation>
    </message>
    <message>
        <source>Give this public key to the platform and the other offices, so they accept this office's packages</source>
        <translation>请将此公钥提供给平台和其他单位，以便其接受本单位的数据包</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公钥：</translation>
    </message>
    <message>
        <source>The shared folder or removable drive the platform exchanges packages through</source>
        <translation>与平台交换数据包的共享文件夹或移动存储</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Hub folder:</source>
        <translation>交换目录：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Only on demand</source>
        <translation>仅手动同步</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>同步间隔：</translation>
    </message>
    <message>
        <source>Only an administrator may change the sync settings or run a round.</source>
        <translation>只有系统管理员可以修改同步设置或执行同步。</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Office code, e.g. CITY</source>
        <translation>单位代码，例如 CITY</translation>
    </message>
    <message>
        <source>Its public key (44 characters, from keys export or its 同步 page)</source>
        <translation>该单位的公钥（44 个字符，来自其 keys export 或“同步”页面）</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>信任此密钥(&amp;T)</translation>
    </message>
    <message>
        <source>Accept packages signed with this key as coming from this office (replaces an earlier key of the office)</source>
        <translation>接受用此密钥签名、来自该单位的数据包（替换该单位原有的密钥）</translation>
    </message>
    <message>
        <source>Packages signed by office %1 (key fingerprint %2) are now accepted.</source>
        <translation>今后接受单位 %1（密钥指纹 %2）签名的数据包。</translation>
    </message>
    <message>
        <source>&amp;Held back (%1)</source>
        <translation>暂缓的数据包（%1）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quarantined (%1)</source>
        <translation>隔离的数据包（%1）(&amp;Q)</translation>
    </message>
    <message>
        <source>No sync round has run yet.</source>
        <translation>尚未进行过同步。</translation>
    </message>
    <message>
        <source>&amp;Trusted offices (%1)</source>
        <translation>信任的单位（%1）(&amp;T)</translation>
    </message>
    <message>
        <source>No sync round yet.</source>
        <translation>尚未同步。</translation>
    </message>
    <message>
        <source>Create the office's keys and set the hub folder to start.</source>
        <translation>请先创建本单位密钥并设置交换目录。</translation>
    </message>
    <message>
        <source>Last round %1: %2 · %3 sent · %4 applied · %5 held back · %6 quarantined</source>
        <translation>上次同步 %1：%2 · 发出 %3 · 导入 %4 · 暂缓 %5 · 隔离 %6</translation>
    </message>
    <message>
        <source>Sync: running…</source>
        <translation>同步：进行中…</translation>
    </message>
    <message>
        <source>Sync: never</source>
        <translation>同步：从未进行</translation>
    </message>
    <message>
        <source>Sync %1 %2</source>
        <translation>同步 %1 %2</translation>
    </message>
    <message>
        <source>Keys created. Give the public key to the platform and the other offices.</source>
        <translation>密钥已创建。请将公钥提供给平台和其他单位。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Hub folder</source>
        <translation>交换目录</translation>
    </message>
    <message>
        <source>Sync round running in the background…</source>
        <translation>正在后台同步…</translation>
    </message>
    <message>
        <source>A commitment received from another office creates verification tasks here only for the departments checked; an office that verifies for none (an enforcement squad) gets no tasks</source>
        <translation>其他单位推送的信用承诺，仅为勾选的部门生成核查任务；未勾选任何部门的单位（如执法队）不生成核查任务</translation>
    </message>
    <message>
        <source>Verifies commitments for:</source>
        <translation>承诺核查部门：</translation>
    </message>
    <message>
        <source>No department (no verification tasks here)</source>
        <translation>无（本单位不生成核查任务）</translation>
    </message>
</context>
<context>
    <name>cl::SyncScheduler</name>
    <message>
        <source>Sync %1: %2 sent, %3 applied, %4 held back, %5 quarantined.</source>
        <translation>同步%1：发出 %2 个，导入 %3 个，暂缓 %4 个，隔离 %5 个。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>部分完成</translation>
    </message>
    <message>
        <source>with refusals</source>
        <translation>有拒收</translation>
    </message>
    <message>
        <source>A sync round is already running; wait until it has finished.</source>
        <translation>同步正在进行，请等待其完成。</translation>
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
    <name>cl::VerificationWorklistPage</name>
    <message>
        <source>&amp;Record outcome…</source>
        <translation>登记核查结果(&amp;R)…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>全部待核查</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Commitment code</source>
        <translation>承诺编码</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>核查方式</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>推送日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>核查期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>核查状态</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>This commitment was already verified on %1 by %2.</source>
        <translation>该承诺已于 %1 由 %2 核查。</translation>
    </message>
    <message>
        <source>False commitment recorded for %1: the licence is revoked and the light is red.</source>
        <translation>已认定%1虚假承诺：许可已撤销，信用灯转为红灯。</translation>
    </message>
    <message>
        <source>Outcome recorded for %1: %2.</source>
        <translation>已登记%1的核查结果：%2。</translation>
    </message>
</context>
<context>
    <name>cl::ViolationCatalogueBox</name>
    <message>
        <source>Violation catalogue and soft-enforcement list</source>
        <translation>违法行为目录与包容审慎清单</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>执法部门</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违法行为</translation>
    </message>
    <message>
        <source>Soft-list level</source>
        <translation>裁量等级</translation>
    </message>
    <message>
        <source>Statutory fine (yuan)</source>
        <translation>法定罚款（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>导出清单…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>导入清单…</translation>
    </message>
    <message>
        <source>Items referred to by cases are never deleted; deactivate them instead.</source>
        <translation>已有案件引用的违法行为不能删除，只能停用。</translation>
    </message>
    <message>
        <source>Export the violation catalogue</source>
        <translation>导出违法行为目录</translation>
    </message>
    <message>
        <source>soft-enforcement list.xlsx</source>
        <translation>包容审慎清单.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Import the violation catalogue</source>
        <translation>导入违法行为目录</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>启用(&amp;R)</translation>
    </message>
    <message>
        <source>Violation item %1 saved.</source>
        <translation>违法行为 %1 已保存。</translation>
    </message>
    <message>
        <source>Violation item %1 is in use again.</source>
        <translation>违法行为 %1 已重新启用。</translation>
    </message>
    <message>
        <source>Violation item %1 deactivated: no longer offered for new cases.</source>
        <translation>违法行为 %1 已停用：新立案件不再可选。</translation>
    </message>
    <message>
        <source>Violation catalogue written to %1.</source>
        <translation>违法行为目录已导出到 %1。</translation>
    </message>
    <message>
        <source>Violation catalogue imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>违法行为目录已导入：新增 %1 条，更新 %2 条，未变 %3 条。</translation>
    </message>
    <message>
        <source>Row %1 %2: %3</source>
        <translation>第 %1 行 %2：%3</translation>
    </message>
</context>
<context>
    <name>cl::ViolationItemDialog</name>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>On the soft-enforcement list (包容审慎清单)</source>
        <translation>列入包容审慎清单</translation>
    </message>
    <message>
        <source>New violation item</source>
        <translation>新增违法行为</translation>
    </message>
    <message>
        <source>Edit violation item %1</source>
        <translation>编辑违法行为 %1</translation>
    </message>
    <message>
        <source>e.g. MKT-01</source>
        <translation>例如 MKT-01</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Field (领域):</source>
        <translation>领域(&amp;F)：</translation>
    </message>
    <message>
        <source>Enforcing &amp;department:</source>
        <translation>执法部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Violation:</source>
        <translation>违法行为(&amp;V)：</translation>
    </message>
    <message>
        <source>Provision v&amp;iolated:</source>
        <translation>违法依据(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Penalty provision:</source>
        <translation>处罚依据(&amp;P)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Statutory fi&amp;ne:</source>
        <translation>法定罚款(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Sequence number:</source>
        <translation>序号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>裁量等级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Applies when:</source>
        <translation>适用情形(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
