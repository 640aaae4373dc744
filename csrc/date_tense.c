/*
** date_tense.c: which way a bare weekday, month or day-month points ("on Monday", "in
** March", "le 5 mai"), from the words around it, read in the order a reader uses them:
**   1. the preposition right before it: "since" / "depuis" past; "for" / "pour" / "d'ici"
**      future; "until", "from", "beyond", "jusqu'à", "à partir de", "dès" future unless the
**      clause's verb is a simple past ("remained closed until Friday");
**   2. the clause's verb, looked for backward from the date, then forward: modals and future
**      forms ("will", "would", "sera", "-ront", "va"), infinitives ("to march", "de
**      recommencer"), an auxiliary chain's head ("would be notified": future; "has been":
**      past; "is holding": future), preterites (a list, "-ed", the imparfait, "a manifesté")
**      and presents of scheduling ("ends", "begins", "a lieu");
**   3. "last" / "previous" / "précédent" (past), "next" / "upcoming" (future) before it in
**      its noun phrase ("the last march, on Jan. 13").
** A clause ends at ";", a quotation mark, the sentence's ends and subordinators ("if",
** "that", "que", "si"). Not a parser: a verb is recognized by its form and a few word lists,
** and reported speech is read by its own verb ("said they would march on Sunday": future).
*/
#include <string.h>
#include "date_tense.h"

enum {
  TK_NONE, TK_FUT, TK_PAST, TK_PRET, TK_PERF, TK_PRES, TK_FR_AUX, TK_CHAIN, TK_BOUND,
  TK_SINCE, TK_FOR, TK_UNTIL, TK_SKIP, TK_PREV, TK_NEXT, TK_HOLD
};

typedef struct tense_word { const char *w; unsigned char kind; } tense_word;

