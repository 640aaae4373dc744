/*
** test_core.c: unit tests of the C core, linked without Lua. Prints one line per failure
** and a last line "N passed, N failed".
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
#include "words.h"
#include "sentence.h"
#include "dates.h"
#include "figures.h"
#include "names.h"
#include "annotate.h"
#include "text.h"
#include "lexicon.h"

static int passed, failed;

#define CHECK(cond) do { if (cond) passed++; else { failed++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } } while (0)

static pc_document *parse(const char *text, const char *date) {
  pc_parse_options o;
  pc_document *d = NULL;
  pc_parse_options_init(&o);
  if (date) sscanf(date, "%d-%d-%d", &o.year, &o.month, &o.day);
  if (pc_parse((const uint8_t *)text, strlen(text), &o, &d) != PC_OK) return NULL;
  return d;
}

static int span_is(const pc_document *d, pc_span sp, const char *want) {
  return sp.end - sp.start == strlen(want) && memcmp(d->text + sp.start, want, strlen(want)) == 0;
}

/* The first entity of the given type whose text is want, or NULL. */
static const pc_entity *find(const pc_document *d, const pc_entities *es, int type, const char *want) {
  size_t k;
  for (k = 0; k < es->count; k++)
    if (es->items[k].type == type && span_is(d, es->items[k].span, want)) return &es->items[k];
  return NULL;
}

static void test_word_table_sorted(void) {
  size_t k;
  int sorted = 1;
  for (k = 1; k < pc_nwords; k++)
    if (strcmp(pc_words[k - 1].key, pc_words[k].key) >= 0) sorted = 0;
  CHECK(sorted);
  CHECK(pc_word_lookup((const uint8_t *)"Décembre", 0, 9) != NULL);
  CHECK(pc_word_lookup((const uint8_t *)"DÉCEMBRE", 0, 9) != NULL);
  CHECK(pc_word_lookup((const uint8_t *)"xyz", 0, 3) == NULL);
  /* every word finds its own entry, in lowercase and in ASCII capitals (the packed fast
  ** path for short ASCII words, the hashed one for the rest) */
  {
    int all = 1;
    for (k = 0; k < pc_nwords; k++) {
      uint8_t up[64];
      size_t n = pc_words[k].len, j;
      if (pc_word_lookup((const uint8_t *)pc_words[k].key, 0, n) != &pc_words[k]) all = 0;
      for (j = 0; j < n && j < sizeof up; j++) up[j] = (uint8_t)(pc_words[k].key[j] >= 'a' && pc_words[k].key[j] <= 'z' ? pc_words[k].key[j] - 32 : pc_words[k].key[j]);
      if (pc_word_lookup(up, 0, n) != &pc_words[k]) all = 0;
      /* after 8 bytes of text too: the 8-byte read path of short words */
      {
        uint8_t padded[80] = "Xx9-Yy z";
        if (n < sizeof padded - 8) {
          memcpy(padded + 8, up, n);
          if (pc_word_lookup(padded, 8, 8 + n) != &pc_words[k]) all = 0;
          /* one byte less is another word or none, never this one */
          if (n > 1 && pc_word_lookup(padded, 9, 8 + n) == &pc_words[k]) all = 0;
        }
      }
    }
    CHECK(all);
  }
  /* a NUL byte is part of no word, even where the packed key would match "a" */
  CHECK(pc_word_lookup((const uint8_t *)"a\0", 0, 2) == NULL);
  CHECK(pc_word_lookup((const uint8_t *)"the\0\0", 0, 5) == NULL);
}

