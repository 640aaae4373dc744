/*
** figures.c: QUANTITY, MONEY and PERCENT entities in English and French.
**
** Numbers in digits with English and French conventions ("15,000", "15 000" with U+00A0 or
** U+202F, "3,4 millions", "18.6", "2.3m"), in words ("two", "vingt-cinq", "a dozen", "une
** dizaine"), vague quantifiers ("hundreds", "des milliers", "tens of thousands"), ranges
** ("between 15,000 and 20,000", "de 15 000 à 20 000", "15,000-20,000") and approximators
** ("about", "more than", "près de", "au moins"). Decimal mark: in French text the comma, in
** English text the period; an English comma is a thousands separator when 3 digits follow.
** Quantities get the counted noun as unit, singular and lowercase.
** Not figures: dates (taken by dates.c first), clock times ("10 a.m.", "14h30", "11 heures"),
** durations and ages ("two weeks", "a 56-year-old", "45 ans"), ordinals ("1st", "3e"),
** numbers inside names ("Route 66", "CAC 40"), the pronoun "one", the article "un"/"une".
** Limits: values are doubles (exact for integers below 2^53).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
#include "figures.h"
#include "sentence.h"
#include "text.h"

/* Vague quantifier ranges, by id (function_words.tsv). */
static const double vague_low[] = {0, 24, 200, 2000, 2000000, 20000, 200000};
static const double vague_high[] = {0, 99, 999, 9999, 9990000, 99999, 999999};

typedef struct num {
  size_t first, last;   /* tokens */
  double value, low, high;
  unsigned flags;       /* PC_EF_VALUE / LOW / HIGH / APPROX */
  int words;            /* written in words */
  int vague;            /* a vague quantifier */
} num;


/* ---- digits ---- */

/* Parses the number at the start of p[0..n): digits with "." and "," marks per the
** language; *used receives the bytes read. Returns -1 when p does not start with a digit. */
static double parse_digit_text(const uint8_t *p, size_t n, int lang, size_t *used) {
  double intpart = 0, frac = 0, scale = 1;
  size_t k = 0, digits = 0;
  int seen_decimal = 0;
  if (n == 0 || !pc_is_digit(p[0])) return -1;
  while (k < n) {
    uint8_t c = p[k];
    if (pc_is_digit(c)) {
      /* no count or amount has more than 15 significant digits: beyond, a double is no
      ** longer exact, and far beyond it overflows to infinity */
      if (++digits > 15) return -1;
      if (seen_decimal) { scale /= 10; frac += (c - '0') * scale; }
      else intpart = intpart * 10 + (c - '0');
      k++;
      continue;
    }
    if ((c == ',' || c == '.') && k + 1 < n && pc_is_digit(p[k + 1]) && !seen_decimal) {
      size_t g = k + 1;
      int thousands;
      while (g < n && pc_is_digit(p[g])) g++;
      if (lang == PC_LANG_FR) thousands = c == '.' && g - (k + 1) == 3;
      else thousands = c == ',' && g - (k + 1) == 3;
      if (!thousands) seen_decimal = 1;
      k++;
      continue;
    }
    break;
  }
  *used = k;
  return intpart + frac;
}

/* Whether bytes s[a..b) are exactly one spacing character allowed inside a number. */
static int number_gap(const pc_sent *st, size_t a, size_t b) {
  size_t n;
  int bad;
  int32_t c;
  if (b <= a) return 0;
  c = pc_decode(st->s, st->len, a, &n, &bad);
  if (a + n != b) return 0;
  if (c == 0xA0 || c == 0x202F || c == 0x2009) return 1;
  return c == ' ' && st->lang == PC_LANG_FR;
}

int pc_read_digits(const pc_sent *st, size_t i, double *value, size_t *last) {
  size_t used, n;
  double v;
  if (i >= st->n || st->tok[i].kind != PC_TOK_NUMBER) return 0;
  n = pc_tok_len(st, i);
  v = parse_digit_text(pc_tok_text(st, i), n, st->lang, &used);
  if (v < 0) return 0;
  *last = i;
  /* French groups "15 000", "1 200 000": only after 1-3 plain digits */
  if (used == n && n <= 3 && (st->tok[i].flags & PC_TF_DIGITS)) {
    while (*last + 1 < st->n && st->tok[*last + 1].kind == PC_TOK_NUMBER &&
           number_gap(st, st->tok[*last].end, st->tok[*last + 1].start)) {
      size_t j = *last + 1, u2;
      const uint8_t *q = pc_tok_text(st, j);
      size_t qn = pc_tok_len(st, j);
      double g;
      if (qn < 3 || !pc_is_digit(q[0]) || !pc_is_digit(q[1]) || !pc_is_digit(q[2]) || (qn > 3 && pc_is_digit(q[3])))
        break;
      g = parse_digit_text(q, qn, st->lang, &u2);
      if (g < 0 || v >= 1e12) return 0; /* past 15 digits: not a count (see parse_digit_text) */
      v = v * 1000 + floor(g) + (g - floor(g));
      *last = j;
      if (u2 != 3) break; /* decimal tail ends the number */
    }
  }
  *value = v;
  return 1;
}

/* The glued suffix of a number token ("m" of "2.3m", "er" of "1er"), or NULL. */
static const uint8_t *digit_suffix(const pc_sent *st, size_t i, size_t *slen) {
  size_t used, n = pc_tok_len(st, i);
  if (parse_digit_text(pc_tok_text(st, i), n, st->lang, &used) < 0 || used == n) { *slen = 0; return NULL; }
  *slen = n - used;
  return pc_tok_text(st, i) + used;
}

static int suffix_is(const uint8_t *p, size_t n, const char *w) { return p && pc_ascii_ieq(p, n, w); }

static int is_ordinal_suffix(const uint8_t *p, size_t n) {
  return suffix_is(p, n, "st") || suffix_is(p, n, "nd") || suffix_is(p, n, "rd") || suffix_is(p, n, "th") ||
         suffix_is(p, n, "er") || suffix_is(p, n, "e") || suffix_is(p, n, "re") || suffix_is(p, n, "eme") ||
         suffix_is(p, n, "\xc3\xa8me") || suffix_is(p, n, "nde");
}

/* Scale of a glued suffix: "m" 6, "bn" 9, "k" 3; 0 when none. */
static int suffix_scale(const uint8_t *p, size_t n) {
  if (suffix_is(p, n, "m") || suffix_is(p, n, "mn") || suffix_is(p, n, "mln")) return 6;
  if (suffix_is(p, n, "bn") || suffix_is(p, n, "b")) return 9;
  if (suffix_is(p, n, "k")) return 3;
  return 0;
}

/* ---- words ---- */

