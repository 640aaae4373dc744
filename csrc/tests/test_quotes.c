/*
** test_quotes.c: unit tests of the quote annotator (quotes.c) through the C API:
** pc_parse + pc_annotate_doc (the driver: names, then quotes), on short articles written
** for these tests; pc_quotes_find must agree with the driver. The model is read from $PC_DATA (default: data). Prints "N passed, N failed".
** With --dump FILE...: prints one JSON line per file, {"id", "quotes": [...]} with 0-based
** end-exclusive offsets, the form ../shared/tools/score.py reads (a development aid).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
#include "quotes.h"

static int passed, failed;

static pc_model *load_model(void) {
  const char *dir = getenv("PC_DATA");
  pc_model *m = NULL;
  if (pc_model_load_dir(dir ? dir : "data", &m) != PC_OK) return NULL;
  return m;
}

/* Runs the whole chain on text through the driver (pc_annotate_doc: names, then quotes);
** the caller frees doc and the record. */
static int run(const pc_model *m, const char *text, size_t len, pc_document **doc, pc_annotations *a) {
  int rc = pc_parse((const uint8_t *)text, len, NULL, doc);
  if (rc) return rc;
  return pc_annotate_doc(*doc, m, NULL, a);
}

static void json_str(FILE *f, const uint8_t *s, size_t a, size_t b) {
  size_t i;
  fputc('"', f);
  for (i = a; i < b; i++) {
    uint8_t c = s[i];
    if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
    else if (c < 0x20) fprintf(f, "\\u%04x", c);
    else fputc(c, f);
  }
  fputc('"', f);
}

static int dump(const pc_model *m, int argc, char **argv) {
  int k;
  for (k = 0; k < argc; k++) {
    FILE *f = fopen(argv[k], "rb");
    char *buf;
    long len;
    size_t i;
    const char *base = strrchr(argv[k], '/');
    pc_document *doc = NULL;
    pc_annotations a;
    pc_entities ents;
    pc_quotes qs;
    if (!f) { fprintf(stderr, "cannot open %s\n", argv[k]); return 2; }
    fseek(f, 0, SEEK_END);
    len = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)len + 1);
    if (!buf || fread(buf, 1, (size_t)len, f) != (size_t)len) { fclose(f); free(buf); return 2; }
    fclose(f);
    memset(&a, 0, sizeof a);
    if (run(m, buf, (size_t)len, &doc, &a)) { fprintf(stderr, "failed on %s\n", argv[k]); return 2; }
    ents = a.entities;
    qs = a.quotes;
    printf("{\"id\": ");
    json_str(stdout, (const uint8_t *)(base ? base + 1 : argv[k]), 0, strlen(base ? base + 1 : argv[k]));
    printf(", \"quotes\": [");
    for (i = 0; i < qs.count; i++) {
      const pc_quote *q = &qs.items[i];
      printf("%s{\"start\": %zu, \"end\": %zu, \"kind\": \"%s\", \"text\": ", i ? ", " : "", q->span.start, q->span.end,
             pc_quote_kind_name(q->kind));
      json_str(stdout, doc->text, q->span.start, q->span.end);
      if (q->speaker >= 0) {
        const pc_entity *e = &ents.items[q->speaker];
        pc_span c = e->canonical.end > e->canonical.start ? e->canonical : e->span;
        printf(", \"speaker\": ");
        json_str(stdout, doc->text, c.start, c.end);
      }
      if (q->cue.end > q->cue.start) {
        printf(", \"cue\": ");
        json_str(stdout, doc->text, q->cue.start, q->cue.end);
      }
      printf("}");
    }
    printf("]}\n");
    pc_annotations_free(&a);
    pc_document_free(doc);
    free(buf);
  }
  return 0;
}


#define CHECK(cond, what) do { if (cond) passed++; else { failed++; fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, what); } } while (0)

typedef struct run_t {
  pc_document *doc;
  pc_annotations a;
  pc_entities ents; /* views of a */
  pc_quotes qs;
  int rc;
} run_t;

