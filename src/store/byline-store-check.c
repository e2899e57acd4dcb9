/* byline-store-check.c: the integrity check and the repair of a damaged
 * library
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

/* Damage the check reports: at most a screenful, then how many more */
#define MAX_PROBLEMS 12

typedef struct
{
  GString *text;
  guint    n;
} Problems;

G_GNUC_PRINTF (2, 3)
static void
add_problem (Problems   *problems,
             const char *format,
             ...)
{
  va_list args;

  if (problems->n++ >= MAX_PROBLEMS)
    return;
  if (problems->text->len > 0)
    g_string_append (problems->text, "; ");
  va_start (args, format);
  g_string_append_vprintf (problems->text, format, args);
  va_end (args);
}

static gboolean
column_valid (sqlite3_stmt *stmt,
              int           column)
{
  const char *value = (const char *) sqlite3_column_text (stmt, column);

  return value == NULL || g_utf8_validate (value, sqlite3_column_bytes (stmt, column), NULL);
}

/* Every row the readers read later, read now: the text against its
 * checksum, the cached analysis as JSON, every string as UTF-8, every
 * note's passage inside its article */
static gboolean
check_rows (BylineStore *self,
            Problems    *problems,
            GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  Step s;

  stmt = _byline_store_prepare (self,
                                "SELECT id, sha256, text, analysis, title, source, format, "
                                "dateline FROM articles", error);
  if (stmt == NULL)
    return FALSE;
  while ((s = _byline_store_step (self, stmt, error)) == STEP_ROW)
    {
      long long id = sqlite3_column_int64 (stmt, 0);
      const char *text = (const char *) sqlite3_column_text (stmt, 2);
      gsize len = sqlite3_column_bytes (stmt, 2);
      g_autofree char *sha = NULL;

      if (text == NULL || !g_utf8_validate (text, len, NULL))
        add_problem (problems, _("article %lld: its text is not valid UTF-8"), id);
      else
        {
          sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text, len);
          if (g_strcmp0 (sha, (const char *) sqlite3_column_text (stmt, 1)) != 0)
            add_problem (problems, _("article %lld: its text does not match its checksum"), id);
        }
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL
          && !_byline_store_analysis_valid ((const char *) sqlite3_column_text (stmt, 3),
                                            sqlite3_column_bytes (stmt, 3)))
        add_problem (problems, _("article %lld: its stored analysis is not valid"), id);
      for (int c = 4; c <= 7; c++)
        if (!column_valid (stmt, c))
          {
            add_problem (problems, _("article %lld: its title, source, format or date is not "
                                     "valid UTF-8"), id);
            break;
          }
    }
  if (s == STEP_ERROR)
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = _byline_store_prepare (self,
                                "SELECT n.id, n.start, n.end, n.orphaned, length (a.text), a.id, "
                                "n.kind, n.exact, n.prefix, n.suffix, n.body FROM notes n LEFT "
                                "JOIN articles a ON a.id = n.article", error);
  if (stmt == NULL)
    return FALSE;
  while ((s = _byline_store_step (self, stmt, error)) == STEP_ROW)
    {
      long long id = sqlite3_column_int64 (stmt, 0);
      gint64 start = sqlite3_column_int64 (stmt, 1);
      gint64 end = sqlite3_column_int64 (stmt, 2);
      BylineNoteKind kind;

      if (sqlite3_column_type (stmt, 5) == SQLITE_NULL)
        add_problem (problems, _("note %lld: its article is missing"), id);
      else if (!sqlite3_column_int (stmt, 3)
               && (start < 0 || start >= end || end > sqlite3_column_int64 (stmt, 4)))
        add_problem (problems, _("note %lld: its passage lies outside its article"), id);
      if (!byline_note_kind_from_string ((const char *) sqlite3_column_text (stmt, 6), &kind))
        add_problem (problems, _("note %lld: its kind is not known"), id);
      for (int c = 7; c <= 10; c++)
        if (!column_valid (stmt, c))
          {
            add_problem (problems, _("note %lld: its text is not valid UTF-8"), id);
            break;
          }
    }
  if (s == STEP_ERROR)
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = _byline_store_prepare (self, "SELECT id, name FROM tags", error);
  if (stmt == NULL)
    return FALSE;
  while ((s = _byline_store_step (self, stmt, error)) == STEP_ROW)
    if (!column_valid (stmt, 1) || sqlite3_column_bytes (stmt, 1) == 0)
      add_problem (problems, _("tag %lld: its name is not valid"),
                   (long long) sqlite3_column_int64 (stmt, 0));
  if (s == STEP_ERROR)
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = _byline_store_prepare (self, "SELECT c.id, c.key, c.value, a.id FROM corrections c "
                                      "LEFT JOIN articles a ON a.id = c.article", error);
  if (stmt == NULL)
    return FALSE;
  while ((s = _byline_store_step (self, stmt, error)) == STEP_ROW)
    if (!column_valid (stmt, 1) || !column_valid (stmt, 2) || sqlite3_column_type (stmt, 3) == SQLITE_NULL)
      add_problem (problems, _("correction %lld: not valid, or its article is missing"),
                   (long long) sqlite3_column_int64 (stmt, 0));
  if (s == STEP_ERROR)
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = _byline_store_prepare (self, "PRAGMA foreign_key_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((s = _byline_store_step (self, stmt, error)) == STEP_ROW)
    add_problem (problems, _("%s row %lld: refers to a row that is missing"),
                 (const char *) sqlite3_column_text (stmt, 0),
                 (long long) sqlite3_column_int64 (stmt, 1));
  return s != STEP_ERROR;
}

