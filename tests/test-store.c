/* test-store.c: the library database, its migrations, notes, tags, search and corrections
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "byline-store.h"
#include "byline-store-private.h"
#include "test-util.h"

static const char article_text[] =
  "Ministers agree to share fisheries data\n"
  "\n"
  "OSLO (Byline Sample Press) - Norwegian Foreign Minister Anna Berg met her Chilean "
  "counterpart, Mateo Fuentes, in Oslo on Monday for talks on fisheries.\n"
  "\n"
  "\"We agreed on a common approach,\" Berg said after the meeting in the café.\n"
  "\n"
  "Officials familiar with the negotiations said the deal was likely to be signed in May.\n";

typedef struct
{
  char        *dir;
  char        *path;
  BylineStore *store;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("byline-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "sub", "library.db", NULL);
  f->store = byline_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  g_clear_pointer (&f->store, byline_store_close);
  test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

/* the user_version in a closed library's header */
static guint
file_schema (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;
  const guint8 *h;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >=, 100);
  h = (const guint8 *) contents + 60;
  return (h[0] << 24) | (h[1] << 16) | (h[2] << 8) | h[3];
}

/* Opening */

static void
test_open_new (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) articles = byline_store_list_articles (f->store, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 0);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_true (byline_store_check_integrity (f->store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&f->store, byline_store_close);
  g_assert_cmpuint (file_schema (f->path), ==, BYLINE_STORE_SCHEMA_VERSION);
}

static void
test_default_path (void)
{
  g_autofree char *path = byline_store_default_path ();
  g_autofree char *want = g_build_filename (g_get_user_data_dir (), "byline", "library.db", NULL);

  g_assert_cmpstr (path, ==, want);
}

/* Articles */

static void
test_article_same_text (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  BylineAddOutcome outcome;
  gint64 a = test_add_article (f->store, article_text, "/tmp/a.txt", &outcome);
  gint64 b, note;
  g_autoptr (BylineArticle) article = NULL;
  g_autoptr (GPtrArray) notes = NULL;

  g_assert_cmpint (outcome, ==, BYLINE_ADD_NEW);
  note = test_add_note (f->store, a, article_text, "Anna Berg", BYLINE_NOTE_COMMENT, "the minister", NULL);
  /* the same text from elsewhere is the same article, with its notes */
  b = test_add_article (f->store, article_text, "/elsewhere/copy.txt", &outcome);
  g_assert_cmpint (outcome, ==, BYLINE_ADD_EXISTING);
  g_assert_cmpint (a, ==, b);
  notes = byline_store_list_notes (f->store, b, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpint (((BylineNote *) notes->pdata[0])->id, ==, note);

  article = byline_store_get_article (f->store, a, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (article->title, ==, "Ministers agree to share fisheries data");
  g_assert_cmpstr (article->text, ==, article_text);
  g_assert_cmpstr (article->source, ==, "/tmp/a.txt");
  g_assert_cmpuint (article->n_notes, ==, 1);
  g_assert_cmpuint (strlen (article->sha256), ==, 64);
}

static void
test_article_metadata (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineText) t = test_text_new ("Untitled words here\n\nBody text.\n");
  g_autoptr (BylineArticle) article = NULL;
  gint64 id;

  id = byline_store_add_article (f->store, t, "Given title", "https://example.org/x",
                                 "html", "2024-05-06", NULL, &error);
  g_assert_no_error (error);
  article = byline_store_get_article (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (article->title, ==, "Given title");
  g_assert_cmpstr (article->format, ==, "html");
  g_assert_cmpstr (article->dateline, ==, "2024-05-06");
  g_assert_cmpstr (article->source, ==, "https://example.org/x");
}

static void
test_article_remove (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);
  gint64 note = test_add_note (f->store, a, article_text, "Oslo", BYLINE_NOTE_COMMENT, "city", NULL);
  g_autoptr (BylineNote) gone = NULL;
  g_autoptr (BylineArticle) missing = NULL;

  g_assert_true (byline_store_remove_article (f->store, a, &error));
  g_assert_no_error (error);
  gone = byline_store_get_note (f->store, note, &error);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);
  g_assert_false (byline_store_remove_article (f->store, a, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  missing = byline_store_get_article (f->store, 999, &error);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_assert_true (strstr (error->message, "999") != NULL);
}

static void
test_article_analysis_cache (Fixture      *f,
                             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);
  g_autoptr (JsonNode) first = byline_store_dup_analysis (f->store, a, FALSE, &error);
  g_autoptr (JsonNode) again = NULL;
  JsonObject *root;

  g_assert_no_error (error);
  root = json_node_get_object (first);
  g_assert_cmpstr (json_object_get_string_member (root, "schema"), ==, "byline.analysis/1");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "entities")), >, 3);

  /* an analysis cached by another analyser version is made again */
  g_assert_true (_byline_store_exec (f->store, "UPDATE articles SET analysis = '{}', "
                                               "analysis_version = 'byline.analysis/1 0.0.1 r0'", &error));
  again = byline_store_dup_analysis (f->store, a, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (json_node_equal (first, again));
}

/* Notes */

static void
test_note_anchor (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);
  const char *tags[] = { "place", "Oslo talks", NULL };
  gint64 id = test_add_note (f->store, a, article_text, "in the café", BYLINE_NOTE_COMMENT, "where", tags);
  g_autoptr (BylineNote) note = byline_store_get_note (f->store, id, &error);
  g_autoptr (BylineArticle) article = byline_store_get_article (f->store, a, &error);

  g_assert_no_error (error);
  /* offsets are code points: the é before it counts once */
  g_assert_cmpuint (note->start, ==, test_char_index (article_text, "in the café"));
  g_assert_cmpuint (note->end - note->start, ==, 11);
  g_assert_cmpstr (note->exact, ==, "in the café");
  g_assert_true (g_str_has_suffix (note->prefix, "Berg said after the meeting "));
  g_assert_cmpuint (g_utf8_strlen (note->prefix, -1), ==, 32);
  g_assert_true (g_str_has_prefix (note->suffix, ".\n\nOfficials"));
  g_assert_cmpstr (note->body, ==, "where");
  g_assert_cmpint (note->kind, ==, BYLINE_NOTE_COMMENT);
  g_assert_false (note->orphaned);
  g_assert_cmpuint (g_strv_length (note->tags), ==, 2);
  g_assert_cmpstr (note->tags[0], ==, "Oslo talks");
  g_assert_cmpstr (note->tags[1], ==, "place");
  g_assert_cmpint (note->created, >, 1700000000);
  g_assert_cmpuint (article->n_notes, ==, 1);
}

