/*
** sentence.h: what an annotator sees (sentence.c): the document's tokens, the sentence under
** annotation, and the token helpers every annotator shares (one place, not one per file).
**
** The driver (annotate.c) tokenizes each sentence once. By default the tokens of one
** sentence at a time are kept (memory bounded by the longest sentence); when an annotator
** that runs says it reads other sentences (pc_annotator.document_tokens: quotes open in
** one sentence and close in another), the tokens of the whole document are kept in one
** array (pc_doc_ctx.toks), and each pc_sent is a window on it.
** Memory with document tokens: about 32 bytes per token of the document (token and
** function-word entry), some 6 times the input.
*/
#ifndef PC_SENTENCE_H
#define PC_SENTENCE_H

#include <string.h>
#include "protestcorpus.h"
#include "text.h"
#include "words.h"

/* The document under annotation, shared by every annotator of one pc_annotate_doc call. */
typedef struct pc_doc_ctx {
  const pc_document *doc;
  const pc_model *model;   /* NULL: rules alone */
  unsigned types;          /* PC_TYPE_BIT set the caller asked for */
  /* The tokens of the whole document: set only when a running annotator has
  ** document_tokens (else toks.count is 0 and first and word are NULL). */
  pc_tokens toks;          /* the tokens of every sentence, in text order */
  const pc_word **word;    /* per token of toks: its function-word entry or NULL */
  size_t *first;           /* [nsentences + 1]: sentence k has tokens first[k] .. first[k+1]-1 */
  char home[2];            /* country of the dateline's place, for "$" and "pesos"; 0 unknown */
  size_t first_entity;     /* the document's entities start here in out->entities (the
                           ** entry points that append to a caller's array) */
} pc_doc_ctx;

/* The sentence under annotation: indexes 0 .. n-1 are its tokens. */
typedef struct pc_sent {
  const uint8_t *s;
  size_t len;
  const pc_token *tok;
  const pc_word **word;  /* per token: its function-word entry or NULL */
  unsigned char *taken;  /* per token: 1 once part of an entity */
  size_t n;
  size_t index;          /* of the sentence in doc->sentences */
  int lang;
  int year, month, day;  /* document date; year 0 when unknown */
  int *future;           /* the sentence has a future marker somewhere: -1 not known yet
                         ** (computed on first need; few sentences have a bare weekday) */
  const pc_document *doc;
  const pc_model *model;
  const pc_doc_ctx *ctx; /* the whole document, for annotators that look past the sentence */
  uint32_t *lex_cls;     /* per token: lexicon classes (L_*), computed on first use */
  const void **lex_entry;/* per token: its lexicon entry */
  unsigned char *lex_done;
  int seg_kind;          /* PC_SEG_* of the sentence's segment */
  size_t first_word;     /* first token that is not punctuation (after a dateline) */
  char home[2];          /* country of the dateline's place, for "$" and "pesos"; 0 unknown */
} pc_sent;

/* The scratch arrays of pc_sent, grown to the longest sentence and reused; and the
** sentence's tokens when the document's are not kept. */
typedef struct pc_sent_scratch {
  unsigned char *taken, *lex_done;
  uint32_t *lex_cls;
  const void **lex_entry;
  size_t cap;
  pc_tokens toks;
  const pc_word **word;
  size_t word_cap;
} pc_sent_scratch;