/* The full-text indexes against the rows they index. Their check is written
 * as an INSERT: a library open read-only is checked in a copy in memory. */
static gboolean
check_fts (BylineStore *self,
           Problems    *problems,
           GError     **error)
{
  static const char *const checks[] = {
    "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)",
    "INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')",
  };
  sqlite3 *db = self->db;
  sqlite3 *copy = NULL;
  int rc = SQLITE_OK;

  if (self->read_only)
    {
      sqlite3_backup *backup;

      rc = sqlite3_open (":memory:", &copy);
      if (rc == SQLITE_OK)
        {
          backup = sqlite3_backup_init (copy, "main", self->db, "main");
          if (backup == NULL)
            rc = sqlite3_errcode (copy);
          else
            {
              sqlite3_backup_step (backup, -1);
              rc = sqlite3_backup_finish (backup);
            }
        }
      db = copy;
    }
  for (guint i = 0; rc == SQLITE_OK && i < G_N_ELEMENTS (checks); i++)
    {
      rc = sqlite3_exec (db, checks[i], NULL, NULL, NULL);
      if ((rc & 0xff) == SQLITE_CORRUPT)
        {
          add_problem (problems, "%s", _("full-text index out of step"));
          rc = SQLITE_OK;
          break;
        }
    }
  if (rc != SQLITE_OK)
    {
      sqlite3 *saved = self->db;

      self->db = db;
      _byline_store_set_db_error (self, error, rc, _("check the full-text index"));
      self->db = saved;
    }
  if (copy != NULL)
    sqlite3_close (copy);
  return rc == SQLITE_OK;
}

/**
 * byline_store_check_integrity:
 *
 * Checks the file's structure, the full-text indexes and every row the
 * library reads later. A library found damaged opens read-only from then on,
 * until it is repaired (byline_store_repair ()) or restored; one that passes
 * loses an earlier mark of damage.
 *
 * Returns: FALSE with BYLINE_STORE_ERROR_CORRUPT when damage was found
 */