/* The compiled image (data/model.bin) gives the very model the sources give. */
static void test_model_image(void) {
  pc_model *a = NULL, *b = NULL;
  size_t k;
  int same = 1;
  if (pc_model_load_sources("data", &a) != PC_OK || pc_model_load_dir("data", &b) != PC_OK) {
    printf("FAIL: data/ models not loaded (run from the checkout)\n");
    failed++;
    pc_model_free(a);
    pc_model_free(b);
    return;
  }
  CHECK(!pc_model_from_image(a));
  CHECK(pc_model_from_image(b));
  CHECK(pc_model_count(a) == pc_model_count(b) && pc_model_count(a) > 100000);
  for (k = 0; k < a->count; k++) {
    const pc_lex_entry *x = &a->entries[k], *y = pc_model_lookup(b, a->keys + x->key_off, x->key_len);
    if (!y || y->cls != x->cls || y->kind != x->kind || y->head_kind != x->head_kind || y->pop != x->pop ||
        y->cc[0] != x->cc[0] || y->cc[1] != x->cc[1])
      same = 0;
  }
  CHECK(same);
  CHECK(a->ncommon == b->ncommon && a->common_len == b->common_len &&
        memcmp(a->common_lines, b->common_lines, a->ncommon * 4) == 0);
  CHECK(pc_model_is_common(b, (const uint8_t *)"Workers", 0, 7) == pc_model_is_common(a, (const uint8_t *)"Workers", 0, 7));
  /* a model from the image is mapped read-only: it takes no more entries */
  CHECK(pc_model_add_tsv(b, "given_names", (const uint8_t *)"Zoe\tf\ten\n", 9, NULL) == PC_EINVAL);
  /* the orgs table: name<TAB>kind, a kind it does not know is a format error at its line */
  {
    pc_model *m = NULL;
    static const char good[] = "# comment\nGreenpeace\tngo\nIG Metall\tunion\nRyanair\tcompany\n";
    static const char bad[] = "Oxfam\tngo\nAcme\tshop\n";
    const pc_lex_entry *e;
    size_t line = 0;
    CHECK(pc_model_new(&m) == PC_OK && pc_model_add_tsv(m, "orgs", (const uint8_t *)good, sizeof good - 1, NULL) == PC_OK);
    e = pc_model_lookup(m, (const uint8_t *)"ig metall", 9);
    CHECK(e && (e->cls & L_ORG_NAME) && e->head_kind == PC_KIND_UNION);
    e = pc_model_lookup(m, (const uint8_t *)"greenpeace", 10);
    CHECK(e && e->head_kind == PC_KIND_ASSOCIATION);
    CHECK(pc_model_add_tsv(m, "orgs", (const uint8_t *)bad, sizeof bad - 1, &line) == PC_EFORMAT && line == 2);
    pc_model_free(m);
  }
  /* a model built from buffers has no sources to name: it cannot be saved */
  {
    pc_model *m = NULL;
    CHECK(pc_model_new(&m) == PC_OK && pc_model_save(m, "/nonexistent/model.bin") == PC_EINVAL);
    pc_model_free(m);
  }
  pc_model_free(a);
  pc_model_free(b);
}

/* The Latin-1 and two-byte fast paths of text.h agree with utf8proc. */
static void test_text_fast_paths(void) {
  int32_t c;
  int agree = 1;
  unsigned b1, b2;
  for (c = 0; c < 0x300; c++) {
    utf8proc_category_t cat = utf8proc_category(c);
    int letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
    int upper = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
    int lower = cat == UTF8PROC_CATEGORY_LL;
    if (pc_is_letter(c) != letter || pc_is_upper(c) != upper || pc_is_lower(c) != lower) agree = 0;
  }
  CHECK(agree);
  agree = 1;
  for (b1 = 0x80; b1 < 0x100; b1++) {
    for (b2 = 0; b2 < 0x100; b2++) {
      uint8_t s[2] = {(uint8_t)b1, (uint8_t)b2};
      utf8proc_int32_t cp;
      utf8proc_ssize_t r = utf8proc_iterate(s, 2, &cp);
      size_t n;
      int bad;
      int32_t got = pc_decode(s, 2, 0, &n, &bad);
      if (r == 2 ? (bad || n != 2 || got != cp) : !(bad || n != 2)) agree = 0;
      if (r < 1 && (!bad || n != 1 || got != PC_REPLACEMENT)) agree = 0;
    }
  }
  CHECK(agree);
}

static void test_dates_arith(void) {
  int y, m, d;
  CHECK(pc_days_from_civil(1970, 1, 1) == 0);
  pc_civil_from_days(pc_days_from_civil(2024, 2, 28) + 1, &y, &m, &d);
  CHECK(y == 2024 && m == 2 && d == 29);
  pc_civil_from_days(pc_days_from_civil(2026, 1, 1) - 1, &y, &m, &d);
  CHECK(y == 2025 && m == 12 && d == 31);
}

