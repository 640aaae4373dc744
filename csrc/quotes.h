/*
** quotes.h: the quote annotator (quotes.c). The types (pc_quote, pc_quotes) and
** pc_quote_kind_name are in protestcorpus.h.
*/
#ifndef PC_QUOTES_H
#define PC_QUOTES_H

#include "protestcorpus.h"
#include "sentence.h"

/* Bounds that keep unbalanced marks from running away: a quotation never crosses into the
** next paragraph unless that paragraph opens with a mark of the same family (then the two
** are one quotation), never spans more than PC_QUOTE_MAX_PARAS paragraphs nor more than
** PC_QUOTE_MAX_BYTES bytes; an opening mark left unclosed by these rules is no quotation,
** and the rest of the document is read as if it were absent. */
#define PC_QUOTE_MAX_PARAS 12
#define PC_QUOTE_MAX_BYTES ((size_t)20000)

/* Finds the quotations of doc (every segment but the header and boilerplate) and appends
** them to *out sorted by start (an enclosing quotation before the ones nested in it), with
** kind, cue and speaker. ents: the document's entities sorted by position (PERSON and ORG
** at least; NULL or empty: no speakers); speaker indexes into it. Tokenizes the document
** itself: the driver's path (pc_annotate_doc) reuses its tokens instead. For tests, fuzzing
** and benchmarks. Returns PC_OK or PC_ENOMEM / PC_EINVAL; on error *out keeps what it held. */
int pc_quotes_find(const pc_document *doc, const pc_entities *ents, pc_quotes *out);
void pc_quotes_list_free(pc_quotes *quotes);

/* The annotator in the driver (annotate.c), after names: its state, its four steps (the
** work is all in the document step, over out->entities) and its table entry. */
typedef struct pc_quotes_state pc_quotes_state;
pc_quotes_state *pc_quotes_new(const pc_doc_ctx *ctx); /* NULL: out of memory */
int pc_quotes_sentence(pc_quotes_state *qs, pc_sent *st);
int pc_quotes_document(pc_quotes_state *qs, const pc_doc_ctx *ctx, pc_annotations *out);
void pc_quotes_free(pc_quotes_state *qs);
extern const pc_annotator pc_quotes_annotator;

#endif