gboolean
byline_store_check_integrity (BylineStore *self,
                              GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  Problems problems = { text, 0 };
  Step s;

  g_return_val_if_fail (self != NULL, FALSE);

  stmt = _byline_store_prepare (self, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((s = _byline_store_step (self, stmt, error)) == STEP_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0)
        add_problem (&problems, "%s", line);
    }
  if (s == STEP_ERROR)
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (problems.n == 0)
    {
      g_autoptr (GError) local = NULL;

      /* a row that cannot be read is damage too */
      if (!check_rows (self, &problems, &local) || !check_fts (self, &problems, &local))
        {
          if (local->code != BYLINE_STORE_ERROR_CORRUPT)
            {
              g_propagate_error (error, g_steal_pointer (&local));
              return FALSE;
            }
          add_problem (&problems, "%s", local->message);
        }
    }
  if (problems.n > MAX_PROBLEMS)
    g_string_append_printf (text, ngettext ("; and %u more", "; and %u more", problems.n - MAX_PROBLEMS),
                            problems.n - MAX_PROBLEMS);
  if (problems.n > 0)
    {
      g_free (self->damage);
      self->damage = g_strdup (text->str);
      self->new_damage = TRUE;
      self->read_only = TRUE;
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_CORRUPT,
                   _("%s: the library is damaged: %s. It opens read-only until it is "
                     "repaired (byline-cli library repair) or restored from a copy"),
                   self->path, text->str);
      return FALSE;
    }
  if (self->damage != NULL)
    {
      /* the mark of damage no longer holds */
      g_autofree char *marker = _byline_store_marker_path (self->path);

      g_unlink (marker);
      g_clear_pointer (&self->damage, g_free);
      self->new_damage = FALSE;
    }
  return TRUE;
}

/* Repair */

/* A column as valid UTF-8; @changed set when it was not */
static char *
valid_copy (sqlite3_stmt *stmt,
            int           column,
            gboolean     *changed)
{
  const char *value = (const char *) sqlite3_column_text (stmt, column);
  gsize len = sqlite3_column_bytes (stmt, column);
  char *copy;

  if (value == NULL)
    return NULL;
  if (g_utf8_validate (value, len, NULL))
    return g_strndup (value, len);
  copy = g_utf8_make_valid (value, len);
  *changed = TRUE;
  return copy;
}

static char *
unused_name (const char *path,
             const char *what)
{
  g_autoptr (GDateTime) t = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (t, "%Y%m%d-%H%M%S");

  for (guint n = 1;; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s.%s-%s", path, what, stamp)
                                     : g_strdup_printf ("%s.%s-%s-%u", path, what, stamp, n);

      if (!g_file_test (name, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&name);
    }
}

gboolean
_byline_store_copy_file (const char *from,
                         const char *to,
                         GError    **error)
{
  g_autoptr (GFile) source = g_file_new_for_path (from);
  g_autoptr (GFile) dest = g_file_new_for_path (to);

  return g_file_copy (source, dest, G_FILE_COPY_NONE, NULL, NULL, NULL, error);
}

/* Reads @sql from @old until the rows end or the damage stops it; the rows
 * that cannot be read are said in @report */
static Step
step_old (BylineStore  *old,
          sqlite3_stmt *stmt,
          const char   *table,
          GString      *report)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return STEP_ROW;
  if (rc != SQLITE_DONE)
    g_string_append_printf (report, _("%s: the rest could not be read (%s)\n"), table,
                            sqlite3_errmsg (old->db));
  return STEP_DONE;
}

