<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationService</name>
    <message>
        <source>The entity is not registered.</source>
        <translation>The entity is not registered.</translation>
    </message>
    <message>
        <source>Unknown mode "%1"; use ordinary, commitment or deficiency.</source>
        <translation>Unknown mode "%1"; use ordinary, commitment or deficiency.</translation>
    </message>
    <message>
        <source>Materials can be missing only in the deficiency-acceptance (容缺) mode.</source>
        <translation>Materials can be missing only in the deficiency-acceptance (容缺) mode.</translation>
    </message>
    <message>
        <source>Commitment mode is refused for %1: %2. The application can proceed in the ordinary mode with full materials.</source>
        <translation>Commitment mode is refused for %1: %2. The application can proceed in the ordinary mode with full materials.</translation>
    </message>
    <message>
        <source>Acceptance with missing materials (容缺) is refused for %1: %2. The application can proceed in the ordinary mode.</source>
        <translation>Acceptance with missing materials (容缺) is refused for %1: %2. The application can proceed in the ordinary mode.</translation>
    </message>
    <message>
        <source>Name the secondary materials that are missing (容缺).</source>
        <translation>Name the secondary materials that are missing (容缺).</translation>
    </message>
    <message>
        <source>A supplement deadline is required for missing materials.</source>
        <translation>A supplement deadline is required for missing materials.</translation>
    </message>
    <message>
        <source>The supplement deadline %1 is not after the application date %2.</source>
        <translation>The supplement deadline %1 is not after the application date %2.</translation>
    </message>
    <message>
        <source>The supplement deadline %1 exceeds the item's promised time of %2 working days (at the latest %3).</source>
        <translation>The supplement deadline %1 exceeds the item's promised time of %2 working days (at the latest %3).</translation>
    </message>
    <message>
        <source>The item %1 has no material number %2.</source>
        <translation>The item %1 has no material number %2.</translation>
    </message>
    <message>
        <source>"%1" is a core material and cannot be missing; only secondary materials may be supplied later.</source>
        <translation>"%1" is a core material and cannot be missing; only secondary materials may be supplied later.</translation>
    </message>
    <message>
        <source>Application %1 is already %2; only a received application can be approved.</source>
        <translation>Application %1 is already %2; only a received application can be approved.</translation>
    </message>
    <message>
        <source>The decision date %1 is before the application was received (%2).</source>
        <translation>The decision date %1 is before the application was received (%2).</translation>
    </message>
    <message>
        <source>A refusal needs a reason.</source>
        <translation>A refusal needs a reason.</translation>
    </message>
    <message>
        <source>Application %1 is %2 and cannot be refused.</source>
        <translation>Application %1 is %2 and cannot be refused.</translation>
    </message>
    <message>
        <source>Application %1 has no material number %2.</source>
        <translation>Application %1 has no material number %2.</translation>
    </message>
    <message>
        <source>"%1" was already supplied on %2.</source>
        <translation>"%1" was already supplied on %2.</translation>
    </message>
    <message>
        <source>"%1" was provided with the application; nothing is missing.</source>
        <translation>"%1" was provided with the application; nothing is missing.</translation>
    </message>
    <message>
        <source>Application %1 is %2; materials can no longer be supplied.</source>
        <translation>Application %1 is %2; materials can no longer be supplied.</translation>
    </message>
    <message>
        <source>The date %1 is before the application was received (%2).</source>
        <translation>The date %1 is before the application was received (%2).</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>There is no application %1.</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Missing materials (容缺)</source>
        <translation>Missing materials (容缺)</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
</context>
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
    <name>CaseFacts</name>
    <message>
        <source>no harmful consequence</source>
        <translation>no harmful consequence</translation>
    </message>
    <message>
        <source>minor harm</source>
        <translation>minor harm</translation>
    </message>
    <message>
        <source>serious harm</source>
        <translation>serious harm</translation>
    </message>
    <message>
        <source>harm not established</source>
        <translation>harm not established</translation>
    </message>
    <message>
        <source>eliminated or reduced the harm on its own</source>
        <translation>eliminated or reduced the harm on its own</translation>
    </message>
    <message>
        <source>coerced or deceived by others</source>
        <translation>coerced or deceived by others</translation>
    </message>
    <message>
        <source>confessed violations unknown to the authority</source>
        <translation>confessed violations unknown to the authority</translation>
    </message>
    <message>
        <source>rendered meritorious service</source>
        <translation>rendered meritorious service</translation>
    </message>
    <message>
        <source>refused to correct</source>
        <translation>refused to correct</translation>
    </message>
    <message>
        <source>repeat violation within 12 months</source>
        <translation>repeat violation within 12 months</translation>
    </message>
    <message>
        <source>serious consequence</source>
        <translation>serious consequence</translation>
    </message>
    <message>
        <source>obstructed enforcement</source>
        <translation>obstructed enforcement</translation>
    </message>
    <message>
        <source>false commitment</source>
        <translation>false commitment</translation>
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
        <source>%1 needs a date as YYYY-MM-DD, not "%2".</source>
        <translation>%1 needs a date as YYYY-MM-DD, not "%2".</translation>
    </message>
    <message>
        <source>%1 is not a valid unified social credit code: %2</source>
        <translation>%1 is not a valid unified social credit code: %2</translation>
    </message>
    <message>
        <source>No entity with the code %1 is registered (register it with entity add).</source>
        <translation>No entity with the code %1 is registered (register it with entity add).</translation>
    </message>
    <message>
        <source>Green channel: yes (priority handling)</source>
        <translation>Green channel: yes (priority handling)</translation>
    </message>
    <message>
        <source>Green channel: no</source>
        <translation>Green channel: no</translation>
    </message>
    <message>
        <source>Commitment mode: allowed</source>
        <translation>Commitment mode: allowed</translation>
    </message>
    <message>
        <source>Commitment mode: refused</source>
        <translation>Commitment mode: refused</translation>
    </message>
    <message>
        <source>Missing materials (容缺): allowed</source>
        <translation>Missing materials (容缺): allowed</translation>
    </message>
    <message>
        <source>Missing materials (容缺): refused</source>
        <translation>Missing materials (容缺): refused</translation>
    </message>
    <message>
        <source>Applicable measures:</source>
        <translation>Applicable measures:</translation>
    </message>
    <message>
        <source>Application %1 (%2)%3</source>
        <translation>Application %1 (%2)%3</translation>
    </message>
    <message>
        <source> [green channel]</source>
        <translation> [green channel]</translation>
    </message>
    <message>
        <source>Applicant: %1 %2</source>
        <translation>Applicant: %1 %2</translation>
    </message>
    <message>
        <source>Item: %1 %2</source>
        <translation>Item: %1 %2</translation>
    </message>
    <message>
        <source>Mode: %1, received %2</source>
        <translation>Mode: %1, received %2</translation>
    </message>
    <message>
        <source>Commitment %1 (%2)</source>
        <translation>Commitment %1 (%2)</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>Materials:</translation>
    </message>
    <message>
        <source>provided</source>
        <translation>provided</translation>
    </message>
    <message>
        <source>supplied %1</source>
        <translation>supplied %1</translation>
    </message>
    <message>
        <source>missing, due %1</source>
        <translation>missing, due %1</translation>
    </message>
    <message>
        <source>, deadline missed</source>
        <translation>, deadline missed</translation>
    </message>
    <message>
        <source>core</source>
        <translation>core</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondary</translation>
    </message>
    <message>
        <source>Decided %1%2</source>
        <translation>Decided %1%2</translation>
    </message>
    <message>
        <source>Licence %1, decision %2, status %3</source>
        <translation>Licence %1, decision %2, status %3</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>Suspended since %1</source>
        <translation>Suspended since %1</translation>
    </message>
    <message>
        <source>Returned on %1</source>
        <translation>Returned on %1</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval items export FILE.csv|FILE.xlsx | approval items import FILE
The item catalogue as a spreadsheet to edit; import adds and updates items by code, all or nothing.</source>
        <translation>Usage: creditloop-cli approval items export FILE.csv|FILE.xlsx | approval items import FILE
The item catalogue as a spreadsheet to edit; import adds and updates items by code, all or nothing.</translation>
    </message>
    <message>
        <source>Item catalogue written to %1.</source>
        <translation>Item catalogue written to %1.</translation>
    </message>
    <message>
        <source>Item catalogue imported from %1: %2 added, %3 updated.</source>
        <translation>Item catalogue imported from %1: %2 added, %3 updated.</translation>
    </message>
    <message>
        <source>Unknown word "%1": approval items [--search TEXT] | items export FILE | items import FILE.</source>
        <translation>Unknown word "%1": approval items [--search TEXT] | items export FILE | items import FILE.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval items [--search TEXT] | items export FILE | items import FILE
The item catalogue (告知承诺事项清单).</source>
        <translation>Usage: creditloop-cli approval items [--search TEXT] | items export FILE | items import FILE
The item catalogue (告知承诺事项清单).</translation>
    </message>
    <message>
        <source>excluded from commitment</source>
        <translation>excluded from commitment</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>commitment</translation>
    </message>
    <message>
        <source>ordinary only</source>
        <translation>ordinary only</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s); days: ordinary time limit/promised time (working days).</source>
        <translation>
            <numerusform>%n item; days: ordinary time limit/promised time (working days).</numerusform>
            <numerusform>%n items; days: ordinary time limit/promised time (working days).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval check --uscc CODE --item ITEM [--as-of YYYY-MM-DD]
The pre-approval credit check: light and reasons, eligibility for commitment, 容缺 and the green channel, and the applicable measures with why.</source>
        <translation>Usage: creditloop-cli approval check --uscc CODE --item ITEM [--as-of YYYY-MM-DD]
The pre-approval credit check: light and reasons, eligibility for commitment, 容缺 and the green channel, and the applicable measures with why.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval apply --uscc CODE --item ITEM [--mode ordinary|commitment|deficiency]
                                   [--missing N]... [--supply-by YYYY-MM-DD]
Files an application dated --as-of: runs and stores the pre-approval check, issues the commitment code.
--missing names a secondary material (its number in approval item) the applicant supplies later (容缺).</source>
        <translation>Usage: creditloop-cli approval apply --uscc CODE --item ITEM [--mode ordinary|commitment|deficiency]
                                   [--missing N]... [--supply-by YYYY-MM-DD]
Files an application dated --as-of: runs and stores the pre-approval check, issues the commitment code.
--missing names a secondary material (its number in approval item) the applicant supplies later (容缺).</translation>
    </message>
    <message>
        <source>--missing needs a material number, not "%1".</source>
        <translation>--missing needs a material number, not "%1".</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval show APP_NO
The application with its check snapshot, materials, commitments and licence.</source>
        <translation>Usage: creditloop-cli approval show APP_NO
The application with its check snapshot, materials, commitments and licence.</translation>
    </message>
    <message>
        <source>Check at filing: light %1, commitment %2</source>
        <translation>Check at filing: light %1, commitment %2</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval queue
Open applications, green channel first, then oldest first.</source>
        <translation>Usage: creditloop-cli approval queue
Open applications, green channel first, then oldest first.</translation>
    </message>
    <message numerus="yes">
        <source>%n open application(s); ★ green channel.</source>
        <translation>
            <numerusform>%n open application; ★ green channel.</numerusform>
            <numerusform>%n open applications; ★ green channel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval letter APP_NO [--out FILE.txt]
The commitment letter from the item's template.</source>
        <translation>Usage: creditloop-cli approval letter APP_NO [--out FILE.txt]
The commitment letter from the item's template.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Commitment letter of %1 written to %2.</source>
        <translation>Commitment letter of %1 written to %2.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval approve APP_NO
Approves (dated --as-of): licence record, push to the supervising departments.</source>
        <translation>Usage: creditloop-cli approval approve APP_NO
Approves (dated --as-of): licence record, push to the supervising departments.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval refuse APP_NO --reason TEXT</source>
        <translation>Usage: creditloop-cli approval refuse APP_NO --reason TEXT</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval supply APP_NO --material N
Records a missing material as supplied (dated --as-of).</source>
        <translation>Usage: creditloop-cli approval supply APP_NO --material N
Records a missing material as supplied (dated --as-of).</translation>
    </message>
    <message>
        <source>--material needs a material number, not "%1".</source>
        <translation>--material needs a material number, not "%1".</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval sweep [--as-of YYYY-MM-DD]
Applies the deadlines that passed: missed 容缺 deadlines (suspension), returns after 15 working days, revocation of unrectified commitments.</source>
        <translation>Usage: creditloop-cli approval sweep [--as-of YYYY-MM-DD]
Applies the deadlines that passed: missed 容缺 deadlines (suspension), returns after 15 working days, revocation of unrectified commitments.</translation>
    </message>
    <message>
        <source>As of %1: %2 supplement deadline(s) missed, %3 application(s) suspended, %4 returned, %5 licence(s) revoked.</source>
        <translation>As of %1: %2 supplement deadline(s) missed, %3 application(s) suspended, %4 returned, %5 licence(s) revoked.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval calendar set YYYY-MM-DD holiday|workday [--name NAME] | calendar remove YYYY-MM-DD</source>
        <translation>Usage: creditloop-cli approval calendar set YYYY-MM-DD holiday|workday [--name NAME] | calendar remove YYYY-MM-DD</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD).</source>
        <translation>"%1" is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Calendar updated: %1.</source>
        <translation>Calendar updated: %1.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval calendar add N [--as-of YYYY-MM-DD]
The date N working days after --as-of.</source>
        <translation>Usage: creditloop-cli approval calendar add N [--as-of YYYY-MM-DD]
The date N working days after --as-of.</translation>
    </message>
    <message>
        <source>A number of working days is needed, not "%1".</source>
        <translation>A number of working days is needed, not "%1".</translation>
    </message>
    <message>
        <source>%1 working day(s) after %2: %3</source>
        <translation>%1 working day(s) after %2: %3</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval calendar [list] [--year Y] | set | remove | add</source>
        <translation>Usage: creditloop-cli approval calendar [list] [--year Y] | set | remove | add</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval calendar [list] [--year Y]
The holidays and adjusted working days of a year.</source>
        <translation>Usage: creditloop-cli approval calendar [list] [--year Y]
The holidays and adjusted working days of a year.</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>working day</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval measures [--uscc CODE]
The catalogue of incentives and restrictions; with --uscc, those that apply to the entity and why.</source>
        <translation>Usage: creditloop-cli approval measures [--uscc CODE]
The catalogue of incentives and restrictions; with --uscc, those that apply to the entity and why.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli approval item CODE
One catalogue item with its materials and verification rule.</source>
        <translation>Usage: creditloop-cli approval item CODE
One catalogue item with its materials and verification rule.</translation>
    </message>
    <message>
        <source>Category: %1; approving: %2; supervising: %3</source>
        <translation>Category: %1; approving: %2; supervising: %3</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <source>Ordinary time limit %1 working days; promised %2; verification: %3 within %4 working days, sample %5 %</source>
        <translation>Ordinary time limit %1 working days; promised %2; verification: %3 within %4 working days, sample %5 %</translation>
    </message>
    <message>
        <source>Excluded from commitment mode.</source>
        <translation>Excluded from commitment mode.</translation>
    </message>
    <message>
        <source>Commitment: %1; missing materials (容缺): %2</source>
        <translation>Commitment: %1; missing materials (容缺): %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <translation>Usage: creditloop-cli approval COMMAND
  items [--search TEXT] | item CODE         the item catalogue
  items export FILE | items import FILE     the catalogue as CSV/XLSX to edit
  check --uscc CODE --item ITEM             pre-approval credit check
  apply --uscc CODE --item ITEM [--mode M] [--missing N]... [--supply-by DATE]
  show APP_NO | queue | letter APP_NO [--out FILE]
  approve APP_NO | refuse APP_NO --reason TEXT | supply APP_NO --material N
  sweep                                     apply passed deadlines
  calendar [list|set|remove|add]            the working-day calendar
  measures [--uscc CODE]                    incentives and restrictions (§8)
