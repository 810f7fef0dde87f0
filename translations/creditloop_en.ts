<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 is missing (the next entry found is %2).</source>
        <translation>Entry %1 is missing (the next entry found is %2).</translation>
    </message>
    <message>
        <source>Entry %1 does not link to the entry before it.</source>
        <translation>Entry %1 does not link to the entry before it.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written (its content does not match its hash).</source>
        <translation>Entry %1 was changed after it was written (its content does not match its hash).</translation>
    </message>
    <message>
        <source>The log ends at entry %1 but its recorded head is entry %2: entries were removed from the end.</source>
        <translation>The log ends at entry %1 but its recorded head is entry %2: entries were removed from the end.</translation>
    </message>
</context>
<context>
    <name>Authorizer</name>
    <message>
        <source>This database has users: sign in first (in the command line: --user NAME, with the password in CREDITLOOP_PASSWORD or typed at the prompt).</source>
        <translation>This database has users: sign in first (in the command line: --user NAME, with the password in CREDITLOOP_PASSWORD or typed at the prompt).</translation>
    </message>
    <message>
        <source>The user %1 is disabled or no longer exists.</source>
        <translation>The user %1 is disabled or no longer exists.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3. Ask an administrator if this is part of your work.</source>
        <translation>%1 (%2) may not %3. Ask an administrator if this is part of your work.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option %1 (see --help).</source>
        <translation>Unknown option %1 (see --help).</translation>
    </message>
    <message>
        <source>Unexpected argument "%1" (see --help).</source>
        <translation>Unexpected argument "%1" (see --help).</translation>
    </message>
    <message>
        <source>--lang takes %1, not "%2".</source>
        <translation>--lang takes %1, not "%2".</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, not "%1".</source>
        <translation>--as-of needs a date as YYYY-MM-DD, not "%1".</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with: creditloop-cli init (add --demo for demo data).</source>
        <translation>There is no database at %1. Create one with: creditloop-cli init (add --demo for demo data).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli audit verify
       creditloop-cli audit log [--object ID] [--limit N]
verify recomputes the hash chain and names the first entry that does not match (exit 1).</source>
        <translation>Usage: creditloop-cli audit verify
       creditloop-cli audit log [--object ID] [--limit N]
verify recomputes the hash chain and names the first entry that does not match (exit 1).</translation>
    </message>
    <message numerus="yes">
        <source>Audit log OK: %n entry(ies) checked.</source>
        <translation>
            <numerusform>Audit log OK: %n entry checked.</numerusform>
            <numerusform>Audit log OK: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1: %2</source>
        <translation>Audit log BROKEN at entry %1: %2</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit needs a positive number.</translation>
    </message>
    <message>
        <source>Unknown %1 "%2". Known: %3.</source>
        <translation>Unknown %1 "%2". Known: %3.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli entity show CODE
The entity's register data and its credit-code check.</source>
        <translation>Usage: creditloop-cli entity show CODE
The entity's register data and its credit-code check.</translation>
    </message>
    <message>
        <source>No entity with the code %1 is registered.</source>
        <translation>No entity with the code %1 is registered.</translation>
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
        <translation>Code: %1
Name: %2
Kind: %3
Legal representative: %4
Industry: %5
Town/street: %6
Address: %7
Registered on: %8
Status: %9</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli entity search TEXT [--limit N]
Names containing TEXT (Chinese of any length) and codes starting with it.</source>
        <translation>Usage: creditloop-cli entity search TEXT [--limit N]
Names containing TEXT (Chinese of any length) and codes starting with it.</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) found.</source>
        <translation>
            <numerusform>%n entity found.</numerusform>
            <numerusform>%n entities found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: creditloop-cli entity add --code CODE --name NAME [--kind KIND] [--legal-rep NAME]
       [--industry NAME] [--town NAME] [--address TEXT] [--registered-on YYYY-MM-DD] [--id-card]
The code is validated: errors refuse the entity, warnings are reported.</source>
        <translation>Usage: creditloop-cli entity add --code CODE --name NAME [--kind KIND] [--legal-rep NAME]
       [--industry NAME] [--town NAME] [--address TEXT] [--registered-on YYYY-MM-DD] [--id-card]
The code is validated: errors refuse the entity, warnings are reported.</translation>
    </message>
    <message>
        <source>industry field</source>
        <translation>industry field</translation>
    </message>
    <message>
        <source>town or street</source>
        <translation>town or street</translation>
    </message>
    <message>
        <source>--registered-on needs a date as YYYY-MM-DD, not "%1".</source>
        <translation>--registered-on needs a date as YYYY-MM-DD, not "%1".</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Registered: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli entity show CODE | entity search TEXT | entity add --code CODE --name NAME ...</source>
        <translation>Usage: creditloop-cli entity show CODE | entity search TEXT | entity add --code CODE --name NAME ...</translation>
    </message>
    <message>
        <source>  row %1, %2: rejected: %3</source>
        <translation>  row %1, %2: rejected: %3</translation>
    </message>
    <message>
        <source>  row %1, %2: warning: %3</source>
        <translation>  row %1, %2: warning: %3</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>whole row</translation>
    </message>
    <message>
        <source>  … and more; the report file lists every rejected row.</source>
        <translation>  … and more; the report file lists every rejected row.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli init [--demo [--entities N] [--seed S]]
Creates the database (or upgrades it to this program's schema).
--demo fills it with reproducible Longkou demo data (default 20000 entities) and one demo
user per role (password demo1234).</source>
        <translation>Usage: creditloop-cli init [--demo [--entities N] [--seed S]]
Creates the database (or upgrades it to this program's schema).
--demo fills it with reproducible Longkou demo data (default 20000 entities) and one demo
user per role (password demo1234).</translation>
    </message>
    <message>
        <source>--entities and --seed only make sense with --demo.</source>
        <translation>--entities and --seed only make sense with --demo.</translation>
    </message>
    <message>
        <source>--entities needs a number of entities, not "%1".</source>
        <translation>--entities needs a number of entities, not "%1".</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not "%1".</source>
        <translation>--seed needs a whole number, not "%1".</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema %2).</source>
        <translation>Database %1 is ready (schema %2).</translation>
    </message>
    <message>
        <source>Database %1 created (schema %2).</source>
        <translation>Database %1 created (schema %2).</translation>
    </message>
    <message>
        <source>Generating demo data: %1 %</source>
        <translation>Generating demo data: %1 %</translation>
    </message>
    <message>
        <source>Demo data: %1 entities and %2 demo users (password demo1234) in %3 s.</source>
        <translation>Demo data: %1 entities and %2 demo users (password demo1234) in %3 s.</translation>
    </message>
    <message>
        <source>%1 %2: grade %3 → %4, evaluated %5, valid to %6</source>
        <translation>%1 %2: grade %3 → %4, evaluated %5, valid to %6</translation>
    </message>
    <message>
        <source>serious-dishonesty list of %1 since %2 (%3)</source>
        <translation>serious-dishonesty list of %1 since %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2) of %3 since %4</source>
        <translation>%1 (%2) of %3 since %4</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli lights show CODE [--as-of YYYY-MM-DD]
The entity's light as of the date with every reason, and the recorded history.</source>
        <translation>Usage: creditloop-cli lights show CODE [--as-of YYYY-MM-DD]
The entity's light as of the date with every reason, and the recorded history.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Light as of %1: %2 (rule %3: %4)</source>
        <translation>Light as of %1: %2 (rule %3: %4)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>By industry field:</source>
        <translation>By industry field:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>By town or street:</source>
        <translation>By town or street:</translation>
    </message>
    <message>
        <source>%1 entities have no computed light yet: run lights recompute.</source>
        <translation>%1 entities have no computed light yet: run lights recompute.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli lights recompute [--as-of YYYY-MM-DD]
Recomputes every entity's light; changes are kept in the history.</source>
        <translation>Usage: creditloop-cli lights recompute [--as-of YYYY-MM-DD]
Recomputes every entity's light; changes are kept in the history.</translation>
    </message>
    <message>
        <source>%1 entities recomputed as of %2; %3 lights changed (%4 ms).</source>
        <translation>%1 entities recomputed as of %2; %3 lights changed (%4 ms).</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli spotcheck plan --year Y --department NAME --seed S [--out FILE.csv|FILE.xlsx] [--dry-run]
       creditloop-cli spotcheck show PLAN_ID [--out FILE.csv|FILE.xlsx]
       creditloop-cli spotcheck list [--year Y]
       creditloop-cli spotcheck inspector add --department NAME --name NAME --badge NO
       creditloop-cli spotcheck conflict add --badge NO --uscc CODE --reason TEXT
