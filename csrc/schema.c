/*
** schema.c: the names of the schema, defined once: entity types, quote kinds, segment kinds
** (the kinds of names are in lexicon.c, whose files they are read from), and the fields of
** the entity and quote records with their order in JSON output. The binding exports them to
** Lua (core.schema); lua/protestcorpus/schema.lua mirrors them for the pure-Lua layers, and
** spec/schema_spec.lua checks that the two agree.
*/
#include <string.h>
#include "protestcorpus.h"

static const char *const type_names[PC_ENT_TYPE_COUNT] = {
  "PERSON", "ORG", "PLACE", "DATE", "QUANTITY", "MONEY", "PERCENT"
};

const char *pc_entity_type_name(int type) {
  if (type < 0 || type >= PC_ENT_TYPE_COUNT) return "UNKNOWN";
  return type_names[type];
}

int pc_entity_type_from_name(const char *name) {
  int k;
  if (!name) return -1;
  for (k = 0; k < PC_ENT_TYPE_COUNT; k++)
    if (strcmp(name, type_names[k]) == 0) return k;
  return -1;
}

static const char *const quote_kind_names[PC_QUOTE_KIND_COUNT] = {"speech", "slogan", "term"};

const char *pc_quote_kind_name(int kind) {
  if (kind < 0 || kind >= PC_QUOTE_KIND_COUNT) return "unknown";
  return quote_kind_names[kind];
}

static const char *const segment_kind_names[PC_SEG_KIND_COUNT] = {
  "header", "title", "byline", "boilerplate", "caption", "credit", "heading", "paragraph"
};

const char *pc_segment_kind_name(int kind) {
  if (kind < 0 || kind >= PC_SEG_KIND_COUNT) return "unknown";
  return segment_kind_names[kind];
}

static const char *const entity_fields[PC_ENTITY_FIELD_COUNT] = {
  "start", "end", "type", "text", "value", "low", "high", "approx", "relative", "unit", "currency",
  "canonical", "kind", "role", "segment"
};

const char *pc_entity_field_name(int field) {
  return field >= 0 && field < PC_ENTITY_FIELD_COUNT ? entity_fields[field] : NULL;
}

static const char *const quote_fields[PC_QUOTE_FIELD_COUNT] = {
  "start", "end", "text", "kind", "speaker", "cue", "cue_start", "cue_end"
};

const char *pc_quote_field_name(int field) {
  return field >= 0 && field < PC_QUOTE_FIELD_COUNT ? quote_fields[field] : NULL;
}

static const char *const record_fields[PC_RECORD_FIELD_COUNT] = {
  "id", "lang", "date", "title", "source", "meta", "entities", "quotes"
};

const char *pc_record_field_name(int field) {
  return field >= 0 && field < PC_RECORD_FIELD_COUNT ? record_fields[field] : NULL;
}

const char *pc_article_text(int article) {
  return article == 1 ? "Le " : article == 2 ? "Les " : "";
}
