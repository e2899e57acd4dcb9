/* test-quotes-speakers.c: speakers that are hard to find (issue 13, round 2):
 * each rule of the quote finder's speaker choice with a paraphrase of its own
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "test-util.h"

typedef struct
{
  const char     *input;
  const char     *words;    /* the quote to find */
  BylineQuoteKind kind;
  const char     *speaker;  /* its speaker_name, or NULL for none */
} SpeakerCase;

static const SpeakerCase cases[] = {
  /* ", saying the market ...": a participle's report is the sentence subject's,
   * never "CONTENT, said X" with the clause's subject as X */
  { "Finance chief Ada Mworia on Friday urged lenders to cut their fees, saying the market had become too "
    "costly for small firms.", "the market had become too costly for small firms", BYLINE_QUOTE_INDIRECT,
    "Ada Mworia" },
  { "The regulator fined three airlines on Monday, saying the delays had stranded thousands of passengers.",
    "the delays had stranded thousands of passengers", BYLINE_QUOTE_INDIRECT, "regulator" },
};

static char *
quote_text (const BylineAnalysis *a, const BylineQuote *q)
{
  return g_strndup (a->text->data + q->start, q->end - q->start);
}

static void
test_case (gconstpointer data)
{
  const SpeakerCase *c = data;
  g_autoptr (BylineAnalysis) a = test_analyse (c->input);
  const BylineQuote *found = NULL;

  for (guint i = 0; i < a->quotes->len; i++)
    {
      const BylineQuote *q = a->quotes->pdata[i];
      g_autofree char *t = quote_text (a, q);

      g_test_message ("quote: “%s” (%s)", t, q->speaker_name ? q->speaker_name : "-");
      if (g_str_equal (t, c->words))
        found = q;
    }
  g_assert_nonnull (found);
  g_assert_cmpint (found->kind, ==, c->kind);
  g_assert_cmpstr (found->speaker_name, ==, c->speaker);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/quotes-speakers/case-%u", i);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  return g_test_run ();
}
