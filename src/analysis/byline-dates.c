/* byline-dates.c: dates, periods and sums of money in the tokens
 *
 * byline_dates_match() reads one date expression at a token: written dates
 * ("Thursday, Sept. 21, 2017" in a sentence, "October 22-24", "mid-January"),
 * relative ones ("last week", "the end of the month", "last summer"),
 * periods ("six months", "nearly 4-1/2 years", "a day after", "for decades",
 * "the third quarter", "1910-1945"); byline_date_resolve() turns one into
 * days against the dateline. byline_money_match() and
 * byline_quantity_match() read sums and measures.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-dates"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "byline-dates.h"
#include "byline-lexicon.h"
#include "byline-scan-private.h"


/* the letters of each month's full name: shorter is an abbreviation */
static const gsize month_full_len[] = { 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };
/* time unit codes of words.json */
enum
{
  UNIT_DAY = 4, UNIT_WEEK = 5, UNIT_MONTH = 6, UNIT_YEAR = 7, UNIT_DECADE = 8, UNIT_CENTURY = 9,
  UNIT_WEEKEND = 10
};

typedef struct
{
  const char        *text;
  const BylineToken *tokens;
  guint              n;
  const BylineLexicon *lex;
} Ctx;

BYLINE_ALWAYS_INLINE
static inline gboolean
is_word (const Ctx *c, guint j, const char *w)
{
  return j < c->n && byline_token_is (c->text, &c->tokens[j], w);
}

static gboolean
is_punct (const Ctx *c, guint j, char ch)
{
  return j < c->n && c->tokens[j].kind == BYLINE_TOKEN_PUNCT
         && byline_token_len (&c->tokens[j]) == 1 && c->text[c->tokens[j].start] == ch;
}

static gboolean
same_line (const Ctx *c, guint j)
{
  return j < c->n && !(c->tokens[j].flags & BYLINE_TOKEN_NEWLINE);
}

static int
lookup_int (const BylineLexTable *table, const Ctx *c, guint j)
{
  guint32 cls;

  if (j >= c->n || c->tokens[j].kind != BYLINE_TOKEN_WORD)
    return 0;
  cls = table == &c->lex->months ? BYLINE_WORD_MONTH : table == &c->lex->weekdays ? BYLINE_WORD_WEEKDAY
        : table == &c->lex->number_words ? BYLINE_WORD_NUMBER : table == &c->lex->time_units ? BYLINE_WORD_TIME_UNIT : 0;
  if (cls != 0 && !(byline_token_cls (&c->tokens[j]) & cls))
    return 0;
  return GPOINTER_TO_INT (byline_lexicon_lookup_token (table, c->text, &c->tokens[j]));
}

/* A number token's value, or -1; "19th" is 19. */
static int
number_value (const Ctx *c, guint j, int *n_digits)
{
  const BylineToken *t;
  const char *p;
  int v = 0;
  int d = 0;

  if (j >= c->n)
    return -1;
  t = &c->tokens[j];
  if (t->kind != BYLINE_TOKEN_NUMBER)
    return -1;
  p = c->text + t->start;
  while (p < c->text + byline_token_end (t) && g_ascii_isdigit (*p) && d < 9)
    v = v * 10 + (*p++ - '0'), d++;
  if (p < c->text + byline_token_end (t))
    {
      gsize rest = c->text + byline_token_end (t) - p;
      if (!((rest == 2 && (g_ascii_strncasecmp (p, "st", 2) == 0 || g_ascii_strncasecmp (p, "nd", 2) == 0
                           || g_ascii_strncasecmp (p, "rd", 2) == 0 || g_ascii_strncasecmp (p, "th", 2) == 0))))
        return -1;
    }
  if (n_digits)
    *n_digits = d;
  return v;
}

static int
day_at (const Ctx *c, guint j)
{
  int v = number_value (c, j, NULL);

  return v >= 1 && v <= 31 ? v : 0;
}

/* "22-24" of "October 22-24": the first day of a range of days in one token */
static int
day_range_at (const Ctx *c, guint j)
{
  const char *p, *end;
  int a = 0, b = 0, da = 0, db = 0;

  if (j >= c->n || c->tokens[j].kind != BYLINE_TOKEN_NUMBER || !(c->tokens[j].flags & BYLINE_TOKEN_HYPHEN))
    return 0;
  p = c->text + c->tokens[j].start;
  end = c->text + byline_token_end (&c->tokens[j]);
  while (p < end && g_ascii_isdigit (*p) && da < 3)
    a = a * 10 + (*p++ - '0'), da++;
  if (p == end || *p != '-')
    return 0;
  p++;
  while (p < end && g_ascii_isdigit (*p) && db < 3)
    b = b * 10 + (*p++ - '0'), db++;
  return p == end && da >= 1 && da <= 2 && db >= 1 && db <= 2 && a >= 1 && a < b && b <= 31 ? a : 0;
}

static int
year_at (const Ctx *c, guint j)
{
  int d = 0;
  int v = number_value (c, j, &d);

  if (d == 4 && v >= 1000 && v <= 2199 && byline_token_len (&c->tokens[j]) == 4)
    return v;
  return 0;
}

/* "6/2022" at j: a day and a year in one token */
static gboolean
day_slash_year_at (const Ctx *c, guint j, int *day, int *year)
{
  const char *p, *end;
  int a = 0, b = 0, da = 0, db = 0;

  if (j >= c->n || c->tokens[j].kind != BYLINE_TOKEN_NUMBER)
    return FALSE;
  p = c->text + c->tokens[j].start;
  end = c->text + byline_token_end (&c->tokens[j]);
  while (p < end && g_ascii_isdigit (*p) && da < 3)
    a = a * 10 + (*p++ - '0'), da++;
  if (p == end || *p != '/')
    return FALSE;
  p++;
  while (p < end && g_ascii_isdigit (*p) && db < 5)
    b = b * 10 + (*p++ - '0'), db++;
  if (p != end || da < 1 || da > 2 || db != 4 || a < 1 || a > 31 || b < 1000 || b > 2199)
    return FALSE;
  *day = a;
  *year = b;
  return TRUE;
}

