/* byline-store.c: the library database of articles, notes, tags and corrections
 *
 * This file opens, migrates and closes a library and keeps the helpers every
 * part of the store shares (statements, errors, transactions); corrections
 * are here too. The rest is in byline-store-articles.c, -notes.c, -tags.c,
 * -search.c and -check.c (the integrity check and the repair); what they
 * share is in byline-store-private.h. Finding a note's passage again is text
 * logic, in src/analysis/byline-anchor.c.
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

/* Byline's own PRAGMA application_id: "BYLN" */
#define BYLINE_APPLICATION_ID 0x42594C4E

G_DEFINE_QUARK (byline-store-error-quark, byline_store_error)

/* Each step runs in its own transaction together with the user_version it sets. */
static const char *const migrations[] = {
  /* 1: articles, notes and tags */
  "CREATE TABLE articles ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  sha256 TEXT NOT NULL UNIQUE,"
  "  title TEXT NOT NULL,"
  "  source TEXT,"
  "  format TEXT NOT NULL DEFAULT 'text',"
  "  dateline TEXT,"
  "  added INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  analysis TEXT,"
  "  analysis_version TEXT);"
  "CREATE INDEX articles_source ON articles (source);"
  "CREATE TABLE notes ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  start INTEGER NOT NULL,"
  "  end INTEGER NOT NULL,"
  "  exact TEXT NOT NULL,"
  "  prefix TEXT NOT NULL DEFAULT '',"
  "  suffix TEXT NOT NULL DEFAULT '',"
  "  body TEXT NOT NULL DEFAULT '',"
  "  kind TEXT NOT NULL DEFAULT 'comment',"
  "  orphaned INTEGER NOT NULL DEFAULT 0,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL);"
  "CREATE INDEX notes_article ON notes (article, start);"
  "CREATE TABLE tags ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE);"
  "CREATE TABLE note_tags ("
  "  note INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,"
  "  tag INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (note, tag)) WITHOUT ROWID;"
  "CREATE INDEX note_tags_tag ON note_tags (tag);"
  "CREATE TABLE article_tags ("
  "  article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  tag INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (article, tag)) WITHOUT ROWID;"
  "CREATE INDEX article_tags_tag ON article_tags (tag);",

  /* 2: corrections */
  "CREATE TABLE corrections ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  target TEXT NOT NULL,"
  "  action TEXT NOT NULL,"
  "  key TEXT NOT NULL,"
  "  start INTEGER NOT NULL,"
  "  end INTEGER NOT NULL,"
  "  value TEXT,"
  "  created INTEGER NOT NULL);"
  "CREATE INDEX corrections_article ON corrections (article);",

  /* 3: full-text search over articles (external content) and notes with their tags */
  "CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content='articles',"
  "  content_rowid='id', tokenize='porter unicode61 remove_diacritics 2', prefix='3 4');"
  "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN"
  "  INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);"
  "END;"
  "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN"
  "  INSERT INTO articles_fts (articles_fts, rowid, title, text)"
  "    VALUES ('delete', old.id, old.title, old.text);"
  "END;"
  "CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN"
  "  INSERT INTO articles_fts (articles_fts, rowid, title, text)"
  "    VALUES ('delete', old.id, old.title, old.text);"
  "  INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);"
  "END;"
  "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');"
  "CREATE VIRTUAL TABLE notes_fts USING fts5 (body, exact, tags,"
  "  tokenize='porter unicode61 remove_diacritics 2', prefix='3 4');"
  "CREATE VIEW notes_fts_source AS SELECT n.id AS id, n.body AS body, n.exact AS exact,"
  "  coalesce ((SELECT group_concat (t.name, ' ') FROM note_tags nt JOIN tags t ON t.id = nt.tag"
  "             WHERE nt.note = n.id), '') AS tags FROM notes n;"
  "CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes BEGIN"
  "  INSERT INTO notes_fts (rowid, body, exact, tags) VALUES (new.id, new.body, new.exact, '');"
  "END;"
  "CREATE TRIGGER notes_fts_ad AFTER DELETE ON notes BEGIN"
  "  DELETE FROM notes_fts WHERE rowid = old.id;"
  "END;"
  "CREATE TRIGGER notes_fts_au AFTER UPDATE OF body, exact ON notes BEGIN"
  "  DELETE FROM notes_fts WHERE rowid = old.id;"
  "  INSERT INTO notes_fts (rowid, body, exact, tags)"
  "    SELECT id, body, exact, tags FROM notes_fts_source WHERE id = new.id;"
  "END;"
  "CREATE TRIGGER note_tags_fts_ai AFTER INSERT ON note_tags BEGIN"
  "  DELETE FROM notes_fts WHERE rowid = new.note;"
  "  INSERT INTO notes_fts (rowid, body, exact, tags)"
  "    SELECT id, body, exact, tags FROM notes_fts_source WHERE id = new.note;"
  "END;"
  "CREATE TRIGGER note_tags_fts_ad AFTER DELETE ON note_tags BEGIN"
  "  DELETE FROM notes_fts WHERE rowid = old.note;"
  "  INSERT INTO notes_fts (rowid, body, exact, tags)"
  "    SELECT id, body, exact, tags FROM notes_fts_source WHERE id = old.note;"
  "END;"
  "CREATE TRIGGER tags_fts_au AFTER UPDATE OF name ON tags"
  "  WHEN old.name IS NOT new.name COLLATE BINARY BEGIN"
  "  DELETE FROM notes_fts WHERE rowid IN (SELECT note FROM note_tags WHERE tag = new.id);"
  "  INSERT INTO notes_fts (rowid, body, exact, tags)"
  "    SELECT id, body, exact, tags FROM notes_fts_source"
  "    WHERE id IN (SELECT note FROM note_tags WHERE tag = new.id);"
  "END;"
  "INSERT INTO notes_fts (rowid, body, exact, tags) SELECT id, body, exact, tags FROM notes_fts_source;",

  /* 4: what an imported page said of itself (URL, author, date, publisher), as
   * JSON, so that an analysis made again keeps the article's outlet */
  "ALTER TABLE articles ADD COLUMN page TEXT;",

  /* 5: people, organisations, places, quotes, meetings and dated events
   * indexed across articles (byline-people-index.c); the reader's merges and
   * splits of people. An article's index is dropped, and made again on the
   * next cross-article read, when its text, analysis or corrections change */
  "CREATE TABLE x_articles ("
  "  article INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,"
  "  version TEXT NOT NULL);"
  "CREATE TABLE x_entities ("
  "  article INTEGER NOT NULL REFERENCES x_articles (article) ON DELETE CASCADE,"
  "  eid TEXT NOT NULL,"
  "  type TEXT NOT NULL,"
  "  name TEXT NOT NULL,"
  "  vkey TEXT NOT NULL,"
  "  role TEXT,"
  "  affiliation TEXT,"
  "  mentions INTEGER NOT NULL,"
  "  quotes INTEGER NOT NULL,"
  "  claims INTEGER NOT NULL,"
  "  start INTEGER NOT NULL,"
  "  end INTEGER NOT NULL,"
  "  PRIMARY KEY (article, eid)) WITHOUT ROWID;"
  "CREATE INDEX x_entities_vkey ON x_entities (vkey);"
  "CREATE TABLE x_quotes ("
  "  article INTEGER NOT NULL REFERENCES x_articles (article) ON DELETE CASCADE,"
  "  eid TEXT,"
  "  speaker TEXT,"
  "  kind TEXT NOT NULL,"
  "  start INTEGER NOT NULL,"
  "  end INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  via TEXT);"
  "CREATE INDEX x_quotes_article ON x_quotes (article, eid);"
  "CREATE TABLE x_events ("
  "  article INTEGER NOT NULL REFERENCES x_articles (article) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL,"
  "  date TEXT,"
  "  start INTEGER NOT NULL,"
  "  end INTEGER NOT NULL,"
  "  label TEXT NOT NULL,"
  "  status TEXT,"
  "  place TEXT,"
  "  who TEXT NOT NULL DEFAULT '',"
  "  names TEXT NOT NULL DEFAULT '',"
  "  passage TEXT);"
  "CREATE INDEX x_events_article ON x_events (article);"
  "CREATE TABLE people_links ("
  "  vkey TEXT PRIMARY KEY,"
  "  target TEXT NOT NULL);"
  "CREATE TRIGGER x_articles_au AFTER UPDATE OF text, analysis_version ON articles BEGIN"
  "  DELETE FROM x_articles WHERE article = new.id;"
  "END;"
  "CREATE TRIGGER x_corrections_ai AFTER INSERT ON corrections BEGIN"
  "  DELETE FROM x_articles WHERE article = new.article;"
  "END;"
  "CREATE TRIGGER x_corrections_ad AFTER DELETE ON corrections BEGIN"
  "  DELETE FROM x_articles WHERE article = old.article;"
  "END;",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == BYLINE_STORE_SCHEMA_VERSION);

