/*
** binding.c: the Lua module protestcorpus.core, the only C file that includes lua.h.
**
** core.parse(text [, opts]) -> document userdata ("protestcorpus.document") or nil, msg.
** The userdata keeps a registry reference to the text string, so the C document may point
** into it. Spans given to Lua are 1-based inclusive byte positions (string.sub).
** Programmer errors (wrong argument types, unknown options) raise; data problems return
** nil, message. Nothing raises while C memory is held: results are built first, then
** pushed, or the C memory belongs to a userdata whose __gc frees it.
*/
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lua_compat.h"
#include "protestcorpus.h"
#include "cues.h"

#define DOC_MT "protestcorpus.document"
#define MODEL_MT "protestcorpus.model"
#define CUES_MT "protestcorpus.cues"
#define SCAN_MT "protestcorpus.cuescan"

typedef struct model_ud {
  pc_model *model;
} model_ud;

typedef struct doc_ud {
  pc_document *doc;
  int text_ref; /* registry reference to the text string */
} doc_ud;

static doc_ud *check_doc(lua_State *L, int idx) {
  doc_ud *ud = (doc_ud *)luaL_checkudata(L, idx, DOC_MT);
  if (!ud->doc) luaL_argerror(L, idx, "document is closed");
  return ud;
}

/* Sets t[key] = {start, stop} (1-based, inclusive) when the span is present. */
static void set_span(lua_State *L, const char *key, pc_span sp) {
  if (sp.end <= sp.start) return;
  lua_createtable(L, 0, 2);
  lua_pushinteger(L, (lua_Integer)sp.start + 1);
  lua_setfield(L, -2, "start");
  lua_pushinteger(L, (lua_Integer)sp.end);
  lua_setfield(L, -2, "stop");
  lua_setfield(L, -2, key);
}

static void set_text(lua_State *L, const pc_document *d, const char *key, pc_span sp) {
  if (sp.end <= sp.start) return;
  lua_pushlstring(L, (const char *)d->text + sp.start, sp.end - sp.start);
  lua_setfield(L, -2, key);
}

static void push_span_record(lua_State *L, const pc_document *d, pc_span sp, int with_text) {
  lua_createtable(L, 0, 3);
  lua_pushinteger(L, (lua_Integer)sp.start + 1);
  lua_setfield(L, -2, "start");
  lua_pushinteger(L, (lua_Integer)sp.end);
  lua_setfield(L, -2, "stop");
  if (with_text) set_text(L, d, "text", sp);
}

/* ---- options ---- */

static int opt_date(lua_State *L, int idx, int *y, int *m, int *d) {
  size_t n;
  const char *s;
  lua_getfield(L, idx, "date");
  if (lua_isnil(L, -1)) { lua_pop(L, 1); return 1; }
  if (lua_type(L, -1) != LUA_TSTRING) return luaL_argerror(L, idx, "opts.date must be a string YYYY-MM-DD");
  s = lua_tolstring(L, -1, &n);
  lua_pop(L, 1);
  if (n != 10 || s[4] != '-' || s[7] != '-') return 0;
  {
    int k;
    for (k = 0; k < 10; k++)
      if (k != 4 && k != 7 && (s[k] < '0' || s[k] > '9')) return 0;
  }
  *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  *m = (s[5] - '0') * 10 + (s[6] - '0');
  *d = (s[8] - '0') * 10 + (s[9] - '0');
  return *y != 0; /* year 0 would read as "no date" in pc_parse_options */
}

static void read_parse_options(lua_State *L, int idx, pc_parse_options *o) {
  pc_parse_options_init(o);
  if (lua_isnoneornil(L, idx)) return;
  luaL_checktype(L, idx, LUA_TTABLE);
  lua_getfield(L, idx, "lang");
  if (!lua_isnil(L, -1)) {
    size_t n = 0;
    const char *name = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &n) : NULL;
    /* strlen(name) == n refuses "en\0..." rather than reading it as "en" */
    if (!name || strlen(name) != n || pc_lang_from_name(name) < 0)
      luaL_argerror(L, idx, "opts.lang must be \"en\", \"fr\" or \"und\"");
    o->lang = pc_lang_from_name(name);
  }
  lua_pop(L, 1);
  if (!opt_date(L, idx, &o->year, &o->month, &o->day)) {
    o->year = -1; /* rejected below as a data error, with the date in the message */
  }
}

/* ---- core.parse ---- */

static int l_parse(lua_State *L) {
  size_t len;
  const char *text = luaL_checklstring(L, 1, &len);
  pc_parse_options o;
  doc_ud *ud;
  int rc;
  if (lua_type(L, 1) != LUA_TSTRING) luaL_argerror(L, 1, "string expected");
  read_parse_options(L, 2, &o);
  if (o.year == -1) {
    lua_getfield(L, 2, "date");
    lua_pushfstring(L, "invalid date '%s' (expected YYYY-MM-DD)", lua_tostring(L, -1));
    lua_pushnil(L);
    lua_replace(L, -3); /* nil, message */
    return 2;
  }
  ud = (doc_ud *)lua_newuserdata(L, sizeof *ud);
  ud->doc = NULL;
  ud->text_ref = LUA_NOREF;
  luaL_getmetatable(L, DOC_MT);
  lua_setmetatable(L, -2);
  rc = pc_parse((const uint8_t *)text, len, &o, &ud->doc);
  if (rc != PC_OK) {
    lua_pushnil(L);
    lua_pushstring(L, pc_errmsg(rc));
    return 2;
  }
  lua_pushvalue(L, 1);
  ud->text_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  return 1;
}

static int l_doc_gc(lua_State *L) {
  doc_ud *ud = (doc_ud *)luaL_checkudata(L, 1, DOC_MT);
  if (ud->doc) {
    pc_document_free(ud->doc);
    ud->doc = NULL;
  }
  if (ud->text_ref != LUA_NOREF) {
    luaL_unref(L, LUA_REGISTRYINDEX, ud->text_ref);
    ud->text_ref = LUA_NOREF;
  }
  return 0;
}

static int l_doc_text(lua_State *L) {
  doc_ud *ud = check_doc(L, 1);
  lua_rawgeti(L, LUA_REGISTRYINDEX, ud->text_ref);
  return 1;
}

static void push_span_list(lua_State *L, const pc_document *d, int kind) {
  size_t k, n = 0;
  for (k = 0; k < d->nsegments; k++) n += d->segments[k].kind == kind;
  lua_createtable(L, (int)n, 0);
  n = 0;
  for (k = 0; k < d->nsegments; k++) {
    if (d->segments[k].kind != kind) continue;
    push_span_record(L, d, d->segments[k].span, 1);
    lua_rawseti(L, -2, (int)++n);
  }
}