/* Words whose form does not tell their tense, or that end a clause. Lowercase; matched in
** any case. Looked up only around the few dates that need a direction. */
static const tense_word words[] = {
  /* future: modals, future and conditional forms, verbs of intent */
  {"will", TK_FUT}, {"would", TK_FUT}, {"shall", TK_FUT}, {"'ll", TK_FUT}, {"\xe2\x80\x99ll", TK_FUT},
  {"could", TK_FUT}, {"might", TK_FUT}, {"should", TK_FUT}, {"must", TK_FUT}, {"can", TK_FUT},
  {"cannot", TK_FUT}, {"can't", TK_FUT}, {"won't", TK_FUT}, {"won\xe2\x80\x99t", TK_FUT}, {"wouldn't", TK_FUT}, {"going", TK_FUT},
  {"plan", TK_FUT}, {"plans", TK_FUT}, {"planned", TK_FUT}, {"planning", TK_FUT}, {"scheduled", TK_FUT},
  {"expected", TK_FUT}, {"due", TK_FUT}, {"upcoming", TK_NEXT}, {"intend", TK_FUT}, {"intends", TK_FUT},
  {"aims", TK_FUT}, {"vow", TK_FUT}, {"vows", TK_FUT}, {"threaten", TK_FUT}, {"threatens", TK_FUT},
  {"sera", TK_FUT}, {"seront", TK_FUT}, {"serons", TK_FUT}, {"serez", TK_FUT}, {"aura", TK_FUT},
  {"auront", TK_FUT}, {"fera", TK_FUT}, {"feront", TK_FUT}, {"ira", TK_FUT}, {"iront", TK_FUT},
  {"va", TK_FUT}, {"vont", TK_FUT}, {"vais", TK_FUT}, {"allons", TK_FUT}, {"allez", TK_FUT},
  {"doit", TK_FUT}, {"doivent", TK_FUT}, {"devra", TK_FUT}, {"devront", TK_FUT}, {"devrait", TK_FUT},
  {"devraient", TK_FUT}, {"pourrait", TK_FUT}, {"pourraient", TK_FUT}, {"compte", TK_FUT},
  {"comptent", TK_FUT}, {"entend", TK_FUT}, {"entendent", TK_FUT}, {"envisage", TK_FUT},
  {"envisagent", TK_FUT}, {"promet", TK_FUT}, {"promettent", TK_FUT}, {"menace", TK_FUT},
  {"menacent", TK_FUT}, {"veut", TK_FUT}, {"veulent", TK_FUT}, {"souhaite", TK_FUT},
  {"souhaitent", TK_FUT}, {"appelle", TK_FUT}, {"appellent", TK_FUT}, {"pr\xc3\xa9voit", TK_FUT},
  {"pr\xc3\xa9voient", TK_FUT}, {"pr\xc3\xa9vu", TK_FUT}, {"pr\xc3\xa9vue", TK_FUT},
  {"pr\xc3\xa9vus", TK_FUT}, {"pr\xc3\xa9vues", TK_FUT}, {"programm\xc3\xa9", TK_FUT},
  {"programm\xc3\xa9" "e", TK_FUT}, {"attendu", TK_FUT}, {"attendus", TK_FUT}, {"attendue", TK_FUT},
  {"attendues", TK_FUT}, {"convoqu\xc3\xa9", TK_FUT}, {"convoqu\xc3\xa9s", TK_FUT},
  {"lieu", TK_FUT}, /* "a lieu", "ont lieu" */
  /* simple past: auxiliaries; irregular preterites, which are participles too ("will be held") */
  {"was", TK_PAST}, {"were", TK_PAST}, {"had", TK_PAST}, {"did", TK_PAST}, {"didn't", TK_PAST},
  {"didn\xe2\x80\x99t", TK_PAST}, {"wasn't", TK_PAST}, {"weren't", TK_PAST}, {"said", TK_PRET},
  {"told", TK_PRET}, {"went", TK_PRET}, {"held", TK_PRET}, {"took", TK_PRET}, {"came", TK_PRET},
  {"began", TK_PRET}, {"met", TK_PRET}, {"ran", TK_PRET}, {"led", TK_PRET}, {"left", TK_PRET},
  {"sent", TK_PRET}, {"spoke", TK_PRET}, {"drew", TK_PRET}, {"gave", TK_PRET}, {"made", TK_PRET},
  {"saw", TK_PRET}, {"stood", TK_PRET}, {"brought", TK_PRET}, {"found", TK_PRET}, {"broke", TK_PRET},
  {"fell", TK_PRET}, {"rose", TK_PRET}, {"struck", TK_PRET}, {"lost", TK_PRET}, {"paid", TK_PRET},
  {"got", TK_PRET}, {"kept", TK_PRET}, {"fought", TK_PRET}, {"threw", TK_PRET}, {"became", TK_PRET},
  {"wrote", TK_PRET}, {"knew", TK_PRET}, {"thought", TK_PRET}, {"shut", TK_PRET}, {"sat", TK_PRET},
  {"spent", TK_PRET}, {"sold", TK_PRET}, {"bought", TK_PRET}, {"heard", TK_PRET}, {"built", TK_PRET},
  {"chose", TK_PRET}, {"drove", TK_PRET}, {"flew", TK_PRET}, {"grew", TK_PRET}, {"hung", TK_PRET},
  {"felt", TK_PRET}, {"meant", TK_PRET}, {"shot", TK_PRET}, {"swept", TK_PRET}, {"tore", TK_PRET},
  {"withdrew", TK_PRET}, {"overtook", TK_PRET}, {"undertook", TK_PRET}, {"wore", TK_PRET},
  {"avait", TK_PAST}, {"avaient", TK_PAST}, {"\xc3\xa9tait", TK_PAST}, {"\xc3\xa9taient", TK_PAST},
  {"fut", TK_PAST}, {"furent", TK_PAST}, {"eut", TK_PAST}, {"eurent", TK_PAST},
  /* perfect auxiliaries: past, but "has called a strike from Monday" points ahead */
  {"has", TK_PERF}, {"have", TK_PERF}, {"'ve", TK_PERF}, {"\xe2\x80\x99ve", TK_PERF},
  {"hasn't", TK_PERF}, {"haven't", TK_PERF},
  /* French auxiliaries: passé composé with a participle, else a present ("a une réunion") */
  {"a", TK_FR_AUX}, {"ont", TK_FR_AUX}, {"ai", TK_FR_AUX}, {"as", TK_FR_AUX}, {"avons", TK_FR_AUX},
  {"avez", TK_FR_AUX}, {"est", TK_FR_AUX}, {"sont", TK_FR_AUX}, {"sommes", TK_FR_AUX},
  {"\xc3\xaates", TK_FR_AUX}, {"suis", TK_FR_AUX},
  /* presents that schedule: "the strike ends on Friday", "the vote is on Monday" */
  {"is", TK_PRES}, {"are", TK_PRES}, {"isn't", TK_PRES}, {"aren't", TK_PRES}, {"begins", TK_PRES},
  {"starts", TK_PRES}, {"ends", TK_PRES}, {"opens", TK_PRES}, {"closes", TK_PRES},
  {"resumes", TK_PRES}, {"meets", TK_PRES}, {"expires", TK_PRES}, {"runs", TK_PRES},
  {"takes", TK_PRES}, {"kicks", TK_PRES}, {"commence", TK_PRES}, {"commencent", TK_PRES},
  {"d\xc3\xa9" "bute", TK_PRES}, {"d\xc3\xa9" "butent", TK_PRES}, {"reprend", TK_PRES},
  {"reprennent", TK_PRES}, {"termine", TK_PRES}, {"expire", TK_PRES}, {"tient", TK_PRES},
  {"tiennent", TK_PRES}, {"r\xc3\xa9unit", TK_PRES}, {"r\xc3\xa9unissent", TK_PRES},
  /* promises: what they promise is ahead of a past day, so no direction ("promised a bill
  ** before the end of January") */
  {"promised", TK_HOLD}, {"pledged", TK_HOLD}, {"vowed", TK_HOLD}, {"threatened", TK_HOLD},
  {"promis", TK_HOLD}, {"promise", TK_HOLD}, {"promises", TK_HOLD},
  /* links of a verb chain: read past them to its head */
  {"be", TK_CHAIN}, {"been", TK_CHAIN}, {"being", TK_CHAIN}, {"not", TK_CHAIN}, {"also", TK_CHAIN},
  {"still", TK_CHAIN}, {"already", TK_CHAIN},
  /* clause bounds */
  {"if", TK_BOUND}, {"that", TK_BOUND}, {"which", TK_BOUND}, {"who", TK_BOUND}, {"whom", TK_BOUND},
  {"when", TK_BOUND}, {"while", TK_BOUND}, {"unless", TK_BOUND}, {"because", TK_BOUND},
  {"although", TK_BOUND}, {"whereas", TK_BOUND}, {"but", TK_BOUND}, {"que", TK_BOUND},
  {"qu'", TK_BOUND}, {"qu\xe2\x80\x99", TK_BOUND}, {"qui", TK_BOUND}, {"dont", TK_BOUND},
  {"si", TK_BOUND}, {"quand", TK_BOUND}, {"lorsque", TK_BOUND}, {"mais", TK_BOUND}, {"car", TK_BOUND},
  {"parce", TK_BOUND}, {"tandis", TK_BOUND}, {"alors", TK_BOUND},
  /* prepositions right before the date */
  {"since", TK_SINCE}, {"depuis", TK_SINCE}, {"for", TK_FOR}, {"pour", TK_FOR}, {"ici", TK_FOR},
  {"ahead", TK_FOR}, {"until", TK_UNTIL}, {"till", TK_UNTIL}, {"beyond", TK_UNTIL},
  {"from", TK_UNTIL}, {"d\xc3\xa8s", TK_UNTIL}, {"jusqu'", TK_UNTIL}, {"jusqu\xe2\x80\x99", TK_UNTIL},
  {"partir", TK_UNTIL}, {"through", TK_UNTIL}, {"starting", TK_UNTIL}, {"beginning", TK_UNTIL},
  /* between a preposition and its date */
  {"the", TK_SKIP}, {"le", TK_SKIP}, {"la", TK_SKIP}, {"l'", TK_SKIP}, {"l\xe2\x80\x99", TK_SKIP},
  {"early", TK_SKIP}, {"late", TK_SKIP}, {"mid", TK_SKIP}, {"d\xc3\xa9" "but", TK_SKIP}, {"fin", TK_SKIP},
  {"mi", TK_SKIP}, {"de", TK_SKIP}, {"du", TK_SKIP}, {"au", TK_SKIP}, {"\xc3\xa0", TK_SKIP},
  {"en", TK_SKIP}, {"d'", TK_SKIP}, {"d\xe2\x80\x99", TK_SKIP}, {"on", TK_SKIP}, {"in", TK_SKIP},
  /* in the date's noun phrase */
  {"previous", TK_PREV}, {"pr\xc3\xa9" "c\xc3\xa9" "dent", TK_PREV}, {"pr\xc3\xa9" "c\xc3\xa9" "dente", TK_PREV},
  {"pr\xc3\xa9" "c\xc3\xa9" "dents", TK_PREV}, {"pr\xc3\xa9" "c\xc3\xa9" "dentes", TK_PREV},
  {NULL, 0}
};

