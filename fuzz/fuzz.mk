# fuzz.mk - libFuzzer harnesses (see fuzz/README.md); the top Makefile's
# `make fuzz` runs this file from the top of the tree.
#   make fuzz                       every target for FUZZ_SECONDS (60) each
#   make fuzz FUZZ_SECONDS=10       the short run .ci/run uses
#   make fuzz FUZZ_TARGETS="html match"
#   make -f fuzz/fuzz.mk fuzz-build builds only
.SUFFIXES:
PKG_CONFIG ?= pkg-config
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= html pdf-layout pdf match rows diff rules watchlist
FUZZ_DIR ?= build/fuzz
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	-fsanitize-coverage-ignorelist=fuzz/coverage-ignore.txt -fno-omit-frame-pointer -std=c11 -Wall -Wextra -Wno-unused-parameter \
	-D_GNU_SOURCE -Iinclude -DRW_DATADIR='"/nonexistent"'

LIB_SRC = $(wildcard extract/lib/*.c)
CORE = jansson libpcre2-8 xlsxwriter
pkg_cflags = $(shell $(PKG_CONFIG) --cflags $(CORE) $(1))
pkg_libs = $(shell $(PKG_CONFIG) --libs $(CORE) $(1)) -lcsv -lm

# What each harness is built from, besides fuzz/fuzz-NAME.c and the library.
SRC_html = $(wildcard extract/rw-html/*.c)
DEP_html = extract/rw-html.c
PKG_html = libxml-2.0
SRC_pdf = $(wildcard extract/rw-pdf/*.c)
DEP_pdf = extract/rw-pdf.c
PKG_pdf = poppler-glib cairo fribidi
PKG_pdf-layout = fribidi
# the layout half of rw-pdf: every file but those that open a PDF or draw,
# or read poppler's text (arabic.c, for page.c; the pdf target fuzzes them)
# (a file added to the layout half is fuzzed without being listed here)
SRC_pdf-layout = $(filter-out $(addprefix extract/rw-pdf/,arabic.c drawing.c page.c pages.c picture.c rulings.c unread.c vectors.c),\
	$(wildcard extract/rw-pdf/*.c))
SRC_match = $(wildcard extract/rw-match/*.c)
DEP_match = extract/rw-match.c
SRC_diff = $(wildcard extract/rw-diff/*.c)
DEP_diff = extract/rw-diff.c
SRC_watchlist = extract/rw-store/list.c
PKG_watchlist = sqlite3

FUZZ_BINS = $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz-%)

fuzz: fuzz-build
	@FUZZ_DIR=$(FUZZ_DIR) sh fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-build: $(FUZZ_BINS)

.SECONDEXPANSION:
$(FUZZ_DIR)/fuzz-%: fuzz/fuzz-%.c fuzz/fuzz.h fuzz/coverage-ignore.txt include/rwlib.h $(LIB_SRC) \
		$$(SRC_$$*) $$(DEP_$$*) $$(wildcard extract/rw-*/*.h)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_FLAGS) $(call pkg_cflags,$(PKG_$*)) -o $@ \
		$< $(SRC_$*) $(LIB_SRC) $(call pkg_libs,$(PKG_$*))

.PHONY: fuzz fuzz-build
