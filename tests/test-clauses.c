/* test-clauses.c: the clause reader: where the main clause starts, its subject,
 * and whom the article is about
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "test-util.h"

#define DATELINE "Talks in Oslo\n\nDecember 11, 2013\n\n"

typedef struct
{
  const char *input;     /* the last sentence is the one checked */
  const char *main;      /* the main clause's first word, or NULL to skip */
  const char *subject;   /* the subject's entity name, or NULL for none */
  const char *topic;     /* the topic before the sentence, or NULL for none */
} ClauseCase;

static const ClauseCase cases[] = {
  /* a fronted phrase with a participle's phrase of its noun: the main clause
   * starts after the second comma */
  { DATELINE "Prime Minister Ana Soto paid a visit to Chile.\n\nDuring the visit, held from July 1 to 5, the Prime "
    "Minister held talks with President Luis Vera.", "the", "Ana Soto", "Ana Soto" },
  /* "the State leader": a head of state or government */
  { DATELINE "President Ana Soto received new ambassadors on Monday.\n\nAmbassador Tom Reyes presented his "
    "credentials.\n\nAt his meeting with Ambassador Luis Vera, the State leader praised the ties.", "the", "Ana Soto",
    "Tom Reyes" },
  /* "the minister" is never the prime minister, named last or not */
  { DATELINE "Foreign Minister Tomas Soto arrived in Praia on Monday.\n\nPrime Minister Luis Vera welcomed the "
    "visit.\n\nOn Wednesday, the minister flew to Mindelo.", "the", "Tomas Soto", "Luis Vera" },
  /* a nationality and a title before the name */
  { DATELINE "Czech Foreign Minister Jan Lipka met reporters.", "Czech", "Jan Lipka", NULL },
  /* a possessor before the title: the person, not the country */
  { DATELINE "Pakistan's Ambassador in China Omar Haq received the delegation.", "Pakistan", "Omar Haq", NULL },
  /* a fronted phrase: the main clause starts after its comma */
  { DATELINE "Special Envoy Maria Costa arrived.\n\nDuring her talks with President Ivo Petrov, the Special "
    "Envoy said reforms must go on.", "the", "Maria Costa", "Maria Costa" },
  /* an opening quotation: the subject is the one who said it */
  { DATELINE "\"We will build it,\" Foreign Minister Ana Duarte said.", "Foreign", "Ana Duarte", NULL },
  /* a quotation begun in the sentence before ends here: the one who said it */
  { DATELINE "\"We came to talk. We will build the road,\" Foreign Minister Ana Duarte said.", "Foreign",
    "Ana Duarte", NULL },
  /* a pronoun keeps the topic; the topic is the last named subject */
  { DATELINE "Premier Karl Weber flew to Lima.\n\nPresident Rosa Quispe welcomed the visit.\n\n"
    "He will stay two days.", "He", NULL, "Rosa Quispe" },
  /* of two who fit "the foreign minister", the most mentioned */
  { DATELINE "Foreign Minister Tomas Vidal met Foreign Minister Lena Holt.\n\nVidal spoke first. Vidal left.\n\n"
    "Later, the foreign minister flew home.", "the", "Tomas Vidal", "Tomas Vidal" },
  /* a title alone stands for the one who holds it: "the Premier" a prime
   * minister, "His Highness" the prince named before */
  { DATELINE "Prime Minister Ines Varga opened the fair.\n\nThe Premier flew home on Friday.", "The",
    "Ines Varga", "Ines Varga" },
  { DATELINE "Prince Faisal Al Saud opened the fair.\n\nLater, His Highness toured the port.", "His",
    "Faisal Al Saud", "Faisal Al Saud" },
  /* ...but not when it fits two, or none */
  { DATELINE "Prime Minister Ines Varga met Prime Minister Olaf Berg.\n\nThe Premier flew home on Friday.",
    "The", NULL, "Ines Varga" },
  { DATELINE "President Ivo Petrov opened the fair.\n\nThe Secretary flew home on Friday.", "The", NULL,
    "Ivo Petrov" },
  /* a sentence about a thing has no person subject, and the topic stays */
  { DATELINE "Minister Omar Haddad spoke.\n\nThe report was published on Monday.\n\nIt was long.", "It", NULL,
    "Omar Haddad" },
};

