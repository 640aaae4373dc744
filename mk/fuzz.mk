# mk/fuzz.mk: robustness checks (docs/robustness.md), included by the top-level Makefile.
#   make fuzz             build the libFuzzer targets of csrc/fuzz/ and run each for
#                         FUZZ_SECONDS (default 60); crashes go to build/fuzz/crashes/
#   make fuzz-smoke       the same, FUZZ_SMOKE_SECONDS (default 10) each: fits in CI
#   make fuzz-regress     run every fuzz target once over spec/regress/ (no fuzzing)
#   make check-valgrind   build/test_core and the busted suite (Lua 5.4, module built
#                         without sanitizers) under valgrind memcheck
# Run as root on a fresh Debian machine, these install what they need (clang, its
# libFuzzer runtime, valgrind) the way `make deps` does. Uses the Makefile's CORE_SRC,
# CORE_HDR, BUILD, BUSTED, LDLIBS and WARN, so new core files are fuzzed without edits here.

FUZZ_CC            ?= clang
FUZZ_SECONDS       ?= 60
FUZZ_SMOKE_SECONDS ?= 10
FUZZ_TIMEOUT       ?= 10
FUZZ_RSS_MB        ?= 2048
FUZZ_BUILD         ?= $(BUILD)/fuzz
# Extra libFuzzer flags, e.g. FUZZ_ARGS="-jobs=2 -workers=2" or "-max_len=65536".
FUZZ_ARGS          ?=
FUZZ_DEB_PACKAGES  = clang libclang-rt-dev
VALGRIND_DEB_PACKAGES = valgrind
VALGRIND           ?= valgrind

FUZZ_SAN     = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS  = $(filter-out -Werror,$(WARN)) -O1 -g -fno-omit-frame-pointer $(FUZZ_SAN) \
               -I$(UTF8PROC_INCDIR) -Icsrc
