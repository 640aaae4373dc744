/*
** quotes.c: quotations, their kind (speech, slogan, term), cue and speaker.
**
** Pass 1 reads the quotation marks of every segment once ("…", “…”, „…“, ‘…’, « … », ‹ … ›
** and straight quotes, whose direction comes from the characters around them; an apostrophe
** inside a word is no mark) and pairs them with a small stack, one entry per family, so a
** ‘…’ nested in “…” is a quotation of its own. Pass 2 reads the words around each quotation
** (at most QX_WINDOW bytes on each side, within its sentences) for a cue: after it ("…,"
** Benoit said / said Benoit / a-t-il dit / selon la CGT), else before it (X said, "…";
** the union warned that "…"; according to X, "…"; adding that "…"; a colon), else the
** quotation before it in the same sentence; a quotation that opens its sentence with no cue
** continues the speaker of the sentence or quotation before it (same or previous paragraph).
** Speakers are PERSON and ORG entities; pronouns go to the nearest person (he, she) or
** organization (it; they: the last speaker when an organization); "the union", "le
** syndicat", "the minister" to the nearest organization of that kind or person of that role.
** Cue words live in data/src/quote_cues.tsv (quote_cues.c).
** Does not: resolve coreference beyond that; guess a speaker the text does not name ("an
** officer said" has none).
** Limits: linear in the document (each quotation reads a bounded window; the bounds of
** unbalanced marks are in quotes.h).
*/
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "protestcorpus.h"
#include "sentence.h"
#include "quotes.h"
#include "quote_cues.h"
#include "given_gender.h"

#define QX_WINDOW 256   /* bytes read before a quotation (its sentence, at most) */
#define QX_AFTER 160    /* bytes read after it */
#define QX_NEAR 64      /* quotations looked at on each side for nesting and skipping */
#define QX_BACK 300     /* entities looked at backwards to resolve a pronoun */

/* pc_quote_kind_name is in schema.c, with the other names of the records. */

void pc_quotes_list_free(pc_quotes *quotes) {
  if (!quotes) return;
  free(quotes->items);
  quotes->items = NULL;
  quotes->count = quotes->capacity = 0;
}

/* ------------------------------------------------------------------ pass 1: marks */

enum { FAM_DOUBLE = 0, FAM_SINGLE, FAM_GUILL, FAM_SGUILL, FAM_COUNT };
enum { DIR_OPEN = 1, DIR_CLOSE = 2, DIR_EITHER = 3 };

typedef struct qmark {
  int fam, dir;
  size_t len;
} qmark;

/* Whether s[i] starts a quotation mark (within end). */
static int read_mark(const uint8_t *s, size_t i, size_t end, qmark *m) {
  uint8_t c = s[i];
  m->len = 1;
  if (c == '"') { m->fam = FAM_DOUBLE; m->dir = DIR_EITHER; return 1; }
  if (c == '\'') { m->fam = FAM_SINGLE; m->dir = DIR_EITHER; return 1; }
  if (c == 0xC2 && i + 1 < end) {
    m->len = 2;
    m->fam = FAM_GUILL;
    if (s[i + 1] == 0xAB) { m->dir = DIR_OPEN; return 1; }
    if (s[i + 1] == 0xBB) { m->dir = DIR_CLOSE; return 1; }
    return 0;
  }
  if (c == 0xE2 && i + 2 < end && s[i + 1] == 0x80) {
    m->len = 3;
    switch (s[i + 2]) {
    case 0x9C: case 0x9E: case 0x9F: m->fam = FAM_DOUBLE; m->dir = DIR_OPEN; return 1;
    case 0x9D: m->fam = FAM_DOUBLE; m->dir = DIR_CLOSE; return 1;
    case 0x98: m->fam = FAM_SINGLE; m->dir = DIR_OPEN; return 1;
    case 0x99: m->fam = FAM_SINGLE; m->dir = DIR_CLOSE; return 1;
    case 0xB9: m->fam = FAM_SGUILL; m->dir = DIR_OPEN; return 1;
    case 0xBA: m->fam = FAM_SGUILL; m->dir = DIR_CLOSE; return 1;
    default: return 0;
    }
  }
  return 0;
}

/* The class of the character around a mark: 0 space or edge, 1 letter or digit, 2 an
** opening bracket or dash (a mark after it opens), 3 other punctuation. */
static int char_class(int32_t c) {
  if (pc_is_space(c)) return 0;
  if (pc_is_letter(c) || pc_is_digit(c) || pc_is_mark(c)) return 1;
  if (c == '(' || c == '[' || c == '{' || pc_is_dash(c) || c == 0x2014 || c == '/') return 2;
  return 3;
}

typedef struct qopen {
  int fam;
  size_t pos;
  int paras; /* paragraphs it spans so far */
} qopen;

typedef struct qscan {
  const pc_document *doc;
  pc_quotes *out;
  qopen stack[FAM_COUNT];
  int depth;
  size_t reopen; /* position of a mark that re-opens a carried quotation; (size_t)-1 none */
} qscan;

static int on_stack(const qscan *sc, int fam) {
  int k;
  for (k = 0; k < sc->depth; k++)
    if (sc->stack[k].fam == fam) return k;
  return -1;
}

static int emit(qscan *sc, int fam, size_t start, size_t end) {
  pc_quote *q;
  if (end - start > PC_QUOTE_MAX_BYTES) return PC_OK;
  if (fam == FAM_SINGLE && end - start <= 4 && sc->doc->text[start] == '\'') return PC_OK; /* rock 'n' roll */
  {
    /* marks around no word ("" or « ») are no quotation */
    size_t k;
    for (k = start; k < end; k++) {
      uint8_t c = sc->doc->text[k];
      if ((unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u || (c >= 0xC3 && c != 0xE2)) break;
    }
    if (k == end) return PC_OK;
  }
  if (pc_grow((void **)&sc->out->items, &sc->out->capacity, sc->out->count + 1, sizeof(pc_quote))) return PC_ENOMEM;
  q = &sc->out->items[sc->out->count++];
  memset(q, 0, sizeof *q);
  q->span.start = start;
  q->span.end = end;
  q->speaker = -1;
  return PC_OK;
}

/* The direction a mark takes at i, from its glyph, the characters around it and what is
** open: DIR_OPEN, DIR_CLOSE or 0 (not a mark here: an apostrophe, a stray close). */
static int mark_dir(const qscan *sc, const qmark *m, size_t i, size_t a, size_t b) {
  const uint8_t *s = sc->doc->text;
  size_t n;
  int bad, before = 0, after = 0, open = on_stack(sc, m->fam) >= 0;
  if (i > a) before = char_class(pc_decode_back(s, sc->doc->len, i, &n));
  if (i + m->len < b) after = char_class(pc_decode(s, sc->doc->len, i + m->len, &n, &bad));
  int looks_open = (before == 0 || before == 2) && after != 0;
  int looks_close = before != 0 && before != 2 && (after == 0 || after == 3);
  if (m->fam == FAM_SINGLE && before == 1 && after == 1) return 0; /* we’re, aujourd'hui */
  if (m->dir == DIR_OPEN) return open && looks_close && !looks_open ? DIR_CLOSE : DIR_OPEN;
  if (m->dir == DIR_CLOSE) {
    if (open) return DIR_CLOSE;
    /* a closing glyph opening a quotation: ”…” in some styles; never ’ (an apostrophe) */
    return m->fam == FAM_DOUBLE && looks_open && !looks_close ? DIR_OPEN : 0;
  }
  if (m->fam == FAM_SINGLE) {
    /* straight single quotes: only at a word's edge, and closing only what is open */
    if (looks_open && !looks_close && !open) return DIR_OPEN;
    if (open && (looks_close || before == 1)) return DIR_CLOSE;
    return 0;
  }
  if (looks_open && !looks_close) return DIR_OPEN;
  if (looks_close && !looks_open) return open ? DIR_CLOSE : 0;
  return open ? DIR_CLOSE : DIR_OPEN;
}

static int take_mark(qscan *sc, const qmark *m, size_t i, size_t a, size_t b) {
  int dir, k;
  if (i == sc->reopen) { sc->reopen = (size_t)-1; return PC_OK; }
  dir = mark_dir(sc, m, i, a, b);
  if (!dir) return PC_OK;
  k = on_stack(sc, m->fam);
  if (dir == DIR_OPEN) {
    if (k >= 0) sc->depth = k; /* the earlier one was never closed: start again here */
    if (sc->depth < FAM_COUNT) {
      sc->stack[sc->depth].fam = m->fam;
      sc->stack[sc->depth].pos = i;
      sc->stack[sc->depth].paras = 1;
      sc->depth++;
    }
    return PC_OK;
  }
  if (k < 0) return PC_OK;
  sc->depth = k; /* marks opened inside and left open are dropped */
  return emit(sc, m->fam, sc->stack[k].pos, i + m->len);
}

/* Whether segment g opens with a mark of family fam (a quotation carried over re-opened:
** French style may re-open « … with »); sets *at to its position. */
static int reopens(const qscan *sc, size_t g, int fam, size_t *at) {
  const pc_segment *seg = &sc->doc->segments[g];
  const uint8_t *s = sc->doc->text;
  size_t i = seg->span.start, n;
  int bad;
  qmark m;
  while (i < seg->span.end && pc_is_space(pc_decode(s, sc->doc->len, i, &n, &bad))) i += n;
  if (i >= seg->span.end || !read_mark(s, i, seg->span.end, &m) || m.fam != fam) return 0;
  if (m.dir == DIR_CLOSE && fam != FAM_GUILL) return 0;
  *at = i;
  return 1;
}

static int ascii_letter(uint8_t c) { return (unsigned)((c | 0x20) - 'a') < 26u; }

static int skipped_segment(int kind) { return kind == PC_SEG_HEADER || kind == PC_SEG_BOILERPLATE; }

/* Scans segment g; at its end, a quotation still open is carried into the next segment
** that re-opens it, else dropped with whatever else is open. */
static int scan_segment(qscan *sc, size_t g) {
  const pc_document *doc = sc->doc;
  const uint8_t *s = doc->text;
  size_t a = doc->segments[g].span.start, b = doc->segments[g].span.end, i = a, h;
  qmark m;
  int rc;
  while (i < b) {
    uint8_t c;
#if defined(__SSE2__)
    /* sixteen bytes at a time where the machine has SSE2 (every x86-64), to the next byte a
    ** mark can start with: accented letters (0xC3...) are passed over in bulk too */
    if (i + 16 <= b) {
      __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
      __m128i ascii = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\'')));
      __m128i lead = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)),
                                  _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2)));
      unsigned hit16 = (unsigned)_mm_movemask_epi8(_mm_or_si128(ascii, lead));
      if (!hit16) { i += 16; continue; }
      i += (size_t)__builtin_ctz(hit16);
    } else
#endif
    if (i + 8 <= b) {
      /* eight bytes at a time to the first byte a mark can start with */
      uint64_t v, hit;
      memcpy(&v, s + i, 8);
      /* '"', '\'', or 0xC2 / 0xE2, with which « » and “ ” ‘ ’ start (never a continuation
      ** byte, so the scan may land on them from anywhere) */
      hit = pc_zero_bytes8(v ^ (PC_ONES * '"')) | pc_zero_bytes8(v ^ (PC_ONES * '\'')) |
            pc_zero_bytes8(v ^ (PC_ONES * 0xC2)) | pc_zero_bytes8(v ^ (PC_ONES * 0xE2));
      if (!hit) { i += 8; continue; }
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      i += (size_t)__builtin_ctzll(hit) >> 3;
#endif
    }
    c = s[i];
    if (c != '"' && c != '\'' && c != 0xC2 && c != 0xE2) {
      /* past a two-byte letter whole ("é"); any other byte one at a time */
      i += (c >= 0xC3 && c < 0xE0 && i + 1 < b && (s[i + 1] & 0xC0) == 0x80) ? 2 : 1;
      continue;
    }
    /* an apostrophe between two letters (don't, l’État) is never a mark: no need to ask */
    if (c == '\'' && i > a && i + 1 < b && ascii_letter(s[i - 1]) && ascii_letter(s[i + 1])) { i++; continue; }
    if (c == 0xE2 && i > a && i + 3 < b && s[i + 1] == 0x80 && s[i + 2] == 0x99 && ascii_letter(s[i - 1]) &&
        (ascii_letter(s[i + 3]) || s[i + 3] >= 0xC3)) {
      i += 3;
      continue;
    }
    if (!read_mark(s, i, b, &m)) { i++; continue; }
    if ((rc = take_mark(sc, &m, i, a, b))) return rc;
    i += m.len;
  }
  if (sc->depth == 0) return PC_OK;
  sc->depth = 1; /* only the outermost quotation may run on */
  for (h = g + 1; h < doc->nsegments && skipped_segment(doc->segments[h].kind); h++) {}
  if (h < doc->nsegments && sc->stack[0].paras < PC_QUOTE_MAX_PARAS &&
      doc->segments[h].span.start - sc->stack[0].pos <= PC_QUOTE_MAX_BYTES &&
      reopens(sc, h, sc->stack[0].fam, &sc->reopen)) {
    sc->stack[0].paras++;
    return PC_OK;
  }
  sc->depth = 0;
  return PC_OK;
}

