/*
** fuzz_dates.c: libFuzzer target for the DATE annotator (dates.c) through its entry point,
** pc_annotate with the DATE type alone; relative dates resolve against the document date
** that the first bytes choose (fuzz_common.h). The DATE-only run must give the DATEs of a
** run over every type.
*/
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_run(data, size, PC_TYPE_BIT(PC_ENT_DATE), 0);
  return 0;
}
