/* byline-people.c: people across the library's articles: one entry each
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Overview. The entities indexed by byline-people-index.c, each with a key
 * (its name folded: byline_people_fold_name), grouped into entries: one
 * person across articles. Entities of one type with one key are one entry;
 * a surname alone ("Lavrov") or an initial ("S. Lavrov") joins the one entry
 * with that surname, when there is exactly one. The reader's merges and
 * splits are rows of people_links: a key that points to another key (merged
 * into it), or to '' (split: an entry of its own, joined by no surname).
 * Grouping is done in memory on each read: linear in the number of indexed
 * entities (about 25 000 for 1 000 articles). Here too: the list of people,
 * a person's page, merge and split; byline-people-timeline.c has the
 * timeline and the meetings graph. */

#define G_LOG_DOMAIN "byline-people"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "byline-people-private.h"

static const char *
last_word (const char *key)
{
  const char *space = strrchr (key, ' ');

  return space != NULL ? space + 1 : key;
}

/* Grouping */


static void
cluster_free (Cluster *c)
{
  g_free (c->key);
  g_free (c->type);
  g_free (c->name);
  g_ptr_array_unref (c->occs);
  g_free (c);
}

static void
article_info_free (ArticleInfo *a)
{
  g_free (a->title);
  g_free (a->dateline);
  g_free (a);
}

void
_byline_people_free (People *p)
{
  g_clear_pointer (&p->by_ref, g_hash_table_unref);
  g_clear_pointer (&p->articles, g_hash_table_unref);
  g_clear_pointer (&p->clusters, g_ptr_array_unref);
  g_clear_pointer (&p->all, g_ptr_array_unref);
  g_clear_pointer (&p->occs, g_ptr_array_unref);
  g_clear_pointer (&p->strings, g_string_chunk_free);
  g_free (p);
}


/* The key of one spelling, for a split that keeps it from others that fold
 * the same ("Sergey Volkov" from "Sergei Volkov") */
static char *
spelling_key (const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);

  return g_strconcat ("~", lower, NULL);
}

/* A column's text kept in @chunk; @shared: one copy for equal texts (types,
 * roles, countries) */
static char *
chunk_dup (GStringChunk *chunk,
           sqlite3_stmt *stmt,
           int           column,
           gboolean      shared)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (text == NULL)
    return NULL;
  return shared ? g_string_chunk_insert_const (chunk, text) : g_string_chunk_insert (chunk, text);
}

/* a key as the reader's links make it: merged into another, or alone */
static const char *
resolve_key (GHashTable *links,
             const char *vkey,
             gboolean   *alone)
{
  const char *key = vkey;

  *alone = FALSE;
  for (int i = 0; i < 8; i++)
    {
      const char *target = g_hash_table_lookup (links, key);

      if (target == NULL)
        break;
      if (*target == '\0')
        {
          *alone = TRUE;
          break;
        }
      key = target;
    }
  return key;
}

static int
compare_clusters (gconstpointer a,
                  gconstpointer b)
{
  const Cluster *x = *(Cluster *const *) a, *y = *(Cluster *const *) b;

  if (x->occs->len != y->occs->len)
    return x->occs->len > y->occs->len ? -1 : 1;
  return g_utf8_collate (x->name, y->name);
}

/* The name an entry shows: the most frequent spelling among its fullest names */
static void
name_cluster (Cluster *c)
{
  g_autoptr (GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  guint best_words = 0, best_count = 0;
  const char *best = NULL;

  for (guint i = 0; i < c->occs->len; i++)
    {
      Occ *o = g_ptr_array_index (c->occs, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, o->name)) + 1;
      guint words = 1;

      for (const char *s = o->vkey; *s != '\0'; s++)
        words += *s == ' ';
      g_hash_table_insert (counts, o->name, GUINT_TO_POINTER (count));
      if (words > best_words || (words == best_words && count > best_count)
          || (words == best_words && count == best_count && strcmp (o->name, best) < 0))
        best = o->name, best_words = words, best_count = count;
    }
  c->name = g_strdup (best);
}