static int word_kind(const pc_sent *st, size_t k) {
  size_t n, w;
  const uint8_t *p;
  if (k >= st->n || st->tok[k].kind != PC_TOK_WORD) return TK_NONE;
  n = pc_tok_len(st, k);
  p = pc_tok_text(st, k);
  for (w = 0; words[w].w; w++)
    if (strlen(words[w].w) == n && pc_ascii_ieq(p, n, words[w].w)) return words[w].kind;
  /* "It'll", "they’ll": the clitic is in the token */
  if ((n > 3 && pc_ascii_ieq(p + n - 3, 3, "'ll")) || (n > 5 && pc_ascii_ieq(p + n - 5, 5, "\xe2\x80\x99ll")))
    return TK_FUT;
  return TK_NONE;
}

static int ends(const uint8_t *p, size_t n, const char *suffix) {
  size_t m = strlen(suffix);
  return n > m && memcmp(p + n - m, suffix, m) == 0;
}

/* A lowercase word that is no function word, of at least min bytes. */
static int plain_word(const pc_sent *st, size_t k, size_t min) {
  return k < st->n && st->tok[k].kind == PC_TOK_WORD && (st->tok[k].flags & PC_TF_LOWER) &&
         pc_tok_len(st, k) >= min && !pc_tok_function(st, k);
}

