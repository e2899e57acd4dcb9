/* byline-classroom.c: the classroom error domain, categories, sources, signals, marks
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-classroom"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>
#include <string.h>

#include "byline-input.h"

#include "byline-classroom.h"
#include "byline-classroom-private.h"

static const char *const category_names[BYLINE_N_CATEGORIES] = {
  "quote", "claim", "meeting", "signal",
};

static const char *const source_names[BYLINE_N_SOURCES] = {
  "named_person", "organisation", "state_media", "other_media", "anonymous", "unattributed",
};

static const char *const signal_names[BYLINE_N_SIGNALS] = {
  "hedge", "loaded",
};

G_DEFINE_QUARK (byline-classroom-error-quark, byline_classroom_error)

static gboolean
find_name (const char *const *names,
           guint              n_names,
           const char        *name,
           guint             *index)
{
  for (guint i = 0; name != NULL && i < n_names; i++)
    if (g_str_equal (names[i], name))
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * byline_mark_new:
 *
 * A mark with no speaker, source "unattributed" and signal "hedge"; the caller
 * sets the field its category uses.
 */
BylineMark *
byline_mark_new (BylineCategory category,
                 guint32        start,
                 guint32        end)
{
  BylineMark *mark;

  g_return_val_if_fail (category < BYLINE_N_CATEGORIES, NULL);
  g_return_val_if_fail (start <= end, NULL);

  mark = g_new0 (BylineMark, 1);
  mark->category = category;
  mark->start = start;
  mark->end = end;
  mark->source = BYLINE_SOURCE_UNATTRIBUTED;
  mark->signal = BYLINE_SIGNAL_HEDGE;
  return mark;
}

BylineMark *
byline_mark_copy (const BylineMark *mark)
{
  BylineMark *copy;

  g_return_val_if_fail (mark != NULL, NULL);

  copy = g_memdup2 (mark, sizeof *mark);
  copy->speaker = g_strdup (mark->speaker);
  return copy;
}

void
byline_mark_free (BylineMark *mark)
{
  if (mark == NULL)
    return;
  g_free (mark->speaker);
  g_free (mark);
}

const char *
byline_category_to_string (BylineCategory category)
{
  g_return_val_if_fail (category < BYLINE_N_CATEGORIES, NULL);
  return category_names[category];
}

gboolean
byline_category_from_string (const char     *name,
                             BylineCategory *category)
{
  guint i;

  if (!find_name (category_names, BYLINE_N_CATEGORIES, name, &i))
    return FALSE;
  *category = i;
  return TRUE;
}

/* For people: "Quotes", "Claims"... */
const char *
byline_category_to_label (BylineCategory category)
{
  g_return_val_if_fail (category < BYLINE_N_CATEGORIES, NULL);
  switch (category)
    {
    case BYLINE_CATEGORY_QUOTE:
      return _("Quotes");
    case BYLINE_CATEGORY_CLAIM:
      return _("Claims");
    case BYLINE_CATEGORY_MEETING:
      return _("Meetings");
    case BYLINE_CATEGORY_SIGNAL:
      /* Translators: hedging and loaded words */
      return _("Signal words");
    case BYLINE_N_CATEGORIES:
    default:
      g_assert_not_reached ();
    }
}

const char *
byline_source_to_string (BylineSource source)
{
  g_return_val_if_fail (source < BYLINE_N_SOURCES, NULL);
  return source_names[source];
}

/* Also takes the analysis's spelling of the two that differ ("named_org", "media") */
gboolean
byline_source_from_string (const char   *name,
                           BylineSource *source)
{
  guint i;

  if (name != NULL && g_str_equal (name, "named_org"))
    i = BYLINE_SOURCE_ORGANISATION;
  else if (name != NULL && g_str_equal (name, "media"))
    i = BYLINE_SOURCE_OTHER_MEDIA;
  else if (!find_name (source_names, BYLINE_N_SOURCES, name, &i))
    return FALSE;
  *source = i;
  return TRUE;
}

const char *
byline_source_to_label (BylineSource source)
{
  g_return_val_if_fail (source < BYLINE_N_SOURCES, NULL);
  switch (source)
    {
    case BYLINE_SOURCE_NAMED_PERSON:
      return _("named person");
    case BYLINE_SOURCE_ORGANISATION:
      return _("organisation");
    case BYLINE_SOURCE_STATE_MEDIA:
      return _("state media");
    case BYLINE_SOURCE_OTHER_MEDIA:
      return _("other media");
    case BYLINE_SOURCE_ANONYMOUS:
      return _("anonymous");
    case BYLINE_SOURCE_UNATTRIBUTED:
      return _("unattributed");
    case BYLINE_N_SOURCES:
    default:
      g_assert_not_reached ();
    }
}

