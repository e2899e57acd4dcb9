/* byline-store-articles.c: articles: added with their analysis, read, listed,
 * removed, and their notes and corrections found again when the text changes
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "byline-input.h"
#include "byline-analysis.h"
#include "byline-dates.h"
#include "byline-store.h"
#include "byline-store-private.h"

/* Bumped whenever the analyser's output changes, so cached analyses are redone */
#define ANALYSER_VERSION BYLINE_ANALYSIS_SCHEMA " " PACKAGE_VERSION " r" G_STRINGIFY (BYLINE_ANALYSER_REVISION)

/* Articles */

/* The page's metadata as the articles.page column keeps it, or NULL when none */
static char *
page_to_json (const BylinePageMeta *page)
{
  g_autoptr (JsonBuilder) builder = NULL;
  g_autoptr (JsonGenerator) gen = NULL;
  g_autoptr (JsonNode) root = NULL;
  const char *members[][2] = {
    { "url", page ? page->url : NULL }, { "author", page ? page->author : NULL },
    { "published", page ? page->published : NULL }, { "publisher", page ? page->publisher : NULL },
  };
  gboolean any = FALSE;

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  for (gsize i = 0; i < G_N_ELEMENTS (members); i++)
    if (members[i][1] != NULL)
      {
        json_builder_set_member_name (builder, members[i][0]);
        json_builder_add_string_value (builder, members[i][1]);
        any = TRUE;
      }
  json_builder_end_object (builder);
  if (!any)
    return NULL;
  root = json_builder_get_root (builder);
  gen = json_generator_new ();
  json_generator_set_root (gen, root);
  return json_generator_to_data (gen, NULL);
}

