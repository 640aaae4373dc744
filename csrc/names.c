/*
** names.c: PERSON, ORG and PLACE entities, with canonical forms, kinds and roles.
**
** Pass 1, sentence by sentence (after dates and figures took their tokens): runs of
** capitalized words, joined by particles ("Yannick Le Bihan", "Place de la Bastille") and,
** inside organization names, by connectors ("Union of Interior Ministry Staff"), plus
** French lowercase heads ("place de la Nation", "ministère de l’Intérieur"). Titles and
** role words before a name are cut off ("Interior Minister Laurent Nunez" -> role and
** PERSON). Each run is classified by, in order: the lexicons (media, places), head words
** (Union, Street, Place), the words around it ("the SNIPAT union", "Perrache tram station",
** "le syndicat Alliance"), given names and titles, acronyms and CamelCase.
** Pass 2, over the document: single words left unclassified are resolved against the
** names found ("Benoit" -> "Cyril Benoit", "Alliance" -> "Alliance Police Nationale"), and
** canonical forms are set: the fullest PERSON, the ORG an acronym is paired with in
** parentheses, the longest ORG that starts with the mention.
** Does not: resolve pronouns, link across documents, or guess a type with no evidence.
** Limits: linear in the document: pass 2 finds mentions through a hash index of their
** folded texts, their first words, word prefixes and word suffixes.
*/
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
#include "names.h"
#include "sentence.h"
#include "lexicon.h"
#include "text.h"
#include "ner_model.h"
#include "place_cues.h"

#define NC_SENT_START 0x01u /* first word of its sentence */
#define NC_UNKNOWN    0x02u /* type to resolve in pass 2 */
#define NC_ACRONYM    0x04u
#define NC_ALLCAPS    0x08u
#define NC_CUE        0x10u /* a title or role announced a person */
#define NC_WEAK       0x20u /* a city of the lexicon and nothing else: pass 2 may override */
#define NC_SPEAKS     0x40u /* one word that says, announces, ... or is cited ("according to X") */
#define NC_IN_PLACE   0x80u /* after "in", "à", "near": a place when nothing else explains it */
#define NC_TEAM       0x200u /* a place named as a sports team: "Sweden 1 – 0", "Tunisia's coach" */
#define NC_PREP       0x400u /* after "in", "at", "à": a place, whatever the document's team */
#define NC_TITLED     0x800u /* a title announced the person: "Mmes Diallo et Sow" lists more */
#define NC_SHOUTED    0x1000u /* a word of a line in capitals: only the document's other mentions type it */
#define NC_IN_ORGS    0x2000u /* listed after an organization: one when nothing else explains it */
#define NC_ARTICLE    0x4000u /* after a definite article ("le Boerenbond", "the Mercosur"): no person's name */
#define NC_PLAIN      0x100u /* two or three name words no lexicon knows: a person when nothing else explains it */

static int is_cap(const pc_sent *st, size_t i) {
  return pc_tok_word(st, i) && !st->taken[i] && (st->tok[i].flags & (PC_TF_CAP | PC_TF_UPPER)) &&
         !(st->tok[i].flags & PC_TF_APOS);
}
static int is_lower_word(const pc_sent *st, size_t i) {
  return pc_tok_word(st, i) && (st->tok[i].flags & PC_TF_LOWER);
}

/* "15:40 — Police say ...", "14h05 – Le cortège ...": a live blog's entry opens with its time
** and a dash; the word after them opens the sentence. */
static int live_blog_time(const pc_sent *st, size_t a) {
  size_t k;
  if (a < 2 || st->tok[a - 1].kind != PC_TOK_PUNCT || pc_tok_char(st, a - 1, ',') || pc_tok_char(st, a - 1, '(')) return 0;
  for (k = 0; k + 1 < a; k++)
    if (st->tok[k].kind == PC_TOK_WORD && !(pc_tok_len(st, k) <= 3 && (pc_tok_ieq(st, k, "h") || pc_tok_ieq(st, k, "am") ||
                                                                        pc_tok_ieq(st, k, "pm"))))
      return 0;
  return st->tok[0].kind == PC_TOK_NUMBER;
}

/* Whether token a opens its sentence: nothing but punctuation (quotes, dashes) before it. */
static int sentence_start(const pc_sent *st, size_t a) {
  /* or right after the dateline: "LAGOS, Nigeria (AP) — Farmers blocked ..." */
  return a <= st->first_word || (st->doc && st->doc->meta.dateline.end > 0 && a > 0 &&
                                 st->tok[a - 1].end == st->doc->meta.dateline.end) ||
         live_blog_time(st, a);
}

/* Lexicon entry of tokens [a, b] joined as the text joins them. */
static uint32_t lex_cls(const pc_sent *st, const pc_model *m, size_t i);

static const pc_lex_entry *lex_lookup(const pc_sent *st, const pc_model *m, size_t a, size_t b) {
  uint8_t key[PC_KEY_MAX + 8];
  size_t n;
  if (!m || b < a) return NULL;
  n = pc_fold(st->s, st->tok[a].start, st->tok[b].end, key, sizeof key);
  return n ? pc_model_lookup(m, key, n) : NULL;
}

static const pc_lex_entry *lex_run(const pc_sent *st, const pc_model *m, size_t a, size_t b) {
  if (a == b && a < st->n && m) {
    lex_cls(st, m, a);
    return (const pc_lex_entry *)st->lex_entry[a];
  }
  return lex_lookup(st, m, a, b);
}

/* The lexicon classes of token i (but L_COMMON: see lex_cls_c), computed once per token. */
static uint32_t lex_cls(const pc_sent *st, const pc_model *m, size_t i) {
  if (i >= st->n || !m) return 0;
  if (!st->lex_done[i]) {
    const pc_lex_entry *e = st->tok[i].kind == PC_TOK_WORD ? lex_lookup(st, m, i, i) : NULL;
    st->lex_entry[i] = e;
    st->lex_cls[i] = e ? e->cls : 0;
    st->lex_done[i] = 1;
  }
  return st->lex_cls[i];
}

/* lex_cls with L_COMMON too: the common-word table is larger, so it is asked only when a
** rule needs it, once per token. */
static uint32_t lex_cls_c(const pc_sent *st, const pc_model *m, size_t i) {
  uint32_t cls = lex_cls(st, m, i);
  if (i >= st->n || !m) return cls;
  if (st->lex_done[i] == 1) {
    if (st->tok[i].kind == PC_TOK_WORD && pc_model_is_common(m, st->s, st->tok[i].start, st->tok[i].end))
      st->lex_cls[i] |= L_COMMON;
    st->lex_done[i] = 2;
  }
  return st->lex_cls[i];
}

/* The first word of a hyphenated token ("Jean" of "Jean-Marc") is a given name. */
static int is_given(const pc_sent *st, const pc_model *m, size_t i) {
  uint8_t key[PC_KEY_MAX + 8];
  size_t n, k;
  const pc_lex_entry *e;
  if (!m) return 0;
  n = pc_fold(st->s, st->tok[i].start, st->tok[i].end, key, sizeof key);
  for (k = 0; k < n && key[k] != ' '; k++) {}
  e = pc_model_lookup(m, key, k);
  return e && (e->cls & L_GIVEN);
}

/* A lowercase word whose uppercase use at a sentence start says nothing. */
static int is_common(const pc_sent *st, const pc_model *m, size_t a, size_t b) {
  return (lex_cls_c(st, m, a) & (L_COMMON | L_NOTNAME)) && a == b;
}

typedef struct cand {
  pc_span span;
  int type;       /* PC_ENT_* or -1 */
  int kind;
  unsigned flags;
  pc_span role;
  size_t link;    /* index + 1 of an acronym / long-form partner */
  size_t sentence; /* index into doc->sentences */
} cand;

typedef struct cands {
  cand *items;
  size_t count, capacity;
} cands;

/* Appends a candidate for bytes [start, end); NULL when an allocation fails. */
static cand *push_span(cands *cs, const pc_sent *st, size_t start, size_t end, int type, int kind, unsigned flags) {
  cand *c;
  if (pc_grow((void **)&cs->items, &cs->capacity, cs->count + 1, sizeof(cand))) return NULL;
  c = &cs->items[cs->count++];
  memset(c, 0, sizeof *c);
  c->span.start = start;
  c->span.end = end;
  c->type = type;
  c->kind = kind;
  c->flags = flags;
  c->sentence = st->index;
  return c;
}

/* ... for tokens [a, b] */
static cand *push(cands *cs, const pc_sent *st, size_t a, size_t b, int type, int kind, unsigned flags) {
  return push_span(cs, st, st->tok[a].start, st->tok[b].end, type, kind, flags);
}

static int is_acronym(const pc_sent *st, size_t a, size_t b) {
  size_t k, letters = 0;
  const uint8_t *p = pc_tok_text(st, a);
  if (a != b || !(st->tok[a].flags & PC_TF_UPPER)) return 0;
  for (k = 0; k < pc_tok_len(st, a); k++) {
    if ((p[k] >= 'A' && p[k] <= 'Z') || p[k] >= 0x80) letters++;
    else if (!(p[k] >= '0' && p[k] <= '9') && p[k] != '-' && p[k] != '&' && p[k] != '.') return 0;
  }
  return letters >= 2 && pc_tok_len(st, a) <= 12;
}

/* "LyonMag", "GendXXI": a capital after a lowercase letter inside one word. */
static int is_camel(const pc_sent *st, size_t i) {
  const uint8_t *p = pc_tok_text(st, i);
  size_t k, n = pc_tok_len(st, i);
  for (k = 1; k + 1 < n; k++)
    if (p[k] >= 'a' && p[k] <= 'z' && p[k + 1] >= 'A' && p[k + 1] <= 'Z') return 1;
  return 0;
}

/* "SUD-Rail", "CGT-Cheminots": an all-capitals part before a hyphen. */
static int acronym_led(const pc_sent *st, size_t i) {
  const uint8_t *p = pc_tok_text(st, i);
  size_t k, n = pc_tok_len(st, i);
  for (k = 0; k < n && p[k] >= 'A' && p[k] <= 'Z'; k++) {}
  return k >= 2 && k < n && p[k] == '-';
}

/* French adjectives that continue an organization's name: "Police nationale", "Confédération
** générale du travail". */
static int is_fr_org_adjective(const pc_sent *st, size_t i) {
  static const char *const ends[] = {"ale", "al", "ales", "aux", "ique", "iques", "aire", "aires", "ienne",
                                     "iennes", "ien", "iens", "aise", "ais", "aises", "ral", "rale", "rales",
                                     "ifs", "ive", "ives", "if", "ole", "oles", "i\xc3\xa8re", "i\xc3\xa8res",
                                     "ome", "omes", "mun", "mune", "enne", "\xc3\xa9" "enne", "ieur", "ieure",
                                     "ieurs", "ieures", "aine", "aines", "ain", "ains", "suisse", "suisses", "el",
                                     "els", "elle", "elles", "ime", "imes", "ois", "oise", "oises", "ale", "\xc3\xa9" "en", "\xc3\xa9" "ens",
                                     "\xc3\xaa" "me", "anne", "annes", "ier", "iers", NULL};
  const uint8_t *p = pc_tok_text(st, i);
  size_t n = pc_tok_len(st, i), k;
  if (!is_lower_word(st, i) || n < 4) return 0;
  for (k = 0; ends[k]; k++) {
    size_t e = strlen(ends[k]);
    if (n > e && memcmp(p + n - e, ends[k], e) == 0) return 1;
  }
  return 0;
}

/* "Image: Nick Moreau", "Photo : AFP": a caption's or credit's label before its colon is no
** name, nor part of the name before it ("in Washington D.C. Image: ..."). */
static int caption_label(const pc_sent *st, size_t i) {
  static const char *const labels[] = {"image", "images", "photo", "photos", "picture", "video", "audio", "credit",
                                       "credits", "source", "sources", "illustration", "graphic", "map", "file",
                                       "vid\xc3\xa9o", "cr\xc3\xa9" "dit", "cr\xc3\xa9" "dits", NULL};
  size_t k;
  if (!pc_tok_char(st, i + 1, ':')) return 0;
  for (k = 0; labels[k]; k++)
    if (pc_tok_ieq(st, i, labels[k])) return 1;
  return 0;
}

/* "al-Sistani", "el-Sisi", "bin-Salman": a lowercase Arabic article, a hyphen, a capital. */
static int arabic_article(const pc_sent *st, size_t i) {
  const uint8_t *p = pc_tok_text(st, i);
  size_t n = pc_tok_len(st, i);
  if (n >= 5 && (memcmp(p, "al-", 3) == 0 || memcmp(p, "el-", 3) == 0 || memcmp(p, "ad-", 3) == 0) && p[3] >= 'A' && p[3] <= 'Z')
    return 1;
  return n >= 6 && memcmp(p, "bin-", 4) == 0 && p[4] >= 'A' && p[4] <= 'Z';
}

/* Whether an organization or place head comes within the next capitalized words. */
static int head_follows(const pc_sent *st, const pc_model *m, size_t k) {
  size_t q;
  for (q = k; q < st->n && q < k + 4 && is_cap(st, q); q++)
    if (lex_cls(st, m, q) & (L_ORG_HEAD | L_PLACE_AFTER)) return 1;
  return 0;
}

/* Whether an organization's head ends the capitalized words from token k on, after one word
** at least ("Rotterdam Authority"). */
static int org_head_follows(const pc_sent *st, const pc_model *m, size_t k) {
  size_t q;
  for (q = k + 1; q < st->n && q < k + 4 && is_cap(st, q); q++)
    if (lex_cls(st, m, q) & L_ORG_HEAD) return 1;
  return 0;
}

/* Whether tokens a..j name a country, a region or a city of 100,000 or more. */
static int possessor_is_place(const pc_sent *st, const pc_model *m, size_t a, size_t j) {
  const pc_lex_entry *e = m ? lex_run(st, m, a, j) : NULL;
  return e && (e->cls & (L_COUNTRY | L_REGION | L_DEPARTMENT | L_CITY)) &&
         ((e->cls & (L_COUNTRY | L_REGION | L_DEPARTMENT)) || e->pop >= 100000);
}

/* "FNSEA and Jeunes Agriculteurs", "Fairtrade et Rainforest Alliance": one word before
** "and" that is an acronym, or a word no lexicon knows (not "Bill and Melinda Gates
** Foundation", "Newfoundland and Labrador Court of Appeal"), is a name of its own, not the
** first half of the next one. */
static const pc_lex_entry *org_branch(const pc_sent *st, const pc_model *m, size_t a, size_t b);

static int one_name_before_and(const pc_sent *st, const pc_model *m, size_t a, size_t j) {
  const pc_lex_entry *e;
  while (a < j && (lex_cls(st, m, a) & L_NOTNAME)) a++; /* "The FNTA and ..." */
  /* "Greenpeace and Amnesty International", "Greenpeace Nederland and ...": a well-known name */
  if (((e = lex_run(st, m, a, j)) && (e->cls & (L_ORG_NAME | L_PARTY | L_MEDIA))) || org_branch(st, m, a, j)) return 1;
  return j == a && ((st->tok[a].flags & PC_TF_UPPER) || !lex_cls_c(st, m, a));
}

/* Extends a run of name words from token a; returns its last token. */
/* extend_run's step at a lowercase word k after the run's last token *j: particles and
** connectors before a capital ("de la", "of the"), French lowercase nouns and adjectives of an
** organization's name ("Confédération générale du travail"). 1 when the run goes on (*j
** moved), 0 when it ends at *j. */
static int join_lower(const pc_sent *st, const pc_model *m, size_t a, size_t k, size_t *j, int *fr_org, int *has_of,
                      int *has_org_head) {
  uint32_t cls = lex_cls(st, m, k);
  size_t k2 = k + 1;
  /* "de la", "d'" + capital: particles and connectors */
  if ((cls & (L_PARTICLE | L_CONNECTOR)) || pc_tok_ieq(st, k, "de") || pc_tok_ieq(st, k, "of")) {
    if (pc_tok_ieq(st, k2, "la") || pc_tok_ieq(st, k2, "l'") || pc_tok_ieq(st, k2, "l\xe2\x80\x99") ||
        (pc_tok_ieq(st, k2, "the") && pc_tok_ieq(st, k, "of")) ||
        (pc_tok_ieq(st, k2, "the") && pc_tok_ieq(st, k, "for") && *has_org_head)) /* "Foundation for the Visual Arts" */
      k2++;
    /* "Ursula von der Leyen", "Rafael van den Berg": two particles */
    else if ((cls & L_PARTICLE) && !pc_tok_ieq(st, k, "de") && is_lower_word(st, k2) && (lex_cls(st, m, k2) & L_PARTICLE) &&
             !pc_tok_ieq(st, k2, "et") && !pc_tok_ieq(st, k2, "and"))
      k2++;
    int is_and = pc_tok_ieq(st, k, "and") || pc_tok_ieq(st, k, "et");
    /* an acronym alone takes no particle ("UNI de Paris"), but an institution's does: "CHU de Rennes" */
    if (is_cap(st, k2) && !(st->tok[a].flags & PC_TF_UPPER && *j == a && (cls & L_PARTICLE) && !(lex_cls(st, m, a) & L_ORG_HEAD)) &&
        ((cls & L_PARTICLE && !is_and) || (*has_org_head && (*has_of || !is_and)) ||
         /* "Port of Rotterdam Authority", "City of London Corporation": a place's head, "of",
         ** the place and an organization's head */
         (pc_tok_ieq(st, k, "of") && (lex_cls(st, m, *j) & L_PLACE_BEFORE) && org_head_follows(st, m, k2)) ||
         (is_and && !*has_org_head && head_follows(st, m, k2) && !(lex_cls(st, m, *j) & L_PLACE_AFTER) &&
          !possessor_is_place(st, m, a, *j) && !one_name_before_and(st, m, a, *j)))) { /* not "Wellington Street and Elgin Street" */
      /* "Centre for Economics and Business Research": "for" opens the name's list too */
      if (pc_tok_ieq(st, k, "of") || pc_tok_ieq(st, k, "de") || pc_tok_ieq(st, k, "for") || pc_tok_ieq(st, k, "pour")) *has_of = 1;
      *j = k2;
      if (lex_cls(st, m, k2) & L_ORG_HEAD) *has_org_head = 1;
      return 1;
    }
    /* "Confédération générale du travail", "Chambre des représentants": a lowercase noun
    ** after a French head or adjective */
    if ((*fr_org || (st->lang == PC_LANG_FR && (lex_cls(st, m, *j) & L_ORG_HEAD))) && is_lower_word(st, k2) &&
        !(lex_cls(st, m, k2) & (L_NOTNAME | L_PLACE_BEFORE)) && !pc_tok_function(st, k2) && k2 - a < 12) {
      *fr_org = 1;
      *j = k2;
      return 1;
    }
  }
  if (*fr_org && (pc_tok_ieq(st, k, "et") || pc_tok_char(st, k, ',')) &&
      (pc_tok_ieq(st, k + 1, "de") || pc_tok_ieq(st, k + 1, "du") || pc_tok_ieq(st, k + 1, "des") || pc_tok_ieq(st, k + 1, "d'") ||
       pc_tok_ieq(st, k + 1, "d\xe2\x80\x99"))) {
    size_t k3 = k + 2;
    if (pc_tok_ieq(st, k3, "la") || pc_tok_ieq(st, k3, "l'") || pc_tok_ieq(st, k3, "l\xe2\x80\x99")) k3++;
    if (is_lower_word(st, k3) && !pc_tok_function(st, k3) && !(lex_cls(st, m, k3) & (L_NOTNAME | L_PLACE_BEFORE)) &&
        k3 - a < 16) {
      *j = k3;
      return 1;
    }
  }
  if (*fr_org && pc_tok_ieq(st, k, "et") && is_fr_org_adjective(st, k + 1)) {
    *j = k + 1;
    return 1;
  }
  if (*has_org_head && is_fr_org_adjective(st, k) && st->lang != PC_LANG_EN) {
    *j = k;
    *fr_org = 1;
    return 1;
  }
  return 0;
}

