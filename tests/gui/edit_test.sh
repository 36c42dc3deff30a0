#!/bin/sh
# GUI test of editing (issue 19), through the script language under Xvfb, as the issue judges it:
# an unmodified save gives the same bytes; add-tie, undo, save gives the original bytes; the judged
# add-tie then save gives a file that passes validate --strict, has one more tie and differs from
# the original in at most 40 lines. Then: an invalid edit is refused with the validator's message;
# a read-only file is not saved; Save As writes elsewhere; a process killed with SIGKILL after two
# edits leaves a journal that the next run restores (restore yes) and saves, giving the same bytes
# as the same edits saved without a crash. Every run has its own XDG_CONFIG_HOME.
# usage: edit_test.sh TIELINE PNG_CHECK DATASET OUTDIR
set -eu
tieline=$1 check=$2 dataset=$3 out=$4
rm -rf "$out"
mkdir -p "$out"
XDG_CONFIG_HOME="$out/config"
export XDG_CONFIG_HOME
fail() { echo "edit_test: $*" >&2; exit 1; }
run() { # run SCRIPT DATASET: the window under Xvfb
    xvfb-run -a -s "-screen 0 1280x800x24" "$tieline" --script "$1" "$2"
}

# 1. An unmodified save writes the same bytes.
cp "$dataset" "$out/same.json"
printf 'save\n' > "$out/save.script"
run "$out/save.script" "$out/same.json"
cmp "$dataset" "$out/same.json" || fail "an unmodified save changed the file"

# 2. add-tie, undo, save: the original bytes.
cp "$dataset" "$out/undo.json"
printf 'add-tie mao-zedong kim-il-sung aid 1957-01 1958-01 s01\nundo\nsave\n' > "$out/undo.script"
run "$out/undo.script" "$out/undo.json"
cmp "$dataset" "$out/undo.json" || fail "add-tie, undo, save changed the file"

# 3. The judged tie: valid with --strict, one more tie, at most 40 lines of difference. The
#    screenshot shows the new tie in the inspector.
cp "$dataset" "$out/added.json"
cat > "$out/add.script" <<SCRIPT
add-tie mao-zedong kim-il-sung aid 1957-01 1958-01 s01
at 1957-06
wait 10
screenshot $out/added.png
save
SCRIPT
run "$out/add.script" "$out/added.json"
"$tieline" validate --strict "$out/added.json" > "$out/validate.txt" || fail "the saved file fails validate --strict"
cat "$out/validate.txt"
before=$("$tieline" validate "$dataset" | sed -n 's/.* \([0-9]*\) ties,.*/\1/p')
after=$(sed -n 's/.* \([0-9]*\) ties,.*/\1/p' "$out/validate.txt")
test "$after" -eq $((before + 1)) || fail "expected $((before + 1)) ties, found $after"
diff -u "$dataset" "$out/added.json" > "$out/added.diff" || true
lines=$(wc -l < "$out/added.diff")
changed=$(grep -c '^[-+][^-+]' "$out/added.diff" || true)
echo "add-tie: diff -u is $lines lines, $changed of them changed"
test "$lines" -le 40 || fail "the saved file differs in $lines lines (diff -u), more than 40"
grep -q '"from": "mao-zedong"' "$out/added.diff" || fail "the new tie is not in the diff"
"$check" "$out/added.png" 1280 800 dark

# 4. An invalid edit is refused with the validator's message; nothing is saved.
cp "$dataset" "$out/invalid.json"
printf 'set-tie-span t01 0 1960 1958\nsave\n' > "$out/invalid.script"
status=0
run "$out/invalid.script" "$out/invalid.json" 2> "$out/invalid.err" || status=$?
cat "$out/invalid.err" >&2
test "$status" -eq 1 || fail "an invalid edit exited $status, expected 1"
grep -q "invalid.script:1: /ties/0/spans/0/end: span ends (1958) before it starts (1960)" "$out/invalid.err" ||
    fail "the refusal does not carry the validator's message"
cmp "$dataset" "$out/invalid.json" || fail "a refused edit changed the file"

# 5. A read-only file is not saved (the window would ask where); Save As writes elsewhere.
cp "$dataset" "$out/readonly.json"
chmod 444 "$out/readonly.json"
printf 'add-tie mao-zedong kim-il-sung aid 1957-01 1958-01 s01\nsave\n' > "$out/readonly.script"
status=0
run "$out/readonly.script" "$out/readonly.json" 2> "$out/readonly.err" || status=$?
test "$status" -eq 1 || fail "saving a read-only file exited $status, expected 1"
grep -q "cannot write" "$out/readonly.err" || fail "no message for the read-only file"
cmp "$dataset" "$out/readonly.json" || fail "the read-only file changed"
printf 'add-tie mao-zedong kim-il-sung aid 1957-01 1958-01 s01\nsave %s\n' "$out/copy.json" > "$out/saveas.script"
run "$out/saveas.script" "$out/readonly.json"
cmp "$out/added.json" "$out/copy.json" || fail "Save As wrote other bytes than Save"
chmod 644 "$out/readonly.json"

# 6. SIGKILL after two edits: the journal restores them.
cat > "$out/edits.script" <<SCRIPT
add-tie mao-zedong kim-il-sung aid 1957-01 1958-01 s01 "p. 4"
add-claim t05 s02 "p. 12" "a quoted sentence"
SCRIPT
cp "$dataset" "$out/expected.json"
{ cat "$out/edits.script"; printf 'save\n'; } > "$out/expected.script"
run "$out/expected.script" "$out/expected.json"
cp "$dataset" "$out/killed.json"
{ cat "$out/edits.script"; printf 'wait 1000000\n'; } > "$out/killed.script"
cat > "$out/killed.sh" <<SH
"$tieline" --script "$out/killed.script" "$out/killed.json" &
echo \$! > "$out/tieline.pid"
wait
SH
xvfb-run -a -s "-screen 0 1280x800x24" sh "$out/killed.sh" &
runner=$!
steps=0
for i in $(seq 1 600); do
    journal=$(ls "$XDG_CONFIG_HOME"/tieline/journal/*.jsonl 2>/dev/null | head -1 || true)
    if [ -n "$journal" ]; then
        steps=$(wc -l < "$journal")
        [ "$steps" -ge 3 ] && break
    fi
    sleep 0.1
done
test "$steps" -ge 3 || { kill -9 "$(cat "$out/tieline.pid")"; fail "no journal with two edits after 60 s"; }
kill -9 "$(cat "$out/tieline.pid")"
wait "$runner" || true
cmp -s "$dataset" "$out/killed.json" || fail "the killed process wrote the dataset"
printf 'restore yes\nsave\n' > "$out/restore.script"
run "$out/restore.script" "$out/killed.json"
cmp "$out/expected.json" "$out/killed.json" || fail "the restored edits saved other bytes than the same edits without a crash"
test -z "$(ls "$XDG_CONFIG_HOME"/tieline/journal/ 2>/dev/null)" || fail "the journal is still there after the save"
# restore with nothing to restore is an error a script sees.
status=0
run "$out/restore.script" "$out/killed.json" 2> "$out/restore.err" || status=$?
test "$status" -eq 1 || fail "restore without a journal exited $status, expected 1"
grep -q "there are no unsaved edits to restore" "$out/restore.err" || fail "no message for restore without a journal"
echo "edit_test: all checks passed"