static void run_text(const pc_model *m, const char *text, run_t *r) {
  memset(r, 0, sizeof *r);
  r->rc = run(m, text, strlen(text), &r->doc, &r->a);
  r->ents = r->a.entities;
  r->qs = r->a.quotes;
}

static void run_free(run_t *r) {
  pc_annotations_free(&r->a);
  pc_document_free(r->doc);
}

/* pc_quotes_find on the entities of the driver gives the driver's quotations. */
static void test_find_agrees(const pc_model *m) {
  run_t r;
  pc_quotes qs = {NULL, 0, 0};
  size_t k;
  int same;
  run_text(m, "\xE2\x80\x9CWe will be back,\xE2\x80\x9D said Omar Haddad. He added: \xE2\x80\x9CSoon.\xE2\x80\x9D\n", &r);
  CHECK(pc_quotes_find(r.doc, &r.ents, &qs) == PC_OK, "pc_quotes_find runs");
  same = qs.count == r.qs.count && qs.count == 2;
  for (k = 0; same && k < qs.count; k++)
    same = memcmp(&qs.items[k], &r.qs.items[k], sizeof qs.items[k]) == 0;
  CHECK(same, "pc_quotes_find and the driver agree");
  CHECK((r.a.done & PC_ANN_QUOTES) != 0, "the driver ran the quote annotator");
  pc_quotes_list_free(&qs);
  run_free(&r);
}

/* The quotation whose text is exactly want, or NULL. */
static const pc_quote *find(const run_t *r, const char *want) {
  size_t i, n = strlen(want);
  for (i = 0; i < r->qs.count; i++) {
    const pc_quote *q = &r->qs.items[i];
    if (q->span.end - q->span.start == n && memcmp(r->doc->text + q->span.start, want, n) == 0) return q;
  }
  return NULL;
}

/* Whether quotation q has this kind, speaker (canonical; NULL: none) and cue (NULL: any). */
static int is(const run_t *r, const pc_quote *q, int kind, const char *speaker, const char *cue) {
  if (!q || q->kind != kind) return 0;
  if (!speaker) { if (q->speaker != -1) return 0; }
  else {
    const pc_entity *e;
    pc_span c;
    if (q->speaker < 0 || (size_t)q->speaker >= r->ents.count) return 0;
    e = &r->ents.items[q->speaker];
    c = e->canonical.end > e->canonical.start ? e->canonical : e->span;
    if (c.end - c.start != strlen(speaker) || memcmp(r->doc->text + c.start, speaker, c.end - c.start) != 0) return 0;
  }
  if (cue && (q->cue.end - q->cue.start != strlen(cue) || memcmp(r->doc->text + q->cue.start, cue, strlen(cue)) != 0)) return 0;
  return 1;
}

#define EXPECT(r, text, kind, speaker, cue) CHECK(is(r, find(r, text), kind, speaker, cue), text)