Dates of actions are --as-of (default today).</translation>
    </message>
    <message>
        <source>Unknown department "%1" (see departments list).</source>
        <translation>Unknown department "%1" (see departments list).</translation>
    </message>
    <message>
        <source>%1 on %2 by %3</source>
        <translation>%1 on %2 by %3</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli commitment list [--department NAME] [--filter pending|due-soon|overdue|done|all]
The verification worklist as of --as-of (default: pending).</source>
        <translation>Usage: creditloop-cli commitment list [--department NAME] [--filter pending|due-soon|overdue|done|all]
The verification worklist as of --as-of (default: pending).</translation>
    </message>
    <message>
        <source>--filter is pending, due-soon, overdue, done or all, not "%1".</source>
        <translation>--filter is pending, due-soon, overdue, done or all, not "%1".</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s).</source>
        <translation>
            <numerusform>%n task.</numerusform>
            <numerusform>%n tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: creditloop-cli commitment show CODE
The commitment record (§9.3 fields) and its verification tasks.</source>
        <translation>Usage: creditloop-cli commitment show CODE
The commitment record (§9.3 fields) and its verification tasks.</translation>
    </message>
    <message>
        <source>There is no commitment %1.</source>
        <translation>There is no commitment %1.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli commitment verify CODE --outcome fulfilled|partial|unfulfilled|false --verifier NAME
                                     [--department NAME] [--method written|online|onsite|publicity]
                                     [--on YYYY-MM-DD] [--notes TEXT]
Records the verification outcome of a pushed commitment; consequences follow at once.</source>
        <translation>Usage: creditloop-cli commitment verify CODE --outcome fulfilled|partial|unfulfilled|false --verifier NAME
                                     [--department NAME] [--method written|online|onsite|publicity]
                                     [--on YYYY-MM-DD] [--notes TEXT]
Records the verification outcome of a pushed commitment; consequences follow at once.</translation>
    </message>
    <message>
        <source>No verification task for the commitment %1 (is it approved and pushed?).</source>
        <translation>No verification task for the commitment %1 (is it approved and pushed?).</translation>
    </message>
    <message>
        <source>The commitment %1 was not pushed to that department.</source>
        <translation>The commitment %1 was not pushed to that department.</translation>
    </message>
    <message>
        <source>The commitment %1 was pushed to several departments (%2); choose one with --department.</source>
        <translation>The commitment %1 was pushed to several departments (%2); choose one with --department.</translation>
    </message>
    <message>
        <source>False commitment recorded: the licence is revoked and the entity's credit record shows it.</source>
        <translation>False commitment recorded: the licence is revoked and the entity's credit record shows it.</translation>
    </message>
    <message>
        <source>Rectification ordered by %1.</source>
        <translation>Rectification ordered by %1.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli commitment rectified CODE
The entity put right what the verification found (dated --as-of).</source>
        <translation>Usage: creditloop-cli commitment rectified CODE
The entity put right what the verification found (dated --as-of).</translation>
    </message>
    <message>
        <source>Commitment %1 rectified on %2.</source>
        <translation>Commitment %1 rectified on %2.</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli commitment stats [--from DATE] [--to DATE] [--department NAME] [--as-of DATE]
Approvals by commitment, working days saved, pushes, verification coverage, overdue, fulfilment rate.</source>
        <translation>Usage: creditloop-cli commitment stats [--from DATE] [--to DATE] [--department NAME] [--as-of DATE]
Approvals by commitment, working days saved, pushes, verification coverage, overdue, fulfilment rate.</translation>
    </message>
    <message>
        <source>Approved: %1 (by commitment %2, with missing materials %3; %4 items)
Working days saved: %5
Pushed for verification: %6; verified %7 (coverage %8 %); overdue %9</source>
        <translation>Approved: %1 (by commitment %2, with missing materials %3; %4 items)
Working days saved: %5
Pushed for verification: %6; verified %7 (coverage %8 %); overdue %9</translation>
    </message>
    <message>
        <source>Fulfilled %1, partly %2, not fulfilled %3, false %4 (fulfilment rate %5 %)</source>
        <translation>Fulfilled %1, partly %2, not fulfilled %3, false %4 (fulfilment rate %5 %)</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli commitment COMMAND
  list [--department NAME] [--filter pending|due-soon|overdue|done|all]
  show CODE
  verify CODE --outcome fulfilled|partial|unfulfilled|false --verifier NAME [--department NAME] [--on DATE]
  rectified CODE
  stats [--from DATE] [--to DATE] [--department NAME]</source>
        <translation>Usage: creditloop-cli commitment COMMAND
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
        <translation>Usage: creditloop-cli enforce items [--soft] | items export FILE.csv|FILE.xlsx [--soft] | items import FILE
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
OUTCOME: no_penalty, mitigated, lighter, standard, heavier. Dates default to --as-of.</translation>
    </message>
    <message>
        <source>The fine cannot be negative (%1).</source>
        <translation>The fine cannot be negative (%1).</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yuan (digits, at most two decimals).</source>
        <translation>"%1" is not an amount in yuan (digits, at most two decimals).</translation>
    </message>
    <message>
        <source>no fine</source>
        <translation>no fine</translation>
    </message>
    <message>
        <source>%1–%2 yuan</source>
        <translation>%1–%2 yuan</translation>
    </message>
    <message>
        <source>%1 %2 — item %3: %4</source>
        <translation>%1 %2 — item %3: %4</translation>
    </message>
    <message>
        <source>Recommended: %1 (rule %2, rules version %3)</source>
        <translation>Recommended: %1 (rule %2, rules version %3)</translation>
    </message>
    <message>
        <source>Legal basis: %1; %2</source>
        <translation>Legal basis: %1; %2</translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>Fine: %1</translation>
    </message>
    <message>
        <source>, with an order to correct</source>
        <translation>, with an order to correct</translation>
    </message>
    <message>
        <source>Alternative: %1, %2</source>
        <translation>Alternative: %1, %2</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Reasoning:</translation>
    </message>
    <message>
        <source>%1 items written to %2.</source>
        <translation>%1 items written to %2.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1: %2 added, %3 updated, %4 unchanged, %5 rejected.</translation>
    </message>
    <message>
        <source>  row %1, %2: %3</source>
        <translation>  row %1, %2: %3</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>(row)</translation>
    </message>
    <message>
        <source>not on the soft list</source>
        <translation>not on the soft list</translation>
    </message>
    <message>
        <source>%1 items, %2 on the soft-enforcement list.</source>
        <translation>%1 items, %2 on the soft-enforcement list.</translation>
    </message>
    <message>
        <source>decided %1: %2 %3 yuan %4</source>
        <translation>decided %1: %2 %3 yuan %4</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>Case %1 opened.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message>
        <source>  differs from the recommendation (%1, rule %2): %3</source>
        <translation>  differs from the recommendation (%1, rule %2): %3</translation>
    </message>
    <message>
        <source>%1 cases.</source>
        <translation>%1 cases.</translation>
    </message>
    <message>
        <source>Case %1 decided: %2 (recommended %3, rule %4).</source>
        <translation>Case %1 decided: %2 (recommended %3, rule %4).</translation>
    </message>
    <message>
        <source>Penalty record %1: %2, %3; publicity until %4, repair possible from %5.</source>
        <translation>Penalty record %1: %2, %3; publicity until %4, repair possible from %5.</translation>
    </message>
    <message>
        <source>There is no penalty with the decision number %1.</source>
        <translation>There is no penalty with the decision number %1.</translation>
    </message>
    <message>
        <source>Repair application %1 for %2 recorded (%3).</source>
        <translation>Repair application %1 for %2 recorded (%3).</translation>
    </message>
    <message>
        <source>Repair granted: penalty %1 no longer counts from %2.</source>
        <translation>Repair granted: penalty %1 no longer counts from %2.</translation>
    </message>
    <message>
        <source>Repair application %1 rejected: %2</source>
        <translation>Repair application %1 rejected: %2</translation>
    </message>
    <message>
        <source>Decisions: %1; soft measures applied: %2 (for %3 entities); penalty-free cases: %4; fines not imposed: %5 yuan; fines imposed: %6 yuan; penalties: %7; decisions differing from the recommendation: %8.</source>
        <translation>Decisions: %1; soft measures applied: %2 (for %3 entities); penalty-free cases: %4; fines not imposed: %5 yuan; fines imposed: %6 yuan; penalties: %7; decisions differing from the recommendation: %8.</translation>
    </message>
    <message>
        <source>%1: columns mapped by the saved profile "%2".</source>
        <translation>%1: columns mapped by the saved profile "%2".</translation>
    </message>
    <message>
        <source>Give the department: grades profiles --department NAME.</source>
        <translation>Give the department: grades profiles --department NAME.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>%1 (%2, saved by %3):</source>
        <translation>%1 (%2, saved by %3):</translation>
    </message>
    <message>
        <source>No saved column mapping profiles.</source>
        <translation>No saved column mapping profiles.</translation>
    </message>
    <message>
        <source>--column needs FIELD=HEADER (the fields are %1), not "%2".</source>
        <translation>--column needs FIELD=HEADER (the fields are %1), not "%2".</translation>
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
        <translation>Usage: creditloop-cli grades import FILE... [--department NAME] [--scheme CODE]
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
       creditloop-cli grades set-level SCHEME GRADE LEVEL  change a level (new rules version)</translation>
    </message>
    <message>
        <source>--save-profile keeps the mapping for a department: give it with --department NAME.</source>
        <translation>--save-profile keeps the mapping for a department: give it with --department NAME.</translation>
    </message>
    <message>
        <source>Column mapping saved as the profile "%1" of %2.</source>
        <translation>Column mapping saved as the profile "%1" of %2.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>The key file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli keys init --office CODE      create this office's Ed25519 key pair (once)
       creditloop-cli keys export [--out FILE]     print (or write) this office's public key
       creditloop-cli keys trust CODE KEY|--file FILE   accept packages signed by that office's key
       creditloop-cli keys list                    the trusted offices and their key fingerprints
The private key stays in the database; no command prints or exports it.</source>
        <translation>Usage: creditloop-cli keys init --office CODE      create this office's Ed25519 key pair (once)
       creditloop-cli keys export [--out FILE]     print (or write) this office's public key
       creditloop-cli keys trust CODE KEY|--file FILE   accept packages signed by that office's key
       creditloop-cli keys list                    the trusted offices and their key fingerprints
The private key stays in the database; no command prints or exports it.</translation>
    </message>
    <message>
        <source>Sync keys created for office %1 (key fingerprint %2).
Give the public key to the platform and the other offices (keys export).</source>
        <translation>Sync keys created for office %1 (key fingerprint %2).
Give the public key to the platform and the other offices (keys export).</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2</source>
        <translation>The key file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Public key of office %1 written to %2 (fingerprint %3).</source>
        <translation>Public key of office %1 written to %2 (fingerprint %3).</translation>
    </message>
    <message>
        <source>Packages signed by office %1 (key fingerprint %2) are now accepted.</source>
        <translation>Packages signed by office %1 (key fingerprint %2) are now accepted.</translation>
    </message>
    <message>
        <source>No office is trusted yet (keys trust CODE KEY).</source>
        <translation>No office is trusted yet (keys trust CODE KEY).</translation>
    </message>
    <message>
        <source>Unknown %1 "%2".</source>
        <translation>Unknown %1 "%2".</translation>
    </message>
    <message>
        <source>--out must end in .pdf, .xlsx or .csv, not "%1".</source>
        <translation>--out must end in .pdf, .xlsx or .csv, not "%1".</translation>
    </message>
    <message>
        <source>--encoding is utf-8 or gb18030, not "%1".</source>
        <translation>--encoding is utf-8 or gb18030, not "%1".</translation>
    </message>
    <message>
        <source>--encoding applies to CSV files only.</source>
        <translation>--encoding applies to CSV files only.</translation>
    </message>
    <message>
        <source>--landscape applies to PDF files only.</source>
        <translation>--landscape applies to PDF files only.</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>This build has no PDF output (built without the graphical front end); write .xlsx or .csv.</source>
        <translation>This build has no PDF output (built without the graphical front end); write .xlsx or .csv.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Lights as of %1, %2 entities in scope: red %3, yellow %4, green %5, grey %6; no light recorded %7.</source>
        <translation>Lights as of %1, %2 entities in scope: red %3, yellow %4, green %5, grey %6; no light recorded %7.</translation>
    </message>
    <message>
        <source>Unknown report "%1"; the report is: dashboard.</source>
        <translation>Unknown report "%1"; the report is: dashboard.</translation>
    </message>
    <message>
        <source>Nothing to export: every change is in a package already.</source>
        <translation>Nothing to export: every change is in a package already.</translation>
    </message>
    <message>
        <source>Package %1 written: seq %2, %3 records (%4).
%5</source>
        <translation>Package %1 written: seq %2, %3 records (%4).
%5</translation>
    </message>
    <message>
        <source>%1 applied, %2 already applied, %3 held back, %4 quarantined.</source>
        <translation>%1 applied, %2 already applied, %3 held back, %4 quarantined.</translation>
    </message>
    <message>
        <source>Published %1 to %2 (%3 records from %4).</source>
        <translation>Published %1 to %2 (%3 records from %4).</translation>
    </message>
    <message>
        <source>--interval needs a number of minutes.</source>
        <translation>--interval needs a number of minutes.</translation>
    </message>
    <message>
        <source>(no keys yet)</source>
        <translation>(no keys yet)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Round %1 at %2: %3, %4 sent, %5 applied, %6 held, %7 quarantined</source>
        <translation>Round %1 at %2: %3, %4 sent, %5 applied, %6 held, %7 quarantined</translation>
    </message>
    <message>
        <source>Held: %1 no. %2, waiting for no. %3 (%4)</source>
        <translation>Held: %1 no. %2, waiting for no. %3 (%4)</translation>
    </message>
    <message>
        <source>Quarantined: %1 (%2): %3</source>
        <translation>Quarantined: %1 (%2): %3</translation>
    </message>
    <message>
        <source>No sync round has run yet; nothing is held or quarantined.</source>
        <translation>No sync round has run yet; nothing is held or quarantined.</translation>
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
        <translation>Usage: creditloop-cli [--db PATH] [--json] [--lang zh_CN|en] [--as-of YYYY-MM-DD] [--user NAME] COMMAND ...

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
Each command has --help.</translation>
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
        <translation>Usage: creditloop-cli sync export --out DIR [--full]   write the changes since the last package as one signed package
       creditloop-cli sync import FILE|DIR... [--force] check and apply received packages (--force: past a gap)
       creditloop-cli sync run [--hub DIR]              one round: export to HUB/to-platform, import HUB/from-platform/&lt;office&gt;
       creditloop-cli sync platform --hub DIR           simulate the city platform: check, merge, republish to the other offices
       creditloop-cli sync config [--hub DIR] [--interval MINUTES] [--verifies DEPT[,DEPT]]
                                          the settings of the periodic sync; --verifies: the departments this office
                                          verifies received commitments for ("" for none)
       creditloop-cli sync status                       last rounds, held and quarantined packages