/* A French past participle: "manifesté", "pris", "dit", "venus", "ouvert". */
static int fr_participle(const uint8_t *p, size_t n) {
  static const char *const sfx[] = {"\xc3\xa9", "\xc3\xa9" "e", "\xc3\xa9s", "\xc3\xa9" "es", "i", "ie", "is",
                                    "ies", "it", "ite", "u", "ue", "us", "ues", "ert", "erte", "int", "ait", NULL};
  size_t k;
  for (k = 0; sfx[k]; k++)
    if (ends(p, n, sfx[k])) return 1;
  return 0;
}

/* The French future and conditional of regular forms: "bloquera", "viendront", "serait". */
static int fr_future_form(const uint8_t *p, size_t n) {
  static const char *const stem[] = {"e", "i", "d", "u", "r", "t", NULL};
  static const char *const sfx[] = {"ra", "ront", "rons", "rait", "raient", NULL};
  size_t a, b;
  for (b = 0; sfx[b]; b++) {
    size_t m = strlen(sfx[b]);
    if (n < m + 3 || !ends(p, n, sfx[b])) continue;
    for (a = 0; stem[a]; a++)
      if (p[n - m - 1] == (uint8_t)stem[a][0]) {
        /* "montrait", "entrait": imparfaits of -trer verbs, not conditionals */
        if (stem[a][0] == 't' && sfx[b][2] == 'i') return 0;
        return 1;
      }
  }
  return 0;
}

/* A French infinitive after "à", "de", "pour": "prête à rencontrer", "de recommencer". */
static int fr_infinitive(const pc_sent *st, size_t k) {
  static const char *const re[] = {"faire", "dire", "prendre", "rendre", "mettre", "attendre", "suivre",
                                   "poursuivre", "descendre", "d\xc3\xa9" "fendre", "r\xc3\xa9pondre",
                                   "\xc3\xa9lire", "reprendre", "permettre", "vendre", "interdire", NULL};
  static const char *const not_verb[] = {"avenir", "plaisir", "d\xc3\xa9sir", "souvenir", "loisir", "hiver", "quartier",
                                         "dossier", "chantier", "m\xc3\xa9tier", "foyer", "partir", NULL};
  const uint8_t *p;
  size_t n, a;
  if (!plain_word(st, k, 4) || k == 0) return 0;
  if (!(pc_tok_ieq(st, k - 1, "\xc3\xa0") || pc_tok_ieq(st, k - 1, "de") || pc_tok_ieq(st, k - 1, "d'") ||
        pc_tok_ieq(st, k - 1, "d\xe2\x80\x99") || pc_tok_ieq(st, k - 1, "pour")))
    return 0;
  p = pc_tok_text(st, k);
  n = pc_tok_len(st, k);
  for (a = 0; not_verb[a]; a++)
    if (pc_tok_ieq(st, k, not_verb[a])) return 0;
  if (ends(p, n, "er") || ends(p, n, "ir") || ends(p, n, "oir")) return 1;
  for (a = 0; re[a]; a++)
    if (pc_tok_ieq(st, k, re[a])) return 1;
  return 0;
}

