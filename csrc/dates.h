/*
** dates.h: the date annotator (dates.c): DATE entities, sentence by sentence.
*/
#ifndef PC_DATES_H
#define PC_DATES_H

#include "protestcorpus.h"
#include "sentence.h"

/* Its state: the document date relative dates resolve against. */
typedef struct pc_dates pc_dates;

pc_dates *pc_dates_new(const pc_doc_ctx *ctx); /* NULL: out of memory */
/* Appends the dates of the sentence to *out and marks their tokens taken. */
int pc_dates_sentence(pc_dates *d, pc_sent *st, pc_entities *out);
/* Nothing is left to do at the end of the document: kept for the driver's symmetry. */
int pc_dates_document(pc_dates *d, const pc_doc_ctx *ctx, pc_annotations *out);
void pc_dates_free(pc_dates *d);

/* Days since 1970-01-01 of a civil date, and back. */
long pc_days_from_civil(int y, int m, int d);
void pc_civil_from_days(long z, int *y, int *m, int *d);

/* Its entry in the driver's table (annotate.c). */
extern const pc_annotator pc_dates_annotator;

#endif
