# protestcorpus: C core + Lua module.
#   make              build the module for Lua 5.4 (build/lua5.4/protestcorpus/core.so)
#   make LUA=luajit   build it for LuaJIT / Lua 5.1 ABI (build/luajit/protestcorpus/core.so)
#   make test         install missing Debian packages (as root), build, run every test,
#                     the suite under sanitizers, and a short fuzz run
#   make demo         extract entities from the sample corpus in examples/corpus
#   make check-asan   the whole suite under AddressSanitizer + UndefinedBehaviorSanitizer
#   make test-dist    shards under GNU parallel and a private single-node Slurm (as root),
#                     merged, compared byte for byte with one process (docs/distributed.md)
#   make lint         luacheck on lua/ spec/ bin/, cppcheck on csrc/
#   make bench        benchmarks (bench/README.md); results go to docs/benchmarks.md by hand
#   make check-identical   CLI output (extract, parse, eval, events, report) byte for byte against the
#                     digests of tools/identical.sha256; make update-identical re-records them
#   make bench-dist   events (or BENCH_STEP=extract) on 20 and 200 MB corpora: MB/s, peak RSS; merge
# Every path is a variable: PREFIX, LUA_INCDIR, LIBFLAG, ... (also set by luarocks).

LUA        ?= lua5.4
PKG_CONFIG ?= pkg-config
CC         ?= cc
PREFIX     ?= /usr/local
# LUA may be a name (lua5.4, luajit) or a path (luarocks passes /usr/bin/lua5.4): the ABI is
# its last component, and each ABI builds into its own folder.
LUA_ABI    = $(notdir $(LUA))
LUA_VERSION_DIR ?= $(if $(filter luajit%,$(LUA_ABI)),5.1,$(patsubst lua%,%,$(LUA_ABI)))
LUA_INCDIR ?= $(if $(filter luajit%,$(LUA_ABI)),/usr/include/luajit-2.1,/usr/include/$(LUA_ABI))
UTF8PROC_INCDIR ?= /usr/include
UTF8PROC_LIBDIR ?= /usr/lib
LIBFLAG    ?= -shared
LUA_LIBDIR_INSTALL ?= $(PREFIX)/lib/lua/$(LUA_VERSION_DIR)
LUA_SHAREDIR_INSTALL ?= $(PREFIX)/share/lua/$(LUA_VERSION_DIR)

WARN       = -std=c99 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
OPT        ?= -O2
CFLAGS     ?= $(OPT) -g
ALL_CFLAGS = $(WARN) $(CFLAGS) -fPIC -I$(UTF8PROC_INCDIR)
LDLIBS     = -L$(UTF8PROC_LIBDIR) -lutf8proc -lm

BUILD      ?= build
CORE_SRC   = csrc/error.c csrc/lang.c csrc/tokens.c csrc/document.c csrc/sentences.c \
             csrc/lexicon_words.c csrc/annotate.c csrc/figures.c csrc/dates.c csrc/date_tense.c csrc/date_holidays.c csrc/lexicon.c csrc/model_image.c csrc/names.c
# the annotators' side of the core: word classes, sentences, schema, JSON writer
CORE_SRC  += csrc/words.c csrc/sentence.c csrc/schema.c csrc/json_writer.c
# the name-span classifier and its generated weights (tools/train_ner.py)
CORE_SRC  += csrc/ner_model.c csrc/ner_weights.c
# NER_FALLBACK=1: the names annotator asks the classifier about runs its rules leave untyped
CFLAGS    += $(if $(NER_FALLBACK),-DPC_NER_FALLBACK)
# the quote annotator and its cue words (generated from data/src/quote_cues.tsv)
CORE_SRC  += csrc/quotes.c csrc/quote_cues.c csrc/given_gender.c
CORE_HDR   = csrc/protestcorpus.h csrc/text.h csrc/document.h csrc/lexicon.h \
             csrc/words.h csrc/sentence.h csrc/dates.h csrc/date_tense.h csrc/date_holidays.h csrc/figures.h csrc/names.h csrc/annotate.h \
             csrc/quotes.h csrc/quote_cues.h csrc/given_gender.h csrc/ner_model.h