People *
_byline_people_load (BylineStore *self,
             const char  *tag,
             GError     **error)
{
  g_autoptr (People) p = g_new0 (People, 1);
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GHashTable) links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) surnames = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GString) group = g_string_new (NULL);
  g_autofree char *exact = NULL;
  gboolean spellings = FALSE;
  int rc;

  if (!byline_store_refresh_people (self, error))
    return NULL;
  p->occs = g_ptr_array_new_with_free_func (g_free);
  p->strings = g_string_chunk_new (64 * 1024);
  p->all = g_ptr_array_new_with_free_func ((GDestroyNotify) cluster_free);
  p->clusters = g_ptr_array_new ();
  p->by_ref = g_hash_table_new (g_int64_hash, g_int64_equal);
  p->articles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify) article_info_free);

  stmt = prepare (self, "SELECT vkey, target FROM people_links", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      spellings |= sqlite3_column_text (stmt, 0)[0] == '~';
      g_hash_table_insert (links, column_dup (stmt, 0), column_dup (stmt, 1));
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = prepare (self, tag == NULL ? "SELECT id, title, dateline FROM articles"
                                    : "SELECT id, title, dateline FROM articles WHERE id IN "
                                      TAG_ARTICLES, error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, tag);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ArticleInfo *a = g_new0 (ArticleInfo, 1);

      a->title = column_dup (stmt, 1);
      a->dateline = column_dup (stmt, 2);
      g_hash_table_insert (p->articles, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) },
                                                   sizeof (gint64)), a);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = prepare (self, tag == NULL
                  ? "SELECT article, eid, type, name, vkey, role, affiliation, mentions, quotes, "
                    "claims FROM x_entities ORDER BY article, start"
                  : "SELECT article, eid, type, name, vkey, role, affiliation, mentions, quotes, "
                    "claims FROM x_entities WHERE article IN " TAG_ARTICLES
                    " ORDER BY article, start", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, tag);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Occ *o = g_new0 (Occ, 1);
      const char *key;
      gboolean alone;
      Cluster *c;

      o->article = sqlite3_column_int64 (stmt, 0);
      o->eid = chunk_dup (p->strings, stmt, 1, FALSE);
      o->type = chunk_dup (p->strings, stmt, 2, TRUE);
      o->name = chunk_dup (p->strings, stmt, 3, FALSE);
      o->vkey = chunk_dup (p->strings, stmt, 4, FALSE);
      o->role = chunk_dup (p->strings, stmt, 5, TRUE);
      o->affiliation = chunk_dup (p->strings, stmt, 6, TRUE);
      o->mentions = sqlite3_column_int (stmt, 7);
      o->quotes = sqlite3_column_int (stmt, 8);
      o->claims = sqlite3_column_int (stmt, 9);
      o->ref = ref_of (o->article, o->eid);
      g_ptr_array_add (p->occs, o);
      if (o->ref >= 0)
        g_hash_table_insert (p->by_ref, &o->ref, o);

      /* a spelling the reader split off from others of the same key */
      if (spellings)
        {
          g_free (exact);
          exact = spelling_key (o->name);
        }
      key = resolve_key (links, spellings && g_hash_table_contains (links, exact) ? exact : o->vkey, &alone);
      g_string_printf (group, "%s\t%s", o->type, key);
      c = g_hash_table_lookup (groups, group->str);
      if (c == NULL)
        {
          c = g_new0 (Cluster, 1);
          c->key = g_strdup (key);
          c->type = g_strdup (o->type);
          c->occs = g_ptr_array_new ();
          g_ptr_array_add (p->all, c);
          g_hash_table_insert (groups, g_strdup (group->str), c);
        }
      c->alone |= alone;
      o->cluster = c;
      g_ptr_array_add (c->occs, o);
    }
  if (rc != SQLITE_DONE)
    {
      _byline_store_set_db_error (self, error, rc, _("read the library"));
      return NULL;
    }
  /* a surname alone, or an initial and a surname, joins the one full name
   * with that surname: "surname" -> the entry, or the entry's own table
   * pointer marking two of them */
  for (guint i = 0; i < p->all->len; i++)
    {
      Cluster *c = g_ptr_array_index (p->all, i);
      const char *surname;
      gpointer seen;

      if (c->alone || !g_str_equal (c->type, "PERSON") || strchr (c->key, ' ') == NULL
          || strlen (c->key) - strlen (last_word (c->key)) <= 2)
        continue;
      surname = last_word (c->key);
      if (g_hash_table_lookup_extended (surnames, surname, NULL, &seen))
        g_hash_table_insert (surnames, (gpointer) surname, NULL);   /* two people */
      else
        g_hash_table_insert (surnames, (gpointer) surname, c);
    }
  for (guint i = 0; i < p->all->len; i++)
    {
      Cluster *c = g_ptr_array_index (p->all, i);
      const char *space = strchr (c->key, ' ');
      Cluster *into;

      if (c->alone || !g_str_equal (c->type, "PERSON")
          || (space != NULL && (space - c->key != 1 || strchr (space + 1, ' ') != NULL)))
        continue;
      into = g_hash_table_lookup (surnames, last_word (c->key));
      if (into == NULL || into == c || (space != NULL && into->key[0] != c->key[0]))
        continue;
      c->into = into;
      for (guint j = 0; j < c->occs->len; j++)
        {
          Occ *o = g_ptr_array_index (c->occs, j);

          o->cluster = into;
          g_ptr_array_add (into->occs, o);
        }
    }
  for (guint i = 0; i < p->all->len; i++)
    {
      Cluster *c = g_ptr_array_index (p->all, i);

      if (c->into == NULL)
        {
          name_cluster (c);
          g_ptr_array_add (p->clusters, c);
        }
    }
  g_ptr_array_sort (p->clusters, compare_clusters);
  return g_steal_pointer (&p);
}