Exit codes: 0 done, 1 a package was refused (moved to quarantine/ with a reason file) or the round failed,
3 a package is held back waiting for an earlier one.</translation>
    </message>
    <message>
        <source>Office: %1
Hub folder: %2
Interval: %3 minutes
Verifies commitments for: %4</source>
        <translation>Office: %1
Hub folder: %2
Interval: %3 minutes
Verifies commitments for: %4</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(no department)</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli entity add --code CODE --name NAME [--kind KIND] [--legal-rep NAME]
       [--legal-rep-id ID-CARD-NO] [--industry NAME] [--town NAME] [--address TEXT]
       [--registered-on YYYY-MM-DD] [--id-card]
The code is validated: errors refuse the entity, warnings are reported. --legal-rep-id is the legal
representative's resident ID card number (checked as GB 11643); with it the pre-approval check
also looks for the representative on the serious-dishonesty list.</source>
        <translation>Usage: creditloop-cli entity add --code CODE --name NAME [--kind KIND] [--legal-rep NAME]
       [--legal-rep-id ID-CARD-NO] [--industry NAME] [--town NAME] [--address TEXT]
       [--registered-on YYYY-MM-DD] [--id-card]
The code is validated: errors refuse the entity, warnings are reported. --legal-rep-id is the legal
representative's resident ID card number (checked as GB 11643); with it the pre-approval check
also looks for the representative on the serious-dishonesty list.</translation>
    </message>
    <message>
        <source>Legal representative: %1</source>
        <translation>Legal representative: %1</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli entity update CODE [--name NAME] [--legal-rep NAME]
       [--legal-rep-id ID-CARD-NO | --clear-legal-rep-id] [--address TEXT]
Changes the register data given. A new --legal-rep without --legal-rep-id clears the recorded
ID number (it belonged to the previous representative).</source>
        <translation>Usage: creditloop-cli entity update CODE [--name NAME] [--legal-rep NAME]
       [--legal-rep-id ID-CARD-NO | --clear-legal-rep-id] [--address TEXT]
Changes the register data given. A new --legal-rep without --legal-rep-id clears the recorded
ID number (it belonged to the previous representative).</translation>
    </message>
    <message>
        <source>--legal-rep-id and --clear-legal-rep-id cannot be used together.</source>
        <translation>--legal-rep-id and --clear-legal-rep-id cannot be used together.</translation>
    </message>
    <message>
        <source>The ID number of the previous representative was cleared; give the new one with --legal-rep-id.</source>
        <translation>The ID number of the previous representative was cleared; give the new one with --legal-rep-id.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Updated: %1</translation>
    </message>
    <message>
        <source>Usage: creditloop-cli entity show CODE | entity search TEXT | entity add --code CODE --name NAME ... |
       entity update CODE [--legal-rep NAME] [--legal-rep-id ID-CARD-NO] ...</source>
        <translation>Usage: creditloop-cli entity show CODE | entity search TEXT | entity add --code CODE --name NAME ... |
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
        <translation>Usage: creditloop-cli [--as-of YYYY-MM-DD] report dashboard [--out FILE.pdf|FILE.xlsx|FILE.csv]
           [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--department NAME] [--industry NAME|CODE]
           [--town NAME] [--office NAME] [--landscape] [--encoding utf-8|gb18030]
The traffic-light dashboard as a printed report (PDF, A4), or its tables (XLSX, CSV); without
--out, its headline figures only (lights, the largest industry fields and towns, approval by
commitment, inclusive-prudent enforcement), as text or with --json. Lights are
counted as recorded on the --as-of date (default today); the trend covers --from..--to (default the
twelve months up to the as-of date). --department: the entities of the industry fields it supervises.
--landscape: PDF pages in landscape. --encoding: CSV text encoding (default UTF-8 with BOM).
Needs no display: run it from a scheduler.</translation>
    </message>
    <message>
        <source>%1: red %2, yellow %3, green %4, grey %5; %6 in all.</source>
        <translation>%1: red %2, yellow %3, green %4, grey %5; %6 in all.</translation>
    </message>
    <message>
        <source>Lights by industry field:</source>
        <translation>Lights by industry field:</translation>
    </message>
    <message>
        <source>Lights by industry field (the %1 largest of %2):</source>
        <translation>Lights by industry field (the %1 largest of %2):</translation>
    </message>
    <message>
        <source>(no industry field recorded)</source>
        <translation>(no industry field recorded)</translation>
    </message>
    <message>
        <source>Lights by town or street:</source>
        <translation>Lights by town or street:</translation>
    </message>
    <message>
        <source>Lights by town or street (the %1 largest of %2):</source>
        <translation>Lights by town or street (the %1 largest of %2):</translation>
    </message>
    <message>
        <source>(no town or street recorded)</source>
        <translation>(no town or street recorded)</translation>
    </message>
</context>
<context>
    <name>CommitmentLetter</name>
    <message>
        <source>Application %1 is handled in the ordinary mode and has no commitment letter.</source>
        <translation>Application %1 is handled in the ordinary mode and has no commitment letter.</translation>
    </message>
    <message>
        <source>The item of application %1 is no longer in the catalogue.</source>
        <translation>The item of application %1 is no longer in the catalogue.</translation>
    </message>
</context>
<context>
    <name>CreditRepair</name>
    <message>
        <source>There is no such penalty record.</source>
        <translation>There is no such penalty record.</translation>
    </message>
    <message>
        <source>The application date is required.</source>
        <translation>The application date is required.</translation>
    </message>
    <message>
        <source>The penalty %1 was already repaired on %2.</source>
        <translation>The penalty %1 was already repaired on %2.</translation>
    </message>
    <message>
        <source>The publicity of penalty %1 ended on %2; it no longer needs repair.</source>
        <translation>The publicity of penalty %1 ended on %2; it no longer needs repair.</translation>
    </message>
    <message>
        <source>Repair of penalty %1 (%2) can be applied for from %3, after the minimum publicity period.</source>
        <translation>Repair of penalty %1 (%2) can be applied for from %3, after the minimum publicity period.</translation>
    </message>
    <message>
        <source>"%1" is not a commitment code (20 digits: division code, date, serial).</source>
        <translation>"%1" is not a commitment code (20 digits: division code, date, serial).</translation>
    </message>
    <message>
        <source>A credit-repair commitment needs its content.</source>
        <translation>A credit-repair commitment needs its content.</translation>
    </message>
    <message>
        <source>An application to repair penalty %1 is already pending (of %2).</source>
        <translation>An application to repair penalty %1 is already pending (of %2).</translation>
    </message>
    <message>
        <source>There is no such repair application.</source>
        <translation>There is no such repair application.</translation>
    </message>
    <message>
        <source>The repair application was already decided (%1).</source>
        <translation>The repair application was already decided (%1).</translation>
    </message>
    <message>
        <source>The grant date cannot lie before the application (%1).</source>
        <translation>The grant date cannot lie before the application (%1).</translation>
    </message>
    <message>
        <source>Rejecting a repair application needs a written reason.</source>
        <translation>Rejecting a repair application needs a written reason.</translation>
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
    <name>DashboardData</name>
    <message>
        <source>The report figures could not be read from the database.</source>
        <translation>The report figures could not be read from the database.</translation>
    </message>
    <message>
        <source>The report needs a SQLite store.</source>
        <translation>The report needs a SQLite store.</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>The period starts (%1) after it ends (%2).</translation>
    </message>
    <message>
        <source>The period spans %1 months; a report covers at most %2.</source>
        <translation>The period spans %1 months; a report covers at most %2.</translation>
    </message>
    <message>
        <source>There is no industry field with id %1.</source>
        <translation>There is no industry field with id %1.</translation>
    </message>
    <message>
        <source>There is no town or street with id %1.</source>
        <translation>There is no town or street with id %1.</translation>
    </message>
    <message>
        <source>There is no department with id %1.</source>
        <translation>There is no department with id %1.</translation>
    </message>
    <message>
        <source>Entity ids are too sparse for the report.</source>
        <translation>Entity ids are too sparse for the report.</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>(no town or street recorded)</source>
        <translation>(no town or street recorded)</translation>
    </message>
    <message>
        <source>(no industry field recorded)</source>
        <translation>(no industry field recorded)</translation>
    </message>
    <message>
        <source>Lights by town or street</source>
        <translation>Lights by town or street</translation>
    </message>
    <message>
        <source>Lights by industry field</source>
        <translation>Lights by industry field</translation>
    </message>
    <message>
        <source>Entities per town or street and light</source>
        <translation>Entities per town or street and light</translation>
    </message>
    <message>
        <source>Entities per industry field and light</source>
        <translation>Entities per industry field and light</translation>
    </message>
    <message>
        <source>The chart shows the %1 largest groups; the table lists all %2.</source>
        <translation>The chart shows the %1 largest groups; the table lists all %2.</translation>
    </message>
    <message>
        <source>Lights per town or street</source>
        <translation>Lights per town or street</translation>
    </message>
    <message>
        <source>Lights per industry field</source>
        <translation>Lights per industry field</translation>
    </message>
    <message>
        <source>Town or street</source>
        <translation>Town or street</translation>
    </message>
    <message>
        <source>Industry field</source>
        <translation>Industry field</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Red share</source>
        <translation>Red share</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Credit traffic-light dashboard</source>
        <translation>Credit traffic-light dashboard</translation>
    </message>
    <message>
        <source>Social credit office</source>
        <translation>Social credit office</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Lights as of</source>
        <translation>Lights as of</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Credit light distribution</source>
        <translation>Credit light distribution</translation>
    </message>
    <message>
        <source>Lights as recorded on %1 for %2 entities in scope.</source>
        <translation>Lights as recorded on %1 for %2 entities in scope.</translation>
    </message>
    <message>
        <source>%1 of them had no light recorded by that date and are not counted below.</source>
        <translation>%1 of them had no light recorded by that date and are not counted below.</translation>
    </message>
    <message>
        <source>Share of entities per light</source>
        <translation>Share of entities per light</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Entities per light</source>
        <translation>Entities per light</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Monthly trend of the lights</source>
        <translation>Monthly trend of the lights</translation>
    </message>
    <message>
        <source>Entities per light at the end of each month, as recorded in the light history.</source>
        <translation>Entities per light at the end of each month, as recorded in the light history.</translation>
    </message>
    <message>
        <source>Entities per light, month by month</source>
        <translation>Entities per light, month by month</translation>
    </message>
    <message>
        <source>Entities per light at each month end</source>
        <translation>Entities per light at each month end</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Approval by commitment</source>
        <translation>Approval by commitment</translation>
    </message>
    <message>
        <source>Applications approved and verification tasks pushed from %1 to %2; a verification is overdue when it was still pending past its due date on %3.</source>
        <translation>Applications approved and verification tasks pushed from %1 to %2; a verification is overdue when it was still pending past its due date on %3.</translation>
    </message>
    <message>
        <source>Department: approvals of the items it approves or supervises, and the verification tasks pushed to it.</source>
        <translation>Department: approvals of the items it approves or supervises, and the verification tasks pushed to it.</translation>
    </message>
    <message>
        <source>Industry field and town or street: those of the applicant.</source>
        <translation>Industry field and town or street: those of the applicant.</translation>
    </message>
    <message>
        <source>Verification tasks pushed in the period, by status</source>
        <translation>Verification tasks pushed in the period, by status</translation>
    </message>
    <message>
        <source>Pending, not yet due</source>
        <translation>Pending, not yet due</translation>
    </message>
    <message>
        <source>Overdue, not verified</source>
        <translation>Overdue, not verified</translation>
    </message>
    <message>
        <source>Approvals by commitment</source>
        <translation>Approvals by commitment</translation>
    </message>
    <message>
        <source>Applications approved (all modes)</source>
        <translation>Applications approved (all modes)</translation>
    </message>
    <message>
        <source>Approved by commitment</source>
        <translation>Approved by commitment</translation>
    </message>
    <message>
        <source>Approved by deficiency acceptance</source>
        <translation>Approved by deficiency acceptance</translation>
    </message>
    <message>
        <source>Share handled by commitment</source>
        <translation>Share handled by commitment</translation>
    </message>
    <message>
        <source>Items handled by commitment</source>
        <translation>Items handled by commitment</translation>
    </message>
    <message>
        <source>Working days saved against the ordinary time limit</source>
        <translation>Working days saved against the ordinary time limit</translation>
    </message>
    <message>
        <source>Working days saved per approval by commitment</source>
        <translation>Working days saved per approval by commitment</translation>
    </message>
    <message>
        <source>Verification of commitments</source>
        <translation>Verification of commitments</translation>
    </message>
    <message>
        <source>Verification tasks pushed</source>
        <translation>Verification tasks pushed</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Verification coverage</source>
        <translation>Verification coverage</translation>
    </message>
    <message>
        <source>Fulfilment rate (fulfilled of verified)</source>
        <translation>Fulfilment rate (fulfilled of verified)</translation>
    </message>
    <message>
        <source>Inclusive-prudent enforcement</source>
        <translation>Inclusive-prudent enforcement</translation>
    </message>
    <message>
        <source>Penalty decisions taken from %1 to %2; open cases are not counted. Soft measures: no penalty, a mitigated or a lighter penalty. Fines not imposed: the standard band's lower limit less the fine imposed, summed over the soft measures.</source>
        <translation>Penalty decisions taken from %1 to %2; open cases are not counted. Soft measures: no penalty, a mitigated or a lighter penalty. Fines not imposed: the standard band's lower limit less the fine imposed, summed over the soft measures.</translation>
    </message>
    <message>
        <source>Department: the cases it handled.</source>
        <translation>Department: the cases it handled.</translation>
    </message>
    <message>
        <source>Industry field and town or street: those of the party.</source>
        <translation>Industry field and town or street: those of the party.</translation>
    </message>
    <message>
        <source>Penalty decisions by outcome</source>
        <translation>Penalty decisions by outcome</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Penalty decisions in the period, by outcome</source>
        <translation>Penalty decisions in the period, by outcome</translation>
    </message>
    <message>
        <source>Soft enforcement</source>
        <translation>Soft enforcement</translation>
    </message>
    <message>
        <source>Penalty decisions</source>
        <translation>Penalty decisions</translation>
    </message>
    <message>
        <source>Soft measures applied</source>
        <translation>Soft measures applied</translation>
    </message>
    <message>
        <source>Entities that benefited</source>
        <translation>Entities that benefited</translation>
    </message>
    <message>
        <source>Penalty-free cases</source>
        <translation>Penalty-free cases</translation>
    </message>
    <message>
        <source>Fines not imposed (yuan)</source>
        <translation>Fines not imposed (yuan)</translation>
    </message>
    <message>
        <source>Fines imposed (yuan)</source>
        <translation>Fines imposed (yuan)</translation>
    </message>
    <message>
        <source>Penalty records</source>
        <translation>Penalty records</translation>
    </message>
    <message>
        <source>Decisions other than recommended (with a written reason)</source>
        <translation>Decisions other than recommended (with a written reason)</translation>
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
    <name>DiscretionEngine</name>
    <message>
        <source>The discretion rules of version %1 are missing.</source>
        <translation>The discretion rules of version %1 are missing.</translation>
    </message>
    <message>
        <source>no penalty</source>
        <translation>no penalty</translation>
    </message>
    <message>
        <source>mitigated penalty</source>
        <translation>mitigated penalty</translation>
    </message>
    <message>
        <source>lighter penalty</source>
        <translation>lighter penalty</translation>
    </message>
    <message>
        <source>standard penalty</source>
        <translation>standard penalty</translation>
    </message>
    <message>
        <source>heavier penalty</source>
        <translation>heavier penalty</translation>
    </message>
    <message>
        <source>no subjective fault proven</source>
        <translation>no subjective fault proven</translation>
    </message>
    <message>
        <source>corrected in time</source>
        <translation>corrected in time</translation>
    </message>
    <message>
        <source>first violation</source>
        <translation>first violation</translation>
    </message>
    <message>
        <source>a ground of Art. 32</source>
        <translation>a ground of Art. 32</translation>
    </message>
    <message>
        <source>an aggravating factor</source>
        <translation>an aggravating factor</translation>
    </message>
    <message>
        <source>Unknown harm "%1"; use one of: %2.</source>
        <translation>Unknown harm "%1"; use one of: %2.</translation>
    </message>
    <message>
        <source>Unknown Art. 32 ground "%1"; use one of: %2.</source>
        <translation>Unknown Art. 32 ground "%1"; use one of: %2.</translation>
    </message>
    <message>
        <source>Unknown aggravating factor "%1"; use one of: %2.</source>
        <translation>Unknown aggravating factor "%1"; use one of: %2.</translation>
    </message>
    <message>
        <source>The facts contradict each other: the party cannot both have corrected in time and refused to correct.</source>
        <translation>The facts contradict each other: the party cannot both have corrected in time and refused to correct.</translation>
    </message>
    <message>
        <source>The facts contradict each other: a first violation cannot be a repeat violation.</source>
        <translation>The facts contradict each other: a first violation cannot be a repeat violation.</translation>
    </message>
    <message>
        <source>The facts contradict each other: %1 and a serious consequence.</source>
        <translation>The facts contradict each other: %1 and a serious consequence.</translation>
    </message>
    <message>
        <source>The records contradict "first violation": penalty decision %1 of %2 lies within the last 12 months.</source>
        <translation>The records contradict "first violation": penalty decision %1 of %2 lies within the last 12 months.</translation>
    </message>
    <message>
        <source>Credit light as of %1: %2 (rule %3).</source>
        <translation>Credit light as of %1: %2 (rule %3).</translation>
    </message>
    <message>
        <source>The market-supervision risk classification (not a credit evaluation) is not held against the party; with it the light would be %1.</source>
        <translation>The market-supervision risk classification (not a credit evaluation) is not held against the party; with it the light would be %1.</translation>
    </message>
    <message>
        <source>Item %1 is on the soft-enforcement list (no. %2).</source>
        <translation>Item %1 is on the soft-enforcement list (no. %2).</translation>
    </message>
    <message>
        <source>Item %1 is not on the soft-enforcement list.</source>
        <translation>Item %1 is not on the soft-enforcement list.</translation>
    </message>
    <message>
        <source>%1 (here: %2)</source>
        <translation>%1 (here: %2)</translation>
    </message>
    <message>
        <source>light %1 (here: %2)</source>
        <translation>light %1 (here: %2)</translation>
    </message>
    <message>
        <source>item on the soft-enforcement list</source>
        <translation>item on the soft-enforcement list</translation>
    </message>
    <message>
        <source>%1 does not apply: it needs %2.</source>
        <translation>%1 does not apply: it needs %2.</translation>
    </message>
    <message>
        <source>%1 applies (%2): %3.</source>
        <translation>%1 applies (%2): %3.</translation>
    </message>
    <message>
        <source>No discretion rule of version %1 matches; the rule set needs a final rule without conditions.</source>
        <translation>No discretion rule of version %1 matches; the rule set needs a final rule without conditions.</translation>
    </message>
    <message>
        <source>Statutory fine range %1–%2 yuan (%3).</source>
        <translation>Statutory fine range %1–%2 yuan (%3).</translation>
    </message>
    <message>
        <source>No fine; order the party to correct and educate it. Refusal to correct means a penalty.</source>
        <translation>No fine; order the party to correct and educate it. Refusal to correct means a penalty.</translation>
    </message>
    <message>
        <source>Fine below the statutory minimum: 0–%1 yuan (0: a lighter type of penalty, e.g. a warning); order the party to correct.</source>
        <translation>Fine below the statutory minimum: 0–%1 yuan (0: a lighter type of penalty, e.g. a warning); order the party to correct.</translation>
    </message>
    <message>
        <source>Fine band for %1: %2–%3 yuan.</source>
        <translation>Fine band for %1: %2–%3 yuan.</translation>
    </message>
