/*
** sentence.c: the tokens for the annotators (a sentence's, or the whole document's in one
** array when an annotator reads across sentences), the per-sentence view over them, and
** what annotators share about a sentence: appending an entity for a run of tokens, and its
** tense cues.
** Does not: annotate anything itself.
** Limits: memory linear in the document's tokens (see sentence.h).
*/
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
#include "sentence.h"
#include "text.h"

/* The function-word entry of a token (words of up to 40 bytes), or NULL. */
static const pc_word *token_word(const uint8_t *text, const pc_token *t) {
  return (t->kind == PC_TOK_WORD && t->end - t->start <= 40) ? pc_word_find(text, t->start, t->end) : NULL;
}

int pc_doc_ctx_tokenize(pc_doc_ctx *ctx) {
  const pc_document *doc = ctx->doc;
  size_t k, i;
  int rc;
  if (!(ctx->first = malloc((doc->nsentences + 1) * sizeof *ctx->first))) return PC_ENOMEM;
  for (k = 0; k < doc->nsentences; k++) {
    ctx->first[k] = ctx->toks.count;
    if ((rc = pc_tokenize(doc->text, doc->sentences[k].span.start, doc->sentences[k].span.end, &ctx->toks))) return rc;
  }
  ctx->first[doc->nsentences] = ctx->toks.count;
  if (ctx->toks.count && !(ctx->word = malloc(ctx->toks.count * sizeof *ctx->word))) return PC_ENOMEM;
  for (i = 0; i < ctx->toks.count; i++) ctx->word[i] = token_word(doc->text, &ctx->toks.items[i]);
  return PC_OK;
}

void pc_doc_ctx_free(pc_doc_ctx *ctx) {
  pc_tokens_free(&ctx->toks);
  free((void *)ctx->word);
  free(ctx->first);
  ctx->word = NULL;
  ctx->first = NULL;
}

/* Grows the scratch arrays to n tokens. */
static int scratch_grow(pc_sent_scratch *sc, size_t n) {
  size_t ncap = n * 2;
  void *p;
  if (n <= sc->cap) return PC_OK;
  if (!(p = realloc(sc->taken, ncap))) return PC_ENOMEM;
  sc->taken = p;
  if (!(p = realloc(sc->lex_done, ncap))) return PC_ENOMEM;
  sc->lex_done = p;
  if (!(p = realloc(sc->lex_cls, ncap * sizeof *sc->lex_cls))) return PC_ENOMEM;
  sc->lex_cls = p;
  if (!(p = realloc((void *)sc->lex_entry, ncap * sizeof *sc->lex_entry))) return PC_ENOMEM;
  sc->lex_entry = p;
  sc->cap = ncap;
  return PC_OK;
}

void pc_sent_scratch_free(pc_sent_scratch *sc) {
  pc_tokens_free(&sc->toks);
  free((void *)sc->word);
  free(sc->taken);
  free(sc->lex_done);
  free(sc->lex_cls);
  free((void *)sc->lex_entry);
  memset(sc, 0, sizeof *sc);
}

/* Tokenizes sentence k alone into the scratch. */
static int sentence_tokens(const pc_document *doc, size_t k, pc_sent_scratch *sc) {
  size_t i;
  int rc;
  sc->toks.count = 0;
  if ((rc = pc_tokenize(doc->text, doc->sentences[k].span.start, doc->sentences[k].span.end, &sc->toks))) return rc;
  if (sc->toks.count > sc->word_cap) {
    size_t ncap = sc->toks.count * 2;
    const pc_word **w = realloc((void *)sc->word, ncap * sizeof *w);
    if (!w) return PC_ENOMEM;
    sc->word = w;
    sc->word_cap = ncap;
  }
  for (i = 0; i < sc->toks.count; i++) sc->word[i] = token_word(doc->text, &sc->toks.items[i]);
  return PC_OK;
}

int pc_sent_init(pc_sent *st, const pc_doc_ctx *ctx, size_t k, pc_sent_scratch *sc, int *future) {
  const pc_document *doc = ctx->doc;
  const pc_token *tok;
  const pc_word **word;
  size_t n;
  int rc;
  memset(st, 0, sizeof *st);
  if (ctx->first) {
    /* a document with no token at all has no arrays: NULL + 0 is undefined behaviour */
    tok = ctx->toks.items ? ctx->toks.items + ctx->first[k] : NULL;
    word = ctx->word ? ctx->word + ctx->first[k] : NULL;
    n = ctx->first[k + 1] - ctx->first[k];
  } else {
    if ((rc = sentence_tokens(doc, k, sc))) return rc;
    tok = sc->toks.items;
    word = sc->word;
    n = sc->toks.count;
  }
  if (scratch_grow(sc, n)) return PC_ENOMEM;
  if (n) {
    memset(sc->taken, 0, n);
    memset(sc->lex_done, 0, n);
  }
  st->s = doc->text;
  st->len = doc->len;
  st->tok = tok;
  st->word = word;
  st->taken = sc->taken;
  st->lex_cls = sc->lex_cls;
  st->lex_entry = sc->lex_entry;
  st->lex_done = sc->lex_done;
  st->n = n;
  st->index = k;
  st->lang = doc->lang;
  st->year = doc->meta.year;
  st->month = doc->meta.month;
  st->day = doc->meta.day;
  st->doc = doc;
  st->model = ctx->model;
  st->ctx = ctx;
  st->seg_kind = doc->segments[doc->sentences[k].segment].kind;
  /* "NAIROBI, Kenya (AP) — Police fired": the dateline is not the sentence's start */
  if (doc->meta.dateline.end > 0)
    while (st->first_word < n && st->tok[st->first_word].end <= doc->meta.dateline.end) st->first_word++;
  while (st->first_word < n && st->tok[st->first_word].kind == PC_TOK_PUNCT) st->first_word++;
  st->home[0] = ctx->home[0];
  st->home[1] = ctx->home[1];
  *future = -1;
  st->future = future;
  return PC_OK;
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
  e->sentence = st->index;
  for (k = i; k <= j; k++) st->taken[k] = 1;
  return e;
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