/* Reads the articles.page column into @page, whose strings @node owns */
static JsonNode *
page_from_json (const char     *json,
                BylinePageMeta *page)
{
  JsonNode *node;
  JsonObject *obj;

  memset (page, 0, sizeof *page);
  if (json == NULL || (node = json_from_string (json, NULL)) == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return node;
  obj = json_node_get_object (node);
  page->url = json_object_get_string_member_with_default (obj, "url", NULL);
  page->author = json_object_get_string_member_with_default (obj, "author", NULL);
  page->published = json_object_get_string_member_with_default (obj, "published", NULL);
  page->publisher = json_object_get_string_member_with_default (obj, "publisher", NULL);
  return node;
}

/* Keeps @page_json as the article's page when it says something new; the
 * cached analysis is then made again on its next read */
static gboolean
set_article_page (BylineStore *self,
                  gint64       id,
                  const char  *page_json,
                  GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = _byline_store_prepare (self,
                                                         "UPDATE articles SET page = ?1, "
                                                         "analysis_version = NULL WHERE id = ?2 "
                                                         "AND page IS NOT ?1", error);

  if (stmt == NULL)
    return FALSE;
  _byline_store_bind_text (stmt, 1, page_json);
  sqlite3_bind_int64 (stmt, 2, id);
  return _byline_store_step (self, stmt, error) == STEP_DONE;
}

static char *
analyse (BylineText           *text,
         const BylinePageMeta *page,
         char                **title,
         char                **dateline)
{
  g_autoptr (BylineAnalysis) analysis = byline_analysis_new_with_page (text, page);
  const BylineDocument *doc = analysis->document;
  GString *json = g_string_new (NULL);

  if (title != NULL && doc->title.end > doc->title.start)
    *title = g_strndup (text->data + doc->title.start, doc->title.end - doc->title.start);
  if (dateline != NULL && byline_day_valid (&doc->date))
    *dateline = byline_day_to_iso (&doc->date);
  byline_analysis_write_json (analysis, json);
  return g_string_free (json, FALSE);
}

static char *
fallback_title (BylineText *text,
                const char *source)
{
  const char *p = text->data;
  const char *end;

  while (*p == '\n' || *p == '\r' || *p == ' ' || *p == '\t')
    p++;
  end = strchr (p, '\n');
  if (end == NULL)
    end = p + strlen (p);
  if (end > p)
    {
      /* a long first line is cut at a character boundary */
      const char *cut = end - p > 120 ? g_utf8_find_prev_char (p, p + 120) : end;
      return g_strstrip (g_strndup (p, cut - p));
    }
  if (source != NULL)
    return g_path_get_basename (source);
  return g_strdup (_("Untitled article"));
}

/* After the text of @article changed to @text: every note and correction
 * finds its passage again, or is kept and marked orphaned. */
static gboolean
reanchor (BylineStore *self,
          gint64       article,
          BylineText  *text,
          GError     **error)
{
  g_autoptr (sqlite3_stmt) notes = _byline_store_prepare (self,
                                                          "SELECT id, start, exact, prefix, suffix "
                                                          "FROM notes WHERE article = ?", error);
  g_autoptr (sqlite3_stmt) fix = NULL;
  g_autoptr (sqlite3_stmt) lost = NULL;
  g_autoptr (sqlite3_stmt) corrections = NULL;
  g_autoptr (sqlite3_stmt) move = NULL;
  Step s;

  if (notes == NULL)
    return FALSE;
  fix = _byline_store_prepare (self, "UPDATE notes SET start = ?, end = ?, prefix = ?, suffix = ?, "
                                     "orphaned = 0 WHERE id = ?", error);
  lost = _byline_store_prepare (self, "UPDATE notes SET orphaned = 1 WHERE id = ?", error);
  if (fix == NULL || lost == NULL)
    return FALSE;
  sqlite3_bind_int64 (notes, 1, article);
  while ((s = _byline_store_step (self, notes, error)) == STEP_ROW)
    {
      guint32 start, end;
      sqlite3_stmt *update;

      if (byline_anchor_find (text, (const char *) sqlite3_column_text (notes, 2),
                              (const char *) sqlite3_column_text (notes, 3),
                              (const char *) sqlite3_column_text (notes, 4),
                              sqlite3_column_int (notes, 1), &start, &end))
        {
          g_autofree char *prefix = NULL;
          g_autofree char *suffix = NULL;
          const char *from = text->data + byline_text_byte_offset (text, start);

          byline_anchor_context (text->data, text->len, from,
                                 from + strlen ((const char *) sqlite3_column_text (notes, 2)),
                                 &prefix, &suffix);
          update = fix;
          sqlite3_bind_int64 (fix, 1, start);
          sqlite3_bind_int64 (fix, 2, end);
          _byline_store_bind_text (fix, 3, prefix);
          _byline_store_bind_text (fix, 4, suffix);
          sqlite3_bind_int64 (fix, 5, sqlite3_column_int64 (notes, 0));
        }
      else
        {
          update = lost;
          sqlite3_bind_int64 (lost, 1, sqlite3_column_int64 (notes, 0));
        }
      if (_byline_store_step (self, update, error) != STEP_DONE)
        return FALSE;
      sqlite3_reset (update);
    }
  if (s == STEP_ERROR)
    return FALSE;

  /* corrections of quotes, claims and meetings follow their words; an
   * entity's is found by its name as well */
  corrections = _byline_store_prepare (self,
                                       "SELECT id, start, key FROM corrections WHERE article = ?",
                                       error);
  move = _byline_store_prepare (self,
                                "UPDATE corrections SET start = ?, end = ? WHERE id = ?", error);
  if (corrections == NULL || move == NULL)
    return FALSE;
  sqlite3_bind_int64 (corrections, 1, article);
  while ((s = _byline_store_step (self, corrections, error)) == STEP_ROW)
    {
      guint32 start, end;

      if (!byline_anchor_find (text, (const char *) sqlite3_column_text (corrections, 2),
                               "", "", sqlite3_column_int (corrections, 1), &start, &end))
        continue;
      sqlite3_bind_int64 (move, 1, start);
      sqlite3_bind_int64 (move, 2, end);
      sqlite3_bind_int64 (move, 3, sqlite3_column_int64 (corrections, 0));
      if (_byline_store_step (self, move, error) != STEP_DONE)
        return FALSE;
      sqlite3_reset (move);
    }
  return s == STEP_DONE;
}

static gint64
find_article (BylineStore *self,
              const char  *column_sql,
              const char  *value,
              GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = _byline_store_prepare (self, column_sql, error);
  Step s;

  if (stmt == NULL)
    return -1;
  _byline_store_bind_text (stmt, 1, value);
  s = _byline_store_step (self, stmt, error);
  if (s == STEP_ERROR)
    return -1;
  return s == STEP_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/**
 * byline_store_add_article:
 * @title: (nullable): else the analysis finds the headline
 * @source: (nullable): the path or URL; a changed text from the same source
 *   replaces the old one and its notes are re-anchored
 * @published: (nullable): "YYYY-MM-DD", else the analysis finds the dateline
 *
 * Returns: the article's id, or 0 with @error set
 */
gint64
byline_store_add_article (BylineStore      *self,
                          BylineText       *text,
                          const char       *title,
                          const char       *source,
                          const char       *format,
                          const char       *published,
                          BylineAddOutcome *outcome,
                          GError          **error)
{
  BylinePageMeta page = { .published = published };

  return byline_store_add_article_with_page (self, text, title, source, format, &page, outcome, error);
}

/**
 * byline_store_add_article_with_page:
 * @page: (nullable): what the imported page said of itself: its URL, author,
 *   date of publication ("YYYY-MM-DD", else the analysis finds the dateline)
 *   and publisher; kept with the article, so its analysis has its outlet
 *
 * As byline_store_add_article ().
 *
 * Returns: the article's id, or 0 with @error set
 */
gint64
byline_store_add_article_with_page (BylineStore          *self,
                                    BylineText           *text,
                                    const char           *title,
                                    const char           *source,
                                    const char           *format,
                                    const BylinePageMeta *page,
                                    BylineAddOutcome     *outcome,
                                    GError              **error)
{
  const char *published = page != NULL ? page->published : NULL;
  g_autofree char *page_json = page_to_json (page);
  g_autofree char *sha = NULL;
  g_autofree char *found_title = NULL;
  g_autofree char *found_date = NULL;
  g_autofree char *json = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (text != NULL, 0);

  sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text->data, text->len);
  id = find_article (self, "SELECT id FROM articles WHERE sha256 = ?", sha, error);
  if (id < 0)
    return 0;
  if (id > 0)
    {
      /* the same text, now with what its page says (a library from before
       * pages were kept, or a text first pasted): kept, and analysed again */
      if (page_json != NULL && !set_article_page (self, id, page_json, error))
        return 0;
      if (outcome != NULL)
        *outcome = BYLINE_ADD_EXISTING;
      return id;
    }

  /* the analysis runs outside the transaction: the lock is held for the writes only */
  json = analyse (text, page, &found_title, &found_date);
  if (title == NULL || *title == '\0')
    title = found_title != NULL ? found_title : NULL;
  if (title == NULL)
    title = found_title = fallback_title (text, source);
  if (published == NULL)
    published = found_date;
  if (format == NULL)
    format = "text";

  if (!_byline_store_begin (self, error))
    return 0;
  id = find_article (self, "SELECT id FROM articles WHERE sha256 = ?", sha, error);
  ok = id >= 0;
  if (ok && id > 0)
    {
      if (outcome != NULL)
        *outcome = BYLINE_ADD_EXISTING;
    }
  else if (ok && source != NULL
           && (id = find_article (self, "SELECT id FROM articles WHERE source = ? "
                                        "ORDER BY updated DESC, id DESC LIMIT 1",
                                  source, error)) != 0)
    {
      ok = id > 0;
      if (ok)
        {
          stmt = _byline_store_prepare (self,
                                        "UPDATE articles SET sha256 = ?, title = ?, format = ?, "
                                        "dateline = ?, updated = ?, text = ?, analysis = ?, "
                                        "analysis_version = ?, page = ? WHERE id = ?", error);
          ok = stmt != NULL;
        }
      if (ok)
        {
          _byline_store_bind_text (stmt, 1, sha);
          _byline_store_bind_text (stmt, 2, title);
          _byline_store_bind_text (stmt, 3, format);
          _byline_store_bind_text (stmt, 4, published);
          sqlite3_bind_int64 (stmt, 5, _byline_store_now ());
          sqlite3_bind_text (stmt, 6, text->data, text->len, SQLITE_STATIC);
          /* (not copied: the analysis of a long text is several times its size) */
          sqlite3_bind_text (stmt, 7, json, -1, SQLITE_STATIC);
          _byline_store_bind_text (stmt, 8, ANALYSER_VERSION);
          _byline_store_bind_text (stmt, 9, page_json);
          sqlite3_bind_int64 (stmt, 10, id);
          ok = _byline_store_step (self, stmt, error) == STEP_DONE
               && reanchor (self, id, text, error);
        }
      if (ok && outcome != NULL)
        *outcome = BYLINE_ADD_UPDATED;
    }
  else if (ok)
    {
      stmt = _byline_store_prepare (self,
                                    "INSERT INTO articles (sha256, title, source, format, "
                                    "dateline, added, updated, text, analysis, analysis_version, "
                                    "page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
      ok = stmt != NULL;
      if (ok)
        {
          gint64 t = _byline_store_now ();

          _byline_store_bind_text (stmt, 1, sha);
          _byline_store_bind_text (stmt, 2, title);
          _byline_store_bind_text (stmt, 3, source);
          _byline_store_bind_text (stmt, 4, format);
          _byline_store_bind_text (stmt, 5, published);
          sqlite3_bind_int64 (stmt, 6, t);
          sqlite3_bind_int64 (stmt, 7, t);
          sqlite3_bind_text (stmt, 8, text->data, text->len, SQLITE_STATIC);
          /* (not copied: the analysis of a long text is several times its size) */
          sqlite3_bind_text (stmt, 9, json, -1, SQLITE_STATIC);
          _byline_store_bind_text (stmt, 10, ANALYSER_VERSION);
          _byline_store_bind_text (stmt, 11, page_json);
          ok = _byline_store_step (self, stmt, error) == STEP_DONE;
          id = sqlite3_last_insert_rowid (self->db);
        }
      if (ok && outcome != NULL)
        *outcome = BYLINE_ADD_NEW;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!_byline_store_finish (self, ok, error))
    return 0;
  return id;
}

#define ARTICLE_COLUMNS \
  "a.id, a.sha256, a.title, a.source, a.format, a.dateline, a.added, a.updated, " \
  "(SELECT count(*) FROM notes n WHERE n.article = a.id), " \
  "(SELECT count(*) FROM notes n WHERE n.article = a.id AND n.orphaned)"

static BylineArticle *
read_article (BylineStore  *self,
              sqlite3_stmt *stmt)
{
  BylineArticle *a = g_new0 (BylineArticle, 1);

  a->id = sqlite3_column_int64 (stmt, 0);
  a->sha256 = _byline_store_column_dup (stmt, 1);
  a->title = _byline_store_column_dup (stmt, 2);
  a->source = _byline_store_column_dup (stmt, 3);
  a->format = _byline_store_column_dup (stmt, 4);
  a->dateline = _byline_store_column_dup (stmt, 5);
  a->added = sqlite3_column_int64 (stmt, 6);
  a->updated = sqlite3_column_int64 (stmt, 7);
  a->n_notes = sqlite3_column_int (stmt, 8);
  a->n_orphaned = sqlite3_column_int (stmt, 9);
  a->tags = _byline_store_article_tags (self, a->id);
  return a;
}

/**
 * byline_store_list_articles:
 * @tag: (nullable): only articles with this tag on them or on one of their notes
 *
 * Returns: (element-type BylineArticle): newest first, without their text
 */
GPtrArray *
byline_store_list_articles (BylineStore *self,
                            const char  *tag,
                            GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_article_free);
  Step s;

  g_return_val_if_fail (self != NULL, NULL);

  if (tag == NULL)
    stmt = _byline_store_prepare (self,
                                  "SELECT " ARTICLE_COLUMNS " FROM articles a ORDER BY a.added DESC, a.id DESC",
                                  error);
  else
    stmt = _byline_store_prepare (self, "SELECT " ARTICLE_COLUMNS " FROM articles a WHERE a.id IN "
                                        "(SELECT at.article FROM article_tags at JOIN tags t ON t.id = at.tag "
                                        " WHERE t.name = ?1 "
                                        " UNION SELECT n.article FROM notes n JOIN note_tags nt ON nt.note = n.id "
                                        " JOIN tags t ON t.id = nt.tag WHERE t.name = ?1) "
                                        "ORDER BY a.added DESC, a.id DESC", error);
  if (stmt == NULL)
    return NULL;
  if (tag != NULL)
    _byline_store_bind_text (stmt, 1, tag);
  while ((s = _byline_store_step (self, stmt, error)) == STEP_ROW)
    g_ptr_array_add (articles, read_article (self, stmt));
  if (s == STEP_ERROR)
    return NULL;
  return g_steal_pointer (&articles);
}

BylineArticle *
byline_store_get_article (BylineStore *self,
                          gint64       id,
                          GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  BylineArticle *article;
  Step s;

  g_return_val_if_fail (self != NULL, NULL);

  stmt = _byline_store_prepare (self,
                                "SELECT " ARTICLE_COLUMNS ", a.text FROM articles a WHERE a.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  s = _byline_store_step (self, stmt, error);
  if (s == STEP_ERROR)
    return NULL;
  if (s == STEP_DONE)
    {
      _byline_store_set_not_found (error, _("article"), id);
      return NULL;
    }
  article = read_article (self, stmt);
  article->text = _byline_store_column_dup (stmt, 10);
  return article;
}

/**
 * byline_store_find_article_by_sha256:
 * @sha256: the SHA-256 of an article's text, lower-case hex
 * @id: (out): the article's id, or 0 when no article has that text
 *
 * Returns: FALSE only with @error set; not finding the article is no error
 */
gboolean
byline_store_find_article_by_sha256 (BylineStore *self,
                                     const char  *sha256,
                                     gint64      *id,
                                     GError     **error)
{
  g_autofree char *lower = NULL;
  gint64 found;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (sha256 != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  lower = g_ascii_strdown (sha256, -1);
  found = find_article (self, "SELECT id FROM articles WHERE sha256 = ?", lower, error);
  if (found < 0)
    return FALSE;
  *id = found;
  return TRUE;
}

gboolean
byline_store_remove_article (BylineStore *self,
                             gint64       id,
                             GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!_byline_store_begin (self, error))
    return FALSE;
  ok = _byline_store_run_ids (self, "DELETE FROM articles WHERE id = ?", id, 0, error)
       && _byline_store_check_changed (self, _("article"), id, error);
  return _byline_store_finish (self, ok, error);
}

/* FALSE, with NOT_FOUND, when there is no article @id */
static gboolean
require_article (BylineStore *self,
                 gint64       id,
                 GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = _byline_store_prepare (self,
                                                         "SELECT 1 FROM articles WHERE id = ?",
                                                         error);
  Step s;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  s = _byline_store_step (self, stmt, error);
  if (s == STEP_DONE)
    _byline_store_set_not_found (error, _("article"), id);
  return s == STEP_ROW;
}

gboolean
byline_store_tag_article (BylineStore *self,
                          gint64       id,
                          const char  *tag,
                          gboolean     add,
                          GError     **error)
{
  gboolean ok;
  gint64 tag_id;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!_byline_store_begin (self, error))
    return FALSE;
  ok = require_article (self, id, error);
  if (ok && add)
    {
      tag_id = _byline_store_ensure_tag (self, tag, error);
      ok = tag_id != 0
           && _byline_store_run_ids (self,
                                     "INSERT OR IGNORE INTO article_tags (article, tag) VALUES (?, ?)",
                                     id, tag_id, error);
    }
  else if (ok)
    {
      g_autofree char *name = _byline_store_clean_tag (tag, error);

      tag_id = name != NULL ? _byline_store_existing_tag (self, name, error) : 0;
      ok = tag_id > 0
           && _byline_store_run_ids (self, "DELETE FROM article_tags WHERE article = ? AND tag = ?",
                                     id, tag_id, error);
    }
  return _byline_store_finish (self, ok, error);
}

/**
 * byline_store_dup_analysis:
 * @corrected: apply the reader's corrections
 *
 * The article's analysis (the byline.analysis/1 JSON), from the cache when the
 * analyser has not changed since it was made, else made again and cached.
 */
JsonNode *
byline_store_dup_analysis (BylineStore *self,
                           gint64       id,
                           gboolean     corrected,
                           GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *json = NULL;
  g_autoptr (JsonNode) node = NULL;
  Step s;

  g_return_val_if_fail (self != NULL, NULL);

  stmt = _byline_store_prepare (self,
                                "SELECT analysis_version = ?, analysis, text, page, length (text) "
                                "FROM articles WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  _byline_store_bind_text (stmt, 1, ANALYSER_VERSION);
  sqlite3_bind_int64 (stmt, 2, id);
  s = _byline_store_step (self, stmt, error);
  if (s == STEP_ERROR)
    return NULL;
  if (s == STEP_DONE)
    {
      _byline_store_set_not_found (error, _("article"), id);
      return NULL;
    }
  /* the cache is data from disk: read within bounds and checked against the
   * text, and made again when it is damaged */
  if (sqlite3_column_int (stmt, 0) == 1 && sqlite3_column_type (stmt, 1) == SQLITE_TEXT)
    {
      node = _byline_store_parse_analysis ((const char *) sqlite3_column_text (stmt, 1),
                                           sqlite3_column_bytes (stmt, 1));
      if (node != NULL && !byline_json_check_analysis (node, sqlite3_column_int64 (stmt, 4), NULL))
        g_clear_pointer (&node, json_node_unref);
    }
  if (node == NULL)
    {
      g_autoptr (BylineText) text = NULL;
      g_autoptr (sqlite3_stmt) cache = NULL;
      g_autoptr (JsonNode) page_node = NULL;
      BylinePageMeta page;

      text = byline_text_new_from_data ((const char *) sqlite3_column_text (stmt, 2),
                                        sqlite3_column_bytes (stmt, 2), self->path, TRUE, NULL);
      if (text == NULL)
        {
          g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_CORRUPT,
                       _("%s: the library is damaged: article %lld: its text is not valid "
                         "UTF-8. Repair it (byline-cli library repair) or restore a copy"),
                       self->path, (long long) id);
          return NULL;
        }
      page_node = page_from_json ((const char *) sqlite3_column_text (stmt, 3), &page);
      g_free (json);
      json = analyse (text, &page, NULL, NULL);
      /* a cache that cannot be written is made again next time */
      cache = self->read_only ? NULL
                              : _byline_store_prepare (self,
                                                       "UPDATE articles SET analysis = ?, "
                                                       "analysis_version = ? WHERE id = ?", NULL);
      if (cache != NULL)
        {
          _byline_store_bind_text (cache, 1, json);
          _byline_store_bind_text (cache, 2, ANALYSER_VERSION);
          sqlite3_bind_int64 (cache, 3, id);
          sqlite3_step (cache);
        }
      node = json_from_string (json, error);
      if (node == NULL)
        return NULL;
    }
  if (corrected)
    {
      g_autoptr (GPtrArray) corrections = byline_store_list_corrections (self, id, error);

      if (corrections == NULL)
        return NULL;
      byline_corrections_apply (node, (const char *) sqlite3_column_text (stmt, 2), corrections);
    }
  return g_steal_pointer (&node);
}

/* The analyser's version as stored with each analysis: the cross-article index
 * (byline-people-index.c) is rebuilt when it changes */
const char *
_byline_store_analyser_version (void)
{
  return ANALYSER_VERSION;
}