/* Value of one number word, splitting hyphenated compounds ("twenty-five", "vingt-cinq",
** "quatre-vingt-dix"); -1 when not a number. */
static double word_number_value(const pc_sent *st, size_t i) {
  const uint8_t *p = pc_tok_text(st, i);
  size_t n = pc_tok_len(st, i), a = 0, k;
  double total = 0, cur = 0;
  int parts = 0;
  if (st->tok[i].kind != PC_TOK_WORD) return -1;
  /* one word: its entry is known already */
  if (!(st->tok[i].flags & PC_TF_HYPHEN)) {
    const pc_word *w = st->word[i];
    if (!w) return -1;
    if ((w->cls & W_NUM) && !(w->cls & W_ARTICLE)) return w->num;
    if (w->cls & W_MULT) return w->num;
    return -1;
  }
  for (k = 0; k <= n; k++) {
    if (k < n && p[k] != '-') continue;
    {
      const pc_word *w = pc_word_lookup(p, a, k);
      if (!w) {
        if (pc_ascii_ieq(p + a, k - a, "et") && parts > 0) { a = k + 1; continue; }
        return -1;
      }
      if ((w->cls & W_NUM) && !(w->cls & W_ARTICLE && parts == 0 && k == n)) {
        /* "quatre-vingt": 4 x 20 */
        if (w->num == 20 && cur > 0 && cur < 10 && parts > 0) cur *= 20;
        else cur += w->num;
      } else if (w->cls & W_MULT) {
        if (w->num == 100) cur = (cur ? cur : 1) * 100;
        else { total += (cur ? cur : 1) * w->num; cur = 0; }
      } else if ((w->cls & W_ARTICLE) && (w->cls & W_NUM) && parts > 0) {
        cur += 1; /* "vingt-et-un" */
      } else {
        return -1;
      }
      parts++;
      a = k + 1;
    }
  }
  return total + cur;
}

/* ---- number expressions ---- */

/* Reads a number (digits or words, with a scale word) at token i. */
static int read_number(const pc_sent *st, size_t i, num *out) {
  size_t j = i, slen;
  double v;
  const uint8_t *suf;
  memset(out, 0, sizeof *out);
  out->first = i;
  if (i >= st->n || st->taken[i]) return 0;
  if (st->tok[i].kind == PC_TOK_NUMBER) {
    if (!pc_read_digits(st, i, &v, &j)) return 0;
    suf = digit_suffix(st, j, &slen);
    if (suf) {
      int sc = suffix_scale(suf, slen);
      if (!sc) return 0; /* "14h30", "1er", "30km": not a plain number */
      v *= pow(10, sc);
    }
  } else {
    double w;
    /* "a dozen", "a hundred", "un million", "une dizaine" */
    if (pc_tok_is(st, i, W_ARTICLE) && st->word[i]->num == 1 && i + 1 < st->n) {
      if (pc_tok_is(st, i + 1, W_ROUND)) {
        out->value = st->word[i + 1]->num;
        out->flags = PC_EF_VALUE | PC_EF_APPROX;
        out->last = i + 1;
        out->words = 1;
        return 1;
      }
      if (pc_tok_is(st, i + 1, W_MULT | W_SCALE) && !pc_tok_is(st, i + 1, W_VAGUE) &&
          st->s[st->tok[i + 1].end - 1] != 's') {
        j = i + 1;
        v = pc_tok_is(st, j, W_MULT) ? st->word[j]->num : pow(10, st->word[j]->val);
        goto scaled;
      }
      if (pc_tok_is(st, i + 1, W_PLURALIZER)) {
        out->value = 12;
        out->flags = PC_EF_VALUE;
        out->last = i + 1;
        out->words = 1;
        return 1;
      }
      if (st->word[i]->key[0] == 'a') return 0;
    }
    if (pc_tok_is(st, i, W_ARTICLE)) return 0;
    w = word_number_value(st, i);
    if (w < 0) return 0;
    v = w;
    out->words = 1;
    /* "two hundred", "trois mille", "deux cents" */
    while (j + 1 < st->n && pc_tok_is(st, j + 1, W_MULT | W_NUM) && !pc_tok_is(st, j + 1, W_ARTICLE) &&
           !pc_tok_is(st, j + 1, W_PLURALIZER)) {
      double w2 = word_number_value(st, j + 1);
      if (w2 < 0) break;
      if (pc_tok_is(st, j + 1, W_MULT)) v = v * w2;
      else if (w2 < v && (long)v % 10 == 0) v += w2;
      else break;
      j++;
    }
    if (pc_tok_is(st, j + 1, W_PLURALIZER)) { v *= 12; j++; }
  }
scaled:
  /* scale words: "1.5 million", "3,4 millions", "deux milliards" */
  if (j + 1 < st->n && pc_tok_is(st, j + 1, W_SCALE) && !st->taken[j + 1]) {
    j++;
    v *= pow(10, st->word[j]->val);
  } else if (j + 1 < st->n && pc_tok_is(st, j + 1, W_MULT) && st->tok[i].kind == PC_TOK_NUMBER &&
             st->word[j + 1]->num == 1000 && !pc_tok_ieq(st, j + 1, "mille")) {
    j++;
    v *= 1000; /* "5 thousand" */
  }
  out->value = v;
  out->flags = PC_EF_VALUE;
  out->last = j;
  return 1;
}

/* Vague quantifiers: "hundreds", "des milliers", "tens of thousands", "several hundred",
** "plusieurs centaines", "quelques milliers". */
static int read_vague(const pc_sent *st, size_t i, num *out) {
  size_t j = i;
  int id;
  memset(out, 0, sizeof *out);
  out->first = i;
  if (pc_tok_ieq(st, j, "des") || pc_tok_ieq(st, j, "plusieurs") || pc_tok_ieq(st, j, "quelques") ||
      pc_tok_ieq(st, j, "several") || (pc_tok_ieq(st, j, "a") && pc_tok_ieq(st, j + 1, "few")) ||
      pc_tok_ieq(st, j, "many")) {
    size_t k = pc_tok_ieq(st, j, "a") ? j + 2 : j + 1;
    if (!pc_tok_is(st, k, W_VAGUE) && !(k < st->n && (pc_tok_ieq(st, k, "hundred") || pc_tok_ieq(st, k, "thousand"))))
      return 0;
    j = k;
  }
  if (pc_tok_ieq(st, j, "hundred") && j > i) id = 2;
  else if (pc_tok_ieq(st, j, "thousand") && j > i) id = 3;
  else if (pc_tok_is(st, j, W_VAGUE)) id = st->word[j]->num;
  else return 0;
  if (id == 5 && !(pc_tok_ieq(st, j + 1, "of") && pc_tok_ieq(st, j + 2, "thousands"))) return 0;
  if (id == 5) j += 2;
  /* "hundreds of thousands" */
  if (id == 2 && pc_tok_ieq(st, j + 1, "of") && pc_tok_ieq(st, j + 2, "thousands")) { id = 6; j += 2; }
  /* "des dizaines de milliers", "des centaines de milliers": one figure, not "dizaines" of a
  ** unit "millier" */
  if ((id == 1 || id == 2) && (pc_tok_ieq(st, j + 1, "de") || pc_tok_ieq(st, j + 1, "d")) &&
      pc_tok_ieq(st, j + 2, "milliers")) {
    id = id == 1 ? 5 : 6;
    j += 2;
  }
  /* "millions" alone is vague; "millions d'euros" is money we cannot value */
  out->low = vague_low[id];
  out->high = vague_high[id];
  out->flags = PC_EF_LOW | PC_EF_HIGH;
  out->last = j;
  out->vague = 1;
  return 1;
}

