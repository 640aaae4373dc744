/*
** fuzz_parse.c: libFuzzer target for the whole pipeline: pc_parse with options from the
** first bytes (fuzz_common.h), the document's invariants, pc_tokenize over every segment
** and sentence, pc_annotate_model with every entity type and the name model of data/
** (loaded once; $PC_FUZZ_DATA names another directory), then everything freed.
** Build and run: make fuzz / make fuzz-smoke (mk/fuzz.mk); docs/robustness.md.
*/
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  (void)fuzz_model(); /* load it before the first input, not during it */
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_run_model(data, size, fuzz_model(), PC_TYPES_ALL, 1);
  return 0;
}
