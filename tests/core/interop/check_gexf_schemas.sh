#!/bin/sh
# The GEXF that `tieline convert` writes validates against the official GEXF 1.3 schemas with
# xmllint: the RELAX NG grammar (the normative one) with viz colours and positions, and the XML
# Schema without them. The 1.3 XSD, generated from the grammar, declares the viz elements in the
# GEXF namespace instead of the viz namespace (the grammar, the primer and Gephi use the latter),
# so it rejects every file with viz data: that output is checked against the grammar only.
# Usage: check_gexf_schemas.sh TIELINE SPEC_DIR WORK_DIR DATASET.json...
set -eu
tieline=$1
spec=$2
work=$3
shift 3
mkdir -p "$work"
for dataset in "$@"; do
    name=$(basename "$dataset" .json)
    "$tieline" convert "$dataset" "$work/$name.gexf" > /dev/null 2> "$work/convert.log" || { cat "$work/convert.log"; exit 1; }
    xmllint --noout --relaxng "$spec/gexf.rng" "$work/$name.gexf"
    "$tieline" convert --positions-at 1956-09 "$dataset" "$work/$name-positions.gexf" > /dev/null 2> "$work/convert.log" || { cat "$work/convert.log"; exit 1; }
    grep -q "<viz:position" "$work/$name-positions.gexf"
    xmllint --noout --relaxng "$spec/gexf.rng" "$work/$name-positions.gexf"
    "$tieline" convert --no-viz "$dataset" "$work/$name-noviz.gexf" > /dev/null 2> "$work/convert.log" || { cat "$work/convert.log"; exit 1; }
    xmllint --noout --schema "$spec/gexf.xsd" "$work/$name-noviz.gexf"
    xmllint --noout --relaxng "$spec/gexf.rng" "$work/$name-noviz.gexf"
done
