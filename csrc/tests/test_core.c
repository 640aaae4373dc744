/*
** test_core.c: unit tests of the C core, linked without Lua. Prints one line per failure
** and a last line "N passed, N failed".
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
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

int main(void) {
  test_word_table_sorted();
  test_text_fast_paths();
  test_model_image();
  test_dates_arith();
  test_parse_basics();
  test_tokens();
  test_figures_and_dates();
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
