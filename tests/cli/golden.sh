#!/usr/bin/env bash
# Golden-file test of creditloop-cli (STYLE.md #12, DESIGN.md §5).
#
#   bash golden.sh CASE_DIR CLI_BINARY [OUT_DIR]
#
# CASE_DIR/steps holds one invocation per line (shell words, as in a terminal):
#   creditloop-cli --db $DB --lang en init
#   CREDITLOOP_NEW_PASSWORD=secret123 creditloop-cli --db $DB user add admin --role admin
#   sqlite3 $DB "UPDATE audit_log SET actor = 'mallory' WHERE seq = 2"
# Blank lines and lines starting with # are skipped; a line ending in \ continues on the next.
# A step runs creditloop-cli or sqlite3 (optionally after VAR=value assignments), or cp/cat to
# put a fixture from $CASE into $TMP or show a file, or diff to compare two files; each step runs
# in $TMP. A step's stdout may go to a file in $TMP (`> FILE`, `>> FILE`): it is then not
# recorded, so show it with cat or compare it with diff (exit 0 and no output when identical).
# A generated fixture (too big to check in) can be written with the sqlite3 shell's writefile():
#   sqlite3 :memory: "SELECT writefile('big.csv', 'a,b' || char(10) || printf('%.*c', 1048577, 'x'))"
# Variables: $DB a fresh store path (not created), $TMP a fresh empty folder, $CASE the case folder.
# CASE_DIR/stdin, if present, is every step's standard input (otherwise /dev/null, so a password
# prompt can never wait for a terminal).
#
# For each step the harness records the step as written, the exit code, stdout and stderr into
# OUT_DIR/actual.txt (default: $TMPDIR/creditloop-golden-actual/<case>), with the paths written
# as <DB>, <TMP> and <CASE> and the latest schema version as <SCHEMA>, and compares it with
# CASE_DIR/expected.txt.
# CREDITLOOP_REGENERATE_GOLDEN=1 writes actual.txt over expected.txt instead: do that on purpose,
# then read the diff (git diff) before committing it.
set -u

