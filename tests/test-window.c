/* test-window.c: the Byline window under Xvfb: an article opens with its
 * highlights and sidebar, a quote row selects its words, a note is stored and
 * is there again after reopening, and no widget leaks.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "byline-item.h"
#include "byline-note-margin.h"
#include "byline-note-popover.h"
#include "byline-preferences.h"
#include "byline-store.h"
#include "byline-window-private.h"
#include "test-ui-util.h"
#include "test-util.h"

static char *library_dir;
static char *library_path;

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Opens @path in a new window and waits until it is shown with its highlights */
static BylineWindow *
open_window (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  BylineWindow *window = byline_window_new (NULL, library_path);
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (60, timeout_cb, &timed_out);

  gtk_window_present (GTK_WINDOW (window));
  byline_test_ui_wait_shown (GTK_WINDOW (window));
  byline_window_open (window, file);
  while (byline_window_get_loading (window) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout);
  g_assert_null (byline_window_get_error (window));
  return window;
}

static void
close_window (BylineWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_finalize_object (window);
}

static char *
buffer_text (BylineWindow *window)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (byline_window_get_text_view (window));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
has_tag_at (BylineWindow *window,
            guint         offset,
            const char   *tag_name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (byline_window_get_text_view (window));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

static char *
sample_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name, NULL);
}

