/* byline-compare.c: reports side by side: two articles (their sourcing,
 * the meetings, people and claims they share, what one reports that the
 * other does not), or all of a tag's
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-compare"

#include "config.h"

#include "byline-people-private.h"

/* Two reports side by side */

static const char *const common_words[] = {
  "about", "after", "also", "been", "before", "from", "had", "have", "into", "over", "said",
  "says", "such", "than", "that", "their", "them", "then", "there", "they", "this", "told",
  "were", "what", "when", "which", "will", "with", "would",
};

/* The content words of a passage, folded: what two reports of one claim share */
static GHashTable *
claim_words (const char *passage)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *folded = byline_people_fold_name (passage, "ORG");
  g_auto (GStrv) split = g_strsplit (folded, " ", -1);

  for (guint i = 0; split[i] != NULL; i++)
    {
      const char *w = split[i];
      gsize len = strlen (w);

      if (len < 4 || bsearch (&w, common_words, G_N_ELEMENTS (common_words), sizeof common_words[0],
                              compare_strings) != NULL)
        continue;
      /* a plural or past tense counts as its stem: "talks", "financed" */
      if (len > 4 && w[len - 1] == 's')
        len--;
      else if (len > 5 && g_str_has_suffix (w, "ed"))
        len -= w[len - 3] == 'e' ? 1 : 2;
      g_hash_table_add (words, g_strndup (w, len));
    }
  return words;
}

typedef struct
{
  gint64      id;
  JsonNode   *analysis;
  JsonObject *root;
  char       *text;
  char       *title;
  char       *dateline;
  GPtrArray  *claim_texts;   /* char * */
  GPtrArray  *claim_words;   /* GHashTable */
  GHashTable *keys;          /* entry -> mentions, for the entries it names */
  BylineCharIndex *chars;    /* over its text: code points to bytes */
} Side;

static void
side_clear (Side *s)
{
  g_clear_pointer (&s->analysis, json_node_unref);
  g_clear_pointer (&s->text, g_free);
  g_clear_pointer (&s->title, g_free);
  g_clear_pointer (&s->dateline, g_free);
  g_clear_pointer (&s->claim_texts, g_ptr_array_unref);
  g_clear_pointer (&s->claim_words, g_ptr_array_unref);
  g_clear_pointer (&s->keys, g_hash_table_unref);
  g_clear_pointer (&s->chars, byline_char_index_free);
}

static gboolean
side_load (BylineStore *self,
           People      *p,
           gint64       id,
           Side        *s,
           GError     **error)
{
  g_autoptr (BylineArticle) article = byline_store_get_article (self, id, error);
  JsonArray *claims;

  if (article == NULL)
    return FALSE;
  s->id = id;
  s->analysis = byline_store_dup_analysis (self, id, TRUE, error);
  if (s->analysis == NULL)
    return FALSE;
  s->root = json_node_get_object (s->analysis);
  s->text = g_steal_pointer (&article->text);
  s->title = g_strdup (article->title);
  s->dateline = g_strdup (article->dateline);
  s->claim_texts = g_ptr_array_new_with_free_func (g_free);
  s->claim_words = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  s->chars = byline_char_index_new (s->text, -1);
  claims = get_array (s->root, "claims");
  for (guint i = 0; claims != NULL && i < json_array_get_length (claims); i++)
    {
      JsonObject *c = array_object (claims, i);
      char *passage = span_text (s->chars, get_int (c, "start"), get_int (c, "end"));

      g_ptr_array_add (s->claim_texts, passage);
      g_ptr_array_add (s->claim_words, claim_words (passage));
    }
  s->keys = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < p->occs->len; i++)
    {
      Occ *o = g_ptr_array_index (p->occs, i);

      if (o->article == id && !g_str_equal (o->type, "NORP"))
        g_hash_table_insert (s->keys, o->cluster,
                             GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (s->keys, o->cluster))
                                              + o->mentions));
    }
  return TRUE;
}

