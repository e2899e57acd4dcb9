/* test-dates.c: date expressions and their resolution against the dateline
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-dates.h"
#include "byline-lexicon.h"

typedef struct
{
  const char *input;     /* the expression starts the input */
  guint       n_tokens;  /* tokens it covers, 0: no date */
  const char *from;      /* resolved against Wednesday 2013-12-11 */
  const char *to;
  gboolean    future;
} DateCase;

static const DateCase cases[] = {
  { "December 11, 2013 was cold", 4, "2013-12-11", "2013-12-11", FALSE },
  { "Dec. 11, 2013", 5, "2013-12-11", "2013-12-11", FALSE },
  { "11 December 2013", 3, "2013-12-11", "2013-12-11", FALSE },
  { "2013-12-11", 1, "2013-12-11", "2013-12-11", FALSE },
  { "Friday, July 21, 2017", 1, "2013-12-06", "2013-12-06", FALSE }, /* the weekday, then the date */
  /* in a sentence the weekday and its date are one date */
  { "Monday, March 4, 2019, in a hall", 6, "2019-03-04", "2019-03-04", FALSE },
  { "Sunday, Feb. 3, 2008.", 7, "2008-02-03", "2008-02-03", FALSE },
  { "July 21, 2017", 4, "2017-07-21", "2017-07-21", FALSE },
  { "Wed Sep 28, 2016", 5, "2016-09-28", "2016-09-28", FALSE },
  { "Tue, 12/12/2017", 3, "2017-12-12", "2017-12-12", FALSE },
  /* day and month either way round: the reading that falls on the weekday written */
  { "Tue 09/11/2021", 2, "2021-11-09", "2021-11-09", FALSE },
  /* the day and the year in one token after the month */
  { "March 14/2019 (ENA)", 2, "2019-03-14", "2019-03-14", FALSE },
  { "Sat, 09/11/2021", 3, "2021-09-11", "2021-09-11", FALSE },
  { "Thu 05/03/2020", 2, "2020-03-05", "2020-03-05", FALSE },
  { "Monday", 1, "2013-12-09", "2013-12-09", FALSE },
  { "Monday", 1, "2013-12-16", "2013-12-16", TRUE },
  { "Wednesday", 1, "2013-12-11", "2013-12-11", FALSE },
  { "Tuesday afternoon", 2, "2013-12-10", "2013-12-10", FALSE },
  /* the day of the month in brackets after the weekday, as Brazilian copy writes it */
  { "Monday (9) in Brasilia", 4, "2013-12-09", "2013-12-09", FALSE },
  { "yesterday evening", 2, "2013-12-10", "2013-12-10", FALSE },
  { "today", 1, "2013-12-11", "2013-12-11", FALSE },
  { "this week", 2, "2013-12-09", "2013-12-15", FALSE },
  { "next week", 2, "2013-12-16", "2013-12-22", FALSE },
  { "end of next week", 4, "2013-12-16", "2013-12-22", FALSE },
  { "end of the month", 4, "2013-12-01", "2013-12-31", FALSE },
  { "start of the year", 4, "2013-01-01", "2013-12-31", FALSE },
  { "end of the road", 0, NULL, NULL, FALSE },
  { "end of the decade", 4, NULL, NULL, FALSE },
  /* a range of years */
  { "1914-1918 war", 1, NULL, NULL, FALSE },
  { "2019-20 season", 1, NULL, NULL, FALSE },
  { "2020-1999", 0, NULL, NULL, FALSE },
  { "last year", 2, "2012-01-01", "2012-12-31", FALSE },
  { "last September", 2, "2013-09-01", "2013-09-30", FALSE },
  /* a part of a month or a year in one hyphenated word */
  { "mid-January talks", 1, "2013-01-01", "2013-01-31", FALSE },
  { "late-2010 figures", 1, "2010-01-01", "2010-12-31", FALSE },
  { "mid-term elections", 0, NULL, NULL, FALSE },
  { "July last year", 3, "2012-07-01", "2012-07-31", FALSE },
  { "Nov. 28", 3, "2013-11-28", "2013-11-28", FALSE },
  /* a range of days in a month: from its first day */
  { "March 11-13, 2014 in Rome", 4, "2014-03-11", "2014-03-11", FALSE },
  { "Sept. 3-5", 3, "2013-09-03", "2013-09-03", FALSE },
  { "Jan 27, 2016", 4, "2016-01-27", "2016-01-27", FALSE },
  { "six months", 2, NULL, NULL, FALSE },
  { "nearly two decades", 3, NULL, NULL, FALSE },
  /* a period with a decimal or a fraction */
  { "nearly 2-1/2 years", 3, NULL, NULL, FALSE },
  { "1.5 months", 2, NULL, NULL, FALSE },
  { "3 1/2 weeks", 3, NULL, NULL, FALSE },
  { "1.5 million", 0, NULL, NULL, FALSE },
  /* a season after a lead word, or with its year */
  { "last winter", 2, NULL, NULL, FALSE },
  { "early spring", 2, NULL, NULL, FALSE },
  { "autumn 2011", 2, "2011-01-01", "2011-12-31", FALSE },
  { "summer camp", 0, NULL, NULL, FALSE },
  /* one of a unit measured from another time */
  { "a week later", 2, NULL, NULL, FALSE },
  { "a month before the vote", 2, NULL, NULL, FALSE },
  { "a day of mourning", 0, NULL, NULL, FALSE },
  /* a quarter or a half of a year */
  { "third quarter results", 2, NULL, NULL, FALSE },
  { "first half of the year", 5, NULL, NULL, FALSE },
  { "second half of 2012", 4, NULL, NULL, FALSE },
  { "first half of the match", 0, NULL, NULL, FALSE },
  { "2014 and beyond", 1, "2014-01-01", "2014-12-31", FALSE },
  { "2000 people", 0, NULL, NULL, FALSE },
  { "2018 day five", 0, NULL, NULL, FALSE },
  { "May I ask", 0, NULL, NULL, FALSE },
  { "March on Washington", 0, NULL, NULL, FALSE },
  { "two-day visit", 0, NULL, NULL, FALSE },
};

