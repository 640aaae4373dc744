/*
** annotate.c: runs the annotators over every sentence of a document.
**
** Per sentence: tokenize (into one reused array), classify tokens against the function-word
** table, note whether the sentence speaks of the future (for bare weekdays), then run the
** date annotator and the figure annotator; a token taken by one is not seen by the next,
** so entities never overlap. Entities are appended sorted by position.
** Does not: keep any state between calls; everything lives in the call's arrays.
** Limits: linear in the document length; sentences of any length.
*/
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
#include "annotate.h"
#include "text.h"
#include "lexicon.h"

static const char *const type_names[PC_ENT_TYPE_COUNT] = {
  "PERSON", "ORG", "PLACE", "DATE", "QUANTITY", "MONEY", "PERCENT"
};

const char *pc_entity_type_name(int type) {
  if (type < 0 || type >= PC_ENT_TYPE_COUNT) return "UNKNOWN";
  return type_names[type];
}

int pc_entity_type_from_name(const char *name) {
  int k;
  if (!name) return -1;
  for (k = 0; k < PC_ENT_TYPE_COUNT; k++)
    if (strcmp(name, type_names[k]) == 0) return k;
  return -1;
}

pc_entity *pc_add_entity(pc_sent *st, pc_entities *out, size_t i, size_t j, int type) {
  pc_entity *e;
  size_t k;
  if (pc_grow((void **)&out->items, &out->capacity, out->count + 1, sizeof(pc_entity))) return NULL;
  e = &out->items[out->count++];
  memset(e, 0, sizeof *e);
  e->span.start = st->tok[i].start;
  e->span.end = st->tok[j].end;
  e->type = type;
  for (k = i; k <= j; k++) st->taken[k] = 1;
  return e;
}

void pc_entities_free(pc_entities *ents) {
  if (!ents) return;
  free(ents->items);
  ents->items = NULL;
  ents->count = ents->capacity = 0;
}

/* Tense cue of token k: +1 future, -1 past, 0 none. */
static int tense_cue(const pc_sent *st, size_t k) {
  const pc_token *t = &st->tok[k];
  size_t n = t->end - t->start;
  const uint8_t *p = st->s + t->start;
  if (t->kind != PC_TOK_WORD) return 0;
  if (pc_tok_is(st, k, W_FUTURE)) return 1;
  if (pc_tok_is(st, k, W_PAST)) return -1;
  if (!(t->flags & PC_TF_LOWER)) return 0;
  if (st->lang == PC_LANG_FR) {
    if ((n == 1 && p[0] == 'a') || (n == 3 && memcmp(p, "ont", 3) == 0)) return -1;
    if (n > 5 && (memcmp(p + n - 4, "ront", 4) == 0 || memcmp(p + n - 4, "rons", 4) == 0 ||
                  memcmp(p + n - 3, "era", 3) == 0 || memcmp(p + n - 3, "ira", 3) == 0))
      return 1;
    if (n > 4 && (memcmp(p + n - 3, "ait", 3) == 0 || memcmp(p + n - 5, "aient", n > 5 ? 5 : 3) == 0)) return -1;
    return 0;
  }
  if (n > 4 && memcmp(p + n - 2, "ed", 2) == 0) return -1;
  return 0;
}

static int is_future(const pc_sent *st) {
  size_t i;
  for (i = 0; i < st->n; i++)
    if (tense_cue(st, i) > 0) return 1;
  return 0;
}

int pc_clause_future(const pc_sent *st, size_t i) {
  size_t d;
  if (*st->future < 0) *st->future = is_future(st);
  if (!*st->future) return 0;
  /* "until Monday", "pour jeudi", "by Friday": a deadline ahead */
  if (i > 0 && st->tok[i - 1].kind == PC_TOK_WORD) {
    const uint8_t *p = st->s + st->tok[i - 1].start;
    size_t n = st->tok[i - 1].end - st->tok[i - 1].start;
    if (pc_ascii_ieq(p, n, "until") || pc_ascii_ieq(p, n, "pour") || pc_ascii_ieq(p, n, "by")) return 1;
  }
  {
    /* the clause around i: up to ";" or a subordinator ("unless", "mais") on either side */
    size_t lo = i, hi = i;
    while (lo > 0 && i - lo < 40 && !pc_tok_char(st, lo - 1, ';') &&
           !(st->word[lo - 1] && (st->word[lo - 1]->cls2 & W2_CLAUSE)))
      lo--;
    while (hi + 1 < st->n && hi - i < 40 && !pc_tok_char(st, hi + 1, ';') &&
           !(st->word[hi + 1] && (st->word[hi + 1]->cls2 & W2_CLAUSE)))
      hi++;
    for (d = 1; d <= i - lo || i + d <= hi; d++) {
      int before = d <= i - lo ? tense_cue(st, i - d) : 0;
      int after = i + d <= hi ? tense_cue(st, i + d) : 0;
      if (before || after) {
        if (before == -1 || after == -1) return before == 1 || (before == 0 && after == 1);
        return 1;
      }
    }
    return 0;
  }
}


int pc_local_tense(const pc_sent *st, size_t i, size_t window) {
  size_t d;
  for (d = 1; d <= window; d++) {
    int before = d <= i ? tense_cue(st, i - d) : 0;
    int after = i + d < st->n ? tense_cue(st, i + d) : 0;
    if (before) return before;
    if (after) return after;
  }
  return 0;
}