FUZZ_SRC     = $(sort $(wildcard csrc/fuzz/fuzz_*.c))
FUZZ_TARGETS = $(FUZZ_SRC:csrc/fuzz/%.c=%)
FUZZ_BINS    = $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/%)
FUZZ_OBJ     = $(CORE_SRC:csrc/%.c=$(FUZZ_BUILD)/obj/%.o)
# Seed articles: the project's examples, the shared seed articles when ../shared exists,
# and the hand-written seeds of csrc/fuzz/seeds/.
FUZZ_SEED_FILES = $(wildcard examples/corpus/*.txt) $(wildcard ../shared/seeds/*.txt)

.PHONY: fuzz fuzz-smoke fuzz-build fuzz-seeds fuzz-regress fuzz-deps valgrind-deps check-valgrind

# Installs the Debian packages in $(1) when missing (as root), else says what to install.
define pc_ensure_packages
	@missing=""; for p in $(1); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else echo "missing Debian packages (run as root or install them):$$missing" >&2; exit 1; fi; \
	fi
endef

fuzz-deps: deps
	$(call pc_ensure_packages,$(FUZZ_DEB_PACKAGES))

valgrind-deps: deps
	$(call pc_ensure_packages,$(VALGRIND_DEB_PACKAGES))

# The core, instrumented for coverage (fuzzer-no-link) and sanitizers.
# Kept between runs (make would delete them as intermediate files of the fuzz_% rule).
.SECONDARY: $(FUZZ_OBJ)

$(FUZZ_BUILD)/obj/%.o: csrc/%.c $(CORE_HDR)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_BUILD)/fuzz_%: csrc/fuzz/fuzz_%.c csrc/fuzz/fuzz_common.h $(FUZZ_OBJ)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $< $(FUZZ_OBJ) $(LDLIBS) -o $@

fuzz-build: fuzz-deps
	$(MAKE) --no-print-directory $(FUZZ_BINS)

# Seeds are written into each target's corpus folder; libFuzzer adds what it finds there,
# so later runs start from a richer corpus (build/ is not committed).
# fuzz_lexicon reads model tables, not articles: its seeds are the heads of data/'s tables.
fuzz-seeds:
	@for t in $(FUZZ_TARGETS); do \
	  if [ $$t = fuzz_lexicon ]; then sh csrc/fuzz/make_seeds.sh --tsv $(FUZZ_BUILD)/corpus-$$t data; \
	  else sh csrc/fuzz/make_seeds.sh $(FUZZ_BUILD)/corpus-$$t $(FUZZ_SEED_FILES); fi; done

# Runs every target for $(1) seconds; goes on after a crash and fails at the end, naming
# the reproducers. Each run's last lines (executions, coverage) go to build/fuzz/<t>.log.
define pc_fuzz_run
	@mkdir -p $(FUZZ_BUILD)/crashes
	@failed=""; for t in $(FUZZ_TARGETS); do \
	  echo "== $$t: $(1) s"; \
	  if $(FUZZ_BUILD)/$$t -max_total_time=$(1) -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=$(FUZZ_RSS_MB) \
	       -dict=csrc/fuzz/protestcorpus.dict -print_final_stats=1 \
	       -artifact_prefix=$(FUZZ_BUILD)/crashes/$$t- $(FUZZ_ARGS) \
	       $(FUZZ_BUILD)/corpus-$$t >$(FUZZ_BUILD)/$$t.log 2>&1; then \
	    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done )' $(FUZZ_BUILD)/$$t.log | tr '\n' ' '; \
	    grep -E '^#[0-9]+.*cov:' $(FUZZ_BUILD)/$$t.log | tail -1; \
	  else \
	    tail -40 $(FUZZ_BUILD)/$$t.log; failed="$$failed $$t"; \
	  fi; \
	done; \
	if [ -n "$$failed" ]; then \
	  echo "fuzz: crashes in:$$failed (inputs in $(FUZZ_BUILD)/crashes/; logs in $(FUZZ_BUILD)/*.log)" >&2; \
	  ls -1 $(FUZZ_BUILD)/crashes/ >&2; exit 1; fi
endef

fuzz: fuzz-build fuzz-seeds
	$(call pc_fuzz_run,$(FUZZ_SECONDS))

fuzz-smoke: fuzz-build fuzz-seeds fuzz-regress
	$(call pc_fuzz_run,$(FUZZ_SMOKE_SECONDS))

# Every target over the regression inputs, once each (libFuzzer runs files it is given).
fuzz-regress: fuzz-build
	@set -e; files=$$(find spec/regress -type f ! -name '*.md' 2>/dev/null | sort); \
	if [ -z "$$files" ]; then echo "fuzz-regress: spec/regress/ is empty"; exit 0; fi; \
	for t in $(FUZZ_TARGETS); do \
	  $(FUZZ_BUILD)/$$t -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=$(FUZZ_RSS_MB) $$files >$(FUZZ_BUILD)/$$t.regress.log 2>&1 \
	    || { tail -40 $(FUZZ_BUILD)/$$t.regress.log; echo "fuzz-regress: $$t failed" >&2; exit 1; }; \
	done; echo "fuzz-regress: $(words $(FUZZ_TARGETS)) targets x $$(echo $$files | wc -w) inputs: ok"

# valgrind memcheck. test_core: every error and every leak (definite, indirect, possible)
# fails. The busted run: busted ends with os.exit(code, true), which closes the Lua state,
# so the interpreter frees its own memory and full leak checking works there too; only the
# dynamic loader's and libc's memory at exit is "still reachable" (not an error). LuaJIT is
# not run under valgrind: its allocator and JIT need a special build (docs/robustness.md).
# PC_VALGRIND=1 tells spec/robustness_spec.lua to keep its big inputs small (memcheck runs
# some 30x slower).
VALGRIND_FLAGS = --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible \
                 --show-leak-kinds=definite,indirect,possible --track-origins=yes --num-callers=30
check-valgrind: valgrind-deps
	$(MAKE) --no-print-directory $(BUILD)/test_core
	$(MAKE) --no-print-directory module LUA=lua5.4
	@echo "== valgrind: $(BUILD)/test_core"
	$(VALGRIND) -q $(VALGRIND_FLAGS) $(BUILD)/test_core
	@echo "== valgrind: busted under Lua 5.4"
	$(call LUA_ENV,lua5.4) PC_VALGRIND=1 $(VALGRIND) -q $(VALGRIND_FLAGS) \
	  --suppressions=csrc/fuzz/valgrind.supp lua5.4 $(BUSTED) spec
