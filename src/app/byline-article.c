/* byline-article.c: the loaded article: the load task off the main
 * thread, its text, entities and notes, and the notes and corrections written
 * to the store
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-window-private.h"

struct _BylineLoadedArticle
{
  GObject       parent_instance;

  char         *library;
  BylineStore  *store;        /* the main thread's connection, opened on first use */
  GCancellable *cancellable;  /* the load under way */
  gint64        id;           /* the article in the library, or 0 */
  GPtrArray    *entities;     /* Entity */
  GArray       *mentions;     /* Mention, by start */
};

G_DEFINE_FINAL_TYPE (BylineLoadedArticle, byline_loaded_article, G_TYPE_OBJECT)

enum {
  ARTICLE_LOADED,
  ARTICLE_LOAD_FAILED,
  N_ARTICLE_SIGNALS
};

static guint article_signals[N_ARTICLE_SIGNALS];

/* Helpers */

static void
load_free (Load *load)
{
  g_free (load->path);
  g_free (load->pasted);
  g_free (load->cut);
  g_free (load->library);
  g_free (load->title);
  g_free (load->dateline);
  g_free (load->text);
  g_clear_pointer (&load->analysis, json_node_unref);
  g_clear_pointer (&load->notes, g_ptr_array_unref);
  g_clear_pointer (&load->quotes, g_ptr_array_unref);
  g_clear_pointer (&load->claims, g_ptr_array_unref);
  g_clear_pointer (&load->meetings, g_ptr_array_unref);
  g_clear_pointer (&load->people, g_ptr_array_unref);
  g_clear_pointer (&load->sources, g_ptr_array_unref);
  g_clear_pointer (&load->marks, g_array_unref);
  g_clear_pointer (&load->entities, g_ptr_array_unref);
  g_clear_pointer (&load->mentions, g_array_unref);
  g_free (load->provenance);
  g_free (load);
}

static void
entity_free (Entity *e)
{
  g_free (e->name);
  g_free (e->type);
  g_free (e->role);
  g_free (e->affiliation);
  g_free (e);
}

static gint
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  const Mention *x = a;
  const Mention *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

static void
collect_entities (Load                      *load,
                  const BylineAnalysisModel *model)
{
  load->entities = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_free);
  load->mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  for (guint i = 0; i < model->entities->len; i++)
    {
      const BylineModelEntity *o = &g_array_index (model->entities, BylineModelEntity, i);
      Entity *e = g_new0 (Entity, 1);

      e->name = g_strdup (o->name);
      e->type = g_strdup (byline_entity_type_to_string (o->type));
      e->role = g_strdup (o->role);
      e->affiliation = g_strdup (o->affiliation);
      e->n_mentions = o->mentions->len;
      for (guint m = 0; m < e->n_mentions; m++)
        {
          const BylineCharSpan *span = &g_array_index (o->mentions, BylineModelMention, m).span;
          Mention mention = { span->start, span->end, load->entities->len };

          if (m == 0)
            {
              e->first_start = mention.start;
              e->first_end = mention.end;
            }
          g_array_append_val (load->mentions, mention);
        }
      g_ptr_array_add (load->entities, e);
    }
  g_array_sort (load->mentions, compare_mentions);
}

/* The entity with a mention at @offset, or NULL */
const Entity *
_byline_article_entity_at (BylineLoadedArticle *self,
                           guint                offset,
                           int                 *index)
{
  guint lo = 0, hi;

  if (self->mentions == NULL || self->mentions->len == 0)
    return NULL;
  /* the last mention that starts at or before the offset */
  hi = self->mentions->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (self->mentions, Mention, mid).start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i-- > 0 && lo - i <= 4;)
    {
      const Mention *m = &g_array_index (self->mentions, Mention, i);
      if (offset >= m->start && offset < m->end)
        {
          if (index != NULL)
            *index = m->entity;
          return g_ptr_array_index (self->entities, m->entity);
        }
    }
  return NULL;
}

