/* byline-people-timeline.c: the library's dated events and who met whom
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Overview. The events indexed by byline-people-index.c (an article by its
 * dateline, its meetings, its dated claims) read back as a timeline, for
 * the library, a tag, a person, a country or one article; one meeting
 * reported by several articles is one event. The meetings graph links the
 * entries of byline-people.c (people, organisations, countries) that met,
 * each link with its meetings. */

#define G_LOG_DOMAIN "byline-people"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "byline-people-private.h"

/* Timeline */

static void
set_string (JsonObject *o,
            const char *name,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (o, name, value);
  else
    json_object_set_null_member (o, name);
}

static gboolean
event_about (People     *p,
             gint64      article,
             const char *who,
             const char *names,
             const char *place,
             Cluster    *person,
             const char *country)
{
  g_auto (GStrv) eids = g_strsplit (who != NULL ? who : "", " ", -1);

  if (person == NULL && country == NULL)
    return TRUE;
  if (person == NULL && place != NULL && g_utf8_collate (place, country) == 0)
    return TRUE;
  for (guint i = 0; eids[i] != NULL; i++)
    {
      Occ *o = people_lookup (p, article, eids[i]);

      if (o == NULL)
        continue;
      if (person != NULL && o->cluster == person)
        return TRUE;
      if (person == NULL && (g_utf8_collate (o->cluster->name, country) == 0
                             || (o->affiliation != NULL && g_utf8_collate (o->affiliation, country) == 0)))
        return TRUE;
    }
  if (person == NULL && names != NULL)
    {
      g_auto (GStrv) written = g_strsplit (names, "\n", -1);

      for (guint i = 0; written[i] != NULL; i++)
        if (g_utf8_collate (written[i], country) == 0)
          return TRUE;
    }
  return FALSE;
}

static JsonNode *
timeline (BylineStore *self,
          const char  *tag,
          gint64       article_id,
          const char  *person,
          const char  *country,
          const char  *kind,
          GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (GHashTable) naming = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Cluster *c = NULL;
  int rc;

  g_return_val_if_fail (self != NULL, NULL);

  if ((p = _byline_people_load (self, tag, error)) == NULL)
    return NULL;
  if (person != NULL && (c = _byline_people_find_cluster (p, person)) == NULL)
    {
      _byline_people_set_not_found (error, person);
      return NULL;
    }
  stmt = prepare (self, tag == NULL
                  ? "SELECT article, kind, date, start, end, label, status, place, who, names "
                    "FROM x_events WHERE date IS NOT NULL AND (?2 IS NULL OR kind = ?2) "
                    "AND (?3 = 0 OR article = ?3) ORDER BY date, article, start"
                  : "SELECT article, kind, date, start, end, label, status, place, who, names "
                    "FROM x_events WHERE date IS NOT NULL AND (?2 IS NULL OR kind = ?2) "
                    "AND (?3 = 0 OR article = ?3) AND article IN " TAG_ARTICLES
                    " ORDER BY date, article, start", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, tag);
  bind_text (stmt, 2, kind);
  sqlite3_bind_int64 (stmt, 3, article_id);
  /* the articles that name the person or country */
  if (c != NULL || country != NULL)
    for (guint i = 0; i < p->occs->len; i++)
      {
        Occ *o = g_ptr_array_index (p->occs, i);

        if (c != NULL ? o->cluster == c : g_utf8_collate (o->cluster->name, country) == 0)
          g_hash_table_add (naming, &o->article);
      }
  json_builder_begin_array (b);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 article = sqlite3_column_int64 (stmt, 0);
      const char *event_kind = (const char *) sqlite3_column_text (stmt, 1);
      const char *date = (const char *) sqlite3_column_text (stmt, 2);
      const char *who = (const char *) sqlite3_column_text (stmt, 8);
      const char *names = (const char *) sqlite3_column_text (stmt, 9);
      const char *place = (const char *) sqlite3_column_text (stmt, 7);
      g_autoptr (JsonNode) people_node = NULL;
      g_autofree char *label = NULL;
      g_autofree char *signature = NULL;
      JsonArray *also;

      if (!event_about (p, article, who, names, place, c, country)
          && !(g_str_equal (event_kind, "article") && g_hash_table_contains (naming, &article)))
        continue;
      people_node = _byline_people_meeting_people (p, article, who, names, NULL);
      if (g_str_equal (event_kind, "meeting"))
        {
          JsonArray *list = json_node_get_array (people_node);
          g_autoptr (GPtrArray) sorted = g_ptr_array_new ();
          GString *l = g_string_new (NULL);
          GString *sig = g_string_new (date);

          for (guint i = 0; i < json_array_get_length (list); i++)
            {
              const char *name = json_array_get_string_element (list, i);

              if (i > 0)
                g_string_append (l, i + 1 == json_array_get_length (list) ? _(" and ") : ", ");
              g_string_append (l, name);
              g_ptr_array_add (sorted, (gpointer) name);
            }
          if (place != NULL)
            g_string_append_printf (l, _(", in %s"), place);
          label = g_string_free (l, FALSE);
          /* one meeting reported by several articles is one event */
          g_ptr_array_sort (sorted, compare_strings);
          for (guint i = 0; i < sorted->len; i++)
            g_string_append_printf (sig, "\n%s", (char *) g_ptr_array_index (sorted, i));
          signature = g_string_free (sig, FALSE);
          if ((also = g_hash_table_lookup (seen, signature)) != NULL)
            {
              json_array_add_int_element (also, article);
              continue;
            }
        }
      json_builder_begin_object (b);
      add_string_member (b, "date", date);
      add_string_member (b, "kind", event_kind);
      _byline_people_add_article_members (b, p, article);
      add_int_member (b, "start", sqlite3_column_int64 (stmt, 3));
      add_int_member (b, "end", sqlite3_column_int64 (stmt, 4));
      add_string_member (b, "label", label != NULL ? label : (const char *) sqlite3_column_text (stmt, 5));
      add_string_member (b, "status", (const char *) sqlite3_column_text (stmt, 6));
      add_string_member (b, "place", place);
      json_builder_set_member_name (b, "people");
      json_builder_add_value (b, g_steal_pointer (&people_node));
      /* the other articles that report the same meeting */
      json_builder_set_member_name (b, "also_in");
      also = json_array_new ();
      if (signature != NULL)
        g_hash_table_insert (seen, g_steal_pointer (&signature), also);
      json_builder_add_value (b, json_node_init_array (json_node_alloc (), also));
      json_array_unref (also);   /* the event holds it; the table only points to it */
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  if (rc != SQLITE_DONE)
    {
      _byline_store_set_db_error (self, error, rc, _("read the library"));
      return NULL;
    }
  return json_builder_get_root (b);
}