static int by_span(const void *x, const void *y) {
  const pc_quote *a = (const pc_quote *)x, *b = (const pc_quote *)y;
  if (a->span.start != b->span.start) return a->span.start < b->span.start ? -1 : 1;
  return a->span.end > b->span.end ? -1 : a->span.end < b->span.end;
}

/* The index of the sentence that holds pos (the last one starting at or before it). */
static size_t sentence_at(const pc_document *doc, size_t pos) {
  size_t lo = 0, hi = doc->nsentences;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (doc->sentences[mid].span.start <= pos) lo = mid + 1; else hi = mid;
  }
  return lo > 0 ? lo - 1 : 0;
}

static int find_quotes(const pc_document *doc, pc_quotes *out, size_t first) {
  qscan sc;
  size_t g, k;
  int rc;
  memset(&sc, 0, sizeof sc);
  sc.doc = doc;
  sc.out = out;
  sc.reopen = (size_t)-1;
  for (g = 0; g < doc->nsegments; g++) {
    if (skipped_segment(doc->segments[g].kind)) continue;
    if ((rc = scan_segment(&sc, g))) return rc;
  }
  if (out->count - first > 1) qsort(out->items + first, out->count - first, sizeof(pc_quote), by_span);
  for (k = first; k < out->count; k++) out->items[k].sentence = sentence_at(doc, out->items[k].span.start);
  return PC_OK;
}

/* ------------------------------------------------------------------ pass 2: words */

/* A token of the window around a quotation, with what the cue table says of it. */
typedef struct qtok {
  size_t start, end;
  uint32_t cls;   /* Q_* of the word (of its verb part for "a-t-il", "explique-t-elle") */
  uint32_t pron;  /* Q_PRON_* of a pronoun glued to a verb: "a-t-il", "estime-t-elle" */
  int arg;        /* QA_* */
  int kind;       /* PC_TOK_* */
  unsigned flags; /* PC_TF_* */
  long ent;       /* PERSON or ORG entity the token belongs to, -1 none */
  long quote;     /* index of another quotation the token is inside, -1 none */
  int done;       /* cls, pron and arg are set (classified on first use) */
} qtok;

typedef struct qx {
  const pc_document *doc;
  const pc_doc_ctx *ctx; /* the tokens of every sentence, the driver's (read, never made) */
  const pc_entities *ents;
  pc_quotes *qs;
  size_t first;        /* first quotation of this document in qs */
  size_t *outer;       /* quotations not nested in another, by position */
  size_t nouter;
  qtok *t;
  size_t n, cap, npre; /* tokens [0, npre) before the quotation, [npre, n) after */
  unsigned char *gender; /* per entity: 0 not yet known, else G_* (made on first need) */
} qx;

/* s[a..b) lowercased into buf (ASCII and Latin-1 letters; ’ read as '): its length, 0
** when it does not fit in cap bytes. */
static size_t fold_word(const uint8_t *s, size_t a, size_t b, char *buf, size_t cap) {
  size_t n = 0;
  if (b - a >= cap) return 0;
  while (a < b) {
    uint8_t c = s[a];
    if (c < 0x80) { buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c); a++; continue; }
    if (n + 2 >= cap) return 0;
    if (c == 0xC3 && a + 1 < b) {
      uint8_t d = s[a + 1];
      buf[n++] = (char)0xC3;
      buf[n++] = (char)(d >= 0x80 && d <= 0x9E && d != 0x97 ? d + 0x20 : d);
      a += 2;
      continue;
    }
    if (c == 0xE2 && a + 2 < b && s[a + 1] == 0x80 && s[a + 2] == 0x99) { buf[n++] = '\''; a += 3; continue; }
    buf[n++] = (char)c;
    a++;
  }
  return n;
}

/* The cue entry of s[a..b), lowercased as fold_word does (folded and hashed in one pass:
** most words are looked up once and found in no table). */
static const pc_quote_cue *cue_lookup(const uint8_t *s, size_t a, size_t b) {
  char buf[32];
  size_t n = 0, i;
  uint32_t h = 2166136261u;
  if (b - a >= sizeof buf) return NULL;
  while (a < b) {
    uint8_t c = s[a];
    if (c < 0x80) {
      c = (uint8_t)(c >= 'A' && c <= 'Z' ? c + 32 : c);
      buf[n++] = (char)c;
      h = (h ^ c) * 16777619u;
      a++;
      continue;
    }
    if (n + 2 >= sizeof buf) return NULL;
    if (c == 0xC3 && a + 1 < b) {
      uint8_t d = s[a + 1];
      d = (uint8_t)(d >= 0x80 && d <= 0x9E && d != 0x97 ? d + 0x20 : d);
      buf[n++] = (char)0xC3;
      buf[n++] = (char)d;
      h = (((h ^ 0xC3u) * 16777619u) ^ d) * 16777619u;
      a += 2;
      continue;
    }
    if (c == 0xE2 && a + 2 < b && s[a + 1] == 0x80 && s[a + 2] == 0x99) c = '\'', a += 2;
    buf[n++] = (char)c;
    h = (h ^ c) * 16777619u;
    a++;
  }
  if (n == 0) return NULL;
  for (i = h & (PC_QUOTE_CUE_SLOTS - 1);; i = (i + 1) & (PC_QUOTE_CUE_SLOTS - 1)) {
    const pc_quote_cue *e;
    size_t k;
    if (pc_quote_cue_slots[i] == 0) return NULL;
    e = &pc_quote_cues[pc_quote_cue_slots[i] - 1];
    if (e->len != n) continue;
    for (k = 0; k < n && e->key[k] == buf[k]; k++) {}
    if (k == n) return e;
  }
}

/* Classifies word token t: its cue entry; for "a-t-il", "explique-t-elle", "pouvait-on",
** the verb before the glued pronoun, and the pronoun. */
static void classify(qtok *t, const uint8_t *s) {
  static const char *const sufs[] = {"-t-elles", "-t-elle", "-t-ils", "-t-il", "-t-on", "-elles", "-elle",
                                     "-ils", "-il", "-on", NULL};
  static const size_t lens[] = {8, 7, 6, 5, 5, 6, 5, 4, 3, 3};
  /* "-on" is no one in particular: Q_PRON_1, which names no speaker */
  static const uint32_t prons[] = {Q_PRON_P, Q_PRON_F, Q_PRON_P, Q_PRON_M, Q_PRON_1, Q_PRON_P, Q_PRON_F,
                                   Q_PRON_P, Q_PRON_M, Q_PRON_1};
  const pc_quote_cue *e;
  size_t k, len = t->end - t->start;
  t->cls = 0; t->pron = 0; t->arg = QA_NONE;
  if (t->kind != PC_TOK_WORD || len > 40) return;
  if ((e = cue_lookup(s, t->start, t->end))) { t->cls = e->cls; t->arg = e->arg; return; }
  if (!(t->flags & PC_TF_HYPHEN)) return;
  for (k = 0; sufs[k]; k++) {
    size_t sl = lens[k];
    if (len > sl && pc_ascii_ieq(s + t->end - sl, sl, sufs[k]) && (e = cue_lookup(s, t->start, t->end - sl))) {
      t->cls = e->cls; t->arg = e->arg; t->pron = prons[k];
      return;
    }
  }
}

/* Token k of the window, classified on first use (most are never looked at). */
static const qtok *tk(const qx *x, size_t k) {
  qtok *t = &x->t[k];
  if (!t->done) {
    if (t->ent >= 0) t->cls = t->pron = 0, t->arg = QA_NONE; /* a name is no cue word */
    else classify(t, x->doc->text);
    t->done = 1;
  }
  return t;
}

/* The first entity whose span ends after pos (entities are sorted and never overlap). */
static size_t ent_from(const pc_entities *ents, size_t pos) {
  size_t lo = 0, hi = ents ? ents->count : 0;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (ents->items[mid].span.end <= pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

static int is_speaker_type(int type) { return type == PC_ENT_PERSON || type == PC_ENT_ORG; }

/* Appends the document's tokens that lie within text[a..b) to the window (the driver
** tokenized every sentence once: nothing is tokenized again here). */
static int load(qx *x, size_t a, size_t b) {
  const pc_tokens *all = &x->ctx->toks;
  const pc_entities *ents = x->ents;
  size_t lo = 0, hi = all->count, k, e, n = x->n;
  if (a >= b) return PC_OK;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (all->items[mid].start < a) lo = mid + 1; else hi = mid;
  }
  for (hi = lo; hi < all->count && all->items[hi].end <= b; hi++) {}
  if (n + (hi - lo) > x->cap && pc_grow((void **)&x->t, &x->cap, n + (hi - lo), sizeof(qtok))) return PC_ENOMEM;
  e = ent_from(x->ents, a);
  for (k = lo; k < hi; k++) {
    qtok *t = &x->t[n++];
    const pc_token *src = &all->items[k];
    t->start = src->start;
    t->end = src->end;
    t->kind = src->kind;
    t->flags = src->flags;
    t->quote = -1;
    t->ent = -1;
    t->done = 0;
    if (!ents) continue;
    while (e < ents->count && ents->items[e].span.end <= t->start) e++;
    if (e < ents->count && ents->items[e].span.start <= t->start && is_speaker_type(ents->items[e].type))
      t->ent = (long)e;
  }
  x->n = n;
  return PC_OK;
}

/* Marks the tokens inside quotation j (not the one analysed, not one enclosing it). */
static void mark_quote(qx *x, size_t j) {
  const pc_quote *q = &x->qs->items[j];
  size_t lo = 0, hi = x->n, k;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (x->t[mid].start < q->span.start) lo = mid + 1; else hi = mid;
  }
  for (k = lo; k < x->n && x->t[k].end <= q->span.end; k++)
    if (x->t[k].quote < 0) x->t[k].quote = (long)j;
}

static int encloses(const pc_quote *a, const pc_quote *b) {
  return a->span.start <= b->span.start && a->span.end >= b->span.end && a != b;
}

/* ------------------------------------------------------------------ resolution */

/* Whether pos lies inside a quotation (an outermost one). */
static int in_quote(const qx *x, size_t pos) {
  size_t lo = 0, hi = x->nouter;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (x->qs->items[x->outer[mid]].span.start <= pos) lo = mid + 1; else hi = mid;
  }
  return lo > 0 && pos < x->qs->items[x->outer[lo - 1]].span.end;
}

/* The paragraph (segment index) of a position. */
static size_t para_of(const qx *x, size_t pos) {
  if (x->doc->nsentences == 0) return 0;
  return x->doc->sentences[sentence_at(x->doc, pos)].segment;
}

/* Whether s[a..b) holds the word w[0..n) (ASCII case-insensitive, at word edges). */
static int has_word(const uint8_t *s, size_t a, size_t b, const uint8_t *w, size_t n) {
  size_t i, k;
  if (n == 0 || b - a < n) return 0;
  for (i = a; i + n <= b; i++) {
    for (k = 0; k < n; k++) {
      uint8_t c = s[i + k], d = w[k];
      if (c >= 'A' && c <= 'Z') c = (uint8_t)(c + 32);
      if (d >= 'A' && d <= 'Z') d = (uint8_t)(d + 32);
      if (c != d) break;
    }
    if (k == n && (i == a || s[i - 1] == ' ' || s[i - 1] == '-') &&
        (i + n == b || s[i + n] == ' ' || s[i + n] == '-'))
      return 1;
  }
  return 0;
}

static int kind_of_arg(int arg) {
  switch (arg) {
  case QA_UNION: return PC_KIND_UNION;
  case QA_PARTY: return PC_KIND_PARTY;
  case QA_MINISTRY: return PC_KIND_MINISTRY;
  case QA_COMPANY: return PC_KIND_COMPANY;
  default: return -1;
  }
}

/* Whether the word next to mention e (before or after it, across spaces) is w[0..n):
** "the Alliance union", "le syndicat Alliance". */
static int word_next_to(const pc_document *doc, const pc_entity *e, const uint8_t *w, size_t n) {
  const uint8_t *s = doc->text;
  size_t a = e->span.end, b;
  while (a < doc->len && s[a] == ' ') a++;
  for (b = a; b < doc->len && b - a <= n && s[b] != ' ' && s[b] != ',' && s[b] != '.'; b++) {}
  if (b - a == n && has_word(s, a, b, w, n)) return 1;
  b = e->span.start;
  while (b > 0 && s[b - 1] == ' ') b--;
  if (b < n) return 0;
  return has_word(s, b - n, b, w, n) && (b == n || s[b - n - 1] == ' ' || (s[b - n - 1] & 0x80) || s[b - n - 1] == '\'');
}