/* The entity of the correction menu, or NULL */
const Entity *
_byline_article_get_entity (BylineLoadedArticle *self,
                            int                  index)
{
  if (index < 0 || self->entities == NULL || (guint) index >= self->entities->len)
    return NULL;
  return g_ptr_array_index (self->entities, index);
}

/* Loading */

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Load *load = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineImport) imported = NULL;
  g_autoptr (BylineStore) store = NULL;
  g_autoptr (BylineArticle) article = NULL;
  g_autoptr (BylineAnalysisModel) model = NULL;
  g_autofree char *source_path = NULL;

  /* a file is read and added to the library; an article of the library is read from it */
  if (load->pasted != NULL)
    {
      imported = byline_import_data (load->pasted, strlen (load->pasted), _("pasted text"),
                                     load->pasted_html ? BYLINE_IMPORT_FORMAT_HTML
                                                       : BYLINE_IMPORT_FORMAT_AUTO,
                                     TRUE, &error);
      if (imported == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }
  else if (load->path != NULL)
    {
      imported = byline_import_file (load->path, BYLINE_IMPORT_FORMAT_AUTO, FALSE, &error);
      if (imported == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  /* each thread its own connection */
  store = byline_store_open (load->library, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (imported != NULL)
    {
      BylinePageMeta page = byline_import_get_page (imported);

      load->whole_page = imported->whole_page;
      load->cut = byline_import_describe_cut (imported, NULL);
      source_path = imported->url != NULL ? g_strdup (imported->url)
                    : load->path != NULL ? g_canonicalize_filename (load->path, NULL) : NULL;
      load->article = byline_store_add_article_with_page (store, imported->text, imported->title, source_path,
                                                          byline_import_format_to_string (imported->format),
                                                          &page, NULL, &error);
    }
  if (load->article == 0
      || (article = byline_store_get_article (store, load->article, &error)) == NULL
      || (load->analysis = byline_store_dup_analysis (store, load->article, TRUE, &error)) == NULL
      || (load->notes = byline_store_list_notes (store, load->article, NULL, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* the analysis read once, into the typed model every page is built from */
  model = byline_analysis_model_new (load->analysis, article->text, -1, &error);
  if (model == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  load->quotes = g_ptr_array_new_with_free_func (g_object_unref);
  load->claims = g_ptr_array_new_with_free_func (g_object_unref);
  load->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  load->people = g_ptr_array_new_with_free_func (g_object_unref);
  load->sources = g_ptr_array_new_with_free_func (g_object_unref);
  load->marks = g_array_new (FALSE, FALSE, sizeof (RawSpan));
  _byline_sidebar_fill_quotes (load->quotes, model);
  _byline_sidebar_fill_claims (load->claims, model);
  _byline_sidebar_fill_meetings (load->meetings, model);
  _byline_sidebar_fill_people (load->people, model);
  _byline_sidebar_fill_provenance (load, model);
  _byline_sidebar_fill_sources (load->sources, model);
  _byline_article_view_collect_highlights (load->marks, model, load->notes);
  collect_entities (load, model);
  /* a big analysis takes long to free: here, not on the main thread (the
   * model goes as the thread returns) */
  g_clear_pointer (&load->analysis, json_node_unref);
  load->title = g_strdup (article->title);
  load->dateline = g_strdup (article->dateline);
  load->text = g_steal_pointer (&article->text);
  g_task_return_boolean (task, TRUE);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  /* the task holds the article weakly: the thread may drop its last reference
   * to the task after this ran, and that must not keep a closed window alive */
  g_autoptr (BylineLoadedArticle) self = g_weak_ref_get (user_data);
  GTask *task = G_TASK (result);
  Load *load = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  if (!g_task_propagate_boolean (task, &error))
    {
      if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_signal_emit (self, article_signals[ARTICLE_LOAD_FAILED], 0, error);
      return;
    }
  if (self == NULL)
    return;
  self->id = load->article;
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->mentions, g_array_unref);
  self->entities = g_steal_pointer (&load->entities);
  self->mentions = g_steal_pointer (&load->mentions);
  g_signal_emit (self, article_signals[ARTICLE_LOADED], 0, load);
}

/* The window's part of a load that failed */
static void
on_article_load_failed (BylineLoadedArticle *article,
                        const GError        *error,
                        BylineWindow        *self)
{
  self->loading = FALSE;
  gtk_spinner_set_spinning (self->spinner, FALSE);
  _byline_window_show_error (self, error->message);
  g_object_notify_by_pspec (G_OBJECT (self), _byline_window_properties[PROP_LOADING]);
  g_signal_emit (self, _byline_window_signals[LOADED], 0);
}

/* The window's part of a load: the text, the rows and the highlights, a
 * chunk a frame */
static void
on_article_loaded (BylineLoadedArticle *article,
                   Load                *load,
                   BylineWindow        *self)
{
  GtkTextBuffer *buffer;

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_set_text (buffer, "", 0);
  self->pending_len = strlen (load->text);
  self->pending_pos = 0;
  self->pending_text = g_steal_pointer (&load->text);
  gtk_window_set_title (GTK_WINDOW (self), load->title);
  adw_window_title_set_title (self->window_title, load->title);
  adw_window_title_set_subtitle (self->window_title, load->dateline != NULL ? load->dateline : "");
  _byline_article_view_show_provenance (self, load->provenance, load->state_media);
  gtk_stack_set_visible_child_name (self->main_stack, "article");
  if (load->whole_page)
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (_("No clear article on this page: all its text is shown")));
  /* a page cut by a limit on hostile HTML says so, in the error bar */
  if (load->cut != NULL)
    _byline_window_show_error (self, load->cut);

  self->pending_rows[0] = g_steal_pointer (&load->quotes);
  self->pending_rows[1] = g_steal_pointer (&load->claims);
  self->pending_rows[2] = g_steal_pointer (&load->meetings);
  self->pending_rows[3] = g_steal_pointer (&load->people);
  self->pending_rows[4] = g_steal_pointer (&load->sources);
  memset (self->pending_row_pos, 0, sizeof self->pending_row_pos);
  for (guint i = 0; i < load->notes->len; i++)
    {
      g_autoptr (BylineItem) item = _byline_sidebar_note_item (g_ptr_array_index (load->notes, i));
      g_list_store_append (self->notes, item);
    }

  /* an ordinary article is highlighted before its first frame; a big one a chunk a frame */
  for (guint i = 0; i < load->marks->len; i++)
    {
      const RawSpan *raw = &g_array_index (load->marks, RawSpan, i);
      GtkTextTag *tag = raw->kind == SPAN_HEADLINE ? self->headline_tag
                        : raw->kind == SPAN_NOTE ? self->note_tag
                        : raw->kind == SPAN_HEDGE ? g_hash_table_lookup (self->type_tags, "HEDGE")
                        : raw->kind == SPAN_LOADED ? g_hash_table_lookup (self->type_tags, "LOADED")
                        : g_hash_table_lookup (self->type_tags, highlight_types[raw->kind]);
      _byline_article_view_add_span (self, raw->start, raw->end, tag);
    }
  self->next_span = 0;
  /* all of an ordinary article's rows in its first frame; a big one's a few at a time */
  if (!_byline_article_view_apply_spans (self, HIGHLIGHT_BUDGET_US,
                                         self->pending_len <= TEXT_PER_FRAME ? FIRST_FRAME_ROW_WIDGETS : ROW_WIDGETS_PER_FRAME))
    self->highlight_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view),
                                                       _byline_article_view_apply_spans_tick, self, NULL);
}

static void
clear_article (BylineWindow *self)
{
  _byline_article_view_stop_highlighting (self);
  g_clear_pointer (&self->pending_text, g_free);
  for (guint r = 0; r < G_N_ELEMENTS (self->pending_rows); r++)
    g_clear_pointer (&self->pending_rows[r], g_ptr_array_unref);
  g_array_set_size (self->spans, 0);
  g_list_store_remove_all (self->quotes);
  g_list_store_remove_all (self->claims);
  g_list_store_remove_all (self->meetings);
  g_list_store_remove_all (self->people);
  g_list_store_remove_all (self->sources);
  g_list_store_remove_all (self->notes);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", 0);
  if (self->provenance_label != NULL)
    _byline_article_view_show_provenance (self, NULL, FALSE);
  gtk_info_bar_set_revealed (self->error_bar, FALSE);
  g_clear_pointer (&self->error, g_free);
  byline_loaded_article_close (self->loaded_article);
}

/* Notes */

gboolean
_byline_article_ensure_store (BylineWindow *self,
                              GError      **error)
{
  return byline_loaded_article_ensure_store (self->loaded_article, error) != NULL;
}

static void
show_note (BylineWindow *self,
           gint64        id)
{
  g_autoptr (BylineNote) note = byline_store_get_note (_byline_window_store (self), id, NULL);
  g_autoptr (BylineItem) item = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  guint position = 0;

  if (note == NULL)
    return;
  item = _byline_sidebar_note_item (note);
  /* in text order, as the library lists them */
  while (position < g_list_model_get_n_items (G_LIST_MODEL (self->notes)))
    {
      g_autoptr (BylineItem) other = g_list_model_get_item (G_LIST_MODEL (self->notes), position);
      if (byline_item_get_start (other) > note->start)
        break;
      position++;
    }
  g_list_store_insert (self->notes, position, item);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, note->start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, note->end);
  gtk_text_buffer_apply_tag (buffer, self->note_tag, &start, &end);
}

static void
remove_note_highlight (BylineWindow *self,
                       guint         start,
                       guint         end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter from, to;

  gtk_text_buffer_get_iter_at_offset (buffer, &from, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, end);
  gtk_text_buffer_remove_tag (buffer, self->note_tag, &from, &to);
  /* other notes over the same words keep theirs */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->notes)); i++)
    {
      g_autoptr (BylineItem) item = g_list_model_get_item (G_LIST_MODEL (self->notes), i);

      if (byline_item_get_end (item) > start && byline_item_get_start (item) < end)
        {
          gtk_text_buffer_get_iter_at_offset (buffer, &from, byline_item_get_start (item));
          gtk_text_buffer_get_iter_at_offset (buffer, &to, byline_item_get_end (item));
          gtk_text_buffer_apply_tag (buffer, self->note_tag, &from, &to);
        }
    }
}

