/* byline-window-exercise.c: exercises in the window: the panel in
 * the sidebar's place, the window's own analysis hidden while one runs
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

/* Exercises: byline-exercise-panel.c does the work; the window hides its own
 * analysis (highlights, sidebar, legend, tooltips) while one runs */

static void
on_exercise_error (BylineExercisePanel *panel,
                   const char          *message,
                   BylineWindow        *self)
{
  _byline_window_show_error (self, message);
}

/* The panel in the sidebar's place, no wider than a sidebar: its long
 * labels would otherwise ask the flap for most of the window */
static GtkWidget *
exercise_pane (GtkWidget *panel)
{
  GtkWidget *clamp = adw_clamp_new ();

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 460);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 460);
  adw_clamp_set_child (ADW_CLAMP (clamp), panel);
  gtk_widget_add_css_class (clamp, "sidebar-pane");
  return clamp;
}

static void
begin_exercise (BylineWindow *self,
                BylineLesson *lesson,
                gboolean      teacher)
{
  self->exercise_panel = g_object_ref_sink (byline_exercise_panel_new (self->text_view, lesson, teacher));
  g_signal_connect_object (self->exercise_panel, "error", G_CALLBACK (on_exercise_error), self, 0);
  _byline_article_view_show_analysis (self, FALSE);
  g_object_ref (self->analysis_sidebar);
  adw_flap_set_flap (self->flap, exercise_pane (self->exercise_panel));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop-exercise", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-exercise", FALSE);
}

void
_byline_window_start_exercise_action (GtkWidget  *widget,
                                      const char *action,
                                      GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineArticle) article = NULL;
  g_autoptr (JsonNode) analysis = NULL;
  BylineLesson *lesson = NULL;

  if (self->exercise_panel != NULL)
    return;
  if (_byline_window_article_id (self) == 0 || self->loading)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Open an article first, then start an exercise on it")));
      return;
    }
  if (!_byline_article_ensure_store (self, &error)
      || (article = byline_store_get_article (_byline_window_store (self),
                                              _byline_window_article_id (self), &error)) == NULL
      || (analysis = byline_store_dup_analysis (_byline_window_store (self),
                                                _byline_window_article_id (self), TRUE, &error)) == NULL
      || (lesson = byline_lesson_new_from_analysis (article->text, article->source, analysis, &error)) == NULL)
    {
      _byline_window_show_error (self, error->message);
      return;
    }
  begin_exercise (self, lesson, TRUE);
}

static void
on_lesson_chosen (GtkNativeDialog *dialog,
                  int              response,
                  BylineWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      byline_window_open_lesson (self, file);
    }
  g_object_unref (dialog);
}

void
_byline_window_open_lesson_action (GtkWidget  *widget,
                                   const char *action,
                                   GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr (GtkFileFilter) lessons = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open a Lesson"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (lessons, _("Lessons (JSON)"));
  gtk_file_filter_add_mime_type (lessons, "application/json");
  gtk_file_filter_add_suffix (lessons, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), lessons);
  g_signal_connect (dialog, "response", G_CALLBACK (on_lesson_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_discard_response (AdwMessageDialog *dialog,
                     const char       *response,
                     BylineWindow     *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;
  if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "closing")))
    {
      self->discard_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else
    byline_window_stop_exercise (self);
}

/* TRUE when nothing unsaved would be lost; else asks, and the answer acts */
static gboolean
confirm_discard (BylineWindow *self,
                 gboolean      closing)
{
  AdwMessageDialog *dialog;

  if (self->exercise_panel == NULL || self->discard_confirmed
      || !byline_exercise_panel_get_unsaved (BYLINE_EXERCISE_PANEL (self->exercise_panel)))
    return TRUE;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       closing ? _("Close without saving?")
                                                               : _("Stop without saving?"),
                                                       _("The marks, or the changes to the answer key, "
                                                         "are not saved in a file. Save the response or "
                                                         "the lesson first to keep them.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "closing", GINT_TO_POINTER (closing));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

gboolean
_byline_window_on_close_exercise (GtkWindow    *window,
                                  BylineWindow *self)
{
  return !confirm_discard (self, TRUE);
}

void
_byline_window_stop_exercise_action (GtkWidget  *widget,
                                     const char *action,
                                     GVariant   *parameter)
{
  BylineWindow *self = BYLINE_WINDOW (widget);

  if (confirm_discard (self, FALSE))
    byline_window_stop_exercise (self);
}

void
_byline_window_class_overview_action (GtkWidget  *widget,
                                      const char *action,
                                      GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (byline_class_overview_new (GTK_WINDOW (widget))));
}

/**
 * byline_window_open_lesson:
 * @file: a lesson file ("byline.lesson/1")
 *
 * A student's exercise: the lesson's own article, with no highlights and no
 * analysis, and the exercise panel. A file that is not a lesson is reported
 * in the error bar, naming it, and the window stays as it was.
 *
 * Returns: whether the lesson opened
 */
gboolean
byline_window_open_lesson (BylineWindow *self,
                           GFile        *file)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  BylineLesson *lesson;
  const char *title;

  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *msg = g_strdup_printf (_("%s: only local files can be opened"), uri);
      _byline_window_show_error (self, msg);
      return FALSE;
    }
  if ((lesson = byline_lesson_load_file (path, &error)) == NULL)
    {
      _byline_window_show_error (self, error->message);
      return FALSE;
    }
  _byline_article_reset_load (self);
  byline_loaded_article_forget_entities (self->loaded_article);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), lesson->article.text, -1);
  title = lesson->title != NULL ? lesson->title : lesson->article.title != NULL ? lesson->article.title : "";
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, _("Exercise"));
  gtk_stack_set_visible_child_name (self->main_stack, "article");
  begin_exercise (self, lesson, FALSE);
  return TRUE;
}

/**
 * byline_window_stop_exercise:
 *
 * Ends the exercise: the article's highlights and sidebar come back; a
 * lesson's article that is not in the library goes with it.
 */
void
byline_window_stop_exercise (BylineWindow *self)
{
  g_return_if_fail (BYLINE_IS_WINDOW (self));

  if (self->exercise_panel == NULL)
    return;
  byline_exercise_panel_detach (BYLINE_EXERCISE_PANEL (self->exercise_panel));
  adw_flap_set_flap (self->flap, self->analysis_sidebar);
  g_object_unref (self->analysis_sidebar);
  g_clear_object (&self->exercise_panel);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop-exercise", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-exercise", TRUE);
  _byline_article_view_show_analysis (self, _byline_window_article_id (self) != 0);
  if (_byline_window_article_id (self) == 0)
    {
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", 0);
      gtk_window_set_title (GTK_WINDOW (self), "Byline");
      adw_window_title_set_title (self->window_title, "Byline");
      adw_window_title_set_subtitle (self->window_title, "");
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
    }
}

/* Returns: (transfer none) (nullable): the exercise panel while an exercise runs */
GtkWidget *
byline_window_get_exercise_panel (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), NULL);
  return self->exercise_panel;
}