</context>
<context>
    <name>DiscretionSheet</name>
    <message>
        <source>first violation</source>
        <translation>first violation</translation>
    </message>
    <message>
        <source>not a first violation</source>
        <translation>not a first violation</translation>
    </message>
    <message>
        <source>corrected in time</source>
        <translation>corrected in time</translation>
    </message>
    <message>
        <source>not corrected</source>
        <translation>not corrected</translation>
    </message>
    <message>
        <source>no subjective fault proven</source>
        <translation>no subjective fault proven</translation>
    </message>
    <message>
        <source>Art. 32: %1</source>
        <translation>Art. 32: %1</translation>
    </message>
    <message>
        <source>aggravating: %1</source>
        <translation>aggravating: %1</translation>
    </message>
    <message>
        <source>Discretion Recommendation Sheet</source>
        <translation>Discretion Recommendation Sheet</translation>
    </message>
    <message>
        <source>Case no. %1</source>
        <translation>Case no. %1</translation>
    </message>
    <message>
        <source>(not yet opened)</source>
        <translation>(not yet opened)</translation>
    </message>
    <message>
        <source>1. Party and violation</source>
        <translation>1. Party and violation</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Violation item</source>
        <translation>Violation item</translation>
    </message>
    <message>
        <source>Violated provision</source>
        <translation>Violated provision</translation>
    </message>
    <message>
        <source>Penalty provision</source>
        <translation>Penalty provision</translation>
    </message>
    <message>
        <source>Statutory fine range</source>
        <translation>Statutory fine range</translation>
    </message>
    <message>
        <source>%1–%2 yuan</source>
        <translation>%1–%2 yuan</translation>
    </message>
    <message>
        <source>Soft-enforcement list</source>
        <translation>Soft-enforcement list</translation>
    </message>
    <message>
        <source>no. %1: %2</source>
        <translation>no. %1: %2</translation>
    </message>
    <message>
        <source>not on the list</source>
        <translation>not on the list</translation>
    </message>
    <message>
        <source>2. Facts</source>
        <translation>2. Facts</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Facts established</source>
        <translation>Facts established</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>3. Recommendation</source>
        <translation>3. Recommendation</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>%1 (rules version %2): %3</source>
        <translation>%1 (rules version %2): %3</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Fine band</source>
        <translation>Fine band</translation>
    </message>
    <message>
        <source>no fine; order to correct and education</source>
        <translation>no fine; order to correct and education</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 as of %2 (rule %3)</source>
        <translation>%1 as of %2 (rule %3)</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4), %5</source>
        <translation>%1 %2: %3 (%4), %5</translation>
    </message>
    <message>
        <source>%1 %2 since %3</source>
        <translation>%1 %2 since %3</translation>
    </message>
    <message>
        <source>Credit status used</source>
        <translation>Credit status used</translation>
    </message>
    <message>
        <source>4. Reasoning</source>
        <translation>4. Reasoning</translation>
    </message>
    <message>
        <source>5. Decision</source>
        <translation>5. Decision</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Reason for differing from the recommendation</source>
        <translation>Reason for differing from the recommendation</translation>
    </message>
    <message>
        <source>Officer (signature): ____________    Reviewer (signature): ____________    Date: ____________</source>
        <translation>Officer (signature): ____________    Reviewer (signature): ____________    Date: ____________</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>EnforcementService</name>
    <message>
        <source>The entity of the case is not registered.</source>
        <translation>The entity of the case is not registered.</translation>
    </message>
    <message>
        <source>The date the violation was found is required.</source>
        <translation>The date the violation was found is required.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>There is no such case.</translation>
    </message>
    <message>
        <source>Case %1 was already decided on %2.</source>
        <translation>Case %1 was already decided on %2.</translation>
    </message>
    <message>
        <source>Unknown outcome "%1"; use one of: %2.</source>
        <translation>Unknown outcome "%1"; use one of: %2.</translation>
    </message>
    <message>
        <source>The decision date is required.</source>
        <translation>The decision date is required.</translation>
    </message>
    <message>
        <source>The decision date %1 lies before the violation was found (%2).</source>
        <translation>The decision date %1 lies before the violation was found (%2).</translation>
    </message>
    <message>
        <source>The fine cannot be negative.</source>
        <translation>The fine cannot be negative.</translation>
    </message>
    <message>
        <source>The decision (%1) differs from the recommendation (%2, rule %3): a written reason is required.</source>
        <translation>The decision (%1) differs from the recommendation (%2, rule %3): a written reason is required.</translation>
    </message>
    <message>
        <source>A fine of %1 yuan is outside the legal range for %2: %3–%4 yuan (statutory range %5–%6 yuan).</source>
        <translation>A fine of %1 yuan is outside the legal range for %2: %3–%4 yuan (statutory range %5–%6 yuan).</translation>
    </message>
    <message>
        <source>A penalty decision needs its decision number (行政处罚决定书文号).</source>
        <translation>A penalty decision needs its decision number (行政处罚决定书文号).</translation>
    </message>
    <message>
        <source>The decision number %1 is already used by another penalty.</source>
        <translation>The decision number %1 is already used by another penalty.</translation>
    </message>
</context>
<context>
    <name>EntityApprovalRecords</name>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Under objection</source>
        <translation>Under objection</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
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
    <message>
        <source>The legal representative's ID number is not valid: %1</source>
        <translation>The legal representative's ID number is not valid: %1</translation>
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
    <message>
        <source>A column mapping profile belongs to a department: give the department (--department NAME).</source>
        <translation>A column mapping profile belongs to a department: give the department (--department NAME).</translation>
    </message>
    <message>
        <source>%1 has no saved column mapping profile "%2".</source>
        <translation>%1 has no saved column mapping profile "%2".</translation>
    </message>
    <message>
        <source>%1 has no saved column mapping profile "%2"; its profiles: %3.</source>
        <translation>%1 has no saved column mapping profile "%2"; its profiles: %3.</translation>
    </message>
    <message>
        <source>"%1" is not a field of the grade file; the fields are %2.</source>
        <translation>"%1" is not a field of the grade file; the fields are %2.</translation>
    </message>
    <message>
        <source>%1 does not have the column(s) %2 of the profile "%3". The header row has: %4.</source>
        <translation>%1 does not have the column(s) %2 of the profile "%3". The header row has: %4.</translation>
    </message>
    <message>
        <source>%1 does not have the column(s) %2. The header row has: %3.</source>
        <translation>%1 does not have the column(s) %2. The header row has: %3.</translation>
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
    <name>ImportProfiles</name>
    <message>
        <source>A column mapping profile needs a name.</source>
        <translation>A column mapping profile needs a name.</translation>
    </message>
    <message>
        <source>"%1" is not a field of the grade file.</source>
        <translation>"%1" is not a field of the grade file.</translation>
    </message>
    <message>
        <source>A column mapping profile belongs to a department; choose the department first.</source>
        <translation>A column mapping profile belongs to a department; choose the department first.</translation>
    </message>
</context>
<context>
    <name>ItemCatalogue</name>
    <message>
        <source>There is no item with the code %1 in the catalogue (list them with approval items).</source>
        <translation>There is no item with the code %1 in the catalogue (list them with approval items).</translation>
    </message>
    <message>
        <source>The item %1 %2 is no longer handled (inactive in the catalogue).</source>
        <translation>The item %1 %2 is no longer handled (inactive in the catalogue).</translation>
    </message>
    <message>
        <source>An item needs a code and a name.</source>
        <translation>An item needs a code and a name.</translation>
    </message>
    <message>
        <source>The item %1 has no legal basis; every item needs one.</source>
        <translation>The item %1 has no legal basis; every item needs one.</translation>
    </message>
    <message>
        <source>Unknown item category "%1".</source>
        <translation>Unknown item category "%1".</translation>
    </message>
    <message>
        <source>Unknown verification method "%1".</source>
        <translation>Unknown verification method "%1".</translation>
    </message>
    <message>
        <source>The time limits of item %1 are not consistent: the promised time may not exceed the ordinary time limit and the verification period must be at least one working day.</source>
        <translation>The time limits of item %1 are not consistent: the promised time may not exceed the ordinary time limit and the verification period must be at least one working day.</translation>
    </message>
    <message>
        <source>The sample rate of item %1 must be above 0 and at most 100 %.</source>
        <translation>The sample rate of item %1 must be above 0 and at most 100 %.</translation>
    </message>
    <message>
        <source>Certificate item</source>
        <translation>Certificate item</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Written review</source>
        <translation>Written review</translation>
    </message>
    <message>
        <source>Online check</source>
        <translation>Online check</translation>
    </message>
    <message>
        <source>On-site inspection</source>
        <translation>On-site inspection</translation>
    </message>
    <message>
        <source>Publicity check</source>
        <translation>Publicity check</translation>
    </message>
    <message>
        <source>Enter the item code.</source>
        <translation>Enter the item code.</translation>
    </message>
    <message>
        <source>Enter the item name.</source>
        <translation>Enter the item name.</translation>
    </message>
    <message>
        <source>The code %1 is already used by the item %2.</source>
        <translation>The code %1 is already used by the item %2.</translation>
    </message>
    <message>
        <source>Enter the legal basis of the item.</source>
        <translation>Enter the legal basis of the item.</translation>
    </message>
    <message>
        <source>Choose at least one supervising department: it receives the verification tasks.</source>
        <translation>Choose at least one supervising department: it receives the verification tasks.</translation>
    </message>
    <message>
        <source>The promised working days (%1) may not exceed the ordinary time limit (%2).</source>
        <translation>The promised working days (%1) may not exceed the ordinary time limit (%2).</translation>
    </message>
    <message>
        <source>Verification must be due within at least one working day.</source>
        <translation>Verification must be due within at least one working day.</translation>
    </message>
    <message>
        <source>The sample rate must be above 0 % and at most 100 %.</source>
        <translation>The sample rate must be above 0 % and at most 100 %.</translation>
    </message>
    <message>
        <source>List at least one material the applicant submits.</source>
        <translation>List at least one material the applicant submits.</translation>
    </message>
    <message>
        <source>Every material needs a name.</source>
        <translation>Every material needs a name.</translation>
    </message>
    <message>
        <source>The material "%1" is listed twice.</source>
        <translation>The material "%1" is listed twice.</translation>
    </message>
    <message>
        <source>An item excluded from commitment cannot allow commitment mode.</source>
        <translation>An item excluded from commitment cannot allow commitment mode.</translation>
    </message>
    <message>
        <source>An item excluded from commitment cannot allow 容缺 acceptance.</source>
        <translation>An item excluded from commitment cannot allow 容缺 acceptance.</translation>
    </message>
    <message>
        <source>容缺 acceptance needs at least one secondary material: only secondary materials may be missing.</source>
        <translation>容缺 acceptance needs at least one secondary material: only secondary materials may be missing.</translation>
    </message>