static void test_parse_basics(void) {
  pc_document *d = NULL;
  CHECK(pc_parse(NULL, 0, NULL, &d) == PC_OK && d && d->nsegments == 0);
  pc_document_free(d);
  CHECK(pc_parse(NULL, 5, NULL, &d) == PC_EINVAL && d == NULL);
  {
    pc_parse_options o;
    pc_parse_options_init(&o);
    o.year = 2026; o.month = 2; o.day = 30;
    CHECK(pc_parse((const uint8_t *)"x", 1, &o, &d) == PC_EDATE);
  }
  d = parse("date 2026-01-31 Big march in Lyon\n\nLYON (AFP) - Thousands marched. Mr. Smith spoke.\n", NULL);
  CHECK(d != NULL);
  if (d) {
    CHECK(d->meta.year == 2026 && d->meta.month == 1 && d->meta.day == 31);
    CHECK(span_is(d, d->meta.title, "Big march in Lyon"));
    CHECK(span_is(d, d->meta.dateline_place, "LYON"));
    CHECK(span_is(d, d->meta.source, "AFP"));
    CHECK(d->nsentences == 3);
    pc_document_free(d);
  }
  /* invalid UTF-8 and NUL bytes: counted, offsets kept */
  {
    static const uint8_t bad[] = "Caf\xc3 au \x00lait.\xff";
    CHECK(pc_parse(bad, sizeof bad - 1, NULL, &d) == PC_OK);
    CHECK(d->invalid_bytes == 2 && d->first_invalid == 3);
    pc_document_free(d);
  }
}

static void test_tokens(void) {
  const char *t = "d\xe2\x80\x99" "Alliance, Falcone's 15,000 Jean-Marc";
  pc_tokens toks = {NULL, 0, 0};
  CHECK(pc_tokenize((const uint8_t *)t, 0, strlen(t), &toks) == PC_OK);
  CHECK(toks.count == 7);
  if (toks.count == 7) {
    CHECK(toks.items[0].end - toks.items[0].start == 4 && (toks.items[0].flags & PC_TF_APOS));
    CHECK(toks.items[1].kind == PC_TOK_WORD && (toks.items[1].flags & PC_TF_CAP));
    CHECK(toks.items[4].flags & PC_TF_APOS);
    CHECK(toks.items[5].kind == PC_TOK_NUMBER);
    CHECK(toks.items[6].flags & PC_TF_HYPHEN);
  }
  pc_tokens_free(&toks);
}

static void test_figures_and_dates(void) {
  pc_entities es = {NULL, 0, 0};
  const pc_entity *e;
  pc_document *d = parse("Organizers said between 15,000 and 20,000 demonstrators marched on Saturday, "
                         "and around 20 cities joined. Police cost \xe2\x82\xac" "100 million, up 15 percent since 2020.",
                         "2026-01-31");
  CHECK(d && pc_annotate(d, PC_TYPES_ALL, &es) == PC_OK);
  e = find(d, &es, PC_ENT_QUANTITY, "between 15,000 and 20,000");
  CHECK(e && e->low == 15000 && e->high == 20000 && strcmp(e->unit, "demonstrator") == 0);
  e = find(d, &es, PC_ENT_DATE, "Saturday");
  CHECK(e && strcmp(e->date, "2026-01-31") == 0 && (e->flags & PC_EF_RELATIVE));
  e = find(d, &es, PC_ENT_QUANTITY, "around 20");
  CHECK(e && e->value == 20 && (e->flags & PC_EF_APPROX) && strcmp(e->unit, "city") == 0);
  e = find(d, &es, PC_ENT_MONEY, "\xe2\x82\xac" "100 million");
  CHECK(e && e->value == 100e6 && strcmp(e->currency, "EUR") == 0);
  e = find(d, &es, PC_ENT_PERCENT, "15 percent");
  CHECK(e && e->value == 15);
  e = find(d, &es, PC_ENT_DATE, "2020");
  CHECK(e && strcmp(e->date, "2020") == 0);
  pc_entities_free(&es);
  pc_document_free(d);
}

/* Whether two entities say the same (field by field: struct padding is not compared). */
static int pc_entity_same(const pc_entity *x, const pc_entity *y) {
  return x->span.start == y->span.start && x->span.end == y->span.end && x->type == y->type &&
         x->flags == y->flags && x->value == y->value && x->low == y->low && x->high == y->high &&
         strcmp(x->date, y->date) == 0 && strcmp(x->currency, y->currency) == 0 && strcmp(x->unit, y->unit) == 0 &&
         x->canonical.start == y->canonical.start && x->canonical.end == y->canonical.end &&
         x->role.start == y->role.start && x->role.end == y->role.end && x->kind == y->kind && x->sentence == y->sentence;
}

