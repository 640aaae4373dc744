/*
** given_gender.h: given names and their sex (given_gender.c, generated from
** data/given_names.tsv by tools/gen_given_gender.lua), for the quote annotator's pronouns.
*/
#ifndef PC_GIVEN_GENDER_H
#define PC_GIVEN_GENDER_H

#include <stddef.h>

typedef struct pc_given_name {
  const char *key;  /* lowercase UTF-8 (ASCII and Latin-1 letters folded) */
  unsigned char len;
  unsigned char en, fr; /* sex in the English and French lists: 0 absent, 1 M, 2 F, 3 both */
} pc_given_name;

extern const pc_given_name pc_given_names[];
extern const size_t pc_ngiven_names;

#endif