static size_t extend_run(const pc_sent *st, const pc_model *m, size_t a, int *has_org_head) {
  size_t j = a;
  int fr_org = 0, has_of = 0;
  *has_org_head = (lex_cls(st, m, a) & L_ORG_HEAD) != 0;
  for (;;) {
    size_t k = j + 1;
    if (k >= st->n || st->taken[k]) break;
    if (is_cap(st, k) && !caption_label(st, k)) {
      j = k;
      if (lex_cls(st, m, k) & L_ORG_HEAD) *has_org_head = 1;
      continue;
    }
    /* "St. Brendan’s Medical Center", "Drivers’ Federation", "King’s College London"; but
    ** a country or a city owns what follows: "Argentina's Congress", "Poland's Border Guard" */
    if (st->tok[k].flags & PC_TF_APOS && is_cap(st, k + 1) && !(lex_cls(st, m, k + 1) & L_NOTNAME) &&
        head_follows(st, m, k + 1) && !possessor_is_place(st, m, a, j)) {
      j = k + 1;
      if (lex_cls(st, m, k + 1) & L_ORG_HEAD) *has_org_head = 1;
      continue;
    }
    if (pc_tok_char(st, k, '\'') || (pc_tok_len(st, k) == 3 && memcmp(pc_tok_text(st, k), "\xe2\x80\x99", 3) == 0)) {
      if (pc_tok_glued(st, j) && pc_tok_text(st, j)[pc_tok_len(st, j) - 1] == 's' && is_cap(st, k + 1) && head_follows(st, m, k + 1)) {
        j = k + 1;
        if (lex_cls(st, m, k + 1) & L_ORG_HEAD) *has_org_head = 1;
        continue;
      }
    }
    if (pc_tok_char(st, k, '.') && pc_tok_glued(st, j) && (lex_cls(st, m, j) & L_TITLE) == 0 &&
        (pc_tok_ieq(st, j, "st") || pc_tok_ieq(st, j, "mt") || pc_tok_ieq(st, j, "ft")) && is_cap(st, k + 1)) {
      j = k + 1;
      continue;
    }
    /* "National Union of Rail, Maritime and Transport Workers": a list inside the name */
    if (pc_tok_char(st, k, ',') && *has_org_head && has_of && is_cap(st, k + 1)) {
      size_t q;
      int and_follows = 0;
      for (q = k + 2; q < st->n && q < k + 6; q++) {
        if (pc_tok_ieq(st, q, "and") || pc_tok_ieq(st, q, "et") || pc_tok_char(st, q, '&')) { and_follows = 1; break; }
        if (!is_cap(st, q)) break;
      }
      if (and_follows) { j = k + 1; continue; }
    }
    if (pc_tok_char(st, k, '&') && is_cap(st, k + 1)) { j = k + 1; continue; }
    /* "BBC Radio 4", "Radio 1": a station's number after a medium's head */
    if (st->tok[k].kind == PC_TOK_NUMBER && !st->taken[k] && pc_tok_len(st, k) <= 2 && (lex_cls(st, m, j) & L_ORG_HEAD) &&
        lex_run(st, m, j, j)->head_kind == PC_KIND_MEDIA) {
      j = k;
      break;
    }
    /* "Ali al-Sistani", "Abdel Fattah el-Sisi": an Arabic article glued to the family name */
    if (pc_tok_word(st, k) && !st->taken[k] && arabic_article(st, k)) { j = k; continue; }
    if (fr_org && pc_tok_char(st, k, ',') &&
        (pc_tok_ieq(st, k + 1, "de") || pc_tok_ieq(st, k + 1, "du") || pc_tok_ieq(st, k + 1, "des") || pc_tok_ieq(st, k + 1, "d'") ||
         pc_tok_ieq(st, k + 1, "d\xe2\x80\x99"))) {
      size_t k3 = k + 2, q;
      int and_follows = 0;
      if (pc_tok_ieq(st, k3, "la") || pc_tok_ieq(st, k3, "l'") || pc_tok_ieq(st, k3, "l\xe2\x80\x99")) k3++;
      for (q = k3; q < st->n && q < k3 + 5; q++)
        if (pc_tok_ieq(st, q, "et")) { and_follows = 1; break; }
      if (and_follows && is_lower_word(st, k3) && !pc_tok_function(st, k3) && k3 - a < 16) { j = k3; continue; }
    }
    if (pc_tok_word(st, k) && (st->tok[k].flags & PC_TF_LOWER)) {
      if (join_lower(st, m, a, k, &j, &fr_org, &has_of, has_org_head)) continue;
    }
    break;
  }
  /* a name never ends with a function word: "Regina Ip In the ...", "D.C. The six" (a caption
  ** or a line with no final stop before the next sentence) */
  while (j > a && (lex_cls(st, m, j) & L_NOTNAME) && (st->tok[j].flags & PC_TF_CAP) && pc_tok_len(st, j) > 1 &&
         !(lex_cls(st, m, j) & L_PARTICLE) && !pc_tok_ieq(st, j, "to") && !pc_tok_ieq(st, j, "or")) /* "James To" */
    j--;
  return j;
}

/* Role words before a[, b]: "Interior Minister" of "French Interior Minister Laurent
** Nunez"; returns the index of the first name token (a when there is none). */
static size_t cut_role(const pc_sent *st, const pc_model *m, size_t a, size_t b, pc_span *role) {
  size_t k, last_role = (size_t)-1, first = a;
  for (k = a; k < b; k++)
    if (lex_cls(st, m, k) & L_ROLE) last_role = k;
  if (last_role == (size_t)-1) return a;
  for (k = last_role + 1; k <= b; k++)
    if (lex_cls(st, m, k) & (L_ORG_HEAD | L_PLACE_AFTER)) return a;
  while (first < last_role && (lex_cls(st, m, first) & (L_DEMONYM | L_NOTNAME))) first++;
  role->start = st->tok[first].start;
  role->end = st->tok[last_role].end;
  return last_role + 1;
}

/* Lowercase role right before a name: "national police chief Jean-Marc Falcone". */
static void role_before(const pc_sent *st, const pc_model *m, size_t a, pc_span *role) {
  size_t k;
  if (a == 0 || role->end > role->start) return;
  if (is_lower_word(st, a - 1) && (lex_cls(st, m, a - 1) & L_ROLE)) {
    k = a - 1;
    /* at most two modifiers ("regional police chief"), never a verb ("booed") */
    while (k > 0 && is_lower_word(st, k - 1) && !pc_tok_function(st, k - 1) && !(lex_cls(st, m, k - 1) & L_NOTNAME) &&
           a - k < 3 && !(pc_tok_len(st, k - 1) > 3 && memcmp(pc_tok_text(st, k - 1) + pc_tok_len(st, k - 1) - 2, "ed", 2) == 0))
      k--;
    role->start = st->tok[k].start;
    role->end = st->tok[a - 1].end;
    return;
  }
  /* "le ministre de l'Intérieur, Laurent Nuñez" */
  if (pc_tok_char(st, a - 1, ',') && a >= 2) {
    size_t lim = a >= 8 ? a - 8 : 0;
    for (k = a - 2; k + 1 > lim + 1; k--) {
      if (!pc_tok_word(st, k)) break;
      if (lex_cls(st, m, k) & L_ROLE) {
        if (k == 0 || pc_tok_function(st, k - 1) || (lex_cls(st, m, k - 1) & L_NOTNAME) || !pc_tok_word(st, k - 1)) {
          role->start = st->tok[k].start;
          role->end = st->tok[a - 2].end;
        }
        return;
      }
      if (k == 0) break;
    }
  }
}

/* Appositive role after a name: ", zonal secretary of the SNIPAT union (". */
static void role_after(const pc_sent *st, const pc_model *m, size_t b, pc_span *role) {
  size_t k = b + 1, first, j, found = 0;
  if (role->end > role->start || !pc_tok_char(st, k, ',')) return;
  k++;
  if (pc_tok_ieq(st, k, "a") || pc_tok_ieq(st, k, "an") || pc_tok_ieq(st, k, "the") || pc_tok_ieq(st, k, "le") || pc_tok_ieq(st, k, "la") ||
      pc_tok_ieq(st, k, "l'") || pc_tok_ieq(st, k, "l\xe2\x80\x99") || pc_tok_ieq(st, k, "un") || pc_tok_ieq(st, k, "une"))
    k++;
  first = k;
  for (j = k; j < st->n && j < k + 4; j++) {
    if (!pc_tok_word(st, j)) break;
    if (lex_cls(st, m, j) & (L_ROLE | L_ROLE_NOUN)) { found = 1; break; }
  }
  if (!found) return;
  for (j = first; j < st->n && j < first + 40; j++) {
    if (st->tok[j].kind == PC_TOK_PUNCT && !pc_tok_char(st, j, '-') && !pc_tok_char(st, j, '\'')) break;
    if (j > first && (pc_tok_ieq(st, j, "said") || pc_tok_ieq(st, j, "told") || pc_tok_ieq(st, j, "who"))) break;
  }
  if (j == first) return;
  role->start = st->tok[first].start;
  role->end = st->tok[j - 1].end;
}

/* A lowercase noun of a person's occupation or side by its ending, right before a name:
** "musician", "politician", "publishers", "councillor", "nonpartisan", "Pan-democrat",
** "candidate", "coauthor" (a verb's "-ed" and the closed words aside). */
static int descriptor_noun(const pc_sent *st, size_t i) {
  static const char *const ends[] = {"ian", "ians", "ist", "ists", "er", "ers", "or", "ors", "ant", "ants", "ent",
                                     "ents", "crat", "crats", "ee", "ees", "ive", "ives", "man", "men", "woman",
                                     "women", "ate", "ates", "eur", "eurs", NULL};
  static const char *const not_nouns[] = {"consider", "remember", "deliver", "whether", "another", "together",
                                          "however", "rather", "either", "neither", "further", "answer", "offer",
                                          "enter", "other", "under", "never", "order", "urgent", "recent",
                                          "present", "current", "different", "relevant", "significant",
                                          "important", "independent", "private", "separate", "ultimate",
                                          "appropriate", "accurate", "adequate", "moderate", "legitimate",
                                          "intimate", "passive", "massive", "active", "positive", "negative",
                                          "native", "relative", "alternative", "attractive", "effective",
                                          "exclusive", "extensive", "expensive", NULL};
  const uint8_t *p = pc_tok_text(st, i);
  size_t n = pc_tok_len(st, i), k;
  if (!is_lower_word(st, i) || n < 5 || pc_tok_function(st, i)) return 0;
  for (k = 0; not_nouns[k]; k++)
    if (pc_tok_ieq(st, i, not_nouns[k])) return 0;
  for (k = 0; ends[k]; k++) {
    size_t e = strlen(ends[k]);
    if (n > e + 2 && memcmp(p + n - e, ends[k], e) == 0) return 1;
  }
  return 0;
}

/* "DAB's Starry Lee", "Korea's Kim Shin-wook": a possessive right before token a. */
static int after_possessive(const pc_sent *st, size_t a) {
  return a >= 2 && (pc_tok_ieq(st, a - 1, "'s") || pc_tok_ieq(st, a - 1, "\xe2\x80\x99s")) && pc_tok_glued(st, a - 2);
}

/* "Wong Pik-wan of the Democratic Party", "Leung Kwok-hung of LSD": of + an organization. */
static int of_organization(const pc_sent *st, const pc_model *m, size_t b) {
  size_t k = b + 2;
  if (!pc_tok_ieq(st, b + 1, "of")) return 0;
  if (pc_tok_ieq(st, k, "the")) k++;
  return is_cap(st, k) && (head_follows(st, m, k) || (is_acronym(st, k, k) && !(lex_cls(st, m, k) & L_PLACE)));
}

/* Words around a run that say it is a person: "X said", "told X", "X, 41,", "X, a
** spokeswoman", "according to X", "a déclaré X", "X, porte-parole". */
static int person_context(const pc_sent *st, const pc_model *m, size_t a, size_t b) {
  size_t q;
  for (q = b + 1; q <= b + 2 && q < st->n; q++)
    if (pc_tok_is2(st, q, W2_SAY)) return 1;
  for (q = a >= 3 ? a - 3 : 0; q < a; q++)
    if (pc_tok_is2(st, q, W2_SAY)) return 1;
  if (a >= 2 && pc_tok_char(st, a - 1, ','))
    for (q = a >= 7 ? a - 7 : 0; q + 1 < a; q++)
      if (pc_tok_word(st, q) && (lex_cls(st, m, q) & L_ROLE)) return 1;
  if (st->seg_kind == PC_SEG_BYLINE || st->seg_kind == PC_SEG_CREDIT || st->seg_kind == PC_SEG_CAPTION) return 1;
  if (a >= 2 && caption_label(st, a - 2)) return 1; /* "Photo: Lena Okafor" */
  if (b > a && b - a <= 2 && (after_possessive(st, a) || (a > 0 && descriptor_noun(st, a - 1)) || of_organization(st, m, b)))
    return 1;
  if (pc_tok_char(st, b + 1, ',') && b + 2 < st->n) {
    if (st->tok[b + 2].kind == PC_TOK_NUMBER && pc_tok_char(st, b + 3, ',')) return 1;
    for (q = b + 2; q < st->n && q < b + 6; q++)
      if (lex_cls(st, m, q) & (L_ROLE | L_ROLE_NOUN)) return 1;
  }
  return 0;
}

/* Whether token i is one of the words, NULL-terminated. */
static int tok_in(const pc_sent *st, size_t i, const char *const *words) {
  size_t k;
  if (!pc_tok_word(st, i)) return 0;
  for (k = 0; words[k]; k++)
    if (pc_tok_ieq(st, i, words[k])) return 1;
  return 0;
}

/* Whether the one-word name at token a acts as a company or an institution does: "X has
** launched", "X's headquarters", "X spokeswoman", "co-founder of X", "shares of X", "X
** (NYSE: ...)". */
static int acts_as_company(const pc_sent *st, size_t a) {
  static const char *const owned[] = {"headquarters", "ceo", "shares", "shareholders", "website", "spokesman",
                                      "spokeswoman", "spokesperson", "founder", "co-founder", "subsidiary",
                                      "employees", "staff", "board", "stock", "executives", "chief", "app", NULL};
  static const char *const of_x[] = {"founder", "co-founder", "shares", "subsidiary", "ceo", "employees",
                                     "shareholders", "executives", "owner", "spokesman", "spokeswoman",
                                     "spokesperson", NULL};
  static const char *const markets[] = {"nyse", "nasdaq", "lse", "tsx", "euronext", NULL};
  size_t k = a + 1;
  if (pc_tok_ieq(st, k, "has")) {
    size_t n = pc_tok_len(st, k + 1);
    const uint8_t *p = pc_tok_text(st, k + 1);
    return is_lower_word(st, k + 1) && n > 4 && p[n - 2] == 'e' && (p[n - 1] == 'd' || p[n - 1] == 'n');
  }
  if (pc_tok_ieq(st, k, "'s") || pc_tok_ieq(st, k, "\xe2\x80\x99s")) k++;
  if (tok_in(st, k, owned) && is_lower_word(st, k)) return 1;
  if (a >= 2 && pc_tok_ieq(st, a - 1, "of") && tok_in(st, a - 2, of_x)) return 1;
  /* "travaille chez Japy", "chauffeur chez Caillaud": the employer (a person there is a given name) */
  if (a >= 1 && st->lang != PC_LANG_EN && pc_tok_ieq(st, a - 1, "chez")) return 1;
  return pc_tok_char(st, a + 1, '(') && tok_in(st, a + 2, markets);
}

/* Whether the one-word name at token a speaks or is cited as a source: "Lufthansa said",
** "Migros a répondu", "according to Uniterre", "selon Prométerre". An unknown word in that
** place that no person's name explains is an organization (pass 2). */
/* The token after a relative clause set off by commas right after token a ("X, which did
** not take part, said": "said"), 0 when there is none. */
static size_t after_relative(const pc_sent *st, size_t a) {
  size_t k;
  if (!pc_tok_char(st, a + 1, ',') || !(pc_tok_ieq(st, a + 2, "which") || pc_tok_ieq(st, a + 2, "who") ||
                                       pc_tok_ieq(st, a + 2, "qui")))
    return 0;
  for (k = a + 3; k < st->n && k < a + 24; k++) {
    if (pc_tok_char(st, k, ',')) return k + 1 < st->n ? k + 1 : 0;
    if (st->tok[k].kind == PC_TOK_PUNCT && !pc_tok_char(st, k, '\'') && !pc_tok_char(st, k, '-') &&
        !pc_tok_ieq(st, k, "\xe2\x80\x99"))
      return 0;
  }
  return 0;
}

/* "did not respond to a request for comment", "declined to comment", "n'a pas souhaité
** commenter", "n'a pas répondu": what a source asked by the reporter does, from token k. */
static int no_comment(const pc_sent *st, size_t k) {
  static const char *const fr[] = {"r\xc3\xa9pondu", "souhait\xc3\xa9", "comment\xc3\xa9", "donn\xc3\xa9", NULL};
  static const char *const en[] = {"respond", "reply", "comment", "return", NULL};
  if (pc_tok_ieq(st, k, "declined") && (pc_tok_ieq(st, k + 1, "to") || pc_tok_ieq(st, k + 1, "comment"))) return 1;
  if ((pc_tok_ieq(st, k, "did") || pc_tok_ieq(st, k, "does")) && pc_tok_ieq(st, k + 1, "not")) return tok_in(st, k + 2, en);
  if (pc_tok_ieq(st, k, "n'") || pc_tok_ieq(st, k, "n\xe2\x80\x99")) k++;
  if ((pc_tok_ieq(st, k, "a") || pc_tok_ieq(st, k, "ont")) && pc_tok_ieq(st, k + 1, "pas")) return tok_in(st, k + 2, fr);
  return 0;
}

static int speaks(const pc_sent *st, size_t a) {
  static const char *const acted[] = {"appel\xc3\xa9", "salu\xc3\xa9", "organis\xc3\xa9", "lanc\xc3\xa9", NULL};
  size_t v = after_relative(st, a);
  /* "Greenpeace, which did not take part ..., said", "Greenpeace, qui ..., a appelé" */
  if (v && (pc_tok_is2(st, v, W2_REPORT) || ((pc_tok_ieq(st, v, "a") || pc_tok_ieq(st, v, "ont")) &&
                                            (pc_tok_is2(st, v + 1, W2_REPORTED) || tok_in(st, v + 1, acted)))))
    return 1;
  if (no_comment(st, a + 1)) return 1;
  /* "selon X", "according to X" */
  if (a >= 1 && pc_tok_is2(st, a - 1, W2_CITES)) return 1;
  if (a >= 2 && pc_tok_is2(st, a - 2, W2_CITES) && pc_tok_ieq(st, a - 1, "to")) return 1;
  if (pc_tok_is2(st, a + 1, W2_REPORT)) return 1;
  /* "X a annoncé", "X ont dénoncé" */
  if ((pc_tok_ieq(st, a + 1, "a") || pc_tok_ieq(st, a + 1, "ont")) && pc_tok_is2(st, a + 2, W2_REPORTED)) return 1;
  return acts_as_company(st, a);
}

/* A place that is only a small town: its name is more likely someone else's before a
** generic head ("the Verdi services union": Verdi, Nevada has 1,400 inhabitants). */
static int small_town(const pc_lex_entry *e) {
  return (e->cls & L_PLACE) == L_CITY && e->pop < 50000;
}

/* A run of name words under classification: its tokens, what it is found to be, and the
** evidence so far. */
typedef struct run {
  size_t a, b;                /* its tokens, first and last (a moves past titles and roles) */
  int type, kind;             /* PC_ENT_* or -1 (unknown: pass 2 decides), PC_KIND_* */
  unsigned flags, cue;        /* NC_*; cue: NC_CUE when a title announced a person */
  int has_org_head;           /* an organization's head word is in the run */
  const pc_lex_entry *whole;  /* the lexicon's entry of the whole run */
  pc_span role;
} run;

/* Steps of classify: each returns 1 when it decided what the run is (r->type, r->kind,
** r->flags set), 0 when the next step is to look, -1 when the run is no name at all. */

/* Function words and titles at the start of the run: "In Lyon", "Pour Alliance", "The
** National Police" (but "Le Monde", "Le Havre" are names as a whole), "Selon Mme Claire
** Dubreuil". */
static int caps_notname(const pc_sent *st, const pc_model *m, size_t a);
static int mixed_case(const pc_sent *st, size_t a, size_t b);

/* "Nurses strike at ...", "Photo: Nurses picket outside ...": one word that opens the
** sentence or a caption, the plural of a common noun before a lowercase word, is the people,
** no name (not a known organization: "Teamsters said"). */
static int people_plural(const pc_sent *st, const pc_model *m, const run *r) {
  size_t a = r->a, n = pc_tok_len(st, a);
  const uint8_t *p = pc_tok_text(st, a);
  if (!((r->flags & NC_SENT_START) || (a >= 2 && caption_label(st, a - 2))) || n < 4 || p[n - 1] != 's' || p[n - 2] == 's' ||
      (st->tok[a].flags & PC_TF_UPPER) || !is_lower_word(st, a + 1))
    return 0;
  return (lex_cls_c(st, m, a) & L_COMMON) &&
         !(lex_cls(st, m, a) & (L_PLACE | L_GIVEN | L_MEDIA | L_ORG_NAME | L_PARTY | L_DEMONYM));
}

static int trim_run(const pc_sent *st, const pc_model *m, run *r) {
  static const char *const eras[] = {"bc", "ad", "bce", "ce", "av", "apr", NULL};
  static const char *const forms[] = {"inc", "ltd", "llc", "plc", "corp", "co", "gmbh", "sa", "sas", "sarl", NULL};
  static const char *const quantifiers[] = {"several", "many", "some", "most", "few", "numerous", "both", "plusieurs",
                                            "certains", "certaines", "quelques", "nombreux", "nombreuses", NULL};
  static const char *const preps[] = {"outside", "inside", "near", "behind", "beside", "opposite", "across",
                                       "beyond", "around", "toward", "towards", "throughout", "despite", "amid",
                                       "alongside", "underneath", "beneath", NULL};
  if (sentence_start(st, r->a)) r->flags |= NC_SENT_START;
  r->whole = lex_run(st, m, r->a, r->b);
  if (!(r->whole && (r->whole->cls & (L_MEDIA | L_PLACE))) && !(r->cue & NC_CUE)) {
    while (r->a < r->b && (lex_cls(st, m, r->a) & L_NOTNAME) && !(lex_cls(st, m, r->a) & L_TITLE)) {
      r->a++;
      r->flags &= ~NC_SENT_START;
      r->whole = lex_run(st, m, r->a, r->b);
    }
  }
  /* "Several Tucson City Council members", "Plusieurs Gilets jaunes": a quantifier that opens
  ** the sentence is no part of the name */
  if (r->a < r->b && (r->flags & NC_SENT_START) && !r->whole && tok_in(st, r->a, quantifiers)) {
    r->a++;
    r->flags &= ~NC_SENT_START;
    r->whole = lex_run(st, m, r->a, r->b);
  }
  /* "Outside Catalina High School, ...": a preposition that opens the sentence is no part of
  ** the name that follows it */
  if (r->a < r->b && (r->flags & NC_SENT_START) && !r->whole && tok_in(st, r->a, preps)) {
    r->a++;
    r->flags &= ~NC_SENT_START;
    r->whole = lex_run(st, m, r->a, r->b);
  }
  /* "Nonpartisan Paul Tse and ...": a sentence's first word that is a common word, before a
  ** given name, is no part of the name (not a place of the lexicon: "Lake Charles") */
  if (r->a < r->b && (r->flags & NC_SENT_START) && !r->whole && !(r->cue & NC_CUE) && (lex_cls_c(st, m, r->a) & L_COMMON) &&
      !(lex_cls(st, m, r->a) & (L_GIVEN | L_PLACE | L_ORG_HEAD | L_TITLE | L_ROLE | L_DEMONYM | L_PARTICLE |
                                L_PLACE_BEFORE | L_PLACE_AFTER | L_CONNECTOR)) &&
      is_cap(st, r->a + 1) && !(lex_cls(st, m, r->a + 1) & (L_PARTICLE | L_NOTNAME)) && is_given(st, m, r->a + 1) &&
      !lex_lookup(st, m, r->a + 1, r->b) && !r->has_org_head && !(lex_cls(st, m, r->b) & L_PLACE_AFTER)) {
    r->a++;
    r->flags &= ~NC_SENT_START;
    r->whole = NULL;
  }
  if (r->a < r->b && (lex_cls(st, m, r->a) & L_TITLE) && (st->tok[r->a].flags & PC_TF_CAP)) {
    r->a++;
    r->cue |= NC_CUE;
    r->flags |= NC_CUE | NC_TITLED;
    r->flags &= ~NC_SENT_START;
    r->whole = lex_run(st, m, r->a, r->b);
  }
  if (r->a == r->b && people_plural(st, m, r)) return -1;
  if (r->a == r->b && r->a > 0 && (st->tok[r->a].flags & PC_TF_UPPER) && tok_in(st, r->a, eras) &&
      st->tok[r->a - 1].kind == PC_TOK_NUMBER)
    return -1; /* "3000 BC", "394 AD": an era */
  if (r->a == r->b && r->a > 0 && pc_tok_char(st, r->a - 1, ',') && tok_in(st, r->a, forms))
    return -1; /* "Atlantic Lottery Corporation, Inc.": the company's form, no name of its own */
  if (r->a == r->b && !caps_notname(st, m, r->a) && ((lex_cls(st, m, r->a) & L_NOTNAME) ||
                       (st->word[r->a] && (st->word[r->a]->cls & (W_NOTNOUN | W_ARTICLE | W_APPROX | W_APPROX2 | W_FUTURE)))))
    return -1;
  return 0;
}