/* The reader's comma-separated tags, trimmed, without empty ones */
static GStrv
split_tags (const char *tags)
{
  g_auto (GStrv) names = g_strsplit (tags != NULL ? tags : "", ",", -1);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_strstrip (names[i]);
      if (*names[i] != '\0')
        g_strv_builder_add (builder, names[i]);
    }
  return g_strv_builder_end (builder);
}

/* Lists a changed note again, in place */
static void
refresh_note (BylineWindow *self,
              gint64        id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->notes)); i++)
    {
      g_autoptr (BylineItem) item = g_list_model_get_item (G_LIST_MODEL (self->notes), i);

      if (byline_item_get_id (item) == id)
        {
          g_list_store_remove (self->notes, i);
          break;
        }
    }
  show_note (self, id);
}

static void
undo_delete_cb (AdwToast *toast,
                gpointer  user_data)
{
  BylineWindow *self = BYLINE_WINDOW (user_data);
  BylineNote *note = g_object_get_data (G_OBJECT (toast), "note");
  g_autoptr (GError) error = NULL;

  if (note == NULL || _byline_window_store (self) == NULL)
    return;
  if (!byline_store_restore_note (_byline_window_store (self), note, &error))
    {
      _byline_window_show_error (self, error->message);
      return;
    }
  if (note->article == _byline_window_article_id (self))
    show_note (self, note->id);
}

