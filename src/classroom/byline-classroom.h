/* byline-classroom.h: what lessons, responses and scoring share: the error
 * domain, the categories a student marks, and a mark
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The classroom layer is plain structs with free functions and autoptr
 * cleanups, no GObjects: a window keeps a BylineLesson and a BylineResponse,
 * edits them through their functions, and calls byline_check_new () whenever
 * it wants a fresh comparison. Nothing here includes GTK or SQLite. */

#define BYLINE_CLASSROOM_ERROR (byline_classroom_error_quark ())

typedef enum
{
  BYLINE_CLASSROOM_ERROR_IO,        /* the file cannot be read or written */
  BYLINE_CLASSROOM_ERROR_PARSE,     /* not JSON */
  BYLINE_CLASSROOM_ERROR_SCHEMA,    /* not a lesson (or response) file, or an unknown version */
  BYLINE_CLASSROOM_ERROR_INVALID,   /* a field missing or wrong, offsets out of the text */
  BYLINE_CLASSROOM_ERROR_MISMATCH,  /* a response for another lesson or article */
  BYLINE_CLASSROOM_ERROR_NOT_FOUND, /* no key item with that id, no mark with that index */
} BylineClassroomError;

/* What a student marks */
typedef enum
{
  BYLINE_CATEGORY_QUOTE,    /* who said what: the words, and the speaker */
  BYLINE_CATEGORY_CLAIM,    /* an assertion, and on whose authority */
  BYLINE_CATEGORY_MEETING,  /* a passage that reports a meeting */
  BYLINE_CATEGORY_SIGNAL,   /* a hedging or loaded word */
  BYLINE_N_CATEGORIES
} BylineCategory;

#define BYLINE_CATEGORY_FLAG(c) (1u << (c))
#define BYLINE_CATEGORIES_ALL   ((1u << BYLINE_N_CATEGORIES) - 1)

/* The six kinds of source the issue names. The analysis's claim attributions
 * map onto them: named_person → named_person, named_org → organisation,
 * state_media → state_media, media → other_media, anonymous → anonymous,
 * unattributed → unattributed. */
typedef enum
{
  BYLINE_SOURCE_NAMED_PERSON,
  BYLINE_SOURCE_ORGANISATION,
  BYLINE_SOURCE_STATE_MEDIA,
  BYLINE_SOURCE_OTHER_MEDIA,
  BYLINE_SOURCE_ANONYMOUS,
  BYLINE_SOURCE_UNATTRIBUTED,
  BYLINE_N_SOURCES
} BylineSource;

typedef enum
{
  BYLINE_SIGNAL_HEDGE,   /* "likely", "is believed to" */
  BYLINE_SIGNAL_LOADED,  /* "blatant", "embattled" */
  BYLINE_N_SIGNALS
} BylineSignal;

/* A marked passage: a student's mark, or what a key item expects.
 * Offsets are code points into the article text, end exclusive (the numbers
 * of the analysis JSON and of a GtkTextIter). */
typedef struct
{
  BylineCategory  category;
  guint32         start;
  guint32         end;
  char           *speaker;  /* quotes: who said it, or NULL */
  BylineSource    source;   /* claims */
  BylineSignal    signal;   /* signals */
} BylineMark;

GQuark        byline_classroom_error_quark   (void);

BylineMark   *byline_mark_new                (BylineCategory  category,
                                              guint32         start,
                                              guint32         end);
BylineMark   *byline_mark_copy               (const BylineMark *mark);
void          byline_mark_free               (BylineMark     *mark);

/* Names as the files and the CLI spell them ("quote", "organisation",
 * "hedge"); from_string () returns FALSE for an unknown name. */
const char   *byline_category_to_string      (BylineCategory  category);
gboolean      byline_category_from_string    (const char     *name,
                                              BylineCategory *category);
const char   *byline_category_to_label       (BylineCategory  category);
const char   *byline_source_to_string        (BylineSource    source);
gboolean      byline_source_from_string      (const char     *name,
                                              BylineSource   *source);
const char   *byline_source_to_label         (BylineSource    source);
BylineSource  byline_source_from_attribution (const char     *attribution);
const char   *byline_signal_to_string        (BylineSignal    signal);
gboolean      byline_signal_from_string      (const char     *name,
                                              BylineSignal   *signal);
const char   *byline_signal_to_label         (BylineSignal    signal);
gboolean      byline_categories_from_string  (const char     *list,
                                              guint          *categories,
                                              GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineMark, byline_mark_free)

G_END_DECLS