int
byline_month_from_word (const char *word,
                        gsize       len)
{
  BylineToken t = byline_token_make (0, (guint32) len, BYLINE_TOKEN_WORD, 0);

  for (gsize i = 0; i < len; i++)
    if ((guchar) word[i] >= 0x80)
      t.flags |= BYLINE_TOKEN_NONASCII;
  return GPOINTER_TO_INT (byline_lexicon_lookup_token (&byline_lexicon_get ()->months, word, &t));
}

int
byline_weekday_from_word (const char *word,
                          gsize       len)
{
  BylineToken t = byline_token_make (0, (guint32) len, BYLINE_TOKEN_WORD, 0);

  for (gsize i = 0; i < len; i++)
    if ((guchar) word[i] >= 0x80)
      t.flags |= BYLINE_TOKEN_NONASCII;
  return GPOINTER_TO_INT (byline_lexicon_lookup_token (&byline_lexicon_get ()->weekdays, word, &t));
}

/* A month name at j (with an abbreviation's period); sets *next. "May" and
 * "March" count only when a day or year follows or a date word leads. */
static int
month_at (const Ctx *c, guint j, guint *next, gboolean strict)
{
  int m = lookup_int (&c->lex->months, c, j);
  gsize len;

  if (m == 0 || !(c->tokens[j].flags & BYLINE_TOKEN_CAP))
    return 0;
  gboolean abbreviated;

  len = byline_token_len (&c->tokens[j]);
  abbreviated = len < month_full_len[m - 1];
  *next = j + 1;
  if (abbreviated && is_punct (c, j + 1, '.') && !(c->tokens[j + 1].flags & BYLINE_TOKEN_SPACE))
    *next = j + 2;
  if (strict || abbreviated || m == 5 || m == 3)
    {
      /* ambiguous with words: need a day or a year after it */
      int dd, yy;

      if (!(same_line (c, *next) && (day_at (c, *next) || day_range_at (c, *next) || year_at (c, *next)
                                     || day_slash_year_at (c, *next, &dd, &yy))))
        return 0;
    }
  return m;
}

static int
weekday_at (const Ctx *c, guint j, guint *next)
{
  int w = lookup_int (&c->lex->weekdays, c, j);
  gsize len;

  if (w == 0 || !(c->tokens[j].flags & BYLINE_TOKEN_CAP))
    return 0;
  len = byline_token_len (&c->tokens[j]);
  *next = j + 1;
  if (len <= 5)
    {
      /* "Wed", "Tue," only before a date */
      guint k = j + 1;
      if (is_punct (c, k, '.'))
        k++;
      if (is_punct (c, k, ','))
        k++;
      if (!same_line (c, k) || !(c->tokens[k].kind == BYLINE_TOKEN_NUMBER
                                 || lookup_int (&c->lex->months, c, k)))
        return 0;
      *next = j + 1;
      if (is_punct (c, *next, '.'))
        (*next)++;
    }
  return w;
}

/* "Tue 03/12/2019": a date in figures whose day and month could be either
 * way round is read the way that falls on the weekday written before it
 * (3 December, a Tuesday in a Belgian paper; "Tue, 09/02/2014" is 2
 * September in an American one) */
static void
weekday_orders_day (const Ctx *c, guint k, int weekday, BylineDay *day)
{
  BylineDay other = { day->year, day->day, day->month };
  GDate d;

  if (c->tokens[k].kind != BYLINE_TOKEN_NUMBER || memchr (c->text + c->tokens[k].start, '/',
                                                            byline_token_len (&c->tokens[k])) == NULL
      || day->day > 12 || day->day == day->month || !byline_day_valid (&other))
    return;
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) day->day, (GDateMonth) day->month, (GDateYear) day->year);
  if ((int) g_date_get_weekday (&d) == weekday)
    return;
  g_date_set_dmy (&d, (GDateDay) other.day, (GDateMonth) other.month, (GDateYear) other.year);
  if ((int) g_date_get_weekday (&d) == weekday)
    *day = other;
}

/* "December 11, 2013", "Dec. 11", "July 2003", "11 December 2013",
 * "2013-12-11", "12/12/2017". */
