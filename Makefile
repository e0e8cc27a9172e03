# recwatch - plain make, pkg-config for every dependency.
#   make            build bin/
#   make test       unit + CLI + schema tests (TESTS=... to pick)
#   make check-san  the same tests under ASan + UBSan, in build/san/
#   make check-tsan the same tests under ThreadSanitizer, in build/tsan/
#   make install PREFIX=/usr/local DESTDIR=
.SUFFIXES:
.SECONDEXPANSION:
# Objects are made through pattern rules; keep them (no rebuild each time).
.SECONDARY:
# make V=1 shows the commands.
Q = $(if $(V),,@)

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/recwatch
PKG_CONFIG ?= pkg-config

BUILD ?= build
BIN ?= bin

CC ?= cc
CFLAGS ?= -O2 -g -fstack-protector-strong -D_FORTIFY_SOURCE=2
WARN = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
CPPFLAGS += -D_GNU_SOURCE -Iinclude -DRW_DATADIR='"$(DATADIR)"'
LDFLAGS ?=

PKGS_CORE = jansson libpcre2-8 xlsxwriter
PKGS_html = libxml-2.0
PKGS_pdf = poppler-glib cairo fribidi
PKGS_store = sqlite3 glib-2.0
PKGS_fetch = libcurl
CORE_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS_CORE) 2>/dev/null)
CORE_LIBS := $(shell $(PKG_CONFIG) --libs $(PKGS_CORE) 2>/dev/null) -lcsv -lm

