/* test-across-window.c: the Across Articles window under Xvfb: a person's
 * page, the timeline and its filters, the network and its links, two
 * articles side by side; activating a row opens its article at its passage
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "byline-across-window.h"
#include "byline-people.h"
#include "byline-store.h"
#include "byline-table-row.h"
#include "byline-window-private.h"
#include "test-ui-util.h"

static char *library_dir;
static char *library_path;
static gint64 state_id, wire_id;

static gint64
add_fixture (BylineStore *store,
             const char  *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "across", name, NULL);
  g_autofree char *text = NULL;
  gsize len;
  g_autoptr (BylineText) t = NULL;
  gint64 id;

  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  t = byline_text_new_from_data (text, len, path, FALSE, &error);
  g_assert_no_error (error);
  id = byline_store_add_article (store, t, NULL, path, "text", NULL, NULL, &error);
  g_assert_no_error (error);
  return id;
}

static const char *
cell (GListModel *model,
      guint       position,
      guint       column)
{
  g_autoptr (BylineTableRow) row = g_list_model_get_item (model, position);

  return byline_table_row_get_cell (row, column);
}

static int
find_row (GListModel *model,
          guint       column,
          const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (strstr (cell (model, i, column), text) != NULL)
      return i;
  return -1;
}

static void
wait_loaded (BylineWindow *window)
{
  while (byline_window_get_loading (window))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_pages (void)
{
  BylineWindow *reader = byline_window_new (NULL, library_path);
  BylineAcrossWindow *across;
  GListModel *people, *person, *timeline, *links, *meetings, *compare;
  int volkov, row;

  gtk_window_present (GTK_WINDOW (reader));
  across = byline_across_window_new (GTK_WINDOW (reader), library_path);
  gtk_window_present (GTK_WINDOW (across));

  /* people: one Volkov for both spellings; his page */
  people = byline_across_window_get_model (across, "people");
  volkov = find_row (people, 0, "Volkov");
  g_assert_cmpint (volkov, >=, 0);
  g_assert_cmpstr (cell (people, volkov, 2), ==, "2");
  g_assert_cmpint (find_row (people, 0, "Sergey Volkov"), ==, -1);
  g_assert_true (byline_across_window_select (across, "people", volkov));
  person = byline_across_window_get_model (across, "person");
  g_assert_cmpint (find_row (person, 2, "blackmail"), >=, 0);
  g_assert_cmpint (find_row (person, 2, "with Mohammad Karimi, in Tehran"), >=, 0);

  /* a quote opens its article at the passage */
  row = find_row (person, 2, "Moscow was ready");
  g_assert_cmpint (row, >=, 0);
  g_assert_true (byline_across_window_activate (across, "person", row));
  wait_loaded (reader);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpint (byline_window_get_article (reader), ==, wire_id);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (byline_window_get_text_view (reader));
    GtkTextIter start, end;
    g_autofree char *selected = NULL;

    g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
    selected = gtk_text_iter_get_text (&start, &end);
    g_assert_cmpstr (selected, ==, "Moscow was ready to help finance the pipeline");
  }

  /* the timeline: in order; the Tehran meeting once, from both articles; filters */
  timeline = byline_across_window_get_model (across, "timeline");
  g_assert_cmpuint (g_list_model_get_n_items (timeline), >=, 4);
  for (guint i = 1; i < g_list_model_get_n_items (timeline); i++)
    g_assert_cmpstr (cell (timeline, i - 1, 0), <=, cell (timeline, i, 0));
  row = find_row (timeline, 2, "in Tehran");
  g_assert_cmpint (row, >=, 0);
  g_assert_nonnull (strstr (cell (timeline, row, 2), "1 more article"));
  byline_across_window_set_filter (across, NULL, "Baku", 2);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);
  byline_across_window_set_filter (across, "Nobody Atall", NULL, 0);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 0);
  byline_across_window_set_filter (across, NULL, NULL, 0);
  /* the open article's own timeline: the wire report is open */
  byline_across_window_set_open_article_only (across, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    g_assert_cmpint (g_ascii_strtoll (cell (timeline, i, 5), NULL, 10), ==, wire_id);
  byline_across_window_set_open_article_only (across, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), >=, 4);

  /* the network: choosing a link lists its meetings with their evidence */
  links = byline_across_window_get_model (across, "links");
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 2);
  row = find_row (links, 1, "Karimi");
  g_assert_cmpint (row, >=, 0);
  g_assert_cmpstr (cell (links, row, 2), ==, "2");
  g_assert_true (byline_across_window_select (across, "links", row));
  meetings = byline_across_window_get_model (across, "link-meetings");
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
  g_assert_nonnull (strstr (cell (meetings, 0, 2), "Tehran"));

  /* side by side: sourcing and claims of the two reports */
  byline_across_window_compare (across, 0, 1);
  compare = byline_across_window_get_model (across, "compare");
  row = find_row (compare, 0, "Loaded words");
  g_assert_cmpint (row, >=, 0);
  g_assert_nonnull (strstr (cell (compare, row, 1), "blatant"));
  row = find_row (compare, 0, "Only B reports");
  g_assert_cmpint (row, >=, 0);
  g_assert_cmpint (find_row (compare, 2, "protesters"), >=, 0);
  g_assert_cmpint (find_row (compare, 0, "Both report"), >=, 0);

  /* and exported, the format by the file's ending */
  {
    g_autofree char *html_path = g_build_filename (library_dir, "comparison.html", NULL);
    g_autofree char *pdf_path = g_build_filename (library_dir, "comparison.pdf", NULL);
    g_autoptr (GFile) html = g_file_new_for_path (html_path);
    g_autoptr (GFile) pdf = g_file_new_for_path (pdf_path);
    g_autoptr (GError) error = NULL;
    g_autofree char *contents = NULL;

    g_assert_true (byline_across_window_export_comparison (across, html, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (html_path, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));
    g_assert_nonnull (strstr (contents, "What only B reports"));
    g_assert_true (byline_across_window_export_comparison (across, pdf, &error));
    g_assert_no_error (error);
    g_clear_pointer (&contents, g_free);
    g_assert_true (g_file_get_contents (pdf_path, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  }

  /* the reader splits a spelling off, then merges it back */
  byline_across_window_show_page (across, "people");
  volkov = find_row (people, 0, "Volkov");
  g_assert_true (byline_across_window_select (across, "people", volkov));
  byline_across_window_split (across, 1);   /* "Sergey Volkov", the second spelling */
  g_assert_cmpint (find_row (people, 0, "Sergey Volkov"), >=, 0);
  g_assert_cmpint (find_row (people, 0, "Sergei Volkov"), >=, 0);
  /* (the page now shows the spelling split off: back to the other, and merge it in) */
  g_assert_true (byline_across_window_select (across, "people", find_row (people, 0, "Sergei Volkov")));
  byline_across_window_merge (across, "Sergey Volkov");
  /* one entry again, under one of its spellings */
  g_assert_true ((find_row (people, 0, "Sergey Volkov") < 0) != (find_row (people, 0, "Sergei Volkov") < 0));
  volkov = find_row (people, 0, "Volkov");
  g_assert_cmpstr (cell (people, volkov, 2), ==, "2");

  gtk_window_destroy (GTK_WINDOW (across));
  gtk_window_destroy (GTK_WINDOW (reader));
  while (g_main_context_iteration (NULL, FALSE));
}

int
main (int    argc,
      char **argv)
{
  int status;

  if (!byline_test_ui_init (&argc, &argv))
    {
      g_test_message ("no display: run under xvfb-run");
      return 77;
    }
  adw_init ();

  library_dir = g_dir_make_tmp ("byline-across-window-XXXXXX", NULL);
  library_path = g_build_filename (library_dir, "library.db", NULL);
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (BylineStore) store = byline_store_open (library_path, &error);

    g_assert_no_error (error);
    state_id = add_fixture (store, "visit-state.txt");
    wire_id = add_fixture (store, "visit-wire.txt");
  }
  g_test_add_func ("/across-window/pages", test_pages);
  status = g_test_run ();

  {
    g_autoptr (GDir) d = g_dir_open (library_dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (library_dir, name, NULL);

        g_unlink (path);
      }
    g_rmdir (library_dir);
  }
  return status;
}
