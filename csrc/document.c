/*
** document.c: bytes of one article -> pc_document (meta, segments, sentences).
**
** Lines are classified (header, title, byline, boilerplate, caption, credit, heading,
** body), body lines are grouped into paragraphs, and every segment but the header and
** boilerplate is split into sentences (sentences.c). All spans index the original bytes.
** Paragraph rule: a blank line ends a paragraph, and so does a line break after
** sentence-final punctuation; a line break inside a sentence is a hard wrap and joins.
** Does not: tokenize (tokens.c, on demand), find entities, or copy the text.
** Limits: linear time and memory in the input (one 32-byte record a line, segment and
** sentence); input up to PC_MAX_INPUT bytes.
*/
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
#include "text.h"
#include "document.h"

typedef struct line {
  size_t start, end; /* trimmed of surrounding white space */
  int kind;          /* PC_SEG_* (PARAGRAPH for body lines) */
  int blank_after;   /* a blank line (or the end) follows */
} line;

typedef struct lines {
  line *items;
  size_t count, capacity;
} lines;

static int ends_sentence(const uint8_t *s, size_t a, size_t b);

void pc_parse_options_init(pc_parse_options *opts) {
  opts->lang = -1;
  opts->year = opts->month = opts->day = 0;
}

/* ---- small scanners over s[a..b) ---- */

static size_t skip_space(const uint8_t *s, size_t len, size_t a, size_t b) {
  size_t n;
  int bad;
  while (a < b) {
    int32_t c = pc_decode(s, len, a, &n, &bad);
    if (!pc_is_space(c)) break;
    a += n;
  }
  return a;
}

static size_t trim_back(const uint8_t *s, size_t len, size_t a, size_t b) {
  size_t n;
  while (b > a) {
    int32_t c = pc_decode_back(s, len, b, &n);
    if (!pc_is_space(c)) break;
    b -= n;
  }
  return b;
}

/* Whether byte c, lowercased if an ASCII capital, is w (the first byte of a lowercase word):
** a cheap test before the length and the whole comparison. */
static inline int first_ci(uint8_t c, char w) {
  return (c >= 'A' && c <= 'Z' ? c + 32 : c) == (uint8_t)w;
}

static inline int starts_with_ci(const uint8_t *s, size_t a, size_t b, const char *word) {
  size_t n;
  if (a >= b || !first_ci(s[a], word[0])) return 0;
  n = strlen(word);
  return b - a >= n && pc_ascii_ieq(s + a, n, word);
}

static int contains_ci(const uint8_t *s, size_t a, size_t b, const char *word) {
  size_t n = strlen(word), i;
  for (i = a; i + n <= b; i++)
    if (first_ci(s[i], word[0]) && pc_ascii_ieq(s + i, n, word)) return 1;
  return 0;
}

int pc_valid_date(int y, int m, int d) {
  static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1]) return 0;
  if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 0;
  return 1;
}

/* Reads "YYYY-MM-DD" at s[a..]; returns 1 and the fields when valid. */
static int read_iso_date(const uint8_t *s, size_t a, size_t b, int *y, int *m, int *d) {
  size_t k;
  if (b - a < 10) return 0;
  for (k = 0; k < 10; k++) {
    if (k == 4 || k == 7) { if (s[a + k] != '-') return 0; }
    else if (!pc_is_digit(s[a + k])) return 0;
  }
  if (b - a > 10 && pc_is_digit(s[a + 10])) return 0;
  *y = (s[a] - '0') * 1000 + (s[a + 1] - '0') * 100 + (s[a + 2] - '0') * 10 + (s[a + 3] - '0');
  *m = (s[a + 5] - '0') * 10 + (s[a + 6] - '0');
  *d = (s[a + 8] - '0') * 10 + (s[a + 9] - '0');
  return pc_valid_date(*y, *m, *d);
}

/* ---- line classes ---- */

