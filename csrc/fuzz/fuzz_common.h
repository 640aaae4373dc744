/*
** fuzz_common.h: what the libFuzzer targets of csrc/fuzz/ share: how the first bytes of an
** input choose the parse options, and the invariants every result must keep.
**
** Input layout (FUZZ_HEADER = 5 bytes, then the article's bytes):
**   byte 0  bits 0-1: language (0 detect, 1 "und", 2 "en", 3 "fr"); bit 2: a document
**           date is given; bits 3-7: target-specific (the annotator targets pick a subset of
**           their entity types with them)
**   byte 1-2 year (big-endian, 0..65535: most values are invalid and must give PC_EDATE)
**   byte 3  month, byte 4 day (raw, 0..255: same)
** An input shorter than the header is parsed whole with the default options.
** The text is the tail of libFuzzer's own buffer, which ends exactly at the last byte, so
** AddressSanitizer catches any read past the end of the text (nothing is NUL-terminated).
**
** No call may fail: a real allocation failure aborts inside ASan's allocator (its
** allocator_may_return_null is off, and -rss_limit_mb stops a runaway), so a PC_ENOMEM
** that comes back is a false one, a bug (a table declared full, a size overflow).
** An invariant that fails calls fuzz_fail(), which prints and aborts: libFuzzer saves the
** input as a crash. The invariants are the public contract of protestcorpus.h: spans inside
** the text, tokens and entities in order and never overlapping, entity types among those
** asked for, strings NUL-terminated, numbers that JSON can hold, DATE values in ISO 8601
** form (calendar dates that exist, or ISO weeks),
** and the same entities for a subset of types as the full run filtered to that subset.
** Header-only (static functions) so each target is one small file; not part of the library.
*/
#ifndef PC_FUZZ_COMMON_H
#define PC_FUZZ_COMMON_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
#include "annotate.h"

#define FUZZ_HEADER 5

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static inline void fuzz_fail(const char *what, size_t a, size_t b) {
  fprintf(stderr, "protestcorpus invariant broken: %s (%zu, %zu)\n", what, a, b);
  abort();
}

#define FUZZ_CHECK(cond, a, b) do { if (!(cond)) fuzz_fail(#cond, (size_t)(a), (size_t)(b)); } while (0)

/* $PC_FUZZ_SKIP is a comma-separated list of invariant groups not to check, to look for
** crashes past a known bug (docs/robustness.md): "subset" (the subset-of-types check),
** "date_value" (DATE values that are ISO 8601 dates that exist), "finite" (values that
** are finite numbers), "enomem" (pc_annotate_model may return PC_ENOMEM). */
static inline int fuzz_skip(const char *group) {
  static const char *v;
  static int done;
  const char *p;
  size_t n = strlen(group);
  if (!done) { v = getenv("PC_FUZZ_SKIP"); done = 1; }
  if (!v) return 0;
  for (p = strstr(v, group); p; p = strstr(p + 1, group))
    if ((p == v || p[-1] == ',') && (p[n] == '\0' || p[n] == ',')) return 1;
  return 0;
}

/* PC_OK, or PC_ENOMEM when $PC_FUZZ_SKIP names "enomem" (see fuzz_skip). */
static inline int fuzz_rc_ok(int rc) {
  return rc == PC_OK || (rc == PC_ENOMEM && fuzz_skip("enomem"));
}

typedef struct fuzz_input {
  pc_parse_options opts;
  unsigned extra;        /* bits 3-7 of byte 0 */
  const uint8_t *text;
  size_t len;
} fuzz_input;

static inline void fuzz_split(const uint8_t *data, size_t size, fuzz_input *in) {
  pc_parse_options_init(&in->opts);
  in->extra = 0;
  if (size < FUZZ_HEADER) {
    in->text = data;
    in->len = size;
    return;
  }
  {
    static const int langs[4] = {-1, PC_LANG_UND, PC_LANG_EN, PC_LANG_FR};
    in->opts.lang = langs[data[0] & 3];
  }
  if (data[0] & 4) {
    in->opts.year = (data[1] << 8) | data[2];
    in->opts.month = data[3];
    in->opts.day = data[4];
  }
  in->extra = data[0] >> 3;
  in->text = data + FUZZ_HEADER;
  in->len = size - FUZZ_HEADER;
}

