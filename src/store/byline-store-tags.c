/* byline-store-tags.c: tags: made on first use, set on notes and articles,
 * listed, renamed and merged
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

/* Tags */

char *
_byline_store_clean_tag (const char *name,
                         GError    **error)
{
  g_autofree char *tag = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*tag == '\0' || !g_utf8_validate (tag, -1, NULL))
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID,
                   _("a tag needs a name"));
      return NULL;
    }
  return g_steal_pointer (&tag);
}

static gint64
find_tag (BylineStore *self,
          const char  *name,
          GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = _byline_store_prepare (self,
                                                         "SELECT id FROM tags WHERE name = ?",
                                                         error);
  Step s;

  if (stmt == NULL)
    return -1;
  _byline_store_bind_text (stmt, 1, name);
  s = _byline_store_step (self, stmt, error);
  if (s == STEP_ERROR)
    return -1;
  return s == STEP_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

gint64
_byline_store_existing_tag (BylineStore *self,
                            const char  *name,
                            GError     **error)
{
  gint64 id = find_tag (self, name, error);

  if (id == 0)
    g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                 _("there is no tag “%s” in the library"), name);
  return id;
}

/* The id of the tag @name, made when missing; 0 on error */
gint64
_byline_store_ensure_tag (BylineStore *self,
                          const char  *name,
                          GError     **error)
{
  g_autofree char *tag = _byline_store_clean_tag (name, error);
  g_autoptr (sqlite3_stmt) stmt = NULL;

  if (tag == NULL)
    return 0;
  gint64 id = find_tag (self, tag, error);

  if (id != 0)
    return MAX (id, 0);
  /* a plain insert: an upsert's UPDATE would fire the tag's search-index trigger */
  stmt = _byline_store_prepare (self, "INSERT INTO tags (name) VALUES (?)", error);
  if (stmt == NULL)
    return 0;
  _byline_store_bind_text (stmt, 1, tag);
  if (_byline_store_step (self, stmt, error) != STEP_DONE)
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

static GStrv
read_tags (BylineStore *self,
           const char  *sql,
           gint64       id)
{
  g_autoptr (sqlite3_stmt) stmt = _byline_store_prepare (self, sql, NULL);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
    }
  return g_strv_builder_end (builder);
}

GStrv
_byline_store_note_tags (BylineStore *self,
                         gint64       note)
{
  return read_tags (self, "SELECT t.name FROM note_tags nt JOIN tags t ON t.id = nt.tag "
                          "WHERE nt.note = ? ORDER BY t.name", note);
}

GStrv
_byline_store_article_tags (BylineStore *self,
                            gint64       article)
{
  return read_tags (self, "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag "
                          "WHERE at.article = ? ORDER BY t.name", article);
}

gboolean
_byline_store_set_note_tags (BylineStore       *self,
                             gint64             note,
                             const char *const *tags,
                             GError           **error)
{
  if (!_byline_store_run_ids (self, "DELETE FROM note_tags WHERE note = ?", note, 0, error))
    return FALSE;
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      gint64 tag = _byline_store_ensure_tag (self, tags[i], error);

      if (tag == 0
          || !_byline_store_run_ids (self,
                                     "INSERT OR IGNORE INTO note_tags (note, tag) VALUES (?, ?)",
                                     note, tag, error))
        return FALSE;
    }
  return TRUE;
}

/* Tags */

GPtrArray *
byline_store_list_tags (BylineStore *self,
                        GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GPtrArray) tags = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_tag_count_free);
  Step s;

  g_return_val_if_fail (self != NULL, NULL);

  stmt = _byline_store_prepare (self, "SELECT t.name, "
                                      "(SELECT count(*) FROM note_tags nt WHERE nt.tag = t.id), "
                                      "(SELECT count(*) FROM article_tags at WHERE at.tag = t.id) "
                                      "FROM tags t ORDER BY t.name", error);
  if (stmt == NULL)
    return NULL;
  while ((s = _byline_store_step (self, stmt, error)) == STEP_ROW)
    {
      BylineTagCount *tag = g_new0 (BylineTagCount, 1);

      tag->name = _byline_store_column_dup (stmt, 0);
      tag->n_notes = sqlite3_column_int (stmt, 1);
      tag->n_articles = sqlite3_column_int (stmt, 2);
      g_ptr_array_add (tags, tag);
    }
  if (s == STEP_ERROR)
    return NULL;
  return g_steal_pointer (&tags);
}

/**
 * byline_store_rename_tag:
 *
 * Renames a tag everywhere. A new name that another tag has already is
 * refused: that is byline_store_merge_tags (). Changing only the case is a
 * rename.
 */
gboolean
byline_store_rename_tag (BylineStore *self,
                         const char  *old_name,
                         const char  *new_name,
                         GError     **error)
{
  g_autofree char *name = _byline_store_clean_tag (new_name, error);
  gint64 id, other;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  if (name == NULL || !_byline_store_begin (self, error))
    return FALSE;
  id = _byline_store_existing_tag (self, old_name, error);
  other = id > 0 ? find_tag (self, name, error) : -1;
  ok = id > 0 && other >= 0;
  if (ok && other != 0 && other != id)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID,
                   _("there is a tag “%s” already; merge the two tags instead"), name);
      ok = FALSE;
    }
  if (ok)
    {
      g_autoptr (sqlite3_stmt) stmt = _byline_store_prepare (self,
                                                             "UPDATE tags SET name = ? WHERE id = ?",
                                                             error);

      ok = stmt != NULL;
      if (ok)
        {
          _byline_store_bind_text (stmt, 1, name);
          sqlite3_bind_int64 (stmt, 2, id);
          ok = _byline_store_step (self, stmt, error) == STEP_DONE;
        }
    }
  return _byline_store_finish (self, ok, error);
}

/**
 * byline_store_merge_tags:
 *
 * Every note and article tagged @from is tagged @into instead (made when
 * missing), and @from is gone.
 */
gboolean
byline_store_merge_tags (BylineStore *self,
                         const char  *from,
                         const char  *into,
                         GError     **error)
{
  gint64 from_id, into_id = 0;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!_byline_store_begin (self, error))
    return FALSE;
  from_id = _byline_store_existing_tag (self, from, error);
  ok = from_id > 0;
  if (ok)
    {
      into_id = _byline_store_ensure_tag (self, into, error);
      ok = into_id != 0;
    }
  if (ok && into_id != from_id)
    ok = _byline_store_run_ids (self, "INSERT OR IGNORE INTO note_tags (note, tag) "
                                      "SELECT note, ?2 FROM note_tags WHERE tag = ?1", from_id, into_id, error)
         && _byline_store_run_ids (self, "INSERT OR IGNORE INTO article_tags (article, tag) "
                                         "SELECT article, ?2 FROM article_tags WHERE tag = ?1", from_id, into_id,
                                   error)
         && _byline_store_run_ids (self, "DELETE FROM tags WHERE id = ?", from_id, 0, error);
  return _byline_store_finish (self, ok, error);
}