/* ---- currency ---- */

/* The currency a "dollar", "peso", "shilling"... means in the document's country (the
** dateline's), when it is not the default of the table. */
static const char *home_currency(const pc_sent *st, const char *code) {
  static const struct { const char *word_code, *cc, *code; } table[] = {
    {"USD", "CA", "CAD"}, {"USD", "AU", "AUD"}, {"USD", "NZ", "NZD"}, {"USD", "HK", "HKD"},
    {"USD", "SG", "SGD"}, {"MXN", "CL", "CLP"}, {"MXN", "AR", "ARS"}, {"MXN", "CO", "COP"},
    {"MXN", "PH", "PHP"}, {"MXN", "UY", "UYU"}, {"KES", "UG", "UGX"}, {"KES", "TZ", "TZS"},
    {"INR", "PK", "PKR"}, {"INR", "LK", "LKR"}, {"INR", "NP", "NPR"}, {"DZD", "TN", "TND"},
    {"DZD", "IQ", "IQD"}, {"DZD", "JO", "JOD"}, {"DZD", "RS", "RSD"}, {"DZD", "LY", "LYD"},
    {"MAD", "AE", "AED"}, {"CHF", "SN", "XOF"}, {"CHF", "CI", "XOF"}, {"CHF", "ML", "XOF"},
    {"CHF", "BF", "XOF"}, {"CHF", "NE", "XOF"}, {"CHF", "TG", "XOF"}, {"CHF", "BJ", "XOF"},
    {"CHF", "CM", "XAF"}, {"CHF", "GA", "XAF"}, {"CHF", "TD", "XAF"}, {"CHF", "CD", "CDF"},
    {"CHF", "RW", "RWF"}, {"GBP", "EG", "EGP"}, {"GBP", "LB", "LBP"}, {"NOK", "DK", "DKK"},
    {NULL, NULL, NULL}};
  int k;
  if (!st->home[0]) return code;
  for (k = 0; table[k].cc; k++)
    if (strcmp(table[k].word_code, code) == 0 && table[k].cc[0] == st->home[0] && table[k].cc[1] == st->home[1])
      return table[k].code;
  return code;
}

static const char *prefix_currency(const pc_sent *st, size_t i, size_t *last) {
  const uint8_t *p;
  size_t n;
  if (i >= st->n) return NULL;
  p = pc_tok_text(st, i);
  n = pc_tok_len(st, i);
  *last = i;
  if (st->tok[i].kind == PC_TOK_SYMBOL) {
    if (n == 3 && memcmp(p, "\xe2\x82\xac", 3) == 0) return "EUR";
    if (n == 2 && memcmp(p, "\xc2\xa3", 2) == 0) return "GBP";
    if (n == 2 && memcmp(p, "\xc2\xa5", 2) == 0) return "JPY";
    if (n == 1 && p[0] == '$') return home_currency(st, "USD");
    if (n == 3 && memcmp(p, "\xe2\x82\xa6", 3) == 0) return "NGN";
    if (n == 3 && memcmp(p, "\xe2\x82\xb9", 3) == 0) return "INR";
    if (n == 3 && memcmp(p, "\xe2\x82\xbd", 3) == 0) return "RUB";
    if (n == 3 && memcmp(p, "\xe2\x82\xba", 3) == 0) return "TRY";
    if (n == 3 && memcmp(p, "\xe2\x82\xb4", 3) == 0) return "UAH";
    if (n == 3 && memcmp(p, "\xe2\x82\xa9", 3) == 0) return "KRW";
    if (n == 3 && memcmp(p, "\xe2\x82\xaa", 3) == 0) return "ILS";
    return NULL;
  }
  /* "KSh 12.40", "CHF 300", "R500" */
  if (st->tok[i].kind == PC_TOK_WORD && i + 1 < st->n && st->tok[i + 1].kind == PC_TOK_NUMBER) {
    static const struct { const char *w, *code; } codes[] = {
      {"KSh", "KES"}, {"Ksh", "KES"}, {"Sh", "KES"}, {"CHF", "CHF"}, {"Fr", "CHF"}, {"SEK", "SEK"},
      {"NOK", "NOK"}, {"DKK", "DKK"}, {"PLN", "PLN"}, {"MXN", "MXN"}, {"BRL", "BRL"}, {"ZAR", "ZAR"},
      {"CAD", "CAD"}, {"AUD", "AUD"}, {"NZD", "NZD"}, {"GHS", "GHS"}, {"FCFA", "XOF"}, {"Dh", "MAD"},
      {"DH", "MAD"}, {"R", "ZAR"}, {NULL, NULL}};
    int k;
    for (k = 0; codes[k].w; k++) {
      if ((uint8_t)codes[k].w[0] == p[0] && strlen(codes[k].w) == n && memcmp(p, codes[k].w, n) == 0) {
        if (n == 1 && !pc_tok_glued(st, i)) break; /* "R500" only */
        *last = i;
        return codes[k].code;
      }
    }
  }
  /* "Rs 2,500", "Rs. 500" */
  if (st->tok[i].kind == PC_TOK_WORD && n == 2 && memcmp(p, "Rs", 2) == 0) {
    size_t k = pc_tok_char(st, i + 1, '.') ? i + 1 : i;
    if (k + 1 < st->n && st->tok[k + 1].kind == PC_TOK_NUMBER) { *last = k; return "INR"; }
  }
  if (st->tok[i].kind == PC_TOK_WORD && pc_tok_glued(st, i) && pc_tok_char(st, i + 1, '$')) {
    *last = i + 1;
    if (pc_ascii_ieq(p, n, "us")) return "USD";
    if (pc_ascii_ieq(p, n, "c") || pc_ascii_ieq(p, n, "ca") || pc_ascii_ieq(p, n, "can")) return "CAD";
    if (pc_ascii_ieq(p, n, "a") || pc_ascii_ieq(p, n, "au")) return "AUD";
    if (pc_ascii_ieq(p, n, "hk")) return "HKD";
    if (pc_ascii_ieq(p, n, "r")) return "BRL";
    return NULL;
  }
  if (st->tok[i].kind == PC_TOK_WORD && (st->tok[i].flags & PC_TF_UPPER) && n == 3) {
    static const char *const codes[] = {"EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY", "NGN", "INR", NULL};
    int k;
    for (k = 0; codes[k]; k++)
      if (memcmp(p, codes[k], 3) == 0 && st->tok[i + 1 < st->n ? i + 1 : i].kind == PC_TOK_NUMBER) return codes[k];
  }
  return NULL;
}

