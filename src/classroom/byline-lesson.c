/* byline-lesson.c: lessons, their answer keys, and the lesson file
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-lesson"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-analysis.h"
#include "byline-analysis-model.h"
#include "byline-input.h"
#include "byline-classroom-private.h"
#include "byline-lesson.h"

/* Helpers */

static BylineKeyItem *
key_item_new (BylineKeyOrigin   origin,
              const BylineMark *mark)
{
  BylineKeyItem *item = g_new0 (BylineKeyItem, 1);

  item->origin = origin;
  item->mark = *mark;
  item->mark.speaker = g_strdup (mark->speaker);
  return item;
}

static int
compare_key_items (gconstpointer a,
                   gconstpointer b)
{
  const BylineKeyItem *x = *(BylineKeyItem *const *) a;
  const BylineKeyItem *y = *(BylineKeyItem *const *) b;

  if (x->mark.start != y->mark.start)
    return x->mark.start < y->mark.start ? -1 : 1;
  if (x->mark.end != y->mark.end)
    return x->mark.end < y->mark.end ? -1 : 1;
  return (int) x->mark.category - (int) y->mark.category;
}

static void
assign_id (BylineLesson  *self,
           BylineKeyItem *item)
{
  item->id = g_strdup_printf ("k%u", self->next_key++);
}

static gboolean
check_span (const BylineLesson *self,
            const BylineMark   *mark,
            GError            **error)
{
  if (mark->category >= BYLINE_N_CATEGORIES || mark->source >= BYLINE_N_SOURCES
      || mark->signal >= BYLINE_N_SIGNALS)
    {
      g_set_error_literal (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                           _("unknown category, source or signal kind"));
      return FALSE;
    }
  if (mark->start >= mark->end || mark->end > self->article.n_chars)
    {
      g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                   _("the passage %u–%u is not inside the article (%lu characters)"),
                   mark->start, mark->end, (unsigned long) self->article.n_chars);
      return FALSE;
    }
  return TRUE;
}

static BylineKeyItem *
find_item (const BylineLesson *self,
           const char         *id,
           guint              *index,
           GError            **error)
{
  for (guint i = 0; id != NULL && i < self->key->len; i++)
    {
      BylineKeyItem *item = g_ptr_array_index (self->key, i);

      if (g_str_equal (item->id, id))
        {
          if (index != NULL)
            *index = i;
          return item;
        }
    }
  g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_NOT_FOUND,
               _("no item “%s” in the answer key"), id != NULL ? id : "");
  return NULL;
}

/* The analysis comes through BylineAnalysisModel, which has checked every
 * span against the text and skipped damaged items: the analysis comes from
 * our analyser or the library's cache, or a file. An empty span is nothing
 * to find. */

static gboolean
get_span (const BylineCharSpan *span,
          guint32              *start,
          guint32              *end)
{
  if (span->start >= span->end)
    return FALSE;
  *start = span->start;
  *end = span->end;
  return TRUE;
}

static BylineKeyItem *
add_analysis_item (BylineLesson   *self,
                   BylineCategory  category,
                   guint32         start,
                   guint32         end)
{
  BylineMark mark = { category, start, end, NULL, BYLINE_SOURCE_UNATTRIBUTED, BYLINE_SIGNAL_HEDGE };
  BylineKeyItem *item = key_item_new (BYLINE_KEY_FROM_ANALYSIS, &mark);

  g_ptr_array_add (self->key, item);
  return item;
}

static void
add_quotes (BylineLesson              *self,
            const BylineAnalysisModel *model)
{
  for (guint i = 0; i < model->quotes->len; i++)
    {
      const BylineModelQuote *q = &g_array_index (model->quotes, BylineModelQuote, i);
      guint32 start, end, cue_start, cue_end;
      BylineKeyItem *item;

      if (!get_span (&q->span, &start, &end))
        continue;
      item = add_analysis_item (self, BYLINE_CATEGORY_QUOTE, start, end);
      item->mark.speaker = g_strdup (q->speaker.name);
      if (q->has_cue && get_span (&q->cue, &cue_start, &cue_end))
        item->cue = byline_analysis_model_dup_span (model, &q->cue);
      item->source = g_strdup (q->via.name);
    }
}