/* "the World Health Organisation (WHO)", then "WHO says": a word that is never a name in
** lowercase ("who") written as an acronym of three or more capitals among lowercase words. */
static int caps_notname(const pc_sent *st, const pc_model *m, size_t a) {
  return is_acronym(st, a, a) && pc_tok_len(st, a) >= 3 && ((lex_cls(st, m, a) & L_NOTNAME) || st->word[a]) &&
         ((a > 0 && pc_tok_char(st, a - 1, '(') && pc_tok_char(st, a + 1, ')')) || mixed_case(st, a, a));
}

/* "Greenpeace Nederland", "Amnesty International France", "Oxfam Novib": a well-known
** organization of the lexicon, then one word that is a country or region, or that no lexicon
** knows (no given name, role, common word or town): its branch, one organization. Returns the
** lexicon's entry of the organization, NULL when the run is no such name. */
static const pc_lex_entry *org_branch(const pc_sent *st, const pc_model *m, size_t a, size_t b) {
  const pc_lex_entry *e;
  uint32_t cls;
  if (b <= a || !m || !is_cap(st, b) || (st->tok[b].flags & PC_TF_UPPER)) return NULL;
  e = lex_lookup(st, m, a, b - 1);
  if (!e || !(e->cls & (L_ORG_NAME | L_PARTY | L_MEDIA))) return NULL;
  cls = lex_cls_c(st, m, b);
  if ((cls & L_PLACE) == L_CITY && small_town(lex_run(st, m, b, b))) cls &= ~L_CITY; /* "Nederland", Colorado */
  if (!(cls & (L_COUNTRY | L_REGION)) &&
      (cls & (L_PLACE | L_GIVEN | L_COMMON | L_ROLE | L_TITLE | L_NOTNAME | L_DEMONYM | L_ORG_HEAD)))
    return NULL;
  return e;
}

/* "le ministre de l'Éducation nationale", "the minister of Health": the portfolio after a
** minister's noun is part of the role, no organization (not "ministère de ...": its name). */
static int minister_of(const pc_sent *st, size_t a) {
  static const char *const ministers[] = {"ministre", "ministres", "minister", "ministers", NULL};
  size_t k = a;
  if (k >= 1 && (pc_tok_ieq(st, k - 1, "la") || pc_tok_ieq(st, k - 1, "l'") || pc_tok_ieq(st, k - 1, "l\xe2\x80\x99") ||
                 pc_tok_ieq(st, k - 1, "the")))
    k--;
  if (k < 2 || !(pc_tok_ieq(st, k - 1, "de") || pc_tok_ieq(st, k - 1, "du") || pc_tok_ieq(st, k - 1, "des") ||
                 pc_tok_ieq(st, k - 1, "of") || pc_tok_ieq(st, k - 1, "d'") || pc_tok_ieq(st, k - 1, "d\xe2\x80\x99")))
    return 0;
  return is_lower_word(st, k - 2) && tok_in(st, k - 2, ministers);
}

/* "Rennes Métropole", "Bruxelles Mobilité", "Île-de-France Mobilités", "Paris Habitat": in
** French, a place of the lexicon then one capitalized common noun (no place word: "Paris
** Centre", "Lille Europe") names the body that serves it. */
static int place_service(const pc_sent *st, const pc_model *m, size_t a, size_t b) {
  static const char *const places[] = {"centre", "center", "nord", "sud", "est", "ouest", "ville", "gare", "port",
                                       "plage", "europe", "ville", "haute", "basse", "campagne", "pays", "province",
                                       "vieux", "vieille", "aéroport", NULL};
  const pc_lex_entry *e;
  uint32_t cls;
  if (st->lang != PC_LANG_FR || b <= a || b - a > 3 || !m || !is_cap(st, b) || (st->tok[b].flags & PC_TF_UPPER) ||
      is_given(st, m, a)) /* "Florence Petit" */
    return 0;
  e = lex_lookup(st, m, a, b - 1);
  if (!e || !(e->cls & L_PLACE)) return 0;
  static const char *const adj[] = {"ale", "al", "aux", "ique", "ienne", "aise", "oise", "ois", "ais", "elle", NULL};
  const uint8_t *p = pc_tok_text(st, b);
  size_t n = pc_tok_len(st, b), k;
  for (k = 0; adj[k]; k++) /* an adjective: "Saline Royale" is a place's name */
    if (n > strlen(adj[k]) + 2 && memcmp(p + n - strlen(adj[k]), adj[k], strlen(adj[k])) == 0) return 0;
  cls = lex_cls_c(st, m, b);
  return (cls & L_COMMON) && !tok_in(st, b, places) &&
         !(cls & (L_PLACE | L_GIVEN | L_DEMONYM | L_NOTNAME | L_PLACE_AFTER | L_PLACE_BEFORE | L_ROLE | L_TITLE));
}

/* The lexicon's word on the whole run: a medium, a country, region or department, a city of
** more than one word; a sentence's first word that is a common word needs evidence from
** elsewhere (unknown). */
static int by_lexicon(const pc_sent *st, const pc_model *m, run *r) {
  const pc_lex_entry *whole = r->whole;
  size_t a = r->a, b = r->b;
  if (whole && (whole->cls & L_MEDIA)) { r->type = PC_ENT_ORG; r->kind = whole->head_kind; return 1; }
  if (!whole && (whole = org_branch(st, m, a, b)) != NULL) { r->type = PC_ENT_ORG; r->kind = whole->head_kind; return 1; }
  if (!whole && place_service(st, m, a, b)) { r->type = PC_ENT_ORG; r->kind = PC_KIND_INSTITUTION; return 1; }
  /* a party of the gazetteer or a well-known organization (src/orgs.tsv); one that is also a
  ** common word ("Unite", "Unison") not at a sentence's start */
  if (whole && (whole->cls & (L_PARTY | L_ORG_NAME)) && minister_of(st, a)) return -1; /* the role's words */
  if (whole && (whole->cls & (L_PARTY | L_ORG_NAME)) &&
      !(a == b && (r->flags & NC_SENT_START) && (lex_cls_c(st, m, a) & L_COMMON))) {
    r->type = PC_ENT_ORG;
    r->kind = (whole->cls & L_PARTY) ? PC_KIND_PARTY : whole->head_kind;
    return 1;
  }
  /* a sentence's first word that is also a common word is no place, but after a comma: the
  ** country or region of a dateline ("MANILA, Philippines —") */
  /* "Argentine striker Lucas ...": in English, a country's name that is also a demonym, before a
  ** lowercase noun, is the adjective */
  if (whole && (whole->cls & L_COUNTRY) && a == b && st->lang == PC_LANG_EN && (lex_cls(st, m, a) & L_DEMONYM) &&
      is_lower_word(st, b + 1) && !pc_tok_function(st, b + 1))
    return -1;
  if (whole && (whole->cls & (L_COUNTRY | L_REGION | L_DEPARTMENT)) &&
      !(a == b && (r->flags & NC_SENT_START) && (lex_cls_c(st, m, a) & L_COMMON) && !(a > 0 && pc_tok_char(st, a - 1, ',')))) {
    r->type = PC_ENT_PLACE;
    r->kind = whole->kind;
    return 1;
  }
  /* "reporting by Miguel Pereira": a small town named after a person, where a person is named */
  if (whole && (whole->cls & L_PLACE) == L_CITY && b > a && small_town(whole) && is_given(st, m, a) &&
      ((a > 0 && pc_tok_ieq(st, a - 1, "by")) || person_context(st, m, a, b))) {
    r->type = PC_ENT_PERSON;
    return 1;
  }
  if (whole && (whole->cls & L_CITY) && b > a) { r->type = PC_ENT_PLACE; r->kind = whole->kind; return 1; }
  /* "Washington D.C.": a city and the initials of its state or district */
  if (b > a && (st->tok[b].flags & PC_TF_UPPER) && pc_tok_len(st, b) <= 5 && memchr(pc_tok_text(st, b), '.', pc_tok_len(st, b)) &&
      possessor_is_place(st, m, a, b - 1)) {
    r->type = PC_ENT_PLACE;
    r->kind = PC_KIND_CITY;
    return 1;
  }
  if (a == b && (r->flags & NC_SENT_START) && (lex_cls_c(st, m, a) & L_COMMON) && !(r->cue & NC_CUE)) {
    r->flags |= NC_UNKNOWN;
    return 1;
  }
  return 0;
}

/* Titles and roles before a person: "Interior Minister Laurent Nunez" -> the role, and the
** person from "Laurent". */
static int by_role(const pc_sent *st, const pc_model *m, run *r) {
  size_t k = cut_role(st, m, r->a, r->b, &r->role);
  if (k != r->a) {
    r->a = k;
    r->flags |= NC_CUE;
    r->has_org_head = 0;
    for (k = r->a; k <= r->b; k++)
      if (lex_cls(st, m, k) & L_ORG_HEAD) r->has_org_head = 1;
  }
  if (r->a > r->b) return -1;
  if (r->a == r->b && (lex_cls(st, m, r->a) & (L_DEMONYM | L_NOTNAME | L_TITLE | L_ROLE))) return -1;
  /* "By Rachel Dunmore, Transport Correspondent,": a job title in capitals names no one */
  if (r->a < r->b && (!r->has_org_head || (st->lang == PC_LANG_EN && r->a > 1 && pc_tok_char(st, r->a - 1, ',') &&
                                                  pc_tok_word(st, r->a - 2) && !sentence_start(st, r->a - 2) &&
                                                  (st->tok[r->a - 2].flags & PC_TF_CAP))) && /* "Rachel Dunmore, Transport Correspondent" */
      (lex_cls(st, m, r->b) & L_ROLE_NOUN) &&
      (st->tok[r->b].flags & PC_TF_CAP) &&
      !is_cap(st, r->b + 1))
    return -1;
  return 0;
}

/* Two civic words read before the lexicon (which has a town "Police" and a town "City"):
** "Police" alone is the police, no name (GUIDELINES), at a line start too ("12.30 CET
** Police have ..."); "City Hall", "Town Hall" are the building, a place. */
static int civic_words(const pc_sent *st, run *r) {
  if (r->a == r->b && pc_tok_ieq(st, r->a, "police")) return -1;
  if (r->b == r->a + 1 && pc_tok_ieq(st, r->b, "hall") && (pc_tok_ieq(st, r->a, "city") || pc_tok_ieq(st, r->a, "town"))) {
    r->type = PC_ENT_PLACE;
    r->kind = PC_KIND_SITE;
    r->flags |= NC_CUE;
    return 1;
  }
  return 0;
}

/* Head words inside the run: "Rue de Rivoli", "place de la Nation", "Alliance Police
** Nationale union". */
static int by_heads(const pc_sent *st, const pc_model *m, run *r) {
  size_t a = r->a, b = r->b, k;
  if (b == a || (r->flags & NC_CUE)) return 0;
  if (lex_cls(st, m, b) & L_PLACE_AFTER) { r->type = PC_ENT_PLACE; r->kind = lex_run(st, m, b, b)->head_kind; return 1; }
  /* not "Port of Rotterdam Authority": an organization's head ends it */
  if ((lex_cls(st, m, a) & L_PLACE_BEFORE) && !(pc_tok_ieq(st, a + 1, "of") && (lex_cls(st, m, b) & L_ORG_HEAD))) {
    r->type = PC_ENT_PLACE;
    r->kind = PC_KIND_SQUARE;
    return 1;
  }
  if (r->has_org_head || ((lex_cls(st, m, b) & L_ORG_HEAD) && pc_tok_ieq(st, a + 1, "of"))) {
    for (k = a; k <= b; k++) {
      const pc_lex_entry *e = lex_run(st, m, k, k);
      if (e && (e->cls & L_ORG_HEAD)) r->kind = e->head_kind;
    }
    r->type = PC_ENT_ORG;
    return 1;
  }
  return 0;
}

/* The words around: "the SNIPAT union", "RTL radio", "le syndicat Alliance", "Perrache tram
** station"; a small town's name before a generic head is the organization's ("the Verdi
** union"), and so with one modifier between ("Verdi services union"). */
static int by_context(const pc_sent *st, const pc_model *m, run *r) {
  const pc_lex_entry *whole = r->whole;
  size_t a = r->a, b = r->b;
  int town_or_none = !(whole && (whole->cls & L_PLACE) && !small_town(whole));
  if (r->flags & NC_CUE) return 0;
  if (b + 1 < st->n && is_lower_word(st, b + 1) && (lex_cls(st, m, b + 1) & L_ORG_GENERIC) && town_or_none) {
    r->type = PC_ENT_ORG;
    r->kind = lex_run(st, m, b + 1, b + 1)->head_kind;
    return 1;
  }
  if (b + 2 < st->n && is_lower_word(st, b + 1) && is_lower_word(st, b + 2) && !pc_tok_function(st, b + 1) &&
      (lex_cls(st, m, b + 2) & L_ORG_GENERIC) && !(lex_cls(st, m, b + 1) & (L_NOTNAME | L_ORG_GENERIC)) &&
      town_or_none) {
    r->type = PC_ENT_ORG;
    r->kind = lex_run(st, m, b + 2, b + 2)->head_kind;
    return 1;
  }
  static const char *const articles[] = {"de", "het", "le", "la", "les", "el", "los", "las", "il", "die", "der", "the", NULL};
  /* "le quotidien De Tijd", "the newspaper El Diario": the title's own article, left out of the
  ** run as a common word, opens the name again */
  if (a > 1 && is_cap(st, a - 1) && tok_in(st, a - 1, articles) && is_lower_word(st, a - 2) &&
      (lex_cls(st, m, a - 2) & L_ORG_GENERIC) && !(whole && (whole->cls & L_PLACE)) && !is_given(st, m, a)) {
    r->a = a - 1;
    r->type = PC_ENT_ORG;
    r->kind = lex_run(st, m, a - 2, a - 2)->head_kind;
    return 1;
  }
  /* "radio station Mitre", "TV station KXAN": a broadcaster's name */
  if (a > 1 && pc_tok_ieq(st, a - 1, "station") && (pc_tok_ieq(st, a - 2, "radio") || pc_tok_ieq(st, a - 2, "tv") ||
      pc_tok_ieq(st, a - 2, "television")) && !(whole && (whole->cls & L_PLACE)) && !is_given(st, m, a)) {
    r->type = PC_ENT_ORG;
    r->kind = PC_KIND_MEDIA;
    return 1;
  }
  if (a > 0 && is_lower_word(st, a - 1) && (lex_cls(st, m, a - 1) & L_ORG_GENERIC) &&
      !(whole && (whole->cls & L_PLACE)) && !is_given(st, m, a)) {
    r->type = PC_ENT_ORG;
    r->kind = lex_run(st, m, a - 1, a - 1)->head_kind;
    return 1;
  }
  if (b + 1 < st->n && is_lower_word(st, b + 1) && (lex_cls(st, m, b + 1) & L_PLACE_GENERIC)) {
    r->type = PC_ENT_PLACE;
    r->kind = lex_run(st, m, b + 1, b + 1)->head_kind;
    return 1;
  }
  return 0;
}

/* Whether lowercase words stand near tokens a..b: capitals there are the name's own, not a
** headline's ("members of PISTON rallied": an acronym, not the word "piston"). */
static int mixed_case(const pc_sent *st, size_t a, size_t b) {
  size_t k, lo = a >= 3 ? a - 3 : 0;
  /* not a shouted word: "STOP to impunity", "“STOP à", a sentence's first word */
  if (sentence_start(st, a) || (a > 0 && st->tok[a - 1].kind == PC_TOK_PUNCT && !pc_tok_char(st, a - 1, '(') &&
                                !pc_tok_char(st, a - 1, ',')) ||
      pc_tok_ieq(st, b + 1, "to") || pc_tok_ieq(st, b + 1, "\xc3\xa0") || pc_tok_ieq(st, b + 1, "aux"))
    return 0;
  for (k = lo; k < a; k++)
    if (pc_tok_word(st, k) && (st->tok[k].flags & PC_TF_LOWER)) return 1;
  for (k = b + 1; k < st->n && k <= b + 3; k++)
    if (pc_tok_word(st, k) && (st->tok[k].flags & PC_TF_LOWER)) return 1;
  return 0;
}

/* "l'A7", "the M50", "la RN7": a road's number (a road's letter or two, then digits)
** after an article. */
static int road_number(const pc_sent *st, size_t a) {
  const uint8_t *p = pc_tok_text(st, a);
  size_t n = pc_tok_len(st, a), k = 0;
  if (a == 0 || n < 2 || n > 6) return 0;
  if (!(pc_tok_ieq(st, a - 1, "l'") || pc_tok_ieq(st, a - 1, "l\xe2\x80\x99") || pc_tok_ieq(st, a - 1, "the") ||
        pc_tok_ieq(st, a - 1, "la")))
    return 0;
  /* A, B, M (UK), A, N, D, E, RN, RD (France, Europe) */
  if (!memchr("ABDEMN", p[0], 6) && !(n > 2 && p[0] == 'R' && (p[1] == 'N' || p[1] == 'D'))) return 0;
  while (k < n && k < 2 && p[k] >= 'A' && p[k] <= 'Z') k++;
  if (k == n) return 0;
  for (; k < n; k++)
    if (!(p[k] >= '0' && p[k] <= '9')) return 0;
  return 1;
}

/* The run's own shape: an acronym (after an organization, in parentheses: its short form),
** CamelCase, "SUD-Rail"; a title's cue makes a person. */
static int by_shape(const pc_sent *st, const pc_model *m, const cands *cs, run *r) {
  size_t a = r->a, b = r->b;
  if (a == b && road_number(st, a)) { r->type = PC_ENT_PLACE; r->kind = PC_KIND_STREET; return 1; }
  if (is_acronym(st, a, b) && a > 0 && pc_tok_char(st, a - 1, '(') && cs->count > 0 &&
      cs->items[cs->count - 1].type == PC_ENT_ORG) {
    r->type = PC_ENT_ORG;
    r->flags |= NC_ACRONYM;
    return 1;
  }
  if (is_acronym(st, a, b) && !(r->whole && (r->whole->cls & L_CITY) && !(r->whole->pop < 100000 && mixed_case(st, a, b))) &&
      (!is_common(st, m, a, b) || pc_tok_len(st, a) <= 3 || (a > 0 && pc_tok_char(st, a - 1, '(')) || mixed_case(st, a, b))) {
    r->type = PC_ENT_ORG;
    r->flags |= NC_ACRONYM;
    return 1;
  }
  if (a == b && (is_camel(st, a) || acronym_led(st, a))) { r->type = PC_ENT_ORG; return 1; }
  /* "NEA-New Mexico": an acronym and a hyphen open the name */
  if (b > a && acronym_led(st, a) && !(st->tok[a].flags & PC_TF_UPPER) && !(r->whole && (r->whole->cls & L_PLACE))) {
    r->type = PC_ENT_ORG;
    return 1;
  }
  if (r->flags & NC_CUE) { r->type = PC_ENT_PERSON; return 1; }
  return 0;
}


/* ---- organizations told by the words around them, whatever their own words ---- */

/* "a spokesperson for X", "members of the X", "le porte-parole d'X", "secrétaire fédéral de
** X", "militants d'X", "à l'appel des X": a member's or a leader's noun (then at most two
** lowercase words) and of / for / de before token a. */
static int member_before(const pc_sent *st, size_t a) {
  static const char *const members[] = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "members",
                                        "member", "activists", "leader", "leaders", "founder", "co-founder",
                                        "chairman", "chairwoman", "president", "officials", "representatives",
                                        "delegates", "organizers", "organisers", "branch", "affiliate",
                                        "secretary-general", "porte-parole", "membres", "membre", "militants",
                                        "militantes", "adh\xc3\xa9rents", "adh\xc3\xa9rentes", "sympathisants",
                                        "dirigeant", "dirigeante", "dirigeants", "fondateur", "fondatrice",
                                        "cofondateur", "pr\xc3\xa9sident", "pr\xc3\xa9sidente", "secr\xc3\xa9taire",
                                        "d\xc3\xa9l\xc3\xa9gu\xc3\xa9", "d\xc3\xa9l\xc3\xa9gu\xc3\xa9s",
                                        "repr\xc3\xa9sentant", "repr\xc3\xa9sentante", "repr\xc3\xa9sentants",
                                        "responsable", "responsables", "coordinateur", "coordinatrice", NULL};
  size_t k = a, q;
  if (k >= 1 && (pc_tok_ieq(st, k - 1, "the") || pc_tok_ieq(st, k - 1, "la") || pc_tok_ieq(st, k - 1, "l'") ||
                 pc_tok_ieq(st, k - 1, "l\xe2\x80\x99")))
    k--;
  if (k < 2 || !(pc_tok_ieq(st, k - 1, "of") || pc_tok_ieq(st, k - 1, "for") || pc_tok_ieq(st, k - 1, "de") ||
                 pc_tok_ieq(st, k - 1, "du") || pc_tok_ieq(st, k - 1, "des") || pc_tok_ieq(st, k - 1, "d'") ||
                 pc_tok_ieq(st, k - 1, "d\xe2\x80\x99")))
    return 0;
  for (q = k - 1; q-- > 0 && q + 4 >= k - 1;) {
    if (!is_lower_word(st, q) && !(pc_tok_word(st, q) && sentence_start(st, q))) return 0; /* "Members of X" */
    if (tok_in(st, q, members)) return 1;
    /* "à l'appel de", "à l'appel du collectif": the organizers */
    if (pc_tok_ieq(st, q, "appel") && q >= 2 && (pc_tok_ieq(st, q - 1, "l'") || pc_tok_ieq(st, q - 1, "l\xe2\x80\x99")) &&
        pc_tok_ieq(st, q - 2, "\xc3\xa0"))
      return 1;
    if (pc_tok_function(st, q)) return 0;
  }
  return 0;
}

