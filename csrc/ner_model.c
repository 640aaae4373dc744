/*
** ner_model.c: a statistical classifier of candidate name spans: an averaged perceptron over
** hashed features (the span's words, their shapes and last three bytes, two words on each
** side), four classes (none, PERSON, ORG, PLACE), trained by tools/train_ner.py on the train
** splits of openly licensed news and tweets (../shared/data/ner) into csrc/ner_weights.c.
** The names annotator asks it about the runs its rules leave undecided.
** Mirrors tools/train_ner.py byte for byte: the tokenizer (words of letters, digits and
** bytes >= 0x80 but typographic quotes, dashes and spaces; ' or - inside a word; other
** punctuation one byte at a time; newlines as tokens), the window of 64 bytes each side cut
** at whitespace, ASCII and Latin-1 lowercasing, shapes, FNV-1a hashing.
** Does not: allocate, or read outside [0, len).
** Limits: a span's first six words count; the window holds at most MAX_TOK tokens.
*/
#include <string.h>
#include "ner_model.h"

#define WINDOW 64
#define MAX_TOK 256

typedef struct tok { size_t a, b; } tok;

/* Typographic punctuation that is no part of a word: its length at i, 0 when none. */
static size_t punct_at(const uint8_t *t, size_t len, size_t i) {
  static const char *const seq[] = {"\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x98", "\xe2\x80\x99", "\xc2\xab", "\xc2\xbb",
                                    "\xe2\x80\x93", "\xe2\x80\x94", "\xe2\x80\xa6", "\xc2\xa0", "\xe2\x80\xaf", NULL};
  size_t k;
  for (k = 0; seq[k]; k++) {
    size_t n = strlen(seq[k]);
    if (i + n <= len && memcmp(t + i, seq[k], n) == 0) return n;
  }
  return 0;
}

static int word_byte(const uint8_t *t, size_t len, size_t i) {
  uint8_t c = t[i];
  if (c >= 0x80) return punct_at(t, len, i) == 0;
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Tokens of t[a, b) (b <= len), at most max; returns their number. */
static size_t tokenize(const uint8_t *t, size_t len, size_t a, size_t b, tok *out, size_t max) {
  size_t i = a, n = 0;
  while (i < b && n < max) {
    uint8_t c = t[i];
    size_t p;
    if (c == ' ' || c == '\t' || c == '\r') { i++; continue; }
    if (c == '\n') { out[n].a = i; out[n++].b = i + 1; i++; continue; }
    p = c >= 0x80 ? punct_at(t, len, i) : 0;
    if (p) {
      int space = (p == 2 && t[i] == 0xc2 && t[i + 1] == 0xa0) || (p == 3 && t[i + 1] == 0x80 && t[i + 2] == 0xaf);
      if (!space) { out[n].a = i; out[n++].b = i + p < b ? i + p : b; }
      i += p;
      continue;
    }
    if (!word_byte(t, len, i)) { out[n].a = i; out[n++].b = i + 1; i++; continue; }
    {
      size_t j = i;
      while (j < b) {
        if (word_byte(t, len, j)) j++;
        else if ((t[j] == '\'' || t[j] == '-') && j + 1 < b && word_byte(t, len, j + 1)) j++;
        else break;
      }
      out[n].a = i;
      out[n++].b = j;
      i = j;
    }
  }
  return n;
}

typedef struct hasher { uint32_t h; } hasher;
static void h_init(hasher *x) { x->h = 2166136261u; }
static void h_byte(hasher *x, uint8_t c) { x->h = (x->h ^ c) * 16777619u; }
static void h_str(hasher *x, const char *s) { while (*s) h_byte(x, (uint8_t)*s++); }
/* Hashes bytes [from, n) of the word lowercased (ASCII, and Latin-1 capitals: U+00C0-U+00DE
** but U+00D7), read from its start so that a lead byte is told from a continuation. */
static void h_lower_from(hasher *x, const uint8_t *w, size_t n, size_t from) {
  size_t i;
  for (i = 0; i < n; i++) {
    uint8_t c = w[i];
    if (c >= 'A' && c <= 'Z') c = (uint8_t)(c + 32);
    else if (c == 0xc3 && i + 1 < n && w[i + 1] >= 0x80 && w[i + 1] <= 0x9e && w[i + 1] != 0x97) {
      if (i >= from) h_byte(x, c);
      i++;
      if (i >= from) h_byte(x, (uint8_t)(w[i] + 0x20));
      continue;
    }
    if (i >= from) h_byte(x, c);
  }
}
static void h_lower(hasher *x, const uint8_t *w, size_t n) { h_lower_from(x, w, n, 0); }
static void h_shape(hasher *x, const uint8_t *w, size_t n) {
  size_t i = 0, len = 0;
  uint8_t last = 0;
  while (i < n && len < 6) {
    uint8_t c = w[i], k;
    if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c == 0xc3 && i + 1 < n) { k = (w[i + 1] >= 0x80 && w[i + 1] <= 0x9e) ? 'X' : 'x'; i++; }
    else if (c >= 0xc0) k = 'x';
    else if (c >= 0x80) { i++; continue; }
    else k = c;
    if (len == 0 || last != k) { h_byte(x, k); last = k; len++; }
    i++;
  }
}

