/* test-people.c: people, meetings and events across articles: name variants,
 * the reader's corrections, merges and splits, the timeline and the graph
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "byline-export-across.h"
#include "byline-people.h"
#include "byline-store.h"
#include "byline-store-private.h"

static const char tehran[] =
  "Ministers meet in Tehran\n"
  "\n"
  "Tuesday, March 3, 2026\n"
  "\n"
  "TEHRAN (Byline Sample Press) - Russian Foreign Minister Sergei Volkov met Iranian Foreign "
  "Minister Mohammad Karimi in Tehran on Tuesday for talks on trade.\n"
  "\n"
  "\"We will build the pipeline together,\" Volkov said after the talks.\n";

static const char baku[] =
  "Volkov visits Baku\n"
  "\n"
  "Saturday, March 7, 2026\n"
  "\n"
  "BAKU (Byline Sample Wire) - Sergey Volkov met Azerbaijani President Ilham Rasulov in Baku on "
  "Friday.\n"
  "\n"
  "Rasulov said the talks had been useful.\n";

static const char karimi[] =
  "Trade will grow, minister says\n"
  "\n"
  "Monday, March 2, 2026\n"
  "\n"
  "TEHRAN (Byline Sample Press) - Iran's Foreign Minister Mohammed Karimi said on Monday that "
  "trade with Russia would grow.\n"
  "\n"
  "Mr. Volkov did not comment.\n";

static const char coach[] =
  "Coach promises a win\n"
  "\n"
  "Sunday, March 8, 2026\n"
  "\n"
  "ISFAHAN (Byline Sample Press) - Ali Karimi, the coach of the city's football team, said his "
  "players were ready.\n";

static const char surname[] =
  "Karimi praises talks\n"
  "\n"
  "Tuesday, March 10, 2026\n"
  "\n"
  "TEHRAN (Byline Sample Press) - Karimi said on Tuesday that the talks had gone well.\n";

typedef struct
{
  char        *dir;
  BylineStore *store;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("byline-people-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "library.db", NULL);
  f->store = byline_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr (GDir) d = NULL;
  const char *name;

  g_clear_pointer (&f->store, byline_store_close);
  d = g_dir_open (f->dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
add (Fixture    *f,
     const char *s)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineText) t = byline_text_new_from_data (s, strlen (s), "test.txt", FALSE, &error);
  gint64 id;

  g_assert_no_error (error);
  id = byline_store_add_article (f->store, t, NULL, NULL, "text", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* the entry of the list with this name, or NULL */
static JsonObject *
entry (JsonNode   *list,
       const char *name)
{
  JsonArray *array = json_node_get_array (list);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);

      if (g_str_equal (json_object_get_string_member (o, "name"), name))
        return o;
    }
  return NULL;
}