static int l_doc_meta(lua_State *L) {
  const pc_document *d = check_doc(L, 1)->doc;
  const pc_meta *m = &d->meta;
  luaL_checkstack(L, 8, "meta");
  lua_createtable(L, 0, 16);
  lua_pushstring(L, pc_lang_name(d->lang));
  lua_setfield(L, -2, "lang");
  if (m->year) {
    lua_pushfstring(L, "%d-%s%d-%s%d", m->year, m->month < 10 ? "0" : "", m->month, m->day < 10 ? "0" : "", m->day);
    lua_setfield(L, -2, "date");
  }
  set_text(L, d, "title", m->title);
  set_text(L, d, "dateline", m->dateline);
  set_text(L, d, "place", m->dateline_place);
  set_text(L, d, "source", m->source);
  set_text(L, d, "byline", m->byline);
  lua_pushinteger(L, (lua_Integer)d->invalid_bytes);
  lua_setfield(L, -2, "invalid_bytes");
  if (d->invalid_bytes) {
    lua_pushinteger(L, (lua_Integer)d->first_invalid + 1);
    lua_setfield(L, -2, "first_invalid");
  }
  lua_createtable(L, 0, 8);
  set_span(L, "header", m->header);
  set_span(L, "date", m->date_text);
  set_span(L, "title", m->title);
  set_span(L, "dateline", m->dateline);
  set_span(L, "place", m->dateline_place);
  set_span(L, "source", m->source);
  set_span(L, "byline", m->byline);
  lua_setfield(L, -2, "spans");
  push_span_list(L, d, PC_SEG_CAPTION);
  lua_setfield(L, -2, "captions");
  push_span_list(L, d, PC_SEG_CREDIT);
  lua_setfield(L, -2, "credits");
  push_span_list(L, d, PC_SEG_BOILERPLATE);
  lua_setfield(L, -2, "boilerplate");
  push_span_list(L, d, PC_SEG_HEADING);
  lua_setfield(L, -2, "headings");
  return 1;
}

static int l_doc_segments(lua_State *L) {
  const pc_document *d = check_doc(L, 1)->doc;
  size_t k;
  lua_createtable(L, (int)d->nsegments, 0);
  for (k = 0; k < d->nsegments; k++) {
    push_span_record(L, d, d->segments[k].span, 0);
    lua_pushstring(L, pc_segment_kind_name(d->segments[k].kind));
    lua_setfield(L, -2, "kind");
    lua_rawseti(L, -2, (int)k + 1);
  }
  return 1;
}

/* doc:paragraphs() -> body paragraphs. */
static int l_doc_paragraphs(lua_State *L) {
  const pc_document *d = check_doc(L, 1)->doc;
  push_span_list(L, d, PC_SEG_PARAGRAPH);
  return 1;
}

/* doc:sentences([all]) -> body sentences; with all = true, those of titles, captions,
** credits and headings too, each with its segment kind. */
static int l_doc_sentences(lua_State *L) {
  const pc_document *d = check_doc(L, 1)->doc;
  int all = lua_toboolean(L, 2);
  size_t k, n = 0;
  lua_createtable(L, (int)d->nsentences, 0);
  for (k = 0; k < d->nsentences; k++) {
    int kind = d->segments[d->sentences[k].segment].kind;
    if (!all && kind != PC_SEG_PARAGRAPH) continue;
    push_span_record(L, d, d->sentences[k].span, 0);
    if (all) {
      lua_pushstring(L, pc_segment_kind_name(kind));
      lua_setfield(L, -2, "kind");
    }
    lua_rawseti(L, -2, (int)++n);
  }
  return 1;
}


/* A pc_tokens or pc_entities array owned by a userdata while its Lua table is built, so
** that a memory error raised by Lua cannot leak it: __gc frees whatever is left. */
#define BOX_MT "protestcorpus.box"

typedef struct box {
  pc_tokens toks;
  pc_entities ents;
  pc_annotations ann;
  pc_buffer buf;
} box;

static int l_box_gc(lua_State *L) {
  box *b = (box *)luaL_checkudata(L, 1, BOX_MT);
  pc_tokens_free(&b->toks);
  pc_entities_free(&b->ents);
  pc_annotations_free(&b->ann);
  pc_buffer_free(&b->buf);
  return 0;
}

static box *new_box(lua_State *L) {
  box *b = (box *)lua_newuserdata(L, sizeof *b);
  memset(b, 0, sizeof *b);
  luaL_getmetatable(L, BOX_MT);
  lua_setmetatable(L, -2);
  return b;
}

static const char *const token_kinds[] = {"", "word", "number", "punct", "symbol", "other"};

static void set_flag(lua_State *L, unsigned flags, unsigned bit, const char *key) {
  if (!(flags & bit)) return;
  lua_pushboolean(L, 1);
  lua_setfield(L, -2, key);
}

/* doc:tokens([i [, j]]) -> tokens of bytes i..j (1-based inclusive; default all). */
static int l_doc_tokens(lua_State *L) {
  doc_ud *ud = check_doc(L, 1);
  const pc_document *d = ud->doc;
  lua_Integer i = luaL_optinteger(L, 2, 1), j = luaL_optinteger(L, 3, (lua_Integer)d->len);
  box *b;
  size_t k;
  int rc;
  luaL_argcheck(L, i >= 1, 2, "start must be >= 1");
  if (j > (lua_Integer)d->len) j = (lua_Integer)d->len;
  if (j < i) { lua_newtable(L); return 1; }
  b = new_box(L);
  rc = pc_tokenize(d->text, (size_t)(i - 1), (size_t)j, &b->toks);
  if (rc != PC_OK) {
    pc_tokens_free(&b->toks);
    lua_pushnil(L);
    lua_pushstring(L, pc_errmsg(rc));
    return 2;
  }
  lua_createtable(L, b->toks.count > 0x7fffffff ? 0x7fffffff : (int)b->toks.count, 0);
  for (k = 0; k < b->toks.count; k++) {
    const pc_token *t = &b->toks.items[k];
    lua_createtable(L, 0, 4);
    lua_pushinteger(L, (lua_Integer)t->start + 1);
    lua_setfield(L, -2, "start");
    lua_pushinteger(L, (lua_Integer)t->end);
    lua_setfield(L, -2, "stop");
    lua_pushstring(L, token_kinds[t->kind < 6 ? t->kind : 5]);
    lua_setfield(L, -2, "kind");
    set_flag(L, t->flags, PC_TF_CAP, "cap");
    set_flag(L, t->flags, PC_TF_UPPER, "upper");
    set_flag(L, t->flags, PC_TF_LOWER, "lower");
    set_flag(L, t->flags, PC_TF_HYPHEN, "hyphen");
    set_flag(L, t->flags, PC_TF_APOS, "elision");
    set_flag(L, t->flags, PC_TF_QUOTE, "quote");
    set_flag(L, t->flags, PC_TF_INVALID, "invalid");
    lua_rawseti(L, -2, (int)k + 1);
  }
  pc_tokens_free(&b->toks);
  return 1;
}

static unsigned read_types(lua_State *L, int idx) {
  unsigned types = 0;
  int k, n;
  if (lua_isnoneornil(L, idx)) return PC_TYPES_ALL;
  luaL_checktype(L, idx, LUA_TTABLE);
  n = (int)pc_rawlen(L, idx);
  for (k = 1; k <= n; k++) {
    int t;
    size_t len = 0;
    const char *name;
    lua_rawgeti(L, idx, k);
    name = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
    t = name && strlen(name) == len ? pc_entity_type_from_name(name) : -1;
    if (t < 0) {
      luaL_argerror(L, idx, lua_pushfstring(L, "unknown entity type '%s'", pc_value_text(L, -1)));
      return 0; /* not reached: luaL_argerror raises */
    }
    types |= PC_TYPE_BIT(t);
    lua_pop(L, 1);
  }
  return types;
}