/* "X, a farmers' union", "X, the Dutch branch of ...", "X, le syndicat majoritaire": an
** apposition whose head is an organization's generic noun (not "X, a union member"). */
static int kind_apposition(const pc_sent *st, const pc_model *m, size_t b) {
  size_t k = b + 2, lim;
  if (!pc_tok_char(st, b + 1, ',')) return 0;
  if (pc_tok_is(st, k, W_ARTICLE) || pc_tok_ieq(st, k, "le") || pc_tok_ieq(st, k, "la") || pc_tok_ieq(st, k, "l'") ||
      pc_tok_ieq(st, k, "l\xe2\x80\x99") || pc_tok_ieq(st, k, "un") || pc_tok_ieq(st, k, "une"))
    k++;
  for (lim = k + 4; k < st->n && k < lim; k++) {
    uint32_t cls = lex_cls(st, m, k);
    if (pc_tok_char(st, k, '\'') || pc_tok_ieq(st, k, "\xe2\x80\x99")) continue; /* "farmers' union" */
    if (!is_lower_word(st, k)) {
      if (pc_tok_word(st, k) && (cls & (L_DEMONYM | L_PLACE)) && !(cls & L_ORG_HEAD)) continue; /* "the Dutch branch" */
      return 0;
    }
    /* the head ("branch": "the Dutch branch of", not "the Sydney branch secretary" before a name) */
    if ((cls & L_ORG_GENERIC) || pc_tok_ieq(st, k, "branch") || pc_tok_ieq(st, k, "branche"))
      return !pc_tok_ieq(st, k + 1, "who") && /* "a crane operator who": a person */
             (st->lang == PC_LANG_FR || !(is_lower_word(st, k + 1) && !pc_tok_function(st, k + 1)));
    if ((cls & (L_ROLE | L_ROLE_NOUN)) || pc_tok_function(st, k)) return 0;
  }
  return 0;
}

/* "X, which represents ...", "X, qui regroupe ...": a relative clause that says what an
** organization does. */
static int org_clause(const pc_sent *st, size_t b) {
  static const char *const en[] = {"represents", "runs", "operates", "organized", "organised", "co-organized",
                                   "co-organised", "employs", "owns", "campaigns", "lobbies", "unites", "federates",
                                   "manages", "groups", NULL};
  static const char *const fr[] = {"regroupe", "repr\xc3\xa9sente", "f\xc3\xa9" "d\xc3\xa8re", "organise", "organisait",
                                   "coorganise", "coorganisait", "co-organise", "co-organisait", "rassemble",
                                   "emploie", "exploite", "g\xc3\xa8re", "r\xc3\xa9unit", "coordonne", "f\xc3\xa9" "d\xc3\xa9rait",
                                   "regroupait", "repr\xc3\xa9sentait", NULL};
  size_t k = b + 3;
  if (!pc_tok_char(st, b + 1, ',')) return 0;
  if (pc_tok_ieq(st, b + 2, "which")) {
    if (pc_tok_ieq(st, k, "also") || pc_tok_ieq(st, k, "first")) k++;
    return tok_in(st, k, en);
  }
  if (pc_tok_ieq(st, b + 2, "qui")) {
    if (pc_tok_ieq(st, k, "ne") || pc_tok_ieq(st, k, "n'") || pc_tok_ieq(st, k, "n\xe2\x80\x99")) k++;
    return tok_in(st, k, fr);
  }
  return 0;
}

/* "l'ONG Canopea", "the NGO Inades-Formation": the acronym of a non-governmental
** organization before the run. */
static int ngo_before(const pc_sent *st, size_t a) {
  const uint8_t *p;
  size_t n;
  if (a < 1 || !pc_tok_word(st, a - 1)) return 0;
  p = pc_tok_text(st, a - 1);
  n = pc_tok_len(st, a - 1);
  /* "ONG", or "L'ONG" when the elision stays in the token */
  if (n < 3 || !(memcmp(p + n - 3, "ONG", 3) == 0 || memcmp(p + n - 3, "NGO", 3) == 0)) return 0;
  return n == 3 || p[n - 4] == '\'' || (n >= 6 && memcmp(p + n - 6, "\xe2\x80\x99", 3) == 0);
}

/* An organization by the words around it (the cues above), when the run is no place of the
** lexicon, starts with no given name, and is not one common or function word. The type is
** weak: a person of the document with that name wins in pass 2. */
static int by_org_cue(const pc_sent *st, const pc_model *m, run *r) {
  size_t a = r->a, b = r->b, k;
  if (b > a && (pc_tok_ieq(st, a, "ong") || pc_tok_ieq(st, a, "ngo")) && (st->tok[a].flags & PC_TF_UPPER)) r->a = ++a;
  if ((r->flags & NC_CUE) || (r->whole && (r->whole->cls & L_PLACE)) || is_given(st, m, a)) return 0;
  for (k = a; k <= b; k++)
    if (lex_cls(st, m, k) & (L_ROLE | L_TITLE | L_DEMONYM | L_NOTNAME)) return 0;
  if (a == b && !is_acronym(st, a, b) && (lex_cls_c(st, m, a) & L_COMMON)) return 0;
  if (!(member_before(st, a) || ngo_before(st, a) || kind_apposition(st, m, b) || org_clause(st, b))) return 0;
  r->type = PC_ENT_ORG;
  r->kind = PC_KIND_ASSOCIATION;
  r->flags |= NC_WEAK;
  return 1;
}
/* "Leung Kwok-hung", "Hwang Hee-chan": a short family name and a hyphenated given name of
** two syllables, as Chinese and Korean names are written in English; no word of the
** lexicons. */
static int syllable_name(const pc_sent *st, const pc_model *m, size_t a) {
  const uint8_t *p = pc_tok_text(st, a + 1);
  size_t n = pc_tok_len(st, a + 1), h, k;
  if (pc_tok_len(st, a) < 2 || pc_tok_len(st, a) > 5 || !(st->tok[a].flags & PC_TF_CAP) || (st->tok[a].flags & PC_TF_UPPER))
    return 0;
  for (h = 0; h < n && p[h] != '-'; h++) {}
  if (h < 2 || h > 5 || n - h - 1 < 2 || n - h - 1 > 5) return 0;
  for (k = 1; k < n; k++)
    if (k != h && k != h + 1 && !(p[k] >= 'a' && p[k] <= 'z')) return 0;
  if (!(p[h + 1] >= 'a' && p[h + 1] <= 'z') && !(p[h + 1] >= 'A' && p[h + 1] <= 'Z')) return 0;
  return !(lex_cls_c(st, m, a) & (L_PLACE | L_COMMON | L_NOTNAME | L_ROLE | L_TITLE | L_DEMONYM | L_ORG_HEAD)) &&
         !lex_cls(st, m, a + 1);
}

/* "Romelu Lukaku, Yannick Carrasco and Dries Mertens": a name listed right after a person. */
static int listed_person(const pc_sent *st, const cands *cs, size_t a) {
  const cand *prev = cs->count > 0 ? &cs->items[cs->count - 1] : NULL;
  size_t k = a;
  if (!prev || prev->type != PC_ENT_PERSON || a < 2) return 0;
  if (pc_tok_ieq(st, k - 1, "and") || pc_tok_ieq(st, k - 1, "et")) k--;
  if (k >= 2 && pc_tok_char(st, k - 1, ',')) k--;
  return k < a && prev->span.end == st->tok[k - 1].end;
}

/* Whether the run a..b of two to four words speaks ("X said", "X a annoncé") or is cited
** ("according to X", "selon X") and is no place, no person's name (given name first) and
** holds no role, title, demonym or function word. */
static int speaks_as_group(const pc_sent *st, const pc_model *m, size_t a, size_t b) {
  size_t k;
  int says = pc_tok_is2(st, b + 1, W2_SAY | W2_REPORT) ||
             ((pc_tok_ieq(st, b + 1, "a") || pc_tok_ieq(st, b + 1, "ont")) && pc_tok_is2(st, b + 2, W2_REPORTED)) ||
             (a >= 1 && pc_tok_is2(st, a - 1, W2_CITES)) ||
             (a >= 2 && pc_tok_is2(st, a - 2, W2_CITES) && pc_tok_ieq(st, a - 1, "to"));
  if (!says || is_given(st, m, a) || lex_lookup(st, m, a, b)) return 0;
  for (k = a; k <= b; k++)
    if (!is_cap(st, k) || (lex_cls(st, m, k) & (L_PLACE | L_ROLE | L_TITLE | L_DEMONYM | L_NOTNAME | L_GIVEN)) ||
        (st->tok[k].flags & PC_TF_UPPER) || pc_tok_function(st, k))
      return 0;
  return 1;
}

/* Two to four words: a person when the first is a given name, or when none of them is a
** common word, a place or a head and the words around speak of a person; a longer run, or
** one with no such evidence, is left to pass 2 (a known place at its start aside). */
static void several_words(const pc_sent *st, const pc_model *m, const cands *cs, run *r) {
  size_t a = r->a, b = r->b, k;
  /* a given name first, but not after "the": "the Mesa Coordinadora de Jubilados" */
  if (b - a <= 3 && is_given(st, m, a) && !(r->whole && (r->whole->cls & L_PLACE)) && !(a > 0 && pc_tok_ieq(st, a - 1, "the"))) {
    r->type = PC_ENT_PERSON;
    return;
  }
  if (b == a + 1 && syllable_name(st, m, a)) { r->type = PC_ENT_PERSON; return; }
  if (b - a <= 3) {
    int plain = 1, words = 0, town = 0, common = 0;
    for (k = a; k <= b; k++) {
      uint32_t cls = lex_cls_c(st, m, k);
      if (k > a && k < b && is_lower_word(st, k) && (cls & L_PARTICLE)) continue; /* "von der" */
      words++;
      /* "Lukaku, Carrasco and Dries Mertens": in a list of persons, a small town's name after
      ** the first word may be a surname, and a common word before the last a given name */
      if (k > a && (cls & L_PLACE) == L_CITY && !(cls & (L_ORG_HEAD | L_DEMONYM | L_NOTNAME | L_ROLE | L_TITLE | L_COMMON)) &&
          small_town(lex_run(st, m, k, k))) {
        town = 1;
        continue;
      }
      if (k < b && (cls & L_COMMON) && !(cls & (L_GIVEN | L_PLACE | L_ORG_HEAD | L_DEMONYM | L_NOTNAME | L_ROLE | L_TITLE)) &&
          !(st->tok[k].flags & PC_TF_HYPHEN)) {
        common = 1;
        continue;
      }
      if ((cls & (L_PLACE | L_ORG_HEAD | L_DEMONYM | L_NOTNAME | L_ROLE | L_TITLE)) ||
          ((cls & L_COMMON) && !(cls & L_GIVEN) && !(st->tok[k].flags & PC_TF_HYPHEN)))
        plain = 0;
    }
    if (r->whole && (r->whole->cls & L_PLACE)) plain = 0;
    if (plain && m && ((!common && !town && person_context(st, m, a, b)) || listed_person(st, cs, a))) {
      r->type = PC_ENT_PERSON;
      return;
    }
    if (town || common) plain = 0; /* the default below needs every word unknown */
    if (plain && m && words <= 3 && !(st->tok[a].flags & PC_TF_UPPER) && !(st->tok[b].flags & PC_TF_UPPER) &&
        !(a > 0 && (pc_tok_is(st, a - 1, W_ARTICLE) || pc_tok_ieq(st, a - 1, "le") || pc_tok_ieq(st, a - 1, "la") ||
                    pc_tok_ieq(st, a - 1, "l'") || pc_tok_ieq(st, a - 1, "l\xe2\x80\x99")))) /* "the Organización Médica Colegial" */
      r->flags |= NC_PLAIN;
    /* "Northern Trains said", "according to Extinction Rebellion": a run of common words
    ** that speaks or is cited is an organization (a quote's speaker is a name) */
    if (!plain && m && speaks_as_group(st, m, a, b)) { r->type = PC_ENT_ORG; r->kind = PC_KIND_ASSOCIATION; return; }
  }
  r->flags |= NC_UNKNOWN;
}

/* "du Havre", "au Mans": the article is inside the place's name; PC_ENT_PLACE when so. */
static int with_article(const pc_sent *st, const pc_model *m, run *r) {
  size_t a = r->a;
  uint8_t key[PC_KEY_MAX + 8];
  size_t n;
  const pc_lex_entry *e;
  if (!(a > 0 && (pc_tok_ieq(st, a - 1, "du") || pc_tok_ieq(st, a - 1, "au")) && m)) return 0;
  n = pc_fold(st->s, st->tok[a].start, st->tok[a].end, key + 3, sizeof key - 3);
  memcpy(key, "le ", 3);
  e = n ? pc_model_lookup(m, key, n + 3) : NULL;
  if (!(e && (e->cls & L_PLACE))) return 0;
  r->type = PC_ENT_PLACE;
  r->kind = e->kind ? e->kind : PC_KIND_CITY;
  return 1;
}

/* A city-named word ("Nice", "Alliance", "Die") is the city with a place word before it
** ("in", "à"), after a place in a list, or, when it is no common word, for a city of 20,000
** or more (weakly: pass 2 may override). */
static int city_word(const pc_sent *st, const cands *cs, const pc_lex_entry *e, uint32_t ecls, run *r) {
  size_t a = r->a;
  int prep = a > 0 && pc_tok_is2(st, a - 1, W2_PLACE_PREP);
  int listed = a > 1 && (pc_tok_char(st, a - 1, ',') || pc_tok_ieq(st, a - 1, "and") || pc_tok_ieq(st, a - 1, "et") ||
                         pc_tok_ieq(st, a - 1, "or") || pc_tok_ieq(st, a - 1, "ou")) &&
               cs->count > 0 && cs->items[cs->count - 1].type == PC_ENT_PLACE &&
               cs->items[cs->count - 1].span.end >= st->tok[a >= 3 ? a - 3 : 0].end;
  int wordlike = (ecls & (L_COMMON | L_GIVEN)) != 0;
  if (!((!wordlike && (e->pop >= 20000 || prep || listed)) || (wordlike && (prep || listed) && !(r->flags & NC_SENT_START))))
    return 0;
  r->type = PC_ENT_PLACE;
  r->kind = PC_KIND_CITY;
  if (!prep) r->flags |= NC_WEAK; /* listed after a place, "Tucson, Ortega said": pass 2 may override */
  return 1;
}

/* One word: by its entry in the lexicon (a country, an institution named by its head alone,
** "Congress"; a city; a head word alone, "Alliance"), else left to pass 2. */
static void one_word(const pc_sent *st, const pc_model *m, const cands *cs, run *r) {
  size_t a = r->a;
  const pc_lex_entry *e;
  uint32_t ecls;
  if (with_article(st, m, r)) return;
  e = lex_run(st, m, a, a);
  ecls = lex_cls_c(st, m, a);
  if (e && (e->cls & (L_COUNTRY | L_REGION | L_DEPARTMENT)) && !((r->flags & NC_SENT_START) && (ecls & L_COMMON))) {
    r->type = PC_ENT_PLACE;
    r->kind = e->kind;
    return;
  }
  if (e && (e->cls & L_ORG_HEAD) && e->head_kind == PC_KIND_INSTITUTION && !(r->flags & NC_SENT_START) &&
      !pc_tok_is2(st, a, W2_GENERIC_HEAD | W2_GENERIC_INST)) {
    r->type = PC_ENT_ORG;
    r->kind = e->head_kind;
    return;
  }
  if (e && (e->cls & L_CITY) && city_word(st, cs, e, ecls, r)) return;
  if (e && (e->cls & L_ORG_HEAD) && !(r->flags & NC_SENT_START) && !pc_tok_is2(st, a, W2_GENERIC_HEAD)) {
    r->type = PC_ENT_ORG;
    r->kind = e->head_kind;
    r->flags |= NC_WEAK;
    return;
  }
  if ((r->flags & NC_SENT_START) && (ecls & (L_COMMON | L_NOTNAME))) r->flags |= NC_UNKNOWN | NC_SENT_START;
  r->flags |= NC_UNKNOWN;
}

/* A lowercase role or occupation right before the run names a person ("the defender Kwame
** Osei", "le général Kouassi Bamba", "Manibela chair Arnel Cabrera") when no word of the run
** is a head or a demonym, the first is no common word, and the whole is no place. */
/* "le directeur des ressources humaines de la compagnie, Jörg Hansmann": a role phrase set
** off by a comma before a name of two or three words; the role word at most 8 tokens back. */
static int role_apposition(const pc_sent *st, const pc_model *m, size_t a, size_t b) {
  size_t k;
  if (a < 2 || b == a || b - a > 2 || !pc_tok_char(st, a - 1, ',')) return 0;
  for (k = a - 2; k + 9 > a; k--) {
    if (st->tok[k].kind == PC_TOK_PUNCT || (!is_lower_word(st, k) && st->tok[k].kind == PC_TOK_WORD &&
                                            !(st->tok[k].flags & PC_TF_UPPER)))
      return 0; /* a clause or a name between them */
    if (is_lower_word(st, k) && (lex_cls(st, m, k) & (L_ROLE | L_ROLE_NOUN))) return 1;
    if (k == 0) break;
  }
  return 0;
}

static int after_role_noun(const pc_sent *st, const pc_model *m, run *r) {
  size_t a = r->a, b = r->b, k;
  if (a == 0 || b - a > 3) return 0;
  if (!(is_lower_word(st, a - 1) && (lex_cls(st, m, a - 1) & (L_ROLE | L_ROLE_NOUN))) && !role_apposition(st, m, a, b))
    return 0;
  if (r->whole && (r->whole->cls & L_PLACE)) return 0;
  for (k = a; k <= b; k++) {
    uint32_t cls = lex_cls_c(st, m, k);
    if ((cls & (L_ORG_HEAD | L_PLACE_AFTER | L_DEMONYM | L_NOTNAME | L_ROLE | L_TITLE | L_COUNTRY | L_REGION)) ||
        (k == a && (cls & L_COMMON) && !(cls & L_GIVEN) && !(st->tok[k].flags & PC_TF_HYPHEN)))
      return 0;
  }
  if (is_acronym(st, a, b)) return 0;
  r->type = PC_ENT_PERSON;
  return 1;
}

/* A run followed by a lowercase role and a name is who that person speaks for: "Eskom
** spokesman Pieter van Wyk", "Manibela chair Arnel Cabrera" (not a place of the lexicon:
** "Soweto resident", "Paris mayor"). */
static int before_role(const pc_sent *st, const pc_model *m, run *r) {
  size_t b = r->b;
  if (b + 2 >= st->n || !is_lower_word(st, b + 1) || !(lex_cls(st, m, b + 1) & L_ROLE) || !is_cap(st, b + 2)) return 0;
  if ((r->whole && (r->whole->cls & L_PLACE)) || is_given(st, m, r->a) || (lex_cls(st, m, r->a) & (L_DEMONYM | L_NOTNAME)))
    return 0;
  if (r->a == r->b && (r->flags & NC_SENT_START) && is_common(st, m, r->a, r->a)) return 0;
  r->type = PC_ENT_ORG;
  return 1;
}

/* "Argentine Lautaro Benítez": a demonym glued in front of a name is no part of it. */
static void drop_demonym(const pc_sent *st, const pc_model *m, run *r) {
  if (r->b > r->a && (lex_cls(st, m, r->a) & L_DEMONYM) && !r->has_org_head && !(r->whole && (r->whole->cls & L_PLACE)) &&
      !(lex_cls(st, m, r->a + 1) & (L_DEMONYM | L_PLACE | L_ORG_HEAD | L_NOTNAME))) {
    r->a++;
    r->flags &= ~NC_SENT_START;
    r->whole = lex_run(st, m, r->a, r->b);
  }
}

/* "in Gazipur", "à Épannes", "near Ashulia": an unknown name after a preposition of place,
** no common word ("in Economics"), language or demonym ("in English") and no number after
** ("in Grade 4"). */
static int in_place(const pc_sent *st, const pc_model *m, size_t a, size_t b) {
  size_t k;
  if (a == 0 || sentence_start(st, a) || (b + 1 < st->n && st->tok[b + 1].kind == PC_TOK_NUMBER)) return 0;
  if (!(pc_tok_ieq(st, a - 1, "in") || pc_tok_ieq(st, a - 1, "\xc3\xa0") || pc_tok_ieq(st, a - 1, "\xc3\x80") ||
        pc_tok_ieq(st, a - 1, "near") || pc_tok_ieq(st, a - 1, "across") || pc_tok_ieq(st, a - 1, "throughout") ||
        pc_tok_ieq(st, a - 1, "outside") || pc_tok_ieq(st, a - 1, "entre") || pc_tok_ieq(st, a - 1, "between")))
    return 0;
  for (k = a; k <= b; k++) {
    uint32_t cls = lex_cls_c(st, m, k);
    if ((cls & (L_DEMONYM | L_NOTNAME | L_ORG_HEAD)) || ((cls & L_COMMON) && !(cls & L_GIVEN))) return 0;
  }
  return 1;
}

