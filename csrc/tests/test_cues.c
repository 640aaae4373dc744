/*
** test_cues.c: unit tests of the events layer's cue annotator (cues.c) through its C API:
** the words (lowercased as events/lexicon.lua does, split at apostrophes, hyphens and
** punctuation, UTF-8 letters kept, broken sequences skipped), LONGEST matching (longest
** phrase, exact before prefix, no overlap, the first added on a tie), ALL matching, and the
** refusal of malformed lists and bad arguments. Prints "N passed, N failed".
*/
#include <stdio.h>
#include <string.h>
#include "cues.h"
#include "protestcorpus.h"

static int passed, failed;

static void check(int ok, const char *what) {
  if (ok) passed++;
  else { failed++; printf("FAIL %s\n", what); }
}

/* The words of a scan joined by '|', into buf. */
static const char *joined(const pc_cue_scan *sc, char *buf, size_t cap) {
  size_t k, n = 0;
  buf[0] = '\0';
  for (k = 0; k < sc->nwords; k++) {
    size_t len = sc->words[k].end - sc->words[k].start;
    if (n + len + 2 >= cap) break;
    if (k) buf[n++] = '|';
    memcpy(buf + n, sc->low + (sc->words[k].start - sc->start), len);
    n += len;
    buf[n] = '\0';
  }
  return buf;
}

static int has_hit(const pc_cue_scan *sc, uint32_t list, uint32_t entry, uint32_t i, uint32_t j) {
  size_t k;
  for (k = 0; k < sc->nhits; k++)
    if (sc->hits[k].list == list && sc->hits[k].entry == entry && sc->hits[k].i == i && sc->hits[k].j == j) return 1;
  return 0;
}

static void test_words(void) {
  pc_cues *c = NULL;
  pc_cue_scan sc;
  char buf[512];
  const char *t1 = "L'INTERSYNDICALE appelle: Sit-in \xC3\x89TUDIANTS \xC3\x97" "2, 5\xE2\x82\xAC \xE2\x80\x99x\xE2\x80\x9D.";
  const char *t2 = "ab\xC3 c\xF0\x9F\x98\x80" "d \xE2\x80 e\xC2\xA0" "f";
  memset(&sc, 0, sizeof sc);
  check(pc_cues_new(&c) == PC_OK, "new");
  check(pc_cues_scan(c, (const uint8_t *)t1, 0, strlen(t1), NULL, 0, &sc) == PC_OK, "scan words");
  /* the multiplication sign is not lowered (a letter, as the euro sign: lexicon.lua's) */
  check(strcmp(joined(&sc, buf, sizeof buf), "l|intersyndicale|appelle|sit|in|\xC3\xA9tudiants|\xC3\x97" "2|5\xE2\x82\xAC|x") == 0,
        "words: apostrophes, hyphens, Latin-1 capitals, U+2000-U+203F");
  check(sc.words[0].start == 0 && sc.words[0].end == 1 && sc.words[1].start == 2, "word offsets");
  /* words of an ASCII capital in the text ("\xC3\x89TUDIANTS" is not one) */
  check(sc.ncaps == 3 && sc.caps[0] == 0 && sc.caps[1] == 1 && sc.caps[2] == 3, "capitals");
  check(pc_cues_scan(c, (const uint8_t *)t2, 0, strlen(t2), NULL, 0, &sc) == PC_OK, "scan broken UTF-8");
  /* a lead byte without its continuation is skipped; NBSP (U+00A0) separates */
  check(strcmp(joined(&sc, buf, sizeof buf), "ab|c\xF0\x9F\x98\x80" "d|e|f") == 0, "words: broken sequences, NBSP");
  /* a sentence inside a text: offsets into the text, a letter cut by the end is not one */
  check(pc_cues_scan(c, (const uint8_t *)t1, 26, 32, NULL, 0, &sc) == PC_OK && sc.nwords == 2 &&
        sc.words[0].start == 26 && strcmp(joined(&sc, buf, sizeof buf), "sit|in") == 0, "a range of the text");
  check(pc_cues_scan(c, (const uint8_t *)t1, 33, 34, NULL, 0, &sc) == PC_OK && sc.nwords == 0, "half a letter");
  check(pc_cues_scan(c, (const uint8_t *)"", 0, 0, NULL, 0, &sc) == PC_OK && sc.nwords == 0, "empty");
  pc_cue_scan_free(&sc);
  pc_cue_scan_free(&sc);
  pc_cues_free(c);
}