/**
 * byline_source_from_attribution:
 * @attribution: a claim's `attribution` in the analysis JSON
 *
 * Returns: the source kind it maps onto; an unknown value is unattributed.
 */
BylineSource
byline_source_from_attribution (const char *attribution)
{
  BylineSource source;

  return byline_source_from_string (attribution, &source) ? source : BYLINE_SOURCE_UNATTRIBUTED;
}

const char *
byline_signal_to_string (BylineSignal signal)
{
  g_return_val_if_fail (signal < BYLINE_N_SIGNALS, NULL);
  return signal_names[signal];
}

gboolean
byline_signal_from_string (const char   *name,
                           BylineSignal *signal)
{
  guint i;

  if (!find_name (signal_names, BYLINE_N_SIGNALS, name, &i))
    return FALSE;
  *signal = i;
  return TRUE;
}

const char *
byline_signal_to_label (BylineSignal signal)
{
  g_return_val_if_fail (signal < BYLINE_N_SIGNALS, NULL);
  return signal == BYLINE_SIGNAL_HEDGE ? _("hedging word") : _("loaded word");
}

/**
 * byline_categories_from_string:
 * @list: "quote,claim,meeting,signal" or a part of it
 * @categories: (out): the BYLINE_CATEGORY_FLAG () bits
 *
 * Returns: FALSE with an error naming the unknown category, or when the list is empty
 */
gboolean
byline_categories_from_string (const char  *list,
                               guint       *categories,
                               GError     **error)
{
  g_auto (GStrv) parts = NULL;
  guint flags = 0;

  g_return_val_if_fail (list != NULL, FALSE);

  parts = g_strsplit (list, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      BylineCategory c;

      g_strstrip (parts[i]);
      if (*parts[i] == '\0')
        continue;
      if (!byline_category_from_string (parts[i], &c))
        {
          g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                       /* Translators: the names after the colon are not translated */
                       _("unknown category “%s” (quote, claim, meeting, signal)"), parts[i]);
          return FALSE;
        }
      flags |= BYLINE_CATEGORY_FLAG (c);
    }
  if (flags == 0)
    {
      g_set_error_literal (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                           _("no category given (quote, claim, meeting, signal)"));
      return FALSE;
    }
  *categories = flags;
  return TRUE;
}

/* JSON that lessons and responses share */

/* JSON-GLib's "<data>:1:43: Parse error: unexpected character" as a person
 * reads it: "line 1, column 43: unexpected character" */
static char *
parse_error_place (const char *message)
{
  guint line = 0, column = 0;
  int used = 0;
  const char *rest;

  if (message == NULL || sscanf (message, "<data>:%u:%u: %n", &line, &column, &used) < 2 || used == 0)
    return g_strdup (message != NULL ? message : "");
  rest = message + used;
  if (g_str_has_prefix (rest, "Parse error: "))
    rest += strlen ("Parse error: ");
  return g_strdup_printf (_("line %u, column %u: %s"), line, column, rest);
}

/**
 * _byline_classroom_parse:
 * @name: the file, for messages
 * @family: "lesson" or "response"
 *
 * Parses a lesson or response file and checks its schema. Returns the parser
 * (which owns *@root), or NULL with an error naming the file.
 */