static gboolean
has_signal (const BylineLesson *self,
            BylineSignal        signal,
            guint32             start,
            guint32             end)
{
  for (guint i = 0; i < self->key->len; i++)
    {
      const BylineKeyItem *item = g_ptr_array_index (self->key, i);

      if (item->mark.category == BYLINE_CATEGORY_SIGNAL && item->mark.signal == signal
          && item->mark.start == start && item->mark.end == end)
        return TRUE;
    }
  return FALSE;
}

static void
add_signals (BylineLesson              *self,
             const BylineAnalysisModel *model,
             GArray                    *spans,
             BylineSignal               signal)
{
  for (guint i = 0; i < spans->len; i++)
    {
      const BylineCharSpan *span = &g_array_index (spans, BylineCharSpan, i);
      guint32 start, end;
      BylineKeyItem *item;

      if (!get_span (span, &start, &end) || has_signal (self, signal, start, end))
        continue;
      item = add_analysis_item (self, BYLINE_CATEGORY_SIGNAL, start, end);
      item->mark.signal = signal;
      item->cue = byline_analysis_model_dup_span (model, span);
    }
}

static void
add_claims (BylineLesson              *self,
            const BylineAnalysisModel *model)
{
  for (guint i = 0; i < model->claims->len; i++)
    {
      const BylineModelClaim *c = &g_array_index (model->claims, BylineModelClaim, i);
      BylineSource source = byline_source_from_attribution (byline_attribution_to_string (c->attribution));
      guint32 start, end;
      BylineKeyItem *item;

      add_signals (self, model, c->hedges, BYLINE_SIGNAL_HEDGE);
      add_signals (self, model, c->loaded, BYLINE_SIGNAL_LOADED);
      /* worth finding: a claim that rests on someone, not every sentence of narration */
      if (source == BYLINE_SOURCE_UNATTRIBUTED)
        continue;
      if (!get_span (&c->span, &start, &end))
        continue;
      item = add_analysis_item (self, BYLINE_CATEGORY_CLAIM, start, end);
      item->mark.source = source;
      item->source = g_strdup (c->source.name);
      item->reason = g_strdup (c->reason);
    }
}

/* A meeting is expected where it is first told; its reason is who, where, when */
static void
add_meetings (BylineLesson              *self,
              const BylineAnalysisModel *model)
{
  for (guint i = 0; i < model->meetings->len; i++)
    {
      const BylineModelMeeting *m = &g_array_index (model->meetings, BylineModelMeeting, i);
      g_autoptr (GPtrArray) names = g_ptr_array_new ();
      g_autoptr (GPtrArray) where = g_ptr_array_new ();
      guint32 start, end;
      BylineKeyItem *item;

      if (m->evidence->len == 0 || !get_span (&g_array_index (m->evidence, BylineCharSpan, 0), &start, &end))
        continue;
      item = add_analysis_item (self, BYLINE_CATEGORY_MEETING, start, end);
      for (guint j = 0; j < m->participants->len; j++)
        {
          const char *name = g_array_index (m->participants, BylineModelRef, j).name;

          if (name != NULL)
            g_ptr_array_add (names, (gpointer) name);
        }
      g_ptr_array_add (names, NULL);
      if (names->len > 1)
        item->source = g_strjoinv (", ", (char **) names->pdata);
      if (m->place.name != NULL)
        g_ptr_array_add (where, (gpointer) m->place.name);
      if (m->date != NULL)
        g_ptr_array_add (where, (gpointer) m->date);
      g_ptr_array_add (where, NULL);
      if (where->len > 1)
        item->reason = g_strjoinv (", ", (char **) where->pdata);
    }
}

/* Where the article's body starts: after its title and its standfirst, which
 * a class is not asked to mark */