Draws a reproducible risk-based plan (ratios per light, mandatory checks, two inspectors per check
without conflicts of interest); the same seed gives the same plan. --dry-run draws without saving.</source>
        <translation>Usage: creditloop-cli spotcheck plan --year Y --department NAME --seed S [--out FILE.csv|FILE.xlsx] [--dry-run]
       creditloop-cli spotcheck show PLAN_ID [--out FILE.csv|FILE.xlsx]
       creditloop-cli spotcheck list [--year Y]
       creditloop-cli spotcheck inspector add --department NAME --name NAME --badge NO
       creditloop-cli spotcheck conflict add --badge NO --uscc CODE --reason TEXT
Draws a reproducible risk-based plan (ratios per light, mandatory checks, two inspectors per check
without conflicts of interest); the same seed gives the same plan. --dry-run draws without saving.</translation>
    </message>
    <message>
        <source>Spot-check plan %1: %2, %3, seed "%4" (algorithm %5): %6 of %7 entities drawn.</source>
        <translation>Spot-check plan %1: %2, %3, seed "%4" (algorithm %5): %6 of %7 entities drawn.</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(not saved)</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  warning: %1</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>mandatory</translation>
    </message>
    <message>
        <source>random</source>
        <translation>random</translation>
    </message>
    <message>
        <source>joint visit with %1</source>
        <translation>joint visit with %1</translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation>Spot checks</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not "%2".</source>
        <translation>%1 needs a whole number, not "%2".</translation>
    </message>
    <message>
        <source>Inspector %1 (%2) added to %3.</source>
        <translation>Inspector %1 (%2) added to %3.</translation>
    </message>
    <message>
        <source>Conflict of interest recorded: %1 will not be drawn for %2.</source>
        <translation>Conflict of interest recorded: %1 will not be drawn for %2.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli summary
What the database holds: entities by kind and town, users, audit entries.</source>
        <translation>Usage: creditloop-cli summary
What the database holds: entities by kind and town, users, audit entries.</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>Database: %1 (schema %2)</translation>
    </message>
    <message>
        <source>Market entities: %1</source>
        <translation>Market entities: %1</translation>
    </message>
    <message>
        <source>Active users:</source>
        <translation>Active users:</translation>
    </message>
    <message numerus="yes">
        <source>  (%n demo user(s) with the documented demo password)</source>
        <translation>
            <numerusform>  (%n demo user with the documented demo password)</numerusform>
            <numerusform>  (%n demo users with the documented demo password)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log entries: %1</source>
        <translation>Audit log entries: %1</translation>
    </message>
    <message>
        <source>Changes waiting for sync: %1</source>
        <translation>Changes waiting for sync: %1</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVALID</translation>
    </message>
    <message>
        <source>valid (verified historical code)</source>
        <translation>valid (verified historical code)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli uscc check CODE...
Checks each code at the levels FORMAT, CHECKSUM18 (errors), ORG17, TABLE, REGION (warnings).
Exit code 1 when any code is invalid.</source>
        <translation>Usage: creditloop-cli uscc check CODE...
Checks each code at the levels FORMAT, CHECKSUM18 (errors), ORG17, TABLE, REGION (warnings).
Exit code 1 when any code is invalid.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli uscc verified list
       creditloop-cli uscc verified add CODE --reason TEXT
       creditloop-cli uscc verified remove CODE
Legal codes that fail the check character (early pilot codes); changes are audited.</source>
        <translation>Usage: creditloop-cli uscc verified list
       creditloop-cli uscc verified add CODE --reason TEXT
       creditloop-cli uscc verified remove CODE
Legal codes that fail the check character (early pilot codes); changes are audited.</translation>
    </message>
    <message>
        <source>%1 added to the verified historical codes.</source>
        <translation>%1 added to the verified historical codes.</translation>
    </message>
    <message>
        <source>%1 removed from the verified historical codes.</source>
        <translation>%1 removed from the verified historical codes.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli uscc check CODE... | uscc verified list|add|remove</source>
        <translation>Usage: creditloop-cli uscc check CODE... | uscc verified list|add|remove</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli user add NAME --role ROLE [--display-name TEXT] [--department NAME]
       creditloop-cli user passwd NAME
       creditloop-cli user disable NAME | user enable NAME | user list
Roles: clerk (window clerk), supervisor (supervision officer, needs --department), enforcer,
manager, admin. The first user must be an admin and needs no --user.
The new password comes from CREDITLOOP_NEW_PASSWORD or is asked for twice at the terminal.</source>
        <translation>Usage: creditloop-cli user add NAME --role ROLE [--display-name TEXT] [--department NAME]
       creditloop-cli user passwd NAME
       creditloop-cli user disable NAME | user enable NAME | user list
