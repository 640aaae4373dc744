/*
** json_writer.c: the JSON of a document's annotations, written from the C structures into
** a growable buffer: the output lines of `protestcorpus extract`, with no Lua table per
** entity on the way. Byte for byte what lua/protestcorpus/records.lua writes for the same
** record (key order of the schema, its number formatting, its string escaping);
** spec/json_writer_spec.lua compares the two.
** Does not: parse JSON, or write Lua tables (records.lua keeps the encoder for those).
** Numbers are formatted with snprintf, whose decimal point follows LC_NUMERIC: it is
** written as "." whatever the locale.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "protestcorpus.h"
#include "text.h"

void pc_buffer_free(pc_buffer *b) {
  if (!b) return;
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

static int put(pc_buffer *b, const void *p, size_t n) {
  if (b->len + n < b->len) return PC_ENOMEM;
  if (pc_grow((void **)&b->data, &b->cap, b->len + n, 1)) return PC_ENOMEM;
  memcpy(b->data + b->len, p, n);
  b->len += n;
  return PC_OK;
}

#define PUT_LIT(b, lit) put((b), (lit), sizeof(lit) - 1)

/* The length of the valid UTF-8 sequence at s[i] (records.lua's valid_utf8: shortest forms of
** scalar values only), 0 when the byte does not start one. */
static size_t utf8_seq(const uint8_t *s, size_t len, size_t i) {
  uint8_t c = s[i], lo = 0x80, hi = 0xBF;
  size_t n, k;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > len || s[i + 1] < lo || s[i + 1] > hi) return 0;
  for (k = 2; k < n; k++)
    if (s[i + k] < 0x80 || s[i + k] > 0xBF) return 0;
  return n;
}

int pc_json_string(pc_buffer *b, const uint8_t *s, size_t len) {
  size_t i = 0, run = 0;
  if (pc_grow((void **)&b->data, &b->cap, b->len + len + 2, 1)) return PC_ENOMEM;
  b->data[b->len++] = '"';
  /* runs of bytes that need nothing are copied at once */
  while (i < len) {
    uint8_t c = s[i];
    size_t n;
    char esc[8];
    const char *rep = NULL;
    size_t rlen = 0;
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') { i++; run++; continue; }
    if (c >= 0x80 && (n = utf8_seq(s, len, i)) != 0) { i += n; run += n; continue; }
    if (run && put(b, s + i - run, run)) return PC_ENOMEM;
    run = 0;
    switch (c) {
      case '"': rep = "\\\""; break;
      case '\\': rep = "\\\\"; break;
      case '\b': rep = "\\b"; break;
      case '\f': rep = "\\f"; break;
      case '\n': rep = "\\n"; break;
      case '\r': rep = "\\r"; break;
      case '\t': rep = "\\t"; break;
      default:
        if (c < 0x80) {
          snprintf(esc, sizeof esc, "\\u%04x", c);
          rep = esc;
        } else {
          rep = "\xEF\xBF\xBD"; /* U+FFFD for a byte outside a valid sequence */
        }
    }
    rlen = strlen(rep);
    if (put(b, rep, rlen)) return PC_ENOMEM;
    i++;
  }
  if (run && put(b, s + len - run, run)) return PC_ENOMEM;
  return PUT_LIT(b, "\"");
}

/* Copies a number formatted by snprintf, with "." for the locale's decimal point. */
static int put_number_text(pc_buffer *b, const char *p) {
  char out[40];
  size_t n = 0;
  int point = 0;
  for (; *p && n < sizeof out; p++) {
    if ((*p >= '0' && *p <= '9') || *p == '-' || *p == '+' || *p == 'e' || *p == 'E') {
      out[n++] = *p;
      point = 0;
    } else if (!point) {
      out[n++] = '.';
      point = 1; /* a decimal point of several bytes is one "." */
    }
  }
  return put(b, out, n);
}