/* The entry a reader's name finds: by its key, a spelling of its own, or
 * any name that folds to a key of its own; a person first */
Cluster *
_byline_people_find_cluster (People     *p,
                             const char *name)
{
  g_autofree char *key = byline_people_fold_name (name, "PERSON");
  g_autofree char *plain = byline_people_fold_name (name, "ORG");
  Cluster *found = NULL;

  /* an entry's own name, then a spelling as written, then a name that folds the same */
  for (guint pass = 0; pass < 3 && found == NULL; pass++)
    for (guint i = 0; i < p->occs->len; i++)
      {
        Occ *o = g_ptr_array_index (p->occs, i);
        Cluster *c = o->cluster;
        gboolean match = pass == 0 ? g_utf8_collate (c->name, name) == 0
                         : pass == 1 ? g_utf8_collate (o->name, name) == 0
                         : g_str_equal (c->key, key) || g_str_equal (o->vkey, key) || g_str_equal (o->vkey, plain);

        if (!match)
          continue;
        if (g_str_equal (c->type, "PERSON"))
          return c;
        if (found == NULL)
          found = c;
      }
  if (found != NULL || strchr (key, ' ') != NULL)
    return found;
  /* a surname alone: the one person of that surname */
  for (guint i = 0; i < p->clusters->len; i++)
    {
      Cluster *c = g_ptr_array_index (p->clusters, i);

      if (!g_str_equal (c->type, "PERSON") || !g_str_equal (last_word (c->key), key))
        continue;
      if (found != NULL)
        return NULL;
      found = c;
    }
  return found;
}

gboolean
_byline_people_set_not_found (GError    **error,
                              const char *name)
{
  g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
               _("no one called “%s” in the library"), name);
  return FALSE;
}

/* Views */

void
_byline_people_add_article_members (JsonBuilder       *b,
                                    People            *p,
                                    gint64             article)
{
  const ArticleInfo *info = people_article (p, article);

  json_builder_set_member_name (b, "article");
  json_builder_add_int_value (b, article);
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, info != NULL ? info->title : NULL);
  json_builder_set_member_name (b, "dateline");
  json_builder_add_string_value (b, info != NULL ? info->dateline : NULL);
}