static void test_marks(const pc_model *m) {
  run_t r;
  run_text(m, "Workers' leaders met on Monday. The union's chief said \"we won't stop now\" and left.\n\n"
              "It was 'normal' to strike, a worker said. Rock 'n' roll played.\n", &r);
  CHECK(r.rc == PC_OK, "straight quotes parse");
  CHECK(find(&r, "\"we won't stop now\"") != NULL, "straight double quotes pair around an apostrophe");
  CHECK(find(&r, "'normal'") != NULL, "straight single quotes at word edges");
  CHECK(r.qs.count == 2, "apostrophes in words and possessives are no marks");
  run_free(&r);

  run_text(m, "Des manifestants ont défilé.\n\n\xC2\xAB\xC2\xA0Nous ne l\xC3\xA2" "cherons rien\xC2\xA0\xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 Sophie Marchand.\n\n"
              "\xC2\xAB\xE2\x80\xAF" "C'est historique\xE2\x80\xAF\xC2\xBB, a-t-elle ajout\xC3\xA9.\n", &r);
  CHECK(r.qs.count == 2, "guillemets with no-break and narrow no-break spaces");
  EXPECT(&r, "\xC2\xAB\xC2\xA0Nous ne l\xC3\xA2" "cherons rien\xC2\xA0\xC2\xBB", PC_QUOTE_SPEECH, "Sophie Marchand", "a d\xC3\xA9" "clar\xC3\xA9");
  EXPECT(&r, "\xC2\xAB\xE2\x80\xAF" "C'est historique\xE2\x80\xAF\xC2\xBB", PC_QUOTE_SPEECH, "Sophie Marchand", "a-t-elle ajout\xC3\xA9");
  run_free(&r);

  run_text(m, "Nurses marched in Leeds.\n\n\xE2\x80\x9CThey chanted \xE2\x80\x98" "fund our wards\xE2\x80\x99 all night,\xE2\x80\x9D said Helen Marsh, a ward sister.\n", &r);
  CHECK(r.qs.count == 2, "a quotation nested in another is one of its own");
  CHECK(r.qs.count == 2 && r.qs.items[0].span.start < r.qs.items[1].span.start && r.qs.items[0].span.end > r.qs.items[1].span.end,
        "the enclosing quotation comes first");
  EXPECT(&r, "\xE2\x80\x9CThey chanted \xE2\x80\x98" "fund our wards\xE2\x80\x99 all night,\xE2\x80\x9D", PC_QUOTE_SPEECH, "Helen Marsh", "said");
  EXPECT(&r, "\xE2\x80\x98" "fund our wards\xE2\x80\x99", PC_QUOTE_SLOGAN, NULL, "chanted");
  run_free(&r);
}

static void test_paragraphs(const pc_model *m) {
  run_t r;
  const char *two = "\xE2\x80\x9CWe waited ten years. Nobody listened.\n\n\xE2\x80\x9CNow we are done waiting,\xE2\x80\x9D said Omar Haddad.\n";
  run_text(m, two, &r);
  CHECK(r.qs.count == 1, "a quotation re-opened in the next paragraph is one");
  CHECK(r.qs.count == 1 && r.qs.items[0].span.start == 0 && r.qs.items[0].span.end == strlen(two) - strlen(" said Omar Haddad.\n"),
        "it spans both paragraphs, marks included");
  CHECK(r.qs.count == 1 && is(&r, &r.qs.items[0], PC_QUOTE_SPEECH, "Omar Haddad", "said"), "its speaker follows the last paragraph");
  run_free(&r);

  run_text(m, "Strikers shouted \xE2\x80\x9Cnever again as they left.\n\nLater, \xE2\x80\x9CWe will be back,\xE2\x80\x9D said Omar Haddad.\n", &r);
  CHECK(r.qs.count == 1, "an unclosed mark not re-opened is dropped at the paragraph's end");
  EXPECT(&r, "\xE2\x80\x9CWe will be back,\xE2\x80\x9D", PC_QUOTE_SPEECH, "Omar Haddad", "said");
  run_free(&r);
}

static void test_bounds(const pc_model *m) {
  size_t n = 100000, k, len;
  char *buf = malloc(n * 3 + 200), *p;
  run_t r;
  const char *tail = "\n\n\"We will be back,\" said Omar Haddad.\n";
  if (!buf) { failed++; return; }
  for (k = 0, p = buf; k < n; k++, p += 3) memcpy(p, "\xE2\x80\x9C", 3);
  memcpy(p, tail, strlen(tail) + 1);
  run_text(m, buf, &r);
  CHECK(r.rc == PC_OK, "10^5 unclosed marks finish");
  EXPECT(&r, "\"We will be back,\"", PC_QUOTE_SPEECH, "Omar Haddad", "said");
  run_free(&r);
  /* a quotation longer than PC_QUOTE_MAX_BYTES is none */
  len = PC_QUOTE_MAX_BYTES + 100;
  memcpy(buf, "\"", 1);
  memset(buf + 1, 'a', len);
  for (k = 1; k < len; k += 8) buf[k] = ' ';
  memcpy(buf + len, "\" he said.\n", 12);
  run_text(m, buf, &r);
  CHECK(r.rc == PC_OK && r.qs.count == 0, "a quotation over the byte bound is dropped");
  run_free(&r);
  /* marks only, and invalid UTF-8 */
  run_text(m, "\"\"\"''\xC2\xAB\xC2\xBB\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x98\xE2\x80\x99", &r);
  CHECK(r.rc == PC_OK, "marks only");
  run_free(&r);
  run_text(m, "\xE2\x80\x9C\xFF\xFE bad \xC3\x28 bytes,\xE2\x80\x9D he said \xE2\x80", &r);
  CHECK(r.rc == PC_OK && r.qs.count == 1, "invalid UTF-8 inside a quotation");
  run_free(&r);
  run_text(m, "", &r);
  CHECK(r.rc == PC_OK && r.qs.count == 0, "empty text");
  run_free(&r);
  CHECK(pc_quotes_find(NULL, NULL, NULL) == PC_EINVAL, "NULL arguments");
  CHECK(strcmp(pc_quote_kind_name(PC_QUOTE_TERM), "term") == 0 && strcmp(pc_quote_kind_name(99), "unknown") == 0, "kind names");
  free(buf);
}

