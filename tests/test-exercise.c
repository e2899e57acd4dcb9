/* test-exercise.c: exercise mode under Xvfb: the analysis hides while an
 * exercise runs, marks are scored against the key, lessons and responses go
 * to files and back, a student opens a lesson, and the class overview counts
 * who found each item and prints to PDF; no widget leaks.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "byline-analysis.h"
#include "byline-class-overview.h"
#include "byline-exercise-panel.h"
#include "byline-item.h"
#include "byline-mark-popover.h"
#include "byline-table-row.h"
#include "byline-window-private.h"
#include "test-ui-util.h"
#include "test-util.h"

static char *tmp_dir;
static char *library_path;

static char *
tmp_file (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static void
wait_loaded (BylineWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (byline_window_get_loading (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (byline_window_get_loading (window));
}

static BylineWindow *
open_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "byline-harbour-talks.txt", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  BylineWindow *window = byline_window_new (NULL, library_path);

  gtk_window_present (GTK_WINDOW (window));
  byline_test_ui_wait_shown (GTK_WINDOW (window));
  byline_window_open (window, file);
  wait_loaded (window);
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

static GtkTextBuffer *
buffer_of (BylineWindow *window)
{
  return gtk_text_view_get_buffer (byline_window_get_text_view (window));
}

static char *
buffer_text (BylineWindow *window)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer_of (window), &start, &end);
  return gtk_text_buffer_get_text (buffer_of (window), &start, &end, FALSE);
}

static gboolean
has_tag_at (BylineWindow *window,
            guint         offset,
            const char   *name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer_of (window)), name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (buffer_of (window), &iter, offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

static BylineExercisePanel *
start_exercise (BylineWindow *window)
{
  GtkWidget *panel;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-exercise", NULL));
  panel = byline_window_get_exercise_panel (window);
  g_assert_nonnull (panel);
  g_assert_true (byline_exercise_panel_get_teacher (BYLINE_EXERCISE_PANEL (panel)));
  return BYLINE_EXERCISE_PANEL (panel);
}

/* The key's items of @category, in key order */
static GPtrArray *
key_items (const BylineLesson *lesson,
           BylineCategory      category)
{
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; i < lesson->key->len; i++)
    {
      BylineKeyItem *item = g_ptr_array_index (lesson->key, i);
      if (item->mark.category == category)
        g_ptr_array_add (items, item);
    }
  return items;
}

static GtkWidget *
mark_popover_of (BylineWindow *window)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (byline_window_get_text_view (window)));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (BYLINE_IS_MARK_POPOVER (child))
      return child;
  return NULL;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static const BylineKeyItem *
first_key_item (BylineExercisePanel *panel)
{
  const BylineLesson *lesson = byline_exercise_panel_get_lesson (panel);

  g_assert_cmpuint (lesson->key->len, >, 0);
  return g_ptr_array_index (lesson->key, 0);
}

