/*
** tokens.c: splits a byte range into tokens {start, end, kind, flags}.
**
** Tokens point into the original bytes; nothing is copied or normalized. Words keep inner
** hyphens ("Jean-Marc", "Hauts-de-Seine") and inner apostrophes ("aujourd’hui"); French
** elisions ("l’", "d'", "qu’") and the English possessive ("'s") are tokens of their own, so
** that "d’Alliance" yields the name "Alliance". Numbers keep inner "." and "," between digits
** ("15,000", "18.6", "3,4") and glued letters ("1er", "14h30", "2.3m"); spaces inside French
** numbers ("15 000") separate tokens, and the number annotator joins them.
** Does not: classify words against lexicons, or decide sentence ends.
** Limits: linear time in the range; one token per invalid byte.
*/
#include "protestcorpus.h"
#include "text.h"
#include <stdlib.h>
#include <string.h>

static int push(pc_tokens *t, size_t start, size_t end, int kind, unsigned flags) {
  if (t->count == t->capacity &&
      pc_grow((void **)&t->items, &t->capacity, t->count + 1, sizeof(pc_token)) != PC_OK)
    return PC_ENOMEM;
  t->items[t->count].start = start;
  t->items[t->count].end = end;
  t->items[t->count].kind = (uint8_t)kind;
  t->items[t->count].flags = (uint8_t)flags;
  t->count++;
  return PC_OK;
}

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define PC_SWAR_LE 1
/* How many of the 8 bytes at p are ASCII lowercase letters before the first that is not
** (the bulk of every word): 0x80 marks a byte >= 'a', not >= '{', and below 0x80. A carry
** out of a byte >= 0x80 only changes the bytes after it, which are not counted. */
static inline size_t lower_run(const uint8_t *p) {
  uint64_t v, ge, gt, other;
  memcpy(&v, p, 8);
  ge = v + 0x1F1F1F1F1F1F1F1FULL;
  gt = v + 0x0505050505050505ULL;
  other = ~(ge & ~gt & ~v) & 0x8080808080808080ULL;
  return other ? (size_t)__builtin_ctzll(other) >> 3 : 8;
}
#endif

static int is_word_char(int32_t c) { return pc_is_letter(c) || pc_is_mark(c) || pc_is_digit(c); }

/* Shape flags of the letters in s[a..b). */
static unsigned shape(const uint8_t *s, size_t len, size_t a, size_t b) {
  unsigned nletters = 0, nupper = 0, nlower = 0, first_upper = 0, seen_first = 0;
  size_t i = a, n;
  int bad;
  unsigned f = 0;
  while (i < b) {
    int32_t c;
    uint8_t byte = s[i];
    if (byte < 0x80) {
      /* ASCII: no decoding, no table lookup */
      if (byte >= 'A' && byte <= 'Z') { nletters++; nupper++; if (!seen_first) first_upper = 1; seen_first = 1; }
      else if (byte >= 'a' && byte <= 'z') { nletters++; nlower++; seen_first = 1; }
      i++;
      continue;
    }
    c = pc_decode(s, len, i, &n, &bad);
    if (bad) f |= PC_TF_INVALID;
    if (pc_is_letter(c)) {
      nletters++;
      if (pc_is_upper(c)) { nupper++; if (!seen_first) first_upper = 1; }
      else if (pc_is_lower(c)) nlower++;
      seen_first = 1;
    }
    i += n;
  }
  if (first_upper) f |= PC_TF_CAP;
  if (nletters >= 2 && nlower == 0 && nupper > 0) f |= PC_TF_UPPER;
  if (nletters > 0 && nlower == nletters) f |= PC_TF_LOWER;
  return f;
}

/* Whether the word s[a..b) before an apostrophe is a French elided form: l d j m n s t c
** (one letter) or ending in "qu" (qu’, jusqu’, lorsqu’, puisqu’). */
static int is_elision(const uint8_t *s, size_t a, size_t b) {
  if (b - a == 1) {
    uint8_t c = (uint8_t)(s[a] | 0x20);
    return c == 'l' || c == 'd' || c == 'j' || c == 'm' || c == 'n' || c == 's' || c == 't' || c == 'c';
  }
  return b - a >= 2 && (s[b - 2] | 0x20) == 'q' && (s[b - 1] | 0x20) == 'u';
}