void
_byline_article_undo_correction_cb (AdwToast *toast,
                                    gpointer  user_data)
{
  BylineWindow *self = BYLINE_WINDOW (user_data);
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "correction"));
  g_autoptr (GError) error = NULL;

  if (_byline_window_store (self) == NULL
      || !byline_store_delete_correction (_byline_window_store (self), id, &error))
    {
      if (error != NULL)
        _byline_window_show_error (self, error->message);
      return;
    }
  if (_byline_window_article_id (self) != 0)
    byline_window_open_article (self, _byline_window_article_id (self));
}

/**
 * byline_window_open:
 *
 * Reads, imports and analyses the article off the main thread, then shows it
 * with its notes; the highlights go on in idle chunks. Opening another
 * article cancels the work for this one. Emits ::loaded at the end.
 */
static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* Loads @load (which it takes) off the main thread: ::loaded or
 * ::load-failed tell how it went, unless another load began meanwhile */
void
_byline_article_load (BylineLoadedArticle *self,
                      Load                *load)
{
  g_autoptr (GTask) task = NULL;
  GWeakRef *weak = g_new0 (GWeakRef, 1);

  task = g_task_new (NULL, self->cancellable, load_done_cb, weak);
  g_weak_ref_init (weak, self);
  g_task_set_source_tag (task, _byline_article_load);
  g_object_set_data_full (G_OBJECT (task), "byline-article", weak, free_weak_ref);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  g_task_run_in_thread (task, load_thread);
}

