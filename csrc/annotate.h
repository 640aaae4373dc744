/*
** annotate.h: the driver's internal entry (annotate.c): pc_annotate_doc with a table of
** annotators of the caller's (tests and fuzz targets add a probe to the default ones).
*/
#ifndef PC_ANNOTATE_H
#define PC_ANNOTATE_H

#include "protestcorpus.h"
#include "sentence.h"

/* The default table of annotators, in the order they run, and its length. */
extern const pc_annotator *const pc_default_annotators[];
extern const size_t pc_default_nannotators;

/* pc_annotate_doc with the n annotators of table (at most 16), run in that order. */
int pc_annotate_run(const pc_document *doc, const pc_model *model, const pc_annotate_options *opts,
                    const pc_annotator *const *table, size_t n, pc_annotations *out);

#endif