static inline int fuzz_span_ok(pc_span sp, size_t len) {
  return sp.start <= sp.end && sp.end <= len;
}

static inline int fuzz_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static inline int fuzz_valid_date(int y, int m, int d) {
  static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1]) return 0;
  return !(m == 2 && d == 29 && !fuzz_leap(y));
}

static inline void fuzz_check_document(const pc_document *d, const uint8_t *text, size_t len) {
  const pc_meta *m = &d->meta;
  size_t k;
  FUZZ_CHECK(d->text == text || len == 0, 0, len);
  FUZZ_CHECK(d->len == len, d->len, len);
  FUZZ_CHECK(d->lang == PC_LANG_UND || d->lang == PC_LANG_EN || d->lang == PC_LANG_FR, d->lang, 0);
  FUZZ_CHECK(d->invalid_bytes <= len, d->invalid_bytes, len);
  FUZZ_CHECK(d->first_invalid <= len, d->first_invalid, len);
  FUZZ_CHECK((d->invalid_bytes == 0) == (d->first_invalid == len), d->invalid_bytes, d->first_invalid);
  FUZZ_CHECK(fuzz_span_ok(m->header, len), m->header.start, m->header.end);
  FUZZ_CHECK(fuzz_span_ok(m->date_text, len), m->date_text.start, m->date_text.end);
  FUZZ_CHECK(fuzz_span_ok(m->title, len), m->title.start, m->title.end);
  FUZZ_CHECK(fuzz_span_ok(m->dateline, len), m->dateline.start, m->dateline.end);
  FUZZ_CHECK(fuzz_span_ok(m->dateline_place, len), m->dateline_place.start, m->dateline_place.end);
  FUZZ_CHECK(fuzz_span_ok(m->source, len), m->source.start, m->source.end);
  FUZZ_CHECK(fuzz_span_ok(m->byline, len), m->byline.start, m->byline.end);
  FUZZ_CHECK(m->year == 0 || fuzz_valid_date(m->year, m->month, m->day), m->year, m->month * 100 + m->day);
  for (k = 0; k < d->nsegments; k++) {
    const pc_segment *s = &d->segments[k];
    FUZZ_CHECK(fuzz_span_ok(s->span, len) && s->span.start < s->span.end, s->span.start, s->span.end);
    FUZZ_CHECK(s->kind >= 0 && s->kind < PC_SEG_KIND_COUNT, k, s->kind);
    FUZZ_CHECK(k == 0 || d->segments[k - 1].span.end <= s->span.start, d->segments[k - 1].span.end, s->span.start);
  }
  for (k = 0; k < d->nsentences; k++) {
    const pc_sentence *s = &d->sentences[k];
    const pc_segment *g;
    FUZZ_CHECK(s->segment < d->nsegments, s->segment, d->nsegments);
    g = &d->segments[s->segment];
    FUZZ_CHECK(g->kind != PC_SEG_HEADER && g->kind != PC_SEG_BOILERPLATE, k, g->kind);
    FUZZ_CHECK(s->span.start < s->span.end, s->span.start, s->span.end);
    FUZZ_CHECK(g->span.start <= s->span.start && s->span.end <= g->span.end, s->span.start, s->span.end);
    FUZZ_CHECK(k == 0 || d->sentences[k - 1].span.end <= s->span.start, d->sentences[k - 1].span.end, s->span.start);
  }
}

/* Tokens of text[a..b) appended after `before` earlier ones. */
static inline void fuzz_check_tokens(const pc_tokens *t, size_t before, size_t a, size_t b) {
  size_t k, prev = a;
  FUZZ_CHECK(t->count <= t->capacity, t->count, t->capacity);
  for (k = before; k < t->count; k++) {
    const pc_token *x = &t->items[k];
    FUZZ_CHECK(x->start >= prev && x->start < x->end && x->end <= b, x->start, x->end);
    FUZZ_CHECK(x->kind >= PC_TOK_WORD && x->kind <= PC_TOK_OTHER, k, x->kind);
    prev = x->end;
  }
}

