/* byline-exercise-lesson-page.c: the exercise panel's page of the
 * lesson's settings, for the teacher: title, questions, what is marked
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-exercise-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-exercise-panel-private.h"

G_DEFINE_FINAL_TYPE (BylineExerciseLessonPage, byline_exercise_lesson_page, GTK_TYPE_WIDGET)

void
_byline_exercise_lesson_page_fill_settings (BylineExercisePanel *self)
{
  g_autoptr (GString) questions = g_string_new (NULL);

  self->updating = TRUE;
  gtk_label_set_text (self->title_label, self->lesson->title != NULL ? self->lesson->title : "");
  gtk_editable_set_text (GTK_EDITABLE (self->lesson_title_entry),
                         self->lesson->title != NULL ? self->lesson->title : "");
  gtk_check_button_set_active (self->quote_check, byline_lesson_has_category (self->lesson, BYLINE_CATEGORY_QUOTE));
  gtk_check_button_set_active (self->claim_check, byline_lesson_has_category (self->lesson, BYLINE_CATEGORY_CLAIM));
  gtk_check_button_set_active (self->meeting_check, byline_lesson_has_category (self->lesson, BYLINE_CATEGORY_MEETING));
  gtk_check_button_set_active (self->signal_check, byline_lesson_has_category (self->lesson, BYLINE_CATEGORY_SIGNAL));
  gtk_check_button_set_active (self->reasons_check, self->lesson->show_reasons);
  for (guint i = 0; i < self->lesson->questions->len; i++)
    g_string_append_printf (questions, "%s\n", (const char *) g_ptr_array_index (self->lesson->questions, i));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->questions_view), questions->str, -1);
  self->updating = FALSE;
}

static void
on_lesson_title_changed (BylineExerciseLessonPage *page)
{
  BylineExercisePanel *self = _byline_exercise_panel_of (GTK_WIDGET (page));

  if (self->updating)
    return;
  g_free (self->lesson->title);
  self->lesson->title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->lesson_title_entry)));
  gtk_label_set_text (self->title_label, self->lesson->title);
}

void
_byline_exercise_lesson_page_on_questions_changed (GtkTextBuffer       *buffer,
                                                   BylineExercisePanel *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;

  if (self->updating)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);
  g_ptr_array_set_size (self->lesson->questions, 0);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_ptr_array_add (self->lesson->questions, g_strdup (lines[i]));
  _byline_exercise_panel_show_questions (self);
}

static void
on_setting_toggled (BylineExerciseLessonPage *page)
{
  BylineExercisePanel *self = _byline_exercise_panel_of (GTK_WIDGET (page));
  GtkCheckButton *checks[BYLINE_N_CATEGORIES] = { self->quote_check, self->claim_check,
                                                  self->meeting_check, self->signal_check };
  guint categories = 0;

  if (self->updating)
    return;
  for (guint c = 0; c < BYLINE_N_CATEGORIES; c++)
    if (gtk_check_button_get_active (checks[c]))
      categories |= BYLINE_CATEGORY_FLAG (c);
  if (categories == 0)
    {
      /* a lesson marks something: the last one stays on */
      self->updating = TRUE;
      gtk_check_button_set_active (checks[0], TRUE);
      self->updating = FALSE;
      categories = BYLINE_CATEGORY_FLAG (0);
    }
  self->lesson->categories = categories;
  self->lesson->show_reasons = gtk_check_button_get_active (self->reasons_check);
  _byline_exercise_panel_changed (self);
}

static void
byline_exercise_lesson_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), BYLINE_TYPE_EXERCISE_LESSON_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (byline_exercise_lesson_page_parent_class)->dispose (object);
}

static void
byline_exercise_lesson_page_class_init (BylineExerciseLessonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_exercise_lesson_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/byline/Byline/ui/byline-exercise-lesson-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseLessonPage, lesson_title_entry);
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseLessonPage, questions_view);
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseLessonPage, quote_check);
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseLessonPage, claim_check);
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseLessonPage, meeting_check);
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseLessonPage, signal_check);
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseLessonPage, reasons_check);
  gtk_widget_class_bind_template_callback (widget_class, on_lesson_title_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_setting_toggled);
}

static void
byline_exercise_lesson_page_init (BylineExerciseLessonPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