static JsonNode *
people (Fixture *f)
{
  g_autoptr (GError) error = NULL;
  JsonNode *list = byline_store_list_people (f->store, NULL, "PERSON", &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static gint64
articles_of (JsonNode   *list,
             const char *name)
{
  JsonObject *o = entry (list, name);

  return o != NULL ? json_object_get_int_member (o, "articles") : 0;
}

static void
test_fold (void)
{
  static const struct { const char *a, *b; } same[] = {
    { "Russian Foreign Minister Sergey Lavrov", "Sergei Lavrov" },
    { "Mohammed Karimi", "Mohammad Karimi" },
    { "Muhammad  Karimi", "MOHAMMAD KARIMI" },
    { "José Núñez", "Jose Nunez" },
    { "Volodymyr Zelenskyy", "Volodymyr Zelensky" },
    { "Volodymyr Zelenskiy", "Volodymyr Zelensky" },
    { "Russia's Foreign Minister Sergey Lavrov", "Sergei Lavrov" },
    { "Mr. Volkov", "Volkov" },
    { "Yury Petrov Jr.", "Yuri Petrov" },
  };
  static const struct { const char *a, *b; } different[] = {
    { "Ali Karimi", "Mohammad Karimi" },
    { "Anna Berg", "Anna Borg" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autofree char *a = byline_people_fold_name (same[i].a, "PERSON");
      g_autofree char *b = byline_people_fold_name (same[i].b, "PERSON");

      g_assert_cmpstr (a, ==, b);
    }
  for (guint i = 0; i < G_N_ELEMENTS (different); i++)
    {
      g_autofree char *a = byline_people_fold_name (different[i].a, "PERSON");
      g_autofree char *b = byline_people_fold_name (different[i].b, "PERSON");

      g_assert_cmpstr (a, !=, b);
    }
  {
    /* not a person: only accents, case and "the" */
    g_autofree char *a = byline_people_fold_name ("The Foreign Ministry", "ORG");

    g_assert_cmpstr (a, ==, "foreign ministry");
  }
}

static void
test_variants (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) list = NULL;
  g_autoptr (JsonNode) person = NULL;
  JsonObject *o, *v;
  JsonArray *variants;

  add (f, tehran);
  add (f, baku);
  add (f, karimi);
  list = people (f);
  /* Sergei, Sergey and "Mr. Volkov" are one person; so are Mohammad and Mohammed */
  g_assert_cmpint (articles_of (list, "Sergei Volkov") + articles_of (list, "Sergey Volkov"), ==, 3);
  g_assert_cmpint (articles_of (list, "Mohammad Karimi") + articles_of (list, "Mohammed Karimi"), ==, 2);
  g_assert_null (entry (list, "Volkov"));
  o = entry (list, "Sergei Volkov") != NULL ? entry (list, "Sergei Volkov") : entry (list, "Sergey Volkov");
  variants = json_object_get_array_member (o, "variants");
  g_assert_cmpuint (json_array_get_length (variants), >=, 2);

  /* the person page: roles, quotes and meetings from every article */
  person = byline_store_get_person (f->store, "Sergey Volkov", &error);
  g_assert_no_error (error);
  v = json_node_get_object (person);
  g_assert_cmpint (json_object_get_int_member (v, "articles"), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (v, "meetings")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (v, "quotes")), >=, 1);
  g_assert_cmpint (json_object_get_int_member (v, "source_in"), >=, 1);
  g_assert_cmpint (json_object_get_int_member (v, "mentioned_in"), >=, 1);
  {
    JsonArray *meetings = json_object_get_array_member (v, "meetings");
    JsonObject *first = json_array_get_object_element (meetings, 0);
    JsonObject *second = json_array_get_object_element (meetings, 1);

    /* by date: Tehran on Tuesday, then Baku on Friday */
    g_assert_cmpstr (json_object_get_string_member (first, "date"), ==, "2026-03-03");
    g_assert_cmpstr (json_object_get_string_member (second, "date"), ==, "2026-03-06");
    g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (first, "with"), 0),
                     ==, "Mohammad Karimi");
  }

  /* by a spelling it was never written in, with accents */
  g_clear_pointer (&person, json_node_unref);
  person = byline_store_get_person (f->store, "Sérguei VOLKOV", &error);
  g_assert_no_error (error);
  g_clear_pointer (&person, json_node_unref);
  person = byline_store_get_person (f->store, "Nobody Atall", &error);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_assert_null (person);
}

static void
correct_name (Fixture    *f,
              gint64      article,
              const char *text,
              const char *name,
              const char *value)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) analysis = byline_store_dup_analysis (f->store, article, TRUE, &error);
  g_autoptr (BylineCorrection) c = NULL;
  gint64 id;

  g_assert_no_error (error);
  c = byline_correction_new_for (analysis, text, BYLINE_TARGET_ENTITY, name,
                                 value != NULL ? BYLINE_FIX_NAME : BYLINE_FIX_REMOVE, value, &error);
  g_assert_no_error (error);
  c->article = article;
  id = byline_store_add_correction (f->store, c, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
}

static void
test_corrections (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) before = NULL;
  g_autoptr (JsonNode) after = NULL;
  g_autoptr (JsonNode) removed = NULL;
  gint64 a, b;

  a = add (f, tehran);
  b = add (f, baku);
  before = people (f);
  g_assert_cmpint (articles_of (before, "Sergei Volkov"), ==, 2);

  /* the reader says the Baku visitor is another Volkov: two entries */
  correct_name (f, b, baku, "Sergey Volkov", "Pavel Volkov");
  after = people (f);
  g_assert_cmpint (articles_of (after, "Sergei Volkov"), ==, 1);
  g_assert_cmpint (articles_of (after, "Pavel Volkov"), ==, 1);

  /* an entity the reader removed is in no list */
  correct_name (f, a, tehran, "Mohammad Karimi", NULL);
  removed = people (f);
  g_assert_null (entry (removed, "Mohammad Karimi"));

  /* a removed article takes its entries with it */
  g_assert_true (byline_store_remove_article (f->store, b, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, json_node_unref);
  after = people (f);
  g_assert_null (entry (after, "Pavel Volkov"));
  g_assert_null (entry (after, "Ilham Rasulov"));
}