/* A number from s[*pi] (a digit): digits, inner "." and "," before a digit, letters
** ("2.3m", "1er"); pushes it and moves *pi past it. */
static int read_number(const uint8_t *s, size_t len, size_t end, size_t *pi, pc_tokens *toks) {
  size_t tstart = *pi, i = *pi, n;
  unsigned f = PC_TF_DIGITS;
  int bad;
  int32_t c = pc_decode(s, len, i, &n, &bad);
  i += n;
  while (i < end) {
    c = pc_decode(s, len, i, &n, &bad);
    if (pc_is_digit(c)) { i += n; continue; }
    if ((c == '.' || c == ',') && i + 1 < end && pc_is_digit(s[i + 1])) {
      f &= ~PC_TF_DIGITS; i += 1; continue;
    }
    if (!bad && pc_is_letter(c)) { f &= ~PC_TF_DIGITS; i += n; continue; }
    break;
  }
  *pi = i;
  /* digits, marks and letters only: no invalid bytes in a number */
  return push(toks, tstart, i, PC_TOK_NUMBER, f);
}

/* The shape counts of a word, kept while scanning so that plain words need no second pass. */
typedef struct word_shape {
  unsigned nl, nu, nlow; /* letters, uppercase, lowercase */
  unsigned extra;        /* PC_TF_HYPHEN */
} word_shape;

static void count_letter(word_shape *w, int32_t c) {
  if (pc_is_letter(c)) { w->nl++; if (pc_is_upper(c)) w->nu++; else if (pc_is_lower(c)) w->nlow++; }
}

/* At a hyphen or apostrophe c (n bytes) at s[i] inside the word from tstart: 1 when the word
** goes on past it (*pi moved), 0 when the word ends before it, 2 when an elided article
** ("l’", "qu’") ended there as a token of its own (pushed, *pi after it), -1 on error. */
static int inner_mark(const uint8_t *s, size_t len, size_t end, size_t tstart, size_t *pi, int32_t c, size_t n,
                      word_shape *w, pc_tokens *toks) {
  size_t i = *pi, m;
  int bad2;
  int32_t d;
  if (i + n >= end) return 0;
  d = pc_decode(s, len, i + n, &m, &bad2);
  if (bad2 || !is_word_char(d)) return 0;
  if (pc_is_hyphen(c)) { w->extra |= PC_TF_HYPHEN; *pi = i + n; return 1; }
  /* apostrophe between word characters */
  if (is_elision(s, tstart, i) && !(i - tstart == 1 && s[tstart] == 'O' && pc_is_upper(d))) {
    *pi = i + n;
    return push(toks, tstart, i + n, PC_TOK_WORD, shape(s, len, tstart, i + n) | PC_TF_APOS) ? -1 : 2;
  }
  if ((d == 's' || d == 'S') && (i + n + 1 >= end || !is_word_char(pc_decode(s, len, i + n + 1, &m, &bad2))))
    return 0; /* possessive: "Falcone's" -> "Falcone" "'s" */
  *pi = i + n;
  return 1;
}

/* Scans the rest of a word from s[*pi]; returns as inner_mark does when the word stops at
** one of its marks, else 0 with *pi at its end. */
static int scan_word(const uint8_t *s, size_t len, size_t end, size_t tstart, size_t *pi, word_shape *w,
                     pc_tokens *toks) {
  size_t i = *pi, n;
  int bad, r;
  while (i < end) {
    uint8_t byte;
    int32_t c;
#ifdef PC_SWAR_LE
    if (end - i >= 8) {
      size_t run = lower_run(s + i);
      w->nl += (unsigned)run;
      w->nlow += (unsigned)run;
      i += run;
      if (run == 8) continue;
      /* s[i] is not a lowercase letter (and i < end): straight to the byte tests */
    }
#endif
    byte = s[i];
    if (byte >= 'a' && byte <= 'z') { w->nl++; w->nlow++; i++; continue; }
    if (byte >= 'A' && byte <= 'Z') { w->nl++; w->nu++; i++; continue; }
    if (byte >= '0' && byte <= '9') { i++; continue; }
    /* any other ASCII byte ends the word, but for an inner hyphen or apostrophe */
    if (byte < 0x80 && byte != '-' && byte != '\'') break;
    c = pc_decode(s, len, i, &n, &bad);
    if (bad) break;
    if (is_word_char(c)) {
      count_letter(w, c);
      i += n;
      continue;
    }
    if (!(pc_is_hyphen(c) || pc_is_apostrophe(c))) break;
    *pi = i;
    r = inner_mark(s, len, end, tstart, pi, c, n, w, toks);
    if (r != 1) return r;
    i = *pi;
  }
  *pi = i;
  return 0;
}

