/* byline-lesson.h: a lesson: the article, its answer key, the questions and the
 * settings, saved as one JSON file ("byline.lesson/1") that students open offline
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "byline-classroom.h"
#include "byline-text.h"

G_BEGIN_DECLS

#define BYLINE_LESSON_SCHEMA "byline.lesson/1"

typedef enum
{
  BYLINE_KEY_FROM_ANALYSIS,  /* made from the analysis (maybe fixed by the teacher since) */
  BYLINE_KEY_FROM_TEACHER,   /* added by the teacher */
} BylineKeyOrigin;

/* One thing the students are expected to mark, and why. */
typedef struct
{
  char            *id;        /* "k1", "k2"…: stable, never reused within a lesson */
  BylineKeyOrigin  origin;
  gboolean         accepted;  /* the teacher has looked at it and kept it */
  gboolean         edited;    /* an analysis item the teacher has fixed */
  BylineMark       mark;      /* what is expected: span, speaker, source, signal */
  /* The reason, shown when the lesson's show_reasons is on; any may be NULL */
  char            *cue;       /* the reporting verb ("said"), the hedging or loaded word */
  char            *source;    /* a claim's source, a quote's outlet, a meeting's participants */
  char            *reason;    /* why a source is state media; a teacher's note */
} BylineKeyItem;

/* The article as the lesson embeds it: students need nothing else. */
typedef struct
{
  char  *title;     /* or NULL */
  char  *source;    /* the file or URL it came from, or NULL */
  char  *dateline;  /* "2026-03-03" or NULL */
  char  *text;      /* UTF-8; offsets are code points into it */
  gsize  n_chars;
  char  *sha256;    /* of the text, hex: the library's article key too */
} BylineLessonArticle;

/* Read the fields; change the key only through the functions below, which
 * keep the ids unique and the spans inside the text. */
typedef struct
{
  char                *id;            /* random, made once: a response names it */
  char                *title;         /* the lesson's title */
  char                *created;       /* ISO 8601, UTC */
  BylineLessonArticle  article;
  guint                categories;    /* BYLINE_CATEGORY_FLAG () bits: what is marked and scored */
  gboolean             show_reasons;  /* show each expected item's reason when checking */
  GPtrArray           *questions;     /* char *: questions for the students */
  GPtrArray           *key;           /* BylineKeyItem, in text order */
  /*< private >*/
  guint                next_key;
  BylineCharIndex     *index;         /* over article.text */
} BylineLesson;

BylineLesson        *byline_lesson_new                (const char          *text,
                                                       const char          *article_title,
                                                       const char          *article_source,
                                                       const char          *dateline,
                                                       GError             **error);
BylineLesson        *byline_lesson_new_from_analysis  (const char          *text,
                                                       const char          *article_source,
                                                       JsonNode            *analysis,
                                                       GError             **error);
void                 byline_lesson_free               (BylineLesson        *self);

BylineLesson        *byline_lesson_load_file          (const char          *path,
                                                       GError             **error);
BylineLesson        *byline_lesson_load_data          (const char          *data,
                                                       gssize               len,
                                                       const char          *name,
                                                       GError             **error);
JsonNode            *byline_lesson_to_json            (const BylineLesson  *self);
gboolean             byline_lesson_save_file          (const BylineLesson  *self,
                                                       const char          *path,
                                                       GError             **error);

gboolean             byline_lesson_has_category       (const BylineLesson  *self,
                                                       BylineCategory       category);
const BylineCharIndex *
                     byline_lesson_get_char_index     (const BylineLesson  *self);
char                *byline_lesson_dup_passage        (const BylineLesson  *self,
                                                       guint32              start,
                                                       guint32              end);

/* Editing the key */
const BylineKeyItem *byline_lesson_add_key_item       (BylineLesson        *self,
                                                       const BylineMark    *mark,
                                                       const char          *reason,
                                                       GError             **error);
const BylineKeyItem *byline_lesson_get_key_item       (const BylineLesson  *self,
                                                       const char          *id);
gboolean             byline_lesson_fix_key_item       (BylineLesson        *self,
                                                       const char          *id,
                                                       const BylineMark    *mark,
                                                       GError             **error);
gboolean             byline_lesson_set_key_reason     (BylineLesson        *self,
                                                       const char          *id,
                                                       const char          *reason,
                                                       GError             **error);
gboolean             byline_lesson_accept_key_item    (BylineLesson        *self,
                                                       const char          *id,
                                                       GError             **error);
gboolean             byline_lesson_remove_key_item    (BylineLesson        *self,
                                                       const char          *id,
                                                       GError             **error);
BylineKeyItem       *byline_lesson_take_key_item      (BylineLesson        *self,
                                                       const char          *id,
                                                       GError             **error);
void                 byline_lesson_restore_key_item   (BylineLesson        *self,
                                                       BylineKeyItem       *item);
guint                byline_lesson_count_key          (const BylineLesson  *self,
                                                       BylineCategory       category);

void                 byline_key_item_free             (BylineKeyItem       *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineLesson, byline_lesson_free)

G_END_DECLS