/* "à Anvers, Gand et Liège": one unknown word listed right after a place, no common word
** or given name (pass 2 makes it a place when nothing else explains it). */
/* "la CGT, FO, la CFDT, Unsa et Solidaires", "operators including Avanti, Northern and
** TransPennine": so after an organization (type PC_ENT_ORG) */
static int listed_place(const pc_sent *st, const pc_model *m, const cands *cs, size_t a, size_t b, int type) {
  const cand *prev = cs->count > 0 ? &cs->items[cs->count - 1] : NULL;
  size_t k = a;
  unsigned also = type == PC_ENT_PLACE ? NC_IN_PLACE : NC_IN_ORGS;
  if (a != b || !prev || !(prev->type == type || (prev->type == -1 && (prev->flags & also))) || a < 2 ||
      (lex_cls_c(st, m, a) & (type == PC_ENT_ORG ? L_GIVEN | L_NOTNAME | L_PLACE | L_DEMONYM : L_COMMON | L_GIVEN | L_NOTNAME)))
    return 0;
  if (pc_tok_ieq(st, k - 1, "and") || pc_tok_ieq(st, k - 1, "et") || pc_tok_ieq(st, k - 1, "or") || pc_tok_ieq(st, k - 1, "ou"))
    k--;
  else if (pc_tok_char(st, k - 1, ','))
    k--;
  /* "East Lansing, Mich.": a state's abbreviation, which the gold sets leave out */
  if (pc_tok_char(st, b + 1, '.') && pc_tok_glued(st, b) && pc_tok_len(st, a) < 5) return 0;
  /* the list goes on or ends after it ("Anvers, Gand et Liège"), no clause ("Russia, Wikinews interviewed") */
  if (!(b + 1 >= st->n || pc_tok_char(st, b + 1, ',') || pc_tok_char(st, b + 1, '.') || pc_tok_char(st, b + 1, ';') ||
        pc_tok_char(st, b + 1, ')') || pc_tok_ieq(st, b + 1, "and") || pc_tok_ieq(st, b + 1, "et") ||
        pc_tok_ieq(st, b + 1, "or") || pc_tok_ieq(st, b + 1, "ou")))
    return 0;
  return k < a && k >= 1 && prev->span.end == st->tok[k - 1].end;
}

/* "BGMEA President Faruque Ahmed": an acronym that opens the role is the organization the
** person speaks for; it leaves the role. */
static int role_owner(pc_sent *st, const pc_model *m, cands *cs, run *r) {
  size_t k = r->a, lo = r->a >= 6 ? r->a - 6 : 0;
  size_t q;
  int role = 0;
  while (k > lo && st->tok[k].start > r->role.start) k--;
  if (st->tok[k].start != r->role.start || k + 1 >= r->a || !is_acronym(st, k, k) || (lex_cls(st, m, k) & (L_PLACE | L_DEMONYM)))
    return PC_OK;
  for (q = k + 1; q < r->a; q++)
    if (lex_cls(st, m, q) & L_ROLE) role = 1;
  if (!role) return PC_OK;
  if (!push(cs, st, k, k, PC_ENT_ORG, PC_KIND_COMPANY, NC_ACRONYM)) return PC_ENOMEM;
  st->taken[k] = 1;
  r->role.start = st->tok[k + 1].start;
  return PC_OK;
}

/* Whether two names side by side, the second in parentheses, may be one organization's long
** form and acronym: not a person with their organization ("Aurélie Dumont (Belga)"), nor a
** place with one ("PARIS (AFP)", a dateline; "Seoul (AP Photo)"); -1 is a type to resolve. */
static int may_pair(int first, int second) {
  if (first == PC_ENT_PERSON || second == PC_ENT_PERSON) return 0;
  if ((first == PC_ENT_PLACE) != (second == PC_ENT_PLACE) && first != -1 && second != -1) return 0;
  return 1;
}

/* A dash of a score: "-", "–", "—". */
static int score_dash(const pc_sent *st, size_t i) {
  return i < st->n && (pc_tok_char(st, i, '-') || (pc_tok_len(st, i) == 3 && (memcmp(pc_tok_text(st, i), "\xe2\x80\x93", 3) == 0 ||
                                                                             memcmp(pc_tok_text(st, i), "\xe2\x80\x94", 3) == 0)));
}

/* Whether the place at tokens a..b is named as a sports team: a score beside it ("Sweden 1 –
** 0 Korea Republic"), its coach or goalkeeper ("Tunisia's coach"), or a verb of the match
** ("Belgium defeated Panama", "faced England"). Its other mentions follow (pass 2). */
static int team_context(const pc_sent *st, size_t a, size_t b) {
  static const char *const members[] = {"coach", "goalkeeper", "keeper", "captain", "striker", "manager",
                                        "midfielder", "defender", "forward", "squad", "players", "winger",
                                        "entra\xc3\xae" "neur", "s\xc3\xa9lectionneur", "gardien", "attaquant", NULL};
  static const char *const beats[] = {"beat", "beats", "defeated", "defeats", "faced", "faces", "drew", "thrashed",
                                      "edged", "routed", "eliminated", "outclassed", "battu", "bat", "affronte",
                                      "affrontera", NULL};
  size_t k = b + 1;
  if (k + 2 < st->n && st->tok[k].kind == PC_TOK_NUMBER && score_dash(st, k + 1) && st->tok[k + 2].kind == PC_TOK_NUMBER)
    return 1;
  if (a >= 3 && st->tok[a - 1].kind == PC_TOK_NUMBER && score_dash(st, a - 2) && st->tok[a - 3].kind == PC_TOK_NUMBER)
    return 1;
  if (pc_tok_ieq(st, k, "'s") || pc_tok_ieq(st, k, "\xe2\x80\x99s")) k++;
  if (is_lower_word(st, k) && tok_in(st, k, members)) return 1;
  if (is_lower_word(st, b + 1) && tok_in(st, b + 1, beats) && is_cap(st, b + 2)) return 1;
  return a > 0 && is_lower_word(st, a - 1) && tok_in(st, a - 1, beats) && !(a > 1 && pc_tok_is(st, a - 2, W_ARTICLE));
}

/* "l'attaquant argentin de Bastia", "the striker of Lanús": a sports role noun, then at most
** one lowercase word (a demonym), then "de"/"of" right before token a: the club. */
static int club_after_role(const pc_sent *st, size_t a) {
  static const char *const members[] = {"attaquant", "d\xc3\xa9" "fenseur", "gardien", "milieu", "joueur", "joueuse",
                                        "entra\xc3\xae" "neur", "entra\xc3\xae" "neuse", "capitaine", "ailier",
                                        "buteur", "striker", "defender", "goalkeeper", "midfielder", "winger",
                                        "coach", "captain", "forward", NULL};
  if (a < 2 || !(pc_tok_ieq(st, a - 1, "de") || pc_tok_ieq(st, a - 1, "of"))) return 0;
  if (is_lower_word(st, a - 2) && tok_in(st, a - 2, members)) return 1;
  return a >= 3 && is_lower_word(st, a - 2) && is_lower_word(st, a - 3) && tok_in(st, a - 3, members);
}

/* "Lydia Okoro for Food Standards Australia", "Mario Lucero and Isabel Ruiz of Heaven Sent
** Gaming": in English, the name of two words or more right after a person and for / of (the)
** is the organization the person speaks for, when it starts with no given name. */
static int person_for(const pc_sent *st, const pc_model *m, const cands *cs, size_t a) {
  const cand *prev = cs->count > 0 ? &cs->items[cs->count - 1] : NULL;
  size_t k = a;
  if (st->lang != PC_LANG_EN || !prev || prev->type != PC_ENT_PERSON || is_given(st, m, a)) return 0;
  if (k >= 1 && pc_tok_ieq(st, k - 1, "the")) k--;
  if (k < 2 || !(pc_tok_ieq(st, k - 1, "for") || pc_tok_ieq(st, k - 1, "of")) || !is_lower_word(st, k - 1)) return 0;
  return prev->span.end == st->tok[k - 2].end;
}

/* "Fans of Boca Juniors, River Plate and Independiente", "les supporters du Mans et de
** Rodez": the names listed after the supporters of a club are clubs, whatever their town.
** Walks back from token a over the list (names, commas, and/et, of/de/du) to the noun. */
static int fans_of(const pc_sent *st, size_t a) {
  static const char *const fans[] = {"fans", "supporters", "ultras", NULL};
  size_t k = a, steps = 0;
  while (k >= 2 && steps++ < 16) {
    size_t q = k - 1;
    if (pc_tok_ieq(st, q, "of") || pc_tok_ieq(st, q, "de") || pc_tok_ieq(st, q, "du") || pc_tok_ieq(st, q, "des") ||
        pc_tok_ieq(st, q, "d'") || pc_tok_ieq(st, q, "d\xe2\x80\x99")) {
      if (pc_tok_word(st, q - 1) && memchr("fsuFSU", pc_tok_text(st, q - 1)[0], 6) && tok_in(st, q - 1, fans) &&
          (is_lower_word(st, q - 1) || sentence_start(st, q - 1)))
        return 1;
      if (!(pc_tok_char(st, q - 1, ',') || pc_tok_ieq(st, q - 1, "et"))) return 0; /* "..., de Rodez", "et de Rodez" */
      k = q;
      continue;
    }
    if (pc_tok_char(st, q, ',') || pc_tok_ieq(st, q, "and") || pc_tok_ieq(st, q, "et") || pc_tok_ieq(st, q, "the") ||
        (pc_tok_word(st, q) && (st->tok[q].flags & PC_TF_CAP)) || st->tok[q].kind == PC_TOK_NUMBER) {
      k = q;
      continue;
    }
    return 0;
  }
  return 0;
}

/* A word shaped like a people's name or adjective ("Belgians", "Flemish", "Congolese",
** "Mirecurtiens", "Lyonnais"), which the demonym lexicon may not list. */
static int people_word(const pc_sent *st, size_t a) {
  static const char *const ends[] = {"ans", "ish", "ese", "iens", "iennes", "ais", "aises", "ois", "oises", NULL};
  const uint8_t *p = pc_tok_text(st, a);
  size_t n = pc_tok_len(st, a), k;
  for (k = 0; ends[k]; k++) {
    size_t e = strlen(ends[k]);
    if (n > e + 2 && memcmp(p + n - e, ends[k], e) == 0) return 1;
  }
  return 0;
}

/* A definite article right before token a: "the", "le", "la", "l'", "les" (no person's
** name takes one; a place or an organization does). */
static int definite_before(const pc_sent *st, size_t a) {
  static const char *const before[] = {"et", "and", "selon", "par", "by", "with", "avec", "pour", "for", NULL};
  if (!(a > 0 && (pc_tok_ieq(st, a - 1, "the") || pc_tok_ieq(st, a - 1, "le") || pc_tok_ieq(st, a - 1, "la") ||
                  pc_tok_ieq(st, a - 1, "les") || pc_tok_ieq(st, a - 1, "l'") || pc_tok_ieq(st, a - 1, "l\xe2\x80\x99"))))
    return 0;
  /* not after a verb or a preposition of place: "blocking the Berlaymont", "sur la Bundesgasse"
  ** name places as often */
  return a == 1 || sentence_start(st, a - 1) || pc_tok_char(st, a - 2, ',') || tok_in(st, a - 2, before) ||
         pc_tok_is2(st, a - 2, W2_CITES);
}

/* Records the classified run as a candidate, with its role, and pairs "LONG FORM (ACRONYM)"
** or "ACRONYM (LONG FORM)". */
/* "le général van Doorn", "Mr. von Haller": the lowercase particles right before a person's
** name that a title or a role announces are the name's own; the first name token. */
static size_t particles_before(const pc_sent *st, const pc_model *m, size_t a) {
  static const char *const parts[] = {"van", "von", "der", "den", "ten", "ter", "zu", "vom", NULL};
  size_t k = a;
  while (k > 0 && k + 3 > a && is_lower_word(st, k - 1) && tok_in(st, k - 1, parts)) k--;
  if (k == a || k == 0) return a;
  return st->taken[k - 1] || (lex_cls(st, m, k - 1) & (L_ROLE | L_ROLE_NOUN | L_TITLE)) ? k : a; /* a title taken before */
}

static int record_run(pc_sent *st, const pc_model *m, cands *cs, run *r) {
  size_t a, b = r->b, k;
  cand *c;
  int rc;
  if ((r->type == PC_ENT_PERSON || ((r->type == PC_ENT_PLACE || r->type == -1) && r->b - r->a < 2)) &&
      (k = particles_before(st, m, r->a)) < r->a) {
    r->a = k; /* the particle makes a person of a town's name: "le général van Doorn" */
    r->type = PC_ENT_PERSON;
    r->flags &= ~(NC_UNKNOWN | NC_WEAK | NC_PLAIN);
  }
  a = r->a;
  if (st->tok[a].flags & PC_TF_UPPER) r->flags |= NC_ALLCAPS;
  if ((r->flags & NC_UNKNOWN) && a == b && speaks(st, a) && !(sentence_start(st, a) && is_common(st, m, a, a)))
    r->flags |= NC_SPEAKS;
  if ((r->flags & NC_UNKNOWN) && (in_place(st, m, a, b) || listed_place(st, m, cs, a, b, PC_ENT_PLACE))) r->flags |= NC_IN_PLACE;
  if ((r->flags & NC_UNKNOWN) && listed_place(st, m, cs, a, b, PC_ENT_ORG)) r->flags |= NC_IN_ORGS;
  if ((r->flags & NC_UNKNOWN) && a == b && definite_before(st, a) && !(lex_cls(st, m, a) & (L_DEMONYM | L_NOTNAME | L_ROLE)) &&
      !people_word(st, a) && !(st->lang != PC_LANG_FR && is_lower_word(st, a + 1) && !pc_tok_function(st, a + 1)))
    r->flags |= NC_ARTICLE; /* not a modifier: "the Nobel laureate", "the African side" */
  if (r->type == PC_ENT_PLACE && team_context(st, a, b)) r->flags |= NC_TEAM;
  if (r->type == -1 && b > a && person_for(st, m, cs, a)) { /* "Lydia Okoro for Food Standards Australia said" */
    r->type = PC_ENT_ORG;
    r->kind = PC_KIND_ASSOCIATION;
    r->flags = (r->flags & ~(NC_UNKNOWN | NC_PLAIN)) | NC_WEAK;
  }
  if (r->type != PC_ENT_PERSON && !(r->flags & NC_CUE) && fans_of(st, a)) { /* "Fans of Boca Juniors, River Plate and ..." */
    r->type = PC_ENT_ORG;
    r->kind = PC_KIND_ASSOCIATION;
    r->flags &= ~(NC_UNKNOWN | NC_WEAK | NC_PLAIN);
  }
  if (a > 0 && (pc_tok_is2(st, a - 1, W2_PLACE_PREP) || pc_tok_ieq(st, a - 1, "at") || pc_tok_ieq(st, a - 1, "from")))
    r->flags |= NC_PREP;
  if (r->type == PC_ENT_PERSON && r->role.end > r->role.start && (rc = role_owner(st, m, cs, r))) return rc;
  c = push(cs, st, a, b, r->type, r->kind, r->flags);
  if (!c) return PC_ENOMEM;
  if (r->type == PC_ENT_PERSON || (r->flags & NC_UNKNOWN)) {
    if (r->role.end > r->role.start) c->role = r->role;
    else {
      role_before(st, m, a, &c->role);
      role_after(st, m, b, &c->role);
    }
  }
  for (k = a; k <= b; k++) st->taken[k] = 1;
  if (cs->count >= 2 && a >= 2 && pc_tok_char(st, a - 1, '(')) {
    cand *prev = &cs->items[cs->count - 2];
    if (!may_pair(prev->type, c->type)) return PC_OK;
    if (prev->span.end == st->tok[a - 2].end ||
        (a >= 3 && (lex_cls(st, m, a - 2) & L_ORG_GENERIC) && prev->span.end == st->tok[a - 3].end)) {
      prev->link = cs->count;
      c->link = cs->count - 1;
    }
  }
  return PC_OK;
}

/* The first token of a person's name glued after a place or a medium of the lexicon in the
** run a..b ("Bastia Lautaro Benítez" -> "Lautaro"), or a when there is none: the place is
** no given name itself ("Charlotte Marie Dupont"), the whole run is no entry, the name is a
** given name and one or two capitalized words that are no head, role or title. */
static size_t glued_person(const pc_sent *st, const pc_model *m, size_t a, size_t b) {
  static const pc_lex_entry acronym_entry = {0, 0, 0, 0, L_MEDIA, 0, {0, 0}}; /* an acronym stands as a medium would */
  size_t j, k;
  const pc_lex_entry *pre;
  /* a role noun before "de": "l'attaquant argentin de Bastia Lautaro Benítez" (any first name) */
  int role = club_after_role(st, a);
  if (!m || b < a + 2 || lex_run(st, m, a, b) || is_given(st, m, a)) return a;
  for (j = a + 1; j + 1 <= b; j++) {
    if (b - j > 2) continue;
    pre = lex_run(st, m, a, j - 1);
    /* every word capitalized and no common word ("Ville de Bruxelles", "Par Léa Favre",
    ** "Manchester Royal Infirmary") */
    for (k = a; k <= b; k++)
      if (!is_cap(st, k) || pc_tok_function(st, k) || (k != j && (lex_cls_c(st, m, k) & (L_COMMON | L_NOTNAME))))
        break;
    if (k <= b) return a;
    /* "le directeur d'EFI Michel Balandier": an organization's acronym, then a given name */
    if (j == a + 1 && is_acronym(st, a, a) && pc_tok_len(st, a) >= 2 && !(lex_cls(st, m, a) & (L_PLACE | L_DEMONYM | L_NOTNAME)) &&
        is_given(st, m, j) && !(lex_cls(st, m, j) & (L_ORG_HEAD | L_PLACE)))
      pre = &acronym_entry;
    if (!pre || !(pre->cls & (L_PLACE | L_MEDIA)) || (lex_cls(st, m, j) & (L_ORG_HEAD | L_COUNTRY | L_REGION)) ||
        !(is_given(st, m, j) || (role && !(lex_cls_c(st, m, j) & (L_COMMON | L_NOTNAME | L_ROLE | L_TITLE | L_DEMONYM)))))
      continue;
    for (k = j + 1; k <= b; k++)
      if (!is_cap(st, k) || (st->tok[k].flags & PC_TF_UPPER) ||
          (lex_cls(st, m, k) & (L_ORG_HEAD | L_PLACE_AFTER | L_NOTNAME | L_ROLE | L_TITLE | L_DEMONYM)))
        break;
    if (k > b) return j;
  }
  return a;
}

/* "Clémence Guillou Ouest-France", "Léa Marchand franceinfo": in a byline or credit, a given
** name and one or two words, then a medium of the lexicon; the medium's first token (its last
** in *e), or a when there is none. */
static size_t medium_after_person(const pc_sent *st, const pc_model *m, size_t a, size_t b, size_t *e, size_t *first) {
  size_t j, k, p = a;
  const pc_lex_entry *le;
  if (!m || b < a + 2 || (st->seg_kind != PC_SEG_BYLINE && st->seg_kind != PC_SEG_CREDIT && !pc_tok_ieq(st, a, "par") &&
                          !pc_tok_ieq(st, a, "by") && !(a > 0 && (pc_tok_ieq(st, a - 1, "par") || pc_tok_ieq(st, a - 1, "by")))))
    return a;
  while (p < b && (lex_cls(st, m, p) & L_NOTNAME)) p++; /* "Par Clémence ...", a line's first word */
  if (b < p + 2 || !is_given(st, m, p)) return a;
  for (j = p + 1; j <= b && j <= p + 3; j++)
    for (k = b < j + 3 ? b : j + 3; k >= j; k--)
      if ((le = lex_run(st, m, j, k)) != NULL && (le->cls & L_MEDIA) && !(le->cls & L_GIVEN)) {
        *e = k;
        *first = p;
        return j;
      }
  return a;
}

/* Classifies the run [a, b] and records it: the steps above, in order, until one decides. */
static int classify(pc_sent *st, const pc_model *m, cands *cs, size_t a, size_t b, int has_org_head, unsigned cue) {
  const pc_lex_entry *whole;
  run r;
  size_t k, e, first;
  int d;
  /* "National Assembly on Shehu Shagari Way": a place after a connector is its own name */
  for (k = a + 1; k < b; k++) {
    if ((pc_tok_ieq(st, k, "on") || pc_tok_ieq(st, k, "at") || pc_tok_ieq(st, k, "in") || pc_tok_ieq(st, k, "sur")) &&
        ((lex_cls(st, m, b) & L_PLACE_AFTER) || (lex_cls(st, m, k + 1) & L_PLACE_BEFORE) || /* "... on Avenida X" */
         ((whole = lex_run(st, m, k + 1, b)) && (whole->cls & L_PLACE)))) {
      int rc = classify(st, m, cs, a, k - 1, has_org_head, cue);
      if (rc) return rc;
      return classify(st, m, cs, k + 1, b, 0, 0);
    }
  }
  /* "a déclaré à l'AFP Marianne Lecocq": an agency's or a medium's acronym before a name is
  ** the organization the person spoke to, not part of the name */
  if (b > a && (st->tok[a].flags & PC_TF_UPPER) && !(st->tok[a + 1].flags & PC_TF_UPPER) &&
      (lex_cls(st, m, a) & L_MEDIA) && !(lex_cls(st, m, a + 1) & L_ORG_HEAD)) { /* but "ABC News", "BBC Radio London" */
    int rc = classify(st, m, cs, a, a, 0, 0);
    if (rc) return rc;
    return classify(st, m, cs, a + 1, b, has_org_head, cue);
  }
  /* "Ouest-France Publié le ...": a medium, then a capitalized common word of the line */
  if (b > a && !cue && sentence_start(st, a) && (whole = lex_run(st, m, a, b - 1)) != NULL && (whole->cls & L_MEDIA) &&
      (lex_cls_c(st, m, b) & L_COMMON) && !(lex_cls(st, m, b) & (L_ORG_HEAD | L_PLACE | L_GIVEN)) && !lex_run(st, m, a, b))
    return classify(st, m, cs, a, b - 1, 0, 0);
  /* "Par Clémence Guillou Ouest-France Publié le ...": a byline's person, then a medium */
  if (!cue && (k = medium_after_person(st, m, a, b, &e, &first)) > a) {
    int rc;
    memset(&r, 0, sizeof r);
    r.a = k;
    r.b = e;
    r.type = PC_ENT_ORG;
    r.kind = PC_KIND_MEDIA;
    if ((rc = classify(st, m, cs, first, k - 1, 0, NC_CUE)) || (rc = record_run(st, m, cs, &r))) return rc;
    return e < b ? classify(st, m, cs, e + 1, b, 0, 0) : PC_OK;
  }
  /* "de Bastia Lautaro Benítez", "le maire de Lyon Grégory Doucet": a known place or medium,
  ** then a person-shaped name (a given name and one or two capitalized words) */
  if (!cue && (k = glued_person(st, m, a, b)) > a) {
    int rc;
    if (club_after_role(st, a)) {
      memset(&r, 0, sizeof r);
      r.a = a;
      r.b = k - 1;
      r.type = PC_ENT_ORG;
      r.kind = PC_KIND_ASSOCIATION;
      rc = record_run(st, m, cs, &r);
    } else
      rc = classify(st, m, cs, a, k - 1, 0, 0);
    if (rc) return rc;
    return classify(st, m, cs, k, b, 0, NC_CUE);
  }
  memset(&r, 0, sizeof r);
  r.a = a;
  r.b = b;
  r.type = -1;
  r.flags = r.cue = cue;
  r.has_org_head = has_org_head;
  /* the dateline's place: "PARIS (Reuters) -" */
  if (st->doc && st->doc->meta.dateline_place.end > 0 && st->tok[a].start == st->doc->meta.dateline_place.start &&
      st->tok[b].end == st->doc->meta.dateline_place.end) {
    r.type = PC_ENT_PLACE;
    r.kind = PC_KIND_CITY;
    return record_run(st, m, cs, &r);
  }
  if (trim_run(st, m, &r) < 0) return PC_OK;
  if (r.a == r.b && caps_notname(st, m, r.a)) { /* in parentheses, the acronym of the name before; else its other mentions */
    r.flags |= NC_ACRONYM;
    if (pc_tok_char(st, r.a + 1, ')')) r.type = PC_ENT_ORG;
    else r.flags |= NC_UNKNOWN;
    return record_run(st, m, cs, &r);
  }
  if ((d = civic_words(st, &r)) == 0 && (d = by_lexicon(st, m, &r)) == 0 && (d = by_role(st, m, &r)) == 0 &&
      (d = by_heads(st, m, &r)) == 0 &&
      (d = by_context(st, m, &r)) == 0 && (d = by_shape(st, m, cs, &r)) == 0 &&
      (drop_demonym(st, m, &r), (d = after_role_noun(st, m, &r)) == 0) && (d = before_role(st, m, &r)) == 0 &&
      (d = by_org_cue(st, m, &r)) == 0) { 
    if (r.b > r.a) several_words(st, m, cs, &r);
    else one_word(st, m, cs, &r);
    d = 1;
  }
  return d < 0 ? PC_OK : record_run(st, m, cs, &r);
}

