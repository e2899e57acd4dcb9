/* byline-across-window.c: the library across its articles: people, a
 * timeline, who met whom, and two reports side by side
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Four pages over the store's cross-article views (byline-people.h): a
 * person's page, the timeline, the meetings network (a drawing and a list of
 * its links) and two articles compared, each in its own file
 * (byline-across-window-people.c, -timeline.c, -network.c, -compare.c);
 * this one is the shell: the helpers they share, opening a row's article,
 * the overrides and the public API. Every row is a BylineTableRow whose
 * span and article (cell 5) say where it is; activating a row opens that
 * article at that passage in the reading window. The views are read again
 * whenever the window comes to the front, so it follows the library. */

#define G_LOG_DOMAIN "byline-across"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-across-window-private.h"

G_DEFINE_FINAL_TYPE (BylineAcrossWindow, byline_across_window, ADW_TYPE_WINDOW)

/* Helpers */

char *
_byline_across_window_join (JsonArray  *a,
                            const char *separator)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonNode *n = json_array_get_element (a, i);

      if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
        g_string_append_printf (out, "%s%s", out->len > 0 ? separator : "", json_node_get_string (n));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A row; @article 0 when it is about no article, @start < 0 when about no passage */
void
_byline_across_window_add_row (GListStore *store,
                               const char *c0,
                               const char *c1,
                               const char *c2,
                               const char *c3,
                               gint64      article,
                               gint64      start,
                               gint64      end)
{
  g_autofree char *id = article > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, article) : g_strdup ("");
  const char *cells[] = { c0 ? c0 : "", c1 ? c1 : "", c2 ? c2 : "", c3 ? c3 : "", "", id, NULL };
  g_autoptr (BylineTableRow) row = byline_table_row_new (NULL, cells);

  if (article > 0 && start >= 0)
    byline_table_row_set_span (row, (guint) start, (guint) MAX (end, start));
  g_list_store_append (store, row);
}

void
_byline_across_window_show_problem (BylineAcrossWindow *self,
                                    const GError       *error)
{
  gtk_label_set_text (self->problem_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), error != NULL);
}

gboolean
_byline_across_window_ensure_store (BylineAcrossWindow *self)
{
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    {
      g_autofree char *path = self->library != NULL ? g_strdup (self->library) : byline_store_default_path ();

      self->store = byline_store_open (path, &error);
    }
  _byline_across_window_show_problem (self, error);
  return self->store != NULL;
}

/* Opening an article at a passage in the reading window */

static void
select_pending (BylineAcrossWindow *self)
{
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (self->parent == NULL || self->pending == 0 || byline_window_get_loading (BYLINE_WINDOW (self->parent))
      || byline_window_get_article (BYLINE_WINDOW (self->parent)) != self->pending)
    return;
  view = byline_window_get_text_view (BYLINE_WINDOW (self->parent));
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, self->pending_start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, self->pending_end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_text_view_scroll_to_iter (view, &start, 0.1, TRUE, 0.0, 0.3);
  self->pending = 0;
  gtk_window_present (self->parent);
}

static void
on_parent_loading (GObject            *parent,
                   GParamSpec         *pspec,
                   BylineAcrossWindow *self)
{
  select_pending (self);
  /* another article is open: its own timeline follows it */
  if (!byline_window_get_loading (BYLINE_WINDOW (parent)) && gtk_check_button_get_active (self->open_article_check))
    _byline_across_window_refresh_timeline (self);
}

static gboolean
open_row (BylineAcrossWindow *self,
          GListStore         *store,
          guint               position)
{
  g_autoptr (BylineTableRow) row = g_list_model_get_item (G_LIST_MODEL (store), position);
  const char *id;
  guint start, end;
  guint64 article;

  if (row == NULL || self->parent == NULL)
    return FALSE;
  id = byline_table_row_get_cell (row, 5);
  if (!byline_table_row_get_span (row, &start, &end) || id == NULL
      || !g_ascii_string_to_unsigned (id, 10, 1, G_MAXINT64, &article, NULL))
    return FALSE;
  self->pending = (gint64) article;
  self->pending_start = start;
  self->pending_end = end;
  if (byline_window_get_article (BYLINE_WINDOW (self->parent)) == self->pending
      && !byline_window_get_loading (BYLINE_WINDOW (self->parent)))
    select_pending (self);
  else
    byline_window_open_article (BYLINE_WINDOW (self->parent), self->pending);
  return TRUE;
}

