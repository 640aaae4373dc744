/*
** date_tense.h: which way a date without a year or week points (date_tense.c): the verbs,
** prepositions and adjectives around it, in English and French.
*/
#ifndef PC_DATE_TENSE_H
#define PC_DATE_TENSE_H

#include "sentence.h"

/* The direction of the date at tokens i..j of the sentence: -1 past (on or before the
** document date), +1 future (on or after), -2 a perfect ("has called strikes on Nov. 21":
** past for a weekday, nothing for a month), 3 a perfect before "from" / "à partir de" / "dès"
** (future for a weekday, nothing for a month), 0 when nothing says. */
int pc_date_tense(const pc_sent *st, size_t i, size_t j);
/* The same for a bare weekday: a day after a promise or intent ("vowed to return Monday"),
** where pc_date_tense gives no direction, is ahead (+1). */
int pc_date_tense_day(const pc_sent *st, size_t i, size_t j);

/* Whether the weekday or month at token i is a generic frequency, not a date: "every
** Monday", "each March", "chaque mercredi", "tous les lundis", "le samedi" (French
** definite article and a bare weekday). */
int pc_date_generic(const pc_sent *st, size_t i);

/* Whether the word table of date_tense.c is in the order its lookup needs (for the tests). */
int pc_date_words_sorted(void);

#endif
