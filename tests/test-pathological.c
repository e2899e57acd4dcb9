/* test-pathological.c: inputs that break naive analysers. Each must finish
 * (the suite's timeout is the bound; build-aux/bench measures the speed) and
 * give a sane result.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-analysis.h"

static BylineAnalysis *
analyse (const char *data, gsize len, gboolean repair)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineText) t = byline_text_new_from_data (data, len, "pathological.txt", repair, &error);

  g_assert_no_error (error);
  return byline_analysis_new (t);
}

static char *
repeat (const char *unit, gsize times, gsize *len)
{
  gsize n = strlen (unit);
  char *out = g_malloc (n * times + 1);

  for (gsize i = 0; i < times; i++)
    memcpy (out + i * n, unit, n);
  out[n * times] = '\0';
  *len = n * times;
  return out;
}

static void
test_many_sentences (void)
{
  gsize len;
  g_autofree char *s = repeat ("Berg met Li. ", 100000, &len);
  g_autoptr (BylineAnalysis) a = analyse (s, len, FALSE);

  g_assert_cmpuint (a->document->sentences->len, ==, 100000);
}

static void
test_fifty_megabytes (void)
{
  const char *para = "Foreign Minister Anna Berg met her counterpart Li Wei in Oslo on Monday. "
                     "\"We agreed on a great deal,\" Berg said, according to state media.\n\n";
  gsize len;
  g_autofree char *s = NULL;
  g_autoptr (BylineAnalysis) a = NULL;
  gsize times = 50 * 1000 * 1000 / strlen (para) + 1;

#if defined(__SANITIZE_ADDRESS__)
  times /= 10; /* 5 MB under AddressSanitizer, which is several times slower and bigger */
#endif
  s = repeat (para, times, &len);
  a = analyse (s, len, FALSE);
  g_assert_cmpuint (a->document->paragraphs->len, ==, times);
  g_assert_cmpuint (a->document->sentences->len, ==, times * 2);
  g_assert_cmpuint (a->entities->len, >, 3);
}

static void
test_long_line (void)
{
  const char *para = "Foreign Minister Anna Berg met her counterpart Li Wei in Oslo on Monday. ";
  gsize len;
  g_autofree char *s = repeat (para, 1000 * 1000 / strlen (para) + 1, &len);
  g_autoptr (BylineAnalysis) a = analyse (s, len, FALSE);

  g_assert_cmpuint (a->document->paragraphs->len, ==, 1);
}

static void
test_deep_quotes (void)
{
  GString *s = g_string_new (NULL);
  g_autoptr (BylineAnalysis) a = NULL;

  for (int i = 0; i < 20000; i++)
    g_string_append (s, "“‘");
  g_string_append (s, "hello");
  for (int i = 0; i < 20000; i++)
    g_string_append (s, "’”");
  a = analyse (s->str, s->len, FALSE);
  g_assert_cmpuint (a->document->sentences->len, >=, 1);
  g_string_free (s, TRUE);
}

static void
test_unclosed_quote (void)
{
  gsize len;
  g_autofree char *body = repeat ("Berg met Li Wei in Oslo. ", 20000, &len);
  g_autofree char *s = g_strconcat ("\"", body, NULL);
  g_autoptr (BylineAnalysis) a = analyse (s, len + 1, FALSE);

  g_assert_cmpuint (a->document->sentences->len, ==, 20000);
}

static void
test_invalid_utf8_repaired (void)
{
  gsize len;
  g_autofree char *s = repeat ("Caf\xe9 talks in Z\xfcrich. ", 50000, &len);
  g_autoptr (BylineAnalysis) a = analyse (s, len, TRUE);

  g_assert_cmpuint (byline_text_get_n_repairs (a->text), ==, 100000);
  g_assert_cmpuint (a->document->sentences->len, ==, 50000);
}