/* Whether mention e fits a generic noun or role word w (a token of the text). */
static int fits(const qx *x, const pc_entity *e, const qtok *w) {
  const uint8_t *s = x->doc->text;
  pc_span c = e->canonical.end > e->canonical.start ? e->canonical : e->span;
  if (w->cls & Q_ROLE) {
    /* the role the names gave, or the word set beside the name ("la conseillère d'État
    ** chargée des finances, Nathalie Berthoud"; "X, secrétaire générale de la FNDT") */
    size_t a = e->span.start > 80 ? e->span.start - 80 : 0, b = e->span.end + 80 < x->doc->len ? e->span.end + 80 : x->doc->len;
    if (e->type != PC_ENT_PERSON) return 0;
    /* within the name's sentence: the next sentence's subject is someone else's role */
    if (e->sentence < x->doc->nsentences) {
      const pc_sentence *sn = &x->doc->sentences[e->sentence];
      if (a < sn->span.start) a = sn->span.start;
      if (b > sn->span.end) b = sn->span.end;
    }
    if (e->role.end > e->role.start && has_word(s, e->role.start, e->role.end, s + w->start, w->end - w->start)) return 1;
    return has_word(s, a, e->span.start, s + w->start, w->end - w->start) ||
           has_word(s, e->span.end, b, s + w->start, w->end - w->start);
  }
  if (e->type != PC_ENT_ORG) return 0;
  if (w->arg == QA_ANY) return 1;
  if (kind_of_arg(w->arg) >= 0 && e->kind == kind_of_arg(w->arg)) return 1;
  if (has_word(s, c.start, c.end, s + w->start, w->end - w->start)) return 1;
  {
    /* this organization, or an earlier mention of it, next to the word */
    size_t k = (size_t)(e - x->ents->items) + 1, steps = 0;
    while (k-- > 0 && steps++ < QX_BACK) {
      const pc_entity *f = &x->ents->items[k];
      pc_span fc = f->canonical.end > f->canonical.start ? f->canonical : f->span;
      if (f->type != PC_ENT_ORG || fc.end - fc.start != c.end - c.start ||
          memcmp(s + fc.start, s + c.start, c.end - c.start) != 0)
        continue;
      if (word_next_to(x->doc, f, s + w->start, w->end - w->start)) return 1;
    }
  }
  return 0;
}

/* Among the mentions with the text of mention k, the one with the fullest canonical: a
** short mention the name pass left unlinked ("Alliance") names the same organization as
** another that it linked. */
static long fullest(const qx *x, long k) {
  const uint8_t *s = x->doc->text;
  const pc_entity *e;
  size_t i, n, best_len, lo, hi;
  long best = k;
  if (k < 0 || !x->ents) return k;
  e = &x->ents->items[k];
  /* only a one-word organization the name pass left unlinked ("Alliance") */
  if (e->type != PC_ENT_ORG || memchr(s + e->span.start, ' ', e->span.end - e->span.start) ||
      (e->canonical.end > e->canonical.start &&
       (e->canonical.start != e->span.start || e->canonical.end != e->span.end)))
    return k;
  n = e->span.end - e->span.start;
  best_len = e->canonical.end - e->canonical.start;
  lo = (size_t)k > 500 ? (size_t)k - 500 : 0;
  hi = (size_t)k + 500 < x->ents->count ? (size_t)k + 500 : x->ents->count;
  for (i = lo; i < hi; i++) {
    const pc_entity *f = &x->ents->items[i];
    pc_span fc = f->canonical.end > f->canonical.start ? f->canonical : f->span;
    size_t fl = fc.end - fc.start;
    if (f->type != e->type || fl <= best_len) continue;
    /* the same word linked elsewhere, or a name that begins or ends with it ("Commission"
    ** of "European Commission", "Alliance" of "Alliance Police Nationale") */
    if (!(f->span.end - f->span.start == n && memcmp(s + f->span.start, s + e->span.start, n) == 0) &&
        !(fl > n + 1 && memcmp(s + fc.start, s + e->span.start, n) == 0 && s[fc.start + n] == ' ') &&
        !(fl > n + 1 && memcmp(s + fc.end - n, s + e->span.start, n) == 0 && s[fc.end - n - 1] == ' '))
      continue;
    best = (long)i;
    best_len = fl;
  }
  return best;
}

/* ------------------------------------------------------------------ gender */

/* A person's sex, as the text or the given-name lists tell it. */
enum { G_NONE = 0, G_M = 1, G_F = 2, G_UNKNOWN = 3 };
#define QX_SEX_SPAN 300 /* entities looked at on each side for other mentions of a person */

