/*
** annotate.h: internal interface shared by the annotators (figures.c, dates.c) and their
** driver (annotate.c): the sentence being annotated, its tokens, and the function-word
** lexicon (lexicon_words.c) that classifies tokens.
*/
#ifndef PC_ANNOTATE_H
#define PC_ANNOTATE_H

#include <string.h>
#include "protestcorpus.h"

/* Classes of a function word; a word may have several. */
#define W_MONTH     0x00000001u /* val: 1..12 */
#define W_WEEKDAY   0x00000002u /* val: 1 Monday .. 7 Sunday */
#define W_NUM       0x00000004u /* cardinal word, val: its value ("two", "vingt") */
#define W_MULT      0x00000008u /* "hundred", "thousand", "cent", "mille": val */
#define W_SCALE     0x00000010u /* "million", "billion", "milliard", "bn": val (exponent) */
#define W_VAGUE     0x00000020u /* "hundreds", "dizaines": val = range id (vague_ranges) */
#define W_APPROX    0x00000040u /* "about", "around", "environ": approximator on its own */
#define W_APPROX2   0x00000080u /* first word of a two-word approximator: "more", "près" */
#define W_BETWEEN   0x00000100u /* "between", "entre", "from" */
#define W_RANGE_TO  0x00000200u /* "and", "to", "et", "à", "or", "ou" */
#define W_DAYREL    0x00000400u /* "today", "hier": val = offset in days */
#define W_LAST      0x00000800u /* "last", "dernier", "past" */
#define W_NEXT      0x00001000u /* "next", "prochain" */
#define W_THIS      0x00002000u /* "this", "ce", "cette" */
#define W_PERIOD    0x00004000u /* "week", "month", "year", "semaine": val = PERIOD_* */
#define W_TIMEUNIT  0x00008000u /* duration units: years, heures, minutes */
#define W_CURRENCY  0x00010000u /* "euros", "dollars": val = index in currencies */
#define W_PERCENT   0x00020000u /* "percent", "pourcent" */
#define W_FUTURE    0x00040000u /* "will", "sera", "prévu": makes a clause future */
#define W_ARTICLE   0x00080000u /* "a", "an", "un", "une", "des", "les", "the" */
#define W_DAYPART   0x00100000u /* "night", "morning", "soir", "matin" */
#define W_RECENT    0x00200000u /* "recent", "derniers", "dernières" (vague periods) */
#define W_NOTNOUN   0x00400000u /* function words that never head a counted noun */
#define W_PREADJ    0x00800000u /* adjectives before a counted noun: "new", "nouveaux" */
#define W_ORDINAL   0x01000000u /* "first", "second", "premier": never a count */
#define W_PLURALIZER 0x02000000u /* "dozen" after a number: "two dozen" */
#define W_EARLY     0x04000000u /* "earlier", "later", "early", "late", "début", "fin" */
#define W_TIME      0x08000000u /* "h", "heures" after a number: a clock time */
#define W_MONABBR   0x10000000u /* month abbreviation: "Jan", "janv" */
#define W_ROUND     0x20000000u /* round collective: "dizaine" (10, approx), "millier" */
#define W_PAST      0x40000000u /* irregular past forms and French past auxiliaries */
#define W_WDABBR    0x80000000u /* weekday abbreviation "Thu", only before a date */

#define W2_CLAUSE   0x00000001u /* a subordinator that opens a new clause: "unless", "mais" */
#define W2_QUANT    0x00000002u /* "several", "plusieurs": may open a vague quantity */

enum { PERIOD_DAY = 1, PERIOD_WEEK, PERIOD_WEEKEND, PERIOD_MONTH, PERIOD_YEAR };

typedef struct pc_word {
  const char *key; /* lowercase UTF-8 */
  size_t len;      /* its length in bytes */
  uint32_t cls;    /* W_* */
  uint32_t cls2;   /* W2_* */
  int val;         /* month, weekday, day offset, period, exponent, range id, currency */
  int num;         /* the value of a number word */
} pc_word;

/* The sorted table of function words and its size (lexicon_words.c). */
extern const pc_word pc_words[];
extern const size_t pc_nwords;

/* Looks up the lowercased form of s[a..b); NULL when not a function word. */
const pc_word *pc_word_lookup(const uint8_t *s, size_t a, size_t b);

/* The table of ASCII function words of up to 8 bytes, keyed by their lowercase bytes packed
** into an integer, first byte lowest (lexicon_words.c, generated). */
#define PC_WORD8_BITS 10
typedef struct pc_word8_slot {
  uint64_t key;
  unsigned short idx; /* index + 1 into pc_words; 0: an empty slot */
  unsigned char len;
} pc_word8_slot;
extern const pc_word8_slot pc_word8_slots[1 << PC_WORD8_BITS];

