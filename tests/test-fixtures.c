/* test-fixtures.c: every tests/fixtures/NAME.txt (or NAME.md) is read as
 * byline-cli reads it, analysed, and compared with NAME.expected.json: one
 * test case per fixture.
 *
 * An expected file is one of two kinds:
 *
 * A snapshot: the whole analysis, as `byline-cli analyze --format json`
 * writes it (it has "schema"). It must come out the same, member by member;
 * the first difference is named. It is a regression fixture, not a verdict:
 * when the analysis changes on purpose, write the snapshots anew with
 *   BYLINE_REGENERATE=1 meson test -C build fixtures
 * (a fixture without an expected file gets one then), and read the diff.
 *
 * What must be true of the analysis, not all of it (written by hand):
 *   "document": {"title": ..., "dateline": ..., "credit": ..., "paragraphs": N, "sentences": N}
 *   "entities": [{"name", "type", "role"?, "affiliation"?, "mentions": ["text", ...], "dates"?: [...]}]
 *     every listed mention text must be a mention of that entity (offsets are
 *     turned back into text, so code point offsets are checked too)
 *   "absent": ["text", ...]: no entity mention may have this text
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-analysis.h"
#include "byline-import.h"

static char *
slice (const char *text, gint64 start, gint64 end)
{
  const char *a = g_utf8_offset_to_pointer (text, (glong) start);
  const char *b = g_utf8_offset_to_pointer (text, (glong) end);
  return g_strndup (a, b - a);
}

static JsonObject *
find_entity (JsonArray *entities, const char *name, const char *type)
{
  for (guint i = 0; i < json_array_get_length (entities); i++)
    {
      JsonObject *e = json_array_get_object_element (entities, i);
      if (g_str_equal (json_object_get_string_member (e, "name"), name)
          && g_str_equal (json_object_get_string_member (e, "type"), type))
        return e;
    }
  return NULL;
}

static void
check_document (JsonObject *want, JsonObject *got)
{
  g_autoptr (GList) members = json_object_get_members (want);

  for (GList *l = members; l; l = l->next)
    {
      const char *key = l->data;
      JsonNode *w = json_object_get_member (want, key);

      if (g_str_equal (key, "paragraphs") || g_str_equal (key, "sentences"))
        g_assert_cmpint (json_node_get_int (w), ==,
                         json_array_get_length (json_object_get_array_member (got, key)));
      else if (JSON_NODE_HOLDS_NULL (w))
        g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (got, key)));
      else
        g_assert_cmpstr (json_node_get_string (w), ==, json_object_get_string_member (got, key));
    }
}

static void
check_entity (const char *text, JsonObject *want, JsonArray *entities)
{
  const char *name = json_object_get_string_member (want, "name");
  const char *type = json_object_get_string_member (want, "type");
  JsonObject *got = find_entity (entities, name, type);
  JsonArray *mentions;

  if (got == NULL)
    g_test_message ("no %s entity named “%s”", type, name);
  g_assert_nonnull (got);
  if (json_object_has_member (want, "role"))
    g_assert_cmpstr (json_object_get_string_member (want, "role"), ==,
                     json_object_get_string_member_with_default (got, "role", NULL));
  if (json_object_has_member (want, "affiliation"))
    g_assert_cmpstr (json_object_get_string_member (want, "affiliation"), ==,
                     json_object_get_string_member_with_default (got, "affiliation", NULL));
  mentions = json_object_get_array_member (got, "mentions");
  if (json_object_has_member (want, "mentions"))
    {
      JsonArray *wm = json_object_get_array_member (want, "mentions");
      g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

      for (guint k = 0; k < json_array_get_length (mentions); k++)
        {
          JsonObject *m = json_array_get_object_element (mentions, k);
          g_ptr_array_add (texts, slice (text, json_object_get_int_member (m, "start"),
                                         json_object_get_int_member (m, "end")));
        }
      /* each wanted text as many times as it is listed */
      for (guint k = 0; k < json_array_get_length (wm); k++)
        {
          const char *w = json_array_get_string_element (wm, k);
          guint idx;
          gboolean found = g_ptr_array_find_with_equal_func (texts, w, g_str_equal, &idx);

          if (!found)
            g_test_message ("entity “%s” lacks the mention “%s”", name, w);
          g_assert_true (found);
          g_ptr_array_remove_index (texts, idx);
        }
    }
  if (json_object_has_member (want, "dates"))
    {
      JsonArray *wd = json_object_get_array_member (want, "dates");
      for (guint k = 0; k < json_array_get_length (wd); k++)
        {
          JsonObject *m = json_array_get_object_element (mentions, k);
          const char *want_date = json_array_get_string_element (wd, k);
          const char *got_date = json_object_get_string_member_with_default (m, "date",
                                   json_object_get_string_member_with_default (m, "from", NULL));
          g_assert_cmpstr (got_date, ==, want_date);
        }
    }
}