/* An analyser that changed: every article is indexed again, the entries the same */
static void
test_reanalysed (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) before = NULL;
  g_autoptr (JsonNode) after = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  add (f, tehran);
  add (f, baku);
  add (f, karimi);
  before = people (f);
  g_assert_true (_byline_store_exec (f->store, "UPDATE articles SET analysis_version = 'old'", &error));
  g_assert_true (_byline_store_exec (f->store, "UPDATE x_articles SET version = 'old'", &error));
  g_assert_no_error (error);
  after = people (f);
  a = json_to_string (before, FALSE);
  b = json_to_string (after, FALSE);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpint (articles_of (after, "Sergei Volkov") + articles_of (after, "Sergey Volkov"), ==, 3);
}

static void
test_merge_split (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) list = NULL;

  add (f, karimi);
  add (f, coach);
  add (f, surname);
  /* two Karimis: a surname alone joins neither */
  list = people (f);
  g_assert_cmpint (articles_of (list, "Mohammed Karimi"), ==, 1);
  g_assert_cmpint (articles_of (list, "Ali Karimi"), ==, 1);
  g_assert_cmpint (articles_of (list, "Karimi"), ==, 1);

  /* the reader knows better */
  g_assert_true (byline_store_merge_people (f->store, "Karimi", "Mohammed Karimi", &error));
  g_assert_no_error (error);
  g_clear_pointer (&list, json_node_unref);
  list = people (f);
  g_assert_cmpint (articles_of (list, "Mohammed Karimi"), ==, 2);
  g_assert_null (entry (list, "Karimi"));

  /* kept for articles added later, and across reopening */
  add (f, tehran);
  g_clear_pointer (&list, json_node_unref);
  list = people (f);
  g_assert_cmpint (articles_of (list, "Mohammad Karimi") + articles_of (list, "Mohammed Karimi"), ==, 3);

  /* split: the surname alone is its own entry again */
  g_assert_true (byline_store_split_person (f->store, "Mohammed Karimi", "Karimi", &error));
  g_assert_no_error (error);
  g_clear_pointer (&list, json_node_unref);
  list = people (f);
  g_assert_cmpint (articles_of (list, "Karimi"), ==, 1);
  g_assert_cmpint (articles_of (list, "Mohammad Karimi") + articles_of (list, "Mohammed Karimi"), ==, 2);

  g_assert_false (byline_store_split_person (f->store, "Mohammed Karimi", "Somebody", &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (byline_store_merge_people (f->store, "Nobody Atall", "Karimi", &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
}

/* Two spellings of one key (Sergei, Sergey): a split keeps the spelling apart */
static void
test_split_spelling (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) list = NULL;

  add (f, tehran);
  add (f, baku);
  g_assert_true (byline_store_split_person (f->store, "Sergei Volkov", "Sergey Volkov", &error));
  g_assert_no_error (error);
  list = people (f);
  g_assert_cmpint (articles_of (list, "Sergei Volkov"), ==, 1);
  g_assert_cmpint (articles_of (list, "Sergey Volkov"), ==, 1);
  /* found by its own spelling, and merged back */
  g_assert_true (byline_store_merge_people (f->store, "Sergey Volkov", "Sergei Volkov", &error));
  g_assert_no_error (error);
  g_clear_pointer (&list, json_node_unref);
  list = people (f);
  g_assert_cmpint (articles_of (list, "Sergei Volkov") + articles_of (list, "Sergey Volkov"), ==, 2);
  g_assert_true (entry (list, "Sergei Volkov") == NULL || entry (list, "Sergey Volkov") == NULL);
}

/* A library open read-only (damaged, or not writable): indexed for the
 * connection only; merges refused */
static void
test_read_only (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_strdup (byline_store_get_path (f->store));
  g_autoptr (JsonNode) list = NULL;
  g_autoptr (JsonNode) graph = NULL;
  BylineStore *ro;

  add (f, tehran);
  add (f, baku);
  g_clear_pointer (&f->store, byline_store_close);
  ro = byline_store_open_read_only (path, &error);
  g_assert_no_error (error);
  list = byline_store_list_people (ro, NULL, "PERSON", &error);
  g_assert_no_error (error);
  g_assert_cmpint (articles_of (list, "Sergei Volkov"), ==, 2);
  graph = byline_store_meetings_graph (ro, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (graph), "links")), ==, 2);
  g_assert_false (byline_store_merge_people (ro, "Ilham Rasulov", "Sergei Volkov", &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  byline_store_close (ro);
  /* the file's own index is as it was: made by the first views, before */
  f->store = byline_store_open (path, &error);
  g_assert_no_error (error);
}

static void
test_timeline (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) all = NULL;
  g_autoptr (JsonNode) volkov = NULL;
  g_autoptr (JsonNode) meetings = NULL;
  g_autoptr (JsonNode) azerbaijan = NULL;
  g_autoptr (JsonNode) tagged = NULL;
  JsonArray *array;
  const char *last = "";
  gint64 b;

  add (f, tehran);
  b = add (f, baku);
  add (f, karimi);
  all = byline_store_timeline (f->store, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  array = json_node_get_array (all);
  g_assert_cmpuint (json_array_get_length (array), >=, 5);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *date = json_object_get_string_member (json_array_get_object_element (array, i), "date");

      g_assert_cmpstr (date, >=, last);
      last = date;
    }
  /* the first is Karimi on Monday the 2nd, by its dateline */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "date"),
                   ==, "2026-03-02");

  meetings = byline_store_timeline (f->store, NULL, NULL, NULL, "meeting", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (meetings)), ==, 2);

  /* by person: Volkov's meetings and the articles naming him, not Karimi's statement */
  volkov = byline_store_timeline (f->store, NULL, "Volkov", NULL, NULL, &error);
  g_assert_no_error (error);
  array = json_node_get_array (volkov);
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, i), "kind"),
                     !=, "claim");
  g_assert_cmpuint (json_array_get_length (array), >=, 4);

  /* by country: the Baku meeting, by its place */
  azerbaijan = byline_store_timeline (f->store, NULL, NULL, "Baku", "meeting", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (azerbaijan)), ==, 1);

  /* by tag */
  g_assert_true (byline_store_tag_article (f->store, b, "caspian", TRUE, &error));
  tagged = byline_store_timeline (f->store, "caspian", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  array = json_node_get_array (tagged);
  g_assert_cmpuint (json_array_get_length (array), >=, 2);
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (array, i), "article"), ==, b);
}