static void
test_sample_highlights (void)
{
  g_autofree char *path = sample_path ("byline-harbour-talks.txt");
  BylineWindow *window = open_window (path);
  g_autofree char *text = buffer_text (window);
  GListModel *quotes = byline_window_get_page (window, "quotes");
  GListModel *people = byline_window_get_page (window, "people");
  guint berg = test_char_index (text, "Minister Anna Berg") + strlen ("Minister ");

  /* the window is titled by the article, as GNOME titles a document */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Norway, Chile Agree to Share Fisheries Data");
  /* a known person, place and nationality carry their highlights; plain words do not */
  g_assert_true (has_tag_at (window, berg, "entity-PERSON"));
  g_assert_true (has_tag_at (window, berg + 8, "entity-PERSON"));
  g_assert_true (has_tag_at (window, test_char_index (text, "Oslo on Monday"), "entity-PLACE"));
  g_assert_true (has_tag_at (window, test_char_index (text, "Norwegian Foreign"), "entity-NORP"));
  g_assert_false (has_tag_at (window, test_char_index (text, "counterpart"), "entity-PERSON"));
  g_assert_true (has_tag_at (window, 0, "headline"));
  /* a claim's hedge and a loaded word have their own marks */
  g_assert_true (has_tag_at (window, test_char_index (text, "blatant"), "loaded"));
  g_assert_true (has_tag_at (window, test_char_index (text, "estimated $40"), "hedge"));
  g_assert_false (has_tag_at (window, test_char_index (text, "counterpart"), "hedge"));
  /* F6 moves between the article and the sidebar */
  gtk_widget_grab_focus (GTK_WIDGET (byline_window_get_text_view (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cycle-focus", NULL));
  g_assert_false (gtk_widget_has_focus (GTK_WIDGET (byline_window_get_text_view (window))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cycle-focus", NULL));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (byline_window_get_text_view (window))));
  /* the sidebar has the quotes and the people */
  g_assert_cmpuint (g_list_model_get_n_items (quotes), >=, 3);
  g_assert_cmpuint (g_list_model_get_n_items (people), >=, 4);
  g_assert_cmpuint (g_list_model_get_n_items (byline_window_get_page (window, "claims")), >=, 5);
  g_assert_cmpuint (g_list_model_get_n_items (byline_window_get_page (window, "meetings")), >=, 1);
  /* the sources page: what the claims rest on, who is quoted, the signals */
  {
    GListModel *sources = byline_window_get_page (window, "sources");
    gboolean quoted = FALSE, anonymous = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
      {
        g_autoptr (BylineItem) item = g_list_model_get_item (sources, i);
        quoted |= g_str_equal (byline_item_get_title (item), "Anna Berg");
        anonymous |= g_str_equal (byline_item_get_title (item), "anonymous");
      }
    g_assert_true (quoted);
    g_assert_true (anonymous);
  }
  close_window (window);
}

static void
test_quote_row_selects (void)
{
  g_autofree char *path = sample_path ("byline-harbour-talks.txt");
  BylineWindow *window = open_window (path);
  GListModel *quotes = byline_window_get_page (window, "quotes");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (byline_window_get_text_view (window));

  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr (BylineItem) item = g_list_model_get_item (quotes, i);
      GtkTextIter start, end;

      g_assert_true (byline_window_activate_item (window, "quotes", i));
      g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
      g_assert_cmpuint (gtk_text_iter_get_offset (&start), ==, byline_item_get_start (item));
      g_assert_cmpuint (gtk_text_iter_get_offset (&end), ==, byline_item_get_end (item));
    }
  {
    g_autoptr (BylineItem) second = g_list_model_get_item (quotes, 1);
    g_assert_cmpstr (byline_item_get_title (second), ==, "Anna Berg");
    g_assert_cmpstr (byline_item_get_badge (second), ==, "direct");
    /* the selection says what it is part of: this quote, and the claim around it */
    g_assert_true (byline_window_activate_item (window, "quotes", 1));
    g_assert_nonnull (strstr (byline_window_get_coverage (window), "quote (direct): Anna Berg"));
    g_assert_nonnull (strstr (byline_window_get_coverage (window), "claim (named person)"));
  }
  close_window (window);
}

static void
test_note_persists (void)
{
  g_autofree char *path = sample_path ("byline-harbour-talks.txt");
  BylineWindow *window = open_window (path);
  g_autofree char *text = buffer_text (window);
  guint start = test_char_index (text, "Mateo Fuentes");
  g_autoptr (GError) error = NULL;
  gint64 id;
  GListModel *notes;

  id = byline_window_add_note (window, start, start + 13, "Chile's minister", 2, "people, chile", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  notes = byline_window_get_page (window, "notes");
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  g_assert_true (has_tag_at (window, start + 2, "note"));
  close_window (window);

  /* on disk: another window, and the library itself, have it */
  {
    g_autoptr (BylineStore) store = byline_store_open (library_path, &error);
    g_autoptr (BylineNote) note = byline_store_get_note (store, id, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (note->body, ==, "Chile's minister");
    g_assert_cmpint (note->kind, ==, BYLINE_NOTE_QUESTION);
    g_assert_cmpstr (note->tags[0], ==, "chile");
  }
  window = open_window (path);
  notes = byline_window_get_page (window, "notes");
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  {
    g_autoptr (BylineItem) item = g_list_model_get_item (notes, 0);

    g_assert_cmpstr (byline_item_get_title (item), ==, "Chile's minister");
    g_assert_cmpuint (byline_item_get_start (item), ==, start);
    g_assert_true (has_tag_at (window, start + 2, "note"));
    /* deleting takes it out of the library, and of the text */
    g_assert_true (byline_window_delete_note (window, byline_item_get_id (item)));
  }
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 0);
  g_assert_false (has_tag_at (window, start + 2, "note"));
  close_window (window);
}

static BylineNotePopover *
find_note_popover (BylineWindow *window)
{
  GtkWidget *view = GTK_WIDGET (byline_window_get_text_view (window));

  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (BYLINE_IS_NOTE_POPOVER (child))
      return BYLINE_NOTE_POPOVER (child);
  g_assert_not_reached ();
}

static void
test_note_margin_edit (void)
{
  g_autofree char *path = sample_path ("wikinews-nasa-shuttles.txt");
  BylineWindow *window = open_window (path);
  GtkTextView *view = byline_window_get_text_view (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *text = buffer_text (window);
  GtkWidget *margin = gtk_text_view_get_gutter (view, GTK_TEXT_WINDOW_RIGHT);
  g_autoptr (GError) error = NULL;
  BylineNotePopover *popover;
  GtkWidget *card;
  GtkTextIter cursor;
  guint start;
  gint64 id;
  int width;

  /* GTK 4.8 gives the border that holds the gutter, not the gutter */
  if (margin != NULL && !BYLINE_IS_NOTE_MARGIN (margin))
    margin = gtk_widget_get_first_child (margin);
  /* no notes: the margin takes no room from the text */
  g_assert_true (BYLINE_IS_NOTE_MARGIN (margin));
  g_assert_cmpuint (byline_note_margin_get_n_cards (BYLINE_NOTE_MARGIN (margin)), ==, 0);
  gtk_widget_measure (margin, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  g_assert_cmpint (width, ==, 0);

  start = test_char_index (text, "NASA");
  id = byline_window_add_note (window, start, start + 4, "Which office?", 1, "agencies", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (byline_note_margin_get_n_cards (BYLINE_NOTE_MARGIN (margin)), ==, 1);
  gtk_widget_measure (margin, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  g_assert_cmpint (width, >, 0);
  card = byline_note_margin_get_card (BYLINE_NOTE_MARGIN (margin), id);
  g_assert_nonnull (card);
  /* laid out beside the text, where a reader can click it */
  for (guint frames = 0; frames < 200 && gtk_widget_get_width (card) == 0; frames++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_child_visible (card));
  g_assert_cmpint (gtk_widget_get_width (card), >, 0);

  /* clicking the card opens the note to edit, filled in */
  popover = find_note_popover (window);
  g_signal_emit_by_name (card, "clicked");
  g_assert_cmpint (byline_note_popover_get_note (popover), ==, id);
  {
    g_autofree char *body = byline_note_popover_dup_body (popover);
    g_autofree char *tags = byline_note_popover_dup_tags (popover);

    g_assert_cmpstr (body, ==, "Which office?");
    g_assert_cmpstr (tags, ==, "agencies");
    g_assert_cmpint (byline_note_popover_get_kind (popover), ==, BYLINE_NOTE_COMMENT);
  }
  /* saving changes that note, not a new one */
  byline_note_popover_set_tags (BYLINE_NOTE_POPOVER (popover), "agencies, space");
  g_signal_emit_by_name (popover, "save");
  {
    g_autoptr (BylineStore) store = byline_store_open (library_path, &error);
    g_autoptr (GPtrArray) notes = byline_store_list_notes (store, byline_window_get_article (window), NULL, &error);
    BylineNote *note;

    g_assert_no_error (error);
    g_assert_cmpuint (notes->len, ==, 1);
    note = g_ptr_array_index (notes, 0);
    g_assert_cmpint (note->id, ==, id);
    g_assert_cmpstr (note->body, ==, "Which office?");
    g_assert_cmpuint (g_strv_length (note->tags), ==, 2);
    g_assert_cmpstr (note->tags[1], ==, "space");
  }
  g_assert_cmpuint (g_list_model_get_n_items (byline_window_get_page (window, "notes")), ==, 1);

  /* F2 with the cursor in the passage edits the note there */
  byline_note_popover_reset (popover, 0, 0);
  gtk_text_buffer_get_iter_at_offset (buffer, &cursor, (int) start + 2);
  gtk_text_buffer_place_cursor (buffer, &cursor);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-note", NULL));
  g_assert_cmpint (byline_note_popover_get_note (popover), ==, id);
  gtk_popover_popdown (GTK_POPOVER (popover));

  /* a changed text changes the card; the store has it */
  g_assert_true (byline_window_update_note (window, id, "Which NASA office?", BYLINE_NOTE_QUESTION,
                                            "agencies", &error));
  g_assert_no_error (error);
  card = byline_note_margin_get_card (BYLINE_NOTE_MARGIN (margin), id);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (card), !=, NULL);
  {
    g_autoptr (BylineItem) item = g_list_model_get_item (byline_window_get_page (window, "notes"), 0);
    GtkWidget *label = gtk_button_get_child (GTK_BUTTON (card));

    g_assert_cmpstr (byline_item_get_title (item), ==, "Which NASA office?");
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "Which NASA office?");
  }
  g_assert_true (byline_window_delete_note (window, id));
  g_assert_cmpuint (byline_note_margin_get_n_cards (BYLINE_NOTE_MARGIN (margin)), ==, 0);
  close_window (window);
}

/* A long article: every row reaches its page, though they go in a few a frame */
static void
test_long_article_rows (void)
{
  g_autofree char *sample = sample_path ("byline-harbour-talks.txt");
  g_autofree char *long_path = g_build_filename (library_dir, "long.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GString) many = g_string_new ("Harbour talks, many times over\n\n");
  g_autoptr (GError) error = NULL;
  BylineWindow *window;

  g_assert_true (g_file_get_contents (sample, &text, NULL, NULL));
  for (guint i = 0; i < 60; i++)
    g_string_append_printf (many, "%s\n\n", strchr (text, '\n') + 1);
  g_assert_true (g_file_set_contents (long_path, many->str, -1, NULL));
  window = open_window (long_path);
  {
    g_autoptr (BylineStore) store = byline_store_open (library_path, &error);
    g_autoptr (JsonNode) analysis = byline_store_dup_analysis (store, byline_window_get_article (window),
                                                               TRUE, &error);
    JsonObject *root;
    const char *pages[] = { "quotes", "claims", "meetings" };

    g_assert_no_error (error);
    root = json_node_get_object (analysis);
    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      g_assert_cmpuint (g_list_model_get_n_items (byline_window_get_page (window, pages[i])), ==,
                        json_array_get_length (json_object_get_array_member (root, pages[i])));
    /* more than a list view makes widgets for at once */
    g_assert_cmpuint (g_list_model_get_n_items (byline_window_get_page (window, "claims")), >, 200);
  }
  close_window (window);
  g_unlink (long_path);
}

static void
wait_loaded (BylineWindow *window)
{
  while (byline_window_get_loading (window))
    g_main_context_iteration (NULL, TRUE);
}

static void
wait_exports (BylineWindow *window)
{
  while (byline_window_get_exporting (window) > 0)
    g_main_context_iteration (NULL, TRUE);
}

/* File > Export writes the summary with the notes; File > Import brings
 * them back, once */
static void
test_export_import (void)
{
  g_autofree char *path = sample_path ("wikinews-afghan-robotics.txt");
  g_autofree char *html_path = g_build_filename (library_dir, "summary.html", NULL);
  g_autofree char *json_path = g_build_filename (library_dir, "summary.json", NULL);
  g_autoptr (GFile) html = g_file_new_for_path (html_path);
  g_autoptr (GFile) json = g_file_new_for_path (json_path);
  g_autoptr (GFile) nowhere = g_file_new_for_path ("/nonexistent-byline-dir/summary.md");
  BylineWindow *window = open_window (path);
  g_autofree char *text = buffer_text (window);
  GListModel *notes = byline_window_get_page (window, "notes");
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  guint first = test_char_index (text, "robot");
  gint64 ids[2];

  ids[0] = byline_window_add_note (window, first, first + 5, "<script>alert(1)</script> who built it?",
                                   BYLINE_NOTE_QUESTION, "tech", &error);
  g_assert_no_error (error);
  ids[1] = byline_window_add_note (window, 0, 10, "headline", BYLINE_NOTE_COMMENT, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (byline_window_export (window, html, BYLINE_EXPORT_HTML, BYLINE_EXPORT_FLAGS_NONE, &error));
  g_assert_true (byline_window_export (window, json, BYLINE_EXPORT_JSON, BYLINE_EXPORT_FLAGS_NONE, &error));
  g_assert_no_error (error);
  wait_exports (window);
  g_assert_true (g_file_get_contents (html_path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Content-Security-Policy"));
  g_assert_nonnull (strstr (contents, "&lt;script&gt;alert(1)"));
  g_assert_null (strstr (contents, "<script>alert(1)"));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (json_path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "TextQuoteSelector"));

  /* gone from the library, then back from the export, once */
  g_assert_true (byline_window_delete_note (window, ids[0]));
  g_assert_true (byline_window_delete_note (window, ids[1]));
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 0);
  g_assert_true (byline_window_import_notes (window, json, &error));
  g_assert_no_error (error);
  wait_loaded (window);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 2);
  {
    g_autoptr (BylineItem) item = g_list_model_get_item (notes, 1);

    g_assert_cmpuint (byline_item_get_start (item), ==, first);
    g_assert_cmpstr (byline_item_get_title (item), ==, "<script>alert(1)</script> who built it?");
  }
  g_assert_true (byline_window_import_notes (window, json, &error));
  wait_loaded (window);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 2);

  /* a file that cannot be written: the banner names it */
  g_assert_true (byline_window_export (window, nowhere, BYLINE_EXPORT_MARKDOWN, BYLINE_EXPORT_FLAGS_NONE, &error));
  wait_exports (window);
  g_assert_nonnull (byline_window_get_error (window));
  g_assert_nonnull (strstr (byline_window_get_error (window), "/nonexistent-byline-dir/summary.md"));
  /* and what is not an export is refused, naming the file */
  g_assert_false (byline_window_import_notes (window, html, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "summary.html"));
  close_window (window);
  g_unlink (html_path);
  g_unlink (json_path);
}

static void
test_correction_persists (void)
{
  g_autofree char *path = sample_path ("byline-harbour-talks.txt");
  BylineWindow *window = open_window (path);
  g_autofree char *text = buffer_text (window);
  guint oslo = test_char_index (text, "Oslo on Monday");
  g_autoptr (GError) error = NULL;
  gint64 id;

  g_assert_true (has_tag_at (window, oslo, "entity-PLACE"));
  /* nothing to correct between the words */
  g_assert_cmpint (byline_window_correct_entity (window, test_char_index (text, "counterpart"), "ORG", &error), ==, 0);
  g_assert_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_NOT_FOUND);
  g_clear_error (&error);

  id = byline_window_correct_entity (window, oslo + 1, "ORG", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  wait_loaded (window);
  g_assert_true (has_tag_at (window, oslo, "entity-ORG"));
  g_assert_false (has_tag_at (window, oslo, "entity-PLACE"));
  close_window (window);

  /* every later analysis of the article applies it */
  window = open_window (path);
  g_assert_true (has_tag_at (window, oslo, "entity-ORG"));
  /* and "not a name" takes the highlight away */
  {
    guint monday = test_char_index (text, "Monday for talks");

    g_assert_true (has_tag_at (window, monday, "entity-DATE"));
    g_assert_cmpint (byline_window_correct_entity (window, monday, NULL, &error), >, 0);
    wait_loaded (window);
    g_assert_false (has_tag_at (window, monday, "entity-DATE"));
  }
  close_window (window);

  /* a quote's speaker, and a quote that is none */
  window = open_window (path);
  {
    GListModel *quotes = byline_window_get_page (window, "quotes");
    guint n = g_list_model_get_n_items (quotes);
    g_autoptr (BylineItem) first = NULL;

    g_assert_cmpint (byline_window_correct_quote (window, 1, "Mateo Fuentes", &error), >, 0);
    wait_loaded (window);
    {
      g_autoptr (BylineItem) second = g_list_model_get_item (quotes, 1);
      g_assert_cmpstr (byline_item_get_title (second), ==, "Mateo Fuentes");
    }
    g_assert_cmpint (byline_window_correct_quote (window, 0, NULL, &error), >, 0);
    wait_loaded (window);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (quotes), ==, n - 1);
    first = g_list_model_get_item (quotes, 0);
    g_assert_cmpstr (byline_item_get_title (first), ==, "Mateo Fuentes");
    g_assert_cmpint (byline_window_correct_quote (window, 99, "x", &error), ==, 0);
    g_assert_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  close_window (window);

  {
    g_autoptr (BylineStore) store = byline_store_open (library_path, &error);
    g_autoptr (GPtrArray) list = byline_store_list_corrections (store, 0, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (list->len, ==, 4);
    /* undo, for the tests after this one */
    for (guint i = 0; i < list->len; i++)
      g_assert_true (byline_store_delete_correction (store, ((BylineCorrection *) list->pdata[i])->id,
                                                     &error));
  }
}

static void
test_library (void)
{
  g_autofree char *harbour = sample_path ("byline-harbour-talks.txt");
  g_autofree char *robots = sample_path ("wikinews-afghan-robotics.txt");
  BylineWindow *window = open_window (robots);
  GListModel *library = byline_window_get_library (window);
  g_autoptr (BylineItem) hit = NULL;
  gint64 robots_id = byline_window_get_article (window);

  close_window (window);
  window = open_window (harbour);
  library = byline_window_get_library (window);

  /* every article, newest first */
  byline_window_show_library (window, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (library), >=, 2);
  /* search across articles and notes; a row opens its article */
  byline_window_show_library (window, "robotics competition");
  g_assert_cmpuint (g_list_model_get_n_items (library), >=, 1);
  hit = g_list_model_get_item (library, 0);
  g_assert_cmpint (byline_item_get_id (hit), ==, robots_id);
  byline_window_open_article (window, byline_item_get_id (hit));
  wait_loaded (window);
  g_assert_cmpint (byline_window_get_article (window), ==, robots_id);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "robotics"));
  byline_window_show_library (window, "no such words anywhere");
  g_assert_cmpuint (g_list_model_get_n_items (library), ==, 0);
  close_window (window);
}

static void
test_pasted_text (void)
{
  BylineWindow *window = byline_window_new (NULL, library_path);
  const char *article = "Harbour Opens New Pier\n\nBERGEN - Mayor Ingrid Solberg opened the pier on Friday.\n";

  gtk_window_present (GTK_WINDOW (window));
  byline_window_open_text (window, article);
  wait_loaded (window);
  g_assert_null (byline_window_get_error (window));
  g_assert_cmpint (byline_window_get_article (window), >, 0);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Harbour Opens New Pier");
  g_assert_true (has_tag_at (window, strlen ("Harbour Opens New Pier\n\nBERGEN - Mayor "), "entity-PERSON"));
  close_window (window);
}

/* Rich text pasted from a browser goes through the reader-mode import */
static void
test_pasted_html (void)
{
  BylineWindow *window = byline_window_new (NULL, library_path);
  const char *html = "<meta charset=\"utf-8\"><nav><a href=\"/\">Home</a> <a href=\"/s\">Sport</a>"
                     "</nav><h1>Ferry Timetable Changes</h1><div class=\"story\"><p>OSLO - The ferry "
                     "company said on Monday that boats would leave every forty minutes, from "
                     "next week on, because fewer people travel in winter.</p><p>Passengers, "
                     "who were told of the change by letter, asked for a later last boat on "
                     "Fridays and Saturdays.</p></div><div class=\"comments\"><p>Reader comment: "
                     "the old timetable was better, and I have said so many times.</p></div>";
  g_autoptr (GBytes) bytes = g_bytes_new (html, strlen (html));
  g_autoptr (GdkContentProvider) content = gdk_content_provider_new_for_bytes ("text/html", bytes);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_window_present (GTK_WINDOW (window));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (window)), content);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.paste-article", NULL);
  /* the clipboard is read before the load starts */
  {
    gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

    while (byline_window_get_article (window) == 0 && byline_window_get_error (window) == NULL
           && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
  }
  wait_loaded (window);
  g_assert_null (byline_window_get_error (window));
  buffer = gtk_text_view_get_buffer (byline_window_get_text_view (window));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strstr (text, "boats would leave every forty minutes"));
  g_assert_null (strstr (text, "Reader comment"));
  g_assert_null (strstr (text, "Sport"));
  g_assert_null (strstr (text, "<p>"));
  close_window (window);
}

static void
test_settings (void)
{
  g_autofree char *path = sample_path ("byline-harbour-talks.txt");
  g_autoptr (GSettings) settings = g_settings_new ("app.byline.Byline");
  BylineWindow *window = open_window (path);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (byline_window_get_text_view (window));
  GtkTextTag *person = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "entity-PERSON");
  GtkTextTag *place = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "entity-PLACE");
  const char *no_people[] = { "ORG", "PLACE", "NORP", "DATE", "MONEY", NULL };
  gboolean on = FALSE;
  GtkWidget *prefs;

  g_object_get (person, "background-set", &on, NULL);
  g_assert_true (on);
  /* the preferences, or the legend, hide a kind; the others stay */
  g_settings_set_strv (settings, "highlight-types", no_people);
  g_object_get (person, "background-set", &on, NULL);
  g_assert_false (on);
  g_object_get (place, "background-set", &on, NULL);
  g_assert_true (on);
  g_settings_set_boolean (settings, "show-highlights", FALSE);
  g_object_get (place, "background-set", &on, NULL);
  g_assert_false (on);
  /* spacing follows the setting */
  g_settings_set_int (settings, "font-size", 12);
  g_settings_set_double (settings, "line-spacing", 2.0);
  g_assert_cmpint (gtk_text_view_get_pixels_inside_wrap (byline_window_get_text_view (window)), ==, 16);

  prefs = byline_preferences_new (settings);
  gtk_window_present (GTK_WINDOW (prefs));
  g_object_ref (prefs);
  gtk_window_destroy (GTK_WINDOW (prefs));
  g_assert_finalize_object (prefs);

  g_settings_reset (settings, "highlight-types");
  g_settings_reset (settings, "show-highlights");
  g_settings_reset (settings, "font-size");
  g_settings_reset (settings, "line-spacing");
  g_object_get (person, "background-set", &on, NULL);
  g_assert_true (on);
  close_window (window);
}

/* The first widget under @root of @type (and with @css_class, unless NULL) */
static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *css_class)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (css_class == NULL || gtk_widget_has_css_class (root, css_class)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
iterate_for (guint ms)
{
  gboolean timed_out = FALSE;

  g_timeout_add (ms, timeout_cb, &timed_out);
  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);
}

/* Narrow: the window goes down to 360 px, the sidebar folds and F9 shows
 * it, the legend goes into a popover, the margin's notes become markers */
static void
test_narrow (void)
{
  g_autofree char *path = sample_path ("byline-harbour-talks.txt");
  BylineWindow *window = open_window (path);
  GtkWidget *legend = find_widget (GTK_WIDGET (window), GTK_TYPE_FLOW_BOX, "legend");
  GtkWidget *flap = find_widget (GTK_WIDGET (window), ADW_TYPE_FLAP, NULL);
  GtkWidget *margin = find_widget (GTK_WIDGET (window), BYLINE_TYPE_NOTE_MARGIN, NULL);
  int minimum = 0;

  g_assert_nonnull (legend);
  g_assert_nonnull (flap);
  g_assert_nonnull (margin);
  g_assert_false (adw_flap_get_folded (ADW_FLAP (flap)));
  g_assert_true (gtk_widget_get_ancestor (legend, GTK_TYPE_POPOVER) == NULL);

  /* as a pointer narrows it: first to the wide layout's least width, where it folds */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  for (guint i = 0; i < 50 && !adw_flap_get_folded (ADW_FLAP (flap)); i++)
    iterate_for (100);
  for (guint i = 0; i < 50 && gtk_widget_get_width (GTK_WIDGET (window)) > 360; i++)
    {
      /* asked again until the folded layout's least width lets it through */
      gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
      iterate_for (100);
    }
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_assert_true (adw_flap_get_folded (ADW_FLAP (flap)));
  g_assert_false (adw_flap_get_reveal_flap (ADW_FLAP (flap)));
  g_assert_true (gtk_widget_get_ancestor (legend, GTK_TYPE_POPOVER) != NULL);
  g_assert_true (byline_note_margin_get_compact (BYLINE_NOTE_MARGIN (margin)));
  /* F9 shows the sidebar over the article; a row chosen there hides it again */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL));
  g_assert_true (adw_flap_get_reveal_flap (ADW_FLAP (flap)));
  byline_window_activate_item (window, "quotes", 0);
  g_assert_false (adw_flap_get_reveal_flap (ADW_FLAP (flap)));

  /* wide again: all back in place */
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 800);
  for (guint i = 0; i < 50 && adw_flap_get_folded (ADW_FLAP (flap)); i++)
    iterate_for (100);
  g_assert_false (adw_flap_get_folded (ADW_FLAP (flap)));
  g_assert_true (adw_flap_get_reveal_flap (ADW_FLAP (flap)));
  g_assert_true (gtk_widget_get_ancestor (legend, GTK_TYPE_POPOVER) == NULL);
  g_assert_false (byline_note_margin_get_compact (BYLINE_NOTE_MARGIN (margin)));
  close_window (window);
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

