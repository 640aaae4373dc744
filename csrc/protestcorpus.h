/*
** protestcorpus.h: the C API of protestcorpus.
**
** Bytes in, structures out. Every offset is a 0-based, end-exclusive byte offset into
** the caller's ORIGINAL bytes (pc_span), never into a normalized copy. The caller owns
** the text and must keep it alive as long as a document that points into it.
** Functions return PC_OK (0) or a negative PC_E* code; pc_errmsg() names it.
** Nothing here has global mutable state, prints, exits or aborts.
*/
#ifndef PROTESTCORPUS_H
#define PROTESTCORPUS_H

#include <stddef.h>
#include <stdint.h>

#define PC_VERSION "0.1.0"

/* Error codes (negative), and pc_errmsg() to read them. */
#define PC_OK 0
#define PC_ENOMEM (-1)   /* an allocation failed */
#define PC_EINVAL (-2)   /* an argument is out of its domain (NULL text with len > 0, ...) */
#define PC_EDATE (-3)    /* a document date that is not a valid YYYY-MM-DD calendar date */
#define PC_ETOOBIG (-4)  /* input larger than PC_MAX_INPUT */
#define PC_EIO (-5)      /* a model file could not be read */
#define PC_EFORMAT (-6)  /* a model file is not in its format */

/* The largest input accepted, in bytes: offsets stay exact in 32-bit fields of callers
** (Neovim columns) and memory stays bounded (about 40 bytes per sentence + 32 per line). */
#define PC_MAX_INPUT ((size_t)1 << 31)

/* Sentences longer than this many bytes are cut at the next white space. */
#define PC_MAX_SENTENCE ((size_t)65536)

const char *pc_errmsg(int code);

typedef struct pc_span {
  size_t start; /* first byte */
  size_t end;   /* one past the last byte; start == end: absent */
} pc_span;

/* Languages. */
enum { PC_LANG_UND = 0, PC_LANG_EN = 1, PC_LANG_FR = 2 };
const char *pc_lang_name(int lang);           /* "und", "en", "fr" */
int pc_lang_from_name(const char *name);      /* -1 when unknown */
/* Detects the language from at most the first 8 KiB of the text. */
int pc_detect_lang(const uint8_t *text, size_t len);

/* Segments: every non-blank stretch of the article, classified. */
enum pc_segment_kind {
  PC_SEG_HEADER = 0,  /* leading "date YYYY-MM-DD ..." metadata line (date part only) */
  PC_SEG_TITLE,       /* headline */
  PC_SEG_BYLINE,      /* "By Jane Doe", "Par Jeanne Dupont" */
  PC_SEG_BOILERPLATE, /* "External Content", "Advertisement", "Publicité", ... */
  PC_SEG_CAPTION,     /* photo caption: a line ending in "REUTERS/Name", "(AP Photo/Name)" */
  PC_SEG_CREDIT,      /* "(Reporting by ...; editing by ...)", "(Avec AFP)" */
  PC_SEG_HEADING,     /* section heading: "- Security challenges" */
  PC_SEG_PARAGRAPH,   /* body text */
  PC_SEG_KIND_COUNT
};
const char *pc_segment_kind_name(int kind);

typedef struct pc_segment {
  pc_span span;
  int kind;
} pc_segment;

typedef struct pc_sentence {
  pc_span span;
  size_t segment; /* index into pc_document.segments */
} pc_sentence;

typedef struct pc_meta {
  pc_span header;         /* the whole header line, when there is one */
  pc_span date_text;      /* "2026-01-31" inside the header */
  int year, month, day;   /* document date (from options, else header); year 0: unknown */
  pc_span title;
  pc_span dateline;       /* "PARIS (Reuters) -" including the dash */
  pc_span dateline_place; /* "PARIS" */
  pc_span source;         /* "Reuters": agency of the dateline, else of an "(Avec AFP)" credit */
  pc_span byline;         /* the name part: "Jane Doe" of "By Jane Doe" */
} pc_meta;

typedef struct pc_document {
  const uint8_t *text;   /* borrowed: the caller's bytes */
  size_t len;
  pc_meta meta;
  int lang;              /* PC_LANG_*: from options, else detected */
  size_t invalid_bytes;  /* bytes not part of valid UTF-8 (each reads as U+FFFD) */
  size_t first_invalid;  /* offset of the first one; len when there is none */
  pc_segment *segments;
  size_t nsegments;
  pc_sentence *sentences; /* in every segment but header and boilerplate, in text order */
  size_t nsentences;
} pc_document;

typedef struct pc_parse_options {
  int lang;              /* PC_LANG_*, or -1 to detect */
  int year, month, day;  /* document date; year 0: take it from the header, if any */
} pc_parse_options;