static void test_matching(void) {
  pc_cues *c = NULL;
  pc_cue_scan sc;
  uint32_t a, b, lists[2];
  const char *la = "strike\ngeneral strike\n\nstrik*\ngreve*\nla greve\nsit in";
  const char *lb = "strike\nthe unions\nthe union\nthe unions said";
  const char *t = "The general strike: strikers strike; THE UNIONS said a sit-in, la gr\xC3\xA8ve.";
  memset(&sc, 0, sizeof sc);
  check(pc_cues_new(&c) == PC_OK, "new");
  check(pc_cues_add(c, la, strlen(la), PC_CUES_LONGEST, &a) == PC_OK && a == 0, "add longest");
  check(pc_cues_add(c, lb, strlen(lb), PC_CUES_ALL, &b) == PC_OK && b == 1, "add all");
  check(pc_cues_count(c) == 2, "count");
  lists[0] = a;
  lists[1] = b;
  check(pc_cues_scan(c, (const uint8_t *)t, 0, strlen(t), lists, 2, &sc) == PC_OK, "scan");
  /* words: the general strike strikers strike the unions said a sit in la grève */
  check(has_hit(&sc, 0, 2, 1, 2), "longest: 'general strike' over 'strike'");
  check(has_hit(&sc, 0, 4, 3, 3), "a prefix: 'strikers'");
  check(has_hit(&sc, 0, 1, 4, 4), "exact before prefix on a tie: 'strike'");
  check(has_hit(&sc, 0, 7, 9, 10), "'sit in' from 'sit-in'");
  check(!has_hit(&sc, 0, 5, 12, 12) && !has_hit(&sc, 0, 6, 11, 12), "'greve' is not 'gr\xC3\xA8ve' (bytes)");
  check(has_hit(&sc, 1, 1, 2, 2) && has_hit(&sc, 1, 1, 4, 4), "all: every 'strike'");
  check(has_hit(&sc, 1, 2, 5, 6) && has_hit(&sc, 1, 4, 5, 7) && !has_hit(&sc, 1, 3, 5, 6),
        "all: every phrase at a word, not a mere prefix of a word");
  check(sc.nhits == 8, "no other hit");
  /* a list scanned alone, and no list */
  check(pc_cues_scan(c, (const uint8_t *)t, 0, strlen(t), lists + 1, 1, &sc) == PC_OK && sc.nhits == 4, "one list");
  check(pc_cues_scan(c, (const uint8_t *)t, 0, strlen(t), NULL, 0, &sc) == PC_OK && sc.nhits == 0, "no list");
  pc_cue_scan_free(&sc);
  pc_cues_free(c);
}

static void test_errors(void) {
  pc_cues *c = NULL;
  pc_cue_scan sc;
  uint32_t id, bad = 5;
  const char *t = "a b";
  char longp[200];
  size_t k;
  memset(&sc, 0, sizeof sc);
  check(pc_cues_new(NULL) == PC_EINVAL, "new(NULL)");
  check(pc_cues_new(&c) == PC_OK, "new");
  check(pc_cues_add(c, "ab*", 3, PC_CUES_LONGEST, &id) == PC_EFORMAT, "a first prefix under 3 bytes");
  check(pc_cues_add(c, "abc x*", 6, PC_CUES_ALL, &id) == PC_EFORMAT, "a prefix in an ALL list");
  check(pc_cues_add(c, "a  b", 4, PC_CUES_LONGEST, &id) == PC_EFORMAT, "an empty word");
  check(pc_cues_add(c, "a*b", 3, PC_CUES_LONGEST, &id) == PC_EFORMAT, "a star inside a word");
  for (k = 0; k < sizeof longp - 1; k++) longp[k] = (k % 2) ? ' ' : 'w';
  longp[sizeof longp - 1] = '\0';
  check(pc_cues_add(c, longp, strlen(longp), PC_CUES_LONGEST, &id) == PC_EFORMAT, "too many words");
  check(pc_cues_add(c, "a", 1, 7, &id) == PC_EINVAL, "unknown mode");
  check(pc_cues_add(c, NULL, 1, PC_CUES_ALL, &id) == PC_EINVAL, "NULL spec");
  check(pc_cues_add(c, "", 0, PC_CUES_ALL, &id) == PC_OK && id == 0, "an empty list");
  check(pc_cues_count(c) == 1, "failed adds add nothing");
  check(pc_cues_scan(c, (const uint8_t *)t, 0, 3, &bad, 1, &sc) == PC_EINVAL, "unknown list");
  check(pc_cues_scan(c, (const uint8_t *)t, 2, 1, NULL, 0, &sc) == PC_EINVAL, "start after end");
  check(pc_cues_scan(c, NULL, 0, 1, NULL, 0, &sc) == PC_EINVAL, "NULL text");
  check(pc_cues_scan(NULL, (const uint8_t *)t, 0, 1, NULL, 0, &sc) == PC_EINVAL, "NULL set");
  pc_cue_scan_free(&sc);
  pc_cues_free(c);
  pc_cues_free(NULL);
}

int main(void) {
  test_words();
  test_matching();
  test_errors();
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