/* How the driver calls an annotator: each annotator file keeps its own typed state and its
** four functions (pc_X_new, pc_X_sentence, pc_X_document, pc_X_free) and exports one of
** these, whose functions cast the state back to its type. The driver (annotate.c) runs the
** annotators in the order of its table: every sentence through each in turn, then each
** one's document step in the same order. After a document step, out->entities from
** ctx->first_entity on is sorted by position again. */
typedef struct pc_annotator {
  const char *name;
  unsigned serves;         /* PC_ANN_* the annotator contributes to */
  unsigned types;          /* entity types it makes, when it runs only if one is asked for;
                           ** 0: runs whenever `serves` is asked (dates and figures claim
                           ** their tokens even when their types are not kept) */
  void *(*create)(const pc_doc_ctx *ctx);                     /* NULL: out of memory */
  int (*sentence)(void *state, pc_sent *st, pc_annotations *out);
  int (*document)(void *state, const pc_doc_ctx *ctx, pc_annotations *out);
  void (*destroy)(void *state);
  int document_tokens;     /* 1: reads the tokens of other sentences than the one at hand
                           ** (ctx->toks); the driver then keeps those of the whole document */
} pc_annotator;

/* Tokenizes every sentence of ctx->doc into ctx (toks, word, first). */
int pc_doc_ctx_tokenize(pc_doc_ctx *ctx);
void pc_doc_ctx_free(pc_doc_ctx *ctx);
/* Sets *st to sentence k of ctx (its tokens from ctx when the document's are kept, else
** tokenized into the scratch), its scratch arrays cleared; *future is its tense cache. */
int pc_sent_init(pc_sent *st, const pc_doc_ctx *ctx, size_t k, pc_sent_scratch *scratch, int *future);
void pc_sent_scratch_free(pc_sent_scratch *scratch);

/* Appends an entity for tokens [i, j] (inclusive) and marks them taken; returns it, or
** NULL on allocation failure. */
pc_entity *pc_add_entity(pc_sent *st, pc_entities *out, size_t i, size_t j, int type);

/* Token helpers. */
static inline size_t pc_tok_len(const pc_sent *st, size_t i) { return st->tok[i].end - st->tok[i].start; }
static inline const uint8_t *pc_tok_text(const pc_sent *st, size_t i) { return st->s + st->tok[i].start; }
/* Whether token i is the lowercase ASCII word w, in any case. Inlined, so that strlen of the
** literal is a constant and most calls end at the length. */
#if defined(__GNUC__)
__attribute__((always_inline)) /* inlined where it is called, strlen of the literal folds (names.c calls it ~400 times) */
#endif
static inline int pc_tok_ieq(const pc_sent *st, size_t i, const char *w) {
  return i < st->n && pc_tok_len(st, i) == strlen(w) && pc_ascii_ieq(pc_tok_text(st, i), pc_tok_len(st, i), w);
}
static inline int pc_tok_word(const pc_sent *st, size_t i) { return i < st->n && st->tok[i].kind == PC_TOK_WORD; }
static inline int pc_tok_is(const pc_sent *st, size_t i, uint32_t cls) {
  return i < st->n && st->word[i] && (st->word[i]->cls & cls);
}
static inline int pc_tok_is2(const pc_sent *st, size_t i, uint32_t cls2) {
  return i < st->n && st->word[i] && (st->word[i]->cls2 & cls2);
}
/* Whether token i is a function word of the classes the annotators match on (cue words
** such as speech verbs, which are there for names and quotes, do not count). */
static inline int pc_tok_function(const pc_sent *st, size_t i) {
  return st->word[i] && (st->word[i]->cls || (st->word[i]->cls2 & ~W2_CUES));
}
static inline int pc_tok_char(const pc_sent *st, size_t i, char c) {
  return i < st->n && st->tok[i].end - st->tok[i].start == 1 && st->s[st->tok[i].start] == (uint8_t)c;
}
/* Whether tokens i and i+1 are separated by nothing at all. */
static inline int pc_tok_glued(const pc_sent *st, size_t i) {
  return i + 1 < st->n && st->tok[i].end == st->tok[i + 1].start;
}

/* Whether the clause around token i speaks of the future: the nearest tense cue wins
** (will, would, plans, sera, -ront vs. was, -ed, avait); none means past. */
int pc_clause_future(const pc_sent *st, size_t i);
/* The tense cue nearest token i within window tokens: +1 future, -1 past, 0 none. */
int pc_local_tense(const pc_sent *st, size_t i, size_t window);

#endif