/* Keyboard first: the article has a caret, Shift+Ctrl+Right selects words
 * from the start, Ctrl+M then opens the note popover; the context menu
 * offers Add Note; the shortcuts window lists the caret keys */
static void
test_keyboard_selection (void)
{
  g_autofree char *path = sample_path ("byline-harbour-talks.txt");
  BylineWindow *window = open_window (path);
  GtkTextView *view = byline_window_get_text_view (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkWidget *popover = find_widget (GTK_WIDGET (view), BYLINE_TYPE_NOTE_POPOVER, NULL);
  g_autoptr (GBytes) overlay = NULL;
  GtkTextIter start, end;

  g_assert_true (gtk_text_view_get_cursor_visible (view));
  /* an article just opened takes the keys */
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (view)));
  /* what Ctrl+Home and Shift+Ctrl+Right do */
  g_signal_emit_by_name (view, "move-cursor", GTK_MOVEMENT_BUFFER_ENDS, -1, FALSE);
  g_signal_emit_by_name (view, "move-cursor", GTK_MOVEMENT_WORDS, 2, TRUE);
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, 0);
  g_assert_cmpint (gtk_text_iter_get_offset (&end), >, 0);
  g_assert_nonnull (popover);
  g_assert_false (gtk_widget_get_visible (popover));
  /* the selection, once it stops growing, is offered Note and Copy */
  {
    GtkWidget *offer = find_widget (GTK_WIDGET (view), GTK_TYPE_POPOVER, "selection-popover");

    g_assert_nonnull (offer);
    for (guint i = 0; i < 30 && !gtk_widget_get_visible (offer); i++)
      iterate_for (100);
    g_assert_true (gtk_widget_get_visible (offer));
    g_assert_true (gtk_widget_is_focus (GTK_WIDGET (view)));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-note", NULL));
    g_assert_false (gtk_widget_get_visible (offer));
  }
  g_assert_true (gtk_widget_get_visible (popover));
  gtk_popover_popdown (GTK_POPOVER (popover));

  g_assert_true (menu_has_action (gtk_text_view_get_extra_menu (view), "win.add-note"));
  overlay = g_resources_lookup_data ("/app/byline/Byline/ui/help-overlay.ui", 0, NULL);
  g_assert_nonnull (overlay);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (overlay, NULL), g_bytes_get_size (overlay), ">F7<"));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (overlay, NULL), g_bytes_get_size (overlay), ">F9<"));
  close_window (window);
}

