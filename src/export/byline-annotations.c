/* byline-annotations.c: W3C Web Annotations read back as notes of the library
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-input.h"
#include "byline-export.h"

/* Helpers (the file may hold anything: its members are read with
 * byline_json_get_* (), byline-input.h) */

/* A W3C value may be one thing or an array of them: calls @func on each object */
typedef void (*EachFunc) (JsonObject *object,
                          gpointer    data);

static void
each_object (JsonNode *node,
             EachFunc  func,
             gpointer  data)
{
  if (node == NULL)
    return;
  if (JSON_NODE_HOLDS_OBJECT (node))
    func (json_node_get_object (node), data);
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (a); i++)
        each_object (json_array_get_element (a, i), func, data);
    }
}

/* "type" is a string or an array of strings */
static gboolean
has_type (JsonObject *o,
          const char *type)
{
  JsonNode *node = byline_json_get_member (o, "type");

  if (node == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (node))
    return g_strcmp0 (json_node_get_string (node), type) == 0;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          JsonNode *t = json_array_get_element (a, i);

          if (JSON_NODE_HOLDS_VALUE (t) && g_strcmp0 (json_node_get_string (t), type) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
has_motivation (JsonNode   *node,
                const char *motivation)
{
  if (node == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (node))
    return g_strcmp0 (json_node_get_string (node), motivation) == 0
           || g_strcmp0 (json_node_get_string (node), strchr (motivation, ':') + 1) == 0;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (a); i++)
        if (has_motivation (json_array_get_element (a, i), motivation))
          return TRUE;
    }
  return FALSE;
}

static gint64
parse_time (const char *s)
{
  g_autoptr (GDateTime) t = NULL;
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();

  if (s == NULL)
    return 0;
  t = g_date_time_new_from_iso8601 (s, utc);
  return t != NULL ? g_date_time_to_unix (t) : 0;
}

/* One annotation */

typedef struct
{
  BylineNote    *note;
  GStrvBuilder  *tags;
  GString       *body;
  gboolean       commenting;  /* a body said so */
  gboolean       quote;       /* a TextQuoteSelector was found */
  gboolean       position;
  const char    *source;
  const char    *problem;     /* why the annotation is refused, or NULL */
} Reading;

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static void
read_body (JsonObject *body,
           gpointer    data)
{
  Reading *r = data;
  const char *purpose = byline_json_get_string (body, "purpose");
  const char *value = byline_json_get_string (body, "value");
  JsonNode *value_node = byline_json_get_member (body, "value");

  if (value_node != NULL && !is_string (value_node))
    r->problem = _("a body's “value” is not text");
  if (value == NULL)
    return;
  if (g_strcmp0 (purpose, "tagging") == 0)
    {
      g_autofree char *tag = g_strstrip (g_strdup (value));

      if (*tag != '\0')
        g_strv_builder_add (r->tags, tag);
      return;
    }
  /* commenting, describing, replying, no purpose: the note's text */
  if (r->body->len > 0)
    g_string_append (r->body, "\n\n");
  g_string_append (r->body, value);
  r->commenting = TRUE;
}

static gboolean
absent_or_string (JsonObject *o,
                  const char *member)
{
  JsonNode *node = byline_json_get_member (o, member);

  return node == NULL || is_string (node);
}

static void
read_selector (JsonObject *selector,
               gpointer    data)
{
  Reading *r = data;
  gint64 start, end;

  if (has_type (selector, "TextQuoteSelector")
      && (!absent_or_string (selector, "exact") || !absent_or_string (selector, "prefix")
          || !absent_or_string (selector, "suffix")))
    r->problem = _("a TextQuoteSelector's “exact”, “prefix” or “suffix” is not text");
  if (has_type (selector, "TextPositionSelector"))
    {
      JsonNode *s = byline_json_get_member (selector, "start");
      JsonNode *e = byline_json_get_member (selector, "end");

      if (s == NULL || e == NULL || !JSON_NODE_HOLDS_VALUE (s) || !JSON_NODE_HOLDS_VALUE (e)
          || json_node_get_value_type (s) != G_TYPE_INT64 || json_node_get_value_type (e) != G_TYPE_INT64)
        r->problem = _("a TextPositionSelector's “start” and “end” are not whole numbers");
      else if (json_node_get_int (s) < 0 || json_node_get_int (e) < json_node_get_int (s)
               || json_node_get_int (e) > G_MAXUINT32)
        r->problem = _("a TextPositionSelector's “start” and “end” are out of range");
    }
  if (has_type (selector, "TextQuoteSelector") && !r->quote)
    {
      const char *exact = byline_json_get_string (selector, "exact");

      if (exact != NULL)
        {
          g_free (r->note->exact);
          g_free (r->note->prefix);
          g_free (r->note->suffix);
          r->note->exact = g_strdup (exact);
          r->note->prefix = g_strdup (byline_json_get_string (selector, "prefix"));
          r->note->suffix = g_strdup (byline_json_get_string (selector, "suffix"));
          r->quote = TRUE;
        }
    }
  else if (has_type (selector, "TextPositionSelector") && !r->position
           && byline_json_get_int (selector, "start", &start) && byline_json_get_int (selector, "end", &end)
           && start >= 0 && end >= start && end <= G_MAXUINT32)
    {
      r->note->start = start;
      r->note->end = end;
      r->position = TRUE;
    }
  /* a selector refined by another: the refinement is more precise */
  each_object (byline_json_get_member (selector, "refinedBy"), read_selector, data);
}