/* Quotes and evidence are cut from the text by code points, after accents
 * and curly quotes as before them */
static void
test_non_ascii (Fixture      *f,
                gconstpointer data)
{
  static const char text[] =
    "Café talks in Zürich\n"
    "\n"
    "Monday, March 9, 2026\n"
    "\n"
    "ZÜRICH (Byline Sample Press) - Swiss Foreign Minister Léa Müller met Chilean Foreign Minister "
    "José Núñez in Zürich on Monday for talks on trade.\n"
    "\n"
    "“We agreed on a café in every embassy,” Müller said after the talks.\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) person = NULL;
  JsonArray *quotes, *meetings;

  add (f, text);
  person = byline_store_get_person (f->store, "Lea Muller", &error);
  g_assert_no_error (error);
  quotes = json_object_get_array_member (json_node_get_object (person), "quotes");
  g_assert_cmpuint (json_array_get_length (quotes), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (quotes, 0), "text"), ==,
                   "We agreed on a café in every embassy,");
  meetings = json_object_get_array_member (json_node_get_object (person), "meetings");
  g_assert_cmpuint (json_array_get_length (meetings), ==, 1);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (json_array_get_object_element (meetings, 0),
                                                                  "evidence"), "ZÜRICH"));
  g_assert_true (g_str_has_suffix (json_object_get_string_member (json_array_get_object_element (meetings, 0),
                                                                  "evidence"), "on trade."));
}