static const char *const attributions[] = {
  "named_person", "named_org", "state_media", "media", "anonymous", "unattributed",
};

/* One side's sourcing: who it quotes, on whose authority its claims rest,
 * its loaded words */
static void
add_sourcing (JsonBuilder *b,
              Side        *s)
{
  JsonArray *quotes = get_array (s->root, "quotes");
  JsonArray *claims = get_array (s->root, "claims");
  JsonObject *doc = get_object (s->root, "document");
  g_autoptr (GHashTable) voices = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) voice_order = g_ptr_array_new ();
  g_autoptr (GHashTable) loaded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) loaded_order = g_ptr_array_new ();
  int counts[G_N_ELEMENTS (attributions)] = { 0 };
  int hedged = 0;
  const char *outlet = get_string (get_object (doc, "outlet"), "name");

  add_int_member (b, "id", s->id);
  add_string_member (b, "title", s->title);
  add_string_member (b, "dateline", s->dateline);
  add_string_member (b, "outlet", outlet != NULL ? outlet : get_string (doc, "wire_agency"));

  json_builder_set_member_name (b, "quotes");
  json_builder_begin_array (b);
  for (guint i = 0; quotes != NULL && i < json_array_get_length (quotes); i++)
    {
      JsonObject *q = array_object (quotes, i);
      const char *speaker = get_string (q, "speaker_name");
      g_autofree char *text = span_text (s->chars, get_int (q, "start"), get_int (q, "end"));

      if (speaker == NULL)
        speaker = "?";
      if (!g_hash_table_contains (voices, speaker))
        g_ptr_array_add (voice_order, (gpointer) speaker);
      g_hash_table_insert (voices, (gpointer) speaker,
                           GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (voices, speaker)) + 1));
      json_builder_begin_object (b);
      add_string_member (b, "speaker", speaker);
      add_string_member (b, "kind", get_string (q, "kind"));
      add_string_member (b, "text", text);
      add_string_member (b, "via", get_string (get_object (q, "via"), "name"));
      add_int_member (b, "start", get_int (q, "start"));
      add_int_member (b, "end", get_int (q, "end"));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "voices");
  json_builder_begin_array (b);
  for (guint i = 0; i < voice_order->len; i++)
    {
      const char *name = g_ptr_array_index (voice_order, i);

      json_builder_begin_object (b);
      add_string_member (b, "name", name);
      add_int_member (b, "quotes", GPOINTER_TO_INT (g_hash_table_lookup (voices, name)));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  for (guint i = 0; claims != NULL && i < json_array_get_length (claims); i++)
    {
      JsonObject *c = array_object (claims, i);
      const char *attribution = get_string (c, "attribution");
      JsonArray *words = get_array (c, "loaded");
      JsonArray *hedges = get_array (c, "hedges");

      for (guint k = 0; attribution != NULL && k < G_N_ELEMENTS (attributions); k++)
        if (g_str_equal (attribution, attributions[k]))
          counts[k]++;
      if (hedges != NULL && json_array_get_length (hedges) > 0)
        hedged++;
      for (guint k = 0; words != NULL && k < json_array_get_length (words); k++)
        {
          JsonObject *w = array_object (words, k);
          char *word = span_text (s->chars, get_int (w, "start"), get_int (w, "end"));

          if (g_hash_table_add (loaded, word))
            g_ptr_array_add (loaded_order, word);
        }
    }
  json_builder_set_member_name (b, "claims_by_attribution");
  json_builder_begin_object (b);
  for (guint k = 0; k < G_N_ELEMENTS (attributions); k++)
    add_int_member (b, attributions[k], counts[k]);
  json_builder_end_object (b);
  add_int_member (b, "claims", claims != NULL ? json_array_get_length (claims) : 0);
  add_int_member (b, "hedged_claims", hedged);
  json_builder_set_member_name (b, "loaded_words");
  json_builder_begin_array (b);
  for (guint i = 0; i < loaded_order->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (loaded_order, i));
  json_builder_end_array (b);
}