static void
read_target (JsonObject *target,
             gpointer    data)
{
  Reading *r = data;

  if (r->source == NULL)
    r->source = byline_json_get_string (target, "source");
  each_object (byline_json_get_member (target, "selector"), read_selector, data);
}

/* Returns NULL when @o is not an Annotation */
static BylineNote *
read_annotation (JsonObject  *o,
                 const char **source,
                 const char **problem)
{
  Reading r = { 0 };
  JsonNode *motivation = byline_json_get_member (o, "motivation");
  JsonNode *target = byline_json_get_member (o, "target");
  const char *body_value = byline_json_get_string (o, "bodyValue");

  if (!has_type (o, "Annotation") && !has_type (o, "oa:Annotation"))
    return NULL;
  /* what the model allows, else the annotation is refused, not kept empty */
  if (target == NULL || !(is_string (target) || JSON_NODE_HOLDS_OBJECT (target)
                          || JSON_NODE_HOLDS_ARRAY (target)))
    {
      *problem = _("no “target”, or one that is not an IRI, an object or a list");
      return NULL;
    }
  if (byline_json_get_member (o, "body") != NULL
      && !(is_string (byline_json_get_member (o, "body")) || JSON_NODE_HOLDS_OBJECT (byline_json_get_member (o, "body"))
           || JSON_NODE_HOLDS_ARRAY (byline_json_get_member (o, "body"))))
    {
      *problem = _("a “body” that is not an IRI, an object or a list");
      return NULL;
    }
  if (byline_json_get_member (o, "bodyValue") != NULL && body_value == NULL)
    {
      *problem = _("a “bodyValue” that is not text");
      return NULL;
    }
  r.note = g_new0 (BylineNote, 1);
  r.tags = g_strv_builder_new ();
  r.body = g_string_new (body_value);
  r.commenting = body_value != NULL;
  each_object (byline_json_get_member (o, "body"), read_body, &r);
  /* a bare string body is an IRI, not text: nothing to keep */
  if (target != NULL && JSON_NODE_HOLDS_VALUE (target))
    r.source = json_node_get_string (target);
  else
    each_object (target, read_target, &r);

  /* the motivation says the kind; with none, a note with text is a comment */
  if (has_motivation (motivation, "oa:questioning"))
    r.note->kind = BYLINE_NOTE_QUESTION;
  else if (has_motivation (motivation, "oa:highlighting"))
    r.note->kind = BYLINE_NOTE_HIGHLIGHT;
  else if (has_motivation (motivation, "oa:commenting") || r.commenting)
    r.note->kind = BYLINE_NOTE_COMMENT;
  else
    r.note->kind = BYLINE_NOTE_HIGHLIGHT;
  /* an annotation of the whole article is kept (orphaned) for its text; with
   * no passage and no text there is nothing to keep */
  if (r.problem == NULL && !r.position && !r.quote && r.body->len == 0)
    r.problem = _("no passage (no TextQuoteSelector or TextPositionSelector) and no text");
  if (r.problem != NULL)
    {
      *problem = r.problem;
      g_strv_builder_unref (r.tags);
      g_string_free (r.body, TRUE);
      byline_note_free (r.note);
      return NULL;
    }
  if (!r.position)
    r.note->start = r.note->end = 0;
  if (r.note->exact == NULL)
    {
      r.note->exact = g_strdup ("");
      r.note->prefix = g_strdup ("");
      r.note->suffix = g_strdup ("");
    }
  if (r.note->prefix == NULL)
    r.note->prefix = g_strdup ("");
  if (r.note->suffix == NULL)
    r.note->suffix = g_strdup ("");
  r.note->body = g_string_free (r.body, FALSE);
  r.note->tags = g_strv_builder_end (r.tags);
  g_strv_builder_unref (r.tags);
  r.note->created = parse_time (byline_json_get_string (o, "created"));
  r.note->updated = parse_time (byline_json_get_string (o, "modified"));
  if (r.note->updated == 0)
    r.note->updated = r.note->created;
  if (source != NULL && *source == NULL)
    *source = r.source;
  return r.note;
}

