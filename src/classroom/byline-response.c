/* byline-response.c: a student's response to a lesson, and the response file
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-response"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-input.h"
#include "byline-classroom-private.h"
#include "byline-response.h"

/* Helpers */

static BylineResponse *
response_alloc (void)
{
  BylineResponse *self = g_new0 (BylineResponse, 1);

  self->marks = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_mark_free);
  self->answers = g_ptr_array_new_with_free_func (g_free);
  return self;
}

static gboolean
check_mark (const BylineResponse *self,
            const BylineMark     *mark,
            GError              **error)
{
  if (mark->category >= BYLINE_N_CATEGORIES || mark->source >= BYLINE_N_SOURCES
      || mark->signal >= BYLINE_N_SIGNALS)
    {
      g_set_error_literal (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                           _("unknown category, source or signal kind"));
      return FALSE;
    }
  if (mark->start >= mark->end || (self->n_chars > 0 && mark->end > self->n_chars))
    {
      g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                   _("the passage %u–%u is not inside the article"), mark->start, mark->end);
      return FALSE;
    }
  return TRUE;
}

/* Public API */

/**
 * byline_response_new:
 * @student: the name the student gives
 *
 * An empty response to @lesson, with an empty answer for each question.
 */
BylineResponse *
byline_response_new (const BylineLesson *lesson,
                     const char         *student)
{
  BylineResponse *self;

  g_return_val_if_fail (lesson != NULL, NULL);

  self = response_alloc ();
  self->student = g_strdup (student != NULL ? student : "");
  self->lesson_id = g_strdup (lesson->id);
  self->article_sha256 = g_strdup (lesson->article.sha256);
  self->article_title = g_strdup (lesson->article.title);
  self->n_chars = lesson->article.n_chars;
  for (guint i = 0; i < lesson->questions->len; i++)
    g_ptr_array_add (self->answers, g_strdup (""));
  return self;
}

void
byline_response_free (BylineResponse *self)
{
  if (self == NULL)
    return;
  g_free (self->student);
  g_free (self->lesson_id);
  g_free (self->article_sha256);
  g_free (self->article_title);
  g_free (self->saved);
  g_clear_pointer (&self->marks, g_ptr_array_unref);
  g_clear_pointer (&self->answers, g_ptr_array_unref);
  g_free (self);
}

/**
 * byline_response_load_data:
 * @name: the file name, for messages
 *
 * Reads a response without its lesson: the marks are checked against the
 * article by byline_response_check_lesson ().
 */
BylineResponse *
byline_response_load_data (const char  *data,
                           gssize       len,
                           const char  *name,
                           GError     **error)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (BylineResponse) self = NULL;
  JsonObject *root;
  JsonArray *marks;
  JsonNode *answers;
  const char *student, *lesson, *sha256, *title, *saved;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  parser = _byline_classroom_parse (data, len, name, "response", &root, error);
  if (parser == NULL)
    return NULL;
  self = response_alloc ();
  if (!_byline_json_string (root, "student", TRUE, &student, name, NULL, error)
      || !_byline_json_string (root, "lesson", TRUE, &lesson, name, NULL, error)
      || !_byline_json_string (root, "article_sha256", TRUE, &sha256, name, NULL, error)
      || !_byline_json_string (root, "article_title", FALSE, &title, name, NULL, error)
      || !_byline_json_string (root, "saved", FALSE, &saved, name, NULL, error)
      || (marks = _byline_json_array (root, "marks", name, NULL, error)) == NULL)
    return NULL;
  self->student = g_strdup (student);
  self->lesson_id = g_strdup (lesson);
  self->article_sha256 = g_strdup (sha256);
  self->article_title = g_strdup (title);
  self->saved = g_strdup (saved);

  for (guint i = 0; i < json_array_get_length (marks); i++)
    {
      g_autofree char *where = g_strdup_printf (_("mark %u"), i + 1);
      g_autoptr (BylineMark) mark = g_new0 (BylineMark, 1);

      if (!_byline_mark_from_json (json_array_get_element (marks, i), mark, G_MAXUINT32,
                                   name, where, error))
        return NULL;
      g_ptr_array_add (self->marks, g_steal_pointer (&mark));
    }

  answers = json_object_get_member (root, "answers");
  if (answers != NULL && !JSON_NODE_HOLDS_NULL (answers))
    {
      JsonArray *array = _byline_json_array (root, "answers", name, NULL, error);

      if (array == NULL)
        return NULL;
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            {
              g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                           _("%s: “%s” must be a list of strings"), name, "answers");
              return NULL;
            }
          g_ptr_array_add (self->answers, g_strdup (json_node_get_string (node)));
        }
    }
  return g_steal_pointer (&self);
}

BylineResponse *
byline_response_load_file (const char  *path,
                           GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr (GError) local = NULL;
  gsize len;

  g_return_val_if_fail (path != NULL, NULL);

  if (!byline_input_read (path, &data, &len, &local))
    {
      g_set_error_literal (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_IO, local->message);
      return NULL;
    }
  return byline_response_load_data (data, len, path, error);
}