</context>
<context>
    <name>ItemCatalogueFile</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 has no column %2 (%3).</source>
        <translation>%1 has no column %2 (%3).</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3 Nothing was imported.</source>
        <translation>Row %1, column %2: %3 Nothing was imported.</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>Row %1: %2 Nothing was imported.</translation>
    </message>
    <message>
        <source>the item code is empty.</source>
        <translation>the item code is empty.</translation>
    </message>
    <message>
        <source>"%1" is not a whole number.</source>
        <translation>"%1" is not a whole number.</translation>
    </message>
    <message>
        <source>"%1" is not 是 or 否.</source>
        <translation>"%1" is not 是 or 否.</translation>
    </message>
    <message>
        <source>"%1" is not a rate (0.3 or 30%).</source>
        <translation>"%1" is not a rate (0.3 or 30%).</translation>
    </message>
    <message>
        <source>unknown department "%1".</source>
        <translation>unknown department "%1".</translation>
    </message>
    <message>
        <source>an item needs at least one supervising department.</source>
        <translation>an item needs at least one supervising department.</translation>
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
    <name>MeasureCatalogue</name>
    <message>
        <source>%1 %2 since %3</source>
        <translation>%1 %2 since %3</translation>
    </message>
    <message>
        <source>%1 %2 since %3 (%4)</source>
        <translation>%1 %2 since %3 (%4)</translation>
    </message>
    <message>
        <source>serious-dishonesty list of %1 since %2 (%3)</source>
        <translation>serious-dishonesty list of %1 since %2 (%3)</translation>
    </message>
    <message>
        <source>%1 light (rule %2: %3)</source>
        <translation>%1 light (rule %2: %3)</translation>
    </message>
    <message>
        <source>%1, no negative record</source>
        <translation>%1, no negative record</translation>
    </message>
    <message>
        <source>%1 missed supplement deadlines for deficient materials in the last %2 months (limit %3)</source>
        <translation>%1 missed supplement deadlines for deficient materials in the last %2 months (limit %3)</translation>
    </message>
    <message>
        <source>A measure needs a code and a name.</source>
        <translation>A measure needs a code and a name.</translation>
    </message>
    <message>
        <source>The measure %1 has no legal basis; no measure may be applied without one.</source>
        <translation>The measure %1 has no legal basis; no measure may be applied without one.</translation>
    </message>
    <message>
        <source>A measure is an incentive or a restriction, not "%1".</source>
        <translation>A measure is an incentive or a restriction, not "%1".</translation>
    </message>
    <message>
        <source>Unknown measure condition "%1".</source>
        <translation>Unknown measure condition "%1".</translation>
    </message>
    <message>
        <source>Green light</source>
        <translation>Green light</translation>
    </message>
    <message>
        <source>Green light, or grey without negative records</source>
        <translation>Green light, or grey without negative records</translation>
    </message>
    <message>
        <source>Yellow light</source>
        <translation>Yellow light</translation>
    </message>
    <message>
        <source>Red light</source>
        <translation>Red light</translation>
    </message>
    <message>
        <source>On the serious-dishonesty list</source>
        <translation>On the serious-dishonesty list</translation>
    </message>
    <message>
        <source>Unrepaired false commitment</source>
        <translation>Unrepaired false commitment</translation>
    </message>
    <message>
        <source>Commitment unfulfilled past the rectification deadline</source>
        <translation>Commitment unfulfilled past the rectification deadline</translation>
    </message>
    <message>
        <source>Repeatedly missed supplement deadlines</source>
        <translation>Repeatedly missed supplement deadlines</translation>
    </message>
    <message>
        <source>Penalty within its publicity period</source>
        <translation>Penalty within its publicity period</translation>
    </message>
    <message>
        <source>Commitment partly fulfilled or materials overdue</source>
        <translation>Commitment partly fulfilled or materials overdue</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Incentive</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>the legal representative %1 (ID %2) is on the serious-dishonesty list since %3, listed by %4 (%5)</source>
        <translation>the legal representative %1 (ID %2) is on the serious-dishonesty list since %3, listed by %4 (%5)</translation>
    </message>
    <message>
        <source>Legal representative on the serious-dishonesty list</source>
        <translation>Legal representative on the serious-dishonesty list</translation>
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
    <name>PackageReader</name>
    <message>
        <source>its file %1 is shorter than the archive says (truncated or damaged)</source>
        <translation>its file %1 is shorter than the archive says (truncated or damaged)</translation>
    </message>
    <message>
        <source>its file %1 would inflate far beyond its compressed size (a zip bomb)</source>
        <translation>its file %1 would inflate far beyond its compressed size (a zip bomb)</translation>
    </message>
    <message>
        <source>its file %1 cannot be read (truncated or damaged)</source>
        <translation>its file %1 cannot be read (truncated or damaged)</translation>
    </message>
    <message>
        <source>The package %1 cannot be opened: %2</source>
        <translation>The package %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>the file is %1 MB, more than the %2 MB a package may have</source>
        <translation>the file is %1 MB, more than the %2 MB a package may have</translation>
    </message>
    <message>
        <source>it is not a complete ZIP archive (cut short in transfer, or not a package at all)</source>
        <translation>it is not a complete ZIP archive (cut short in transfer, or not a package at all)</translation>
    </message>
    <message>
        <source>the archive is empty</source>
        <translation>the archive is empty</translation>
    </message>
    <message>
        <source>it holds %1 files; a package has at most %2</source>
        <translation>it holds %1 files; a package has at most %2</translation>
    </message>
    <message>
        <source>it contains the file name "%1"; only plain names are allowed (no folders, ".." or absolute paths)</source>
        <translation>it contains the file name "%1"; only plain names are allowed (no folders, ".." or absolute paths)</translation>
    </message>
    <message>
        <source>the file name "%1" occurs twice</source>
        <translation>the file name "%1" occurs twice</translation>
    </message>
    <message>
        <source>the size of its file %1 cannot be read</source>
        <translation>the size of its file %1 cannot be read</translation>
    </message>
    <message>
        <source>it would inflate to more than %1 MB (a zip bomb or a damaged file)</source>
        <translation>it would inflate to more than %1 MB (a zip bomb or a damaged file)</translation>
    </message>
    <message>
        <source>manifest.json or manifest.sig is missing</source>
        <translation>manifest.json or manifest.sig is missing</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object (%1)</source>
        <translation>manifest.json is not a JSON object (%1)</translation>
    </message>
    <message>
        <source>manifest.json is not a CreditLoop sync manifest (format "%1")</source>
        <translation>manifest.json is not a CreditLoop sync manifest (format "%1")</translation>
    </message>
    <message>
        <source>the format version is missing or not a whole number</source>
        <translation>the format version is missing or not a whole number</translation>
    </message>
    <message>
        <source>it was written in format version %1, this program reads up to version %2; install the newer program</source>
        <translation>it was written in format version %1, this program reads up to version %2; install the newer program</translation>
    </message>
    <message>
        <source>the sender "%1" is not a valid office code</source>
        <translation>the sender "%1" is not a valid office code</translation>
    </message>
    <message>
        <source>the receiver "%1" is not a valid office code</source>
        <translation>the receiver "%1" is not a valid office code</translation>
    </message>
    <message>
        <source>the sequence number is missing or not a positive whole number</source>
        <translation>the sequence number is missing or not a positive whole number</translation>
    </message>
    <message>
        <source>the list of files is missing</source>
        <translation>the list of files is missing</translation>
    </message>
    <message>
        <source>the record kind "%1" is unknown to this program</source>
        <translation>the record kind "%1" is unknown to this program</translation>
    </message>
    <message>
        <source>records of kind "%1" must be in %2, not "%3"</source>
        <translation>records of kind "%1" must be in %2, not "%3"</translation>
    </message>
    <message>
        <source>the record kind "%1" is listed twice</source>
        <translation>the record kind "%1" is listed twice</translation>
    </message>
    <message>
        <source>the entry of %1 lacks a record count or a SHA-256</source>
        <translation>the entry of %1 lacks a record count or a SHA-256</translation>
    </message>
    <message>
        <source>it is addressed to office %1, not to this office (%2)</source>
        <translation>it is addressed to office %1, not to this office (%2)</translation>
    </message>
    <message>
        <source>the sender %1 is not trusted here; register its public key first (keys trust %1 KEY)</source>
        <translation>the sender %1 is not trusted here; register its public key first (keys trust %1 KEY)</translation>
    </message>
    <message>
        <source>manifest.sig is not a valid signature of manifest.json by %1's trusted key (altered, or signed by another key)</source>
        <translation>manifest.sig is not a valid signature of manifest.json by %1's trusted key (altered, or signed by another key)</translation>
    </message>
    <message>
        <source>it contains %1, which the manifest does not list</source>
        <translation>it contains %1, which the manifest does not list</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing</source>
        <translation>%1 is listed in the manifest but missing</translation>
    </message>
    <message>
        <source>the SHA-256 of %1 does not match the manifest (the file was altered)</source>
        <translation>the SHA-256 of %1 does not match the manifest (the file was altered)</translation>
    </message>
    <message>
        <source>the header of %1 is "%2"; expected "%3"</source>
        <translation>the header of %1 is "%2"; expected "%3"</translation>
    </message>
    <message>
        <source>%1 holds %2 records, the manifest says %3</source>
        <translation>%1 holds %2 records, the manifest says %3</translation>
    </message>
    <message>
        <source>%1, record %2: %3</source>
        <translation>%1, record %2: %3</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The package %1 already exists; a package is never overwritten.</source>
        <translation>The package %1 already exists; a package is never overwritten.</translation>
    </message>
    <message>
        <source>The package %1 could not be read back.</source>
        <translation>The package %1 could not be read back.</translation>
    </message>
    <message>
        <source>The package %1 could not be renamed to %2.</source>
        <translation>The package %1 could not be renamed to %2.</translation>
    </message>
</context>
<context>
    <name>PenaltyRecord</name>
    <message>
        <source>Unknown severity "%1"; use minor, general or serious.</source>
        <translation>Unknown severity "%1"; use minor, general or serious.</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>serious</translation>
    </message>
    <message>
        <source>in publicity</source>
        <translation>in publicity</translation>
    </message>
    <message>
        <source>credit repaired</source>
        <translation>credit repaired</translation>
    </message>
    <message>
        <source>publicity ended</source>
        <translation>publicity ended</translation>
    </message>
</context>
<context>
    <name>PlatformSimulator</name>
    <message>
        <source>The hub folder %1 cannot be created.</source>
        <translation>The hub folder %1 cannot be created.</translation>
    </message>
</context>
<context>
    <name>PreApprovalCheck</name>
    <message>
        <source>The item %1 is excluded from commitment mode (it touches safety, health, property or the environment).</source>
        <translation>The item %1 is excluded from commitment mode (it touches safety, health, property or the environment).</translation>
    </message>
    <message>
        <source>The item %1 is not handled by commitment.</source>
        <translation>The item %1 is not handled by commitment.</translation>
    </message>
    <message>
        <source>The item %1 does not accept missing materials (容缺).</source>
        <translation>The item %1 does not accept missing materials (容缺).</translation>
    </message>
    <message>
        <source>The item %1 has no secondary materials that could be supplied later.</source>
        <translation>The item %1 has no secondary materials that could be supplied later.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>RecordCodec</name>
    <message>
        <source>the commitment code "%1" is not 20 digits</source>
        <translation>the commitment code "%1" is not 20 digits</translation>
    </message>
    <message>
        <source>unknown commitment type "%1"</source>
        <translation>unknown commitment type "%1"</translation>
    </message>
    <message>
        <source>the entity code "%1" is missing or not in its normal form</source>
        <translation>the entity code "%1" is missing or not in its normal form</translation>
    </message>
    <message>
        <source>the commitment %1 has no %2</source>
        <translation>the commitment %1 has no %2</translation>
    </message>
    <message>
        <source>unknown publicity type "%1"</source>
        <translation>unknown publicity type "%1"</translation>
    </message>
    <message>
        <source>unknown fulfilment status "%1"</source>
        <translation>unknown fulfilment status "%1"</translation>
    </message>
    <message>
        <source>the false-commitment flag "%1" is neither 是 nor 否</source>
        <translation>the false-commitment flag "%1" is neither 是 nor 否</translation>
    </message>
    <message>
        <source>the date "%1" is not YYYY-MM-DD</source>
        <translation>the date "%1" is not YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the commitment %1 has a verification outcome without its date</source>
        <translation>the commitment %1 has a verification outcome without its date</translation>
    </message>
    <message>
        <source>the entity name and the listing authority are required</source>
        <translation>the entity name and the listing authority are required</translation>
    </message>
    <message>
        <source>the listing date "%1" is not YYYY-MM-DD</source>
        <translation>the listing date "%1" is not YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the removal date "%1" is not YYYY-MM-DD</source>
        <translation>the removal date "%1" is not YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the entity name is missing</source>
        <translation>the entity name is missing</translation>
    </message>
    <message>
        <source>unknown entity kind "%1"</source>
        <translation>unknown entity kind "%1"</translation>
    </message>
    <message>
        <source>unknown entity status "%1"</source>
        <translation>unknown entity status "%1"</translation>
    </message>
    <message>
        <source>the registration date "%1" is not YYYY-MM-DD</source>
        <translation>the registration date "%1" is not YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown code type "%1"</source>
        <translation>unknown code type "%1"</translation>
    </message>
    <message>
        <source>name, department, scheme and grade are required</source>
        <translation>name, department, scheme and grade are required</translation>
    </message>
    <message>
        <source>the date "%1" (%2) is not YYYY-MM-DD</source>
        <translation>the date "%1" (%2) is not YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown level "%1"</source>
        <translation>unknown level "%1"</translation>
    </message>
    <message>
        <source>the status must be 0 (正常) or 1 (撤销), not "%1"</source>
        <translation>the status must be 0 (正常) or 1 (撤销), not "%1"</translation>
    </message>
    <message>
        <source>the score "%1" is not a number</source>
        <translation>the score "%1" is not a number</translation>
    </message>
    <message>
        <source>evaluations.csv names the department "%1", which this office does not know; add it or an alias, then import the package again.</source>
        <translation>evaluations.csv names the department "%1", which this office does not know; add it or an alias, then import the package again.</translation>
    </message>
    <message>
        <source>evaluations.csv uses the grade scheme "%1", which this office does not know.</source>
        <translation>evaluations.csv uses the grade scheme "%1", which this office does not know.</translation>
    </message>
    <message>
        <source>evaluations.csv: the grade "%1" is unknown in scheme %2 and the record gives no level.</source>
        <translation>evaluations.csv: the grade "%1" is unknown in scheme %2 and the record gives no level.</translation>
    </message>
    <message>
        <source>the entity name and the decision number are required</source>
        <translation>the entity name and the decision number are required</translation>
    </message>
    <message>
        <source>unknown subject category "%1"</source>
        <translation>unknown subject category "%1"</translation>
    </message>
    <message>
        <source>unknown licence status "%1"</source>
        <translation>unknown licence status "%1"</translation>
    </message>
    <message>
        <source>unknown light "%1" (red, yellow, green or grey)</source>
        <translation>unknown light "%1" (red, yellow, green or grey)</translation>
    </message>
    <message>
        <source>the rule id is missing</source>
        <translation>the rule id is missing</translation>
    </message>
    <message>
        <source>the entity name, the decision number and the authority are required</source>
        <translation>the entity name, the decision number and the authority are required</translation>
    </message>
    <message>
        <source>the publicity of %1 ends (%2) before its decision (%3)</source>
        <translation>the publicity of %1 ends (%2) before its decision (%3)</translation>
    </message>
    <message>
        <source>the amount "%1" is not a number of 万元 with at most six decimals</source>
        <translation>the amount "%1" is not a number of 万元 with at most six decimals</translation>
    </message>
    <message>
        <source>unknown penalty status "%1"</source>
        <translation>unknown penalty status "%1"</translation>
    </message>
    <message>
        <source>the repair date "%1" is not YYYY-MM-DD</source>
        <translation>the repair date "%1" is not YYYY-MM-DD</translation>
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
    <name>ReportRenderer</name>
    <message>
        <source>entities</source>
        <translation>entities</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>The report could not be painted (the printer or file is not ready).</source>
        <translation>The report could not be painted (the printer or file is not ready).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>ReportTableExport</name>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>This system cannot write GB18030 text; choose UTF-8.</source>
        <translation>This system cannot write GB18030 text; choose UTF-8.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>SerialNumbers</name>
    <message>
        <source>No serial number could be drawn for %1.</source>
        <translation>No serial number could be drawn for %1.</translation>
    </message>
    <message>
        <source>The office's administrative division code "%1" is not six digits; set it in the settings.</source>
        <translation>The office's administrative division code "%1" is not six digits; set it in the settings.</translation>
    </message>
    <message>
        <source>The commitment codes of %1 are used up (999999 a day).</source>
        <translation>The commitment codes of %1 are used up (999999 a day).</translation>
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
    <name>SyncChecks</name>
    <message>
        <source>archive check</source>
        <translation>archive check</translation>
    </message>
    <message>
        <source>file name check</source>
        <translation>file name check</translation>
    </message>
    <message>
        <source>size check</source>
        <translation>size check</translation>
    </message>
    <message>
        <source>manifest check</source>
        <translation>manifest check</translation>
    </message>
    <message>
        <source>format version check</source>
        <translation>format version check</translation>
    </message>
    <message>
        <source>receiver check</source>
        <translation>receiver check</translation>
    </message>
    <message>
        <source>sender key check</source>
        <translation>sender key check</translation>
    </message>
    <message>
        <source>signature check</source>
        <translation>signature check</translation>
    </message>
    <message>
        <source>file integrity check</source>
        <translation>file integrity check</translation>
    </message>
    <message>
        <source>header check</source>
        <translation>header check</translation>
    </message>
    <message>
        <source>record count check</source>
        <translation>record count check</translation>
    </message>
    <message>
        <source>record check</source>
        <translation>record check</translation>
    </message>
    <message>
        <source>replay check</source>
        <translation>replay check</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>apply</translation>
    </message>
    <message>
        <source>Package %1 was refused by the %2: %3</source>
        <translation>Package %1 was refused by the %2: %3</translation>
    </message>
