/* test-mention-index.c: the mention index, its order and its searches, against
 * plain sorting and scanning
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-entities.h"

static int
compare_refs (gconstpointer a, gconstpointer b)
{
  const BylineMentionRef *x = a, *y = b;

  if (x->first_token != y->first_token)
    return x->first_token < y->first_token ? -1 : 1;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* @n_entities entities with mentions at random tokens (some at the same
 * token, some far apart: 16-bit digits of every size) */
static GPtrArray *
random_entities (GRand *rand,
                 guint  n_entities,
                 guint  n_mentions,
                 guint  max_token)
{
  GPtrArray *entities = g_ptr_array_new ();

  for (guint i = 0; i < n_entities; i++)
    {
      BylineEntity *e = g_new0 (BylineEntity, 1);

      e->mentions = g_array_new (FALSE, FALSE, sizeof (BylineMention));
      g_ptr_array_add (entities, e);
    }
  for (guint k = 0; k < n_mentions; k++)
    {
      BylineEntity *e = entities->pdata[g_rand_int_range (rand, 0, (gint32) n_entities)];
      guint32 t = (guint32) g_rand_int_range (rand, 0, (gint32) max_token);
      BylineMention m = { t * 7 + (guint32) g_rand_int_range (rand, 0, 3), t * 7 + 5, t,
                          t + (guint32) g_rand_int_range (rand, 1, 4) };

      g_array_append_val (e->mentions, m);
    }
  return entities;
}

static int
compare_mentions (gconstpointer a, gconstpointer b)
{
  const BylineMention *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

static void
free_entities (GPtrArray *entities)
{
  for (guint i = 0; i < entities->len; i++)
    {
      BylineEntity *e = entities->pdata[i];

      g_array_unref (e->mentions);
      g_free (e);
    }
  g_ptr_array_unref (entities);
}

/* the index is the stable sort of every entity's mentions in turn */
static void
test_order (void)
{
  /* two, three and four passes of the radix sort */
  static const guint max_tokens[] = { 3, 1000, 10000, 70000, 5000000 };
  g_autoptr (GRand) rand = g_rand_new_with_seed (17);

  for (guint t = 0; t < G_N_ELEMENTS (max_tokens); t++)
    for (guint round = 0; round < 5; round++)
      {
        GPtrArray *entities = random_entities (rand, 1 + round * 7, 3000, max_tokens[t]);

        /* mostly each entity's mentions are in text order, as the finder
         * keeps them (the merge); else sorted from scratch */
        if (round % 2 == 0)
          for (guint i = 0; i < entities->len; i++)
            g_array_sort (((BylineEntity *) entities->pdata[i])->mentions, compare_mentions);
        g_autoptr (GArray) index = NULL;
        g_autoptr (GArray) expected = g_array_new (FALSE, FALSE, sizeof (BylineMentionRef));

        for (guint i = 0; i < entities->len; i++)
          {
            const BylineEntity *e = entities->pdata[i];

            for (guint k = 0; k < e->mentions->len; k++)
              {
                const BylineMention *m = &g_array_index (e->mentions, BylineMention, k);
                BylineMentionRef r = { m->first_token, m->end_token, m->start, m->end, e };

                g_array_append_val (expected, r);
              }
          }
        index = byline_entities_mention_index (entities);
        /* GLib's sort is a stable merge sort */
        g_array_sort (expected, compare_refs);
        g_assert_cmpuint (index->len, ==, expected->len);
        g_assert_cmpmem (index->data, index->len * sizeof (BylineMentionRef),
                         expected->data, expected->len * sizeof (BylineMentionRef));
        free_entities (entities);
      }
}

/* the searches give the scan's answers whatever was asked before, in any
 * order and in any of two arrays */
static void
test_searches (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (4);
  GPtrArray *a = random_entities (rand, 5, 2000, 3000);
  GPtrArray *b = random_entities (rand, 3, 50, 100);
  g_autoptr (GArray) ia = byline_entities_mention_index (a);
  g_autoptr (GArray) ib = byline_entities_mention_index (b);
  g_autoptr (GArray) empty = g_array_new (FALSE, FALSE, sizeof (BylineMentionRef));

  for (guint q = 0; q < 20000; q++)
    {
      GArray *idx = q % 5 == 0 ? ib : ia;
      /* walks forward and back, and jumps */
      guint token = q % 3 == 0 ? (guint) g_rand_int_range (rand, 0, 3100)
                               : (q / 2) % 3100;
      guint lb = 0;
      const BylineMentionRef *at = NULL;

      while (lb < idx->len && g_array_index (idx, BylineMentionRef, lb).first_token < token)
        lb++;
      g_assert_cmpuint (byline_mentions_lower_bound (idx, token), ==, lb);
      /* the mention at it, as byline_mentions_at () defines it: back from
       * the first that starts after it, while they start at it, the first
       * that covers it, and the one before those */
      {
        guint i = lb;

        while (i < idx->len && g_array_index (idx, BylineMentionRef, i).first_token <= token)
          i++;
        while (i > 0)
          {
            const BylineMentionRef *r = &g_array_index (idx, BylineMentionRef, i - 1);

            if (r->end_token > token)
              {
                at = r;
                break;
              }
            if (r->first_token < token)
              break;
            i--;
          }
      }
      g_assert_true (byline_mentions_at (idx, token) == at);
      g_assert_cmpuint (byline_mentions_lower_bound (empty, token), ==, 0);
    }
  free_entities (a);
  free_entities (b);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/mention-index/order", test_order);
  g_test_add_func ("/mention-index/searches", test_searches);
  return g_test_run ();
}