/* pc_annotate_doc: the entities of pc_annotate_model, each with the sentence it is in, the
** options' types kept, quotes empty while no quote annotator is built in; errors leave the
** record empty and pc_annotations_free may run twice. */
static void test_annotations(void) {
  const char *text = "date 2026-01-31 Strike in Lyon\n\nAbout 2,000 workers marched in Paris on Saturday. "
                     "Jean Dupont said wages fell 5 percent.\n\nThe CGT union called a new strike for Monday.\n";
  pc_document *d = parse(text, NULL);
  pc_annotations a, b;
  pc_annotate_options o;
  pc_entities es = {NULL, 0, 0};
  pc_model *m = NULL;
  size_t k;
  int sorted = 1, inside = 1;
  memset(&a, 0, sizeof a);
  CHECK(pc_model_load_dir("data", &m) == PC_OK);
  CHECK(d && pc_annotate_doc(d, m, NULL, &a) == PC_OK);
  CHECK(pc_annotate_model(d, m, PC_TYPES_ALL, &es) == PC_OK);
  CHECK(a.entities.count == es.count && a.entities.count >= 6);
  CHECK(a.quotes.count == 0 && (a.done & PC_ANN_ENTITIES));
  for (k = 0; k < a.entities.count && k < es.count; k++) {
    const pc_entity *e = &a.entities.items[k];
    CHECK(pc_entity_same(e, &es.items[k]));
    if (k && e->span.start <= a.entities.items[k - 1].span.end - 1) sorted = 0;
    if (e->sentence >= d->nsentences || d->sentences[e->sentence].span.start > e->span.start ||
        d->sentences[e->sentence].span.end < e->span.end)
      inside = 0;
  }
  CHECK(sorted && inside);
  {
    const pc_entity *lyon = find(d, &a.entities, PC_ENT_PLACE, "Lyon");
    const pc_entity *monday = find(d, &a.entities, PC_ENT_DATE, "Monday");
    CHECK(lyon && d->segments[d->sentences[lyon->sentence].segment].kind == PC_SEG_TITLE);
    CHECK(monday && monday->sentence == d->nsentences - 1);
  }
  pc_annotate_options_init(&o);
  o.types = PC_TYPE_BIT(PC_ENT_DATE);
  memset(&b, 0, sizeof b);
  CHECK(pc_annotate_doc(d, m, &o, &b) == PC_OK);
  CHECK(b.entities.count == 2);
  for (k = 0; k < b.entities.count; k++) CHECK(b.entities.items[k].type == PC_ENT_DATE);
  pc_annotations_free(&b);
  o.annotators = 0;
  CHECK(pc_annotate_doc(d, NULL, &o, &b) == PC_OK && b.entities.count == 0 && b.done == 0);
  /* quotes alone run the entity annotators too (a speaker is an entity) */
  o.annotators = PC_ANN_QUOTES;
  CHECK(pc_annotate_doc(d, m, &o, &b) == PC_OK && b.entities.count == 2 && (b.done & PC_ANN_ENTITIES));
  pc_annotations_free(&b);
  CHECK(pc_annotate_doc(NULL, NULL, NULL, &b) == PC_EINVAL && b.entities.count == 0);
  CHECK(pc_annotate_doc(d, NULL, NULL, NULL) == PC_EINVAL);
  CHECK(strcmp(pc_quote_kind_name(PC_QUOTE_SLOGAN), "slogan") == 0 && strcmp(pc_quote_kind_name(9), "unknown") == 0);
  CHECK(strcmp(pc_entity_field_name(PC_FIELD_CANONICAL), "canonical") == 0 && pc_entity_field_name(-1) == NULL);
  pc_annotations_free(&a);
  pc_annotations_free(&a);
  pc_entities_free(&es);
  pc_model_free(m);
  pc_document_free(d);
}

/* A probe annotator that reads across sentences: it asks for the whole document's tokens and
** checks, sentence by sentence, that its window is the sentence's tokens, and at the
** document step that it saw them all and that the entities are final. */
static int probe_failures, probe_documents;

typedef struct probe {
  size_t sentences, tokens;
} probe;

static void *probe_create(const pc_doc_ctx *ctx) {
  (void)ctx;
  return calloc(1, sizeof(probe));
}