/* "to march", "to meet": an infinitive; not "to Congress", "to the", "to reporters". */
static int en_infinitive(const pc_sent *st, size_t k) {
  const uint8_t *p;
  size_t n;
  if (!pc_tok_ieq(st, k, "to") || !plain_word(st, k + 1, 2)) return 0;
  p = pc_tok_text(st, k + 1);
  n = pc_tok_len(st, k + 1);
  if ((ends(p, n, "s") && !ends(p, n, "ss")) || ends(p, n, "ed") || ends(p, n, "ing")) return 0;
  return 1;
}

enum { V_NONE, V_FUT, V_PAST, V_PERF, V_HOLD /* no direction, and look no further */ };

/* A preterite or participle at k ("marched", "held"): the head of its chain decides ("will
** keep the crossings closed", "would be notified", "is closed", "has been held"), else past. */
static int chain_head(const pc_sent *st, size_t k) {
  size_t b;
  for (b = 1; b <= 4 && b <= k; b++) {
    int h = word_kind(st, k - b);
    if (h == TK_BOUND) break;
    if (h == TK_FUT || h == TK_PRES || en_infinitive(st, k - b)) return V_FUT;
    if (h == TK_PERF) return V_PERF;
    if (h == TK_PAST) return V_PAST;
  }
  return V_PAST;
}

/* The verb cue at token k: V_* with the chain read from its head; *stop set at a bound. */
static int verb_at(const pc_sent *st, size_t k, int forward, int *stop) {
  int kind = word_kind(st, k);
  const uint8_t *p;
  size_t n, b;
  switch (kind) {
    case TK_BOUND: *stop = 1; return V_NONE;
    case TK_FUT: case TK_PRES: case TK_NEXT: return V_FUT;
    case TK_PAST: case TK_PREV: return V_PAST;
    case TK_PRET: return chain_head(st, k);
    case TK_HOLD: return V_HOLD;
    case TK_PERF: return V_PERF;
    case TK_FR_AUX:
      if (st->lang != PC_LANG_FR) return V_NONE; /* English "a", "as" */
      if (k > 0 && pc_tok_ieq(st, k - 1, "y")) return V_NONE; /* "il y a" */
      /* "ont de nouveau bloqué", "a déjà manifesté": adverbs before the participle; an
      ** article first is a present ("a une réunion") */
      for (b = k + 1; b < st->n && b <= k + 4; b++) {
        if (pc_tok_ieq(st, b, "lieu")) return V_FUT;
        if (plain_word(st, b, 2) && fr_participle(pc_tok_text(st, b), pc_tok_len(st, b))) return V_PERF;
        if (st->tok[b].kind != PC_TOK_WORD || pc_tok_is(st, b, W_ARTICLE | W_NUM) || pc_tok_ieq(st, b, "le") ||
            pc_tok_ieq(st, b, "la") || pc_tok_ieq(st, b, "l'") || pc_tok_ieq(st, b, "l\xe2\x80\x99") ||
            pc_tok_ieq(st, b, "du"))
          break;
      }
      return V_FUT; /* a present: "la CGT a une réunion lundi" */
    default: break;
  }
  /* "the last march", "la dernière grève"; not the verb of "could last until Christmas" */
  if (pc_tok_is(st, k, W_LAST) && !pc_tok_is(st, k, W_RECENT) &&
      ((plain_word(st, k + 1, 3) && word_kind(st, k + 1) == TK_NONE) || pc_tok_is(st, k + 1, W_NUM | W_ORDINAL)))
    return V_PAST;
  if (pc_tok_is(st, k, W_NEXT)) return V_FUT;
  /* after the date, "a motion to phase out" is a noun's, not the clause's; after a simple past
  ** ("promised in April to pay by the end of September") it is ahead of a past day only */
  if (!forward && (en_infinitive(st, k) || fr_infinitive(st, k))) {
    for (b = 1; b <= 4 && b <= k; b++) {
      int h = word_kind(st, k - b);
      if (h == TK_BOUND || h == TK_FUT || h == TK_PRES || h == TK_PERF) break;
      if (h == TK_PAST || h == TK_PRET || (plain_word(st, k - b, 5) && st->lang != PC_LANG_FR &&
                           ends(pc_tok_text(st, k - b), pc_tok_len(st, k - b), "ed") &&
                           !(k - b >= 1 && word_kind(st, k - b - 1) == TK_PERF))) {
        return V_HOLD;
      }
    }
    return V_FUT;
  }
  if (!plain_word(st, k, 5)) return V_NONE;
  p = pc_tok_text(st, k);
  n = pc_tok_len(st, k);
  /* ", announcing a day of walkouts on Jan. 28": a participle's clause has no tense */
  if (st->lang != PC_LANG_FR && ends(p, n, "ing") && k > 0 && pc_tok_char(st, k - 1, ',')) {
    *stop = 1;
    return V_NONE;
  }
  if (st->lang == PC_LANG_FR) {
    if (fr_future_form(p, n)) return V_FUT;
    if ((ends(p, n, "ait") || ends(p, n, "aient")) && !ends(p, n, "trait") && !ends(p, n, "souhait")) return V_PAST;
    return V_NONE;
  }
  if (ends(p, n, "ed") && !ends(p, n, "eed") && !ends(p, n, "hundred")) return chain_head(st, k);
  return V_NONE;
}

