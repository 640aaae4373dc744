/* tools/ner_scores.c -- the C side of `make check-ner`: scores spans with csrc/ner_model.c.
** Reads lines "START END TEXT" (TEXT with newlines written as byte 0x01) on stdin and prints
** "CLASS S0 S1 S2 S3" per line; tools/train_ner.py --check compares them with its own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ner_model.h"

int main(void) {
  static char line[1 << 20];
  while (fgets(line, sizeof line, stdin)) {
    size_t s, e, n;
    int off = 0, best;
    long sc[PC_NER_CLASSES];
    char *t, *p;
    if (sscanf(line, "%zu %zu %n", &s, &e, &off) < 2) continue;
    t = line + off;
    n = strlen(t);
    if (n && t[n - 1] == '\n') t[--n] = 0;
    for (p = t; *p; p++)
      if (*p == '\x01') *p = '\n';
    best = pc_ner_classify((const unsigned char *)t, n, s, e, sc);
    printf("%d %ld %ld %ld %ld\n", best, sc[0], sc[1], sc[2], sc[3]);
  }
  return 0;
}