/* A currency after an amount: "€", "euros", "d'euros", "de dollars", "francs suisses",
** "US dollars", "dollars canadiens", "livres sterling". */
static const char *suffix_currency(const pc_sent *st, size_t i, size_t *last) {
  size_t k = i;
  const char *code;
  if (k >= st->n) return NULL;
  if (st->tok[k].kind == PC_TOK_SYMBOL) {
    size_t dummy;
    code = prefix_currency(st, k, &dummy);
    if (code) { *last = k; return code; }
    return NULL;
  }
  if (pc_tok_ieq(st, k, "de") || pc_tok_ieq(st, k, "d'") || pc_tok_ieq(st, k, "d\xe2\x80\x99") || pc_tok_ieq(st, k, "of")) {
    if (!pc_tok_is(st, k + 1, W_CURRENCY)) return NULL;
    k++;
  }
  if (pc_tok_ieq(st, k, "us") && pc_tok_is(st, k + 1, W_CURRENCY)) k++;
  if ((pc_tok_ieq(st, k, "canadian") || pc_tok_ieq(st, k, "australian")) && pc_tok_is(st, k + 1, W_CURRENCY)) {
    *last = k + 1;
    return pc_tok_ieq(st, k, "canadian") ? "CAD" : "AUD";
  }
  if (!pc_tok_is(st, k, W_CURRENCY)) return NULL;
  if (pc_tok_ieq(st, k, "livres")) return NULL;
  code = home_currency(st, pc_currency_codes[st->word[k]->val]);
  *last = k;
  if (pc_tok_ieq(st, k + 1, "suisses") || pc_tok_ieq(st, k + 1, "swiss")) { *last = k + 1; return "CHF"; }
  if (pc_tok_ieq(st, k + 1, "cfa")) { *last = k + 1; return "XOF"; }
  if (pc_tok_ieq(st, k + 1, "canadiens")) { *last = k + 1; return "CAD"; }
  if (pc_tok_ieq(st, k + 1, "am\xc3\xa9ricains")) { *last = k + 1; return "USD"; }
  if (pc_tok_ieq(st, k + 1, "sterling")) { *last = k + 1; return "GBP"; }
  return code;
}

static int percent_after(const pc_sent *st, size_t i, size_t *last) {
  if (i >= st->n) return 0;
  if (pc_tok_char(st, i, '%')) { *last = i; return 1; }
  if (pc_tok_is(st, i, W_PERCENT)) { *last = i; return 1; }
  if ((pc_tok_ieq(st, i, "per") || pc_tok_ieq(st, i, "pour")) && pc_tok_ieq(st, i + 1, "cent")) { *last = i + 1; return 1; }
  return 0;
}

/* ---- what a number is not ---- */

/* A clock time, duration, age or compound after the number at tokens [first..last]. */
static int not_a_count(const pc_sent *st, const num *nb) {
  size_t k = nb->last + 1, slen;
  const uint8_t *suf;
  if (!nb->words && st->tok[nb->last].kind == PC_TOK_NUMBER) {
    suf = digit_suffix(st, nb->last, &slen);
    if (suf && is_ordinal_suffix(suf, slen)) return 1;
  }
  if (k >= st->n) return 0;
  /* "56-year-old", "24-hour", "30-year", "10-point": a compound adjective */
  if (pc_tok_glued(st, nb->last) && (pc_tok_char(st, k, '-') || pc_tok_char(st, k, '/')) && k + 1 < st->n &&
      st->tok[k + 1].kind == PC_TOK_WORD && pc_tok_glued(st, k))
    return !pc_tok_ieq(st, k + 1, "strong");
  /* "10:30", "10 a.m.", "14 h", "11 heures" */
  if (pc_tok_char(st, k, ':') && pc_tok_glued(st, nb->last) && k + 1 < st->n && st->tok[k + 1].kind == PC_TOK_NUMBER)
    return 1;
  if ((pc_tok_ieq(st, k, "a") || pc_tok_ieq(st, k, "p")) && pc_tok_char(st, k + 1, '.') && pc_tok_ieq(st, k + 2, "m"))
    return 1;
  if (pc_tok_ieq(st, k, "am") || pc_tok_ieq(st, k, "pm") || pc_tok_ieq(st, k, "a.m") || pc_tok_ieq(st, k, "p.m")) return 1;
  if (pc_tok_is(st, k, W_TIME) || pc_tok_ieq(st, k, "gmt") || pc_tok_ieq(st, k, "utc") || pc_tok_ieq(st, k, "cet") ||
      pc_tok_ieq(st, k, "bst") || pc_tok_ieq(st, k, "edt") || pc_tok_ieq(st, k, "est") || pc_tok_ieq(st, k, "pst"))
    return 1;
  if (nb->first >= 2 && pc_tok_is(st, nb->first - 1, W_TIME) && st->tok[nb->first - 2].kind == PC_TOK_NUMBER) return 1;
  /* "two weeks", "45 ans", "three long years", "five more days" */
  if (pc_tok_is(st, k, W_TIMEUNIT)) return 1;
  if ((pc_tok_is(st, k, W_PREADJ) || pc_tok_ieq(st, k, "long") || pc_tok_ieq(st, k, "more") || pc_tok_ieq(st, k, "full")) &&
      pc_tok_is(st, k + 1, W_TIMEUNIT) && !pc_tok_is(st, k + 1, W_ARTICLE))
    return 1;
  /* "years old", "ans" handled above */
  return 0;
}