void pc_parse_options_init(pc_parse_options *opts);

/* Parses text[0..len) into *out (set to NULL on error). opts may be NULL. */
int pc_parse(const uint8_t *text, size_t len, const pc_parse_options *opts, pc_document **out);
void pc_document_free(pc_document *doc);

/* Tokens: computed on demand for a byte range, never stored in the document. */
enum {
  PC_TOK_WORD = 1, PC_TOK_NUMBER, PC_TOK_PUNCT, PC_TOK_SYMBOL, PC_TOK_OTHER
};
/* Shape flags of a token. */
#define PC_TF_CAP     0x01u /* first letter is uppercase or titlecase */
#define PC_TF_UPPER   0x02u /* two or more letters, none lowercase */
#define PC_TF_LOWER   0x04u /* has letters, all lowercase */
#define PC_TF_HYPHEN  0x08u /* word with an inner hyphen: "Jean-Marc" */
#define PC_TF_APOS    0x10u /* elided article or possessive: "l’", "d'", "'s" */
#define PC_TF_QUOTE   0x20u /* a quotation mark: " “ ” « » ‘ ’ ' */
#define PC_TF_INVALID 0x40u /* contains bytes that are not valid UTF-8 */
#define PC_TF_DIGITS  0x80u /* number made of digits only (no separator) */

typedef struct pc_token {
  size_t start, end;
  uint8_t kind;
  uint8_t flags;
} pc_token;

typedef struct pc_tokens {
  pc_token *items;
  size_t count, capacity;
} pc_tokens;

/* Appends the tokens of text[start..end) to *toks (which may hold earlier ones);
** pc_tokens_free releases the array. Initialize with {0}. */
int pc_tokenize(const uint8_t *text, size_t start, size_t end, pc_tokens *toks);
void pc_tokens_free(pc_tokens *toks);

/* ---- Entities (annotate.c and one file per annotator) ---- */

enum pc_entity_type {
  PC_ENT_PERSON = 0, PC_ENT_ORG, PC_ENT_PLACE, PC_ENT_DATE, PC_ENT_QUANTITY, PC_ENT_MONEY,
  PC_ENT_PERCENT, PC_ENT_TYPE_COUNT
};
#define PC_TYPE_BIT(t) (1u << (t))
#define PC_TYPES_ALL ((1u << PC_ENT_TYPE_COUNT) - 1u)
const char *pc_entity_type_name(int type);     /* "PERSON", ... */
int pc_entity_type_from_name(const char *name); /* -1 when unknown */

/* Attribute flags of an entity. */
#define PC_EF_VALUE    0x01u /* value is set */
#define PC_EF_LOW      0x02u /* low is set */
#define PC_EF_HIGH     0x04u /* high is set */
#define PC_EF_APPROX   0x08u /* "about", "près de", "more than" */
#define PC_EF_RELATIVE 0x10u /* needs the document date ("Saturday", "hier") */

#define PC_UNIT_MAX 48

/* Kinds of names (pc_kind_name): what a PLACE or an ORG is. */
enum {
  PC_KIND_NONE = 0, PC_KIND_CITY, PC_KIND_COUNTRY, PC_KIND_REGION, PC_KIND_DEPARTMENT,
  PC_KIND_STREET, PC_KIND_SQUARE, PC_KIND_SITE, PC_KIND_DISTRICT, PC_KIND_UNION, PC_KIND_PARTY,
  PC_KIND_MINISTRY, PC_KIND_INSTITUTION, PC_KIND_ASSOCIATION, PC_KIND_COMPANY, PC_KIND_MEDIA,
  PC_KIND_AGENCY, PC_KIND_COUNT
};
const char *pc_kind_name(int kind); /* "city", ...; "" for none */
/* The article a PLACE's canonical name starts with (pc_entity.article): "Le ", "Les ", "". */
const char *pc_article_text(int article);

typedef struct pc_entity {
  pc_span span;
  int type;                 /* PC_ENT_* */
  unsigned flags;           /* PC_EF_* */
  double value, low, high;  /* QUANTITY, MONEY, PERCENT */
  char date[11];            /* DATE value: "2026-01-31", "2026-01", "2026" or "" */
  char currency[4];         /* MONEY: ISO 4217 code */
  char unit[PC_UNIT_MAX];   /* QUANTITY: counted noun, singular, lowercase; "" when none */
  pc_span canonical;        /* PERSON/ORG/PLACE: the mention with the fullest form */
  pc_span role;             /* PERSON: the role words the text attaches, when it does */
  int kind;                 /* PERSON/ORG/PLACE: PC_KIND_* */
  int article;              /* PLACE: the article its name takes that the text contracted
                            ** ("du Havre", "au Mans": 1, "Le "; "aux Sables": 2, "Les "),
                            ** written before the canonical span; 0: none */
  size_t sentence;          /* index into doc->sentences of the sentence it is in;
                            ** (size_t)-1 for a segment with no sentence */
} pc_entity;