static void
start_load (BylineWindow *self,
            Load         *load)
{
  self->loading = TRUE;
  gtk_spinner_set_spinning (self->spinner, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), _byline_window_properties[PROP_LOADING]);
  _byline_article_view_bench_start (self);
  _byline_article_load (self->loaded_article, load);
}

void
_byline_article_reset_load (BylineWindow *self)
{
  byline_loaded_article_cancel (self->loaded_article);
  byline_window_stop_exercise (self);
  clear_article (self);
}

void
byline_window_open (BylineWindow *self,
                    GFile        *file)
{
  Load *load;

  g_return_if_fail (BYLINE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _byline_article_reset_load (self);
  load = g_new0 (Load, 1);
  load->path = g_file_get_path (file);
  load->library = g_strdup (self->library);
  if (load->path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      /* Translators: %s is a URI */
      g_autofree char *msg = g_strdup_printf (_("%s: only local files can be opened"), uri);
      load_free (load);
      _byline_window_show_error (self, msg);
      return;
    }
  start_load (self, load);
}

/**
 * byline_window_open_text:
 * @text: an article as text, HTML or Markdown (pasted)
 *
 * Like byline_window_open (), for text that is not in a file.
 */
void
byline_window_open_text (BylineWindow *self,
                         const char   *text)
{
  g_return_if_fail (BYLINE_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  _byline_article_open_pasted (self, text, FALSE);
}

void
_byline_article_open_pasted (BylineWindow *self,
                             const char   *text,
                             gboolean      html)
{
  Load *load;

  _byline_article_reset_load (self);
  load = g_new0 (Load, 1);
  load->pasted = g_strdup (text);
  load->pasted_html = html;
  load->library = g_strdup (self->library);
  start_load (self, load);
}

/**
 * byline_window_open_article:
 * @id: an article in the library
 *
 * Like byline_window_open (), for an article already in the library.
 */
void
byline_window_open_article (BylineWindow *self,
                            gint64        id)
{
  Load *load;

  g_return_if_fail (BYLINE_IS_WINDOW (self));

  _byline_article_reset_load (self);
  load = g_new0 (Load, 1);
  load->article = id;
  load->library = g_strdup (self->library);
  start_load (self, load);
}

/**
 * byline_window_add_note:
 * @kind: a #BylineNoteKind
 * @tags: (nullable): comma-separated tag names
 *
 * Saves a note on the open article; it is on disk when this returns.
 */
gint64
byline_window_add_note (BylineWindow *self,
                        guint         start,
                        guint         end,
                        const char   *body,
                        int           kind,
                        const char   *tags,
                        GError      **error)
{
  g_auto (GStrv) clean = NULL;
  gint64 id;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), 0);

  if (_byline_window_article_id (self) == 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID, _("No article is open"));
      return 0;
    }
  if (!_byline_article_ensure_store (self, error))
    return 0;
  clean = split_tags (tags);
  id = byline_store_add_note (_byline_window_store (self), _byline_window_article_id (self),
                              start, end, body,
                              CLAMP (kind, BYLINE_NOTE_HIGHLIGHT, BYLINE_NOTE_QUESTION),
                              (const char *const *) clean, error);
  if (id != 0)
    show_note (self, id);
  return id;
}