/* A word from s[*pi], whose first code point c (n bytes) is a letter or a mark; pushes it
** (or an elided article and leaves the rest for the next call) and moves *pi past it. */
static int read_word(const uint8_t *s, size_t len, size_t end, size_t *pi, int32_t c, size_t n, pc_tokens *toks) {
  size_t tstart = *pi, i = *pi + n;
  word_shape w = {0, 0, 0, 0};
  int first_up = pc_is_upper(c), r;
  unsigned f;
  if (pc_is_letter(c)) { w.nl++; if (first_up) w.nu++; else if (pc_is_lower(c)) w.nlow++; }
  /* Acronyms with periods: "U.S.", "U.K." */
  if (n == 1 && pc_is_upper(c) && i + 2 < end && s[i] == '.' && pc_is_upper(s[i + 1]) && s[i + 2] == '.') {
    while (i + 2 < end && s[i] == '.' && pc_is_upper(s[i + 1]) && s[i + 2] == '.' ) i += 2;
    i += 1;
    *pi = i;
    return push(toks, tstart, i, PC_TOK_WORD, shape(s, len, tstart, i));
  }
  *pi = i;
  r = scan_word(s, len, end, tstart, pi, &w, toks);
  if (r < 0) return PC_ENOMEM;
  if (r == 2) return PC_OK; /* an elided article, pushed; the word after it is the next token */
  i = *pi;
  f = w.extra;
  if (first_up) f |= PC_TF_CAP;
  if (w.nl >= 2 && w.nlow == 0 && w.nu > 0) f |= PC_TF_UPPER;
  if (w.nl > 0 && w.nlow == w.nl) f |= PC_TF_LOWER;
  /* a word that holds marks only: recount exactly */
  if (tstart != i && w.nl == 0) f = shape(s, len, tstart, i) | w.extra;
  return push(toks, tstart, i, PC_TOK_WORD, f);
}

/* The kind of a token of one punctuation or symbol code point. */
static int punct_kind(int32_t c) {
  if (c == '%' || c == 0x2030) return PC_TOK_SYMBOL;
  if (c >= 0x80) {
    utf8proc_category_t cat = utf8proc_category(c);
    if (cat == UTF8PROC_CATEGORY_SC || cat == UTF8PROC_CATEGORY_SM || cat == UTF8PROC_CATEGORY_SO ||
        cat == UTF8PROC_CATEGORY_SK)
      return PC_TOK_SYMBOL;
    if (!(cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO)) return PC_TOK_OTHER;
    return PC_TOK_PUNCT;
  }
  if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`' || c == '|' || c == '~')
    return PC_TOK_SYMBOL;
  return PC_TOK_PUNCT;
}

int pc_tokenize(const uint8_t *s, size_t start, size_t end, pc_tokens *toks) {
  size_t len = end, i = start, n, m;
  int bad, bad2;
  if (!toks || (!s && end > start) || start > end) return PC_EINVAL;
  while (i < end) {
    int32_t c;
    size_t tstart = i;
    if (s[i] == ' ' || s[i] == '\n') { i++; continue; }
    c = pc_decode(s, len, i, &n, &bad);
    if (bad) {
      if (push(toks, i, i + 1, PC_TOK_OTHER, PC_TF_INVALID)) return PC_ENOMEM;
      i += 1;
      continue;
    }
    if (pc_is_space(c) || c < 0x20 || c == 0x7F) { i += n; continue; }
    if (pc_is_digit(c)) {
      if (read_number(s, len, end, &i, toks)) return PC_ENOMEM;
      continue;
    }
    if (pc_is_letter(c) || pc_is_mark(c)) {
      if (read_word(s, len, end, &i, c, n, toks)) return PC_ENOMEM;
      continue;
    }
    /* possessive "'s" */
    if (pc_is_apostrophe(c) && toks->count > 0 && toks->items[toks->count - 1].end == i &&
        toks->items[toks->count - 1].kind == PC_TOK_WORD && i + n < end && (s[i + n] == 's' || s[i + n] == 'S') &&
        (i + n + 1 >= end || !is_word_char(pc_decode(s, len, i + n + 1, &m, &bad2)))) {
      i += n + 1;
      if (push(toks, tstart, i, PC_TOK_WORD, PC_TF_APOS | PC_TF_LOWER)) return PC_ENOMEM;
      continue;
    }
    if (c == '.' && i + 2 < end && s[i + 1] == '.' && s[i + 2] == '.') {
      i += 3;
      while (i < end && s[i] == '.') i++;
      if (push(toks, tstart, i, PC_TOK_PUNCT, 0)) return PC_ENOMEM;
      continue;
    }
    i += n;
    if (push(toks, tstart, i, punct_kind(c), (pc_is_open_quote(c) || pc_is_close_quote(c)) ? PC_TF_QUOTE : 0))
      return PC_ENOMEM;
  }
  return PC_OK;
}

void pc_tokens_free(pc_tokens *toks) {
  if (!toks) return;
  free(toks->items);
  toks->items = NULL;
  toks->count = toks->capacity = 0;
}