/* Each kind keeps all its cues after the legend turns it off and on; a
 * nationality is not underlined like a spelling error; a kind without a line
 * does not take a name's line away */
static void
test_cues_kept (void)
{
  g_autofree char *path = sample_path ("byline-harbour-talks.txt");
  BylineWindow *window = open_window (path);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (byline_window_get_text_view (window));
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkWidget *legend = find_widget (GTK_WIDGET (window), GTK_TYPE_FLOW_BOX, "legend");
  GtkToggleButton *date_button = NULL;
  PangoStyle style;
  PangoUnderline underline;
  PangoOverline overline;
  gboolean set;
  int weight;

  for (GtkWidget *child = gtk_widget_get_first_child (legend); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (g_strcmp0 (gtk_widget_get_name (button), "DATE") == 0)
        date_button = GTK_TOGGLE_BUTTON (button);
      /* a screen reader hears what the toggle shows, not "GtkToggleButton" */
      if (GTK_IS_TOGGLE_BUTTON (button))
        g_assert_cmpstr (gtk_widget_get_tooltip_text (button), !=, NULL);
    }
  g_assert_nonnull (date_button);
  gtk_toggle_button_set_active (date_button, FALSE);
  g_object_get (gtk_text_tag_table_lookup (table, "entity-DATE"), "style-set", &set, NULL);
  g_assert_false (set);
  gtk_toggle_button_set_active (date_button, TRUE);
  g_object_get (gtk_text_tag_table_lookup (table, "entity-DATE"), "style", &style, "style-set", &set,
                "underline-set", &set, NULL);
  g_assert_cmpint (style, ==, PANGO_STYLE_ITALIC);
  g_assert_false (set);  /* no line of its own: a name inside keeps its own */
  g_object_get (gtk_text_tag_table_lookup (table, "entity-DATE"), "style-set", &set, NULL);
  g_assert_true (set);
  g_object_get (gtk_text_tag_table_lookup (table, "entity-MONEY"), "underline-set", &set,
                "weight", &weight, NULL);
  g_assert_false (set);
  g_assert_cmpint (weight, ==, PANGO_WEIGHT_BOLD);
  g_object_get (gtk_text_tag_table_lookup (table, "entity-NORP"), "underline", &underline,
                "overline", &overline, NULL);
  g_assert_cmpint (underline, !=, PANGO_UNDERLINE_ERROR);
  g_assert_cmpint (overline, ==, PANGO_OVERLINE_SINGLE);
  close_window (window);
}