static gboolean
rebuild_rows (BylineStore *old,
              BylineStore *fresh,
              GString     *report,
              GError     **error)
{
  g_autoptr (sqlite3_stmt) read = NULL;
  g_autoptr (sqlite3_stmt) write = NULL;
  guint n_articles = 0, n_notes = 0, n_skipped = 0;

  /* articles: the text as found, its checksum made again, the analysis made
   * again when it is next read */
  read = _byline_store_prepare (old,
                                "SELECT id, sha256, title, source, format, dateline, added, "
                                "updated, text, page FROM articles ORDER BY id", error);
  write = _byline_store_prepare (fresh,
                                 "INSERT INTO articles (id, sha256, title, source, format, "
                                 "dateline, added, updated, text, page) VALUES (?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?)", error);
  if (read == NULL || write == NULL)
    return FALSE;
  while (step_old (old, read, "articles", report) == STEP_ROW)
    {
      gint64 id = sqlite3_column_int64 (read, 0);
      const char *data = (const char *) sqlite3_column_text (read, 8);
      g_autoptr (BylineText) text = byline_text_new_from_data (data != NULL ? data : "",
                                                               sqlite3_column_bytes (read, 8),
                                                               old->path, TRUE, NULL);
      g_autofree char *sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                          (const guchar *) text->data, text->len);
      gboolean changed = g_strcmp0 (sha, (const char *) sqlite3_column_text (read, 1)) != 0;
      g_autofree char *title = valid_copy (read, 2, &changed);
      g_autofree char *source = valid_copy (read, 3, &changed);
      g_autofree char *format = valid_copy (read, 4, &changed);
      g_autofree char *dateline = valid_copy (read, 5, &changed);
      g_autofree char *page = valid_copy (read, 9, &changed);

      sqlite3_bind_int64 (write, 1, id);
      _byline_store_bind_text (write, 2, sha);
      _byline_store_bind_text (write, 3, title != NULL ? title : _("Untitled article"));
      _byline_store_bind_text (write, 4, source);
      _byline_store_bind_text (write, 5, format != NULL ? format : "text");
      _byline_store_bind_text (write, 6, dateline);
      sqlite3_bind_int64 (write, 7, sqlite3_column_int64 (read, 6));
      sqlite3_bind_int64 (write, 8, sqlite3_column_int64 (read, 7));
      sqlite3_bind_text (write, 9, text->data, text->len, SQLITE_STATIC);
      /* the page's metadata is kept when it still reads as JSON */
      {
        g_autoptr (JsonNode) page_node = page != NULL ? json_from_string (page, NULL) : NULL;

        _byline_store_bind_text (write, 10, page_node != NULL ? page : NULL);
      }
      if (sqlite3_step (write) == SQLITE_DONE)
        {
          n_articles++;
          if (changed)
            g_string_append_printf (report, _("article %lld: damaged; kept as it was found\n"),
                                    (long long) id);
        }
      else
        {
          g_string_append_printf (report, _("article %lld: could not be kept (%s)\n"),
                                  (long long) id, sqlite3_errmsg (fresh->db));
          n_skipped++;
        }
      sqlite3_reset (write);
      sqlite3_clear_bindings (write);
    }
  g_clear_pointer (&read, sqlite3_finalize);
  g_clear_pointer (&write, sqlite3_finalize);

  /* notes: on an article that was kept; a passage outside it is orphaned */
  read = _byline_store_prepare (old,
                                "SELECT id, article, start, end, exact, prefix, suffix, body, "
                                "kind, orphaned, created, updated FROM notes ORDER BY id", error);
  write = _byline_store_prepare (fresh,
                                 "INSERT INTO notes (id, article, start, end, exact, prefix, "
                                 "suffix, body, kind, orphaned, created, updated) SELECT ?1, ?2, "
                                 "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10 OR ?3 < 0 OR ?3 >= ?4 OR ?4 > "
                                 "length (a.text), ?11, ?12 FROM articles a WHERE a.id = ?2",
                                 error);
  if (read == NULL || write == NULL)
    return FALSE;
  while (step_old (old, read, "notes", report) == STEP_ROW)
    {
      gint64 id = sqlite3_column_int64 (read, 0);
      gboolean changed = FALSE;
      g_autofree char *exact = valid_copy (read, 4, &changed);
      g_autofree char *prefix = valid_copy (read, 5, &changed);
      g_autofree char *suffix = valid_copy (read, 6, &changed);
      g_autofree char *body = valid_copy (read, 7, &changed);
      BylineNoteKind kind = BYLINE_NOTE_COMMENT;

      if (!byline_note_kind_from_string ((const char *) sqlite3_column_text (read, 8), &kind))
        changed = TRUE;
      sqlite3_bind_int64 (write, 1, id);
      sqlite3_bind_int64 (write, 2, sqlite3_column_int64 (read, 1));
      sqlite3_bind_int64 (write, 3, sqlite3_column_int64 (read, 2));
      sqlite3_bind_int64 (write, 4, sqlite3_column_int64 (read, 3));
      _byline_store_bind_text (write, 5, exact != NULL ? exact : "");
      _byline_store_bind_text (write, 6, prefix != NULL ? prefix : "");
      _byline_store_bind_text (write, 7, suffix != NULL ? suffix : "");
      _byline_store_bind_text (write, 8, body != NULL ? body : "");
      _byline_store_bind_text (write, 9, _byline_store_note_kinds[kind]);
      sqlite3_bind_int (write, 10, sqlite3_column_int (read, 9) != 0);
      sqlite3_bind_int64 (write, 11, sqlite3_column_int64 (read, 10));
      sqlite3_bind_int64 (write, 12, sqlite3_column_int64 (read, 11));
      if (sqlite3_step (write) == SQLITE_DONE && sqlite3_changes (fresh->db) == 1)
        {
          n_notes++;
          if (changed)
            g_string_append_printf (report, _("note %lld: damaged; kept as it was found\n"),
                                    (long long) id);
        }
      else
        {
          g_string_append_printf (report, _("note %lld: its article is lost; not kept\n"),
                                  (long long) id);
          n_skipped++;
        }
      sqlite3_reset (write);
    }
  g_clear_pointer (&read, sqlite3_finalize);
  g_clear_pointer (&write, sqlite3_finalize);

  /* tags, what carries them, corrections: each row whose parts were kept */
  {
    static const struct { const char *table, *read, *write; int n_text; } rows[] = {
      { "tags", "SELECT name, id FROM tags ORDER BY id",
        "INSERT OR IGNORE INTO tags (name, id) SELECT ?1, ?2 WHERE length (?1) > 0", 1 },
      { "note_tags", "SELECT note, tag FROM note_tags",
        "INSERT OR IGNORE INTO note_tags (note, tag) SELECT ?1, ?2 WHERE EXISTS "
        "(SELECT 1 FROM notes WHERE id = ?1) AND EXISTS (SELECT 1 FROM tags WHERE id = ?2)", 0 },
      { "article_tags", "SELECT article, tag FROM article_tags",
        "INSERT OR IGNORE INTO article_tags (article, tag) SELECT ?1, ?2 WHERE EXISTS "
        "(SELECT 1 FROM articles WHERE id = ?1) AND EXISTS (SELECT 1 FROM tags WHERE id = ?2)", 0 },
      { "corrections", "SELECT key, value, target, action, id, article, start, end, created "
                       "FROM corrections ORDER BY id",
        "INSERT INTO corrections (key, value, target, action, id, article, start, end, created) "
        "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 WHERE ?1 IS NOT NULL AND ?3 IS NOT NULL "
        "AND ?4 IS NOT NULL AND EXISTS (SELECT 1 FROM articles WHERE id = ?6)", 2 },
    };

    for (guint t = 0; t < G_N_ELEMENTS (rows); t++)
      {
        read = _byline_store_prepare (old, rows[t].read, error);
        write = _byline_store_prepare (fresh, rows[t].write, error);
        if (read == NULL || write == NULL)
          return FALSE;
        while (step_old (old, read, rows[t].table, report) == STEP_ROW)
          {
            int n = sqlite3_column_count (read);
            gboolean changed = FALSE;

            for (int c = 0; c < n; c++)
              if (c < rows[t].n_text)
                {
                  g_autofree char *value = valid_copy (read, c, &changed);
                  _byline_store_bind_text (write, c + 1, value);
                }
              else
                sqlite3_bind_value (write, c + 1, sqlite3_column_value (read, c));
            if (sqlite3_step (write) != SQLITE_DONE || sqlite3_changes (fresh->db) == 0)
              n_skipped++;
            else if (changed)
              g_string_append_printf (report, _("%s: a damaged row kept as it was found\n"),
                                      rows[t].table);
            sqlite3_reset (write);
            sqlite3_clear_bindings (write);
          }
        g_clear_pointer (&read, sqlite3_finalize);
        g_clear_pointer (&write, sqlite3_finalize);
      }
  }
  g_string_append_printf (report, _("kept %u articles and %u notes; %u damaged rows left out\n"),
                          n_articles, n_notes, n_skipped);
  return TRUE;
}