const char *const _byline_store_note_kinds[3] = { "highlight", "comment", "question" };

/* Errors */

void
_byline_store_set_db_error (BylineStore *self,
                            GError     **error,
                            int          rc,
                            const char  *what)
{
  const char *msg = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_BUSY,
                   _("%s: the library is in use by another program; waited %d seconds. "
                     "Close the other program and try again"),
                   self->path, (self->busy_ms + 999) / 1000);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      if (self->damage == NULL && self->opened)
        {
          self->damage = g_strdup (msg);
          self->new_damage = TRUE;
          self->read_only = TRUE;
        }
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_CORRUPT,
                   _("%s: the library is damaged (%s); it was left untouched. "
                     "Move it aside to start a new library, or restore a copy"),
                   self->path, msg);
      break;
    default:
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_IO,
                   _("%s: could not %s: %s"), self->path, what, msg);
      break;
    }
}

void
_byline_store_set_not_found (GError    **error,
                             const char *what,
                             gint64      id)
{
  /* Translators: the first %s is "article", "note" or "correction" */
  g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
               _("there is no %s with id %lld in the library"), what, (long long) id);
}

/* Statements */

sqlite3_stmt *
_byline_store_prepare (BylineStore *self,
                       const char  *sql,
                       GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _byline_store_set_db_error (self, error, rc, _("read the library"));
      sqlite3_finalize (stmt);
      return NULL;
    }
  return stmt;
}