/* The file chooser dialog a GtkFileChooserNative shows without a portal */
static GtkFileChooser *
shown_file_chooser (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return GTK_FILE_CHOOSER (l->data);
  g_assert_not_reached ();
}

/* The export dialog names the file after the format chosen, and opens again
 * in the folder and with the format used last */
static void
test_export_dialog (void)
{
  g_autofree char *path = sample_path ("byline-harbour-talks.txt");
  BylineWindow *window = open_window (path);
  g_autoptr (GFile) folder = g_file_new_for_path (library_dir);
  g_autoptr (GFile) again = NULL;
  g_autofree char *pdf_path = NULL;
  GtkFileChooser *dialog;
  char *name;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = byline_window_get_export_dialog (window);
  g_assert_nonnull (dialog);
  name = gtk_file_chooser_get_current_name (dialog);
  g_assert_true (g_str_has_suffix (name, ".html"));
  g_free (name);
  /* as a person chooses PDF in the dialog itself */
  {
    GtkWidget *formats = find_widget (GTK_WIDGET (shown_file_chooser ()), GTK_TYPE_DROP_DOWN, NULL);

    /* the first drop-down is the filter's when there are filters: here, the format's */
    g_assert_nonnull (formats);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (formats), 3);
  }
  iterate_for (500);
  name = gtk_file_chooser_get_current_name (dialog);
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  pdf_path = g_build_filename (library_dir, name, NULL);
  g_free (name);
  g_assert_true (gtk_file_chooser_set_current_folder (dialog, folder, NULL));
  iterate_for (200);
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (dialog));
  g_signal_emit_by_name (dialog, "response", GTK_RESPONSE_ACCEPT);
  g_assert_null (byline_window_get_export_dialog (window));
  wait_exports (window);
  g_assert_null (byline_window_get_error (window));
  g_assert_true (g_file_test (pdf_path, G_FILE_TEST_EXISTS));
  g_unlink (pdf_path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = byline_window_get_export_dialog (window);
  iterate_for (500);
  g_assert_cmpstr (gtk_file_chooser_get_choice (shown_file_chooser (), "format"), ==, "pdf");
  name = gtk_file_chooser_get_current_name (dialog);
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  g_free (name);
  again = gtk_file_chooser_get_current_folder (shown_file_chooser ());
  g_assert_nonnull (again);
  g_assert_true (g_file_equal (again, folder));
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (dialog));
  g_signal_emit_by_name (dialog, "response", GTK_RESPONSE_CANCEL);
  close_window (window);
}

