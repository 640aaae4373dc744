/*
** fuzz_figures.c: libFuzzer target for the figure annotator (figures.c) through its entry
** point, pc_annotate with a subset of QUANTITY, MONEY and PERCENT chosen by bits 3-5 of the
** first byte (fuzz_common.h). The subset must give the entities of a run over every type,
** filtered.
*/
#include "fuzz_common.h"

#define FIGURES (PC_TYPE_BIT(PC_ENT_QUANTITY) | PC_TYPE_BIT(PC_ENT_MONEY) | PC_TYPE_BIT(PC_ENT_PERCENT))

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  unsigned pick = size >= FUZZ_HEADER ? (unsigned)(data[0] >> 3) : 0;
  fuzz_run(data, size, fuzz_pick_types(FIGURES, pick), 0);
  return 0;
}