static int clause_mark(const pc_sent *st, size_t k) {
  const uint8_t *p = pc_tok_text(st, k);
  size_t n = pc_tok_len(st, k);
  if (st->tok[k].kind == PC_TOK_WORD || st->tok[k].kind == PC_TOK_NUMBER) return 0;
  return pc_tok_char(st, k, '"') || pc_tok_char(st, k, ';') ||
         (n == 2 && p[0] == 0xc2 && (p[1] == 0xab || p[1] == 0xbb)) || /* « » */
         (n == 3 && p[0] == 0xe2 && p[1] == 0x80 && p[2] >= 0x98 && p[2] <= 0x9d); /* ‘ ’ “ ” */
}

/* Whether the clause of token k opens with "if" / "unless" / "si": its past tense is a
** condition's ("if Ottawa did not pause the rule by March 31"), not a time. */
static int in_condition(const pc_sent *st, size_t k) {
  size_t steps;
  for (steps = 0; k > 0 && steps < 25; k--, steps++) {
    if (clause_mark(st, k - 1)) return 0;
    if (word_kind(st, k - 1) == TK_BOUND)
      return pc_tok_ieq(st, k - 1, "if") || pc_tok_ieq(st, k - 1, "unless") || pc_tok_ieq(st, k - 1, "si");
  }
  return 0;
}

/* "for a hearing on Tuesday", "pour une nouvelle journée": an event ahead, within a few
** words of the date; not "for several hours". */
static int purpose(const pc_sent *st, size_t k, size_t gap) {
  size_t b;
  if (gap > 4 || !(pc_tok_ieq(st, k, "for") || pc_tok_ieq(st, k, "pour"))) return 0;
  if (!pc_tok_is(st, k + 1, W_ARTICLE) && !pc_tok_ieq(st, k + 1, "le") && !pc_tok_ieq(st, k + 1, "la")) return 0;
  for (b = k + 1; b <= k + gap + 1 && b < st->n; b++)
    if (pc_tok_is(st, b, W_TIMEUNIT)) return 0;
  return 1;
}

/* A verb of saying: "said", "told", "a déclaré", "announced". */
static int reporting(const pc_sent *st, size_t k) {
  return pc_tok_is2(st, k, W2_SAY | W2_REPORT | W2_REPORTED) && (st->tok[k].flags & PC_TF_LOWER);
}

