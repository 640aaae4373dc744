/*
** fuzz_cues.c: libFuzzer target for the events layer's cue annotator (cues.c): fixed
** phrase lists (exact, prefix and several-word phrases, LONGEST and ALL) plus lists read
** from the input itself (its first line as a spec, which must be taken or refused with
** PC_EFORMAT), scanned over every sentence of the parsed input and over a range that
** bytes 1-4 pick (anywhere, inside UTF-8 sequences too). Invariants: words inside their
** range, in order, not empty, not overlapping, no ASCII letter or digit just outside one;
** the words of an ASCII capital listed, in order, and no other;
** hits of the lists asked for, entries that exist, word indexes in order; LONGEST matches
** never overlap. The fuzz_common.h header layout (seeds shared with the other targets).
*/
#include "fuzz_common.h"
#include "cues.h"

static const char *const fixed[] = {
  "strike\ngeneral strike\nstrik*\ngrève*\nla grève\nsit in\nhunger strike\nmarch*\nrally",
  "the union\nthe unions\nthe unions said\nselon\nd après\nà l appel de",
};

static int ascii_alnum(uint8_t b) {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
}

static void check_scan(const pc_cue_scan *sc, const uint8_t *text, size_t a, size_t b, const uint32_t *lists,
                       size_t nlists, const uint32_t *nentries, const int *mode) {
  size_t k, last_end = a;
  FUZZ_CHECK(sc->start == a, sc->start, a);
  for (k = 0; k < sc->nwords; k++) {
    const pc_cue_word *w = &sc->words[k];
    FUZZ_CHECK(w->start >= last_end && w->start < w->end && w->end <= b, w->start, w->end);
    FUZZ_CHECK(w->start == a || !ascii_alnum(text[w->start - 1]), w->start, a);
    FUZZ_CHECK(w->end == b || !ascii_alnum(text[w->end]), w->end, b);
    last_end = w->end;
  }
  /* caps: exactly the words whose first byte is A-Z, in order */
  {
    size_t q = 0;
    for (k = 0; k < sc->nwords; k++) {
      int cap = text[sc->words[k].start] >= 'A' && text[sc->words[k].start] <= 'Z';
      if (cap) {
        FUZZ_CHECK(q < sc->ncaps && sc->caps[q] == k, q, k);
        q++;
      }
    }
    FUZZ_CHECK(q == sc->ncaps, q, sc->ncaps);
  }
  for (k = 0; k < sc->nhits; k++) {
    const pc_cue_hit *h = &sc->hits[k];
    size_t l, found = 0;
    for (l = 0; l < nlists; l++) found |= lists[l] == h->list;
    FUZZ_CHECK(found, h->list, nlists);
    FUZZ_CHECK(h->entry >= 1 && h->entry <= nentries[h->list], h->entry, nentries[h->list]);
    FUZZ_CHECK(h->i <= h->j && h->j < sc->nwords, h->i, h->j);
    if (k > 0 && sc->hits[k - 1].list == h->list && mode[h->list] == PC_CUES_LONGEST)
      FUZZ_CHECK(sc->hits[k - 1].j < h->i, sc->hits[k - 1].j, h->i);
  }
}

/* Lines of a spec (entries of its list). */
static uint32_t lines(const char *s, size_t n) {
  uint32_t c = 1;
  size_t k;
  for (k = 0; k < n; k++) c += s[k] == '\n';
  return c;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const uint8_t *text;
  size_t len, a, b, k, nlists = 0, speclen;
  pc_cues *c = NULL;
  pc_document *d = NULL;
  pc_cue_scan sc;
  uint32_t lists[4], nentries[4], id;
  int mode[4];
  if (size < FUZZ_HEADER) return 0;
  text = data + FUZZ_HEADER;
  len = size - FUZZ_HEADER;
  memset(&sc, 0, sizeof sc);
  FUZZ_CHECK(pc_cues_new(&c) == PC_OK, 0, 0);
  for (k = 0; k < 2; k++) {
    FUZZ_CHECK(pc_cues_add(c, fixed[k], strlen(fixed[k]), k ? PC_CUES_ALL : PC_CUES_LONGEST, &id) == PC_OK, k, 0);
    nentries[id] = lines(fixed[k], strlen(fixed[k]));
    mode[id] = k ? PC_CUES_ALL : PC_CUES_LONGEST;
    lists[nlists++] = id;
  }
  /* the first line of the text, up to 200 bytes, with its spaces as word breaks */
  for (speclen = 0; speclen < len && speclen < 200 && text[speclen] != '\n'; speclen++) {
  }
  for (k = 0; k < 2; k++) {
    int m = k ? PC_CUES_ALL : PC_CUES_LONGEST;
    int rc = pc_cues_add(c, (const char *)text, speclen, m, &id);
    FUZZ_CHECK(rc == PC_OK || rc == PC_EFORMAT, rc, k);
    if (rc == PC_OK) {
      nentries[id] = lines((const char *)text, speclen);
      mode[id] = m;
      lists[nlists++] = id;
    }
  }
  a = ((size_t)data[1] << 8 | data[2]) % (len + 1);
  b = a + ((size_t)data[3] << 8 | data[4]) % (len - a + 1);
  FUZZ_CHECK(pc_cues_scan(c, text, a, b, lists, nlists, &sc) == PC_OK, a, b);
  check_scan(&sc, text, a, b, lists, nlists, nentries, mode);
  if (pc_parse(text, len, NULL, &d) == PC_OK) {
    for (k = 0; k < d->nsentences; k++) {
      pc_span sp = d->sentences[k].span;
      FUZZ_CHECK(pc_cues_scan(c, d->text, sp.start, sp.end, lists, nlists, &sc) == PC_OK, sp.start, sp.end);
      check_scan(&sc, d->text, sp.start, sp.end, lists, nlists, nentries, mode);
    }
    pc_document_free(d);
  }
  FUZZ_CHECK(pc_cues_scan(c, text, b + 1, b, lists, nlists, &sc) == PC_EINVAL, b + 1, b);
  pc_cue_scan_free(&sc);
  pc_cue_scan_free(&sc);
  pc_cues_free(c);
  return 0;
}