int pc_json_number(pc_buffer *b, double x) {
  char tmp[40];
  int digits;
  if (isnan(x) || isinf(x)) return PUT_LIT(b, "null");
  if (x == floor(x) && x > -9007199254740992.0 && x < 9007199254740992.0) {
    snprintf(tmp, sizeof tmp, "%lld", (long long)x); /* -0.0 is 0, as a Lua integer */
    return put(b, tmp, strlen(tmp));
  }
  for (digits = 15; digits <= 16; digits++) {
    snprintf(tmp, sizeof tmp, "%.*g", digits, x);
    if (strtod(tmp, NULL) == x) return put_number_text(b, tmp);
  }
  snprintf(tmp, sizeof tmp, "%.17g", x);
  return put_number_text(b, tmp);
}

/* ,"key": */
static int put_key(pc_buffer *b, const char *key, int first) {
  size_t n = strlen(key);
  if (pc_grow((void **)&b->data, &b->cap, b->len + n + 4, 1)) return PC_ENOMEM;
  if (!first) b->data[b->len++] = ',';
  b->data[b->len++] = '"';
  memcpy(b->data + b->len, key, n);
  b->len += n;
  b->data[b->len++] = '"';
  b->data[b->len++] = ':';
  return PC_OK;
}

static int put_text(pc_buffer *b, const pc_document *d, pc_span sp) {
  return pc_json_string(b, d->text + sp.start, sp.end - sp.start);
}

static int put_cstring(pc_buffer *b, const char *s) {
  return pc_json_string(b, (const uint8_t *)s, strlen(s));
}

static int put_size(pc_buffer *b, size_t v) {
  char tmp[24];
  snprintf(tmp, sizeof tmp, "%lu", (unsigned long)v);
  return put(b, tmp, strlen(tmp));
}

/* "start":N,"end":N */
static int put_span_fields(pc_buffer *b, const char *start, const char *end, pc_span sp) {
  if (put_key(b, start, 1) || put_size(b, sp.start) || put_key(b, end, 0) || put_size(b, sp.end)) return PC_ENOMEM;
  return PC_OK;
}

/* The value attributes of an entity: value, low, high, approx, relative, unit, currency. */
static int put_values(pc_buffer *b, const pc_entity *e) {
  int rc = PC_OK;
  if (e->type == PC_ENT_DATE) {
    if (e->date[0]) rc = put_key(b, pc_entity_field_name(PC_FIELD_VALUE), 0) || put_cstring(b, e->date);
  } else if (e->flags & PC_EF_VALUE) {
    rc = put_key(b, pc_entity_field_name(PC_FIELD_VALUE), 0) || pc_json_number(b, e->value);
  }
  if (!rc && e->type != PC_ENT_DATE && (e->flags & PC_EF_LOW))
    rc = put_key(b, pc_entity_field_name(PC_FIELD_LOW), 0) || pc_json_number(b, e->low);
  if (!rc && e->type != PC_ENT_DATE && (e->flags & PC_EF_HIGH))
    rc = put_key(b, pc_entity_field_name(PC_FIELD_HIGH), 0) || pc_json_number(b, e->high);
  if (!rc && (e->flags & PC_EF_APPROX)) rc = put_key(b, pc_entity_field_name(PC_FIELD_APPROX), 0) || PUT_LIT(b, "true");
  if (!rc && (e->flags & PC_EF_RELATIVE))
    rc = put_key(b, pc_entity_field_name(PC_FIELD_RELATIVE), 0) || PUT_LIT(b, "true");
  if (!rc && e->unit[0]) rc = put_key(b, pc_entity_field_name(PC_FIELD_UNIT), 0) || put_cstring(b, e->unit);
  if (!rc && e->currency[0])
    rc = put_key(b, pc_entity_field_name(PC_FIELD_CURRENCY), 0) || put_cstring(b, e->currency);
  return rc ? PC_ENOMEM : PC_OK;
}

