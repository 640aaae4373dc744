/*
** words.c: looks words up in the function-word lexicon (the tables of lexicon_words.c,
** generated from data/src/function_words.tsv) and names the currencies its entries point to.
** Lowercasing goes code point by code point with utf8proc, so "DÉCEMBRE" finds "décembre".
** Does not: stem or guess; a word is in the table or it is not.
*/
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>
#include "words.h"

const char *const pc_currency_codes[] = {
  "EUR", "USD", "GBP", "CHF", "JPY", "CNY", "NGN", "INR", "ZAR", "MAD", "CAD", "AUD", "XOF",
  "HKD", "BRL", "KRW", "KES", "MXN", "DZD", "SEK", "NOK", "PLN", "TRY", "KRW", "MYR", "THB",
  "GHS", NULL
};

/* Lowercases s[a..b) into buf (code point by code point, with utf8proc) and finds it. */
const pc_word *pc_word_lookup(const uint8_t *s, size_t a, size_t b) {
  uint8_t buf[48];
  size_t n = 0, i, k, len = b - a;
  uint64_t h = 0xcbf29ce484222325ULL;
  if (a >= b || len > pc_word_max_len + 8) return NULL; /* lowercasing never shrinks a word by more */
  if (len <= 8) {
    /* the fast path, shared with pc_word_find (words.h); other words read below */
    uint64_t key;
    if (pc_word_key8(s, a, b, &key)) return pc_word8_find(key, len);
  } else if (len <= pc_word_max_len) {
    /* a long ASCII word keeps its length in lowercase: its first letter must be one of
    ** the table's for that length */
    unsigned high = 0, c = s[a] | 0x20u;
    for (k = 0; k < len; k++) high |= s[a + k];
    if (!(high & 0x80) && !(pc_word_long_firsts[len] & (1u << (c - 'a' < 26u ? c - 'a' : 31u)))) return NULL;
  } else if (!(s[a] & 0x80)) {
    return NULL; /* longer than any word, and the first byte keeps its length */
  }
  while (a < b) {
    utf8proc_int32_t c;
    utf8proc_ssize_t r;
    if (s[a] < 0x80) {
      uint8_t c8 = (uint8_t)(s[a] >= 'A' && s[a] <= 'Z' ? s[a] + 32 : s[a]);
      if (n >= sizeof buf) return NULL;
      buf[n++] = c8;
      a++;
      continue;
    }
    if (s[a] == 0xC3 && a + 1 < b && s[a + 1] >= 0x80 && s[a + 1] <= 0xBF) {
      /* Latin-1 letters: U+00C0-U+00DE (but U+00D7) lowercase 32 code points on */
      uint8_t c2 = s[a + 1];
      if (n + 2 > sizeof buf) return NULL;
      buf[n++] = 0xC3;
      buf[n++] = (uint8_t)(c2 <= 0x9E && c2 != 0x97 ? c2 + 0x20 : c2);
      a += 2;
      continue;
    }
    r = utf8proc_iterate(s + a, (utf8proc_ssize_t)(b - a), &c);
    if (r < 1) return NULL;
    a += (size_t)r;
    if (n + 4 > sizeof buf) return NULL;
    n += (size_t)utf8proc_encode_char(utf8proc_tolower(c), buf + n);
  }
  for (k = 0; k < n; k++) h = (h ^ buf[k]) * 0x100000001b3ULL;
  for (i = (size_t)(h & (pc_word_nslots - 1));; i = (i + 1) & (pc_word_nslots - 1)) {
    const pc_word *w;
    if (pc_word_slots[i] == 0) return NULL;
    w = &pc_words[pc_word_slots[i] - 1];
    if (w->len == n && memcmp(w->key, buf, n) == 0) return w;
  }
}