/* Boilerplate: whole lines that are only these words, or lines that begin with these. */
static const char *const boiler_whole[] = {
  "external content", "advertisement", "advertisements", "publicit\xc3\xa9", "sponsored",
  "sponsored content", "related", "related articles", "read more", "lire aussi",
  "\xc3\xa0 lire aussi", "share", "share this article", "partager", "newsletter", NULL
};
static const char *const boiler_prefix[] = {
  "the following content is sourced from", "sign up for", "subscribe to", "subscribe now",
  "click here", "follow us", "read more:", "related:", "abonnez-vous", "inscrivez-vous",
  "suivez-nous", "lire aussi :", "lire aussi:", "all rights reserved", "copyright ",
  "\xc2\xa9", "tous droits r\xc3\xa9serv\xc3\xa9s", "this article was", "cet article a",
  NULL
};

static int is_boilerplate(const uint8_t *s, size_t a, size_t b) {
  size_t k, e = b;
  while (e > a && (s[e - 1] == '.' || s[e - 1] == ':' || s[e - 1] == '!')) e--;
  for (k = 0; boiler_whole[k]; k++)
    if (pc_ascii_ieq(s + a, e - a, boiler_whole[k])) return 1;
  if (b - a > 300) return 0;
  for (k = 0; boiler_prefix[k]; k++)
    if (starts_with_ci(s, a, b, boiler_prefix[k])) return 1;
  return 0;
}

/* Counts capitalized words in s[a..b) and checks nothing but names is there:
** "Jean-Paul Pelissier", "Ludovic Marin". Returns the word count, 0 when not a name. */
static int name_words(const uint8_t *s, size_t len, size_t a, size_t b) {
  int words = 0, at_word_start = 1;
  size_t n;
  int bad;
  while (a < b) {
    int32_t c = pc_decode(s, len, a, &n, &bad);
    if (c == ' ' || c == 0xA0) { at_word_start = 1; a += n; continue; }
    if (at_word_start) {
      if (!pc_is_upper(c)) return 0;
      words++;
      at_word_start = 0;
    } else if (!(pc_is_letter(c) || pc_is_mark(c) || pc_is_hyphen(c) || pc_is_apostrophe(c) || c == '.')) {
      return 0;
    }
    a += n;
  }
  return words <= 5 ? words : 0;
}

/* Caption: a line ending in "AGENCY/Name Name", "(AP Photo/Name)", "Photo: Name/AFP". */
static int is_caption(const uint8_t *s, size_t len, size_t a, size_t b) {
  size_t e = b, slash, w;
  while (e > a && (s[e - 1] == ')' || s[e - 1] == '.' || s[e - 1] == ' ')) e--;
  /* most lines have no slash near their end: one memchr says so */
  w = e - a > 62 ? e - 62 : a;
  if (!memchr(s + w, '/', e - w)) return 0;
  for (slash = e; slash > a && s[slash - 1] != '/'; slash--)
    if (e - slash > 60) return 0;
  if (slash <= a + 1) return 0;
  slash--; /* at '/' */
  /* the word before the slash: an agency in capitals, or "Photo", "Images" */
  for (w = slash; w > a && s[w - 1] != ' ' && s[w - 1] != '('; w--) {}
  if (slash - w < 2) return 0;
  if (!(pc_ascii_ieq(s + w, slash - w, "photo") || pc_ascii_ieq(s + w, slash - w, "images") ||
        pc_ascii_ieq(s + w, slash - w, "pool"))) {
    size_t k;
    for (k = w; k < slash; k++)
      if (!(s[k] >= 'A' && s[k] <= 'Z') && s[k] != '-' && s[k] != '.') return 0;
  }
  return name_words(s, len, slash + 1, e) > 0;
}

static const char *const credit_words[] = {
  "reporting by", "writing by", "editing by", "edited by", "additional reporting",
  "compiled by", "reportage ", "avec afp", "avec reuters", "avec ap)", "avec l'afp",
  "avec l\xe2\x80\x99" "afp", "\xc3\xa9" "dit\xc3\xa9 par", "r\xc3\xa9" "dig\xc3\xa9 par",
  "r\xc3\xa9" "daction", NULL
};