static guint
absolute_at (const Ctx *c, guint i, BylineDay *day)
{
  guint k;
  int m, d, y;

  /* numeric forms in one token */
  if (i < c->n && c->tokens[i].kind == BYLINE_TOKEN_NUMBER)
    {
      const char *s = c->text + c->tokens[i].start;
      gsize len = byline_token_len (&c->tokens[i]);
      int a = 0, b = 0, e = 0;
      char sep1 = 0, sep2 = 0;
      g_autofree char *tmp = g_strndup (s, len);

      if (len >= 8 && len <= 10
          && sscanf (tmp, "%d%c%d%c%d", &a, &sep1, &b, &sep2, &e) == 5 && sep1 == sep2
          && (sep1 == '-' || sep1 == '/' || sep1 == '.'))
        {
          if (a >= 1000 && b >= 1 && b <= 12 && e >= 1 && e <= 31)
            *day = (BylineDay) { a, b, e };
          else if (e >= 1000 && a >= 1 && b >= 1 && sep1 == '/')
            *day = a <= 12 ? (BylineDay) { e, a, b } : (BylineDay) { e, b, a };
          else if (e >= 1000 && a >= 1 && b >= 1 && b <= 12)
            *day = (BylineDay) { e, b, a };
          else
            return 0;
          if (!byline_day_valid (day))
            return 0;
          return 1;
        }
    }

  /* Month Day[,] Year | Month Day | Month[,] Year */
  if ((m = month_at (c, i, &k, FALSE)) != 0)
    {
      *day = (BylineDay) { 0, m, 0 };
      /* "December 6/2022": the day and the year in one token (Ethiopian wires) */
      if (same_line (c, k) && day_slash_year_at (c, k, &d, &y))
        {
          day->day = d;
          day->year = y;
          return k + 1 - i;
        }
      if (same_line (c, k) && ((d = day_at (c, k)) || (d = day_range_at (c, k))) && !year_at (c, k))
        {
          day->day = d;
          k++;
          {
            guint k2 = k;
            if (is_punct (c, k2, ',') || is_punct (c, k2, '.'))
              k2++;
            if (same_line (c, k2) && (y = year_at (c, k2)))
              {
                day->year = y;
                k = k2 + 1;
              }
          }
          return k - i;
        }
      {
        guint k2 = k;
        if (is_punct (c, k2, ','))
          k2++;
        if (same_line (c, k2) && (y = year_at (c, k2)))
          {
            day->year = y;
            return k2 + 1 - i;
          }
      }
      /* a full month name alone */
      return k - i;
      return 0;
    }

  /* Day Month [,] [Year] */
  if ((d = day_at (c, i)) && same_line (c, i + 1))
    {
      guint k2;
      int mm = lookup_int (&c->lex->months, c, i + 1);

      if (mm && (c->tokens[i + 1].flags & BYLINE_TOKEN_CAP))
        {
          *day = (BylineDay) { 0, mm, d };
          k = i + 2;
          /* "3 Sept.": an abbreviation's point; not "20 July." ending the sentence */
          if (byline_token_len (&c->tokens[i + 1]) <= 4 && is_punct (c, k, '.')
              && byline_token_len (&c->tokens[i + 1]) < month_full_len[mm - 1])
            k++;
          k2 = k;
          if (is_punct (c, k2, ','))
            k2++;
          if (same_line (c, k2) && (y = year_at (c, k2)))
            {
              day->year = y;
              k = k2 + 1;
            }
          return k - i;
        }
    }
  return 0;
}

static gboolean
is_any (const Ctx *c, guint j, const char * const *words)
{
  return _byline_scan_is_one_of (c->text, c->tokens, c->n, j, words);
}

/* "summer", "autumn": a season of the year */
static gboolean
is_season (const Ctx *c, guint j)
{
  static const char *const seasons[] = { "spring", "summer", "autumn", "winter", NULL };

  if (j >= c->n || c->tokens[j].kind != BYLINE_TOKEN_WORD || byline_token_len (&c->tokens[j]) < 6)
    return FALSE;
  for (int s = 0; seasons[s]; s++)
    if (is_word (c, j, seasons[s]))
      return TRUE;
  return FALSE;
}

/* "1/2", "½": a fraction alone */
static gboolean
is_fraction (const char *p,
             const char *end)
{
  if (end - p == 3 && g_ascii_isdigit (p[0]) && p[1] == '/' && g_ascii_isdigit (p[2]))
    return TRUE;
  /* "¼", "½", "¾" in UTF-8 */
  return end - p == 2 && (guchar) p[0] == 0xc2
         && ((guchar) p[1] == 0xbc || (guchar) p[1] == 0xbd || (guchar) p[1] == 0xbe);
}

/* The whole part of a number with a decimal or a fraction: "1.5", "4-1/2",
 * "2½"; -1 for anything else */
static int
fraction_value (const Ctx *c, guint j)
{
  const char *p = c->text + c->tokens[j].start;
  const char *end = c->text + byline_token_end (&c->tokens[j]);
  int v = 0, d = 0;

  while (p < end && g_ascii_isdigit (*p) && d < 9)
    v = v * 10 + (*p++ - '0'), d++;
  if (d == 0 || p == end)
    return -1;
  if (*p == '.' && p + 1 < end)
    {
      const char *q = p + 1;
      while (q < end && g_ascii_isdigit (*q))
        q++;
      return q == end ? v : -1;
    }
  if (*p == '-')
    p++;
  return is_fraction (p, end) ? v : -1;
}

/* "six", "6", "several", "8–10", "4-1/2", "2 1/2": a count before a time unit */
static guint
count_at (const Ctx *c, guint j, int *value)
{
  if (j >= c->n)
    return 0;
  if (c->tokens[j].kind == BYLINE_TOKEN_NUMBER)
    {
      int v = number_value (c, j, NULL);
      if (v < 0 && (v = fraction_value (c, j)) < 0)
        return 0;
      /* "2 1/2 hours": a whole number and a fraction */
      if (j + 1 < c->n && c->tokens[j + 1].kind == BYLINE_TOKEN_NUMBER && same_line (c, j + 1)
          && number_value (c, j, NULL) >= 0 && is_fraction (c->text + c->tokens[j + 1].start,
                                                           c->text + byline_token_end (&c->tokens[j + 1])))
        {
          *value = v;
          return 2;
        }
      *value = v;
      /* a range: 8–10 */
      if (j + 2 < c->n && c->tokens[j + 1].kind == BYLINE_TOKEN_PUNCT
          && byline_is_dash (byline_token_first_char (c->text, &c->tokens[j + 1]))
          && c->tokens[j + 2].kind == BYLINE_TOKEN_NUMBER)
        return 3;
      return 1;
    }
  if (c->tokens[j].kind == BYLINE_TOKEN_WORD)
    {
      int v = lookup_int (&c->lex->number_words, c, j);
      if (v > 0 && !is_word (c, j, "a") && !is_word (c, j, "an"))
        {
          *value = v;
          return 1;
        }
    }
  return 0;
}

static const char *const quantifiers[] = {
  "nearly", "almost", "about", "around", "some", "over", "only", "just", "roughly",
  "approximately", "barely", "another", NULL,
};