</context>
<context>
    <name>SyncCsv</name>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 cells where the header has %4.</source>
        <translation>%1, line %2: %3 cells where the header has %4.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted cell is not closed.</source>
        <translation>%1, line %2: a quoted cell is not closed.</translation>
    </message>
    <message>
        <source>%1, line %2: text after a closing quote.</source>
        <translation>%1, line %2: text after a closing quote.</translation>
    </message>
    <message>
        <source>%1, line %2: a quote inside an unquoted cell.</source>
        <translation>%1, line %2: a quote inside an unquoted cell.</translation>
    </message>
    <message>
        <source>%1, line %2: a line break must be CRLF or LF.</source>
        <translation>%1, line %2: a line break must be CRLF or LF.</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 is empty: it has no header row.</translation>
    </message>
</context>
<context>
    <name>SyncImporter</name>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>already applied</source>
        <translation>already applied</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>held back</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>quarantined</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>package %1 of %2 was already applied with different content (SHA-256 %3); a package is never replaced</source>
        <translation>package %1 of %2 was already applied with different content (SHA-256 %3); a package is never replaced</translation>
    </message>
    <message>
        <source>Package %1 (%2 no. %3) was applied before; skipped.</source>
        <translation>Package %1 (%2 no. %3) was applied before; skipped.</translation>
    </message>
    <message>
        <source>package %1 of %2 is older than package %3, which was applied already</source>
        <translation>package %1 of %2 is older than package %3, which was applied already</translation>
    </message>
    <message>
        <source>Package %1 is held back: package %2 of %3 has not arrived yet. It is applied when that one is imported (or when forced).</source>
        <translation>Package %1 is held back: package %2 of %3 has not arrived yet. It is applied when that one is imported (or when forced).</translation>
    </message>
    <message>
        <source>Package %1 (%2 no. %3) applied: %4 records, %5 new, %6 updated, %7 unchanged.</source>
        <translation>Package %1 (%2 no. %3) applied: %4 records, %5 new, %6 updated, %7 unchanged.</translation>
    </message>
</context>
<context>
    <name>SyncKeys</name>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>The cryptography library could not be initialised.</translation>
    </message>
    <message>
        <source>"%1" is not a valid office code: use 1 to 32 letters, digits or '-', e.g. LK-SPJ.</source>
        <translation>"%1" is not a valid office code: use 1 to 32 letters, digits or '-', e.g. LK-SPJ.</translation>
    </message>
    <message>
        <source>This database already has the sync keys of office %1. A new key pair would make every other office refuse its packages; keep the existing one.</source>
        <translation>This database already has the sync keys of office %1. A new key pair would make every other office refuse its packages; keep the existing one.</translation>
    </message>
    <message>
        <source>This database has no sync keys yet. Create them first (command line: keys init --office CODE; or on the 同步 page).</source>
        <translation>This database has no sync keys yet. Create them first (command line: keys init --office CODE; or on the 同步 page).</translation>
    </message>
    <message>
        <source>This is not an Ed25519 public key (expected 44 characters of base64, as printed by keys export at the other office).</source>
        <translation>This is not an Ed25519 public key (expected 44 characters of base64, as printed by keys export at the other office).</translation>
    </message>
    <message>
        <source>The stored sync key of this office is damaged; packages cannot be signed.</source>
        <translation>The stored sync key of this office is damaged; packages cannot be signed.</translation>
    </message>
</context>
<context>
    <name>SyncRound</name>
    <message>
        <source>No hub folder is set. Set it on the 同步 page (or pass --hub DIR).</source>
        <translation>No hub folder is set. Set it on the 同步 page (or pass --hub DIR).</translation>
    </message>
    <message>
        <source>The hub folder %1 does not exist or cannot be reached.</source>
        <translation>The hub folder %1 does not exist or cannot be reached.</translation>
    </message>
    <message>
        <source>Another sync round is running on this database (process %1 on %2). Wait until it has finished; two rounds never run at once.</source>
        <translation>Another sync round is running on this database (process %1 on %2). Wait until it has finished; two rounds never run at once.</translation>
    </message>
    <message>
        <source>Sent %1 with %2 records.</source>
        <translation>Sent %1 with %2 records.</translation>
    </message>
    <message>
        <source>Nothing new to send.</source>
        <translation>Nothing new to send.</translation>
    </message>
    <message>
        <source>Nothing new received.</source>
        <translation>Nothing new received.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>The sync interval must be between 0 (only on demand) and 1440 minutes.</source>
        <translation>The sync interval must be between 0 (only on demand) and 1440 minutes.</translation>
    </message>
    <message>
        <source>There is no department with id %1.</source>
        <translation>There is no department with id %1.</translation>
    </message>
    <message>
        <source>Unknown department "%1".</source>
        <translation>Unknown department "%1".</translation>
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
    <name>VerificationService</name>
    <message>
        <source>Unknown outcome "%1"; use fulfilled, partial, unfulfilled or false.</source>
        <translation>Unknown outcome "%1"; use fulfilled, partial, unfulfilled or false.</translation>
    </message>
    <message>
        <source>Unknown verification method "%1".</source>
        <translation>Unknown verification method "%1".</translation>
    </message>
    <message>
        <source>Name the verifier.</source>
        <translation>Name the verifier.</translation>
    </message>
    <message>
        <source>There is no verification task %1.</source>
        <translation>There is no verification task %1.</translation>
    </message>
    <message>
        <source>Task %1 belongs to %2; it can be verified only by that department.</source>
        <translation>Task %1 belongs to %2; it can be verified only by that department.</translation>
    </message>
    <message>
        <source>Task %1 (commitment %2) was already verified on %3 by %4: %5. Nothing was changed.</source>
        <translation>Task %1 (commitment %2) was already verified on %3 by %4: %5. Nothing was changed.</translation>
    </message>
    <message>
        <source>The verification date %1 is before the commitment was pushed (%2).</source>
        <translation>The verification date %1 is before the commitment was pushed (%2).</translation>
    </message>
    <message>
        <source>The verification date %1 is in the future.</source>
        <translation>The verification date %1 is in the future.</translation>
    </message>
    <message>
        <source>There is no commitment %1.</source>
        <translation>There is no commitment %1.</translation>
    </message>
    <message>
        <source>Commitment %1 was found false; rectification does not end that record (credit repair does).</source>
        <translation>Commitment %1 was found false; rectification does not end that record (credit repair does).</translation>
    </message>
    <message>
        <source>Commitment %1 has nothing to rectify.</source>
        <translation>Commitment %1 has nothing to rectify.</translation>
    </message>
    <message>
        <source>Commitment %1 was already rectified on %2.</source>
        <translation>Commitment %1 was already rectified on %2.</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>Partly fulfilled</source>
        <translation>Partly fulfilled</translation>
    </message>
    <message>
        <source>Not fulfilled</source>
        <translation>Not fulfilled</translation>
    </message>
    <message>
        <source>False commitment</source>
        <translation>False commitment</translation>
    </message>
    <message>
        <source>Pending verification</source>
        <translation>Pending verification</translation>
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
    <name>ViolationCatalogue</name>
    <message>
        <source>There is no violation item with the code "%1" in the catalogue; enforce items lists the codes.</source>
        <translation>There is no violation item with the code "%1" in the catalogue; enforce items lists the codes.</translation>
    </message>
    <message>
        <source>Soft-enforcement list</source>
        <translation>Soft-enforcement list</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no header row.</source>
        <translation>%1 holds no header row.</translation>
    </message>
    <message>
        <source>%1 lacks the required columns: %2. Nothing was imported.</source>
        <translation>%1 lacks the required columns: %2. Nothing was imported.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>A value is required.</translation>
    </message>
    <message>
        <source>Unknown department "%1".</source>
        <translation>Unknown department "%1".</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yuan (0 or more, at most two decimals).</source>
        <translation>"%1" is not an amount in yuan (0 or more, at most two decimals).</translation>
    </message>
    <message>
        <source>The maximum fine is below the minimum.</source>
        <translation>The maximum fine is below the minimum.</translation>
    </message>
    <message>
        <source>"%1" is not a positive sequence number.</source>
        <translation>"%1" is not a positive sequence number.</translation>
    </message>
    <message>
        <source>The level must be 不予处罚, 减轻 or 从轻 for an item on the soft list.</source>
        <translation>The level must be 不予处罚, 减轻 or 从轻 for an item on the soft list.</translation>
    </message>
    <message>
        <source>The sequence number %1 is already used by another item.</source>
        <translation>The sequence number %1 is already used by another item.</translation>
    </message>
    <message>
        <source>Enter the code of the violation item.</source>
        <translation>Enter the code of the violation item.</translation>
    </message>
    <message>
        <source>Describe the violation.</source>
        <translation>Describe the violation.</translation>
    </message>
    <message>
        <source>Enter the field (领域) of the violation item.</source>
        <translation>Enter the field (领域) of the violation item.</translation>
    </message>
    <message>
        <source>Choose the enforcing department.</source>
        <translation>Choose the enforcing department.</translation>
    </message>
    <message>
        <source>Enter the provision that is violated (违法依据).</source>
        <translation>Enter the provision that is violated (违法依据).</translation>
    </message>
    <message>
        <source>Enter the provision the penalty rests on (处罚依据).</source>
        <translation>Enter the provision the penalty rests on (处罚依据).</translation>
    </message>
    <message>
        <source>The code %1 is already used by the violation item "%2".</source>
        <translation>The code %1 is already used by the violation item "%2".</translation>
    </message>
    <message>
        <source>Statutory fines cannot be negative.</source>
        <translation>Statutory fines cannot be negative.</translation>
    </message>
    <message>
        <source>The minimum fine (%1 yuan) is above the maximum (%2 yuan).</source>
        <translation>The minimum fine (%1 yuan) is above the maximum (%2 yuan).</translation>
    </message>
    <message>
        <source>Describe the conditions (适用情形) under which the soft-list level applies.</source>
        <translation>Describe the conditions (适用情形) under which the soft-list level applies.</translation>
    </message>
    <message>
        <source>The sequence number %1 is already used by the item %2.</source>
        <translation>The sequence number %1 is already used by the item %2.</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>A number of working days cannot be negative.</source>
        <translation>A number of working days cannot be negative.</translation>
    </message>
    <message>
        <source>The calendar date is not a valid date.</source>
        <translation>The calendar date is not a valid date.</translation>
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
    <name>ZipWriter</name>
    <message>
        <source>The package %1 could not be written: %2</source>
        <translation>The package %1 could not be written: %2</translation>
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
    <name>cl::ApprovalItemDialog</name>
    <message>
        <source>Commitment mode allowed</source>
        <translation>Commitment mode allowed</translation>
    </message>
    <message>
        <source>容缺 acceptance allowed</source>
        <translation>容缺 acceptance allowed</translation>
    </message>
    <message>
        <source>Excluded from commitment (security, safety, ecology, life and health)</source>
        <translation>Excluded from commitment (security, safety, ecology, life and health)</translation>
    </message>
    <message>
        <source>New approval item</source>
        <translation>New approval item</translation>
    </message>
    <message>
        <source>Edit approval item %1</source>
        <translation>Edit approval item %1</translation>
    </message>
    <message>
        <source>e.g. 370681-WJ-001</source>
        <translation>e.g. 370681-WJ-001</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Empty: a new item starts with the office's standard letter.</source>
        <translation>Empty: a new item starts with the office's standard letter.</translation>
    </message>
    <message>
        <source>Add &amp;material</source>
        <translation>Add &amp;material</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Item &amp;code:</source>
        <translation>Item &amp;code:</translation>
    </message>
    <message>
        <source>Item &amp;name:</source>
        <translation>Item &amp;name:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <source>&amp;Approving department:</source>
        <translation>&amp;Approving department:</translation>
    </message>
    <message>
        <source>&amp;Supervising departments:</source>
        <translation>&amp;Supervising departments:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <source>under commitment:</source>
        <translation>under commitment:</translation>
    </message>
    <message>
        <source>Ordinary &amp;time limit:</source>
        <translation>Ordinary &amp;time limit:</translation>
    </message>
    <message>
        <source>within</source>
        <translation>within</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>sample</translation>
    </message>
    <message>
        <source>&amp;Verification:</source>
        <translation>&amp;Verification:</translation>
    </message>
    <message>
        <source>Materials (容缺 only for secondary ones: clear "Core")</source>
        <translation>Materials (容缺 only for secondary ones: clear "Core")</translation>
    </message>
    <message>
        <source>Commitment letter template:</source>
        <translation>Commitment letter template:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>cl::ApprovalPage</name>
    <message>
        <source>Commitment &amp;letter…</source>
        <translation>Commitment &amp;letter…</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Re&amp;fuse…</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <source>Application no.</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Approve the selected application (Ctrl+Enter): licence and push to supervision</source>
        <translation>Approve the selected application (Ctrl+Enter): licence and push to supervision</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;New application</translation>
    </message>
    <message>
        <source>&lt;b&gt;Applications waiting for a decision&lt;/b&gt; (green channel first)</source>
        <translation>&lt;b&gt;Applications waiting for a decision&lt;/b&gt; (green channel first)</translation>
    </message>
    <message>
        <source>Application %1 filed; print the commitment letter for signature (Ctrl+P).</source>
        <translation>Application %1 filed; print the commitment letter for signature (Ctrl+P).</translation>
    </message>
    <message>
        <source>Application %1 filed.</source>
        <translation>Application %1 filed.</translation>
    </message>
    <message>
        <source>★ Green channel</source>
        <translation>★ Green channel</translation>
    </message>
    <message numerus="yes">
        <source>Approved: licence %1, decision %2; %n commitment(s) pushed to the supervising departments.</source>
        <translation>
            <numerusform>Approved: licence %1, decision %2; %n commitment pushed to the supervising departments.</numerusform>
            <numerusform>Approved: licence %1, decision %2; %n commitments pushed to the supervising departments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Application %1 refused.</source>
        <translation>Application %1 refused.</translation>
    </message>
    <message>
        <source>Refuse application</source>
        <translation>Refuse application</translation>
    </message>
    <message>
        <source>Reason for the refusal (shown to the applicant):</source>
        <translation>Reason for the refusal (shown to the applicant):</translation>
    </message>