JsonParser *
_byline_classroom_parse (const char  *data,
                         gssize       len,
                         const char  *name,
                         const char  *family,
                         JsonObject **root,
                         GError     **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) local = NULL;
  g_autofree char *expected = g_strdup_printf ("byline.%s/1", family);
  g_autofree char *prefix = g_strdup_printf ("byline.%s/", family);
  gboolean lesson = g_str_equal (family, "lesson");
  JsonNode *node;
  JsonNode *schema_node;
  const char *schema = NULL;

  if (!byline_json_check_shape (data, len < 0 ? strlen (data) : (gsize) len, &local)
      || !json_parser_load_from_data (parser, data, len, &local))
    {
      g_autofree char *where = parse_error_place (local->message);

      g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_PARSE,
                   lesson ? _("%s: not a lesson file: the JSON is damaged (%s)")
                          : _("%s: not a response file: the JSON is damaged (%s)"),
                   name, where);
      return NULL;
    }
  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_SCHEMA,
                   lesson ? _("%s: not a Byline lesson file") : _("%s: not a Byline response file"),
                   name);
      return NULL;
    }
  *root = json_node_get_object (node);
  schema_node = json_object_get_member (*root, "schema");
  if (schema_node != NULL && JSON_NODE_HOLDS_VALUE (schema_node)
      && json_node_get_value_type (schema_node) == G_TYPE_STRING)
    schema = json_node_get_string (schema_node);

  if (schema != NULL && g_str_equal (schema, expected))
    return g_steal_pointer (&parser);

  if (schema != NULL && g_str_has_prefix (schema, prefix))
    g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_SCHEMA,
                 /* Translators: "lesson.json: made by a newer Byline (byline.lesson/2); this one reads byline.lesson/1" */
                 _("%s: made by a newer Byline (%s); this one reads %s"), name, schema, expected);
  else if (schema != NULL && lesson && g_str_has_prefix (schema, "byline.response/"))
    g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_SCHEMA,
                 _("%s: a student's response file, not a lesson"), name);
  else if (schema != NULL && !lesson && g_str_has_prefix (schema, "byline.lesson/"))
    g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_SCHEMA,
                 _("%s: a lesson file, not a student's response"), name);
  else
    g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_SCHEMA,
                 lesson ? _("%s: not a Byline lesson file (no “schema”: “%s”)")
                        : _("%s: not a Byline response file (no “schema”: “%s”)"),
                 name, expected);
  *root = NULL;
  return NULL;
}

gboolean
_byline_classroom_save (JsonNode    *root,
                        const char  *path,
                        GError     **error)
{
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (GError) local = NULL;
  g_autofree char *data = NULL;
  gsize len;

  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  data = json_generator_to_data (gen, &len);
  if (!g_file_set_contents (path, data, len, &local))
    {
      /* the message names the file already */
      g_set_error_literal (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_IO, local->message);
      return FALSE;
    }
  return TRUE;
}

static void
set_field_error (GError    **error,
                 const char *name,
                 const char *where,
                 const char *member,
                 const char *what)
{
  if (where != NULL)
    g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                 /* Translators: "response.json: mark 3: “start” must be a whole number" */
                 _("%s: %s: “%s” %s"), name, where, member, what);
  else
    g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                 _("%s: “%s” %s"), name, member, what);
}

/* A string member; a missing or null one is NULL unless @required */
gboolean
_byline_json_string (JsonObject  *o,
                     const char  *member,
                     gboolean     required,
                     const char **value,
                     const char  *name,
                     const char  *where,
                     GError     **error)
{
  JsonNode *node = json_object_get_member (o, member);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        set_field_error (error, name, where, member, _("is missing"));
      return !required;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      set_field_error (error, name, where, member, _("must be a string"));
      return FALSE;
    }
  *value = json_node_get_string (node);
  if (required && **value == '\0')
    {
      set_field_error (error, name, where, member, _("is empty"));
      return FALSE;
    }
  return TRUE;
}

gboolean
_byline_json_uint (JsonObject  *o,
                   const char  *member,
                   guint32     *value,
                   const char  *name,
                   const char  *where,
                   GError     **error)
{
  JsonNode *node = json_object_get_member (o, member);
  gint64 v;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      set_field_error (error, name, where, member,
                       node == NULL ? _("is missing") : _("must be a whole number"));
      return FALSE;
    }
  v = json_node_get_int (node);
  if (v < 0 || v > G_MAXUINT32)
    {
      set_field_error (error, name, where, member, _("is out of range"));
      return FALSE;
    }
  *value = (guint32) v;
  return TRUE;
}

/* A boolean member; a missing one leaves *@value as it is */
gboolean
_byline_json_bool (JsonObject  *o,
                   const char  *member,
                   gboolean    *value,
                   const char  *name,
                   const char  *where,
                   GError     **error)
{
  JsonNode *node = json_object_get_member (o, member);

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      set_field_error (error, name, where, member, _("must be true or false"));
      return FALSE;
    }
  *value = json_node_get_boolean (node);
  return TRUE;
}