/* "Cologne-Berlin", "Munich-Hamburg": a hyphenated word that is no name of the lexicon but
** whose parts are each a country, a region or a city of 100,000 or more is a list of
** places, one candidate each. Returns 1 when it made them. */
static int split_places(pc_sent *st, const pc_model *m, cands *cs, size_t i, int *rc) {
  uint8_t key[PC_KEY_MAX + 8];
  const uint8_t *s = st->s;
  size_t a = st->tok[i].start, e = st->tok[i].end, p, q, parts = 0, n;
  *rc = PC_OK;
  if (!m || !(st->tok[i].flags & PC_TF_HYPHEN) || lex_cls(st, m, i)) return 0;
  for (p = a; p <= e; p = q + 1) {
    const pc_lex_entry *x;
    for (q = p; q < e && s[q] != '-'; q++) {}
    n = pc_fold(s, p, q, key, sizeof key);
    x = n ? pc_model_lookup(m, key, n) : NULL;
    if (!x || !(x->cls & L_PLACE) || ((x->cls & L_PLACE) == L_CITY && x->pop < 100000) || q == p ||
        !(s[p] >= 'A' && s[p] <= 'Z'))
      return 0;
    parts++;
  }
  if (parts < 2) return 0;
  for (p = a; p <= e; p = q + 1) {
    for (q = p; q < e && s[q] != '-'; q++) {}
    if (!push_span(cs, st, p, q, PC_ENT_PLACE, PC_KIND_CITY, 0)) { *rc = PC_ENOMEM; return 1; }
  }
  st->taken[i] = 1;
  return 1;
}

/* Schwartz and Hearst's test for an acronym defined in parentheses: whether the letters of
** the acronym at token a, in order, are found in the words that end at token e (folded:
** lowercase, no accents; hyphens split words), the first letter at the start of a word.
** Returns the first token of the shortest such long form, within min(letters + 5, 2 x
** letters) words, or -1. "Confederación Estatal de Sindicatos Médicos (CESM)", "Union
** suisse des paysans (USP)", "Haut-Commissariat au Plan (HCP)", "Confederation of Students
** of Chile (Confech)". */
#define LF_MAX_TOKENS 16
static long acronym_long_form(const pc_sent *st, size_t a, size_t e) {
  uint8_t acr[12], folded[LF_MAX_TOKENS][48];
  size_t na = 0, n = pc_tok_len(st, a), k, ntok = 0, words = 0, maxw, ti = 0, tok_at[LF_MAX_TOKENS], flen[LF_MAX_TOKENS];
  const uint8_t *p = pc_tok_text(st, a);
  long si, pos;
  for (k = 0; k < n; k++) {
    uint8_t c = p[k];
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      if (na == sizeof acr) return -1;
      acr[na++] = (uint8_t)(c | 0x20);
    } else if (c != '-' && c != '&' && c != '.') {
      return -1; /* digits, accents: not an acronym this test reads */
    }
  }
  if (na < 2) return -1;
  maxw = na + 5 < 2 * na ? na + 5 : 2 * na;
  for (k = e + 1; k > 0 && ntok < LF_MAX_TOKENS && words < maxw; k--) {
    size_t t = k - 1;
    if (st->tok[t].kind != PC_TOK_WORD) break;
    flen[ntok] = pc_fold(st->s, st->tok[t].start, st->tok[t].end, folded[ntok], sizeof folded[ntok]);
    if (!flen[ntok]) break;
    tok_at[ntok++] = t;
    if (!(st->tok[t].flags & PC_TF_APOS)) words++;
  }
  if (ntok == 0) return -1;
  /* from the last letter and the last word backwards */
  pos = (long)flen[0] - 1;
  for (si = (long)na - 1; si >= 0; si--) {
    for (;;) {
      int word_start;
      if (pos < 0) {
        if (++ti >= ntok) return -1;
        pos = (long)flen[ti] - 1;
        continue;
      }
      word_start = pos == 0 || folded[ti][pos - 1] == ' ';
      if (folded[ti][pos] == acr[si] && (si > 0 || word_start)) break;
      pos--;
    }
    pos--;
  }
  return (long)tok_at[ti];
}

/* The acronym at token a, in parentheses, spells the words before it: both are one
** organization (a long form found by acronym_long_form), replacing what those words were
** taken for, unless they are one person or one place ("Los Angeles (LA)"). */
static int define_acronym(pc_sent *st, cands *cs, size_t a) {
  long start;
  size_t s, e = a - 2, j, t, words = 0;
  int kind = 0;
  cand *c;
  if (cs->count == 0 || cs->items[cs->count - 1].span.start != st->tok[a].start) return PC_OK;
  if (!(st->tok[a].flags & PC_TF_CAP) || pc_tok_len(st, a) > 12 || (st->tok[a].flags & (PC_TF_HYPHEN | PC_TF_APOS)))
    return PC_OK;
  if ((start = acronym_long_form(st, a, e)) < 0) return PC_OK;
  s = (size_t)start;
  /* a long form begins with a capitalized word that is not a function word, and has two
  ** words at least ("Union suisse", "Haut-Commissariat") */
  if (!(st->tok[s].flags & (PC_TF_CAP | PC_TF_UPPER)) || (st->tok[s].flags & PC_TF_APOS) || pc_tok_function(st, s)) return PC_OK;
  for (t = s; t <= e; t++) {
    const uint8_t *q = pc_tok_text(st, t);
    size_t x;
    if (!(st->tok[t].flags & PC_TF_APOS)) words++;
    for (x = 0; x < pc_tok_len(st, t); x++) words += q[x] == '-';
  }
  if (words < 2) return PC_OK;
  /* the mentions already found there: the acronym's own, then those inside the long form */
  for (j = cs->count - 1; j > 0 && cs->items[j - 1].span.start >= st->tok[s].start; j--) {}
  for (t = j; t + 1 < cs->count; t++) {
    const cand *x = &cs->items[t];
    if (x->type == PC_ENT_PERSON && !(x->flags & NC_WEAK)) return PC_OK;
    if (x->type == PC_ENT_PLACE && !(x->flags & NC_WEAK) && x->span.start == st->tok[s].start &&
        x->span.end == st->tok[e].end)
      return PC_OK;
    if (x->type == PC_ENT_ORG && x->kind) kind = x->kind;
  }
  if (j > 0 && cs->items[j - 1].span.end > st->tok[s].start) return PC_OK; /* a mention straddles it */
  /* tokens taken by a date or a figure stay theirs */
  for (t = s; t <= e; t++) {
    size_t x;
    int covered = 0;
    if (!st->taken[t]) continue;
    for (x = j; x + 1 < cs->count && !covered; x++)
      covered = cs->items[x].span.start <= st->tok[t].start && cs->items[x].span.end >= st->tok[t].end;
    if (!covered) return PC_OK;
  }
  cs->count = j;
  if (!(c = push(cs, st, s, e, PC_ENT_ORG, kind, 0))) return PC_ENOMEM;
  for (t = s; t <= e; t++) st->taken[t] = 1;
  if (!(c = push(cs, st, a, a, PC_ENT_ORG, kind, 0))) return PC_ENOMEM;
  st->taken[a] = 1;
  c->link = cs->count - 1;
  cs->items[cs->count - 2].link = cs->count;
  return PC_OK;
}

/* "tribunal administratif de Poitiers", "cour administrative d'appel de Bordeaux", "conseil
** départemental de la Gironde", "préfecture de police d'Abidjan": a French institution named
** by a lowercase head, its adjectives and complements, and the place it serves. Returns the
** last token of the name, or 0 when there is none at token i. */
static size_t fr_institution(const pc_sent *st, const pc_model *m, size_t i) {
  size_t k = i + 1, steps, n;
  const uint8_t *p;
  int dummy, head;
  if (st->lang == PC_LANG_EN || i >= st->n || !(st->tok[i].flags & PC_TF_LOWER) || st->tok[i].kind != PC_TOK_WORD) return 0;
  p = pc_tok_text(st, i);
  n = pc_tok_len(st, i);
#define IS(lit) (n == sizeof lit - 1 && memcmp(p, lit, n) == 0)
  switch (p[0]) {
    case 't': head = IS("tribunal"); break;
    case 'c': head = IS("cour") || IS("conseil") || IS("chambre"); break;
    case 'r': head = IS("rectorat"); break;
    case 'p': head = IS("parquet") || IS("pr\xc3\xa9" "fecture"); break;
    default: head = 0;
  }
#undef IS
  if (!head || !is_lower_word(st, i)) return 0;
  for (steps = 0; steps < 5 && k < st->n; steps++) {
    if (pc_tok_ieq(st, k, "de") || pc_tok_ieq(st, k, "du") || pc_tok_ieq(st, k, "des") || pc_tok_ieq(st, k, "d'") ||
        pc_tok_ieq(st, k, "d\xe2\x80\x99")) {
      size_t k2 = k + 1;
      if (pc_tok_ieq(st, k2, "la") || pc_tok_ieq(st, k2, "l'") || pc_tok_ieq(st, k2, "l\xe2\x80\x99")) k2++;
      if (is_cap(st, k2)) return extend_run(st, m, k2, &dummy);
      if (!is_lower_word(st, k2) || pc_tok_function(st, k2)) return 0;
      k = k2 + 1;
    } else if (is_lower_word(st, k) && !pc_tok_function(st, k) && is_fr_org_adjective(st, k)) {
      k++;
    } else {
      return 0;
    }
  }
  return 0;
}

/* "Rassemblement national", "La France insoumise": a party of the gazetteer whose name goes
** on in lowercase words; the last token of the longest such name from token a (b if none). */
static size_t party_words(const pc_sent *st, const pc_model *m, size_t a, size_t b) {
  const pc_lex_entry *e;
  size_t k, best = b;
  if (!is_lower_word(st, b + 1)) return b; /* a name of capitals alone: by_lexicon finds it */
  /* "Le Rassemblement national", "Selon le Rassemblement national": function words at the
  ** run's start are no part of it (trim_run drops them); "The union", "We can" are no party */
  while (a < b && (lex_cls(st, m, a) & L_NOTNAME)) a++;
  if ((lex_cls(st, m, a) & L_NOTNAME) || !is_cap(st, a)) return b;
  e = lex_lookup(st, m, a, b);
  if (!e || !(e->cls & L_PREFIX)) return b;
  for (k = b + 1; k < st->n && k <= b + 3 && pc_tok_word(st, k) && !st->taken[k]; k++) {
    e = lex_lookup(st, m, a, k);
    if (!e) break;
    if (e->cls & (L_PARTY | L_ORG_NAME)) best = k;
  }
  return best;
}

/* Whether the capitalized word i is the plural of a noun of people or days ("Scientists",
** "Veterans", "Mothers", "Fridays"): a common word once lowercased, ending in one of these. */
static int plural_people(const pc_sent *st, const pc_model *m, size_t i) {
  static const char *const ends[] = {"ers", "ors", "ists", "ents", "ans", "ens", "ies", NULL};
  const uint8_t *w = pc_tok_text(st, i);
  size_t n = pc_tok_len(st, i), k;
  if (n < 5 || !(st->tok[i].flags & PC_TF_CAP)) return 0;
  /* "Fridays", "Mondays": English writes days capitalized, so no common word */
  if (n >= 7 && memcmp(w + n - 4, "days", 4) == 0 && !(lex_cls(st, m, i) & (L_PLACE | L_GIVEN))) return 1;
  if (!(lex_cls_c(st, m, i) & L_COMMON)) return 0;
  for (k = 0; ends[k]; k++) {
    size_t e = strlen(ends[k]);
    if (memcmp(w + n - e, ends[k], e) == 0) return 1;
  }
  return 0;
}

/* "Fridays for Future", "Veterans for Peace", "Parents against Fascism": a capitalized plural
** of people, for/against, then capitalized words that are no place ("Thanks for Paris") and no
** person ("Voters for Jean Martin"): one organization from token b on; its last token, or 0. */
static size_t for_org(const pc_sent *st, const pc_model *m, size_t b) {
  size_t c = b + 2, e;
  const pc_lex_entry *whole;
  if (!(pc_tok_ieq(st, b + 1, "for") || pc_tok_ieq(st, b + 1, "against")) || !is_lower_word(st, b + 1)) return 0;
  if (!plural_people(st, m, b) || !is_cap(st, c)) return 0;
  for (e = c; e + 1 < st->n && e < c + 2 && pc_tok_word(st, e + 1) && (st->tok[e + 1].flags & PC_TF_CAP); e++) {}
  if (is_given(st, m, c) || (lex_cls(st, m, c) & (L_PLACE | L_DEMONYM | L_TITLE | L_NOTNAME))) return 0;
  if ((whole = lex_run(st, m, c, e)) && (whole->cls & L_PLACE)) return 0;
  if (!(lex_cls_c(st, m, c) & L_COMMON)) return 0; /* "Future", "Peace", "Climate": a common noun */
  return e;
}

static int classify(pc_sent *st, const pc_model *m, cands *cs, size_t a, size_t b, int has_org_head, unsigned cue);

/* An organization of for_org inside the run [*i, b]: pushed, *i past it, 1; else 0; or PC_ENOMEM. */
static int push_for_org(pc_sent *st, const pc_model *m, cands *cs, size_t *i, size_t b, unsigned cue) {
  size_t k, e = 0, t;
  int rc;
  for (k = *i; k <= b && !(e = for_org(st, m, k)); k++) {}
  if (!e) return 0;
  /* "Organizers Fridays for Future": the words before the plural are their own run */
  if (k > *i && (rc = classify(st, m, cs, *i, k - 1, 0, cue))) return rc;
  if (!push(cs, st, k, e, PC_ENT_ORG, PC_KIND_ASSOCIATION, 0)) return PC_ENOMEM;
  for (t = k; t <= e; t++) st->taken[t] = 1;
  *i = e + 1;
  return 1;
}

/* Whether the sentence is a line in capitals ("POLICE UNIONS MARCH IN PARIS"): three words
** or more and four in five of its words of two letters or more in capitals. */
static int shouted(const pc_sent *st) {
  size_t i, words = 0, upper = 0;
  for (i = 0; i < st->n; i++) {
    if (!pc_tok_word(st, i) || pc_tok_len(st, i) < 2) continue;
    words++;
    if (st->tok[i].flags & PC_TF_UPPER) upper++;
  }
  return upper >= 3 && upper * 5 >= words * 4;
}

/* Pass 1 over a line in capitals: a run of its words is a name only as the lexicon knows it
** (a country, region or large city; a medium; a party), or as the document names it
** elsewhere ("MACRON" after "Emmanuel Macron", "CGT"): each other word is left to pass 2
** with only that evidence. Not every shouted word is an acronym. */
static int collect_shouted(pc_sent *st, const pc_model *m, cands *cs) {
  size_t i = 0, j, t;
  while (i < st->n) {
    const pc_lex_entry *e = NULL;
    if (st->taken[i] || !pc_tok_word(st, i) || !(st->tok[i].flags & PC_TF_UPPER)) { i++; continue; }
    for (j = i + 3 < st->n ? i + 3 : st->n - 1; j > i; j--) {
      for (t = i + 1; t <= j && pc_tok_word(st, t) && !st->taken[t] && (st->tok[t].flags & PC_TF_UPPER); t++) {}
      if (t > j && (e = lex_lookup(st, m, i, j)) && (e->cls & (L_COUNTRY | L_REGION | L_CITY | L_MEDIA | L_PARTY | L_ORG_NAME))) break;
      e = NULL;
    }
    if (!e) e = lex_run(st, m, i, i);
    if (e && (e->cls & (L_MEDIA | L_PARTY | L_ORG_NAME))) {
      if (!push(cs, st, i, j, PC_ENT_ORG, (e->cls & L_PARTY) ? PC_KIND_PARTY : e->head_kind, NC_ALLCAPS)) return PC_ENOMEM;
    } else if (e && possessor_is_place(st, m, i, j)) {
      if (!push(cs, st, i, j, PC_ENT_PLACE, e->kind ? e->kind : PC_KIND_CITY, NC_ALLCAPS)) return PC_ENOMEM;
    } else if (is_given(st, m, i) && pc_tok_len(st, i) >= 3 && !pc_tok_function(st, i) &&
               !(lex_cls(st, m, i) & (L_NOTNAME | L_PARTICLE)) && pc_tok_word(st, i + 1) && !st->taken[i + 1] &&
               (st->tok[i + 1].flags & PC_TF_UPPER) && !pc_tok_function(st, i + 1) &&
               !(lex_cls(st, m, i + 1) & (L_PLACE | L_NOTNAME | L_PARTICLE | L_ORG_HEAD | L_ROLE | L_TITLE | L_MEDIA)) &&
               !((lex_cls_c(st, m, i) & L_COMMON) && (lex_cls_c(st, m, i + 1) & L_COMMON))) {
      j = i + 1; /* a credit: "(LÉA MARCHAND / FRANCE 3)" */
      if (!push(cs, st, i, j, PC_ENT_PERSON, 0, NC_ALLCAPS)) return PC_ENOMEM;
    } else {
      j = i;
      if (!(lex_cls(st, m, i) & (L_NOTNAME | L_TITLE | L_ROLE)) &&
          !push(cs, st, i, i, -1, 0, NC_UNKNOWN | NC_ALLCAPS | NC_SHOUTED | NC_SENT_START))
        return PC_ENOMEM;
    }
    for (t = i; t <= j; t++) st->taken[t] = 1;
    i = j + 1;
  }
  return PC_OK;
}

/* Pass 1 over one sentence. */
static int collect_runs(pc_sent *st, const pc_model *m, cands *cs);

/* "Greenpeace-led coalition", "FNSEA-backed", "US-led": the name before a hyphenated
** participle is the organization (or the place, when the lexicon knows it), without the
** participle. 1 when it made the candidate, PC_ENOMEM, 0 when token i is no such word. */
static int led_prefix(pc_sent *st, const pc_model *m, cands *cs, size_t i) {
  static const char *const parts[] = {"-led", "-backed", "-owned", "-run", "-funded", "-sponsored", "-affiliated",
                                      "-linked", NULL};
  const uint8_t *p = pc_tok_text(st, i);
  size_t n = pc_tok_len(st, i), k, e, len;
  uint8_t key[PC_KEY_MAX + 8];
  const pc_lex_entry *le;
  if (n < 5 || !memchr(p + 1, '-', n - 1)) return 0; /* most words: no hyphen */
  for (k = 0; parts[k]; k++) {
    e = strlen(parts[k]);
    if (n > e + 1 && pc_ascii_ieq(p + n - e, e, parts[k])) break;
  }
  if (!parts[k] || !m) return 0;
  len = pc_fold(st->s, st->tok[i].start, st->tok[i].end - e, key, sizeof key);
  le = len ? pc_model_lookup(m, key, len) : NULL;
  if (le && (le->cls & (L_DEMONYM | L_NOTNAME | L_COMMON))) return 0; /* "Kremlin-backed" stays whole */
  if (le && (le->cls & L_PLACE))
    return push_span(cs, st, st->tok[i].start, st->tok[i].end - e, PC_ENT_PLACE, le->kind, NC_PREP) ? 1 : PC_ENOMEM;
  return push_span(cs, st, st->tok[i].start, st->tok[i].end - e, PC_ENT_ORG, PC_KIND_ASSOCIATION, 0) ? 1 : PC_ENOMEM;
}

/* Skips spaces, then the word w (ASCII, any case) when it is next and whole; 1 when it was. */
static int skip_word(const uint8_t *s, size_t *p, size_t end, const char *w) {
  size_t q = *p, n = strlen(w);
  while (q < end && s[q] == ' ') q++;
  if (end - q < n || !pc_ascii_ieq(s + q, n, w)) { *p = q; return 0; }
  if (q + n < end && s[q + n] != ' ' && w[n - 1] != '\'') { *p = q; return 0; }
  *p = q + n;
  return 1;
}