static void
on_row_activate (GtkColumnView      *view,
                 guint               position,
                 BylineAcrossWindow *self)
{
  GtkSelectionModel *model = gtk_column_view_get_model (view);
  GListStore *store = G_LIST_STORE (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model)));

  open_row (self, store, position);
}

/* Back at the front: read again only if the library changed meanwhile
 * (an article added, corrected or removed, in this program or another), so
 * that what was chosen and scrolled to stays */
static void
on_active_changed (BylineAcrossWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)) && self->store != NULL
      && byline_store_get_data_version (self->store) != self->data_version)
    byline_across_window_refresh (self);
}

/* Overrides */

static void
byline_across_window_dispose (GObject *object)
{
  BylineAcrossWindow *self = BYLINE_ACROSS_WINDOW (object);

  if (self->export_dialog != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_dialog));
  g_clear_object (&self->export_dialog);
  if (self->parent != NULL)
    {
      g_clear_signal_handler (&self->loading_handler, self->parent);
      g_object_remove_weak_pointer (G_OBJECT (self->parent), (gpointer *) &self->parent);
      self->parent = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), BYLINE_TYPE_ACROSS_WINDOW);
  G_OBJECT_CLASS (byline_across_window_parent_class)->dispose (object);
}

static void
byline_across_window_finalize (GObject *object)
{
  BylineAcrossWindow *self = BYLINE_ACROSS_WINDOW (object);

  g_clear_pointer (&self->store, byline_store_close);
  g_clear_pointer (&self->graph, json_node_unref);
  g_clear_pointer (&self->comparison, json_node_unref);
  g_clear_pointer (&self->article_ids, g_array_unref);
  g_free (self->library);
  g_free (self->person);
  G_OBJECT_CLASS (byline_across_window_parent_class)->finalize (object);
}

static void
byline_across_window_class_init (BylineAcrossWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_across_window_dispose;
  object_class->finalize = byline_across_window_finalize;

  g_type_ensure (BYLINE_TYPE_TABLE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/app/byline/Byline/ui/byline-across-window.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, BylineAcrossWindow, name)
  CHILD (stack);
  CHILD (problem_label);
  CHILD (people_view);
  CHILD (people);
  CHILD (person_title);
  CHILD (person_summary);
  CHILD (person_tools);
  CHILD (merge_entry);
  CHILD (variant_dropdown);
  CHILD (variants);
  CHILD (person_view);
  CHILD (person_rows);
  CHILD (person_entry);
  CHILD (country_entry);
  CHILD (tag_entry);
  CHILD (kind_dropdown);
  CHILD (open_article_check);
  CHILD (timeline_status);
  CHILD (timeline_view);
  CHILD (events);
  CHILD (network_area);
  CHILD (links_view);
  CHILD (links);
  CHILD (link_meetings_view);
  CHILD (link_meetings);
  CHILD (article_a);
  CHILD (article_b);
  CHILD (article_titles);
  CHILD (compare_view);
  CHILD (compare_rows);
#undef CHILD
  gtk_widget_class_install_action (widget_class, "across.export-comparison", NULL, _byline_across_window_export_comparison_action);
  gtk_widget_class_install_action (widget_class, "across.merge", NULL, _byline_across_window_merge_action);
  gtk_widget_class_install_action (widget_class, "across.split", NULL, _byline_across_window_split_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
byline_across_window_init (BylineAcrossWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->article_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_drop_down_set_model (self->article_b, G_LIST_MODEL (self->article_titles));
  gtk_drawing_area_set_draw_func (self->network_area, _byline_across_window_draw_network, self, NULL);

  g_signal_connect (gtk_column_view_get_model (self->people_view), "selection-changed",
                    G_CALLBACK (_byline_across_window_on_people_selected), self);
  g_signal_connect (gtk_column_view_get_model (self->links_view), "selection-changed",
                    G_CALLBACK (_byline_across_window_on_link_selected), self);
  g_signal_connect (self->person_view, "activate", G_CALLBACK (on_row_activate), self);
  g_signal_connect (self->timeline_view, "activate", G_CALLBACK (on_row_activate), self);
  g_signal_connect (self->link_meetings_view, "activate", G_CALLBACK (on_row_activate), self);
  g_signal_connect (self->compare_view, "activate", G_CALLBACK (on_row_activate), self);
  g_signal_connect_swapped (self->person_entry, "search-changed", G_CALLBACK (_byline_across_window_on_filter_changed), self);
  g_signal_connect_swapped (self->country_entry, "search-changed", G_CALLBACK (_byline_across_window_on_filter_changed), self);
  g_signal_connect_swapped (self->tag_entry, "search-changed", G_CALLBACK (_byline_across_window_on_filter_changed), self);
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected", G_CALLBACK (_byline_across_window_on_filter_changed), self);
  g_signal_connect_swapped (self->open_article_check, "toggled", G_CALLBACK (_byline_across_window_on_filter_changed), self);
  g_signal_connect_swapped (self->article_a, "notify::selected", G_CALLBACK (_byline_across_window_on_article_chosen), self);
  g_signal_connect_swapped (self->article_b, "notify::selected", G_CALLBACK (_byline_across_window_on_article_chosen), self);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_active_changed), NULL);
}

