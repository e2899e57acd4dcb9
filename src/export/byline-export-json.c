/* byline-export-json.c: the analysis and the notes as W3C Web Annotations
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-export"

#include "config.h"

#include "byline-export-private.h"

static const char *const motivations[] = { "highlighting", "commenting", "questioning" };

static char *
iso_time (gint64 seconds)
{
  g_autoptr (GDateTime) t = g_date_time_new_from_unix_utc (seconds);

  return t != NULL ? g_date_time_format (t, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

static void
add_string (JsonBuilder *b,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (b, member);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_textual_body (JsonBuilder *b,
                  const char  *purpose,
                  const char  *value)
{
  json_builder_begin_object (b);
  add_string (b, "type", "TextualBody");
  add_string (b, "purpose", purpose);
  add_string (b, "value", value);
  if (g_str_equal (purpose, "commenting"))
    add_string (b, "format", "text/plain");
  json_builder_end_object (b);
}

static void
add_annotation (JsonBuilder   *b,
                ExportContent *c,
                ExportNote    *n)
{
  const BylineNote *note = n->note;
  g_autofree char *id = g_strdup_printf ("urn:byline:note:%s:%" G_GINT64_FORMAT, c->sha256, note->id);
  g_autofree char *created = iso_time (note->created);
  g_autofree char *modified = iso_time (note->updated);

  json_builder_begin_object (b);
  add_string (b, "id", id);
  add_string (b, "type", "Annotation");
  add_string (b, "motivation", motivations[MIN (note->kind, BYLINE_NOTE_QUESTION)]);
  if (created != NULL)
    add_string (b, "created", created);
  if (modified != NULL)
    add_string (b, "modified", modified);

  /* a highlight with no text and no tags has no body: the model has no
   * empty one (W3C: a body, when there is one, is a resource) */
  if ((note->body != NULL && *note->body != '\0') || (note->tags != NULL && note->tags[0] != NULL))
    {
      json_builder_set_member_name (b, "body");
      json_builder_begin_array (b);
      if (note->body != NULL && *note->body != '\0')
        add_textual_body (b, "commenting", note->body);
      for (guint t = 0; note->tags != NULL && note->tags[t] != NULL; t++)
        add_textual_body (b, "tagging", note->tags[t]);
      json_builder_end_array (b);
    }

  json_builder_set_member_name (b, "target");
  json_builder_begin_object (b);
  add_string (b, "source", c->target);
  json_builder_set_member_name (b, "selector");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  add_string (b, "type", "TextQuoteSelector");
  add_string (b, "exact", note->exact != NULL ? note->exact : "");
  add_string (b, "prefix", note->prefix != NULL ? note->prefix : "");
  add_string (b, "suffix", note->suffix != NULL ? note->suffix : "");
  json_builder_end_object (b);
  /* an orphaned note's old position points at other words: its quote is all it has */
  if (!n->orphaned)
    {
      json_builder_begin_object (b);
      add_string (b, "type", "TextPositionSelector");
      json_builder_set_member_name (b, "start");
      json_builder_add_int_value (b, note->start);
      json_builder_set_member_name (b, "end");
      json_builder_add_int_value (b, note->end);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  if (n->orphaned)
    {
      /* ours: the passage was not found in the text */
      json_builder_set_member_name (b, "byline:orphaned");
      json_builder_add_boolean_value (b, TRUE);
    }
  json_builder_end_object (b);
}

void
_byline_export_json (ExportContent *c,
                     GString       *out)
{
  BylineExportInput *input = c->input;
  g_autoptr (JsonBuilder) b = json_builder_new_immutable ();
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;

  json_builder_begin_object (b);
  add_string (b, "schema", BYLINE_EXPORT_SCHEMA);

  json_builder_set_member_name (b, "article");
  json_builder_begin_object (b);
  add_string (b, "title", input->title);
  /* the line under the title: author, outlet (state media, and why), date */
  if (c->provenance != NULL)
    add_string (b, "provenance", c->provenance);
  add_string (b, "source", input->source);
  add_string (b, "dateline", input->dateline);
  add_string (b, "sha256", c->sha256);
  json_builder_set_member_name (b, "length");
  json_builder_add_int_value (b, input->text != NULL ? g_utf8_strlen (input->text, -1) : 0);
  if (input->reader != NULL)
    add_string (b, "reader", input->reader);
  /* the text lets byline-cli import-notes add the article to another library */
  if (!(input->flags & BYLINE_EXPORT_NO_ARTICLE))
    add_string (b, "text", input->text != NULL ? input->text : "");
  json_builder_end_object (b);

  if (input->analysis != NULL && !(input->flags & BYLINE_EXPORT_NOTES_ONLY))
    {
      json_builder_set_member_name (b, "analysis");
      json_builder_add_value (b, json_node_copy (input->analysis));
    }

  json_builder_set_member_name (b, "annotations");
  json_builder_begin_object (b);
  add_string (b, "@context", "http://www.w3.org/ns/anno.jsonld");
  add_string (b, "type", "AnnotationCollection");
  add_string (b, "label", input->title);
  json_builder_set_member_name (b, "total");
  json_builder_add_int_value (b, c->notes->len);
  json_builder_set_member_name (b, "first");
  json_builder_begin_object (b);
  add_string (b, "type", "AnnotationPage");
  json_builder_set_member_name (b, "startIndex");
  json_builder_add_int_value (b, 0);
  json_builder_set_member_name (b, "items");
  json_builder_begin_array (b);
  for (guint i = 0; i < c->notes->len; i++)
    add_annotation (b, c, c->notes->pdata[i]);
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);

  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 1);
  json_generator_to_gstring (gen, out);
  g_string_append_c (out, '\n');
}