/**
 * byline_store_repair:
 * @backup: (out) (optional): where the original was copied to
 * @report: (out) (optional): what was rebuilt, kept and lost, a line each
 *
 * Rebuilds the library at @path from what can be read of it: every article,
 * note, tag and correction that can be read is kept (damaged text as it is
 * found, made valid UTF-8), the checksums, the full-text indexes and the
 * analyses are made again. The original is copied first (with its log) to
 * @backup, beside it, and is replaced only when the rebuilt library passes
 * the check. Byline must not have the library open elsewhere meanwhile.
 */
gboolean
byline_store_repair (const char  *path,
                     char       **backup,
                     char       **report,
                     GError     **error)
{
  g_autoptr (BylineStore) old = NULL;
  g_autoptr (BylineStore) fresh = NULL;
  g_autoptr (GString) lines = g_string_new (NULL);
  g_autofree char *copy = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *real_path = NULL;
  GStatBuf st;
  gboolean ok;

  real_path = path != NULL ? g_strdup (path) : byline_store_default_path ();
  old = _byline_store_open_store (real_path, TRUE, error);
  if (old == NULL)
    return FALSE;

  /* the original, with its log, beside it */
  copy = unused_name (real_path, "before-repair");
  wal = g_strconcat (real_path, "-wal", NULL);
  if (!_byline_store_copy_file (real_path, copy, error))
    return FALSE;
  if (g_stat (wal, &st) == 0 && st.st_size > 0)
    {
      g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);

      if (!_byline_store_copy_file (wal, copy_wal, error))
        return FALSE;
    }

  tmp = g_strconcat (real_path, ".repairing", NULL);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strconcat (tmp, (const char *[]) { "", "-wal", "-shm" }[i], NULL);
      g_unlink (name);
    }
  fresh = byline_store_open (tmp, error);
  if (fresh == NULL)
    {
      g_unlink (copy);
      return FALSE;
    }
  ok = _byline_store_begin (fresh, error) && rebuild_rows (old, fresh, lines, error);
  ok = _byline_store_finish (fresh, ok, ok ? error : NULL) && ok;
  ok = ok && byline_store_check_integrity (fresh, error);
  g_clear_pointer (&fresh, byline_store_close);
  g_clear_pointer (&old, byline_store_close);
  if (ok && g_stat (real_path, &st) == 0)
    g_chmod (tmp, st.st_mode & 0777);
  if (ok)
    {
      g_autofree char *shm = g_strconcat (real_path, "-shm", NULL);
      g_autofree char *marker = _byline_store_marker_path (real_path);

      /* the old log must not meet the new file; the copy keeps it */
      g_unlink (wal);
      g_unlink (shm);
      if (g_rename (tmp, real_path) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_IO,
                       _("%s: could not put the repaired library in place: %s; the original "
                         "is in %s"), real_path, g_strerror (saved_errno), copy);
          ok = FALSE;
        }
      else
        g_unlink (marker);
    }
  if (!ok)
    {
      /* the original stays as it was: its copy is not needed */
      g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);

      g_unlink (tmp);
      g_unlink (copy);
      g_unlink (copy_wal);
      return FALSE;
    }
  if (backup != NULL)
    *backup = g_steal_pointer (&copy);
  if (report != NULL)
    *report = g_strdup (lines->str);
  return TRUE;
}
