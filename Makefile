# The two commands of the quick start: `make run` and `make test`. Both install the Debian packages
# that are missing (and nothing else), configure once, and rebuild only what changed.

BUILD ?= build
BUILD_TYPE ?= Release
DATASET ?= data/korea-1955-1969.json
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

# Build tools, libraries, headless GL (Mesa EGL), a virtual X server for the window tests, the CJK
# font, python3-jsonschema for the schema test, pugixml for GEXF, networkx and xmllint for the
# GEXF interop tests; zlib for fast PNG export, ffmpeg, rsvg-convert and ImageMagick for the export tests;
# clang-format for `make format-check` (a fresh image has only clang-format-14, without the plain name);
# for installing and its tests: rsvg-convert renders the icon's sizes, dpkg-dev (dpkg-shlibdeps) and
# file let cpack compute the .deb's dependencies, desktop-file-utils, appstream, shared-mime-info
# (with gio from libglib2.0-bin), bash-completion and man-db check what installs.
PACKAGES := build-essential cmake ninja-build pkg-config git \
	libglfw3-dev libimgui-dev nlohmann-json3-dev doctest-dev python3-glad libstb-dev \
	libegl-dev libgl-dev libegl-mesa0 libgl1-mesa-dri xvfb xauth fonts-noto-cjk \
	python3-jsonschema libpugixml-dev python3-networkx libxml2-utils \
	zlib1g-dev ffmpeg librsvg2-bin imagemagick clang-format \
	dpkg-dev file desktop-file-utils appstream shared-mime-info libglib2.0-bin bash-completion man-db

# Sanitizer and fuzzing builds (make test-asan, make fuzz) need clang's runtime for libFuzzer.
FUZZ_PACKAGES := clang libclang-rt-14-dev
FUZZ_SECONDS ?= 60
# Checking builds: enough optimisation for the sanitizers to run at speed, line tables for their
# reports, and about half the compile time of -O2 -g.
CHECK_FLAGS := -O1 -g1 -fno-omit-frame-pointer

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

# `make install` puts tieline under PREFIX (DESTDIR=/stage prepends a staging root, as packagers use).
PREFIX ?= /usr/local

.PHONY: run test test-asan fuzz deps deps-fuzz configure build clean format format-check install deb

# Every C and C++ file that git tracks under app/ and tests/, formatted by .clang-format.
FORMAT_FILES = $(shell git ls-files 'app/*.cpp' 'app/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'tests/*.c')

run: build
	$(BUILD)/tieline $(DATASET)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

deps deps-fuzz:
	@missing=""; \
	for p in $(PACKAGES) $(if $(filter deps-fuzz,$@),$(FUZZ_PACKAGES)); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing missing Debian packages:$$missing"; \
		$(SUDO) apt-get -o DPkg::Lock::Timeout=900 update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get -o DPkg::Lock::Timeout=900 install -y -q $$missing; \
	fi

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# bin/tieline, share/tieline (the default dataset), the desktop entry, icons, MIME types, AppStream
# metainfo, the man page and bash completion, share/doc/tieline. cmake --install reads DESTDIR itself.
install: build
	DESTDIR="$(DESTDIR)" cmake --install $(BUILD) --prefix "$(PREFIX)"

# The Debian package, $(BUILD)/tieline_VERSION_ARCH.deb: `sudo apt install ./$(BUILD)/tieline_*.deb`.
deb: build
	cd $(BUILD) && cpack -G DEB

# The whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer, but for the tests
# labelled slow (sweeps over many dates, which `make test` already runs). Leak checking stays on
# except for tests that load GL, X11 or EGL drivers, whose own small leaks are not ours.
test-asan: deps
	cmake -S . -B $(BUILD)-asan -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="$(CHECK_FLAGS)" \
		-DCMAKE_C_FLAGS="$(CHECK_FLAGS)" -DTIELINE_SANITIZE=ON -DTIELINE_BUILD_BENCH=OFF
	cmake --build $(BUILD)-asan -j $(JOBS)
	UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir $(BUILD)-asan --output-on-failure -j $(JOBS) -LE slow

# Every libFuzzer target for FUZZ_SECONDS each (tests/fuzz/run.sh); crashes land in build-fuzz/crashes.
fuzz: deps-fuzz
	CC=clang CXX=clang++ cmake -S . -B $(BUILD)-fuzz -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="$(CHECK_FLAGS)" \
		-DTIELINE_FUZZ=ON -DTIELINE_SANITIZE=ON -DTIELINE_BUILD_GUI=OFF -DTIELINE_BUILD_TESTS=OFF
	cmake --build $(BUILD)-fuzz -j $(JOBS)
	tests/fuzz/run.sh $(BUILD)-fuzz $(FUZZ_SECONDS)

# `make format` rewrites the files in place; `make format-check` only reports, and fails on any
# difference (CI runs it).
format: deps
	clang-format -i $(FORMAT_FILES)

format-check: deps
	@clang-format --dry-run --Werror $(FORMAT_FILES)
	@echo "format-check: $(words $(FORMAT_FILES)) files formatted as .clang-format says"

clean:
	rm -rf $(BUILD) $(BUILD)-asan $(BUILD)-fuzz