static inline void fuzz_tokenize_range(const uint8_t *text, size_t a, size_t b) {
  pc_tokens t = {NULL, 0, 0};
  int rc = pc_tokenize(text, a, b, &t);
  FUZZ_CHECK(rc == PC_OK, rc, 0);
  fuzz_check_tokens(&t, 0, a, b);
  pc_tokens_free(&t);
  FUZZ_CHECK(t.items == NULL && t.count == 0, t.count, 0);
}

static inline int fuzz_nul_within(const char *s, size_t n) { return memchr(s, '\0', n) != NULL; }

/* A DATE value: "" or ISO 8601 "YYYY", "YYYY-MM", "YYYY-MM-DD" (a calendar date) or the
** ISO week "YYYY-Www" (01..53). */
static inline int fuzz_iso_value(const char *v) {
  size_t n = strlen(v), k;
  if (n == 0) return 1;
  /* ISO 8601 reduced precision: a century ("19") or a decade ("199") */
  if (n == 2 || n == 3) {
    for (k = 0; k < n; k++)
      if (v[k] < '0' || v[k] > '9') return 0;
    return 1;
  }
  if (n < 4) return 0;
  for (k = 0; k < 4; k++)
    if (v[k] < '0' || v[k] > '9') return 0;
  if (n == 8 && v[4] == '-' && v[5] == 'W') {
    int w;
    if (v[6] < '0' || v[6] > '9' || v[7] < '0' || v[7] > '9') return 0;
    w = (v[6] - '0') * 10 + (v[7] - '0');
    return w >= 1 && w <= 53;
  }
  for (k = 4; k < n; k++) {
    if (k == 4 || k == 7) { if (v[k] != '-') return 0; }
    else if (v[k] < '0' || v[k] > '9') return 0;
  }
  if (n != 4 && n != 7 && n != 10) return 0;
  if (n >= 7) {
    int mo = (v[5] - '0') * 10 + (v[6] - '0');
    if (mo < 1 || mo > 12) return 0;
  }
  if (n == 10) {
    int y = atoi(v), mo = (v[5] - '0') * 10 + (v[6] - '0'), dd = (v[8] - '0') * 10 + (v[9] - '0');
    return fuzz_valid_date(y, mo, dd);
  }
  return 1;
}

static inline void fuzz_check_entities(const pc_entities *es, size_t len, unsigned types) {
  size_t k;
  FUZZ_CHECK(es->count <= es->capacity, es->count, es->capacity);
  for (k = 0; k < es->count; k++) {
    const pc_entity *e = &es->items[k];
    FUZZ_CHECK(e->type >= 0 && e->type < PC_ENT_TYPE_COUNT, k, e->type);
    FUZZ_CHECK(types & PC_TYPE_BIT(e->type), types, e->type);
    FUZZ_CHECK(e->span.start < e->span.end && e->span.end <= len, e->span.start, e->span.end);
    /* sorted by position, never overlapping */
    FUZZ_CHECK(k == 0 || es->items[k - 1].span.end <= e->span.start, es->items[k - 1].span.end, e->span.start);
    FUZZ_CHECK(fuzz_nul_within(e->date, sizeof e->date), k, 0);
    FUZZ_CHECK(fuzz_nul_within(e->currency, sizeof e->currency), k, 0);
    FUZZ_CHECK(fuzz_nul_within(e->unit, sizeof e->unit), k, 0);
    FUZZ_CHECK(fuzz_skip("date_value") || fuzz_iso_value(e->date), k, e->type);
    FUZZ_CHECK(e->type == PC_ENT_DATE || e->date[0] == '\0', k, e->type);
    /* values are written to JSON: no NaN, no infinity */
    if (!fuzz_skip("finite")) {
      FUZZ_CHECK(!(e->flags & PC_EF_VALUE) || isfinite(e->value), e->span.start, e->span.end);
      FUZZ_CHECK(!(e->flags & PC_EF_LOW) || isfinite(e->low), e->span.start, e->span.end);
      FUZZ_CHECK(!(e->flags & PC_EF_HIGH) || isfinite(e->high), e->span.start, e->span.end);
    }
    FUZZ_CHECK(!((e->flags & PC_EF_LOW) && (e->flags & PC_EF_HIGH)) || e->low <= e->high, e->span.start, e->span.end);
  }
}

