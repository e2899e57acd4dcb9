/* byline-dates.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-tokens.h"

G_BEGIN_DECLS

typedef enum
{
  BYLINE_DATE_NONE,
  BYLINE_DATE_DAY,       /* one day: from == to */
  BYLINE_DATE_RANGE,     /* a week, month, year */
  BYLINE_DATE_DURATION,  /* "six months": no place in time */
} BylineDateResolution;

/* A calendar day; 0 fields are unknown. */
typedef struct
{
  int year;
  int month;
  int day;
} BylineDay;

typedef enum
{
  BYLINE_DATE_REL_NONE,     /* written out: written holds it */
  BYLINE_DATE_REL_WEEKDAY,  /* "Monday": weekday, before or after the reference */
  BYLINE_DATE_REL_DAY,      /* "yesterday": offset days */
  BYLINE_DATE_REL_WEEK,     /* "next week": offset weeks */
  BYLINE_DATE_REL_MONTH,    /* "last month": offset months */
  BYLINE_DATE_REL_YEAR,     /* "this year": offset years */
  BYLINE_DATE_REL_MONTH_OF, /* "last September", "July last year": written.month, offset years */
} BylineDateRel;

typedef struct
{
  guint                n_tokens;   /* tokens the expression covers */
  BylineDateResolution resolution; /* set by byline_date_resolve () */
  BylineDay            written;    /* what was written; 0 fields unknown */
  int                  weekday;    /* 1 = Monday .. 7, 0 when none */
  BylineDateRel        rel;
  int                  offset;
  gboolean             duration;   /* "six months" */
  gboolean             explicit_year; /* "July last year" */
  BylineDay            from;       /* set by byline_date_resolve () */
  BylineDay            to;
} BylineDateMatch;

int      byline_month_from_word   (const char *word,
                                   gsize       len);
int      byline_weekday_from_word (const char *word,
                                   gsize       len);
gboolean byline_dates_match       (const char        *text,
                                   const BylineToken *tokens,
                                   guint              n_tokens,
                                   guint              i,
                                   BylineDateMatch   *match);
void     byline_date_resolve      (BylineDateMatch *match,
                                   const BylineDay *reference,
                                   gboolean         future);
gboolean byline_day_valid         (const BylineDay *day);
char    *byline_day_to_iso        (const BylineDay *day);
gboolean byline_money_match       (const char        *text,
                                   const BylineToken *tokens,
                                   guint              n_tokens,
                                   guint              i,
                                   guint             *n_matched);
gboolean byline_quantity_match    (const char        *text,
                                   const BylineToken *tokens,
                                   guint              n_tokens,
                                   guint              i,
                                   guint             *n_matched);
int      byline_number_word_value (const char        *text,
                                   const BylineToken *tok);

G_END_DECLS