static void test_speakers(const pc_model *m) {
  run_t r;
  run_text(m, "Teachers marched in Manchester on Tuesday.\n\n"
              "Karen Whitfield, who leads the NEU in the city, said pay had fallen for a decade. "
              "\xE2\x80\x9CWe cannot recruit,\xE2\x80\x9D she told the BBC.\n\n"
              "\xE2\x80\x9C" "Classrooms are overcrowded.\xE2\x80\x9D\n\n"
              "\xE2\x80\x9CThis is a fair offer,\xE2\x80\x9D an official said. "
              "Protesters carried placards reading \xE2\x80\x9CPay Teachers Properly\xE2\x80\x9D. "
              "The NEU said in a statement that the offer was \xE2\x80\x9Cinsulting\xE2\x80\x9D.\n", &r);
  EXPECT(&r, "\xE2\x80\x9CWe cannot recruit,\xE2\x80\x9D", PC_QUOTE_SPEECH, "Karen Whitfield", "told");
  EXPECT(&r, "\xE2\x80\x9C" "Classrooms are overcrowded.\xE2\x80\x9D", PC_QUOTE_SPEECH, "Karen Whitfield", NULL);
  EXPECT(&r, "\xE2\x80\x9CThis is a fair offer,\xE2\x80\x9D", PC_QUOTE_SPEECH, NULL, "said");
  EXPECT(&r, "\xE2\x80\x9CPay Teachers Properly\xE2\x80\x9D", PC_QUOTE_SLOGAN, NULL, "reading");
  EXPECT(&r, "\xE2\x80\x9Cinsulting\xE2\x80\x9D", PC_QUOTE_TERM, "NEU", "said");
  run_free(&r);

  run_text(m, "La CGT appelle \xC3\xA0 la gr\xC3\xA8ve jeudi.\n\n"
              "Selon la CGT, \xC2\xAB la r\xC3\xA9" "forme est injuste \xC2\xBB. "
              "\xC2\xAB Nous irons jusqu'au bout \xC2\xBB, a indiqu\xC3\xA9 le syndicat.\n", &r);
  EXPECT(&r, "\xC2\xAB la r\xC3\xA9" "forme est injuste \xC2\xBB", PC_QUOTE_SPEECH, "CGT", "Selon");
  EXPECT(&r, "\xC2\xAB Nous irons jusqu'au bout \xC2\xBB", PC_QUOTE_SPEECH, "CGT", "a indiqu\xC3\xA9");
  run_free(&r);
}

int main(int argc, char **argv) {
  pc_model *m = load_model();
  int rc;
  if (argc > 1 && strcmp(argv[1], "--dump") == 0) {
    rc = dump(m, argc - 2, argv + 2);
    pc_model_free(m);
    return rc;
  }
  if (!m) fprintf(stderr, "test_quotes: no name model in $PC_DATA or data/: speakers cannot be named\n");
  test_marks(m);
  test_paragraphs(m);
  test_bounds(m);
  test_speakers(m);
  test_find_agrees(m);
  printf("%d passed, %d failed\n", passed, failed);
  pc_model_free(m);
  return failed ? 1 : 0;
}