static void
undo_update_cb (AdwToast *toast,
                gpointer  user_data)
{
  BylineWindow *self = BYLINE_WINDOW (user_data);
  BylineNote *before = g_object_get_data (G_OBJECT (toast), "note");
  g_autoptr (GError) error = NULL;

  if (before == NULL || !_byline_article_ensure_store (self, &error)
      || !byline_store_update_note (_byline_window_store (self), before->id, before->body,
                                    before->kind, (const char *const *) before->tags, &error))
    {
      if (error != NULL)
        _byline_window_show_error (self, error->message);
      return;
    }
  if (before->article == _byline_window_article_id (self))
    refresh_note (self, before->id);
}

/**
 * byline_window_update_note:
 * @kind: a #BylineNoteKind
 * @tags: (nullable): comma-separated tag names
 *
 * Changes a note's text, kind and tags, with a toast that can undo it; the
 * change is on disk when this returns.
 */
gboolean
byline_window_update_note (BylineWindow *self,
                           gint64        id,
                           const char   *body,
                           int           kind,
                           const char   *tags,
                           GError      **error)
{
  g_autoptr (BylineNote) before = NULL;
  g_auto (GStrv) clean = NULL;
  AdwToast *toast;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);

  if (!_byline_article_ensure_store (self, error)
      || (before = byline_store_get_note (_byline_window_store (self), id, error)) == NULL)
    return FALSE;
  clean = split_tags (tags);
  if (!byline_store_update_note (_byline_window_store (self), id, body,
                                 CLAMP (kind, BYLINE_NOTE_HIGHLIGHT, BYLINE_NOTE_QUESTION),
                                 (const char *const *) clean, error))
    return FALSE;
  refresh_note (self, id);

  toast = adw_toast_new (_("Note changed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "note", g_steal_pointer (&before),
                          (GDestroyNotify) byline_note_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_update_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return TRUE;
}

/**
 * byline_window_delete_note:
 *
 * Deletes a note, with a toast that can undo it.
 */
gboolean
byline_window_delete_note (BylineWindow *self,
                           gint64        id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineNote) note = NULL;
  AdwToast *toast;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);

  if (!_byline_article_ensure_store (self, &error)
      || (note = byline_store_get_note (_byline_window_store (self), id, &error)) == NULL
      || !byline_store_delete_note (_byline_window_store (self), id, &error))
    {
      _byline_window_show_error (self, error->message);
      return FALSE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->notes)); i++)
    {
      g_autoptr (BylineItem) item = g_list_model_get_item (G_LIST_MODEL (self->notes), i);

      if (byline_item_get_id (item) == id)
        {
          g_list_store_remove (self->notes, i);
          break;
        }
    }
  remove_note_highlight (self, note->start, note->end);

  toast = adw_toast_new (_("Note deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "note", g_steal_pointer (&note),
                          (GDestroyNotify) byline_note_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return TRUE;
}

/**
 * byline_window_correct_entity:
 * @offset: a character inside a mention of the entity
 * @type: (nullable): its right type ("ORG"...), or NULL: it is not an entity
 *
 * Stores the correction for this article and opens it again, so that every
 * later analysis of it shows the entity as corrected.
 *
 * Returns: the correction's id, or 0 with @error set
 */
gint64
byline_window_correct_entity (BylineWindow *self,
                              guint         offset,
                              const char   *type,
                              GError      **error)
{
  const Entity *e;
  BylineCorrection c = { 0 };
  gint64 id;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), 0);

  e = _byline_article_entity_at (self->loaded_article, offset, NULL);
  if (e == NULL || _byline_window_article_id (self) == 0)
    {
      g_set_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_NOT_FOUND,
                   _("There is no person, place or other entity there to correct"));
      return 0;
    }
  if (!_byline_article_ensure_store (self, error))
    return 0;
  c.article = _byline_window_article_id (self);
  c.target = BYLINE_TARGET_ENTITY;
  c.action = type != NULL ? BYLINE_FIX_TYPE : BYLINE_FIX_REMOVE;
  c.key = e->name;
  c.start = e->first_start;
  c.end = e->first_end;
  c.value = (char *) type;
  id = byline_store_add_correction (_byline_window_store (self), &c, error);
  if (id != 0)
    byline_window_open_article (self, _byline_window_article_id (self));
  return id;
}

