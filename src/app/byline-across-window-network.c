/* byline-across-window-network.c: the across window's page of who met whom
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Overview. The meetings graph (byline_store_meetings_graph ()) drawn on a
 * circle, and the list of its links; a link chosen lists its meetings. */

#define G_LOG_DOMAIN "byline-across"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "byline-across-window-private.h"

/* Who met whom */

static JsonObject *
graph_node (BylineAcrossWindow *self,
            const char         *id)
{
  JsonArray *nodes = byline_json_get_array (json_node_get_object (self->graph), "nodes");

  for (guint i = 0; nodes != NULL && i < json_array_get_length (nodes); i++)
    if (g_strcmp0 (byline_json_get_string (byline_json_array_get_object (nodes, i), "id"), id) == 0)
      return byline_json_array_get_object (nodes, i);
  return NULL;
}

void
_byline_across_window_refresh_network (BylineAcrossWindow *self)
{
  g_autoptr (GError) error = NULL;
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (self->links_view));
  guint selected = gtk_single_selection_get_selected (selection);
  JsonArray *links;

  g_list_store_remove_all (self->links);
  g_list_store_remove_all (self->link_meetings);
  g_clear_pointer (&self->graph, json_node_unref);
  if (!_byline_across_window_ensure_store (self))
    return;
  self->graph = byline_store_meetings_graph (self->store, NULL, &error);
  if (self->graph == NULL)
    {
      _byline_across_window_show_problem (self, error);
      return;
    }
  links = byline_json_get_array (json_node_get_object (self->graph), "links");
  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      JsonObject *l = byline_json_array_get_object (links, i);
      g_autofree char *count = g_strdup_printf ("%d", (int) byline_json_get_number (l, "count"));
      g_autofree char *dates = g_strcmp0 (byline_json_get_string (l, "first"), byline_json_get_string (l, "last")) == 0
        ? g_strdup (byline_json_get_string (l, "first") ? byline_json_get_string (l, "first") : "")
        : g_strdup_printf ("%s – %s", byline_json_get_string (l, "first") ? byline_json_get_string (l, "first") : "?", byline_json_get_string (l, "last") ? byline_json_get_string (l, "last") : "?");

      _byline_across_window_add_row (self->links, byline_json_get_string (graph_node (self, byline_json_get_string (l, "source")), "name"),
               byline_json_get_string (graph_node (self, byline_json_get_string (l, "target")), "name"), count, dates, 0, -1, -1);
    }
  /* the link chosen before stays chosen */
  if (selected != GTK_INVALID_LIST_POSITION && selected < g_list_model_get_n_items (G_LIST_MODEL (self->links)))
    gtk_single_selection_set_selected (selection, selected);
  gtk_widget_queue_draw (GTK_WIDGET (self->network_area));
}

static void
show_link (BylineAcrossWindow *self,
           guint               position)
{
  JsonObject *l = byline_json_array_get_object (byline_json_get_array (json_node_get_object (self->graph), "links"), position);
  JsonArray *meetings = byline_json_get_array (l, "meetings");

  g_list_store_remove_all (self->link_meetings);
  for (guint i = 0; meetings != NULL && i < json_array_get_length (meetings); i++)
    {
      JsonObject *m = byline_json_array_get_object (meetings, i);
      g_autofree char *where = g_strdup_printf ("%s (%s)", byline_json_get_string (m, "place") ? byline_json_get_string (m, "place") : "—",
                                                byline_meeting_status_label (byline_json_get_string (m, "status")));

      _byline_across_window_add_row (self->link_meetings, byline_json_get_string (m, "date"), where, byline_json_get_string (m, "evidence"), byline_json_get_string (m, "title"),
               byline_json_get_number (m, "article"), byline_json_get_number (m, "start"), byline_json_get_number (m, "end"));
    }
  gtk_widget_queue_draw (GTK_WIDGET (self->network_area));
}

