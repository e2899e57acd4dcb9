/* byline-across-window-people.c: the across window's people page: every entry,
 * a person's page, the reader's merge and split
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Overview. The list of people, organisations and places across the
 * library (byline_store_list_people ()), and the page of the one chosen:
 * what they said, whom they met, the roles they held, each row opening its
 * article at its passage. Merge and Split Off change the entries through
 * the store and read every view again. */

#define G_LOG_DOMAIN "byline-across"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-across-window-private.h"

/* People */

static const char *
type_label (const char *type)
{
  if (g_strcmp0 (type, "PERSON") == 0)
    return _("person");
  if (g_strcmp0 (type, "ORG") == 0)
    return _("organisation");
  if (g_strcmp0 (type, "PLACE") == 0)
    return _("place");
  if (g_strcmp0 (type, "NORP") == 0)
    return _("group");
  return type != NULL && *type != '\0' ? type : _("country or group");
}

void
_byline_across_window_refresh_people (BylineAcrossWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) list = NULL;
  JsonArray *array;

  g_list_store_remove_all (self->people);
  if (!_byline_across_window_ensure_store (self))
    return;
  list = byline_store_list_people (self->store, NULL, NULL, &error);
  if (list == NULL)
    {
      _byline_across_window_show_problem (self, error);
      return;
    }
  array = json_node_get_array (list);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *p = byline_json_array_get_object (array, i);
      g_autofree char *articles = g_strdup_printf ("%d", (int) byline_json_get_number (p, "articles"));

      _byline_across_window_add_row (self->people, byline_json_get_string (p, "name"), type_label (byline_json_get_string (p, "type")), articles, NULL, 0, -1, -1);
    }
  /* the person shown stays chosen */
  for (guint i = 0; self->person != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->people)); i++)
    {
      g_autoptr (BylineTableRow) row = g_list_model_get_item (G_LIST_MODEL (self->people), i);

      if (g_strcmp0 (byline_table_row_get_cell (row, 0), self->person) == 0)
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (self->people_view)), i);
          break;
        }
    }
}

void
_byline_across_window_show_person (BylineAcrossWindow *self,
                                   const char         *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) node = NULL;
  g_autofree char *variants = NULL;
  g_autofree char *summary = NULL;
  JsonObject *p;
  JsonArray *list;

  g_list_store_remove_all (self->person_rows);
  if (name == NULL || !_byline_across_window_ensure_store (self))
    return;
  node = byline_store_get_person (self->store, name, &error);
  if (node == NULL)
    {
      _byline_across_window_show_problem (self, error);
      return;
    }
  g_free (self->person);
  self->person = g_strdup (name);
  p = json_node_get_object (node);
  variants = _byline_across_window_join (byline_json_get_array (p, "variants"), ", ");
  gtk_label_set_text (self->person_title, byline_json_get_string (p, "name"));
  {
    JsonArray *spellings = byline_json_get_array (p, "variants");
    g_autoptr (GPtrArray) names = g_ptr_array_new ();

    for (guint i = 0; spellings != NULL && i < json_array_get_length (spellings); i++)
      g_ptr_array_add (names, (gpointer) json_array_get_string_element (spellings, i));
    g_ptr_array_add (names, NULL);
    gtk_string_list_splice (self->variants, 0, g_list_model_get_n_items (G_LIST_MODEL (self->variants)),
                            (const char *const *) names->pdata);
    gtk_widget_set_sensitive (self->person_tools, TRUE);
  }
  summary = g_strdup_printf (_("Written as %s. In %d articles: a named source in %d, only mentioned in %d; "
                               "%d mentions, %d quotes, %u meetings."),
                             variants, (int) byline_json_get_number (p, "articles"), (int) byline_json_get_number (p, "source_in"),
                             (int) byline_json_get_number (p, "mentioned_in"), (int) byline_json_get_number (p, "mentions"),
                             (int) byline_json_get_number (p, "quote_count"),
                             byline_json_get_array (p, "meetings") != NULL ? json_array_get_length (byline_json_get_array (p, "meetings")) : 0);
  gtk_label_set_text (self->person_summary, summary);

  list = byline_json_get_array (p, "roles");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *r = byline_json_array_get_object (list, i);
      const char *title = byline_json_get_string (r, "role"), *affiliation = byline_json_get_string (r, "affiliation");
      g_autofree char *role = title != NULL && affiliation != NULL ? g_strdup_printf ("%s, %s", title, affiliation)
                              : g_strdup (title != NULL ? title : affiliation);

      _byline_across_window_add_row (self->person_rows, byline_json_get_string (r, "date"), C_("person page", "role"), role, byline_json_get_string (r, "title"),
               byline_json_get_number (r, "article"), 0, 0);
    }
  list = byline_json_get_array (p, "quotes");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *q = byline_json_array_get_object (list, i);
      g_autofree char *text = byline_json_get_string (q, "via") != NULL
        ? g_strdup_printf (_("“%s” (%s, via %s)"), byline_json_get_string (q, "text"), byline_quote_kind_label (byline_json_get_string (q, "kind")), byline_json_get_string (q, "via"))
        : g_strdup_printf (_("“%s” (%s)"), byline_json_get_string (q, "text"), byline_quote_kind_label (byline_json_get_string (q, "kind")));

      _byline_across_window_add_row (self->person_rows, byline_json_get_string (q, "date"), C_("person page", "quote"), text, byline_json_get_string (q, "title"),
               byline_json_get_number (q, "article"), byline_json_get_number (q, "start"), byline_json_get_number (q, "end"));
    }
  list = byline_json_get_array (p, "meetings");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *m = byline_json_array_get_object (list, i);
      g_autofree char *with = _byline_across_window_join (byline_json_get_array (m, "with"), ", ");
      g_autofree char *text = byline_json_get_string (m, "place") != NULL
        ? g_strdup_printf (_("with %s, in %s (%s)"), with, byline_json_get_string (m, "place"), byline_meeting_status_label (byline_json_get_string (m, "status")))
        : g_strdup_printf (_("with %s (%s)"), with, byline_meeting_status_label (byline_json_get_string (m, "status")));

      _byline_across_window_add_row (self->person_rows, byline_json_get_string (m, "date"), C_("person page", "meeting"), text, byline_json_get_string (m, "title"),
               byline_json_get_number (m, "article"), byline_json_get_number (m, "start"), byline_json_get_number (m, "end"));
    }
}