static inline int fuzz_same_entity(const pc_entity *a, const pc_entity *b) {
  return a->span.start == b->span.start && a->span.end == b->span.end && a->type == b->type &&
         a->flags == b->flags && strcmp(a->date, b->date) == 0 && strcmp(a->currency, b->currency) == 0 &&
         strcmp(a->unit, b->unit) == 0 &&
         (!(a->flags & PC_EF_VALUE) || a->value == b->value) &&
         (!(a->flags & PC_EF_LOW) || a->low == b->low) && (!(a->flags & PC_EF_HIGH) || a->high == b->high);
}

/* The entities of `types` must be those of a run over every type, filtered to `types`. */
static inline void fuzz_check_subset(const pc_entities *sub, const pc_entities *all, unsigned types) {
  size_t i = 0, k;
  for (k = 0; k < all->count; k++) {
    if (!(types & PC_TYPE_BIT(all->items[k].type))) continue;
    FUZZ_CHECK(i < sub->count, i, all->items[k].span.start);
    FUZZ_CHECK(fuzz_same_entity(&sub->items[i], &all->items[k]), sub->items[i].span.start, all->items[k].span.start);
    i++;
  }
  FUZZ_CHECK(i == sub->count, i, sub->count);
}

/* Whether two entities say the same (field by field: struct padding is not compared). */
static inline int pc_entity_same(const pc_entity *x, const pc_entity *y) {
  return x->span.start == y->span.start && x->span.end == y->span.end && x->type == y->type &&
         x->flags == y->flags && x->value == y->value && x->low == y->low && x->high == y->high &&
         strcmp(x->date, y->date) == 0 && strcmp(x->currency, y->currency) == 0 && strcmp(x->unit, y->unit) == 0 &&
         x->canonical.start == y->canonical.start && x->canonical.end == y->canonical.end &&
         x->role.start == y->role.start && x->role.end == y->role.end && x->kind == y->kind && x->sentence == y->sentence;
}

/* Whether s[0..n) is valid UTF-8 (shortest forms of scalar values). */
static inline int fuzz_utf8_valid(const uint8_t *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint8_t c = s[i];
    size_t len, k;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
    else return 0;
    if (i + len > n || s[i + 1] < lo || s[i + 1] > hi) return 0;
    for (k = 2; k < len; k++)
      if (s[i + k] < 0x80 || s[i + k] > 0xBF) return 0;
    i += len;
  }
  return 1;
}

/* An annotator that asks for the whole document's tokens (as one that reads across
** sentences does) and checks that each sentence's window on them is the sentence's. */
static inline void *fuzz_probe_create(const pc_doc_ctx *ctx) {
  (void)ctx;
  return malloc(1);
}
static inline int fuzz_probe_sentence(void *state, pc_sent *st, pc_annotations *out) {
  const pc_doc_ctx *c = st->ctx;
  size_t k = st->index, i;
  (void)state;
  (void)out;
  /* a sentence with no token may have no token array at all (NULL + 0 is not C) */
  FUZZ_CHECK(c->first && c->first[k + 1] - c->first[k] == st->n &&
             (st->n == 0 || st->tok == c->toks.items + c->first[k]), k, st->n);
  for (i = 0; i < st->n; i++)
    FUZZ_CHECK(st->tok[i].start >= c->doc->sentences[k].span.start && st->tok[i].end <= c->doc->sentences[k].span.end,
               st->tok[i].start, k);
  return PC_OK;
}
static inline int fuzz_probe_document(void *state, const pc_doc_ctx *ctx, pc_annotations *out) {
  (void)state;
  FUZZ_CHECK(ctx->first[ctx->doc->nsentences] == ctx->toks.count, ctx->toks.count, 0);
  (void)out;
  return PC_OK;
}
static inline void fuzz_probe_destroy(void *state) { free(state); }

