/* byline-find-bar.c: find in the article
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

/* Find in the article */

static void
find_from (BylineWindow *self,
           gboolean      forward,
           gboolean      skip_current)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const char *needle = gtk_editable_get_text (GTK_EDITABLE (self->find_entry));
  GtkTextIter from, sel_start, sel_end, match_start, match_end;
  gboolean found;
  GtkTextSearchFlags flags = GTK_TEXT_SEARCH_CASE_INSENSITIVE | GTK_TEXT_SEARCH_VISIBLE_ONLY;

  if (*needle == '\0')
    return;
  if (gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end))
    from = forward ? (skip_current ? sel_end : sel_start) : sel_start;
  else
    gtk_text_buffer_get_iter_at_mark (buffer, &from, gtk_text_buffer_get_insert (buffer));
  found = forward ? gtk_text_iter_forward_search (&from, needle, flags, &match_start, &match_end, NULL)
                  : gtk_text_iter_backward_search (&from, needle, flags, &match_start, &match_end, NULL);
  if (!found)
    {
      /* wrap around */
      if (forward)
        gtk_text_buffer_get_start_iter (buffer, &from);
      else
        gtk_text_buffer_get_end_iter (buffer, &from);
      found = forward ? gtk_text_iter_forward_search (&from, needle, flags, &match_start, &match_end, NULL)
                      : gtk_text_iter_backward_search (&from, needle, flags, &match_start, &match_end, NULL);
    }
  if (found)
    {
      gtk_text_buffer_select_range (buffer, &match_start, &match_end);
      gtk_text_view_scroll_to_iter (self->text_view, &match_start, 0.1, TRUE, 0.0, 0.3);
      gtk_widget_remove_css_class (GTK_WIDGET (self->find_entry), "error");
    }
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->find_entry), "error");
}

void
_byline_find_bar_on_find_changed (GtkSearchEntry *entry,
                                  BylineWindow   *self)
{
  find_from (self, TRUE, FALSE);
}

void
_byline_find_bar_on_find_next (GtkSearchEntry *entry,
                               BylineWindow   *self)
{
  find_from (self, TRUE, TRUE);
}

void
_byline_find_bar_on_find_previous (GtkSearchEntry *entry,
                                   BylineWindow   *self)
{
  find_from (self, FALSE, TRUE);
}

void
_byline_find_bar_on_find_stop (GtkSearchEntry *entry,
                               BylineWindow   *self)
{
  gtk_search_bar_set_search_mode (self->find_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

void
_byline_find_bar_find_action (GtkWidget  *widget,
                              const char *action,
                              GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  if (_byline_window_article_id (self) == 0)
    return;
  gtk_stack_set_visible_child_name (self->main_stack, "article");
  gtk_search_bar_set_search_mode (self->find_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
}
