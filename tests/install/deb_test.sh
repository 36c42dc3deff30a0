#!/bin/sh
# Debian package test: cpack builds the .deb from this build; its control file has the computed
# library dependencies (dpkg-shlibdeps) with libglfw3 and libpugixml among them, the font and Mesa
# packages named explicitly, ffmpeg and xdg-utils recommended; its files are under /usr.
# usage: deb_test.sh BUILD_DIR WORK_DIR
set -eu
build=$1 work=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work"
cpack -G DEB -B "$work" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/tieline_*.deb)
dpkg-deb -I "$deb" >"$work/info"
cat "$work/info"
depends=$(sed -n 's/^ Depends: //p' "$work/info")
for package in libglfw3 libpugixml fonts-noto-cjk libegl1 libegl-mesa0 libgl1-mesa-dri libc6; do
    echo "$depends" | grep -q "$package" || fail "Depends lacks $package"
done
recommends=$(sed -n 's/^ Recommends: //p' "$work/info")
for package in ffmpeg xdg-utils; do
    echo "$recommends" | grep -q "$package" || fail "Recommends lacks $package"
done
dpkg-deb -c "$deb" >"$work/contents"
for f in ./usr/bin/tieline ./usr/share/tieline/korea-1955-1969.json ./usr/share/man/man1/tieline.1.gz \
    ./usr/share/applications/io.github.tieline.Tieline.desktop ./usr/share/doc/tieline/copyright; do
    grep -q " $f\$" "$work/contents" || fail "the package lacks $f"
done
echo "package OK: $deb"