</context>
<context>
    <name>cl::ApprovalSettingsBox</name>
    <message>
        <source>Approval by commitment</source>
        <translation>Approval by commitment</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Ordinary limit</source>
        <translation>Ordinary limit</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Supervising departments</source>
        <translation>Supervising departments</translation>
    </message>
    <message>
        <source>E&amp;xport catalogue…</source>
        <translation>E&amp;xport catalogue…</translation>
    </message>
    <message>
        <source>I&amp;mport catalogue…</source>
        <translation>I&amp;mport catalogue…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Adjusted working day</source>
        <translation>Adjusted working day</translation>
    </message>
    <message>
        <source>e.g. 春节</source>
        <translation>e.g. 春节</translation>
    </message>
    <message>
        <source>&amp;Set day</source>
        <translation>&amp;Set day</translation>
    </message>
    <message>
        <source>Re&amp;move day</source>
        <translation>Re&amp;move day</translation>
    </message>
    <message>
        <source>Working-day calendar, year:</source>
        <translation>Working-day calendar, year:</translation>
    </message>
    <message>
        <source>Export the item catalogue</source>
        <translation>Export the item catalogue</translation>
    </message>
    <message>
        <source>item catalogue.xlsx</source>
        <translation>item catalogue.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import the item catalogue</source>
        <translation>Import the item catalogue</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>Tables (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluded</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1, %2 working days</source>
        <translation>%1, %2 working days</translation>
    </message>
    <message>
        <source>Item catalogue written to %1.</source>
        <translation>Item catalogue written to %1.</translation>
    </message>
    <message>
        <source>Item catalogue imported: %1 added, %2 updated.</source>
        <translation>Item catalogue imported: %1 added, %2 updated.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>&amp;New item…</translation>
    </message>
    <message>
        <source>Item catalogue (items used by applications are deactivated, never deleted)</source>
        <translation>Item catalogue (items used by applications are deactivated, never deleted)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>Item %1 saved.</source>
        <translation>Item %1 saved.</translation>
    </message>
    <message>
        <source>Item %1 is offered at the window again.</source>
        <translation>Item %1 is offered at the window again.</translation>
    </message>
    <message>
        <source>Item %1 deactivated: no longer offered at the window; its applications are kept.</source>
        <translation>Item %1 deactivated: no longer offered at the window; its applications are kept.</translation>
    </message>
</context>
<context>
    <name>cl::CommitmentLetterDialog</name>
    <message>
        <source>Commitment letter — %1</source>
        <translation>Commitment letter — %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Commitment letter %1</source>
        <translation>Commitment letter %1</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>The PDF %1 could not be written.</translation>
    </message>
    <message>
        <source>Save the commitment letter as PDF</source>
        <translation>Save the commitment letter as PDF</translation>
    </message>
    <message>
        <source>Commitment letter %1.pdf</source>
        <translation>Commitment letter %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
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
    <name>cl::CreditRecordsPanel</name>
    <message>
        <source>Reading the records…</source>
        <translation>Reading the records…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Why it applies</source>
        <translation>Why it applies</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Fine (yuan)</source>
        <translation>Fine (yuan)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Publicity ends</source>
        <translation>Publicity ends</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Commitment code</source>
        <translation>Commitment code</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Fulfilment</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Licence no.</source>
        <translation>Licence no.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
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
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Administrative penalties</source>
        <translation>Administrative penalties</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>No incentive or restriction applies on %1.</source>
        <translation>No incentive or restriction applies on %1.</translation>
    </message>
    <message>
        <source>Applicable on %1 — incentives: %2, restrictions: %3.</source>
        <translation>Applicable on %1 — incentives: %2, restrictions: %3.</translation>
    </message>
    <message>
        <source>Why it applies:</source>
        <translation>Why it applies:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>repaired on %1</source>
        <translation>repaired on %1</translation>
    </message>
    <message>
        <source>No administrative penalties recorded.</source>
        <translation>No administrative penalties recorded.</translation>
    </message>
    <message>
        <source>No commitments made.</source>
        <translation>No commitments made.</translation>
    </message>
    <message>
        <source>No licences granted.</source>
        <translation>No licences granted.</translation>
    </message>
    <message>
        <source>Penalty records: %1; commitments: %2; licences: %3. States as of %4.</source>
        <translation>Penalty records: %1; commitments: %2; licences: %3. States as of %4.</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>The records could not be read: %1</translation>
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
    <name>cl::DashboardPage</name>
    <message>
        <source>Print &amp;preview…</source>
        <translation>Print &amp;preview…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Export &amp;Excel…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Your role may not view reports (permission: view reports). Ask an administrator.</source>
        <translation>Your role may not view reports (permission: view reports). Ask an administrator.</translation>
    </message>
    <message>
        <source>Credit lights</source>
        <translation>Credit lights</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <source>By industry field</source>
        <translation>By industry field</translation>
    </message>
    <message>
        <source>By town or street</source>
        <translation>By town or street</translation>
    </message>
    <message>
        <source>Lights are counted as recorded on this date</source>
        <translation>Lights are counted as recorded on this date</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>The entities of the industry fields the department supervises</source>
        <translation>The entities of the industry fields the department supervises</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>All industries</translation>
    </message>
    <message>
        <source>All towns and streets</source>
        <translation>All towns and streets</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Lights as of</source>
        <translation>Lights as of</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>The figures could not be computed: %1</translation>
    </message>
    <message>
        <source>Lights as recorded on %1 for %2 entities; trend %3 to %4.</source>
        <translation>Lights as recorded on %1 for %2 entities; trend %3 to %4.</translation>
    </message>
    <message>
        <source>%1 entities have no light recorded by that date.</source>
        <translation>%1 entities have no light recorded by that date.</translation>
    </message>
    <message>
        <source>Click a light in a chart to list those entities.</source>
        <translation>Click a light in a chart to list those entities.</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>%1 · %2 entities</source>
        <translation>%1 · %2 entities</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv);;CSV, GB18030 for older programs (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv);;CSV, GB18030 for older programs (*.csv)</translation>
    </message>
    <message>
        <source>dashboard-%1.%2</source>
        <translation>dashboard-%1.%2</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Export the dashboard</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>cl::EnforcementPage</name>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Credit code or name</source>
        <translation>Credit code or name</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Entity:</translation>
    </message>
    <message>
        <source>(choose the violation item)</source>
        <translation>(choose the violation item)</translation>
    </message>
    <message>
        <source> [soft list]</source>
        <translation> [soft list]</translation>
    </message>
    <message>
        <source>Violation item:</source>
        <translation>Violation item:</translation>
    </message>
    <message>
        <source>First violation (no penalty in the last 12 months)</source>
        <translation>First violation (no penalty in the last 12 months)</translation>
    </message>
    <message>
        <source>Corrected in time</source>
        <translation>Corrected in time</translation>
    </message>
    <message>
        <source>No subjective fault proven (Art. 33 ¶2)</source>
        <translation>No subjective fault proven (Art. 33 ¶2)</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>Facts:</translation>
    </message>
    <message>
        <source>Harm:</source>
        <translation>Harm:</translation>
    </message>
    <message>
        <source>Grounds of Art. 32 (lighter or mitigated)</source>
        <translation>Grounds of Art. 32 (lighter or mitigated)</translation>
    </message>
    <message>
        <source>Aggravating factors</source>
        <translation>Aggravating factors</translation>
    </message>
    <message>
        <source>What was found, where and when</source>
        <translation>What was found, where and when</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Found on:</source>
        <translation>Found on:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>e.g. 龙市监罚〔2026〕12号</source>
        <translation>e.g. 龙市监罚〔2026〕12号</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>Required when the decision differs from the recommendation</source>
        <translation>Required when the decision differs from the recommendation</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Record decision</translation>
    </message>
    <message>
        <source>Discretion &amp;sheet…</source>
        <translation>Discretion &amp;sheet…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Fine (yuan):</source>
        <translation>Fine (yuan):</translation>
    </message>
    <message>
        <source>Decision number:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Decided on:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>No entity matches "%1".</source>
        <translation>No entity matches "%1".</translation>
    </message>
    <message>
        <source>Choose the entity and the violation item; the recommendation appears here as the facts are entered.</source>
        <translation>Choose the entity and the violation item; the recommendation appears here as the facts are entered.</translation>
    </message>
    <message>
        <source>Case %1 opened. Record the decision when it is made.</source>
        <translation>Case %1 opened. Record the decision when it is made.</translation>
    </message>
    <message>
        <source>The fine cannot be negative.</source>
        <translation>The fine cannot be negative.</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yuan (digits, at most two decimals).</source>
        <translation>"%1" is not an amount in yuan (digits, at most two decimals).</translation>
    </message>
    <message>
        <source>Decision recorded for case %1: %2.</source>
        <translation>Decision recorded for case %1: %2.</translation>
    </message>
    <message>
        <source>Penalty record %1 in publicity until %2; credit repair possible from %3.</source>
        <translation>Penalty record %1 in publicity until %2; credit repair possible from %3.</translation>
    </message>
    <message>
        <source>Discretion sheet saved as %1.</source>
        <translation>Discretion sheet saved as %1.</translation>
    </message>
    <message>
        <source>Discretion sheet</source>
        <translation>Discretion sheet</translation>
    </message>
    <message>
        <source>discretion-sheet</source>
        <translation>discretion-sheet</translation>
    </message>
    <message>
        <source>Save the discretion sheet as PDF</source>
        <translation>Save the discretion sheet as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cl::EnforcementWorkArea</name>
    <message>
        <source>Case and discretion</source>
        <translation>Case and discretion</translation>
    </message>
    <message>
        <source>Penalties and credit repair</source>
        <translation>Penalties and credit repair</translation>
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
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Measures</translation>
    </message>
    <message>
        <source>&amp;Penalties, commitments, licences</source>
        <translation>&amp;Penalties, commitments, licences</translation>
    </message>
    <message>
        <source>&amp;Measures (%1)</source>
        <translation>&amp;Measures (%1)</translation>
    </message>
    <message>
        <source>&amp;Penalties, commitments, licences (%1)</source>
        <translation>&amp;Penalties, commitments, licences (%1)</translation>
    </message>
    <message>
        <source>E&amp;dit register data…</source>
        <translation>E&amp;dit register data…</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
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
    <message>
        <source>Sa&amp;ve mapping</source>
        <translation>Sa&amp;ve mapping</translation>
    </message>
    <message>
        <source>Column mappings saved for the department. One whose column names are all in this file is chosen by itself.</source>
        <translation>Column mappings saved for the department. One whose column names are all in this file is chosen by itself.</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Saved &amp;mapping:</translation>
    </message>
    <message>
        <source>Name, e.g. the system the file comes from</source>
        <translation>Name, e.g. the system the file comes from</translation>
    </message>
    <message>
        <source>The mapping is saved by column names, not positions: it fits the department's files whatever the order of their columns.</source>
        <translation>The mapping is saved by column names, not positions: it fits the department's files whatever the order of their columns.</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Save &amp;as:</translation>
    </message>
    <message>
        <source>Mapping changed by hand. Save it under a name to have it offered for the department's next files.</source>
        <translation>Mapping changed by hand. Save it under a name to have it offered for the department's next files.</translation>
    </message>
    <message>
        <source>(none: columns by their usual names)</source>
        <translation>(none: columns by their usual names)</translation>
    </message>
    <message>
        <source>Choose the department on the first page to use or save its column mappings.</source>
        <translation>Choose the department on the first page to use or save its column mappings.</translation>
    </message>
    <message>
        <source>Columns mapped by the saved mapping "%1" of %2.</source>
        <translation>Columns mapped by the saved mapping "%1" of %2.</translation>
    </message>
    <message>
        <source>This file does not have the column(s) %1 of the saved mapping "%2".</source>
        <translation>This file does not have the column(s) %1 of the saved mapping "%2".</translation>
    </message>
    <message>
        <source>Saved as "%1" for %2: offered for the department's next files with these column names.</source>
        <translation>Saved as "%1" for %2: offered for the department's next files with these column names.</translation>
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
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
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
    <name>cl::NewApplicationPanel</name>
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
        <source>&amp;Ordinary (full materials)</source>
        <translation>&amp;Ordinary (full materials)</translation>
    </message>
    <message>
        <source>&amp;Commitment (告知承诺)</source>
        <translation>&amp;Commitment (告知承诺)</translation>
    </message>
    <message>
        <source>&amp;Missing materials (容缺受理)</source>
        <translation>&amp;Missing materials (容缺受理)</translation>
    </message>
    <message>
        <source>&amp;File application</source>
        <translation>&amp;File application</translation>
    </message>
    <message>
        <source>Credit code or name, then Enter</source>
        <translation>Credit code or name, then Enter</translation>
    </message>
    <message>
        <source>&amp;Register new…</source>
        <translation>&amp;Register new…</translation>
    </message>
    <message>
        <source>1. &amp;Applicant:</source>
        <translation>1. &amp;Applicant:</translation>
    </message>
    <message>
        <source>2. &amp;Item:</source>
        <translation>2. &amp;Item:</translation>
    </message>
    <message>
        <source>3. Pre-approval credit check</source>
        <translation>3. Pre-approval credit check</translation>
    </message>
    <message>
        <source>4. Mode</source>
        <translation>4. Mode</translation>
    </message>
    <message>
        <source>5. Materials (ticked: provided)</source>
        <translation>5. Materials (ticked: provided)</translation>
    </message>
    <message>
        <source>Missing materials due &amp;by:</source>
        <translation>Missing materials due &amp;by:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the applicant and the item: the check runs at once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose the applicant and the item: the check runs at once.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No registered entity matches "%1"; register it with Register new….</source>
        <translation>No registered entity matches "%1"; register it with Register new….</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message>
        <source>★ Green channel: priority handling (守信快办)</source>
        <translation>★ Green channel: priority handling (守信快办)</translation>
    </message>
    <message>
        <source>Commitment mode: allowed</source>
        <translation>Commitment mode: allowed</translation>
    </message>
    <message>
        <source>Commitment mode: refused</source>
        <translation>Commitment mode: refused</translation>
    </message>
    <message>
        <source>Missing materials (容缺): allowed</source>
        <translation>Missing materials (容缺): allowed</translation>
    </message>
    <message>
        <source>Missing materials (容缺): refused</source>
        <translation>Missing materials (容缺): refused</translation>
    </message>
    <message>
        <source>Applicable measures</source>
        <translation>Applicable measures</translation>
    </message>
    <message>
        <source>core</source>
        <translation>core</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondary</translation>
    </message>
    <message>
        <source>Type part of the item's code or name (e.g. WJ-001), Backspace to correct, Esc to start again</source>
        <translation>Type part of the item's code or name (e.g. WJ-001), Backspace to correct, Esc to start again</translation>
    </message>
    <message>
        <source>File the application (Enter here, or Ctrl+S anywhere)</source>
        <translation>File the application (Enter here, or Ctrl+S anywhere)</translation>
    </message>
    <message>
        <source>Checking the applicant's credit…</source>
        <translation>Checking the applicant's credit…</translation>
    </message>
    <message>
        <source>Find: %1</source>
        <translation>Find: %1</translation>
    </message>
    <message>
        <source>Find: %1 (no item)</source>
        <translation>Find: %1 (no item)</translation>
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
    <name>cl::PenaltiesPage</name>
    <message>
        <source>Credit code or name</source>
        <translation>Credit code or name</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Entity:</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Repair from</source>
        <translation>Repair from</translation>
    </message>
    <message>
        <source>Publicity until</source>
        <translation>Publicity until</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Repair application</source>
        <translation>Repair application</translation>
    </message>
    <message>
        <source>Credit repair</source>
        <translation>Credit repair</translation>
    </message>
    <message>
        <source>20 digits, e.g. 37068120260902000001</source>
        <translation>20 digits, e.g. 37068120260902000001</translation>
    </message>
    <message>
        <source>Credit-repair commitment code:</source>
        <translation>Credit-repair commitment code:</translation>
    </message>
    <message>
        <source>Commitment content:</source>
        <translation>Commitment content:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Reason for rejecting:</source>
        <translation>Reason for rejecting:</translation>
    </message>
    <message>
        <source>Register &amp;application</source>
        <translation>Register &amp;application</translation>
    </message>
    <message>
        <source>&amp;Grant repair</source>
        <translation>&amp;Grant repair</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>No entity matches "%1".</source>
        <translation>No entity matches "%1".</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>applied %1</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>granted %1</translation>
    </message>
    <message>
        <source>rejected %1: %2</source>
        <translation>rejected %1: %2</translation>
    </message>
    <message>
        <source>Repair application for %1 registered (%2).</source>
        <translation>Repair application for %1 registered (%2).</translation>
    </message>
    <message>
        <source>Repair granted: penalty %1 no longer counts from %2.</source>
        <translation>Repair granted: penalty %1 no longer counts from %2.</translation>
    </message>
    <message>
        <source>Repair application rejected.</source>
        <translation>Repair application rejected.</translation>
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
    <name>cl::RecommendationPanel</name>
    <message>
        <source>no fine (order to correct)</source>
        <translation>no fine (order to correct)</translation>
    </message>
    <message>
        <source>%1–%2 yuan, below the statutory minimum (0: a warning)</source>
        <translation>%1–%2 yuan, below the statutory minimum (0: a warning)</translation>
    </message>
    <message>
        <source>%1–%2 yuan</source>
        <translation>%1–%2 yuan</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>Fine band:</source>
        <translation>Fine band:</translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation>Alternatives:</translation>
    </message>
    <message>
        <source>Credit status used:</source>
        <translation>Credit status used:</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Reasoning:</translation>
    </message>
    <message>
        <source>Choose the entity and the violation item; the recommendation appears here as the facts are entered.</source>
        <translation>Choose the entity and the violation item; the recommendation appears here as the facts are entered.</translation>
    </message>
    <message>
        <source>%1 (rules version %2): %3</source>
        <translation>%1 (rules version %2): %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 as of %2 (rule %3)</source>
        <translation>%1 as of %2 (rule %3)</translation>
    </message>
    <message>
        <source>Risk classification not held against the party (light with it: %1).</source>
        <translation>Risk classification not held against the party (light with it: %1).</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4), %5</source>
        <translation>%1 %2: %3 (%4), %5</translation>
    </message>
    <message>
        <source>%1 %2 since %3</source>
        <translation>%1 %2 since %3</translation>
    </message>
