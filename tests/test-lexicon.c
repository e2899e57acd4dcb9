/* test-lexicon.c: the compiled-in lexicons load and say what they should
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-lexicon.h"
#include "byline-lexicon-blob.h"

static const BylineLexEntry *
lookup (const char *phrase, guint *n)
{
  const BylineLexicon *lex = byline_lexicon_get ();
  g_autoptr (GArray) toks = byline_tokenize (phrase, strlen (phrase));
  gpointer v = NULL;

  *n = byline_phrases_match (lex->names, phrase, (BylineToken *) toks->data, toks->len, 0, &v);
  return *n == toks->len ? v : NULL;
}

typedef struct
{
  const char      *phrase;
  BylineEntityType type;
  const char      *canonical;
  const char      *country;
} LexCase;

static const LexCase cases[] = {
  { "Russia", BYLINE_ENTITY_PLACE, "Russia", "RU" },
  { "Russian Federation", BYLINE_ENTITY_PLACE, "Russia", "RU" },
  { "U.S.", BYLINE_ENTITY_PLACE, "United States", "US" },
  { "Iranian", BYLINE_ENTITY_NORP, NULL, "IR" },
  { "Tehran", BYLINE_ENTITY_PLACE, NULL, "IR" },
  { "Kuala Lumpur", BYLINE_ENTITY_PLACE, NULL, "MY" },
  { "DPRK", BYLINE_ENTITY_PLACE, NULL, "KP" },
  { "Voice of Russia", BYLINE_ENTITY_ORG, NULL, "RU" },
  { "NATO", BYLINE_ENTITY_ORG, NULL, NULL },
  { "P5+1", BYLINE_ENTITY_ORG, NULL, NULL },
  { "Foreign Ministry", BYLINE_ENTITY_ORG, NULL, NULL },
  { "Middle East", BYLINE_ENTITY_PLACE, NULL, NULL },
  { "Côte d’Ivoire", BYLINE_ENTITY_PLACE, NULL, "CI" },
  /* FIFA's names for the two Koreas */
  { "Korea Republic", BYLINE_ENTITY_PLACE, "South Korea", "KR" },
  { "Korea DPR", BYLINE_ENTITY_PLACE, "North Korea", "KP" },
  { "Scotland", BYLINE_ENTITY_PLACE, NULL, "GB" },
};

static void
test_case (gconstpointer data)
{
  const LexCase *c = data;
  guint n;
  const BylineLexEntry *e = lookup (c->phrase, &n);

  g_assert_nonnull (e);
  g_assert_cmpint (e->type, ==, c->type);
  if (c->canonical)
    g_assert_cmpstr (e->name, ==, c->canonical);
  if (c->country)
    g_assert_cmpstr (e->country, ==, c->country);
}