static guint32
body_start (const BylineAnalysisModel *model)
{
  const BylineModelDocument *document = &model->document;
  guint32 start, end, front = 0;

  if (document->has_title_span && get_span (&document->title_span, &start, &end))
    front = end;
  for (guint i = 0; document->standfirst != NULL && i < document->paragraphs->len; i++)
    {
      const BylineCharSpan *span = &g_array_index (document->paragraphs, BylineCharSpan, i);
      g_autofree char *passage = NULL;

      if (!get_span (span, &start, &end))
        continue;
      passage = byline_analysis_model_dup_span (model, span);
      if (g_strcmp0 (g_strstrip (passage), document->standfirst) == 0)
        {
          front = MAX (front, end);
          break;
        }
    }
  return front;
}

static void
drop_front_matter (BylineLesson              *self,
                   const BylineAnalysisModel *model)
{
  guint32 front = body_start (model);

  for (guint i = self->key->len; i > 0; i--)
    {
      const BylineKeyItem *item = g_ptr_array_index (self->key, i - 1);

      if (item->mark.start < front)
        g_ptr_array_remove_index (self->key, i - 1);
    }
}

typedef struct
{
  guint32  start;
  guint32  end;
  gboolean partial;
} QuoteSpan;

static int
compare_quote_spans (gconstpointer a,
                     gconstpointer b)
{
  const QuoteSpan *x = a, *y = b;

  return x->start != y->start ? (x->start < y->start ? -1 : 1) : 0;
}

/* One thing to find once: a claim that holds a quote in full or reported
 * words is the quote's (its speaker is the claim's source) and goes; a
 * claim that only borrows a few quoted words keeps them, and the words go
 * as a quote of their own. Both lists in text order, one pass. */
static void
drop_doubles (BylineLesson              *self,
              const BylineAnalysisModel *model)
{
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (QuoteSpan));
  g_autoptr (GHashTable) quote_items = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GArray) keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GPtrArray) gone = g_ptr_array_new ();
  guint q = 0;

  for (guint i = 0; i < model->quotes->len; i++)
    {
      const BylineModelQuote *o = &g_array_index (model->quotes, BylineModelQuote, i);
      QuoteSpan span = { 0, 0, o->kind == BYLINE_QUOTE_PARTIAL };

      if (get_span (&o->span, &span.start, &span.end))
        g_array_append_val (spans, span);
    }
  g_array_sort (spans, compare_quote_spans);
  g_array_set_size (keys, self->key->len);
  for (guint i = 0; i < self->key->len; i++)
    {
      BylineKeyItem *item = g_ptr_array_index (self->key, i);

      g_array_index (keys, gint64, i) = ((gint64) item->mark.start << 32) | item->mark.end;
      if (item->mark.category == BYLINE_CATEGORY_QUOTE)
        g_hash_table_insert (quote_items, &g_array_index (keys, gint64, i), item);
    }
  for (guint i = 0; i < self->key->len; i++)
    {
      BylineKeyItem *claim = g_ptr_array_index (self->key, i);
      gboolean holds_quote = FALSE;
      guint first;

      if (claim->mark.category != BYLINE_CATEGORY_CLAIM)
        continue;
      while (q < spans->len && g_array_index (spans, QuoteSpan, q).start < claim->mark.start)
        q++;
      first = q;
      for (guint j = first; j < spans->len && g_array_index (spans, QuoteSpan, j).start < claim->mark.end; j++)
        if (g_array_index (spans, QuoteSpan, j).end <= claim->mark.end && !g_array_index (spans, QuoteSpan, j).partial)
          holds_quote = TRUE;
      if (holds_quote)
        {
          g_ptr_array_add (gone, claim);
          continue;
        }
      for (guint j = first; j < spans->len && g_array_index (spans, QuoteSpan, j).start < claim->mark.end; j++)
        {
          const QuoteSpan *span = &g_array_index (spans, QuoteSpan, j);
          gint64 at = ((gint64) span->start << 32) | span->end;
          BylineKeyItem *quote = span->end <= claim->mark.end ? g_hash_table_lookup (quote_items, &at) : NULL;

          if (quote != NULL)
            g_ptr_array_add (gone, quote);
        }
    }
  for (guint i = 0; i < gone->len; i++)
    g_ptr_array_remove_fast (self->key, gone->pdata[i]);
}