static void
test_graph (Fixture      *f,
            gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) graph = NULL;
  JsonObject *g;
  JsonArray *nodes, *links;
  gboolean found = FALSE;

  add (f, tehran);
  add (f, baku);
  add (f, tehran);   /* the same text: one article */
  graph = byline_store_meetings_graph (f->store, NULL, &error);
  g_assert_no_error (error);
  g = json_node_get_object (graph);
  nodes = json_object_get_array_member (g, "nodes");
  links = json_object_get_array_member (g, "links");
  /* Volkov, Karimi, Rasulov: Volkov in both meetings */
  g_assert_cmpuint (json_array_get_length (nodes), ==, 3);
  g_assert_cmpuint (json_array_get_length (links), ==, 2);
  for (guint i = 0; i < json_array_get_length (nodes); i++)
    {
      JsonObject *n = json_array_get_object_element (nodes, i);

      if (g_str_has_suffix (json_object_get_string_member (n, "name"), "Volkov"))
        {
          found = TRUE;
          g_assert_cmpint (json_object_get_int_member (n, "meetings"), ==, 2);
        }
    }
  g_assert_true (found);
  for (guint i = 0; i < json_array_get_length (links); i++)
    {
      JsonObject *l = json_array_get_object_element (links, i);
      JsonArray *m = json_object_get_array_member (l, "meetings");

      g_assert_cmpint (json_object_get_int_member (l, "count"), ==, 1);
      g_assert_nonnull (json_object_get_string_member (json_array_get_object_element (m, 0), "evidence"));
    }

  /* the GraphML export read back by libxml2: a node for each person or
   * country, an edge for each pair, between nodes that are there */
  {
    g_autofree char *graphml = byline_export_graph (graph, BYLINE_GRAPH_GRAPHML);
    xmlDocPtr doc = xmlReadMemory (graphml, (int) strlen (graphml), "graph.graphml", NULL, XML_PARSE_NONET);
    xmlNodePtr root, g_el = NULL;
    g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    guint n_nodes = 0, n_edges = 0;

    g_assert_nonnull (doc);
    root = xmlDocGetRootElement (doc);
    g_assert_cmpstr ((const char *) root->name, ==, "graphml");
    g_assert_cmpstr ((const char *) root->ns->href, ==, "http://graphml.graphdrawing.org/xmlns");
    for (xmlNodePtr c = root->children; c != NULL; c = c->next)
      if (c->type == XML_ELEMENT_NODE && xmlStrEqual (c->name, BAD_CAST "graph"))
        g_el = c;
    g_assert_nonnull (g_el);
    for (xmlNodePtr c = g_el->children; c != NULL; c = c->next)
      if (c->type == XML_ELEMENT_NODE && xmlStrEqual (c->name, BAD_CAST "node"))
        {
          xmlChar *id = xmlGetProp (c, BAD_CAST "id");

          g_assert_nonnull (id);
          g_hash_table_add (ids, g_strdup ((const char *) id));
          xmlFree (id);
          n_nodes++;
        }
    for (xmlNodePtr c = g_el->children; c != NULL; c = c->next)
      if (c->type == XML_ELEMENT_NODE && xmlStrEqual (c->name, BAD_CAST "edge"))
        {
          xmlChar *source = xmlGetProp (c, BAD_CAST "source");
          xmlChar *target = xmlGetProp (c, BAD_CAST "target");

          g_assert_true (g_hash_table_contains (ids, (const char *) source));
          g_assert_true (g_hash_table_contains (ids, (const char *) target));
          xmlFree (source);
          xmlFree (target);
          n_edges++;
        }
    g_assert_cmpuint (n_nodes, ==, json_array_get_length (nodes));
    g_assert_cmpuint (n_edges, ==, json_array_get_length (links));
    xmlFreeDoc (doc);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/people/fold", test_fold);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/people/variants", test_variants);
  ADD ("/people/corrections", test_corrections);
  ADD ("/people/reanalysed", test_reanalysed);
  ADD ("/people/merge-split", test_merge_split);
  ADD ("/people/split-spelling", test_split_spelling);
  ADD ("/people/read-only", test_read_only);
  ADD ("/people/timeline", test_timeline);
  ADD ("/people/non-ascii", test_non_ascii);
  ADD ("/people/graph", test_graph);
#undef ADD
  return g_test_run ();
}
