/*
** fuzz_names.c: libFuzzer target for the name annotator (names.c) through its entry point,
** pc_annotate_model with a subset of PERSON, ORG and PLACE chosen by bits 3-5 of the first
** byte; bit 6 runs it without a model (the rules alone), else with the name model of data/
** ($PC_FUZZ_DATA). The subset must give the entities of a run over every type, filtered.
*/
#include "fuzz_common.h"

#define NAMES (PC_TYPE_BIT(PC_ENT_PERSON) | PC_TYPE_BIT(PC_ENT_ORG) | PC_TYPE_BIT(PC_ENT_PLACE))

int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  (void)fuzz_model();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  unsigned extra = size >= FUZZ_HEADER ? (unsigned)(data[0] >> 3) : 0;
  const pc_model *model = (extra & 8) ? NULL : fuzz_model();
  fuzz_run_model(data, size, model, fuzz_pick_types(NAMES, extra & 7), 0);
  return 0;
}