static GtkWidget *
find_status_page (GtkWidget  *root,
                  const char *title)
{
  if (ADW_IS_STATUS_PAGE (root) && g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (root)), title) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_status_page (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Empty states: a search with no hits says so, an empty notes page tells how
 * to add a note and shows no Edit or Delete; a window with no file shows the
 * library; a note found by a search opens at its passage */
static void
test_empty_states (void)
{
  g_autofree char *shuttles = sample_path ("wikinews-nasa-shuttles.txt");
  g_autofree char *robots = sample_path ("wikinews-afghan-robotics.txt");
  BylineWindow *window = open_window (shuttles);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (byline_window_get_text_view (window));
  g_autofree char *text = buffer_text (window);
  GtkWidget *no_notes = find_status_page (GTK_WIDGET (window), "No Notes Yet");
  GtkWidget *list;
  g_autoptr (GError) error = NULL;
  guint start = (guint) g_utf8_strlen (text, -1) / 2;
  GListModel *notes = byline_window_get_page (window, "notes");
  GtkTextIter from, to;
  gint64 note, shuttles_id = byline_window_get_article (window);

  while (g_list_model_get_n_items (notes) > 0)
    {
      g_autoptr (BylineItem) item = g_list_model_get_item (notes, 0);

      g_assert_true (byline_window_delete_note (window, byline_item_get_id (item)));
    }
  g_assert_nonnull (no_notes);
  g_assert_true (gtk_widget_get_visible (no_notes));
  note = byline_window_add_note (window, start, start + 12, "a zebrafish of a remark",
                                 BYLINE_NOTE_COMMENT, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (gtk_widget_get_visible (no_notes));

  /* a search with no hits says so */
  byline_window_show_library (window, "nothing matches these words");
  g_assert_true (gtk_widget_get_visible (find_status_page (GTK_WIDGET (window), "No Results")));
  close_window (window);

  /* a note found from another article opens at its passage */
  window = open_window (robots);
  byline_window_show_library (window, "zebrafish");
  g_assert_cmpuint (g_list_model_get_n_items (byline_window_get_library (window)), >=, 1);
  list = find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW, "library-list");
  g_assert_nonnull (list);
  g_signal_emit_by_name (list, "activate", 0);
  wait_loaded (window);
  g_assert_cmpint (byline_window_get_article (window), ==, shuttles_id);
  buffer = gtk_text_view_get_buffer (byline_window_get_text_view (window));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &from, &to));
  g_assert_cmpint (gtk_text_iter_get_offset (&from), ==, start);
  g_assert_cmpint (gtk_text_iter_get_offset (&to), ==, start + 12);
  g_assert_true (byline_window_delete_note (window, note));
  close_window (window);

  /* a window with no file: the library, which has articles */
  window = byline_window_new (NULL, library_path);
  gtk_window_present (GTK_WINDOW (window));
  byline_window_show_start (window);
  iterate_for (200);
  list = find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW, "library-list");
  g_assert_true (gtk_widget_get_mapped (list));
  close_window (window);
}

