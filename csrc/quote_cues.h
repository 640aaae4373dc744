/*
** quote_cues.h: the table of cue words of the quote annotator (quote_cues.c, generated from
** data/src/quote_cues.tsv by tools/gen_quote_cues.lua) and its lookup.
*/
#ifndef PC_QUOTE_CUES_H
#define PC_QUOTE_CUES_H

#include <stddef.h>
#include <stdint.h>

/* Classes of a cue word; a word may have several. */
#define Q_SPEECH   0x000001u /* a speech verb: "said", "a déclaré" */
#define Q_NOINV    0x000002u /* its object is the addressee ("told Anadolu"): never inverted */
#define Q_PART     0x000004u /* a participle clause ("adding that"): the main clause speaks */
#define Q_SOURCE   0x000008u /* "according to X", "selon X": the speaker follows */
#define Q_SOURCE_D 0x000010u /* "après" after "d’": "d’après X" */
#define Q_AUX      0x000020u /* French auxiliary before a past participle: "a", "ont" */
#define Q_SLOGAN_V 0x000040u /* "read", "chanted", "scandaient" */
#define Q_SLOGAN_N 0x000080u /* "banner", "placard", "pancarte" */
#define Q_COLON_N  0x000100u /* "message": a slogan when a colon follows it */
#define Q_PRON_M   0x000200u /* he, il, lui */
#define Q_PRON_F   0x000400u /* she, elle */
#define Q_PRON_P   0x000800u /* they, ils, elles */
#define Q_PRON_N   0x001000u /* it (an organization) */
#define Q_PRON_1   0x002000u /* I, we, you, je, nous: a quoted clause, not a term */
#define Q_CLAUSE   0x004000u /* is, are, est: a quoted clause, not a term */
#define Q_DET      0x008000u /* the, le, la: before a generic speaker noun */
#define Q_STOP     0x010000u /* ends an inverted speaker phrase: in, at, dans */
#define Q_CONJ     0x020000u /* and, et: a second verb of the same subject */
#define Q_GENERIC  0x040000u /* "the union", "le syndicat": an ORG named earlier */
#define Q_ROLE     0x080000u /* "the minister": a PERSON given that role earlier */
#define Q_PRON_OBJ 0x100000u /* him, her, lui: a pronoun that is not a subject */
#define Q_ART      0x200000u /* an article: "an officer said" has a speaker the text does not name */
#define Q_POUR     0x400000u /* "Pour la CGT, « … »": the speaker follows, at the sentence's start */
#define Q_FEM      0x800000u /* a woman's title or role word: Mrs, Mme, spokeswoman, générale */
#define Q_MASC     0x1000000u /* a man's: Mr, spokesman, le président */
#define Q_FAIRE    0x2000000u /* "a fait savoir": a causative verb before the verb of saying */
#define Q_CROWD    0x4000000u /* "protesters", "la foule": a crowd's words are a chant */
#define Q_KIN      0x8000000u /* wife, père: of the name right beside it only ("the wife of X" is not X) */
#define Q_SPOKES   0x10000000u /* spokesperson: "a spokesperson said" speaks for an organization */
#define Q_PRON (Q_PRON_M | Q_PRON_F | Q_PRON_P | Q_PRON_N)

/* Argument of a cue word. */
enum {
  QA_NONE = 0, QA_AS, QA_TO, QA_OF, QA_DE,               /* particle after a verb */
  QA_UNION, QA_PARTY, QA_MINISTRY, QA_COMPANY, QA_ANY, QA_NAMED /* ORG a generic noun names */
};

typedef struct pc_quote_cue {
  const char *key; /* lowercase UTF-8 */
  unsigned char len;
  uint32_t cls;    /* Q_* */
  int arg;         /* QA_* */
} pc_quote_cue;

extern const pc_quote_cue pc_quote_cues[];
extern const size_t pc_nquote_cues;

/* The hash table over them: FNV-1a (32 bits) of the lowercase key, linear probing;
** entries are index + 1, 0 for an empty slot. */
#define PC_QUOTE_CUE_SLOTS 4096
extern const unsigned short pc_quote_cue_slots[PC_QUOTE_CUE_SLOTS];

#endif