static void
test_state_media (void)
{
  const struct { const char *name; gboolean state; } outlets[] = {
    { "Fars News", TRUE }, { "Xinhua", TRUE }, { "RIA Novosti", TRUE }, { "Rossiyskaya Gazeta", TRUE },
    { "IRNA", TRUE }, { "KCNA", TRUE }, { "Reuters", FALSE }, { "Associated Press", FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (outlets); i++)
    {
      guint n;
      const BylineLexEntry *e = lookup (outlets[i].name, &n);

      g_assert_nonnull (e);
      g_assert_cmpint (e->kind, ==, BYLINE_LEX_OUTLET);
      g_assert_cmpint (e->state_media, ==, outlets[i].state);
      g_assert_nonnull (e->reason);
      g_assert_cmpuint (strlen (e->reason), >, 10);
    }
}

static void
test_word_lists (void)
{
  const BylineLexicon *lex = byline_lexicon_get ();

  g_assert_true (byline_lexicon_word_class (lex, "Sergei") & BYLINE_WORD_FIRST_NAME);
  g_assert_true (byline_lexicon_word_class (lex, "ministry") & BYLINE_WORD_ORG_HEAD);
  g_assert_true (byline_lexicon_word_class (lex, "senior") & BYLINE_WORD_COMMON);
  g_assert_false (byline_lexicon_word_class (lex, "lavrov") & BYLINE_WORD_COMMON);
  g_assert_true (byline_lexicon_word_class (lex, "said") & BYLINE_WORD_SPEECH);
  g_assert_true (byline_lexicon_word_class (lex, "Hotel") & BYLINE_WORD_PLACE_HEAD);
  g_assert_cmpint (GPOINTER_TO_INT (byline_lex_table_lookup (&lex->months, "sept")), ==, 9);
  g_assert_cmpint (GPOINTER_TO_INT (byline_lex_table_lookup (&lex->weekdays, "wednesday")), ==, 3);
  g_assert_null (byline_lex_table_lookup (&lex->weekdays, "wednesdays"));
  g_assert_cmpstr (byline_lex_table_lookup (&lex->connotations, "claimed"), !=, NULL);
  g_assert_cmpuint (lex->n_words, >, 70000);
  g_assert_cmpuint (lex->n_entries, >, 3000);
}

/* The entries are set up on first use, from any thread: every thread gets the
 * same entry, whole */
static gpointer
walk_entries (gpointer data)
{
  const BylineLexicon *lex = data;
  guint named = 0;

  for (guint k = 0; k < lex->n_entries; k++)
    {
      guint i = (k * 7919u) % lex->n_entries;
      const BylineLexEntry *e = byline_lexicon_entry (lex, i);

      g_assert_true (e == byline_lexicon_entry (lex, i));
      if (e->name != NULL && *e->name != '\0')
        named++;
    }
  return GUINT_TO_POINTER (named);
}

static void
test_entries (void)
{
  const BylineLexicon *lex = byline_lexicon_get ();
  GThread *threads[4];
  gpointer v = NULL;
  guint n;

  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    threads[t] = g_thread_new ("entries", walk_entries, (gpointer) lex);
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    {
      guint named = GPOINTER_TO_UINT (g_thread_join (threads[t]));
      g_assert_cmpuint (named, ==, lex->n_entries);
    }
  /* a phrase's value is the entry of that index */
  n = byline_phrases_match (lex->names, "Norway", (BylineToken[]) { byline_token_make (0, 6, BYLINE_TOKEN_WORD, BYLINE_TOKEN_CAP) },
                            1, 0, &v);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (((const BylineLexEntry *) v)->country, ==, "NO");
}

static void
test_titles (void)
{
  const BylineLexicon *lex = byline_lexicon_get ();
  const char *s = "Deputy Foreign Minister Igor Morgulov";
  g_autoptr (GArray) toks = byline_tokenize (s, strlen (s));

  g_assert_cmpuint (byline_phrases_match (lex->titles, s, (BylineToken *) toks->data, toks->len, 0, NULL), ==, 3);
}

/* Titles of one government name its country; titles many have name none */
static void
test_national_titles (void)
{
  const BylineLexicon *lex = byline_lexicon_get ();
  const struct { const char *title; const char *country; } titles[] = {
    { "Secretary of State", "United States" }, { "treasury secretary", "United States" },
    { "Chancellor of the Exchequer", "United Kingdom" }, { "Taoiseach", "Ireland" },
    { "Foreign Minister", NULL }, { "Prime Minister", NULL }, { "Chancellor", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *key = byline_fold_key (titles[i].title, -1);
      g_assert_cmpstr (byline_lex_table_lookup (&lex->title_countries, key), ==, titles[i].country);
    }
}

/* A token keeps its word classes as an index into their combinations, of
 * which there are at most BYLINE_TOKEN_MAX_CLASSES - 1; every word of the
 * word lists classed, and a long word has none */
static void
test_class_combinations (void)
{
  const BylineLexicon *lex = byline_lexicon_get ();
  const BylineBlobTableHeader *th = (const BylineBlobTableHeader *) (lex->blob + lex->word_classes);
  const BylineBlobSlot *slots = (const BylineBlobSlot *) (th + 1);
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GArray) toks = NULL;
  guint n_words = 0;

  for (guint32 i = 0; i < th->n_slots; i++)
    if (slots[i].key != 0)
      {
        const char *word = (const char *) lex->blob + slots[i].key;

        g_hash_table_add (seen, GUINT_TO_POINTER (slots[i].value));
        g_assert_cmpuint (strlen (word), <=, BYLINE_TOKEN_SHORT_MAX);
        /* a few hundred words, one a line, tokenized and classed */
        if (n_words++ % 256 == 0 && strchr (word, ' ') == NULL)
          g_string_append_printf (text, "%s\n", word);
      }
  g_assert_cmpuint (g_hash_table_size (seen), <, BYLINE_TOKEN_MAX_CLASSES);
  g_string_append (text, "Ministers ");
  for (guint i = 0; i < 200; i++)
    g_string_append_c (text, 'a');
  toks = byline_tokenize (text->str, text->len);
  byline_tokens_classify (toks, text->str);
  for (guint i = 0; i + 1 < toks->len; i++)
    {
      const BylineToken *t = &g_array_index (toks, BylineToken, i);
      g_autofree char *key = byline_token_key (text->str, t);
      guint32 cls = 0;

      if (t->kind != BYLINE_TOKEN_WORD)
        continue;
      byline_blob_lookup (lex->blob, lex->word_classes, key, strlen (key), &cls);
      g_assert_cmphex (byline_token_cls (t), ==, cls);
    }
  g_assert_cmpuint (byline_token_len (&g_array_index (toks, BylineToken, toks->len - 1)), ==, 200);
  g_assert_cmphex (byline_token_cls (&g_array_index (toks, BylineToken, toks->len - 1)), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/lexicon/names/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/lexicon/state-media", test_state_media);
  g_test_add_func ("/lexicon/word-lists", test_word_lists);
  g_test_add_func ("/lexicon/entries", test_entries);
  g_test_add_func ("/lexicon/titles", test_titles);
  g_test_add_func ("/lexicon/national-titles", test_national_titles);
  g_test_add_func ("/lexicon/class-combinations", test_class_combinations);
  return g_test_run ();
}
