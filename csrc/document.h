/*
** document.h: internal interface between the document parser and its helpers.
*/
#ifndef PC_DOCUMENT_H
#define PC_DOCUMENT_H

#include "protestcorpus.h"

/* Fills doc->sentences from doc->segments (sentences.c). */
int pc_split_sentences(pc_document *doc);

/* 1 when y-m-d is a calendar date of years 1..9999. */
int pc_valid_date(int y, int m, int d);

#endif