void
_byline_across_window_on_link_selected (GtkSelectionModel  *selection,
                                        guint               position,
                                        guint               n_items,
                                        BylineAcrossWindow *self)
{
  guint selected = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection));

  if (selected != GTK_INVALID_LIST_POSITION && self->graph != NULL)
    show_link (self, selected);
}

/* The network on a circle: people and countries as dots, a line for each
 * link as thick as its meetings are many; the chosen link in the accent
 * colour, with its two names in bold */
void
_byline_across_window_draw_network (GtkDrawingArea *area,
                                    cairo_t        *cr,
                                    int             width,
                                    int             height,
                                    gpointer        data)
{
  BylineAcrossWindow *self = data;
  JsonArray *nodes, *links;
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (self->links_view));
  guint selected = gtk_single_selection_get_selected (selection);
  JsonObject *chosen;
  g_autoptr (GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;
  double cx = width / 2.0, cy = height / 2.0, radius = MIN (width, height) / 2.0 - 40;
  GdkRGBA fg;
  PangoLayout *layout;

  if (self->graph == NULL)
    return;
  nodes = byline_json_get_array (json_node_get_object (self->graph), "nodes");
  links = byline_json_get_array (json_node_get_object (self->graph), "links");
  n = nodes != NULL ? json_array_get_length (nodes) : 0;
  if (n == 0 || radius < 10)
    return;
  chosen = selected != GTK_INVALID_LIST_POSITION ? byline_json_array_get_object (links, selected) : NULL;
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  for (guint i = 0; i < n; i++)
    g_hash_table_insert (index, (gpointer) byline_json_get_string (byline_json_array_get_object (nodes, i), "id"), GUINT_TO_POINTER (i));

  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      JsonObject *l = byline_json_array_get_object (links, i);
      guint a = GPOINTER_TO_UINT (g_hash_table_lookup (index, byline_json_get_string (l, "source")));
      guint b = GPOINTER_TO_UINT (g_hash_table_lookup (index, byline_json_get_string (l, "target")));
      double ta = 2 * G_PI * a / n - G_PI / 2, tb = 2 * G_PI * b / n - G_PI / 2;

      if (l == chosen)
        cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 1.0);
      else
        cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.35);
      cairo_set_line_width (cr, MIN (1.0 + 1.5 * (byline_json_get_number (l, "count") - 1), 8.0) + (l == chosen ? 1.5 : 0));
      cairo_move_to (cr, cx + radius * cos (ta), cy + radius * sin (ta));
      cairo_line_to (cr, cx + radius * cos (tb), cy + radius * sin (tb));
      cairo_stroke (cr);
    }

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), NULL);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *node = byline_json_array_get_object (nodes, i);
      double t = 2 * G_PI * i / n - G_PI / 2;
      double x = cx + radius * cos (t), y = cy + radius * sin (t);
      gboolean in_chosen = chosen != NULL && (g_strcmp0 (byline_json_get_string (chosen, "source"), byline_json_get_string (node, "id")) == 0
                                              || g_strcmp0 (byline_json_get_string (chosen, "target"), byline_json_get_string (node, "id")) == 0);
      double r = 3 + MIN (byline_json_get_number (node, "meetings"), 10);
      int tw, th;
      PangoAttrList *attrs = pango_attr_list_new ();

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 1.0);
      if (g_strcmp0 (byline_json_get_string (node, "type"), "PERSON") == 0)
        cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      else
        cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);   /* countries and organisations: squares */
      cairo_fill (cr);
      if (in_chosen)
        pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
      pango_layout_set_text (layout, byline_json_get_string (node, "name"), -1);
      pango_layout_get_pixel_size (layout, &tw, &th);
      cairo_move_to (cr, cos (t) >= 0 ? x + r + 4 : x - r - 4 - tw, y - th / 2.0);
      pango_cairo_show_layout (cr, layout);
    }
  g_object_unref (layout);
}