/**
 * byline_response_check_lesson:
 * @name: the response's file name, for messages
 *
 * Says whether the response answers @lesson: the same article (by its
 * sha256) and the same lesson id, and every mark inside the text. A response
 * to another article or lesson fails with BYLINE_CLASSROOM_ERROR_MISMATCH
 * and a message naming @name and both articles.
 */
gboolean
byline_response_check_lesson (BylineResponse      *self,
                              const BylineLesson  *lesson,
                              const char          *name,
                              GError             **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (lesson != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (g_ascii_strcasecmp (self->article_sha256, lesson->article.sha256) != 0)
    {
      if (self->article_title != NULL && lesson->article.title != NULL)
        g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_MISMATCH,
                     /* Translators: "anna.json: a response to another article (“Port strike ends”), not to this lesson's “Norway, Chile…”" */
                     _("%s: a response to another article (“%s”), not to this lesson's “%s”"),
                     name, self->article_title, lesson->article.title);
      else
        g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_MISMATCH,
                     _("%s: a response to another article, not to this lesson's"), name);
      return FALSE;
    }
  if (!g_str_equal (self->lesson_id, lesson->id))
    {
      g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_MISMATCH,
                   _("%s: a response to another lesson on the same article (lesson %s, not %s)"),
                   name, self->lesson_id, lesson->id);
      return FALSE;
    }
  for (guint i = 0; i < self->marks->len; i++)
    {
      const BylineMark *mark = g_ptr_array_index (self->marks, i);

      if (mark->end > lesson->article.n_chars)
        {
          g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                       _("%s: mark %u: the passage %u–%u is not inside the article (%lu characters)"),
                       name, i + 1, mark->start, mark->end, (unsigned long) lesson->article.n_chars);
          return FALSE;
        }
    }
  self->n_chars = lesson->article.n_chars;
  return TRUE;
}

/* Loads a response and checks that it answers @lesson */
BylineResponse *
byline_response_load_for_lesson (const char          *path,
                                 const BylineLesson  *lesson,
                                 GError             **error)
{
  g_autoptr (BylineResponse) self = byline_response_load_file (path, error);

  if (self == NULL || !byline_response_check_lesson (self, lesson, path, error))
    return NULL;
  return g_steal_pointer (&self);
}

JsonNode *
byline_response_to_json (const BylineResponse *self)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "schema");
  json_builder_add_string_value (b, BYLINE_RESPONSE_SCHEMA);
  json_builder_set_member_name (b, "student");
  json_builder_add_string_value (b, self->student);
  json_builder_set_member_name (b, "lesson");
  json_builder_add_string_value (b, self->lesson_id);
  json_builder_set_member_name (b, "article_sha256");
  json_builder_add_string_value (b, self->article_sha256);
  _byline_json_add_nullable (b, "article_title", self->article_title);
  _byline_json_add_nullable (b, "saved", self->saved);
  json_builder_set_member_name (b, "marks");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->marks->len; i++)
    {
      json_builder_begin_object (b);
      _byline_mark_to_json (b, g_ptr_array_index (self->marks, i));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "answers");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->answers->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (self->answers, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* Sets the saved time, then writes the file whole (temporary file, renamed) */
gboolean
byline_response_save_file (BylineResponse  *self,
                           const char      *path,
                           GError         **error)
{
  g_autoptr (JsonNode) root = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  g_free (self->saved);
  self->saved = _byline_classroom_now ();
  root = byline_response_to_json (self);
  return _byline_classroom_save (root, path, error);
}

/**
 * byline_response_add_mark:
 * @index: (out) (optional): where the mark is in self->marks
 *
 * Adds a copy of @mark; FALSE when its passage is empty or outside the article.
 */
gboolean
byline_response_add_mark (BylineResponse    *self,
                          const BylineMark  *mark,
                          guint             *index,
                          GError           **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (mark != NULL, FALSE);

  if (!check_mark (self, mark, error))
    return FALSE;
  if (index != NULL)
    *index = self->marks->len;
  g_ptr_array_add (self->marks, byline_mark_copy (mark));
  return TRUE;
}

gboolean
byline_response_remove_mark (BylineResponse  *self,
                             guint            index,
                             GError         **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (index >= self->marks->len)
    {
      g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_NOT_FOUND,
                   _("no mark %u"), index + 1);
      return FALSE;
    }
  g_ptr_array_remove_index (self->marks, index);
  return TRUE;
}

/* The answer to question @question (from 0); the list grows as needed */
void
byline_response_set_answer (BylineResponse *self,
                            guint           question,
                            const char     *answer)
{
  g_return_if_fail (self != NULL);

  while (self->answers->len <= question)
    g_ptr_array_add (self->answers, g_strdup (""));
  {
    /* copied before the old one goes: @answer may be that very string */
    char *copy = g_strdup (answer != NULL ? answer : "");

    g_free (g_ptr_array_index (self->answers, question));
    g_ptr_array_index (self->answers, question) = copy;
  }
}