static void
test_all_caps_and_no_punctuation (void)
{
  gsize len;
  g_autofree char *caps = repeat ("FOREIGN MINISTER ANNA BERG MET LI WEI IN OSLO ON MONDAY. ", 20000, &len);
  g_autoptr (BylineAnalysis) a = analyse (caps, len, FALSE);
  g_autofree char *words = repeat ("Berg met Li in Oslo ", 20000, &len);
  g_autoptr (BylineAnalysis) b = analyse (words, len, FALSE);

  g_assert_cmpuint (a->document->sentences->len, ==, 20000);
  g_assert_cmpuint (b->document->sentences->len, ==, 1);
}

/* one sentence of 240 000 words full of reporting verbs and meetings: the
 * quote, claim and meeting finders look only so far from each cue */
static void
test_long_sentence_with_cues (void)
{
  gsize len;
  g_autofree char *s = repeat ("Berg said she met Li in Oslo and he told reporters ", 20000, &len);
  g_autoptr (BylineAnalysis) a = analyse (s, len, FALSE);

  g_assert_cmpuint (a->document->sentences->len, ==, 1);
  g_assert_cmpuint (a->meetings->len, >=, 1);
}

/* 10 000 quote marks of every kind in a row */
static void
test_quote_marks (void)
{
  GString *s = g_string_new ("Berg said ");
  g_autoptr (BylineAnalysis) a = NULL;
  const char *marks[] = { "\"", "“", "”", "‘", "’", "«", "»", "„", "'" };

  for (int i = 0; i < 10000; i++)
    g_string_append (s, marks[i % G_N_ELEMENTS (marks)]);
  g_string_append (s, " and left.");
  a = analyse (s->str, s->len, FALSE);
  g_assert_nonnull (a->quotes);
  g_string_free (s, TRUE);
}

/* one unclosed quote at the start of a 5 MB file: it ends with its paragraph */
static void
test_unclosed_quote_big (void)
{
  const char *para = "Foreign Minister Anna Berg met her counterpart Li Wei in Oslo on Monday, officials said.\n\n";
  gsize len;
  g_autofree char *body = repeat (para, 5 * 1000 * 1000 / strlen (para), &len);
  g_autofree char *s = g_strconcat ("\"We agreed on a great deal, Berg said.\n\n", body, NULL);
  g_autoptr (BylineAnalysis) a = analyse (s, strlen (s), FALSE);

  for (guint i = 0; i < a->quotes->len; i++)
    {
      const BylineQuote *q = a->quotes->pdata[i];
      if (q->kind != BYLINE_QUOTE_INDIRECT)
        g_assert_cmpuint (q->end - q->start, <, 100);
    }
}

static void
test_control_and_combining (void)
{
  const char *s = "Berg\x07 met\x1b[31m Li\x0b in Oslo.\x0c \"Yes,\" she said. Minister Jose\xcc\x81 Mu\xc3\xb1oz "
                  "\xf0\x9f\x87\xba\xf0\x9f\x87\xb8 met Zo\xc3\xab in Sa\xcc\x83o Paulo.";
  g_autoptr (BylineAnalysis) a = analyse (s, strlen (s), FALSE);
  g_autoptr (JsonNode) json = byline_analysis_to_json (a);

  g_assert_nonnull (json);
  g_assert_cmpuint (a->document->sentences->len, >=, 2);
}

/* thousands of short quotations in one sentence, bare or each with its
 * reporting verb and speaker: each is placed without scanning the whole
 * sentence again (was 6 s for 200 KB, 160 s for 1 MB) */
static void
test_many_quotes_one_sentence (void)
{
  static const char *const units[] = { "\"a\" ", "\"on it,\" said Berg ", "\u201cno\u201d, Li said, " };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      gsize len;
      g_autofree char *s = repeat (units[u], 600 * 1000 / strlen (units[u]), &len);
      g_autoptr (GTimer) timer = g_timer_new ();
      g_autoptr (BylineAnalysis) a = analyse (s, len, FALSE);

      g_assert_cmpuint (a->quotes->len, >, 1000);
#if !defined(__SANITIZE_ADDRESS__)
      g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 10.0);