Step
_byline_store_step (BylineStore  *self,
                    sqlite3_stmt *stmt,
                    GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return STEP_ROW;
  if (rc == SQLITE_DONE)
    return STEP_DONE;
  _byline_store_set_db_error (self, error, rc, _("write to the library"));
  return STEP_ERROR;
}

void
_byline_store_bind_text (sqlite3_stmt *stmt,
                         int           index,
                         const char   *value)
{
  if (value == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

char *
_byline_store_column_dup (sqlite3_stmt *stmt,
                          int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static gboolean
exec (BylineStore *self,
      const char  *sql,
      GError     **error)
{
  char *msg = NULL;
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, &msg);

  sqlite3_free (msg);
  if (rc != SQLITE_OK)
    {
      _byline_store_set_db_error (self, error, rc, _("write to the library"));
      return FALSE;
    }
  return TRUE;
}

/* Runs a statement that returns no rows, with one or two int64 binds */
gboolean
_byline_store_run_ids (BylineStore *self,
                       const char  *sql,
                       gint64       a,
                       gint64       b,
                       GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = _byline_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, b);
  return _byline_store_step (self, stmt, error) == STEP_DONE;
}

static gboolean
refuse_write (BylineStore *self,
              GError     **error)
{
  if (self->damage != NULL)
    g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_READ_ONLY,
                 _("%s: the library is damaged (%s); it is open read-only until it is "
                   "repaired (byline-cli library repair) or restored from a copy"),
                 self->path, self->damage);
  else
    g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_READ_ONLY,
                 _("%s: the library is open read-only (the file or its folder cannot be "
                   "written); nothing was changed"), self->path);
  return FALSE;
}

