/*
** lang.c: tells English from French by counting frequent function words.
**
** Reads words until one language leads clearly (after at least 12 function words), and at
** most the first 8 KiB, so the cost is small and bounded whatever the document size.
** Words are compared in ASCII lowercase; French words with accents are listed as UTF-8.
** Does not: detect any other language (returns PC_LANG_UND when neither list is used
** enough), or look at scripts.
*/
#include "protestcorpus.h"
#include "text.h"

#define LANG_SAMPLE (8 * 1024)

static const char *const en_words[] = {
  "the", "and", "of", "to", "is", "was", "that", "for", "with", "said", "are", "by", "it",
  "as", "from", "has", "have", "were", "their", "they", "this", "will", "who", "which",
  "would", "been", "after", "about", "had", "but", NULL
};
static const char *const fr_words[] = {
  "le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "que", "qui", "sur",
  "pas", "au", "aux", "par", "ont", "\xc3\xa9t\xc3\xa9", "\xc3\xa0", "il", "elle", "ce",
  "cette", "sont", "avec", "plus", "selon", "ses", "leur", NULL
};

static int in_list(const uint8_t *w, size_t n, const char *const *list) {
  size_t k;
  uint8_t first = (uint8_t)(w[0] >= 'A' && w[0] <= 'Z' ? w[0] + 32 : w[0]);
  for (k = 0; list[k]; k++)
    if ((uint8_t)list[k][0] == first && pc_ascii_ieq(w, n, list[k])) return 1;
  return 0;
}

int pc_detect_lang(const uint8_t *text, size_t len) {
  size_t end = len < LANG_SAMPLE ? len : LANG_SAMPLE, i = 0, n;
  unsigned en = 0, fr = 0;
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
    if (i - w <= 6) {
      if (in_list(text + w, i - w, en_words)) en++;
      else if (in_list(text + w, i - w, fr_words)) fr++;
      /* a clear lead after enough evidence decides */
      if (en + fr >= 12 && (en >= 3 * fr || fr >= 3 * en)) break;
    }
  }
  if (en + fr < 3) return PC_LANG_UND;
  if (en >= 2 * fr) return PC_LANG_EN;
  if (fr >= 2 * en) return PC_LANG_FR;
  return en > fr ? PC_LANG_EN : PC_LANG_FR;
}
