/* byline-across-window-timeline.c: the across window's timeline page
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Overview. Every dated event of the library (byline_store_timeline ()):
 * articles by their dateline, meetings, dated claims; filtered by a
 * person, a country, a tag, a kind, or the article open in the reading
 * window. */

#define G_LOG_DOMAIN "byline-across"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-across-window-private.h"

static const char *const kinds[] = { NULL, "article", "meeting", "claim" };

/* Timeline */

static const char *
entry_text (GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  return text != NULL && *text != '\0' ? text : NULL;
}

void
_byline_across_window_refresh_timeline (BylineAcrossWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) events = NULL;
  g_autofree char *status = NULL;
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  gint64 open_article;
  JsonArray *array;

  g_list_store_remove_all (self->events);
  if (!_byline_across_window_ensure_store (self))
    return;
  /* the open article's own timeline, or the library's */
  open_article = self->parent != NULL && gtk_check_button_get_active (self->open_article_check)
                 ? byline_window_get_article (BYLINE_WINDOW (self->parent)) : 0;
  gtk_widget_set_sensitive (GTK_WIDGET (self->person_entry), open_article == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->country_entry), open_article == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->tag_entry), open_article == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_dropdown), open_article == 0);
  if (open_article > 0)
    events = byline_store_article_timeline (self->store, open_article, &error);
  else
    events = byline_store_timeline (self->store, entry_text (self->tag_entry), entry_text (self->person_entry),
                                    entry_text (self->country_entry),
                                    kind < G_N_ELEMENTS (kinds) ? kinds[kind] : NULL, &error);
  if (events == NULL)
    {
      /* a name no one has is an empty timeline, not a fault */
      gtk_label_set_text (self->timeline_status, error->message);
      return;
    }
  array = json_node_get_array (events);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *e = byline_json_array_get_object (array, i);
      const char *k = byline_json_get_string (e, "kind");
      JsonArray *also = byline_json_get_array (e, "also_in");
      guint n_also = also != NULL ? json_array_get_length (also) : 0;
      g_autofree char *label = NULL;
      const char *what = g_strcmp0 (k, "meeting") == 0 ? C_("timeline", "meeting")
                         : g_strcmp0 (k, "claim") == 0 ? C_("timeline", "claim") : C_("timeline", "article");

      if (g_strcmp0 (k, "meeting") == 0)
        {
          g_autofree char *more = n_also > 0
            ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "; reported by %u more article",
                                            "; reported by %u more articles", n_also), n_also)
            : g_strdup ("");

          label = g_strdup_printf ("%s (%s)%s", byline_json_get_string (e, "label"), byline_meeting_status_label (byline_json_get_string (e, "status")), more);
        }
      else
        label = g_strdup (byline_json_get_string (e, "label"));
      _byline_across_window_add_row (self->events, byline_json_get_string (e, "date"), what, label, byline_json_get_string (e, "title"), byline_json_get_number (e, "article"),
               byline_json_get_number (e, "start"), byline_json_get_number (e, "end"));
    }
  status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", json_array_get_length (array)),
                            json_array_get_length (array));
  gtk_label_set_text (self->timeline_status, status);
}

void
_byline_across_window_on_filter_changed (BylineAcrossWindow *self)
{
  _byline_across_window_refresh_timeline (self);
}