/* An array member; a missing one is an error (NULL) */
JsonArray *
_byline_json_array (JsonObject  *o,
                    const char  *member,
                    const char  *name,
                    const char  *where,
                    GError     **error)
{
  JsonNode *node = json_object_get_member (o, member);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      set_field_error (error, name, where, member,
                       node == NULL ? _("is missing") : _("must be a list"));
      return NULL;
    }
  return json_node_get_array (node);
}

/**
 * _byline_mark_from_json:
 * @n_chars: the article's length: a mark must lie inside it
 *
 * Fills @mark (whose speaker must be NULL) from {"category", "start", "end",
 * "speaker", "attribution", "kind"}.
 */
gboolean
_byline_mark_from_json (JsonNode    *node,
                        BylineMark  *mark,
                        gsize        n_chars,
                        const char  *name,
                        const char  *where,
                        GError     **error)
{
  JsonObject *o;
  const char *category;
  const char *value;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                   _("%s: %s is not an object"), name, where);
      return FALSE;
    }
  o = json_node_get_object (node);
  if (!_byline_json_string (o, "category", TRUE, &category, name, where, error))
    return FALSE;
  if (!byline_category_from_string (category, &mark->category))
    {
      g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                   _("%s: %s: unknown category “%s” (quote, claim, meeting, signal)"),
                   name, where, category);
      return FALSE;
    }
  if (!_byline_json_uint (o, "start", &mark->start, name, where, error)
      || !_byline_json_uint (o, "end", &mark->end, name, where, error))
    return FALSE;
  if (mark->start >= mark->end)
    {
      /* (a response read alone does not know the article's length yet) */
      g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                   _("%s: %s: the passage %u–%u is empty or backwards: no words are marked"),
                   name, where, mark->start, mark->end);
      return FALSE;
    }
  if (mark->end > n_chars)
    {
      g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                   _("%s: %s: the passage %u–%u is not inside the article (%lu characters)"),
                   name, where, mark->start, mark->end, (unsigned long) n_chars);
      return FALSE;
    }
  mark->source = BYLINE_SOURCE_UNATTRIBUTED;
  mark->signal = BYLINE_SIGNAL_HEDGE;
  switch (mark->category)
    {
    case BYLINE_CATEGORY_QUOTE:
      if (!_byline_json_string (o, "speaker", FALSE, &value, name, where, error))
        return FALSE;
      mark->speaker = value != NULL && *value != '\0' ? g_strdup (value) : NULL;
      break;
    case BYLINE_CATEGORY_CLAIM:
      if (!_byline_json_string (o, "attribution", TRUE, &value, name, where, error))
        return FALSE;
      if (!byline_source_from_string (value, &mark->source))
        {
          g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                       _("%s: %s: unknown attribution “%s” (named_person, organisation, "
                         "state_media, other_media, anonymous, unattributed)"),
                       name, where, value);
          return FALSE;
        }
      break;
    case BYLINE_CATEGORY_SIGNAL:
      if (!_byline_json_string (o, "kind", TRUE, &value, name, where, error))
        return FALSE;
      if (!byline_signal_from_string (value, &mark->signal))
        {
          g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                       _("%s: %s: unknown signal kind “%s” (hedge, loaded)"), name, where, value);
          return FALSE;
        }
      break;
    case BYLINE_CATEGORY_MEETING:
    case BYLINE_N_CATEGORIES:
    default:
      break;
    }
  return TRUE;
}

void
_byline_json_add_nullable (JsonBuilder *builder,
                           const char  *member,
                           const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* Adds the mark's members to the object being built */
void
_byline_mark_to_json (JsonBuilder      *builder,
                      const BylineMark *mark)
{
  json_builder_set_member_name (builder, "category");
  json_builder_add_string_value (builder, byline_category_to_string (mark->category));
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, mark->start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, mark->end);
  switch (mark->category)
    {
    case BYLINE_CATEGORY_QUOTE:
      _byline_json_add_nullable (builder, "speaker", mark->speaker);
      break;
    case BYLINE_CATEGORY_CLAIM:
      json_builder_set_member_name (builder, "attribution");
      json_builder_add_string_value (builder, byline_source_to_string (mark->source));
      break;
    case BYLINE_CATEGORY_SIGNAL:
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, byline_signal_to_string (mark->signal));
      break;
    case BYLINE_CATEGORY_MEETING:
    case BYLINE_N_CATEGORIES:
    default:
      break;
    }
}

char *
_byline_classroom_now (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}