static int is_credit(const uint8_t *s, size_t a, size_t b) {
  size_t k;
  int paren = s[a] == '(' && s[b - 1] == ')';
  if (b - a > 400) return 0;
  for (k = 0; credit_words[k]; k++) {
    if (paren && contains_ci(s, a, b, credit_words[k])) return 1;
    if (starts_with_ci(s, a, b, credit_words[k])) return 1;
  }
  return 0;
}

/* Byline: "By Jane Doe", "Par Jeanne Dupont", "By Jane Doe, Reuters". Sets the name span. */
static int is_byline(const uint8_t *s, size_t len, size_t a, size_t b, pc_span *name) {
  size_t p, e;
  if (b - a > 120) return 0;
  if (b - a > 3 && memcmp(s + a, "By ", 3) == 0) p = a + 3;
  else if (b - a > 4 && memcmp(s + a, "Par ", 4) == 0) p = a + 4;
  else return 0;
  for (e = p; e < b && s[e] != ',' && s[e] != '|' && s[e] != '(' && s[e] != 0xE2; e++) {}
  e = trim_back(s, len, p, e);
  if (e == p || name_words(s, len, p, e) == 0) {
    /* "By Jane Doe and John Roe": accept connectors between names */
    size_t q = p;
    int words = 0, at = 1;
    for (q = p; q < e; q++) {
      if (s[q] == ' ') { at = 1; continue; }
      if (at) {
        if (!(s[q] >= 'A' && s[q] <= 'Z') && !(b - q >= 4 && (memcmp(s + q, "and ", 4) == 0 || memcmp(s + q, "et ", 3) == 0)))
          if (!(s[q] >= 0x80)) return 0;
        words++;
        at = 0;
      }
    }
    if (words == 0 || words > 9) return 0;
  }
  name->start = p;
  name->end = e;
  return 1;
}

static int is_dash_heading(const uint8_t *s, size_t len, size_t a, size_t b) {
  size_t n, p;
  int bad;
  int32_t c = pc_decode(s, len, a, &n, &bad);
  if (b - a > 100) return 0;
  if (c == '#') { p = a; while (p < b && s[p] == '#') p++; return p < b && s[p] == ' '; }
  if (!pc_is_dash(c) && c != 0x2022 && c != '*') return 0;
  p = a + n;
  if (p >= b || !(s[p] == ' ' || s[p] == 0xC2)) return 0;
  p = skip_space(s, len, p, b);
  if (p >= b) return 0;
  c = pc_decode(s, len, p, &n, &bad);
  return pc_is_upper(c) && !ends_sentence(s, p, b);
}

/* Whether s[a..b) ends with sentence-final punctuation, closing quotes aside. */
static int ends_sentence(const uint8_t *s, size_t a, size_t b) {
  size_t n;
  while (b > a) {
    int32_t c = pc_decode_back(s, b, b, &n);
    if (pc_is_close_quote(c) || c == ')' || c == ']' || pc_is_space(c)) { b -= n; continue; }
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
  }
  return 0;
}

/* The words of s[a..b), counted up to limit (the callers only compare with a bound). */
static int count_words(const uint8_t *s, size_t a, size_t b, int limit) {
  int words = 0, in = 0;
  for (; a < b && words < limit; a++) {
    if (s[a] == ' ' || s[a] == '\t') in = 0;
    else if (!in) { in = 1; words++; }
  }
  return words;
}

/* Whether a line ends in a word that cannot end a headline ("led by", "à la"): a hard wrap. */
static int ends_in_function_word(const uint8_t *s, size_t a, size_t b) {
  static const char *const words[] = {"by", "of", "the", "to", "and", "in", "for", "with", "a", "an", "on",
                                      "at", "from", "de", "la", "le", "les", "et", "du", "des", "\xc3\xa0",
                                      "en", "par", "pour", "sur", "un", "une", NULL};
  size_t w = b, k;
  while (w > a && s[w - 1] != ' ') w--;
  for (k = 0; words[k]; k++)
    if (pc_ascii_ieq(s + w, b - w, words[k])) return 1;
  return 0;
}