/* pc_annotate_doc gives the entities of pc_annotate_model, each inside the sentence it names,
** and quotes inside the text whose speakers are entities. */
static inline void fuzz_check_annotations(const pc_document *d, const pc_model *model, unsigned types,
                                          const pc_entities *es) {
  pc_annotations a;
  pc_annotate_options o;
  size_t k;
  int rc;
  pc_annotate_options_init(&o);
  o.types = types;
  rc = pc_annotate_doc(d, model, &o, &a);
  FUZZ_CHECK(fuzz_rc_ok(rc), rc, 0);
  if (rc != PC_OK) {
    FUZZ_CHECK(a.entities.count == 0 && a.quotes.count == 0, (long)a.entities.count, 0);
    return;
  }
  FUZZ_CHECK(a.entities.count == es->count, (long)a.entities.count, (long)es->count);
  for (k = 0; k < a.entities.count && k < es->count; k++) {
    const pc_entity *e = &a.entities.items[k];
    FUZZ_CHECK(pc_entity_same(e, &es->items[k]), (long)k, 0);
    FUZZ_CHECK(e->sentence < d->nsentences, (long)e->sentence, (long)d->nsentences);
    if (e->sentence < d->nsentences)
      FUZZ_CHECK(d->sentences[e->sentence].span.start <= e->span.start && e->span.end <= d->sentences[e->sentence].span.end,
                 (long)e->span.start, (long)e->sentence);
  }
  {
    /* the same entities when the whole document's tokens are kept */
    static const pc_annotator probe = {"probe", PC_ANN_ENTITIES, 0, fuzz_probe_create, fuzz_probe_sentence,
                                       fuzz_probe_document, fuzz_probe_destroy, 1};
    const pc_annotator *table[17];
    pc_annotations b;
    size_t n = 0, j;
    for (j = 0; j < pc_default_nannotators && n < 16; j++) table[n++] = pc_default_annotators[j];
    table[n++] = &probe;
    rc = pc_annotate_run(d, model, &o, table, n, &b);
    FUZZ_CHECK(fuzz_rc_ok(rc), rc, 0);
    if (rc == PC_OK) {
      FUZZ_CHECK(b.entities.count == a.entities.count, (long)b.entities.count, (long)a.entities.count);
      for (j = 0; j < b.entities.count && j < a.entities.count; j++)
        FUZZ_CHECK(pc_entity_same(&b.entities.items[j], &a.entities.items[j]), (long)j, 0);
    }
    pc_annotations_free(&b);
  }
  {
    /* the JSON writers: one line, valid UTF-8 (bytes >= 0x80 only in sequences), no raw
    ** control character, balanced brackets outside strings */
    pc_buffer jb = {NULL, 0, 0};
    int pass;
    for (pass = 0; pass < 2; pass++) {
      size_t i, depth = 0;
      int in_str = 0;
      jb.len = 0;
      rc = pass ? pc_json_document(&jb, d, NULL) : pc_json_record(&jb, d, &a, NULL);
      FUZZ_CHECK(fuzz_rc_ok(rc), rc, pass);
      if (rc != PC_OK) continue;
      for (i = 0; i < jb.len; i++) {
        unsigned char c = (unsigned char)jb.data[i];
        FUZZ_CHECK(c >= 0x20 && c != 0x7f, c, i);
        if (in_str) {
          if (c == '\\') i++;
          else if (c == '"') in_str = 0;
        } else if (c == '"') {
          in_str = 1;
        } else if (c == '{' || c == '[') {
          depth++;
        } else if (c == '}' || c == ']') {
          FUZZ_CHECK(depth > 0, i, 0);
          depth--;
        }
      }
      FUZZ_CHECK(depth == 0 && !in_str, depth, in_str);
      FUZZ_CHECK(fuzz_utf8_valid((const uint8_t *)jb.data, jb.len), jb.len, pass);
    }
    pc_buffer_free(&jb);
  }
  for (k = 0; k < a.quotes.count; k++) {
    const pc_quote *q = &a.quotes.items[k];
    FUZZ_CHECK(q->span.start < q->span.end && q->span.end <= d->len, (long)q->span.start, (long)q->span.end);
    FUZZ_CHECK(q->kind >= 0 && q->kind < PC_QUOTE_KIND_COUNT, q->kind, 0);
    FUZZ_CHECK(q->speaker < (long)a.entities.count, q->speaker, (long)a.entities.count);
    FUZZ_CHECK(q->sentence < d->nsentences, (long)q->sentence, (long)d->nsentences);
  }
  pc_annotations_free(&a);
}

