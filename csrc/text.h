/*
** text.h: internal helpers shared by the C files: UTF-8 decoding under one policy,
** character classes, and a growable array. Not part of the public API.
**
** Invalid UTF-8 policy: a byte that does not start a valid, shortest-form sequence of a
** Unicode scalar value reads as U+FFFD and counts one byte; decoding resumes at the next
** byte. Offsets therefore always index the original bytes.
*/
#ifndef PC_TEXT_H
#define PC_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <utf8proc.h>

#define PC_REPLACEMENT 0xFFFD

/* Decodes the code point at s[i] (i < len); *n receives its byte length (>= 1), *bad 1
** when the bytes were invalid (then the result is U+FFFD and *n is 1). */
static inline int32_t pc_decode(const uint8_t *s, size_t len, size_t i, size_t *n, int *bad) {
  if (s[i] < 0x80) { *n = 1; *bad = 0; return s[i]; }
  /* two-byte sequences (Latin letters with accents) without a call; C0 and C1 are
  ** overlong forms and take the general path, which refuses them */
  if (s[i] >= 0xC2 && s[i] <= 0xDF && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
    *n = 2; *bad = 0;
    return ((int32_t)(s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
  }
  utf8proc_int32_t cp;
  utf8proc_ssize_t r = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i < 4 ? len - i : 4), &cp);
  if (r < 1) { *n = 1; *bad = 1; return PC_REPLACEMENT; }
  *n = (size_t)r; *bad = 0;
  return cp;
}

/* The code point that ends just before s[i] (i > 0); *n its length. Invalid -> U+FFFD, 1. */
static inline int32_t pc_decode_back(const uint8_t *s, size_t len, size_t i, size_t *n) {
  size_t k = i, steps = 0;
  int bad;
  while (k > 0 && steps < 4) {
    k--; steps++;
    if ((s[k] & 0xC0) != 0x80) break;
  }
  size_t m;
  int32_t cp = pc_decode(s, len, k, &m, &bad);
  if (bad || k + m != i) { *n = 1; return s[i - 1] < 0x80 ? s[i - 1] : PC_REPLACEMENT; }
  *n = m;
  return cp;
}

static inline int pc_is_space(int32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007 || c == 0x200A ||
         c == 0x2002 || c == 0x2003 || c == 0x3000 || c == 0xFEFF || c == 0x200B ||
         c == 0x2028 || c == 0x2029 || c == 0x1680 || (c >= 0x2000 && c <= 0x2006);
}

/* Horizontal space inside a number: "15 000" with U+00A0 or U+202F (French), U+2009. */
static inline int pc_is_num_space(int32_t c) {
  return c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2009;
}

static inline int pc_is_digit(int32_t c) { return c >= '0' && c <= '9'; }

/* Latin-1 letters: U+00AA, U+00B5, U+00BA and U+00C0-U+00FF but U+00D7 and U+00F7 (the
** categories utf8proc gives them); the rest of U+0080-U+00FF is not a letter. */
static inline int pc_latin1_letter(int32_t c) {
  return c >= 0xC0 ? c != 0xD7 && c != 0xF7 : c == 0xAA || c == 0xB5 || c == 0xBA;
}

static inline int pc_is_letter(int32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c < 0x100) return pc_latin1_letter(c);
  utf8proc_category_t cat = utf8proc_category(c);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

static inline int pc_is_mark(int32_t c) {
  if (c < 0x300) return 0;
  utf8proc_category_t cat = utf8proc_category(c);
  return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
}

static inline int pc_is_upper(int32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c < 0x100) return c >= 0xC0 && c <= 0xDE && c != 0xD7;
  utf8proc_category_t cat = utf8proc_category(c);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

static inline int pc_is_lower(int32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c < 0x100) return (c >= 0xDF && c != 0xF7) || c == 0xB5;
  return utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
}

static inline int pc_is_apostrophe(int32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
static inline int pc_is_hyphen(int32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
static inline int pc_is_dash(int32_t c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2015; }

static inline int pc_is_open_quote(int32_t c) {
  return c == '"' || c == 0x201C || c == 0xAB || c == 0x2018 || c == '\'' || c == 0x201E || c == 0x2039;
}
static inline int pc_is_close_quote(int32_t c) {
  return c == '"' || c == 0x201D || c == 0xBB || c == 0x2019 || c == '\'' || c == 0x203A;
}

/* ASCII-only case-insensitive comparison of s[0..n) with a NUL-terminated lowercase word. */
static inline int pc_ascii_ieq(const uint8_t *s, size_t n, const char *word) {
  size_t i;
  for (i = 0; i < n; i++) {
    uint8_t c = s[i];
    if (c >= 'A' && c <= 'Z') c = (uint8_t)(c | 0x20);
    if (word[i] == '\0' || (uint8_t)word[i] != c) return 0;
  }
  return word[n] == '\0';
}

/* Eight bytes at a time ("SWAR"): whether any byte of v is zero, or is b. */
#define PC_ONES 0x0101010101010101ULL
#define PC_HIGHS 0x8080808080808080ULL
/* 0x80 in the bytes of v that are zero; exact up to the lowest one, maybe wrong above it */
static inline uint64_t pc_zero_bytes8(uint64_t v) { return (v - PC_ONES) & ~v & PC_HIGHS; }
static inline int pc_has_zero8(uint64_t v) { return pc_zero_bytes8(v) != 0; }
static inline int pc_has_byte8(uint64_t v, uint8_t b) { return pc_has_zero8(v ^ (PC_ONES * b)); }

/* Growable array: grows *items to hold at least need elements of size elsize. */
int pc_grow(void **items, size_t *capacity, size_t need, size_t elsize);

#endif