static gboolean
has_label_inside (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label_inside (child))
      return TRUE;
  return FALSE;
}

/* Every button in the window's tree, GTK's own included, has words to say:
 * a label, a label inside, or a tooltip */
static guint
check_named (GtkWidget *widget,
             GString   *unnamed)
{
  guint n = 0;

  /* GTK names these itself: the toggle of a menu button by the menu button, the
   * window's controls, a completion's column header, which is never shown */
  if (GTK_IS_WINDOW_CONTROLS (widget) || GTK_IS_TREE_VIEW (widget))
    return 0;
  if ((GTK_IS_BUTTON (widget) && !GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget))) ||
      GTK_IS_MENU_BUTTON (widget))
    {
      n++;
      if (gtk_widget_get_tooltip_text (widget) == NULL && !has_label_inside (widget))
        g_string_append_printf (unnamed, " %s", G_OBJECT_TYPE_NAME (widget));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += check_named (child, unnamed);
  return n;
}

static void
test_accessible_tree (void)
{
  g_autofree char *path = sample_path ("byline-harbour-talks.txt");
  BylineWindow *window = open_window (path);
  g_autoptr (GString) unnamed = g_string_new (NULL);
  guint n;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  n = check_named (GTK_WIDGET (window), unnamed);
  g_assert_cmpuint (n, >=, 15);
  g_assert_cmpstr (unnamed->str, ==, "");
  close_window (window);
}

/* The PDF's meetings table breaks no word: each column is at least as wide
 * as its longest word ("Where", not "Wh-ere"; "Tehran", not "Teh-ran") */
static void
test_pdf_table (void)
{
  const char *shared = g_getenv ("BYLINE_SHARED");
  g_autofree char *seed = g_build_filename (shared != NULL ? shared : "../shared", "eval", "dev",
                                            "seed.txt", NULL);
  g_autofree char *sample = sample_path ("byline-harbour-talks.txt");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdf_path = g_build_filename (library_dir, "table.pdf", NULL);
  g_autoptr (GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  BylineWindow *window;
  const char *argv[] = { NULL, "-layout", pdf_path, "-", NULL };
  const char *words[] = { "Who", "Where", "When", "Status" };
  const char *text_path = g_file_test (seed, G_FILE_TEST_EXISTS) ? seed : sample;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }
  window = open_window (text_path);
  g_assert_true (byline_window_export (window, pdf, BYLINE_EXPORT_PDF, BYLINE_EXPORT_FLAGS_NONE, &error));
  g_assert_no_error (error);
  wait_exports (window);
  close_window (window);
  argv[0] = pdftotext;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    /* the meetings table's header line has its words whole */
    const char *header = strstr (out, "\nWho ");
    g_autofree char *line = NULL;
    g_auto (GStrv) cells = NULL;

    g_assert_nonnull (header);
    line = g_strndup (header + 1, strcspn (header + 1, "\n"));
    cells = g_regex_split_simple ("\\s+", line, 0, 0);
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      g_assert_true (g_strv_contains ((const char *const *) cells, words[i]));
  }
  g_unlink (pdf_path);
}

/* The context menu on a name ticks its type */
static void
test_menu_type (void)
{
  g_autofree char *path = sample_path ("byline-harbour-talks.txt");
  BylineWindow *window = open_window (path);
  GtkTextView *view = byline_window_get_text_view (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *text = buffer_text (window);
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  GtkGesture *click = NULL;
  g_autofree char *type = NULL;
  GdkRectangle rect;
  GtkTextIter iter;
  int x, y;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller) &&
          gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == GDK_BUTTON_SECONDARY)
        click = GTK_GESTURE (controller);
    }
  g_assert_nonnull (click);
  iterate_for (200);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, test_char_index (text, "Minister Anna Berg") + 10);
  gtk_text_view_get_iter_location (view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect.x + 2, rect.y + rect.height / 2, &x, &y);
  g_signal_emit_by_name (click, "pressed", 1, (double) x, (double) y);
  g_object_get (window, "menu-type", &type, NULL);
  g_assert_cmpstr (type, ==, "PERSON");
  /* the window's own menu, not the view's with Cut, Paste and Undo greyed out */
  {
    GtkWidget *menu = find_widget (GTK_WIDGET (view), GTK_TYPE_POPOVER_MENU, "article-menu");
    GMenuModel *model;

    g_assert_nonnull (menu);
    g_assert_true (gtk_widget_get_visible (menu));
    model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu));
    g_assert_true (menu_has_action (model, "clipboard.copy"));
    g_assert_true (menu_has_action (model, "win.add-note"));
    g_assert_false (menu_has_action (model, "clipboard.cut"));
    g_assert_false (menu_has_action (model, "text.undo"));
    gtk_popover_popdown (GTK_POPOVER (menu));
  }
  close_window (window);
}

