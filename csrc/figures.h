/*
** figures.h: the figure annotator (figures.c): QUANTITY, MONEY and PERCENT entities,
** sentence by sentence.
*/
#ifndef PC_FIGURES_H
#define PC_FIGURES_H

#include "protestcorpus.h"
#include "sentence.h"

/* Its state: the document's home country, for "$" and "pesos". */
typedef struct pc_figures pc_figures;

pc_figures *pc_figures_new(const pc_doc_ctx *ctx); /* NULL: out of memory */
/* Appends the figures of the sentence to *out (whatever types the caller asked for: the
** tokens are claimed, so that names do not take them) and marks their tokens taken. */
int pc_figures_sentence(pc_figures *f, pc_sent *st, pc_entities *out);
/* Nothing is left to do at the end of the document: kept for the driver's symmetry. */
int pc_figures_document(pc_figures *f, const pc_doc_ctx *ctx, pc_annotations *out);
void pc_figures_free(pc_figures *f);

/* Parses a number written in digits at token i (joining "15 000" groups); sets *value and
** *last (index of its last token). Returns 0 when token i is not such a number. */
int pc_read_digits(const pc_sent *st, size_t i, double *value, size_t *last);

/* Its entry in the driver's table (annotate.c). */
extern const pc_annotator pc_figures_annotator;

#endif
