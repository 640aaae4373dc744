/*
** test_quotes.c: unit tests of the quote annotator (quotes.c) through the C API:
** pc_parse + pc_annotate_model + pc_quotes_document, on short articles written for these
** tests. The model is read from $PC_DATA (default: data). Prints "N passed, N failed".
** With --dump FILE...: prints one JSON line per file, {"id", "quotes": [...]} with 0-based
** end-exclusive offsets, the form ../shared/tools/score.py reads (a development aid).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
#include "quotes.h"

static int passed, failed;

static pc_model *load_model(void) {
  const char *dir = getenv("PC_DATA");
  pc_model *m = NULL;
  if (pc_model_load_dir(dir ? dir : "data", &m) != PC_OK) return NULL;
  return m;
}

/* Runs the whole chain on text; the caller frees doc, ents and qs. */
static int run(const pc_model *m, const char *text, size_t len, pc_document **doc, pc_entities *ents, pc_quotes *qs) {
  int rc = pc_parse((const uint8_t *)text, len, NULL, doc);
  if (rc) return rc;
  if ((rc = pc_annotate_model(*doc, m, PC_TYPES_ALL, ents))) return rc;
  return pc_quotes_document(*doc, ents, qs);
}

static void json_str(FILE *f, const uint8_t *s, size_t a, size_t b) {
  size_t i;
  fputc('"', f);
  for (i = a; i < b; i++) {
    uint8_t c = s[i];
    if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
    else if (c < 0x20) fprintf(f, "\\u%04x", c);
    else fputc(c, f);
  }
  fputc('"', f);
}

static int dump(const pc_model *m, int argc, char **argv) {
  int k;
  for (k = 0; k < argc; k++) {
    FILE *f = fopen(argv[k], "rb");
    char *buf;
    long len;
    size_t i;
    const char *base = strrchr(argv[k], '/');
    pc_document *doc = NULL;
    pc_entities ents = {0};
    pc_quotes qs = {0};
    if (!f) { fprintf(stderr, "cannot open %s\n", argv[k]); return 2; }
    fseek(f, 0, SEEK_END);
    len = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)len + 1);
    if (!buf || fread(buf, 1, (size_t)len, f) != (size_t)len) { fclose(f); free(buf); return 2; }
    fclose(f);
    if (run(m, buf, (size_t)len, &doc, &ents, &qs)) { fprintf(stderr, "failed on %s\n", argv[k]); return 2; }
    printf("{\"id\": ");
    json_str(stdout, (const uint8_t *)(base ? base + 1 : argv[k]), 0, strlen(base ? base + 1 : argv[k]));
    printf(", \"quotes\": [");
    for (i = 0; i < qs.count; i++) {
      const pc_quote *q = &qs.items[i];
      printf("%s{\"start\": %zu, \"end\": %zu, \"kind\": \"%s\", \"text\": ", i ? ", " : "", q->span.start, q->span.end,
             pc_quote_kind_name(q->kind));
      json_str(stdout, doc->text, q->span.start, q->span.end);
      if (q->speaker >= 0) {
        const pc_entity *e = &ents.items[q->speaker];
        pc_span c = e->canonical.end > e->canonical.start ? e->canonical : e->span;
        printf(", \"speaker\": ");
        json_str(stdout, doc->text, c.start, c.end);
      }
      if (q->cue.end > q->cue.start) {
        printf(", \"cue\": ");
        json_str(stdout, doc->text, q->cue.start, q->cue.end);
      }
      printf("}");
    }
    printf("]}\n");
    pc_quotes_free(&qs);
    pc_entities_free(&ents);
    pc_document_free(doc);
    free(buf);
  }
  return 0;
}

int main(int argc, char **argv) {
  pc_model *m = load_model();
  int rc;
  if (argc > 1 && strcmp(argv[1], "--dump") == 0) {
    rc = dump(m, argc - 2, argv + 2);
    pc_model_free(m);
    return rc;
  }
  printf("%d passed, %d failed\n", passed, failed);
  pc_model_free(m);
  return failed ? 1 : 0;
}