static int starts_upper(const uint8_t *s, size_t len, size_t a, size_t b) {
  size_t n;
  int bad;
  int32_t c;
  if (a >= b) return 0;
  c = pc_decode(s, len, a, &n, &bad);
  return pc_is_upper(c) || pc_is_digit(c) || pc_is_open_quote(c);
}

/* ---- dateline ---- */

/* Reads "PARIS (Reuters) -", "LYON, 30 janv. (AFP) —", "LAGOS, Nigeria —", "Paris (AFP) -"
** at the start of s[a..b). Fills meta spans and returns the offset after the dash. */
static size_t read_dateline(const uint8_t *s, size_t len, size_t a, size_t b, pc_meta *meta) {
  size_t p = a, place_end, n, agency_a = 0, agency_e = 0;
  int bad, letters = 0, all_caps = 1;
  int32_t c;
  /* the place: words of letters, hyphens, apostrophes, periods and single spaces */
  while (p < b) {
    c = pc_decode(s, len, p, &n, &bad);
    if (pc_is_letter(c)) { letters++; if (pc_is_lower(c)) all_caps = 0; p += n; continue; }
    if (pc_is_hyphen(c) || pc_is_apostrophe(c) || c == '.') { p += n; continue; }
    if (c == ' ' && p + 1 < b) {
      int32_t d = pc_decode(s, len, p + 1, &n, &bad);
      if (pc_is_upper(d)) { p += 1; continue; }
    }
    break;
  }
  place_end = p;
  if (letters < 2 || place_end - a > 40 || !pc_is_upper(s[a] < 0x80 ? s[a] : pc_decode(s, len, a, &n, &bad)))
    return 0;
  /* optional ", Country" or ", March 3" */
  if (p < b && s[p] == ',') {
    size_t q = p + 1;
    while (q < b && q - p < 40 && s[q] != '(' && s[q] != '-' && s[q] != 0xE2 && s[q] != ',') q++;
    if (q >= b || q - p >= 40 || s[q] == ',') return 0;
    p = q;
  }
  p = skip_space(s, len, p, b);
  if (p < b && s[p] == '(') {
    size_t q = p + 1;
    while (q < b && s[q] != ')' && q - p < 32) q++;
    if (q >= b || s[q] != ')' || q == p + 1) return 0;
    agency_a = p + 1;
    agency_e = q;
    p = skip_space(s, len, q + 1, b);
  }
  if (!all_caps && agency_e == 0) return 0;
  if (all_caps && agency_e == 0 && letters < 3) return 0;
  if (p >= b) return 0;
  c = pc_decode(s, len, p, &n, &bad);
  if (!pc_is_dash(c)) return 0;
  p += n;
  if (p < b && !pc_is_space(pc_decode(s, len, p, &n, &bad))) return 0;
  meta->dateline.start = a;
  meta->dateline.end = p;
  meta->dateline_place.start = a;
  meta->dateline_place.end = trim_back(s, len, a, place_end);
  if (agency_e) {
    meta->source.start = agency_a;
    meta->source.end = agency_e;
  }
  return p;
}

/* "(Avec AFP)", "(With AFP)": the agency named by a credit. */
static void credit_source(const uint8_t *s, size_t a, size_t b, pc_meta *meta) {
  size_t p;
  if (meta->source.end > meta->source.start) return;
  if (b - a < 8 || s[a] != '(' || s[b - 1] != ')') return;
  p = a + 1;
  if (starts_with_ci(s, p, b, "avec ")) p += 5;
  else if (starts_with_ci(s, p, b, "with ")) p += 5;
  else return;
  if (starts_with_ci(s, p, b, "l'")) p += 2;
  else if (starts_with_ci(s, p, b, "l\xe2\x80\x99")) p += 4;
  if (b - 1 - p >= 2 && b - 1 - p <= 12) {
    meta->source.start = p;
    meta->source.end = b - 1;
  }
}