/* byline_dates_match () in the header turns down most tokens at once */
gboolean
_byline_dates_match_at (const char        *text,
                        const BylineToken *tokens,
                        guint              n_tokens,
                        guint              i,
                        BylineDateMatch   *match)
{
  Ctx c = { text, tokens, n_tokens, byline_lexicon_get () };
  guint k, n;
  int w, v;
  BylineDay day = { 0 };

  /* byline_dates_match () has turned down the tokens no date starts at:
   * this is a number, a date word, a time unit, a hyphenated word or one of
   * the few words it names */
  g_assert (i < n_tokens);

  /* "mid-January", "early-2019", "late-1990s": a part of a month or a year in one word */
  if (i < n_tokens && tokens[i].kind == BYLINE_TOKEN_WORD && (tokens[i].flags & BYLINE_TOKEN_HYPHEN))
    {
      const char *word = text + tokens[i].start;
      gsize len = byline_token_len (&tokens[i]);
      gsize lead = g_ascii_strncasecmp (word, "mid-", 4) == 0 ? 4
                   : g_ascii_strncasecmp (word, "early-", 6) == 0 ? 6
                   : g_ascii_strncasecmp (word, "late-", 5) == 0 ? 5 : 0;

      if (lead > 0 && len > lead + 3)
        {
          const char *rest = word + lead;
          gsize rl = len - lead;
          int month = g_ascii_isupper (rest[0]) ? byline_month_from_word (rest, rl) : 0;
          gsize digits = 0;

          while (digits < rl && g_ascii_isdigit (rest[digits]))
            digits++;
          memset (match, 0, sizeof *match);
          match->n_tokens = 1;
          if (month != 0)
            {
              match->written.month = month;
              match->rel = BYLINE_DATE_REL_MONTH_OF;
              return TRUE;
            }
          if (digits == 4 && rl == 4)
            {
              match->written.year = atoi (rest);
              return TRUE;
            }
          if (digits == 4 && rl == 5 && rest[4] == 's')
            {
              match->duration = TRUE; /* a decade: mid-1990s */
              return TRUE;
            }
          match->n_tokens = 0;
        }
    }

  /* "summer 2019"; "in the summer", "during the winter": a season */
  if (is_season (&c, i))
    {
      memset (match, 0, sizeof *match);
      match->duration = TRUE;
      if (same_line (&c, i + 1) && year_at (&c, i + 1))
        {
          match->written.year = year_at (&c, i + 1);
          match->duration = FALSE;
          match->n_tokens = 2;
          return TRUE;
        }
      if (i >= 2 && is_word (&c, i - 1, "the")
          && is_any (&c, i - 2, (const char *const[]) { "in", "during", "over", "through", "since", "until", "by",
                                                         "before", "after", NULL })
          && !(i + 1 < n_tokens && tokens[i + 1].kind == BYLINE_TOKEN_WORD && !is_word (&c, i + 1, "of")
               && !byline_token_has (&tokens[i + 1], BYLINE_WORD_STOPWORD)))
        {
          match->n_tokens = 1;
          return TRUE;
        }
    }

  /* "the third quarter", "the first half of the year", "the second half of 2019" */
  if (i + 2 < n_tokens && tokens[i].kind == BYLINE_TOKEN_WORD && byline_token_len (&tokens[i]) >= 4
      && byline_token_len (&tokens[i]) <= 6 && tokens[i + 1].kind == BYLINE_TOKEN_WORD
      && is_any (&c, i, (const char *const[]) { "first", "second", "third", "fourth", "final", "last", NULL })
      && same_line (&c, i + 1))
    {
      guint k2 = 0;

      if (is_word (&c, i + 1, "quarter") && !is_word (&c, i, "final") && !is_word (&c, i, "last"))
        k2 = i + 2;
      else if (is_word (&c, i + 1, "half") && is_word (&c, i + 2, "of")
               && ((is_word (&c, i + 3, "the") && is_word (&c, i + 4, "year")) || year_at (&c, i + 3)))
        k2 = is_word (&c, i + 3, "the") ? i + 5 : i + 4;
      if (k2 > 0)
        {
          memset (match, 0, sizeof *match);
          match->duration = TRUE;
          /* "the third quarter of 2019", "the first quarter of the year" */
          if (is_word (&c, k2 - 1, "quarter") && is_word (&c, k2, "of"))
            {
              if (year_at (&c, k2 + 1))
                k2 += 2;
              else if (is_word (&c, k2 + 1, "the") && is_word (&c, k2 + 2, "year"))
                k2 += 3;
            }
          match->n_tokens = k2 - i;
          return TRUE;
        }
    }

  /* "for decades", "since centuries": a period counted in no number */
  if (i > 0 && tokens[i].kind == BYLINE_TOKEN_WORD && byline_token_has (&tokens[i], BYLINE_WORD_TIME_UNIT)
      && text[byline_token_end (&tokens[i]) - 1] == 's' && lookup_int (&c.lex->time_units, &c, i) >= UNIT_DAY
      && lookup_int (&c.lex->time_units, &c, i) != UNIT_WEEKEND && !(tokens[i].flags & BYLINE_TOKEN_CAP)
      && is_any (&c, i - 1, (const char *const[]) { "for", "since", NULL })
      && !(i + 1 < n_tokens && tokens[i + 1].kind == BYLINE_TOKEN_WORD
           && !byline_token_has (&tokens[i + 1], BYLINE_WORD_STOPWORD)
           && !is_any (&c, i + 1, (const char *const[]) { "ago", "now", NULL })))
    {
      memset (match, 0, sizeof *match);
      match->duration = TRUE;
      match->n_tokens = 1;
      return TRUE;
    }

  /* "a day after", "a year earlier", "a week ago": one of a unit, measured from another time */
  if ((is_word (&c, i, "a") || is_word (&c, i, "an")) && same_line (&c, i + 1)
      && lookup_int (&c.lex->time_units, &c, i + 1) >= UNIT_DAY && !is_word (&c, i + 1, "weekend")
      && is_any (&c, i + 2, (const char *const[]) { "ago", "later", "earlier", "after", "before", "afterwards",
                                                     NULL }))
    {
      memset (match, 0, sizeof *match);
      match->duration = TRUE;
      match->n_tokens = 2;
      return TRUE;
    }

  /* a quick no for most tokens: a date starts with a number or a date word */
  if (i >= n_tokens || tokens[i].kind == BYLINE_TOKEN_PUNCT || tokens[i].kind == BYLINE_TOKEN_POSSESSIVE
      || (tokens[i].kind == BYLINE_TOKEN_WORD && !byline_token_has (&tokens[i], BYLINE_WORD_DATE_LEAD)))
    {
      match->n_tokens = 0;
      return FALSE;
    }
  memset (match, 0, sizeof *match);

  /* Weekday [,] date | Weekday [day part] */
  if ((w = weekday_at (&c, i, &k)) != 0)
    {
      guint k2 = k;

      if (is_punct (&c, k2, ','))
        k2++;
      /* "on Thursday, Sept. 21, 2017, in New York" is one date; a dateline
       * that is a line of its own ("Friday, July 21, 2017") gives the weekday
       * apart from the date */
      if (same_line (&c, k2) && (n = absolute_at (&c, k2, &day)) != 0
          && !(k2 > k && tokens[k2].kind == BYLINE_TOKEN_WORD && byline_token_len (&tokens[i]) > 3
               && !same_line (&c, k2 + n)))
        {
          weekday_orders_day (&c, k2, w, &day);
          match->written = day;
          match->weekday = w;
          match->n_tokens = k2 + n - i;
          return TRUE;
        }
      match->weekday = w;
      match->rel = BYLINE_DATE_REL_WEEKDAY;
      /* "on Thursday (3)": the day of the month in brackets after the weekday */
      if (same_line (&c, k + 2) && is_punct (&c, k, '(') && is_punct (&c, k + 2, ')')
          && number_value (&c, k + 1, NULL) >= 1 && number_value (&c, k + 1, NULL) <= 31)
        k += 3;
      if (same_line (&c, k) && byline_token_has (&tokens[k], BYLINE_WORD_DAY_PART))
        k++;
      match->n_tokens = k - i;
      return TRUE;
    }

  if ((n = absolute_at (&c, i, &day)) != 0)
    {
      match->written = day;
      match->n_tokens = n;
      /* "July last year" */
      if (day.year == 0 && day.day == 0 && is_any (&c, i + n, (const char *const[]) { "last", "next", "this", NULL })
          && is_word (&c, i + n + 1, "year"))
        {
          match->rel = BYLINE_DATE_REL_MONTH_OF;
          match->offset = is_word (&c, i + n, "last") ? -1 : is_word (&c, i + n, "next") ? 1 : 0;
          match->explicit_year = TRUE;
          match->n_tokens += 2;
        }
      return TRUE;
    }

  /* today, yesterday, tomorrow, tonight [day part] */
  {
    static const char *const days[] = { "yesterday", "today", "tomorrow", "tonight", NULL };
    for (int d = 0; days[d]; d++)
      if (is_word (&c, i, days[d]))
        {
          match->rel = BYLINE_DATE_REL_DAY;
          match->offset = d == 3 ? 0 : d - 1;
          k = i + 1;
          if (same_line (&c, k) && byline_token_has (&tokens[k], BYLINE_WORD_DAY_PART))
            k++;
          match->n_tokens = k - i;
          return TRUE;
        }
  }

  /* [the] end/beginning/middle of + relative */
  if (is_any (&c, i, (const char *const[]) { "end", "beginning", "start", "middle", NULL })
      && is_word (&c, i + 1, "of") && !(tokens[i].flags & BYLINE_TOKEN_CAP))
    {
      BylineDateMatch inner;
      if (byline_dates_match (text, tokens, n_tokens, i + 2, &inner) && !inner.duration)
        {
          *match = inner;
          match->n_tokens += 2;
          return TRUE;
        }
      /* "the end of the month", "the start of the year": of the dateline's own */
      if (is_word (&c, i + 2, "the") && same_line (&c, i + 3))
        {
          int unit = lookup_int (&c.lex->time_units, &c, i + 3);

          if (unit == UNIT_DECADE || unit == UNIT_CENTURY)
            {
              memset (match, 0, sizeof *match);
              match->duration = TRUE;
              match->n_tokens = 4;
              return TRUE;
            }
          if (unit == UNIT_WEEK || unit == UNIT_MONTH || unit == UNIT_YEAR)
            {
              memset (match, 0, sizeof *match);
              match->rel = unit == UNIT_WEEK ? BYLINE_DATE_REL_WEEK
                           : unit == UNIT_MONTH ? BYLINE_DATE_REL_MONTH : BYLINE_DATE_REL_YEAR;
              match->n_tokens = 4;
              return TRUE;
            }
        }
    }

  /* this/last/next/past/coming/upcoming/recent/early/late ... */
  if (tokens[i].kind == BYLINE_TOKEN_WORD)
    {
      static const char *const leads[] = {
        "this", "last", "next", "past", "coming", "upcoming", "recent", "previous",
        "following", "these", "early", "late", "mid", "earlier", "later", NULL,
      };
      int lead = -1;

      for (int l = 0; leads[l]; l++)
        if (is_word (&c, i, leads[l]))
          lead = l;
      if (lead >= 0 && same_line (&c, i + 1))
        {
          int off = (lead == 1 || lead == 3 || lead == 6 || lead == 7) ? -1
                    : (lead == 2 || lead == 4 || lead == 5 || lead == 8) ? 1 : 0;
          int unit;
          int m;

          k = i + 1;
          /* "this past week" */
          if (lead == 0 && is_word (&c, k, "past"))
            k++, off = -1;
          /* "last summer", "this winter", "early spring" */
          if (is_season (&c, k))
            {
              match->duration = TRUE;
              match->n_tokens = k + 1 - i;
              return TRUE;
            }
          /* "late August", "last September", "early 2014" */
          if ((m = lookup_int (&c.lex->months, &c, k)) && (tokens[k].flags & BYLINE_TOKEN_CAP)
              && byline_token_len (&tokens[k]) > 3)
            {
              match->written.month = m;
              match->rel = BYLINE_DATE_REL_MONTH_OF;
              match->offset = (lead == 1 || lead == 3) ? -1 : (lead == 2) ? 1 : 0;
              match->n_tokens = k + 1 - i;
              return TRUE;
            }
          if ((v = year_at (&c, k)) && lead >= 11)
            {
              match->written.year = v;
              match->n_tokens = k + 1 - i;
              return TRUE;
            }
          if ((w = weekday_at (&c, k, &n)) && (lead == 1 || lead == 2 || lead == 0))
            {
              match->weekday = w;
              match->rel = BYLINE_DATE_REL_WEEKDAY;
              match->offset = off;
              match->n_tokens = n - i;
              return TRUE;
            }
          if (lead <= 2 || lead == 3)
            if (byline_token_has (&tokens[k], BYLINE_WORD_DAY_PART))
              {
                match->rel = BYLINE_DATE_REL_DAY;
                match->offset = (lead == 1 && is_word (&c, k, "night")) ? -1 : 0;
                match->n_tokens = k + 1 - i;
                return TRUE;
              }
          /* "past two days", "these few years", "coming weeks" */
          {
            guint k2 = k;
            int cnt = 1;
            guint cn = count_at (&c, k2, &cnt);

            if (cn == 0 && is_word (&c, k2, "few"))
              cn = 1;
            k2 += cn;
            unit = k2 < n_tokens ? lookup_int (&c.lex->time_units, &c, k2) : 0;
            if (k2 < n_tokens && unit >= UNIT_DAY && same_line (&c, k2)
                && !(tokens[k2].flags & BYLINE_TOKEN_CAP && !(tokens[i].flags & BYLINE_TOKEN_CAP)))
              {
                match->n_tokens = k2 + 1 - i;
                if (cn == 0 && lead <= 2)
                  {
                    match->offset = off;
                    if (unit == UNIT_WEEK || unit == UNIT_WEEKEND)
                      match->rel = BYLINE_DATE_REL_WEEK;
                    else if (unit == UNIT_MONTH)
                      match->rel = BYLINE_DATE_REL_MONTH;
                    else if (unit == UNIT_YEAR)
                      match->rel = BYLINE_DATE_REL_YEAR;
                    else if (unit == UNIT_DAY)
                      match->rel = BYLINE_DATE_REL_DAY;
                    else
                      match->duration = TRUE;
                  }
                else
                  match->duration = TRUE;
                return TRUE;
              }
          }
        }
    }

  /* durations: [nearly|at least|more than] six months, 8–10 years */
  {
    guint k0 = i;
    int cnt;
    guint cn;

    if (is_any (&c, k0, quantifiers))
      k0++;
    else if ((is_word (&c, k0, "at") && is_word (&c, k0 + 1, "least"))
             || (is_any (&c, k0, (const char *const[]) { "more", "less", "fewer", NULL })
                 && is_word (&c, k0 + 1, "than"))
             || (is_word (&c, k0, "up") && is_word (&c, k0 + 1, "to")))
      k0 += 2;
    if ((cn = count_at (&c, k0, &cnt)) != 0 && same_line (&c, k0 + cn)
        && k0 + cn < n_tokens && !(tokens[k0 + cn].flags & BYLINE_TOKEN_CAP)
        && lookup_int (&c.lex->time_units, &c, k0 + cn) >= UNIT_DAY
        && !byline_token_is (text, &tokens[k0 + cn], "weekend")
        && (tokens[k0 + cn].flags & BYLINE_TOKEN_SPACE)
        /* "World Cup 2018 day five": a year before a unit in the singular */
        && !(cn == 1 && year_at (&c, k0) && text[byline_token_end (&tokens[k0 + cn]) - 1] != 's'))
      {
        /* "two-day" is an adjective, not a date; "75 miles" is not a date either */
        match->duration = TRUE;
        match->n_tokens = k0 + cn + 1 - i;
        return TRUE;
      }
  }

  /* a range of years: "1910-1945", "2010-11" */
  if (i < n_tokens && tokens[i].kind == BYLINE_TOKEN_NUMBER && (tokens[i].flags & BYLINE_TOKEN_HYPHEN))
    {
      const char *p = text + tokens[i].start;
      gsize len = byline_token_len (&tokens[i]);

      if ((len == 7 || len == 9) && p[4] == '-')
        {
          gboolean digits = TRUE;
          int a, b;

          for (gsize d = 0; d < len; d++)
            if (d != 4 && !g_ascii_isdigit (p[d]))
              digits = FALSE;
          if (digits)
            {
              a = atoi (p);
              b = atoi (p + 5);
              if (len == 7)
                b += a - a % 100;
              if (a >= 1800 && a <= 2100 && b > a && b <= 2100)
                {
                  match->duration = TRUE;
                  match->n_tokens = 1;
                  return TRUE;
                }
            }
        }
    }

  /* a year alone, or a decade: 2014, 1960s */
  if ((v = year_at (&c, i)) && v >= 1800 && v <= 2100)
    {
      const BylineToken *next = i + 1 < n_tokens ? &tokens[i + 1] : NULL;

      if (next == NULL || next->kind != BYLINE_TOKEN_WORD || (next->flags & BYLINE_TOKEN_CAP)
          || byline_token_has (next, BYLINE_WORD_STOPWORD))
        {
          match->written.year = v;
          match->n_tokens = 1;
          return TRUE;
        }
    }
  if (i < n_tokens && tokens[i].kind == BYLINE_TOKEN_NUMBER && byline_token_len (&tokens[i]) == 5
      && text[byline_token_end (&tokens[i]) - 1] == 's' && text[byline_token_end (&tokens[i]) - 2] == '0')
    {
      match->duration = TRUE; /* a decade: 1960s */
      match->n_tokens = 1;
      return TRUE;
    }
  return FALSE;
}