static void
add_cluster_summary (JsonBuilder *b,
                     Cluster     *c)
{
  g_autoptr (GHashTable) articles = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) sourced = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) variants = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  int mentions = 0, quotes = 0;

  for (guint i = 0; i < c->occs->len; i++)
    {
      Occ *o = g_ptr_array_index (c->occs, i);

      g_hash_table_add (articles, &o->article);
      if (o->quotes > 0 || o->claims > 0)
        g_hash_table_add (sourced, &o->article);
      if (g_hash_table_add (variants, o->name))
        g_ptr_array_add (names, o->name);
      mentions += o->mentions;
      quotes += o->quotes;
    }
  g_ptr_array_sort (names, compare_strings);
  add_string_member (b, "key", c->key);
  add_string_member (b, "name", c->name);
  add_string_member (b, "type", c->type);
  json_builder_set_member_name (b, "variants");
  json_builder_begin_array (b);
  for (guint i = 0; i < names->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (names, i));
  json_builder_end_array (b);
  add_int_member (b, "articles", g_hash_table_size (articles));
  add_int_member (b, "mentions", mentions);
  add_int_member (b, "quote_count", quotes);
  /* articles where they are a named source, and where they are only mentioned */
  add_int_member (b, "source_in", g_hash_table_size (sourced));
  add_int_member (b, "mentioned_in", g_hash_table_size (articles) - g_hash_table_size (sourced));
}

/**
 * byline_store_list_people:
 * @type: (nullable): "PERSON", "ORG", "PLACE" or "NORP"; NULL for all
 *
 * Returns: an array of {key, name, type, variants[], articles, mentions,
 *   quote_count, source_in, mentioned_in}, those in most articles first
 */