gboolean
_byline_store_begin (BylineStore *self,
                     GError     **error)
{
  if (self->read_only)
    return refuse_write (self, error);
  return exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
_byline_store_finish (BylineStore *self,
                      gboolean     ok,
                      GError     **error)
{
  if (ok && exec (self, "COMMIT", error))
    return TRUE;
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

gint64
_byline_store_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* FALSE, with NOT_FOUND, when the last statement changed no row */
gboolean
_byline_store_check_changed (BylineStore *self,
                             const char  *what,
                             gint64       id,
                             GError     **error)
{
  if (sqlite3_changes (self->db) > 0)
    return TRUE;
  _byline_store_set_not_found (error, what, id);
  return FALSE;
}

/* JSON nested deeper than the analysis ever is: not handed to the parser */
static gboolean
json_depth_ok (const char *json,
               gsize       len,
               guint       max_depth)
{
  guint depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      char c = json[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if ((c == '[' || c == '{') && ++depth > max_depth)
        return FALSE;
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

/* A stored analysis that the readers can use: UTF-8, a JSON object; NULL
 * when it is not */
JsonNode *
_byline_store_parse_analysis (const char *json,
                              gsize       len)
{
  g_autoptr (JsonParser) parser = NULL;
  JsonNode *root;

  if (json == NULL || !g_utf8_validate (json, len, NULL) || !json_depth_ok (json, len, 64))
    return NULL;
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, json, len, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  return root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_copy (root) : NULL;
}

gboolean
_byline_store_analysis_valid (const char *json,
                              gsize       len)
{
  g_autoptr (JsonNode) node = _byline_store_parse_analysis (json, len);

  return node != NULL;
}

/* Opening */

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Refuses, before SQLite touches it, a file that is not a database or has lost its tail. */
static gboolean
check_file (const char *path,
            GError    **error)
{
  GStatBuf st;
  guint8 header[100];
  FILE *f;
  gsize n;
  guint64 page_size, pages;

  if (g_stat (path, &st) != 0 || st.st_size == 0)
    return TRUE;   /* a new library */
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_OPEN,
                   _("%s: is not a file"), path);
      return FALSE;
    }
  f = g_fopen (path, "rb");
  if (f == NULL)
    {
      int saved_errno = errno;
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_OPEN,
                   _("%s: cannot read the library: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  n = fread (header, 1, sizeof header, f);
  fclose (f);
  if (n < sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_CORRUPT,
                   _("%s: is not a Byline library (not an SQLite database, or damaged); "
                     "it was left untouched"), path);
      return FALSE;
    }
  {
    /* a kill during a checkpoint can leave page 1 ahead of the file's end;
     * SQLite completes it from the write-ahead log */
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    GStatBuf wal_st;

    if (g_stat (wal, &wal_st) == 0 && wal_st.st_size > 0)
      return TRUE;
  }
  page_size = (header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  pages = read_be32 (header + 28);
  /* the in-header size counts only when the change counter says it is current */
  if (pages > 0 && read_be32 (header + 24) == read_be32 (header + 92)
      && page_size * pages > (guint64) st.st_size)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_CORRUPT,
                   _("%s: the library is damaged (the file is %llu bytes, %llu expected: it "
                     "was cut short); it was left untouched. Move it aside to start a new "
                     "library, or restore a copy"),
                   path, (unsigned long long) st.st_size, (unsigned long long) (page_size * pages));
      return FALSE;
    }
  return TRUE;
}

static gboolean
migrate (BylineStore *self,
         int          from,
         GError     **error)
{
  for (int v = from + 1; v <= BYLINE_STORE_SCHEMA_VERSION; v++)
    {
      g_autoptr (GError) local_error = NULL;
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", v);
      gboolean ok;

      if (!_byline_store_begin (self, error))
        return FALSE;
      ok = exec (self, migrations[v - 1], &local_error)
           && exec (self, set_version, &local_error);
      if (!_byline_store_finish (self, ok, ok ? &local_error : NULL))
        {
          if (local_error != NULL && local_error->code == BYLINE_STORE_ERROR_BUSY)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_MIGRATE,
                         _("%s: could not upgrade the library to version %d (%s); "
                           "it was left as it was"),
                         self->path, v, local_error ? local_error->message : "");
          return FALSE;
        }
    }
  return TRUE;
}

char *
byline_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "byline", "library.db", NULL);
}