# the words around a place name (issue 16, placedate)
CORE_SRC  += csrc/place_cues.c
CORE_HDR  += csrc/place_cues.h
# the events layer's phrase lists over its words (issue 13, evcue)
CORE_SRC  += csrc/cues.c
CORE_HDR  += csrc/cues.h
CORE_OBJ   = $(CORE_SRC:csrc/%.c=$(BUILD)/obj/%.o)
CORE_LIB   = $(BUILD)/libprotestcorpus.a
MODULE     = $(BUILD)/$(LUA_ABI)/protestcorpus/core.so

BUSTED     ?= /usr/bin/busted
LUA_ENV    = LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="$(BUILD)/$(1)/?.so;;"

# Debian packages the build and the tests need (installed by `make deps` when missing).
DEB_PACKAGES = gcc make pkg-config lua5.4 liblua5.4-dev luajit libluajit-5.1-dev \
               libutf8proc-dev lua-lpeg lua-cjson lua-filesystem lua-argparse lua-busted \
               python3 luarocks parallel slurm-wlm munge \
               lua-sql-sqlite3 sqlite3 chromium neovim

.DEFAULT_GOAL := all

.PHONY: parties test-report check-ner check-identical update-identical install-rock env lint-deps install-debs test-install model check-model check-functions check-symbols all module core deps test test-c test-lua test-dist demo check-asan lint bench bench-dist clean install data words quote-cues

# The function-word table is generated (committed; regenerate after editing the .tsv).
words:
	lua5.4 tools/gen_words.lua data/src/function_words.tsv > csrc/lexicon_words.c

# The cue words of the quote annotator, generated the same way (committed).
quote-cues:
	lua5.4 tools/gen_quote_cues.lua data/src/quote_cues.tsv data/src/function_words.tsv > csrc/quote_cues.c.tmp
	mv csrc/quote_cues.c.tmp csrc/quote_cues.c
	lua5.4 tools/gen_given_gender.lua data/given_names.tsv > csrc/given_gender.c.tmp
	mv csrc/given_gender.c.tmp csrc/given_gender.c

# Lexicons from their npm sources (needs the npm registry; not part of CI).
data:
	sh tools/build_data.sh
	sh tools/build_common_words.sh
	$(MAKE) --no-print-directory model

# Party names (ORG) from the Party Facts gazetteer in ../shared (MIT; docs/DATA.md); then `make model`.
PARTYFACTS ?= ../shared/data/ner/partyfacts.tsv
parties:
	lua5.4 tools/build_parties.lua $(PARTYFACTS) data > data/parties.tsv.tmp && mv data/parties.tsv.tmp data/parties.tsv

# The compiled image of the name model (data/model.bin), loaded instead of the .tsv files
# while it matches them: rebuild it after editing any of them. check-model verifies that
# the committed image is the one the committed sources give, byte for byte.
$(BUILD)/model_image: tools/model_image.c $(CORE_LIB)
	$(CC) $(ALL_CFLAGS) -Icsrc $< $(CORE_LIB) $(LDLIBS) -o $@

model: $(BUILD)/model_image
	$(BUILD)/model_image data
	LUA_PATH='lua/?.lua;;' lua5.4 tools/gen_place_countries.lua data/places.tsv > data/place_countries.tsv

# The name-span classifier: C and tools/train_ner.py score spans alike (needs ../shared).
check-ner: $(CORE_LIB)
	$(CC) $(ALL_CFLAGS) -Icsrc tools/ner_scores.c $(CORE_LIB) $(LDLIBS) -o $(BUILD)/ner_scores
	@if [ -d ../shared/data/ner ]; then python3 tools/train_ner.py --check $(BUILD)/ner_scores; \
	  else echo "check-ner: skipped (no ../shared/data/ner)"; fi

check-model: $(BUILD)/model_image
	@rm -rf $(BUILD)/model-check && mkdir -p $(BUILD)/model-check/src
	@for f in places countries given_names demonyms common_words parties; do \
	  ln -s "$(CURDIR)/data/$$f.tsv" $(BUILD)/model-check/$$f.tsv; done
	@ln -s "$(CURDIR)/data/src/name_words.tsv" $(BUILD)/model-check/src/name_words.tsv
	@ln -s "$(CURDIR)/data/src/orgs.tsv" $(BUILD)/model-check/src/orgs.tsv
	@$(BUILD)/model_image $(BUILD)/model-check >/dev/null
	@cmp $(BUILD)/model-check/model.bin data/model.bin && \
	  echo "check-model: data/model.bin is the image of data/*.tsv" || \
	  { echo "check-model: data/model.bin is stale: run make model"; exit 1; }

