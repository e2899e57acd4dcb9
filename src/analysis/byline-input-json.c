/* byline-input-json.c: JSON read within bounds, and stored analyses checked
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The half of byline-input.c that needs json-glib: parsing after
 * byline_json_check_shape (), the checks of a stored analysis against the
 * contract, and the members of JSON that may hold anything. Kept apart so
 * that the analysis of a text (byline-cli) links GLib alone.
 */

#define G_LOG_DOMAIN "byline-input"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "byline-input.h"
#include "byline-vocabulary.h"

/**
 * byline_json_parse:
 *
 * byline_json_check_shape (), then json-glib. The error (BYLINE_INPUT_ERROR)
 * says what and where; the caller adds the file's name.
 *
 * Returns: (transfer full): the root, or NULL with @error set
 */
JsonNode *
byline_json_parse (const char  *data,
                   gssize       len,
                   GError     **error)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) local = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  if (len < 0)
    len = strlen (data);
  if (!byline_json_check_shape (data, (gsize) len, error))
    return NULL;
  if (memchr (data, '\0', (gsize) len) != NULL)
    {
      g_set_error (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_PARSE,
                   _("a NUL byte at byte %lu: binary data, not JSON"),
                   (unsigned long) ((const char *) memchr (data, '\0', (gsize) len) - data));
      return NULL;
    }
  /* mutable, as json_from_string () gives: a cached analysis is corrected in place */
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, len, &local))
    {
      g_set_error_literal (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_PARSE, local->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_PARSE, _("empty, no JSON value"));
      return NULL;
    }
  return json_node_copy (root);
}

/* Stored analyses */

static const char *const string_keys[] = {
  "schema", "id", "type", "name", "kind", "speaker", "speaker_name", "attribution", "source",
  "source_name", "status", "role", "affiliation", "date", "time_text", "entity", "title",
  "standfirst", "credit", "dateline", "url", "author", "published", "from", "to", "reason",
  "byline", "dateline_text", "wire_place", "wire_agency", "canonical", "country", "ownership",
  "connotation",
};
static const char *const object_array_keys[] = {
  "entities", "quotes", "claims", "meetings", "mentions", "participants", "evidence",
  "paragraphs", "sentences", "voices",
};
static const char *const object_keys[] = {
  "document", "cue", "via", "place", "outlet", "signals",
};
/* the elements of these carry a span */
static const char *const span_array_keys[] = {
  "quotes", "claims", "mentions", "evidence", "paragraphs", "sentences",
};

static gboolean
key_in (const char         *key,
        const char *const  *keys,
        gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (key, keys[i]))
      return TRUE;
  return FALSE;
}

typedef struct
{
  gsize        n_chars;
  GError     **error;
  const char  *where;
  guint        index;
} Checking;

static gboolean check_object (JsonObject *o, Checking *c, guint depth, gboolean needs_span);

/* The contract's words: an entity's type, a quote's kind, a claim's
 * attribution and kind, a meeting's status (byline-vocabulary.h) */
static gboolean
contract_word_ok (const char *where,
                  const char *key,
                  const char *word)
{
  union { BylineEntityType t; BylineQuoteKind q; BylineAttribution a; BylineClaimKind k; BylineMeetingStatus m; } out;

  if (word == NULL)
    return TRUE;
  if (g_str_equal (where, "entities") && g_str_equal (key, "type"))
    return byline_entity_type_from_string (word, &out.t);
  if (g_str_equal (where, "quotes") && g_str_equal (key, "kind"))
    return byline_quote_kind_from_string (word, &out.q);
  if (g_str_equal (where, "claims") && g_str_equal (key, "attribution"))
    return byline_attribution_from_string (word, &out.a);
  if (g_str_equal (where, "claims") && g_str_equal (key, "kind"))
    return byline_claim_kind_from_string (word, &out.k);
  if (g_str_equal (where, "meetings") && g_str_equal (key, "status"))
    return byline_meeting_status_from_string (word, &out.m);
  return TRUE;
}

static gboolean
fail_at (Checking   *c,
         const char *key,
         const char *what)
{
  g_set_error (c->error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_PARSE,
               /* Translators: "“end” in quotes[3]: past the end of the text" */
               _("“%s” in %s[%u]: %s"), key, c->where, c->index, what);
  return FALSE;
}