/* Sorts out->items[from..] by start: each annotator appends in order, so this merges a
** few short runs; insertion sort is linear on such input. */
static void sort_tail(pc_entities *out, size_t from) {
  size_t i, j;
  for (i = from + 1; i < out->count; i++) {
    pc_entity e = out->items[i];
    for (j = i; j > from && out->items[j - 1].span.start > e.span.start; j--) out->items[j] = out->items[j - 1];
    out->items[j] = e;
  }
}

static int by_start(const void *a, const void *b) {
  const pc_entity *x = (const pc_entity *)a, *y = (const pc_entity *)b;
  return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

int pc_annotate(const pc_document *doc, unsigned types, pc_entities *out) {
  return pc_annotate_model(doc, NULL, types, out);
}

int pc_annotate_model(const pc_document *doc, const pc_model *model, unsigned types, pc_entities *out) {
  pc_tokens toks = {NULL, 0, 0};
  const pc_word **words = NULL;
  unsigned char *taken = NULL, *lex_done = NULL;
  uint32_t *lex_cls = NULL;
  const void **lex_entry = NULL;
  size_t cap = 0, k, first = out ? out->count : 0;
  int rc = PC_OK;
  unsigned name_types = PC_TYPE_BIT(PC_ENT_PERSON) | PC_TYPE_BIT(PC_ENT_ORG) | PC_TYPE_BIT(PC_ENT_PLACE);
  void *names = NULL;
  if (!doc || !out) return PC_EINVAL;
  if (!(types & PC_TYPES_ALL)) return PC_OK;
  char home[2] = {0, 0};
  if ((types & name_types) && !(names = pc_names_new())) return PC_ENOMEM;
  if (model && doc->meta.dateline_place.end > doc->meta.dateline_place.start) {
    const char *cc = pc_model_country(model, doc->text, doc->meta.dateline_place.start, doc->meta.dateline_place.end);
    if (cc) { home[0] = cc[0]; home[1] = cc[1]; }
  }
  for (k = 0; k < doc->nsentences; k++) {
    pc_sent st;
    size_t i, before = out->count;
    int future;
    memset(&st, 0, sizeof st);
    toks.count = 0;
    if ((rc = pc_tokenize(doc->text, doc->sentences[k].span.start, doc->sentences[k].span.end, &toks))) break;
    if (toks.count > cap) {
      size_t ncap = toks.count * 2;
      const pc_word **w2 = realloc((void *)words, ncap * sizeof *words);
      unsigned char *t2;
      if (!w2) { rc = PC_ENOMEM; break; }
      words = w2;
      t2 = realloc(taken, ncap);
      if (!t2) { rc = PC_ENOMEM; break; }
      taken = t2;
      t2 = realloc(lex_done, ncap);
      if (!t2) { rc = PC_ENOMEM; break; }
      lex_done = t2;
      {
        uint32_t *c2 = realloc(lex_cls, ncap * sizeof *lex_cls);
        const void **e2;
        if (!c2) { rc = PC_ENOMEM; break; }
        lex_cls = c2;
        e2 = realloc((void *)lex_entry, ncap * sizeof *lex_entry);
        if (!e2) { rc = PC_ENOMEM; break; }
        lex_entry = e2;
      }
      cap = ncap;
    }
    for (i = 0; i < toks.count; i++) {
      const pc_token *t = &toks.items[i];
      words[i] = (t->kind == PC_TOK_WORD && t->end - t->start <= 40) ? pc_word_find(doc->text, t->start, t->end) : NULL;
      taken[i] = 0;
      lex_done[i] = 0;
    }
    st.s = doc->text;
    st.len = doc->len;
    st.tok = toks.items;
    st.word = words;
    st.taken = taken;
    st.lex_cls = lex_cls;
    st.lex_entry = lex_entry;
    st.lex_done = lex_done;
    st.n = toks.count;
    st.lang = doc->lang;
    st.year = doc->meta.year;
    st.month = doc->meta.month;
    st.day = doc->meta.day;
    st.doc = doc;
    st.model = model;
    st.seg_kind = doc->segments[doc->sentences[k].segment].kind;
    st.first_word = 0;
    /* "NAIROBI, Kenya (AP) — Police fired": the dateline is not the sentence's start */
    if (doc->meta.dateline.end > 0)
      while (st.first_word < toks.count && toks.items[st.first_word].end <= doc->meta.dateline.end) st.first_word++;
    while (st.first_word < toks.count && toks.items[st.first_word].kind == PC_TOK_PUNCT) st.first_word++;
    st.home[0] = home[0];
    st.home[1] = home[1];
    future = -1;
    st.future = &future;
    if ((rc = pc_annotate_dates(&st, out))) break;
    if ((rc = pc_annotate_figures(&st, out))) break;
    if (names && (rc = pc_names_sentence(&st, model, names))) break;
    /* drop what the caller did not ask for (dates claim years before figures see them) */
    {
      size_t r, w = before;
      for (r = before; r < out->count; r++)
        if (types & PC_TYPE_BIT(out->items[r].type)) out->items[w++] = out->items[r];
      out->count = w;
    }
    sort_tail(out, before);
  }
  if (rc == PC_OK && names) {
    size_t before = out->count;
    rc = pc_names_resolve(doc, model, names, types, out);
    if (rc == PC_OK && out->count > before) qsort(out->items + first, out->count - first, sizeof(pc_entity), by_start);
  }
  pc_names_free(names);
  pc_tokens_free(&toks);
  free((void *)words);
  free(taken);
  free(lex_done);
  free(lex_cls);
  free((void *)lex_entry);
  return rc;
}
