#!/bin/sh
# Install test: `cmake --install` into a temporary prefix, then use the installed binary from /,
# never from the build or source tree: it validates and exports the installed dataset, opens it
# by default (also after the prefix moved, and not from a working folder's data/), and its man
# page and bash completion list what --help lists. DESTDIR is honoured.
# usage: installed_test.sh BUILD_DIR SOURCE_DIR WORK_DIR
set -eu
build=$1 source=$2 work=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work"
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >"$work/install.log"
bin=$prefix/bin/tieline
dataset=$prefix/share/tieline/korea-1955-1969.json
cd /

for f in bin/tieline share/tieline/korea-1955-1969.json share/tieline/README.md share/tieline/tieline.schema.json \
    share/man/man1/tieline.1.gz share/bash-completion/completions/tieline \
    share/icons/hicolor/scalable/apps/io.github.tieline.Tieline.svg \
    share/icons/hicolor/48x48/apps/io.github.tieline.Tieline.png \
    share/applications/io.github.tieline.Tieline.desktop share/metainfo/io.github.tieline.Tieline.metainfo.xml \
    share/mime/packages/io.github.tieline.Tieline.xml \
    share/doc/tieline/copyright share/doc/tieline/changelog.gz share/doc/tieline/README.md; do
    test -s "$prefix/$f" || fail "not installed: $f"
done
file "$prefix/share/icons/hicolor/48x48/apps/io.github.tieline.Tieline.png" | grep -q "PNG image data, 48 x 48" ||
    fail "the 48x48 icon is not a 48x48 PNG"

"$bin" --version | grep -Eq '^tieline [0-9]+\.[0-9]+\.[0-9]+' || fail "--version: $("$bin" --version)"
"$bin" validate --strict "$dataset" || fail "the installed dataset does not validate"
"$bin" export "$dataset" --at 1956-09 --size 640x360 --png "$work/export.png" || fail "export failed"
file "$work/export.png" | grep -q "PNG image data, 640 x 360" || fail "export: $(file "$work/export.png")"

# With no DATASET the window opens the installed default (automated runs ignore the settings):
# the script fails with "no dataset is open" otherwise.
printf 'select-actor kim-il-sung\nquit\n' >"$work/select.txt"
xvfb-run -a "$bin" --script "$work/select.txt" || fail "the installed binary did not open its default dataset"
mv "$prefix" "$work/moved"
xvfb-run -a "$work/moved/bin/tieline" --script "$work/select.txt" || fail "a moved prefix lost its dataset"
# A binary without share/tieline beside it does not take the working folder's data/.
mkdir -p "$work/alone/bin" && cp "$work/moved/bin/tieline" "$work/alone/bin/"
(cd "$source" && ! xvfb-run -a "$work/alone/bin/tieline" --script "$work/select.txt" 2>"$work/alone.log") ||
    fail "a lone binary opened the working folder's data/"
grep -q "no dataset is open" "$work/alone.log" || fail "unexpected: $(cat "$work/alone.log")"
prefix=$work/moved bin=$work/moved/bin/tieline

# The man page's commands and window options are --help's, in the same order.
"$bin" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }' | uniq >"$work/help-commands"
gzip -dc "$prefix/share/man/man1/tieline.1.gz" >"$work/tieline.1"
sed -n '/^\.SH COMMANDS/,/^\.SH SCRIPT/p' "$work/tieline.1" | awk '$1 == ".SS" { print $2 }' >"$work/man-commands"
diff -u "$work/help-commands" "$work/man-commands" || fail "the man page's commands differ from --help's"
"$bin" --help | sed -n '/^Window options:/,/^$/p' | awk 'NR > 1 && NF { print $1 }' >"$work/help-options"
sed -n '/^\.SH WINDOW OPTIONS/,/^\.SH OPTIONS/p' "$work/tieline.1" | awk '/^\\fB/ { print $1 }' |
    sed 's/\\fB//; s/\\fR//; s/\\-/-/g' >"$work/man-options"
diff -u "$work/help-options" "$work/man-options" || fail "the man page's window options differ from --help's"
for command in $(cat "$work/help-commands"); do
    [ "$command" = help ] && continue
    "$bin" help "$command" | awk '/^Options:/ { on = 1; next } on && /^  --/ { print $1 }' >"$work/help-$command"
    sed -n "/^\.SS $command\$/,/^\.S[SH] /p" "$work/tieline.1" | awk '/^\\fB\\-\\-/ { print $1 }' |
        sed 's/\\fB//; s/\\fR//; s/\\-/-/g' >"$work/man-$command"
    diff -u "$work/help-$command" "$work/man-$command" || fail "man page and --help differ for $command"
done
if command -v man >/dev/null; then
    MANWIDTH=80 man --warnings -l "$work/tieline.1" 2>"$work/man-warnings" >/dev/null
    [ ! -s "$work/man-warnings" ] || fail "man reports: $(cat "$work/man-warnings")"
fi

# Bash completion: commands, a command's options, files by extension.
completion=$prefix/share/bash-completion/completions/tieline
bash -n "$completion" || fail "the completion script is not valid bash"
mkdir -p "$work/files/sub" && touch "$work/files/a.json" "$work/files/b.gexf" "$work/files/c.png" "$work/files/d.txt"
cat >"$work/complete.sh" <<'SCRIPT'
. /usr/share/bash-completion/bash_completion
. "$1"
cd "$2"
complete_line() {
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
    _tieline tieline "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
    printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort | tr '\n' ' '; echo
}
complete_line tieline va
complete_line tieline export a.json --pn
complete_line tieline export a.json --png ''
complete_line tieline ''
SCRIPT
bash "$work/complete.sh" "$completion" "$work/files" >"$work/completions"
cat >"$work/expected-completions" <<'EXPECTED'
validate 
--png 
c.png sub 
a.json b.gexf convert export help layout metrics snapshot sub validate 
EXPECTED
diff -u "$work/expected-completions" "$work/completions" || fail "bash completion"

# DESTDIR stages the same tree under another root.
DESTDIR=$work/stage cmake --install "$build" --prefix /usr/local >/dev/null
test -x "$work/stage/usr/local/bin/tieline" || fail "DESTDIR was not honoured"
echo "installed tree OK: $work"