/* Where @want and @got first differ (a path such as entities[3].name, and
 * the two values), or NULL when they are equal */
static char *
first_difference (const char *path,
                  JsonNode   *want,
                  JsonNode   *got)
{
  if (want == NULL || got == NULL || JSON_NODE_TYPE (want) != JSON_NODE_TYPE (got))
    {
      g_autofree char *w = want != NULL ? json_to_string (want, FALSE) : g_strdup ("(nothing)");
      g_autofree char *g = got != NULL ? json_to_string (got, FALSE) : g_strdup ("(nothing)");

      return g_strdup_printf ("%s: expected %.200s, got %.200s", path, w, g);
    }
  if (JSON_NODE_HOLDS_OBJECT (want))
    {
      JsonObject *wo = json_node_get_object (want);
      JsonObject *go = json_node_get_object (got);
      g_autoptr (GList) wm = json_object_get_members (wo);
      g_autoptr (GList) gm = json_object_get_members (go);

      for (GList *l = wm; l != NULL; l = l->next)
        {
          g_autofree char *sub = g_strdup_printf ("%s.%s", path, (const char *) l->data);
          char *d = first_difference (sub, json_object_get_member (wo, l->data),
                                      json_object_get_member (go, l->data));

          if (d != NULL)
            return d;
        }
      for (GList *l = gm; l != NULL; l = l->next)
        if (!json_object_has_member (wo, l->data))
          return g_strdup_printf ("%s.%s: not expected", path, (const char *) l->data);
      return NULL;
    }
  if (JSON_NODE_HOLDS_ARRAY (want))
    {
      JsonArray *wa = json_node_get_array (want);
      JsonArray *ga = json_node_get_array (got);
      guint n = MAX (json_array_get_length (wa), json_array_get_length (ga));

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *sub = g_strdup_printf ("%s[%u]", path, i);
          char *d = first_difference (sub,
                                      i < json_array_get_length (wa) ? json_array_get_element (wa, i) : NULL,
                                      i < json_array_get_length (ga) ? json_array_get_element (ga, i) : NULL);

          if (d != NULL)
            return d;
        }
      return NULL;
    }
  if (!json_node_equal (want, got))
    {
      g_autofree char *w = json_to_string (want, FALSE);
      g_autofree char *g = json_to_string (got, FALSE);

      return g_strdup_printf ("%s: expected %.200s, got %.200s", path, w, g);
    }
  return NULL;
}