/* The lesson file */

static gboolean
load_article (BylineLesson *self,
              JsonObject   *root,
              const char   *name,
              GError      **error)
{
  JsonNode *node = json_object_get_member (root, "article");
  const char *where = _("the article");
  JsonObject *o;
  const char *text, *sha256, *title, *source, *dateline;
  g_autofree char *computed = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                   _("%s: the article is missing"), name);
      return FALSE;
    }
  o = json_node_get_object (node);
  if (!_byline_json_string (o, "text", FALSE, &text, name, where, error)
      || !_byline_json_string (o, "sha256", TRUE, &sha256, name, where, error)
      || !_byline_json_string (o, "title", FALSE, &title, name, where, error)
      || !_byline_json_string (o, "source", FALSE, &source, name, where, error)
      || !_byline_json_string (o, "dateline", FALSE, &dateline, name, where, error))
    return FALSE;
  if (text == NULL)
    {
      g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                   _("%s: the article has no text"), name);
      return FALSE;
    }
  computed = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  if (g_ascii_strcasecmp (computed, sha256) != 0)
    {
      g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                   _("%s: the article's text does not match its sha256: the file was changed "
                     "or damaged, and the answer key may no longer fit the text"), name);
      return FALSE;
    }
  self->article.text = g_strdup (text);
  self->article.n_chars = g_utf8_strlen (text, -1);
  self->article.sha256 = g_steal_pointer (&computed);
  self->article.title = g_strdup (title);
  self->article.source = g_strdup (source);
  self->article.dateline = g_strdup (dateline);
  return TRUE;
}

static gboolean
load_settings (BylineLesson *self,
               JsonObject   *root,
               const char   *name,
               GError      **error)
{
  JsonNode *node = json_object_get_member (root, "settings");
  const char *where = _("the settings");
  JsonObject *o;
  JsonArray *categories;

  if (node == NULL)
    return TRUE;  /* every category, reasons shown */
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                   _("%s: the settings are not an object"), name);
      return FALSE;
    }
  o = json_node_get_object (node);
  if (!_byline_json_bool (o, "show_reasons", &self->show_reasons, name, where, error))
    return FALSE;
  if (json_object_get_member (o, "categories") == NULL)
    return TRUE;
  if ((categories = _byline_json_array (o, "categories", name, where, error)) == NULL)
    return FALSE;
  self->categories = 0;
  for (guint i = 0; i < json_array_get_length (categories); i++)
    {
      JsonNode *c = json_array_get_element (categories, i);
      BylineCategory category;

      if (!JSON_NODE_HOLDS_VALUE (c) || json_node_get_value_type (c) != G_TYPE_STRING
          || !byline_category_from_string (json_node_get_string (c), &category))
        {
          g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                       _("%s: the settings name an unknown category (quote, claim, meeting, signal)"),
                       name);
          return FALSE;
        }
      self->categories |= BYLINE_CATEGORY_FLAG (category);
    }
  return TRUE;
}

