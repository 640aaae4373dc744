/*
** bench_core.c: single-thread throughput of the C core, no Lua.
**
**   [PROTESTCORPUS_DATA=data] bench_core CORPUS.rec [RUNS [CASE]]
**   (CASE: run only the case of that name, e.g. under perf record)
**
** Over every article of the corpus (make_corpus.lua), one at a time, measures:
**   parse                          pc_parse (meta, segments, paragraphs, sentences) + free
**   parse+annotate(dates,figures)  the same + pc_annotate(DATE|QUANTITY|MONEY|PERCENT)
**   parse+annotate(all,no model)   the same + pc_annotate(PC_TYPES_ALL): names by rules alone
**   parse+annotate(all,model)      the same + pc_annotate_model(PC_TYPES_ALL) with the name
**                                  model of $PROTESTCORPUS_DATA (skipped when unset); this is
**                                  what pc.extract does
**   parse+annotate_doc(all,model)  pc_parse + pc_annotate_doc with every annotator (entities of
**                                  every type, quotations) and the model: what the CLI's
**                                  extract computes (skipped without PROTESTCORPUS_DATA)
**   parse+annotate_doc+json        the same + pc_json_record of each document into a buffer:
**                                  the CLI's work without reading input or Lua
**   tokenize(sentences)            pc_tokenize of every sentence of documents parsed
**                                  beforehand (bytes = the sentences' bytes)
** Each case runs RUNS times (default 5); the best wall time (CLOCK_MONOTONIC) is kept, and
** the best CPU time of the process (CLOCK_PROCESS_CPUTIME_ID: less sensitive to other work
** on a shared machine) is printed last.
** MB = 1e6 bytes. One core: nothing here is threaded.
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

static doc_ref *docs;
static size_t ndocs;
static size_t corpus_bytes;

static void die(const char *what, int rc) {
  fprintf(stderr, "bench_core: %s: %s\n", what, rc ? pc_errmsg(rc) : "failed");
  exit(1);
}

static double clock_s(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double now(void) { return clock_s(CLOCK_MONOTONIC); }

/* Reads the whole file; splits its "<count>\n<bytes>\n" records into docs[]. */
static uint8_t *load_corpus(const char *path) {
  FILE *f = fopen(path, "rb");
  uint8_t *buf;
  long size;
  size_t pos = 0, cap = 0;
  if (!f || fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) die(path, 0);
  buf = malloc((size_t)size + 1);
  if (!buf || fread(buf, 1, (size_t)size, f) != (size_t)size) die(path, 0);
  fclose(f);
  buf[size] = '\0';
  while (pos < (size_t)size) {
    char *end;
    unsigned long n = strtoul((const char *)buf + pos, &end, 10);
    pos = (size_t)((uint8_t *)end - buf);
    if (buf[pos] != '\n' || pos + 1 + n + 1 > (size_t)size) die("corpus record", 0);
    if (ndocs == cap) {
      doc_ref *grown;
      cap = cap ? cap * 2 : 1024;
      if (!(grown = realloc(docs, cap * sizeof *docs))) die("realloc", 0);
      docs = grown;
    }
    docs[ndocs].text = buf + pos + 1;
    docs[ndocs].len = n;
    ndocs++;
    corpus_bytes += n;
    pos += 1 + n + 1;
  }
  return buf;
}

static pc_model *model; /* NULL when PROTESTCORPUS_DATA is unset */

/* One pass of parse (+ annotate when types != 0, with model m) over the corpus; returns a
** checksum (sentences + entities) so the work cannot be skipped and runs can be compared. */
static size_t pass_parse(unsigned types, const pc_model *m) {
  pc_parse_options opts;
  pc_entities ents = {NULL, 0, 0};
  size_t i, sum = 0;
  int rc;
  pc_parse_options_init(&opts);
  for (i = 0; i < ndocs; i++) {
    pc_document *doc;
    if ((rc = pc_parse(docs[i].text, docs[i].len, &opts, &doc))) die("pc_parse", rc);
    sum += doc->nsentences;
    if (types) {
      ents.count = 0; /* the array is reused from article to article */
      if ((rc = pc_annotate_model(doc, m, types, &ents))) die("pc_annotate_model", rc);
      sum += ents.count;
    }
    pc_document_free(doc);
  }
  pc_entities_free(&ents);
  return sum;
}

/* One pass of parse + the whole annotation record (+ its JSON line when json); returns
** sentences + entities + quotes (+ JSON bytes). */
static size_t pass_doc(const pc_model *m, int json) {
  pc_buffer b = {NULL, 0, 0};
  size_t i, sum = 0;
  int rc;
  for (i = 0; i < ndocs; i++) {
    pc_document *doc;
    pc_annotations ann;
    if ((rc = pc_parse(docs[i].text, docs[i].len, NULL, &doc))) die("pc_parse", rc);
    if ((rc = pc_annotate_doc(doc, m, NULL, &ann))) die("pc_annotate_doc", rc);
    sum += doc->nsentences + ann.entities.count + ann.quotes.count;
    if (json) {
      b.len = 0; /* the buffer is reused from article to article */
      if ((rc = pc_json_record(&b, doc, &ann, NULL))) die("pc_json_record", rc);
      sum += b.len;
    }
    pc_annotations_free(&ann);
    pc_document_free(doc);
  }
  pc_buffer_free(&b);
  return sum;
}