/* core.load_model(dir) -> model or nil, message: the lexicons of a data directory. */
static int l_load_model(lua_State *L) {
  const char *dir = luaL_checkstring(L, 1);
  model_ud *mu = (model_ud *)lua_newuserdata(L, sizeof *mu);
  int rc;
  mu->model = NULL;
  luaL_getmetatable(L, MODEL_MT);
  lua_setmetatable(L, -2);
  rc = pc_model_load_dir(dir, &mu->model);
  if (rc != PC_OK) {
    lua_pushnil(L);
    lua_pushfstring(L, "%s: %s", dir, pc_errmsg(rc));
    return 2;
  }
  return 1;
}

static int l_model_gc(lua_State *L) {
  model_ud *mu = (model_ud *)luaL_checkudata(L, 1, MODEL_MT);
  pc_model_free(mu->model);
  mu->model = NULL;
  return 0;
}

static int l_model_count(lua_State *L) {
  model_ud *mu = (model_ud *)luaL_checkudata(L, 1, MODEL_MT);
  lua_pushinteger(L, (lua_Integer)pc_model_count(mu->model));
  return 1;
}

/* model:from_image() -> true when the directory's compiled model.bin was loaded */
static int l_model_from_image(lua_State *L) {
  model_ud *mu = (model_ud *)luaL_checkudata(L, 1, MODEL_MT);
  lua_pushboolean(L, pc_model_from_image(mu->model));
  return 1;
}

/* The fields of an entity table: the schema's (pc_entity_field_name), "stop" for "end" (Lua
** spans are 1-based inclusive, JSON's 0-based end-exclusive). */
#define ENT_NKEYS PC_ENTITY_FIELD_COUNT
static const char *entity_key(int field) {
  return field == PC_FIELD_END ? "stop" : pc_entity_field_name(field);
}

/* t[key] = v for the table on top, key at stack index key_at; integers stay integers */
static void set_number_key(lua_State *L, int key_at, double v) {
  lua_pushvalue(L, key_at);
  if (v == (double)(lua_Integer)v && v > -9007199254740992.0 && v < 9007199254740992.0)
    lua_pushinteger(L, (lua_Integer)v);
  else
    lua_pushnumber(L, (lua_Number)v);
  lua_rawset(L, -3);
}

static void set_text_key(lua_State *L, const pc_document *d, int key_at, pc_span sp) {
  if (sp.end <= sp.start) return;
  lua_pushvalue(L, key_at);
  lua_pushlstring(L, (const char *)d->text + sp.start, sp.end - sp.start);
  lua_rawset(L, -3);
}

/* The field names of entity tables, pushed once per call at stack index keys (and set with
** lua_rawset: a name given as a C string is looked up in Lua's string cache every time). */
static int push_entity_keys(lua_State *L) {
  int k;
  luaL_checkstack(L, ENT_NKEYS + 8, "entities");
  for (k = 0; k < ENT_NKEYS; k++) lua_pushstring(L, entity_key(k));
  return lua_gettop(L) - ENT_NKEYS + 1;
}

/* Pushes the table of entity e (keys at stack index keys). */
static void push_entity(lua_State *L, const pc_document *d, const pc_entity *e, int keys) {
  int own_canonical = e->type <= PC_ENT_PLACE && ((e->canonical.end > e->canonical.start &&
                      (e->canonical.start != e->span.start || e->canonical.end != e->span.end)) || e->article);
  lua_createtable(L, 0, 8);
  lua_pushvalue(L, keys + PC_FIELD_TYPE);
  lua_pushstring(L, pc_entity_type_name(e->type));
  lua_rawset(L, -3);
  lua_pushvalue(L, keys + PC_FIELD_START);
  lua_pushinteger(L, (lua_Integer)e->span.start + 1);
  lua_rawset(L, -3);
  lua_pushvalue(L, keys + PC_FIELD_END);
  lua_pushinteger(L, (lua_Integer)e->span.end);
  lua_rawset(L, -3);
  lua_pushvalue(L, keys + PC_FIELD_TEXT);
  lua_pushlstring(L, (const char *)d->text + e->span.start, e->span.end - e->span.start);
  /* most names are their own canonical form: the same string, not a second one */
  if (e->type <= PC_ENT_PLACE && !own_canonical) {
    lua_pushvalue(L, keys + PC_FIELD_CANONICAL);
    lua_pushvalue(L, -2);
    lua_rawset(L, -5);
  }
  lua_rawset(L, -3);
  if (e->type == PC_ENT_DATE) {
    if (e->date[0]) { lua_pushvalue(L, keys + PC_FIELD_VALUE); lua_pushstring(L, e->date); lua_rawset(L, -3); }
  } else {
    if (e->flags & PC_EF_VALUE) set_number_key(L, keys + PC_FIELD_VALUE, e->value);
    if (e->flags & PC_EF_LOW) set_number_key(L, keys + PC_FIELD_LOW, e->low);
    if (e->flags & PC_EF_HIGH) set_number_key(L, keys + PC_FIELD_HIGH, e->high);
  }
  if (e->flags & PC_EF_APPROX) { lua_pushvalue(L, keys + PC_FIELD_APPROX); lua_pushboolean(L, 1); lua_rawset(L, -3); }
  if (e->flags & PC_EF_RELATIVE) { lua_pushvalue(L, keys + PC_FIELD_RELATIVE); lua_pushboolean(L, 1); lua_rawset(L, -3); }
  if (e->unit[0]) { lua_pushvalue(L, keys + PC_FIELD_UNIT); lua_pushstring(L, e->unit); lua_rawset(L, -3); }
  if (e->type <= PC_ENT_PLACE) {
    if (own_canonical) {
      pc_span c = e->canonical.end > e->canonical.start ? e->canonical : e->span;
      lua_pushvalue(L, keys + PC_FIELD_CANONICAL);
      lua_pushstring(L, pc_article_text(e->article)); /* "Le " of "du Havre", else "" */
      lua_pushlstring(L, (const char *)d->text + c.start, c.end - c.start);
      lua_concat(L, 2);
      lua_rawset(L, -3);
    }
    set_text_key(L, d, keys + PC_FIELD_ROLE, e->role);
    if (e->kind) { lua_pushvalue(L, keys + PC_FIELD_KIND); lua_pushstring(L, pc_kind_name(e->kind)); lua_rawset(L, -3); }
  }
  if (e->currency[0]) { lua_pushvalue(L, keys + PC_FIELD_CURRENCY); lua_pushstring(L, e->currency); lua_rawset(L, -3); }
}

/* doc:entities([types [, model]]) -> entities sorted by position; types: list of type
** names; model: a name model from core.load_model (names then use its lexicons). */
static int l_doc_entities(lua_State *L) {
  doc_ud *ud = check_doc(L, 1);
  const pc_document *d = ud->doc;
  unsigned types = read_types(L, 2);
  const pc_model *model = NULL;
  box *b;
  size_t k;
  int rc, keys;
  if (!lua_isnoneornil(L, 3)) model = ((model_ud *)luaL_checkudata(L, 3, MODEL_MT))->model;
  b = new_box(L);
  rc = pc_annotate_model(d, model, types, &b->ents);
  if (rc != PC_OK) {
    pc_entities_free(&b->ents);
    lua_pushnil(L);
    lua_pushstring(L, pc_errmsg(rc));
    return 2;
  }
  keys = push_entity_keys(L);
  lua_createtable(L, b->ents.count > 0x7fffffff ? 0x7fffffff : (int)b->ents.count, 0);
  for (k = 0; k < b->ents.count; k++) {
    push_entity(L, d, &b->ents.items[k], keys);
    lua_rawseti(L, -2, (int)k + 1);
  }
  pc_entities_free(&b->ents);
  return 1;
}