static int probe_sentence(void *state, pc_sent *st, pc_annotations *out) {
  probe *p = (probe *)state;
  const pc_doc_ctx *c = st->ctx;
  size_t k = st->index, i;
  (void)out;
  if (!c->first || c->first[k + 1] - c->first[k] != st->n || st->tok != c->toks.items + c->first[k]) {
    probe_failures++;
    return PC_OK;
  }
  for (i = 0; i < st->n; i++)
    if (st->tok[i].start < c->doc->sentences[k].span.start || st->tok[i].end > c->doc->sentences[k].span.end ||
        st->word[i] != c->word[c->first[k] + i])
      probe_failures++;
  /* the previous sentence's tokens are there too, before this one's */
  if (k > 0 && c->first[k] > c->first[k - 1] && c->toks.items[c->first[k] - 1].end > c->doc->sentences[k].span.start)
    probe_failures++;
  p->sentences++;
  p->tokens += st->n;
  return PC_OK;
}

static int probe_document(void *state, const pc_doc_ctx *ctx, pc_annotations *out) {
  probe *p = (probe *)state;
  size_t k;
  if (p->sentences != ctx->doc->nsentences || p->tokens != ctx->toks.count) probe_failures++;
  for (k = 1; k < out->entities.count; k++)
    if (out->entities.items[k].span.start < out->entities.items[k - 1].span.end) probe_failures++;
  for (k = 0; k < out->entities.count; k++)
    if (out->entities.items[k].sentence >= ctx->doc->nsentences) probe_failures++;
  probe_documents++;
  return PC_OK;
}

static void probe_destroy(void *state) { free(state); }

static const pc_annotator probe_annotator = {
  "probe", PC_ANN_ENTITIES, 0, probe_create, probe_sentence, probe_document, probe_destroy, 1
};

/* With an annotator that reads across sentences, the driver keeps the whole document's
** tokens; the entities are the same as without. */
static void test_document_tokens(void) {
  const pc_annotator *table[8];
  size_t k, n = 0;
  pc_document *d;
  pc_annotations a, b;
  pc_model *m = NULL;
  const char *text = "date 2026-01-31 Strike in Lyon\n\nAbout 2,000 workers marched in Paris on Saturday. "
                     "\"We will not give up,\" said Jean Dupont. He spoke for the CGT union.\n\n"
                     "The CGT called a new strike for Monday. Police said 1,500 marched.\n";
  for (k = 0; k < pc_default_nannotators; k++) table[n++] = pc_default_annotators[k];
  table[n++] = &probe_annotator;
  CHECK(pc_model_load_dir("data", &m) == PC_OK);
  d = parse(text, NULL);
  CHECK(d != NULL);
  if (!d) return;
  probe_failures = probe_documents = 0;
  CHECK(pc_annotate_run(d, m, NULL, table, n, &a) == PC_OK);
  CHECK(pc_annotate_doc(d, m, NULL, &b) == PC_OK);
  CHECK(probe_documents == 1 && probe_failures == 0);
  CHECK(a.entities.count == b.entities.count && a.entities.count >= 8);
  for (k = 0; k < a.entities.count && k < b.entities.count; k++)
    CHECK(pc_entity_same(&a.entities.items[k], &b.entities.items[k]));
  pc_annotations_free(&a);
  CHECK(pc_annotate_run(d, m, NULL, table, 17, &a) == PC_EINVAL && a.entities.count == 0);
  pc_annotations_free(&b);
  pc_model_free(m);
  pc_document_free(d);
}

/* Whether writing x gives want (pc_json_number) */
static int number_is(double x, const char *want) {
  pc_buffer b = {NULL, 0, 0};
  int ok = pc_json_number(&b, x) == PC_OK && b.len == strlen(want) && memcmp(b.data, want, b.len) == 0;
  if (!ok) printf("  number %.17g -> %.*s, want %s\n", x, (int)b.len, b.data ? b.data : "", want);
  pc_buffer_free(&b);
  return ok;
}

static int string_is(const char *s, size_t n, const char *want) {
  pc_buffer b = {NULL, 0, 0};
  int ok = pc_json_string(&b, (const uint8_t *)s, n) == PC_OK && b.len == strlen(want) && memcmp(b.data, want, b.len) == 0;
  if (!ok) printf("  string -> %.*s, want %s\n", (int)b.len, b.data ? b.data : "", want);
  pc_buffer_free(&b);
  return ok;
}

/* Whether s[0..n) contains the string w. */
static int contains(const char *s, size_t n, const char *w) {
  size_t k, m = strlen(w);
  for (k = 0; k + m <= n; k++)
    if (memcmp(s + k, w, m) == 0) return 1;
  return 0;
}