static gboolean
load_key (BylineLesson *self,
          JsonObject   *root,
          const char   *name,
          GError      **error)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *key = _byline_json_array (root, "key", name, NULL, error);

  if (key == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (key); i++)
    {
      JsonNode *node = json_array_get_element (key, i);
      g_autofree char *where = g_strdup_printf (_("key item %u"), i + 1);
      BylineMark mark = { 0 };
      BylineKeyItem *item;
      JsonObject *o;
      const char *id, *origin, *cue, *source, *reason;
      guint64 n;

      if (!_byline_mark_from_json (node, &mark, self->article.n_chars, name, where, error))
        {
          g_free (mark.speaker);
          return FALSE;
        }
      item = key_item_new (BYLINE_KEY_FROM_ANALYSIS, &mark);
      g_free (mark.speaker);
      g_ptr_array_add (self->key, item);
      o = json_node_get_object (node);
      if (!_byline_json_string (o, "id", TRUE, &id, name, where, error)
          || !_byline_json_string (o, "origin", FALSE, &origin, name, where, error)
          || !_byline_json_string (o, "cue", FALSE, &cue, name, where, error)
          || !_byline_json_string (o, "source", FALSE, &source, name, where, error)
          || !_byline_json_string (o, "reason", FALSE, &reason, name, where, error)
          || !_byline_json_bool (o, "accepted", &item->accepted, name, where, error)
          || !_byline_json_bool (o, "edited", &item->edited, name, where, error))
        return FALSE;
      if (!g_hash_table_add (ids, (gpointer) id))
        {
          g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                       _("%s: the answer key has two items “%s”"), name, id);
          return FALSE;
        }
      if (origin != NULL && g_str_equal (origin, "teacher"))
        item->origin = BYLINE_KEY_FROM_TEACHER;
      else if (origin != NULL && !g_str_equal (origin, "analysis"))
        {
          g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                       _("%s: %s: unknown origin “%s” (analysis, teacher)"), name, where, origin);
          return FALSE;
        }
      item->id = g_strdup (id);
      item->cue = g_strdup (cue);
      item->source = g_strdup (source);
      item->reason = g_strdup (reason);
      /* new ids continue after the highest "kN" */
      if (id[0] == 'k' && g_ascii_string_to_unsigned (id + 1, 10, 0, G_MAXUINT - 1, &n, NULL)
          && n >= self->next_key)
        self->next_key = (guint) n + 1;
    }
  if (json_object_get_member (root, "next_key") != NULL)
    {
      guint32 next;

      if (!_byline_json_uint (root, "next_key", &next, name, NULL, error))
        return FALSE;
      self->next_key = MAX (self->next_key, next);
    }
  g_ptr_array_sort (self->key, compare_key_items);
  return TRUE;
}

static gboolean
load_strings (GPtrArray  *into,
              JsonObject *root,
              const char *member,
              const char *name,
              GError    **error)
{
  JsonArray *array;

  if (json_object_get_member (root, member) == NULL)
    return TRUE;
  if ((array = _byline_json_array (root, member, name, NULL, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_set_error (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                       _("%s: “%s” must be a list of strings"), name, member);
          return FALSE;
        }
      g_ptr_array_add (into, g_strdup (json_node_get_string (node)));
    }
  return TRUE;
}

static BylineLesson *
lesson_alloc (void)
{
  BylineLesson *self = g_new0 (BylineLesson, 1);

  self->categories = BYLINE_CATEGORIES_ALL;
  self->show_reasons = TRUE;
  self->questions = g_ptr_array_new_with_free_func (g_free);
  self->key = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_key_item_free);
  self->next_key = 1;
  return self;
}

/* Public API */

/**
 * byline_lesson_new:
 * @text: the article's plain text, UTF-8
 * @article_title: (nullable): also the lesson's title
 *
 * A lesson with an empty answer key, every category and reasons shown.
 *
 * Returns: the lesson, or NULL when @text is not UTF-8
 */
BylineLesson *
byline_lesson_new (const char  *text,
                   const char  *article_title,
                   const char  *article_source,
                   const char  *dateline,
                   GError     **error)
{
  g_autoptr (BylineLesson) self = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_INVALID,
                           _("the article's text is not valid UTF-8"));
      return NULL;
    }
  self = lesson_alloc ();
  self->id = g_uuid_string_random ();
  self->title = g_strdup (article_title);
  self->created = _byline_classroom_now ();
  self->article.text = g_strdup (text);
  self->article.n_chars = g_utf8_strlen (text, -1);
  self->article.sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  self->article.title = g_strdup (article_title);
  self->article.source = g_strdup (article_source);
  self->article.dateline = g_strdup (dateline);
  return g_steal_pointer (&self);
}

