/* byline-entities.c: the people, organisations, places, peoples, dates, sums
 * of money and quantities an article names, one entity per referent
 *
 * byline_entities_find() reads the text in two passes. The first finds
 * candidates (byline-entities-candidates.c): it marks the words
 * capitalised only by their position (sentence starts, headlines, after a
 * colon or an opening quote), then walks the tokens for dates, sums and
 * quantities, gazetteer names, titles, and capitalised chunks, each
 * classified by its head word, the title before it and what follows it.
 * The second settles them (byline-entities-coreference.c): the candidates
 * become entities, variants and parts of a name joining the full name, with
 * roles and affiliations from titles and appositions, and a gender from a
 * title or a role. This file also holds the mention index the other finders
 * walk in text order (every mention with its entity, merged from the
 * entities' own sorted lists) and the lookups in it.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-entities"

#include "config.h"

#include <string.h>

#include "byline-entities.h"
#include "byline-entities-private.h"
#include "byline-scan-private.h"

/**
 * byline_entities_find:
 *
 * Finds the people, organisations, places, peoples, dates, sums of money and
 * quantities of @doc, one entity per referent with all its mentions.
 *
 * Returns: (transfer full) (element-type BylineEntity): the entities, in
 * order of first mention
 */
GPtrArray *
byline_entities_find (const BylineDocument *doc)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_entity_free);
  Ctx c = {
    doc, byline_lexicon_get (), doc->text->data,
    (const BylineToken *) doc->tokens->data, doc->tokens->len,
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_array_new (FALSE, FALSE, sizeof (Cand)),
    g_array_new (FALSE, FALSE, sizeof (BylineDateMatch)),
    FALSE, -1, -1,
    g_new0 (PhraseCache, 1), g_new0 (PhraseCache, 1),
  };

  if (c.n > 0)
    {
      guint cues = 0;

      for (guint i = 0; i < c.n; i++)
        if (byline_token_cls (&c.toks[i]) & BYLINE_WORD_SPORTS)
          cues++;
      /* a match report names teams by their countries: "Sweden beat South Korea" */
      c.sports = cues >= 12 && cues * 100 >= c.n;
      _byline_entities_mark_weak (&c);
      _byline_entities_find_candidates (&c);
      if (g_getenv ("BYLINE_DEBUG_CANDIDATES") != NULL)
        for (guint k = 0; k < c.cands->len; k++)
          {
            const Cand *cand = &g_array_index (c.cands, Cand, k);
            g_autofree char *t = _byline_entities_cand_text (&c, cand);
            g_printerr ("cand %s %s kind=%d evidence=%d lex=%s\n", byline_entity_type_to_string (cand->type), t,
                        cand->kind, cand->person_evidence, cand->lex ? cand->lex->name : "-");
          }
      _byline_entities_build_entities (&c, out);
      for (guint k = 0; k < out->len; k++)
        _byline_entities_assign_gender (&c, out->pdata[k]);
    }
  g_hash_table_unref (c.strong);
  g_hash_table_unref (c.name_parts);
  g_hash_table_unref (c.lower);
  g_clear_pointer (&c.cands, g_array_unref);
  g_clear_pointer (&c.dates, g_array_unref);
  g_free (c.gazetteer_cache);
  g_free (c.title_cache);
  return out;
}