/* A canonical name: its span's text, after the article the text contracted ("Le Havre"). */
static int put_canonical(pc_buffer *b, const pc_document *d, pc_span sp, int article) {
  const char *art = pc_article_text(article);
  size_t na = strlen(art), n = sp.end - sp.start;
  uint8_t *tmp;
  int rc;
  if (!na) return put_text(b, d, sp);
  if (!(tmp = malloc(na + n))) return PC_ENOMEM;
  memcpy(tmp, art, na);
  memcpy(tmp + na, d->text + sp.start, n);
  rc = pc_json_string(b, tmp, na + n);
  free(tmp);
  return rc;
}

/* The name attributes: canonical (the mention itself when it is its own), kind, role. */
static int put_name(pc_buffer *b, const pc_document *d, const pc_entity *e) {
  int own = e->canonical.end > e->canonical.start &&
            (e->canonical.start != e->span.start || e->canonical.end != e->span.end);
  if (put_key(b, pc_entity_field_name(PC_FIELD_CANONICAL), 0) ||
      put_canonical(b, d, own ? e->canonical : e->span, e->article))
    return PC_ENOMEM;
  if (e->kind && (put_key(b, pc_entity_field_name(PC_FIELD_KIND), 0) || put_cstring(b, pc_kind_name(e->kind))))
    return PC_ENOMEM;
  if (e->role.end > e->role.start &&
      (put_key(b, pc_entity_field_name(PC_FIELD_ROLE), 0) || put_text(b, d, e->role)))
    return PC_ENOMEM;
  return PC_OK;
}

/* The kind of the segment that holds byte offset at: the last segment starting at or
** before it (segments are in text order); a paragraph when none does. */
static int segment_at(const pc_document *d, size_t at) {
  size_t lo = 0, hi = d->nsegments;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->segments[mid].span.start <= at) lo = mid + 1; else hi = mid;
  }
  return lo ? d->segments[lo - 1].kind : PC_SEG_PARAGRAPH;
}

int pc_json_entity(pc_buffer *b, const pc_document *d, const pc_entity *e) {
  if (PUT_LIT(b, "{") ||
      put_span_fields(b, pc_entity_field_name(PC_FIELD_START), pc_entity_field_name(PC_FIELD_END), e->span) ||
      put_key(b, pc_entity_field_name(PC_FIELD_TYPE), 0) || put_cstring(b, pc_entity_type_name(e->type)) ||
      put_key(b, pc_entity_field_name(PC_FIELD_TEXT), 0) || put_text(b, d, e->span) || put_values(b, e))
    return PC_ENOMEM;
  if (e->type <= PC_ENT_PLACE && put_name(b, d, e)) return PC_ENOMEM;
  if (put_key(b, pc_entity_field_name(PC_FIELD_SEGMENT), 0) ||
      put_cstring(b, pc_segment_kind_name(segment_at(d, e->span.start))))
    return PC_ENOMEM;
  return PUT_LIT(b, "}");
}

int pc_json_quote(pc_buffer *b, const pc_document *d, const pc_annotations *a, const pc_quote *q) {
  if (PUT_LIT(b, "{") ||
      put_span_fields(b, pc_quote_field_name(PC_QFIELD_START), pc_quote_field_name(PC_QFIELD_END), q->span) ||
      put_key(b, pc_quote_field_name(PC_QFIELD_TEXT), 0) || put_text(b, d, q->span) ||
      put_key(b, pc_quote_field_name(PC_QFIELD_KIND), 0) || put_cstring(b, pc_quote_kind_name(q->kind)))
    return PC_ENOMEM;
  if (q->speaker >= 0 && (size_t)q->speaker < a->entities.count) {
    const pc_entity *e = &a->entities.items[q->speaker];
    pc_span name = e->canonical.end > e->canonical.start ? e->canonical : e->span;
    if (put_key(b, pc_quote_field_name(PC_QFIELD_SPEAKER), 0) || put_text(b, d, name)) return PC_ENOMEM;
  }
  if (q->cue.end > q->cue.start &&
      (put_key(b, pc_quote_field_name(PC_QFIELD_CUE), 0) || put_text(b, d, q->cue) ||
       put_key(b, pc_quote_field_name(PC_QFIELD_CUE_START), 0) || put_size(b, q->cue.start) ||
       put_key(b, pc_quote_field_name(PC_QFIELD_CUE_END), 0) || put_size(b, q->cue.end)))
    return PC_ENOMEM;
  return PUT_LIT(b, "}");
}