/**
 * byline_store_timeline:
 * @person: (nullable): only events with this person in them
 * @country: (nullable): only events in, or with people of, this country
 * @kind: (nullable): "article", "meeting" or "claim"
 *
 * Returns: an array of dated events {date, kind, article, title, dateline,
 *   start, end, label, status, place, people[], also_in[]} sorted by date,
 *   then by article and place in it; events with no date are left out. One
 *   meeting (the same people on the same date) reported by several articles
 *   is one event, its other articles in also_in
 */
JsonNode *
byline_store_timeline (BylineStore *self,
                       const char  *tag,
                       const char  *person,
                       const char  *country,
                       const char  *kind,
                       GError     **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  return timeline (self, tag, 0, person, country, kind, error);
}

/**
 * byline_store_article_timeline:
 *
 * Returns: the dated events of one article, as byline_store_timeline ()
 */
JsonNode *
byline_store_article_timeline (BylineStore *self,
                               gint64       article,
                               GError     **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  return timeline (self, NULL, article, NULL, NULL, NULL, error);
}

typedef struct
{
  guint      a, b;        /* node indexes, a < b */
  GPtrArray *meetings;    /* JsonNode */
} Link;

static void
link_free (Link *l)
{
  g_ptr_array_unref (l->meetings);
  g_free (l);
}

/**
 * byline_store_meetings_graph:
 *
 * Returns: {nodes: [{id, key, name, type, meetings}], links: [{source,
 *   target, count, first, last, meetings: [{article, title, dateline, date,
 *   status, place, start, end, evidence}]}]}: people, organisations and
 *   countries, linked by the meetings they had
 */