typedef struct pc_entities {
  pc_entity *items;
  size_t count, capacity;
} pc_entities;

/* ---- Quotations (quotes.c) ---- */
enum pc_quote_kind { PC_QUOTE_SPEECH = 0, PC_QUOTE_SLOGAN, PC_QUOTE_TERM, PC_QUOTE_KIND_COUNT };
const char *pc_quote_kind_name(int kind); /* "speech", "slogan", "term" */

typedef struct pc_quote {
  pc_span span;     /* the quotation, its marks included */
  int kind;         /* PC_QUOTE_* */
  pc_span cue;      /* the attribution verb or phrase as written; start == end: none */
  long speaker;     /* index into the document's entities of the mention naming the speaker
                    ** (its canonical is the speaker's name); -1: unattributed */
  size_t sentence;  /* index into doc->sentences of the sentence where it opens */
} pc_quote;

typedef struct pc_quotes {
  pc_quote *items;
  size_t count, capacity;
} pc_quotes;

/* ---- The schema (schema.c): the fields of the records, in their JSON order ---- */
enum pc_entity_field {
  PC_FIELD_START = 0, PC_FIELD_END, PC_FIELD_TYPE, PC_FIELD_TEXT, PC_FIELD_VALUE, PC_FIELD_LOW,
  PC_FIELD_HIGH, PC_FIELD_APPROX, PC_FIELD_RELATIVE, PC_FIELD_UNIT, PC_FIELD_CURRENCY,
  PC_FIELD_CANONICAL, PC_FIELD_KIND, PC_FIELD_ROLE, PC_FIELD_SEGMENT, PC_ENTITY_FIELD_COUNT
};
const char *pc_entity_field_name(int field); /* "start", "end", "type", ... */
enum pc_quote_field {
  PC_QFIELD_START = 0, PC_QFIELD_END, PC_QFIELD_TEXT, PC_QFIELD_KIND, PC_QFIELD_SPEAKER,
  PC_QFIELD_CUE, PC_QFIELD_CUE_START, PC_QFIELD_CUE_END, PC_QUOTE_FIELD_COUNT
};
/* "start", "end", "text", "kind", "speaker", "cue", "cue_start", "cue_end" */
const char *pc_quote_field_name(int field);
/* The fields of a document record of `extract`, in order: id, lang, date, title, source,
** entities, quotes. */
enum pc_record_field {
  PC_RFIELD_ID = 0, PC_RFIELD_LANG, PC_RFIELD_DATE, PC_RFIELD_TITLE, PC_RFIELD_SOURCE,
  PC_RFIELD_META, PC_RFIELD_ENTITIES, PC_RFIELD_QUOTES, PC_RECORD_FIELD_COUNT
};
const char *pc_record_field_name(int field);

/* ---- One annotation record per document (annotate.c, the driver) ---- */

/* What the annotators found in one document; the caller owns it (pc_annotations_free). */
typedef struct pc_annotations {
  pc_entities entities;  /* sorted by position, never overlapping; each with its sentence */
  pc_quotes quotes;      /* sorted by position; empty until the quote annotator runs */
  unsigned done;         /* PC_ANN_* of the annotators that ran */
} pc_annotations;

/* Annotators a pc_annotate_doc call runs (pc_annotate_options.annotators, .done). */
#define PC_ANN_ENTITIES 0x01u /* dates, figures, names: the entities of opts->types */
#define PC_ANN_QUOTES   0x02u /* quotations (when the quote annotator is built in); runs the
                              ** entity annotators too: a speaker is one of the entities */
#define PC_ANN_ALL      (PC_ANN_ENTITIES | PC_ANN_QUOTES)

typedef struct pc_annotate_options {
  unsigned types;        /* PC_TYPE_BIT set of the entity types to keep (default all) */
  unsigned annotators;   /* PC_ANN_* (default all) */
} pc_annotate_options;

void pc_annotate_options_init(pc_annotate_options *opts);

/* Runs the annotators over every sentence of doc but those of the header and boilerplate,
** with a name model for PERSON, ORG and PLACE (model NULL: rules alone), into *out (which
** must be zeroed or freed before: it is cleared first). opts may be NULL (all types, all
** annotators). Relative dates resolve against doc->meta's date when it has one. On error
** *out is left empty. */
typedef struct pc_model pc_model;
int pc_annotate_doc(const pc_document *doc, const pc_model *model, const pc_annotate_options *opts,
                    pc_annotations *out);
void pc_annotations_free(pc_annotations *ann);

