/* byline-exercise-panel-private.h: what the exercise panel's files share:
 * its struct, its pages' types (one widget each, with its own template) and
 * the functions one page calls in the panel
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <string.h>

#include "byline-exercise-panel.h"
#include "byline-worksheet.h"
#include "byline-item.h"
#include "byline-mark-popover.h"
#include "byline-table-row.h"

G_BEGIN_DECLS

/* The pages, each a GtkWidget with its template (ui/byline-exercise-*-page.ui) */
#define BYLINE_TYPE_EXERCISE_MARKS_PAGE (byline_exercise_marks_page_get_type ())

G_DECLARE_FINAL_TYPE (BylineExerciseMarksPage, byline_exercise_marks_page, BYLINE, EXERCISE_MARKS_PAGE, GtkWidget)

struct _BylineExerciseMarksPage
{
  GtkWidget          parent_instance;

  GListStore         *marks;
  GtkSingleSelection *marks_selection;
};

#define BYLINE_TYPE_EXERCISE_RESULTS_PAGE (byline_exercise_results_page_get_type ())

G_DECLARE_FINAL_TYPE (BylineExerciseResultsPage, byline_exercise_results_page, BYLINE, EXERCISE_RESULTS_PAGE, GtkWidget)

struct _BylineExerciseResultsPage
{
  GtkWidget  parent_instance;

  GtkLabel   *results_label;
  GListStore *scores;
  GListStore *entries;
};

#define BYLINE_TYPE_EXERCISE_KEY_PAGE (byline_exercise_key_page_get_type ())

G_DECLARE_FINAL_TYPE (BylineExerciseKeyPage, byline_exercise_key_page, BYLINE, EXERCISE_KEY_PAGE, GtkWidget)

struct _BylineExerciseKeyPage
{
  GtkWidget          parent_instance;

  GtkLabel           *key_summary;
  GListStore         *key_items;
  GtkSingleSelection *key_selection;
};

#define BYLINE_TYPE_EXERCISE_LESSON_PAGE (byline_exercise_lesson_page_get_type ())

G_DECLARE_FINAL_TYPE (BylineExerciseLessonPage, byline_exercise_lesson_page, BYLINE, EXERCISE_LESSON_PAGE, GtkWidget)

struct _BylineExerciseLessonPage
{
  GtkWidget      parent_instance;

  GtkEntry       *lesson_title_entry;
  GtkTextView    *questions_view;
  GtkCheckButton *quote_check;
  GtkCheckButton *claim_check;
  GtkCheckButton *meeting_check;
  GtkCheckButton *signal_check;
  GtkCheckButton *reasons_check;
};

#define BYLINE_TYPE_EXERCISE_ANSWERS_PAGE (byline_exercise_answers_page_get_type ())

G_DECLARE_FINAL_TYPE (BylineExerciseAnswersPage, byline_exercise_answers_page, BYLINE, EXERCISE_ANSWERS_PAGE, GtkWidget)

struct _BylineExerciseAnswersPage
{
  GtkWidget parent_instance;

  GtkBox    *answers_box;
};

/* What the mark popover is open for */
typedef enum
{
  PURPOSE_MARK,     /* a student's mark */
  PURPOSE_ADD_KEY,  /* a key item of the teacher's own */
  PURPOSE_FIX_KEY,  /* a fix to a key item */
} Purpose;

struct _BylineExercisePanel
{
  GtkWidget           parent_instance;

  /* template widgets; those of the pages are the pages' own, borrowed */
  GtkLabel           *title_label;
  GtkLabel           *mode_label;
  GtkLabel           *questions_label;
  GtkEntry           *student_entry;
  GtkStack           *pages;
  GtkWidget          *marks_page;
  GtkWidget          *results_page;
  GListStore         *marks;
  GtkSingleSelection *marks_selection;
  GtkLabel           *results_label;
  GtkLabel           *key_summary;   /* the key's count per category */
  GListStore         *scores;
  GListStore         *entries;
  GtkWidget          *key_page;
  GListStore         *key_items;
  GtkSingleSelection *key_selection;
  GtkWidget          *lesson_page;
  GtkWidget          *answers_page;
  GtkBox             *answers_box;
  GtkEntry           *lesson_title_entry;
  GtkTextView        *questions_view;
  GtkCheckButton     *quote_check;
  GtkCheckButton     *claim_check;
  GtkCheckButton     *meeting_check;
  GtkCheckButton     *signal_check;
  GtkCheckButton     *reasons_check;

