/*
** place_cues.c: the words around a capitalized run that make it a place, or that mark
** which part of it is the place: US state abbreviations after a city ("Tucson, Ariz."),
** facility words whose name is the place and stays out of it ("le stade Armand-Cesari",
** "the Schuman roundabout", GUIDELINES: a lowercase generic head stays out), and heads that
** name a part of a city ("le port d'Anvers": the place is Anvers). Small closed lists of
** general words, both languages.
*/
#include <string.h>
#include "place_cues.h"
#include "text.h"

/* The AP style abbreviations of US states (the forms news datelines use). */
static const char *const states[] = {
  "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.",
  "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.",
  "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.",
  "Wyo.", NULL};

size_t pc_place_state_abbrev(const pc_sent *st, size_t i) {
  size_t k, j;
  /* after "City," : a capitalized word, then a comma right before */
  if (i < 2 || !(st->tok[i].flags & PC_TF_CAP) || !pc_tok_char(st, i - 1, ',') || !pc_tok_word(st, i - 2) ||
      !(st->tok[i - 2].flags & (PC_TF_CAP | PC_TF_UPPER)))
    return 0;
  for (k = 0; states[k]; k++) {
    size_t n = strlen(states[k]), end = st->tok[i].start + n;
    if (end > st->len || memcmp(st->s + st->tok[i].start, states[k], n) != 0) continue;
    /* the abbreviation ends a token, and no letter follows it */
    for (j = i; j < st->n && st->tok[j].end < end; j++) {
    }
    if (j < st->n && st->tok[j].end == end && (end >= st->len || !pc_is_letter(st->s[end]))) return j;
  }
  return 0;
}

typedef struct cue_word { const char *w; size_t n; } cue_word;
#define CW(lit) { lit, sizeof lit - 1 }

/* Whether token i is a lowercase word of the list (lengths first: most tokens fail there). */
static int word_in(const pc_sent *st, size_t i, const cue_word *words) {
  size_t k, n;
  if (!pc_tok_word(st, i) || !(st->tok[i].flags & PC_TF_LOWER)) return 0;
  n = pc_tok_len(st, i);
  for (k = 0; words[k].w; k++)
    if (words[k].n == n && pc_ascii_ieq(pc_tok_text(st, i), n, words[k].w)) return 1;
  return 0;
}

int pc_place_facility_before(const pc_sent *st, size_t i) {
  /* not "aéroport": "l'aéroport Pôle Caraïbes" is written whole, as "gare Saint-Lazare" */
  static const cue_word words[] = {CW("stade"), CW("h\xc3\xb4pital"), CW("v\xc3\xa9lodrome"), CW("hippodrome"),
                                   CW("campus"), {NULL, 0}};
  return st->lang != PC_LANG_EN && word_in(st, i, words);
}

int pc_place_facility_after(const pc_sent *st, size_t i) {
  static const cue_word words[] = {CW("roundabout"), CW("stadium"), CW("racecourse"), CW("velodrome"), CW("campus"),
                                   {NULL, 0}};
  return st->lang != PC_LANG_FR && word_in(st, i, words);
}

int pc_place_head_of_city(const pc_sent *st, size_t i) {
  /* not "autoroute": the project's articles write "l'autoroute A7" whole */
  static const cue_word words[] = {CW("port"), {NULL, 0}};
  return word_in(st, i, words);
}

int pc_place_geo_head(const pc_sent *st, size_t i) {
  /* lowercase French heads of a sea, a bay or a road junction, written whole with their
  ** name ("golfe de Gascogne", "mer d'Iroise", "océan Atlantique", "rond-point Schuman") */
  static const cue_word words[] = {CW("golfe"), CW("mer"), CW("baie"), CW("oc\xc3\xa9" "an"), CW("rond-point"),
                                   {NULL, 0}};
  return st->lang != PC_LANG_EN && word_in(st, i, words);
}

int pc_place_based(const pc_sent *st, size_t i) {
  size_t n = pc_tok_len(st, i);
  return pc_tok_word(st, i) && n > 7 && pc_ascii_ieq(pc_tok_text(st, i) + n - 6, 6, "-based");
}
