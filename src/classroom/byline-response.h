/* byline-response.h: a student's marks on a lesson's article, saved as one
 * JSON file ("byline.response/1") that the teacher collects
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "byline-classroom.h"
#include "byline-lesson.h"

G_BEGIN_DECLS

#define BYLINE_RESPONSE_SCHEMA "byline.response/1"

/* Read the fields; change the marks through the functions below. */
typedef struct
{
  char      *student;         /* the name the student typed; no account, no id */
  char      *lesson_id;       /* the lesson's id */
  char      *article_sha256;  /* the lesson's article */
  char      *article_title;   /* for messages only, or NULL */
  char      *saved;           /* ISO 8601, UTC, or NULL before the first save */
  GPtrArray *marks;           /* BylineMark, in the order the student made them */
  GPtrArray *answers;         /* char *: one per question of the lesson, "" when unanswered */
  /*< private >*/
  gsize      n_chars;         /* the article's length once known, else 0 */
} BylineResponse;

BylineResponse *byline_response_new              (const BylineLesson   *lesson,
                                                  const char           *student);
void            byline_response_free             (BylineResponse       *self);

BylineResponse *byline_response_load_file        (const char           *path,
                                                  GError              **error);
BylineResponse *byline_response_load_data        (const char           *data,
                                                  gssize                len,
                                                  const char           *name,
                                                  GError              **error);
gboolean        byline_response_check_lesson     (BylineResponse       *self,
                                                  const BylineLesson   *lesson,
                                                  const char           *name,
                                                  GError              **error);
BylineResponse *byline_response_load_for_lesson  (const char           *path,
                                                  const BylineLesson   *lesson,
                                                  GError              **error);
JsonNode       *byline_response_to_json          (const BylineResponse *self);
gboolean        byline_response_save_file        (BylineResponse       *self,
                                                  const char           *path,
                                                  GError              **error);

/* Marking */
gboolean        byline_response_add_mark         (BylineResponse       *self,
                                                  const BylineMark     *mark,
                                                  guint                *index,
                                                  GError              **error);
gboolean        byline_response_remove_mark      (BylineResponse       *self,
                                                  guint                 index,
                                                  GError              **error);
void            byline_response_set_answer       (BylineResponse       *self,
                                                  guint                 question,
                                                  const char           *answer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineResponse, byline_response_free)

G_END_DECLS