/* Maps indexes of doc->sentences to those of doc:sentences() (body sentences only, 1-based;
** 0 when the sentence is not one of them). Indexes come in increasing order (annotations
** are sorted), so one pass serves a list; an index behind the cursor restarts it. */
typedef struct sentence_cursor {
  size_t k;     /* next C sentence to count */
  size_t body;  /* body sentences before k */
} sentence_cursor;

static size_t body_sentence(const pc_document *d, sentence_cursor *c, size_t s) {
  if (s >= d->nsentences) return 0;
  if (s < c->k) c->k = c->body = 0;
  for (; c->k < s; c->k++) c->body += d->segments[d->sentences[c->k].segment].kind == PC_SEG_PARAGRAPH;
  return d->segments[d->sentences[s].segment].kind == PC_SEG_PARAGRAPH ? c->body + 1 : 0;
}

static void set_integer(lua_State *L, const char *key, lua_Integer v) {
  lua_pushinteger(L, v);
  lua_setfield(L, -2, key);
}

/* Pushes the table of quote q: {start, stop, text, kind, cue, cue_start, cue_stop, speaker,
** speaker_index, sentence}. */
static void push_quote(lua_State *L, const pc_document *d, const pc_annotations *a, const pc_quote *q,
                       sentence_cursor *cur) {
  size_t sent = body_sentence(d, cur, q->sentence);
  push_span_record(L, d, q->span, 1);
  lua_pushstring(L, pc_quote_kind_name(q->kind));
  lua_setfield(L, -2, "kind");
  if (q->cue.end > q->cue.start) {
    set_text(L, d, "cue", q->cue);
    set_integer(L, "cue_start", (lua_Integer)q->cue.start + 1);
    set_integer(L, "cue_stop", (lua_Integer)q->cue.end);
  }
  if (q->speaker >= 0 && (size_t)q->speaker < a->entities.count) {
    const pc_entity *e = &a->entities.items[q->speaker];
    set_text(L, d, "speaker", e->canonical.end > e->canonical.start ? e->canonical : e->span);
    set_integer(L, "speaker_index", (lua_Integer)q->speaker + 1);
  }
  if (sent) set_integer(L, "sentence", (lua_Integer)sent);
}

/* doc:annotations([model]) -> {entities = {...}, quotes = {...}}: every annotator over the
** document once. Entities as doc:entities() gives them plus index (their position in the
** list) and sentence (index into doc:sentences(), nil outside the body). */
static int l_doc_annotations(lua_State *L) {
  doc_ud *ud = check_doc(L, 1);
  const pc_document *d = ud->doc;
  const pc_model *model = NULL;
  sentence_cursor cur = {0, 0};
  box *b;
  size_t k, sent;
  int rc, keys, kindex, ksentence;
  if (!lua_isnoneornil(L, 2)) model = ((model_ud *)luaL_checkudata(L, 2, MODEL_MT))->model;
  b = new_box(L);
  rc = pc_annotate_doc(d, model, NULL, &b->ann);
  if (rc != PC_OK) {
    lua_pushnil(L);
    lua_pushstring(L, pc_errmsg(rc));
    return 2;
  }
  keys = push_entity_keys(L);
  lua_pushliteral(L, "index");
  kindex = lua_gettop(L);
  lua_pushliteral(L, "sentence");
  ksentence = lua_gettop(L);
  lua_createtable(L, 0, 2);
  lua_createtable(L, b->ann.entities.count > 0x7fffffff ? 0x7fffffff : (int)b->ann.entities.count, 0);
  for (k = 0; k < b->ann.entities.count; k++) {
    const pc_entity *e = &b->ann.entities.items[k];
    push_entity(L, d, e, keys);
    lua_pushvalue(L, kindex);
    lua_pushinteger(L, (lua_Integer)k + 1);
    lua_rawset(L, -3);
    if ((sent = body_sentence(d, &cur, e->sentence)) != 0) {
      lua_pushvalue(L, ksentence);
      lua_pushinteger(L, (lua_Integer)sent);
      lua_rawset(L, -3);
    }
    lua_rawseti(L, -2, (int)k + 1);
  }
  lua_setfield(L, -2, "entities");
  cur.k = cur.body = 0;
  lua_createtable(L, b->ann.quotes.count > 0x7fffffff ? 0x7fffffff : (int)b->ann.quotes.count, 0);
  for (k = 0; k < b->ann.quotes.count; k++) {
    push_quote(L, d, &b->ann, &b->ann.quotes.items[k], &cur);
    lua_rawseti(L, -2, (int)k + 1);
  }
  lua_setfield(L, -2, "quotes");
  pc_annotations_free(&b->ann);
  return 1;
}

/* A head field of record_json: fields[key], a string or nil. */
static void read_head_field(lua_State *L, int idx, const char *key, pc_json_field *f) {
  f->s = NULL;
  f->len = 0;
  if (lua_isnoneornil(L, idx)) return;
  lua_getfield(L, idx, key);
  if (lua_type(L, -1) == LUA_TSTRING) f->s = lua_tolstring(L, -1, &f->len);
  else if (!lua_isnil(L, -1))
    luaL_argerror(L, idx, lua_pushfstring(L, "fields.%s must be a string or nil", key));
  lua_pop(L, 1); /* the string stays alive in the fields table */
}

/* The head fields a caller gives (its record's id, lang, date, title), from the table at idx. */
static void read_head(lua_State *L, int idx, pc_json_field head[PC_RFIELD_TITLE + 1]) {
  read_head_field(L, idx, "id", &head[PC_RFIELD_ID]);
  read_head_field(L, idx, "lang", &head[PC_RFIELD_LANG]);
  read_head_field(L, idx, "date", &head[PC_RFIELD_DATE]);
  read_head_field(L, idx, "title", &head[PC_RFIELD_TITLE]);
}

/* Returns the JSON line written into the box's buffer (or nil, message on rc), freeing it. */
static int push_json_line(lua_State *L, box *b, int rc) {
  if (rc == PC_OK) lua_pushlstring(L, b->buf.data ? b->buf.data : "", b->buf.len);
  pc_buffer_free(&b->buf);
  if (rc == PC_OK) return 1;
  lua_pushnil(L);
  lua_pushstring(L, pc_errmsg(rc));
  return 2;
}