/* A snapshot fixture: the whole analysis, written anew with BYLINE_REGENERATE */
static void
check_snapshot (const char     *json_path,
                JsonNode       *want,
                BylineAnalysis *analysis)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *difference = NULL;

  byline_analysis_write_json (analysis, out);
  if (g_getenv ("BYLINE_REGENERATE") != NULL)
    {
      g_file_set_contents (json_path, out->str, out->len, &error);
      g_assert_no_error (error);
      g_test_message ("wrote %s", json_path);
      return;
    }
  if (want == NULL)
    {
      g_test_message ("%s is missing: BYLINE_REGENERATE=1 meson test -C build fixtures writes it",
                      json_path);
      g_test_fail ();
      return;
    }
  json_parser_load_from_data (parser, out->str, out->len, &error);
  g_assert_no_error (error);
  difference = first_difference ("", want, json_parser_get_root (parser));
  if (difference != NULL)
    {
      g_test_message ("%s differs at %s (BYLINE_REGENERATE=1 writes it anew: tests/README.md)",
                      json_path, difference);
      g_test_fail ();
    }
}

static void
test_fixture (gconstpointer data)
{
  const char *name = data;
  g_autofree char *src_path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autofree char *base = g_strndup (src_path, strrchr (src_path, '.') - src_path);
  g_autofree char *json_path = g_strconcat (base, ".expected.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineImport) imported = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (BylineAnalysis) analysis = NULL;
  g_autoptr (JsonNode) got = NULL;
  BylineText *text;
  BylinePageMeta page;
  JsonNode *root = NULL;
  JsonObject *want;
  JsonObject *got_obj;

  /* as byline-cli analyze reads it */
  imported = byline_import_file (src_path, BYLINE_IMPORT_FORMAT_AUTO, FALSE, &error);
  g_assert_no_error (error);
  text = imported->text;
  page = byline_import_get_page (imported);
  analysis = byline_analysis_new_with_page (text, &page);

  if (g_file_test (json_path, G_FILE_TEST_EXISTS))
    {
      json_parser_load_from_file (parser, json_path, &error);
      g_assert_no_error (error);
      root = json_parser_get_root (parser);
    }
  if (root == NULL || json_object_has_member (json_node_get_object (root), "schema"))
    {
      check_snapshot (json_path, root, analysis);
      return;
    }
  want = json_node_get_object (root);

  got = byline_analysis_to_json (analysis);
  got_obj = json_node_get_object (got);

  if (json_object_has_member (want, "document"))
    check_document (json_object_get_object_member (want, "document"),
                    json_object_get_object_member (got_obj, "document"));
  if (json_object_has_member (want, "entities"))
    {
      JsonArray *we = json_object_get_array_member (want, "entities");
      for (guint i = 0; i < json_array_get_length (we); i++)
        check_entity (text->data, json_array_get_object_element (we, i),
                      json_object_get_array_member (got_obj, "entities"));
    }
  if (json_object_has_member (want, "absent"))
    {
      JsonArray *absent = json_object_get_array_member (want, "absent");
      JsonArray *entities = json_object_get_array_member (got_obj, "entities");

      for (guint i = 0; i < json_array_get_length (absent); i++)
        for (guint e = 0; e < json_array_get_length (entities); e++)
          {
            JsonArray *ms = json_object_get_array_member (json_array_get_object_element (entities, e), "mentions");
            for (guint k = 0; k < json_array_get_length (ms); k++)
              {
                JsonObject *m = json_array_get_object_element (ms, k);
                g_autofree char *s = slice (text->data, json_object_get_int_member (m, "start"),
                                            json_object_get_int_member (m, "end"));
                if (g_str_equal (s, json_array_get_string_element (absent, i)))
                  g_test_message ("“%s” should not be an entity", s);
                g_assert_cmpstr (s, !=, json_array_get_string_element (absent, i));
              }
          }
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = NULL;
  g_autoptr (GDir) d = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  g_test_init (&argc, &argv, NULL);
  dir = g_test_build_filename (G_TEST_DIST, "fixtures", NULL);
  d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  while ((entry = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (entry, ".txt") || g_str_has_suffix (entry, ".md"))
      g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >, 0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("/fixtures/%s", (char *) names->pdata[i]);
      g_test_add_data_func (path, names->pdata[i], test_fixture);
    }
  return g_test_run ();
}