/**
 * byline_lesson_new_from_analysis:
 * @analysis: the article's byline.analysis/1 JSON (with the library's
 *   corrections applied, when it comes from the library)
 *
 * A lesson whose answer key is made from the analysis: every quote (with its
 * speaker, its reporting verb and the outlet it came through), every claim
 * that rests on someone (with its source and, for state media, the reason),
 * each meeting where it is first told (with who, where and when), and every
 * hedging and loaded word; nothing in the title or the standfirst.
 * The items are numbered k1, k2… in text order.
 */
BylineLesson *
byline_lesson_new_from_analysis (const char  *text,
                                 const char  *article_source,
                                 JsonNode    *analysis,
                                 GError     **error)
{
  g_autoptr (BylineLesson) self = NULL;
  g_autoptr (BylineAnalysisModel) model = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (analysis != NULL, NULL);

  /* an item the lesson cannot use is left out of the key, the rest kept */
  model = byline_analysis_model_new_full (analysis, text, -1, BYLINE_ANALYSIS_MODEL_SKIP_DAMAGED, NULL);
  if (model == NULL || g_strcmp0 (model->schema, BYLINE_ANALYSIS_SCHEMA) != 0)
    {
      g_set_error_literal (error, BYLINE_CLASSROOM_ERROR, BYLINE_CLASSROOM_ERROR_SCHEMA,
                           _("the analysis is not byline.analysis/1"));
      return NULL;
    }
  self = byline_lesson_new (text, model->document.title, article_source, model->document.dateline, error);
  if (self == NULL)
    return NULL;

  add_quotes (self, model);
  add_claims (self, model);
  add_meetings (self, model);
  drop_front_matter (self, model);
  g_ptr_array_sort (self->key, compare_key_items);
  drop_doubles (self, model);
  g_ptr_array_sort (self->key, compare_key_items);
  for (guint i = 0; i < self->key->len; i++)
    assign_id (self, g_ptr_array_index (self->key, i));
  return g_steal_pointer (&self);
}

void
byline_lesson_free (BylineLesson *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->title);
  g_free (self->created);
  g_free (self->article.title);
  g_free (self->article.source);
  g_free (self->article.dateline);
  g_free (self->article.text);
  g_free (self->article.sha256);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->key, g_ptr_array_unref);
  g_free (self);
}

void
byline_key_item_free (BylineKeyItem *item)
{
  if (item == NULL)
    return;
  g_free (item->id);
  g_free (item->mark.speaker);
  g_free (item->cue);
  g_free (item->source);
  g_free (item->reason);
  g_free (item);
}

/**
 * byline_lesson_load_data:
 * @name: the file name, for messages
 *
 * Returns: the lesson, or NULL with an error naming @name: not JSON, not a
 * lesson (a response given instead says so), a newer schema, a missing
 * field, a text that does not match its sha256, a key item outside the text.
 */
BylineLesson *
byline_lesson_load_data (const char  *data,
                         gssize       len,
                         const char  *name,
                         GError     **error)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (BylineLesson) self = NULL;
  JsonObject *root;
  const char *id, *title, *created;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  parser = _byline_classroom_parse (data, len, name, "lesson", &root, error);
  if (parser == NULL)
    return NULL;
  self = lesson_alloc ();
  if (!_byline_json_string (root, "id", TRUE, &id, name, NULL, error)
      || !_byline_json_string (root, "title", FALSE, &title, name, NULL, error)
      || !_byline_json_string (root, "created", FALSE, &created, name, NULL, error))
    return NULL;
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->created = g_strdup (created);
  if (!load_article (self, root, name, error)
      || !load_settings (self, root, name, error)
      || !load_strings (self->questions, root, "questions", name, error)
      || !load_key (self, root, name, error))
    return NULL;
  return g_steal_pointer (&self);
}