/* For each claim of @a, the claim of @b that reports the same thing, or -1:
 * the most content words in common, at least three and half the shorter
 * claim's; found through an index of @b's words, not by trying every pair */
static GArray *
align_claims (Side *a,
              Side *b)
{
  g_autoptr (GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_array_unref);
  GArray *match = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GArray) taken = g_array_new (FALSE, TRUE, sizeof (gboolean));

  g_array_set_size (taken, b->claim_words->len);
  for (guint j = 0; j < b->claim_words->len; j++)
    {
      GHashTableIter iter;
      gpointer word;

      g_hash_table_iter_init (&iter, g_ptr_array_index (b->claim_words, j));
      while (g_hash_table_iter_next (&iter, &word, NULL))
        {
          GArray *list = g_hash_table_lookup (index, word);

          if (list == NULL)
            g_hash_table_insert (index, word, list = g_array_new (FALSE, FALSE, sizeof (guint)));
          g_array_append_val (list, j);
        }
    }
  for (guint i = 0; i < a->claim_words->len; i++)
    {
      GHashTable *words = g_ptr_array_index (a->claim_words, i);
      g_autoptr (GHashTable) shared = g_hash_table_new (g_direct_hash, g_direct_equal);
      GHashTableIter iter;
      gpointer word, key, value;
      int best = -1;
      double best_score = 0;

      g_hash_table_iter_init (&iter, words);
      while (g_hash_table_iter_next (&iter, &word, NULL))
        {
          GArray *list = g_hash_table_lookup (index, word);

          for (guint k = 0; list != NULL && k < list->len; k++)
            {
              guint j = g_array_index (list, guint, k);

              g_hash_table_insert (shared, GUINT_TO_POINTER (j + 1),
                                   GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (shared, GUINT_TO_POINTER (j + 1))) + 1));
            }
        }
      g_hash_table_iter_init (&iter, shared);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          guint j = GPOINTER_TO_UINT (key) - 1;
          guint n = GPOINTER_TO_UINT (value);
          guint shorter = MIN (g_hash_table_size (words),
                               g_hash_table_size (g_ptr_array_index (b->claim_words, j)));
          double score = (double) n / MAX (shorter, 1);

          if (n >= 3 && score >= 0.5 && !g_array_index (taken, gboolean, j)
              && (score > best_score || (score == best_score && (int) j < best)))
            best = j, best_score = score;
        }
      if (best >= 0)
        g_array_index (taken, gboolean, best) = TRUE;
      g_array_append_val (match, best);
    }
  return match;
}

static void
add_claim (JsonBuilder *b,
           Side        *s,
           int          i)
{
  JsonObject *c;

  if (i < 0)
    {
      json_builder_add_null_value (b);
      return;
    }
  c = array_object (get_array (s->root, "claims"), i);
  json_builder_begin_object (b);
  add_string_member (b, "text", g_ptr_array_index (s->claim_texts, i));
  add_string_member (b, "attribution", get_string (c, "attribution"));
  add_string_member (b, "source", get_string (c, "source_name"));
  add_int_member (b, "start", get_int (c, "start"));
  add_int_member (b, "end", get_int (c, "end"));
  json_builder_end_object (b);
}

/* A meeting's people as the entries they are, sorted: two reports of one
 * meeting name the same set */