</context>
<context>
    <name>cl::RecordOutcomeDialog</name>
    <message>
        <source>Record verification outcome</source>
        <translation>Record verification outcome</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3, due %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3, due %4</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Verifier:</source>
        <translation>&amp;Verifier:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
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
    <message>
        <source>Resident ID card number, 18 characters (optional)</source>
        <translation>Resident ID card number, 18 characters (optional)</translation>
    </message>
    <message>
        <source>With it, the pre-approval check also looks for the legal representative on the serious-dishonesty list.</source>
        <translation>With it, the pre-approval check also looks for the legal representative on the serious-dishonesty list.</translation>
    </message>
    <message>
        <source>Representative's I&amp;D no.:</source>
        <translation>Representative's I&amp;D no.:</translation>
    </message>
    <message>
        <source>Edit register data: %1</source>
        <translation>Edit register data: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The ID number of %1 was cleared: enter the new representative's number.</source>
        <translation>The ID number of %1 was cleared: enter the new representative's number.</translation>
    </message>
    <message>
        <source>Legal representative's ID number: %1</source>
        <translation>Legal representative's ID number: %1</translation>
    </message>
</context>
<context>
    <name>cl::ReportModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
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
    <message>
        <source>Commitment &amp;verification</source>
        <translation>Commitment &amp;verification</translation>
    </message>
</context>
<context>
    <name>cl::SyncPage</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Partly done (packages held back)</source>
        <translation>Partly done (packages held back)</translation>
    </message>
    <message>
        <source>Failed or refused packages</source>
        <translation>Failed or refused packages</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Send this office's changes to the hub folder and apply what the platform published</source>
        <translation>Send this office's changes to the hub folder and apply what the platform published</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Held back</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Quarantined</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waiting for no.</source>
        <translation>Waiting for no.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Failed check</source>
        <translation>Failed check</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Rounds</translation>
    </message>
    <message>
        <source>&amp;Held back</source>
        <translation>&amp;Held back</translation>
    </message>
    <message>
        <source>&amp;Quarantined</source>
        <translation>&amp;Quarantined</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>&amp;Trusted offices</source>
        <translation>&amp;Trusted offices</translation>
    </message>
    <message>
        <source>Exchange with the city platform</source>
        <translation>Exchange with the city platform</translation>
    </message>
    <message>
        <source>e.g. LK-SPJ</source>
        <translation>e.g. LK-SPJ</translation>
    </message>
    <message>
        <source>Create &amp;keys</source>
        <translation>Create &amp;keys</translation>
    </message>
    <message>
        <source>Create this office's signing key pair (once); the private key never leaves the database</source>
        <translation>Create this office's signing key pair (once); the private key never leaves the database</translation>
    </message>
    <message>
        <source>Office code:</source>
        <translation>Office code:</translation>
    </message>
    <message>
        <source>Give this public key to the platform and the other offices, so they accept this office's packages</source>
        <translation>Give this public key to the platform and the other offices, so they accept this office's packages</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Public key:</translation>
    </message>
    <message>
        <source>The shared folder or removable drive the platform exchanges packages through</source>
        <translation>The shared folder or removable drive the platform exchanges packages through</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Hub folder:</source>
        <translation>Hub folder:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only on demand</source>
        <translation>Only on demand</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Sync every:</translation>
    </message>
    <message>
        <source>Only an administrator may change the sync settings or run a round.</source>
        <translation>Only an administrator may change the sync settings or run a round.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <source>Office code, e.g. CITY</source>
        <translation>Office code, e.g. CITY</translation>
    </message>
    <message>
        <source>Its public key (44 characters, from keys export or its 同步 page)</source>
        <translation>Its public key (44 characters, from keys export or its 同步 page)</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Trust this key</translation>
    </message>
    <message>
        <source>Accept packages signed with this key as coming from this office (replaces an earlier key of the office)</source>
        <translation>Accept packages signed with this key as coming from this office (replaces an earlier key of the office)</translation>
    </message>
    <message>
        <source>Packages signed by office %1 (key fingerprint %2) are now accepted.</source>
        <translation>Packages signed by office %1 (key fingerprint %2) are now accepted.</translation>
    </message>
    <message>
        <source>&amp;Held back (%1)</source>
        <translation>&amp;Held back (%1)</translation>
    </message>
    <message>
        <source>&amp;Quarantined (%1)</source>
        <translation>&amp;Quarantined (%1)</translation>
    </message>
    <message>
        <source>No sync round has run yet.</source>
        <translation>No sync round has run yet.</translation>
    </message>
    <message>
        <source>&amp;Trusted offices (%1)</source>
        <translation>&amp;Trusted offices (%1)</translation>
    </message>
    <message>
        <source>No sync round yet.</source>
        <translation>No sync round yet.</translation>
    </message>
    <message>
        <source>Create the office's keys and set the hub folder to start.</source>
        <translation>Create the office's keys and set the hub folder to start.</translation>
    </message>
    <message>
        <source>Last round %1: %2 · %3 sent · %4 applied · %5 held back · %6 quarantined</source>
        <translation>Last round %1: %2 · %3 sent · %4 applied · %5 held back · %6 quarantined</translation>
    </message>
    <message>
        <source>Sync: running…</source>
        <translation>Sync: running…</translation>
    </message>
    <message>
        <source>Sync: never</source>
        <translation>Sync: never</translation>
    </message>
    <message>
        <source>Sync %1 %2</source>
        <translation>Sync %1 %2</translation>
    </message>
    <message>
        <source>Keys created. Give the public key to the platform and the other offices.</source>
        <translation>Keys created. Give the public key to the platform and the other offices.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Hub folder</source>
        <translation>Hub folder</translation>
    </message>
    <message>
        <source>Sync round running in the background…</source>
        <translation>Sync round running in the background…</translation>
    </message>
    <message>
        <source>A commitment received from another office creates verification tasks here only for the departments checked; an office that verifies for none (an enforcement squad) gets no tasks</source>
        <translation>A commitment received from another office creates verification tasks here only for the departments checked; an office that verifies for none (an enforcement squad) gets no tasks</translation>
    </message>
    <message>
        <source>Verifies commitments for:</source>
        <translation>Verifies commitments for:</translation>
    </message>
    <message>
        <source>No department (no verification tasks here)</source>
        <translation>No department (no verification tasks here)</translation>
    </message>
</context>
<context>
    <name>cl::SyncScheduler</name>
    <message>
        <source>Sync %1: %2 sent, %3 applied, %4 held back, %5 quarantined.</source>
        <translation>Sync %1: %2 sent, %3 applied, %4 held back, %5 quarantined.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>partly done</translation>
    </message>
    <message>
        <source>with refusals</source>
        <translation>with refusals</translation>
    </message>
    <message>
        <source>A sync round is already running; wait until it has finished.</source>
        <translation>A sync round is already running; wait until it has finished.</translation>
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
    <name>cl::VerificationWorklistPage</name>
    <message>
        <source>&amp;Record outcome…</source>
        <translation>&amp;Record outcome…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>All pending</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Commitment code</source>
        <translation>Commitment code</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Pushed</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>This commitment was already verified on %1 by %2.</source>
        <translation>This commitment was already verified on %1 by %2.</translation>
    </message>
    <message>
        <source>False commitment recorded for %1: the licence is revoked and the light is red.</source>
        <translation>False commitment recorded for %1: the licence is revoked and the light is red.</translation>
    </message>
    <message>
        <source>Outcome recorded for %1: %2.</source>
        <translation>Outcome recorded for %1: %2.</translation>
    </message>
</context>
<context>
    <name>cl::ViolationCatalogueBox</name>
    <message>
        <source>Violation catalogue and soft-enforcement list</source>
        <translation>Violation catalogue and soft-enforcement list</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Soft-list level</source>
        <translation>Soft-list level</translation>
    </message>
    <message>
        <source>Statutory fine (yuan)</source>
        <translation>Statutory fine (yuan)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>&amp;New item…</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <source>Items referred to by cases are never deleted; deactivate them instead.</source>
        <translation>Items referred to by cases are never deleted; deactivate them instead.</translation>
    </message>
    <message>
        <source>Export the violation catalogue</source>
        <translation>Export the violation catalogue</translation>
    </message>
    <message>
        <source>soft-enforcement list.xlsx</source>
        <translation>soft-enforcement list.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import the violation catalogue</source>
        <translation>Import the violation catalogue</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>Tables (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>Violation item %1 saved.</source>
        <translation>Violation item %1 saved.</translation>
    </message>
    <message>
        <source>Violation item %1 is in use again.</source>
        <translation>Violation item %1 is in use again.</translation>
    </message>
    <message>
        <source>Violation item %1 deactivated: no longer offered for new cases.</source>
        <translation>Violation item %1 deactivated: no longer offered for new cases.</translation>
    </message>
    <message>
        <source>Violation catalogue written to %1.</source>
        <translation>Violation catalogue written to %1.</translation>
    </message>
    <message>
        <source>Violation catalogue imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Violation catalogue imported: %1 added, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>Row %1 %2: %3</source>
        <translation>Row %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>cl::ViolationItemDialog</name>
    <message>
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>On the soft-enforcement list (包容审慎清单)</source>
        <translation>On the soft-enforcement list (包容审慎清单)</translation>
    </message>
    <message>
        <source>New violation item</source>
        <translation>New violation item</translation>
    </message>
    <message>
        <source>Edit violation item %1</source>
        <translation>Edit violation item %1</translation>
    </message>
    <message>
        <source>e.g. MKT-01</source>
        <translation>e.g. MKT-01</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Field (领域):</source>
        <translation>&amp;Field (领域):</translation>
    </message>
    <message>
        <source>Enforcing &amp;department:</source>
        <translation>Enforcing &amp;department:</translation>
    </message>
    <message>
        <source>&amp;Violation:</source>
        <translation>&amp;Violation:</translation>
    </message>
    <message>
        <source>Provision v&amp;iolated:</source>
        <translation>Provision v&amp;iolated:</translation>
    </message>
    <message>
        <source>&amp;Penalty provision:</source>
        <translation>&amp;Penalty provision:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Statutory fi&amp;ne:</source>
        <translation>Statutory fi&amp;ne:</translation>
    </message>
    <message>
        <source>&amp;Sequence number:</source>
        <translation>&amp;Sequence number:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Applies when:</source>
        <translation>&amp;Applies when:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
