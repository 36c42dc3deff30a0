#!/bin/sh
# GUI test of the editing UI (issue 19) under Xvfb, through the panels' own path: edit-field types
# into the inspector's form and commits it, drag-tie opens the new-tie popup as an Alt+drag
# between two nodes does, drag-tie-add presses its Add button. Checks: a committed field changes
# exactly that member in the saved file; a refused field is reported with the validator's message,
# shown in red beside the field (pixels) and changes nothing; the popup's tie starts at the window's
# month, carries its first claim and passes validate --strict; undo gives the original bytes.
# usage: editor_ui_test.sh TIELINE PNG_CHECK DATASET OUTDIR
set -eu
tieline=$1 check=$2 dataset=$3 out=$4
rm -rf "$out"
mkdir -p "$out"
XDG_CONFIG_HOME="$out/config"
export XDG_CONFIG_HOME
fail() { echo "editor_ui_test: $*" >&2; exit 1; }
run() { xvfb-run -a -s "-screen 0 1280x800x24" "$tieline" --script "$1" "$2"; }

# 1. One field through the inspector's form: only the tie's note changes.
cp "$dataset" "$out/note.json"
cat > "$out/note.script" <<'SCRIPT'
select-tie t20
edit on
edit-field tie t20 note "Installed Kim; checked against the Wilson Center record."
save
SCRIPT
run "$out/note.script" "$out/note.json"
diff "$dataset" "$out/note.json" > "$out/note.diff" || true
test "$(grep -c '^[<>]' "$out/note.diff")" -eq 2 || { cat "$out/note.diff"; fail "the note edit changed more than one line"; }
grep -q '^> *"note": "Installed Kim; checked against the Wilson Center record.",\?$' "$out/note.diff" ||
    fail "the saved note is not the typed one"
"$tieline" validate --strict "$out/note.json" > /dev/null || fail "the edited file fails validate --strict"

# 2. A refused field: the validator's message, the field marked in red, nothing saved.
cp "$dataset" "$out/refused.json"
cat > "$out/refused.script" <<SCRIPT
at 1956-08
select-tie t20
edit on
edit-field tie t20 spans "1945 .. 1944-06"
wait 5
screenshot $out/refused.png
save
SCRIPT
run "$out/refused.script" "$out/refused.json" 2> "$out/refused.err"
grep -q "/ties/19/spans/0/end: span ends (1944-06) before it starts (1945)" "$out/refused.err" ||
    { cat "$out/refused.err"; fail "the refusal does not carry the validator's message"; }
cmp "$dataset" "$out/refused.json" || fail "a refused field changed the file"
"$check" "$out/refused.png" 1280 800 dark
# The refusal is written in red (#F2544C) beside the field, in the side panel's form.
"$check" "$out/refused.png" 1280 800 dark --colour F2544C 60 770 60 1270 330 ||
    fail "the refused field's message is not shown in red"

# 3. The new-tie popup: Alt+drag from Mao Zedong to Kim Il Sung in October 1956, aid, s01.
cp "$dataset" "$out/added.json"
cat > "$out/added.script" <<SCRIPT
at 1956-10
drag-tie mao-zedong kim-il-sung aid s01 "p. 3"
wait 5
screenshot $out/popup.png
drag-tie-add
wait 2
save
SCRIPT
run "$out/added.script" "$out/added.json"
"$check" "$out/popup.png" 1280 800 any # dimmed behind the modal popup
"$tieline" validate --strict "$out/added.json" > "$out/validate.txt" || fail "the new tie fails validate --strict"
before=$("$tieline" validate "$dataset" | sed -n 's/.* \([0-9]*\) ties,.*/\1/p')
after=$(sed -n 's/.* \([0-9]*\) ties,.*/\1/p' "$out/validate.txt")
test "$after" -eq $((before + 1)) || fail "expected $((before + 1)) ties, found $after"
python3 - "$out/added.json" <<'PY' || fail "the new tie is not the popup's"
import json, sys
t = json.load(open(sys.argv[1]))["ties"][-1]
assert (t["from"], t["to"], t["type"]) == ("mao-zedong", "kim-il-sung", "aid"), t
assert t["spans"] == [{"start": "1956-10"}], t["spans"]
assert t["claims"] == [{"source": "s01", "locator": "p. 3"}], t["claims"]
PY

# 4. The popup's tie undone: the original bytes.
cp "$dataset" "$out/undone.json"
printf 'at 1956-10\ndrag-tie mao-zedong kim-il-sung aid s01 "p. 3"\ndrag-tie-add\nwait 2\nundo\nsave\n' > "$out/undone.script"
run "$out/undone.script" "$out/undone.json"
cmp "$dataset" "$out/undone.json" || fail "drag-tie-add then undo changed the file"

# 5. Without a source the popup refuses: no tie is unsourced.
printf 'drag-tie mao-zedong kim-il-sung aid\ndrag-tie-add\n' > "$out/nosource.script"
status=0
run "$out/nosource.script" "$dataset" 2> "$out/nosource.err" || status=$?
test "$status" -eq 1 || fail "a tie without a source exited $status, expected 1"
grep -q "choose the source of the tie's first claim" "$out/nosource.err" || fail "no message for the missing source"
echo "editor_ui_test: all checks passed"