#endif
    }
}

/* Thousands of different people meeting, one pair a paragraph: every meeting
 * is found, and the finders stay linear in the number of people and meetings
 * (quadratic lookups took 13 s on 1.3 MB of this) */
static void
test_many_people_meeting (void)
{
  static const char *const syllables[] = { "ka", "lo", "mi", "ne", "ra", "tu", "vo", "sa", "de", "ri", "po", "ga" };
  g_autoptr (GString) text = g_string_new ("Names\n\n");
  g_autoptr (BylineAnalysis) a = NULL;
  guint32 seed = 7;

  for (guint i = 0; i < 6000; i++)
    {
      char names[2][16];

      for (guint n = 0; n < 2; n++)
        {
          names[n][0] = '\0';
          for (guint k = 0; k < 3; k++)
            {
              seed = seed * 1103515245u + 12345u;
              g_strlcat (names[n], syllables[(seed >> 16) % G_N_ELEMENTS (syllables)], sizeof names[n]);
            }
          names[n][0] = g_ascii_toupper (names[n][0]);
        }
      g_string_append_printf (text, "Anna %s met Omar %s in Oslo on Monday, officials said.\n\n", names[0], names[1]);
    }
  a = analyse (text->str, text->len, FALSE);
  g_assert_cmpuint (a->meetings->len, >, 1000);
}

/* Thousands of ministers, each then "the minister": a description looks at the
 * people around it, not at every person in the file (42 s on 2 MB before) */
static void
test_many_descriptions (void)
{
  static const char *const syllables[] = { "ka", "lo", "mi", "ne", "ra", "tu", "vo", "sa", "de", "ri", "po", "ga" };
  g_autoptr (GString) text = g_string_new ("Names\n\n");
  g_autoptr (BylineAnalysis) a = NULL;
  guint32 seed = 11;
  guint speakers = 0;

  for (guint i = 0; i < 4000; i++)
    {
      char name[16] = "";

      for (guint k = 0; k < 4; k++)
        {
          seed = seed * 1103515245u + 12345u;
          g_strlcat (name, syllables[(seed >> 16) % G_N_ELEMENTS (syllables)], sizeof name);
        }
      name[0] = g_ascii_toupper (name[0]);
      g_string_append_printf (text, "Foreign Minister Anna %s spoke on Monday. The minister said the talks "
                              "were useful. The foreign minister also met the envoy.\n\n", name);
    }
  a = analyse (text->str, text->len, FALSE);
  for (guint i = 0; i < a->quotes->len; i++)
    if (((BylineQuote *) a->quotes->pdata[i])->speaker_name != NULL)
      speakers++;
  g_assert_cmpuint (speakers, >, 1000);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pathological/many-sentences", test_many_sentences);
  g_test_add_func ("/pathological/fifty-megabytes", test_fifty_megabytes);
  g_test_add_func ("/pathological/long-line", test_long_line);
  g_test_add_func ("/pathological/deep-quotes", test_deep_quotes);
  g_test_add_func ("/pathological/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/pathological/invalid-utf8-repaired", test_invalid_utf8_repaired);
  g_test_add_func ("/pathological/all-caps-and-no-punctuation", test_all_caps_and_no_punctuation);
  g_test_add_func ("/pathological/control-and-combining", test_control_and_combining);
  g_test_add_func ("/pathological/long-sentence-with-cues", test_long_sentence_with_cues);
  g_test_add_func ("/pathological/quote-marks", test_quote_marks);
  g_test_add_func ("/pathological/unclosed-quote-5mb", test_unclosed_quote_big);
  g_test_add_func ("/pathological/many-quotes-one-sentence", test_many_quotes_one_sentence);
  g_test_add_func ("/pathological/many-people-meeting", test_many_people_meeting);
  g_test_add_func ("/pathological/many-descriptions", test_many_descriptions);
  return g_test_run ();
}