/* the clause reader's structure of @a: the analysis keeps it only while
 * the quotes and the meetings are found */
static GArray *
read_clauses (const BylineAnalysis *a)
{
  BylineClauseReader reader;

  byline_clause_reader_init (&reader, a->document, a->entities, a->mentions);
  return byline_clauses_read (&reader);
}

static void
test_case (gconstpointer data)
{
  const ClauseCase *c = data;
  g_autoptr (BylineAnalysis) a = test_analyse (c->input);
  g_autoptr (GArray) clauses = read_clauses (a);
  const BylineClause *cl;
  const BylineToken *toks = (const BylineToken *) a->document->tokens->data;
  const char *text = a->document->text->data;

  g_assert_cmpuint (clauses->len, ==, a->document->sentences->len);
  g_assert_cmpuint (clauses->len, >, 0);
  cl = &g_array_index (clauses, BylineClause, clauses->len - 1);
  if (c->main != NULL)
    {
      g_autofree char *word = g_strndup (text + toks[cl->main_start].start,
                                         byline_token_end (&toks[cl->main_start]) - toks[cl->main_start].start);
      g_assert_cmpstr (word, ==, c->main);
    }
  g_assert_cmpstr (cl->subject ? cl->subject->name : NULL, ==, c->subject);
  g_assert_cmpstr (cl->topic ? cl->topic->name : NULL, ==, c->topic);
}

/* Does a description by title alone fit a person's title? */
static const struct
{
  const char *role;
  const char *description;
  gboolean    fits;
} title_cases[] = {
  { "Prime Minister", "Premier", TRUE },
  { "Premier", "prime minister", TRUE },
  { "Deputy Foreign Minister", "vice minister", TRUE },
  { "Vice Foreign Minister", "deputy minister", TRUE },
  { "Secretary of State", "Secretary", TRUE },
  { "Foreign Secretary", "secretary", TRUE },
  { "Minister for Trade", "minister", TRUE },
  { "Crown Prince", "Prince", TRUE },
  { "Ambassador", "envoy", TRUE },
  { "Prime Minister and Minister of Foreign Affairs", "minister", TRUE },
  { "Prime Minister and Minister of Foreign Affairs", "Premier", TRUE },
  /* a lower rank the description leaves out, another head, another word */
  { "Deputy Foreign Minister", "minister", FALSE },
  { "Vice President", "President", FALSE },
  { "Deputy Prime Minister and Minister of Foreign Affairs", "Premier", FALSE },
  { "Prime Minister", "minister", FALSE },
  { "Planning Minister", "vice minister", FALSE },
  { "Secretary-General", "Secretary", FALSE },
  { "Envoy", "ambassador", FALSE },
  { "Foreign Minister", "visiting minister", FALSE },
};

static void
test_title_fits (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (title_cases); i++)
    {
      if (byline_clauses_title_fits (title_cases[i].role, title_cases[i].description) != title_cases[i].fits)
        g_error ("\"%s\" for \"%s\": expected %s", title_cases[i].description, title_cases[i].role,
                 title_cases[i].fits ? "a fit" : "no fit");
    }
}

/* the topic fades after four sentences with no person as subject */
static void
test_topic_fades (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "Minister Omar Haddad spoke.\n\n"
                                               "It rained. It rained. It rained. It rained. It rained.");
  g_autoptr (GArray) clauses = read_clauses (a);
  const BylineClause *last = &g_array_index (clauses, BylineClause, clauses->len - 1);

  g_assert_null (last->topic);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/clauses/case/%u", i);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/clauses/topic-fades", test_topic_fades);
  g_test_add_func ("/clauses/title-fits", test_title_fits);
  return g_test_run ();
}
