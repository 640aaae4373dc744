/*
** sentences.c: splits each segment of a document into sentences.
**
** A sentence ends at . ! ? … (or "...") followed by white space and a word that may begin
** a sentence (capital, digit, opening quote or bracket), with closing quotes and brackets
** after the mark kept in the sentence (`…impunity."`, `… vraiment ! »`). Not an end: a
** period after a known abbreviation (Jan., Mr., M., Mme., St., Dr., initials, U.S.), a
** decimal point (18.6), or a mark followed by a lowercase word (« Non ! » a-t-il dit).
** Does not: look at lexicons or entity types. Limits: linear time; abbreviations are
** looked up in a window of at most 12 bytes before the period; a sentence longer than
** PC_MAX_SENTENCE bytes is cut at the next white space (so that the annotators' work and
** memory per sentence stay bounded on a 200 MB line with no punctuation).
*/
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
#include "text.h"
#include "document.h"

/* Abbreviations after which a period does not end a sentence, case as written, by length
** in bytes (row n - 1 holds those of n bytes; none is longer than 6). */
#define ABBR_MAX 6
static const char *const abbreviations[ABBR_MAX][36] = {
  /* 1 */ {"p", NULL},
  /* 2 */ {"Mr", "Ms", "MM", "Dr", "St", "Sr", "Jr", "Lt", "Mt", "Ft", "Me", "Pr", "bd", "av", "vs", "cf", "No", "pp", NULL},
  /* 3 */ {"Mrs", "Ste", "Gen", "Gov", "Sen", "Rep", "Col", "Sgt", "Adm", "Rev", "Mme", "Mgr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "avr", "oct", "nov", "Ave", "Cie", "Nos", "Vol", "Fig", "Art", "art", "e.g", "i.e", NULL},
  /* 4 */ {"Prof", "Capt", "Cmdr", "Mmes", "Mlle", "Sept", "janv", "f\xc3\xa9v", "juil", "sept", "d\xc3\xa9" "c", "Blvd", "G\xc3\xa9n", "Bros", "etc.", NULL},
  /* 5 */ {"f\xc3\xa9vr", "Mlles", NULL},
  /* 6 */ {"Messrs", "approx", NULL},
};

static int is_abbreviation(const uint8_t *s, size_t a, size_t dot) {
  size_t w = dot, k;
  /* the word just before the period: letters and inner periods ("U.S", "p.m") */
  while (w > a && dot - w < 12 && (s[w - 1] >= 0x80 || ((s[w - 1] | 0x20) >= 'a' && (s[w - 1] | 0x20) <= 'z') ||
                                   (s[w - 1] == '.' && w - 1 > a && s[w - 2] != '.')))
    w--;
  if (w == dot || dot - w >= 12) return 0;
  if (w > a && s[w - 1] >= 0x80) return 0;
  /* single capital: an initial ("J." "M.") */
  if (dot - w == 1 && s[w] >= 'A' && s[w] <= 'Z') return 1;
  /* dotted acronyms "U.S", "e.g" but not "a.m"/"p.m" which end sentences before a capital */
  if (memchr(s + w, '.', dot - w)) {
    if (dot - w == 3 && (s[w] == 'a' || s[w] == 'p') && s[w + 2] == 'm') return 0;
    return 1;
  }
  if (dot - w > ABBR_MAX) return 0; /* longer than any abbreviation of the list */
  for (k = 0; abbreviations[dot - w - 1][k]; k++)
    if ((uint8_t)abbreviations[dot - w - 1][k][0] == s[w] && memcmp(abbreviations[dot - w - 1][k], s + w, dot - w) == 0)
      return 1;
  return 0;
}

static int push_sentence(pc_document *doc, size_t *cap, size_t a, size_t b, size_t seg) {
  size_t n;
  int bad;
  while (a < b) { int32_t c = pc_decode(doc->text, doc->len, a, &n, &bad); if (!pc_is_space(c)) break; a += n; }
  while (b > a) { int32_t c = pc_decode_back(doc->text, doc->len, b, &n); if (!pc_is_space(c)) break; b -= n; }
  if (a == b) return PC_OK;
  if (pc_grow((void **)&doc->sentences, cap, doc->nsentences + 1, sizeof(pc_sentence))) return PC_ENOMEM;
  doc->sentences[doc->nsentences].span.start = a;
  doc->sentences[doc->nsentences].span.end = b;
  doc->sentences[doc->nsentences].segment = seg;
  doc->nsentences++;
  return PC_OK;
}

static int split_segment(pc_document *doc, size_t *cap, size_t seg) {
  const uint8_t *s = doc->text;
  size_t len = doc->len, a = doc->segments[seg].span.start, b = doc->segments[seg].span.end;
  size_t i = a, start = a, n;
  int bad;
  while (i < b) {
    int32_t c;
    size_t j, k;
    /* most bytes are plain ASCII that cannot end a sentence: skip them in a tight loop */
    if (s[i] < 0x80 && s[i] != '.' && s[i] != '!' && s[i] != '?') {
      size_t from = i;
      while (i + 8 <= b) {
        uint64_t v;
        memcpy(&v, s + i, 8);
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        {
          /* the first byte that may end a sentence or is not ASCII, found at once: the
          ** lowest byte each mask flags is exact (borrows only run upwards) */
          uint64_t stop = (v & PC_HIGHS) | pc_zero_bytes8(v ^ (PC_ONES * '.')) | pc_zero_bytes8(v ^ (PC_ONES * '!')) |
                          pc_zero_bytes8(v ^ (PC_ONES * '?'));
          if (stop) { i += (size_t)__builtin_ctzll(stop) >> 3; break; }
        }
#else
        if ((v & PC_HIGHS) || pc_has_byte8(v, '.') || pc_has_byte8(v, '!') || pc_has_byte8(v, '?')) break;
#endif
        i += 8;
      }
      while (i < b && s[i] < 0x80 && s[i] != '.' && s[i] != '!' && s[i] != '?') i++;
      /* an over-long sentence is cut at its first space past the limit */
      if (i - start > PC_MAX_SENTENCE) {
        size_t q = start + PC_MAX_SENTENCE > from ? start + PC_MAX_SENTENCE : from;
        while (q < i && s[q] != ' ' && s[q] != '\t' && s[q] != '\n') q++;
        if (q < i) {
          if (push_sentence(doc, cap, start, q, seg)) return PC_ENOMEM;
          start = q;
          i = q + 1;
        }
      }
      continue;
    }
    c = pc_decode(s, len, i, &n, &bad);
    if (i - start >= PC_MAX_SENTENCE && pc_is_space(c)) {
      if (push_sentence(doc, cap, start, i, seg)) return PC_ENOMEM;
      start = i;
    }
    if (!(c == '.' || c == '!' || c == '?' || c == 0x2026)) { i += n; continue; }
    if (c == '.' && i + 1 < b && pc_is_digit(s[i + 1])) { i += n; continue; }
    if (c == '.' && !(i + 2 < b && s[i + 1] == '.') && i > a && s[i - 1] != '.' && is_abbreviation(s, a, i)) {
      i += n;
      continue;
    }
    /* the run of marks, then closing quotes and brackets */
    j = i + n;
    while (j < b) {
      int32_t d = pc_decode(s, len, j, &n, &bad);
      if (d == '.' || d == '!' || d == '?' || d == 0x2026) { j += n; continue; }
      break;
    }
    for (;;) {
      int32_t d;
      k = j;
      while (k < b && (s[k] == ' ' || (s[k] == 0xC2 && k + 1 < b && s[k + 1] == 0xA0) ||
                       (s[k] == 0xE2 && k + 2 < b && s[k + 1] == 0x80 && s[k + 2] == 0xAF)))
        k += s[k] == ' ' ? 1 : s[k] == 0xC2 ? 2 : 3;
      if (k >= b) break;
      d = pc_decode(s, len, k, &n, &bad);
      if (d == 0xBB || d == 0x203A || ((d == '"' || d == 0x201D || d == 0x2019 || d == '\'' || d == ')' || d == ']') && k == j)) {
        j = k + n;
        continue;
      }
      break;
    }
    if (j >= b) break;
    {
      int32_t d = pc_decode(s, len, j, &n, &bad);
      if (!pc_is_space(d)) { i = j; continue; }
      k = j;
      while (k < b) { d = pc_decode(s, len, k, &n, &bad); if (!pc_is_space(d)) break; k += n; }
      if (k >= b) break;
      d = pc_decode(s, len, k, &n, &bad);
      if (pc_is_lower(d) || d == ',' || d == ';' || d == ':' || d == ')') { i = k; continue; }
    }
    if (push_sentence(doc, cap, start, j, seg)) return PC_ENOMEM;
    start = j;
    i = j;
  }
  return push_sentence(doc, cap, start, b, seg);
}

int pc_split_sentences(pc_document *doc) {
  size_t cap = 0, k;
  for (k = 0; k < doc->nsegments; k++) {
    int kind = doc->segments[k].kind;
    if (kind == PC_SEG_HEADER || kind == PC_SEG_BOILERPLATE) continue;
    if (split_segment(doc, &cap, k)) return PC_ENOMEM;
  }
  return PC_OK;
}
