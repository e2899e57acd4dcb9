/* store-writer.c: writes to a library until it is killed, for test-store-kill
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "byline-store.h"

/* Usage: store-writer LIBRARY SEED
 *
 * Makes sure the fixed article below is in LIBRARY, then writes at random
 * (seeded by SEED) forever. After each write has returned it prints one line
 * and flushes it: `saved ID BODY` for a note added or changed (BODY is exactly
 * the body stored), `ok` for anything else. A note's body is
 * "note COUNTER SEED" when added and "note COUNTER SEED vVERSION" (VERSION
 * 2, 3...) after each change, so that a reader can tell a later version from
 * an earlier one. Any error goes to stderr and the exit status is 1. */

typedef struct
{
  gint64  id;
  guint32 n_chars;
} Article;

typedef struct
{
  gint64 id;
  guint  counter;  /* when it was added: the body's first number */
  guint  version;  /* 1 as added */
} OwnNote;

static const char article_text[] =
  "Harbour talks end without a deal\n"
  "\n"
  "ZÜRICH, 11 December 2013 — Talks on the future of the old harbour ended on "
  "Wednesday without an agreement, after the council and the port authority "
  "failed to settle who would pay for the new sea wall.\n"
  "\n"
  "“We came close, but not close enough,” said Anna Keller, who chairs the "
  "council’s planning committee. She said the two sides would meet again in "
  "January and that the café owners on the quay had been told to expect "
  "another winter of building work.\n"
  "\n"
  "The port authority said in a statement that it remained “committed to a fair "
  "outcome” and that the cost of the wall, put at 48 million francs, could not "
  "fall on the port alone. Its director, Marc Dubois, declined to comment "
  "further.\n"
  "\n"
  "Residents have complained for years about flooding on the lower streets. A "
  "survey published last month found that two in three households near the "
  "water had been affected at least once since 2010.\n";

static const char *const tag_names[] = {
  "harbour", "council", "follow-up", "quote", "check", "été", "money", "Flooding",
};

static void
fail (const char *what,
      GError     *error)
{
  fprintf (stderr, "store-writer: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (1);
}

static void
report (const char *line)
{
  if (puts (line) == EOF || fflush (stdout) != 0)
    {
      perror ("store-writer: stdout");
      exit (1);
    }
}

/* 0 to 2 distinct tag names; the array is NULL-terminated, the names static */
static void
pick_tags (GRand       *rand,
           const char **tags)
{
  int n = g_rand_int_range (rand, 0, 3);
  int first = g_rand_int_range (rand, 0, G_N_ELEMENTS (tag_names));

  for (int i = 0; i < n; i++)
    tags[i] = tag_names[(first + i * 3) % G_N_ELEMENTS (tag_names)];
  tags[n] = NULL;
}

static gint64
add_article (BylineStore *store,
             const char  *data,
             const char  *title,
             guint32     *n_chars)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineText) text = byline_text_new_from_data (data, strlen (data), "store-writer.txt",
                                                           FALSE, &error);
  gint64 id;

  if (text == NULL)
    fail ("the article text", error);
  id = byline_store_add_article (store, text, title, NULL, "text", NULL, NULL, &error);
  if (id == 0)
    fail ("add_article", error);
  *n_chars = text->n_chars;
  return id;
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineStore) store = NULL;
  g_autoptr (GRand) rand = NULL;
  g_autoptr (GArray) articles = g_array_new (FALSE, FALSE, sizeof (Article));
  g_autoptr (GArray) notes = g_array_new (FALSE, FALSE, sizeof (OwnNote));
  const char *seed;
  guint64 seed_value;
  Article first;

  if (argc != 3)
    {
      fprintf (stderr, "usage: store-writer LIBRARY SEED\n");
      return 2;
    }
  seed = argv[2];
  if (!g_ascii_string_to_unsigned (seed, 10, 0, G_MAXUINT32, &seed_value, &error))
    fail ("SEED", error);
  rand = g_rand_new_with_seed ((guint32) seed_value);

  store = byline_store_open (argv[1], &error);
  if (store == NULL)
    fail ("open", error);
  first.id = add_article (store, article_text, NULL, &first.n_chars);
  g_array_append_val (articles, first);

  for (guint counter = 1;; counter++)
    {
      int what = g_rand_int_range (rand, 0, 100);

      if (what < 70 || (what < 85 && notes->len == 0))
        {
          const Article *a = &g_array_index (articles, Article, g_rand_int_range (rand, 0, articles->len));
          guint32 start = g_rand_int_range (rand, 0, a->n_chars);
          guint32 end = start + 1 + g_rand_int_range (rand, 0, MIN (a->n_chars - start, 120));
          const char *tags[3];
          g_autofree char *body = g_strdup_printf ("note %u %s", counter, seed);
          g_autofree char *line = NULL;
          OwnNote note = { 0, counter, 1 };

          pick_tags (rand, tags);
          note.id = byline_store_add_note (store, a->id, start, end, body,
                                           g_rand_int_range (rand, 0, 3), tags, &error);
          if (note.id == 0)
            fail ("add_note", error);
          g_array_append_val (notes, note);
          line = g_strdup_printf ("saved %" G_GINT64_FORMAT " %s", note.id, body);
          report (line);
        }
      else if (what < 85)
        {
          OwnNote *note = &g_array_index (notes, OwnNote, g_rand_int_range (rand, 0, notes->len));
          g_autofree char *body = g_strdup_printf ("note %u %s v%u", note->counter, seed,
                                                   note->version + 1);
          g_autofree char *line = NULL;
          const char *tags[3];
          gboolean new_tags = g_rand_boolean (rand);

          pick_tags (rand, tags);
          if (!byline_store_update_note (store, note->id, body, -1, new_tags ? tags : NULL, &error))
            fail ("update_note", error);
          note->version++;
          line = g_strdup_printf ("saved %" G_GINT64_FORMAT " %s", note->id, body);
          report (line);
        }
      else if (what < 99)
        {
          const Article *a = &g_array_index (articles, Article, g_rand_int_range (rand, 0, articles->len));
          const char *tag = tag_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (tag_names))];

          if (!byline_store_tag_article (store, a->id, tag, g_rand_int_range (rand, 0, 4) != 0,
                                         &error))
            fail ("tag_article", error);
          report ("ok");
        }
      else
        {
          g_autofree char *data = g_strdup_printf ("%s\nUpdate %u from writer %s: the council met "
                                                   "again and said “nothing has changed”.\n",
                                                   article_text, counter, seed);
          g_autofree char *title = g_strdup_printf ("Harbour talks, update %u from writer %s",
                                                    counter, seed);
          Article a;

          a.id = add_article (store, data, title, &a.n_chars);
          g_array_append_val (articles, a);
          report ("ok");
        }
    }
  return 0;
}