gboolean
byline_day_valid (const BylineDay *day)
{
  return day->year >= 1 && day->month >= 1 && day->month <= 12 && day->day >= 1
         && g_date_valid_dmy ((GDateDay) day->day, (GDateMonth) day->month, (GDateYear) day->year);
}

char *
byline_day_to_iso (const BylineDay *d)
{
  /* the common case by hand: g_strdup_printf () was a tenth of the JSON's cost */
  if (d->year > 0 && d->year <= 9999 && d->month >= 0 && d->month <= 99 && d->day >= 0 && d->day <= 99)
    {
      char buf[11];
      int n = 4;

      buf[0] = (char) ('0' + d->year / 1000);
      buf[1] = (char) ('0' + d->year / 100 % 10);
      buf[2] = (char) ('0' + d->year / 10 % 10);
      buf[3] = (char) ('0' + d->year % 10);
      if (d->month)
        {
          buf[4] = '-';
          buf[5] = (char) ('0' + d->month / 10);
          buf[6] = (char) ('0' + d->month % 10);
          n = 7;
          if (d->day)
            {
              buf[7] = '-';
              buf[8] = (char) ('0' + d->day / 10);
              buf[9] = (char) ('0' + d->day % 10);
              n = 10;
            }
        }
      return g_strndup (buf, n);
    }
  if (d->year && d->month && d->day)
    return g_strdup_printf ("%04d-%02d-%02d", d->year, d->month, d->day);
  if (d->year && d->month)
    return g_strdup_printf ("%04d-%02d", d->year, d->month);
  if (d->year)
    return g_strdup_printf ("%04d", d->year);
  return NULL;
}

