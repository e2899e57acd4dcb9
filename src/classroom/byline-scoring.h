/* byline-scoring.h: a response compared with the answer key, and the class
 * report over several responses
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
#include "byline-response.h"

G_BEGIN_DECLS

/* Matching follows ../shared/eval/score.py. A mark matches a key item of its
 * category when their spans overlap by at least 30 % of the shorter of the
 * two (quotes, meetings, signal words), or by at least half of the key
 * item's span (claims). Matching is one to one: of all such pairs, the
 * largest overlap is taken first (ties: the earlier key item, then the
 * earlier mark), until no pair is left whose key item and mark are both
 * free. A matched quote has the right speaker when the names are the same
 * ignoring case, accents and punctuation, one contains the other, or their
 * last words agree ("Berg" for "Anna Berg"); a key speaker that is only a
 * pronoun is not judged. A matched claim must have the same attribution, a
 * signal word the same kind (hedge or loaded); a meeting has nothing more to
 * get right. Categories the lesson does not use are ignored on both sides. */

typedef enum
{
  BYLINE_OUTCOME_MATCH,  /* a key item the student marked */
  BYLINE_OUTCOME_MISS,   /* a key item the student did not mark */
  BYLINE_OUTCOME_EXTRA,  /* a mark that matches no key item */
} BylineOutcome;

typedef struct
{
  BylineOutcome   outcome;
  BylineCategory  category;
  int             key_index;     /* into lesson->key, or -1 for an extra */
  int             mark_index;    /* into response->marks, or -1 for a miss */
  guint32         start;         /* the key item's span; an extra's own */
  guint32         end;
  gboolean        judged;        /* a match whose speaker, attribution or kind was judged */
  gboolean        right;         /* a match with nothing wrong about it */
} BylineCheckEntry;

/* Figures for one category (or all together). precision = matched / marked,
 * recall = matched / expected, f1 their harmonic mean; 0 when undefined. */
typedef struct
{
  guint   expected;  /* key items */
  guint   marked;    /* the student's marks */
  guint   matched;
  guint   right;     /* matched, with the right speaker, attribution or kind */
  guint   missed;
  guint   extra;
  double  precision;
  double  recall;
  double  f1;
} BylineScore;

/* The comparison of one response with the key. Indexes refer to the lesson
 * and the response as they were when it was made: make a new one after an edit. */
typedef struct
{
  guint        categories;                       /* the lesson's, BYLINE_CATEGORY_FLAG () bits */
  BylineScore  scores[BYLINE_N_CATEGORIES];
  BylineScore  total;
  GArray      *entries;                          /* BylineCheckEntry, in text order */
} BylineCheck;

typedef struct
{
  char        *student;
  char        *file;   /* or NULL */
  BylineCheck *check;
} BylineReportStudent;

typedef struct
{
  int     key_index;  /* into lesson->key */
  GArray *found_by;   /* guint: indexes into report->students that marked it */
  GArray *right_by;   /* guint: those of them with nothing wrong */
} BylineReportItem;

/* The class overview: each student's figures, and for each key item who found it */
typedef struct
{
  GPtrArray   *students;                          /* BylineReportStudent, in the order added */
  GPtrArray   *items;                             /* BylineReportItem, in key order */
  BylineScore  scores[BYLINE_N_CATEGORIES];       /* the class's counts summed */
  BylineScore  total;
} BylineClassReport;

gboolean           byline_spans_match          (BylineCategory          category,
                                                guint32                 key_start,
                                                guint32                 key_end,
                                                guint32                 mark_start,
                                                guint32                 mark_end);
gboolean           byline_same_person          (const char             *a,
                                                const char             *b);
gboolean           byline_speaker_is_judged    (const char             *name);

BylineCheck       *byline_check_new            (const BylineLesson     *lesson,
                                                const BylineResponse   *response);
void               byline_check_free           (BylineCheck            *self);
JsonNode          *byline_check_to_json        (const BylineCheck      *self,
                                                const BylineLesson     *lesson,
                                                const BylineResponse   *response);

BylineClassReport *byline_class_report_new     (const BylineLesson     *lesson);
void               byline_class_report_add     (BylineClassReport      *self,
                                                const BylineLesson     *lesson,
                                                const BylineResponse   *response,
                                                const char             *file);
void               byline_class_report_free    (BylineClassReport      *self);
JsonNode          *byline_class_report_to_json (const BylineClassReport *self,
                                                const BylineLesson     *lesson);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineCheck, byline_check_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineClassReport, byline_class_report_free)

G_END_DECLS