/* A library found damaged carries a mark beside it, PATH-damaged, naming the
 * file it was found in (device, inode, size, time): while the library is
 * that same file it opens read-only; a restored copy is another file. */
char *
_byline_store_marker_path (const char *path)
{
  return g_strconcat (path, "-damaged", NULL);
}

static char *
file_identity (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return NULL;
  return g_strdup_printf ("%llu %llu %llu %lld", (unsigned long long) st.st_dev,
                          (unsigned long long) st.st_ino, (unsigned long long) st.st_size,
                          (long long) st.st_mtime);
}

/* The damage the mark records, or NULL when there is no mark or it is for
 * another file (a stale mark is removed when it can be) */
static char *
read_marker (const char *path)
{
  g_autofree char *marker = _byline_store_marker_path (path);
  g_autofree char *contents = NULL;
  g_autofree char *identity = NULL;
  char *newline;

  if (!g_file_get_contents (marker, &contents, NULL, NULL))
    return NULL;
  identity = file_identity (path);
  newline = strchr (contents, '\n');
  if (newline != NULL)
    *newline = '\0';
  if (identity == NULL || !g_str_equal (contents, identity))
    {
      g_unlink (marker);
      return NULL;
    }
  if (newline == NULL || !g_utf8_validate (newline + 1, -1, NULL))
    return g_strdup (_("damage found earlier"));
  return g_strdup (g_strstrip (newline + 1));
}

static void
write_marker (const char *path,
              const char *damage)
{
  g_autofree char *marker = _byline_store_marker_path (path);
  g_autofree char *identity = file_identity (path);
  g_autofree char *contents = NULL;

  if (identity == NULL)
    return;
  contents = g_strdup_printf ("%s\n%s\n", identity, damage);
  /* a folder that cannot be written keeps the library read-only anyway */
  g_file_set_contents (marker, contents, -1, NULL);
}

static gboolean
writable (const char *path)
{
  return g_access (path, W_OK) == 0;
}

/* A library with a log in a folder that cannot be written: SQLite cannot
 * make the shared-memory file it needs, so a private copy is read instead */
static int
open_copy (BylineStore *self)
{
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  g_autofree char *copy = NULL;
  g_autofree char *copy_wal = NULL;
  int rc;

  self->copy_dir = g_dir_make_tmp ("byline-library-XXXXXX", NULL);
  if (self->copy_dir == NULL)
    return SQLITE_CANTOPEN;
  copy = g_build_filename (self->copy_dir, "library.db", NULL);
  copy_wal = g_strconcat (copy, "-wal", NULL);
  if (!_byline_store_copy_file (self->path, copy, NULL)
      || !_byline_store_copy_file (wal, copy_wal, NULL))
    return SQLITE_CANTOPEN;
  rc = sqlite3_open_v2 (copy, &self->db, SQLITE_OPEN_READWRITE, NULL);
  return rc;
}