/* A number inside a name: "Route 66", "CAC 40", "No. 10". */
static int inside_name(const pc_sent *st, const num *nb) {
  size_t i = nb->first;
  if (nb->words || i == 0) return 0;
  if (pc_tok_char(st, i - 1, '#')) return 1;
  if (i >= 2 && pc_tok_char(st, i - 1, '.') && (pc_tok_ieq(st, i - 2, "no") || pc_tok_ieq(st, i - 2, "nos"))) return 1;
  if (pc_tok_ieq(st, i - 1, "n\xc2\xb0") || pc_tok_ieq(st, i - 1, "no")) return 1;
  /* "Route 66", "Grade 6", "CAC 40", "acte 53": a word that is not a function word right
  ** before a bare number, itself not first in the sentence */
  if (st->tok[i - 1].kind == PC_TOK_WORD && i - 1 > 0 && !pc_tok_function(st, i - 1) && (st->tok[i].flags & PC_TF_DIGITS) &&
      pc_tok_len(st, i) <= 3 &&
      (pc_tok_ieq(st, i - 1, "acte") || pc_tok_ieq(st, i - 1, "act") || pc_tok_ieq(st, i - 1, "autoroute") ||
       pc_tok_ieq(st, i - 1, "route") || pc_tok_ieq(st, i - 1, "highway") || pc_tok_ieq(st, i - 1, "terminal") ||
       pc_tok_ieq(st, i - 1, "gate") || pc_tok_ieq(st, i - 1, "platform") || pc_tok_ieq(st, i - 1, "ligne") ||
       pc_tok_ieq(st, i - 1, "line") || pc_tok_ieq(st, i - 1, "exit") || pc_tok_ieq(st, i - 1, "sortie") ||
       pc_tok_ieq(st, i - 1, "article") || pc_tok_ieq(st, i - 1, "grade") || pc_tok_ieq(st, i - 1, "flight") ||
       ((st->tok[i - 1].flags & (PC_TF_CAP | PC_TF_UPPER)) && st->tok[i - 2].kind != PC_TOK_PUNCT)))
    return 1;
  return 0;
}

/* ---- units ---- */

static int is_unit_candidate(const pc_sent *st, size_t k) {
  if (k >= st->n || st->tok[k].kind != PC_TOK_WORD) return 0;
  if (st->word[k] && (st->word[k]->cls & (W_NOTNOUN | W_APPROX | W_APPROX2 | W_RANGE_TO | W_FUTURE | W_MONTH |
                                           W_WEEKDAY | W_DAYREL | W_LAST | W_NEXT | W_CURRENCY | W_PERCENT |
                                           W_ARTICLE | W_SCALE | W_EARLY)))
    return 0;
  if (st->tok[k].flags & PC_TF_APOS) return 0;
  return (st->tok[k].flags & PC_TF_LOWER) != 0 || pc_tok_len(st, k) <= 3;
}

/* French nouns that end in s in the singular too: their plural is the same word. */
static int fr_invariable(const char *w) {
  static const char *const words[] = { "temps", "corps", "fois", "mois", "pays", "cas", "avis", "poids",
                                       "bras", "repas", "dos", "fils", "tiers", "jus", "prix", "discours",
                                       "concours", "secours", "parcours", "recours", NULL };
  size_t k;
  for (k = 0; words[k]; k++)
    if (strcmp(w, words[k]) == 0) return 1;
  return 0;
}

/* Writes the singular, lowercase form of s[a..b) into unit. */
static void singular(const uint8_t *s, size_t a, size_t b, int lang, char *unit) {
  size_t n = b - a, k, o = 0;
  char buf[PC_UNIT_MAX];
  if (n >= PC_UNIT_MAX) { unit[0] = '\0'; return; }
  for (k = 0; k < n; k++) buf[k] = (char)(s[a + k] >= 'A' && s[a + k] <= 'Z' ? s[a + k] + 32 : s[a + k]);
  buf[n] = '\0';
  if (strcmp(buf, "people") == 0) { strcpy(unit, "person"); return; }
  if (strcmp(buf, "men") == 0) { strcpy(unit, "man"); return; }
  if (strcmp(buf, "women") == 0) { strcpy(unit, "woman"); return; }
  if (strcmp(buf, "children") == 0) { strcpy(unit, "child"); return; }
  if (strcmp(buf, "police") == 0 || strcmp(buf, "staff") == 0 || strcmp(buf, "personnel") == 0) { strcpy(unit, buf); return; }
  o = n;
  if (lang == PC_LANG_FR) {
    if (n > 4 && strcmp(buf + n - 3, "aux") == 0 && strcmp(buf, "travaux") != 0) { buf[n - 2] = 'l'; o = n - 1; }
    /* plural -x only after u (jeux, bateaux, genoux); voix, prix, choix are singular */
    else if (n > 3 && buf[n - 1] == 'x' && buf[n - 2] == 'u') o = n - 1;
    else if (n > 3 && buf[n - 1] == 's' && buf[n - 2] != 's' && !fr_invariable(buf)) o = n - 1;
  } else if (n > 3) {
    if (strcmp(buf + n - 3, "ies") == 0) { buf[n - 3] = 'y'; o = n - 2; }
    /* buses, campuses, viruses: -us + es after a consonant (causes, houses keep their e) */
    else if (n >= 5 && strcmp(buf + n - 4, "uses") == 0 && !strchr("aeiou", buf[n - 5])) o = n - 2;
    else if (n > 4 && (strcmp(buf + n - 4, "sses") == 0 || strcmp(buf + n - 4, "ches") == 0 ||
                       strcmp(buf + n - 4, "shes") == 0 || strcmp(buf + n - 3, "xes") == 0))
      o = n - 2;
    else if (buf[n - 1] == 's' && buf[n - 2] != 's' && buf[n - 2] != 'u' && buf[n - 2] != 'i') o = n - 1;
  }
  buf[o] = '\0';
  memcpy(unit, buf, o + 1);
}