BylineLesson *
byline_lesson_load_file (const char  *path,
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
  return byline_lesson_load_data (data, len, path, error);
}

JsonNode *
byline_lesson_to_json (const BylineLesson *self)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "schema");
  json_builder_add_string_value (b, BYLINE_LESSON_SCHEMA);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, self->id);
  _byline_json_add_nullable (b, "title", self->title);
  _byline_json_add_nullable (b, "created", self->created);

  json_builder_set_member_name (b, "article");
  json_builder_begin_object (b);
  _byline_json_add_nullable (b, "title", self->article.title);
  _byline_json_add_nullable (b, "source", self->article.source);
  _byline_json_add_nullable (b, "dateline", self->article.dateline);
  json_builder_set_member_name (b, "sha256");
  json_builder_add_string_value (b, self->article.sha256);
  json_builder_set_member_name (b, "length");
  json_builder_add_int_value (b, self->article.n_chars);
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, self->article.text);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "settings");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "categories");
  json_builder_begin_array (b);
  for (guint c = 0; c < BYLINE_N_CATEGORIES; c++)
    if (self->categories & BYLINE_CATEGORY_FLAG (c))
      json_builder_add_string_value (b, byline_category_to_string (c));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "show_reasons");
  json_builder_add_boolean_value (b, self->show_reasons);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "questions");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->questions->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (self->questions, i));
  json_builder_end_array (b);

  json_builder_set_member_name (b, "key");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->key->len; i++)
    {
      const BylineKeyItem *item = g_ptr_array_index (self->key, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, item->id);
      json_builder_set_member_name (b, "origin");
      json_builder_add_string_value (b, item->origin == BYLINE_KEY_FROM_TEACHER ? "teacher" : "analysis");
      json_builder_set_member_name (b, "accepted");
      json_builder_add_boolean_value (b, item->accepted);
      json_builder_set_member_name (b, "edited");
      json_builder_add_boolean_value (b, item->edited);
      _byline_mark_to_json (b, &item->mark);
      _byline_json_add_nullable (b, "cue", item->cue);
      _byline_json_add_nullable (b, "source", item->source);
      _byline_json_add_nullable (b, "reason", item->reason);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  /* ids of removed items are not given again */
  json_builder_set_member_name (b, "next_key");
  json_builder_add_int_value (b, self->next_key);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* Written whole to a temporary file and renamed, so a crash leaves the old file */
gboolean
byline_lesson_save_file (const BylineLesson  *self,
                         const char          *path,
                         GError             **error)
{
  g_autoptr (JsonNode) root = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  root = byline_lesson_to_json (self);
  return _byline_classroom_save (root, path, error);
}

gboolean
byline_lesson_has_category (const BylineLesson *self,
                            BylineCategory      category)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return category < BYLINE_N_CATEGORIES && (self->categories & BYLINE_CATEGORY_FLAG (category)) != 0;
}

/**
 * byline_lesson_dup_passage:
 * @start: code points, end exclusive; clamped to the text
 *
 * Returns: the article's words from @start to @end
 */
char *
byline_lesson_dup_passage (const BylineLesson *self,
                           guint32             start,
                           guint32             end)
{
  const char *a, *b;

  g_return_val_if_fail (self != NULL, NULL);

  end = MIN (end, self->article.n_chars);
  start = MIN (start, end);
  a = g_utf8_offset_to_pointer (self->article.text, start);
  b = g_utf8_offset_to_pointer (a, end - start);
  return g_strndup (a, b - a);
}

/**
 * byline_lesson_add_key_item:
 * @mark: what the students should mark
 * @reason: (nullable): the teacher's reason, shown with the item
 *
 * Adds a teacher's item to the key, with a new id.
 *
 * Returns: (transfer none): the item, or NULL when the span is not inside the text
 */