/* Whether only a comma, "and" / "et" / "or" / "ou" / "&" and an article stand between
** candidates x and y: "Avanti, Northern and ScotRail", "Oxfam Novib and the FNV". */
static int listed_pair(const uint8_t *s, const cand *x, const cand *y) {
  size_t p = x->span.end, end = y->span.start;
  int joined;
  if (end <= p || end - p > 12) return 0;
  joined = skip_word(s, &p, end, ",");
  if (skip_word(s, &p, end, "and") || skip_word(s, &p, end, "et") || skip_word(s, &p, end, "or") ||
      skip_word(s, &p, end, "ou") || skip_word(s, &p, end, "&"))
    joined = 1;
  if (!joined) return 0;
  if (!skip_word(s, &p, end, "the") && !skip_word(s, &p, end, "les") && !skip_word(s, &p, end, "le") &&
      !skip_word(s, &p, end, "la") && !skip_word(s, &p, end, "l'"))
    skip_word(s, &p, end, "l\xe2\x80\x99");
  while (p < end && s[p] == ' ') p++;
  return p == end;
}

/* "H&M, Zara owner Inditex and Primark", "Avanti, Northern and ScotRail": a name listed with
** an organization in the sentence's candidates from first on, that no rule typed, is one too
** when nothing else explains it (NC_IN_ORGS, pass 2); both ways along the list. */
static void list_orgs(const pc_sent *st, cands *cs, size_t first) {
  size_t i;
  int pass;
  for (pass = 0; pass < 2; pass++) {
    for (i = first + 1; i < cs->count; i++) {
      size_t k = pass == 0 ? i : first + cs->count - i; /* forward, then backward */
      cand *x = &cs->items[pass == 0 ? k - 1 : k], *y = &cs->items[pass == 0 ? k : k - 1];
      int org = x->type == PC_ENT_ORG || (x->type == -1 && (x->flags & NC_IN_ORGS));
      if (org && y->type == -1 && (y->flags & NC_UNKNOWN) && !(y->flags & (NC_SENT_START | NC_SHOUTED | NC_ALLCAPS)) &&
          listed_pair(st->s, &cs->items[k - 1], &cs->items[k]))
        y->flags |= NC_IN_ORGS;
    }
  }
}

/* "le port d'Anvers": the head names a part of the city whose name follows, which alone is
** the place (place_cues.c). */
static int head_left_out(const pc_sent *st, const pc_model *m, size_t i, size_t k, size_t b) {
  const pc_lex_entry *e;
  if (!pc_place_head_of_city(st, i) || k == i + 1) return 0;
  e = lex_run(st, m, k, b);
  return e && (e->cls & L_PLACE);
}

/* Whether the lowercase word at i heads the name after it: a place's ("place de la Nation",
** "golfe de Gascogne") or an office's ("ministère de l'Intérieur", "préfecture de police"). */
static int lower_head(const pc_sent *st, const pc_model *m, size_t i) {
  return (lex_cls(st, m, i) & L_PLACE_BEFORE) || pc_place_geo_head(st, i) || pc_tok_ieq(st, i, "minist\xc3\xa8re") ||
         pc_tok_ieq(st, i, "pr\xc3\xa9" "fecture");
}

/* Pushes tokens [a, b] as a PLACE of that kind and marks them taken; 0 or PC_ENOMEM. */
static int push_place(pc_sent *st, cands *cs, size_t a, size_t b, int kind) {
  size_t t;
  if (!push(cs, st, a, b, PC_ENT_PLACE, kind, 0)) return PC_ENOMEM;
  for (t = a; t <= b; t++) st->taken[t] = 1;
  return PC_OK;
}

/* A place told by the words before it (place_cues.c), at token *i: a US state's
** abbreviation after a city ("Tucson, Ariz."), a name right after a facility word ("le stade
** Armand-Cesari", "l'hôpital Pontchaillou"; "l'hôpital de la Timone" is written whole, as the
** project's articles have it). Pushes it and moves *i past it: 1; 0 none; < 0 an error. */
static int place_cue(pc_sent *st, const pc_model *m, cands *cs, size_t *i) {
  size_t a = *i, b;
  int kind = PC_KIND_REGION, dummy, rc;
  if (!(st->tok[a].flags & PC_TF_CAP)) return 0; /* most words: lowercase */
  if (pc_place_based(st, a)) { /* "Paris-based Renault": an adjective, no part of the name after it */
    *i = a + 1;
    return 1;
  }
  if ((b = pc_place_state_abbrev(st, a)) == 0) {
    if (a == 0 || !pc_place_facility_before(st, a - 1) || !is_cap(st, a) ||
        (lex_cls(st, m, a) & (L_TITLE | L_NOTNAME)))
      return 0;
    b = extend_run(st, m, a, &dummy);
    kind = PC_KIND_SITE;
  }
  if ((rc = push_place(st, cs, a, b, kind))) return rc;
  *i = b + 1;
  return 1;
}

/* "Contactée par franceinfo", "Léa Marchand - franceinfo": a medium of the lexicon written in
** lowercase (six letters or more: not "ap", "abc"), after par / selon / by or a dash. */
static int lower_medium(const pc_sent *st, const pc_model *m, size_t i) {
  if (i == 0 || pc_tok_len(st, i) < 6 || st->taken[i] || !is_lower_word(st, i) ||
      !(pc_tok_char(st, i - 1, '-') || pc_tok_ieq(st, i - 1, "par") || pc_tok_ieq(st, i - 1, "selon") ||
        pc_tok_ieq(st, i - 1, "by")))
    return 0;
  return (lex_cls(st, m, i) & L_MEDIA) && !(lex_cls_c(st, m, i) & L_COMMON);
}

/* A French institution named by a lowercase head at token *i: fr_institution's, or "l'université
** Rennes 2", "l'université Paris-Saclay", the university named after its lowercase head
** (GUIDELINES: the generic head stays out), with its number. Pushes the organization and
** moves *i past it: 1; 0 none; < 0 an error. */
static int lower_head_org(pc_sent *st, const pc_model *m, cands *cs, size_t *i) {
  size_t a = *i + 1, b, t;
  int dummy;
  if ((b = fr_institution(st, m, *i)) > 0) { /* "tribunal administratif de Poitiers" (fr_institution) */
    if (!push(cs, st, *i, b, PC_ENT_ORG, PC_KIND_INSTITUTION, 0)) return PC_ENOMEM;
    for (t = *i; t <= b; t++) st->taken[t] = 1;
    *i = b + 1;
    return 1;
  }
  if (st->lang == PC_LANG_EN || !is_lower_word(st, *i) || !pc_tok_ieq(st, *i, "universit\xc3\xa9") || !is_cap(st, a) ||
      (lex_cls(st, m, a) & (L_TITLE | L_NOTNAME)))
    return 0;
  b = extend_run(st, m, a, &dummy);
  if (b + 1 < st->n && st->tok[b + 1].kind == PC_TOK_NUMBER && !st->taken[b + 1] && pc_tok_len(st, b + 1) <= 2) b++;
  if (!push(cs, st, a, b, PC_ENT_ORG, PC_KIND_INSTITUTION, 0)) return PC_ENOMEM;
  for (t = a; t <= b; t++) st->taken[t] = 1;
  *i = b + 1;
  return 1;
}

/* A one-word run that names something else than itself: "A Greenpeace-led coalition"
** (led_prefix), "Cologne-Berlin" (split_places). 1 when its candidates are made (*rc an
** error code), 0 when it is no such word. */
static int split_word(pc_sent *st, const pc_model *m, cands *cs, size_t i, size_t b, int *rc) {
  *rc = PC_OK;
  if ((b == i || (b == i + 1 && (lex_cls(st, m, i) & L_NOTNAME))) && (*rc = led_prefix(st, m, cs, b)) != 0) {
    if (*rc > 0) {
      *rc = PC_OK;
      st->taken[b] = 1;
    }
    return 1;
  }
  return b == i && split_places(st, m, cs, i, rc);
}

static int collect(pc_sent *st, const pc_model *m, cands *cs) {
  size_t first = cs->count;
  int rc = collect_runs(st, m, cs);
  if (rc == PC_OK) list_orgs(st, cs, first);
  return rc;
}

static int collect_runs(pc_sent *st, const pc_model *m, cands *cs) {
  size_t i = 0, listed = (size_t)-1; /* a name listed after a titled one: "MM. A, B et C" */
  int rc;
  if (shouted(st)) return collect_shouted(st, m, cs);
  while (i < st->n) {
    size_t b;
    int org_head;
    unsigned cue = 0;
    if (st->taken[i] || !pc_tok_word(st, i)) { i++; continue; }
    if ((rc = place_cue(st, m, cs, &i)) < 0 || (!rc && (rc = lower_head_org(st, m, cs, &i)) < 0)) return rc;
    if (rc) continue;
    if (i == listed && is_cap(st, i) && !(lex_cls(st, m, i) & (L_TITLE | L_NOTNAME))) cue = NC_CUE | NC_TITLED;
    /* "Mr. Ashby", "M. Martin", "Mme Roux", "Dr Smith" */
    if ((st->tok[i].flags & PC_TF_CAP) && (lex_cls(st, m, i) & L_TITLE)) {
      size_t k = pc_tok_char(st, i + 1, '.') ? i + 2 : i + 1;
      if (is_cap(st, k) && !(lex_cls(st, m, k) & L_TITLE)) {
        st->taken[i] = 1;
        if (k > i + 1) st->taken[i + 1] = 1;
        i = k;
        cue = NC_CUE | NC_TITLED;
      }
    }
    /* "place de la Nation", "rue de Rivoli", "gare Saint-Lazare", "ministère de l'Intérieur" */
    if (is_lower_word(st, i) && st->lang != PC_LANG_EN && i + 1 < st->n &&
        (is_cap(st, i + 1) || pc_tok_ieq(st, i + 1, "de") || pc_tok_ieq(st, i + 1, "du") || pc_tok_ieq(st, i + 1, "des") ||
         pc_tok_ieq(st, i + 1, "d'") || pc_tok_ieq(st, i + 1, "d\xe2\x80\x99")) &&
        lower_head(st, m, i)) {
      size_t k = i + 1;
      if (pc_tok_ieq(st, k, "de") || pc_tok_ieq(st, k, "du") || pc_tok_ieq(st, k, "des") || pc_tok_ieq(st, k, "d'") ||
          pc_tok_ieq(st, k, "d\xe2\x80\x99")) {
        k++;
        if (pc_tok_ieq(st, k, "la") || pc_tok_ieq(st, k, "l'") || pc_tok_ieq(st, k, "l\xe2\x80\x99")) k++;
      }
      if (!is_cap(st, k) && pc_tok_ieq(st, i, "pr\xc3\xa9" "fecture") && pc_tok_ieq(st, k, "police") && k > i + 1) {
        cand *c = push(cs, st, i, k, PC_ENT_ORG, PC_KIND_INSTITUTION, 0);
        size_t t;
        if (!c) return PC_ENOMEM;
        for (t = i; t <= k; t++) st->taken[t] = 1;
        i = k + 1;
        continue;
      }
      if (is_cap(st, k)) {
        int dummy;
        int geo = pc_place_geo_head(st, i), is_place = geo || (lex_cls(st, m, i) & L_PLACE_BEFORE) != 0;
        b = extend_run(st, m, k, &dummy);
        if (!is_place && !(lex_cls(st, m, i) & L_ORG_HEAD)) { i++; continue; }
        /* "ministère de la Transition énergétique": the adjective after the capitalized noun */
        if (!is_place && b == k && is_fr_org_adjective(st, b + 1)) b++;
        if (is_place && head_left_out(st, m, i, k, b)) {
          if ((rc = push_place(st, cs, k, b, PC_KIND_CITY))) return rc;
          i = b + 1;
          continue;
        }
        {
          cand *c = push(cs, st, i, b, is_place ? PC_ENT_PLACE : PC_ENT_ORG,
                         geo ? PC_KIND_SITE : is_place ? lex_run(st, m, i, i)->head_kind : PC_KIND_MINISTRY, 0);
          size_t t;
          if (!c) return PC_ENOMEM;
          for (t = i; t <= b; t++) st->taken[t] = 1;
        }
        i = b + 1;
        continue;
      }
    }
    if (lower_medium(st, m, i)) { /* "Contactée par franceinfo" */
      if (!push(cs, st, i, i, PC_ENT_ORG, PC_KIND_MEDIA, 0)) return PC_ENOMEM;
      st->taken[i++] = 1;
      continue;
    }
    if (!is_cap(st, i) || caption_label(st, i)) { i++; continue; }
    /* "#IStandWithAhmed", "@POTUS": a hashtag or a handle is no name of the text */
    if (i > 0 && (pc_tok_char(st, i - 1, '#') || pc_tok_char(st, i - 1, '@')) && pc_tok_glued(st, i - 1)) { i++; continue; }
    b = extend_run(st, m, i, &org_head);
    if ((rc = push_for_org(st, m, cs, &i, b, cue)) != 0) { if (rc < 0) return rc; continue; }
    b = party_words(st, m, i, b);
    /* "the Schuman roundabout": the facility word after the name stays out of it */
    if (!cue && pc_place_facility_after(st, b + 1)) {
      if ((rc = push_place(st, cs, i, b, PC_KIND_SITE))) return rc;
      i = b + 1;
      continue;
    }
    if (!cue && split_word(st, m, cs, i, b, &rc)) {
      if (rc) return rc;
      i = b + 1;
      continue;
    }
    if ((rc = classify(st, m, cs, i, b, org_head, cue))) return rc;
    /* the title of "MM. Diallo, Ndiaye et Sow" is every listed name's */
    listed = (size_t)-1;
    if (cs->count > 0 && (cs->items[cs->count - 1].flags & NC_TITLED) && cs->items[cs->count - 1].type == PC_ENT_PERSON &&
        cs->items[cs->count - 1].span.end == st->tok[b].end &&
        (pc_tok_char(st, b + 1, ',') || pc_tok_ieq(st, b + 1, "et") || pc_tok_ieq(st, b + 1, "and")))
      listed = b + 2;
    if (b == i && i >= 2 && pc_tok_char(st, i - 1, '(') && pc_tok_char(st, i + 1, ')') &&
        (rc = define_acronym(st, cs, i)))
      return rc;
    i = b + 1;
  }
  return PC_OK;
}

/* ---- pass 2 ---- */

/* An index of the document's mentions by folded text, so that pass 2 is linear: each
** key knows the longest person it is part of, the longest organization it starts, the first
** mention of that text with a type, and so on. Indexes are candidate positions, -1 none. */
typedef struct nkey {
  uint32_t off, len;
  int person;  /* longest multi-word PERSON whose first word or word suffix this is */
  int org;     /* longest multi-word ORG this starts at a word boundary */
  int typed;   /* first mention of this text with a type */
  int link;    /* an acronym or long form paired in parentheses: its partner */
  int usual;   /* first mention of this text not in capitals */
  int single;  /* a one-word mention of this text that is not a place or organization */
  int part;    /* longest multi-word mention left untyped whose first or last word this is */
  int team;    /* a mention of this place named as a sports team (NC_TEAM) */
  int speaks;  /* a mention of this text that speaks or acts as a company (NC_SPEAKS) */
  int tail;    /* longest multi-word ORG whose last word this is ("Commission": "European Commission") */
  int expand;  /* longest multi-word ORG whose capitals' initials this is ("aea": "Arizona Education Association") */
} nkey;

typedef struct nindex {
  nkey *keys;
  size_t count, cap;
  uint8_t *arena;
  size_t alen, acap;
  uint32_t *slots;
  size_t nslots;
  int *cand_key;  /* per candidate: its folded text's entry, -1 none (folded once) */
} nindex;

static uint64_t fnv(const uint8_t *k, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  size_t i;
  for (i = 0; i < n; i++) { h ^= k[i]; h *= 1099511628211ULL; }
  return h;
}

/* Doubles the slot table; the keys themselves do not move. */
static int rehash(nindex *x) {
  size_t want = x->nslots * 2, i, mask = want - 1;
  uint32_t *slots;
  if (want > ((size_t)-1) / sizeof *slots / 2 || x->count >= 0x7fffffff) return PC_ENOMEM;
  if (!(slots = calloc(want, sizeof *slots))) return PC_ENOMEM;
  for (i = 0; i < x->count; i++) {
    const nkey *k = &x->keys[i];
    size_t j = (size_t)fnv(x->arena + k->off, k->len) & mask;
    while (slots[j]) j = (j + 1) & mask;
    slots[j] = (uint32_t)(i + 1);
  }
  free(x->slots);
  x->slots = slots;
  x->nslots = want;
  return PC_OK;
}

/* The entry of a folded key; created when create is set. NULL when absent and not created,
** or, with create, only on allocation failure; an empty key is never stored. */
static nkey *nget(nindex *x, const uint8_t *key, size_t n, int create) {
  size_t mask, i;
  if (n == 0 || x->nslots == 0) return NULL;
  mask = x->nslots - 1;
  for (i = (size_t)fnv(key, n) & mask;; i = (i + 1) & mask) {
    uint32_t e = x->slots[i];
    nkey *k;
    if (e == 0) break;
    k = &x->keys[e - 1];
    if (k->len == n && memcmp(x->arena + k->off, key, n) == 0) return k;
  }
  if (!create) return NULL;
  if ((x->count + 1) * 2 > x->nslots) {
    if (rehash(x)) return NULL;
    return nget(x, key, n, create);
  }
  if (pc_grow((void **)&x->keys, &x->cap, x->count + 1, sizeof(nkey))) return NULL;
  if (pc_grow((void **)&x->arena, &x->acap, x->alen + n, 1)) return NULL;
  memcpy(x->arena + x->alen, key, n);
  {
    nkey *k = &x->keys[x->count];
    k->off = (uint32_t)x->alen;
    k->len = (uint32_t)n;
    k->person = k->org = k->typed = k->link = k->usual = k->single = k->speaks = k->team = k->part = k->tail = k->expand = -1;
    x->alen += n;
    x->count++;
    x->slots[i] = (uint32_t)x->count;
    return k;
  }
}

static size_t fold_span(const uint8_t *s, pc_span sp, uint8_t *key) {
  return pc_fold(s, sp.start, sp.end, key, PC_KEY_MAX);
}

static size_t span_len(pc_span sp) { return sp.end - sp.start; }

/* Records candidate i under the first word and every word suffix of its folded text
** (PERSON) or under every word prefix (ORG), keeping the longest candidate for each. */
static int keep_longest(nindex *x, const cands *cs, int i, const uint8_t *key, size_t n, int person) {
  nkey *e;
  int *slot;
  if (n == 0) return PC_OK; /* an empty word part (folding left two spaces together) */
  if (!(e = nget(x, key, n, 1))) return PC_ENOMEM;
  slot = person == 4 ? &e->expand : person == 3 ? &e->tail : person == 2 ? &e->part : person ? &e->person : &e->org;
  if (*slot < 0 || span_len(cs->items[*slot].span) < span_len(cs->items[i].span)) *slot = i;
  return PC_OK;
}

static int index_parts(nindex *x, const cands *cs, int i, const uint8_t *key, size_t n, int person) {
  size_t k;
  int first = 1;
  for (k = 0; k < n; k++) {
    if (key[k] != ' ') continue;
    if (person) {
      if (keep_longest(x, cs, i, key + k + 1, n - k - 1, 1)) return PC_ENOMEM;
      if (first && keep_longest(x, cs, i, key, k, 1)) return PC_ENOMEM;
    } else if (keep_longest(x, cs, i, key, k, 0)) {
      return PC_ENOMEM;
    }
    first = 0;
  }
  return PC_OK;
}

/* Whether the first word of span sp is a common word ("Comment Angiox", "Understand Old
** Athens": a sentence's first word glued to a name). */
static int common_first(const pc_model *m, const uint8_t *s, pc_span sp) {
  size_t k = sp.start;
  while (k < sp.end && s[k] != ' ') k++;
  return pc_model_is_common(m, s, sp.start, k);
}

/* Records the untyped name of two or three words, candidate i, under its last word (a
** family name said alone elsewhere: "Marisol Ortega" ... "Ortega, 41,"). */
static int last_word(nindex *x, const cands *cs, int i, const uint8_t *key, size_t n) {
  size_t k, spaces = 0, last = 0;
  for (k = 0; k < n; k++)
    if (key[k] == ' ') { spaces++; last = k + 1; }
  if (spaces > 2 || last >= n) return PC_OK;
  return keep_longest(x, cs, i, key + last, n - last, 2);
}

/* Records the multi-word organization i under its last word and under the initials of its
** capitalized words ("European Union": "union", "eu"; lowercase words skipped). */
static int org_tail(nindex *x, const uint8_t *s, const cands *cs, int i, const uint8_t *key, size_t n) {
  uint8_t ini[16];
  size_t k, last = 0, m = 0, p;
  pc_span sp = cs->items[i].span;
  for (k = 0; k < n; k++)
    if (key[k] == ' ') last = k + 1;
  if (last < n && keep_longest(x, cs, i, key + last, n - last, 3)) return PC_ENOMEM;
  for (p = sp.start; p < sp.end && m < sizeof ini; p++) {
    if (p > sp.start && s[p - 1] != ' ' && s[p - 1] != '-') continue;
    if (s[p] >= 'A' && s[p] <= 'Z') ini[m++] = (uint8_t)(s[p] + 32);
    else if (!(s[p] >= 'a' && s[p] <= 'z')) return PC_OK; /* a word of other letters or digits: no initials */
  }
  return m >= 2 && m < sizeof ini ? keep_longest(x, cs, i, ini, m, 4) : PC_OK;
}

