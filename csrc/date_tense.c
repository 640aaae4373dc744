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

typedef struct tense_word { const char *w; unsigned char len, kind; } tense_word;

/* Words whose form does not tell their tense, or that end a clause; lowercase, matched in
** any case. SORTED by length, then bytes (word_kind bisects; csrc/tests/test_dates.c checks
** the order through pc_date_words_sorted). The kinds: TK_FUT modals, future and conditional
** forms, verbs of intent, "prévu", "lieu" ("a lieu"); TK_PAST auxiliaries; TK_PRET irregular
** preterites, which are participles too ("will be held"); TK_PERF perfect auxiliaries;
** TK_FR_AUX French auxiliaries (passé composé with a participle, else a present); TK_PRES
** presents that schedule ("ends", "is"); TK_HOLD promises; TK_CHAIN links of a verb chain;
** TK_BOUND clause bounds; TK_SINCE, TK_FOR, TK_UNTIL prepositions before the date; TK_SKIP
** words between a preposition and its date; TK_PREV, TK_NEXT in the date's noun phrase. */
static const tense_word words[] = {
  {"a", 1, TK_FR_AUX},
  {"ai", 2, TK_FR_AUX},
  {"as", 2, TK_FR_AUX},
  {"au", 2, TK_SKIP},
  {"be", 2, TK_CHAIN},
  {"d'", 2, TK_SKIP},
  {"de", 2, TK_SKIP},
  {"du", 2, TK_SKIP},
  {"en", 2, TK_SKIP},
  {"if", 2, TK_BOUND},
  {"in", 2, TK_SKIP},
  {"is", 2, TK_PRES},
  {"l'", 2, TK_SKIP},
  {"la", 2, TK_SKIP},
  {"le", 2, TK_SKIP},
  {"mi", 2, TK_SKIP},
  {"on", 2, TK_SKIP},
  {"si", 2, TK_BOUND},
  {"va", 2, TK_FUT},
  {"\xc3\xa0", 2, TK_SKIP},
  {"'ll", 3, TK_FUT},
  {"'ve", 3, TK_PERF},
  {"are", 3, TK_PRES},
  {"but", 3, TK_BOUND},
  {"can", 3, TK_FUT},
  {"car", 3, TK_BOUND},
  {"did", 3, TK_PAST},
  {"due", 3, TK_FUT},
  {"est", 3, TK_FR_AUX},
  {"eut", 3, TK_PAST},
  {"fin", 3, TK_SKIP},
  {"for", 3, TK_FOR},
  {"fut", 3, TK_PAST},
  {"got", 3, TK_PRET},
  {"had", 3, TK_PAST},
  {"has", 3, TK_PERF},
  {"ici", 3, TK_FOR},
  {"ira", 3, TK_FUT},
  {"led", 3, TK_PRET},
  {"met", 3, TK_PRET},
  {"mid", 3, TK_SKIP},
  {"not", 3, TK_CHAIN},
  {"ont", 3, TK_FR_AUX},
  {"qu'", 3, TK_BOUND},
  {"que", 3, TK_BOUND},
  {"qui", 3, TK_BOUND},
  {"ran", 3, TK_PRET},
  {"sat", 3, TK_PRET},
  {"saw", 3, TK_PRET},
  {"the", 3, TK_SKIP},
  {"vow", 3, TK_FUT},
  {"was", 3, TK_PAST},
  {"who", 3, TK_BOUND},
  {"aims", 4, TK_FUT},
  {"also", 4, TK_CHAIN},
  {"aura", 4, TK_FUT},
  {"avez", 4, TK_FR_AUX},
  {"been", 4, TK_CHAIN},
  {"came", 4, TK_PRET},
  {"doit", 4, TK_FUT},
  {"dont", 4, TK_BOUND},
  {"drew", 4, TK_PRET},
  {"d\xc3\xa8s", 4, TK_UNTIL},
  {"d\xe2\x80\x99", 4, TK_SKIP},
  {"ends", 4, TK_PRES},
  {"fell", 4, TK_PRET},
  {"felt", 4, TK_PRET},
  {"fera", 4, TK_FUT},
  {"flew", 4, TK_PRET},
  {"from", 4, TK_UNTIL},
  {"gave", 4, TK_PRET},
  {"grew", 4, TK_PRET},
  {"have", 4, TK_PERF},
  {"held", 4, TK_PRET},
  {"hope", 4, TK_FUT},
  {"hung", 4, TK_PRET},
  {"kept", 4, TK_PRET},
  {"knew", 4, TK_PRET},
  {"late", 4, TK_SKIP},
  {"left", 4, TK_PRET},
  {"lieu", 4, TK_FUT},
  {"lost", 4, TK_PRET},
  {"l\xe2\x80\x99", 4, TK_SKIP},
  {"made", 4, TK_PRET},
  {"mais", 4, TK_BOUND},
  {"must", 4, TK_FUT},
  {"paid", 4, TK_PRET},
  {"plan", 4, TK_FUT},
  {"pour", 4, TK_FOR},
  {"rose", 4, TK_PRET},
  {"runs", 4, TK_PRES},
  {"said", 4, TK_PRET},
  {"sent", 4, TK_PRET},
  {"sera", 4, TK_FUT},
  {"shot", 4, TK_PRET},
  {"shut", 4, TK_PRET},
  {"sold", 4, TK_PRET},
  {"sont", 4, TK_FR_AUX},
  {"suis", 4, TK_FR_AUX},
  {"that", 4, TK_BOUND},
  {"till", 4, TK_UNTIL},
  {"told", 4, TK_PRET},
  {"took", 4, TK_PRET},
  {"tore", 4, TK_PRET},
  {"vais", 4, TK_FUT},
  {"veut", 4, TK_FUT},
  {"vont", 4, TK_FUT},
  {"vows", 4, TK_FUT},
  {"went", 4, TK_PRET},
  {"were", 4, TK_PAST},
  {"when", 4, TK_BOUND},
  {"whom", 4, TK_BOUND},
  {"will", 4, TK_FUT},
  {"wore", 4, TK_PRET},
  {"ahead", 5, TK_FOR},
  {"allez", 5, TK_FUT},
  {"alors", 5, TK_BOUND},
  {"avait", 5, TK_PAST},
  {"avons", 5, TK_FR_AUX},
  {"began", 5, TK_PRET},
  {"being", 5, TK_CHAIN},
  {"broke", 5, TK_PRET},
  {"built", 5, TK_PRET},
  {"can't", 5, TK_FUT},
  {"chose", 5, TK_PRET},
  {"could", 5, TK_FUT},
  {"devra", 5, TK_FUT},
  {"drove", 5, TK_PRET},
  {"early", 5, TK_SKIP},
  {"found", 5, TK_PRET},
  {"going", 5, TK_FUT},
  {"heard", 5, TK_PRET},
  {"hopes", 5, TK_FUT},
  {"iront", 5, TK_FUT},
  {"isn't", 5, TK_PRES},
  {"kicks", 5, TK_PRES},
  {"meant", 5, TK_PRET},
  {"meets", 5, TK_PRES},
  {"might", 5, TK_FUT},
  {"opens", 5, TK_PRES},
  {"parce", 5, TK_BOUND},
  {"plans", 5, TK_FUT},
  {"quand", 5, TK_BOUND},
  {"qu\xe2\x80\x99", 5, TK_BOUND},
  {"serez", 5, TK_FUT},
  {"shall", 5, TK_FUT},
  {"since", 5, TK_SINCE},
  {"spent", 5, TK_PRET},
  {"spoke", 5, TK_PRET},
  {"still", 5, TK_CHAIN},
  {"stood", 5, TK_PRET},
  {"swept", 5, TK_PRET},
  {"takes", 5, TK_PRES},
  {"threw", 5, TK_PRET},
  {"tient", 5, TK_PRES},
  {"until", 5, TK_UNTIL},
  {"vowed", 5, TK_HOLD},
  {"which", 5, TK_BOUND},
  {"while", 5, TK_BOUND},
  {"won't", 5, TK_FUT},
  {"would", 5, TK_FUT},
  {"wrote", 5, TK_PRET},
  {"\xc3\xaates", 5, TK_FR_AUX},
  {"\xe2\x80\x99ll", 5, TK_FUT},
  {"\xe2\x80\x99ve", 5, TK_PERF},
  {"allons", 6, TK_FUT},
  {"aren't", 6, TK_PRES},
  {"auront", 6, TK_FUT},
  {"became", 6, TK_PRET},
  {"begins", 6, TK_PRES},
  {"beyond", 6, TK_UNTIL},
  {"bought", 6, TK_PRET},
  {"cannot", 6, TK_FUT},
  {"closes", 6, TK_PRES},
  {"compte", 6, TK_FUT},
  {"depuis", 6, TK_SINCE},
  {"didn't", 6, TK_PAST},
  {"d\xc3\xa9" "but", 6, TK_SKIP},
  {"entend", 6, TK_FUT},
  {"eurent", 6, TK_PAST},
  {"expect", 6, TK_FUT},
  {"expire", 6, TK_PRES},
  {"feront", 6, TK_FUT},
  {"fought", 6, TK_PRET},
  {"furent", 6, TK_PAST},
  {"hasn't", 6, TK_PERF},
  {"intend", 6, TK_FUT},
  {"jusqu'", 6, TK_UNTIL},
  {"menace", 6, TK_FUT},
  {"partir", 6, TK_UNTIL},
  {"promet", 6, TK_FUT},
  {"promis", 6, TK_HOLD},
  {"pr\xc3\xa9vu", 6, TK_FUT},
  {"serons", 6, TK_FUT},
  {"seront", 6, TK_FUT},
  {"should", 6, TK_FUT},
  {"sommes", 6, TK_FR_AUX},
  {"starts", 6, TK_PRES},
  {"struck", 6, TK_PRET},
  {"tandis", 6, TK_BOUND},
  {"unless", 6, TK_BOUND},
  {"wasn't", 6, TK_PAST},
  {"\xc3\xa9tait", 6, TK_PAST},
  {"already", 7, TK_CHAIN},
  {"appelle", 7, TK_FUT},
  {"attendu", 7, TK_FUT},
  {"avaient", 7, TK_PAST},
  {"because", 7, TK_BOUND},
  {"brought", 7, TK_PRET},
  {"devrait", 7, TK_FUT},
  {"devront", 7, TK_FUT},
  {"doivent", 7, TK_FUT},
  {"d\xc3\xa9" "bute", 7, TK_PRES},
  {"expects", 7, TK_FUT},
  {"expires", 7, TK_PRES},
  {"haven't", 7, TK_PERF},
  {"intends", 7, TK_FUT},
  {"lorsque", 7, TK_BOUND},
  {"planned", 7, TK_FUT},
  {"pledged", 7, TK_HOLD},
  {"promise", 7, TK_HOLD},
  {"pr\xc3\xa9vue", 7, TK_FUT},
  {"pr\xc3\xa9vus", 7, TK_FUT},
  {"reprend", 7, TK_PRES},
  {"resumes", 7, TK_PRES},
  {"r\xc3\xa9unit", 7, TK_PRES},
  {"termine", 7, TK_PRES},
  {"thought", 7, TK_PRET},
  {"through", 7, TK_UNTIL},
  {"veulent", 7, TK_FUT},
  {"weren't", 7, TK_PAST},
  {"whereas", 7, TK_BOUND},
  {"won\xe2\x80\x99t", 7, TK_FUT},
  {"although", 8, TK_BOUND},
  {"attendue", 8, TK_FUT},
  {"attendus", 8, TK_FUT},
  {"commence", 8, TK_PRES},
  {"comptent", 8, TK_FUT},
  {"didn\xe2\x80\x99t", 8, TK_PAST},
  {"envisage", 8, TK_FUT},
  {"expected", 8, TK_FUT},
  {"jusqu\xe2\x80\x99", 8, TK_UNTIL},
  {"menacent", 8, TK_FUT},
  {"overtook", 8, TK_PRET},
  {"planning", 8, TK_FUT},
  {"pourrait", 8, TK_FUT},
  {"previous", 8, TK_PREV},
  {"promised", 8, TK_HOLD},
  {"promises", 8, TK_HOLD},
  {"pr\xc3\xa9voit", 8, TK_FUT},
  {"pr\xc3\xa9vues", 8, TK_FUT},
  {"souhaite", 8, TK_FUT},
  {"starting", 8, TK_UNTIL},
  {"threaten", 8, TK_FUT},
  {"tiennent", 8, TK_PRES},
  {"upcoming", 8, TK_NEXT},
  {"withdrew", 8, TK_PRET},
  {"wouldn't", 8, TK_FUT},
  {"\xc3\xa9taient", 8, TK_PAST},
  {"appellent", 9, TK_FUT},
  {"attendent", 9, TK_FUT},
  {"attendues", 9, TK_FUT},
  {"beginning", 9, TK_UNTIL},
  {"convoqu\xc3\xa9", 9, TK_FUT},
  {"devraient", 9, TK_FUT},
  {"d\xc3\xa9" "butent", 9, TK_PRES},
  {"entendent", 9, TK_FUT},
  {"scheduled", 9, TK_FUT},
  {"threatens", 9, TK_FUT},
  {"undertook", 9, TK_PRET},
  {"commencent", 10, TK_PRES},
  {"convoqu\xc3\xa9s", 10, TK_FUT},
  {"envisagent", 10, TK_FUT},
  {"pourraient", 10, TK_FUT},
  {"programm\xc3\xa9", 10, TK_FUT},
  {"promettent", 10, TK_FUT},
  {"pr\xc3\xa9voient", 10, TK_FUT},
  {"reprennent", 10, TK_PRES},
  {"souhaitent", 10, TK_FUT},
  {"threatened", 10, TK_HOLD},
  {"programm\xc3\xa9" "e", 11, TK_FUT},
  {"pr\xc3\xa9" "c\xc3\xa9" "dent", 11, TK_PREV},
  {"r\xc3\xa9unissent", 11, TK_PRES},
  {"pr\xc3\xa9" "c\xc3\xa9" "dente", 12, TK_PREV},
  {"pr\xc3\xa9" "c\xc3\xa9" "dents", 12, TK_PREV},
  {"pr\xc3\xa9" "c\xc3\xa9" "dentes", 13, TK_PREV},
};