static int
compare_refs (gconstpointer a, gconstpointer b)
{
  const BylineMentionRef *x = a, *y = b;

  if (x->first_token != y->first_token)
    return x->first_token < y->first_token ? -1 : 1;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* The mention index in compare_refs () order, stably: a radix sort on the key
 * (first token, start), 16 bits a pass, the passes whose digit is the same in
 * every mention left out. It was a sixth of the entity stage as a qsort. */
static void
sort_refs (GArray *refs)
{
  enum { DIGITS = 4, BUCKETS = 1 << 16 };
  BylineMentionRef *a = (BylineMentionRef *) refs->data;
  g_autofree BylineMentionRef *tmp = NULL;
  g_autofree guint *count = NULL;
  guint n = refs->len;
  gboolean sorted = TRUE;

  for (guint i = 1; i < n && sorted; i++)
    sorted = compare_refs (&a[i - 1], &a[i]) <= 0;
  if (sorted)
    return;
  tmp = g_new (BylineMentionRef, n);
  count = g_new0 (guint, DIGITS * BUCKETS);
  for (guint i = 0; i < n; i++)
    {
      guint64 key = ((guint64) a[i].first_token << 32) | a[i].start;

      for (guint d = 0; d < DIGITS; d++)
        count[d * BUCKETS + ((key >> (16 * d)) & 0xFFFF)]++;
    }
  for (guint d = 0; d < DIGITS; d++)
    {
      guint *c = count + d * BUCKETS;
      guint64 key0 = ((guint64) a[0].first_token << 32) | a[0].start;
      guint sum = 0;
      BylineMentionRef *swap;

      /* every mention has the same digit here: nothing to do */
      if (c[(key0 >> (16 * d)) & 0xFFFF] == n)
        continue;
      for (guint b = 0; b < BUCKETS; b++)
        {
          guint k = c[b];

          c[b] = sum;
          sum += k;
        }
      for (guint i = 0; i < n; i++)
        {
          guint64 key = ((guint64) a[i].first_token << 32) | a[i].start;

          tmp[c[(key >> (16 * d)) & 0xFFFF]++] = a[i];
        }
      swap = a, a = tmp, tmp = swap;
    }
  /* an odd number of passes left the result in the other buffer (then the
   * one to free) */
  if (a != (BylineMentionRef *) refs->data)
    {
      memcpy (refs->data, a, (gsize) n * sizeof *a);
      tmp = a;
    }
}

/* compare_refs () order as one number */
static inline guint64
mention_key (const BylineMention *m)
{
  return ((guint64) m->first_token << 32) | m->start;
}

/* An entity in the merge of the mention index: the key of its next mention */
typedef struct
{
  guint64 key;
  guint   entity;
} MergeHead;

static inline gboolean
head_before (const MergeHead *a,
             const MergeHead *b)
{
  return a->key < b->key || (a->key == b->key && a->entity < b->entity);
}

static void
heap_down (MergeHead *heap,
           guint      n,
           guint      h)
{
  for (;;)
    {
      guint least = h, l = 2 * h + 1, r = l + 1;
      MergeHead swap;

      if (l < n && head_before (&heap[l], &heap[least]))
        least = l;
      if (r < n && head_before (&heap[r], &heap[least]))
        least = r;
      if (least == h)
        return;
      swap = heap[h], heap[h] = heap[least], heap[least] = swap;
      h = least;
    }
}

/**
 * byline_entities_mention_index:
 *
 * Returns: (transfer full): every mention of @entities as a #BylineMentionRef,
 * in text order
 */
GArray *
byline_entities_mention_index (GPtrArray *entities)
{
  GArray *refs;
  guint total = 0;
  gboolean sorted = TRUE;
  g_autofree MergeHead *heap = NULL;
  g_autofree guint *next = NULL;
  guint n_heap = 0;

  for (guint i = 0; i < entities->len; i++)
    {
      const BylineEntity *e = entities->pdata[i];
      const BylineMention *m = (const BylineMention *) e->mentions->data;

      total += e->mentions->len;
      for (guint k = 1; k < e->mentions->len && sorted; k++)
        sorted = mention_key (&m[k - 1]) <= mention_key (&m[k]);
    }
  refs = g_array_sized_new (FALSE, FALSE, sizeof (BylineMentionRef), total);
  if (!sorted)
    {
      for (guint i = 0; i < entities->len; i++)
        {
          const BylineEntity *e = entities->pdata[i];

          for (guint k = 0; k < e->mentions->len; k++)
            {
              const BylineMention *m = &g_array_index (e->mentions, BylineMention, k);
              BylineMentionRef r = { m->first_token, m->end_token, m->start, m->end, e };

              g_array_append_val (refs, r);
            }
        }
      sort_refs (refs);
      return refs;
    }

  /* each entity's mentions are in order (they are kept in text order): a
   * merge of them, by a heap of the entities at their next mention, the
   * lower entity first among equal keys, as a stable sort would have it;
   * no copy of the index to sort in */
  heap = g_new (MergeHead, MAX (entities->len, 1));
  next = g_new0 (guint, MAX (entities->len, 1));
  for (guint i = 0; i < entities->len; i++)
    {
      const BylineEntity *e = entities->pdata[i];

      if (e->mentions->len > 0)
        {
          heap[n_heap].key = mention_key (&g_array_index (e->mentions, BylineMention, 0));
          heap[n_heap++].entity = i;
        }
    }
  for (guint h = n_heap / 2; h-- > 0;)
    heap_down (heap, n_heap, h);
  while (n_heap > 0)
    {
      guint i = heap[0].entity;
      const BylineEntity *e = entities->pdata[i];
      const BylineMention *m = &g_array_index (e->mentions, BylineMention, next[i]);
      BylineMentionRef r = { m->first_token, m->end_token, m->start, m->end, e };

      g_array_append_val (refs, r);
      if (++next[i] == e->mentions->len)
        heap[0] = heap[--n_heap];
      else
        heap[0].key = mention_key (m + 1);
      heap_down (heap, n_heap, 0);
    }
  return refs;
}

/**
 * byline_mentions_lower_bound:
 *
 * Returns: the index of the first mention that starts at @token or after
 */
guint
byline_mentions_lower_bound (GArray *mentions,
                             guint   token)
{
  /* The callers walk the text: each answer is near the one before. A search
   * from the last answer (of this thread, whatever the array) in steps that
   * double, then by halves between the last two, is a few steps where one
   * from the ends was twenty; any hint gives the same answer. */
  static _Thread_local guint hint;
  const BylineMentionRef *r = (const BylineMentionRef *) mentions->data;
  guint n = mentions->len;
  guint h = MIN (hint, n);
  guint lo, hi, step = 1;

  if (h < n && r[h].first_token < token)
    {
      /* the answer is after h */
      lo = hi = h + 1;
      while (hi < n && r[hi].first_token < token)
        {
          lo = hi + 1;
          hi = lo + step;
          step *= 2;
        }
      hi = MIN (hi, n);
    }
  else
    {
      /* the answer is h or before */
      lo = hi = h;
      while (lo > 0 && r[lo - 1].first_token >= token)
        {
          hi = lo - 1;
          lo = hi > step ? hi - step : 0;
          step *= 2;
        }
    }
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (r[mid].first_token < token)
        lo = mid + 1;
      else
        hi = mid;
    }
  hint = lo;
  return lo;
}

/**
 * byline_mentions_at:
 *
 * Returns: (nullable): the mention covering @token
 */
const BylineMentionRef *
byline_mentions_at (GArray *mentions,
                    guint   token)
{
  guint i = byline_mentions_lower_bound (mentions, token + 1);

  while (i > 0)
    {
      const BylineMentionRef *r = &g_array_index (mentions, BylineMentionRef, i - 1);

      if (r->end_token > token)
        return r;
      if (r->first_token < token)
        break;
      i--;
    }
  return NULL;
}
