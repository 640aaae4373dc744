/*
** lang.c: tells English from French by counting frequent function words.
**
** Reads words until one language leads clearly (after at least 12 function words), and at
** most the first 8 KiB, so the cost is small and bounded whatever the document size.
** Words are compared in ASCII lowercase; French words with accents are listed as UTF-8.
** A short text (a sentence, a headline) is decided by fewer words: one or two function
** words of one language and none of the other suffice when they make up a fair share of
** its words (MIN_SHARE), so "Thousands marched in Lyon." is English while a German or
** Spanish page with a stray "in" or "de" among many other words stays undetermined.
** Does not: detect any other language (returns PC_LANG_UND when neither list is used
** enough), or look at scripts.
*/
#include "protestcorpus.h"
#include "text.h"
#include <string.h>

#define LANG_SAMPLE (8 * 1024)
#define LIST_MAX 16
/* Below 3 function words, the share of words they must make up (in 1/100). */
#define MIN_SHARE 15

/* Function words by length in bytes (index: length - 2), each list ending in NULL: a word
** is compared only with the few of its own length. */
static const char *const en_words[5][LIST_MAX] = {
  {"of", "to", "is", "by", "it", "as", "in", "at", "an", NULL},
  {"the", "and", "was", "for", "are", "has", "who", "but", "had", NULL},
  {"that", "with", "said", "from", "have", "were", "they", "this", "will", "been", NULL},
  {"their", "which", "would", "after", "about", NULL},
  {NULL},
};
static const char *const fr_words[5][LIST_MAX] = {
  {"le", "la", "du", "et", "au", "ce", "il", "\xc3\xa0", "de", "en", "un", "ne", "se", NULL},
  {"les", "des", "est", "une", "que", "qui", "sur", "pas", "aux", "par", "ont", "ses", NULL},
  {"dans", "pour", "elle", "sont", "avec", "plus", "leur", NULL},
  {"cette", "selon", "\xc3\xa9t\xc3\xa9", NULL},
  {NULL},
};

/* w[0..n) (2 to 6 bytes) lowercased in ASCII, against the list of its length. */
static int in_list(const uint8_t *w, size_t n, const char *const lists[5][LIST_MAX]) {
  uint8_t low[8];
  size_t k;
  if (n < 2 || n > 6) return 0;
  for (k = 0; k < n; k++) low[k] = (uint8_t)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
  for (k = 0; k < LIST_MAX && lists[n - 2][k]; k++) {
    const char *x = lists[n - 2][k];
    if ((uint8_t)x[0] == low[0] && memcmp(x, low, n) == 0 && x[n] == '\0') return 1;
  }
  return 0;
}

int pc_detect_lang(const uint8_t *text, size_t len) {
  size_t end = len < LANG_SAMPLE ? len : LANG_SAMPLE, i = 0, n;
  unsigned en = 0, fr = 0, words = 0;
  int bad;
  if (!text) return PC_LANG_UND;
  while (i < end) {
    size_t w = i;
    int32_t c = pc_decode(text, end, i, &n, &bad);
    if (!pc_is_letter(c)) { i += n; continue; }
    while (i < end) {
      c = pc_decode(text, end, i, &n, &bad);
      if (!pc_is_letter(c)) break;
      i += n;
    }
    words++;
    if (i - w <= 6) {
      if (in_list(text + w, i - w, en_words)) en++;
      else if (in_list(text + w, i - w, fr_words)) fr++;
      /* a clear lead after enough evidence decides */
      if (en + fr >= 12 && (en >= 3 * fr || fr >= 3 * en)) break;
    }
  }
  if (en + fr < 3) {
    /* a short text: one language's words only, and a fair share of all its words */
    if ((en == 0) == (fr == 0) || 100 * (en + fr) < MIN_SHARE * words) return PC_LANG_UND;
    return en ? PC_LANG_EN : PC_LANG_FR;
  }
  if (en >= 2 * fr) return PC_LANG_EN;
  if (fr >= 2 * en) return PC_LANG_FR;
  return en > fr ? PC_LANG_EN : PC_LANG_FR;
}