/* The entities of the types in the bit set `types` (PC_TYPE_BIT), appended to *out: the
** entities of pc_annotate_doc without a model. */
int pc_annotate(const pc_document *doc, unsigned types, pc_entities *out);
void pc_entities_free(pc_entities *ents);

/* ---- JSON of the records (json_writer.c): the output lines of `protestcorpus extract` ---- */

/* A growable byte buffer; initialize with {0}, release with pc_buffer_free. */
typedef struct pc_buffer {
  char *data;
  size_t len, cap;
} pc_buffer;
void pc_buffer_free(pc_buffer *b);

/* JSON output rules, the same as lua/protestcorpus/records.lua: strings are valid UTF-8
** (each byte outside a valid sequence becomes U+FFFD), with ", \, control characters and
** DEL escaped (\n, \t, ... else \u00XX); integral numbers below 2^53 have no ".0", others
** take the fewest of 15, 16 or 17 significant digits that read back to the same double;
** NaN and infinities are null. Spans are 0-based, end-exclusive ("start", "end"). */
int pc_json_string(pc_buffer *b, const uint8_t *s, size_t len);
int pc_json_number(pc_buffer *b, double x);
/* One entity: {"start","end","type","text", then the attributes it has, in the schema's
** order}. */
int pc_json_entity(pc_buffer *b, const pc_document *doc, const pc_entity *e);
/* One quote: {"start","end","text","kind","speaker"?,"cue"?,"cue_start"?,"cue_end"?};
** speaker: the canonical form of the entity of a->entities it points to; the cue's span,
** 0-based end-exclusive like the quote's, when it has a cue. */
int pc_json_quote(pc_buffer *b, const pc_document *doc, const pc_annotations *a, const pc_quote *q);

/* A field of a record's head, given by the caller (a corpus record's own id, date, ...). */
typedef struct pc_json_field {
  const char *s;  /* the string; NULL: take the document's value (none for id: null) */
  size_t len;
} pc_json_field;

/* The `extract` record of a document, appended to b without a newline:
** {"id","lang","date","title","source","entities":[...]} and "quotes":[...] after them when
** the quote annotator ran (a->done & PC_ANN_QUOTES). head[PC_RFIELD_ID .. PC_RFIELD_TITLE]
** are the caller's (lang, date and title fall back to the document's); source is the
** document's. */
int pc_json_record(pc_buffer *b, const pc_document *doc, const pc_annotations *a,
                   const pc_json_field head[PC_RFIELD_TITLE + 1]);

/* The `parse` record of a document, appended to b without a newline: the head as for
** pc_json_record, then "meta" ({"header","title","dateline","place","source","byline"}:
** spans or null; "captions","credits","boilerplate","headings": lists of spans),
** "paragraphs" and "sentences" (the body's). */
int pc_json_document(pc_buffer *b, const pc_document *doc, const pc_json_field head[PC_RFIELD_TITLE + 1]);

/* ---- The name model (lexicon.c): lexicons of places, given names, cue words ---- */

/* Loads the model files of a data directory (places.tsv, countries.tsv, given_names.tsv,
** demonyms.tsv, common_words.tsv if present, src/name_words.tsv, parties.tsv if present, src/orgs.tsv if present).
** When the directory also
** holds model.bin, a compiled image made from these very files (pc_model_save), that image
** is mapped instead of parsing them: the same model, in a few milliseconds. An image that
** is stale (the files changed since: the rule is in model_image.c), damaged, or made by
** another format or utf8proc version is ignored. A model from the image is read-only. */
int pc_model_load_dir(const char *dir, pc_model **out);
/* The same from the files alone, never the image. */
int pc_model_load_sources(const char *dir, pc_model **out);
/* Writes the compiled image of a model loaded from a directory to path (the directory's
** model.bin); PC_EINVAL for a model built from buffers (it has no source files). */
int pc_model_save(const pc_model *m, const char *path);
/* 1 when the model was loaded from a compiled image. */
int pc_model_from_image(const pc_model *m);
/* Or builds one from buffers: table is "places", "countries", "given_names", "demonyms",
** "common_words", "name_words", "parties" or "orgs"; on PC_EFORMAT *bad_line is the 1-based line. A model is
** only read once loaded: threads may then share it (adding to a model loaded from its
** image is PC_EINVAL). */
int pc_model_new(pc_model **out);
int pc_model_add_tsv(pc_model *m, const char *table, const uint8_t *buf, size_t len, size_t *bad_line);
size_t pc_model_count(const pc_model *m);
void pc_model_free(pc_model *m);

/* pc_annotate with a name model for PERSON, ORG and PLACE (model NULL: rules alone): the
** entities of pc_annotate_doc, appended to *out. */
int pc_annotate_model(const pc_document *doc, const pc_model *model, unsigned types, pc_entities *out);

#endif