static void find_unit(const pc_sent *st, const num *nb, pc_entity *e) {
  size_t k = nb->last + 1, end, best = (size_t)-1, lastc = (size_t)-1, w;
  /* "Two of the four police", "Près de deux millions de procédures", "hundreds more" */
  if (pc_tok_ieq(st, k, "more")) k++;
  if (pc_tok_ieq(st, k, "of") || pc_tok_ieq(st, k, "de") || pc_tok_ieq(st, k, "d'") || pc_tok_ieq(st, k, "d\xe2\x80\x99")) k++;
  if (pc_tok_ieq(st, k, "the") || pc_tok_ieq(st, k, "les") || pc_tok_ieq(st, k, "ses") || pc_tok_ieq(st, k, "their")) k++;
  if (k < st->n && st->tok[k].kind == PC_TOK_NUMBER && !st->taken[k]) k++; /* "of the four police" */
  end = k + 4 < st->n ? k + 4 : st->n;
  /* the head noun: the first plural-looking word ("12,500 security jobs", "people"), else
  ** the word before a verb-looking one ("two police inside"), else the last candidate */
  for (w = k; w < end; w++) {
    size_t n;
    const uint8_t *p;
    if (!is_unit_candidate(st, w) || pc_tok_is(st, w, W_PAST)) break;
    if (pc_tok_is(st, w, W_PREADJ)) continue;
    n = pc_tok_len(st, w);
    p = pc_tok_text(st, w);
    /* a participle: an adjective before the noun ("300 masked people", "striking workers"),
    ** or after a word the verb that ends the noun phrase ("two police inside fled") */
    if (n > 3 && (memcmp(p + n - 2, "ed", 2) == 0 || memcmp(p + n - 3, "ing", 3) == 0)) {
      if (lastc != (size_t)-1) break;
      continue;
    }
    lastc = w;
    if ((p[n - 1] == 's' || p[n - 1] == 'x') && n > 3) { best = w; break; }
    if (pc_ascii_ieq(p, n, "people") || pc_ascii_ieq(p, n, "police") || pc_ascii_ieq(p, n, "men") ||
        pc_ascii_ieq(p, n, "women") || pc_ascii_ieq(p, n, "children") || pc_ascii_ieq(p, n, "staff")) {
      /* "police cars": a modifier when a plural noun follows */
      if (w + 1 < end && is_unit_candidate(st, w + 1) && pc_tok_len(st, w + 1) > 3 &&
          (st->s[st->tok[w + 1].end - 1] == 's' || st->s[st->tok[w + 1].end - 1] == 'x'))
        continue;
      best = w;
      break;
    }
  }
  /* with no plural in sight, a singular word is the counted noun only of "one" or as an
  ** abbreviation ("30 km"); else it is some other word ("Thousands rally", "within") */
  if (best == (size_t)-1 && lastc != (size_t)-1 &&
      (pc_tok_len(st, lastc) <= 3 || (nb->flags & PC_EF_VALUE && nb->value == 1) ||
       (nb->flags & PC_EF_LOW && !(nb->flags & PC_EF_HIGH) && nb->low == 1)))
    best = lastc;
  if (best == (size_t)-1) return;
  singular(st->s, st->tok[best].start, st->tok[best].end, st->lang, e->unit);
  /* a glued unit: "30km" has none here; "km" stays */
}

/* ---- entities ---- */

static void set_num(pc_entity *e, const num *nb) {
  e->flags |= nb->flags & (PC_EF_VALUE | PC_EF_LOW | PC_EF_HIGH | PC_EF_APPROX);
  e->value = nb->value;
  e->low = nb->low;
  e->high = nb->high;
}

/* An age, not a count: "aged 45", "âgés de 30", and a bare "under 30" / "over 65" after a
** copula or "those" ("75 percent of whom were under 30"): no counted noun, a whole number of
** years. GUIDELINES: ages are not quantities. */
static int is_age(const pc_sent *st, size_t first, const num *nb) {
  static const char *const before[] = { "were", "are", "was", "is", "be", "been", "those", "people",
                                        "anyone", "everyone", "children", "aged", NULL };
  pc_entity probe;
  size_t k;
  if (first > 0 && (pc_tok_ieq(st, first - 1, "aged") || pc_tok_ieq(st, first - 1, "\xc3\xa2g\xc3\xa9" "s") ||
                    pc_tok_ieq(st, first - 1, "\xc3\xa2g\xc3\xa9" "es")))
    return 1;
  if (first == 0 || nb->vague || !(pc_tok_ieq(st, first, "under") || pc_tok_ieq(st, first, "over") ||
                                   pc_tok_ieq(st, first, "below") || pc_tok_ieq(st, first, "above")))
    return 0;
  if (st->tok[nb->last].kind != PC_TOK_NUMBER || nb->last != first + 1) return 0;
  probe.unit[0] = '\0';
  find_unit(st, nb, &probe);
  if (probe.unit[0]) return 0;
  for (k = 0; before[k]; k++)
    if (pc_tok_ieq(st, first - 1, before[k])) return 1;
  return 0;
}

static int emit_quantity(pc_sent *st, pc_entities *out, size_t first, const num *nb) {
  pc_entity *e;
  if (is_age(st, first, nb)) return PC_OK;
  e = pc_add_entity(st, out, first, nb->last, PC_ENT_QUANTITY);
  if (!e) return PC_ENOMEM;
  set_num(e, nb);
  find_unit(st, nb, e);
  return PC_OK;
}

/* Approximators before a number: returns the index of the number's first token and sets
** the kind: 0 plain approx, 1 more than (low N+1), 2 less than (high N-1), 3 at least
** (low N), 4 up to (high N). Returns i when none. */
static size_t read_approx(const pc_sent *st, size_t i, int *kind) {
  *kind = -1;
  if (pc_tok_is(st, i, W_APPROX)) {
    if (pc_tok_ieq(st, i, "some") && !(i + 1 < st->n && st->tok[i + 1].kind == PC_TOK_NUMBER)) return i;
    if (pc_tok_ieq(st, i, "estimated") && i > 0 && pc_tok_ieq(st, i - 1, "an")) { *kind = 0; return i + 1; }
    if (pc_tok_ieq(st, i, "estimated")) return i;
    *kind = st->word[i]->val == 1 ? 1 : st->word[i]->val == 2 ? 2 : 0;
    return i + 1;
  }
  if (!pc_tok_is(st, i, W_APPROX2) || i + 1 >= st->n) return i;
  if ((pc_tok_ieq(st, i, "more") && pc_tok_ieq(st, i + 1, "than")) || (pc_tok_ieq(st, i, "plus") && (pc_tok_ieq(st, i + 1, "de") || pc_tok_ieq(st, i + 1, "d'") || pc_tok_ieq(st, i + 1, "d\xe2\x80\x99"))) ||
      (pc_tok_ieq(st, i, "upwards") && pc_tok_ieq(st, i + 1, "of"))) { *kind = 1; return i + 2; }
  if (((pc_tok_ieq(st, i, "fewer") || pc_tok_ieq(st, i, "less")) && pc_tok_ieq(st, i + 1, "than")) ||
      (pc_tok_ieq(st, i, "moins") && (pc_tok_ieq(st, i + 1, "de") || pc_tok_ieq(st, i + 1, "d'") || pc_tok_ieq(st, i + 1, "d\xe2\x80\x99")))) { *kind = 2; return i + 2; }
  if ((pc_tok_ieq(st, i, "at") && pc_tok_ieq(st, i + 1, "least")) || (pc_tok_ieq(st, i, "au") && pc_tok_ieq(st, i + 1, "moins"))) { *kind = 3; return i + 2; }
  if (pc_tok_ieq(st, i, "as") && pc_tok_ieq(st, i + 1, "many") && pc_tok_ieq(st, i + 2, "as")) { *kind = 4; return i + 3; }
  if ((pc_tok_ieq(st, i, "up") && pc_tok_ieq(st, i + 1, "to")) ||
      ((pc_tok_ieq(st, i, "jusqu'") || pc_tok_ieq(st, i, "jusqu\xe2\x80\x99")) && pc_tok_ieq(st, i + 1, "\xc3\xa0"))) { *kind = 4; return i + 2; }
  if ((pc_tok_ieq(st, i, "close") && pc_tok_ieq(st, i + 1, "to")) ||
      ((pc_tok_ieq(st, i, "pr\xc3\xa8s") || pc_tok_ieq(st, i, "autour")) && (pc_tok_ieq(st, i + 1, "de") || pc_tok_ieq(st, i + 1, "d'") || pc_tok_ieq(st, i + 1, "d\xe2\x80\x99")))) { *kind = 0; return i + 2; }
  return i;
}