/* The sex of given name s[a..b) in the lists of the document's language (else the
** other's; "Nicola" is a man in French lists, either in English ones): G_M, G_F or
** G_UNKNOWN (absent, or given to both). */
static int given_sex(const qx *x, size_t a, size_t b) {
  char buf[32];
  size_t n = fold_word(x->doc->text, a, b, buf, sizeof buf), lo = 0, hi = pc_ngiven_names;
  while (n > 0 && lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const pc_given_name *g = &pc_given_names[mid];
    int c = memcmp(g->key, buf, g->len < n ? g->len : n);
    if (c == 0) c = g->len < n ? -1 : g->len > n;
    if (c == 0) {
      int fr = x->doc->lang == PC_LANG_FR, v = fr ? g->fr : g->en;
      if (v == 0) v = fr ? g->en : g->fr;
      return v == 1 ? G_M : v == 2 ? G_F : G_UNKNOWN;
    }
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return G_UNKNOWN;
}

/* The index of the first document token that starts at or after pos. */
static size_t tok_at(const pc_tokens *all, size_t pos) {
  size_t lo = 0, hi = all->count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (all->items[mid].start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/* The cue classes of document token k (Q_FEM, Q_MASC, Q_ROLE... of quote_cues.tsv). */
static uint32_t tok_cls(const qx *x, size_t k) {
  qtok t;
  const pc_token *src = &x->ctx->toks.items[k];
  memset(&t, 0, sizeof t);
  t.start = src->start;
  t.end = src->end;
  t.kind = src->kind;
  t.flags = src->flags;
  classify(&t, x->doc->text);
  return t.cls;
}

/* Evidence of sex that document token k gives: a gendered word (spokeswoman, Mme,
** générale), or a gendered article before a role noun ("la ministre", "le porte-parole");
** > 0 a woman, < 0 a man. */
static int word_sex(const qx *x, size_t k) {
  uint32_t c = tok_cls(x, k);
  if (c & Q_FEM) return 1;
  if (c & Q_MASC) return -1;
  if ((c & Q_ROLE) && k > 0) {
    const pc_token *d = &x->ctx->toks.items[k - 1];
    const uint8_t *w = x->doc->text + d->start;
    size_t n = d->end - d->start;
    if (pc_ascii_ieq(w, n, "la") || pc_ascii_ieq(w, n, "une")) return 1;
    if (pc_ascii_ieq(w, n, "le") || pc_ascii_ieq(w, n, "un")) return -1;
  }
  return 0;
}

/* Evidence of the sex of mention e from the words beside it: a title or role word before
** it in its sentence ("Ms X", "La négociatrice X", "la ministre de ..., X": 3, 4 right
** before it), a role set off after it ("X, secrétaire générale de", "X, a spokeswoman":
** 3), French agreement ("X est allée": 1). > 0 a woman, < 0 a man. */
static int mention_sex(const qx *x, const pc_entity *e) {
  const pc_tokens *all = &x->ctx->toks;
  const pc_document *doc = x->doc;
  size_t k = tok_at(all, e->span.start), j, words = 0, lo = 0;
  int score = 0;
  if (e->sentence < doc->nsentences) lo = doc->sentences[e->sentence].span.start;
  for (j = k; j-- > 0 && words < 6;) {
    const pc_token *t = &all->items[j];
    long f;
    int w;
    if (t->start < lo) break;
    if (t->kind == PC_TOK_PUNCT) {
      uint8_t c = doc->text[t->start];
      /* "Mr." and "la ministre de …, X": a full stop or a comma right before the name */
      if (t->end - t->start == 1 && (c == '.' || c == ',') && j + 1 == k) continue;
      break;
    }
    f = (long)ent_from(x->ents, t->start);
    if ((size_t)f < x->ents->count && x->ents->items[f].span.start <= t->start && is_speaker_type(x->ents->items[f].type)) break;
    words++;
    /* "his wife Maria", "his wife, Maria"; not "the wife of Pierre Dupont" */
    if ((tok_cls(x, j) & Q_KIN) && !(j + 1 == k || (j + 2 == k && doc->text[all->items[j + 1].start] == ','))) continue;
    if ((w = word_sex(x, j)) != 0) { score = w * (j + 1 == k || (j + 2 == k && doc->text[all->items[j + 1].start] == '.') ? 4 : 3); break; }
  }
  j = tok_at(all, e->span.end);
  if (j < all->count && all->items[j].end - all->items[j].start == 1 && doc->text[all->items[j].start] == ',') {
    size_t m;
    for (m = j + 1; m < all->count && m < j + 6 && (all->items[m].kind != PC_TOK_PUNCT || (all->items[m].flags & PC_TF_APOS)); m++) {
      int w;
      /* "X, the widow of …" is X; "X, 29, who said his grandmother …" is not */
      if ((tok_cls(x, m) & Q_KIN) && m > j + 2) continue;
      w = word_sex(x, m);
      if (w) return score + 3 * w;
    }
  } else if (doc->lang == PC_LANG_FR && j + 1 < all->count) {
    /* "X est allée", "X s'est dite", "X était venue" */
    const pc_token *v = &all->items[j];
    if (v->flags & PC_TF_APOS) v = &all->items[++j];
    if (j + 1 < all->count && (pc_ascii_ieq(doc->text + v->start, v->end - v->start, "est") ||
                               pc_ascii_ieq(doc->text + v->start, v->end - v->start, "\xC3\xA9tait"))) {
      const pc_token *p = &all->items[j + 1];
      const uint8_t *w = doc->text + p->start;
      size_t n = p->end - p->start;
      if (p->kind == PC_TOK_WORD && n > 3 && ((w[n - 3] == 0xC3 && w[n - 2] == 0xA9 && w[n - 1] == 'e') ||
                                             (n > 4 && w[n - 4] == 0xC3 && w[n - 3] == 0xA9 && w[n - 2] == 'e' && w[n - 1] == 's')))
        score += 1;
    }
  }
  return score;
}

/* The sex of the person of entity k: the evidence of its mentions (those with its
** canonical name nearby) and of its given name (2); G_UNKNOWN when nothing says or the
** evidence is even. Computed once per person and kept in x->gender. */
static int person_gender(const qx *x, long k) {
  const uint8_t *s = x->doc->text;
  const pc_entity *e;
  pc_span c;
  size_t i, lo, hi, b;
  int score = 0, g;
  if (k < 0 || !x->gender || !x->ents || !x->ctx || x->ctx->toks.count == 0) return G_UNKNOWN;
  if (x->gender[k]) return x->gender[k];
  e = &x->ents->items[k];
  if (e->type != PC_ENT_PERSON) return G_UNKNOWN;
  c = e->canonical.end > e->canonical.start ? e->canonical : e->span;
  lo = (size_t)k > QX_SEX_SPAN ? (size_t)k - QX_SEX_SPAN : 0;
  hi = (size_t)k + QX_SEX_SPAN < x->ents->count ? (size_t)k + QX_SEX_SPAN : x->ents->count;
  for (i = lo; i < hi; i++) {
    const pc_entity *f = &x->ents->items[i];
    pc_span fc = f->canonical.end > f->canonical.start ? f->canonical : f->span;
    if (f->type == PC_ENT_PERSON && fc.end - fc.start == c.end - c.start && memcmp(s + fc.start, s + c.start, c.end - c.start) == 0)
      score += mention_sex(x, f);
  }
  /* the given name: the first word of the fullest form, whole ("Jean-Luc") or its first part */
  for (b = c.start; b < c.end && s[b] != ' '; b++) {}
  if (b > c.start) {
    size_t h = c.start;
    g = given_sex(x, c.start, b);
    if (g == G_UNKNOWN) {
      while (h < b && s[h] != '-') h++;
      if (h < b) g = given_sex(x, c.start, h);
    }
    score += g == G_F ? 2 : g == G_M ? -2 : 0;
  }
  g = score > 0 ? G_F : score < 0 ? G_M : G_UNKNOWN;
  for (i = lo; i < hi; i++) {
    const pc_entity *f = &x->ents->items[i];
    pc_span fc = f->canonical.end > f->canonical.start ? f->canonical : f->span;
    if (f->type == PC_ENT_PERSON && fc.end - fc.start == c.end - c.start && memcmp(s + fc.start, s + c.start, c.end - c.start) == 0)
      x->gender[i] = (unsigned char)g;
  }
  return g;
}

/* Whether entity k may be the person a pronoun of sex want (G_M, G_F) stands for. */
static int sex_fits(const qx *x, long k, int want) {
  int g;
  if (k < 0 || want == G_NONE) return 1;
  g = person_gender(x, k);
  return g == G_UNKNOWN || g == want;
}

/* The nearest PERSON or ORG mention before pos, outside quotations, of type `type` (-1:
** either) that fits word w (NULL: any), not before position floor. -1 when none. */
static long nearest(const qx *x, size_t pos, int type, const qtok *w, size_t floor) {
  size_t k = ent_from(x->ents, pos), steps = 0;
  while (k-- > 0 && steps++ < QX_BACK) {
    const pc_entity *e = &x->ents->items[k];
    if (e->span.start < floor) break;
    if (e->span.end > pos || !is_speaker_type(e->type) || (type >= 0 && e->type != type)) continue;
    if (w && !fits(x, e, w)) continue;
    if (in_quote(x, e->span.start)) continue;
    return (long)k;
  }
  return -1;
}

/* Whether quotation j lies inside an earlier one. */
static int is_nested(const qx *x, size_t j) {
  size_t i;
  for (i = j; i-- > x->first && j - i <= 8;) {
    const pc_quote *p = &x->qs->items[i];
    if (p->span.start <= x->qs->items[j].span.start && p->span.end >= x->qs->items[j].span.end) return 1;
  }
  return 0;
}

/* The speaker of the quotation before quotation qi, when one of the last two paragraphs
** holds it: *found tells whether there is such a quotation. */
static long previous_speaker(const qx *x, size_t qi, int *found) {
  const pc_quote *q = &x->qs->items[qi];
  size_t j, para = para_of(x, q->span.start);
  *found = 0;
  for (j = qi; j-- > x->first && qi - j <= QX_NEAR;) {
    const pc_quote *p = &x->qs->items[j];
    if (p->span.end > q->span.start) continue; /* encloses q */
    if (p->kind != PC_QUOTE_SPEECH) continue;  /* a banner or a term is no one's turn */
    if (is_nested(x, j)) continue;              /* words quoted inside someone's words */
    if (para_of(x, p->span.start) + 1 < para) return -1;
    *found = 1;
    return p->speaker;
  }
  return -1;
}

/* The speaker of the nearest quotation before qi (same or previous paragraph) when it is
** a person: "prévient le bâtonnier" after his own words, with no role the names gave. */
static long recent_person_speaker(const qx *x, size_t qi) {
  int found;
  long r = previous_speaker(x, qi, &found);
  size_t j;
  if (r < 0 || x->ents->items[r].type != PC_ENT_PERSON) return -1;
  /* only in the same paragraph */
  for (j = qi; j-- > x->first;)
    if (x->qs->items[j].speaker == r)
      return para_of(x, x->qs->items[j].span.start) == para_of(x, x->qs->items[qi].span.start) ? r : -1;
  return -1;
}

/* "the union" where no organization is known as one: the nearest organization of the
** same or the previous paragraph that is not a medium, an agency, a company, a party or a
** ministry ("Unite said … “…,” the union said"). */
/* Whether organization k fits "the union", "the company", "the group" (arg). */
static int body_fits(const pc_entity *e, int arg) {
  if (e->kind == PC_KIND_MEDIA || e->kind == PC_KIND_AGENCY) return 0;
  /* an organization known as another kind is not "the union" or "the company" */
  if (kind_of_arg(arg) >= 0 && e->kind != PC_KIND_NONE && e->kind != kind_of_arg(arg) &&
      !(arg == QA_UNION && (e->kind == PC_KIND_ASSOCIATION || e->kind == PC_KIND_INSTITUTION)))
    return 0;
  if (arg == QA_ANY && (e->kind == PC_KIND_COMPANY || e->kind == PC_KIND_PARTY || e->kind == PC_KIND_MINISTRY))
    return 0;
  return 1;
}

/* How many mentions of organization k's name come before it (at most QX_BACK looked at). */
static size_t mentions_before(const qx *x, size_t k) {
  const uint8_t *s = x->doc->text;
  const pc_entity *e = &x->ents->items[k];
  pc_span c = e->canonical.end > e->canonical.start ? e->canonical : e->span;
  size_t i = k, n = 0, steps = 0;
  while (i-- > 0 && steps++ < QX_BACK) {
    const pc_entity *f = &x->ents->items[i];
    pc_span fc = f->canonical.end > f->canonical.start ? f->canonical : f->span;
    if (f->type == e->type && fc.end - fc.start == c.end - c.start && memcmp(s + fc.start, s + c.start, c.end - c.start) == 0) n++;
  }
  return n;
}

/* "the union" where no organization is known as one: the nearest organization of the
** same or the previous paragraph that is not a medium, an agency, a company, a party or a
** ministry ("Unite said … “…,” the union said"); else, farther back, one known as that
** kind, or one the article keeps naming (three mentions: "The company said" of the
** TotalEnergies of the story's first paragraphs). */
static long nearest_body(const qx *x, size_t pos, int arg) {
  size_t k = ent_from(x->ents, pos), from = k, steps = 0, para = para_of(x, pos), floor = 0, counted;
  if (para > 1) floor = x->doc->segments[para - 1].span.start;
  while (k-- > 0 && steps++ < QX_BACK) {
    const pc_entity *e = &x->ents->items[k];
    if (e->span.start < floor) break;
    if (e->span.end > pos || e->type != PC_ENT_ORG || in_quote(x, e->span.start)) continue;
    if (body_fits(e, arg)) return (long)k;
  }
  if (arg == QA_ANY) return -1;
  /* at most 16 organizations counted, so a document of nothing but names stays linear */
  for (k = from, steps = 0, counted = 0; k-- > 0 && steps++ < QX_BACK;) {
    const pc_entity *e = &x->ents->items[k];
    if (e->span.end > pos || e->type != PC_ENT_ORG || in_quote(x, e->span.start) || !body_fits(e, arg)) continue;
    if (kind_of_arg(arg) >= 0 && e->kind == kind_of_arg(arg)) return (long)k;
    if (counted++ < 16 && mentions_before(x, k) >= 2) return (long)k;
  }
  return -1;
}

/* The nearest person named before pos, outside quotations, whom a pronoun of sex want may
** stand for: one the text makes of the other sex is passed over, and then the one found
** must be in this paragraph or the one before ("she" after "Priya X", a name the names
** pass missed, and "Mark Y" before her: no one). -1 when none. */
static long nearest_person(const qx *x, size_t pos, int want) {
  size_t k = ent_from(x->ents, pos), steps = 0, para = para_of(x, pos), floor = 0;
  int passed = 0;
  if (para > 0) floor = x->doc->segments[para - 1].span.start;
  while (k-- > 0 && steps++ < QX_BACK) {
    const pc_entity *e = &x->ents->items[k];
    if (passed && e->span.start < floor) break;
    if (e->span.end > pos || e->type != PC_ENT_PERSON || in_quote(x, e->span.start)) continue;
    if (sex_fits(x, (long)k, want)) return (long)k;
    passed = 1;
  }
  return -1;
}

/* "he", "she": the nearest person named before pos that the pronoun may stand for, unless
** the last quotation before it (same or previous paragraph) was such a person's and came
** after that mention ("La conseillère d'État a défendu un budget « responsable » … « … »,
** a-t-elle affirmé": the minister, not the nurse named before her). */
static long person_pronoun(const qx *x, size_t pos, size_t qi, int want) {
  long r = nearest_person(x, pos, want);
  size_t mention = r >= 0 ? x->ents->items[r].span.start : 0, para = para_of(x, pos), j;
  for (j = qi; j-- > x->first && qi - j <= QX_NEAR;) {
    const pc_quote *p = &x->qs->items[j];
    if (p->span.end > pos || is_nested(x, j)) continue;
    if (para_of(x, p->span.start) + 1 < para || (r >= 0 && p->span.start < mention)) break;
    if (p->speaker >= 0 && x->ents->items[p->speaker].type == PC_ENT_PERSON && sex_fits(x, p->speaker, want))
      return p->speaker;
  }
  return r;
}

/* French "il" and "elle" stand for organizations too ("La CGT a appelé à la grève. « … »,
** a-t-elle ajouté"): the nearest person or organization named before the pronoun in its
** sentence or the one before, when it is an organization that opens its sentence; else
** the speaker of the quotation just before in the paragraph, when an organization and no
** person was named since. -1 otherwise. */
static long fr_org_pronoun(const qx *x, size_t pos, size_t qi) {
  const pc_document *doc = x->doc;
  size_t k = ent_from(x->ents, pos), steps = 0, sn = sentence_at(doc, pos), j, floor;
  floor = doc->nsentences ? doc->sentences[sn > 0 ? sn - 1 : 0].span.start : 0;
  while (k-- > 0 && steps++ < QX_BACK) {
    const pc_entity *e = &x->ents->items[k];
    if (e->span.start < floor) break;
    if (e->span.end > pos || !is_speaker_type(e->type) || in_quote(x, e->span.start)) continue;
    if (e->type == PC_ENT_PERSON || e->sentence >= doc->nsentences) return -1;
    /* its sentence's subject: "La CGT a …", "Le syndicat Alliance a …" */
    if (e->span.start - doc->sentences[e->sentence].span.start <= 16 &&
        (k == 0 || x->ents->items[k - 1].span.end <= doc->sentences[e->sentence].span.start ||
         !is_speaker_type(x->ents->items[k - 1].type)))
      return (long)k;
    return -1;
  }
  for (j = qi; j-- > x->first && qi - j <= QX_NEAR;) {
    const pc_quote *p = &x->qs->items[j];
    long r = p->speaker;
    size_t e;
    if (p->span.end > pos || is_nested(x, j)) continue;
    if (r < 0 || x->ents->items[r].type != PC_ENT_ORG || para_of(x, p->span.start) != para_of(x, pos)) return -1;
    for (e = ent_from(x->ents, p->span.end); e < x->ents->count && x->ents->items[e].span.start < pos; e++)
      if (x->ents->items[e].type == PC_ENT_PERSON) return -1;
    return r;
  }
  return -1;
}

static long resolve_pron(const qx *x, uint32_t pron, size_t pos, size_t qi) {
  if (pron & Q_PRON_1) return -1; /* "assure-t-on", "pouvait-on lire" */
  if ((pron & (Q_PRON_M | Q_PRON_F)) && x->doc->lang == PC_LANG_FR) {
    long r = fr_org_pronoun(x, pos, qi);
    if (r >= 0) return r;
  }
  if (pron & (Q_PRON_M | Q_PRON_F)) return person_pronoun(x, pos, qi, (pron & Q_PRON_M) ? G_M : G_F);
  if (pron & Q_PRON_N) {
    size_t para = para_of(x, pos), floor = 0;
    if (para > 1) floor = x->doc->segments[para - 1].span.start;
    return nearest(x, pos, PC_ENT_ORG, NULL, floor);
  }
  return -2; /* plural: the caller knows the quotation */
}

/* "Gérald Darmanin a reçu les syndicats. Le ministre a promis « … »": a role word no one
** was given stands for the person named last, in its sentence or the one before, when
** that person has no other role and the article's gender fits ("la ministre"). */
static long last_named(const qx *x, size_t k) {
  const qtok *t = tk(x, k);
  size_t s = sentence_at(x->doc, t->start), floor = x->doc->nsentences ? x->doc->sentences[s > 0 ? s - 1 : 0].span.start : 0;
  int want = (t->cls & Q_FEM) ? G_F : (t->cls & Q_MASC) ? G_M : G_NONE;
  long r;
  /* only the bare role, "le ministre", "the minister": "le ministre de l'Intérieur", "the
  ** interior minister" may be someone the text has not named */
  if (k == 0 || !(tk(x, k - 1)->cls & Q_DET)) return -1;
  if (k + 1 < x->n) {
    const uint8_t *w = x->doc->text + x->t[k + 1].start;
    size_t n = x->t[k + 1].end - x->t[k + 1].start;
    if (pc_ascii_ieq(w, n, "de") || pc_ascii_ieq(w, n, "du") || pc_ascii_ieq(w, n, "des") || pc_ascii_ieq(w, n, "of") ||
        (x->t[k + 1].flags & PC_TF_APOS))
      return -1;
  }
  if (want == G_NONE) {
    const uint8_t *w = x->doc->text + x->t[k - 1].start;
    size_t n = x->t[k - 1].end - x->t[k - 1].start;
    want = (pc_ascii_ieq(w, n, "la") || pc_ascii_ieq(w, n, "une") || pc_ascii_ieq(w, n, "she")) ? G_F
         : (pc_ascii_ieq(w, n, "le") || pc_ascii_ieq(w, n, "un")) ? G_M : G_NONE;
  }
  r = nearest(x, t->start, PC_ENT_PERSON, NULL, floor);
  if (r < 0 || x->ents->items[r].role.end > x->ents->items[r].role.start || !sex_fits(x, r, want)) return -1;
  return r;
}

static int word_is(const qx *x, size_t k, const char *w);

/* "la syndicaliste", "the unionist" (a role word of a union) that no rule above resolved:
** the nearest person of the article's sex named in a sentence that names a union ("X,
** secrétaire départementale du SNUipp-FSU"), outside quotations. -1 when none. */
static long union_person(const qx *x, size_t k) {
  const qtok *t = tk(x, k);
  size_t e = ent_from(x->ents, t->start), steps = 0;
  int want = (t->cls & Q_FEM) ? G_F : (t->cls & Q_MASC) ? G_M : G_NONE;
  if (t->arg != QA_UNION || k == 0 || !(tk(x, k - 1)->cls & Q_DET) || x->doc->nsentences == 0) return -1;
  if (want == G_NONE) want = word_is(x, k - 1, "la") ? G_F : word_is(x, k - 1, "le") ? G_M : G_NONE;
  while (e-- > 0 && steps++ < QX_BACK) {
    const pc_entity *p = &x->ents->items[e];
    const pc_sentence *sn;
    size_t u;
    if (p->type != PC_ENT_PERSON || p->span.end > t->start || in_quote(x, p->span.start) ||
        p->sentence >= x->doc->nsentences || !sex_fits(x, (long)e, want))
      continue;
    sn = &x->doc->sentences[p->sentence];
    for (u = ent_from(x->ents, sn->span.start); u < x->ents->count && x->ents->items[u].span.start < sn->span.end; u++)
      if (x->ents->items[u].type == PC_ENT_ORG && x->ents->items[u].kind == PC_KIND_UNION) return (long)e;
  }
  return -1;
}

static long quote_before(const qx *x, size_t v);

/* The speaker a candidate token names: its entity, or what its pronoun or generic noun
** resolves to. */
static long resolve(const qx *x, size_t k, size_t qi) {
  const qtok *t = tk(x, k);
  uint32_t pron = t->pron ? t->pron : (t->cls & Q_PRON);
  if (t->ent >= 0 && !pron) return t->ent;
  if (pron & (Q_PRON_M | Q_PRON_F)) {
    /* a quotation earlier in the sentence with a speaker: "A spokesman for TotalEnergies
    ** said the company “…” but condemned what he called “…”" */
    long r = quote_before(x, k);
    if (r >= 0 && sex_fits(x, r, (pron & Q_PRON_M) ? G_M : G_F)) return r;
  }
  if (pron) {
    long r = resolve_pron(x, pron, t->start, qi);
    if (r == -2) {
      int found;
      r = previous_speaker(x, qi, &found);
      if (r >= 0 && x->ents->items[r].type != PC_ENT_ORG) r = -1;
    }
    return r;
  }
  if (t->cls & (Q_GENERIC | Q_ROLE)) {
    long r = nearest(x, t->start, -1, t, 0);
    if (r < 0 && (t->cls & Q_GENERIC) && t->arg != QA_NAMED) r = nearest_body(x, t->start, t->arg);
    if (r < 0 && (t->cls & Q_ROLE)) r = recent_person_speaker(x, qi);
    if (r < 0 && (t->cls & Q_ROLE)) r = last_named(x, k);
    if (r < 0 && (t->cls & Q_ROLE)) r = union_person(x, k);
    return r;
  }
  return -1;
}

static int tok_char(const qx *x, size_t k, char c) {
  return k < x->n && x->t[k].end - x->t[k].start == 1 && x->doc->text[x->t[k].start] == (uint8_t)c;
}

static int tok_dash(const qx *x, size_t k) {
  size_t n;
  int bad;
  return k < x->n && pc_is_dash(pc_decode(x->doc->text, x->doc->len, x->t[k].start, &n, &bad));
}

static int is_fr(const qx *x) { return x->doc->lang == PC_LANG_FR; }

/* Whether token k is an article ("a" is one in English only). */
static int is_article(const qx *x, size_t k) {
  return (tk(x, k)->cls & Q_ART) && !(is_fr(x) && (tk(x, k)->cls & Q_AUX));
}

/* The first token of the French verb group that ends at verb j (not before lo): its
** auxiliary ("a déclaré"), a causative ("fait savoir", "a fait savoir"). */
static size_t verb_from(const qx *x, size_t j, size_t lo) {
  size_t from = j;
  if (!is_fr(x)) return j;
  if (from > lo && (tk(x, from - 1)->cls & Q_FAIRE)) from--;
  if (from > lo && (tk(x, from - 1)->cls & Q_AUX)) from--;
  return from;
}

/* Whether token k can name a speaker: an entity, a subject pronoun, "the union". */
static int candidate(const qx *x, size_t k) {
  const qtok *t = tk(x, k);
  if (t->quote >= 0) return 0;
  if (t->ent >= 0) return 1;
  if ((t->cls & Q_PRON) && !(t->cls & Q_PRON_OBJ)) return 1;
  if ((t->cls & (Q_GENERIC | Q_ROLE)) && k > 0 && (tk(x, k - 1)->cls & Q_DET)) return 1;
  return 0;
}

static long first_candidate(const qx *x, size_t lo, size_t hi, size_t qi) {
  size_t k;
  for (k = lo; k < hi; k++)
    if (candidate(x, k)) return resolve(x, k, qi);
  return -1;
}

/* The entity that makes up tokens [a, b) alone (an article or "l’" before it allowed), -1. */
static long whole_entity(const qx *x, size_t a, size_t b) {
  long e;
  size_t k;
  /* a title or gendered role word too: "La rectrice, Mme Anne Vidal, a assuré" */
  while (a < b && ((tk(x, a)->cls & (Q_DET | Q_FEM | Q_MASC)) || is_article(x, a))) a++;
  if (a >= b || (e = x->t[a].ent) < 0) return -1;
  for (k = a; k < b; k++)
    if (x->t[k].ent != e) return -1;
  return e;
}

/* Whether tokens [a, b) describe someone rather than name something: a lowercase word or
** a figure first, after an article ("docker depuis 22 ans", "a 22-year-old student"; not
** "le Sgen-CFDT", another name of a list). */
static int describes(const qx *x, size_t a, size_t b) {
  while (a < b && (is_article(x, a) || (tk(x, a)->cls & Q_DET))) a++;
  if (a >= b || x->t[a].ent >= 0) return 0;
  return x->t[a].kind == PC_TOK_NUMBER || (x->t[a].kind == PC_TOK_WORD && (x->t[a].flags & PC_TF_LOWER));
}

static int is_relative(const qx *x, size_t k) {
  const uint8_t *w = x->doc->text + x->t[k].start;
  size_t n = x->t[k].end - x->t[k].start;
  return pc_ascii_ieq(w, n, "that") || pc_ascii_ieq(w, n, "which") || pc_ascii_ieq(w, n, "who") || pc_ascii_ieq(w, n, "qui");
}

/* The subject of a verb after a comma: a name set off before it ("Le président de la
** FNSEA, Arnaud Rousseau, a prévenu"; "The company, Hutchison Ports, said"), or the
** name that ends the sentence's first stretch ("David Ramos, president of GendXXI, the
** first …, said"; a parenthesis after it allowed). -1 otherwise ("L’intersyndicale, qui
** réunit la FSU, …, dénonce": no one named). */
static long appositive(const qx *x, size_t comma) {
  size_t k = comma, first = 0, end;
  long last = -1, lead = -1;
  while (k > 0 && !tok_char(x, k - 1, ',') && x->t[k - 1].quote < 0) k--;
  if (k > 0 && tok_char(x, k - 1, ',')) last = whole_entity(x, k, comma);
  while (first < x->npre && x->t[first].kind == PC_TOK_PUNCT) first++;
  for (end = first; end < comma && !tok_char(x, end, ','); end++) {}
  if (end < comma || (end == comma && last < 0)) {
    size_t e = end;
    if (e > first && tok_char(x, e - 1, ')'))
      while (e > first && !tok_char(x, e - 1, '(')) e--;
    if (e > first && tok_char(x, e - 1, '(')) e--;
    if (e > first && x->t[e - 1].ent >= 0 && x->t[e - 1].quote < 0) {
      long f = x->t[e - 1].ent;
      size_t h = e - 1;
      while (h > first && x->t[h - 1].ent == f) h--;
      /* "Le gouvernement de Luís Montenegro, qui …, a promis": the government speaks, not
      ** the person it is of ("l'avocat de X", "the family of X") */
      if (!(x->ents->items[f].type == PC_ENT_PERSON && h > first &&
            (word_is(x, h - 1, "de") || word_is(x, h - 1, "of") || word_is(x, h - 1, "for") ||
             (word_is(x, h - 1, "d'") || word_is(x, h - 1, "d\xE2\x80\x99")))))
        lead = f;
    }
    /* "The RMT union, which represents …, said": a name before its generic head */
    else if (e > first + 1 && (tk(x, e - 1)->cls & Q_GENERIC) && x->t[e - 2].ent >= 0 && x->t[e - 2].quote < 0 &&
             x->ents->items[x->t[e - 2].ent].type == PC_ENT_ORG)
      lead = x->t[e - 2].ent;
  }
  if (last >= 0 && x->ents->items[last].type == PC_ENT_PERSON) return last;
  if (k > 1 && is_relative(x, k)) {
    /* a relative clause set off after the subject, wherever the sentence starts: "Côté
    ** flamand, la CGT, qui coorganisait la manifestation, a dénoncé des « provocations »" */
    size_t p = k - 1;
    long e;
    while (p > first && !tok_char(x, p - 1, ',') && x->t[p - 1].quote < 0) p--;
    e = whole_entity(x, p, k - 1);
    if (e >= 0 && is_speaker_type(x->ents->items[e].type)) return e;
  }
  {
    /* a person set off alone anywhere before: "Dans le cortège, Hicham El Khatib, docker
    ** depuis 22 ans, résume" (an organization so set off may be one of a list) */
    size_t cs = first, ce, ne;
    long person = -1;
    while (cs < comma) {
      long e;
      for (ce = cs; ce < comma && !tok_char(x, ce, ','); ce++) {}
      for (ne = ce + 1; ne < comma && !tok_char(x, ne, ','); ne++) {}
      e = whole_entity(x, cs, ce);
      /* followed by a description, not by another name (a list of unions) */
      if (e >= 0 && x->ents->items[e].type == PC_ENT_PERSON && ce < comma && describes(x, ce + 1, ne)) person = e;
      cs = ce + 1;
    }
    if (person >= 0) return person;
  }
  return lead >= 0 ? lead : last;
}

/* "a spokesperson said", "a spokeswoman for the port authority said" (article and
** spokesperson word at token k, no name in the phrase): someone speaking for the
** organization named just before, the nearest one outside quotations in this sentence or
** the one before in the same paragraph, not a medium or an agency. -1 when none. */
static long spokes_org(const qx *x, size_t k) {
  const pc_document *doc = x->doc;
  size_t pos, sn, e, floor, steps = 0;
  if (!is_article(x, k) || k + 1 >= x->n || !(tk(x, k + 1)->cls & Q_SPOKES) || !x->ents || doc->nsentences == 0)
    return -1;
  pos = x->t[k].start;
  sn = sentence_at(doc, pos);
  floor = doc->sentences[sn > 0 && doc->sentences[sn - 1].segment == doc->sentences[sn].segment ? sn - 1 : sn].span.start;
  e = ent_from(x->ents, pos);
  while (e-- > 0 && steps++ < QX_BACK) {
    const pc_entity *f = &x->ents->items[e];
    if (f->span.start < floor) break;
    if (f->span.end > pos || f->type != PC_ENT_ORG || in_quote(x, f->span.start)) continue;
    if (f->kind == PC_KIND_MEDIA || f->kind == PC_KIND_AGENCY) continue;
    return (long)e;
  }
  return -1;
}

/* The speaker of the quotation of the sentence nearest before token v, -2 when none. */
static long quote_before(const qx *x, size_t v) {
  size_t k;
  for (k = v; k-- > 0;)
    if (x->t[k].quote >= 0) return x->qs->items[x->t[k].quote].speaker;
  return -2;
}

/* The subject of the verb at token v, looking back within the window: after a comma, an
** appositive; after "and" or "but", the speaker of the quotation before it in the sentence
** ("said he “understood the frustration” but asked fans “…”"), else the sentence's first
** subject; else the nearest candidate, unless an article comes first ("an officer said":
** no one named). */
static long subject_before(const qx *x, size_t v, size_t qi) {
  size_t k, steps = 0;
  if (v > 0 && tok_char(x, v - 1, ',')) return appositive(x, v - 1);
  if (v > 0 && (tk(x, v - 1)->cls & Q_CONJ)) {
    long r = quote_before(x, v - 1);
    return r != -2 ? r : first_candidate(x, 0, v - 1, qi);
  }
  for (k = v; k-- > 0 && steps++ < 8;) {
    if (x->t[k].quote >= 0) return x->qs->items[x->t[k].quote].speaker;
    if (tok_char(x, k, '.') || tok_char(x, k, ';')) break;
    if (tok_char(x, k, ')')) {
      /* a parenthesis is an aside: "L'intersyndicale (FSU, …, SUD Éducation) a compté" */
      size_t depth = 0;
      while (k > 0 && !(tok_char(x, k, '(') && depth == 1)) {
        if (tok_char(x, k, ')')) depth++;
        else if (tok_char(x, k, '(')) depth--;
        k--;
      }
      continue;
    }
    if (candidate(x, k)) return resolve(x, k, qi);
    if (is_article(x, k)) return spokes_org(x, k);
  }
  return -1;
}

static int word_is(const qx *x, size_t k, const char *w) {
  return pc_ascii_ieq(x->doc->text + x->t[k].start, x->t[k].end - x->t[k].start, w);
}

/* Whether token k is an adverb by its ending: "simply", "also" aside ("-ly", French "-ment"). */
static int is_adverb(const qx *x, size_t k) {
  const uint8_t *w = x->doc->text + x->t[k].start;
  size_t n = x->t[k].end - x->t[k].start;
  if (x->t[k].kind != PC_TOK_WORD || !(x->t[k].flags & PC_TF_LOWER) || n < 5) return 0;
  return is_fr(x) ? memcmp(w + n - 4, "ment", 4) == 0 : memcmp(w + n - 2, "ly", 2) == 0;
}

/* An inverted subject that describes by age the person just named, "a expliqué l'officier
** de 67 ans" (article, lowercase noun, "de N ans"): the nearest person before it, from the
** sentence before the quotation's first, of the article's sex. -1 otherwise. */
static long aged_epithet(const qx *x, size_t j, size_t hi, size_t qi) {
  size_t s, floor;
  int want;
  if (!is_fr(x) || j + 4 >= hi || !(tk(x, j)->cls & (Q_DET | Q_ART)) || x->t[j + 1].ent >= 0 ||
      x->t[j + 1].kind != PC_TOK_WORD || !(x->t[j + 1].flags & PC_TF_LOWER) || !word_is(x, j + 2, "de") ||
      x->t[j + 3].kind != PC_TOK_NUMBER || !word_is(x, j + 4, "ans"))
    return -1;
  want = word_is(x, j, "la") ? G_F : word_is(x, j, "le") ? G_M : G_NONE;
  s = x->qs->items[qi].sentence;
  if (s >= x->doc->nsentences) return -1;
  floor = x->doc->sentences[s > 0 ? s - 1 : 0].span.start;
  {
    long r = nearest(x, x->t[j].start, PC_ENT_PERSON, NULL, floor);
    return r >= 0 && sex_fits(x, r, want) ? r : -1;
  }
}

/* The speaker named after a cue ("said Alain Barberis, secretary of ...", "selon la CGT",
** "according to him"): a person first, else an organization, else "the union". */
static long inverted(const qx *x, size_t j, size_t hi, size_t qi) {
  long person = -1, org = -1, gen = -1;
  size_t k;
  int stopped = 0; /* past a preposition ("au micro de l’AFP"): only a person counts */
  for (k = j; k < hi && k < j + 18; k++) {
    const qtok *t = tk(x, k);
    if (t->quote >= 0) break;
    if (k == j && (t->cls & Q_PRON) && t->ent < 0) return resolve(x, k, qi);
    /* "said 15-year-old Jonas Akgün", "said BTB dockers' secretary X" */
    if (t->kind == PC_TOK_PUNCT && !tok_char(x, k, ',') && !tok_char(x, k, '(') && !tok_char(x, k, ')') &&
        !tok_char(x, k, '-') && !(t->flags & PC_TF_QUOTE))
      break;
    if (t->ent >= 0) {
      if (x->ents->items[t->ent].type == PC_ENT_PERSON) { if (person < 0) person = t->ent; }
      else if (org < 0 && !stopped) org = t->ent;
      continue;
    }
    if (k > j && (t->cls & Q_SPEECH)) break;
    if (t->cls & Q_STOP) { if (person >= 0 || org >= 0 || gen >= 0) break; stopped = 1; }
    if (gen < 0 && !stopped && candidate(x, k)) gen = resolve(x, k, qi);
  }
  if (person < 0 && org < 0 && gen < 0) return aged_epithet(x, j, hi, qi);
  return person >= 0 ? person : org >= 0 ? org : gen;
}

typedef struct qattr {
  int found, slogan;
  size_t cue_a, cue_b;
  long speaker;
} qattr;

/* The last token of the cue that starts at verb v: "described as", "referred to". */
static size_t cue_last(const qx *x, size_t v) {
  static const char *const parts[] = {NULL, "as", "to", "of", "de"};
  const qtok *t = tk(x, v);
  if (t->arg >= QA_AS && t->arg <= QA_DE && v + 1 < x->n && x->t[v + 1].quote < 0) {
    const qtok *p = tk(x, v + 1);
    const uint8_t *s = x->doc->text + p->start;
    size_t n = p->end - p->start;
    if (pc_ascii_ieq(s, n, parts[t->arg])) return v + 1;
    if (t->arg == QA_OF && pc_ascii_ieq(s, n, "about")) return v + 1;
    if (t->arg == QA_DE && (pc_ascii_ieq(s, n, "du") || pc_ascii_ieq(s, n, "des") || (n >= 2 && (s[0] | 0x20) == 'd' && (p->flags & PC_TF_APOS))))
      return v + 1;
  }
  return v;
}

static void set_cue(const qx *x, qattr *a, size_t from, size_t last) {
  a->cue_a = x->t[from].start;
  a->cue_b = x->t[last].end;
  a->found = 1;
}

/* Whether the quotation's words end on a comma, question or exclamation mark (an
** attribution follows): "…," he said. */
static int ends_open(const qx *x, const pc_quote *q) {
  const uint8_t *s = x->doc->text;
  size_t i = q->span.end, n;
  int32_t c;
  pc_decode_back(s, x->doc->len, i, &n); /* the closing mark */
  if (n >= i - q->span.start) return 0;
  i -= n;
  while (i > q->span.start) {
    c = pc_decode_back(s, x->doc->len, i, &n);
    if (!pc_is_space(c)) break;
    i -= n;
  }
  if (i <= q->span.start) return 0;
  c = pc_decode_back(s, x->doc->len, i, &n);
  return c == ',' || c == '?' || c == '!' || c == 0x2026 || pc_is_dash(c);
}

/* Whether one of the tokens [k, k + span) is a slogan noun ("read a giant banner"). */
static int slogan_near(const qx *x, size_t k, size_t span) {
  size_t j;
  for (j = k; j < x->n && j < k + span; j++) {
    if (x->t[j].quote >= 0) break;
    if (tk(x, j)->cls & Q_SLOGAN_N) return 1;
  }
  return 0;
}

/* Whether the word just before verb token v (an article between allowed) is a crowd:
** "Protesters shouted", "la foule a scandé". */
static int crowd_subject(const qx *x, size_t v) {
  return (v > 0 && x->t[v - 1].quote < 0 && (tk(x, v - 1)->cls & Q_CROWD)) ||
         (v > 1 && x->t[v - 2].quote < 0 && (tk(x, v - 2)->cls & Q_CROWD) && (tk(x, v - 1)->flags & PC_TF_LOWER) &&
          x->t[v - 1].end - x->t[v - 1].start <= 8 && !(tk(x, v - 1)->cls & (Q_SPEECH | Q_CONJ)));
}

/* The cue after the quotation: the verb first ("said Benoit", "a déclaré X", "a-t-il
** dit", "selon la CGT", "read a giant banner"), or a subject then the verb ("Benoit told
** Anadolu", "he added", "the union said", "an officer said": no speaker). */
static int post_attr(const qx *x, size_t qi, qattr *a) {
  const pc_quote *q = &x->qs->items[qi];
  size_t k = x->npre, v, j;
  int sep = ends_open(x, q);
  while (k < x->n && x->t[k].quote < 0 && x->t[k].kind == PC_TOK_PUNCT && !(x->t[k].flags & PC_TF_QUOTE) &&
         (tok_char(x, k, ',') || tok_dash(x, k))) {
    sep = 1;
    k++;
  }
  if (k >= x->n || x->t[k].quote >= 0 || (x->t[k].flags & PC_TF_QUOTE)) return 0;
  v = k;
  if (is_fr(x) && (tk(x, k)->cls & Q_AUX) && k + 1 < x->n && (tk(x, k + 1)->cls & Q_SPEECH)) v = k + 1;
  /* "a fait savoir la FSF", "fait valoir X" */
  if (is_fr(x) && (tk(x, k)->cls & (Q_AUX | Q_FAIRE)) && k + 1 < x->n) {
    size_t f = (tk(x, k)->cls & Q_FAIRE) ? k : k + 1;
    if ((tk(x, f)->cls & Q_FAIRE) && f + 1 < x->n && (tk(x, f + 1)->cls & Q_SPEECH)) v = f + 1;
  }
  /* a reflexive verb: "s'emporte X", "s'indigne X" */
  if (is_fr(x) && (x->t[k].flags & PC_TF_APOS) && (x->doc->text[x->t[k].start] | 0x20) == 's' && k + 1 < x->n &&
      (tk(x, k + 1)->cls & Q_SPEECH))
    v = k + 1;
  if ((tk(x, v)->cls & (Q_SPEECH | Q_SLOGAN_V | Q_SOURCE)) && !(tk(x, v)->cls & Q_PART) && x->t[v].ent < 0) {
    uint32_t pron = tk(x, k)->pron | tk(x, v)->pron;
    size_t last = cue_last(x, v);
    set_cue(x, a, k, last);
    a->slogan = (tk(x, v)->cls & Q_SLOGAN_V) || slogan_near(x, last + 1, 5) ||
                (last + 1 < x->n && (tk(x, last + 1)->cls & Q_CROWD)) ||
                (last + 2 < x->n && is_article(x, last + 1) && (tk(x, last + 2)->cls & Q_CROWD));
    if (pron) {
      a->speaker = resolve_pron(x, pron, x->t[v].start, qi);
      if (a->speaker == -2) {
        int found;
        a->speaker = previous_speaker(x, qi, &found);
      }
    } else if (!(tk(x, v)->cls & Q_NOINV)) {
      a->speaker = inverted(x, last + 1, x->n, qi);
    }
    return 1;
  }
  if (!sep && !(tk(x, k)->cls & Q_PRON) && x->t[k].ent < 0) return 0;
  if (tk(x, k)->cls & (Q_STOP | Q_CONJ | Q_PRON_OBJ | Q_PRON_1)) return 0;
  for (j = k; j < x->n && j < k + 12; j++) {
    const qtok *t = tk(x, j);
    if (t->quote >= 0) return 0;
    if (tok_char(x, j, '.') || tok_char(x, j, ';') || tok_char(x, j, ':') || tok_char(x, j, '?') || tok_char(x, j, '!')) return 0;
    if (t->ent >= 0) continue;
    if (j > k && (t->cls & (Q_SPEECH | Q_SLOGAN_V)) && !(t->cls & Q_PART)) {
      size_t from = verb_from(x, j, k + 1), m;
      long person = -1, org = -1;
      set_cue(x, a, from, cue_last(x, j));
      a->slogan = (t->cls & Q_SLOGAN_V) || crowd_subject(x, from); /* "“…,” protesters shouted" */
      for (m = k; m < from; m++) {
        long e = x->t[m].ent;
        if (e < 0) continue;
        if (x->ents->items[e].type == PC_ENT_PERSON) { if (person < 0) person = e; }
        else if (org < 0) org = e;
      }
      if (person >= 0 || org >= 0) a->speaker = person >= 0 ? person : org;
      else if (spokes_org(x, k) >= 0) a->speaker = spokes_org(x, k);
      else if (candidate(x, k)) a->speaker = resolve(x, k, qi);
      else a->speaker = first_candidate(x, k, from, qi);
      return 1;
    }
    if (t->cls & (Q_STOP | Q_CONJ)) return 0;
  }
  return 0;
}

/* The subject of a participle cue ("the union said, adding that …"): the speaker of the
** quotation before it in the sentence, else the sentence's first candidate. */
static long part_subject(const qx *x, size_t v, size_t qi) {
  size_t k;
  for (k = v; k-- > 0;)
    if (x->t[k].quote >= 0) return x->qs->items[x->t[k].quote].speaker;
  return first_candidate(x, 0, v, qi);
}

/* Whether another name follows at token k, bare or after an article, as in a list ("Pour
** Solidaires, FO, la FSU et la CFDT, la journée est « un succès »": the words of none of
** them alone); not "Pour Thomas Girard, du Sgen-CFDT, « … »". */
static int list_next(const qx *x, size_t k) {
  if (k < x->npre && x->t[k].ent < 0 && (word_is(x, k, "la") || word_is(x, k, "le") || word_is(x, k, "les") ||
                                         word_is(x, k, "the") || (x->t[k].flags & PC_TF_APOS)))
    k++;
  return k < x->npre && x->t[k].ent >= 0;
}

/* "Pour la CGT, « … »", "For Ferrand, …": a name after the sentence's first word,
** then a comma. */
static int pour_attr(const qx *x, size_t qi, qattr *a) {
  size_t k = 0, j;
  (void)qi;
  while (k < x->npre && x->t[k].kind == PC_TOK_PUNCT) k++;
  if (k + 1 >= x->npre || !(tk(x, k)->cls & Q_POUR)) return 0;
  j = k + 1;
  if (x->t[j].ent < 0 && j + 1 < x->npre && (tk(x, j)->cls & Q_DET)) j++;
  if (x->t[j].ent < 0) return 0;
  {
    long e = x->t[j].ent;
    size_t tail = 0;
    while (j < x->npre && x->t[j].ent == e) j++;
    /* a lowercase word the name pass left out: "la Confédération paysanne" */
    while (j < x->npre && tail++ < 2 && (x->t[j].flags & PC_TF_LOWER) && !(tk(x, j)->cls & Q_STOP)) j++;
    if (!tok_char(x, j, ',')) return 0;
    set_cue(x, a, k, k);
    a->speaker = list_next(x, j + 1) ? -1 : e;
    return 1;
  }
}

/* Whether token k is a relative pronoun: "that", "which", "qui". */

/* The cue before the quotation, the nearest first: a speech verb ("Barberis said
** authorities were “…”", "He said, “…”"), "according to X", a slogan verb or noun; the
** quotation before it in the same sentence when nothing comes between ("… arguing that
** “…,” while “…”"); a colon after a subject ("they want to send a clear message: “…”"). */
static int pre_attr(const qx *x, size_t qi, qattr *a) {
  size_t j, npre = x->npre;
  int colon = npre > 0 && tok_char(x, npre - 1, ':');
  if (colon && npre > 1 && (tk(x, npre - 2)->cls & Q_COLON_N)) a->slogan = 1;
  if (npre > 0 && (tk(x, npre - 1)->cls & Q_SLOGAN_N)) {
    /* the words of a banner named right before them, whoever spoke before: "…, a-t-il
    ** déclaré en tête du cortège, derrière une banderole « … »" */
    a->found = 1;
    a->slogan = 1;
    return 1;
  }
  for (j = npre; j-- > 0;) {
    const qtok *t = tk(x, j);
    if (t->quote >= 0) {
      const pc_quote *p = &x->qs->items[t->quote];
      a->found = 1;
      a->cue_a = p->cue.start;
      a->cue_b = p->cue.end;
      a->speaker = p->speaker;
      if (p->kind == PC_QUOTE_SLOGAN) a->slogan = 1; /* “Fair Pay Now” and “No Profits …” */
      return 1;
    }
    if (npre - j <= 8 && (t->cls & Q_SLOGAN_N)) a->slogan = 1;
    /* "a coffin labelled “Pension 67”" is a slogan, "what they label as “…”" is not */
    if ((t->cls & Q_SLOGAN_V) && !((t->cls & Q_SPEECH) && cue_last(x, j) != j)) {
      /* a banner's or a crowd's words: no one's unless the text says so ("students of
      ** the ULB chanted" does not make the ULB chant) */
      set_cue(x, a, j, j);
      a->slogan = 1;
      return 1;
    }
    if ((t->cls & Q_SOURCE) || ((t->cls & Q_SOURCE_D) && j > 0 && (x->t[j - 1].flags & PC_TF_APOS))) {
      size_t last = cue_last(x, j);
      set_cue(x, a, (t->cls & Q_SOURCE) ? j : j - 1, last);
      a->speaker = inverted(x, last + 1, npre, qi);
      return 1;
    }
    if ((t->cls & Q_SPEECH) && t->ent < 0 && j > 0 &&
        ((tk(x, j - 1)->cls & Q_SLOGAN_N) ||
         (j > 1 && (tk(x, j - 2)->cls & Q_SLOGAN_N) && (is_relative(x, j - 1) || is_adverb(x, j - 1))) ||
         ((t->cls & Q_PART) && j > 1 && (tk(x, j - 2)->cls & Q_SLOGAN_N)))) {
      /* "signs saying “…”", "a sign that said “…”", "a sign simply said “…”", "une
      ** pancarte qui disait « … »": a
      ** sign's words, no one's */
      set_cue(x, a, j, j);
      a->slogan = 1;
      return 1;
    }
    if ((t->cls & Q_SPEECH) && t->ent < 0 && !(t->cls & Q_PART) && crowd_subject(x, verb_from(x, j, 0))) {
      /* "Protesters shouted “…”", "la foule criait « … »": a chant, no one's */
      set_cue(x, a, verb_from(x, j, 0), j);
      a->slogan = 1;
      return 1;
    }
    if ((t->cls & Q_SPEECH) && t->ent < 0) {
      size_t from = verb_from(x, j, 0);
      uint32_t pron = t->pron | tk(x, from)->pron;
      set_cue(x, a, from, cue_last(x, j));
      if (pron) {
        a->speaker = resolve_pron(x, pron, t->start, qi);
        if (a->speaker == -2) {
          int found;
          a->speaker = previous_speaker(x, qi, &found);
        }
      } else if (t->cls & Q_PART) {
        a->speaker = part_subject(x, j, qi);
      } else {
        a->speaker = subject_before(x, from, qi);
      }
      return 1;
    }
  }
  if (pour_attr(x, qi, a)) return 1;
  if (colon) {
    size_t k;
    a->found = 1;
    for (k = 0; k + 1 < npre; k++)
      if (tk(x, k)->cls & Q_SLOGAN_N) {
        a->slogan = 1; /* "les slogans visaient surtout la ministre : « … »" */
        return 1;
      }
    a->speaker = first_candidate(x, 0, npre - 1, qi);
    return 1;
  }
  return 0;
}

/* The speaker of sentence k from its first speech verb outside quotations ("Marie Dupont,
** a nurse, said she had not been paid"), else a person it introduces with a description:
** *found when it has one. Reloads the window. */
static long sentence_speaker(qx *x, size_t k, size_t qi, int *found) {
  const pc_sentence *sn = &x->doc->sentences[k];
  size_t a = sn->span.end - sn->span.start > QX_WINDOW ? sn->span.end - QX_WINDOW : sn->span.start, j;
  *found = 0;
  x->n = 0;
  if (load(x, a, sn->span.end)) return -1;
  x->npre = x->n;
  for (j = qi; j-- > x->first && qi - j <= QX_NEAR;) {
    const pc_quote *p = &x->qs->items[j];
    if (p->span.end <= a) break;
    if (p->span.start < sn->span.end) mark_quote(x, j);
  }
  for (j = 0; j < x->n; j++) {
    if (x->t[j].quote >= 0) return -1; /* a quotation: its own speaker carries on */
    if ((tk(x, j)->cls & Q_SPEECH) && !(tk(x, j)->cls & Q_PART) && x->t[j].ent < 0) {
      *found = 1;
      if (tk(x, j)->pron) {
        long r = resolve_pron(x, tk(x, j)->pron, x->t[j].start, qi);
        return r == -2 ? previous_speaker(x, qi, found) : r;
      }
      return subject_before(x, verb_from(x, j, 0), qi);
    }
  }
  /* no verb of saying: a person introduced with a description is who speaks next ("À
  ** Montparnasse, Élodie Marchand, étudiante, attend depuis deux heures. « … »") */
  for (j = 0; j + 1 < x->n; j++) {
    long e = x->t[j].ent;
    if (e < 0 || x->ents->items[e].type != PC_ENT_PERSON || x->t[j + 1].ent == e) continue;
    if (tok_char(x, j + 1, ',')) {
      *found = 1;
      return e;
    }
  }
  return -1;
}

/* A quotation that opens its sentence with no cue: the speaker of the sentence before,
** when it has a speech verb, else of the quotation before (same or previous paragraph). */
static long continuing(qx *x, size_t qi) {
  const pc_quote *q = &x->qs->items[qi];
  int found = 0;
  long r;
  if (q->sentence > 0 && q->sentence < x->doc->nsentences &&
      x->doc->sentences[q->sentence - 1].segment + 1 >= x->doc->sentences[q->sentence].segment) {
    r = sentence_speaker(x, q->sentence - 1, qi, &found);
    if (found) return r;
  }
  return previous_speaker(x, qi, &found);
}

/* speech, slogan or term, from the words inside: a term is three words or fewer, not a
** clause (no pronoun, no "is", no "!" or "?"), within a sentence that has other words;
** words in capitals ("STOP to …, STOP to …") make a slogan. Reloads the window. */
/* Words of three or more capitals (not a PERSON or ORG) in s[a..b), read byte by byte:
** "STOP to promises …". */
static size_t caps_words(const qx *x, size_t a, size_t b) {
  const uint8_t *s = x->doc->text;
  size_t i = a, n = 0;
  while (i < b) {
    size_t j, up = 0;
    if (i + 8 <= b) {
      /* eight bytes at a time past text with no capital letter */
      uint64_t v, ge, gt;
      memcpy(&v, s + i, 8);
      ge = v + 0x3F3F3F3F3F3F3F3FULL; /* bytes >= 'A' get their high bit */
      gt = v + 0x2525252525252525ULL; /* bytes > 'Z' too */
      if (!((ge & ~gt & ~v) & PC_HIGHS)) { i += 8; continue; }
    }
    j = i;
    while (j < b && (unsigned)((s[j] | 0x20) - 'a') < 26u) { up += s[j] <= 'Z'; j++; }
    if (j == i) { i++; continue; }
    if (up >= 3 && up == j - i) {
      size_t e = ent_from(x->ents, i);
      if (!(x->ents && e < x->ents->count && x->ents->items[e].span.start <= i && is_speaker_type(x->ents->items[e].type)) &&
          ++n >= 3)
        return n;
    }
    i = j;
  }
  return n;
}

/* Whether s[i..end) starts with exactly three digits (a group of thousands). */
static int group_digits(const uint8_t *s, size_t i, size_t end) {
  size_t k;
  for (k = 0; k < 3; k++)
    if (i + k >= end || (unsigned)(s[i + k] - '0') >= 10u) return 0;
  return i + 3 >= end || (unsigned)(s[i + 3] - '0') >= 10u;
}

static int quote_kind(qx *x, const pc_quote *q, int slogan) {
  size_t k, words = 0, caps = 0, b = q->span.end;
  int clause = 0;
  if (slogan) return PC_QUOTE_SLOGAN;
  if (q->span.end - q->span.start <= 80) {
    /* words between spaces, byte by byte: only three or fewer can make a term */
    const uint8_t *s = x->doc->text;
    size_t i;
    int in = 0; /* 1 in a run of non-space bytes, 2 once it has counted as a word */
    for (i = q->span.start; i < q->span.end; i++) {
      uint8_t c = s[i];
      if (c == ' ' || c == '\n') { in = 0; continue; }
      if (!in) in = 1;
      if (in == 1 && ((unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u || (c >= 0xC3 && c != 0xE2))) {
        /* "180 000": three digits after a number are its thousands, not a word */
        if (!(group_digits(s, i, q->span.end) && i > q->span.start + 1 && s[i - 1] == ' ' &&
              (unsigned)(s[i - 2] - '0') < 10u))
          words++;
        in = 2;
      }
    }
  }
  if (q->span.end - q->span.start > 80 || words > 3) {
    /* too long for a term: only capitals can make it a slogan */
    caps = caps_words(x, q->span.start, q->span.end > q->span.start + 160 ? q->span.start + 160 : q->span.end);
    return caps >= 3 || (caps >= 2 && words > 0 && words <= 8) ? PC_QUOTE_SLOGAN : PC_QUOTE_SPEECH;
  }
  words = 0;
  x->n = 0;
  if (load(x, q->span.start, b)) return PC_QUOTE_SPEECH;
  for (k = 0; k < x->n; k++) {
    const qtok *t = tk(x, k);
    if (t->kind == PC_TOK_NUMBER && k > 0 && x->t[k - 1].kind == PC_TOK_NUMBER && t->start - x->t[k - 1].end <= 3 &&
        group_digits(x->doc->text, t->start, t->end))
      continue; /* "60 000", "60\u00A0000": one number */
    if (t->kind == PC_TOK_WORD || t->kind == PC_TOK_NUMBER) {
      /* an elided article or preposition is one word with the next, as between spaces:
      ** "plus d'un million" is three ("n'a bougé" stays a clause of three) */
      if (!((t->flags & PC_TF_APOS) && t->end - t->start <= 3 && k + 1 < x->n && x->t[k + 1].start == t->end &&
            ((x->doc->text[t->start] | 0x20) == 'd' || (x->doc->text[t->start] | 0x20) == 'l')))
        words++;
      /* English "on" is a preposition ("running on goodwill"), French "on" a pronoun */
      if ((t->cls & (Q_PRON | Q_CLAUSE)) || ((t->cls & Q_PRON_1) && (is_fr(x) || !(t->cls & Q_STOP)))) clause = 1;
      if (t->kind == PC_TOK_WORD && (t->flags & PC_TF_UPPER) && t->end - t->start >= 3 && t->ent < 0) caps++;
    } else if (tok_char(x, k, '!') || tok_char(x, k, '?')) {
      clause = 1;
    }
  }
  if (caps >= 3 || (caps >= 2 && words <= 8)) return PC_QUOTE_SLOGAN;
  if (words > 0 && words <= 3 && !clause && b == q->span.end) return PC_QUOTE_TERM;
  return PC_QUOTE_SPEECH;
}

/* The length of the mark at position i (1 when none: a safe step). */
static size_t mark_len(const pc_document *doc, size_t i) {
  qmark m;
  return i < doc->len && read_mark(doc->text, i, doc->len, &m) ? m.len : 1;
}

/* Whether quotation j is an outermost one (in x->outer). */
static int is_outer(const qx *x, size_t j) {
  size_t lo = 0, hi = x->nouter;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (x->outer[mid] < j) lo = mid + 1; else hi = mid;
  }
  return lo < x->nouter && x->outer[lo] == j;
}

/* Loads the window around quotation qi: its sentence before it, its sentence (and the
** next, after "…?" or "…,") after it, within the quotation that encloses it if any;
** tokens of other quotations are marked.
** small: only 48 bytes before it and 96 after (enough when the cue follows it). */
static int load_window(qx *x, size_t qi, int small) {
  const pc_document *doc = x->doc;
  const pc_quote *q = &x->qs->items[qi];
  size_t pre_a = q->span.start, post_b = q->span.end, j, lo = x->first, hi;
  long enc = -1;
  for (j = qi; j-- > x->first && qi - j <= QX_NEAR;)
    if (encloses(&x->qs->items[j], q)) { enc = (long)j; break; }
  if (doc->nsentences > 0) {
    size_t sc = sentence_at(doc, q->span.end - 1);
    const pc_sentence *so = &doc->sentences[q->sentence];
    if (so->span.start < pre_a) pre_a = so->span.start;
    if (doc->sentences[sc].span.end > post_b) post_b = doc->sentences[sc].span.end;
    if (post_b <= q->span.end + 2 && sc + 1 < doc->nsentences && ends_open(x, q) &&
        doc->sentences[sc + 1].segment == doc->sentences[sc].segment)
      post_b = doc->sentences[sc + 1].span.end;
  }
  if (q->span.start - pre_a > QX_WINDOW) pre_a = q->span.start - QX_WINDOW;
  if (post_b - q->span.end > QX_AFTER) post_b = q->span.end + QX_AFTER;
  if (enc >= 0) {
    const pc_quote *e = &x->qs->items[enc];
    size_t in_a = e->span.start + mark_len(doc, e->span.start), in_b = e->span.end;
    size_t n;
    pc_decode_back(doc->text, doc->len, in_b, &n);
    in_b -= n;
    if (pre_a < in_a) pre_a = in_a < q->span.start ? in_a : q->span.start;
    if (post_b > in_b) post_b = in_b > q->span.end ? in_b : q->span.end;
  }
  if (small && q->span.start - pre_a > 48) {
    /* the last words before it only (a slogan word), from a word's start */
    pre_a = q->span.start - 48;
    while (pre_a < q->span.start && doc->text[pre_a] != ' ') pre_a++;
  }
  if (small && post_b - q->span.end > 96) post_b = q->span.end + 96;
  x->n = 0;
  if (load(x, pre_a, q->span.start)) return PC_ENOMEM;
  x->npre = x->n;
  if (load(x, q->span.end, post_b)) return PC_ENOMEM;
  if (qi - x->first > QX_NEAR) lo = qi - QX_NEAR;
  hi = qi + QX_NEAR < x->qs->count ? qi + QX_NEAR + 1 : x->qs->count;
  /* quotations nest or stand apart: going back, once an outermost one ends before the
  ** window, every earlier one does too or encloses this one; going on, once one starts
  ** past the window, every later one does */
  for (j = qi; j-- > lo;) {
    const pc_quote *p = &x->qs->items[j];
    if (encloses(p, q)) continue;
    if (p->span.end <= pre_a) {
      if (is_outer(x, j)) break;
      continue;
    }
    mark_quote(x, j);
  }
  for (j = qi + 1; j < hi && x->qs->items[j].span.start < post_b; j++) mark_quote(x, j);
  return PC_OK;
}

/* Whether quotation qi opens its sentence: no word before it in the window. */
static int opens_sentence(const qx *x) {
  size_t k;
  for (k = 0; k < x->npre; k++)
    if (x->t[k].kind == PC_TOK_WORD || x->t[k].kind == PC_TOK_NUMBER) return 0;
  return 1;
}

/* Whether a slogan word comes just before the quotation ("placards reading “…”"). */
static int pre_slogan(const qx *x) {
  size_t j, npre = x->npre;
  if (npre > 1 && tok_char(x, npre - 1, ':') && (tk(x, npre - 2)->cls & Q_COLON_N)) return 1;
  for (j = npre; j-- > 0 && npre - j <= 8;) {
    if (x->t[j].quote >= 0) break;
    if (tk(x, j)->cls & (Q_SLOGAN_N | Q_SLOGAN_V)) return 1;
  }
  return 0;
}

static int attribute(qx *x, size_t qi) {
  pc_quote *q = &x->qs->items[qi];
  qattr post, pre, *a;
  int first, rc, colon;
  memset(&post, 0, sizeof post);
  memset(&pre, 0, sizeof pre);
  post.speaker = pre.speaker = -1;
  /* most cues follow the quotation: read its whole sentence before it only when not */
  if ((rc = load_window(x, qi, 1))) return rc;
  if (post_attr(x, qi, &post) && post.speaker < 0) {
    /* no one named in the first words after it: read the whole window again */
    memset(&post, 0, sizeof post);
    post.speaker = -1;
    if ((rc = load_window(x, qi, 0))) return rc;
    post_attr(x, qi, &post);
  }
  if (post.found) {
    pre.slogan = pre_slogan(x);
    first = 0;
  } else {
    if ((rc = load_window(x, qi, 0))) return rc;
    first = opens_sentence(x);
    pre_attr(x, qi, &pre);
  }
  colon = !post.found && x->npre > 0 && tok_char(x, x->npre - 1, ':');
  a = post.found ? &post : &pre;
  q->speaker = a->speaker;
  q->cue.start = a->cue_a;
  q->cue.end = a->cue_b;
  q->kind = quote_kind(x, q, post.slogan || pre.slogan);
  /* words a colon introduces are said, however few ("X l'a dit : « la grève continuera »") */
  if (q->kind == PC_QUOTE_TERM && colon) q->kind = PC_QUOTE_SPEECH;
  /* "“Nobody listens,” an official said": words someone said are speech, however short */
  if (q->kind == PC_QUOTE_TERM && post.found && ends_open(x, q)) q->kind = PC_QUOTE_SPEECH;
  /* only in body paragraphs: a heading or a title in quotation marks ("- « Dialogue »") is
  ** no one's turn */
  if (!a->found && first && q->kind == PC_QUOTE_SPEECH && x->doc->nsentences > 0 &&
      x->doc->segments[x->doc->sentences[q->sentence].segment].kind == PC_SEG_PARAGRAPH &&
      !pc_is_dash(x->doc->text[x->doc->segments[x->doc->sentences[q->sentence].segment].span.start]))
    q->speaker = continuing(x, qi);
  /* words quoted inside someone's words: whose they are, the text rarely names */
  if (is_nested(x, qi)) q->speaker = -1;
  if (q->speaker >= 0 && (!x->ents || (size_t)q->speaker >= x->ents->count)) q->speaker = -1;
  q->speaker = fullest(x, q->speaker);
  return PC_OK;
}

/* The words of a quotation without its marks and final punctuation, for comparison. */
static void core_span(const pc_document *doc, const pc_quote *q, size_t *a, size_t *b) {
  size_t n;
  *a = q->span.start + mark_len(doc, q->span.start);
  pc_decode_back(doc->text, doc->len, q->span.end, &n);
  *b = q->span.end - n;
  while (*b > *a && (doc->text[*b - 1] == ',' || doc->text[*b - 1] == '.' || doc->text[*b - 1] == ' ')) (*b)--;
}

/* Whether only spaces, dashes and brackets lie between quotations a and b: a gloss or a
** translation ("Boer zoekt toekomst" - "farmer seeks a future"). */
static int glossed(const pc_document *doc, const pc_quote *a, const pc_quote *b) {
  size_t i = a->span.end, n;
  int bad;
  if (b->span.start < i || b->span.start - i > 16) return 0;
  while (i < b->span.start) {
    int32_t c = pc_decode(doc->text, doc->len, i, &n, &bad);
    /* within a paragraph: the next paragraph's opening words are no gloss */
    if ((!pc_is_space(c) && !pc_is_dash(c) && c != '(' && c != ')' && c != ',') || c == '\n' || c == '\r') return 0;
    i += n;
  }
  return 1;
}

/* The same words quoted twice near each other (a headline slogan and the banner that
** reads it), and a slogan's gloss, are of one kind: a slogan if either is; words said
** twice with a speaker named only the second time (a headline) are that speaker's. */
static int same_words(const pc_document *doc, pc_quotes *qs, size_t first) {
  size_t i, j, n = qs->count - first;
  size_t *core = n ? malloc(2 * n * sizeof *core) : NULL; /* each quotation's words, once */
  if (n && !core) return PC_ENOMEM;
  for (i = 0; i < n; i++) core_span(doc, &qs->items[first + i], &core[2 * i], &core[2 * i + 1]);
  for (i = 0; i < n; i++) {
    size_t a = core[2 * i], b = core[2 * i + 1];
    pc_quote *qi = &qs->items[first + i];
    for (j = i + 1; j < n && j <= i + 8; j++) {
      size_t c = core[2 * j], d = core[2 * j + 1];
      pc_quote *qj = &qs->items[first + j];
      if (((b - a == d - c && b > a && memcmp(doc->text + a, doc->text + c, b - a) == 0) ||
           (j == i + 1 && glossed(doc, qi, qj))) &&
          (qi->kind == PC_QUOTE_SLOGAN || qj->kind == PC_QUOTE_SLOGAN))
        qi->kind = qj->kind = PC_QUOTE_SLOGAN;
      /* a headline's words said again below by someone named: theirs too */
      if (qi->speaker < 0 && qj->speaker >= 0 && qi->kind == PC_QUOTE_SPEECH && qj->kind == PC_QUOTE_SPEECH &&
          b - a == d - c && b > a && memcmp(doc->text + a, doc->text + c, b - a) == 0)
        qi->speaker = qj->speaker;
    }
  }
  free(core);
  return PC_OK;
}

/* The quotations of ctx->doc, appended to *out, speakers indexing ents. */
static int quotes_run(const pc_doc_ctx *ctx, const pc_entities *ents, pc_quotes *out) {
  const pc_document *doc = ctx->doc;
  qx x;
  size_t first = out->count, k;
  int rc;
  memset(&x, 0, sizeof x);
  if ((rc = find_quotes(doc, out, first))) { out->count = first; return rc; }
  x.doc = doc;
  x.ctx = ctx;
  x.ents = ents && ents->count ? ents : NULL;
  x.qs = out;
  x.first = first;
  if (out->count > first && !(x.outer = malloc((out->count - first) * sizeof *x.outer))) rc = PC_ENOMEM;
  if (rc == PC_OK && out->count > first && x.ents && !(x.gender = calloc(x.ents->count, 1))) rc = PC_ENOMEM;
  for (k = first; rc == PC_OK && k < out->count; k++)
    if (x.nouter == 0 || out->items[k].span.start >= out->items[x.outer[x.nouter - 1]].span.end) x.outer[x.nouter++] = k;
  for (k = first; rc == PC_OK && k < out->count; k++) rc = attribute(&x, k);
  if (rc == PC_OK) rc = same_words(doc, out, first);
  free(x.outer);
  free(x.gender);
  free(x.t);
  if (rc) out->count = first;
  return rc;
}

int pc_quotes_find(const pc_document *doc, const pc_entities *ents, pc_quotes *out) {
  pc_doc_ctx ctx;
  int rc;
  if (!doc || !out) return PC_EINVAL;
  memset(&ctx, 0, sizeof ctx);
  ctx.doc = doc;
  ctx.types = PC_TYPES_ALL;
  rc = pc_doc_ctx_tokenize(&ctx);
  if (rc == PC_OK) rc = quotes_run(&ctx, ents, out);
  pc_doc_ctx_free(&ctx);
  return rc;
}

/* ------------------------------------------------------------------ the driver's view */

/* No state of its own beyond the call: the document step does the work. */
struct pc_quotes_state {
  int unused;
};

pc_quotes_state *pc_quotes_new(const pc_doc_ctx *ctx) {
  (void)ctx;
  return calloc(1, sizeof(pc_quotes_state));
}

int pc_quotes_sentence(pc_quotes_state *qs, pc_sent *st) {
  (void)qs;
  (void)st;
  return PC_OK;
}

int pc_quotes_document(pc_quotes_state *qs, const pc_doc_ctx *ctx, pc_annotations *out) {
  (void)qs;
  return quotes_run(ctx, &out->entities, &out->quotes);
}

void pc_quotes_free(pc_quotes_state *qs) { free(qs); }

static void *quotes_create(const pc_doc_ctx *ctx) { return pc_quotes_new(ctx); }
static int quotes_sentence(void *state, pc_sent *st, pc_annotations *out) {
  (void)out;
  return pc_quotes_sentence((pc_quotes_state *)state, st);
}
static int quotes_document(void *state, const pc_doc_ctx *ctx, pc_annotations *out) {
  return pc_quotes_document((pc_quotes_state *)state, ctx, out);
}
static void quotes_destroy(void *state) { pc_quotes_free((pc_quotes_state *)state); }

const pc_annotator pc_quotes_annotator = {
  "quotes", PC_ANN_QUOTES, 0,
  quotes_create, quotes_sentence, quotes_document, quotes_destroy,
  1 /* reads the tokens of the whole document (ctx->toks) at its document step */
};