PROGS = $(basename $(notdir $(wildcard extract/*.c)))
LIB_SRC = $(wildcard extract/lib/*.c)
LIB_OBJ = $(LIB_SRC:%.c=$(BUILD)/%.o)
LIB_A = $(BUILD)/librecwatch.a

# A filter is extract/NAME.c plus, when it needs more than one file,
# extract/NAME/*.c; its own packages are PKGS_<NAME without rw->.
prog_objs = $(patsubst %.c,$(BUILD)/%.o,extract/$(1).c $(wildcard extract/$(1)/*.c))
prog_pkgs = $(PKGS_$(patsubst rw-%,%,$(1)))

all: $(PROGS:%=$(BIN)/%)

$(BIN)/%: $$(call prog_objs,%) $(LIB_A)
	@mkdir -p $(@D)
	@echo "  LD $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(call prog_objs,$*) $(LIB_A) \
		$(if $(call prog_pkgs,$*),$(shell $(PKG_CONFIG) --libs $(call prog_pkgs,$*))) $(CORE_LIBS)

$(LIB_A): $(LIB_OBJ)
	@mkdir -p $(@D)
	$(Q)rm -f $@ && ar rcs $@ $(LIB_OBJ)

# Each object gets the packages of the filter it belongs to.
obj_pkgs = $(call prog_pkgs,$(firstword $(subst /, ,$(patsubst extract/%,%,$(1)))))
# A filter's own header is beside its files (extract/NAME/*.h), which
# extract/NAME.c includes too.
$(BUILD)/%.o: %.c include/rwlib.h $$(wildcard $$(dir $$*)*.h) $$(wildcard $$*/*.h)
	@mkdir -p $(@D)
	@echo "  CC $<"
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(CORE_CFLAGS) \
		$(if $(call obj_pkgs,$(basename $*)),$(shell $(PKG_CONFIG) --cflags $(call obj_pkgs,$(basename $*)))) \
		-c -o $@ $<

# ---- the bundled samples, end to end ------------------------------------
# The README's first command: install what is missing, build, and extract
# every sample document into out/ as CSV and JSON.
SAMPLE_DOCS = $(sort $(wildcard samples/*/*.html samples/*/*.pdf))
# deps: what building and running needs; test-deps adds the test tools.
deps:
	@bash .ci/install-deps --if-missing build
test-deps:
	@bash .ci/install-deps --if-missing build test

samples: deps
	@$(MAKE) -s all
	@mkdir -p out
	@$(BIN)/recwatch extract -o out/records.csv $(SAMPLE_DOCS); st=$$?; \
	 $(BIN)/recwatch extract -f json -o out/records.json $(SAMPLE_DOCS) 2>/dev/null; \
	 echo "recwatch: $$(($$(wc -l < out/records.csv) - 1)) records from $(words $(SAMPLE_DOCS)) documents in out/records.csv and out/records.json"; \
	 test $$st -le 1

# ---- tests ---------------------------------------------------------------
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
# Unit tests may include a filter's .c files: any source change rebuilds them.
# A test that needs more packages names them in TEST_PKGS_<test>.
TEST_PKGS_test_pdf_render = poppler-glib cairo
TEST_PKGS_test_watchlist = sqlite3
TEST_PKGS_test_html_stream = libxml-2.0
# rw-pdf's tests (test_pdf_*) build its layout.c, which needs fribidi.
test_pkgs = cmocka $(if $(filter test_pdf_%,$(1)),fribidi) $(TEST_PKGS_$(1))
$(BUILD)/tests/%: tests/unit/%.c $(LIB_A) $(wildcard extract/*/*.c extract/*/*.h tests/unit/*.h)
	@mkdir -p $(@D)
	@echo "  LD $@"
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(CORE_CFLAGS) $(shell $(PKG_CONFIG) --cflags $(call test_pkgs,$*)) \
		-o $@ $< $(LIB_A) $(shell $(PKG_CONFIG) --libs $(call test_pkgs,$*)) $(CORE_LIBS)

# test-deps runs first and alone: on a fresh machine pkg-config and the libraries
# arrive with it, so the build is a second make that sees them.
test: test-deps
	@$(MAKE) -s all units
	@BIN=$(BIN) BUILD=$(BUILD) sh tests/run-all.sh
units: $(UNIT_BIN)

# The peers' conformance suites live outside the tree, where CI keeps them
# (make conformance SUITES=DIR, DIR/conformance/tabula); a user's clone
# has none, so they are not part of test.
conformance: all
	@test -n "$(SUITES)" || { echo "make conformance SUITES=DIR: the directory holding conformance/" >&2; exit 2; }
	@BIN=$(BIN) sh tests/conformance.sh $(SUITES)

# The workbooks opened by LibreOffice itself (a large install, so not in
# make test; .ci/run calls it): cell types and a CSV round trip.
check-office: all
	@BIN=$(BIN) sh tests/xlsx/libreoffice.sh

SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
check-san:
	$(MAKE) BUILD=$(BUILD)/san BIN=$(BUILD)/san/bin CFLAGS="$(SAN_FLAGS)" LDFLAGS="$(SAN_FLAGS)" test

# rw-pdf and rw-diff run two threads: the tests again under TSan, which
# stops a program at the first race it sees.
TSAN_FLAGS = -O1 -g -fsanitize=thread -fno-omit-frame-pointer
check-tsan:
	TSAN_OPTIONS=halt_on_error=1 $(MAKE) BUILD=$(BUILD)/tsan BIN=$(BUILD)/tsan/bin \
		CFLAGS="$(TSAN_FLAGS)" LDFLAGS="$(TSAN_FLAGS)" test

# ---- install ---------------------------------------------------------------
install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(DATADIR)
	for p in $(PROGS); do cp $(BIN)/$$p $(DESTDIR)$(BINDIR)/; done
	cp rules/recwatch.rules $(DESTDIR)$(DATADIR)/
	for m in man/*.1; do cp $$m $(DESTDIR)$(MANDIR)/man1/; done
	for m in man/*.5; do cp $$m $(DESTDIR)$(MANDIR)/man5/; done

clean:
	rm -rf build bin

.PHONY: check-office check-tsan all deps test-deps samples test units conformance check-san install clean

# ---- hardening (fuzz/README.md) ------------------------------------------------
# make fuzz [FUZZ_SECONDS=60] [FUZZ_TARGETS="html match ..."]: libFuzzer
# harnesses built with clang; make hostile-big: the 200 MB / 2,000-page cases.
FUZZ_SECONDS ?= 60
fuzz: all
	$(MAKE) -f fuzz/fuzz.mk fuzz FUZZ_SECONDS=$(FUZZ_SECONDS) $(if $(FUZZ_TARGETS),FUZZ_TARGETS="$(FUZZ_TARGETS)")
hostile-big: all
	sh tests/hostile/big.sh
.PHONY: fuzz hostile-big

# ---- benchmarks (not part of make test; about 20 minutes) ----------------
# recwatch beside xmllint, pandas, pdftotext, pdfminer, daff, Miller;
# installs those peers, writes bench/RESULTS.md (see bench/run.py).
# A filter that does not build is skipped by run.py with a note.
bench:
	-$(MAKE) -k all
	/usr/bin/python3 bench/run.py
	BIN=$(BIN) sh bench/zoo.sh

# The seed table zoo scored style by style (tests/zoo/README.md), then the
# same seed drawn by Chromium and rewritten by Ghostscript; make test checks
# the same runs against tests/zoo/floors.tsv, floors-ghostscript.tsv, floors-printers.tsv,
# floors-latex.tsv and floors-calc.tsv.
zoo: all
	@BIN=$(BIN) /usr/bin/python3 tests/zoo/score.py --floors tests/zoo/floors.tsv tests/zoo/seed
	@BIN=$(BIN) /usr/bin/python3 tests/zoo/score.py --floors tests/zoo/floors-ghostscript.tsv tests/zoo/seed-ghostscript
	@BIN=$(BIN) /usr/bin/python3 tests/zoo/score.py --floors tests/zoo/floors-printers.tsv tests/zoo/seed-printers
	@BIN=$(BIN) /usr/bin/python3 tests/zoo/score.py --floors tests/zoo/floors-latex.tsv tests/zoo/seed-latex
	@BIN=$(BIN) /usr/bin/python3 tests/zoo/score.py --floors tests/zoo/floors-calc.tsv tests/zoo/seed-calc

.PHONY: bench zoo
