/* byline-across-window-compare.c: the across window's page of two reports
 * side by side
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Overview. Two articles of the library chosen in two drop-downs and
 * compared (byline_store_compare ()): their sourcing, quotes, meetings and
 * claims row by row; the comparison saved as Markdown, HTML or JSON
 * (byline-export-across.h). */

#define G_LOG_DOMAIN "byline-across"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-across-window-private.h"
#include "byline-export-across.h"

/* Side by side */

void
_byline_across_window_fill_articles (BylineAcrossWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) articles = NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->article_titles));
  g_autoptr (GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  if (!_byline_across_window_ensure_store (self))
    return;
  articles = byline_store_list_articles (self->store, NULL, &error);
  if (articles == NULL)
    {
      _byline_across_window_show_problem (self, error);
      return;
    }
  g_array_set_size (self->article_ids, 0);
  /* oldest first, so that ids keep their places as articles come */
  for (guint i = articles->len; i > 0; i--)
    {
      BylineArticle *a = g_ptr_array_index (articles, i - 1);

      g_array_append_val (self->article_ids, a->id);
      g_ptr_array_add (titles, a->dateline != NULL ? g_strdup_printf ("%s (%s)", a->title, a->dateline)
                                                   : g_strdup (a->title));
    }
  g_ptr_array_add (titles, NULL);
  self->filling = TRUE;
  gtk_string_list_splice (self->article_titles, 0, n_old, (const char *const *) titles->pdata);
  self->filling = FALSE;
}

static char *
describe_meeting (JsonObject *m)
{
  if (m == NULL)
    return g_strdup (_("not reported"));
  return g_strdup_printf ("%s, %s (%s): %s", byline_json_get_string (m, "date") ? byline_json_get_string (m, "date") : _("no date"),
                          byline_json_get_string (m, "place") ? byline_json_get_string (m, "place") : "—",
                          byline_meeting_status_label (byline_json_get_string (m, "status")), byline_json_get_string (m, "evidence"));
}

static char *
describe_claim (JsonObject *c)
{
  if (c == NULL)
    return g_strdup ("—");
  if (byline_json_get_string (c, "source") != NULL)
    return g_strdup_printf (_("%s (%s: %s)"), byline_json_get_string (c, "text"), byline_attribution_label (byline_json_get_string (c, "attribution")),
                            byline_json_get_string (c, "source"));
  return g_strdup_printf (_("%s (%s)"), byline_json_get_string (c, "text"), byline_attribution_label (byline_json_get_string (c, "attribution")));
}

static const char *const attributions[] = {
  "named_person", "named_org", "state_media", "media", "anonymous", "unattributed",
};