/* ---- building the document ---- */

static int push_segment(pc_document *doc, size_t *cap, size_t a, size_t b, int kind) {
  if (pc_grow((void **)&doc->segments, cap, doc->nsegments + 1, sizeof(pc_segment))) return PC_ENOMEM;
  doc->segments[doc->nsegments].span.start = a;
  doc->segments[doc->nsegments].span.end = b;
  doc->segments[doc->nsegments].kind = kind;
  doc->nsegments++;
  return PC_OK;
}

static int split_lines(const uint8_t *s, size_t len, lines *ls) {
  size_t i = 0;
  while (i < len) {
    size_t a = i, e, ta, tb;
    const uint8_t *nl = memchr(s + i, '\n', len - i);
    const uint8_t *cr = memchr(s + i, '\r', (nl ? (size_t)(nl - s) : len) - i);
    e = cr ? (size_t)(cr - s) : nl ? (size_t)(nl - s) : len;
    i = e;
    if (i < len && s[i] == '\r') i++;
    if (i < len && s[i] == '\n' && (i == e || s[i - 1] == '\r')) i++;
    ta = skip_space(s, len, a, e);
    tb = trim_back(s, len, ta, e);
    if (ta == tb) {
      if (ls->count > 0) ls->items[ls->count - 1].blank_after = 1;
      continue;
    }
    if (pc_grow((void **)&ls->items, &ls->capacity, ls->count + 1, sizeof(line))) return PC_ENOMEM;
    ls->items[ls->count].start = ta;
    ls->items[ls->count].end = tb;
    ls->items[ls->count].kind = PC_SEG_PARAGRAPH;
    ls->items[ls->count].blank_after = 0;
    ls->count++;
  }
  if (ls->count > 0) ls->items[ls->count - 1].blank_after = 1;
  return PC_OK;
}

static void classify_lines(const uint8_t *s, size_t len, lines *ls, pc_meta *meta, int has_header_date) {
  size_t k, first_body = (size_t)-1;
  int blank_style = 0;
  for (k = 0; k < ls->count; k++) {
    line *l = &ls->items[k];
    pc_span name = {0, 0};
    if (k == 0 && has_header_date) { l->kind = PC_SEG_HEADER; continue; }
    if (is_boilerplate(s, l->start, l->end)) l->kind = PC_SEG_BOILERPLATE;
    else if (is_credit(s, l->start, l->end)) { l->kind = PC_SEG_CREDIT; credit_source(s, l->start, l->end, meta); }
    else if (is_caption(s, len, l->start, l->end)) l->kind = PC_SEG_CAPTION;
    else if (meta->byline.end == 0 && is_byline(s, len, l->start, l->end, &name)) {
      l->kind = PC_SEG_BYLINE;
      meta->byline = name;
    }
    else if (is_dash_heading(s, len, l->start, l->end)) l->kind = PC_SEG_HEADING;
    if (l->kind == PC_SEG_PARAGRAPH && k + 1 < ls->count && l->blank_after) blank_style++;
  }
  /* Title: with no header, the first line that is not boilerplate, when it reads as a
  ** headline (no final period, not too long, not a dateline). */
  if (!has_header_date) {
    for (k = 0; k < ls->count && ls->items[k].kind == PC_SEG_BOILERPLATE; k++) {}
    /* a lone line is body text, not a headline */
    if (k + 1 < ls->count && ls->items[k].kind == PC_SEG_PARAGRAPH) {
      line *l = &ls->items[k];
      pc_meta probe;
      memset(&probe, 0, sizeof probe);
      if (l->end - l->start <= 300 && count_words(s, l->start, l->end, 2) >= 2 &&
          !ends_sentence(s, l->start, l->end) && s[l->end - 1] != ',' && s[l->end - 1] != ':' &&
          (l->blank_after || !ends_in_function_word(s, l->start, l->end)) &&
          read_dateline(s, len, l->start, l->end, &probe) == 0 &&
          (l->blank_after || k + 1 == ls->count || starts_upper(s, len, ls->items[k + 1].start, ls->items[k + 1].end))) {
        l->kind = PC_SEG_TITLE;
        meta->title.start = l->start;
        meta->title.end = l->end;
      }
    }
  }
  /* Unmarked headings: short capitalized lines without final punctuation, standing alone. */
  for (k = 0; k < ls->count; k++) {
    line *l = &ls->items[k];
    line *prev, *next;
    if (l->kind != PC_SEG_PARAGRAPH) continue;
    if (first_body == (size_t)-1) { first_body = k; continue; }
    if (k + 1 >= ls->count || k == 0) continue;
    prev = &ls->items[k - 1];
    next = &ls->items[k + 1];
    if (l->end - l->start > 100 || count_words(s, l->start, l->end, 13) > 12) continue;
    if (!starts_upper(s, len, l->start, l->end) || pc_is_digit(s[l->start]) || pc_is_open_quote(s[l->start])) continue;
    {
      uint8_t last = s[l->end - 1];
      if (ends_sentence(s, l->start, l->end) || last == ',' || last == ';' || last == ':' || last == '-') continue;
    }
    if (blank_style > 0) {
      if (!prev->blank_after || !l->blank_after) continue;
    } else if (!ends_sentence(s, prev->start, prev->end) || !starts_upper(s, len, next->start, next->end)) {
      continue;
    }
    if (next->kind != PC_SEG_PARAGRAPH && next->kind != PC_SEG_HEADING) continue;
    l->kind = PC_SEG_HEADING;
  }
}