const BylineKeyItem *
byline_lesson_add_key_item (BylineLesson      *self,
                            const BylineMark  *mark,
                            const char        *reason,
                            GError           **error)
{
  BylineKeyItem *item;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (mark != NULL, NULL);

  if (!check_span (self, mark, error))
    return NULL;
  item = key_item_new (BYLINE_KEY_FROM_TEACHER, mark);
  item->accepted = TRUE;
  item->reason = g_strdup (reason);
  assign_id (self, item);
  g_ptr_array_add (self->key, item);
  g_ptr_array_sort (self->key, compare_key_items);
  return item;
}

/* Returns: (transfer none) (nullable): the item with that id */
const BylineKeyItem *
byline_lesson_get_key_item (const BylineLesson *self,
                            const char         *id)
{
  g_return_val_if_fail (self != NULL, NULL);
  return find_item (self, id, NULL, NULL);
}

/**
 * byline_lesson_fix_key_item:
 * @mark: the item's new span, category, speaker, source or signal kind
 *
 * Fixes an item; it keeps its id and counts as accepted. An analysis item is
 * marked edited.
 */
gboolean
byline_lesson_fix_key_item (BylineLesson      *self,
                            const char        *id,
                            const BylineMark  *mark,
                            GError           **error)
{
  BylineKeyItem *item;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (mark != NULL, FALSE);

  if ((item = find_item (self, id, NULL, error)) == NULL || !check_span (self, mark, error))
    return FALSE;
  g_free (item->mark.speaker);
  item->mark = *mark;
  item->mark.speaker = g_strdup (mark->speaker);
  item->accepted = TRUE;
  if (item->origin == BYLINE_KEY_FROM_ANALYSIS)
    item->edited = TRUE;
  g_ptr_array_sort (self->key, compare_key_items);
  return TRUE;
}

gboolean
byline_lesson_set_key_reason (BylineLesson  *self,
                              const char    *id,
                              const char    *reason,
                              GError       **error)
{
  BylineKeyItem *item;

  g_return_val_if_fail (self != NULL, FALSE);

  if ((item = find_item (self, id, NULL, error)) == NULL)
    return FALSE;
  g_free (item->reason);
  item->reason = g_strdup (reason);
  return TRUE;
}

gboolean
byline_lesson_accept_key_item (BylineLesson  *self,
                               const char    *id,
                               GError       **error)
{
  BylineKeyItem *item;

  g_return_val_if_fail (self != NULL, FALSE);

  if ((item = find_item (self, id, NULL, error)) == NULL)
    return FALSE;
  item->accepted = TRUE;
  return TRUE;
}

/* Its id is not given to another item later */
gboolean
byline_lesson_remove_key_item (BylineLesson  *self,
                               const char    *id,
                               GError       **error)
{
  guint index;

  g_return_val_if_fail (self != NULL, FALSE);

  if (find_item (self, id, &index, error) == NULL)
    return FALSE;
  g_ptr_array_remove_index (self->key, index);
  return TRUE;
}

/**
 * byline_lesson_take_key_item:
 *
 * Takes an item out of the key and gives it to the caller, for an Undo:
 * byline_lesson_restore_key_item () puts it back with its id.
 *
 * Returns: (transfer full): the item, or NULL with NOT_FOUND
 */
BylineKeyItem *
byline_lesson_take_key_item (BylineLesson  *self,
                             const char    *id,
                             GError       **error)
{
  guint index;

  g_return_val_if_fail (self != NULL, NULL);

  if (find_item (self, id, &index, error) == NULL)
    return NULL;
  return g_ptr_array_steal_index (self->key, index);
}

/* Puts back an item taken out, in text order; its id was never given again */
void
byline_lesson_restore_key_item (BylineLesson  *self,
                                BylineKeyItem *item)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (item != NULL);

  g_ptr_array_add (self->key, item);
  g_ptr_array_sort (self->key, compare_key_items);
}

guint
byline_lesson_count_key (const BylineLesson *self,
                         BylineCategory      category)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->key->len; i++)
    if (((BylineKeyItem *) g_ptr_array_index (self->key, i))->mark.category == category)
      n++;
  return n;
}
