/*
** names.h: the name annotator (names.c): PERSON, ORG and PLACE entities. Pass 1, per
** sentence, collects candidates; pass 2, at the end of the document, resolves them over the
** whole document and appends the entities of the requested types.
*/
#ifndef PC_NAMES_H
#define PC_NAMES_H

#include "protestcorpus.h"
#include "sentence.h"

/* Its state: the candidates of pass 1. */
typedef struct pc_names pc_names;

pc_names *pc_names_new(const pc_doc_ctx *ctx); /* NULL: out of memory */
/* Pass 1: collects the sentence's candidates and marks their tokens taken. */
int pc_names_sentence(pc_names *nm, pc_sent *st);
/* Pass 2: resolves the candidates and appends the entities of ctx->types to out->entities. */
int pc_names_document(pc_names *nm, const pc_doc_ctx *ctx, pc_annotations *out);
void pc_names_free(pc_names *nm);

/* Its entry in the driver's table (annotate.c). */
extern const pc_annotator pc_names_annotator;

#endif