/* Counts the bytes that are not valid UTF-8 (one pass, with an ASCII fast path). */
static void check_utf8(pc_document *doc) {
  const uint8_t *text = doc->text;
  size_t len = doc->len, i, n;
  int bad;
  for (i = 0; i < len;) {
    if (i + 8 <= len) {
      uint64_t v;
      memcpy(&v, text + i, 8);
      if (!(v & PC_HIGHS)) { i += 8; continue; } /* eight ASCII bytes */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      i += (size_t)__builtin_ctzll(v & PC_HIGHS) >> 3; /* straight to the first byte above 0x7F */
#endif
    }
    if (text[i] < 0x80) { i++; continue; }
    pc_decode(text, len, i, &n, &bad);
    if (bad) {
      if (doc->invalid_bytes == 0) doc->first_invalid = i;
      doc->invalid_bytes++;
    }
    i += n;
  }
}

/* The header line "date YYYY-MM-DD title": its spans in doc->meta and its date in *y, *m,
** *d; 1 when the first line is one. */
static int read_header(pc_document *doc, const lines *ls, int *y, int *m, int *d) {
  const uint8_t *text = doc->text;
  const line *l;
  size_t p;
  if (ls->count == 0) return 0;
  l = &ls->items[0];
  p = l->start;
  if (!starts_with_ci(text, p, l->end, "date ")) return 0;
  p = skip_space(text, doc->len, p + 5, l->end);
  if (!read_iso_date(text, p, l->end, y, m, d)) return 0;
  doc->meta.header.start = l->start;
  doc->meta.header.end = l->end;
  doc->meta.date_text.start = p;
  doc->meta.date_text.end = p + 10;
  p = skip_space(text, doc->len, p + 10, l->end);
  if (p < l->end) {
    doc->meta.title.start = p;
    doc->meta.title.end = l->end;
  }
  return 1;
}