# No function in csrc/ over 100 lines (tools/function_lengths.lua; spec/function_length_spec.lua).
check-functions:
	lua5.4 tools/function_lengths.lua --max 100 csrc/*.c csrc/*.h csrc/tests/*.c csrc/fuzz/*.c csrc/fuzz/*.h

# The static library exports only pc_ names (internal functions are static or pc_-prefixed).
check-symbols: core
	@nm -g --defined-only $(CORE_LIB) | awk 'NF == 3 && $$3 !~ /^pc_/ { print "not pc_-prefixed: " $$3; bad = 1 } END { exit bad }' && \
	  echo "check-symbols: every exported symbol is pc_-prefixed"

all: module

module: $(MODULE)
core: $(CORE_LIB)

$(BUILD)/obj/%.o: csrc/%.c $(CORE_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(CORE_LIB): $(CORE_OBJ)
	@rm -f $@
	ar rcs $@ $^

# The module never links liblua: the interpreter that loads it provides the symbols.
$(MODULE): csrc/binding.c csrc/lua_compat.h $(CORE_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -I$(LUA_INCDIR) $(LIBFLAG) csrc/binding.c $(CORE_LIB) $(LDLIBS) -o $@

deps:
	@$(MAKE) --no-print-directory install-debs PACKAGES="$(DEB_PACKAGES)"

lint-deps:
	@$(MAKE) --no-print-directory install-debs PACKAGES="lua-check cppcheck"

install-debs:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else echo "missing Debian packages (run as root or install them):$$missing" >&2; exit 1; fi; \
	fi

# C unit tests: link the core alone, no Lua.
$(BUILD)/test_core: csrc/tests/test_core.c $(CORE_LIB)
	$(CC) $(ALL_CFLAGS) -Icsrc $< $(CORE_LIB) $(LDLIBS) -o $@

$(BUILD)/test_quotes: csrc/tests/test_quotes.c $(CORE_LIB)
	$(CC) $(ALL_CFLAGS) -Icsrc $< $(CORE_LIB) $(LDLIBS) -o $@

$(BUILD)/test_dates: csrc/tests/test_dates.c $(CORE_LIB)
	$(CC) $(ALL_CFLAGS) -Icsrc $< $(CORE_LIB) $(LDLIBS) -o $@

$(BUILD)/test_cues: csrc/tests/test_cues.c $(CORE_LIB)
	$(CC) $(ALL_CFLAGS) -Icsrc $< $(CORE_LIB) $(LDLIBS) -o $@

test-c: $(BUILD)/test_core $(BUILD)/test_quotes $(BUILD)/test_dates $(BUILD)/test_cues
	$(BUILD)/test_core
	$(BUILD)/test_quotes
	$(BUILD)/test_dates
	$(BUILD)/test_cues

test-lua:
	$(MAKE) --no-print-directory module LUA=lua5.4
	$(MAKE) --no-print-directory module LUA=luajit
	@echo "== busted under Lua 5.4"
	$(call LUA_ENV,lua5.4) lua5.4 $(BUSTED) spec
	@echo "== busted under LuaJIT"
	$(call LUA_ENV,luajit) luajit $(BUSTED) spec

# The HTML report of the examples corpus in headless Chromium (spec/report_chromium_spec.lua,
# pending in the plain busted runs: one browser run is enough).
test-report:
	$(MAKE) --no-print-directory module LUA=lua5.4
	PROTESTCORPUS_CHROMIUM=1 $(call LUA_ENV,lua5.4) lua5.4 $(BUSTED) spec/report_chromium_spec.lua

# The whole check, as CI runs it: C unit tests, busted under Lua 5.4 and LuaJIT, the suite
# again under ASan + UBSan, and a short bounded fuzz run of every target (mk/fuzz.mk).
test: deps
	$(MAKE) --no-print-directory test-c
	$(MAKE) --no-print-directory check-model
	$(MAKE) --no-print-directory check-ner
	$(MAKE) --no-print-directory check-functions
	$(MAKE) --no-print-directory check-symbols
	$(MAKE) --no-print-directory test-lua
	$(MAKE) --no-print-directory check-identical
	$(MAKE) --no-print-directory test-dist
	$(MAKE) --no-print-directory check-asan
	$(MAKE) --no-print-directory fuzz-smoke
	$(MAKE) --no-print-directory test-install
	$(MAKE) --no-print-directory test-report
	$(MAKE) --no-print-directory test-nvim

# The Neovim plugin, headless (spec/nvim/run.lua; docs/neovim.md), and its benchmark.
NVIM ?= nvim
.PHONY: test-nvim bench-nvim
test-nvim:
	$(MAKE) --no-print-directory module LUA=luajit
	$(NVIM) --headless -u NONE -i NONE -c "luafile spec/nvim/run.lua"
bench-nvim:
	$(MAKE) --no-print-directory module LUA=luajit
	$(NVIM) --headless -u NONE -i NONE -c "luafile bench/bench_nvim.lua"

# The README's installation commands in temporary trees (tools/install_test.sh).
test-install:
	sh tools/install_test.sh

# Distributed runs (docs/distributed.md): GNU parallel with local jobs, then a Slurm job
# array on a single-node Slurm the test starts and stops itself (root; fails with the
# daemon's log when one cannot start). Both compare the merge with one process, byte for byte.
test-dist:
	$(MAKE) --no-print-directory module LUA=lua5.4
	$(MAKE) --no-print-directory module LUA=luajit
	sh tools/parallel_test.sh
	sh tools/slurm_test.sh

# The demo: what a researcher comes for, on the sample corpus (examples/corpus, 79 articles
# written for the project): the protest events merged across articles and languages, who
# organized them and how many took part according to whom, the quotations with their
# speakers, and an HTML report. Outputs stay in build/demo/.
DEMO_PC = $(call LUA_ENV,$(LUA_ABI)) $(LUA) bin/protestcorpus --quiet
demo: deps module
	@mkdir -p $(BUILD)/demo
	@echo "== extract: entities, quotes and each article's events -> $(BUILD)/demo/extract.jsonl"
	@$(DEMO_PC) extract examples/corpus -o $(BUILD)/demo/extract.jsonl
	@$(DEMO_PC) merge $(BUILD)/demo/extract.jsonl -o $(BUILD)/demo/events.jsonl 2>/dev/null
	@$(DEMO_PC) merge --format csv $(BUILD)/demo/extract.jsonl -o $(BUILD)/demo/events.csv 2>/dev/null
	@echo; echo "== events merged across articles and languages: $$(wc -l < $(BUILD)/demo/events.jsonl) events (the 15 told by most articles; all in $(BUILD)/demo/events.jsonl and .csv)"
	@$(LUA_ABI) examples/show_events.lua 15 < $(BUILD)/demo/events.jsonl
	@echo; $(DEMO_PC) stats $(BUILD)/demo/events.jsonl --tables organizers,figures --top 8 2>/dev/null
	@echo; echo "== quotations and who said them (first 12)"
	@$(DEMO_PC) quotes examples/corpus 2>/dev/null | head -13 | cut -c1-160
	@$(DEMO_PC) report $(BUILD)/demo/extract.jsonl -o $(BUILD)/demo/report.html 2>/dev/null
	@echo; echo "== report: $(BUILD)/demo/report.html (open it in a browser); summary of names:"
	@$(DEMO_PC) summary $(BUILD)/demo/extract.jsonl 2>/dev/null | head -12

# Sanitizers: a separate build tree; the interpreter is not instrumented, so the runtime
# is preloaded. Leak checking covers the C core in test_core (the interpreter's own
# allocations at exit are not ours).
ASAN_FLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
check-asan:
	$(MAKE) --no-print-directory BUILD=build/asan CFLAGS="$(ASAN_FLAGS)" LIBFLAG="-shared -fsanitize=address,undefined" \
	  build/asan/test_core build/asan/test_quotes build/asan/test_cues module
	ASAN_OPTIONS=detect_leaks=1 build/asan/test_core
	ASAN_OPTIONS=detect_leaks=1 build/asan/test_quotes
	ASAN_OPTIONS=detect_leaks=1 build/asan/test_cues
	LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="build/asan/lua5.4/?.so;;" \
	  LD_PRELOAD="$$($(CC) -print-file-name=libasan.so) $$($(CC) -print-file-name=libubsan.so)" \
	  ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 lua5.4 $(BUSTED) spec

# Running from a checkout: `eval "$(make -s env)"` (or LUA=luajit) points Lua at lua/ and
# build/<abi>/, and the command at bin/.
env:
	@$(MAKE) --no-print-directory module >&2
	@echo 'export LUA_PATH="$(CURDIR)/lua/?.lua;$(CURDIR)/lua/?/init.lua;;"'
	@echo 'export LUA_CPATH="$(CURDIR)/$(BUILD)/$(LUA_ABI)/?.so;;"'
	@echo 'export PATH="$(CURDIR)/bin:$$PATH"'

lint: lint-deps
	luacheck lua spec bin/protestcorpus examples/gold/build.lua examples/show_events.lua examples/analyses
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability --std=c99 \
	  --suppress=missingIncludeSystem -Icsrc -icsrc/ner_weights.c csrc

# The command-line output, byte for byte, under Lua 5.4 and LuaJIT (tools/check_identical.sh):
# examples, gold files and ../shared/seeds, against recorded SHA-256 digests.
check-identical update-identical:
	$(MAKE) --no-print-directory module LUA=lua5.4
	$(MAKE) --no-print-directory module LUA=luajit
	sh tools/check_identical.sh $(subst -identical,,$@)

bench: module core
	$(MAKE) --no-print-directory -C bench

# Corpus-scale benchmark (bench/dist_bench.sh): memory flat from 20 to 200 MB, MB/s per
# core of a whole command, merge time on growing inputs. Corpora under build/bench-dist.
BENCH_STEP ?= events
bench-dist:
	$(MAKE) --no-print-directory module LUA=lua5.4
	$(MAKE) --no-print-directory module LUA=luajit
	sh bench/dist_bench.sh $(BENCH_STEP)

# Installation. `make install` (PREFIX, DESTDIR) installs the module and the Lua files for
# the interpreter LUA, the name model beside them (protestcorpus/data, where
# pc.default_model() looks first), the command (its first line naming LUA), the C header,
# the static library and a pkg-config file. `install-rock` is what `luarocks make` runs
# (build.type = "make" in the rockspec): module, Lua files and data into the rock's tree.
BINDIR     ?= $(PREFIX)/bin
LIBDIR     ?= $(PREFIX)/lib
INCDIR     ?= $(PREFIX)/include
define install_lua
	install -D -m 0755 $(MODULE) $(1)/protestcorpus/core.so
	cd lua && find protestcorpus -name '*.lua' | sort | while read -r f; do \
	  install -D -m 0644 "$$f" "$(2)/$$f" || exit 1; done
	find data -type f | sort | while read -r f; do \
	  install -D -m 0644 "$$f" "$(2)/protestcorpus/$$f" || exit 1; done
endef

install: module core
	$(call install_lua,$(DESTDIR)$(LUA_LIBDIR_INSTALL),$(DESTDIR)$(LUA_SHAREDIR_INSTALL))
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(INCDIR) $(DESTDIR)$(LIBDIR)/pkgconfig
	sed '1s|.*|#!/usr/bin/env $(LUA_ABI)|' bin/protestcorpus > $(DESTDIR)$(BINDIR)/protestcorpus
	chmod 0755 $(DESTDIR)$(BINDIR)/protestcorpus
	install -m 0644 csrc/protestcorpus.h $(DESTDIR)$(INCDIR)/protestcorpus.h
	install -m 0644 $(CORE_LIB) $(DESTDIR)$(LIBDIR)/libprotestcorpus.a
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' -e 's|@INCDIR@|$(INCDIR)|' \
	  -e 's|@VERSION@|$(shell sed -n 's/^#define PC_VERSION "\(.*\)"/\1/p' csrc/protestcorpus.h)|' \
	  protestcorpus.pc.in > $(DESTDIR)$(LIBDIR)/pkgconfig/protestcorpus.pc

install-rock: module
	$(call install_lua,$(INST_LIBDIR),$(INST_LUADIR))

clean:
	rm -rf $(BUILD) build
	rm -f csrc/*.o protestcorpus/core.so
	-rmdir protestcorpus 2>/dev/null
include mk/fuzz.mk