JsonNode *
byline_store_list_people (BylineStore *self,
                          const char  *tag,
                          const char  *type,
                          GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  if ((p = _byline_people_load (self, tag, error)) == NULL)
    return NULL;
  json_builder_begin_array (b);
  for (guint i = 0; i < p->clusters->len; i++)
    {
      Cluster *c = g_ptr_array_index (p->clusters, i);

      if (type != NULL && g_ascii_strcasecmp (type, c->type) != 0)
        continue;
      json_builder_begin_object (b);
      add_cluster_summary (b, c);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return json_builder_get_root (b);
}

static int
compare_dated (gconstpointer a,
               gconstpointer b)
{
  JsonObject *x = json_node_get_object (*(JsonNode *const *) a);
  JsonObject *y = json_node_get_object (*(JsonNode *const *) b);
  const char *dx = get_string (x, "date"), *dy = get_string (y, "date");
  int c = g_strcmp0 (dx != NULL ? dx : "~", dy != NULL ? dy : "~");

  if (c != 0)
    return c;
  if (get_int (x, "article") != get_int (y, "article"))
    return get_int (x, "article") < get_int (y, "article") ? -1 : 1;
  return get_int (x, "start") < get_int (y, "start") ? -1 : get_int (x, "start") > get_int (y, "start");
}

/* @nodes sorted into an array */
JsonNode *
_byline_people_sorted_array (GPtrArray *nodes)
{
  JsonArray *array = json_array_sized_new (nodes->len);
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  g_ptr_array_sort (nodes, compare_dated);
  for (guint i = 0; i < nodes->len; i++)
    json_array_add_element (array, json_node_ref (g_ptr_array_index (nodes, i)));
  json_node_take_array (node, array);
  return node;
}

/* The names of a meeting's other people, each by its entry's name */
JsonNode *
_byline_people_meeting_people (People     *p,
                               gint64      article,
                               const char *who,
                               const char *names,
                               Cluster    *except)
{
  g_auto (GStrv) eids = g_strsplit (who, " ", -1);
  g_auto (GStrv) written = g_strsplit (names, "\n", -1);
  guint n_written = g_strv_length (written);
  JsonArray *array = json_array_new ();
  JsonNode *node;

  for (guint i = 0; eids[i] != NULL && *eids[i] != '\0'; i++)
    {
      Occ *o = people_lookup (p, article, eids[i]);

      if (o != NULL && o->cluster == except)
        continue;
      json_array_add_string_element (array, o != NULL ? o->cluster->name : n_written > i ? written[i] : "?");
    }
  node = json_node_init_array (json_node_alloc (), array);
  json_array_unref (array);
  return node;
}

/**
 * byline_store_get_person:
 *
 * Returns: an object: the fields of byline_store_list_people (), then
 *   roles[] {role, affiliation, article, title, dateline, date},
 *   quotes[] {article, title, dateline, date, kind, start, end, text, via},
 *   meetings[] {article, title, dateline, date, status, place, with[],
 *   start, end, evidence}; each sorted by date
 */
JsonNode *
byline_store_get_person (BylineStore *self,
                         const char  *name,
                         GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (GPtrArray) roles = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr (GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr (GPtrArray) meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr (sqlite3_stmt) q = NULL;
  g_autoptr (sqlite3_stmt) m = NULL;
  g_autoptr (GHashTable) done = g_hash_table_new (g_int64_hash, g_int64_equal);
  Cluster *c;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if ((p = _byline_people_load (self, NULL, error)) == NULL)
    return NULL;
  if ((c = _byline_people_find_cluster (p, name)) == NULL)
    {
      _byline_people_set_not_found (error, name);
      return NULL;
    }
  q = prepare (self, "SELECT kind, start, end, text, via FROM x_quotes WHERE article = ? AND eid = ? "
                     "ORDER BY start", error);
  m = q == NULL ? NULL : prepare (self, "SELECT date, status, place, who, names, start, end, passage "
                                        "FROM x_events WHERE article = ? AND kind = 'meeting' "
                                        "ORDER BY start", error);
  if (m == NULL)
    return NULL;
  for (guint i = 0; i < c->occs->len; i++)
    {
      Occ *o = g_ptr_array_index (c->occs, i);
      const ArticleInfo *info = people_article (p, o->article);
      g_autoptr (JsonBuilder) rb = json_builder_new ();

      if (o->role != NULL || o->affiliation != NULL)
        {
          json_builder_begin_object (rb);
          add_string_member (rb, "role", o->role);
          add_string_member (rb, "affiliation", o->affiliation);
          _byline_people_add_article_members (rb, p, o->article);
          add_string_member (rb, "date", info != NULL ? info->dateline : NULL);
          json_builder_end_object (rb);
          g_ptr_array_add (roles, json_builder_get_root (rb));
        }
      sqlite3_reset (q);
      sqlite3_bind_int64 (q, 1, o->article);
      bind_text (q, 2, o->eid);
      while (sqlite3_step (q) == SQLITE_ROW)
        {
          g_autoptr (JsonBuilder) qb = json_builder_new ();

          json_builder_begin_object (qb);
          _byline_people_add_article_members (qb, p, o->article);
          add_string_member (qb, "date", info != NULL ? info->dateline : NULL);
          add_string_member (qb, "kind", (const char *) sqlite3_column_text (q, 0));
          add_int_member (qb, "start", sqlite3_column_int64 (q, 1));
          add_int_member (qb, "end", sqlite3_column_int64 (q, 2));
          add_string_member (qb, "text", (const char *) sqlite3_column_text (q, 3));
          add_string_member (qb, "via", (const char *) sqlite3_column_text (q, 4));
          json_builder_end_object (qb);
          g_ptr_array_add (quotes, json_builder_get_root (qb));
        }
      /* an article's meetings once, though two of its entities are this person */
      if (!g_hash_table_add (done, &o->article))
        continue;
      sqlite3_reset (m);
      sqlite3_bind_int64 (m, 1, o->article);
      while (sqlite3_step (m) == SQLITE_ROW)
        {
          const char *who = (const char *) sqlite3_column_text (m, 3);
          g_auto (GStrv) eids = g_strsplit (who, " ", -1);
          g_autoptr (JsonBuilder) mb = NULL;
          gboolean in = FALSE;

          for (guint k = 0; eids[k] != NULL && !in; k++)
            {
              Occ *other = people_lookup (p, o->article, eids[k]);

              in = other != NULL && other->cluster == c;
            }
          if (!in)
            continue;
          mb = json_builder_new ();
          json_builder_begin_object (mb);
          _byline_people_add_article_members (mb, p, o->article);
          add_string_member (mb, "date", (const char *) sqlite3_column_text (m, 0));
          add_string_member (mb, "status", (const char *) sqlite3_column_text (m, 1));
          add_string_member (mb, "place", (const char *) sqlite3_column_text (m, 2));
          json_builder_set_member_name (mb, "with");
          json_builder_add_value (mb, _byline_people_meeting_people (p, o->article, who, (const char *) sqlite3_column_text (m, 4), c));
          add_int_member (mb, "start", sqlite3_column_int64 (m, 5));
          add_int_member (mb, "end", sqlite3_column_int64 (m, 6));
          add_string_member (mb, "evidence", (const char *) sqlite3_column_text (m, 7));
          json_builder_end_object (mb);
          g_ptr_array_add (meetings, json_builder_get_root (mb));
        }
    }
  json_builder_begin_object (b);
  add_cluster_summary (b, c);
  json_builder_set_member_name (b, "roles");
  json_builder_add_value (b, _byline_people_sorted_array (roles));
  json_builder_set_member_name (b, "quotes");
  json_builder_add_value (b, _byline_people_sorted_array (quotes));
  json_builder_set_member_name (b, "meetings");
  json_builder_add_value (b, _byline_people_sorted_array (meetings));
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static gboolean
set_link (BylineStore *self,
          const char  *vkey,
          const char  *target,
          GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = prepare (self, "INSERT OR REPLACE INTO people_links (vkey, target) "
                                                 "VALUES (?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, vkey);
  bind_text (stmt, 2, target);
  return run (self, stmt, error);
}

/**
 * byline_store_merge_people:
 *
 * Makes the entry @from names part of the one @into names, in every article,
 * now and for articles added later.
 */
gboolean
byline_store_merge_people (BylineStore *self,
                           const char  *from,
                           const char  *into,
                           GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  Cluster *a, *b;
  gboolean ok = TRUE;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (self != NULL, FALSE);

  if (byline_store_is_read_only (self))
    return refuse_read_only (self, error);
  if ((p = _byline_people_load (self, NULL, error)) == NULL)
    return FALSE;
  if ((a = _byline_people_find_cluster (p, from)) == NULL)
    return _byline_people_set_not_found (error, from);
  if ((b = _byline_people_find_cluster (p, into)) == NULL)
    return _byline_people_set_not_found (error, into);
  if (a == b)
    return TRUE;
  g_hash_table_add (keys, a->key);
  for (guint i = 0; i < a->occs->len; i++)
    g_hash_table_add (keys, ((Occ *) g_ptr_array_index (a->occs, i))->vkey);
  if (!_byline_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  g_hash_table_iter_init (&iter, keys);
  while (ok && g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_str_equal (key, b->key))
      ok = set_link (self, key, b->key, error);
  if (ok)
    return _byline_store_exec (self, "COMMIT", error);
  _byline_store_exec (self, "ROLLBACK", NULL);
  return FALSE;
}

/**
 * byline_store_split_person:
 * @variant: a spelling of the entry's, as listed in its variants
 *
 * Makes the articles that name the entry @variant's way an entry of their
 * own, which no surname joins; a merge into it is undone.
 */
gboolean
byline_store_split_person (BylineStore *self,
                           const char  *name,
                           const char  *variant,
                           GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  const char *vkey = NULL;
  g_autofree char *exact = NULL;
  gboolean shared = FALSE;
  Cluster *c;

  g_return_val_if_fail (self != NULL, FALSE);

  if (byline_store_is_read_only (self))
    return refuse_read_only (self, error);
  if ((p = _byline_people_load (self, NULL, error)) == NULL)
    return FALSE;
  if ((c = _byline_people_find_cluster (p, name)) == NULL)
    return _byline_people_set_not_found (error, name);
  for (guint i = 0; i < c->occs->len && vkey == NULL; i++)
    {
      Occ *o = g_ptr_array_index (c->occs, i);

      if (g_utf8_collate (o->name, variant) == 0)
        vkey = o->vkey;
    }
  if (vkey == NULL)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("“%s” is not a name of “%s” in the library"), variant, c->name);
      return FALSE;
    }
  /* another spelling folds to the same key: the split is of this spelling */
  for (guint i = 0; i < c->occs->len && !shared; i++)
    {
      Occ *o = g_ptr_array_index (c->occs, i);

      shared = g_str_equal (o->vkey, vkey) && g_utf8_collate (o->name, variant) != 0;
    }
  if (shared)
    vkey = exact = spelling_key (variant);
  if (!_byline_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  stmt = prepare (self, "DELETE FROM people_links WHERE target = ?1 AND vkey IS NOT ?1", error);
  if (stmt != NULL)
    bind_text (stmt, 1, vkey);
  if (stmt != NULL && run (self, stmt, error) && set_link (self, vkey, "", error))
    return _byline_store_exec (self, "COMMIT", error);
  _byline_store_exec (self, "ROLLBACK", NULL);
  return FALSE;
}
