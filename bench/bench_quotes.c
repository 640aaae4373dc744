/*
** bench_quotes.c: what the quote annotator costs on top of extraction, single thread.
**
**   PROTESTCORPUS_DATA=data bench_quotes CORPUS.rec [RUNS [CASE]]
**   (CASE extract or quotes: run only that pass, e.g. under `perf stat -e instructions:u`,
**   whose counts do not depend on what else the machine runs)
**
** Over every article of the corpus (make_corpus.lua), one at a time, with the name model:
**   extract           pc_parse + pc_annotate_doc (annotators PC_ANN_ENTITIES) + free
**   extract+quotes    the same with PC_ANN_ALL: the quote annotator after names, on the
**                     tokens the driver made once
** The two cases alternate RUNS times (default 5) so that a busy machine slows both alike;
** the best CPU time (CLOCK_PROCESS_CPUTIME_ID: less noisy than wall time on a shared machine) of each is kept. Prints MB/s (1e6 bytes) of both,
** the quotations found, and the slowdown in percent (issue 12: at most 10).
*/
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "protestcorpus.h"

typedef struct doc_ref {
  const uint8_t *text;
  size_t len;
} doc_ref;

static void die(const char *what, int rc) {
  fprintf(stderr, "bench_quotes: %s: %s\n", what, rc ? pc_errmsg(rc) : "failed");
  exit(1);
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Reads the corpus; splits its "<count>\n<bytes>\n" records into *docs. */
static uint8_t *load_corpus(const char *path, doc_ref **docs, size_t *ndocs, size_t *bytes) {
  FILE *f = fopen(path, "rb");
  uint8_t *buf;
  long size;
  size_t pos = 0, cap = 0;
  if (!f) die(path, 0);
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = malloc((size_t)size + 1);
  if (!buf || fread(buf, 1, (size_t)size, f) != (size_t)size) die("read corpus", 0);
  fclose(f);
  *docs = NULL;
  *ndocs = *bytes = 0;
  while (pos < (size_t)size) {
    size_t n = 0;
    while (pos < (size_t)size && buf[pos] >= '0' && buf[pos] <= '9') n = n * 10 + (size_t)(buf[pos++] - '0');
    if (pos >= (size_t)size || buf[pos] != '\n' || pos + 1 + n > (size_t)size) die("corpus format", 0);
    pos++;
    if (*ndocs == cap) {
      cap = cap ? cap * 2 : 1024;
      if (!(*docs = realloc(*docs, cap * sizeof **docs))) die("memory", 0);
    }
    (*docs)[*ndocs].text = buf + pos;
    (*docs)[*ndocs].len = n;
    (*ndocs)++;
    *bytes += n;
    pos += n + 1;
  }
  return buf;
}

/* One pass over the corpus through the driver, with or without the quote annotator;
** returns its time and adds the quotations found to *nq. */
static double pass(const doc_ref *docs, size_t ndocs, const pc_model *m, int quotes, size_t *nq) {
  double t0 = now();
  size_t k;
  pc_annotate_options o;
  pc_annotate_options_init(&o);
  o.annotators = quotes ? PC_ANN_ALL : PC_ANN_ENTITIES;
  for (k = 0; k < ndocs; k++) {
    pc_document *doc = NULL;
    pc_annotations a;
    int rc = pc_parse(docs[k].text, docs[k].len, NULL, &doc);
    if (rc) die("parse", rc);
    if ((rc = pc_annotate_doc(doc, m, &o, &a))) die("annotate", rc);
    *nq += a.quotes.count;
    pc_annotations_free(&a);
    pc_document_free(doc);
  }
  return now() - t0;
}

int main(int argc, char **argv) {
  const char *dir = getenv("PROTESTCORPUS_DATA");
  doc_ref *docs;
  size_t ndocs, bytes, nq = 0;
  pc_model *m = NULL;
  int runs = argc > 2 ? atoi(argv[2]) : 5, r, rc;
  double best[2] = {1e30, 1e30};
  uint8_t *buf;
  if (argc < 2) { fprintf(stderr, "usage: bench_quotes CORPUS.rec [RUNS [extract|quotes]]\n"); return 2; }
  if ((rc = pc_model_load_dir(dir ? dir : "data", &m))) die("model", rc);
  buf = load_corpus(argv[1], &docs, &ndocs, &bytes);
  if (argc > 3) {
    double t = pass(docs, ndocs, m, strcmp(argv[3], "quotes") == 0, &nq);
    printf("%s: %.2f MB/s, %zu quotations\n", argv[3], (double)bytes / 1e6 / t, nq);
    pc_model_free(m);
    free(docs);
    free(buf);
    return 0;
  }
  for (r = 0; r < runs; r++) {
    double a = pass(docs, ndocs, m, 0, &nq), b;
    nq = 0;
    b = pass(docs, ndocs, m, 1, &nq);
    if (a < best[0]) best[0] = a;
    if (b < best[1]) best[1] = b;
  }
  printf("corpus: %zu articles, %.1f MB; %zu quotations; best of %d runs\n", ndocs, (double)bytes / 1e6, nq, runs);
  printf("  extract          %8.2f MB/s\n", (double)bytes / 1e6 / best[0]);
  printf("  extract+quotes   %8.2f MB/s\n", (double)bytes / 1e6 / best[1]);
  printf("  quotes cost      %8.1f %% of extraction time\n", 100.0 * (best[1] - best[0]) / best[0]);
  pc_model_free(m);
  free(docs);
  free(buf);
  return 0;
}