void
_byline_across_window_refresh_compare (BylineAcrossWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) node = NULL;
  guint a = gtk_drop_down_get_selected (self->article_a);
  guint b = gtk_drop_down_get_selected (self->article_b);
  JsonObject *root, *sa, *sb;
  JsonArray *list, *qa, *qb;
  gint64 ida, idb;

  g_list_store_remove_all (self->compare_rows);
  g_clear_pointer (&self->comparison, json_node_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "across.export-comparison", FALSE);
  if (self->filling || a >= self->article_ids->len || b >= self->article_ids->len || a == b
      || !_byline_across_window_ensure_store (self))
    return;
  ida = g_array_index (self->article_ids, gint64, a);
  idb = g_array_index (self->article_ids, gint64, b);
  node = byline_store_compare (self->store, ida, idb, &error);
  if (node == NULL)
    {
      _byline_across_window_show_problem (self, error);
      return;
    }
  self->comparison = json_node_ref (node);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "across.export-comparison", TRUE);
  root = json_node_get_object (node);
  sa = byline_json_array_get_object (byline_json_get_array (root, "articles"), 0);
  sb = byline_json_array_get_object (byline_json_get_array (root, "articles"), 1);

  _byline_across_window_add_row (self->compare_rows, _("Outlet"), byline_json_get_string (sa, "outlet"), byline_json_get_string (sb, "outlet"), NULL, 0, -1, -1);
  _byline_across_window_add_row (self->compare_rows, _("Dateline"), byline_json_get_string (sa, "dateline"), byline_json_get_string (sb, "dateline"), NULL, 0, -1, -1);
  for (guint i = 0; i < G_N_ELEMENTS (attributions); i++)
    {
      g_autofree char *label = g_strdup_printf (_("Claims resting on: %s"), byline_attribution_label (attributions[i]));
      g_autofree char *na = g_strdup_printf ("%d", (int) byline_json_get_number (obj (sa, "claims_by_attribution"), attributions[i]));
      g_autofree char *nb = g_strdup_printf ("%d", (int) byline_json_get_number (obj (sb, "claims_by_attribution"), attributions[i]));

      _byline_across_window_add_row (self->compare_rows, label, na, nb, NULL, 0, -1, -1);
    }
  {
    g_autofree char *la = _byline_across_window_join (byline_json_get_array (sa, "loaded_words"), ", ");
    g_autofree char *lb = _byline_across_window_join (byline_json_get_array (sb, "loaded_words"), ", ");

    _byline_across_window_add_row (self->compare_rows, _("Loaded words"), *la ? la : "—", *lb ? lb : "—", NULL, 0, -1, -1);
  }
  /* who each quotes, side by side */
  qa = byline_json_get_array (sa, "quotes");
  qb = byline_json_get_array (sb, "quotes");
  for (guint i = 0; i < MAX (qa ? json_array_get_length (qa) : 0, qb ? json_array_get_length (qb) : 0); i++)
    {
      JsonObject *x = byline_json_array_get_object (qa, i), *y = byline_json_array_get_object (qb, i);
      g_autofree char *tx = x ? g_strdup_printf ("%s: “%s”", byline_json_get_string (x, "speaker"), byline_json_get_string (x, "text")) : g_strdup ("");
      g_autofree char *ty = y ? g_strdup_printf ("%s: “%s”", byline_json_get_string (y, "speaker"), byline_json_get_string (y, "text")) : g_strdup ("");

      _byline_across_window_add_row (self->compare_rows, i == 0 ? _("Quotes") : "", tx, ty, NULL, x ? ida : idb,
               x ? byline_json_get_number (x, "start") : byline_json_get_number (y, "start"), x ? byline_json_get_number (x, "end") : byline_json_get_number (y, "end"));
    }
  list = byline_json_get_array (root, "meetings");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *m = byline_json_array_get_object (list, i);
      JsonObject *ma = obj (m, "a"), *mb = obj (m, "b");
      g_autofree char *people = _byline_across_window_join (byline_json_get_array (m, "people"), ", ");
      g_autofree char *label = g_strdup_printf (_("Meeting: %s"), people);
      g_autofree char *da = describe_meeting (ma);
      g_autofree char *db = describe_meeting (mb);

      _byline_across_window_add_row (self->compare_rows, label, da, db, NULL, ma ? ida : idb, byline_json_get_number (ma ? ma : mb, "start"),
               byline_json_get_number (ma ? ma : mb, "end"));
    }
  list = byline_json_get_array (root, "claims");
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *c = byline_json_array_get_object (list, i);
      JsonObject *ca = obj (c, "a"), *cb = obj (c, "b");
      g_autofree char *da = describe_claim (ca);
      g_autofree char *db = describe_claim (cb);
      const char *label = ca && cb ? _("Both report") : ca ? _("Only A reports") : _("Only B reports");

      _byline_across_window_add_row (self->compare_rows, label, da, db, NULL, ca ? ida : idb, byline_json_get_number (ca ? ca : cb, "start"),
               byline_json_get_number (ca ? ca : cb, "end"));
    }
  {
    JsonArray *only = byline_json_get_array (root, "only_people");
    g_autofree char *oa = only ? _byline_across_window_join (json_array_get_array_element (only, 0), ", ") : g_strdup ("");
    g_autofree char *ob = only && json_array_get_length (only) > 1
                          ? _byline_across_window_join (json_array_get_array_element (only, 1), ", ") : g_strdup ("");

    _byline_across_window_add_row (self->compare_rows, _("Named by one only"), oa, ob, NULL, 0, -1, -1);
  }
}

void
_byline_across_window_on_article_chosen (BylineAcrossWindow *self)
{
  _byline_across_window_refresh_compare (self);
}

/* Writes the comparison shown to @file, its format by the name's ending
 * (.html, .json, .pdf; else Markdown) */
gboolean
_byline_across_window_export_comparison (BylineAcrossWindow *self,
                                         GFile              *file,
                                         GError            **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (name, -1);
  BylineExportFormat format = BYLINE_EXPORT_MARKDOWN;
  g_autoptr (GBytes) bytes = NULL;

  if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm"))
    format = BYLINE_EXPORT_HTML;
  else if (g_str_has_suffix (lower, ".json"))
    format = BYLINE_EXPORT_JSON;
  else if (g_str_has_suffix (lower, ".pdf"))
    format = BYLINE_EXPORT_PDF;
  bytes = byline_export_comparison (self->comparison, format, error);
  return bytes != NULL
         && g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL,
                                     FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

static void
on_export_response (GtkNativeDialog    *dialog,
                    int                 response,
                    BylineAcrossWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->comparison != NULL)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GError) error = NULL;

      _byline_across_window_export_comparison (self, file, &error);
      _byline_across_window_show_problem (self, error);
    }
  g_clear_object (&self->export_dialog);
}

void
_byline_across_window_export_comparison_action (GtkWidget  *widget,
                                                const char *action,
                                                GVariant   *parameter)
{
  BylineAcrossWindow *self = BYLINE_ACROSS_WINDOW (widget);

  if (self->comparison == NULL || self->export_dialog != NULL)
    return;
  self->export_dialog = gtk_file_chooser_native_new (_("Export the Comparison"), GTK_WINDOW (self),
                                                     GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: a file name; its ending (.md, .html, .json, .pdf) chooses the format */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_dialog), _("comparison.md"));
  g_signal_connect (self->export_dialog, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_dialog));
}
