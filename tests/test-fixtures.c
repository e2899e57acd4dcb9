/* test-fixtures.c: every tests/fixtures/NAME.txt is analysed and compared,
 * structurally, with NAME.expected.json: one test case per fixture.
 *
 * NAME.expected.json holds what must be true of the analysis, not all of it:
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

static void
test_fixture (gconstpointer data)
{
  const char *name = data;
  g_autofree char *txt_path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autofree char *base = g_strndup (txt_path, strlen (txt_path) - 4);
  g_autofree char *json_path = g_strconcat (base, ".expected.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineText) text = byline_text_new_from_file (txt_path, FALSE, &error);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (BylineAnalysis) analysis = NULL;
  g_autoptr (JsonNode) got = NULL;
  JsonObject *want;
  JsonObject *got_obj;

  g_assert_no_error (error);
  json_parser_load_from_file (parser, json_path, &error);
  g_assert_no_error (error);
  want = json_node_get_object (json_parser_get_root (parser));

  analysis = byline_analysis_new (text);
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
    if (g_str_has_suffix (entry, ".txt"))
      g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (names->len, >, 0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("/fixtures/%s", (char *) names->pdata[i]);
      g_test_add_data_func (path, names->pdata[i], test_fixture);
    }
  return g_test_run ();
}