static int build_index(nindex *x, const uint8_t *s, const cands *cs) {
  size_t i, want = 1024;
  uint8_t key[PC_KEY_MAX + 8];
  while (want < cs->count * 8 && want < ((size_t)1 << 30)) want *= 2; /* texts, first words, suffixes, prefixes */
  x->slots = calloc(want, sizeof *x->slots);
  if (!x->slots) return PC_ENOMEM;
  x->nslots = want;
  if (cs->count && !(x->cand_key = malloc(cs->count * sizeof *x->cand_key))) return PC_ENOMEM;
  for (i = 0; i < cs->count; i++) {
    const cand *c = &cs->items[i];
    size_t n = fold_span(s, c->span, key);
    int multi = memchr(key, ' ', n) != NULL;
    nkey *e;
    x->cand_key[i] = -1;
    if (n == 0) continue;
    if (!(e = nget(x, key, n, 1))) return PC_ENOMEM;
    x->cand_key[i] = (int)(e - x->keys);
    if (e->typed < 0 && c->type != -1 && !(c->flags & NC_UNKNOWN)) e->typed = (int)i;
    if (e->usual < 0 && !(c->flags & NC_ALLCAPS)) e->usual = (int)i;
    if (e->speaks < 0 && (c->flags & NC_SPEAKS)) e->speaks = (int)i;
    if (e->team < 0 && (c->flags & NC_TEAM)) e->team = (int)i;
    if (e->link < 0 && c->link) e->link = (int)c->link - 1;
    if (!multi && c->type != PC_ENT_PLACE && c->type != PC_ENT_ORG && e->single < 0) e->single = (int)i;
    if (multi && c->type == -1 && (c->flags & NC_UNKNOWN) && !(c->flags & (NC_SHOUTED | NC_ALLCAPS)) &&
        last_word(x, cs, (int)i, key, n))
      return PC_ENOMEM;
    if (multi && (c->type == PC_ENT_PERSON || (c->flags & NC_PLAIN)) && index_parts(x, cs, (int)i, key, n, 1))
      return PC_ENOMEM;
    if (multi && c->type == PC_ENT_ORG && !c->link && index_parts(x, cs, (int)i, key, n, 0)) return PC_ENOMEM;
    if (multi && c->type == PC_ENT_ORG && org_tail(x, s, cs, (int)i, key, n)) return PC_ENOMEM;
  }
  return PC_OK;
}

static void free_index(nindex *x) {
  free(x->cand_key);
  free(x->keys);
  free(x->arena);
  free(x->slots);
}

/* Whether a folded one-word key is a given name ("Maria said" speaks of a person). */
static int given_key(const pc_model *m, const uint8_t *key, size_t n) {
  const pc_lex_entry *e = pc_model_lookup(m, key, n);
  return e && (e->cls & L_GIVEN);
}

#ifdef PC_NER_FALLBACK
/* The span classifier's type for a candidate no rule typed, -1 when it says none or is not
** sure by a margin of 1000 (weights x 64). Off by default: on the project's blind sets the
** rules alone do better (docs/accuracy.md); build with `make module NER_FALLBACK=1`. */
static int by_model(const pc_document *doc, cand *c) {
  long score[PC_NER_CLASSES];
  int best = pc_ner_classify(doc->text, doc->len, c->span.start, c->span.end, score);
  if (best != PC_NER_NONE && score[best] - score[PC_NER_NONE] < 1000) return -1;
  switch (best) {
    case PC_NER_PERSON: return PC_ENT_PERSON;
    case PC_NER_ORG: c->kind = PC_KIND_COMPANY; return PC_ENT_ORG;
    case PC_NER_PLACE: c->kind = PC_KIND_CITY; return PC_ENT_PLACE;
    default: return -1;
  }
}
#endif

/* French contracts "de le" and "à le" into du and au (aux, des for les): "du Havre" names
** "Le Havre". The article belongs to the canonical name when the gazetteer knows the place
** with it; 1 for "Le ", 2 for "Les ", 0 otherwise (docs: GUIDELINES keeps it, "Le Havre"). */
static int contracted_article(const pc_document *doc, const pc_model *m, pc_span sp) {
  static const char *const words[] = { "du", "au", "aux", "des" };
  const uint8_t *s = doc->text;
  uint8_t key[PC_KEY_MAX + 8];
  size_t a = sp.start, w, n, k;
  const pc_lex_entry *le;
  if (a < 3 || s[a - 1] != ' ') return 0;
  for (w = a - 1; w > 0 && s[w - 1] >= 'A' && s[w - 1] <= 'z'; w--) {}
  for (k = 0; k < 4; k++) {
    size_t len = strlen(words[k]);
    if (a - 1 - w != len || !pc_ascii_ieq(s + w, len, words[k])) continue;
    memcpy(key, k < 2 ? "le " : "les ", k < 2 ? 3 : 4);
    n = pc_fold(s, sp.start, sp.end, key + (k < 2 ? 3 : 4), PC_KEY_MAX - 4);
    le = n ? pc_model_lookup(m, key, n + (k < 2 ? 3 : 4)) : NULL;
    if (le && (le->cls & L_PLACE)) return k < 2 ? 1 : 2;
  }
  return 0;
}

/* Whether the first or the last word of the multi-word candidate c (folded key) stands
** alone elsewhere in the document as a one-word mention that is no place or organization. */
static int alone_elsewhere(const pc_model *m, const uint8_t *s, const cands *cs, const nkey *p1, const cand *c) {
  const cand *o;
  if (!p1 || p1->single < 0) return 0;
  o = &cs->items[p1->single];
  /* "Business groups have warned ... Business Unity South Africa said": a sentence's first
  ** word that is a common word stands alone as that word, not as a name */
  return o->span.start != c->span.start &&
         !((o->flags & NC_SENT_START) && m && pc_model_is_common(m, s, o->span.start, o->span.end));
}

static int part_alone(const pc_model *m, const uint8_t *s, nindex *x, const cands *cs, const cand *c, const uint8_t *key,
                      size_t n) {
  size_t k;
  int first = 1;
  for (k = 0; k < n; k++) {
    if (key[k] != ' ') continue;
    if (alone_elsewhere(m, s, cs, nget(x, key + k + 1, n - k - 1, 0), c)) return 1;
    if (first && alone_elsewhere(m, s, cs, nget(x, key, k, 0), c)) return 1;
    first = 0;
  }
  return 0;
}

/* The last evidence for a candidate no mention of the document explains: its own weak
** reading, its speaking, the lexicon's place, a preposition of place, the shape of a
** person's name; -1 when none. */
/* Whether a list's "and" / "et" / comma or an article stands right before byte a
** ("Roissy et Orly", "the Alameda"): a place's reading holds there. */
static int listed_or_article(const uint8_t *s, size_t a) {
  static const char *const words[] = {"and ", "et ", "or ", "ou ", ", ", "the ", "le ", "la ", "l'", NULL};
  size_t k;
  for (k = 0; words[k]; k++) {
    size_t n = strlen(words[k]);
    if (a >= n && pc_ascii_ieq(s + a - n, n, words[k])) return 1;
  }
  return 0;
}

/* Whether the folded one-word key is a given name and, as a place, only a town of fewer
** than 100,000 ("Gloria", 6,000 in the Philippines). */
static int small_town_given(const pc_model *m, const uint8_t *key, size_t n) {
  const pc_lex_entry *le = pc_model_lookup(m, key, n);
  return le && (le->cls & L_GIVEN) && (le->cls & L_PLACE) == L_CITY && le->pop < 100000 && !memchr(key, ' ', n);
}

static int weak_evidence(const pc_document *doc, const pc_model *m, cand *c, const nkey *e, const uint8_t *key, size_t n,
                         int place) {
  if (c->flags & NC_WEAK) return c->type;
  /* "Lufthansa said", "selon Uniterre": no person explains it, and it is no place */
  if (((c->flags & NC_SPEAKS) || (e && e->speaks >= 0)) && !place && !(m && given_key(m, key, n))) {
    c->kind = PC_KIND_COMPANY;
    return PC_ENT_ORG;
  }
  /* "the doctor said Gloria was ill": a given name that is also a small town's, with no
  ** preposition of place, is the person */
  if (place && !(c->flags & NC_IN_PLACE) && m && small_town_given(m, key, n) && !listed_or_article(doc->text, c->span.start))
    place = 0;
  if (place && !(c->flags & NC_SENT_START)) { c->kind = PC_KIND_CITY; return PC_ENT_PLACE; }
  /* "Denise developed eczema", "Denise travaille chez Japy": a given name alone, no common
  ** word, no place, that no organization of the document explains */
  if ((c->flags & NC_UNKNOWN) && !(c->flags & (NC_SHOUTED | NC_ALLCAPS)) && !place && m && given_key(m, key, n) &&
      !memchr(key, ' ', n) && !pc_model_is_common(m, doc->text, c->span.start, c->span.end))
    return PC_ENT_PERSON;
  /* "in Gazipur", "à Épannes": no person or organization explains the name */
  if ((c->flags & NC_IN_PLACE) && !(m && given_key(m, key, n))) { c->kind = PC_KIND_CITY; return PC_ENT_PLACE; }
  if ((c->flags & NC_IN_ORGS) && !place && !(m && given_key(m, key, n))) { c->kind = PC_KIND_ASSOCIATION; return PC_ENT_ORG; }
  /* "le Boerenbond", "the Mercosur": an article, no place, no given name, no common word */
  if ((c->flags & NC_ARTICLE) && !place && !(c->flags & (NC_SHOUTED | NC_SENT_START)) && m && !given_key(m, key, n) &&
      !memchr(key, ' ', n) && !pc_model_is_common(m, doc->text, c->span.start, c->span.end)) {
    c->kind = PC_KIND_ASSOCIATION;
    return PC_ENT_ORG;
  }
  /* "Valeska Dupont spoke": two or three words that are no common word, place, head or
  ** title, and that no organization or person of the document explains */
  if (c->flags & NC_PLAIN) return PC_ENT_PERSON;
  return -1;
}

/* Appends the entity of the resolved candidate c; PC_ENOMEM when it cannot. */
static int emit(const pc_document *doc, const pc_model *m, const cand *c, pc_span best, pc_entities *out) {
  pc_entity *ent;
  if (pc_grow((void **)&out->items, &out->capacity, out->count + 1, sizeof(pc_entity))) return PC_ENOMEM;
  ent = &out->items[out->count++];
  memset(ent, 0, sizeof *ent);
  ent->span = c->span;
  ent->type = c->type;
  ent->kind = c->kind;
  ent->canonical = best;
  if (c->type == PC_ENT_PLACE && m && best.start == c->span.start) ent->article = contracted_article(doc, m, c->span);
  ent->sentence = c->sentence;
  if (c->type == PC_ENT_PERSON) ent->role = c->role;
  return PC_OK;
}

/* Whether the organization at sp, past its first n bytes and a space, goes on with a
** country's or a region's name: a branch ("Extinction Rebellion Belgique"), another
** organization than the mention of its first words ("Extinction Rebellion"). */
static int branch_of(const pc_model *m, const uint8_t *s, pc_span sp, size_t n) {
  uint8_t key[PC_KEY_MAX + 8];
  const pc_lex_entry *le;
  size_t k;
  if (!m || span_len(sp) <= n + 1 || s[sp.start + n] != ' ') return 0;
  k = pc_fold(s, sp.start + n + 1, sp.end, key, sizeof key);
  le = k ? pc_model_lookup(m, key, k) : NULL;
  return le && (le->cls & (L_COUNTRY | L_REGION));
}

/* The canonical form of an organization's mention that no rule gave one: an acronym takes
** the document's organization whose capitals it spells ("AEA": "Arizona Education
** Association", "EU": "European Union"); a head word alone takes the organization it ends
** ("Commission": "European Commission"). */
static void org_canonical(const pc_model *m, const uint8_t *s, const cands *cs, const cand *c, const nkey *e, pc_span *best) {
  const pc_lex_entry *le;
  size_t k;
  int acronym = span_len(c->span) >= 2;
  for (k = c->span.start; k < c->span.end; k++)
    if (!(s[k] >= 'A' && s[k] <= 'Z')) acronym = 0;
  if (acronym && e->expand >= 0) { *best = cs->items[e->expand].span; return; }
  if (!acronym && e->tail >= 0 && m && !memchr(s + c->span.start, ' ', span_len(c->span))) {
    uint8_t key[PC_KEY_MAX + 8];
    size_t n = pc_fold(s, c->span.start, c->span.end, key, sizeof key);
    le = n ? pc_model_lookup(m, key, n) : NULL;
    if (le && (le->cls & L_ORG_HEAD)) *best = cs->items[e->tail].span;
  }
}

/* "Nurses strike at ...", "Teachers said": a sentence's first word that is the plural of a
** common noun is the people, not the start of the organization named after them ("Nurses
** Can't Wait", "Teachers for Gaza"). */
static int common_plural(const pc_model *m, const uint8_t *s, pc_span sp) {
  size_t n = span_len(sp);
  return m && n >= 4 && s[sp.end - 1] == 's' && s[sp.end - 2] != 's' && !memchr(s + sp.start, ' ', n) &&
         pc_model_is_common(m, s, sp.start, sp.end);
}

/* Pass 2 over the document. */
static int resolve(const pc_document *doc, const pc_model *m, cands *cs, unsigned types, pc_entities *out) {
  const uint8_t *s = doc->text;
  nindex x;
  size_t i;
  int rc;
  memset(&x, 0, sizeof x);
  if (cs->count > 0x3fffffff) return PC_ETOOBIG;
  if ((rc = build_index(&x, s, cs))) { free_index(&x); return rc; }
  for (i = 0; i < cs->count; i++) {
    cand *c = &cs->items[i];
    pc_span best = c->span;
    int resolved = c->type, place;
    /* the candidate's folded text, from the index (the arena no longer moves) */
    nkey *e = x.cand_key[i] >= 0 ? &x.keys[x.cand_key[i]] : NULL;
    const uint8_t *key = e ? x.arena + e->off : NULL;
    size_t n = e ? e->len : 0;
    if (c->flags & NC_WEAK) resolved = -1;
    /* a partial mention of a person; a town's name that is a person's of the document too,
    ** with no "in" or "at" before it ("Valeska Paris" ... "Paris claims") */
    if ((c->type == -1 || c->type == PC_ENT_PERSON || (c->flags & NC_WEAK) ||
         (c->type == PC_ENT_PLACE && !(c->flags & (NC_PREP | NC_TEAM)) && (c->kind == PC_KIND_CITY || c->kind == PC_KIND_DEPARTMENT))) &&
        e && e->person >= 0 &&
        e->person != (int)i && span_len(cs->items[e->person].span) > span_len(best)) {
      best = cs->items[e->person].span;
      resolved = PC_ENT_PERSON;
    }
    {
      const pc_lex_entry *le = (n && m) ? pc_model_lookup(m, key, n) : NULL;
      place = le && (le->cls & L_PLACE);
    }
    /* the start of an organization's name */
    /* (not after "in": "Tyneside Courier" ... "across Tyneside") */
    if (((resolved == -1 && (!place || c->type == PC_ENT_ORG) && !(c->flags & (NC_SHOUTED | NC_IN_PLACE)) &&
          !((c->flags & NC_SENT_START) && common_plural(m, s, c->span))) ||
         (c->type == PC_ENT_ORG && resolved != PC_ENT_PERSON)) &&
        e && e->org >= 0 && e->org != (int)i && span_len(cs->items[e->org].span) > span_len(best) &&
        !branch_of(m, s, cs->items[e->org].span, span_len(c->span))) {
      best = cs->items[e->org].span;
      resolved = PC_ENT_ORG;
      c->kind = cs->items[e->org].kind;
    }
    /* "Marisol Ortega" ... "Ortega, 41,": the family name of an untyped longer name that will be
    ** a person, or was (before the same text's other readings: "Back in Tucson, Ortega said") */
    if (resolved == -1 && n && !memchr(key, ' ', n) && !(c->flags & (NC_PREP | NC_SHOUTED | NC_ALLCAPS)) &&
        (c->type == -1 || (c->flags & NC_WEAK)) && e && e->part >= 0 && e->part != (int)i &&
        (e->part < (int)i ? cs->items[e->part].type == PC_ENT_PERSON : cs->items[e->part].type == -1) && m &&
        !given_key(m, key, n) && !pc_model_is_common(m, s, c->span.start, c->span.end) &&
        !common_first(m, s, cs->items[e->part].span)) {
      best = cs->items[e->part].span;
      resolved = PC_ENT_PERSON;
    }
    /* the same text classified elsewhere in the document */
    if (resolved == -1 && e && e->typed >= 0 && e->typed != (int)i) {
      resolved = cs->items[e->typed].type;
      c->kind = cs->items[e->typed].kind;
    }
    /* "Ana Rojas" ... "Rojas said": a name whose first or last word stands alone elsewhere */
    if (resolved == -1 && (c->flags & NC_UNKNOWN) && n && memchr(key, ' ', n) && part_alone(m, s, &x, cs, c, key, n))
      resolved = PC_ENT_PERSON;
    if (resolved == -1) resolved = weak_evidence(doc, m, c, e, key, n, place);
#ifdef PC_NER_FALLBACK
    /* no rule decided: the span classifier trained on public news (ner_model.c) */
    if (resolved == -1) resolved = by_model(doc, c);
#endif
    /* "Sweden 1 – 0 Korea Republic", then "Sweden had more of the ball": the team, an
    ** organization, but not "in Sweden" */
    if (resolved == PC_ENT_PLACE && e && e->team >= 0 && !(c->flags & NC_PREP) && best.start == c->span.start) {
      resolved = PC_ENT_ORG;
      c->kind = PC_KIND_ASSOCIATION;
    }
    c->type = resolved;
    if (resolved == -1 || (n == 6 && memcmp(key, "police", 6) == 0)) continue; /* the police alone: no name */
    /* acronym <-> long form; every mention of the acronym takes the long form (an organization's:
    ** not "Bastia (Haute-Corse)" when Bastia is the club) */
    if (c->type == PC_ENT_ORG && e && e->link >= 0 && span_len(cs->items[e->link].span) > span_len(c->span) &&
        span_len(cs->items[e->link].span) > span_len(best) && cs->items[e->link].type != PC_ENT_PLACE)
      best = cs->items[e->link].span;
    if (c->type == PC_ENT_ORG && e && best.start == c->span.start && best.end == c->span.end) org_canonical(m, s, cs, c, e, &best);
    /* an all-caps mention ("PARIS", "REUTERS") takes the document's usual spelling */
    if ((c->flags & NC_ALLCAPS) && !(c->flags & NC_ACRONYM) && best.start == c->span.start && e && e->usual >= 0)
      best = cs->items[e->usual].span;
    if (!(types & PC_TYPE_BIT(c->type))) continue;
    if (emit(doc, m, c, best, out)) {
      free_index(&x);
      return PC_ENOMEM;
    }
  }
  free_index(&x);
  return PC_OK;
}

struct pc_names {
  cands cs; /* the candidates of pass 1, in text order */
};

pc_names *pc_names_new(const pc_doc_ctx *ctx) {
  (void)ctx;
  return calloc(1, sizeof(pc_names));
}

int pc_names_sentence(pc_names *nm, pc_sent *st) { return collect(st, st->model, &nm->cs); }

static int by_start(const void *a, const void *b) {
  const pc_entity *x = (const pc_entity *)a, *y = (const pc_entity *)b;
  return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

/* A name's entity for one_kind: its type and canonical text, and where it is. */
typedef struct kind_key {
  const uint8_t *name;
  size_t len, idx;
  int type;
} kind_key;

static int by_name(const void *a, const void *b) {
  const kind_key *x = (const kind_key *)a, *y = (const kind_key *)b;
  size_t n = x->len < y->len ? x->len : y->len;
  int c = x->type - y->type;
  if (!c) c = memcmp(x->name, y->name, n);
  if (!c) c = x->len < y->len ? -1 : x->len > y->len;
  if (!c) c = x->idx < y->idx ? -1 : x->idx > y->idx;
  return c;
}

/* One kind per entity in a document: the mentions of one type and canonical text take the
** kind most of them have (the first mention's on a tie), so that "Paris" is not a city in
** one sentence and a department in the next. */
static int one_kind(const uint8_t *s, pc_entity *items, size_t count) {
  kind_key *keys;
  size_t i, j;
  if (count < 2) return PC_OK;
  if (!(keys = malloc(count * sizeof *keys))) return PC_ENOMEM;
  for (i = 0; i < count; i++) {
    pc_span sp = items[i].canonical.end > items[i].canonical.start ? items[i].canonical : items[i].span;
    keys[i].name = s + sp.start;
    keys[i].len = sp.end - sp.start;
    keys[i].idx = i;
    keys[i].type = items[i].type;
  }
  qsort(keys, count, sizeof *keys, by_name);
  for (i = 0; i < count; i = j) {
    int best = items[keys[i].idx].kind, best_n = 0;
    size_t a;
    for (j = i + 1; j < count && keys[j].type == keys[i].type && keys[j].len == keys[i].len &&
                    memcmp(keys[j].name, keys[i].name, keys[i].len) == 0; j++) {}
    for (a = i; a < j; a++) { /* groups are small: count each kind in the group */
      size_t b;
      int k = items[keys[a].idx].kind, n = 0;
      for (b = i; b < j; b++) n += items[keys[b].idx].kind == k;
      if (k && n > best_n) { best = k; best_n = n; }
    }
    for (a = i; a < j; a++) items[keys[a].idx].kind = best;
  }
  free(keys);
  return PC_OK;
}

int pc_names_document(pc_names *nm, const pc_doc_ctx *ctx, pc_annotations *out) {
  pc_entities *ents = &out->entities;
  size_t before = ents->count;
  int rc = resolve(ctx->doc, ctx->model, &nm->cs, ctx->types, ents);
  if (rc == PC_OK && ents->count > before) /* items is NULL while there is none */
    rc = one_kind(ctx->doc->text, ents->items + before, ents->count - before);
  /* the names come after the document's other entities: put them back in order */
  if (rc == PC_OK && ents->count > before)
    qsort(ents->items + ctx->first_entity, ents->count - ctx->first_entity, sizeof(pc_entity), by_start);
  return rc;
}

void pc_names_free(pc_names *nm) {
  if (!nm) return;
  free(nm->cs.items);
  free(nm);
}

/* The driver's view of this annotator. */
static void *names_create(const pc_doc_ctx *ctx) { return pc_names_new(ctx); }
static int names_sentence(void *state, pc_sent *st, pc_annotations *out) {
  (void)out;
  return pc_names_sentence((pc_names *)state, st);
}
static int names_document(void *state, const pc_doc_ctx *ctx, pc_annotations *out) {
  return pc_names_document((pc_names *)state, ctx, out);
}
static void names_destroy(void *state) { pc_names_free((pc_names *)state); }

const pc_annotator pc_names_annotator = {
  "names", PC_ANN_ENTITIES, PC_TYPE_BIT(PC_ENT_PERSON) | PC_TYPE_BIT(PC_ENT_ORG) | PC_TYPE_BIT(PC_ENT_PLACE),
  names_create, names_sentence, names_document, names_destroy,
  0 /* one sentence at a time */
};