static gboolean
is_int (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
check_member (JsonObject *o,
              const char *key,
              JsonNode   *node,
              Checking   *c,
              guint       depth)
{
  if (depth > BYLINE_JSON_MAX_DEPTH)
    return fail_at (c, key, _("nested too deep"));
  if (g_str_equal (key, "start") || g_str_equal (key, "end"))
    {
      gint64 v;

      if (!is_int (node))
        return fail_at (c, key, _("not a whole number"));
      v = json_node_get_int (node);
      if (v < 0 || (guint64) v > c->n_chars)
        return fail_at (c, key, _("outside the text"));
      return TRUE;
    }
  if (key_in (key, string_keys, G_N_ELEMENTS (string_keys)))
    {
      if (!JSON_NODE_HOLDS_NULL (node)
          && !(JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING))
        return fail_at (c, key, _("not text"));
      if (!contract_word_ok (c->where, key, JSON_NODE_HOLDS_NULL (node) ? NULL : json_node_get_string (node)))
        return fail_at (c, key, _("not a word of the analysis"));
      return TRUE;
    }
  if (key_in (key, object_keys, G_N_ELEMENTS (object_keys)))
    {
      if (JSON_NODE_HOLDS_NULL (node))
        return TRUE;
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail_at (c, key, _("not an object"));
      /* the signals are counts no reader takes a span from */
      if (g_str_equal (key, "signals"))
        return TRUE;
      return check_object (json_node_get_object (node), c, depth + 1, FALSE);
    }
  if (key_in (key, object_array_keys, G_N_ELEMENTS (object_array_keys)))
    {
      JsonArray *array;
      gboolean spans = key_in (key, span_array_keys, G_N_ELEMENTS (span_array_keys));

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return fail_at (c, key, _("not a list"));
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          const char *where = c->where;
          guint index = c->index;
          gboolean ok;

          c->where = key, c->index = i;
          if (!JSON_NODE_HOLDS_OBJECT (element))
            return fail_at (c, key, _("not an object"));
          ok = check_object (json_node_get_object (element), c, depth + 1, spans);
          c->where = where, c->index = index;
          if (!ok)
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_object (JsonObject *o,
              Checking   *c,
              guint       depth,
              gboolean    needs_span)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;
  JsonNode *start = json_object_get_member (o, "start");
  JsonNode *end = json_object_get_member (o, "end");

  json_object_iter_init (&iter, o);
  while (json_object_iter_next (&iter, &key, &node))
    if (!check_member (o, key, node, c, depth))
      return FALSE;
  if ((needs_span || start != NULL || end != NULL) && (start == NULL || end == NULL))
    return fail_at (c, start == NULL ? "start" : "end", _("missing"));
  if (start != NULL && json_node_get_int (start) > json_node_get_int (end))
    return fail_at (c, "end", _("before the start"));
  return TRUE;
}

/**
 * byline_json_check_analysis:
 * @root: an analysis read back from somewhere (the library's cache)
 * @n_chars: the length of its article's text, in characters
 *
 * Checks what readers of an analysis rely on: every list of entities,
 * quotes, claims, meetings, mentions and spans holds objects, every span is
 * two whole numbers inside the text with the start first, and names and
 * kinds are text. The error says which item is wrong.
 */
gboolean
byline_json_check_analysis (JsonNode  *root,
                            gsize      n_chars,
                            GError   **error)
{
  Checking c = { n_chars, error, "analysis", 0 };

  g_return_val_if_fail (root != NULL, FALSE);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, BYLINE_INPUT_ERROR, BYLINE_INPUT_ERROR_PARSE,
                           _("an analysis must be a JSON object"));
      return FALSE;
    }
  return check_object (json_node_get_object (root), &c, 0, FALSE);
}

/**
 * byline_json_check_analysis_item:
 * @item: one element of an analysis's @list
 * @list: "entities", "quotes", "meetings" or "claims"
 * @index: its index, for the error
 * @n_chars: the length of the article's text, in characters
 *
 * The check of byline_json_check_analysis () for one item, for a reader
 * that skips a damaged item and keeps the rest.
 */
gboolean
byline_json_check_analysis_item (JsonNode    *item,
                                 const char  *list,
                                 guint        index,
                                 gsize        n_chars,
                                 GError     **error)
{
  Checking c = { n_chars, error, list, index };

  g_return_val_if_fail (item != NULL && list != NULL, FALSE);

  if (!JSON_NODE_HOLDS_OBJECT (item))
    return fail_at (&c, list, _("not an object"));
  return check_object (json_node_get_object (item), &c, 1,
                       key_in (list, span_array_keys, G_N_ELEMENTS (span_array_keys)));
}

/* Members of JSON from a file */

JsonNode *
byline_json_get_member (JsonObject *o,
                        const char *member)
{
  return o != NULL ? json_object_get_member (o, member) : NULL;
}

const char *
byline_json_get_string (JsonObject *o,
                        const char *member)
{
  JsonNode *node = byline_json_get_member (o, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
}

JsonObject *
byline_json_get_object (JsonObject *o,
                        const char *member)
{
  JsonNode *node = byline_json_get_member (o, member);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonArray *
byline_json_get_array (JsonObject *o,
                       const char *member)
{
  JsonNode *node = byline_json_get_member (o, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

gboolean
byline_json_get_int (JsonObject *o,
                     const char *member,
                     gint64     *value)
{
  JsonNode *node = byline_json_get_member (o, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    *value = json_node_get_int (node);
  else if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    *value = (gint64) json_node_get_double (node);
  else
    return FALSE;
  return TRUE;
}

/* A member's whole number, 0 when it is missing or not a number */
gint64
byline_json_get_number (JsonObject *o,
                        const char *member)
{
  JsonNode *n = byline_json_get_member (o, member);

  return n != NULL && JSON_NODE_HOLDS_VALUE (n) ? json_node_get_int (n) : 0;
}

/* The object at @i of @a, or NULL when it is not one */
JsonObject *
byline_json_array_get_object (JsonArray *a,
                              guint      i)
{
  JsonNode *n = a != NULL && i < json_array_get_length (a) ? json_array_get_element (a, i) : NULL;

  return n != NULL && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}
