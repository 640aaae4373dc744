/*
** fuzz_lexicon.c: libFuzzer target for the model loader (lexicon.c): pc_model_add_tsv on
** arbitrary bytes, then the model used. Byte 0 picks the table ("places", "countries",
** "given_names", "demonyms", "common_words", "name_words", "parties", "orgs", or an unknown name that must be
** refused with PC_EINVAL); the rest is the TSV. Whatever was loaded before a PC_EFORMAT line
** stays in the model, which then annotates a fixed English and French text (names resolved
** against fuzzed lexicons) and the TSV itself as an article. Also pc_fold on the bytes with
** output buffers of every small size (it must never write past cap).
*/
#include "fuzz_common.h"
#include "lexicon.h"

static const char *const tables[] = {
  "places", "countries", "given_names", "demonyms", "common_words", "name_words", "parties", "orgs", "no_such_table"
};

#define NTABLES ((int)(sizeof tables / sizeof tables[0]))

static const char sample[] =
  "PARIS (Reuters) - Thousands of police officers marched in Paris and Lyon on Saturday, said "
  "Cyril Benoit of the Alliance Police Nationale union (APN). Benoit told Interior Minister "
  "Laurent Nunez that 15,000 people had joined.\n\n"
  "Des milliers de policiers ont d\xc3\xa9" "fil\xc3\xa9 place de la Bastille, selon le syndicat "
  "Alliance et le minist\xc3\xa8re de l\xe2\x80\x99Int\xc3\xa9rieur.\n";

static void annotate_with(const pc_model *m, const uint8_t *text, size_t len) {
  pc_document *d = NULL;
  pc_entities es = {NULL, 0, 0};
  int rc = pc_parse(text, len, NULL, &d);
  FUZZ_CHECK(rc == PC_OK, rc, 0);
  fuzz_check_document(d, text, len);
  rc = pc_annotate_model(d, m, PC_TYPES_ALL, &es);
  FUZZ_CHECK(fuzz_rc_ok(rc), rc, 0); /* a PC_ENOMEM here is a false one (fuzz_common.h) */
  if (rc == PC_OK) fuzz_check_entities(&es, len, PC_TYPES_ALL);
  pc_entities_free(&es);
  pc_document_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  pc_model *m = NULL;
  const uint8_t *tsv;
  size_t len, bad = 0, lines = 1, k, cap;
  int rc, t;
  uint8_t out[PC_KEY_MAX + 16];
  if (size < 1) return 0;
  t = data[0] % NTABLES;
  tsv = data + 1;
  len = size - 1;
  for (k = 0; k < len; k++) lines += tsv[k] == '\n';
  FUZZ_CHECK(pc_model_new(&m) == PC_OK && m, 0, 0);
  rc = pc_model_add_tsv(m, tables[t], tsv, len, &bad);
  if (t == NTABLES - 1) FUZZ_CHECK(rc == PC_EINVAL, rc, t); /* the unknown name, always last */
  else FUZZ_CHECK(rc == PC_OK || rc == PC_EFORMAT, rc, t);
  if (rc == PC_EFORMAT) FUZZ_CHECK(bad >= 1 && bad <= lines, bad, lines);
  else FUZZ_CHECK(bad == 0, bad, rc);
  FUZZ_CHECK(pc_model_count(m) <= lines * 64, pc_model_count(m), lines);
  annotate_with(m, (const uint8_t *)sample, sizeof sample - 1);
  annotate_with(m, tsv, len < 2048 ? len : 2048); /* the fuzz_parse target covers long texts */
  /* pc_fold: never more than cap bytes, whatever cap */
  for (cap = 0; cap <= PC_KEY_MAX + 1; cap += (cap < 8 ? 1 : 29)) {
    size_t n;
    memset(out, 0xAB, sizeof out);
    n = pc_fold(tsv, 0, len < 512 ? len : 512, out, cap);
    FUZZ_CHECK(n <= cap, n, cap);
    for (k = cap; k < sizeof out; k++) FUZZ_CHECK(out[k] == 0xAB, k, cap);
  }
  pc_model_free(m);
  pc_model_free(NULL);
  return 0;
}