JsonNode *
byline_store_meetings_graph (BylineStore *self,
                             const char  *tag,
                             GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GHashTable) node_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) node_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) node_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) node_types = g_ptr_array_new ();
  g_autoptr (GArray) node_meetings = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr (GHashTable) links = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        (GDestroyNotify) link_free);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  g_autoptr (JsonBuilder) b = json_builder_new ();
  int rc;

  g_return_val_if_fail (self != NULL, NULL);

  if ((p = _byline_people_load (self, tag, error)) == NULL)
    return NULL;
  stmt = prepare (self, tag == NULL
                  ? "SELECT article, date, status, place, who, names, start, end, passage "
                    "FROM x_events WHERE kind = 'meeting' ORDER BY date, article, start"
                  : "SELECT article, date, status, place, who, names, start, end, passage "
                    "FROM x_events WHERE kind = 'meeting' AND article IN " TAG_ARTICLES
                    " ORDER BY date, article, start", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, tag);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 article = sqlite3_column_int64 (stmt, 0);
      g_auto (GStrv) eids = g_strsplit ((const char *) sqlite3_column_text (stmt, 4), " ", -1);
      g_auto (GStrv) names = g_strsplit ((const char *) sqlite3_column_text (stmt, 5), "\n", -1);
      g_autoptr (GArray) nodes = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr (JsonNode) meeting = NULL;
      JsonObject *m;

      for (guint i = 0; eids[i] != NULL && *eids[i] != '\0'; i++)
        {
          Occ *o = people_lookup (p, article, eids[i]);
          const char *written = g_strv_length (names) > i ? names[i] : "";
          g_autofree char *key = o != NULL ? g_strconcat (o->cluster->type, "\t", o->cluster->key, NULL)
                                           : g_strconcat ("\t", written, NULL);
          gpointer found;
          guint n;

          if (o == NULL && *written == '\0')
            continue;
          if (g_hash_table_lookup_extended (node_index, key, NULL, &found))
            n = GPOINTER_TO_UINT (found);
          else
            {
              guint zero = 0;

              n = node_names->len;
              g_hash_table_insert (node_index, g_strdup (key), GUINT_TO_POINTER (n));
              g_ptr_array_add (node_names, g_strdup (o != NULL ? o->cluster->name : written));
              g_ptr_array_add (node_keys, o != NULL ? g_strdup (o->cluster->key)
                                                    : byline_people_fold_name (written, "ORG"));
              g_ptr_array_add (node_types, o != NULL ? o->cluster->type : (char *) "");
              g_array_append_val (node_meetings, zero);
            }
          for (guint k = 0; k < nodes->len; k++)
            if (g_array_index (nodes, guint, k) == n)
              goto seen;
          g_array_append_val (nodes, n);
          g_array_index (node_meetings, guint, n)++;
seen:
          ;
        }
      if (nodes->len < 2)
        continue;
      /* (an object made directly: a builder each costs more than the rest) */
      m = json_object_new ();
      {
        const ArticleInfo *info = people_article (p, article);

        json_object_set_int_member (m, "article", article);
        set_string (m, "title", info != NULL ? info->title : NULL);
        set_string (m, "dateline", info != NULL ? info->dateline : NULL);
      }
      set_string (m, "date", (const char *) sqlite3_column_text (stmt, 1));
      set_string (m, "status", (const char *) sqlite3_column_text (stmt, 2));
      set_string (m, "place", (const char *) sqlite3_column_text (stmt, 3));
      json_object_set_int_member (m, "start", sqlite3_column_int64 (stmt, 6));
      json_object_set_int_member (m, "end", sqlite3_column_int64 (stmt, 7));
      set_string (m, "evidence", (const char *) sqlite3_column_text (stmt, 8));
      meeting = json_node_init_object (json_node_alloc (), m);
      json_object_unref (m);
      for (guint i = 0; i < nodes->len; i++)
        for (guint j = i + 1; j < nodes->len; j++)
          {
            guint x = MIN (g_array_index (nodes, guint, i), g_array_index (nodes, guint, j));
            guint y = MAX (g_array_index (nodes, guint, i), g_array_index (nodes, guint, j));
            gint64 pair = ((gint64) x << 32) | y;
            Link *l = g_hash_table_lookup (links, &pair);

            if (l == NULL)
              {
                l = g_new0 (Link, 1);
                l->a = x, l->b = y;
                l->meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
                g_hash_table_insert (links, g_memdup2 (&pair, sizeof pair), l);
                g_ptr_array_add (order, l);
              }
            g_ptr_array_add (l->meetings, json_node_ref (meeting));
          }
    }
  if (rc != SQLITE_DONE)
    {
      _byline_store_set_db_error (self, error, rc, _("read the library"));
      return NULL;
    }
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "nodes");
  json_builder_begin_array (b);
  for (guint i = 0; i < node_names->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i + 1);

      json_builder_begin_object (b);
      add_string_member (b, "id", id);
      add_string_member (b, "key", g_ptr_array_index (node_keys, i));
      add_string_member (b, "name", g_ptr_array_index (node_names, i));
      add_string_member (b, "type", g_ptr_array_index (node_types, i));
      add_int_member (b, "meetings", g_array_index (node_meetings, guint, i));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "links");
  json_builder_begin_array (b);
  for (guint i = 0; i < order->len; i++)
    {
      Link *l = g_ptr_array_index (order, i);
      g_autofree char *source = g_strdup_printf ("n%u", l->a + 1);
      g_autofree char *target = g_strdup_printf ("n%u", l->b + 1);
      g_autoptr (JsonNode) meetings = _byline_people_sorted_array (l->meetings);
      JsonArray *sorted = json_node_get_array (meetings);
      const char *first = NULL, *last = NULL;

      for (guint k = 0; k < json_array_get_length (sorted); k++)
        {
          const char *date = get_string (array_object (sorted, k), "date");

          if (date != NULL && first == NULL)
            first = date;
          if (date != NULL)
            last = date;
        }
      json_builder_begin_object (b);
      add_string_member (b, "source", source);
      add_string_member (b, "target", target);
      add_int_member (b, "count", l->meetings->len);
      add_string_member (b, "first", first);
      add_string_member (b, "last", last);
      json_builder_set_member_name (b, "meetings");
      json_builder_add_value (b, json_node_ref (meetings));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