static void
remove_copy (BylineStore *self)
{
  g_autoptr (GDir) d = NULL;
  const char *name;

  if (self->copy_dir == NULL)
    return;
  d = g_dir_open (self->copy_dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (self->copy_dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (self->copy_dir);
  g_clear_pointer (&self->copy_dir, g_free);
}

/* Opens @self->path read-only: through a write-ahead log when there is one,
 * else as a file nothing else writes (a folder that cannot be written has no
 * room for SQLite's shared-memory file) */
static int
open_read_only (BylineStore *self)
{
  g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);
  const char *const modes[] = { "?mode=ro", "?mode=ro&immutable=1" };
  int rc = SQLITE_CANTOPEN;

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autofree char *uri = g_strconcat ("file:", escaped, modes[i], NULL);
      sqlite3_stmt *probe = NULL;

      if (self->db != NULL)
        {
          sqlite3_close_v2 (self->db);
          self->db = NULL;
        }
      if (i == 1)
        {
          /* immutable skips the log: only when there is none to read */
          g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
          GStatBuf st;

          if (g_stat (wal, &st) == 0 && st.st_size > 0)
            return open_copy (self);
        }
      rc = sqlite3_open_v2 (uri, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
      if (rc != SQLITE_OK)
        continue;
      rc = sqlite3_prepare_v2 (self->db, "SELECT count(*) FROM sqlite_schema", -1, &probe, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_step (probe) == SQLITE_ROW ? SQLITE_OK : sqlite3_errcode (self->db);
      sqlite3_finalize (probe);
      if (rc == SQLITE_OK || (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB
          || (rc & 0xff) == SQLITE_BUSY)
        return rc;
    }
  return rc;
}

/* Refuses, unchanged, a database some other program made: a library carries
 * Byline's application_id; one from before it had the id has Byline's tables. */
static gboolean
check_owner (BylineStore *self,
             int         *version,
             gboolean    *needs_id,
             GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gint64 app_id, n_objects, n_ours;

  /* the header's two numbers first: a library's schema is read only when used */
  stmt = _byline_store_prepare (self, "PRAGMA application_id", error);
  if (stmt == NULL || _byline_store_step (self, stmt, error) != STEP_ROW)
    return FALSE;
  app_id = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = _byline_store_prepare (self, "PRAGMA user_version", error);
  if (stmt == NULL || _byline_store_step (self, stmt, error) != STEP_ROW)
    return FALSE;
  *version = sqlite3_column_int (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);
  *needs_id = app_id == 0;
  if (app_id == BYLINE_APPLICATION_ID)
    return TRUE;
  if (app_id == 0)
    {
      /* new, or a library from before the id: Byline's tables */
      stmt = _byline_store_prepare (self, "SELECT count(*), count(*) FILTER (WHERE type = 'table' "
                                          "AND name IN ('articles', 'notes', 'tags')) FROM sqlite_schema", error);
      if (stmt == NULL || _byline_store_step (self, stmt, error) != STEP_ROW)
        return FALSE;
      n_objects = sqlite3_column_int64 (stmt, 0);
      n_ours = sqlite3_column_int64 (stmt, 1);
      if ((n_objects == 0 && *version == 0) || (*version >= 1 && n_ours == 3))
        return TRUE;
    }
  g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_CORRUPT,
               _("%s: is another program's database, not a Byline library; it was left "
                 "untouched"), self->path);
  return FALSE;
}

BylineStore *
_byline_store_open_store (const char *path,
                          gboolean    read_only,
                          GError    **error)
{
  g_autoptr (BylineStore) self = g_new0 (BylineStore, 1);
  g_autofree char *dir = NULL;
  int version = 0;
  gboolean needs_id = FALSE;
  gboolean exists;
  GStatBuf st;
  int rc;

  self->path = path != NULL ? g_strdup (path) : byline_store_default_path ();
  self->busy_ms = 5000;
  self->search_ms = BYLINE_STORE_SEARCH_TIMEOUT_MS;

  dir = g_path_get_dirname (self->path);
  exists = g_stat (self->path, &st) == 0;
  if (!exists && read_only)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_OPEN,
                   _("%s: there is no library there"), self->path);
      return NULL;
    }
  if (!exists && g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_OPEN,
                   _("%s: cannot create the folder for the library: %s"),
                   dir, g_strerror (saved_errno));
      return NULL;
    }
  if (!check_file (self->path, error))
    return NULL;

  if (exists)
    {
      self->damage = read_marker (self->path);
      self->read_only = read_only || self->damage != NULL
                        || !writable (self->path) || !writable (dir);
    }
  if (self->read_only)
    rc = open_read_only (self);
  else
    rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_CORRUPT && (rc & 0xff) != SQLITE_NOTADB
      && (rc & 0xff) != SQLITE_BUSY)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_OPEN,
                   _("%s: cannot open the library: %s"), self->path,
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, self->busy_ms);

  if (!check_owner (self, &version, &needs_id, error))
    return NULL;
  if (version > BYLINE_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_TOO_NEW,
                   _("%s: the library was made by a newer version of Byline (schema %d; "
                     "this one knows up to %d); it was left untouched"),
                   self->path, version, BYLINE_STORE_SCHEMA_VERSION);
      return NULL;
    }
  if (self->read_only)
    {
      if (version < BYLINE_STORE_SCHEMA_VERSION)
        {
          g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_OPEN,
                       _("%s: the library needs an upgrade to this version of Byline, "
                         "which a library open read-only cannot have"), self->path);
          return NULL;
        }
      self->opened = TRUE;
      return g_steal_pointer (&self);
    }
  /* WAL: readers never wait for the writer; FULL: a commit is on disk before it returns */
  if (!exec (self, "PRAGMA journal_mode = WAL", error)
      || !exec (self, "PRAGMA synchronous = FULL", error)
      || !exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;
  if (version < BYLINE_STORE_SCHEMA_VERSION && !migrate (self, version, error))
    return NULL;
  if (needs_id && !exec (self, "PRAGMA application_id = " G_STRINGIFY (BYLINE_APPLICATION_ID), error))
    return NULL;
  self->opened = TRUE;
  return g_steal_pointer (&self);
}

