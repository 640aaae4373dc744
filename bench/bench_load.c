/*
** bench_load.c: the time to load the name model, as a process that starts and loads it.
**
**   bench_load DATA_DIR [REPEAT]
**
** Loads DATA_DIR's model (pc_model_load_dir) REPEAT times (default 1) and prints, for the
** first load and for the median of the repeats, the wall time in milliseconds (and the
** CPU time of the first load), whether it
** came from the compiled image and the entry count. REPEAT > 1 is for `perf record` (the
** page cache and the allocator are then warm); process starts are what bench_load.lua
** times (one load each, as a command-line run does).
*/
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "protestcorpus.h"

static double ms_of(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec * 1e-6;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
  int repeat = argc > 2 ? atoi(argv[2]) : 1, r, image = 0;
  size_t count = 0;
  double *ms, cpu0 = 0;
  if (argc < 2 || repeat < 1) {
    fprintf(stderr, "usage: bench_load DATA_DIR [REPEAT]\n");
    return 2;
  }
  if (!(ms = malloc((size_t)repeat * sizeof *ms))) return 1;
  for (r = 0; r < repeat; r++) {
    pc_model *m = NULL;
    double t0 = ms_of(CLOCK_MONOTONIC), c0 = ms_of(CLOCK_PROCESS_CPUTIME_ID);
    int rc = pc_model_load_dir(argv[1], &m);
    ms[r] = ms_of(CLOCK_MONOTONIC) - t0;
    if (r == 0) cpu0 = ms_of(CLOCK_PROCESS_CPUTIME_ID) - c0;
    if (rc) {
      fprintf(stderr, "bench_load: %s: %s\n", argv[1], pc_errmsg(rc));
      return 1;
    }
    image = pc_model_from_image(m);
    count = pc_model_count(m);
    pc_model_free(m);
  }
  printf("load_ms %.3f cpu_ms %.3f", ms[0], cpu0);
  if (repeat > 1) {
    qsort(ms, (size_t)repeat, sizeof *ms, cmp_double);
    printf(" median_of_%d %.3f", repeat, ms[repeat / 2]);
  }
  printf(" image %d entries %zu\n", image, count);
  free(ms);
  return 0;
}