/* Marks not saved in a file are not lost without a question */
static void
test_unsaved_marks (void)
{
  BylineWindow *window = open_sample ();
  BylineExercisePanel *panel = start_exercise (window);
  g_autofree char *path = tmp_file ("unsaved.json");
  g_autoptr (GError) error = NULL;
  AdwMessageDialog *dialog;

  /* nothing marked: Stop stops */
  g_assert_false (byline_exercise_panel_get_unsaved (panel));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-exercise", NULL));
  g_assert_null (byline_window_get_exercise_panel (window));

  panel = start_exercise (window);
  byline_exercise_panel_set_student (panel, "Ana");
  g_assert_true (byline_exercise_panel_add_mark (panel, &first_key_item (panel)->mark, &error));
  g_assert_no_error (error);
  g_assert_true (byline_exercise_panel_get_unsaved (panel));
  /* Stop asks; Cancel keeps the exercise and its mark */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-exercise", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  g_assert_true (byline_window_get_exercise_panel (window) == GTK_WIDGET (panel));
  /* closing the window asks too */
  gtk_window_close (GTK_WINDOW (window));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  /* a key item taken out comes back with Undo */
  {
    const BylineLesson *lesson = byline_exercise_panel_get_lesson (panel);
    guint n = lesson->key->len;
    g_autofree char *first = g_strdup (first_key_item (panel)->id);

    g_assert_true (byline_exercise_panel_remove_key_item (panel, 0, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (lesson->key->len, ==, n - 1);
    g_assert_cmpuint (g_list_model_get_n_items (byline_exercise_panel_get_key (panel)), ==, n - 1);
    g_assert_true (byline_exercise_panel_undo_remove_key_item (panel));
    g_assert_cmpuint (lesson->key->len, ==, n);
    g_assert_cmpuint (g_list_model_get_n_items (byline_exercise_panel_get_key (panel)), ==, n);
    g_assert_cmpstr (first_key_item (panel)->id, ==, first);
    g_assert_false (byline_exercise_panel_undo_remove_key_item (panel));
  }
  /* once saved, Stop stops */
  g_assert_true (byline_exercise_panel_save_response (panel, path, &error));
  g_assert_no_error (error);
  g_assert_false (byline_exercise_panel_get_unsaved (panel));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-exercise", NULL));
  g_assert_null (byline_window_get_exercise_panel (window));
  /* and Discard discards */
  panel = start_exercise (window);
  g_assert_true (byline_exercise_panel_add_mark (panel, &first_key_item (panel)->mark, &error));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-exercise", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  g_assert_null (byline_window_get_exercise_panel (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  close_window (window);
  g_unlink (path);
}

/* With BYLINE_SHOTS=DIR, the screen is saved to DIR/NAME.png with
 * ImageMagick's import, to look at */
static void
maybe_screenshot (const char *name)
{
  const char *dir = g_getenv ("BYLINE_SHOTS");
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  const char *argv[] = { "import", "-window", "root", NULL, NULL };
  gint64 until = g_get_monotonic_time () + 500000;

  if (dir == NULL)
    return;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  argv[3] = path;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
}

/* A student answers the lesson's questions; the answers go into the response */
static void
test_answers (void)
{
  g_autofree char *lesson_path = tmp_file ("questions.json");
  g_autofree char *response_path = tmp_file ("answers.json");
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                   "byline-harbour-talks.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (lesson_path);
  g_autoptr (GError) error = NULL;
  BylineWindow *window;
  BylineExercisePanel *panel;

  g_assert_true (g_file_get_contents (sample, &text, NULL, NULL));
  {
    g_autoptr (BylineLesson) lesson = byline_lesson_new (text, "Harbour talks", NULL, NULL, &error);

    g_assert_no_error (error);
    g_ptr_array_add (lesson->questions, g_strdup ("Who is quoted directly?"));
    g_ptr_array_add (lesson->questions, g_strdup ("Which source is state media?"));
    g_assert_true (byline_lesson_save_file (lesson, lesson_path, &error));
  }
  window = byline_window_new (NULL, library_path);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (byline_window_open_lesson (window, file));
  panel = BYLINE_EXERCISE_PANEL (byline_window_get_exercise_panel (window));
  byline_exercise_panel_set_student (panel, "Ana");
  g_assert_false (byline_exercise_panel_get_unsaved (panel));
  byline_exercise_panel_set_answer (panel, 1, "a news agency of a third country");
  g_assert_true (byline_exercise_panel_show_page (panel, "answers"));
  maybe_screenshot ("exercise-answers");
  /* an answer is work that could be lost */
  g_assert_true (byline_exercise_panel_get_unsaved (panel));
  g_assert_cmpuint (byline_exercise_panel_get_response (panel)->answers->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (byline_exercise_panel_get_response (panel)->answers, 0), ==, "");
  g_assert_true (byline_exercise_panel_save_response (panel, response_path, &error));
  g_assert_no_error (error);
  g_assert_false (byline_exercise_panel_get_unsaved (panel));
  {
    g_autoptr (BylineLesson) lesson = byline_lesson_load_file (lesson_path, &error);
    g_autoptr (BylineResponse) response = byline_response_load_for_lesson (response_path, lesson, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (g_ptr_array_index (response->answers, 1), ==, "a news agency of a third country");
  }
  /* changed, then the saved response opened again: its answers are back */
  byline_exercise_panel_set_answer (panel, 1, "something else");
  g_assert_true (byline_exercise_panel_load_response (panel, response_path, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (g_ptr_array_index (byline_exercise_panel_get_response (panel)->answers, 1), ==,
                   "a news agency of a third country");
  g_assert_false (byline_exercise_panel_get_unsaved (panel));
  byline_window_stop_exercise (window);
  close_window (window);
  g_unlink (lesson_path);
  g_unlink (response_path);
}

static void
test_hides_analysis (void)
{
  BylineWindow *window = open_sample ();
  g_autofree char *text = buffer_text (window);
  guint berg = test_char_index (text, "Anna Berg");
  guint blatant = test_char_index (text, "blatant");
  BylineExercisePanel *panel;

  g_assert_true (has_tag_at (window, berg, "entity-PERSON"));
  g_assert_true (has_tag_at (window, blatant, "loaded"));
  panel = start_exercise (window);
  /* the automatic highlights are off the text, the analysis sidebar is away */
  g_assert_false (has_tag_at (window, berg, "entity-PERSON"));
  g_assert_false (has_tag_at (window, blatant, "loaded"));
  g_assert_nonnull (gtk_widget_get_ancestor (GTK_WIDGET (panel), ADW_TYPE_FLAP));
  /* no second exercise from the menu while one runs */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-exercise", NULL));
  g_assert_true ((gpointer) byline_window_get_exercise_panel (window) == (gpointer) panel);
  g_assert_cmpuint (byline_exercise_panel_get_lesson (panel)->key->len, >, 0);
  /* the teacher sees the key, and how many items of each kind it asks for */
  {
    g_autofree char *count = g_strdup_printf ("%u items to find", byline_exercise_panel_get_lesson (panel)->key->len);

    g_assert_nonnull (strstr (byline_exercise_panel_get_key_summary (panel), count));
    g_assert_nonnull (strstr (byline_exercise_panel_get_key_summary (panel), "Quotes "));
  }
  g_assert_cmpuint (g_list_model_get_n_items (byline_exercise_panel_get_key (panel)), ==,
                    byline_exercise_panel_get_lesson (panel)->key->len);
  g_assert_cmpstr (text, ==, byline_exercise_panel_get_lesson (panel)->article.text);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-exercise", NULL));
  g_assert_null (byline_window_get_exercise_panel (window));
  g_assert_true (has_tag_at (window, berg, "entity-PERSON"));
  g_assert_true (has_tag_at (window, blatant, "loaded"));
  g_assert_null (gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer_of (window)),
                                            "exercise-quote"));
  g_assert_cmpuint (g_list_model_get_n_items (byline_window_get_page (window, "quotes")), >=, 3);
  close_window (window);
}

static void
test_check (void)
{
  BylineWindow *window = open_sample ();
  BylineExercisePanel *panel = start_exercise (window);
  const BylineLesson *lesson = byline_exercise_panel_get_lesson (panel);
  g_autoptr (GPtrArray) quotes = key_items (lesson, BYLINE_CATEGORY_QUOTE);
  g_autoptr (GPtrArray) claims = key_items (lesson, BYLINE_CATEGORY_CLAIM);
  g_autoptr (GError) error = NULL;
  BylineMark extra = { BYLINE_CATEGORY_CLAIM, 0, 0, NULL, BYLINE_SOURCE_ANONYMOUS, 0 };
  const BylineKeyItem *q[2];
  const BylineCheck *check;
  GListModel *entries;
  guint n_extra_rows = 0, n_rows_expected = 0;
  GtkWidget *popover;
  GtkTextIter a, b;

  g_assert_cmpuint (quotes->len, >=, 3);
  q[0] = quotes->pdata[0];
  q[1] = quotes->pdata[1];
  g_assert_nonnull (q[0]->mark.speaker);

  /* the first quote through Ctrl+M and the popover, as a student does it */
  gtk_text_buffer_get_iter_at_offset (buffer_of (window), &a, q[0]->mark.start);
  gtk_text_buffer_get_iter_at_offset (buffer_of (window), &b, q[0]->mark.end);
  gtk_text_buffer_select_range (buffer_of (window), &a, &b);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-note", NULL));
  popover = mark_popover_of (window);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  byline_mark_popover_set_mark (BYLINE_MARK_POPOVER (popover), &q[0]->mark, NULL);
  g_assert_true (gtk_widget_activate_action (popover, "mark.save", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (byline_exercise_panel_get_marks (panel)), ==, 1);
  g_assert_true (has_tag_at (window, q[0]->mark.start, "exercise-quote"));

  /* the second quote, and a claim in the headline that the key does not have */
  g_assert_true (byline_exercise_panel_add_mark (panel, &q[1]->mark, &error));
  g_assert_no_error (error);
  extra.start = 0;
  extra.end = 10;
  for (guint i = 0; i < claims->len; i++)
    {
      const BylineKeyItem *claim = claims->pdata[i];
      g_assert_false (byline_spans_match (BYLINE_CATEGORY_CLAIM, claim->mark.start, claim->mark.end,
                                          extra.start, extra.end));
    }
  g_assert_true (byline_exercise_panel_add_mark (panel, &extra, &error));
  g_assert_no_error (error);
  g_assert_true (has_tag_at (window, 2, "exercise-claim"));

  /* a mark removed and back: the panel lists what the response holds */
  g_assert_true (byline_exercise_panel_remove_mark (panel, 2));
  g_assert_cmpuint (g_list_model_get_n_items (byline_exercise_panel_get_marks (panel)), ==, 2);
  g_assert_false (has_tag_at (window, 2, "exercise-claim"));
  g_assert_true (byline_exercise_panel_add_mark (panel, &extra, &error));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "exercise.check", NULL));
  check = byline_exercise_panel_get_check (panel);
  g_assert_nonnull (check);
  g_assert_cmpuint (check->scores[BYLINE_CATEGORY_QUOTE].expected, ==, quotes->len);
  g_assert_cmpuint (check->scores[BYLINE_CATEGORY_QUOTE].matched, ==, 2);
  g_assert_cmpuint (check->scores[BYLINE_CATEGORY_QUOTE].right, ==, 2);
  g_assert_cmpuint (check->scores[BYLINE_CATEGORY_QUOTE].missed, ==, quotes->len - 2);
  g_assert_cmpuint (check->scores[BYLINE_CATEGORY_QUOTE].extra, ==, 0);
  g_assert_cmpuint (check->scores[BYLINE_CATEGORY_CLAIM].expected, ==, claims->len);
  g_assert_cmpuint (check->scores[BYLINE_CATEGORY_CLAIM].matched, ==, 0);
  g_assert_cmpuint (check->scores[BYLINE_CATEGORY_CLAIM].extra, ==, 1);
  g_assert_cmpuint (check->total.matched, ==, 2);
  g_assert_cmpuint (check->total.extra, ==, 1);
  g_assert_cmpuint (check->total.expected, ==, lesson->key->len);

  /* one row a key item and one for the extra, each saying its outcome in words */
  entries = byline_exercise_panel_get_entries (panel);
  n_rows_expected = lesson->key->len + 1;
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, n_rows_expected);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (BylineTableRow) row = g_list_model_get_item (entries, i);
      g_assert_nonnull (byline_table_row_get_icon_name (row));
      if (g_str_equal (byline_table_row_get_cell (row, 0), "Extra"))
        n_extra_rows++;
    }
  g_assert_cmpuint (n_extra_rows, ==, 1);
  /* read like a marked paper: misses and extras first, what was right last,
   * each with the expected answer and the student's in words */
  {
    g_autoptr (BylineTableRow) first = g_list_model_get_item (entries, 0);
    g_autoptr (BylineTableRow) last = g_list_model_get_item (entries, n_rows_expected - 1);

    g_assert_true (g_str_equal (byline_table_row_get_cell (first, 0), "Missed") ||
                   g_str_equal (byline_table_row_get_cell (first, 0), "Extra"));
    g_assert_cmpstr (byline_table_row_get_cell (last, 0), ==, "Match");
    g_assert_true (g_str_has_prefix (byline_table_row_get_cell (last, 1), "Expected: "));
    g_assert_true (g_str_has_prefix (byline_table_row_get_cell (last, 2), "Your mark: "));
  }
  /* four categories and the total */
  g_assert_cmpuint (g_list_model_get_n_items (byline_exercise_panel_get_scores (panel)), ==,
                    BYLINE_N_CATEGORIES + 1);
  /* the text by outcome, each with its own style */
  g_assert_true (has_tag_at (window, q[0]->mark.start, "check-match"));
  g_assert_true (has_tag_at (window, 2, "check-extra"));
  g_assert_true (has_tag_at (window, ((BylineKeyItem *) quotes->pdata[2])->mark.start, "check-miss"));
  g_assert_false (has_tag_at (window, q[0]->mark.start, "exercise-quote"));

  /* a wrong speaker is a match, but not right */
  {
    BylineMark wrong = q[1]->mark;

    wrong.speaker = (char *) "Nobody In Particular";
    g_assert_true (byline_exercise_panel_remove_mark (panel, 1));
    /* a change makes the old comparison go */
    g_assert_null (byline_exercise_panel_get_check (panel));
    g_assert_true (byline_exercise_panel_add_mark (panel, &wrong, &error));
    check = byline_exercise_panel_check (panel);
    g_assert_cmpuint (check->scores[BYLINE_CATEGORY_QUOTE].matched, ==, 2);
    g_assert_cmpuint (check->scores[BYLINE_CATEGORY_QUOTE].right, ==, 1);
  }
  /* automatic highlights stay hidden after a check */
  {
    g_autofree char *text = buffer_text (window);
    g_assert_false (has_tag_at (window, test_char_index (text, "Anna Berg"), "entity-PERSON"));
  }
  close_window (window);
}