/**
 * byline_store_open:
 * @path: (nullable): the library file; NULL for byline_store_default_path ()
 *
 * Opens the library, creating it and its folder when missing, and upgrades
 * its schema. A damaged library, another program's database or one from a
 * newer Byline is refused and never written to. A library whose file or
 * folder cannot be written, or that was found damaged and is not yet
 * repaired, opens read-only: reading works, writing fails with
 * BYLINE_STORE_ERROR_READ_ONLY.
 */
BylineStore *
byline_store_open (const char *path,
                   GError    **error)
{
  return _byline_store_open_store (path, FALSE, error);
}

/**
 * byline_store_open_read_only:
 *
 * Opens an existing library for reading only; nothing is created, upgraded
 * or written.
 */
BylineStore *
byline_store_open_read_only (const char *path,
                             GError    **error)
{
  return _byline_store_open_store (path, TRUE, error);
}

gboolean
byline_store_is_read_only (BylineStore *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->read_only;
}

/* Why the library is known to be damaged, or NULL */
const char *
byline_store_get_damage (BylineStore *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->damage;
}

void
byline_store_close (BylineStore *self)
{
  if (self == NULL)
    return;
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  remove_copy (self);
  /* after the close, which may have written the log into the file */
  if (self->new_damage)
    write_marker (self->path, self->damage);
  g_free (self->path);
  g_free (self->damage);
  g_free (self);
}

const char *
byline_store_get_path (BylineStore *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->path;
}

/* Private API for tests */

void
_byline_store_set_busy_timeout (BylineStore *self,
                                int          ms)
{
  self->busy_ms = ms;
  sqlite3_busy_timeout (self->db, ms);
}

void
_byline_store_set_search_timeout (BylineStore *self,
                                  int          ms)
{
  self->search_ms = ms;
}

gboolean
_byline_store_exec (BylineStore *self,
                    const char  *sql,
                    GError     **error)
{
  return exec (self, sql, error);
}

/* For the cross-article index (byline-people-index.c and the views) */
sqlite3 *
_byline_store_get_db (BylineStore *self)
{
  return self->db;
}

gboolean
_byline_store_create_from_sql (const char *path,
                               const char *sql,
                               GError    **error)
{
  g_autoptr (BylineStore) self = g_new0 (BylineStore, 1);
  int rc;

  self->path = g_strdup (path);
  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      _byline_store_set_db_error (self, error, rc, "create");
      return FALSE;
    }
  return exec (self, sql, error);
}

/* Corrections */