if [[ $# -lt 2 || $# -gt 3 ]]; then
    echo "usage: bash golden.sh CASE_DIR CLI_BINARY [OUT_DIR]" >&2
    exit 2
fi
CASE=$(cd "$1" && pwd) || { echo "golden.sh: no case folder $1" >&2; exit 2; }
CLI=$2
[[ -x $CLI ]] || { echo "golden.sh: $CLI is not an executable (build creditloop-cli first)" >&2; exit 2; }
[[ -f $CASE/steps ]] || { echo "golden.sh: $CASE has no steps file" >&2; exit 2; }
case_name=$(basename "$CASE")

TMP=$(mktemp -d "${TMPDIR:-/tmp}/creditloop-golden.XXXXXX") || exit 2
cleanup() { rm -rf "$TMP"; }
trap cleanup EXIT
TMP=$(cd "$TMP" && pwd -P)
DB=$TMP/store.sqlite
# actual.txt outlives the run (it is what a failure asks you to read).
OUT=${3:-${TMPDIR:-/tmp}/creditloop-golden-actual/$case_name}
mkdir -p "$OUT" || exit 2
ACTUAL=$OUT/actual.txt
WORK=$TMP/.golden
mkdir -p "$WORK" "$TMP/home" "$TMP/xdg-runtime"
chmod 700 "$TMP/xdg-runtime"

# A fixed world: locale, time zone, clock, OS user (audited as local:golden by the bootstrap
# actor), and a private home so the default store location is empty.
export LC_ALL=C.UTF-8 TZ=Asia/Shanghai QT_QPA_PLATFORM=offscreen
export CREDITLOOP_FIXED_NOW=${CREDITLOOP_FIXED_NOW:-2026-11-27T02:00:00Z}
export USER=golden LOGNAME=golden HOME=$TMP/home XDG_RUNTIME_DIR=$TMP/xdg-runtime
unset LANG LANGUAGE XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_DATA_DIRS XDG_CONFIG_DIRS USERNAME
unset CREDITLOOP_DB CREDITLOOP_PASSWORD CREDITLOOP_NEW_PASSWORD CREDITLOOP_DEBUG
export DB TMP CASE

STDIN=/dev/null
[[ -f $CASE/stdin ]] && STDIN=$CASE/stdin

# The programs under test. timeout: a step that hangs fails the case instead of the whole run.
creditloop-cli() { timeout --kill-after=5 120 "$CLI" "$@"; }
SQLITE3_BIN=$(type -P sqlite3 || true)
sqlite3() {
    if [[ -z $SQLITE3_BIN ]]; then
        echo "golden.sh: the sqlite3 shell is not installed (apt-get install sqlite3)" >&2
        return 127
    fi
    timeout --kill-after=5 60 "$SQLITE3_BIN" -batch "$@"
}

# Literal replacement of the temporary paths (sed, with the path's special characters escaped).
sed_escape() { printf '%s' "$1" | sed -e 's/[]\/$*.^[]/\\&/g'; }
TMP_RE=$(sed_escape "$TMP")
DB_RE=$(sed_escape "$DB")
CASE_RE=$(sed_escape "$CASE")
# The latest schema version (the highest numbered migration, resources/sql/NNNN_*.sql) is written
# as <SCHEMA>, so adding a migration does not rewrite every expectation; any other version number
# (an old store, a wrong answer) still shows as a number.
SQL_DIR=${CREDITLOOP_SQL_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../resources/sql" 2>/dev/null && pwd)}
SCHEMA=
if [[ -n $SQL_DIR ]]; then
    SCHEMA=$(find "$SQL_DIR" -maxdepth 1 -name '[0-9][0-9][0-9][0-9]_*.sql' -printf '%f\n' | sort | tail -n 1 | cut -c1-4 | sed 's/^0*//')
fi
schema_rules=()
if [[ -n $SCHEMA ]]; then
    schema_rules=(-e "s/(schema $SCHEMA)/(schema <SCHEMA>)/g" -e "s/（结构版本 $SCHEMA）/（结构版本 <SCHEMA>）/g"
                  -e "s/\"schema_version\": $SCHEMA\b/\"schema_version\": <SCHEMA>/g")
fi
scrub() { sed -e "s/$DB_RE/<DB>/g" -e "s/$TMP_RE/<TMP>/g" -e "s/$CASE_RE/<CASE>/g" "${schema_rules[@]}" "$1"; }

# Appends one captured stream to actual.txt under a [label] line, marking a missing final newline.
record() {
    local label=$1 file=$2
    [[ -s $file ]] || return 0
    printf '[%s]\n' "$label"
    scrub "$file"
    [[ -n $(tail -c 1 "$file") ]] && printf '\n[no newline at end of %s]\n' "$label"
    return 0
}

step_re='^([A-Za-z_][A-Za-z0-9_]*=("[^"]*"|'\''[^'\'']*'\''|[^ "'\'']*)[[:space:]]+)*(creditloop-cli|sqlite3|cp|cat|diff)([[:space:]]|$)'

{
    printf '# golden case %s\n' "$case_name"
    n=0
    line=
    while IFS= read -r raw || [[ -n $raw ]]; do
        [[ -n $line ]] && raw=${raw#"${raw%%[![:space:]]*}"}  # a continuation's indent
        if [[ $raw == *\\ ]]; then
            line+="${raw%\\}"
            continue
        fi
        line+=$raw
        step=$(printf '%s' "$line" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//')
        line=
        [[ -z $step || $step == \#* ]] && continue
        n=$((n + 1))
        printf '\n$ %s\n' "$step"
        if [[ ! $step =~ $step_re ]]; then
            printf '[harness error: a step runs creditloop-cli, sqlite3, cp, cat or diff only]\n'
            echo "golden.sh: $case_name step $n: a step runs creditloop-cli, sqlite3, cp, cat or diff only: $step" >&2
            continue
        fi
        (cd "$TMP" && eval "$step") <"$STDIN" >"$WORK/stdout" 2>"$WORK/stderr"
        rc=$?
        printf '[exit %d]\n' "$rc"
        record stdout "$WORK/stdout"
        record stderr "$WORK/stderr"
    done <"$CASE/steps"
} >"$ACTUAL"

if grep -q '^\[harness error' "$ACTUAL"; then
    echo "golden.sh: $case_name: the steps file is malformed (see above); actual output in $ACTUAL" >&2
    exit 2
fi

if [[ ${CREDITLOOP_REGENERATE_GOLDEN:-} == 1 ]]; then
    cp "$ACTUAL" "$CASE/expected.txt"
    echo "golden.sh: $case_name: wrote $CASE/expected.txt (CREDITLOOP_REGENERATE_GOLDEN=1). Read the diff before committing it."
    exit 0
fi

if [[ ! -f $CASE/expected.txt ]]; then
    echo "golden.sh: $case_name has no expected.txt. Check this output by eye, then regenerate with CREDITLOOP_REGENERATE_GOLDEN=1:" >&2
    cat "$ACTUAL" >&2
    exit 1
fi

if diff -u --label "expected ($case_name/expected.txt)" --label "actual ($ACTUAL)" "$CASE/expected.txt" "$ACTUAL"; then
    echo "golden.sh: $case_name: $n step(s) match."
    exit 0
fi
echo "golden.sh: $case_name differs from expected.txt (- expected, + actual)." >&2
echo "If the change is intended, regenerate on purpose: CREDITLOOP_REGENERATE_GOLDEN=1 ctest -R '^cli_$case_name\$'" >&2
exit 1