/* The clause's verb: backward from token `from` (inclusive), then forward from `after`. A
** verb of saying right before the date is its verb ("said on Monday"); farther, the date is
** in what was said ("said the vote on Jan. 5 would"), and the saying counts only when
** nothing else does. */
static int clause_verb(const pc_sent *st, size_t from, size_t after, int has_from, int adjacent) {
  size_t k, steps, gap = 0;
  int stop = 0, v, said = V_NONE;
  for (k = from, steps = 0; has_from && steps < 25; k--, steps++) {
    if (clause_mark(st, k)) break;
    if (reporting(st, k)) {
      if (gap == 0) return V_PAST;
      said = V_PERF; /* weak: "called farmers to a rally on Feb. 24" */
    } else if ((v = verb_at(st, k, 0, &stop))) {
      return v == V_HOLD || (v == V_PAST && in_condition(st, k)) ? V_NONE : v;
    } else if (gap == 0 && adjacent && st->lang == PC_LANG_FR && plain_word(st, k, 4) &&
               (ends(pc_tok_text(st, k), pc_tok_len(st, k), "\xc3\xa9") ||
                ends(pc_tok_text(st, k), pc_tok_len(st, k), "\xc3\xa9" "e") ||
                ends(pc_tok_text(st, k), pc_tok_len(st, k), "\xc3\xa9s") ||
                ends(pc_tok_text(st, k), pc_tok_len(st, k), "\xc3\xa9" "es"))) {
      return V_PAST; /* "le texte, présenté mardi", "l'appel lancé vendredi" */
    } else if (purpose(st, k, gap)) {
      return V_FUT;
    }
    if (word_kind(st, k) != TK_SKIP) gap++;
    if (stop || k == 0) break;
  }
  stop = 0;
  for (k = after, steps = 0; k < st->n && steps < 25; k++, steps++) {
    if (clause_mark(st, k)) break;
    if (reporting(st, k)) return V_PAST; /* "On Monday, the union said" */
    /* the next date's own modifiers say nothing of this one */
    if ((v = verb_at(st, k, 1, &stop)) && !pc_tok_is(st, k, W_LAST | W_NEXT)) return v == V_HOLD ? V_NONE : v;
    if (stop) break;
  }
  return said;
}

int pc_date_tense(const pc_sent *st, size_t i, size_t j) {
  size_t k = i, steps = 0;
  int prep = TK_NONE, v;
  /* the preposition: past determiners, "early", "de" of "à partir de", "au" of "jusqu'au" */
  while (k > 0 && steps < 4) {
    int kind = word_kind(st, k - 1);
    if (kind == TK_SKIP) { k--; steps++; continue; }
    if (kind == TK_SINCE || kind == TK_FOR || kind == TK_UNTIL) {
      prep = kind;
      k--;
    }
    break;
  }
  if (prep == TK_SINCE) return -1;
  if (prep == TK_FOR) return 1;
  /* "d'ici", "à partir de": the verb is before the whole phrase */
  if (prep && k > 0 && (pc_tok_ieq(st, k - 1, "d'") || pc_tok_ieq(st, k - 1, "d\xe2\x80\x99") ||
                        pc_tok_ieq(st, k - 1, "\xc3\xa0")))
    k--;
  v = clause_verb(st, k > 0 ? k - 1 : 0, j + 1, k > 0, k == i);
  /* "a décrété un boycott à partir de lundi": ahead; "a prévenu dès décembre": either way */
  if (prep == TK_UNTIL) return v == V_PAST ? -1 : v == V_PERF ? 3 : 1;
  return v == V_FUT ? 1 : v == V_PAST ? -1 : v == V_PERF ? -2 : 0;
}

int pc_date_generic(const pc_sent *st, size_t i) {
  if (i == 0) return 0;
  if (pc_tok_ieq(st, i - 1, "every") || pc_tok_ieq(st, i - 1, "each") || pc_tok_ieq(st, i - 1, "chaque")) return 1;
  if (i >= 2 && pc_tok_ieq(st, i - 1, "les") && (pc_tok_ieq(st, i - 2, "tous") || pc_tok_ieq(st, i - 2, "toutes")))
    return 1;
  /* French "le samedi": every Saturday; "le samedi 7 mars", "le samedi suivant" are days */
  if (st->lang == PC_LANG_FR && pc_tok_is(st, i, W_WEEKDAY) && pc_tok_ieq(st, i - 1, "le") &&
      !(i + 1 < st->n && (st->tok[i + 1].kind == PC_TOK_NUMBER || pc_tok_is(st, i + 1, W_LAST | W_NEXT) ||
                          pc_tok_ieq(st, i + 1, "suivant") || pc_tok_ieq(st, i + 1, "pr\xc3\xa9" "c\xc3\xa9" "dent") ||
                          pc_tok_ieq(st, i + 1, "m\xc3\xaame"))))
    return 1;
  return 0;
}
