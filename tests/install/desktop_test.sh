#!/bin/sh
# Desktop integration test: the installed desktop entry and AppStream metainfo validate (offline),
# and the MIME rules, compiled as update-mime-database would, recognise a tieline dataset by its
# content (plain JSON stays JSON) and a .gexf file by its name.
# usage: desktop_test.sh BUILD_DIR SOURCE_DIR WORK_DIR
set -eu
build=$1 source=$2 work=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work"
share=$work/prefix/share
cmake --install "$build" --prefix "$work/prefix" >"$work/install.log"

desktop-file-validate "$share/applications/io.github.tieline.Tieline.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$share/metainfo/io.github.tieline.Tieline.metainfo.xml" || fail "appstreamcli validate"
grep -q "^Icon=io.github.tieline.Tieline$" "$share/applications/io.github.tieline.Tieline.desktop" || fail "Icon="

update-mime-database "$share/mime" 2>/dev/null
mkdir -p "$work/files"
cp "$source/data/korea-1955-1969.json" "$work/files/dataset.json"
printf '{"format":"tieline/1","meta":{}}' >"$work/files/compact.json"
printf '{"format": "something/2"}' >"$work/files/plain.json"
cp "$source/tests/fixtures/gexf/valid/gexf-1.2draft-datetime.gexf" "$work/files/graph.gexf"
type_of() {
    XDG_DATA_HOME=$work/none XDG_DATA_DIRS=$share:/usr/share gio info -a standard::content-type "$1" |
        awk '/content-type/ { print $2 }'
}
for f in dataset.json compact.json; do
    [ "$(type_of "$work/files/$f")" = application/x-tieline+json ] || fail "$f is $(type_of "$work/files/$f")"
done
[ "$(type_of "$work/files/plain.json")" = application/json ] || fail "plain.json is $(type_of "$work/files/plain.json")"
[ "$(type_of "$work/files/graph.gexf")" = application/gexf+xml ] || fail "graph.gexf is $(type_of "$work/files/graph.gexf")"
echo "desktop entry, metainfo and MIME types OK"
