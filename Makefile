# The two commands of the quick start: `make run` and `make test`. Both install the Debian packages
# that are missing (and nothing else), configure once, and rebuild only what changed.

BUILD ?= build
BUILD_TYPE ?= Release
DATASET ?= data/korea-1955-1969.json
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

# Build tools, libraries, headless GL (Mesa EGL), a virtual X server for the window tests, the CJK
# font, python3-jsonschema for the schema test, pugixml for GEXF, networkx and xmllint for the
# GEXF interop tests.
PACKAGES := build-essential cmake ninja-build pkg-config \
	libglfw3-dev libimgui-dev nlohmann-json3-dev doctest-dev python3-glad libstb-dev \
	libegl-dev libgl-dev libegl-mesa0 libgl1-mesa-dri xvfb xauth fonts-noto-cjk \
	python3-jsonschema libpugixml-dev python3-networkx libxml2-utils

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: run test deps configure build clean

run: build
	$(BUILD)/tieline $(DATASET)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

deps:
	@missing=""; \
	for p in $(PACKAGES); do \
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

clean:
	rm -rf $(BUILD)