/* A head field: the caller's string, else the document's span or string, else null. */
static int put_head(pc_buffer *b, int field, const pc_json_field *given, const pc_document *d, pc_span sp,
                    const char *doc_value) {
  if (put_key(b, pc_record_field_name(field), field == PC_RFIELD_ID)) return PC_ENOMEM;
  if (given && given->s) return pc_json_string(b, (const uint8_t *)given->s, given->len);
  if (sp.end > sp.start) return put_text(b, d, sp);
  if (doc_value) return put_cstring(b, doc_value);
  return PUT_LIT(b, "null");
}

/* "id","lang","date","title","source": the head every record starts with (after "{"). */
static int put_record_head(pc_buffer *b, const pc_document *d, const pc_json_field head[PC_RFIELD_TITLE + 1]) {
  static const pc_span none = {0, 0};
  char date[16] = "";
  if (d->meta.year)
    snprintf(date, sizeof date, "%d-%02d-%02d", d->meta.year % 10000, d->meta.month % 100, d->meta.day % 100);
  if (put_head(b, PC_RFIELD_ID, head ? &head[PC_RFIELD_ID] : NULL, d, none, NULL) ||
      put_head(b, PC_RFIELD_LANG, head ? &head[PC_RFIELD_LANG] : NULL, d, none, pc_lang_name(d->lang)) ||
      put_head(b, PC_RFIELD_DATE, head ? &head[PC_RFIELD_DATE] : NULL, d, none, date[0] ? date : NULL) ||
      put_head(b, PC_RFIELD_TITLE, head ? &head[PC_RFIELD_TITLE] : NULL, d, d->meta.title, NULL) ||
      put_head(b, PC_RFIELD_SOURCE, NULL, d, d->meta.source, NULL))
    return PC_ENOMEM;
  return PC_OK;
}

/* {"start":N,"end":N,"text":"..."} of a span of the document, or null when absent. */
static int put_text_span(pc_buffer *b, const pc_document *d, pc_span sp) {
  if (sp.end <= sp.start) return PUT_LIT(b, "null");
  if (PUT_LIT(b, "{") || put_span_fields(b, "start", "end", sp) || put_key(b, "text", 0) || put_text(b, d, sp))
    return PC_ENOMEM;
  return PUT_LIT(b, "}");
}

/* "meta":{...}: the document's metadata as text with its spans, so that a reader of the
** JSONL needs no second pass, and how many of its bytes were not valid UTF-8
** (docs/formats.md). Keys in the schema's order. */
static int put_record_meta(pc_buffer *b, const pc_document *d) {
  const pc_meta *m = &d->meta;
  if (put_key(b, pc_record_field_name(PC_RFIELD_META), 0) || PUT_LIT(b, "{") ||
      put_key(b, "date", 1) || put_text_span(b, d, m->date_text) ||
      put_key(b, "title", 0) || put_text_span(b, d, m->title) ||
      put_key(b, "dateline", 0) || put_text_span(b, d, m->dateline) ||
      put_key(b, "place", 0) || put_text_span(b, d, m->dateline_place) ||
      put_key(b, "source", 0) || put_text_span(b, d, m->source) ||
      put_key(b, "byline", 0) || put_text_span(b, d, m->byline) ||
      put_key(b, "invalid_bytes", 0) || put_size(b, d->invalid_bytes))
    return PC_ENOMEM;
  return PUT_LIT(b, "}");
}