static char *
meeting_signature (People     *p,
                   gint64      article,
                   JsonObject *m)
{
  JsonArray *participants = get_array (m, "participants");
  g_autoptr (GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  GString *sig = g_string_new (NULL);

  for (guint i = 0; participants != NULL && i < json_array_get_length (participants); i++)
    {
      JsonObject *part = array_object (participants, i);
      Occ *o = people_lookup (p, article, get_string (part, "entity"));

      g_ptr_array_add (keys, o != NULL ? g_strdup (o->cluster->key)
                                       : byline_people_fold_name (get_string (part, "name"), "ORG"));
    }
  g_ptr_array_sort (keys, compare_strings);
  for (guint i = 0; i < keys->len; i++)
    g_string_append_printf (sig, "%s\n", (char *) g_ptr_array_index (keys, i));
  return g_string_free (sig, FALSE);
}

static void
add_meeting_side (JsonBuilder *b,
                  Side        *s,
                  JsonObject  *m)
{
  JsonArray *evidence;
  JsonObject *first;
  g_autofree char *passage = NULL;

  if (m == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }
  evidence = get_array (m, "evidence");
  first = evidence != NULL && json_array_get_length (evidence) > 0 ? array_object (evidence, 0) : NULL;
  passage = span_text (s->chars, get_int (first, "start"), get_int (first, "end"));
  json_builder_begin_object (b);
  add_string_member (b, "date", get_string (m, "date"));
  add_string_member (b, "status", get_string (m, "status"));
  add_string_member (b, "place", get_string (get_object (m, "place"), "name"));
  add_int_member (b, "start", get_int (first, "start"));
  add_int_member (b, "end", get_int (first, "end"));
  add_string_member (b, "evidence", passage);
  json_builder_end_object (b);
}

static void
add_meeting_names (JsonBuilder *b,
                   People      *p,
                   gint64       article,
                   JsonObject  *m)
{
  JsonArray *participants = get_array (m, "participants");

  json_builder_begin_array (b);
  for (guint i = 0; participants != NULL && i < json_array_get_length (participants); i++)
    {
      JsonObject *part = array_object (participants, i);
      Occ *o = people_lookup (p, article, get_string (part, "entity"));

      json_builder_add_string_value (b, o != NULL ? o->cluster->name : get_string (part, "name"));
    }
  json_builder_end_array (b);
}

/* The meetings of both, aligned: those of one people on one date (or with
 * no date on one side) together, then each side's own */
static void
add_meetings (JsonBuilder *b,
              People      *p,
              Side        *a,
              Side        *s)
{
  JsonArray *ma = get_array (a->root, "meetings");
  JsonArray *mb = get_array (s->root, "meetings");
  guint na = ma != NULL ? json_array_get_length (ma) : 0;
  guint nb = mb != NULL ? json_array_get_length (mb) : 0;
  g_autoptr (GPtrArray) sig_b = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) taken = g_array_new (FALSE, TRUE, sizeof (gboolean));

  g_array_set_size (taken, nb);
  for (guint j = 0; j < nb; j++)
    g_ptr_array_add (sig_b, meeting_signature (p, s->id, array_object (mb, j)));
  json_builder_begin_array (b);
  for (guint i = 0; i < na; i++)
    {
      JsonObject *m = array_object (ma, i);
      g_autofree char *sig = meeting_signature (p, a->id, m);
      const char *date = get_string (m, "date");
      JsonObject *other = NULL;

      for (guint j = 0; j < nb && other == NULL; j++)
        {
          const char *other_date = get_string (array_object (mb, j), "date");

          if (!g_array_index (taken, gboolean, j) && g_str_equal (sig, g_ptr_array_index (sig_b, j))
              && (date == NULL || other_date == NULL || g_str_equal (date, other_date)))
            {
              other = array_object (mb, j);
              g_array_index (taken, gboolean, j) = TRUE;
            }
        }
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "people");
      add_meeting_names (b, p, a->id, m);
      json_builder_set_member_name (b, "a");
      add_meeting_side (b, a, m);
      json_builder_set_member_name (b, "b");
      add_meeting_side (b, s, other);
      json_builder_end_object (b);
    }
  for (guint j = 0; j < nb; j++)
    {
      if (g_array_index (taken, gboolean, j))
        continue;
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "people");
      add_meeting_names (b, p, s->id, array_object (mb, j));
      json_builder_set_member_name (b, "a");
      json_builder_add_null_value (b);
      json_builder_set_member_name (b, "b");
      add_meeting_side (b, s, array_object (mb, j));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* The entries one side names and the other does not */