void
_byline_across_window_on_people_selected (GtkSelectionModel  *selection,
                                          guint               position,
                                          guint               n_items,
                                          BylineAcrossWindow *self)
{
  GObject *item = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection));

  if (item != NULL)
    _byline_across_window_show_person (self, byline_table_row_get_cell (BYLINE_TABLE_ROW (item), 0));
}

/* The reader's merge and split of entries */

static void
after_merge_or_split (BylineAcrossWindow *self,
                      const char         *show,
                      GError             *error)
{
  _byline_across_window_show_problem (self, error);
  if (error != NULL)
    return;
  g_free (self->person);
  self->person = g_strdup (show);
  byline_across_window_refresh (self);
}

void
_byline_across_window_merge_action (GtkWidget  *widget,
                                    const char *action,
                                    GVariant   *parameter)
{
  BylineAcrossWindow *self = BYLINE_ACROSS_WINDOW (widget);
  const char *from = gtk_editable_get_text (GTK_EDITABLE (self->merge_entry));
  g_autofree char *into = g_strdup (self->person);
  g_autoptr (GError) error = NULL;

  if (into == NULL || from == NULL || *from == '\0' || !_byline_across_window_ensure_store (self))
    return;
  byline_store_merge_people (self->store, from, into, &error);
  if (error == NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->merge_entry), "");
  after_merge_or_split (self, into, error);
}

void
_byline_across_window_split_action (GtkWidget  *widget,
                                    const char *action,
                                    GVariant   *parameter)
{
  BylineAcrossWindow *self = BYLINE_ACROSS_WINDOW (widget);
  GObject *item = gtk_drop_down_get_selected_item (self->variant_dropdown);
  g_autofree char *name = g_strdup (self->person);
  g_autofree char *variant = item != NULL ? g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item))) : NULL;
  g_autoptr (GError) error = NULL;

  if (name == NULL || variant == NULL || !_byline_across_window_ensure_store (self))
    return;
  byline_store_split_person (self->store, name, variant, &error);
  /* the spelling split off is shown: the reader sees where it went */
  after_merge_or_split (self, variant, error);
}