static BylineDay
from_gdate (const GDate *g)
{
  return (BylineDay) { g_date_get_year (g), g_date_get_month (g), g_date_get_day (g) };
}

static void
set_month_range (BylineDateMatch *m, int year, int month)
{
  m->from = (BylineDay) { year, month, 1 };
  m->to = (BylineDay) { year, month, g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year) };
  m->resolution = BYLINE_DATE_RANGE;
}

/**
 * byline_date_resolve:
 * @reference: (nullable): the article's date
 * @future: the sentence speaks of what is to come
 *
 * Turns what was written into a day or a range: "Monday" in an article dated
 * Wednesday 2013-12-11 is 2013-12-09, or 2013-12-16 when @future.
 */
void
byline_date_resolve (BylineDateMatch *m,
                     const BylineDay *reference,
                     gboolean         future)
{
  GDate ref;
  gboolean have_ref = reference != NULL && byline_day_valid (reference);

  m->resolution = BYLINE_DATE_NONE;
  if (m->duration)
    {
      m->resolution = BYLINE_DATE_DURATION;
      return;
    }
  if (have_ref)
    g_date_set_dmy (&ref, (GDateDay) reference->day, (GDateMonth) reference->month,
                    (GDateYear) reference->year);

  switch (m->rel)
    {
    case BYLINE_DATE_REL_NONE:
      {
        BylineDay d = m->written;

        if (d.year == 0 && d.month && have_ref)
          {
            /* the year that puts the date nearest the article */
            int best = reference->year;
            int best_dist = G_MAXINT;
            for (int y = reference->year - 1; y <= reference->year + 1; y++)
              {
                int dd = d.day ? d.day : 15;
                int dist = ABS ((y - reference->year) * 372 + (d.month - reference->month) * 31
                                + (dd - reference->day));
                if (dist < best_dist)
                  best_dist = dist, best = y;
              }
            d.year = best;
          }
        if (d.year && d.month && d.day && byline_day_valid (&d))
          {
            m->from = m->to = d;
            m->resolution = BYLINE_DATE_DAY;
          }
        else if (d.year && d.month && d.month <= 12)
          set_month_range (m, d.year, d.month);
        else if (d.year)
          {
            m->from = (BylineDay) { d.year, 1, 1 };
            m->to = (BylineDay) { d.year, 12, 31 };
            m->resolution = BYLINE_DATE_RANGE;
          }
        return;
      }
    default:
      break;
    }

  if (!have_ref)
    return;

  switch (m->rel)
    {
    case BYLINE_DATE_REL_WEEKDAY:
      {
        int ref_wd = g_date_get_weekday (&ref);
        int diff = m->weekday - ref_wd;
        GDate d = ref;

        if (m->offset < 0 || (m->offset == 0 && !future))
          {
            if (diff > 0)
              diff -= 7;
            if (m->offset < 0 && diff == 0)
              diff = -7;
          }
        else
          {
            if (diff < 0 || (m->offset > 0 && diff == 0))
              diff += 7;
            if (m->offset > 0 && diff < 7 && diff > 0 && FALSE)
              diff += 7;
          }
        if (diff < 0)
          g_date_subtract_days (&d, (guint) -diff);
        else
          g_date_add_days (&d, (guint) diff);
        m->from = m->to = from_gdate (&d);
        m->resolution = BYLINE_DATE_DAY;
        return;
      }
    case BYLINE_DATE_REL_DAY:
      {
        GDate d = ref;
        if (m->offset < 0)
          g_date_subtract_days (&d, (guint) -m->offset);
        else
          g_date_add_days (&d, (guint) m->offset);
        m->from = m->to = from_gdate (&d);
        m->resolution = BYLINE_DATE_DAY;
        return;
      }
    case BYLINE_DATE_REL_WEEK:
      {
        GDate d = ref;
        g_date_subtract_days (&d, g_date_get_weekday (&ref) - 1);
        if (m->offset < 0)
          g_date_subtract_days (&d, 7);
        else if (m->offset > 0)
          g_date_add_days (&d, 7);
        m->from = from_gdate (&d);
        g_date_add_days (&d, 6);
        m->to = from_gdate (&d);
        m->resolution = BYLINE_DATE_RANGE;
        return;
      }
    case BYLINE_DATE_REL_MONTH:
      {
        int month = reference->month + m->offset;
        int year = reference->year;
        if (month < 1)
          month += 12, year--;
        else if (month > 12)
          month -= 12, year++;
        set_month_range (m, year, month);
        return;
      }
    case BYLINE_DATE_REL_YEAR:
      m->from = (BylineDay) { reference->year + m->offset, 1, 1 };
      m->to = (BylineDay) { reference->year + m->offset, 12, 31 };
      m->resolution = BYLINE_DATE_RANGE;
      return;
    case BYLINE_DATE_REL_MONTH_OF:
      {
        int year = reference->year + m->offset;
        /* "last September" in December is this year's; in March, last year's */
        if (m->explicit_year)
          ;
        else if (m->offset < 0 && m->written.month < reference->month)
          year = reference->year;
        else if (m->offset == 0 && !future && m->written.month > reference->month + 1)
          year = reference->year - 1;
        set_month_range (m, year, m->written.month);
        return;
      }
    case BYLINE_DATE_REL_NONE:
    default:
      return;
    }
}