/* Makes lesson.json, ana.json (every key item, right), ben.json (no marks),
 * other.json (a response to another lesson) and garbage.json, once */
static void
ensure_files (void)
{
  g_autofree char *lesson_path = tmp_file ("lesson.json");
  g_autofree char *ana = tmp_file ("ana.json");
  g_autofree char *ben = tmp_file ("ben.json");
  g_autofree char *other = tmp_file ("other.json");
  g_autofree char *garbage = tmp_file ("garbage.json");
  g_autoptr (GError) error = NULL;
  BylineWindow *window;
  BylineExercisePanel *panel;
  const BylineLesson *lesson;

  if (g_file_test (lesson_path, G_FILE_TEST_EXISTS))
    return;
  window = open_sample ();
  panel = start_exercise (window);
  lesson = byline_exercise_panel_get_lesson (panel);
  byline_exercise_panel_set_student (panel, "Ana");
  for (guint i = 0; i < lesson->key->len; i++)
    {
      const BylineKeyItem *item = g_ptr_array_index (lesson->key, i);
      g_assert_true (byline_exercise_panel_add_mark (panel, &item->mark, &error));
      g_assert_no_error (error);
    }
  g_assert_true (byline_exercise_panel_save_response (panel, ana, &error));
  g_assert_no_error (error);
  g_assert_true (byline_exercise_panel_save_lesson (panel, lesson_path, &error));
  g_assert_no_error (error);
  /* the worksheet and the answer key, as the lesson stands */
  {
    g_autofree char *sheet_path = tmp_file ("worksheet.pdf");
    g_autofree char *key_path = tmp_file ("key.html");
    g_autoptr (GFile) sheet = g_file_new_for_path (sheet_path);
    g_autoptr (GFile) key = g_file_new_for_path (key_path);
    g_autofree char *contents = NULL;
    gsize length = 0;

    g_assert_true (byline_exercise_panel_save_worksheet (panel, sheet, BYLINE_WORKSHEET, BYLINE_EXPORT_PDF, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (sheet_path, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 3000);
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    g_clear_pointer (&contents, g_free);
    g_assert_true (byline_exercise_panel_save_worksheet (panel, key, BYLINE_ANSWER_KEY, BYLINE_EXPORT_HTML, &error));
    g_assert_true (g_file_get_contents (key_path, &contents, NULL, NULL));
    /* a row for each key item, after the header */
    {
      guint rows = 0;

      for (const char *p = contents; (p = strstr (p, "<tr>")) != NULL; p++)
        rows++;
      g_assert_cmpuint (rows, ==, 1 + lesson->key->len);
    }
    g_unlink (sheet_path);
    g_unlink (key_path);
  }
  {
    g_autoptr (BylineResponse) empty = byline_response_new (lesson, "Ben");
    g_autoptr (BylineLesson) another = byline_lesson_new (lesson->article.text, "Another lesson", NULL,
                                                          NULL, &error);
    g_autoptr (BylineResponse) foreign = NULL;

    g_assert_no_error (error);
    foreign = byline_response_new (another, "Cy");
    g_assert_true (byline_response_save_file (empty, ben, &error));
    g_assert_true (byline_response_save_file (foreign, other, &error));
    g_assert_no_error (error);
  }
  g_assert_true (g_file_set_contents (garbage, "{\"schema\": \"byline.response/1\", \"marks\": 3", -1, &error));
  close_window (window);
}

static void
test_student (void)
{
  g_autofree char *lesson_path = tmp_file ("lesson.json");
  g_autofree char *ana = tmp_file ("ana.json");
  g_autofree char *other = tmp_file ("other.json");
  g_autofree char *garbage = tmp_file ("garbage.json");
  g_autoptr (GFile) lesson_file = NULL;
  g_autoptr (GFile) garbage_file = g_file_new_for_path (garbage);
  g_autoptr (GError) error = NULL;
  BylineWindow *window;
  BylineExercisePanel *panel;
  const BylineLesson *lesson;
  const BylineCheck *check;
  g_autofree char *text = NULL;

  ensure_files ();
  lesson_file = g_file_new_for_path (lesson_path);
  window = byline_window_new (NULL, library_path);
  gtk_window_present (GTK_WINDOW (window));

  /* a file that is not a lesson: said in the window, naming the file */
  g_assert_false (byline_window_open_lesson (window, garbage_file));
  g_assert_nonnull (byline_window_get_error (window));
  g_assert_nonnull (strstr (byline_window_get_error (window), "garbage.json"));
  g_assert_null (byline_window_get_exercise_panel (window));

  g_assert_true (byline_window_open_lesson (window, lesson_file));
  panel = BYLINE_EXERCISE_PANEL (byline_window_get_exercise_panel (window));
  g_assert_nonnull (panel);
  g_assert_false (byline_exercise_panel_get_teacher (panel));
  /* the student has no key to look at */
  g_assert_cmpuint (g_list_model_get_n_items (byline_exercise_panel_get_key (panel)), ==, 0);
  lesson = byline_exercise_panel_get_lesson (panel);
  text = buffer_text (window);
  g_assert_cmpstr (text, ==, lesson->article.text);
  /* the lesson's article, with no automatic highlights at all */
  g_assert_false (has_tag_at (window, test_char_index (text, "Anna Berg"), "entity-PERSON"));
  g_assert_false (has_tag_at (window, test_char_index (text, "blatant"), "loaded"));
  g_assert_cmpint (byline_window_get_article (window), ==, 0);

  /* a response to another lesson is refused, naming the file; nothing changes */
  g_assert_false (byline_exercise_panel_open_response (panel, other));
  g_assert_nonnull (strstr (byline_window_get_error (window), "other.json"));
  g_assert_cmpuint (byline_exercise_panel_get_response (panel)->marks->len, ==, 0);

  /* Ana's response: every item found */
  g_assert_true (byline_exercise_panel_load_response (panel, ana, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (byline_exercise_panel_get_response (panel)->student, ==, "Ana");
  g_assert_cmpuint (g_list_model_get_n_items (byline_exercise_panel_get_marks (panel)), ==, lesson->key->len);
  check = byline_exercise_panel_check (panel);
  g_assert_cmpuint (check->total.matched, ==, lesson->key->len);
  g_assert_cmpuint (check->total.right, ==, lesson->key->len);
  g_assert_cmpuint (check->total.extra, ==, 0);
  g_assert_cmpfloat (check->total.f1, ==, 1.0);

  /* stopping a student's exercise leaves an empty window */
  byline_window_stop_exercise (window);
  g_assert_null (byline_window_get_exercise_panel (window));
  g_free (text);
  text = buffer_text (window);
  g_assert_cmpstr (text, ==, "");
  close_window (window);
}

static void
test_overview (void)
{
  g_autofree char *lesson_path = tmp_file ("lesson.json");
  g_autofree char *ana = tmp_file ("ana.json");
  g_autofree char *ben = tmp_file ("ben.json");
  g_autofree char *other = tmp_file ("other.json");
  g_autofree char *garbage = tmp_file ("garbage.json");
  g_autofree char *pdf = tmp_file ("overview.pdf");
  const char *responses[] = { ana, ben, other, garbage, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineLesson) lesson = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  BylineClassOverview *overview;
  GListModel *students, *items;
  const char *problems;

  ensure_files ();
  lesson = byline_lesson_load_file (lesson_path, &error);
  g_assert_no_error (error);

  overview = byline_class_overview_new (NULL);
  gtk_window_present (GTK_WINDOW (overview));
  g_assert_true (byline_class_overview_set_lesson (overview, lesson_path, &error));
  g_assert_no_error (error);
  /* the bad files are listed and the others still counted */
  g_assert_cmpuint (byline_class_overview_add_responses (overview, responses), ==, 2);
  problems = byline_class_overview_get_problems (overview);
  g_assert_nonnull (strstr (problems, "other.json"));
  g_assert_nonnull (strstr (problems, "garbage.json"));

  students = byline_class_overview_get_students (overview);
  g_assert_cmpuint (g_list_model_get_n_items (students), ==, 2);
  {
    g_autoptr (BylineTableRow) first = g_list_model_get_item (students, 0);
    g_autoptr (BylineTableRow) second = g_list_model_get_item (students, 1);
    g_autofree char *all = g_strdup_printf ("%u of %u · F1 1.00", lesson->key->len, lesson->key->len);
    g_autofree char *none = g_strdup_printf ("0 of %u · F1 0.00", lesson->key->len);

    g_assert_cmpstr (byline_table_row_get_cell (first, 0), ==, "Ana");
    g_assert_cmpstr (byline_table_row_get_cell (first, 5), ==, all);
    g_assert_cmpstr (byline_table_row_get_cell (second, 0), ==, "Ben");
    g_assert_cmpstr (byline_table_row_get_cell (second, 5), ==, none);
  }
  /* each key item: found by Ana alone */
  items = byline_class_overview_get_items (overview);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, lesson->key->len);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BylineTableRow) row = g_list_model_get_item (items, i);
      g_assert_cmpstr (byline_table_row_get_cell (row, 2), ==, "found by 1 of 2: Ana");
    }

  /* Print… exported to a PDF without a dialog */
  g_assert_true (byline_class_overview_export_pdf (overview, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  g_object_ref (overview);
  gtk_window_destroy (GTK_WINDOW (overview));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_finalize_object (overview);
}

static void
test_overview_from_menu (void)
{
  BylineWindow *window = byline_window_new (NULL, library_path);
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *overview = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.class-overview", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) w = g_list_model_get_item (toplevels, i);
      if (BYLINE_IS_CLASS_OVERVIEW (w))
        overview = w;
    }
  g_assert_nonnull (overview);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overview)) == GTK_WINDOW (window));
  g_assert_cmpuint (g_list_model_get_n_items (byline_class_overview_get_students (BYLINE_CLASS_OVERVIEW (overview))),
                    ==, 0);
  /* it goes with its window, and is finalized with it */
  g_object_add_weak_pointer (G_OBJECT (overview), (gpointer *) &overview);
  close_window (window);
  g_assert_null (overview);
}