/* The key of pc_word8_slots for the word s[a..b) of 1 to 8 bytes: its bytes, ASCII capitals
** lowercased, packed into an integer (first byte lowest). 0 when a byte is not ASCII. On
** little-endian machines with 8 bytes of text before b, one 8-byte read: shifted so that
** the bytes before the word fall out, lowercased 8 at a time (0x80 marks the bytes >= 'A'
** and <= 'Z'). */
static inline int pc_word_key8(const uint8_t *s, size_t a, size_t b, uint64_t *out) {
  size_t len = b - a, k;
  uint64_t key = 0;
  unsigned high = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (b >= 8) {
    uint64_t v, ge, gt;
    memcpy(&v, s + b - 8, 8);
    key = v >> (8 * (8 - len));
    if (key & 0x8080808080808080ULL) return 0;
    ge = key + 0x3F3F3F3F3F3F3F3FULL;
    gt = key + 0x2525252525252525ULL;
    *out = key | (((ge & ~gt) & 0x8080808080808080ULL) >> 2);
    return 1;
  }
#endif
  for (k = 0; k < len; k++) {
    unsigned c = s[a + k];
    high |= c >> 7;
    c += (c - 'A' < 26u) << 5;
    key |= (uint64_t)c << (8 * k);
  }
  *out = key;
  return !high;
}

/* The entry of a packed key of len bytes, or NULL. */
static inline const pc_word *pc_word8_find(uint64_t key, size_t len) {
  size_t i;
  for (i = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> (64 - PC_WORD8_BITS));; i = (i + 1) & ((1u << PC_WORD8_BITS) - 1)) {
    const pc_word8_slot *e = &pc_word8_slots[i];
    if (e->idx == 0) return NULL;
    if (e->key == key && e->len == len) return &pc_words[e->idx - 1];
  }
}

/* pc_word_lookup with its common case, an ASCII word of up to 8 bytes, inline: called
** once per token. */
static inline const pc_word *pc_word_find(const uint8_t *s, size_t a, size_t b) {
  uint64_t key;
  if (b - a - 1 < 8 && pc_word_key8(s, a, b, &key)) return pc_word8_find(key, b - a);
  return pc_word_lookup(s, a, b);
}

/* A currency: ISO code. */
extern const char *const pc_currency_codes[];

/* The sentence under annotation. */
typedef struct pc_sent {
  const uint8_t *s;
  size_t len;
  const pc_token *tok;
  const pc_word **word;  /* per token: its function-word entry or NULL */
  unsigned char *taken;  /* per token: 1 once part of an entity */
  size_t n;
  int lang;
  int year, month, day;  /* document date; year 0 when unknown */
  int *future;           /* the sentence has a future marker somewhere: -1 not known yet
                         ** (computed on first need; few sentences have a bare weekday) */
  const pc_document *doc;
  const pc_model *model;
  uint32_t *lex_cls;     /* per token: lexicon classes (L_*), computed on first use */
  const void **lex_entry;/* per token: its lexicon entry */
  unsigned char *lex_done;
  int seg_kind;          /* PC_SEG_* of the sentence's segment */
  size_t first_word;     /* first token that is not punctuation (after a dateline) */
  char home[2];          /* country of the dateline's place, for "$" and "pesos"; 0 unknown */
} pc_sent;

/* Appends an entity for tokens [i, j] (inclusive) and marks them taken; returns it, or
** NULL on allocation failure. */
pc_entity *pc_add_entity(pc_sent *st, pc_entities *out, size_t i, size_t j, int type);

/* Token helpers. */
static inline int pc_tok_is(const pc_sent *st, size_t i, uint32_t cls) {
  return i < st->n && st->word[i] && (st->word[i]->cls & cls);
}
static inline int pc_tok_char(const pc_sent *st, size_t i, char c) {
  return i < st->n && st->tok[i].end - st->tok[i].start == 1 && st->s[st->tok[i].start] == (uint8_t)c;
}
/* Whether tokens i and i+1 are separated by nothing at all. */
static inline int pc_tok_glued(const pc_sent *st, size_t i) {
  return i + 1 < st->n && st->tok[i].end == st->tok[i + 1].start;
}

/* Whether the clause around token i speaks of the future: the nearest tense cue wins
** (will, would, plans, sera, -ront vs. was, -ed, avait); none means past. */
int pc_clause_future(const pc_sent *st, size_t i);
/* The tense cue nearest token i within window tokens: +1 future, -1 past, 0 none. */
int pc_local_tense(const pc_sent *st, size_t i, size_t window);

/* Annotators: each scans the sentence and appends entities of its types. */
int pc_annotate_dates(pc_sent *st, pc_entities *out);
int pc_annotate_figures(pc_sent *st, pc_entities *out);

/* Names (names.c): pass 1 per sentence collects candidates into an opaque list; pass 2
** resolves them over the document and appends the entities of the requested types. */
void *pc_names_new(void);
int pc_names_sentence(pc_sent *st, const pc_model *m, void *cands);
int pc_names_resolve(const pc_document *doc, const pc_model *m, void *cands, unsigned types, pc_entities *out);
void pc_names_free(void *cands);

/* Parses a number written in digits at token i (joining "15 000" groups); sets *value and
** *last (index of its last token). Returns 0 when token i is not such a number. */
int pc_read_digits(const pc_sent *st, size_t i, double *value, size_t *last);

/* Days since 1970-01-01 of a civil date, and back (dates.c). */
long pc_days_from_civil(int y, int m, int d);
void pc_civil_from_days(long z, int *y, int *m, int *d);

#endif
