/* byline-exercise-marks-page.c: the exercise panel's page of the
 * student's marks
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-exercise-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-exercise-panel-private.h"

G_DEFINE_FINAL_TYPE (BylineExerciseMarksPage, byline_exercise_marks_page, GTK_TYPE_WIDGET)

void
_byline_exercise_marks_page_refresh_marks (BylineExercisePanel *self)
{
  g_list_store_remove_all (self->marks);
  for (guint i = 0; i < self->response->marks->len; i++)
    {
      const BylineMark *mark = g_ptr_array_index (self->response->marks, i);
      g_autofree char *words = _byline_exercise_panel_passage (self, mark->start, mark->end);
      g_autofree char *what = _byline_exercise_panel_describe_mark (mark);
      g_autoptr (BylineItem) item = byline_item_new (words, what,
                                                     _byline_exercise_panel_category_name (mark->category),
                                                     mark->start, mark->end);

      byline_item_set_id (item, i);
      g_list_store_append (self->marks, item);
    }
}

static void
on_marks_activate (GtkListView             *view,
                   guint                    position,
                   BylineExerciseMarksPage *page)
{
  BylineExercisePanel *self = _byline_exercise_panel_of (GTK_WIDGET (page));
  g_autoptr (BylineItem) item = g_list_model_get_item (G_LIST_MODEL (self->marks), position);

  if (item != NULL)
    _byline_exercise_panel_select_span (self, byline_item_get_start (item),
                                        byline_item_get_end (item));
}

static void
byline_exercise_marks_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), BYLINE_TYPE_EXERCISE_MARKS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (byline_exercise_marks_page_parent_class)->dispose (object);
}

static void
byline_exercise_marks_page_class_init (BylineExerciseMarksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = byline_exercise_marks_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/byline/Byline/ui/byline-exercise-marks-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseMarksPage, marks);
  gtk_widget_class_bind_template_child (widget_class, BylineExerciseMarksPage, marks_selection);
  gtk_widget_class_bind_template_callback (widget_class, on_marks_activate);
}

static void
byline_exercise_marks_page_init (BylineExerciseMarksPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