static int word_kind(const pc_sent *st, size_t k) {
  size_t n, j, lo = 0, hi = sizeof words / sizeof words[0];
  const uint8_t *p;
  uint8_t low[16];
  if (k >= st->n || st->tok[k].kind != PC_TOK_WORD) return TK_NONE;
  n = pc_tok_len(st, k);
  p = pc_tok_text(st, k);
  /* "It'll", "they’ll": the clitic is in the token */
  if ((n > 3 && pc_ascii_ieq(p + n - 3, 3, "'ll")) || (n > 5 && pc_ascii_ieq(p + n - 5, 5, "\xe2\x80\x99ll")))
    return TK_FUT;
  if (n > sizeof low) return TK_NONE;
  for (j = 0; j < n; j++) low[j] = (uint8_t)(p[j] >= 'A' && p[j] <= 'Z' ? p[j] | 0x20 : p[j]);
  while (lo < hi) { /* by length, then bytes */
    size_t mid = (lo + hi) / 2;
    int c = words[mid].len < n ? -1 : words[mid].len > n ? 1 : 0;
    for (j = 0; c == 0 && j < n; j++)
      if ((uint8_t)words[mid].w[j] != low[j]) c = (uint8_t)words[mid].w[j] < low[j] ? -1 : 1;
    if (c == 0) return words[mid].kind;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return TK_NONE;
}

int pc_date_words_sorted(void) {
  size_t k;
  for (k = 1; k < sizeof words / sizeof words[0]; k++) {
    const tense_word *a = &words[k - 1], *b = &words[k];
    if (a->len != strlen(a->w) || b->len != strlen(b->w)) return 0;
    if (a->len > b->len || (a->len == b->len && memcmp(a->w, b->w, a->len) >= 0)) return 0;
  }
  return 1;
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

/* A French past participle: "manifesté", "pris", "dit", "venus", "ouvert", "dû" (the modal of
** "ont dû marcher jeudi": a passé composé, past like "ont pu", "ont voulu"). */
static int fr_participle(const uint8_t *p, size_t n) {
  static const char *const sfx[] = {"\xc3\xa9", "\xc3\xa9" "e", "\xc3\xa9s", "\xc3\xa9" "es", "i", "ie", "is",
                                    "ies", "it", "ite", "u", "ue", "us", "ues", "ert", "erte", "int", "ait",
                                    "\xc3\xbb", NULL};
  size_t k;
  for (k = 0; sfx[k]; k++)
    if (ends(p, n, sfx[k])) return 1;
  return 0;
}

/* The French future and conditional of regular forms: "bloquera", "viendront", "serait". */
static int fr_future_form(const uint8_t *p, size_t n) {
  static const char *const stem[] = {"e", "i", "d", "u", "r", "t", "v", NULL}; /* "recevra" */
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

enum { V_NONE, V_FUT, V_PAST, V_PERF, V_HOLD /* no direction, and look no further */,
       V_INF /* the same, an infinitive after a past: "vowed to return" */ };

static int clause_mark(const pc_sent *st, size_t k) {
  const uint8_t *p = pc_tok_text(st, k);
  size_t n = pc_tok_len(st, k);
  if (st->tok[k].kind == PC_TOK_WORD || st->tok[k].kind == PC_TOK_NUMBER) return 0;
  return pc_tok_char(st, k, '"') || pc_tok_char(st, k, ';') ||
         (n == 2 && p[0] == 0xc2 && (p[1] == 0xab || p[1] == 0xbb)) || /* « » */
         (n == 3 && p[0] == 0xe2 && p[1] == 0x80 && p[2] >= 0x98 && p[2] <= 0x9d); /* ‘ ’ “ ” */
}

/* "ils étaient 6 000 ... à défiler jeudi", "elles étaient nombreuses à manifester": "être" in
** the past, a count, then "à" and the infinitive at k tell what they did (not "étaient prêts
** à manifester", an intent). */
static int fr_were_n_to(const pc_sent *st, size_t k) {
  size_t b;
  if (st->lang != PC_LANG_FR || k < 3 || !pc_tok_ieq(st, k - 1, "\xc3\xa0")) return 0;
  for (b = k - 2; b > 0 && b + 16 > k; b--) {
    size_t c = b + 1;
    if (clause_mark(st, b) || word_kind(st, b) == TK_BOUND) return 0;
    if (!(pc_tok_ieq(st, b, "\xc3\xa9taient") || pc_tok_ieq(st, b, "\xc3\xa9tait") || pc_tok_ieq(st, b, "furent")))
      continue;
    while (c < k && (pc_tok_ieq(st, c, "plus") || pc_tok_ieq(st, c, "pr\xc3\xa8s") || pc_tok_ieq(st, c, "de") ||
                     pc_tok_ieq(st, c, "d'") || pc_tok_ieq(st, c, "environ") || pc_tok_ieq(st, c, "des")))
      c++;
    return c < k && (st->tok[c].kind == PC_TOK_NUMBER || pc_tok_is(st, c, W_NUM | W_VAGUE) || pc_tok_is2(st, c, W2_QUANT) ||
                     pc_tok_ieq(st, c, "nombreux") || pc_tok_ieq(st, c, "nombreuses"));
  }
  return 0;
}

/* "a appelé à une nouvelle journée jeudi", "ont appelé les salariés à manifester samedi", "a
** convié les syndicats à une table ronde vendredi", "invited unions to talks on Friday": a
** call, an invitation or a summons names a day ahead, whatever its own tense. */
static int call_to(const pc_sent *st, size_t b) {
  static const char *const stems[] = {"appel", "convi", "invit", "convoqu", "summon", NULL};
  const uint8_t *p = pc_tok_text(st, b);
  size_t k, n = pc_tok_len(st, b), a, m;
  for (a = 0; stems[a]; a++) {
    m = strlen(stems[a]);
    if (n > m && pc_ascii_ieq(p, m, stems[a])) break;
  }
  if (!stems[a]) return 0;
  for (k = b + 1; k < st->n && k <= b + 4; k++)
    if (pc_tok_ieq(st, k, "\xc3\xa0") || pc_tok_ieq(st, k, "to")) return 1;
  return 0;
}

/* A preterite or participle at k ("marched", "held"): the head of its chain decides ("will
** keep the crossings closed", "would be notified", "is closed", "has been held"), else past. */
static int chain_head(const pc_sent *st, size_t k) {
  size_t b;
  for (b = 1; b <= 4 && b <= k; b++) {
    int h = word_kind(st, k - b);
    if (h == TK_BOUND) break;
    if (h == TK_FUT || h == TK_PRES || en_infinitive(st, k - b)) return V_FUT;
    /* "for the vote to be postponed": a passive infinitive looks ahead */
    if (k - b >= 1 && pc_tok_ieq(st, k - b, "be") && pc_tok_ieq(st, k - b - 1, "to")) return V_FUT;
    if (h == TK_PERF) return V_PERF;
    if (h == TK_PAST) return V_PAST;
  }
  return V_PAST;
}

/* The verb cue at token k: V_* with the chain read from its head; *stop set at a bound. */
static int verb_at(const pc_sent *st, size_t k, int kind, int forward, int *stop) {
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
        if (plain_word(st, b, 2) && fr_participle(pc_tok_text(st, b), pc_tok_len(st, b)))
          return call_to(st, b) ? V_FUT : V_PERF;
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
    if (fr_were_n_to(st, k)) return V_PAST;
    for (b = 1; b <= 4 && b <= k; b++) {
      int h = word_kind(st, k - b);
      if (h == TK_BOUND || h == TK_FUT || h == TK_PRES || h == TK_PERF) break;
      if (h == TK_PAST || h == TK_PRET || (plain_word(st, k - b, 5) && st->lang != PC_LANG_FR &&
                           ends(pc_tok_text(st, k - b), pc_tok_len(st, k - b), "ed") &&
                           !(k - b >= 1 && word_kind(st, k - b - 1) == TK_PERF))) {
        return V_INF;
      }
    }
    return V_FUT;
  }
  if (!plain_word(st, k, 5)) return V_NONE;
  p = pc_tok_text(st, k);
  n = pc_tok_len(st, k);
  /* "EU trade ministers meeting in Brussels on Friday": a participle right after a plural
  ** noun has no tense of its own; the nearest day (as a perfect) */
  if (!forward && st->lang != PC_LANG_FR && ends(p, n, "ing") && k > 0 && plain_word(st, k - 1, 4) && word_kind(st, k - 1) == TK_NONE &&
      ends(pc_tok_text(st, k - 1), pc_tok_len(st, k - 1), "s") && !ends(pc_tok_text(st, k - 1), pc_tok_len(st, k - 1), "ss"))
    return V_PERF;
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
  if (ends(p, n, "ed") && !ends(p, n, "eed") && !ends(p, n, "hundred")) return call_to(st, k) ? V_FUT : chain_head(st, k);
  return V_NONE;
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
  return pc_tok_is2(st, k, W2_SAY | W2_REPORT | W2_REPORTED) && (st->tok[k].flags & PC_TF_LOWER) &&
         /* "celle de février s'annonce plus dure": a reflexive is no saying */
         !(k > 0 && (pc_tok_ieq(st, k - 1, "s'") || pc_tok_ieq(st, k - 1, "s\xe2\x80\x99") || pc_tok_ieq(st, k - 1, "se")));
}

/* A present of "être": "est", "sont" (a participle after it is often a state: "est fermée"). */
static int etre_form(const pc_sent *st, size_t k) {
  return pc_tok_ieq(st, k, "est") || pc_tok_ieq(st, k, "sont") || pc_tok_ieq(st, k, "suis") ||
         pc_tok_ieq(st, k, "sommes") || pc_tok_ieq(st, k, "\xc3\xaates");
}

/* A French past participle right before a date: "le texte, présenté mardi", "l'appel lancé
** vendredi"; an agreed one in -ue, -ie, -ise, -erte, -aite, -uite after a comma or a noun
** ("les négociations, interrompues vendredi", "l'assemblée tenue lundi"; not "sur l'avenue
** samedi"); not after "être" ("doit être examiné mardi": the modal before it tells). */
static int fr_participle_before(const pc_sent *st, size_t k) {
  static const char *const agreed[] = {"ue", "ues", "ie", "ies", "ise", "ises", "erte", "ertes", "aite", "aites",
                                       "uite", "uites", NULL};
  const uint8_t *p = pc_tok_text(st, k);
  size_t n = pc_tok_len(st, k), a;
  if (st->lang != PC_LANG_FR || !plain_word(st, k, 4) || (k > 0 && pc_tok_ieq(st, k - 1, "\xc3\xaatre"))) return 0;
  if (ends(p, n, "\xc3\xa9") || ends(p, n, "\xc3\xa9" "e") || ends(p, n, "\xc3\xa9s") || ends(p, n, "\xc3\xa9" "es"))
    return 1;
  if (k == 0 || !(pc_tok_char(st, k - 1, ',') || plain_word(st, k - 1, 3))) return 0;
  for (a = 0; agreed[a]; a++)
    if (ends(p, n, agreed[a])) return 1;
  return 0;
}

/* The clause's verb: backward from token `from` (inclusive), then forward from `after`. A
** verb of saying right before the date is its verb ("said on Monday"); farther, the date is
** in what was said ("said the vote on Jan. 5 would"), and the saying counts only when
** nothing else does. */
static int clause_verb(const pc_sent *st, size_t from, size_t after, int has_from, int adjacent, int fronted,
                       int *held) {
  size_t k, steps, gap = 0;
  int stop = 0, v, said = V_NONE, kind;
  for (k = from, steps = 0; has_from && steps < 25; k--, steps++) {
    if (clause_mark(st, k)) break;
    kind = word_kind(st, k);
    if (reporting(st, k)) {
      if (gap == 0) return V_PAST;
      said = V_PERF; /* weak: "called farmers to a rally on Feb. 24" */
    } else if ((v = verb_at(st, k, kind, 0, &stop))) {
      if (v == V_INF) *held = 1;
      return v == V_HOLD || v == V_INF || (v == V_PAST && in_condition(st, k)) ? V_NONE : v;
    } else if (gap == 0 && adjacent && fr_participle_before(st, k)) {
      return V_PAST; /* "le texte, présenté mardi", "l'appel lancé vendredi" */
    } else if (purpose(st, k, gap)) {
      return V_FUT;
    }
    if (kind != TK_SKIP) gap++;
    if (stop || k == 0) break;
  }
  stop = 0;
  for (k = after, steps = 0; k < st->n && steps < 25; k++, steps++) {
    if (clause_mark(st, k)) break;
    if (reporting(st, k)) return V_PAST; /* "On Monday, the union said" */
    /* the next date's own modifiers say nothing of this one */
    if ((v = verb_at(st, k, word_kind(st, k), 1, &stop)) && !pc_tok_is(st, k, W_LAST | W_NEXT)) {
      /* a date fronted before a passé composé with avoir is a plain past: « En janvier, on nous a
      ** promis »; "est fermée" is a state */
      if (v == V_PERF && st->lang == PC_LANG_FR && fronted && !etre_form(st, k)) return V_PAST;
      return v == V_HOLD || v == V_INF ? V_NONE : v;
    }
    if (stop) break;
  }
  return said;
}

/* Whether the date whose phrase starts at token k opens its clause, a comma after it: "En
** janvier, on nous a promis", « En mars, ... ». */
static int fronted_date(const pc_sent *st, size_t k) {
  while (k > 0 && word_kind(st, k - 1) == TK_SKIP) k--;
  return k == 0 || clause_mark(st, k - 1);
}

/* A pluperfect before token k in its clause ("avait promis une réponse pour", "had set a vote
** for"): a deadline fixed in the past, which may fall on either side of the document date. */
static int pluperfect_before(const pc_sent *st, size_t k) {
  size_t steps;
  for (steps = 0; k > 0 && steps < 10; k--, steps++) {
    if (clause_mark(st, k - 1) || word_kind(st, k - 1) == TK_BOUND) return 0;
    if ((pc_tok_ieq(st, k - 1, "had") || pc_tok_ieq(st, k - 1, "avait") || pc_tok_ieq(st, k - 1, "avaient")) &&
        k < st->n && plain_word(st, k, 2) &&
        (st->lang == PC_LANG_FR ? fr_participle(pc_tok_text(st, k), pc_tok_len(st, k))
                                : ends(pc_tok_text(st, k), pc_tok_len(st, k), "ed") || word_kind(st, k) == TK_PRET))
      return 1;
  }
  return 0;
}

/* A verb of putting off right before "until" / "jusqu'à" at k: "postponed until May", "pushed
** back until June", "reporté jusqu'en mai": the new date is ahead, whatever the verb's tense. */
static int put_off_before(const pc_sent *st, size_t k) {
  static const char *const en[] = {"postpon", "delay", "defer", "adjourn", "reschedul", "push", NULL};
  static const char *const fr[] = {"report", "repouss", "ajourn", "diff\xc3\xa9r", "d\xc3\xa9" "cal", NULL};
  const char *const *stems = st->lang == PC_LANG_FR ? fr : en;
  size_t a, n, m;
  if (k >= 2 && (pc_tok_ieq(st, k - 1, "back") || pc_tok_ieq(st, k - 1, "off"))) k--;
  if (k == 0 || !plain_word(st, k - 1, 4)) return 0;
  n = pc_tok_len(st, k - 1);
  for (a = 0; stems[a]; a++) {
    m = strlen(stems[a]);
    if (n > m && pc_ascii_ieq(pc_tok_text(st, k - 1), m, stems[a])) return 1;
  }
  return 0;
}

static int tense_at(const pc_sent *st, size_t i, size_t j, int *held) {
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
  if (prep == TK_FOR) return pluperfect_before(st, k) ? 0 : 1;
  if (prep == TK_UNTIL && put_off_before(st, k)) return 1;
  /* "d'ici", "à partir de": the verb is before the whole phrase */
  if (prep && k > 0 && (pc_tok_ieq(st, k - 1, "d'") || pc_tok_ieq(st, k - 1, "d\xe2\x80\x99") ||
                        pc_tok_ieq(st, k - 1, "\xc3\xa0")))
    k--;
  /* adjacent: right after the verb, or after French "en" ("une concertation lancée en
  ** janvier"; not "fixé au 1er mai", a date set ahead) */
  v = clause_verb(st, k > 0 ? k - 1 : 0, j + 1, k > 0, k == i || (k + 1 == i && pc_tok_ieq(st, k, "en")),
                  fronted_date(st, k), held);
  /* "a décrété un boycott à partir de lundi": ahead; "a prévenu dès décembre": either way */
  if (prep == TK_UNTIL) return v == V_PAST ? -1 : v == V_PERF ? 3 : 1;
  return v == V_FUT ? 1 : v == V_PAST ? -1 : v == V_PERF ? -2 : 0;
}

int pc_date_tense(const pc_sent *st, size_t i, size_t j) {
  int held = 0;
  return tense_at(st, i, j, &held);
}

int pc_date_tense_day(const pc_sent *st, size_t i, size_t j) {
  int held = 0, t = tense_at(st, i, j, &held);
  /* "vowed to return Monday", "promettent de revenir lundi": the day of an intent is ahead */
  return t == 0 && held ? 1 : t;
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
