/*
** lexicon.h: internal view of the name model (lexicon.c) for the name annotator.
*/
#ifndef PC_LEXICON_H
#define PC_LEXICON_H

#include "protestcorpus.h"

#define PC_KEY_MAX 120

/* Classes of a lexicon entry; an entry may have several. */
#define L_CITY          0x00000001u
#define L_COUNTRY       0x00000002u
#define L_REGION        0x00000004u
#define L_DEPARTMENT    0x00000008u
#define L_GIVEN         0x00000010u
#define L_DEMONYM       0x00000020u
#define L_COMMON        0x00000040u /* a lowercase common word of English or French */
#define L_TITLE         0x00000080u
#define L_ROLE          0x00000100u
#define L_ORG_HEAD      0x00000200u
#define L_ORG_GENERIC   0x00000400u
#define L_PLACE_AFTER   0x00000800u
#define L_PLACE_BEFORE  0x00001000u
#define L_PLACE_GENERIC 0x00002000u
#define L_PARTICLE      0x00004000u
#define L_CONNECTOR     0x00008000u
#define L_MEDIA         0x00010000u
#define L_NOTNAME       0x00020000u
#define L_PREFIX        0x00040000u /* a word prefix of a longer key */
#define L_ROLE_NOUN     0x00080000u /* an occupation: "student", "infirmière" (appositions only) */
#define L_PARTY         0x00100000u /* a political party's name (parties.tsv, Party Facts) */
#define L_ORG_NAME      0x00200000u /* a well-known organization's name (src/orgs.tsv) */
#define L_PLACE (L_CITY | L_COUNTRY | L_REGION | L_DEPARTMENT)

typedef struct pc_lex_entry {
  uint32_t key_off;
  uint16_t key_len;
  uint8_t kind;  /* PC_KIND_* of the place it names */
  uint8_t head_kind; /* PC_KIND_* of the name a head word makes ("Union": union) */
  uint32_t cls;  /* L_* */
  uint32_t pop;  /* population of a place; 0 unknown */
  char cc[2];    /* ISO 3166-1 country of the most populous place of that name */
} pc_lex_entry;

/* The source files of a data directory, in the order they are loaded. */
#define PC_MODEL_NSOURCES 8

/* A file's bytes, mapped read-only by model_image.c (data NULL: none). */
typedef struct pc_file_view {
  const uint8_t *data;
  size_t len;
} pc_file_view;

struct pc_model {
  uint8_t *common;         /* common_words.tsv as loaded: sorted lines, looked up by bisection */
  size_t common_len;
  uint32_t *common_lines;  /* offset of each word */
  uint8_t *common_lens;    /* length of each word (at most 255 bytes) */
  size_t ncommon;
  uint32_t *common_first;  /* [65537]: the first word whose first two bytes are >= i (the
                           ** second byte of a one-byte word counts as 0): bisection then
                           ** runs within the words of one two-byte prefix */
  pc_lex_entry *entries;
  size_t count, capacity;
  uint8_t *keys;           /* arena of folded keys */
  size_t keys_len, keys_cap;
  uint64_t *slots;         /* hash table: (hash high 32 bits << 32) | (entry index + 1); 0 empty */
  size_t nslots;
  uint64_t fingerprint;    /* of the source files it was built from (0: built from buffers) */
  uint64_t src_size[PC_MODEL_NSOURCES]; /* each source's size and pc_model_source_hash */
  uint64_t src_hash[PC_MODEL_NSOURCES]; /* (0: absent), for the image's freshness records */
  pc_file_view image;      /* loaded from the compiled image: the arrays above point into
                           ** it, and common into common_view; nothing is malloc'd */
  pc_file_view common_view;
};

/* The source files of a data directory, read whole (lexicon.c). */
typedef struct pc_model_sources {
  uint8_t *buf[PC_MODEL_NSOURCES];
  size_t len[PC_MODEL_NSOURCES];
  int present[PC_MODEL_NSOURCES];
  uint64_t hash[PC_MODEL_NSOURCES]; /* pc_model_source_hash of each (0: absent) */
  uint64_t fingerprint;    /* pc_model_fingerprint of them all */
} pc_model_sources;

/* The path of source k within a data directory ("places.tsv", ..., "src/name_words.tsv"). */
const char *pc_model_source_file(size_t k);

/* Reads a whole file into a new buffer (one byte more allocated, for a final newline);
** PC_EIO when it cannot be opened (*missing set) or read. */
int pc_read_file(const char *path, uint8_t **buf, size_t *len, int *missing);
int pc_model_read_sources(const char *dir, pc_model_sources *src);
void pc_model_sources_free(pc_model_sources *src);
/* The common_first index of ncommon sorted words (NULL when an allocation fails). */
uint32_t *pc_common_prefix_index(const uint8_t *text, const uint32_t *lines, const uint8_t *lens, size_t ncommon);
/* Builds a model from sources read (takes the common-words buffer). */
int pc_model_build(pc_model_sources *src, pc_model **out);

/* model_image.c: the hash of a source file's bytes (never 0); the fingerprint of all the
** sources from their sizes and hashes; and the image reader: PC_OK with *out set only when
** dir/model.bin exists, is whole, and was made from the very source files of dir (the
** freshness rule of model_image.c) by this format, key size and utf8proc version. */
uint64_t pc_model_source_hash(const uint8_t *buf, size_t len);
uint64_t pc_model_fingerprint(const uint64_t *size, const uint64_t *hash);
/* The hash of an image body the header holds (bytes 24-31); the fuzz target uses it to
** reach the checks behind it. */
uint64_t pc_model_image_hash(const uint8_t *body, size_t len);
int pc_model_load_image(const char *dir, pc_model **out);
/* Unmaps a view (pc_model_free does, for a model from an image). */
void pc_file_view_release(pc_file_view *v);

/* The country (two letters, not NUL-terminated) of the place named s[a..b), or NULL. */
const char *pc_model_country(const pc_model *m, const uint8_t *s, size_t a, size_t b);

/* Folds s[a..b) into out (at most cap bytes): case folded, accents stripped, hyphens and
** runs of space as one space, apostrophes as "'". Returns the length, 0 when it does not fit. */
size_t pc_fold(const uint8_t *s, size_t a, size_t b, uint8_t *out, size_t cap);

/* Whether s[a..b), lowercased, is a common word of common_words.tsv. */
int pc_model_is_common(const pc_model *m, const uint8_t *s, size_t a, size_t b);

/* The entry of a folded key, or NULL. */
const pc_lex_entry *pc_model_lookup(const pc_model *m, const uint8_t *key, size_t n);

#endif