static void
add_only_people (JsonBuilder *b,
                 People      *p,
                 Side        *s,
                 Side        *other)
{
  json_builder_begin_array (b);
  for (guint i = 0; i < p->clusters->len; i++)
    {
      Cluster *c = g_ptr_array_index (p->clusters, i);

      if (g_hash_table_contains (s->keys, c) && !g_hash_table_contains (other->keys, c))
        json_builder_add_string_value (b, c->name);
    }
  json_builder_end_array (b);
}

/**
 * byline_store_compare:
 *
 * Two reports side by side.
 *
 * Returns: {articles: [A, B] each {id, title, dateline, outlet, quotes[]
 *   {speaker, kind, text, via, start, end}, voices[] {name, quotes},
 *   claims_by_attribution {named_person, named_org, state_media, media,
 *   anonymous, unattributed}, claims, hedged_claims, loaded_words[]},
 *   shared_people[] {name, type, mentions [a, b]}, only_people [[a's], [b's]],
 *   meetings[] {people[], a, b} (a or b null when only the other reports it),
 *   claims[] {a, b} (each {text, attribution, source, start, end} or null):
 *   A's claims in order, each with the claim of B that reports the same, then
 *   B's own}
 */
JsonNode *
byline_store_compare (BylineStore *self,
                      gint64       a,
                      gint64       b,
                      GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (JsonBuilder) jb = json_builder_new ();
  g_autoptr (GArray) match = NULL;
  g_autoptr (GArray) matched = NULL;
  Side sa = { 0 }, sb = { 0 };
  JsonNode *result = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if ((p = _byline_people_load (self, NULL, error)) == NULL)
    return NULL;
  if (!side_load (self, p, a, &sa, error) || !side_load (self, p, b, &sb, error))
    goto out;

  json_builder_begin_object (jb);
  json_builder_set_member_name (jb, "articles");
  json_builder_begin_array (jb);
  json_builder_begin_object (jb);
  add_sourcing (jb, &sa);
  json_builder_end_object (jb);
  json_builder_begin_object (jb);
  add_sourcing (jb, &sb);
  json_builder_end_object (jb);
  json_builder_end_array (jb);

  json_builder_set_member_name (jb, "shared_people");
  json_builder_begin_array (jb);
  for (guint i = 0; i < p->clusters->len; i++)
    {
      Cluster *c = g_ptr_array_index (p->clusters, i);

      if (!g_hash_table_contains (sa.keys, c) || !g_hash_table_contains (sb.keys, c))
        continue;
      json_builder_begin_object (jb);
      add_string_member (jb, "name", c->name);
      add_string_member (jb, "type", c->type);
      json_builder_set_member_name (jb, "mentions");
      json_builder_begin_array (jb);
      json_builder_add_int_value (jb, GPOINTER_TO_INT (g_hash_table_lookup (sa.keys, c)));
      json_builder_add_int_value (jb, GPOINTER_TO_INT (g_hash_table_lookup (sb.keys, c)));
      json_builder_end_array (jb);
      json_builder_end_object (jb);
    }
  json_builder_end_array (jb);
  json_builder_set_member_name (jb, "only_people");
  json_builder_begin_array (jb);
  add_only_people (jb, p, &sa, &sb);
  add_only_people (jb, p, &sb, &sa);
  json_builder_end_array (jb);

  json_builder_set_member_name (jb, "meetings");
  add_meetings (jb, p, &sa, &sb);

  match = align_claims (&sa, &sb);
  matched = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_array_set_size (matched, sb.claim_words->len);
  json_builder_set_member_name (jb, "claims");
  json_builder_begin_array (jb);
  for (guint i = 0; i < match->len; i++)
    {
      int j = g_array_index (match, int, i);

      if (j >= 0)
        g_array_index (matched, gboolean, j) = TRUE;
      json_builder_begin_object (jb);
      json_builder_set_member_name (jb, "a");
      add_claim (jb, &sa, i);
      json_builder_set_member_name (jb, "b");
      add_claim (jb, &sb, j);
      json_builder_end_object (jb);
    }
  for (guint j = 0; j < matched->len; j++)
    {
      if (g_array_index (matched, gboolean, j))
        continue;
      json_builder_begin_object (jb);
      json_builder_set_member_name (jb, "a");
      add_claim (jb, &sa, -1);
      json_builder_set_member_name (jb, "b");
      add_claim (jb, &sb, j);
      json_builder_end_object (jb);
    }
  json_builder_end_array (jb);
  json_builder_end_object (jb);
  result = json_builder_get_root (jb);
out:
  side_clear (&sa);
  side_clear (&sb);
  return result;
}