/* An exercise in a narrow window: the panel folds away like the sidebar and
 * the window still goes down to 360 px */
static void
test_narrow_exercise (void)
{
  BylineWindow *window = open_sample ();
  BylineExercisePanel *panel = start_exercise (window);
  GtkWidget *flap = gtk_widget_get_ancestor (GTK_WIDGET (panel), ADW_TYPE_FLAP);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  int minimum = 0;

  g_assert_nonnull (flap);
  /* not allocated yet reads as 0 wide: wait for the fold as well */
  while ((!adw_flap_get_folded (ADW_FLAP (flap)) || gtk_widget_get_width (GTK_WIDGET (window)) == 0 ||
          gtk_widget_get_width (GTK_WIDGET (window)) > 360) && g_get_monotonic_time () < deadline)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
      for (gint64 until = g_get_monotonic_time () + 100000; g_get_monotonic_time () < until; )
        g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (adw_flap_get_folded (ADW_FLAP (flap)));
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-exercise", NULL));
  close_window (window);
}

/* A damaged lesson is named and placed in words a teacher reads, not
 * "<data>:1:43: Parse error" */
static void
test_damaged_lesson (void)
{
  g_autofree char *path = tmp_file ("damaged.lesson.json");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  BylineWindow *window = byline_window_new (NULL, library_path);

  g_assert_true (g_file_set_contents (path, "{\"schema\": \"byline.lesson/1\",\n  \"title\" 3}", -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (byline_window_open_lesson (window, file));
  g_assert_nonnull (byline_window_get_error (window));
  g_assert_null (strstr (byline_window_get_error (window), "<data>"));
  g_assert_nonnull (strstr (byline_window_get_error (window), "line 2"));
  g_assert_nonnull (strstr (byline_window_get_error (window), "damaged.lesson.json"));
  close_window (window);
  g_unlink (path);
}

/* A lesson's key asks for what a class can find in a lesson: nothing in the
 * title or the standfirst, no claim of plain narration; on the seed
 * article, fewer than 30 items */
static void
check_key (const char *path,
           guint       at_most)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineText) text = byline_text_new_from_file (path, TRUE, &error);
  g_autoptr (BylineAnalysis) analysis = NULL;
  g_autoptr (JsonNode) json = NULL;
  BylineLesson *lesson;
  JsonObject *document;
  JsonObject *title;
  guint front;

  g_assert_no_error (error);
  analysis = byline_analysis_new (text);
  json = byline_analysis_to_json (analysis);
  lesson = byline_lesson_new_from_analysis (text->data, NULL, json, &error);
  g_assert_no_error (error);
  document = json_object_get_object_member (json_node_get_object (json), "document");
  title = json_object_get_object_member (document, "title_span");
  g_assert_nonnull (title);
  /* the standfirst is the paragraph after the title: the key starts past it */
  front = (guint) json_object_get_int_member (title, "end");
  {
    JsonArray *paragraphs = json_object_get_array_member (document, "paragraphs");

    if (json_object_get_string_member_with_default (document, "standfirst", NULL) != NULL)
      front = (guint) json_object_get_int_member (json_array_get_object_element (paragraphs, 1), "end");
  }
  g_assert_cmpuint (lesson->key->len, >, 0);
  g_assert_cmpuint (lesson->key->len, <, at_most);
  for (guint i = 0; i < lesson->key->len; i++)
    {
      const BylineKeyItem *item = g_ptr_array_index (lesson->key, i);

      g_assert_cmpuint (item->mark.start, >=, front);
      if (item->mark.category == BYLINE_CATEGORY_CLAIM)
        g_assert_cmpint (item->mark.source, !=, BYLINE_SOURCE_UNATTRIBUTED);
    }
  byline_lesson_free (lesson);
}