/* Public API */

/**
 * byline_across_window_new:
 * @parent: (nullable): the reading window, where activated rows open
 * @library: (nullable): the library's path; NULL for the default one
 */
BylineAcrossWindow *
byline_across_window_new (GtkWindow  *parent,
                          const char *library)
{
  BylineAcrossWindow *self = g_object_new (BYLINE_TYPE_ACROSS_WINDOW, "transient-for", parent,
                                           "destroy-with-parent", TRUE, NULL);

  self->library = g_strdup (library);
  if (parent != NULL && BYLINE_IS_WINDOW (parent))
    {
      self->parent = parent;
      g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &self->parent);
      self->loading_handler = g_signal_connect (parent, "notify::loading", G_CALLBACK (on_parent_loading), self);
    }
  byline_across_window_refresh (self);
  return self;
}

/* Reads every view again from the library, keeping what was chosen */
void
byline_across_window_refresh (BylineAcrossWindow *self)
{
  guint a, b;
  g_autofree char *person = NULL;

  g_return_if_fail (BYLINE_IS_ACROSS_WINDOW (self));

  a = gtk_drop_down_get_selected (self->article_a);
  b = gtk_drop_down_get_selected (self->article_b);
  person = g_strdup (self->person);
  _byline_across_window_refresh_people (self);
  if (person != NULL)
    _byline_across_window_show_person (self, person);
  _byline_across_window_refresh_timeline (self);
  _byline_across_window_refresh_network (self);
  _byline_across_window_fill_articles (self);
  if (a == GTK_INVALID_LIST_POSITION || a >= self->article_ids->len)
    a = 0;
  if (b == GTK_INVALID_LIST_POSITION || b >= self->article_ids->len || b == a)
    b = a == 0 ? 1 : 0;
  byline_across_window_compare (self, a, b);
  if (self->store != NULL)
    self->data_version = byline_store_get_data_version (self->store);
}

/* "people", "timeline", "network" or "compare" */
void
byline_across_window_show_page (BylineAcrossWindow *self,
                                const char         *page)
{
  g_return_if_fail (BYLINE_IS_ACROSS_WINDOW (self));
  gtk_stack_set_visible_child_name (self->stack, page);
}

/**
 * byline_across_window_get_model:
 * @name: "people", "person", "timeline", "links", "link-meetings" or "compare"
 *
 * Returns: (transfer none): the rows of that view (for tests)
 */
GListModel *
byline_across_window_get_model (BylineAcrossWindow *self,
                                const char         *name)
{
  g_return_val_if_fail (BYLINE_IS_ACROSS_WINDOW (self), NULL);

  if (g_str_equal (name, "people"))
    return G_LIST_MODEL (self->people);
  if (g_str_equal (name, "person"))
    return G_LIST_MODEL (self->person_rows);
  if (g_str_equal (name, "timeline"))
    return G_LIST_MODEL (self->events);
  if (g_str_equal (name, "links"))
    return G_LIST_MODEL (self->links);
  if (g_str_equal (name, "link-meetings"))
    return G_LIST_MODEL (self->link_meetings);
  if (g_str_equal (name, "compare"))
    return G_LIST_MODEL (self->compare_rows);
  return NULL;
}

