/* byline-exercise-panel.h: the sidebar during an exercise: the lesson, the
 * student's marks, the comparison with the key, and for the teacher the key
 * and the lesson's settings
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "byline-export.h"
#include "byline-worksheet.h"

#include "byline-lesson.h"
#include "byline-response.h"
#include "byline-scoring.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_EXERCISE_PANEL (byline_exercise_panel_get_type ())

G_DECLARE_FINAL_TYPE (BylineExercisePanel, byline_exercise_panel, BYLINE, EXERCISE_PANEL, GtkWidget)

GtkWidget            *byline_exercise_panel_new            (GtkTextView          *text_view,
                                                            BylineLesson         *lesson,
                                                            gboolean              teacher);
void                  byline_exercise_panel_detach         (BylineExercisePanel  *self);
const BylineLesson   *byline_exercise_panel_get_lesson     (BylineExercisePanel  *self);
const BylineResponse *byline_exercise_panel_get_response   (BylineExercisePanel  *self);
gboolean              byline_exercise_panel_get_teacher    (BylineExercisePanel  *self);
void                  byline_exercise_panel_set_student    (BylineExercisePanel  *self,
                                                            const char           *student);
void                  byline_exercise_panel_popup_mark     (BylineExercisePanel  *self);
gboolean              byline_exercise_panel_add_mark       (BylineExercisePanel  *self,
                                                            const BylineMark     *mark,
                                                            GError              **error);
gboolean              byline_exercise_panel_remove_mark    (BylineExercisePanel  *self,
                                                            guint                 index);
const BylineCheck    *byline_exercise_panel_check          (BylineExercisePanel  *self);
const BylineCheck    *byline_exercise_panel_get_check      (BylineExercisePanel  *self);
GListModel           *byline_exercise_panel_get_marks      (BylineExercisePanel  *self);
GListModel           *byline_exercise_panel_get_entries    (BylineExercisePanel  *self);
GListModel           *byline_exercise_panel_get_scores     (BylineExercisePanel  *self);
GListModel           *byline_exercise_panel_get_key        (BylineExercisePanel  *self);
const char           *byline_exercise_panel_get_key_summary (BylineExercisePanel *self);
gboolean              byline_exercise_panel_save_response  (BylineExercisePanel  *self,
                                                            const char           *path,
                                                            GError              **error);
gboolean              byline_exercise_panel_load_response  (BylineExercisePanel  *self,
                                                            const char           *path,
                                                            GError              **error);
gboolean              byline_exercise_panel_open_response  (BylineExercisePanel  *self,
                                                            const char           *path);
gboolean              byline_exercise_panel_save_lesson    (BylineExercisePanel  *self,
                                                            const char           *path,
                                                            GError              **error);
gboolean              byline_exercise_panel_add_key_item   (BylineExercisePanel  *self,
                                                            const BylineMark     *mark,
                                                            GError              **error);
gboolean              byline_exercise_panel_remove_key_item (BylineExercisePanel *self,
                                                             guint                position,
                                                             GError             **error);

gboolean  byline_exercise_panel_save_worksheet (BylineExercisePanel  *self,
                                                GFile                *file,
                                                BylineWorksheetKind   kind,
                                                BylineExportFormat    format,
                                                GError              **error);

gboolean  byline_exercise_panel_get_unsaved    (BylineExercisePanel  *self);

gboolean  byline_exercise_panel_undo_remove_key_item (BylineExercisePanel *self);

void      byline_exercise_panel_set_answer     (BylineExercisePanel  *self,
                                                guint                 question,
                                                const char           *answer);

gboolean  byline_exercise_panel_show_page      (BylineExercisePanel  *self,
                                                const char           *name);

G_END_DECLS