/* A feature's bucket: the class weights of one hashed string. */
static void add(long score[PC_NER_CLASSES], const hasher *x) {
  uint32_t i = x->h & (PC_NER_BUCKETS - 1);
  int k;
  for (k = 0; k < PC_NER_CLASSES; k++) score[k] += pc_ner_weights[k][i];
}

typedef struct ctx { const uint8_t *t; const tok *tk; size_t n; } ctx;

/* The lowercased word k, or "<s>" out of the window. */
static void h_word(hasher *x, const ctx *c, long k) {
  if (k < 0 || (size_t)k >= c->n) h_str(x, "<s>");
  else h_lower(x, c->t + c->tk[k].a, c->tk[k].b - c->tk[k].a);
}
static void h_wshape(hasher *x, const ctx *c, long k) {
  if (k < 0 || (size_t)k >= c->n) h_str(x, "<s>");
  else h_shape(x, c->t + c->tk[k].a, c->tk[k].b - c->tk[k].a);
}

static void one(long score[PC_NER_CLASSES], const ctx *c, const char *pre, long k, int shape) {
  hasher x;
  h_init(&x);
  h_str(&x, pre);
  if (shape) h_wshape(&x, c, k);
  else h_word(&x, c, k);
  add(score, &x);
}

static void two(long score[PC_NER_CLASSES], const ctx *c, const char *pre, long k1, long k2) {
  hasher x;
  h_init(&x);
  h_str(&x, pre);
  h_word(&x, c, k1);
  h_byte(&x, '|');
  h_word(&x, c, k2);
  add(score, &x);
}

/* The features of the span's words f0..f1 (indexes into the window's tokens). */
static void span_features(long score[PC_NER_CLASSES], const ctx *c, long f0, long f1) {
  long k, m = 0;
  hasher x;
  for (k = f0; k <= f1 && m < 6; k++, m++) {
    size_t n = c->tk[k].b - c->tk[k].a;
    const uint8_t *w = c->t + c->tk[k].a;
    one(score, c, "w:", k, 0);
    one(score, c, "s:", k, 1);
    h_init(&x);
    h_str(&x, "x:");
    h_lower_from(&x, w, n, n > 3 ? n - 3 : 0); /* the last three bytes, lowercased */
    add(score, &x);
  }
  one(score, c, "f:", f0, 0);
  one(score, c, "l:", f1, 0);
  h_init(&x);
  h_str(&x, "n:");
  h_byte(&x, (uint8_t)('0' + (f1 - f0 + 1 < 5 ? f1 - f0 + 1 : 5)));
  add(score, &x);
  h_init(&x);
  h_str(&x, "sh:");
  for (k = f0; k <= f1 && k < f0 + 4; k++) {
    if (k > f0) h_byte(&x, '_');
    h_wshape(&x, c, k);
  }
  add(score, &x);
}

int pc_ner_classify(const uint8_t *t, size_t len, size_t s, size_t e, long score[PC_NER_CLASSES]) {
  tok tk[MAX_TOK];
  size_t a, b, n, k;
  long f0 = -1, f1 = -1;
  int best, c;
  hasher x;
  ctx cx;
  for (c = 0; c < PC_NER_CLASSES; c++) score[c] = 0;
  if (!t || s >= e || e > len) return PC_NER_NONE;
  a = s > WINDOW ? s - WINDOW : 0;
  if (a > 0) while (a < s && t[a] != ' ' && t[a] != '\n' && t[a] != '\t') a++;
  b = e + WINDOW < len ? e + WINDOW : len;
  if (b < len) while (b > e && t[b - 1] != ' ' && t[b - 1] != '\n' && t[b - 1] != '\t') b--;
  n = tokenize(t, len, a, b, tk, MAX_TOK);
  for (k = 0; k < n; k++)
    if (tk[k].b > s && tk[k].a < e) { if (f0 < 0) f0 = (long)k; f1 = (long)k; }
  if (f0 < 0) return PC_NER_NONE;
  cx.t = t; cx.tk = tk; cx.n = n;
  h_init(&x);
  h_str(&x, "bias");
  add(score, &x);
  span_features(score, &cx, f0, f1);
  one(score, &cx, "p1:", f0 - 1, 0);
  two(score, &cx, "p2:", f0 - 2, f0 - 1);
  one(score, &cx, "n1:", f1 + 1, 0);
  two(score, &cx, "n2:", f1 + 1, f1 + 2);
  one(score, &cx, "ps:", f0 - 1, 1);
  one(score, &cx, "ns:", f1 + 1, 1);
  best = 0;
  for (c = 1; c < PC_NER_CLASSES; c++)
    if (score[c] > score[best]) best = c;
  return best;
}
