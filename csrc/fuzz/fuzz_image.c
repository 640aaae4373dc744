/*
** fuzz_image.c: libFuzzer target for the compiled model image reader (model_image.c).
**
** Once: a temporary data directory with small sources of every table, and the image they
** give (pc_model_save). Each input edits that valid image, so that mutations start from a
** structure the reader accepts: 6-byte records (u32 offset, little-endian, taken modulo the
** image size; one byte to XOR there; one flag byte: bit 0 truncates the image at that
** offset instead). Unless the input's first byte is odd, the body hash in the header is
** then recomputed, so the reader's later checks (sizes, offsets, slots) are what is tried.
** pc_model_load_dir must always succeed (a bad image means "parse the sources") and the
** model must annotate a fixed text and look up every key it holds, safely.
*/
#define _POSIX_C_SOURCE 200809L
#include <sys/stat.h>
#include <unistd.h>
#include "fuzz_common.h"
#include "lexicon.h"

static char dir[64];
static uint8_t *valid;
static size_t valid_len;

static void write_file(const char *name, const char *text) {
  char path[256];
  FILE *f;
  snprintf(path, sizeof path, "%s/%s", dir, name);
  f = fopen(path, "wb");
  FUZZ_CHECK(f != NULL, 0, 0);
  fputs(text, f);
  fclose(f);
}

/* the temporary directory goes at exit */
static void cleanup(void) {
  static const char *const names[] = {"places.tsv", "countries.tsv", "given_names.tsv", "demonyms.tsv",
                                      "common_words.tsv", "src/name_words.tsv", "model.bin", "src", ""};
  char path[256];
  size_t k;
  for (k = 0; k < sizeof names / sizeof names[0]; k++) {
    snprintf(path, sizeof path, "%s/%s", dir, names[k]);
    if (remove(path) != 0 && names[k][0] == '\0') rmdir(dir);
  }
}

static void setup(void) {
  char path[256], sub[256];
  pc_model *m = NULL;
  FILE *f;
  long n = 0;
  strcpy(dir, "/tmp/pc-fuzz-image-XXXXXX");
  FUZZ_CHECK(mkdtemp(dir) != NULL, 0, 0);
  atexit(cleanup);
  snprintf(sub, sizeof sub, "%s/src", dir);
  FUZZ_CHECK(mkdir(sub, 0700) == 0, 0, 0);
  write_file("places.tsv", "# places\nLyon\tcity\tFR\t500000\nParis\tcity\tFR\t2100000\nSaint-Denis\tcity\tFR\t110000\n"
                           "Rh\xc3\xb4ne\tdepartment\tFR\t0\nNairobi\tcity\tKE\t4000000\n");
  write_file("countries.tsv", "France\tFR\tfr\nKenya\tKE\ten\n");
  write_file("given_names.tsv", "Cyril\tm\tfr\nAlice\tf\ten\n");
  write_file("demonyms.tsv", "French\tFR\ten\nfran\xc3\xa7" "ais\tFR\tfr\n");
  write_file("common_words.tsv", "# words\nmarch\ten\npolice\ten,fr\nunion\ten\n");
  write_file("src/name_words.tsv", "Union\tORG_HEAD\tunion\nMinister\tTITLE,ROLE\t\nof\tCONNECTOR\t\n");
  FUZZ_CHECK(pc_model_load_sources(dir, &m) == PC_OK, 0, 0);
  snprintf(path, sizeof path, "%s/model.bin", dir);
  FUZZ_CHECK(pc_model_save(m, path) == PC_OK, 0, 0);
  pc_model_free(m);
  f = fopen(path, "rb");
  FUZZ_CHECK(f && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 88 && fseek(f, 0, SEEK_SET) == 0, 0, 0);
  valid_len = (size_t)n;
  valid = malloc(valid_len);
  FUZZ_CHECK(valid && fread(valid, 1, valid_len, f) == valid_len, 0, 0);
  fclose(f);
}

static const char sample[] =
  "LYON, France (AFP) - Alice Martin of the Police Union said 2,000 people marched in Paris "
  "and Saint-Denis on Saturday. Interior Minister Cyril Benoit met them in the Rh\xc3\xb4ne.";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  uint8_t *img;
  size_t len = valid_len, k;
  char path[256];
  FILE *f;
  pc_model *m = NULL;
  pc_document *d = NULL;
  pc_entities es = {NULL, 0, 0};
  int rc;
  if (!valid) setup();
  img = malloc(valid_len);
  FUZZ_CHECK(img != NULL, 0, 0);
  memcpy(img, valid, valid_len);
  for (k = 0; k + 6 <= size; k += 6) {
    size_t at = ((size_t)data[k] | (size_t)data[k + 1] << 8 | (size_t)data[k + 2] << 16 | (size_t)data[k + 3] << 24) % valid_len;
    if (data[k + 5] & 1) { if (at < len) len = at; }
    else img[at] ^= data[k + 4];
  }
  if (!(size > 0 && (data[0] & 1)) && len >= 88) {
    uint64_t h = pc_model_image_hash(img + 88, len - 88);
    for (k = 0; k < 8; k++) img[24 + k] = (uint8_t)(h >> (8 * k));
  }
  snprintf(path, sizeof path, "%s/model.bin", dir);
  f = fopen(path, "wb");
  FUZZ_CHECK(f && fwrite(img, 1, len, f) == len, len, 0);
  fclose(f);
  free(img);
  rc = pc_model_load_dir(dir, &m);
  FUZZ_CHECK(rc == PC_OK && m, rc, 0);
  FUZZ_CHECK(pc_model_count(m) < 64, pc_model_count(m), 0);
  /* an image that passes every check may still be a crafted one (entries in slots their
  ** hash does not lead to): lookups may then miss, but every one must be safe */
  for (k = 0; k < m->count; k++) {
    const pc_lex_entry *x = &m->entries[k];
    (void)pc_model_lookup(m, m->keys + x->key_off, x->key_len);
  }
  FUZZ_CHECK(pc_parse((const uint8_t *)sample, sizeof sample - 1, NULL, &d) == PC_OK, 0, 0);
  rc = pc_annotate_model(d, m, PC_TYPES_ALL, &es);
  FUZZ_CHECK(rc == PC_OK, rc, 0);
  fuzz_check_entities(&es, sizeof sample - 1, PC_TYPES_ALL);
  pc_entities_free(&es);
  pc_document_free(d);
  pc_model_free(m);
  return 0;
}