typedef struct
{
  BylineAnnotations *set;
  const char        *source;
  guint              skipped;
  guint              index;    /* annotations seen */
  guint              bad;      /* the first refused one, counted from 1, or 0 */
  const char        *problem;  /* why */
} Collecting;

static void
collect_annotation (JsonObject *o,
                    gpointer    data)
{
  Collecting *c = data;
  const char *problem = NULL;
  BylineNote *note = read_annotation (o, &c->source, &problem);

  c->index++;
  if (problem != NULL && c->bad == 0)
    {
      c->bad = c->index;
      c->problem = problem;
    }
  if (note != NULL)
    g_ptr_array_add (c->set->notes, note);
  else
    c->skipped++;
}

/* The annotations of a collection, a page, an array or one annotation; FALSE
 * when @node is none of these */
static gboolean
collect (JsonNode   *node,
         Collecting *c)
{
  JsonObject *o;

  if (node == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      each_object (node, collect_annotation, c);
      /* an array is annotations only when at least one was one (or it is empty) */
      return c->set->notes->len > 0 || json_array_get_length (json_node_get_array (node)) == 0;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  o = json_node_get_object (node);
  if (has_type (o, "AnnotationCollection"))
    {
      JsonObject *page = byline_json_get_object (o, "first");

      /* its pages, embedded and linked by "next"; or items on the collection itself */
      for (guint n = 0; page != NULL && n < 100000; n++)
        {
          each_object (byline_json_get_member (page, "items"), collect_annotation, c);
          page = byline_json_get_object (page, "next");
        }
      each_object (byline_json_get_member (o, "items"), collect_annotation, c);
      return TRUE;
    }
  if (has_type (o, "AnnotationPage"))
    {
      each_object (byline_json_get_member (o, "items"), collect_annotation, c);
      return TRUE;
    }
  if (has_type (o, "Annotation"))
    {
      collect_annotation (o, c);
      return TRUE;
    }
  return FALSE;
}

/* Public API */

/**
 * byline_annotations_parse:
 * @name: the file's name, for messages
 *
 * Reads a Byline JSON export, or any W3C AnnotationCollection, AnnotationPage,
 * array of Annotations or single Annotation. An annotation's passage comes
 * from its TextQuoteSelector (exact, prefix, suffix) and its
 * TextPositionSelector (a hint, or the passage when there is no quote); a
 * TextualBody with the purpose "tagging" is a tag, any other is the note's
 * text; the motivation gives the kind (questioning, highlighting, else
 * comment).
 */
BylineAnnotations *
byline_annotations_parse (const char *data,
                          gssize      length,
                          const char *name,
                          GError    **error)
{
  g_autoptr (BylineAnnotations) set = g_new0 (BylineAnnotations, 1);
  g_autoptr (GError) local = NULL;
  g_autoptr (JsonNode) root = NULL;
  Collecting c = { set, NULL, 0, 0, 0, NULL };
  JsonObject *o;
  gboolean ok;

  g_return_val_if_fail (data != NULL, NULL);

  set->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_note_free);
  if (length < 0)
    length = strlen (data);
  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_INVALID,
                   _("%s: not a JSON file (it is not UTF-8 text)"), name);
      return NULL;
    }
  if ((root = byline_json_parse (data, length, &local)) == NULL)
    {
      g_set_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_INVALID,
                   _("%s: not a JSON file: %s"), name, local->message);
      return NULL;
    }
  o = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if (o != NULL && g_strcmp0 (byline_json_get_string (o, "schema"), BYLINE_EXPORT_SCHEMA) == 0)
    {
      JsonObject *article = byline_json_get_object (o, "article");

      set->title = g_strdup (byline_json_get_string (article, "title"));
      set->source = g_strdup (byline_json_get_string (article, "source"));
      set->dateline = g_strdup (byline_json_get_string (article, "dateline"));
      set->sha256 = g_strdup (byline_json_get_string (article, "sha256"));
      set->text = g_strdup (byline_json_get_string (article, "text"));
      ok = collect (byline_json_get_member (o, "annotations"), &c);
    }
  else
    ok = collect (root, &c);
  if (!ok)
    {
      g_set_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_INVALID,
                   _("%s: not a Byline export or a W3C annotation collection"), name);
      return NULL;
    }
  /* one bad annotation refuses the file: no partial import */
  if (c.bad > 0)
    {
      g_set_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_INVALID,
                   /* Translators: "notes.json: annotation 3: no passage: …" */
                   _("%s: annotation %u: %s; nothing was imported"), name, c.bad, c.problem);
      return NULL;
    }
  set->target = g_strdup (c.source);
  return g_steal_pointer (&set);
}