/* doc:record_json([fields [, types [, model]]]) -> the `extract` record of the document as one
** line of JSON (no newline), written in C (json_writer.c): fields = {id, lang, date, title}
** of the corpus record (each a string or nil: lang, date and title then come from the
** document); types and model as for doc:entities. */
static int l_doc_record_json(lua_State *L) {
  doc_ud *ud = check_doc(L, 1);
  const pc_document *d = ud->doc;
  pc_json_field head[PC_RFIELD_TITLE + 1];
  pc_annotate_options o;
  const pc_model *model = NULL;
  box *b;
  int rc;
  if (!lua_isnoneornil(L, 2)) luaL_checktype(L, 2, LUA_TTABLE);
  read_head(L, 2, head);
  pc_annotate_options_init(&o);
  o.types = read_types(L, 3);
  /* quotes name their speakers among PERSON and ORG: kept only when both types are */
  if ((o.types & (PC_TYPE_BIT(PC_ENT_PERSON) | PC_TYPE_BIT(PC_ENT_ORG))) !=
      (PC_TYPE_BIT(PC_ENT_PERSON) | PC_TYPE_BIT(PC_ENT_ORG)))
    o.annotators &= ~PC_ANN_QUOTES;
  if (!lua_isnoneornil(L, 4)) model = ((model_ud *)luaL_checkudata(L, 4, MODEL_MT))->model;
  b = new_box(L);
  rc = pc_annotate_doc(d, model, &o, &b->ann);
  if (rc == PC_OK) rc = pc_json_record(&b->buf, d, &b->ann, head);
  pc_annotations_free(&b->ann);
  return push_json_line(L, b, rc);
}

/* doc:document_json([fields]) -> the `parse` record of the document as one line of JSON (no
** newline), written in C (json_writer.c); fields as for record_json. */
static int l_doc_document_json(lua_State *L) {
  doc_ud *ud = check_doc(L, 1);
  pc_json_field head[PC_RFIELD_TITLE + 1];
  box *b;
  int rc;
  if (!lua_isnoneornil(L, 2)) luaL_checktype(L, 2, LUA_TTABLE);
  read_head(L, 2, head);
  b = new_box(L);
  rc = pc_json_document(&b->buf, ud->doc, head);
  return push_json_line(L, b, rc);
}

/* ---- core.json_encode: records.encode of a Lua value, written in C ----
** The same bytes as lua/protestcorpus/records.lua's encode for plain tables (no __index,
** __pairs or __len): keys of the order first (by their rank), then the others by name (byte
** order); arrays are tables with the array metatable or a first element, written 1..#t;
** strings as pc_json_string, numbers as records.number (Lua 5.4 integers with %d),
** null for nil, the null value given and cjson.null (a NULL light userdata). Errors (a key
** that is not a string, a value JSON cannot hold, nesting deeper than ENC_MAX_DEPTH: a
** cycle) are raised once the buffer is freed, with records.encode's messages. */
#define ENC_MAX_DEPTH 1000

typedef struct enc {
  lua_State *L;
  pc_buffer *b;
  int rank, amt, null; /* stack indexes: rank table, array metatable, null value */
  int depth;
  int rc;        /* PC_OK, PC_ENOMEM, or PC_EINVAL with msg */
  char msg[200];
} enc;

typedef struct enc_key {
  const char *s;
  size_t len;
  lua_Integer rank; /* 0 for a key not in the order */
} enc_key;

static int enc_put(enc *e, const char *p, size_t n) {
  pc_buffer *b = e->b;
  if (e->rc) return e->rc;
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    char *data;
    while (cap < b->len + n) cap *= 2;
    data = (char *)realloc(b->data, cap);
    if (!data) return e->rc = PC_ENOMEM;
    b->data = data;
    b->cap = cap;
  }
  memcpy(b->data + b->len, p, n);
  b->len += n;
  return PC_OK;
}

static int enc_fail(enc *e, const char *what, const char *detail) {
  if (!e->rc) {
    snprintf(e->msg, sizeof e->msg, "records.encode: %s%s", what, detail);
    e->rc = PC_EINVAL;
  }
  return e->rc;
}

static int enc_value(enc *e, int idx);

/* Orders keys as records.encode does: ranked ones by rank, then the others by bytes. */
static int enc_key_cmp(const void *pa, const void *pb) {
  const enc_key *a = (const enc_key *)pa, *b = (const enc_key *)pb;
  size_t n = a->len < b->len ? a->len : b->len;
  int c;
  if (a->rank && b->rank) return a->rank < b->rank ? -1 : a->rank > b->rank;
  if (a->rank || b->rank) return a->rank ? -1 : 1;
  c = memcmp(a->s, b->s, n);
  if (c) return c;
  return a->len < b->len ? -1 : a->len > b->len;
}

/* The keys of the table at idx (strings kept alive by the table); NULL on an error. */
static enc_key *enc_keys(enc *e, int idx, size_t *count) {
  lua_State *L = e->L;
  enc_key *keys = NULL;
  size_t n = 0, cap = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING) {
      const char *t = lua_type(L, -1) == LUA_TNUMBER || lua_type(L, -1) == LUA_TBOOLEAN
        ? (lua_type(L, -1) == LUA_TBOOLEAN ? (lua_toboolean(L, -1) ? "true" : "false") : NULL)
        : lua_typename(L, lua_type(L, -1));
      char num[64];
      if (!t) { lua_pushvalue(L, -1); snprintf(num, sizeof num, "%s", lua_tostring(L, -1)); lua_pop(L, 1); t = num; }
      lua_pop(L, 1);
      free(keys);
      enc_fail(e, "object key is not a string: ", t);
      return NULL;
    }
    if (n == cap) {
      enc_key *k2;
      cap = cap ? cap * 2 : 16;
      k2 = (enc_key *)realloc(keys, cap * sizeof *keys);
      if (!k2) { lua_pop(L, 1); free(keys); e->rc = PC_ENOMEM; return NULL; }
      keys = k2;
    }
    keys[n].s = lua_tolstring(L, -1, &keys[n].len);
    lua_pushvalue(L, -1);
    lua_rawget(L, e->rank);
    keys[n].rank = lua_type(L, -1) == LUA_TNUMBER ? (lua_Integer)lua_tonumber(L, -1) : 0;
    lua_pop(L, 1);
    n++;
  }
  *count = n;
  if (!keys) keys = (enc_key *)malloc(sizeof *keys); /* an empty object: not NULL */
  if (!keys) e->rc = PC_ENOMEM;
  return keys;
}

static int enc_object(enc *e, int idx) {
  lua_State *L = e->L;
  size_t n = 0, k;
  enc_key *keys = enc_keys(e, idx, &n);
  if (!keys) return e->rc;
  qsort(keys, n, sizeof *keys, enc_key_cmp);
  enc_put(e, "{", 1);
  for (k = 0; k < n && !e->rc; k++) {
    if (k) enc_put(e, ",", 1);
    if (!e->rc && pc_json_string(e->b, (const uint8_t *)keys[k].s, keys[k].len)) e->rc = PC_ENOMEM;
    enc_put(e, ":", 1);
    lua_pushlstring(L, keys[k].s, keys[k].len);
    lua_rawget(L, idx);
    enc_value(e, lua_gettop(L));
    lua_pop(L, 1);
  }
  free(keys);
  return enc_put(e, "}", 1);
}

static int enc_table(enc *e, int idx) {
  lua_State *L = e->L;
  int is_array;
  if (lua_rawequal(L, idx, e->null)) return enc_put(e, "null", 4);
  if (++e->depth > ENC_MAX_DEPTH) return enc_fail(e, "nesting deeper than 1000 (a cycle?)", "");
  if (!lua_checkstack(L, 8)) return enc_fail(e, "no room on the Lua stack", "");
  is_array = lua_getmetatable(L, idx) ? (lua_rawequal(L, -1, e->amt) ? (lua_pop(L, 1), 1) : (lua_pop(L, 1), 0)) : 0;
  if (!is_array) {
    lua_rawgeti(L, idx, 1);
    is_array = !lua_isnil(L, -1);
    lua_pop(L, 1);
  }
  if (is_array) {
    size_t i, n = pc_rawlen(L, idx);
    enc_put(e, "[", 1);
    for (i = 1; i <= n && !e->rc; i++) {
      if (i > 1) enc_put(e, ",", 1);
      lua_rawgeti(L, idx, (int)i);
      enc_value(e, lua_gettop(L));
      lua_pop(L, 1);
    }
    enc_put(e, "]", 1);
  } else {
    enc_object(e, idx);
  }
  e->depth--;
  return e->rc;
}