int pc_json_record(pc_buffer *b, const pc_document *d, const pc_annotations *a,
                   const pc_json_field head[PC_RFIELD_TITLE + 1]) {
  size_t k;
  if (!b || !d || !a) return PC_EINVAL;
  if (PUT_LIT(b, "{") || put_record_head(b, d, head) || put_record_meta(b, d) ||
      put_key(b, pc_record_field_name(PC_RFIELD_ENTITIES), 0) || PUT_LIT(b, "["))
    return PC_ENOMEM;
  for (k = 0; k < a->entities.count; k++)
    if ((k && PUT_LIT(b, ",")) || pc_json_entity(b, d, &a->entities.items[k])) return PC_ENOMEM;
  if (PUT_LIT(b, "]")) return PC_ENOMEM;
  if (a->done & PC_ANN_QUOTES) {
    if (put_key(b, pc_record_field_name(PC_RFIELD_QUOTES), 0) || PUT_LIT(b, "[")) return PC_ENOMEM;
    for (k = 0; k < a->quotes.count; k++)
      if ((k && PUT_LIT(b, ",")) || pc_json_quote(b, d, a, &a->quotes.items[k])) return PC_ENOMEM;
    if (PUT_LIT(b, "]")) return PC_ENOMEM;
  }
  return PUT_LIT(b, "}");
}

/* {"start":N,"end":N}, or null for an absent span. */
static int put_span_object(pc_buffer *b, pc_span sp, int or_null) {
  if (or_null && sp.end <= sp.start) return PUT_LIT(b, "null");
  if (PUT_LIT(b, "{") || put_span_fields(b, "start", "end", sp)) return PC_ENOMEM;
  return PUT_LIT(b, "}");
}

/* "key":[{span}, ...] of the segments of one kind (with sentences: their sentences). */
static int put_segment_list(pc_buffer *b, const pc_document *d, const char *key, int kind, int sentences, int first) {
  size_t k, n = 0;
  if (put_key(b, key, first) || PUT_LIT(b, "[")) return PC_ENOMEM;
  if (sentences) {
    for (k = 0; k < d->nsentences; k++)
      if (d->segments[d->sentences[k].segment].kind == kind &&
          ((n++ && PUT_LIT(b, ",")) || put_span_object(b, d->sentences[k].span, 0)))
        return PC_ENOMEM;
  } else {
    for (k = 0; k < d->nsegments; k++)
      if (d->segments[k].kind == kind && ((n++ && PUT_LIT(b, ",")) || put_span_object(b, d->segments[k].span, 0)))
        return PC_ENOMEM;
  }
  return PUT_LIT(b, "]");
}

int pc_json_document(pc_buffer *b, const pc_document *d, const pc_json_field head[PC_RFIELD_TITLE + 1]) {
  const pc_meta *m;
  if (!b || !d) return PC_EINVAL;
  m = &d->meta;
  if (PUT_LIT(b, "{") || put_record_head(b, d, head) || put_key(b, "meta", 0) || PUT_LIT(b, "{") ||
      put_key(b, "header", 1) || put_span_object(b, m->header, 1) ||
      put_key(b, "title", 0) || put_span_object(b, m->title, 1) ||
      put_key(b, "dateline", 0) || put_span_object(b, m->dateline, 1) ||
      put_key(b, "place", 0) || put_span_object(b, m->dateline_place, 1) ||
      put_key(b, "source", 0) || put_span_object(b, m->source, 1) ||
      put_key(b, "byline", 0) || put_span_object(b, m->byline, 1) ||
      put_segment_list(b, d, "captions", PC_SEG_CAPTION, 0, 0) ||
      put_segment_list(b, d, "credits", PC_SEG_CREDIT, 0, 0) ||
      put_segment_list(b, d, "boilerplate", PC_SEG_BOILERPLATE, 0, 0) ||
      put_segment_list(b, d, "headings", PC_SEG_HEADING, 0, 0) || PUT_LIT(b, "}") ||
      put_segment_list(b, d, "paragraphs", PC_SEG_PARAGRAPH, 0, 0) ||
      put_segment_list(b, d, "sentences", PC_SEG_PARAGRAPH, 1, 0))
    return PC_ENOMEM;
  return PUT_LIT(b, "}");
}