static int
compare_sides (gconstpointer a,
               gconstpointer b)
{
  const Side *x = *(Side *const *) a, *y = *(Side *const *) b;
  int c = g_strcmp0 (x->dateline != NULL ? x->dateline : "~", y->dateline != NULL ? y->dateline : "~");

  return c != 0 ? c : (x->id > y->id) - (x->id < y->id);
}

static void
side_free (Side *s)
{
  side_clear (s);
  g_free (s);
}

typedef struct
{
  JsonObject *meeting;   /* the first report's, borrowed */
  gint64      article;
  GArray     *articles;  /* gint64 */
} SharedMeeting;

static void
shared_meeting_free (SharedMeeting *m)
{
  g_array_unref (m->articles);
  g_free (m);
}

static int
compare_shared_meetings (gconstpointer a,
                         gconstpointer b)
{
  const SharedMeeting *x = *(SharedMeeting *const *) a, *y = *(SharedMeeting *const *) b;

  return (int) y->articles->len - (int) x->articles->len;
}

typedef struct
{
  Cluster *cluster;
  GArray  *ids;   /* gint64: the articles naming it */
} Named;

static void
named_free (Named *n)
{
  g_array_unref (n->ids);
  g_free (n);
}

static int
compare_named (gconstpointer a,
               gconstpointer b)
{
  const Named *x = *(Named *const *) a, *y = *(Named *const *) b;

  return (int) y->ids->len - (int) x->ids->len;
}

/**
 * byline_store_compare_tag:
 *
 * A tag's reports side by side: each one's sourcing, the meetings and the
 * people they report.
 *
 * Returns: {tag, articles: [sourcing as in byline_store_compare (), oldest
 *   first], meetings: [{people[], date, place, status, articles[]}] (those
 *   reported by most articles first), people: [{name, type, articles[]}]
 *   (those named by two articles or more, most first)}
 */