/* The JSON writer's numbers and strings follow records.lua's rules. */
static void test_json_writer(void) {
  CHECK(number_is(0, "0") && number_is(-0.0, "0") && number_is(15000, "15000") && number_is(-3, "-3"));
  CHECK(number_is(0.1, "0.1") && number_is(3.5, "3.5") && number_is(1.0 / 3, "0.3333333333333333"));
  CHECK(number_is(9007199254740992.0, "9007199254740992") && number_is(1e17, "1e+17") && number_is(1e300, "1e+300"));
  CHECK(number_is(0.1 + 0.2, "0.30000000000000004"));
  CHECK(number_is(NAN, "null") && number_is(INFINITY, "null") && number_is(-INFINITY, "null"));
  CHECK(string_is("a\"b\\c", 5, "\"a\\\"b\\\\c\""));
  CHECK(string_is("\n\t\r\b\f\x01\x7f", 7, "\"\\n\\t\\r\\b\\f\\u0001\\u007f\""));
  CHECK(string_is("\0x", 2, "\"\\u0000x\""));
  CHECK(string_is("caf\xc3\xa9 \xe2\x80\x99", 9, "\"caf\xc3\xa9 \xe2\x80\x99\""));
  /* a stray continuation, an overlong form, a surrogate, above U+10FFFF, a cut sequence */
  CHECK(string_is("\x80\xc0\x80\xed\xa0\x80\xf4\x90\x80\x80\xe2\x80", 12,
                  "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"
                  "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\""));
  CHECK(pc_json_record(NULL, NULL, NULL, NULL) == PC_EINVAL);
  {
    /* a record with a quote, as the quote annotator will fill it: "quotes" is written only
    ** when the annotator ran, speaker as the canonical name of its entity */
    const char *text = "\"We stay,\" said Jean Dupont. Dupont left.";
    pc_document *d = parse(text, NULL);
    pc_annotations a;
    pc_buffer b = {NULL, 0, 0};
    pc_json_field head[PC_RFIELD_TITLE + 1] = {{"x", 1}, {NULL, 0}, {NULL, 0}, {NULL, 0}};
    pc_entity e[2];
    pc_quote q[2];
    const char *want_tail = ",\"quotes\":[{\"start\":0,\"end\":10,\"text\":\"\\\"We stay,\\\"\",\"kind\":\"speech\","
                            "\"speaker\":\"Jean Dupont\",\"cue\":\"said\",\"cue_start\":11,\"cue_end\":15},{\"start\":0,\"end\":3,\"text\":\"\\\"We\","
                            "\"kind\":\"slogan\"}]}";
    memset(&a, 0, sizeof a);
    memset(e, 0, sizeof e);
    memset(q, 0, sizeof q);
    e[0].span.start = 16; e[0].span.end = 27; e[0].type = PC_ENT_PERSON;
    e[0].canonical = e[0].span;
    e[1].span.start = 29; e[1].span.end = 35; e[1].type = PC_ENT_PERSON;
    e[1].canonical = e[0].span;
    q[0].span.start = 0; q[0].span.end = 10; q[0].kind = PC_QUOTE_SPEECH; q[0].speaker = 1;
    q[0].cue.start = 11; q[0].cue.end = 15;
    q[1].span.start = 0; q[1].span.end = 3; q[1].kind = PC_QUOTE_SLOGAN; q[1].speaker = -1;
    a.entities.items = e; a.entities.count = 2;
    a.quotes.items = q; a.quotes.count = 2;
    CHECK(d && pc_json_record(&b, d, &a, head) == PC_OK);
    CHECK(b.len > 0 && b.data && !contains(b.data, b.len, "\"quotes\""));
    b.len = 0;
    a.done = PC_ANN_ENTITIES | PC_ANN_QUOTES;
    CHECK(d && pc_json_record(&b, d, &a, head) == PC_OK);
    CHECK(b.len > strlen(want_tail) && memcmp(b.data + b.len - strlen(want_tail), want_tail, strlen(want_tail)) == 0);
    if (b.len > strlen(want_tail) && memcmp(b.data + b.len - strlen(want_tail), want_tail, strlen(want_tail)) != 0)
      printf("  got %.*s\n", (int)b.len, b.data);
    CHECK(b.len > 9 && memcmp(b.data, "{\"id\":\"x\",", 9) == 0);
    pc_buffer_free(&b);
    pc_document_free(d);
  }
}

int main(void) {
  test_word_table_sorted();
  test_text_fast_paths();
  test_model_image();
  test_dates_arith();
  test_parse_basics();
  test_tokens();
  test_figures_and_dates();
  test_annotations();
  test_json_writer();
  test_document_tokens();
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