static int enc_value(enc *e, int idx) {
  lua_State *L = e->L;
  if (e->rc) return e->rc;
  switch (lua_type(L, idx)) {
    case LUA_TSTRING: {
      size_t len;
      const char *s = lua_tolstring(L, idx, &len);
      if (pc_json_string(e->b, (const uint8_t *)s, len)) e->rc = PC_ENOMEM;
      return e->rc;
    }
    case LUA_TNUMBER:
#if LUA_VERSION_NUM >= 503
      if (lua_isinteger(L, idx)) {
        char tmp[32];
        snprintf(tmp, sizeof tmp, LUA_INTEGER_FMT, (LUAI_UACINT)lua_tointeger(L, idx));
        return enc_put(e, tmp, strlen(tmp));
      }
#endif
      if (pc_json_number(e->b, (double)lua_tonumber(L, idx))) e->rc = PC_ENOMEM;
      return e->rc;
    case LUA_TBOOLEAN:
      return lua_toboolean(L, idx) ? enc_put(e, "true", 4) : enc_put(e, "false", 5);
    case LUA_TNIL:
      return enc_put(e, "null", 4);
    case LUA_TLIGHTUSERDATA:
      if (lua_touserdata(L, idx) == NULL || lua_rawequal(L, idx, e->null)) return enc_put(e, "null", 4);
      return enc_fail(e, "cannot encode a ", "userdata");
    case LUA_TTABLE:
      return enc_table(e, idx);
    default:
      if (lua_rawequal(L, idx, e->null)) return enc_put(e, "null", 4);
      return enc_fail(e, "cannot encode a ", lua_typename(L, lua_type(L, idx)));
  }
}

/* core.json_encode(value, rank, array_mt, null) -> the line records.encode(value, order)
** writes, rank = {key = its index in order} (records.lua passes its plan's). */
static int l_json_encode(lua_State *L) {
  enc e;
  box *b;
  luaL_checkany(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  luaL_checkany(L, 4);
  lua_settop(L, 4);
  b = new_box(L);
  memset(&e, 0, sizeof e);
  e.L = L;
  e.b = &b->buf;
  e.rank = 2;
  e.amt = 3;
  e.null = 4;
  enc_value(&e, 1);
  if (e.rc == PC_OK) lua_pushlstring(L, b->buf.data ? b->buf.data : "", b->buf.len);
  pc_buffer_free(&b->buf);
  if (e.rc == PC_EINVAL) return luaL_error(L, "%s", e.msg);
  if (e.rc) return luaL_error(L, "records.encode: %s", pc_errmsg(e.rc));
  return 1;
}

/* ---- core.lua_literal: a Lua value as Lua source text (one line), for events.stream ----
** load("return " .. text) gives the value back: strings byte for byte (bytes below 32, '"',
** '\\' and 127 as \ddd escapes; no newline in the text), integers as integers and floats as
** floats (17 digits, ".0" added to an integral one; NaN and infinities as (0/0),
** (1/0), (-1/0)), the null value given as R and cjson.null (a NULL light userdata) as N
** (names the reader's environment defines). Tables: their sequence, then their other keys
** (names, strings, numbers). The same forms as events/stream.lua's ser, in C. */
static int lit_value(enc *e, int idx);

static int lit_string(enc *e, const char *s, size_t len) {
  size_t i, run = 0;
  enc_put(e, "\"", 1);
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    char esc[5];
    if (c >= 32 && c != '"' && c != '\\' && c != 127) { run++; continue; }
    if (run) enc_put(e, s + i - run, run);
    run = 0;
    snprintf(esc, sizeof esc, "\\%03u", (unsigned)c);
    enc_put(e, esc, 4);
  }
  if (run) enc_put(e, s + len - run, run);
  return enc_put(e, "\"", 1);
}

static int lit_number(enc *e, int idx) {
  char tmp[64];
  lua_Number x;
#if LUA_VERSION_NUM >= 503
  if (lua_isinteger(e->L, idx)) {
    lua_Integer v = lua_tointeger(e->L, idx);
    /* the smallest integer has no literal: its digits read as a float */
    if (v == LUA_MININTEGER) return enc_put(e, "(-9223372036854775807-1)", 24);
    snprintf(tmp, sizeof tmp, LUA_INTEGER_FMT, (LUAI_UACINT)v);
    return enc_put(e, tmp, strlen(tmp));
  }
#endif
  x = lua_tonumber(e->L, idx);
  if (x != x) return enc_put(e, "(0/0)", 5);
  if (x == HUGE_VAL) return enc_put(e, "(1/0)", 5);
  if (x == -HUGE_VAL) return enc_put(e, "(-1/0)", 6);
  snprintf(tmp, sizeof tmp, "%.17g", (double)x);
  {
    char *c;
    int point = 0;
    for (c = tmp; *c; c++) {
      if (*c == ',') *c = '.'; /* "." whatever LC_NUMERIC says */
      if (*c == '.' || *c == 'e') point = 1;
    }
    if (!point) strcat(tmp, ".0"); /* a float, not an integer, when read back */
  }
  return enc_put(e, tmp, strlen(tmp));
}

/* A string key as name= when it is a name Lua reads as one, else ["..."]=. */
static int lit_key(enc *e, const char *k, size_t len) {
  static const char *const reserved[] = {"and", "break", "do", "else", "elseif", "end", "false",
    "for", "function", "goto", "if", "in", "local", "nil", "not", "or", "repeat", "return", "then",
    "true", "until", "while", NULL};
  size_t i;
  int name = len > 0 && !(k[0] >= '0' && k[0] <= '9');
  for (i = 0; i < len && name; i++)
    name = (k[i] >= 'a' && k[i] <= 'z') || (k[i] >= 'A' && k[i] <= 'Z') || (k[i] >= '0' && k[i] <= '9') || k[i] == '_';
  for (i = 0; name && reserved[i]; i++)
    if (strlen(reserved[i]) == len && memcmp(reserved[i], k, len) == 0) name = 0;
  if (name) {
    enc_put(e, k, len);
    return enc_put(e, "=", 1);
  }
  enc_put(e, "[", 1);
  lit_string(e, k, len);
  return enc_put(e, "]=", 2);
}

