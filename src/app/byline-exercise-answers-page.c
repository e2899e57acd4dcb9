/* byline-exercise-answers-page.c: the exercise panel's page of the
 * student's answers to the lesson's questions
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-exercise-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-exercise-panel-private.h"

G_DEFINE_FINAL_TYPE (BylineExerciseAnswersPage, byline_exercise_answers_page, GTK_TYPE_WIDGET)

/* The marks or the key changed: an earlier comparison no longer holds */
static void
on_answer_changed (GtkEditable         *entry,
                   BylineExercisePanel *self)
{
  guint question = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "question"));

  byline_response_set_answer (self->response, question, gtk_editable_get_text (entry));
}

/* A student's page of the lesson's questions, each with a line to answer it */
void
_byline_exercise_answers_page_fill_answers_page (BylineExercisePanel *self)
{
  for (guint i = 0; i < self->lesson->questions->len; i++)
    {
      const char *question = g_ptr_array_index (self->lesson->questions, i);
      g_autofree char *text = g_strdup_printf ("%u. %s", i + 1, question);
      GtkWidget *label = gtk_label_new (text);
      GtkWidget *entry = gtk_entry_new ();

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "heading");
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Your answer"));
      gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      label, NULL, -1);
      g_object_set_data (G_OBJECT (entry), "question", GUINT_TO_POINTER (i));
      g_signal_connect_object (entry, "changed", G_CALLBACK (on_answer_changed), self, 0);
      gtk_box_append (self->answers_box, label);
      gtk_box_append (self->answers_box, entry);
      g_ptr_array_add (self->answer_entries, entry);
    }
  gtk_stack_page_set_visible (gtk_stack_get_page (self->pages, self->answers_page), TRUE);
}

/* The answers of a response loaded, in their lines */
void
_byline_exercise_answers_page_show_answers (BylineExercisePanel *self)
{
  for (guint i = 0; i < self->answer_entries->len; i++)
    {
      /* a copy: setting the line's text writes the answer back into the response */
      g_autofree char *answer = g_strdup (i < self->response->answers->len
                                          ? g_ptr_array_index (self->response->answers, i) : "");

      gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (self->answer_entries, i)), answer);
    }
}

/* A student's answer to question @question (from 0), as the page has it */
void
byline_exercise_panel_set_answer (BylineExercisePanel *self,
                                  guint                question,
                                  const char          *answer)
{
  g_return_if_fail (BYLINE_IS_EXERCISE_PANEL (self));
  g_return_if_fail (question < self->answer_entries->len);

  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (self->answer_entries, question)), answer);
}

static void
byline_exercise_answers_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), BYLINE_TYPE_EXERCISE_ANSWERS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (byline_exercise_answers_page_parent_class)->dispose (object);
}

static void
byline_exercise_answers_page_class_init (BylineExerciseAnswersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_exercise_answers_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/byline/Byline/ui/byline-exercise-answers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseAnswersPage, answers_box);
}

static void
byline_exercise_answers_page_init (BylineExerciseAnswersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
