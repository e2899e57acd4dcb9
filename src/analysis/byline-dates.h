/* byline-dates.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-lexicon.h"
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
gboolean _byline_dates_match_at   (const char        *text,
                                   const BylineToken *tokens,
                                   guint              n_tokens,
                                   guint              i,
                                   BylineDateMatch   *match);
void     byline_date_resolve      (BylineDateMatch *match,
                                   const BylineDay *reference,
                                   gboolean         future);
gboolean byline_day_valid         (const BylineDay *day);
char    *byline_day_to_iso        (const BylineDay *day);
gboolean _byline_money_match_at   (const char        *text,
                                   const BylineToken *tokens,
                                   guint              n_tokens,
                                   guint              i,
                                   guint             *n_matched);
gboolean _byline_quantity_match_at (const char       *text,
                                   const BylineToken *tokens,
                                   guint              n_tokens,
                                   guint              i,
                                   guint             *n_matched);
int      byline_number_word_value (const char        *text,
                                   const BylineToken *tok);

/* The matchers are tried at every token: these quick noes are inlined where
 * they are called, and the matchers proper run only where a date, a sum of
 * money or a quantity may start. */

/**
 * byline_dates_match:
 * @i: the token to start at
 * @match: (out): what was found; n_tokens is 0 when nothing was
 *
 * Returns: whether a date or a duration starts at token @i
 */
BYLINE_ALWAYS_INLINE
static inline gboolean
byline_dates_match (const char        *text,
                    const BylineToken *tokens,
                    guint              n_tokens,
                    guint              i,
                    BylineDateMatch   *match)
{
  /* a date starts with a number, a date word, a time unit, a hyphenated
   * "mid-May", or one of the few words below ("a day after", "the first
   * half", "last spring") */
  if (i >= n_tokens || tokens[i].kind == BYLINE_TOKEN_PUNCT || tokens[i].kind == BYLINE_TOKEN_POSSESSIVE)
    {
      match->n_tokens = 0;
      return FALSE;
    }
  if (tokens[i].kind == BYLINE_TOKEN_WORD
      && !(byline_token_cls (&tokens[i]) & (BYLINE_WORD_DATE_LEAD | BYLINE_WORD_TIME_UNIT))
      && !(tokens[i].flags & BYLINE_TOKEN_HYPHEN))
    {
      const BylineToken *t = &tokens[i];
      gboolean may;

      switch (byline_token_len (t))
        {
        case 1:
          may = byline_token_is (text, t, "a");
          break;
        case 2:
          may = byline_token_is (text, t, "an");
          break;
        case 4:
          may = byline_token_is (text, t, "last");
          break;
        case 5:
          may = byline_token_is (text, t, "first") || byline_token_is (text, t, "third")
                || byline_token_is (text, t, "final");
          break;
        case 6:
          may = byline_token_is (text, t, "spring") || byline_token_is (text, t, "summer")
                || byline_token_is (text, t, "autumn") || byline_token_is (text, t, "winter")
                || byline_token_is (text, t, "second") || byline_token_is (text, t, "fourth");
          break;
        default:
          may = FALSE;
        }
      if (!may)
        {
          match->n_tokens = 0;
          return FALSE;
        }
    }
  return _byline_dates_match_at (text, tokens, n_tokens, i, match);
}

/* "$7 billion", "$ 50,000", "US$5m", "€3", "7 million euros", "500 rupees":
 * money starts with a number, a symbol or a capitalised code */
BYLINE_ALWAYS_INLINE
static inline gboolean
byline_money_match (const char        *text,
                    const BylineToken *tokens,
                    guint              n_tokens,
                    guint              i,
                    guint             *n_matched)
{
  if (tokens[i].kind == BYLINE_TOKEN_POSSESSIVE
      || (tokens[i].kind == BYLINE_TOKEN_WORD && !(tokens[i].flags & BYLINE_TOKEN_CAP))
      || (tokens[i].kind == BYLINE_TOKEN_PUNCT && (guchar) text[tokens[i].start] < 0x80
          && text[tokens[i].start] != '$'))
    return FALSE;
  return _byline_money_match_at (text, tokens, n_tokens, i, n_matched);
}

/* "5,000 tonnes", "12 km": a quantity starts with a number */
BYLINE_ALWAYS_INLINE
static inline gboolean
byline_quantity_match (const char        *text,
                       const BylineToken *tokens,
                       guint              n_tokens,
                       guint              i,
                       guint             *n_matched)
{
  if (i >= n_tokens || tokens[i].kind != BYLINE_TOKEN_NUMBER)
    return FALSE;
  return _byline_quantity_match_at (text, tokens, n_tokens, i, n_matched);
}

G_END_DECLS