  GtkTextView        *text_view;   /* the window's article (weak: detach () before it goes) */
  GtkTextBuffer      *buffer;
  GtkTextTag         *mark_tags[BYLINE_N_CATEGORIES];
  GtkTextTag         *outcome_tags[3];  /* by BylineOutcome */
  GtkWidget          *popover;
  Purpose             purpose;
  char               *fix_id;

  BylineLesson       *lesson;
  BylineResponse     *response;
  BylineCheck        *check;       /* NULL until checked, and again after a change */
  gboolean            teacher;
  char               *saved_marks;   /* the marks as last saved or loaded, as JSON */
  AdwToast           *last_removed_key; /* the toast that can put back a key item (weak) */
  GPtrArray          *answer_entries;   /* GtkEntry, one per question, for a student */
  char               *saved_lesson;  /* the lesson as last saved or begun, as JSON */
  gboolean            updating;    /* filling the settings: their signals change nothing */
};

enum {
  ERROR,
  N_SIGNALS
};

extern guint _byline_exercise_panel_signals[N_SIGNALS];

/* The panel a page is in */
BylineExercisePanel *_byline_exercise_panel_of (GtkWidget *page);

/* byline-exercise-panel.c */
const char *_byline_exercise_panel_category_name  (BylineCategory category);
char       *_byline_exercise_panel_describe_mark  (const BylineMark *mark);
char       *_byline_exercise_panel_passage        (BylineExercisePanel *self,
                                                   guint                start,
                                                   guint                end);
void        _byline_exercise_panel_show_toast     (BylineExercisePanel *self,
                                                   AdwToast            *toast);
void        _byline_exercise_panel_report_error   (BylineExercisePanel *self,
                                                   const GError        *error);
void        _byline_exercise_panel_select_span    (BylineExercisePanel *self,
                                                   guint                start,
                                                   guint                end);
void        _byline_exercise_panel_changed        (BylineExercisePanel *self);
void        _byline_exercise_panel_popup_at       (BylineExercisePanel *self,
                                                   const BylineMark    *mark,
                                                   Purpose              purpose);
gboolean    _byline_exercise_panel_selection_mark (BylineExercisePanel *self,
                                                   BylineMark          *mark);
void        _byline_exercise_panel_show_questions (BylineExercisePanel *self);

/* byline-exercise-marks-page.c */
void _byline_exercise_marks_page_refresh_marks (BylineExercisePanel *self);

/* byline-exercise-results-page.c */
void _byline_exercise_results_page_clear_results (BylineExercisePanel *self,
                                                  const char          *message);
void _byline_exercise_results_page_show_check    (BylineExercisePanel *self);

/* byline-exercise-key-page.c */
char *_byline_exercise_key_page_describe_reason   (const BylineKeyItem *item);
void  _byline_exercise_key_page_refresh_key       (BylineExercisePanel *self);
void  _byline_exercise_key_page_install_actions (GtkWidgetClass *panel_class);

/* byline-exercise-lesson-page.c */
void _byline_exercise_lesson_page_fill_settings        (BylineExercisePanel *self);
void _byline_exercise_lesson_page_on_questions_changed (GtkTextBuffer       *buffer,
                                                        BylineExercisePanel *self);

/* byline-exercise-answers-page.c */
void _byline_exercise_answers_page_fill_answers_page (BylineExercisePanel *self);
void _byline_exercise_answers_page_show_answers      (BylineExercisePanel *self);

G_END_DECLS