/* The segments: header and title from the header line, then one per classified line, and
** paragraphs of joined body lines (the dateline read from the first two). */
static int build_segments(pc_document *doc, const lines *ls) {
  const uint8_t *text = doc->text;
  size_t segcap = 0, k, len = doc->len;
  int rc;
  for (k = 0; k < ls->count; k++) {
    const line *l = &ls->items[k];
    if (l->kind == PC_SEG_HEADER) {
      if ((rc = push_segment(doc, &segcap, l->start, doc->meta.date_text.end, PC_SEG_HEADER))) return rc;
      if (doc->meta.title.end > doc->meta.title.start &&
          (rc = push_segment(doc, &segcap, doc->meta.title.start, doc->meta.title.end, PC_SEG_TITLE))) return rc;
      continue;
    }
    if (l->kind != PC_SEG_PARAGRAPH) {
      if ((rc = push_segment(doc, &segcap, l->start, l->end, l->kind))) return rc;
      continue;
    }
    {
      size_t a = l->start, b = l->end;
      while (!ls->items[k].blank_after && k + 1 < ls->count && ls->items[k + 1].kind == PC_SEG_PARAGRAPH &&
             !(ends_sentence(text, ls->items[k].start, ls->items[k].end) &&
               starts_upper(text, len, ls->items[k + 1].start, ls->items[k + 1].end))) {
        k++;
        b = ls->items[k].end;
      }
      if (doc->meta.dateline.end == 0) {
        size_t first_para = 0, j;
        for (j = 0; j < doc->nsegments; j++) first_para += doc->segments[j].kind == PC_SEG_PARAGRAPH;
        if (first_para < 2) read_dateline(text, len, a, b, &doc->meta);
      }
      if ((rc = push_segment(doc, &segcap, a, b, PC_SEG_PARAGRAPH))) return rc;
    }
  }
  return PC_OK;
}

/* The language: the caller's, else detected from the body when there is one (headers and
** credits are mostly names). */
static int document_lang(const pc_document *doc, const pc_parse_options *opts) {
  size_t a = doc->len, b = 0, k;
  if (opts && opts->lang >= 0) return opts->lang;
  for (k = 0; k < doc->nsegments; k++) {
    if (doc->segments[k].kind != PC_SEG_PARAGRAPH && doc->segments[k].kind != PC_SEG_TITLE) continue;
    if (doc->segments[k].span.start < a) a = doc->segments[k].span.start;
    b = doc->segments[k].span.end;
  }
  return a < b ? pc_detect_lang(doc->text + a, b - a) : pc_detect_lang(doc->text, doc->len);
}

int pc_parse(const uint8_t *text, size_t len, const pc_parse_options *opts, pc_document **out) {
  pc_document *doc;
  lines ls = {NULL, 0, 0};
  int rc, header_date, y = 0, m = 0, d = 0;
  if (!out) return PC_EINVAL;
  *out = NULL;
  if (!text && len > 0) return PC_EINVAL;
  if (len > PC_MAX_INPUT) return PC_ETOOBIG;
  if (opts && opts->year != 0 && !pc_valid_date(opts->year, opts->month, opts->day)) return PC_EDATE;
  if (opts && (opts->lang < -1 || opts->lang > PC_LANG_FR)) return PC_EINVAL;
  doc = calloc(1, sizeof *doc);
  if (!doc) return PC_ENOMEM;
  doc->text = text;
  doc->len = len;
  doc->first_invalid = len;
  check_utf8(doc);
  if ((rc = split_lines(text, len, &ls)) != PC_OK) goto fail;
  header_date = read_header(doc, &ls, &y, &m, &d);
  if (opts && opts->year != 0) {
    doc->meta.year = opts->year; doc->meta.month = opts->month; doc->meta.day = opts->day;
  } else if (header_date) {
    doc->meta.year = y; doc->meta.month = m; doc->meta.day = d;
  }
  classify_lines(text, len, &ls, &doc->meta, header_date);
  if ((rc = build_segments(doc, &ls)) != PC_OK) goto fail;
  free(ls.items);
  ls.items = NULL;
  if ((rc = pc_split_sentences(doc)) != PC_OK) goto fail;
  doc->lang = document_lang(doc, opts);
  *out = doc;
  return PC_OK;
fail:
  free(ls.items);
  pc_document_free(doc);
  return rc;
}

void pc_document_free(pc_document *doc) {
  if (!doc) return;
  free(doc->segments);
  free(doc->sentences);
  free(doc);
}