static void
test_case (gconstpointer data)
{
  const DateCase *c = data;
  g_autoptr (GArray) toks = byline_tokenize (c->input, strlen (c->input));
  BylineDateMatch m;
  BylineDay ref = { 2013, 12, 11 };
  gboolean found;

  byline_tokens_classify (toks, c->input);
  found = byline_dates_match (c->input, (BylineToken *) toks->data, toks->len, 0, &m);

  if (c->n_tokens == 0)
    {
      g_assert_false (found);
      return;
    }
  g_assert_true (found);
  g_assert_cmpuint (m.n_tokens, ==, c->n_tokens);
  byline_date_resolve (&m, &ref, c->future);
  if (c->from == NULL)
    {
      g_assert_cmpint (m.resolution, ==, BYLINE_DATE_DURATION);
      return;
    }
  {
    g_autofree char *from = byline_day_to_iso (&m.from);
    g_autofree char *to = byline_day_to_iso (&m.to);
    g_assert_cmpstr (from, ==, c->from);
    g_assert_cmpstr (to, ==, c->to);
  }
}

static void
test_money (void)
{
  const struct { const char *s; guint n; } money[] = {
    { "$7 billion in relief", 3 }, { "$ 50,000", 2 }, { "7 million euros", 3 }, { "1.2 billion zlotys", 3 },
    { "40 cedis", 2 }, { "3 marks", 0 },
    { "US$5 million", 4 }, { "500 rupees", 2 }, { "five people", 0 }, { "75 miles", 0 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (money); i++)
    {
      g_autoptr (GArray) toks = byline_tokenize (money[i].s, strlen (money[i].s));
      guint n = 0;
      gboolean found;

      byline_tokens_classify (toks, money[i].s);
      found = byline_money_match (money[i].s, (BylineToken *) toks->data, toks->len, 0, &n);

      g_assert_cmpint (found, ==, money[i].n > 0);
      if (found)
        g_assert_cmpuint (n, ==, money[i].n);
    }
}

/* ISO dates of a day, a month and a year, padded, and years outside four digits */
static void
test_day_to_iso (void)
{
  const struct { BylineDay day; const char *iso; } days[] = {
    { { 2017, 3, 9 }, "2017-03-09" },
    { { 2017, 12, 0 }, "2017-12" },
    { { 2017, 0, 5 }, "2017" },
    { { 987, 1, 2 }, "0987-01-02" },
    { { 12345, 6, 7 }, "12345-06-07" },
    { { 0, 6, 7 }, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autofree char *iso = byline_day_to_iso (&days[i].day);

      g_assert_cmpstr (iso, ==, days[i].iso);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/dates/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/dates/money", test_money);
  g_test_add_func ("/dates/day-to-iso", test_day_to_iso);
  return g_test_run ();
}