/**
 * byline_window_correct_quote:
 * @position: the quote's row on the Quotes page
 * @speaker: (nullable): who said it, or NULL: it is not a quotation
 *
 * Stores the correction for this article and opens it again.
 *
 * Returns: the correction's id, or 0 with @error set
 */
gint64
byline_window_correct_quote (BylineWindow *self,
                             guint         position,
                             const char   *speaker,
                             GError      **error)
{
  g_autoptr (BylineItem) item = NULL;
  g_autofree char *words = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  BylineCorrection c = { 0 };
  gint64 id;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), 0);

  item = g_list_model_get_item (G_LIST_MODEL (self->quotes), position);
  if (item == NULL || _byline_window_article_id (self) == 0)
    {
      g_set_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_NOT_FOUND,
                   _("There is no quotation there to correct"));
      return 0;
    }
  if (!_byline_article_ensure_store (self, error))
    return 0;
  gtk_text_buffer_get_iter_at_offset (buffer, &start, byline_item_get_start (item));
  gtk_text_buffer_get_iter_at_offset (buffer, &end, byline_item_get_end (item));
  words = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  c.article = _byline_window_article_id (self);
  c.target = BYLINE_TARGET_QUOTE;
  c.action = speaker != NULL ? BYLINE_FIX_SPEAKER : BYLINE_FIX_REMOVE;
  c.key = words;
  c.start = byline_item_get_start (item);
  c.end = byline_item_get_end (item);
  c.value = (char *) speaker;
  id = byline_store_add_correction (_byline_window_store (self), &c, error);
  if (id != 0)
    byline_window_open_article (self, _byline_window_article_id (self));
  return id;
}

/**
 * byline_window_import_notes:
 *
 * Brings notes from a Byline JSON export or W3C Web Annotations into the
 * library, placed by their quoted passages; notes already there are not
 * added twice. The notes' article opens if nothing is open, or shows them
 * if it is the open one; a toast says how many came in.
 */
gboolean
byline_window_import_notes (BylineWindow  *self,
                            GFile         *file,
                            GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  g_autofree char *message = NULL;
  g_autoptr (BylineAnnotations) annotations = NULL;
  BylineNoteImportCounts counts = { 0 };
  gsize length;
  gint64 article = 0;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);
  /* a local file is read within the input bounds (no FIFO, no device, the size limit) */
  if (g_file_is_native (file))
    {
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL || !byline_input_read (path, &data, &length, error))
        {
          if (path == NULL)
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("%s: not a local file"), name);
          return FALSE;
        }
    }
  else if (!g_file_load_contents (file, NULL, &data, &length, NULL, error))
    return FALSE;
  if ((annotations = byline_annotations_parse (data, (gssize) length, name, error)) == NULL
      || !_byline_article_ensure_store (self, error)
      || !byline_annotations_import (annotations, _byline_window_store (self), name, &article,
                                     &counts, error))
    return FALSE;
  if (article == _byline_window_article_id (self) || _byline_window_article_id (self) == 0)
    byline_window_open_article (self, article);
  /* Translators: the three numbers are notes added, notes already there, notes whose passage is gone */
  message = g_strdup_printf (_("Notes imported: %u new, %u already there, %u whose passage is gone"),
                             counts.added, counts.duplicates, counts.orphaned);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
  return TRUE;
}

