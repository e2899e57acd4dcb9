/* test-entities.c: entity spans, types, coreference, roles
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
  const char *input;
  const char *present[8];  /* "TYPE:mention text" */
  const char *absent[4];   /* mention texts that must not be entities */
} EntityCase;

static const EntityCase cases[] = {
  { "Russian Foreign Minister Sergei Lavrov met Iranian President Hassan Rouhani in Tehran.",
    { "NORP:Russian", "PERSON:Sergei Lavrov", "NORP:Iranian", "PERSON:Hassan Rouhani", "PLACE:Tehran" },
    { "Foreign Minister", "President", "Russian Foreign Minister Sergei Lavrov" } },
  { "Iran-Russia ties grew. Russian-Iranian relations are warm.",
    { "PLACE:Iran", "PLACE:Russia", "NORP:Russian", "NORP:Iranian" }, { "Iran-Russia" } },
  { "Russia's Foreign Ministry said so on Tuesday.",
    { "PLACE:Russia", "ORG:Foreign Ministry", "DATE:Tuesday" }, { "Russia's", "Russia's Foreign Ministry" } },
  { "Voice of Russia reported it.", { "ORG:Voice of Russia" }, { "Russia" } },
  { "Senior officials met. Meanwhile, talks went on.", { NULL }, { "Senior", "Meanwhile" } },
  { "He stayed at the Palace Hotel in New York.", { "PLACE:Palace Hotel", "PLACE:New York" }, { NULL } },
  { "The University of Southern Indiana opened a show.", { "ORG:University of Southern Indiana" }, { NULL } },
  { "The deal gives Tehran somewhere near $7 billion in relief.", { "PLACE:Tehran", "MONEY:$7 billion" }, { NULL } },
  { "Officials said Kwabena Mensah-Bonsu told reporters the plan was sound.",
    { "PERSON:Kwabena Mensah-Bonsu" }, { "Officials" } },
  { "Fighters backed embattled Syrian President Bashar al-Assad.",
    { "NORP:Syrian", "PERSON:Bashar al-Assad" }, { NULL } },
  { "The meeting was held in Geneva by the U.N. and NATO.", { "PLACE:Geneva", "ORG:U.N.", "ORG:NATO" }, { NULL } },
  { "SINGAPORE (Reuters) - Rice met her counterparts.", { "PLACE:SINGAPORE", "ORG:Reuters" }, { NULL } },
};

static GPtrArray *
mention_strings (const BylineAnalysis *a)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < a->entities->len; i++)
    {
      const BylineEntity *e = a->entities->pdata[i];
      for (guint k = 0; k < e->mentions->len; k++)
        {
          const BylineMention *m = &g_array_index (e->mentions, BylineMention, k);
          g_ptr_array_add (out, g_strdup_printf ("%s:%.*s", byline_entity_type_to_string (e->type),
                                                 (int) (m->end - m->start), a->text->data + m->start));
        }
    }
  return out;
}

static gboolean
has_text (GPtrArray *mentions, const char *text)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const char *colon = strchr (mentions->pdata[i], ':');
      if (g_str_equal (colon + 1, text))
        return TRUE;
    }
  return FALSE;
}

static void
test_case (gconstpointer data)
{
  const EntityCase *c = data;
  g_autoptr (BylineAnalysis) a = test_analyse (c->input);
  g_autoptr (GPtrArray) got = mention_strings (a);

  for (guint i = 0; i < G_N_ELEMENTS (c->present) && c->present[i]; i++)
    {
      gboolean found = FALSE;
      for (guint k = 0; k < got->len; k++)
        found = found || g_str_equal (got->pdata[k], c->present[i]);
      if (!found)
        {
          g_autofree char *all = NULL;
          g_ptr_array_add (got, NULL);
          all = g_strjoinv (" | ", (char **) got->pdata);
          g_test_message ("missing %s in %s", c->present[i], all);
          g_ptr_array_remove_index (got, got->len - 1);
        }
      g_assert_true (found);
    }
  for (guint i = 0; i < G_N_ELEMENTS (c->absent) && c->absent[i]; i++)
    g_assert_false (has_text (got, c->absent[i]));
}

static const BylineEntity *
find (const BylineAnalysis *a, const char *name)
{
  for (guint i = 0; i < a->entities->len; i++)
    if (g_str_equal (((BylineEntity *) a->entities->pdata[i])->name, name))
      return a->entities->pdata[i];
  return NULL;
}

static void
test_coreference (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Russian Foreign Minister Sergei Lavrov arrived on Monday. "
                                          "Lavrov said the talks were good. The Asian Parliamentary "
                                          "Assembly (APA) met in Istanbul. The APA ended on Friday.");
  const BylineEntity *lavrov = find (a, "Sergei Lavrov");
  const BylineEntity *apa = find (a, "Asian Parliamentary Assembly");

  g_assert_nonnull (lavrov);
  g_assert_cmpuint (lavrov->mentions->len, ==, 2);
  g_assert_cmpstr (lavrov->role, ==, "Foreign Minister");
  g_assert_cmpstr (lavrov->affiliation, ==, "Russia");
  g_assert_nonnull (apa);
  g_assert_cmpint (apa->type, ==, BYLINE_ENTITY_ORG);
  g_assert_cmpuint (apa->mentions->len, ==, 3);
}

static void
test_apposition_role (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Pak Thae Song, chairman of the Supreme People's Assembly, met "
                                          "visitors in Pyongyang on Tuesday.");
  const BylineEntity *pak = find (a, "Pak Thae Song");

  g_assert_nonnull (pak);
  g_assert_cmpstr (pak->role, ==, "chairman");
  g_assert_cmpstr (pak->affiliation, ==, "Supreme People's Assembly");
}

static void
test_possessive_title_role (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Iran’s Foreign Ministry spokeswoman Marzieh Afkham told reporters "
                                          "that the trip was useful.");
  const BylineEntity *afkham = find (a, "Marzieh Afkham");

  g_assert_nonnull (afkham);
  g_assert_cmpstr (afkham->role, ==, "spokeswoman");
  g_assert_cmpstr (afkham->affiliation, ==, "Foreign Ministry");
}

static void
test_relative_dates (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Talks in Tehran\n\nDecember 11, 2013\n\nThe envoy arrived on "
                                          "Monday and will leave next week.");
  gboolean monday = FALSE, next_week = FALSE;

  for (guint i = 0; i < a->entities->len; i++)
    {
      const BylineEntity *e = a->entities->pdata[i];
      g_autofree char *from = byline_day_to_iso (&e->date.from);

      if (e->type != BYLINE_ENTITY_DATE)
        continue;
      if (g_str_equal (e->name, "Monday"))
        monday = g_strcmp0 (from, "2013-12-09") == 0;
      if (g_str_equal (e->name, "next week"))
        next_week = g_strcmp0 (from, "2013-12-16") == 0;
    }
  g_assert_true (monday);
  g_assert_true (next_week);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/entities/case/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/entities/coreference", test_coreference);
  g_test_add_func ("/entities/apposition-role", test_apposition_role);
  g_test_add_func ("/entities/possessive-title-role", test_possessive_title_role);
  g_test_add_func ("/entities/relative-dates", test_relative_dates);
  return g_test_run ();
}