static void apply_approx(num *nb, int kind) {
  if (kind < 0) return;
  nb->flags |= PC_EF_APPROX;
  if (nb->vague || kind == 0) return;
  if (kind == 1 || kind == 3) {
    nb->low = kind == 1 && nb->value == floor(nb->value) ? nb->value + 1 : nb->value;
    nb->flags = (nb->flags & ~PC_EF_VALUE) | PC_EF_LOW;
  } else {
    nb->high = kind == 2 && nb->value == floor(nb->value) ? nb->value - 1 : nb->value;
    nb->flags = (nb->flags & ~PC_EF_VALUE) | PC_EF_HIGH;
  }
}

/* Words that may prefix an amount: "Rs", "Sh", "R", "Dh", "Fr", "US" (of "US$"). */
static inline int tlen_is_short_code(const pc_sent *st, size_t i) {
  return (st->tok[i].flags & PC_TF_CAP) && pc_tok_len(st, i) <= 4 && i + 1 < st->n &&
         (st->tok[i + 1].kind == PC_TOK_NUMBER || st->tok[i + 1].kind == PC_TOK_SYMBOL || pc_tok_char(st, i + 1, '.'));
}

/* Whether word token i may begin a figure: a number word (or a hyphenated compound that
** starts with one: "twenty-five"), an approximator, a range or vague word, an article
** before a round number, or a short code before an amount ("CHF 300", "US$5m"). Most
** words are none of these; this skips them before any pattern is tried. */
static int may_start_figure(const pc_sent *st, size_t i) {
  const pc_word *w = st->word[i];
  if (st->tok[i].flags & PC_TF_HYPHEN) {
    const uint8_t *p = pc_tok_text(st, i), *dash = memchr(p, '-', pc_tok_len(st, i));
    w = dash ? pc_word_lookup(p, 0, (size_t)(dash - p)) : NULL;
    return (w && (w->cls & (W_NUM | W_MULT))) || tlen_is_short_code(st, i);
  }
  if (w && ((w->cls & (W_NUM | W_MULT | W_VAGUE | W_ROUND | W_APPROX | W_APPROX2 | W_BETWEEN)) ||
            (w->cls2 & W2_QUANT) || ((w->cls & W_ARTICLE) && (w->num == 1 || pc_tok_ieq(st, i, "des")))))
    return 1;
  return tlen_is_short_code(st, i);
}

/* Money at token i: "€100 million", "US$5m", "300 euros", "100 millions d'euros". */
/* at_i: the number read at token i (NULL when there is none) */
static int try_money(pc_sent *st, pc_entities *out, size_t i, const num *at_i, size_t *next) {
  size_t k, last;
  const char *code = prefix_currency(st, i, &k);
  num nb;
  pc_entity *e;
  if (code) {
    if (!read_number(st, k + 1, &nb) || nb.words) return 0;
    last = nb.last;
  } else {
    if (!at_i) return 0;
    nb = *at_i;
    code = suffix_currency(st, nb.last + 1, &last);
    if (!code) return 0;
  }
  e = pc_add_entity(st, out, i, last, PC_ENT_MONEY);
  if (!e) return -1;
  e->value = nb.value;
  e->flags |= PC_EF_VALUE;
  memcpy(e->currency, code, 4);
  *next = last;
  return 1;
}

static int try_percent(pc_sent *st, pc_entities *out, size_t i, const num *at_i, size_t *next) {
  num nb;
  size_t last;
  pc_entity *e;
  if (!at_i || !percent_after(st, at_i->last + 1, &last)) return 0;
  nb = *at_i;
  e = pc_add_entity(st, out, i, last, PC_ENT_PERCENT);
  if (!e) return -1;
  e->value = nb.value;
  e->flags |= PC_EF_VALUE;
  *next = last;
  return 1;
}

/* A range after a first number nb: "and/to/-/à/or Y". Fills low/high. */
static int read_range_end(const pc_sent *st, num *nb, int need_to) {
  size_t k = nb->last + 1;
  num hi;
  int dash = 0;
  if (k >= st->n) return 0;
  if ((pc_tok_char(st, k, '-') || (pc_tok_len(st, k) == 3 && memcmp(pc_tok_text(st, k), "\xe2\x80\x93", 3) == 0)) &&
      !nb->words) dash = 1;
  else if (!pc_tok_is(st, k, W_RANGE_TO)) return 0;
  if (need_to == 1 && !(pc_tok_ieq(st, k, "and") || pc_tok_ieq(st, k, "et"))) return 0;
  if (need_to == 2 && !(pc_tok_ieq(st, k, "to") || pc_tok_ieq(st, k, "\xc3\xa0"))) return 0;
  if (!read_number(st, k + 1, &hi) || (dash && hi.words)) return 0;
  if (!(hi.flags & PC_EF_VALUE) || !(nb->flags & PC_EF_VALUE)) return 0;
  /* "between 1 and 1.5 million": the scale of the second applies to the first */
  if (nb->value < 1000 && hi.last > hi.first && pc_tok_is(st, hi.last, W_SCALE) && !pc_tok_is(st, nb->last, W_SCALE))
    nb->value *= pow(10, st->word[hi.last]->val);
  if (!(nb->value < hi.value)) return 0;
  nb->low = nb->value;
  nb->high = hi.value;
  nb->flags = (nb->flags & ~PC_EF_VALUE) | PC_EF_LOW | PC_EF_HIGH;
  nb->last = hi.last;
  return 1;
}

