/*
** annotate.c: the driver. Runs the annotators over a document into one record
** (pc_annotations): every sentence through each annotator in the order of the table below,
** then each annotator's document step in the same order.
**
** The order is the documentation of the dependencies: a token one annotator takes is not
** seen by the next, so entities never overlap, and a later annotator reads what the earlier
** ones found. To add an annotator: write its file (its state and pc_X_new / _sentence /
** _document / _free, and its pc_X_annotator entry), then add that entry to the table at
** the place its dependencies give (docs/DEVELOPING.md, "Adding an annotator").
** annotate.h gives tests and fuzz targets pc_annotate_run, the same over a table of theirs.
** Does not: keep any state between calls; everything lives in the call's arrays.
** Limits: linear in the document length; memory bounded by the longest sentence, or linear
** in the document's tokens when an annotator reads across sentences (sentence.h).
*/
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
#include "sentence.h"
#include "lexicon.h"
#include "dates.h"
#include "figures.h"
#include "names.h"
#include "annotate.h"
#include "quotes.h"

const pc_annotator *const pc_default_annotators[] = {
  /* 1. dates first: they claim "2026" and "31" before figures could count them */
  &pc_dates_annotator,
  /* 2. figures: quantities, money and percentages, on the tokens dates left */
  &pc_figures_annotator,
  /* 3. names after both (a name never swallows a date or a figure); pass 2, over the whole
  ** document, at the document step */
  &pc_names_annotator,
  /* 4. quotes after names, because a speaker is a name (quotes.c, issue 12); all its work
  ** is at the document step, over the final entities */
  &pc_quotes_annotator,
};
#define NANNOTATORS (sizeof pc_default_annotators / sizeof pc_default_annotators[0])
const size_t pc_default_nannotators = NANNOTATORS;

void pc_annotate_options_init(pc_annotate_options *opts) {
  opts->types = PC_TYPES_ALL;
  opts->annotators = PC_ANN_ALL;
}

void pc_entities_free(pc_entities *ents) {
  if (!ents) return;
  free(ents->items);
  ents->items = NULL;
  ents->count = ents->capacity = 0;
}