static void
test_tag_completion (void)
{
  GtkWidget *popover = byline_note_popover_new ();
  const char *known[] = { "people", "places", NULL };
  g_autofree char *tags = NULL;

  g_object_ref_sink (popover);
  byline_note_popover_set_known_tags (BYLINE_NOTE_POPOVER (popover), known);
  byline_note_popover_set_tags (BYLINE_NOTE_POPOVER (popover), "chile, pe");
  byline_note_popover_complete_tag (BYLINE_NOTE_POPOVER (popover), "people");
  tags = byline_note_popover_dup_tags (BYLINE_NOTE_POPOVER (popover));
  g_assert_cmpstr (tags, ==, "chile, people, ");
  g_free (tags);
  byline_note_popover_set_tags (BYLINE_NOTE_POPOVER (popover), "pl");
  byline_note_popover_complete_tag (BYLINE_NOTE_POPOVER (popover), "places");
  tags = byline_note_popover_dup_tags (BYLINE_NOTE_POPOVER (popover));
  g_assert_cmpstr (tags, ==, "places, ");
  g_assert_finalize_object (popover);
}

static void
test_seed_article (void)
{
  const char *shared = g_getenv ("BYLINE_SHARED");
  g_autofree char *path = g_build_filename (shared != NULL ? shared : "../shared", "eval", "dev",
                                            "seed.txt", NULL);
  BylineWindow *window;
  g_autofree char *text = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("../shared/eval/dev/seed.txt is absent");
      return;
    }
  window = open_window (path);
  text = buffer_text (window);
  g_assert_true (has_tag_at (window, test_char_index (text, "Lavrov"), "entity-PERSON"));
  g_assert_true (has_tag_at (window, test_char_index (text, "Zarif"), "entity-PERSON"));
  g_assert_cmpuint (g_list_model_get_n_items (byline_window_get_page (window, "quotes")), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (byline_window_get_page (window, "meetings")), >=, 1);
  close_window (window);
}

/* A page from a state-run outlet says so under its title and on the sources
 * page; a plain text says nothing there */
static void
test_outlet_line (void)
{
  static const char page[] =
    "<html><head><title>Pier to close</title>"
    "<meta property=\"og:site_name\" content=\"Press TV\">"
    "<meta name=\"author\" content=\"Mira Okafor\">"
    "<link rel=\"canonical\" href=\"https://www.presstv.ir/Detail/7\">"
    "</head><body><article><h1>Pier to close</h1>"
    "<p>The harbour authority said on Monday that the northern pier would close for repairs "
    "after inspectors found cracks in two of its supports during a routine survey.</p>"
    "<p>Fishing crews who use the pier will moor at the southern quay until the work is "
    "finished, which the authority expects to take about six weeks.</p></article></body></html>";
  g_autofree char *path = g_build_filename (library_dir, "state-page.html", NULL);
  g_autofree char *sample = sample_path ("byline-harbour-talks.txt");
  BylineWindow *window;
  GListModel *sources;
  g_autoptr (BylineItem) first = NULL;
  const char *line;

  g_assert_true (g_file_set_contents (path, page, -1, NULL));
  window = open_window (path);
  line = byline_window_get_provenance (window);
  g_assert_nonnull (line);
  g_assert_nonnull (strstr (line, "By Mira Okafor"));
  g_assert_nonnull (strstr (line, "Press TV — state media: "));
  sources = byline_window_get_page (window, "sources");
  g_assert_cmpuint (g_list_model_get_n_items (sources), >=, 1);
  first = g_list_model_get_item (sources, 0);
  g_assert_cmpstr (byline_item_get_title (first), ==, "Press TV");
  g_assert_true (g_str_has_prefix (byline_item_get_subtitle (first), "State media"));
  close_window (window);

  window = open_window (sample);
  g_assert_null (byline_window_get_provenance (window));
  close_window (window);
}

static void
test_unreadable_file (void)
{
  g_autofree char *bad = g_build_filename (library_dir, "latin1.txt", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (bad);
  BylineWindow *window = byline_window_new (NULL, library_path);

  g_assert_true (g_file_set_contents (bad, "Caf\xe9 society\n", -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  byline_test_ui_wait_shown (GTK_WINDOW (window));
  byline_window_open (window, file);
  while (byline_window_get_loading (window))
    g_main_context_iteration (NULL, TRUE);
  /* the window says what and where, and goes on */
  g_assert_nonnull (byline_window_get_error (window));
  g_assert_nonnull (strstr (byline_window_get_error (window), bad));
  g_assert_cmpint (byline_window_get_article (window), ==, 0);
  close_window (window);
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

  library_dir = g_dir_make_tmp ("byline-window-XXXXXX", NULL);
  library_path = g_build_filename (library_dir, "library.db", NULL);

  g_test_add_func ("/window/sample-highlights", test_sample_highlights);
  g_test_add_func ("/window/quote-row-selects", test_quote_row_selects);
  g_test_add_func ("/window/note-persists", test_note_persists);
  g_test_add_func ("/window/note-margin-edit", test_note_margin_edit);
  g_test_add_func ("/window/long-article-rows", test_long_article_rows);
  g_test_add_func ("/window/correction-persists", test_correction_persists);
  g_test_add_func ("/window/export-import", test_export_import);
  g_test_add_func ("/window/library", test_library);
  g_test_add_func ("/window/pasted-text", test_pasted_text);
  g_test_add_func ("/window/pasted-html", test_pasted_html);
  g_test_add_func ("/window/settings", test_settings);
  g_test_add_func ("/window/tag-completion", test_tag_completion);
  g_test_add_func ("/window/seed-article", test_seed_article);
  g_test_add_func ("/window/unreadable-file", test_unreadable_file);
  g_test_add_func ("/window/outlet-line", test_outlet_line);
  g_test_add_func ("/window/narrow", test_narrow);
  g_test_add_func ("/window/keyboard-selection", test_keyboard_selection);
  g_test_add_func ("/window/cues-kept", test_cues_kept);
  g_test_add_func ("/window/export-dialog", test_export_dialog);
  g_test_add_func ("/window/empty-states", test_empty_states);
  g_test_add_func ("/window/accessible-tree", test_accessible_tree);
  g_test_add_func ("/window/pdf-table", test_pdf_table);
  g_test_add_func ("/window/menu-type", test_menu_type);
  status = g_test_run ();

  {
    const char *names[] = { "library.db", "library.db-wal", "library.db-shm", "latin1.txt" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *file = g_build_filename (library_dir, names[i], NULL);
        g_unlink (file);
      }
    g_rmdir (library_dir);
  }
  g_free (library_path);
  g_free (library_dir);
  return status;
}
