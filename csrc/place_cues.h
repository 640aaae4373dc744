/*
** place_cues.h: the words around a capitalized run that make it a place, or that mark
** which part of it is the place (place_cues.c).
*/
#ifndef PC_PLACE_CUES_H
#define PC_PLACE_CUES_H
#include "sentence.h"
/* A US state's AP abbreviation after a city and a comma ("Tucson, Ariz.", "Las Cruces,
** N.M."): the index of its last token (the final period), else 0. */
size_t pc_place_state_abbrev(const pc_sent *st, size_t i);
/* Whether token i is a French lowercase facility word whose name follows it and is the
** place, the word left out ("le stade Armand-Cesari", "l'hôpital Pontchaillou"). */
int pc_place_facility_before(const pc_sent *st, size_t i);
/* Whether token i is an English lowercase facility word after a name that is the place
** ("the Schuman roundabout", "the Wembley stadium"). */
int pc_place_facility_after(const pc_sent *st, size_t i);
/* Whether token i is an adjective made of a place and "-based" ("Paris-based",
** "London-based"): no name, nor part of the name after it. */
int pc_place_based(const pc_sent *st, size_t i);
/* Whether the lowercase head at token i, before "de X", names something of the place X
** rather than a place of its own ("port d'Anvers": the place is Anvers). */
int pc_place_head_of_city(const pc_sent *st, size_t i);
/* Whether token i is a French lowercase head of a sea, a bay or a junction that is written
** whole with the name after it ("golfe de Gascogne", "rond-point Schuman"). */
int pc_place_geo_head(const pc_sent *st, size_t i);
#endif
