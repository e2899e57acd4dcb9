/* byline-library-page.c: the library page: every article, or what
 * a search finds
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

static const char *
import_format_label (const char *format)
{
  if (g_strcmp0 (format, "html") == 0)
    return C_("article format", "HTML");
  if (g_strcmp0 (format, "markdown") == 0)
    return C_("article format", "Markdown");
  return C_("article format", "text");
}

/* The library page */

static char *
plain_snippet (const char *snippet)
{
  GString *out = g_string_new (NULL);

  for (const char *p = snippet; p != NULL && *p; p++)
    {
      if (*p == BYLINE_STORE_MATCH_OPEN[0] || *p == BYLINE_STORE_MATCH_CLOSE[0])
        continue;
      g_string_append_c (out, *p == '\n' ? ' ' : *p);
    }
  return g_string_free (out, FALSE);
}

/* The library with nothing to list says why: no articles yet, or no hits */
static void
show_library_state (BylineWindow *self,
                    const char   *query)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->library_items)) == 0;
  AdwStatusPage *page = ADW_STATUS_PAGE (self->library_empty);

  gtk_widget_set_visible (self->library_empty, empty);
  gtk_widget_set_visible (self->library_scroller, !empty);
  if (!empty)
    return;
  if (query != NULL && *query != '\0')
    {
      g_autofree char *description = g_strdup_printf (_("Nothing in your articles or notes matches “%s”. Try fewer or other words."), query);

      adw_status_page_set_icon_name (page, "edit-find-symbolic");
      adw_status_page_set_title (page, _("No Results"));
      adw_status_page_set_description (page, description);
    }
  else
    {
      adw_status_page_set_icon_name (page, "view-list-symbolic");
      adw_status_page_set_title (page, _("No Articles Yet"));
      adw_status_page_set_description (page, _("The articles you open are kept here with your notes. Open one with Ctrl+O or paste one with Ctrl+V."));
    }
}

static void
fill_library (BylineWindow *self,
              const char   *query)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  if (!_byline_article_ensure_store (self, &error))
    {
      _byline_window_show_error (self, error->message);
      return;
    }
  if (query == NULL || *query == '\0')
    {
      g_autoptr (GPtrArray) articles = byline_store_list_articles (_byline_window_store (self),
                                                                   NULL, &error);

      for (guint i = 0; articles != NULL && i < articles->len; i++)
        {
          const BylineArticle *a = articles->pdata[i];
          g_autofree char *tags = g_strjoinv (", ", a->tags);
          g_autoptr (GString) about = g_string_new (a->dateline != NULL ? a->dateline : "");
          BylineItem *item;

          g_string_append_printf (about, "%s", about->len ? " · " : "");
          g_string_append_printf (about, ngettext ("%u note", "%u notes", a->n_notes), a->n_notes);
          if (*tags != '\0')
            g_string_append_printf (about, " · %s", tags);
          item = byline_item_new (a->title, about->str, import_format_label (a->format), 0, 0);
          byline_item_set_id (item, a->id);
          g_ptr_array_add (rows, item);
        }
    }
  else
    {
      g_autoptr (GPtrArray) hits = byline_store_search (_byline_window_store (self), query, 100,
                                                        &error);

      for (guint i = 0; hits != NULL && i < hits->len; i++)
        {
          const BylineSearchHit *h = hits->pdata[i];
          g_autofree char *snippet = plain_snippet (h->snippet);
          BylineItem *item = byline_item_new (h->title, snippet,
                                              h->kind == BYLINE_HIT_NOTE ? C_("search hit", "note")
                                                                         : C_("search hit", "article"),
                                              0, 0);
          byline_item_set_id (item, h->article);
          if (h->kind == BYLINE_HIT_NOTE)
            g_object_set_data_full (G_OBJECT (item), "note", g_memdup2 (&h->note, sizeof h->note), g_free);
          g_ptr_array_add (rows, item);
        }
    }
  if (error != NULL)
    _byline_window_show_error (self, error->message);
  g_list_store_splice (self->library_items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->library_items)),
                       rows->pdata, rows->len);
  show_library_state (self, query);
}

void
_byline_library_page_on_library_search_changed (GtkSearchEntry *entry,
                                                BylineWindow   *self)
{
  fill_library (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

void
_byline_library_page_on_library_activate (GtkListView  *view,
                                          guint         position,
                                          BylineWindow *self)
{
  g_autoptr (BylineItem) item = g_list_model_get_item (G_LIST_MODEL (self->library_items), position);

  if (item != NULL && byline_item_get_id (item) > 0)
    {
      const gint64 *note = g_object_get_data (G_OBJECT (item), "note");

      byline_window_open_article (self, byline_item_get_id (item));
      /* after the open: opening forgets the note an earlier search asked for */
      self->pending_note = note != NULL ? *note : 0;
    }
}

void
_byline_library_page_show_library_action (GtkWidget  *widget,
                                          const char *action,
                                          GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  /* a second press goes back to the article */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "library") == 0
      && _byline_window_article_id (self) != 0)
    gtk_stack_set_visible_child_name (self->main_stack, "article");
  else
    byline_window_show_library (self, NULL);
}

void
_byline_library_page_search_library_action (GtkWidget  *widget,
                                            const char *action,
                                            GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  byline_window_show_library (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->library_search));
}

/**
 * byline_window_show_library:
 * @query: (nullable): what to search for, or NULL for every article
 *
 * Shows the library: every article, newest first, or the articles and notes
 * that match @query, best first. Activating a row opens its article.
 */
void
byline_window_show_library (BylineWindow *self,
                            const char   *query)
{
  g_return_if_fail (BYLINE_IS_WINDOW (self));

  if (query != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->library_search), query);
  fill_library (self, gtk_editable_get_text (GTK_EDITABLE (self->library_search)));
  gtk_stack_set_visible_child_name (self->main_stack, "library");
}

/* Returns: (transfer none): the rows of the library page (#BylineItem, id = article) */
GListModel *
byline_window_get_library (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->library_items);
}

/**
 * byline_window_show_start:
 *
 * What a window opened with no file shows: the library when it holds
 * articles, else the page that tells how to open one.
 */
void
byline_window_show_start (BylineWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) articles = NULL;

  g_return_if_fail (BYLINE_IS_WINDOW (self));

  if (_byline_window_article_id (self) != 0 || self->loading
      || !_byline_article_ensure_store (self, &error))
    return;
  articles = byline_store_list_articles (_byline_window_store (self), NULL, &error);
  if (articles != NULL && articles->len > 0)
    byline_window_show_library (self, NULL);
}
