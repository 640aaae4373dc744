/*
** fuzz_quotes.c: libFuzzer target for the quote annotator (quotes.c) through the driver,
** pc_annotate_doc with every annotator, with the name model of data/ ($PC_FUZZ_DATA) or,
** when bit 3 of the first byte is set, the rules alone. Invariants: quotation spans inside
** the text, each opening and closing on a quotation mark and at most PC_QUOTE_MAX_BYTES
** long, sorted by start (an enclosing one first), two quotations either disjoint or
** nested; a kind among the schema's; a cue inside the text; a
** speaker that is -1 or a PERSON or ORG entity of the record; a sentence index in range;
** and pc_quotes_find over the record's entities gives the same quotations.
*/
#include "fuzz_common.h"
#include "sentence.h"
#include "quotes.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  (void)fuzz_model();
  return 0;
}

/* Whether s[i] starts a quotation mark (ASCII quote, guillemet or U+2018-U+201F, U+2039/A). */
static int on_mark(const uint8_t *s, size_t len, size_t i) {
  if (i >= len) return 0;
  if (s[i] == '"' || s[i] == '\'') return 1;
  if (s[i] == 0xC2 && i + 1 < len) return s[i + 1] == 0xAB || s[i + 1] == 0xBB;
  if (s[i] == 0xE2 && i + 2 < len && s[i + 1] == 0x80)
    return (s[i + 2] >= 0x98 && s[i + 2] <= 0x9F) || s[i + 2] == 0xB9 || s[i + 2] == 0xBA;
  return 0;
}

static void check_quotes(const pc_document *d, const pc_annotations *a) {
  size_t k;
  for (k = 0; k < a->quotes.count; k++) {
    const pc_quote *q = &a->quotes.items[k];
    FUZZ_CHECK(fuzz_span_ok(q->span, d->len) && q->span.end > q->span.start, q->span.start, q->span.end);
    FUZZ_CHECK(q->span.end - q->span.start <= PC_QUOTE_MAX_BYTES, q->span.start, q->span.end);
    FUZZ_CHECK(on_mark(d->text, d->len, q->span.start), q->span.start, 0);
    FUZZ_CHECK(q->kind >= 0 && q->kind < PC_QUOTE_KIND_COUNT, (size_t)q->kind, k);
    FUZZ_CHECK(q->cue.start <= q->cue.end && q->cue.end <= d->len, q->cue.start, q->cue.end);
    FUZZ_CHECK(q->speaker == -1 || ((size_t)q->speaker < a->entities.count &&
               (a->entities.items[q->speaker].type == PC_ENT_PERSON || a->entities.items[q->speaker].type == PC_ENT_ORG)),
               (size_t)q->speaker, a->entities.count);
    FUZZ_CHECK(d->nsentences == 0 || q->sentence < d->nsentences, q->sentence, d->nsentences);
    if (k > 0) {
      const pc_quote *p = &a->quotes.items[k - 1];
      FUZZ_CHECK(p->span.start < q->span.start || (p->span.start == q->span.start && p->span.end >= q->span.end),
                 p->span.start, q->span.start);
      FUZZ_CHECK(p->span.end <= q->span.start || p->span.end >= q->span.end, p->span.end, q->span.end);
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_input in;
  pc_document *d = NULL;
  pc_annotations a;
  pc_quotes again = {NULL, 0, 0};
  const pc_model *model = (size >= FUZZ_HEADER && (data[0] & 8)) ? NULL : fuzz_model();
  int rc;
  fuzz_split(data, size, &in);
  in.opts.year = in.opts.month = in.opts.day = 0;
  rc = pc_parse(in.text, in.len, &in.opts, &d);
  FUZZ_CHECK(rc == PC_OK && d != NULL, rc, 0);
  rc = pc_annotate_doc(d, model, NULL, &a);
  FUZZ_CHECK(fuzz_rc_ok(rc), rc, 0);
  if (rc == PC_OK) {
    FUZZ_CHECK((a.done & PC_ANN_QUOTES) != 0, a.done, 0);
    check_quotes(d, &a);
    rc = pc_quotes_find(d, &a.entities, &again);
    FUZZ_CHECK(fuzz_rc_ok(rc), rc, 0);
    if (rc == PC_OK) {
      FUZZ_CHECK(again.count == a.quotes.count, again.count, a.quotes.count);
      FUZZ_CHECK(again.count == 0 || memcmp(again.items, a.quotes.items, again.count * sizeof *again.items) == 0, 0, 0);
    }
    pc_quotes_list_free(&again);
  }
  pc_annotations_free(&a);
  pc_document_free(d);
  return 0;
}