static int lit_table(enc *e, int idx) {
  lua_State *L = e->L;
  size_t i, n = pc_rawlen(L, idx);
  if (++e->depth > ENC_MAX_DEPTH) return enc_fail(e, "nesting deeper than 1000 (a cycle?)", "");
  if (!lua_checkstack(L, 8)) return enc_fail(e, "no room on the Lua stack", "");
  enc_put(e, "{", 1);
  for (i = 1; i <= n && !e->rc; i++) {
    lua_rawgeti(L, idx, (int)i);
    lit_value(e, lua_gettop(L));
    lua_pop(L, 1);
    enc_put(e, ",", 1);
  }
  lua_pushnil(L);
  while (!e->rc && lua_next(L, idx)) {
    int kt = lua_type(L, -2);
    if (kt == LUA_TSTRING) {
      size_t len;
      const char *k = lua_tolstring(L, -2, &len);
      lit_key(e, k, len);
    } else if (kt == LUA_TNUMBER) {
      lua_Number x = lua_tonumber(L, -2);
      if (x == floor(x) && x >= 1 && x <= (lua_Number)n) { lua_pop(L, 1); continue; }
      enc_put(e, "[", 1);
      lit_number(e, lua_gettop(L) - 1);
      enc_put(e, "]=", 2);
    } else {
      lua_pop(L, 2);
      return enc_fail(e, "events.stream: cannot write a key of type ", lua_typename(L, kt));
    }
    lit_value(e, lua_gettop(L));
    enc_put(e, ",", 1);
    lua_pop(L, 1);
  }
  e->depth--;
  return enc_put(e, "}", 1);
}

static int lit_value(enc *e, int idx) {
  lua_State *L = e->L;
  if (e->rc) return e->rc;
  if (lua_rawequal(L, idx, e->null)) return enc_put(e, "R", 1);
  switch (lua_type(L, idx)) {
    case LUA_TSTRING: {
      size_t len;
      const char *s = lua_tolstring(L, idx, &len);
      return lit_string(e, s, len);
    }
    case LUA_TNUMBER: return lit_number(e, idx);
    case LUA_TBOOLEAN: return lua_toboolean(L, idx) ? enc_put(e, "true", 4) : enc_put(e, "false", 5);
    case LUA_TLIGHTUSERDATA:
      if (lua_touserdata(L, idx) == NULL) return enc_put(e, "N", 1);
      break;
    case LUA_TTABLE: return lit_table(e, idx);
    default: break;
  }
  return enc_fail(e, "events.stream: cannot write a ", lua_typename(L, lua_type(L, idx)));
}

/* core.lua_literal(value, null) -> the text (see above); raises on a value it cannot write. */
static int l_lua_literal(lua_State *L) {
  enc e;
  box *b;
  luaL_checkany(L, 1);
  lua_settop(L, 2);
  b = new_box(L);
  memset(&e, 0, sizeof e);
  e.L = L;
  e.b = &b->buf;
  e.rank = e.amt = 0;
  e.null = 2;
  lit_value(&e, 1);
  if (e.rc == PC_OK) lua_pushlstring(L, b->buf.data ? b->buf.data : "", b->buf.len);
  pc_buffer_free(&b->buf);
  if (e.rc == PC_EINVAL) return luaL_error(L, "%s", e.msg + strlen("records.encode: "));
  if (e.rc) return luaL_error(L, "events.stream: %s", pc_errmsg(e.rc));
  return 1;
}

static int l_detect_lang(lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  lua_pushstring(L, pc_lang_name(pc_detect_lang((const uint8_t *)s, len)));
  return 1;
}

/* true when the value is a model from load_model: options are checked where they are given */
static int l_is_model(lua_State *L) {
  lua_pushboolean(L, luaL_testudata(L, 1, MODEL_MT) != NULL);
  return 1;
}


/* ---- the events layer's cues (cues.c) ---- */

typedef struct cues_ud {
  pc_cues *cues;
} cues_ud;

static int l_cues_gc(lua_State *L) {
  cues_ud *ud = (cues_ud *)luaL_checkudata(L, 1, CUES_MT);
  pc_cues_free(ud->cues);
  ud->cues = NULL;
  return 0;
}

static int l_scan_gc(lua_State *L) {
  pc_cue_scan_free((pc_cue_scan *)luaL_checkudata(L, 1, SCAN_MT));
  return 0;
}

/* core.cues({{spec, mode}...}) -> a set of phrase lists (cues.h: spec is one phrase a line,
** mode "longest" or "all"), or nil, message. */
static int l_cues(lua_State *L) {
  cues_ud *ud;
  int k, n, rc = PC_OK;
  luaL_checktype(L, 1, LUA_TTABLE);
  n = (int)pc_rawlen(L, 1);
  ud = (cues_ud *)lua_newuserdata(L, sizeof *ud);
  ud->cues = NULL;
  luaL_getmetatable(L, CUES_MT);
  lua_setmetatable(L, -2);
  if (pc_cues_new(&ud->cues) != PC_OK) return luaL_error(L, "not enough memory");
  for (k = 1; k <= n && rc == PC_OK; k++) {
    size_t len;
    const char *spec, *mode;
    uint32_t id;
    lua_rawgeti(L, 1, k);
    if (!lua_istable(L, -1)) luaL_argerror(L, 1, "a list of {spec, mode} expected");
    lua_rawgeti(L, -1, 1);
    lua_rawgeti(L, -2, 2);
    if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
      luaL_argerror(L, 1, "each list is {spec (string), mode (\"longest\" or \"all\")}");
    spec = lua_tolstring(L, -2, &len);
    mode = lua_tostring(L, -1);
    if (strcmp(mode, "longest") != 0 && strcmp(mode, "all") != 0) luaL_argerror(L, 1, "mode must be \"longest\" or \"all\"");
    rc = pc_cues_add(ud->cues, spec, len, strcmp(mode, "all") == 0 ? PC_CUES_ALL : PC_CUES_LONGEST, &id);
    lua_pop(L, 3);
  }
  if (rc != PC_OK) {
    lua_pushnil(L);
    lua_pushfstring(L, "cue list %d: %s", k - 1, pc_errmsg(rc));
    return 2;
  }
  return 1;
}

/* The words and hits of one scanned sentence: {toks = {word...; S = {start...}, E = {stop...},
** C = {index of a word of an ASCII capital...}}, hits = {list, entry, i, j, ...}}
** (events/lexicon.lua's M.words, and C; 1-based: byte positions as string.sub, word indexes,
** list numbers). No table per word. */
static void push_scan(lua_State *L, const pc_cue_scan *sc) {
  size_t k;
  lua_createtable(L, 0, 2);
  lua_createtable(L, (int)sc->nwords, 6);
  for (k = 0; k < sc->nwords; k++) {
    const pc_cue_word *w = &sc->words[k];
    lua_pushlstring(L, (const char *)sc->low + (w->start - sc->start), w->end - w->start);
    lua_rawseti(L, -2, (int)k + 1);
  }
  lua_createtable(L, (int)sc->nwords, 0);
  for (k = 0; k < sc->nwords; k++) {
    lua_pushinteger(L, (lua_Integer)sc->words[k].start + 1);
    lua_rawseti(L, -2, (int)k + 1);
  }
  lua_setfield(L, -2, "S");
  lua_createtable(L, (int)sc->nwords, 0);
  for (k = 0; k < sc->nwords; k++) {
    lua_pushinteger(L, (lua_Integer)sc->words[k].end);
    lua_rawseti(L, -2, (int)k + 1);
  }
  lua_setfield(L, -2, "E");
  lua_createtable(L, (int)sc->ncaps, 0);
  for (k = 0; k < sc->ncaps; k++) {
    lua_pushinteger(L, (lua_Integer)sc->caps[k] + 1);
    lua_rawseti(L, -2, (int)k + 1);
  }
  lua_setfield(L, -2, "C");
  lua_setfield(L, -2, "toks");
  lua_createtable(L, (int)(sc->nhits * 4), 0);
  for (k = 0; k < sc->nhits; k++) {
    const pc_cue_hit *h = &sc->hits[k];
    lua_pushinteger(L, (lua_Integer)h->list + 1);
    lua_rawseti(L, -2, (int)(4 * k + 1));
    lua_pushinteger(L, (lua_Integer)h->entry);
    lua_rawseti(L, -2, (int)(4 * k + 2));
    lua_pushinteger(L, (lua_Integer)h->i + 1);
    lua_rawseti(L, -2, (int)(4 * k + 3));
    lua_pushinteger(L, (lua_Integer)h->j + 1);
    lua_rawseti(L, -2, (int)(4 * k + 4));
  }
  lua_setfield(L, -2, "hits");
}