/* Parses the input, checks the document, tokenizes every segment and sentence when asked,
** annotates with `types` and the name model (NULL: rules alone), and, when types is a
** strict subset, with every type too, to check that a subset gives the same entities;
** frees everything. */
static inline void fuzz_run_model(const uint8_t *data, size_t size, const pc_model *model, unsigned types,
                                  int tokenize) {
  fuzz_input in;
  pc_document *d = NULL;
  pc_entities es = {NULL, 0, 0};
  int rc;
  size_t k;
  fuzz_split(data, size, &in);
  rc = pc_parse(in.text, in.len, &in.opts, &d);
  if (rc == PC_EDATE) {
    FUZZ_CHECK(d == NULL, 0, 0);
    FUZZ_CHECK(!fuzz_valid_date(in.opts.year, in.opts.month, in.opts.day), in.opts.year, in.opts.month);
    in.opts.year = in.opts.month = in.opts.day = 0; /* go on without the date */
    rc = pc_parse(in.text, in.len, &in.opts, &d);
  } else if (in.opts.year != 0) {
    FUZZ_CHECK(rc != PC_OK || fuzz_valid_date(in.opts.year, in.opts.month, in.opts.day), in.opts.year, in.opts.month);
  }
  FUZZ_CHECK(rc == PC_OK && d != NULL, rc, 0);
  fuzz_check_document(d, in.text, in.len);
  if (in.opts.year != 0) FUZZ_CHECK(d->meta.year == in.opts.year, d->meta.year, in.opts.year);
  if (in.opts.lang >= 0) FUZZ_CHECK(d->lang == in.opts.lang, d->lang, in.opts.lang);
  if (tokenize) {
    for (k = 0; k < d->nsegments; k++)
      fuzz_tokenize_range(d->text, d->segments[k].span.start, d->segments[k].span.end);
    for (k = 0; k < d->nsentences; k++)
      fuzz_tokenize_range(d->text, d->sentences[k].span.start, d->sentences[k].span.end);
  }
  rc = pc_annotate_model(d, model, types, &es);
  FUZZ_CHECK(fuzz_rc_ok(rc), rc, 0);
  if (rc == PC_OK) fuzz_check_entities(&es, in.len, types);
  if (rc == PC_OK && tokenize) fuzz_check_annotations(d, model, types, &es);
  if (rc == PC_OK && (types & PC_TYPES_ALL) != PC_TYPES_ALL && !fuzz_skip("subset")) {
    pc_entities all = {NULL, 0, 0};
    rc = pc_annotate_model(d, model, PC_TYPES_ALL, &all);
    FUZZ_CHECK(fuzz_rc_ok(rc), rc, 0);
    if (rc == PC_OK) {
      fuzz_check_entities(&all, in.len, PC_TYPES_ALL);
      fuzz_check_subset(&es, &all, types);
    }
    pc_entities_free(&all);
  }
  pc_entities_free(&es);
  pc_document_free(d);
}

static inline void fuzz_run(const uint8_t *data, size_t size, unsigned types, int tokenize) {
  fuzz_run_model(data, size, NULL, types, tokenize);
}

/* The name model of the data directory $PC_FUZZ_DATA (default "data", the repository's),
** loaded once per process; NULL (rules alone) when it cannot be loaded, with a warning. */
static inline const pc_model *fuzz_model(void) {
  static pc_model *model;
  static int tried;
  if (!tried) {
    const char *dir = getenv("PC_FUZZ_DATA");
    int rc;
    tried = 1;
    if (!dir || !*dir) dir = "data";
    rc = pc_model_load_dir(dir, &model);
    if (rc != PC_OK) {
      fprintf(stderr, "fuzz: no name model from %s (%s): names use the rules alone\n", dir, pc_errmsg(rc));
      model = NULL;
    }
  }
  return model;
}

/* A subset of `types` chosen by the bits of `pick` (bit i keeps the i-th type of the set);
** no bit at all keeps them all. */
static inline unsigned fuzz_pick_types(unsigned types, unsigned pick) {
  unsigned out = 0, bit = 0;
  int t;
  for (t = 0; t < PC_ENT_TYPE_COUNT; t++) {
    if (!(types & PC_TYPE_BIT(t))) continue;
    if (pick & (1u << bit)) out |= PC_TYPE_BIT(t);
    bit++;
  }
  return out ? out : types;
}

#endif