/* Money */

int
byline_number_word_value (const char        *text,
                          const BylineToken *tok)
{
  return GPOINTER_TO_INT (byline_lexicon_lookup_token (&byline_lexicon_get ()->number_words, text, tok));
}

static gboolean
is_amount (const Ctx *c, guint j)
{
  return j < c->n && c->tokens[j].kind == BYLINE_TOKEN_NUMBER;
}

/* "$7 billion", "$ 50,000", "US$5m", "€3", "7 million euros", "500 rupees" */
gboolean
_byline_money_match_at (const char        *text,
                        const BylineToken *tokens,
                        guint              n_tokens,
                        guint              i,
                        guint             *n_matched)
{
  Ctx c = { text, tokens, n_tokens, byline_lexicon_get () };
  guint start = i;
  guint k = i;

  /* a quick no: money starts with a number, a symbol or a capitalised code */
  if (tokens[i].kind == BYLINE_TOKEN_POSSESSIVE
      || (tokens[i].kind == BYLINE_TOKEN_WORD && !(tokens[i].flags & BYLINE_TOKEN_CAP))
      || (tokens[i].kind == BYLINE_TOKEN_PUNCT && (guchar) text[tokens[i].start] < 0x80
          && text[tokens[i].start] != '$'))
    return FALSE;

  /* symbol first: "$", "US$", "Rs", "EUR" */
  /* "US$", "C$", "A$" */
  if (i + 1 < n_tokens && (tokens[i].flags & BYLINE_TOKEN_CAP) && byline_token_len (&tokens[i]) <= 3
      && g_ascii_isupper (text[byline_token_end (&tokens[i]) - 1])
      && !(tokens[i + 1].flags & BYLINE_TOKEN_SPACE) && is_punct (&c, i + 1, '$'))
    i++;
  if (byline_token_has (&tokens[i], BYLINE_WORD_CURRENCY_SYMBOL)
      && (tokens[i].kind == BYLINE_TOKEN_PUNCT || (tokens[i].flags & BYLINE_TOKEN_ALLCAPS)
          || (tokens[i].flags & BYLINE_TOKEN_CAP)))
    {
      k = i + 1;
      /* "US" "$" */
      if (k < n_tokens && !(tokens[k].flags & BYLINE_TOKEN_SPACE)
          && byline_token_has (&tokens[k], BYLINE_WORD_CURRENCY_SYMBOL))
        k++;
      if (is_punct (&c, k, '.') && !(tokens[k].flags & BYLINE_TOKEN_SPACE))
        k++;
      if (!is_amount (&c, k) || !same_line (&c, k))
        return FALSE;
      k++;
      if (k < n_tokens && same_line (&c, k) && byline_token_has (&tokens[k], BYLINE_WORD_SCALE))
        k++;
      *n_matched = k - start;
      return TRUE;
    }
  /* amount [scale] currency-word */
  if (is_amount (&c, i))
    {
      k = i + 1;
      if (k < n_tokens && same_line (&c, k) && byline_token_has (&tokens[k], BYLINE_WORD_SCALE))
        k++;
      /* "U.S. dollars", "Hong Kong dollars" */
      if (k + 1 < n_tokens && (tokens[k].flags & BYLINE_TOKEN_CAP) && byline_token_has (&tokens[k + 1], BYLINE_WORD_CURRENCY)
          && !(tokens[k + 1].flags & BYLINE_TOKEN_CAP))
        k++;
      if (k < n_tokens && same_line (&c, k)
          && (byline_token_has (&tokens[k], BYLINE_WORD_CURRENCY)
              || ((tokens[k].flags & BYLINE_TOKEN_ALLCAPS)
                  && byline_token_has (&tokens[k], BYLINE_WORD_CURRENCY_SYMBOL))))
        {
          *n_matched = k + 1 - i;
          return TRUE;
        }
    }
  return FALSE;
}

/* "75 miles", "40 percent", "27 people" is not one: only units of measure;
 * byline_quantity_match () in the header turns down what is no number */
gboolean
_byline_quantity_match_at (const char        *text,
                           const BylineToken *tokens,
                           guint              n_tokens,
                           guint              i,
                           guint             *n_matched)
{
  Ctx c = { text, tokens, n_tokens, byline_lexicon_get () };
  guint k;

  if (!is_amount (&c, i))
    return FALSE;
  k = i + 1;
  if (k < n_tokens && same_line (&c, k) && byline_token_has (&tokens[k], BYLINE_WORD_SCALE)
      && !(tokens[k].flags & BYLINE_TOKEN_CAP))
    k++;
  if (k < n_tokens && same_line (&c, k) && byline_token_has (&tokens[k], BYLINE_WORD_QUANTITY_UNIT))
    {
      *n_matched = k + 1 - i;
      return TRUE;
    }
  return FALSE;
}