/* doc:cues(set, lists) -> one value per sentence of doc:sentences(true), in its order:
** false when no list numbered in lists (1-based) matches there, else its words and hits
** (push_scan). */
static int l_doc_cues(lua_State *L) {
  const pc_document *d = check_doc(L, 1)->doc;
  cues_ud *cu = (cues_ud *)luaL_checkudata(L, 2, CUES_MT);
  uint32_t lists[PC_CUES_MAX_LISTS];
  size_t nlists, k;
  pc_cue_scan *sc;
  luaL_checktype(L, 3, LUA_TTABLE);
  nlists = pc_rawlen(L, 3);
  luaL_argcheck(L, cu->cues != NULL, 2, "cue set is closed");
  luaL_argcheck(L, nlists <= PC_CUES_MAX_LISTS, 3, "too many lists");
  for (k = 0; k < nlists; k++) {
    lua_Integer x;
    lua_rawgeti(L, 3, (int)k + 1);
    x = lua_tointeger(L, -1);
    luaL_argcheck(L, x >= 1 && (size_t)x <= pc_cues_count(cu->cues), 3, "list number out of range");
    lists[k] = (uint32_t)(x - 1);
    lua_pop(L, 1);
  }
  sc = (pc_cue_scan *)lua_newuserdata(L, sizeof *sc);
  memset(sc, 0, sizeof *sc);
  luaL_getmetatable(L, SCAN_MT);
  lua_setmetatable(L, -2);
  lua_createtable(L, (int)d->nsentences, 0);
  for (k = 0; k < d->nsentences; k++) {
    pc_span sp = d->sentences[k].span;
    int rc = pc_cues_scan(cu->cues, d->text, sp.start, sp.end, lists, nlists, sc);
    if (rc != PC_OK) {
      pc_cue_scan_free(sc);
      lua_pushnil(L);
      lua_pushstring(L, pc_errmsg(rc));
      return 2;
    }
    if (sc->nwords > (size_t)INT_MAX / 2 || sc->nhits > (size_t)INT_MAX / 8) {
      /* (Lua's table sizes and indexes are ints) */
      pc_cue_scan_free(sc);
      lua_pushnil(L);
      lua_pushstring(L, "a sentence too long for the cues");
      return 2;
    }
    if (sc->nhits) push_scan(L, sc);
    else lua_pushboolean(L, 0);
    lua_rawseti(L, -2, (int)k + 1);
  }
  pc_cue_scan_free(sc);
  return 1;
}

static const luaL_Reg doc_methods[] = {
  {"meta", l_doc_meta},
  {"segments", l_doc_segments},
  {"paragraphs", l_doc_paragraphs},
  {"sentences", l_doc_sentences},
  {"tokens", l_doc_tokens},
  {"entities", l_doc_entities},
  {"annotations", l_doc_annotations},
  {"record_json", l_doc_record_json},
  {"document_json", l_doc_document_json},
  {"text", l_doc_text},
  {"cues", l_doc_cues},
  {"close", l_doc_gc},
  {NULL, NULL}
};

static const luaL_Reg core_functions[] = {
  {"parse", l_parse},
  {"detect_lang", l_detect_lang},
  {"load_model", l_load_model},
  {"is_model", l_is_model},
  {"json_encode", l_json_encode},
  {"lua_literal", l_lua_literal},
  {"cues", l_cues},
  {NULL, NULL}
};

/* Pushes {name(0), name(1), ..., name(n-1)} (from = 1: name(1) on, for the kinds of names,
** whose 0 is "none"). */
static void push_names(lua_State *L, const char *(*name)(int), int from, int n) {
  int k;
  lua_createtable(L, n - from, 0);
  for (k = from; k < n; k++) {
    lua_pushstring(L, name(k));
    lua_rawseti(L, -2, k - from + 1);
  }
}

/* core.schema: the names the C core defines, for lua/protestcorpus/schema.lua to be checked
** against (spec/schema_spec.lua). */
static void push_schema(lua_State *L) {
  lua_createtable(L, 0, 7);
  push_names(L, pc_entity_type_name, 0, PC_ENT_TYPE_COUNT);
  lua_setfield(L, -2, "entity_types");
  push_names(L, pc_quote_kind_name, 0, PC_QUOTE_KIND_COUNT);
  lua_setfield(L, -2, "quote_kinds");
  push_names(L, pc_kind_name, 1, PC_KIND_COUNT);
  lua_setfield(L, -2, "name_kinds");
  push_names(L, pc_segment_kind_name, 0, PC_SEG_KIND_COUNT);
  lua_setfield(L, -2, "segment_kinds");
  push_names(L, pc_entity_field_name, 0, PC_ENTITY_FIELD_COUNT);
  lua_setfield(L, -2, "entity_fields");
  push_names(L, pc_quote_field_name, 0, PC_QUOTE_FIELD_COUNT);
  lua_setfield(L, -2, "quote_fields");
  push_names(L, pc_record_field_name, 0, PC_RECORD_FIELD_COUNT);
  lua_setfield(L, -2, "record_fields");
}

int luaopen_protestcorpus_core(lua_State *L);

int luaopen_protestcorpus_core(lua_State *L) {
  if (luaL_newmetatable(L, BOX_MT)) {
    lua_pushcfunction(L, l_box_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  if (luaL_newmetatable(L, MODEL_MT)) {
    lua_pushcfunction(L, l_model_gc);
    lua_setfield(L, -2, "__gc");
    lua_createtable(L, 0, 2);
    lua_pushcfunction(L, l_model_count);
    lua_setfield(L, -2, "count");
    lua_pushcfunction(L, l_model_from_image);
    lua_setfield(L, -2, "from_image");
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  if (luaL_newmetatable(L, CUES_MT)) {
    lua_pushcfunction(L, l_cues_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  if (luaL_newmetatable(L, SCAN_MT)) {
    lua_pushcfunction(L, l_scan_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  if (luaL_newmetatable(L, DOC_MT)) {
    luaL_newlib(L, doc_methods);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, l_doc_gc);
    lua_setfield(L, -2, "__gc");
#if LUA_VERSION_NUM >= 504
    lua_pushcfunction(L, l_doc_gc);
    lua_setfield(L, -2, "__close");
#endif
  }
  lua_pop(L, 1);
  luaL_newlib(L, core_functions);
  lua_pushliteral(L, PC_VERSION);
  lua_setfield(L, -2, "version");
  push_schema(L);
  lua_setfield(L, -2, "schema");
  return 1;
}