Roles: clerk (window clerk), supervisor (supervision officer, needs --department), enforcer,
manager, admin. The first user must be an admin and needs no --user.
The new password comes from CREDITLOOP_NEW_PASSWORD or is asked for twice at the terminal.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Repeat the new password: </translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>The two passwords differ. Nothing was changed.</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(disabled)</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <source>Unknown department "%1".</source>
        <translation>Unknown department "%1".</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>User %1 added as %2.</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>Password of %1 changed.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>User %1 enabled.</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>User %1 disabled.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
    </message>
    <message>
        <source>A password is needed and there is no terminal to ask: set CREDITLOOP_PASSWORD (or CREDITLOOP_NEW_PASSWORD for a new user's password).</source>
        <translation>A password is needed and there is no terminal to ask: set CREDITLOOP_PASSWORD (or CREDITLOOP_NEW_PASSWORD for a new user's password).</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows checked — %4 can be imported, %5 rejected; nothing was written.</source>
        <translation>%1 (%2): %3 rows checked — %4 can be imported, %5 rejected; nothing was written.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows — %4 imported, %5 updated, %6 unchanged, %7 rejected; %8 new entities; %9 lights changed.</source>
        <translation>%1 (%2): %3 rows — %4 imported, %5 updated, %6 unchanged, %7 rejected; %8 new entities; %9 lights changed.</translation>
    </message>
    <message>
        <source>Grade schemes, version %1:</source>
        <translation>Grade schemes, version %1:</translation>
    </message>
    <message>
        <source>(risk only, not public)</source>
        <translation>(risk only, not public)</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli grades set-level SCHEME GRADE LEVEL   (LEVEL R0|R1|R2|R3|U; empty removes the grade)</source>
        <translation>Usage: creditloop-cli grades set-level SCHEME GRADE LEVEL   (LEVEL R0|R1|R2|R3|U; empty removes the grade)</translation>
    </message>
    <message>
        <source>Scheme rules version %1: %2 grade %3 → %4; evaluations re-levelled and lights recomputed.</source>
        <translation>Scheme rules version %1: %2 grade %3 → %4; evaluations re-levelled and lights recomputed.</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli grades import FILE... [--department NAME] [--scheme CODE]
       [--encoding auto|utf-8|gb18030|utf-16] [--sheet NAME] [--report FILE.csv] [--check]
Imports graded evaluations (CSV or XLSX, columns matched by header name). A bad row is rejected
alone; --report writes the rejected rows to a CSV to fix and send again; --check validates only.
Exit code 3 when some rows were rejected.
       creditloop-cli grades schemes                      the grade scales and their levels
       creditloop-cli grades set-level SCHEME GRADE LEVEL  change a level (new rules version)</source>
        <translation>Usage: creditloop-cli grades import FILE... [--department NAME] [--scheme CODE]
       [--encoding auto|utf-8|gb18030|utf-16] [--sheet NAME] [--report FILE.csv] [--check]
Imports graded evaluations (CSV or XLSX, columns matched by header name). A bad row is rejected
alone; --report writes the rejected rows to a CSV to fix and send again; --check validates only.
Exit code 3 when some rows were rejected.
       creditloop-cli grades schemes                      the grade scales and their levels
       creditloop-cli grades set-level SCHEME GRADE LEVEL  change a level (new rules version)</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli lights stats
Counts of the stored lights (as last computed), per industry field and per town/street.</source>
        <translation>Usage: creditloop-cli lights stats
Counts of the stored lights (as last computed), per industry field and per town/street.</translation>
    </message>
    <message>
        <source>Stored lights, all computed as of %1.</source>
        <translation>Stored lights, all computed as of %1.</translation>
    </message>
    <message>
        <source>Stored lights: all computed as of %1, entities of later imports as of %2.</source>
        <translation>Stored lights: all computed as of %1, entities of later imports as of %2.</translation>
    </message>
    <message>
        <source>Stored lights of imported entities, computed as of %1; lights recompute computes every entity.</source>
        <translation>Stored lights of imported entities, computed as of %1; lights recompute computes every entity.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli lights show CODE | lights stats | lights recompute   (show and recompute honour --as-of)</source>
        <translation>Usage: creditloop-cli lights show CODE | lights stats | lights recompute   (show and recompute honour --as-of)</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli departments list
       creditloop-cli departments alias add DEPARTMENT ALIAS
Departments with their grade scheme; an alias lets files name a department differently.</source>
        <translation>Usage: creditloop-cli departments list
       creditloop-cli departments alias add DEPARTMENT ALIAS
Departments with their grade scheme; an alias lets files name a department differently.</translation>
    </message>
    <message>
        <source>(does not grade)</source>
        <translation>(does not grade)</translation>
    </message>
    <message>
        <source>"%1" now also names %2.</source>
        <translation>"%1" now also names %2.</translation>
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
        <translation>Usage: creditloop-cli [--db PATH] [--json] [--lang zh_CN|en] [--as-of YYYY-MM-DD] [--user NAME] COMMAND ...

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
Each command has --help.</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>The file could not be read after line %1: %2</source>
        <translation>The file could not be read after line %1: %2</translation>
    </message>
    <message>
        <source>The row contains bytes that are not valid %1 text (shown as “%2”): the row may be in another encoding. Check the file's encoding or correct the row.</source>
        <translation>The row contains bytes that are not valid %1 text (shown as “%2”): the row may be in another encoding. Check the file's encoding or correct the row.</translation>
    </message>
    <message>
        <source>Field too long: a value in this row is longer than %1 characters; the row was not read.</source>
        <translation>Field too long: a value in this row is longer than %1 characters; the row was not read.</translation>
    </message>
    <message>
        <source>The row is longer than %1 characters; it was not read.</source>
        <translation>The row is longer than %1 characters; it was not read.</translation>
    </message>
    <message>
        <source>The row has more than %1 columns; it was not read.</source>
        <translation>The row has more than %1 columns; it was not read.</translation>
    </message>
    <message>
        <source>A quoted value that starts in this row is never closed (a " is missing), so the rest of the file was read as part of this row.</source>
        <translation>A quoted value that starts in this row is never closed (a " is missing), so the rest of the file was read as part of this row.</translation>
    </message>
    <message>
        <source>The CSV source is not open for reading.</source>
        <translation>The CSV source is not open for reading.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the database file %1: %2.</source>
        <translation>Cannot read the database file %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a CreditLoop database (it is not an SQLite file). The file was left untouched; choose another file with --db or in the settings.</source>
        <translation>%1 is not a CreditLoop database (it is not an SQLite file). The file was left untouched; choose another file with --db or in the settings.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Choose a location you may write to (--db or the settings).</source>
        <translation>Cannot create the folder %1 for the database. Choose a location you may write to (--db or the settings).</translation>
    </message>
    <message>
        <source>The database location %1 is not writable. Choose a location you may write to (--db or the settings).</source>
        <translation>The database location %1 is not writable. Choose a location you may write to (--db or the settings).</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Cannot open the database %1.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Generating demo data failed: %1. Nothing was written.</source>
        <translation>Generating demo data failed: %1. Nothing was written.</translation>
    </message>
    <message>
        <source>The number of demo entities cannot be negative (%1).</source>
        <translation>The number of demo entities cannot be negative (%1).</translation>
    </message>
    <message>
        <source>Demo data needs the SQLite driver; this database connection is not SQLite.</source>
        <translation>Demo data needs the SQLite driver; this database connection is not SQLite.</translation>
    </message>
</context>
<context>
    <name>DepartmentAliases</name>
    <message>
        <source>The alias is empty.</source>
        <translation>The alias is empty.</translation>
    </message>
    <message>
        <source>Unknown department "%1".</source>
        <translation>Unknown department "%1".</translation>
    </message>
    <message>
        <source>"%1" already names this department.</source>
        <translation>"%1" already names this department.</translation>
    </message>
    <message>
        <source>"%1" already names another department.</source>
        <translation>"%1" already names another department.</translation>
    </message>
</context>
<context>
    <name>EntityRepository</name>
    <message>
        <source>The entity name is missing.</source>
        <translation>The entity name is missing.</translation>
    </message>
    <message>
        <source>Unknown entity kind "%1"; kinds: %2.</source>
        <translation>Unknown entity kind "%1"; kinds: %2.</translation>
    </message>
    <message>
        <source>An entity with the code %1 is already registered.</source>
        <translation>An entity with the code %1 is already registered.</translation>
    </message>
    <message>
        <source>The entity to update no longer exists.</source>
        <translation>The entity to update no longer exists.</translation>
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <source>counts</source>
        <translation>counts</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>not yet valid</translation>
    </message>
</context>
<context>
    <name>GradeColumns</name>
    <message>
        <source>credit code</source>
        <translation>credit code</translation>
    </message>
    <message>
        <source>entity name</source>
        <translation>entity name</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>scheme</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>grade</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>industry field</source>
        <translation>industry field</translation>
    </message>
    <message>
        <source>evaluation date</source>
        <translation>evaluation date</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>valid until</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>remark</translation>
    </message>
    <message>
        <source>The column "%1" appears twice (columns %2 and %3). Remove one of them.</source>
        <translation>The column "%1" appears twice (columns %2 and %3). Remove one of them.</translation>
    </message>
    <message>
        <source>Required column(s) missing: %1. The header row has: %2.</source>
        <translation>Required column(s) missing: %1. The header row has: %2.</translation>
    </message>
</context>
<context>
    <name>GradeImporter</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>Unknown department "%1" (--department).</source>
        <translation>Unknown department "%1" (--department).</translation>
    </message>
    <message>
        <source>Unknown grade scheme "%1" (--scheme).</source>
        <translation>Unknown grade scheme "%1" (--scheme).</translation>
    </message>
    <message>
        <source>The credit code is missing.</source>
        <translation>The credit code is missing.</translation>
    </message>
    <message>
        <source>The entity name is missing.</source>
        <translation>The entity name is missing.</translation>
    </message>
    <message>
        <source>The department is missing (give the column or --department).</source>
        <translation>The department is missing (give the column or --department).</translation>
    </message>
    <message>
        <source>%1 does not grade entities.</source>
        <translation>%1 does not grade entities.</translation>
    </message>
    <message>
        <source>You may import only the evaluations of %1.</source>
        <translation>You may import only the evaluations of %1.</translation>
    </message>
    <message>
        <source>The grade is missing.</source>
        <translation>The grade is missing.</translation>
    </message>
    <message>
        <source>The grade "%1" is not part of the scheme %2 (known grades: %3).</source>
        <translation>The grade "%1" is not part of the scheme %2 (known grades: %3).</translation>
    </message>
    <message>
        <source>The score "%1" is not a number.</source>
        <translation>The score "%1" is not a number.</translation>
    </message>
    <message>
        <source>The evaluation date is missing.</source>
        <translation>The evaluation date is missing.</translation>
    </message>
    <message>
        <source>"%1" is not a date (use YYYY-MM-DD, YYYY/M/D, YYYY.MM.DD, YYYYMMDD or YYYY年M月D日).</source>
        <translation>"%1" is not a date (use YYYY-MM-DD, YYYY/M/D, YYYY.MM.DD, YYYYMMDD or YYYY年M月D日).</translation>
    </message>
    <message>
        <source>Valid until %1 is before the evaluation date %2.</source>
        <translation>Valid until %1 is before the evaluation date %2.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row.</source>
        <translation>%1 is empty: there is no header row.</translation>
    </message>
    <message>
        <source>This file was already imported (batch %1, %2, by %3); nothing was added.</source>
        <translation>This file was already imported (batch %1, %2, by %3); nothing was added.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The evaluation of %1 by %2 on %3 was %4 and is now %5.</source>
        <translation>The evaluation of %1 by %2 on %3 was %4 and is now %5.</translation>
    </message>
    <message>
        <source>The row has only %1 of %2 columns (a line break or a missing separator?).</source>
        <translation>The row has only %1 of %2 columns (a line break or a missing separator?).</translation>
    </message>
    <message>
        <source>The cell holds a number: format the code column as text in Excel.</source>
        <translation>The cell holds a number: format the code column as text in Excel.</translation>
    </message>
    <message>
        <source>Unknown grade scheme "%1". Schemes: %2.</source>
        <translation>Unknown grade scheme "%1". Schemes: %2.</translation>
    </message>
    <message>
        <source>The first row of the file must be the header row with the column names.</source>
        <translation>The first row of the file must be the header row with the column names.</translation>
    </message>
    <message>
        <source>A file without a department column can be imported with --department NAME.</source>
        <translation>A file without a department column can be imported with --department NAME.</translation>
    </message>
    <message>
        <source>The workbook has the sheets %1; choose one with --sheet NAME.</source>
        <translation>The workbook has the sheets %1; choose one with --sheet NAME.</translation>
    </message>
    <message>
        <source>%1 has a header row but no data rows; nothing was imported.</source>
        <translation>%1 has a header row but no data rows; nothing was imported.</translation>
    </message>
    <message>
        <source>Unknown department "%1". Known departments: %2. An administrator can add the name as an alias (departments alias add).</source>
        <translation>Unknown department "%1". Known departments: %2. An administrator can add the name as an alias (departments alias add).</translation>
    </message>
</context>
<context>
    <name>GradeSchemes</name>
    <message>
        <source>R0 low risk / trustworthy</source>
        <translation>R0 low risk / trustworthy</translation>
    </message>
    <message>
        <source>R1 ordinary</source>
        <translation>R1 ordinary</translation>
    </message>
    <message>
        <source>R2 elevated risk</source>
        <translation>R2 elevated risk</translation>
    </message>
    <message>
        <source>R3 high risk / dishonest</source>
        <translation>R3 high risk / dishonest</translation>
    </message>
    <message>
        <source>U not evaluated</source>
        <translation>U not evaluated</translation>
    </message>
    <message>
        <source>Unknown grade scheme "%1".</source>
        <translation>Unknown grade scheme "%1".</translation>
    </message>
    <message>
        <source>The grade is missing.</source>
        <translation>The grade is missing.</translation>
    </message>
    <message>
        <source>Unknown level "%1"; levels are R0, R1, R2, R3 and U.</source>
        <translation>Unknown level "%1"; levels are R0, R1, R2, R3 and U.</translation>
    </message>
    <message>
        <source>Grade %1 of %2 already has this level.</source>
        <translation>Grade %1 of %2 already has this level.</translation>
    </message>
</context>
<context>
    <name>IdCardValidator</name>
    <message>
        <source>The identity card number is missing.</source>
        <translation>The identity card number is missing.</translation>
    </message>
    <message>
        <source>%1 is a first-generation 15-digit number, no longer valid; enter the 18-digit number.</source>
        <translation>%1 is a first-generation 15-digit number, no longer valid; enter the 18-digit number.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n character(s); an identity card number has 18.</source>
        <translation>
            <numerusform>%1 has %n character; an identity card number has 18.</numerusform>
            <numerusform>%1 has %n characters; an identity card number has 18.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: position %2 must be a digit.</source>
        <translation>%1: position %2 must be a digit.</translation>
    </message>
    <message>
        <source>%1: the last character must be a digit or X.</source>
        <translation>%1: the last character must be a digit or X.</translation>
    </message>
    <message>
        <source>%1: positions 7-14 (%2) are not a possible date of birth.</source>
        <translation>%1: positions 7-14 (%2) are not a possible date of birth.</translation>
    </message>
    <message>
        <source>%1: the check character is %2 but should be %3; please check the number for a typing error.</source>
        <translation>%1: the check character is %2 but should be %3; please check the number for a typing error.</translation>
    </message>
</context>
<context>
    <name>LightEngine</name>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Grey (not evaluated)</source>
        <translation>Grey (not evaluated)</translation>
    </message>
    <message>
        <source>on the serious-dishonesty list</source>
        <translation>on the serious-dishonesty list</translation>
    </message>
    <message>
        <source>a confirmed false commitment, not repaired</source>
        <translation>a confirmed false commitment, not repaired</translation>
    </message>
    <message>
        <source>a commitment not fulfilled past its rectification deadline, not repaired</source>
        <translation>a commitment not fulfilled past its rectification deadline, not repaired</translation>
    </message>
    <message>
        <source>an evaluation at level R3 (high risk / dishonest)</source>
        <translation>an evaluation at level R3 (high risk / dishonest)</translation>
    </message>
    <message>
        <source>an evaluation at level R2 (elevated risk)</source>
        <translation>an evaluation at level R2 (elevated risk)</translation>
    </message>
    <message>
        <source>a commitment partly fulfilled, or missing materials overdue</source>
        <translation>a commitment partly fulfilled, or missing materials overdue</translation>
    </message>
    <message>
        <source>an administrative penalty within its publicity period</source>
        <translation>an administrative penalty within its publicity period</translation>
    </message>
    <message>
        <source>valid evaluations at R0 or R1 and nothing negative</source>
        <translation>valid evaluations at R0 or R1 and nothing negative</translation>
    </message>
    <message>
        <source>no valid evaluation and nothing negative</source>
        <translation>no valid evaluation and nothing negative</translation>
    </message>
    <message>
        <source>false commitment</source>
        <translation>false commitment</translation>
    </message>
    <message>
        <source>commitment unfulfilled past the deadline</source>
        <translation>commitment unfulfilled past the deadline</translation>
    </message>
    <message>
        <source>commitment partly fulfilled</source>
        <translation>commitment partly fulfilled</translation>
    </message>
    <message>
        <source>missing materials overdue</source>
        <translation>missing materials overdue</translation>
    </message>
    <message>
        <source>administrative penalty in publicity</source>
        <translation>administrative penalty in publicity</translation>
    </message>
    <message>
        <source>The lights were last computed as of %1; computing them as of the earlier date %2 would overwrite them. To see a past light, use lights show CODE --as-of DATE.</source>
        <translation>The lights were last computed as of %1; computing them as of the earlier date %2 would overwrite them. To see a past light, use lights show CODE --as-of DATE.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Upgrading the database failed in step %1: %2. Nothing was changed.</source>
        <translation>Upgrading the database failed in step %1: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be used. It was left untouched; restore it from a backup or choose another file.</source>
        <translation>The database %1 is damaged and cannot be used. It was left untouched; restore it from a backup or choose another file.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a CreditLoop database. It was left untouched; choose another file.</source>
        <translation>%1 is an SQLite database of another program, not a CreditLoop database. It was left untouched; choose another file.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of CreditLoop (schema %2; this program knows up to %3). It was left untouched; install the newer program to open it.</source>
        <translation>The database %1 was written by a newer version of CreditLoop (schema %2; this program knows up to %3). It was left untouched; install the newer program to open it.</translation>
    </message>
    <message>
        <source>The upgrade step %1 is missing from this program.</source>
        <translation>The upgrade step %1 is missing from this program.</translation>
    </message>
</context>
<context>
    <name>RejectReport</name>
    <message>
        <source>Cannot write the report %1: %2.</source>
        <translation>Cannot write the report %1: %2.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SpotCheckPlanner</name>
    <message>
        <source>Unknown department "%1".</source>
        <translation>Unknown department "%1".</translation>
    </message>
    <message>
        <source>The year %1 is not plausible.</source>
        <translation>The year %1 is not plausible.</translation>
    </message>
    <message>
        <source>A plan needs a seed (any text or number), so anyone can repeat the draw.</source>
        <translation>A plan needs a seed (any text or number), so anyone can repeat the draw.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n active inspector(s); every check needs two. Add inspectors to the roster.</source>
        <translation>
            <numerusform>%1 has %n active inspector; every check needs two. Add inspectors to the roster.</numerusform>
            <numerusform>%1 has %n active inspectors; every check needs two. Add inspectors to the roster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) have fewer than two inspectors without a conflict of interest.</source>
        <translation>
            <numerusform>%n check has fewer than two inspectors without a conflict of interest.</numerusform>
            <numerusform>%n checks have fewer than two inspectors without a conflict of interest.</numerusform>
        </translation>
    </message>
    <message>
        <source>You may plan spot checks only for your own department.</source>
        <translation>You may plan spot checks only for your own department.</translation>
    </message>
    <message>
        <source>There is no spot-check plan %1.</source>
        <translation>There is no spot-check plan %1.</translation>
    </message>
    <message>
        <source>An inspector needs a name and a badge number.</source>
        <translation>An inspector needs a name and a badge number.</translation>
    </message>
    <message>
        <source>The badge number %1 is already on the roster.</source>
        <translation>The badge number %1 is already on the roster.</translation>
    </message>
    <message>
        <source>Give the reason of the conflict of interest.</source>
        <translation>Give the reason of the conflict of interest.</translation>
    </message>
    <message>
        <source>No inspector has the badge number %1.</source>
        <translation>No inspector has the badge number %1.</translation>
    </message>
    <message>
        <source>No entity with the code %1 is registered.</source>
        <translation>No entity with the code %1 is registered.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation>Drawn by</translation>
    </message>
    <message>
        <source>Inspector 1</source>
        <translation>Inspector 1</translation>
    </message>
    <message>
        <source>Inspector 2</source>
        <translation>Inspector 2</translation>
    </message>
    <message>
        <source>Joint visit</source>
        <translation>Joint visit</translation>
    </message>
    <message>
        <source>Also checked by</source>
        <translation>Also checked by</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>mandatory</translation>
    </message>
    <message>
        <source>random (ratio)</source>
        <translation>random (ratio)</translation>
    </message>
    <message>
        <source>%1 supervises no entities, so it has no spot checks to plan.</source>
        <translation>%1 supervises no entities, so it has no spot checks to plan.</translation>
    </message>
    <message>
        <source>You may change only your own department's roster.</source>
        <translation>You may change only your own department's roster.</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>The file “%1” does not exist or is not a file.</source>
        <translation>The file “%1” does not exist or is not a file.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>The file “%1” cannot be opened: %2</translation>
    </message>
    <message>
        <source>“%1” is not open for reading.</source>
        <translation>“%1” is not open for reading.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” could not be read: %2</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>“%1” is empty: there is nothing to import.</translation>
    </message>
    <message>
        <source>“%1” is an Excel workbook but was not opened for random access.</source>
        <translation>“%1” is an Excel workbook but was not opened for random access.</translation>
    </message>
    <message>
        <source>“%1” is a password-protected Excel workbook. Open it in Excel, remove the password (File › Info › Protect Workbook), save it as .xlsx and import it again.</source>
        <translation>“%1” is a password-protected Excel workbook. Open it in Excel, remove the password (File › Info › Protect Workbook), save it as .xlsx and import it again.</translation>
    </message>
    <message>
        <source>“%1” is an old Excel 97–2003 (.xls) workbook, which cannot be read. Open it in Excel or WPS and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that file.</source>
        <translation>“%1” is an old Excel 97–2003 (.xls) workbook, which cannot be read. Open it in Excel or WPS and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that file.</translation>
    </message>
    <message>
        <source>“%1” is a web page saved as .xls, not a real Excel file. Open it in Excel and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that file.</source>
        <translation>“%1” is a web page saved as .xls, not a real Excel file. Open it in Excel and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that file.</translation>
    </message>
    <message>
        <source>“%1” is an “XML Spreadsheet 2003” file. Open it in Excel and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that file.</source>
        <translation>“%1” is an “XML Spreadsheet 2003” file. Open it in Excel and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that file.</translation>
    </message>
    <message>
        <source>“%1” is not a table: it holds binary data, not CSV text. Choose a CSV file (UTF-8 or GB18030) or an Excel workbook (.xlsx).</source>
        <translation>“%1” is not a table: it holds binary data, not CSV text. Choose a CSV file (UTF-8 or GB18030) or an Excel workbook (.xlsx).</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Unknown text encoding “%1”: use auto, UTF-8, GB18030 or UTF-16.</source>
        <translation>Unknown text encoding “%1”: use auto, UTF-8, GB18030 or UTF-16.</translation>
    </message>
    <message>
        <source>This build of CreditLoop cannot read GB18030 (Chinese legacy) text. Save the file as UTF-8 (in Excel: “CSV UTF-8”) and import it again.</source>
        <translation>This build of CreditLoop cannot read GB18030 (Chinese legacy) text. Save the file as UTF-8 (in Excel: “CSV UTF-8”) and import it again.</translation>
    </message>
    <message>
        <source>Unknown text encoding “%1”: use UTF-8, GB18030 or UTF-16.</source>
        <translation>Unknown text encoding “%1”: use UTF-8, GB18030 or UTF-16.</translation>
    </message>
    <message>
        <source>This build of CreditLoop cannot write GB18030 text: choose UTF-8 instead.</source>
        <translation>This build of CreditLoop cannot write GB18030 text: choose UTF-8 instead.</translation>
    </message>
</context>
<context>
    <name>UsccValidator</name>
    <message numerus="yes">
        <source>it has %n character(s); a credit code has 18</source>
        <translation>
            <numerusform>it has %n character; a credit code has 18</numerusform>
            <numerusform>it has %n characters; a credit code has 18</numerusform>
        </translation>
    </message>
    <message>
        <source>position %1 is "%2"; positions 3-8 are the division code and must be digits</source>
        <translation>position %1 is "%2"; positions 3-8 are the division code and must be digits</translation>
    </message>
    <message>
        <source>position %1 is "%2", which is not used in credit codes (I, O, S, V, Z and symbols never appear)</source>
        <translation>position %1 is "%2", which is not used in credit codes (I, O, S, V, Z and symbols never appear)</translation>
    </message>
    <message>
        <source>Not a valid credit code: %1.</source>
        <translation>Not a valid credit code: %1.</translation>
    </message>
    <message>
        <source>The check character (position 18) is "%1" but should be "%2": the code was probably mistyped. Compare it with the business licence.</source>
        <translation>The check character (position 18) is "%1" but should be "%2": the code was probably mistyped. Compare it with the business licence.</translation>
    </message>
    <message>
        <source>The organisation code check character (position 17) is "%1" but GB 11714 gives "%2".</source>
        <translation>The organisation code check character (position 17) is "%1" but GB 11714 gives "%2".</translation>
    </message>
    <message>
        <source>Registration authority "%1" with entity type "%2" is not a known combination.</source>
        <translation>Registration authority "%1" with entity type "%2" is not a known combination.</translation>
    </message>
    <message>
        <source>The division code %1 is not a known administrative division.</source>
        <translation>The division code %1 is not a known administrative division.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <source>The user %1 is disabled. Ask an administrator.</source>
        <translation>The user %1 is disabled. Ask an administrator.</translation>
    </message>
    <message>
        <source>The user name "%1" is not allowed: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>The user name "%1" is not allowed: use 2 to 32 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>Unknown role "%1". Roles: %2.</source>
        <translation>Unknown role "%1". Roles: %2.</translation>
    </message>
    <message>
        <source>A supervision officer belongs to a department: choose one.</source>
        <translation>A supervision officer belongs to a department: choose one.</translation>
    </message>
    <message>
        <source>The first user must be an administrator.</source>
        <translation>The first user must be an administrator.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>The user name %1 is already taken.</translation>
    </message>
    <message>
        <source>Unknown department.</source>
        <translation>Unknown department.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled.</source>
        <translation>%1 is the last active administrator and cannot be disabled.</translation>
    </message>
</context>
<context>
    <name>VerifiedCodeList</name>
    <message>
        <source>%1 is not a well-formed credit code; only codes that fail the check character may be listed.</source>
        <translation>%1 is not a well-formed credit code; only codes that fail the check character may be listed.</translation>
    </message>
    <message>
        <source>%1 passes the check character test and does not need to be listed.</source>
        <translation>%1 passes the check character test and does not need to be listed.</translation>
    </message>
    <message>
        <source>Give the reason (the document that proves the code is legal).</source>
        <translation>Give the reason (the document that proves the code is legal).</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 is already on the list.</translation>
    </message>
    <message>
        <source>%1 is not on the list.</source>
        <translation>%1 is not on the list.</translation>
    </message>
</context>
<context>
    <name>XlsxTableReader</name>
    <message>
        <source>“%1” contains no worksheet, so there is no table to import.</source>
        <translation>“%1” contains no worksheet, so there is no table to import.</translation>
    </message>
    <message>
        <source>“%1” has no sheet named “%2”. Its sheets are: %3.</source>
        <translation>“%1” has no sheet named “%2”. Its sheets are: %3.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the sheet “%2” has no data part (%3). Open the file in Excel, save it again as .xlsx and import the new file.</source>
        <translation>“%1” is damaged: the sheet “%2” has no data part (%3). Open the file in Excel, save it again as .xlsx and import the new file.</translation>
    </message>
    <message>
        <source>The row has a cell beyond the last Excel column (XFD); it was left out.</source>
        <translation>The row has a cell beyond the last Excel column (XFD); it was left out.</translation>
    </message>
    <message>
        <source>Cell %1%2 refers to a text the workbook does not contain (the file is damaged).</source>
        <translation>Cell %1%2 refers to a text the workbook does not contain (the file is damaged).</translation>
    </message>
    <message>
        <source>Field too long: cell %1%2 holds more than %3 characters; the row was not read.</source>
        <translation>Field too long: cell %1%2 holds more than %3 characters; the row was not read.</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>“%1” is an OpenDocument spreadsheet (.ods). Open it in WPS, LibreOffice or Excel, save it as “Excel Workbook (.xlsx)” and import that file.</source>
        <translation>“%1” is an OpenDocument spreadsheet (.ods). Open it in WPS, LibreOffice or Excel, save it as “Excel Workbook (.xlsx)” and import that file.</translation>
    </message>
    <message>
        <source>“%1” is a Word document, not a spreadsheet. Import the table as .xlsx or CSV.</source>
        <translation>“%1” is a Word document, not a spreadsheet. Import the table as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>“%1” is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml). Choose an .xlsx or CSV file.</source>
        <translation>“%1” is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml). Choose an .xlsx or CSV file.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the part “%2” is missing. Open the file in Excel, save it again as .xlsx and import the new file.</source>
        <translation>“%1” is damaged: the part “%2” is missing. Open the file in Excel, save it again as .xlsx and import the new file.</translation>
    </message>
    <message>
        <source>“%1” was refused: its text table (%2) is larger than %3 MB. Save the sheet as CSV UTF-8 and import that file.</source>
        <translation>“%1” was refused: its text table (%2) is larger than %3 MB. Save the sheet as CSV UTF-8 and import that file.</translation>
    </message>
</context>
<context>
    <name>XlsxXmlStream</name>
    <message>
        <source>“%1” is damaged: its part “%2” ends too early. Open the file in Excel, save it again as .xlsx and import the new file.</source>
        <translation>“%1” is damaged: its part “%2” ends too early. Open the file in Excel, save it again as .xlsx and import the new file.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its part “%2” is not valid XML (%3, line %4). Open the file in Excel, save it again as .xlsx and import the new file.</source>
        <translation>“%1” is damaged: its part “%2” is not valid XML (%3, line %4). Open the file in Excel, save it again as .xlsx and import the new file.</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>“%1” is damaged: its part “%2” cannot be read. Open the file in Excel, save it again as .xlsx and import the new file.</source>
        <translation>“%1” is damaged: its part “%2” cannot be read. Open the file in Excel, save it again as .xlsx and import the new file.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” could not be read: %2</translation>
    </message>
    <message>
        <source>“%1” is one part of a split ZIP archive, not an Excel workbook.</source>
        <translation>“%1” is one part of a split ZIP archive, not an Excel workbook.</translation>
    </message>
    <message>
        <source>“%1” is damaged or incomplete (perhaps a download or copy was cut short): it is not a readable Excel workbook. Save it again from Excel as .xlsx and import the new file.</source>
        <translation>“%1” is damaged or incomplete (perhaps a download or copy was cut short): it is not a readable Excel workbook. Save it again from Excel as .xlsx and import the new file.</translation>
    </message>
    <message>
        <source>“%1” is encrypted (its part “%2” needs a password). Open it in Excel, remove the password, save it as .xlsx and import it again.</source>
        <translation>“%1” is encrypted (its part “%2” needs a password). Open it in Excel, remove the password, save it as .xlsx and import it again.</translation>
    </message>
    <message>
        <source>“%1” uses a compression method this program cannot read (part “%2”). Save it again from Excel as .xlsx and import the new file.</source>
        <translation>“%1” uses a compression method this program cannot read (part “%2”). Save it again from Excel as .xlsx and import the new file.</translation>
    </message>
    <message>
        <source>“%1” was refused: its part “%2” would inflate to %3 MB, which no real workbook needs (a damaged file or a “zip bomb”).</source>
        <translation>“%1” was refused: its part “%2” would inflate to %3 MB, which no real workbook needs (a damaged file or a “zip bomb”).</translation>
    </message>
</context>
<context>
    <name>cl::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Letters, digits, dots, dashes</source>
        <translation>Letters, digits, dots, dashes</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>De&amp;partment:</translation>
    </message>
</context>
<context>
    <name>cl::AffectedEntitiesDialog</name>
    <message>
        <source>Entities in this import</source>
        <translation>Entities in this import</translation>
    </message>
    <message numerus="yes">
        <source>The first %n entities of the import, with their light now. Enter opens a profile.</source>
        <translation>
            <numerusform>The first %n entity of the import, with its light now. Enter opens a profile.</numerusform>
            <numerusform>The first %n entities of the import, with their light now. Enter opens a profile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities, with their light now. Enter opens a profile.</source>
        <translation>
            <numerusform>%n entity, with its light now. Enter opens a profile.</numerusform>
            <numerusform>%n entities, with their light now. Enter opens a profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cl::CreditLightPanel</name>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Serious-dishonesty list</source>
        <translation>Serious-dishonesty list</translation>
    </message>
    <message>
        <source>Records that decide the light (as of %1):</source>
        <translation>Records that decide the light (as of %1):</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Scheme / kind</source>
        <translation>Scheme / kind</translation>
    </message>
    <message>
        <source>Raw grade</source>
        <translation>Raw grade</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Valid from %1</translation>
    </message>
    <message>
        <source>No valid evaluation and no negative record: %1.</source>
        <translation>No valid evaluation and no negative record: %1.</translation>
    </message>
    <message>
        <source>The light over time:</source>
        <translation>The light over time:</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>No light recorded yet.</source>
        <translation>No light recorded yet.</translation>
    </message>
</context>
<context>
    <name>cl::DailyLightRefresh</name>
    <message numerus="yes">
        <source>Credit lights brought up to %1: %n changed.</source>
        <translation>
            <numerusform>Credit lights brought up to %1: %n changed.</numerusform>
            <numerusform>Credit lights brought up to %1: %n changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credit lights could not be brought up to date: %1</source>
        <translation>The credit lights could not be brought up to date: %1</translation>
    </message>
    <message>
        <source>Bringing the credit lights up to today…</source>
        <translation>Bringing the credit lights up to today…</translation>
    </message>
</context>
<context>
    <name>cl::Entity</name>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Individual business</source>
        <translation>Individual business</translation>
    </message>
    <message>
        <source>Farmers' cooperative</source>
        <translation>Farmers' cooperative</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>Social organisation</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>Licence revoked</translation>
    </message>
    <message>
        <source>Deregistered</source>
        <translation>Deregistered</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>cl::EntityListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Town/street</source>
        <translation>Town/street</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Credit light: %1</source>
        <translation>Credit light: %1</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
</context>
<context>
    <name>cl::EntityPage</name>
    <message>
        <source>Name or credit code (Ctrl+F)</source>
        <translation>Name or credit code (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Register entity…</source>
        <translation>&amp;Register entity…</translation>
    </message>
    <message>
        <source>Register a new market entity (Ctrl+N)</source>
        <translation>Register a new market entity (Ctrl+N)</translation>
    </message>
    <message>
        <source>Enter opens the selected entity</source>
        <translation>Enter opens the selected entity</translation>
    </message>
    <message>
        <source>All towns and streets</source>
        <translation>All towns and streets</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>All industries</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entities</source>
        <translation>
            <numerusform>%Ln matching entity</numerusform>
            <numerusform>%Ln matching entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities</source>
        <translation>
            <numerusform>%Ln entity</numerusform>
            <numerusform>%Ln entities</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only entities with this credit light</source>
        <translation>Show only entities with this credit light</translation>
    </message>
    <message>
        <source>All lights</source>
        <translation>All lights</translation>
    </message>
</context>
<context>
    <name>cl::EntityProfileDialog</name>
    <message>
        <source>Market entity</source>
        <translation>Market entity</translation>
    </message>
    <message>
        <source>This entity is no longer in the register.</source>
        <translation>This entity is no longer in the register.</translation>
    </message>
    <message>
        <source>Market entity: %1</source>
        <translation>Market entity: %1</translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation>Basic data</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>Legal representative:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Industry:</translation>
    </message>
    <message>
        <source>Town/street:</source>
        <translation>Town/street:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Registered on:</translation>
    </message>
    <message>
        <source>In the register since:</source>
        <translation>In the register since:</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>Last changed:</translation>
    </message>
    <message>
        <source>Credit code check</source>
        <translation>Credit code check</translation>
    </message>
    <message>
        <source>Registering authority's division:</source>
        <translation>Registering authority's division:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No changes recorded.</translation>
    </message>
    <message>
        <source>Credit &amp;light</source>
        <translation>Credit &amp;light</translation>
    </message>
    <message>
        <source>&amp;Evaluations (%1)</source>
        <translation>&amp;Evaluations (%1)</translation>
    </message>
    <message>
        <source>&amp;Basic data</source>
        <translation>&amp;Basic data</translation>
    </message>
    <message>
        <source>Recent c&amp;hanges</source>
        <translation>Recent c&amp;hanges</translation>
    </message>
    <message>
        <source>Rule %1: %2 (as of %3)</source>
        <translation>Rule %1: %2 (as of %3)</translation>
    </message>
    <message>
        <source>The register still shows %1: the lights are recomputed after every import and daily.</source>
        <translation>The register still shows %1: the lights are recomputed after every import and daily.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Raw grade</source>
        <translation>Raw grade</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>Import batch</translation>
    </message>
    <message>
        <source>No evaluations recorded.</source>
        <translation>No evaluations recorded.</translation>
    </message>
</context>
<context>
    <name>cl::FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account; the administrator then adds the other users in Settings.</source>
        <translation>This database has no users yet. Create the administrator account; the administrator then adds the other users in Settings.</translation>
    </message>
    <message>
        <source>Shown in the status bar and the audit log</source>
        <translation>Shown in the status bar and the audit log</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
</context>
<context>
    <name>cl::GradeImportWizard</name>
    <message>
        <source>Import evaluations</source>
        <translation>Import evaluations</translation>
    </message>
</context>
<context>
    <name>cl::GradeSchemesBox</name>
    <message>
        <source>Grade schemes</source>
        <translation>Grade schemes</translation>
    </message>
    <message>
        <source>C&amp;hange level…</source>
        <translation>C&amp;hange level…</translation>
    </message>
    <message>
        <source>Add &amp;grade…</source>
        <translation>Add &amp;grade…</translation>
    </message>
    <message>
        <source>S&amp;cheme:</source>
        <translation>S&amp;cheme:</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Counts as</translation>
    </message>
    <message>
        <source>Gives the selected grade another level. All lights are recomputed.</source>
        <translation>Gives the selected grade another level. All lights are recomputed.</translation>
    </message>
    <message>
        <source>A change makes a new version of the scheme data: evaluations keep their raw grade and take the new level, and every light is recomputed.</source>
        <translation>A change makes a new version of the scheme data: evaluations keep their raw grade and take the new level, and every light is recomputed.</translation>
    </message>
    <message>
        <source>Saved as version %1 of the scheme data; all lights were recomputed.</source>
        <translation>Saved as version %1 of the scheme data; all lights were recomputed.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 · %2 (risk classification, not public)</source>
        <translation>%1 · %2 (risk classification, not public)</translation>
    </message>
    <message>
        <source>Change level</source>
        <translation>Change level</translation>
    </message>
    <message>
        <source>Level of grade %1 in %2:</source>
        <translation>Level of grade %1 in %2:</translation>
    </message>
    <message>
        <source>Add grade</source>
        <translation>Add grade</translation>
    </message>
    <message>
        <source>New grade of %1, as departments write it:</source>
        <translation>New grade of %1, as departments write it:</translation>
    </message>
    <message>
        <source>Level of grade %1:</source>
        <translation>Level of grade %1:</translation>
    </message>
    <message>
        <source>Saving and recomputing every light…</source>
        <translation>Saving and recomputing every light…</translation>
    </message>
</context>
<context>
    <name>cl::ImportFilesPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <source>Evaluation files of a department, as CSV (UTF-8 or GB18030) or XLSX. Columns are matched by their header names, in Chinese or English; you can check and correct that in the next step.</source>
        <translation>Evaluation files of a department, as CSV (UTF-8 or GB18030) or XLSX. Columns are matched by their header names, in Chinese or English; you can check and correct that in the next step.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>&amp;Files (or drop them here):</source>
        <translation>&amp;Files (or drop them here):</translation>
    </message>
    <message>
        <source>From the file's %1 column</source>
        <translation>From the file's %1 column</translation>
    </message>
    <message>
        <source>Used for rows whose department cell is empty, and for files without that column.</source>
        <translation>Used for rows whose department cell is empty, and for files without that column.</translation>
    </message>
    <message>
        <source>The department's default scheme</source>
        <translation>The department's default scheme</translation>
    </message>
    <message>
        <source>Used for rows whose scheme cell is empty, and for files without the %1 column.</source>
        <translation>Used for rows whose scheme cell is empty, and for files without the %1 column.</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Scheme:</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>Evaluation files</source>
        <translation>Evaluation files</translation>
    </message>
    <message>
        <source>Evaluation files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Evaluation files (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>cl::ImportPreviewPage</name>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation>Preview and columns</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows as they will be read. Check the encoding (garbled Chinese means a wrong one) and which field each column goes to. Fields marked * are required.</source>
        <translation>
            <numerusform>The first %n row as it will be read. Check the encoding (garbled Chinese means a wrong one) and which field each column goes to. Fields marked * are required.</numerusform>
            <numerusform>The first %n rows as they will be read. Check the encoding (garbled Chinese means a wrong one) and which field each column goes to. Fields marked * are required.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Automatic: a byte-order mark, else valid UTF-8, else GB18030 (which includes GBK).</source>
        <translation>Automatic: a byte-order mark, else valid UTF-8, else GB18030 (which includes GBK).</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Columns of the file → fields</source>
        <translation>Columns of the file → fields</translation>
    </message>
    <message>
        <source>Row numbers are those of the file. Rows in red cannot be read as they are.</source>
        <translation>Row numbers are those of the file. Rows in red cannot be read as they are.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Automatic (detected: %1)</source>
        <translation>Automatic (detected: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 · %Ln column(s) · first %3 data rows shown</source>
        <translation>
            <numerusform>%1, %2 · %Ln column · first %3 data rows shown</numerusform>
            <numerusform>%1, %2 · %Ln columns · first %3 data rows shown</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation>Column %1 of the file</translation>
    </message>
    <message>
        <source>This column is not imported.</source>
        <translation>This column is not imported.</translation>
    </message>
</context>
<context>
    <name>cl::ImportProgressPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Each file is imported whole or not at all. You can keep working in the other windows meanwhile.</source>
        <translation>Each file is imported whole or not at all. You can keep working in the other windows meanwhile.</translation>
    </message>
    <message>
        <source>Stops the import; the file being imported is rolled back, nothing of it is kept.</source>
        <translation>Stops the import; the file being imported is rolled back, nothing of it is kept.</translation>
    </message>
    <message>
        <source>Cancelling… the file being imported is rolled back.</source>
        <translation>Cancelling… the file being imported is rolled back.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Recomputing the lights of the entities in %1…</source>
        <translation>Recomputing the lights of the entities in %1…</translation>
    </message>
    <message>
        <source>Importing %1 (file %2 of %3)…</source>
        <translation>Importing %1 (file %2 of %3)…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Press Next to see what was imported and what was not.</source>
        <translation>Press Next to see what was imported and what was not.</translation>
    </message>
</context>
<context>
    <name>cl::ImportResultPage</name>
    <message>
        <source>Imported (new)</source>
        <translation>Imported (new)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>New entities</source>
        <translation>New entities</translation>
    </message>
    <message>
        <source>Lights changed</source>
        <translation>Lights changed</translation>
    </message>
    <message>
        <source>E&amp;xport rejected rows…</source>
        <translation>E&amp;xport rejected rows…</translation>
    </message>
    <message>
        <source>Show &amp;affected entities…</source>
        <translation>Show &amp;affected entities…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Rejected rows and warnings (click a column header to sort):</source>
        <translation>&amp;Rejected rows and warnings (click a column header to sort):</translation>
    </message>
    <message>
        <source>The rejected rows with their original columns and the reason, as CSV (UTF-8, opens in Excel): correct them and import the file again.</source>
        <translation>The rejected rows with their original columns and the reason, as CSV (UTF-8, opens in Excel): correct them and import the file again.</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled before this file.</source>
        <translation>Not imported: the import was cancelled before this file.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rejected</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Cannot replace %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Export rejected rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Folder for the rejected rows of each file</source>
        <translation>Folder for the rejected rows of each file</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: batch %3, %Ln row(s) read in %4.</source>
        <translation>
            <numerusform>%1, %2: batch %3, %Ln row read in %4.</numerusform>
            <numerusform>%1, %2: batch %3, %Ln rows read in %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cl::ImportValidationPage</name>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Every row is checked as the import would check it. Nothing is written in this step.</source>
        <translation>Every row is checked as the import would check it. Nothing is written in this step.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Can be imported</source>
        <translation>Can be imported</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>First problems found (all of them are listed after the import):</source>
        <translation>First problems found (all of them are listed after the import):</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Checking %1 (file %2 of %3)…</source>
        <translation>Checking %1 (file %2 of %3)…</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>No row can be imported.</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <translation>Cannot be imported: %1</translation>
    </message>
    <message>
        <source>No file can be imported. Go back to correct the columns or choose other files.</source>
        <translation>No file can be imported. Go back to correct the columns or choose other files.</translation>
    </message>
    <message>
        <source>Checked. Press Import to write the evaluations; the lights of the entities concerned are recomputed at the end.</source>
        <translation>Checked. Press Import to write the evaluations; the lights of the entities concerned are recomputed at the end.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) checked: %1 can be imported, %2 will be rejected (%3 warnings).</source>
        <translation>
            <numerusform>%Ln row checked: %1 can be imported, %2 will be rejected (%3 warnings).</numerusform>
            <numerusform>%Ln rows checked: %1 can be imported, %2 will be rejected (%3 warnings).</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
</context>
<context>
    <name>cl::LightTimeline</name>
    <message>
        <source>No light recorded yet.</source>
        <translation>No light recorded yet.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 (%2: %3)
%4</source>
        <translation>%1 (%2: %3)
%4</translation>
    </message>
</context>
<context>
    <name>cl::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>CreditLoop</source>
        <translation>CreditLoop</translation>
    </message>
    <message>
        <source>Approval · supervision · enforcement · credit</source>
        <translation>Approval · supervision · enforcement · credit</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>cl::MainWindow</name>
    <message>
        <source>CreditLoop</source>
        <translation>CreditLoop</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <source>Market entities</source>
        <translation>Market entities</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Approval by commitment is not built yet in this version.</source>
        <translation>Approval by commitment is not built yet in this version.</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <source>Credit-based enforcement discretion is not built yet in this version.</source>
        <translation>Credit-based enforcement discretion is not built yet in this version.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>The dashboard is not built yet in this version.</source>
        <translation>The dashboard is not built yet in this version.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Exchange with the city platform is not built yet in this version.</source>
        <translation>Exchange with the city platform is not built yet in this version.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
</context>
<context>
    <name>cl::PasswordHasher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Not enough memory to protect the password.</translation>
    </message>
</context>
<context>
    <name>cl::PasswordPairEdit</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>cl::Permission</name>
    <message>
        <source>view market entities</source>
        <translation>view market entities</translation>
    </message>
    <message>
        <source>register and edit market entities</source>
        <translation>register and edit market entities</translation>
    </message>
    <message>
        <source>maintain the verified historical codes</source>
        <translation>maintain the verified historical codes</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <source>change settings and rules</source>
        <translation>change settings and rules</translation>
    </message>
    <message>
        <source>import graded evaluations</source>
        <translation>import graded evaluations</translation>
    </message>
    <message>
        <source>handle applications at the window</source>
        <translation>handle applications at the window</translation>
    </message>
    <message>
        <source>verify commitments</source>
        <translation>verify commitments</translation>
    </message>
    <message>
        <source>plan spot checks</source>
        <translation>plan spot checks</translation>
    </message>
    <message>
        <source>handle enforcement cases</source>
        <translation>handle enforcement cases</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>view reports</translation>
    </message>
    <message>
        <source>synchronise with the city platform</source>
        <translation>synchronise with the city platform</translation>
    </message>
    <message>
        <source>generate demo data</source>
        <translation>generate demo data</translation>
    </message>
</context>
<context>
    <name>cl::RegisterEntityDialog</name>
    <message>
        <source>Register market entity</source>
        <translation>Register market entity</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>ID card number (natural person)</source>
        <translation>ID card number (natural person)</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91370681MA3P7K2Q3U</source>
        <translation>18 characters, e.g. 91370681MA3P7K2Q3U</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Code &amp;type:</source>
        <translation>Code &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>&amp;Legal representative:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>&amp;Town/street:</source>
        <translation>&amp;Town/street:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Registered &amp;on:</source>
        <translation>Registered &amp;on:</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>cl::ResetPasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Choose a new password for your account %1.</source>
        <translation>Choose a new password for your account %1.</translation>
    </message>
    <message>
        <source>Choose a new password for %1 and tell it to them in person.</source>
        <translation>Choose a new password for %1 and tell it to them in person.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
</context>
<context>
    <name>cl::Role</name>
    <message>
        <source>Window clerk</source>
        <translation>Window clerk</translation>
    </message>
    <message>
        <source>Supervision officer</source>
        <translation>Supervision officer</translation>
    </message>
    <message>
        <source>Enforcement officer</source>
        <translation>Enforcement officer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>cl::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of the program:</source>
        <translation>Language of the program:</translation>
    </message>
    <message>
        <source>Saved. The new language is used after CreditLoop is restarted.</source>
        <translation>Saved. The new language is used after CreditLoop is restarted.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Use the default location</source>
        <translation>Use the default location</translation>
    </message>
    <message>
        <source>A different file is opened at the next start (a new file becomes an empty database). The --db option on the command line overrides this setting.</source>
        <translation>A different file is opened at the next start (a new file becomes an empty database). The --db option on the command line overrides this setting.</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In use:</translation>
    </message>
    <message>
        <source>At the next start:</source>
        <translation>At the next start:</translation>
    </message>
    <message>
        <source>Database for the next start</source>
        <translation>Database for the next start</translation>
    </message>
    <message>
        <source>CreditLoop database (*.sqlite);;All files (*)</source>
        <translation>CreditLoop database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
</context>
<context>
    <name>cl::SpotCheckPage</name>
    <message>
        <source>R&amp;andom seed</source>
        <translation>R&amp;andom seed</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Draw</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Save plan</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <source>Any text or number, recorded with the plan</source>
        <translation>Any text or number, recorded with the plan</translation>
    </message>
    <message>
        <source>The same year, department, seed and data give the same plan: publish the seed so anyone can repeat the draw.</source>
        <translation>The same year, department, seed and data give the same plan: publish the seed so anyone can repeat the draw.</translation>
    </message>
    <message>
        <source>Fills in a random seed (drawn from the system's random source).</source>
        <translation>Fills in a random seed (drawn from the system's random source).</translation>
    </message>
    <message>
        <source>Draws the plan and shows it, without saving.</source>
        <translation>Draws the plan and shows it, without saving.</translation>
    </message>
    <message>
        <source>Draws again and saves the plan with its seed, audited.</source>
        <translation>Draws again and saves the plan with its seed, audited.</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>De&amp;partment:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Saved plans</source>
        <translation>Saved plans</translation>
    </message>
    <message>
        <source>Choose a saved plan, or draw a new one: enter a seed (or press Random seed) and press Draw.</source>
        <translation>Choose a saved plan, or draw a new one: enter a seed (or press Random seed) and press Draw.</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Drawing…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Plan %1 saved.</source>
        <translation>Plan %1 saved.</translation>
    </message>
    <message>
        <source>Loading plan %1…</source>
        <translation>Loading plan %1…</translation>
    </message>
    <message>
        <source>No plan shown</source>
        <translation>No plan shown</translation>
    </message>
    <message>
        <source>Plan %1 (saved %2 by %3)</source>
        <translation>Plan %1 (saved %2 by %3)</translation>
    </message>
    <message>
        <source>Preview (not saved)</source>
        <translation>Preview (not saved)</translation>
    </message>
    <message>
        <source>%1: %2 drawn (ratio %3)</source>
        <translation>%1: %2 drawn (ratio %3)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (ratio %4)</source>
        <translation>%1: %2 of %3 (ratio %4)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 · seed %3 · as of %4 · algorithm version %5
%Ln check(s) drawn from a population of %6 entities under supervision.
%7</source>
        <translation>
            <numerusform>%1, %2 · seed %3 · as of %4 · algorithm version %5
%Ln check drawn from a population of %6 entities under supervision.
%7</numerusform>
            <numerusform>%1, %2 · seed %3 · as of %4 · algorithm version %5
%Ln checks drawn from a population of %6 entities under supervision.
%7</numerusform>
        </translation>
    </message>
    <message>
        <source>spot-check-%1-%2-%3</source>
        <translation>spot-check-%1-%2-%3</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Export the plan</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Plan %1 %2</source>
        <translation>Plan %1 %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>cl::SupervisionPage</name>
    <message>
        <source>Graded &amp;evaluations</source>
        <translation>Graded &amp;evaluations</translation>
    </message>
    <message>
        <source>Spot-check &amp;plans</source>
        <translation>Spot-check &amp;plans</translation>
    </message>
    <message>
        <source>&amp;Import evaluations…</source>
        <translation>&amp;Import evaluations…</translation>
    </message>
    <message>
        <source>Import a department's graded evaluations from CSV or XLSX files (Ctrl+I)</source>
        <translation>Import a department's graded evaluations from CSV or XLSX files (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Lights now:</source>
        <translation>Lights now:</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>New entities</source>
        <translation>New entities</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Recent &amp;import batches:</source>
        <translation>Recent &amp;import batches:</translation>
    </message>
    <message>
        <source>Received from the city platform</source>
        <translation>Received from the city platform</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(from the file)</translation>
    </message>
</context>
<context>
    <name>cl::UsccFindingsLabel</name>
    <message>
        <source>Error (%1): %2</source>
        <translation>Error (%1): %2</translation>
    </message>
    <message>
        <source>Warning (%1): %2</source>
        <translation>Warning (%1): %2</translation>
    </message>
    <message>
        <source>On the audited list of verified historical codes.</source>
        <translation>On the audited list of verified historical codes.</translation>
    </message>
    <message>
        <source>The code passes all five checks.</source>
        <translation>The code passes all five checks.</translation>
    </message>
    <message>
        <source>The code may be used; please check the warnings.</source>
        <translation>The code may be used; please check the warnings.</translation>
    </message>
</context>
<context>
    <name>cl::WorkbenchPage</name>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>Open market entities</source>
        <translation>Open market entities</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search market entities by name or credit code</source>
        <translation>Search market entities by name or credit code</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the search field: go to the results; in the list: open the profile</source>
        <translation>In the search field: go to the results; in the list: open the profile</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+8</source>
        <translation>Alt+1 … Alt+8</translation>
    </message>
    <message>
        <source>Switch between the work areas on the left</source>
        <translation>Switch between the work areas on the left</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Register a new market entity (on the market entities page)</source>
        <translation>Register a new market entity (on the market entities page)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search field, or close a dialog</source>
        <translation>Clear the search field, or close a dialog</translation>
    </message>
    <message numerus="yes">
        <source>%Ln market entities in the register</source>
        <translation>
            <numerusform>%Ln market entity in the register</numerusform>
            <numerusform>%Ln market entities in the register</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cl::sql</name>
    <message>
        <source>The database is busy (another window or program is writing). Try again in a moment.</source>
        <translation>The database is busy (another window or program is writing). Try again in a moment.</translation>
    </message>
    <message>
        <source>A database operation failed: %1</source>
        <translation>A database operation failed: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CreditLoop</source>
        <translation>CreditLoop</translation>
    </message>
    <message>
        <source>Approval, supervision, enforcement and credit.</source>
        <translation>Approval, supervision, enforcement and credit.</translation>
    </message>
    <message>
        <source>Use the database file PATH.</source>
        <translation>Use the database file PATH.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
</TS>