void pc_annotations_free(pc_annotations *ann) {
  if (!ann) return;
  pc_entities_free(&ann->entities);
  free(ann->quotes.items);
  ann->quotes.items = NULL;
  ann->quotes.count = ann->quotes.capacity = 0;
  ann->done = 0;
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

/* Drops the entities of out[from..] whose type the caller did not ask for (dates claim years
** before figures see them, whatever is kept). */
static void keep_types(pc_entities *out, size_t from, unsigned types) {
  size_t r, w = from;
  for (r = from; r < out->count; r++)
    if (types & PC_TYPE_BIT(out->items[r].type)) out->items[w++] = out->items[r];
  out->count = w;
}

/* The most annotators one table may hold (pc_annotate_run). */
#define MAX_ANNOTATORS 16

/* Whether annotator a runs for these options. */
static int wanted(const pc_annotator *a, const pc_annotate_options *o) {
  return (a->serves & o->annotators) && (!a->types || (a->types & o->types));
}

/* Every sentence through each running annotator, in order. */
static int run_sentences(pc_doc_ctx *ctx, const pc_annotator *const *table, size_t n, void **state,
                         pc_annotations *out) {
  pc_sent_scratch scratch;
  size_t k, a;
  int rc = PC_OK;
  memset(&scratch, 0, sizeof scratch);
  for (k = 0; k < ctx->doc->nsentences && rc == PC_OK; k++) {
    pc_sent st;
    int future;
    size_t before = out->entities.count;
    if ((rc = pc_sent_init(&st, ctx, k, &scratch, &future))) break;
    for (a = 0; a < n && rc == PC_OK; a++)
      if (state[a]) rc = table[a]->sentence(state[a], &st, out);
    keep_types(&out->entities, before, ctx->types);
    sort_tail(&out->entities, before);
  }
  pc_sent_scratch_free(&scratch);
  return rc;
}

/* Appends the document's annotations by the annotators of table to out (its entities after
** those it holds). */
static int annotate(const pc_document *doc, const pc_model *model, const pc_annotate_options *o,
                    const pc_annotator *const *table, size_t n, pc_annotations *out) {
  pc_doc_ctx ctx;
  void *state[MAX_ANNOTATORS] = {NULL};
  size_t a;
  int rc = PC_OK, document_tokens = 0;
  if (n > MAX_ANNOTATORS) return PC_EINVAL;
  if (!(o->annotators & PC_ANN_ALL) || !(o->types & PC_TYPES_ALL)) return PC_OK;
  memset(&ctx, 0, sizeof ctx);
  ctx.doc = doc;
  ctx.model = model;
  ctx.types = o->types;
  ctx.first_entity = out->entities.count;
  if (model && doc->meta.dateline_place.end > doc->meta.dateline_place.start) {
    const char *cc = pc_model_country(model, doc->text, doc->meta.dateline_place.start, doc->meta.dateline_place.end);
    if (cc) { ctx.home[0] = cc[0]; ctx.home[1] = cc[1]; }
  }
  for (a = 0; a < n && rc == PC_OK; a++) {
    if (!wanted(table[a], o)) continue;
    if (!(state[a] = table[a]->create(&ctx))) rc = PC_ENOMEM;
    document_tokens |= table[a]->document_tokens;
  }
  /* the tokens of the whole document only for an annotator that reads across sentences */
  if (rc == PC_OK && document_tokens) rc = pc_doc_ctx_tokenize(&ctx);
  if (rc == PC_OK) rc = run_sentences(&ctx, table, n, state, out);
  for (a = 0; a < n && rc == PC_OK; a++)
    if (state[a]) {
      rc = table[a]->document(state[a], &ctx, out);
      out->done |= table[a]->serves;
    }
  for (a = 0; a < n; a++)
    if (state[a]) table[a]->destroy(state[a]);
  pc_doc_ctx_free(&ctx);
  return rc;
}

int pc_annotate_run(const pc_document *doc, const pc_model *model, const pc_annotate_options *opts,
                    const pc_annotator *const *table, size_t n, pc_annotations *out) {
  pc_annotate_options o;
  int rc;
  if (!out) return PC_EINVAL;
  memset(out, 0, sizeof *out);
  if (!doc || (!table && n)) return PC_EINVAL;
  if (opts) o = *opts;
  else pc_annotate_options_init(&o);
  /* a speaker is an entity: quotes need the entity annotators */
  if (o.annotators & PC_ANN_QUOTES) o.annotators |= PC_ANN_ENTITIES;
  rc = annotate(doc, model, &o, table, n, out);
  if (rc != PC_OK) pc_annotations_free(out);
  return rc;
}

int pc_annotate_doc(const pc_document *doc, const pc_model *model, const pc_annotate_options *opts,
                    pc_annotations *out) {
  return pc_annotate_run(doc, model, opts, pc_default_annotators, NANNOTATORS, out);
}

int pc_annotate(const pc_document *doc, unsigned types, pc_entities *out) {
  return pc_annotate_model(doc, NULL, types, out);
}

/* The entities alone, appended to the caller's array: it is lent to a record for the call. */
int pc_annotate_model(const pc_document *doc, const pc_model *model, unsigned types, pc_entities *out) {
  pc_annotate_options o;
  pc_annotations a;
  int rc;
  if (!doc || !out) return PC_EINVAL;
  memset(&a, 0, sizeof a);
  o.types = types;
  o.annotators = PC_ANN_ENTITIES;
  a.entities = *out;
  rc = annotate(doc, model, &o, pc_default_annotators, NANNOTATORS, &a);
  *out = a.entities;
  free(a.quotes.items);
  return rc;
}
