/*
** bench_memory.c: peak memory (and time) for one very large article.
**
**   [PROTESTCORPUS_DATA=data] bench_memory MB figures|all FILE...
**
** Builds one article of at most MB * 1e6 bytes in memory: a "date 2026-01-31 ..." header
** line, then the paragraphs of FILE... (blocks between blank lines, header lines left
** out) repeated in order, joined by "\n\n". Then pc_parse, then pc_annotate_model with
** DATE|QUANTITY|MONEY|PERCENT ("figures") or every type ("all", with the name model of
** $PROTESTCORPUS_DATA when set, as pc.extract does).
** Reports the process's peak resident set (VmHWM of /proc/self/status, Linux) after each
** step, that peak minus the input's size, and the memory the step added beyond the input
** and the fixed part (RSS before the input: program + model) as a ratio of the input size;
** plus the wall time of each step. Run one size per process so that peaks do not mix.
*/
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "protestcorpus.h"

static void die(const char *what, int rc) {
  fprintf(stderr, "bench_memory: %s: %s\n", what, rc ? pc_errmsg(rc) : "failed");
  exit(1);
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* A "VmHWM:" or "VmRSS:" line of /proc/self/status, in bytes. */
static size_t proc_status(const char *key) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  size_t kb = 0, n = strlen(key);
  if (!f) die("/proc/self/status", 0);
  while (fgets(line, sizeof line, f))
    if (strncmp(line, key, n) == 0) kb = strtoul(line + n, NULL, 10);
  fclose(f);
  return kb * 1024;
}

static void report(const char *step, double t, size_t n, size_t hwm, size_t base) {
  double extra = (double)hwm - (double)base - (double)n;
  printf("  %-16s %8.3f s %7.1f MB/s   peak RSS %7.1f MB   peak - input %7.1f MB   "
         "peak - fixed - input = %.2f x input\n",
         step, t, (double)n / t / 1e6, hwm / 1e6, ((double)hwm - (double)n) / 1e6, extra / (double)n);
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf;
  long size;
  if (!f || fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) die(path, 0);
  if (!(buf = malloc((size_t)size + 1)) || fread(buf, 1, (size_t)size, f) != (size_t)size) die(path, 0);
  fclose(f);
  buf[size] = '\0';
  *len = (size_t)size;
  return buf;
}

/* Appends the paragraphs of src to text[*n..cap) again and again until the next one
** does not fit; returns the number of paragraphs written. */
static size_t fill(char *text, size_t *n, size_t cap, char **srcs, size_t nsrc) {
  size_t written = 0, progress;
  do {
    size_t s;
    progress = 0;
    for (s = 0; s < nsrc; s++) {
      const char *p = srcs[s];
      while (*p) {
        const char *end = strstr(p, "\n\n"), *next;
        size_t len;
        if (!end) end = p + strlen(p);
        next = *end ? end + 2 : end;
        while (end > p && (end[-1] == '\n' || end[-1] == ' ')) end--;
        len = (size_t)(end - p);
        if (len > 0 && strncmp(p, "date ", 5) != 0) {
          if (*n + len + 2 > cap) return written;
          memcpy(text + *n, p, len);
          memcpy(text + *n + len, "\n\n", 2);
          *n += len + 2;
          written++;
          progress = 1;
        }
        p = next;
      }
    }
  } while (progress);
  return written;
}

int main(int argc, char **argv) {
  const char *header = "date 2026-01-31 Benchmark article made of repeated example paragraphs\n\n";
  double mb = argc > 1 ? atof(argv[1]) : 0;
  const char *which = argc > 2 ? argv[2] : "";
  unsigned types = strcmp(which, "all") == 0 ? PC_TYPES_ALL
                   : PC_TYPE_BIT(PC_ENT_DATE) | PC_TYPE_BIT(PC_ENT_QUANTITY) |
                     PC_TYPE_BIT(PC_ENT_MONEY) | PC_TYPE_BIT(PC_ENT_PERCENT);
  const char *data = strcmp(which, "all") == 0 ? getenv("PROTESTCORPUS_DATA") : NULL;
  pc_model *model = NULL;
  size_t cap, n, nsrc = (size_t)(argc > 3 ? argc - 3 : 0), i, paras, base, hwm_parse, hwm_all;
  char **srcs;
  char *text;
  pc_document *doc;
  pc_entities ents = {NULL, 0, 0};
  double t0, t_parse, t_annot;
  int rc;
  if (mb <= 0 || nsrc == 0 || (strcmp(which, "all") != 0 && strcmp(which, "figures") != 0)) {
    fprintf(stderr, "usage: bench_memory MB figures|all FILE...\n");
    return 2;
  }
  if (!(srcs = malloc(nsrc * sizeof *srcs))) die("malloc", 0);
  for (i = 0; i < nsrc; i++) srcs[i] = read_file(argv[i + 3], &n);
  if (data && *data && (rc = pc_model_load_dir(data, &model))) die(data, rc);
  base = proc_status("VmRSS:");

  cap = (size_t)(mb * 1e6);
  if (!(text = malloc(cap))) die("malloc", 0);
  n = strlen(header);
  memcpy(text, header, n);
  paras = fill(text, &n, cap, srcs, nsrc);
  for (i = 0; i < nsrc; i++) free(srcs[i]);
  free(srcs);

  t0 = now();
  if ((rc = pc_parse((const uint8_t *)text, n, NULL, &doc))) die("pc_parse", rc);
  t_parse = now() - t0;
  hwm_parse = proc_status("VmHWM:");
  t0 = now();
  if ((rc = pc_annotate_model(doc, model, types, &ents))) die("pc_annotate_model", rc);
  t_annot = now() - t0;
  hwm_all = proc_status("VmHWM:");

  printf("input %zu bytes (%zu paragraphs): %zu segments, %zu sentences, %zu entities; "
         "fixed RSS before input %.1f MB (name model: %s); MB = 1e6 bytes\n",
         n, paras, doc->nsegments, doc->nsentences, ents.count, base / 1e6, model ? data : "none");
  report("parse", t_parse, n, hwm_parse, base);
  report(types != PC_TYPES_ALL ? "+annotate(figs)" : model ? "+annotate(model)" : "+annotate(all)",
         t_annot, n, hwm_all, base);

  pc_entities_free(&ents);
  pc_document_free(doc);
  pc_model_free(model);
  free(text);
  return 0;
}