static GtkColumnView *
view_named (BylineAcrossWindow *self,
            const char         *name)
{
  if (g_str_equal (name, "people"))
    return self->people_view;
  if (g_str_equal (name, "person"))
    return self->person_view;
  if (g_str_equal (name, "timeline"))
    return self->timeline_view;
  if (g_str_equal (name, "links"))
    return self->links_view;
  if (g_str_equal (name, "link-meetings"))
    return self->link_meetings_view;
  if (g_str_equal (name, "compare"))
    return self->compare_view;
  return NULL;
}

/* Selects a row, as a click does: a person shows their page, a link its meetings */
gboolean
byline_across_window_select (BylineAcrossWindow *self,
                             const char         *name,
                             guint               position)
{
  GtkColumnView *view;

  g_return_val_if_fail (BYLINE_IS_ACROSS_WINDOW (self), FALSE);
  view = view_named (self, name);
  if (view == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))))
    return FALSE;
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)), position);
  return TRUE;
}

/* Activates a row, as a double click or Enter does: opens its article at its passage */
gboolean
byline_across_window_activate (BylineAcrossWindow *self,
                               const char         *name,
                               guint               position)
{
  GListModel *model;

  g_return_val_if_fail (BYLINE_IS_ACROSS_WINDOW (self), FALSE);
  model = byline_across_window_get_model (self, name);
  return model != NULL && open_row (self, G_LIST_STORE (model), position);
}

/* The timeline's filters; @kind: 0 every kind, 1 articles, 2 meetings, 3 claims */
void
byline_across_window_set_filter (BylineAcrossWindow *self,
                                 const char         *person,
                                 const char         *country,
                                 guint               kind)
{
  g_return_if_fail (BYLINE_IS_ACROSS_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->person_entry), person != NULL ? person : "");
  gtk_editable_set_text (GTK_EDITABLE (self->country_entry), country != NULL ? country : "");
  gtk_drop_down_set_selected (self->kind_dropdown, kind);
  _byline_across_window_refresh_timeline (self);
}

/* As the person page's Merge and Split Off buttons do (for tests) */
void
byline_across_window_merge (BylineAcrossWindow *self,
                            const char         *from)
{
  g_return_if_fail (BYLINE_IS_ACROSS_WINDOW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->merge_entry), from);
  gtk_widget_activate_action (GTK_WIDGET (self), "across.merge", NULL);
}

void
byline_across_window_split (BylineAcrossWindow *self,
                            guint               variant)
{
  g_return_if_fail (BYLINE_IS_ACROSS_WINDOW (self));
  gtk_drop_down_set_selected (self->variant_dropdown, variant);
  gtk_widget_activate_action (GTK_WIDGET (self), "across.split", NULL);
}

/* Saves the comparison shown, as the export button does (for tests) */
gboolean
byline_across_window_export_comparison (BylineAcrossWindow *self,
                                        GFile              *file,
                                        GError            **error)
{
  g_return_val_if_fail (BYLINE_IS_ACROSS_WINDOW (self), FALSE);
  if (self->comparison == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("choose two different articles to compare"));
      return FALSE;
    }
  return _byline_across_window_export_comparison (self, file, error);
}

/* The timeline of the article open in the reading window (TRUE), or the library's */
void
byline_across_window_set_open_article_only (BylineAcrossWindow *self,
                                            gboolean            only)
{
  g_return_if_fail (BYLINE_IS_ACROSS_WINDOW (self));
  gtk_check_button_set_active (self->open_article_check, only);
}

/* Compares the articles at positions @a and @b of the drop-downs (oldest first) */
void
byline_across_window_compare (BylineAcrossWindow *self,
                              guint               a,
                              guint               b)
{
  g_return_if_fail (BYLINE_IS_ACROSS_WINDOW (self));

  self->filling = TRUE;
  gtk_drop_down_set_selected (self->article_a, a);
  gtk_drop_down_set_selected (self->article_b, b);
  self->filling = FALSE;
  _byline_across_window_refresh_compare (self);
}