static pc_document **parsed;

/* One pass of pc_tokenize over every sentence of the parsed documents; returns the
** number of tokens. */
static size_t pass_tokenize(void) {
  pc_tokens toks = {NULL, 0, 0};
  size_t i, k, sum = 0;
  int rc;
  for (i = 0; i < ndocs; i++) {
    const pc_document *doc = parsed[i];
    for (k = 0; k < doc->nsentences; k++) {
      toks.count = 0;
      if ((rc = pc_tokenize(doc->text, doc->sentences[k].span.start, doc->sentences[k].span.end, &toks)))
        die("pc_tokenize", rc);
      sum += toks.count;
    }
  }
  pc_tokens_free(&toks);
  return sum;
}

enum { CASE_PARSE, CASE_FIGURES, CASE_ALL, CASE_MODEL, CASE_DOC, CASE_JSON, CASE_TOKENIZE };

static const char *only; /* CASE argument, or NULL */

static void run_case(const char *name, int which, size_t bytes, int runs) {
  const unsigned figures = PC_TYPE_BIT(PC_ENT_DATE) | PC_TYPE_BIT(PC_ENT_QUANTITY) |
                           PC_TYPE_BIT(PC_ENT_MONEY) | PC_TYPE_BIT(PC_ENT_PERCENT);
  double best = 1e30, worst = 0, best_cpu = 1e30;
  size_t check = 0;
  int r;
  if (only && strcmp(name, only) != 0) return;
  for (r = 0; r < runs; r++) {
    double t0 = now(), c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID), dt, dc;
    size_t sum = which == CASE_PARSE     ? pass_parse(0, NULL)
                 : which == CASE_FIGURES ? pass_parse(figures, NULL)
                 : which == CASE_ALL     ? pass_parse(PC_TYPES_ALL, NULL)
                 : which == CASE_MODEL   ? pass_parse(PC_TYPES_ALL, model)
                 : which == CASE_DOC     ? pass_doc(model, 0)
                 : which == CASE_JSON    ? pass_doc(model, 1)
                                         : pass_tokenize();
    dt = now() - t0;
    dc = clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
    if (dc < best_cpu) best_cpu = dc;
    if (r > 0 && sum != check) die("checksum differs between runs", 0);
    check = sum;
    if (dt < best) best = dt;
    if (dt > worst) worst = dt;
  }
  printf("%-31s %10zu %9.4f %9.4f %9.1f   %-9zu %9.4f\n", name, bytes, best, worst, (double)bytes / best / 1e6,
         check, best_cpu);
  fflush(stdout);
}

int main(int argc, char **argv) {
  int runs = argc > 2 ? atoi(argv[2]) : 5;
  const char *data = getenv("PROTESTCORPUS_DATA");
  double t_model = 0;
  uint8_t *buf;
  size_t i, k, sentence_bytes = 0;
  int rc;
  if (argc < 2 || runs < 1) {
    fprintf(stderr, "usage: bench_core CORPUS.rec [RUNS [CASE]]\n");
    return 2;
  }
  only = argc > 3 ? argv[3] : NULL;
  buf = load_corpus(argv[1]);
  if (data && *data) {
    t_model = now();
    if ((rc = pc_model_load_dir(data, &model))) die(data, rc);
    t_model = now() - t_model;
  }
  printf("bench_core (protestcorpus %s): %zu articles, %zu bytes; best of %d runs, wall clock; "
         "MB = 1e6 bytes; one thread\n", PC_VERSION, ndocs, corpus_bytes, runs);
  if (model) printf("name model: %s, %zu entries, loaded in %.3f s\n", data, pc_model_count(model), t_model);
  else printf("name model: none (PROTESTCORPUS_DATA unset)\n");
  printf("%-31s %10s %9s %9s %9s   %-9s %9s\n", "case", "bytes", "best s", "worst s", "MB/s", "check", "cpu s");

  run_case("parse", CASE_PARSE, corpus_bytes, runs);
  run_case("parse+annotate(dates,figures)", CASE_FIGURES, corpus_bytes, runs);
  run_case("parse+annotate(all,no model)", CASE_ALL, corpus_bytes, runs);
  if (model) run_case("parse+annotate(all,model)", CASE_MODEL, corpus_bytes, runs);
  if (model) run_case("parse+annotate_doc(all,model)", CASE_DOC, corpus_bytes, runs);
  if (model) run_case("parse+annotate_doc+json", CASE_JSON, corpus_bytes, runs);

  if (!(parsed = malloc(ndocs * sizeof *parsed))) die("malloc", 0);
  for (i = 0; i < ndocs; i++) {
    if ((rc = pc_parse(docs[i].text, docs[i].len, NULL, &parsed[i]))) die("pc_parse", rc);
    for (k = 0; k < parsed[i]->nsentences; k++)
      sentence_bytes += parsed[i]->sentences[k].span.end - parsed[i]->sentences[k].span.start;
  }
  run_case("tokenize(sentences)", CASE_TOKENIZE, sentence_bytes, runs);
  printf("check: sentences (+ entities, + quotes, + JSON bytes) per pass; tokens for tokenize\n");

  for (i = 0; i < ndocs; i++) pc_document_free(parsed[i]);
  free(parsed);
  pc_model_free(model);
  free(docs);
  free(buf);
  return 0;
}