/* Ages and ratios: "Sophie Renard, 52,", "aged 45", "retire at 60", "un train sur trois". */
static int age_or_ratio(const pc_sent *st, const num *nb) {
  size_t i = nb->first, k = nb->last + 1;
  int no_noun = k >= st->n || st->tok[k].kind != PC_TOK_WORD || (st->word[k] && (st->word[k]->cls & W_NOTNOUN));
  if (i == 0) return 0;
  if (pc_tok_ieq(st, i - 1, "aged") || pc_tok_ieq(st, i - 1, "age") || pc_tok_ieq(st, i - 1, "\xc3\xa2g\xc3\xa9") ||
      pc_tok_ieq(st, i - 1, "\xc3\xa2g\xc3\xa9" "e") || pc_tok_ieq(st, i - 1, "sur"))
    return 1;
  if (i >= 2 && pc_tok_ieq(st, i - 1, "of") && pc_tok_ieq(st, i - 2, "age")) return 1;
  if (pc_tok_char(st, i - 1, ',') && i >= 2 && st->tok[i - 2].kind == PC_TOK_WORD &&
      (st->tok[i - 2].flags & PC_TF_CAP) && (k >= st->n || pc_tok_char(st, k, ',') || pc_tok_char(st, k, ')')))
    return 1;
  if (no_noun && !nb->words && nb->value <= 120 && (pc_tok_ieq(st, i - 1, "at") || pc_tok_ieq(st, i - 1, "before") || pc_tok_ieq(st, i - 1, "until") ||
                  pc_tok_ieq(st, i - 1, "was") || pc_tok_ieq(st, i - 1, "is") || pc_tok_ieq(st, i - 1, "\xc3\xa0")))
    return 1;
  return 0;
}

/* "one" counts only before a noun: "one officer", not "one of", "one suffering". */
static int one_is_count(const pc_sent *st, const num *nb) {
  size_t k = nb->last + 1;
  if (!nb->words || nb->value != 1 || nb->last != nb->first) return 1;
  if (!is_unit_candidate(st, k)) return 0;
  {
    size_t n = pc_tok_len(st, k);
    const uint8_t *p = pc_tok_text(st, k);
    if (n > 3 && (memcmp(p + n - 3, "ing", 3) == 0 || memcmp(p + n - 2, "ed", 2) == 0)) return 0;
  }
  return 1;
}

static int annotate_figures(pc_sent *st, pc_entities *out) {
  size_t i;
  for (i = 0; i < st->n; i++) {
    size_t start = i, numat, next;
    int kind, r, between = 0, have_at_i;
    num nb, at_i;
    if (st->taken[i]) continue;
    /* only numbers, number words, approximators, range words and currency marks can start
    ** a figure: skip everything else at once */
    if (st->tok[i].kind == PC_TOK_WORD && !may_start_figure(st, i)) continue;
    if (st->tok[i].kind == PC_TOK_PUNCT) continue;
    /* the number at i, read once for money, percent and count */
    have_at_i = read_number(st, i, &at_i);
    /* money and percent first, with no approximator in the span */
    if ((r = try_money(st, out, i, have_at_i ? &at_i : NULL, &next)) != 0) { if (r < 0) return PC_ENOMEM; i = next; continue; }
    if ((r = try_percent(st, out, i, have_at_i ? &at_i : NULL, &next)) != 0) { if (r < 0) return PC_ENOMEM; i = next; continue; }
    numat = read_approx(st, i, &kind);
    if (numat == i && pc_tok_is(st, i, W_BETWEEN) && !(pc_tok_ieq(st, i, "de") && st->lang != PC_LANG_FR)) {
      numat = i + 1;
      between = pc_tok_ieq(st, i, "de") || pc_tok_ieq(st, i, "from") ? 2 : 1;
      if (pc_tok_ieq(st, i, "from")) between = 3;
    }
    if (numat >= st->n || st->taken[numat]) continue;
    if (numat != i) {
      /* an approximator before money or a percent stays out of their span */
      size_t dummy;
      const char *cur = prefix_currency(st, numat, &dummy);
      num probe;
      if (cur || (read_number(st, numat, &probe) && (suffix_currency(st, probe.last + 1, &dummy) ||
                                                      percent_after(st, probe.last + 1, &dummy))))
        continue;
    }
    if (!read_vague(st, numat, &nb) && !(numat == i ? (have_at_i && (nb = at_i, 1)) : read_number(st, numat, &nb)))
      continue;
    if (between) {
      if (!read_range_end(st, &nb, between == 3 ? 2 : between)) continue;
    } else if (!nb.vague) {
      num save = nb;
      if (!read_range_end(st, &nb, 0)) nb = save;
    }
    if (!nb.vague && (not_a_count(st, &nb) || inside_name(st, &nb) || !one_is_count(st, &nb) ||
                      (numat == i && age_or_ratio(st, &nb)))) {
      i = nb.last;
      continue;
    }
    {
      size_t dummy;
      if (percent_after(st, nb.last + 1, &dummy) || suffix_currency(st, nb.last + 1, &dummy)) continue;
    }
    apply_approx(&nb, kind);
    /* emitted whatever the caller asked for: the tokens are claimed, so that names do not
    ** take them; pc_annotate_model drops the unrequested types afterwards */
    if (emit_quantity(st, out, start, &nb)) return PC_ENOMEM;
    i = nb.last;
  }
  return PC_OK;
}

struct pc_figures {
  char home[2]; /* the dateline's country, for "$" and "pesos"; 0: unknown */
};

pc_figures *pc_figures_new(const pc_doc_ctx *ctx) {
  pc_figures *f = calloc(1, sizeof *f);
  if (!f) return NULL;
  f->home[0] = ctx->home[0];
  f->home[1] = ctx->home[1];
  return f;
}

int pc_figures_sentence(pc_figures *f, pc_sent *st, pc_entities *out) {
  st->home[0] = f->home[0];
  st->home[1] = f->home[1];
  return annotate_figures(st, out);
}

int pc_figures_document(pc_figures *f, const pc_doc_ctx *ctx, pc_annotations *out) {
  (void)f;
  (void)ctx;
  (void)out;
  return PC_OK;
}

void pc_figures_free(pc_figures *f) { free(f); }

/* The driver's view of this annotator. */
static void *figures_create(const pc_doc_ctx *ctx) { return pc_figures_new(ctx); }
static int figures_sentence(void *state, pc_sent *st, pc_annotations *out) {
  return pc_figures_sentence((pc_figures *)state, st, &out->entities);
}
static int figures_document(void *state, const pc_doc_ctx *ctx, pc_annotations *out) {
  return pc_figures_document((pc_figures *)state, ctx, out);
}
static void figures_destroy(void *state) { pc_figures_free((pc_figures *)state); }

const pc_annotator pc_figures_annotator = {
  "figures", PC_ANN_ENTITIES, 0,
  figures_create, figures_sentence, figures_document, figures_destroy,
  0 /* one sentence at a time */
};