static void
test_note_bad_span (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);
  glong len = g_utf8_strlen (article_text, -1);

  g_assert_cmpint (byline_store_add_note (f->store, a, 5, 5, "x", 0, NULL, &error), ==, 0);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (byline_store_add_note (f->store, a, 10, len + 1, "x", 0, NULL, &error), ==, 0);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (byline_store_add_note (f->store, 4242, 0, 3, "x", 0, NULL, &error), ==, 0);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (byline_store_add_note (f->store, a, 0, 3, "bad \xff", 0, NULL, &error), ==, 0);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* a failed note leaves no half-made tag behind */
  {
    const char *tags[] = { "orphan-tag", NULL };
    g_autoptr (GPtrArray) all = NULL;

    g_assert_cmpint (byline_store_add_note (f->store, a, 9, 3, "x", 0, tags, &error), ==, 0);
    g_clear_error (&error);
    all = byline_store_list_tags (f->store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (all->len, ==, 0);
  }
  /* the whole text is a valid passage */
  g_assert_cmpint (byline_store_add_note (f->store, a, 0, len, "all", 0, NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
test_note_edit_delete_restore (Fixture      *f,
                               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);
  const char *tags[] = { "one", NULL };
  const char *new_tags[] = { "two", "three", NULL };
  gint64 id = test_add_note (f->store, a, article_text, "Mateo Fuentes", BYLINE_NOTE_COMMENT, "first", tags);
  g_autoptr (BylineNote) note = NULL;
  g_autoptr (BylineNote) restored = NULL;
  g_autoptr (GPtrArray) notes = NULL;

  g_assert_true (byline_store_update_note (f->store, id, "second", BYLINE_NOTE_QUESTION, NULL, &error));
  g_assert_no_error (error);
  note = byline_store_get_note (f->store, id, &error);
  g_assert_cmpstr (note->body, ==, "second");
  g_assert_cmpint (note->kind, ==, BYLINE_NOTE_QUESTION);
  g_assert_cmpstr (note->tags[0], ==, "one");
  g_clear_pointer (&note, byline_note_free);

  g_assert_true (byline_store_update_note (f->store, id, NULL, -1, new_tags, &error));
  note = byline_store_get_note (f->store, id, &error);
  g_assert_cmpstr (note->body, ==, "second");
  g_assert_cmpuint (g_strv_length (note->tags), ==, 2);
  g_assert_cmpstr (note->tags[0], ==, "three");

  g_assert_false (byline_store_update_note (f->store, 777, "x", -1, NULL, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* delete, then undo */
  g_assert_true (byline_store_delete_note (f->store, id, &error));
  notes = byline_store_list_notes (f->store, a, NULL, &error);
  g_assert_cmpuint (notes->len, ==, 0);
  g_assert_false (byline_store_delete_note (f->store, id, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (byline_store_restore_note (f->store, note, &error));
  g_assert_no_error (error);
  restored = byline_store_get_note (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (restored->body, ==, "second");
  g_assert_cmpstr (restored->exact, ==, "Mateo Fuentes");
  g_assert_cmpint (restored->created, ==, note->created);
  g_assert_cmpuint (g_strv_length (restored->tags), ==, 2);
}

static void
test_note_sql_literal (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);
  const char *body = "'); DROP TABLE notes; -- \"quoted\" %s %n \\ ? ?1 :x";
  const char *tags[] = { "x' OR '1'='1", "Robert'); DROP TABLE tags;--", NULL };
  gint64 id = test_add_note (f->store, a, article_text, "Monday", BYLINE_NOTE_COMMENT, body, tags);
  g_autoptr (BylineNote) note = byline_store_get_note (f->store, id, &error);
  g_autoptr (GPtrArray) by_tag = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (note->body, ==, body);
  g_assert_cmpstr (note->tags[0], ==, "Robert'); DROP TABLE tags;--");
  g_assert_cmpstr (note->tags[1], ==, "x' OR '1'='1");
  by_tag = byline_store_list_notes (f->store, 0, "x' OR '1'='1", &error);
  g_assert_cmpuint (by_tag->len, ==, 1);
  g_clear_pointer (&by_tag, g_ptr_array_unref);
  by_tag = byline_store_list_notes (f->store, 0, "x", &error);
  g_assert_cmpuint (by_tag->len, ==, 0);
  g_assert_true (byline_store_check_integrity (f->store, &error));
}

/* Re-anchoring */

static void
test_reanchor_moved (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  BylineAddOutcome outcome;
  gint64 a = test_add_article (f->store, article_text, "/articles/fish.txt", NULL);
  gint64 id = test_add_note (f->store, a, article_text, "Mateo Fuentes", BYLINE_NOTE_COMMENT, "who", NULL);
  g_autofree char *edited = g_strconcat ("Ministers agree to share fisheries data\n\nUpdated: "
                                         "a correction was made to this article.\n",
                                         article_text + strlen ("Ministers agree to share fisheries data\n"),
                                         NULL);
  gint64 b = test_add_article (f->store, edited, "/articles/fish.txt", &outcome);
  g_autoptr (BylineNote) note = byline_store_get_note (f->store, id, &error);
  g_autoptr (BylineArticle) article = byline_store_get_article (f->store, b, &error);

  g_assert_no_error (error);
  g_assert_cmpint (outcome, ==, BYLINE_ADD_UPDATED);
  g_assert_cmpint (b, ==, a);
  g_assert_cmpstr (article->text, ==, edited);
  g_assert_false (note->orphaned);
  g_assert_cmpuint (note->start, ==, test_char_index (edited, "Mateo Fuentes"));
  g_assert_cmpuint (note->end, ==, note->start + 13);
}

static void
test_reanchor_context (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  const char *v1 = "Title\n\nThe minister said yes. Later the minister said no. Then silence.\n";
  const char *v2 = "Title\n\nAt first, the minister said yes. Hours later the minister said no. Then silence.\n";
  gint64 a = test_add_article (f->store, v1, "/x.txt", NULL);
  /* the second "minister", the one that said no */
  guint32 second = test_char_index (v1, "minister said no");
  gint64 id = byline_store_add_note (f->store, a, second, second + 8, "no", 0, NULL, &error);
  g_autoptr (BylineNote) note = NULL;

  g_assert_no_error (error);
  test_add_article (f->store, v2, "/x.txt", NULL);
  note = byline_store_get_note (f->store, id, &error);
  g_assert_cmpuint (note->start, ==, test_char_index (v2, "minister said no"));
  g_assert_false (note->orphaned);
}

static void
test_reanchor_orphaned (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, "/fish.txt", NULL);
  gint64 kept = test_add_note (f->store, a, article_text, "Anna Berg", BYLINE_NOTE_COMMENT, "stays", NULL);
  gint64 lost = test_add_note (f->store, a, article_text, "likely to be signed", BYLINE_NOTE_COMMENT, "hedge", NULL);
  g_autofree char *cut = g_strndup (article_text, strstr (article_text, "Officials familiar") - article_text);
  g_autoptr (BylineNote) note = NULL;
  g_autoptr (BylineArticle) article = NULL;
  g_autoptr (GPtrArray) notes = NULL;

  test_add_article (f->store, cut, "/fish.txt", NULL);
  note = byline_store_get_note (f->store, lost, &error);
  g_assert_no_error (error);
  /* kept, with its words, and reported */
  g_assert_true (note->orphaned);
  g_assert_cmpstr (note->body, ==, "hedge");
  g_assert_cmpstr (note->exact, ==, "likely to be signed");
  article = byline_store_get_article (f->store, a, &error);
  g_assert_cmpuint (article->n_notes, ==, 2);
  g_assert_cmpuint (article->n_orphaned, ==, 1);
  g_clear_pointer (&note, byline_note_free);
  note = byline_store_get_note (f->store, kept, &error);
  g_assert_false (note->orphaned);

  /* the passage back: the note finds it again */
  test_add_article (f->store, article_text, "/fish.txt", NULL);
  g_clear_pointer (&note, byline_note_free);
  note = byline_store_get_note (f->store, lost, &error);
  g_assert_false (note->orphaned);
  g_assert_cmpuint (note->start, ==, test_char_index (article_text, "likely to be signed"));
  notes = byline_store_list_notes (f->store, a, NULL, &error);
  g_assert_cmpuint (notes->len, ==, 2);
}

/* Tags */

static void
test_tags_rename_merge (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);
  const char *t1[] = { "anon", "hedge", NULL };
  const char *t2[] = { "anonymous", NULL };
  gint64 n1 = test_add_note (f->store, a, article_text, "Officials familiar", BYLINE_NOTE_COMMENT, "who?", t1);
  gint64 n2 = test_add_note (f->store, a, article_text, "likely", BYLINE_NOTE_COMMENT, "maybe", t2);
  g_autoptr (GPtrArray) tags = NULL;
  g_autoptr (BylineNote) note = NULL;
  g_autoptr (GPtrArray) hits = NULL;

  g_assert_true (byline_store_tag_article (f->store, a, "anon", TRUE, &error));
  g_assert_no_error (error);

  /* renaming onto a name in use is a merge, and is refused as a rename */
  g_assert_false (byline_store_rename_tag (f->store, "anon", "Anonymous", &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (byline_store_rename_tag (f->store, "nope", "x", &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (byline_store_rename_tag (f->store, "hedge", "  ", &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (byline_store_rename_tag (f->store, "hedge", "hedging", &error));
  g_assert_true (byline_store_rename_tag (f->store, "hedging", "Hedging", &error));
  g_assert_true (byline_store_merge_tags (f->store, "anon", "anonymous", &error));
  g_assert_no_error (error);

  tags = byline_store_list_tags (f->store, &error);
  g_assert_cmpuint (tags->len, ==, 2);
  g_assert_cmpstr (((BylineTagCount *) tags->pdata[0])->name, ==, "anonymous");
  g_assert_cmpuint (((BylineTagCount *) tags->pdata[0])->n_notes, ==, 2);
  g_assert_cmpuint (((BylineTagCount *) tags->pdata[0])->n_articles, ==, 1);
  g_assert_cmpstr (((BylineTagCount *) tags->pdata[1])->name, ==, "Hedging");

  note = byline_store_get_note (f->store, n1, &error);
  g_assert_cmpuint (g_strv_length (note->tags), ==, 2);
  g_assert_cmpstr (note->tags[0], ==, "anonymous");
  g_assert_cmpstr (note->tags[1], ==, "Hedging");
  (void) n2;

  /* search sees the new tag names */
  hits = byline_store_search (f->store, "hedging", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (((BylineSearchHit *) hits->pdata[0])->note, ==, n1);

  g_assert_false (byline_store_merge_tags (f->store, "gone", "anonymous", &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
}

static void
test_tags_articles (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);
  gint64 b = test_add_article (f->store, "Other story\n\nNothing here.\n", NULL, NULL);
  const char *t[] = { "class-2", NULL };
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (BylineArticle) article = NULL;

  g_assert_true (byline_store_tag_article (f->store, a, "class-1", TRUE, &error));
  test_add_note (f->store, b, "Other story\n\nNothing here.\n", "Nothing", BYLINE_NOTE_COMMENT, "n", t);
  list = byline_store_list_articles (f->store, "class-1", &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((BylineArticle *) list->pdata[0])->id, ==, a);
  g_clear_pointer (&list, g_ptr_array_unref);
  /* a tag on a note finds its article */
  list = byline_store_list_articles (f->store, "class-2", &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((BylineArticle *) list->pdata[0])->id, ==, b);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = byline_store_list_articles (f->store, NULL, &error);
  g_assert_cmpuint (list->len, ==, 2);

  article = byline_store_get_article (f->store, a, &error);
  g_assert_cmpstr (article->tags[0], ==, "class-1");
  g_assert_true (byline_store_tag_article (f->store, a, "class-1", FALSE, &error));
  g_clear_pointer (&article, byline_article_free);
  article = byline_store_get_article (f->store, a, &error);
  g_assert_cmpuint (g_strv_length (article->tags), ==, 0);
  g_assert_false (byline_store_tag_article (f->store, 999, "x", TRUE, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
}

/* Search */

static void
test_search (Fixture      *f,
             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);
  gint64 b = test_add_article (f->store, "Rail strike called off\n\nThe union called off the strike.\n", NULL, NULL);
  const char *tags[] = { "fisheries-policy", NULL };
  gint64 n = test_add_note (f->store, a, article_text, "Officials familiar with the negotiations", BYLINE_NOTE_COMMENT,
                            "Anonymous officials again: who are they?", tags);
  g_autoptr (GPtrArray) hits = NULL;
  const BylineSearchHit *hit;
  const char *hostile[] = { "don't", "U.S.", "\"unclosed", "NEAR(", "*", "-", "a OR", "AND",
                            "(", ")", "^", ":", "title:x", "\"\"", "", "   ", "'", "é" };

  hits = byline_store_search (f->store, "strike", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  hit = hits->pdata[0];
  g_assert_cmpint (hit->kind, ==, BYLINE_HIT_ARTICLE);
  g_assert_cmpint (hit->article, ==, b);
  g_assert_cmpstr (hit->title, ==, "Rail strike called off");
  g_assert_nonnull (strstr (hit->snippet, BYLINE_STORE_MATCH_OPEN "strike" BYLINE_STORE_MATCH_CLOSE));
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* a note matches by its words, its passage and its tags */
  hits = byline_store_search (f->store, "who are they", 10, &error);
  g_assert_cmpuint (hits->len, ==, 1);
  hit = hits->pdata[0];
  g_assert_cmpint (hit->kind, ==, BYLINE_HIT_NOTE);
  g_assert_cmpint (hit->note, ==, n);
  g_assert_cmpint (hit->article, ==, a);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = byline_store_search (f->store, "fisheries-policy", 10, &error);
  g_assert_cmpuint (hits->len, >=, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* the article and the note both say "officials"; stemming finds "negotiation" */
  hits = byline_store_search (f->store, "negotiation", 10, &error);
  g_assert_cmpuint (hits->len, ==, 2);
  g_clear_pointer (&hits, g_ptr_array_unref);
  /* accents fold; the last word is a prefix */
  hits = byline_store_search (f->store, "cafe", 10, &error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = byline_store_search (f->store, "fisher", 10, &error);
  g_assert_cmpuint (hits->len, >=, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  /* a phrase must match in order */
  hits = byline_store_search (f->store, "\"off the strike\"", 10, &error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = byline_store_search (f->store, "\"strike the off\"", 10, &error);
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);
  /* every word must match */
  hits = byline_store_search (f->store, "strike oslo", 10, &error);
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* what a reader types is never an FTS syntax error */
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      hits = byline_store_search (f->store, hostile[i], 10, &error);
      g_assert_no_error (error);
      g_assert_nonnull (hits);
      g_clear_pointer (&hits, g_ptr_array_unref);
    }
}

static void
test_fts_query (void)
{
  struct { const char *in, *out; } cases[] = {
    { "strike", "\"strike\"*" },
    { "rail strike", "\"rail\" \"strike\"*" },
    { "\"off the strike\"", "\"off the strike\"" },
    { "don't", "\"don't\"*" },
    { "U.S. talks", "\"U\" \"S\" \"talks\"*" },
    { "NEAR( x", "\"NEAR\" \"x\"" },
    { "talks in", "\"talks\" \"in\"" },
    { "\"unclosed phrase", "\"unclosed phrase\"" },
    { "***", "" },
    { "", "" },
    { "Zarif's \"nuclear deal\" Iran", "\"Zarif's\" \"nuclear deal\" \"Iran\"*" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *q = _byline_store_fts_query (cases[i].in);
      g_assert_cmpstr (q, ==, cases[i].out);
    }
}

/* Corrections */

static JsonObject *
entity_named (JsonNode   *analysis,
              const char *name)
{
  JsonArray *entities = json_object_get_array_member (json_node_get_object (analysis), "entities");

  for (guint i = 0; i < json_array_get_length (entities); i++)
    {
      JsonObject *e = json_array_get_object_element (entities, i);
      if (g_strcmp0 (json_object_get_string_member (e, "name"), name) == 0)
        return e;
    }
  return NULL;
}

static gint64
correct (BylineStore           *store,
         gint64                 article,
         BylineCorrectionTarget target,
         const char            *ref,
         BylineCorrectionAction action,
         const char            *value)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) analysis = byline_store_dup_analysis (store, article, TRUE, &error);
  g_autoptr (BylineArticle) a = byline_store_get_article (store, article, &error);
  g_autoptr (BylineCorrection) c = NULL;
  gint64 id;

  g_assert_no_error (error);
  c = byline_correction_new_for (analysis, a->text, target, ref, action, value, &error);
  g_assert_no_error (error);
  c->article = article;
  id = byline_store_add_correction (store, c, &error);
  g_assert_no_error (error);
  return id;
}

static void
test_corrections (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, "/fish.txt", NULL);
  g_autoptr (JsonNode) plain = byline_store_dup_analysis (f->store, a, FALSE, &error);
  g_autoptr (JsonNode) fixed = NULL;
  JsonArray *quotes;
  JsonObject *q;
  g_autoptr (GPtrArray) list = NULL;
  gint64 type_fix;

  g_assert_no_error (error);
  g_assert_nonnull (entity_named (plain, "Anna Berg"));
  g_assert_nonnull (entity_named (plain, "Oslo"));

  type_fix = correct (f->store, a, BYLINE_TARGET_ENTITY, "Oslo", BYLINE_FIX_TYPE, "org");
  correct (f->store, a, BYLINE_TARGET_ENTITY, "Anna Berg", BYLINE_FIX_NAME, "Anna K. Berg");
  correct (f->store, a, BYLINE_TARGET_QUOTE, "common approach", BYLINE_FIX_SPEAKER, "Mateo Fuentes");

  /* persist across closing and reopening */
  g_clear_pointer (&f->store, byline_store_close);
  f->store = byline_store_open (f->path, &error);
  g_assert_no_error (error);
  fixed = byline_store_dup_analysis (f->store, a, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (entity_named (fixed, "Oslo"), "type"), ==, "ORG");
  g_assert_true (json_object_get_boolean_member (entity_named (fixed, "Oslo"), "corrected"));
  g_assert_null (entity_named (fixed, "Anna Berg"));
  g_assert_nonnull (entity_named (fixed, "Anna K. Berg"));
  quotes = json_object_get_array_member (json_node_get_object (fixed), "quotes");
  g_assert_cmpuint (json_array_get_length (quotes), >=, 1);
  q = json_array_get_object_element (quotes, 0);
  g_assert_cmpstr (json_object_get_string_member (q, "speaker_name"), ==, "Mateo Fuentes");
  g_assert_cmpstr (json_object_get_string_member (q, "speaker"), ==,
                   json_object_get_string_member (entity_named (fixed, "Mateo Fuentes"), "id"));

  /* applied again after the analyser changes and the cache is remade */
  g_assert_true (_byline_store_exec (f->store, "UPDATE articles SET analysis_version = 'old'", &error));
  g_clear_pointer (&fixed, json_node_unref);
  fixed = byline_store_dup_analysis (f->store, a, TRUE, &error);
  g_assert_cmpstr (json_object_get_string_member (entity_named (fixed, "Oslo"), "type"), ==, "ORG");

  /* removing items; the signals count what is left */
  correct (f->store, a, BYLINE_TARGET_QUOTE, "q1", BYLINE_FIX_REMOVE, NULL);
  correct (f->store, a, BYLINE_TARGET_CLAIM, "likely to be signed", BYLINE_FIX_ATTRIBUTION, "anonymous");
  g_clear_pointer (&fixed, json_node_unref);
  fixed = byline_store_dup_analysis (f->store, a, TRUE, &error);
  quotes = json_object_get_array_member (json_node_get_object (fixed), "quotes");
  for (guint i = 0; i < json_array_get_length (quotes); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (quotes, i),
                                                    "speaker_name"), !=, "Mateo Fuentes");

  /* undo: deleting a correction restores the analyser's answer */
  g_assert_true (byline_store_delete_correction (f->store, type_fix, &error));
  g_clear_pointer (&fixed, json_node_unref);
  fixed = byline_store_dup_analysis (f->store, a, TRUE, &error);
  g_assert_cmpstr (json_object_get_string_member (entity_named (fixed, "Oslo"), "type"), ==, "PLACE");
  list = byline_store_list_corrections (f->store, a, &error);
  g_assert_cmpuint (list->len, ==, 4);
  g_assert_false (byline_store_delete_correction (f->store, type_fix, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
}

static void
test_correction_errors (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);
  g_autoptr (JsonNode) analysis = byline_store_dup_analysis (f->store, a, FALSE, &error);
  BylineCorrection *c;

  c = byline_correction_new_for (analysis, article_text, BYLINE_TARGET_ENTITY, "Nobody",
                                 BYLINE_FIX_TYPE, "ORG", &error);
  g_assert_null (c);
  g_assert_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_NOT_FOUND);
  g_clear_error (&error);
  c = byline_correction_new_for (analysis, article_text, BYLINE_TARGET_ENTITY, "Oslo",
                                 BYLINE_FIX_TYPE, "CITY", &error);
  g_assert_null (c);
  g_assert_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "PERSON"));
  g_clear_error (&error);
  c = byline_correction_new_for (analysis, article_text, BYLINE_TARGET_QUOTE, "q1",
                                 BYLINE_FIX_TYPE, "ORG", &error);
  g_assert_null (c);
  g_assert_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_INVALID);
  g_clear_error (&error);
  c = byline_correction_new_for (analysis, article_text, BYLINE_TARGET_QUOTE, "q99",
                                 BYLINE_FIX_REMOVE, NULL, &error);
  g_assert_null (c);
  g_assert_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_NOT_FOUND);
  g_clear_error (&error);
  c = byline_correction_new_for (analysis, article_text, BYLINE_TARGET_QUOTE, "q1",
                                 BYLINE_FIX_SPEAKER, "  ", &error);
  g_assert_null (c);
  g_assert_error (error, BYLINE_CORRECTION_ERROR, BYLINE_CORRECTION_ERROR_INVALID);
  g_clear_error (&error);

  /* an entity by its id, a quote by an offset inside it */
  c = byline_correction_new_for (analysis, article_text, BYLINE_TARGET_ENTITY, "e1",
                                 BYLINE_FIX_REMOVE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (c->key, ==, json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (
                       json_node_get_object (analysis), "entities"), 0), "name"));
  byline_correction_free (c);
  {
    g_autofree char *offset = g_strdup_printf ("%u", test_char_index (article_text, "common approach"));

    c = byline_correction_new_for (analysis, article_text, BYLINE_TARGET_QUOTE, offset,
                                   BYLINE_FIX_REMOVE, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (c->key, "common approach"));
    byline_correction_free (c);
  }
}

/* Migrations and damaged libraries */

static void
test_migrate_v1 (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *old = g_build_filename (f->dir, "v1.db", NULL);
  g_autoptr (BylineStore) store = NULL;
  g_autoptr (GPtrArray) notes = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (BylineNote) note = NULL;
  g_autoptr (GPtrArray) articles = NULL;
  BylineAddOutcome outcome;
  const char *harbour = "Harbour talks end without a deal\n\nOSLO - Port officials said on Tuesday "
                        "that the harbour talks had ended without a deal.\n\n\"We will come back in "
                        "April,\" said Mayor Ingrid Solberg.";

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "fixtures", "library-v1.sql",
                                                           NULL), &sql, NULL, &error));
  g_assert_true (_byline_store_create_from_sql (old, sql, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (file_schema (old), ==, 1);

  store = byline_store_open (old, &error);
  g_assert_no_error (error);
  notes = byline_store_list_notes (store, 0, NULL, &error);
  g_assert_cmpuint (notes->len, ==, 3);
  note = byline_store_get_note (store, 1, &error);
  g_assert_cmpstr (note->body, ==, "Which officials? No names.");
  g_assert_cmpint (note->kind, ==, BYLINE_NOTE_QUESTION);
  g_assert_cmpuint (g_strv_length (note->tags), ==, 2);
  /* the old notes and texts are searchable */
  hits = byline_store_search (store, "which officials", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  /* the article's text and the passage of the note on it */
  hits = byline_store_search (store, "union", 10, &error);
  g_assert_cmpuint (hits->len, ==, 2);
  /* its articles are found by their text, as before */
  g_assert_cmpint (test_add_article (store, harbour, NULL, &outcome), ==, 1);
  g_assert_cmpint (outcome, ==, BYLINE_ADD_EXISTING);
  articles = byline_store_list_articles (store, "sourcing", &error);
  g_assert_cmpuint (articles->len, ==, 2);
  /* corrections, new in schema 2, work */
  correct (store, 1, BYLINE_TARGET_ENTITY, "Ingrid Solberg", BYLINE_FIX_TYPE, "PERSON");
  g_assert_true (byline_store_check_integrity (store, &error));
  g_clear_pointer (&store, byline_store_close);
  g_assert_cmpuint (file_schema (old), ==, BYLINE_STORE_SCHEMA_VERSION);
}

static void
test_refuse_too_new (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "future.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  BylineStore *store;

  g_assert_true (_byline_store_create_from_sql (path, "CREATE TABLE future (x); PRAGMA user_version = 99; "
                                                "PRAGMA application_id = 1113148494;",
                                                &error));
  before = file_checksum (path);
  store = byline_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, path));
  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_free (after);
  after = g_strconcat (path, "-wal", NULL);
  g_assert_false (g_file_test (after, G_FILE_TEST_EXISTS));
}

static void
test_refuse_damaged (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.db", NULL);
  g_autofree char *cut = g_build_filename (f->dir, "cut.db", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  gsize len = 0;
  gint64 a;
  BylineStore *store;

  /* garbage */
  g_assert_true (g_file_set_contents (garbage, "this is not a database at all, just words\n", -1, NULL));
  before = file_checksum (garbage);
  store = byline_store_open (garbage, &error);
  g_assert_null (store);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, garbage));
  g_clear_error (&error);
  {
    g_autofree char *after = file_checksum (garbage);
    g_assert_cmpstr (after, ==, before);
  }

  /* a real library cut in half */
  a = test_add_article (f->store, article_text, NULL, NULL);
  for (int i = 0; i < 300; i++)
    {
      g_autofree char *body = g_strdup_printf ("note %d %s", i, article_text);
      g_assert_cmpint (byline_store_add_note (f->store, a, i, i + 5, body, 0, NULL, &error), >, 0);
    }
  g_clear_pointer (&f->store, byline_store_close);
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 40000);
  g_assert_true (g_file_set_contents (cut, contents, len / 2, NULL));
  g_free (before);
  before = file_checksum (cut);
  store = byline_store_open (cut, &error);
  g_assert_null (store);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "cut short"));
  {
    g_autofree char *after = file_checksum (cut);
    g_assert_cmpstr (after, ==, before);
  }
}

static void
test_busy (Fixture      *f,
           gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);
  g_autoptr (BylineStore) other = byline_store_open (f->path, &error);
  g_autoptr (GPtrArray) notes = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_no_error (error);
  _byline_store_set_busy_timeout (other, 300);
  /* another program is writing */
  g_assert_true (_byline_store_exec (f->store, "BEGIN IMMEDIATE", &error));
  g_assert_cmpint (byline_store_add_note (other, a, 0, 4, "wait", 0, NULL, &error), ==, 0);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 250000);
  g_clear_error (&error);
  /* readers are not blocked by a writer */
  notes = byline_store_list_notes (other, a, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (_byline_store_exec (f->store, "COMMIT", &error));
  g_assert_cmpint (byline_store_add_note (other, a, 0, 4, "now", 0, NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
test_find_by_sha256 (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, article_text, -1);
  g_autofree char *upper = g_ascii_strup (sha, -1);
  gint64 id = -1;

  g_assert_true (byline_store_find_article_by_sha256 (f->store, sha, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, a);
  id = -1;
  g_assert_true (byline_store_find_article_by_sha256 (f->store, upper, &id, &error));
  g_assert_cmpint (id, ==, a);
  g_assert_true (byline_store_find_article_by_sha256 (f->store, "0123", &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, 0);
}

static BylineNote *
given_note (const char *exact,
            const char *prefix,
            const char *suffix,
            guint32     start,
            guint32     end,
            const char *body,
            const char *tag)
{
  BylineNote *n = g_new0 (BylineNote, 1);
  const char *tags[] = { tag, NULL };

  n->exact = g_strdup (exact);
  n->prefix = g_strdup (prefix);
  n->suffix = g_strdup (suffix);
  n->start = start;
  n->end = end;
  n->body = g_strdup (body);
  n->kind = BYLINE_NOTE_QUESTION;
  n->created = 1000000000;
  n->updated = 1000000500;
  n->tags = g_strdupv ((char **) tags);
  return n;
}

static void
test_import_notes (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);
  g_autoptr (GPtrArray) given = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_note_free);
  g_autoptr (GPtrArray) notes = NULL;
  BylineNoteImportCounts counts = { 99, 99, 99 };
  guint32 oslo = test_char_index (article_text, "Oslo on");
  const BylineNote *n;

  /* "Oslo" twice in the text: the hint and the context pick the second */
  g_ptr_array_add (given, given_note ("Oslo", "Fuentes, in ", " on Monday", 0, 4, "where?", "place"));
  /* no quote: the position is the passage */
  g_ptr_array_add (given, given_note ("", "", "", 0, 9, "first word", NULL));
  /* not in the text: orphaned, kept */
  g_ptr_array_add (given, given_note ("Stockholm", "", "", 3000, 3009, "gone", "lost"));
  /* the same note twice in one file: both kept */
  g_ptr_array_add (given, given_note ("Berg", "", "", 0, 0, "twice", NULL));
  g_ptr_array_add (given, given_note ("Berg", "", "", 0, 0, "twice", NULL));

  g_assert_true (byline_store_import_notes (f->store, a, given, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.added, ==, 5);
  g_assert_cmpuint (counts.duplicates, ==, 0);
  g_assert_cmpuint (counts.orphaned, ==, 1);

  notes = byline_store_list_notes (f->store, a, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 5);
  for (guint i = 0; i < notes->len; i++)
    {
      n = notes->pdata[i];
      g_assert_cmpint (n->kind, ==, BYLINE_NOTE_QUESTION);
      g_assert_cmpint (n->created, ==, 1000000000);
      g_assert_cmpint (n->updated, ==, 1000000500);
      if (g_str_equal (n->body, "where?"))
        {
          g_assert_cmpuint (n->start, ==, oslo);
          g_assert_cmpuint (n->end, ==, oslo + 4);
          g_assert_cmpstr (n->tags[0], ==, "place");
          g_assert_false (n->orphaned);
        }
      else if (g_str_equal (n->body, "first word"))
        {
          g_assert_cmpstr (n->exact, ==, "Ministers");
          g_assert_cmpstr (n->suffix, ==, " agree to share fisheries data\n\n");
        }
      else if (g_str_equal (n->body, "gone"))
        {
          g_assert_true (n->orphaned);
          g_assert_cmpstr (n->exact, ==, "Stockholm");
          g_assert_cmpuint (n->end, <=, g_utf8_strlen (article_text, -1));
        }
      else
        {
          g_assert_cmpstr (n->body, ==, "twice");
          g_assert_cmpuint (n->start, ==, test_char_index (article_text, "Berg"));
        }
    }

  /* a second import adds nothing */
  g_assert_true (byline_store_import_notes (f->store, a, given, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_cmpuint (counts.duplicates, ==, 5);
  g_clear_pointer (&notes, g_ptr_array_unref);
  notes = byline_store_list_notes (f->store, a, NULL, &error);
  g_assert_cmpuint (notes->len, ==, 5);

  /* a third "twice" is new */
  g_ptr_array_set_size (given, 0);
  g_ptr_array_add (given, given_note ("Berg", "", "", 0, 0, "twice", NULL));
  g_ptr_array_add (given, given_note ("Berg", "", "", 0, 0, "twice", NULL));
  g_ptr_array_add (given, given_note ("Berg", "", "", 0, 0, "twice", NULL));
  g_assert_true (byline_store_import_notes (f->store, a, given, &counts, &error));
  g_assert_cmpuint (counts.added, ==, 1);
  g_assert_cmpuint (counts.duplicates, ==, 2);

  /* no such article; invalid UTF-8 */
  g_assert_false (byline_store_import_notes (f->store, a + 100, given, &counts, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_ptr_array_add (given, given_note ("Berg", "", "", 0, 0, "bad \xff", NULL));
  g_assert_false (byline_store_import_notes (f->store, a, given, &counts, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID);
  g_clear_pointer (&notes, g_ptr_array_unref);
  notes = byline_store_list_notes (f->store, a, NULL, NULL);
  g_assert_cmpuint (notes->len, ==, 6);
}

/* Issue 19 part B: hostile libraries, queries and folders */

/* a closed library's application_id, from its header */
static guint32
file_application_id (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;
  const guint8 *h;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >=, 100);
  h = (const guint8 *) contents + 68;
  return ((guint32) h[0] << 24) | (h[1] << 16) | (h[2] << 8) | h[3];
}

static void
test_foreign_database (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  const char *const foreign[] = {
    /* another program's tables, with rows, in the rollback journal */
    "CREATE TABLE inventory (item TEXT, qty INT); INSERT INTO inventory VALUES ('bolt', 3);",
    /* another program's id, even with tables named like Byline's */
    "PRAGMA application_id = 1234; PRAGMA user_version = 2; CREATE TABLE articles (x);"
    "CREATE TABLE notes (x); CREATE TABLE tags (x);",
    /* only a view */
    "CREATE VIEW v AS SELECT 1;",
  };

  for (guint i = 0; i < G_N_ELEMENTS (foreign); i++)
    {
      g_autofree char *name = g_strdup_printf ("other-%u.sqlite", i);
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      BylineStore *store;

      g_assert_true (_byline_store_create_from_sql (path, foreign[i], &error));
      before = file_checksum (path);
      store = byline_store_open (path, &error);
      g_assert_null (store);
      g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, path));
      g_assert_nonnull (strstr (error->message, "another program"));
      g_clear_error (&error);
      store = byline_store_open_read_only (path, &error);
      g_assert_null (store);
      g_clear_error (&error);
      after = file_checksum (path);
      g_assert_cmpstr (before, ==, after);
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    }

  /* a new library carries the id; so does an old one, once opened */
  g_clear_pointer (&f->store, byline_store_close);
  g_assert_cmphex (file_application_id (f->path), ==, 0x42594C4E);
  {
    g_autofree char *sql = NULL;
    g_autofree char *old = g_build_filename (f->dir, "v1-no-id.db", NULL);
    g_autoptr (BylineStore) store = NULL;

    g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "fixtures", "library-v1.sql",
                                                             NULL), &sql, NULL, &error));
    g_assert_true (_byline_store_create_from_sql (old, sql, &error));
    g_assert_cmphex (file_application_id (old), ==, 0);
    store = byline_store_open (old, &error);
    g_assert_no_error (error);
    g_clear_pointer (&store, byline_store_close);
    g_assert_cmphex (file_application_id (old), ==, 0x42594C4E);
  }
}

static void
test_read_only (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineStore) store = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GPtrArray) articles = NULL;
  g_autoptr (JsonNode) analysis = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);

  test_add_note (f->store, a, article_text, "Ministers", BYLINE_NOTE_COMMENT, "the headline", NULL);
  g_clear_pointer (&f->store, byline_store_close);
  before = file_checksum (f->path);

  store = byline_store_open_read_only (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (byline_store_is_read_only (store));
  articles = byline_store_list_articles (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 1);
  hits = byline_store_search (store, "fisheries headline", 10, &error);
  g_assert_no_error (error);
  analysis = byline_store_dup_analysis (store, a, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (byline_store_check_integrity (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (byline_store_add_note (store, a, 0, 4, "no", BYLINE_NOTE_COMMENT, NULL, &error), ==, 0);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (byline_store_remove_article (store, a, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_clear_pointer (&store, byline_store_close);
  after = file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);

  /* a folder that cannot be written (root writes anywhere: not tested then) */
  if (geteuid () != 0)
    {
      g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
      store = byline_store_open (f->path, &error);
      g_assert_no_error (error);
      g_assert_true (byline_store_is_read_only (store));
      g_clear_pointer (&hits, g_ptr_array_unref);
      hits = byline_store_search (store, "fisheries", 10, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hits->len, ==, 1);
      g_assert_true (byline_store_check_integrity (store, &error));
      g_clear_pointer (&store, byline_store_close);
      g_chmod (dir, 0700);
    }

  /* the same with the last changes still in the log (a copy taken while
   * Byline had it open): they are read too */
  if (geteuid () != 0)
    {
      g_autofree char *copy_dir = g_build_filename (f->dir, "copy", NULL);
      g_autofree char *copy = g_build_filename (copy_dir, "library.db", NULL);
      g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
      g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
      g_autofree char *contents = NULL;
      gsize len;
      const char *later = "Late news\n\nThe late ferry left on time for once.\n";

      store = byline_store_open (f->path, &error);
      g_assert_no_error (error);
      test_add_article (store, later, NULL, NULL);
      g_assert_cmpint (g_mkdir (copy_dir, 0700), ==, 0);
      g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
      g_assert_true (g_file_set_contents (copy, contents, len, NULL));
      g_clear_pointer (&contents, g_free);
      g_assert_true (g_file_get_contents (wal, &contents, &len, NULL));
      g_assert_cmpuint (len, >, 0);
      g_assert_true (g_file_set_contents (copy_wal, contents, len, NULL));
      g_clear_pointer (&store, byline_store_close);
      g_assert_cmpint (g_chmod (copy_dir, 0500), ==, 0);

      store = byline_store_open (copy, &error);
      g_assert_no_error (error);
      g_assert_true (byline_store_is_read_only (store));
      g_clear_pointer (&articles, g_ptr_array_unref);
      articles = byline_store_list_articles (store, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (articles->len, ==, 2);
      g_assert_true (byline_store_check_integrity (store, &error));
      g_assert_no_error (error);
      g_clear_pointer (&store, byline_store_close);
      g_chmod (copy_dir, 0700);
    }
}

/* Flips bits in @needle's first occurrence in the file @path */
static void
damage_file (const char *path,
             const char *needle)
{
  g_autofree char *contents = NULL;
  gsize len = 0;
  char *at;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  at = NULL;
  for (gsize i = 0; at == NULL && i + strlen (needle) <= len; i++)
    if (memcmp (contents + i, needle, strlen (needle)) == 0)
      at = contents + i;
  g_assert_nonnull (at);
  for (gsize i = 0; i < strlen (needle); i += 2)
    at[i] ^= 0xc0;
  g_assert_true (g_file_set_contents (path, contents, len, NULL));
}

static void
test_damage_found_and_repaired (Fixture      *f,
                                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  const char *other = "Ferry fares rise\n\nBERGEN - The ferry company raised its fares on Friday, "
                      "blaming the price of fuel and a shortage of crews.\n";
  g_autoptr (BylineStore) store = NULL;
  g_autoptr (GPtrArray) notes = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *report = NULL;
  g_autofree char *marker = g_strconcat (f->path, "-damaged", NULL);
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);
  gint64 b = test_add_article (f->store, other, NULL, NULL);

  test_add_note (f->store, b, other, "Ferry", BYLINE_NOTE_COMMENT, "a note that survives", NULL);
  g_clear_pointer (&f->store, byline_store_close);
  /* bits flipped inside a text: the file's structure is sound */
  damage_file (f->path, "shortage of crews");

  store = byline_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (byline_store_check_integrity (store, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "article"));
  g_clear_error (&error);
  /* no write once it is found damaged, nor after it is opened again */
  g_assert_cmpint (byline_store_add_note (store, a, 0, 4, "x", BYLINE_NOTE_COMMENT, NULL, &error), ==, 0);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_clear_pointer (&store, byline_store_close);
  g_assert_true (g_file_test (marker, G_FILE_TEST_EXISTS));
  store = byline_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (byline_store_is_read_only (store));
  g_assert_nonnull (byline_store_get_damage (store));
  g_assert_false (byline_store_tag_article (store, a, "x", TRUE, &error));
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  /* reading still works */
  notes = byline_store_list_notes (store, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 1);
  g_clear_pointer (&store, byline_store_close);

  g_assert_true (byline_store_repair (f->path, &backup, &report, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_nonnull (strstr (report, "article"));
  g_assert_false (g_file_test (marker, G_FILE_TEST_EXISTS));
  store = byline_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (byline_store_is_read_only (store));
  g_assert_true (byline_store_check_integrity (store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&notes, g_ptr_array_unref);
  notes = byline_store_list_notes (store, b, NULL, &error);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (((BylineNote *) notes->pdata[0])->body, ==, "a note that survives");
  g_assert_cmpint (byline_store_add_note (store, a, 0, 4, "again", BYLINE_NOTE_COMMENT, NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
test_damaged_analysis (Fixture      *f,
                       gconstpointer data)
{
  /* a cached analysis that is not UTF-8, or nested past any analysis */
  static const char *const bad[] = {
    "{\"entities\": [\xff\xfe",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
  };
  g_autoptr (GError) error = NULL;
  gint64 a = test_add_article (f->store, article_text, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GString) hex = g_string_new (NULL);
      g_autofree char *sql = NULL;
      g_autoptr (JsonNode) analysis = byline_store_dup_analysis (f->store, a, FALSE, &error);

      g_assert_no_error (error);
      for (const char *p = bad[i]; *p; p++)
        g_string_append_printf (hex, "%02X", (guchar) *p);
      sql = g_strdup_printf ("UPDATE articles SET analysis = CAST (X'%s' AS TEXT)", hex->str);
      g_assert_true (_byline_store_exec (f->store, sql, &error));
      /* read: made again from the text, never a parse error */
      g_clear_pointer (&analysis, json_node_unref);
      analysis = byline_store_dup_analysis (f->store, a, TRUE, &error);
      g_assert_no_error (error);
      g_assert_true (JSON_NODE_HOLDS_OBJECT (analysis));
      /* the check finds it all the same; the repair makes it again */
      g_assert_true (_byline_store_exec (f->store, sql, &error));
      g_assert_false (byline_store_check_integrity (f->store, &error));
      g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, "analysis"));
      g_clear_error (&error);
      g_clear_pointer (&f->store, byline_store_close);
      g_assert_true (byline_store_repair (f->path, NULL, NULL, &error));
      g_assert_no_error (error);
      f->store = byline_store_open (f->path, &error);
      g_assert_no_error (error);
      g_assert_true (byline_store_check_integrity (f->store, &error));
      g_assert_no_error (error);
    }
}

/* A long query on a long article: its words bounded, its snippet in one pass */
static void
test_search_long_query (Fixture      *f,
                        gconstpointer data)
{
  static const char *const words[] = {
    "amber", "basalt", "cobalt", "dune", "ember", "fjord", "glacier", "harbour", "inlet", "jetty",
    "kelp", "lagoon", "marsh", "nectar", "orchard", "prairie", "quarry", "ridge", "savanna",
    "tundra", "upland", "valley", "willow", "yarrow",
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) s = g_string_new ("Landscapes in long form\n\n");
  g_autoptr (GRand) rand = g_rand_new_with_seed (19);
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GString) query = g_string_new (NULL);
  g_autofree char *ignored = NULL;
  gint64 start, elapsed;

  while (s->len < 1200 * 1000)
    {
      for (guint w = 0; w < 9; w++)
        g_string_append_printf (s, "%s%s", w ? " " : "",
                                words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_string_append (s, ". ");
    }
  test_add_article (f->store, s->str, NULL, NULL);
  for (guint i = 0; i < 20; i++)
    g_string_append_printf (query, "%s ", words[i]);

  /* the best of three, on a machine doing other things */
  for (guint run = 0; run < 3; run++)
    {
      gint64 took;

      g_clear_pointer (&hits, g_ptr_array_unref);
      start = g_get_monotonic_time ();
      hits = byline_store_search (f->store, query->str, 20, &error);
      took = g_get_monotonic_time () - start;
      elapsed = run == 0 ? took : MIN (elapsed, took);
      g_assert_no_error (error);
      g_assert_cmpuint (hits->len, ==, 1);
      g_assert_nonnull (strstr (((BylineSearchHit *) hits->pdata[0])->snippet, BYLINE_STORE_MATCH_OPEN));
    }
  g_test_message ("20 words on 1.2 MB: %.1f ms", elapsed / 1000.0);
#if defined(__SANITIZE_ADDRESS__)
  elapsed /= 10;   /* AddressSanitizer is several times slower */
#endif
  g_assert_cmpint (elapsed, <, 100 * 1000);

  /* a search past its time is stopped with a message, and the next one works */
  _byline_store_set_search_timeout (f->store, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = byline_store_search (f->store, query->str, 20, &error);
  g_assert_null (hits);
  g_assert_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "too long"));
  g_clear_error (&error);
  _byline_store_set_search_timeout (f->store, BYLINE_STORE_SEARCH_TIMEOUT_MS);
  hits = byline_store_search (f->store, "glacier", 20, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);

  ignored = byline_store_search_ignored (query->str);
  g_assert_cmpstr (ignored, ==, "quarry ridge savanna tundra");
  g_clear_pointer (&ignored, g_free);
  ignored = byline_store_search_ignored ("two words");
  g_assert_null (ignored);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/store/open/new", test_open_new);
  g_test_add_func ("/store/open/default-path", test_default_path);
  ADD ("/store/article/same-text", test_article_same_text);
  ADD ("/store/article/metadata", test_article_metadata);
  ADD ("/store/article/remove", test_article_remove);
  ADD ("/store/article/analysis-cache", test_article_analysis_cache);
  ADD ("/store/note/anchor", test_note_anchor);
  ADD ("/store/note/bad-span", test_note_bad_span);
  ADD ("/store/note/edit-delete-restore", test_note_edit_delete_restore);
  ADD ("/store/note/sql-literal", test_note_sql_literal);
  ADD ("/store/note/import", test_import_notes);
  ADD ("/store/article/by-sha256", test_find_by_sha256);
  ADD ("/store/reanchor/moved", test_reanchor_moved);
  ADD ("/store/reanchor/context", test_reanchor_context);
  ADD ("/store/reanchor/orphaned", test_reanchor_orphaned);
  ADD ("/store/tags/rename-merge", test_tags_rename_merge);
  ADD ("/store/tags/articles", test_tags_articles);
  ADD ("/store/search/ranked", test_search);
  g_test_add_func ("/store/search/query", test_fts_query);
  ADD ("/store/corrections/apply", test_corrections);
  ADD ("/store/corrections/errors", test_correction_errors);
  ADD ("/store/migrate/v1", test_migrate_v1);
  ADD ("/store/damaged/too-new", test_refuse_too_new);
  ADD ("/store/damaged/refused", test_refuse_damaged);
  ADD ("/store/busy", test_busy);
  ADD ("/store/hostile/foreign-database", test_foreign_database);
  ADD ("/store/hostile/read-only", test_read_only);
  ADD ("/store/hostile/damage-repaired", test_damage_found_and_repaired);
  ADD ("/store/hostile/damaged-analysis", test_damaged_analysis);
  ADD ("/store/hostile/long-query", test_search_long_query);

  return g_test_run ();
}