/* The article object */

static void
byline_loaded_article_dispose (GObject *object)
{
  BylineLoadedArticle *self = BYLINE_LOADED_ARTICLE (object);

  g_cancellable_cancel (self->cancellable);
  G_OBJECT_CLASS (byline_loaded_article_parent_class)->dispose (object);
}

static void
byline_loaded_article_finalize (GObject *object)
{
  BylineLoadedArticle *self = BYLINE_LOADED_ARTICLE (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->store, byline_store_close);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->mentions, g_array_unref);
  g_free (self->library);
  G_OBJECT_CLASS (byline_loaded_article_parent_class)->finalize (object);
}

static void
byline_loaded_article_class_init (BylineLoadedArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_loaded_article_dispose;
  object_class->finalize = byline_loaded_article_finalize;

  /* the article is read, imported and analysed: the Load (a pointer, the
   * task's) has its text, rows and highlights for the view */
  article_signals[ARTICLE_LOADED] =
    g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
  /* it could not be: the error says why */
  article_signals[ARTICLE_LOAD_FAILED] =
    g_signal_new ("load-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
byline_loaded_article_init (BylineLoadedArticle *self)
{
  self->cancellable = g_cancellable_new ();
}

/* @library: the library's file */
BylineLoadedArticle *
byline_loaded_article_new (const char *library)
{
  BylineLoadedArticle *self = g_object_new (BYLINE_TYPE_LOADED_ARTICLE, NULL);

  self->library = g_strdup (library);
  return self;
}

/* The article's id in the library, or 0 when none is open */
gint64
byline_loaded_article_get_id (BylineLoadedArticle *self)
{
  g_return_val_if_fail (BYLINE_IS_LOADED_ARTICLE (self), 0);
  return self->id;
}

/* Returns: (transfer none) (nullable): the main thread's connection to the
 * library, if it is open */
BylineStore *
byline_loaded_article_get_store (BylineLoadedArticle *self)
{
  g_return_val_if_fail (BYLINE_IS_LOADED_ARTICLE (self), NULL);
  return self->store;
}

/* Returns: (transfer none): the connection, opened if need be, or NULL with @error set */
BylineStore *
byline_loaded_article_ensure_store (BylineLoadedArticle  *self,
                                    GError              **error)
{
  g_return_val_if_fail (BYLINE_IS_LOADED_ARTICLE (self), NULL);

  if (self->store == NULL)
    self->store = byline_store_open (self->library, error);
  return self->store;
}

/* Drops the load under way: it will not be reported */
void
byline_loaded_article_cancel (BylineLoadedArticle *self)
{
  g_return_if_fail (BYLINE_IS_LOADED_ARTICLE (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

/* No article is open any more (its entities stay until the next one is in) */
void
byline_loaded_article_close (BylineLoadedArticle *self)
{
  g_return_if_fail (BYLINE_IS_LOADED_ARTICLE (self));
  self->id = 0;
}

/* The entities go too: a lesson's article has none */
void
byline_loaded_article_forget_entities (BylineLoadedArticle *self)
{
  g_return_if_fail (BYLINE_IS_LOADED_ARTICLE (self));

  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->mentions, g_array_unref);
}

/* The window observes its article */
void
_byline_article_attach (BylineWindow *self)
{
  self->loaded_article = byline_loaded_article_new (self->library);
  g_signal_connect_object (self->loaded_article, "loaded", G_CALLBACK (on_article_loaded), self, 0);
  g_signal_connect_object (self->loaded_article, "load-failed",
                           G_CALLBACK (on_article_load_failed), self, 0);
}