gint64
byline_store_add_correction (BylineStore            *self,
                             const BylineCorrection *c,
                             GError                **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gboolean ok;
  gint64 id = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (c != NULL && c->key != NULL, 0);

  if (!_byline_store_begin (self, error))
    return 0;
  stmt = _byline_store_prepare (self,
                                "INSERT INTO corrections (article, target, action, key, start, "
                                "end, value, created) SELECT id, ?, ?, ?, ?, ?, ?, ? FROM articles "
                                "WHERE id = ?", error);
  ok = stmt != NULL;
  if (ok)
    {
      _byline_store_bind_text (stmt, 1, byline_correction_target_to_string (c->target));
      _byline_store_bind_text (stmt, 2, byline_correction_action_to_string (c->action));
      _byline_store_bind_text (stmt, 3, c->key);
      sqlite3_bind_int64 (stmt, 4, c->start);
      sqlite3_bind_int64 (stmt, 5, c->end);
      _byline_store_bind_text (stmt, 6, c->value);
      sqlite3_bind_int64 (stmt, 7, c->created != 0 ? c->created : _byline_store_now ());
      sqlite3_bind_int64 (stmt, 8, c->article);
      ok = _byline_store_step (self, stmt, error) == STEP_DONE
           && _byline_store_check_changed (self, _("article"), c->article, error);
      id = sqlite3_last_insert_rowid (self->db);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!_byline_store_finish (self, ok, error))
    return 0;
  return id;
}

/**
 * byline_store_list_corrections:
 *
 * Returns: (element-type BylineCorrection): oldest first, the order they apply in
 */
GPtrArray *
byline_store_list_corrections (BylineStore *self,
                               gint64       article,
                               GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_correction_free);
  Step s;

  g_return_val_if_fail (self != NULL, NULL);

  stmt = _byline_store_prepare (self,
                                "SELECT id, article, target, action, key, start, end, value, "
                                "created FROM corrections WHERE ?1 = 0 OR article = ?1 ORDER BY id",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article);
  while ((s = _byline_store_step (self, stmt, error)) == STEP_ROW)
    {
      BylineCorrection *c = g_new0 (BylineCorrection, 1);

      c->id = sqlite3_column_int64 (stmt, 0);
      c->article = sqlite3_column_int64 (stmt, 1);
      if (!byline_correction_target_from_string ((const char *) sqlite3_column_text (stmt, 2),
                                                 &c->target)
          || !byline_correction_action_from_string ((const char *) sqlite3_column_text (stmt, 3),
                                                    &c->action))
        {
          /* written by a newer Byline: not understood, so not applied */
          byline_correction_free (c);
          continue;
        }
      c->key = _byline_store_column_dup (stmt, 4);
      c->start = sqlite3_column_int64 (stmt, 5);
      c->end = sqlite3_column_int64 (stmt, 6);
      c->value = _byline_store_column_dup (stmt, 7);
      c->created = sqlite3_column_int64 (stmt, 8);
      g_ptr_array_add (list, c);
    }
  if (s == STEP_ERROR)
    return NULL;
  return g_steal_pointer (&list);
}

gboolean
byline_store_delete_correction (BylineStore *self,
                                gint64       id,
                                GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!_byline_store_begin (self, error))
    return FALSE;
  ok = _byline_store_run_ids (self, "DELETE FROM corrections WHERE id = ?", id, 0, error)
       && _byline_store_check_changed (self, _("correction"), id, error);
  return _byline_store_finish (self, ok, error);
}

/* Types */

const char *
byline_note_kind_to_string (BylineNoteKind kind)
{
  g_return_val_if_fail (kind <= BYLINE_NOTE_QUESTION, NULL);
  return _byline_store_note_kinds[kind];
}

gboolean
byline_note_kind_from_string (const char     *name,
                              BylineNoteKind *kind)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (_byline_store_note_kinds); i++)
    if (g_ascii_strcasecmp (name, _byline_store_note_kinds[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

void
byline_article_free (BylineArticle *a)
{
  if (a == NULL)
    return;
  g_free (a->sha256);
  g_free (a->title);
  g_free (a->source);
  g_free (a->format);
  g_free (a->dateline);
  g_free (a->text);
  g_strfreev (a->tags);
  g_free (a);
}

void
byline_note_free (BylineNote *n)
{
  if (n == NULL)
    return;
  g_free (n->exact);
  g_free (n->prefix);
  g_free (n->suffix);
  g_free (n->body);
  g_strfreev (n->tags);
  g_free (n);
}

void
byline_tag_count_free (BylineTagCount *tag)
{
  if (tag == NULL)
    return;
  g_free (tag->name);
  g_free (tag);
}

void
byline_search_hit_free (BylineSearchHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->title);
  g_free (hit->snippet);
  g_free (hit);
}