JsonNode *
byline_store_compare_tag (BylineStore *self,
                          const char  *tag,
                          GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (GPtrArray) sides = g_ptr_array_new_with_free_func ((GDestroyNotify) side_free);
  g_autoptr (GHashTable) meetings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify) shared_meeting_free);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (tag != NULL, NULL);

  /* the entries of the whole library, so that a name is the same as elsewhere */
  if ((p = _byline_people_load (self, NULL, error)) == NULL)
    return NULL;
  stmt = prepare (self, "SELECT id FROM articles WHERE id IN " TAG_ARTICLES, error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, tag);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Side *s = g_new0 (Side, 1);

      g_ptr_array_add (sides, s);
      if (!side_load (self, p, sqlite3_column_int64 (stmt, 0), s, error))
        return NULL;
    }
  if (rc != SQLITE_DONE)
    {
      _byline_store_set_db_error (self, error, rc, _("read the library"));
      return NULL;
    }
  if (sides->len < 2)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("fewer than two articles have the tag “%s”"), tag);
      return NULL;
    }
  g_ptr_array_sort (sides, compare_sides);

  /* the meetings: one entry for the same people on the same date */
  for (guint i = 0; i < sides->len; i++)
    {
      Side *s = g_ptr_array_index (sides, i);
      JsonArray *list = get_array (s->root, "meetings");

      for (guint j = 0; list != NULL && j < json_array_get_length (list); j++)
        {
          JsonObject *m = array_object (list, j);
          g_autofree char *sig = meeting_signature (p, s->id, m);
          char *full = g_strconcat (get_string (m, "date") != NULL ? get_string (m, "date") : "-", "\n", sig, NULL);
          SharedMeeting *shared = g_hash_table_lookup (meetings, full);

          if (shared == NULL)
            {
              shared = g_new0 (SharedMeeting, 1);
              shared->meeting = m;
              shared->article = s->id;
              shared->articles = g_array_new (FALSE, FALSE, sizeof (gint64));
              g_hash_table_insert (meetings, full, shared);
              g_ptr_array_add (order, shared);
            }
          else
            g_free (full);
          if (shared->articles->len == 0
              || g_array_index (shared->articles, gint64, shared->articles->len - 1) != s->id)
            g_array_append_val (shared->articles, s->id);
        }
    }

  json_builder_begin_object (b);
  add_string_member (b, "tag", tag);
  json_builder_set_member_name (b, "articles");
  json_builder_begin_array (b);
  for (guint i = 0; i < sides->len; i++)
    {
      json_builder_begin_object (b);
      add_sourcing (b, g_ptr_array_index (sides, i));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "meetings");
  json_builder_begin_array (b);
  /* most reported first; among equals, in the order the articles came (a stable sort) */
  g_ptr_array_sort (order, compare_shared_meetings);
  for (guint i = 0; i < order->len; i++)
      {
        SharedMeeting *m = g_ptr_array_index (order, i);

        json_builder_begin_object (b);
        json_builder_set_member_name (b, "people");
        {
          JsonArray *participants = get_array (m->meeting, "participants");

          json_builder_begin_array (b);
          for (guint k = 0; participants != NULL && k < json_array_get_length (participants); k++)
            {
              JsonObject *part = array_object (participants, k);
              Occ *o = people_lookup (p, m->article, get_string (part, "entity"));
              const char *name = o != NULL ? o->cluster->name : get_string (part, "name");

              json_builder_add_string_value (b, name != NULL ? name : "?");
            }
          json_builder_end_array (b);
        }
        add_string_member (b, "date", get_string (m->meeting, "date"));
        add_string_member (b, "place", get_string (get_object (m->meeting, "place"), "name"));
        add_string_member (b, "status", get_string (m->meeting, "status"));
        json_builder_set_member_name (b, "articles");
        json_builder_begin_array (b);
        for (guint k = 0; k < m->articles->len; k++)
          json_builder_add_int_value (b, g_array_index (m->articles, gint64, k));
        json_builder_end_array (b);
        json_builder_end_object (b);
      }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "people");
  json_builder_begin_array (b);
  {
    /* each entry's articles once, then those named by most first */
    g_autoptr (GPtrArray) named = g_ptr_array_new_with_free_func ((GDestroyNotify) named_free);

    for (guint i = 0; i < p->clusters->len; i++)
      {
        Cluster *c = g_ptr_array_index (p->clusters, i);
        Named *n;

        if (g_str_equal (c->type, "NORP"))
          continue;
        n = g_new0 (Named, 1);
        n->cluster = c;
        n->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
        for (guint k = 0; k < sides->len; k++)
          {
            Side *side = g_ptr_array_index (sides, k);

            if (g_hash_table_contains (side->keys, c))
              g_array_append_val (n->ids, side->id);
          }
        if (n->ids->len >= 2)
          g_ptr_array_add (named, n);
        else
          named_free (n);
      }
    g_ptr_array_sort (named, compare_named);
    for (guint i = 0; i < named->len; i++)
      {
        Named *n = g_ptr_array_index (named, i);

        json_builder_begin_object (b);
        add_string_member (b, "name", n->cluster->name);
        add_string_member (b, "type", n->cluster->type);
        json_builder_set_member_name (b, "articles");
        json_builder_begin_array (b);
        for (guint k = 0; k < n->ids->len; k++)
          json_builder_add_int_value (b, g_array_index (n->ids, gint64, k));
        json_builder_end_array (b);
        json_builder_end_object (b);
      }
  }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