static void
test_key_size (void)
{
  const char *shared = g_getenv ("BYLINE_SHARED");
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                   "byline-harbour-talks.txt", NULL);
  g_autofree char *seed = g_build_filename (shared != NULL ? shared : "../shared", "eval", "dev",
                                            "seed.txt", NULL);

  check_key (sample, 15);
  if (g_file_test (seed, G_FILE_TEST_EXISTS))
    check_key (seed, 30);
  else
    g_test_message ("the seed article is absent: only the sample checked");
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

  tmp_dir = g_dir_make_tmp ("byline-exercise-XXXXXX", NULL);
  library_path = g_build_filename (tmp_dir, "library.db", NULL);

  g_test_add_func ("/exercise/hides-analysis", test_hides_analysis);
  g_test_add_func ("/exercise/check", test_check);
  g_test_add_func ("/exercise/unsaved-marks", test_unsaved_marks);
  g_test_add_func ("/exercise/student", test_student);
  g_test_add_func ("/exercise/answers", test_answers);
  g_test_add_func ("/exercise/overview", test_overview);
  g_test_add_func ("/exercise/overview-from-menu", test_overview_from_menu);
  g_test_add_func ("/exercise/key-size", test_key_size);
  g_test_add_func ("/exercise/damaged-lesson", test_damaged_lesson);
  g_test_add_func ("/exercise/narrow", test_narrow_exercise);
  status = g_test_run ();

  {
    const char *names[] = { "library.db", "library.db-wal", "library.db-shm", "lesson.json", "ana.json",
                            "ben.json", "other.json", "garbage.json", "overview.pdf" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *file = g_build_filename (tmp_dir, names[i], NULL);
        g_unlink (file);
      }
    g_rmdir (tmp_dir);
  }
  g_free (library_path);
  g_free (tmp_dir);
  return status;
}