BylineAnnotations *
byline_annotations_load (const char *path,
                         GError    **error)
{
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr (GError) local = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!byline_input_read (path, &data, &length, &local))
    {
      /* the message names the file */
      g_set_error_literal (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_INVALID, local->message);
      return NULL;
    }
  return byline_annotations_parse (data, length, path, error);
}

/* The article whose source (path or URL) is @source, or 0 */
static gboolean
find_by_source (BylineStore *store,
                const char  *source,
                gint64      *id,
                GError     **error)
{
  g_autoptr (GPtrArray) articles = byline_store_list_articles (store, NULL, error);

  if (articles == NULL)
    return FALSE;
  *id = 0;
  for (guint i = 0; i < articles->len; i++)
    {
      BylineArticle *a = articles->pdata[i];

      if (g_strcmp0 (a->source, source) == 0)
        {
          *id = a->id;
          break;
        }
    }
  return TRUE;
}

/**
 * byline_annotations_import:
 * @name: the file's name, for messages
 * @article: (inout): the article the notes belong to, or 0 to find it: by the
 *   export's SHA-256, by a target "urn:sha256:…", by a target that is an
 *   article's path or URL; else the export's text is added to the library.
 *   Set to the article used.
 * @counts: (out) (optional): added, duplicates skipped, orphaned
 *
 * Adds the notes to the library (see byline_store_import_notes () for how
 * they are placed and how duplicates are recognised).
 */
gboolean
byline_annotations_import (BylineAnnotations      *set,
                           BylineStore            *store,
                           const char             *name,
                           gint64                 *article,
                           BylineNoteImportCounts *counts,
                           GError                **error)
{
  gint64 id;

  g_return_val_if_fail (set != NULL, FALSE);
  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (article != NULL, FALSE);

  id = *article;
  if (id <= 0 && set->sha256 != NULL && !byline_store_find_article_by_sha256 (store, set->sha256, &id, error))
    return FALSE;
  if (id <= 0 && set->target != NULL && g_str_has_prefix (set->target, "urn:sha256:")
      && !byline_store_find_article_by_sha256 (store, set->target + strlen ("urn:sha256:"), &id, error))
    return FALSE;
  if (id <= 0 && set->target != NULL && !find_by_source (store, set->target, &id, error))
    return FALSE;
  if (id <= 0 && set->text != NULL)
    {
      g_autoptr (BylineText) text = byline_text_new_from_data (set->text, strlen (set->text), name, FALSE, error);

      if (text == NULL)
        return FALSE;
      /* no source: a changed text from the same path must not replace the library's */
      id = byline_store_add_article (store, text, set->title, NULL, "text", set->dateline, NULL, error);
      if (id == 0)
        return FALSE;
    }
  if (id <= 0)
    {
      g_set_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_NO_ARTICLE,
                   _("%s: the article these notes belong to is not in the library, and the file "
                     "does not carry its text; add the article first"), name);
      return FALSE;
    }
  if (!byline_store_import_notes (store, id, set->notes, counts, error))
    return FALSE;
  *article = id;
  return TRUE;
}

void
byline_annotations_free (BylineAnnotations *set)
{
  if (set == NULL)
    return;
  g_free (set->title);
  g_free (set->source);
  g_free (set->dateline);
  g_free (set->sha256);
  g_free (set->text);
  g_free (set->target);
  g_clear_pointer (&set->notes, g_ptr_array_unref);
  g_free (set);
}
