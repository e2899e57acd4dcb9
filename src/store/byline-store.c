/* byline-store.c: the library database of articles, notes, tags and corrections
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

/* How much text a note keeps on each side of its passage to find it again */
#define CONTEXT_CHARS 32

/* Bumped whenever the analyser's output changes, so cached analyses are redone */
#define ANALYSER_VERSION BYLINE_ANALYSIS_SCHEMA " " PACKAGE_VERSION " r" G_STRINGIFY (BYLINE_ANALYSER_REVISION)

/* Byline's own PRAGMA application_id: "BYLN" */
#define BYLINE_APPLICATION_ID 0x42594C4E

struct _BylineStore
{
  sqlite3  *db;
  char     *path;
  int       busy_ms;
  gboolean  read_only;   /* the file or folder cannot be written, or it is damaged */
  char     *damage;      /* why it is damaged, when it is known to be */
  gboolean  new_damage;  /* found damaged while open: mark it so when closing */
  gboolean  opened;      /* known to be a Byline library */
  int       search_ms;   /* how long a search may take */
  char     *copy_dir;    /* a private copy read in place of a library that cannot be */
};

typedef enum
{
  STEP_ROW,
  STEP_DONE,
  STEP_ERROR,
} Step;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)
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
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == BYLINE_STORE_SCHEMA_VERSION);

static const char *const note_kinds[] = { "highlight", "comment", "question" };

/* Errors */

static void
set_db_error (BylineStore *self,
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

static void
set_not_found (GError    **error,
               const char *what,
               gint64      id)
{
  /* Translators: the first %s is "article", "note" or "correction" */
  g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
               _("there is no %s with id %lld in the library"), what, (long long) id);
}

/* Statements */

static sqlite3_stmt *
prepare (BylineStore *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      set_db_error (self, error, rc, _("read the library"));
      sqlite3_finalize (stmt);
      return NULL;
    }
  return stmt;
}

static Step
step (BylineStore  *self,
      sqlite3_stmt *stmt,
      GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return STEP_ROW;
  if (rc == SQLITE_DONE)
    return STEP_DONE;
  set_db_error (self, error, rc, _("write to the library"));
  return STEP_ERROR;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *value)
{
  if (value == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

static char *
column_dup (sqlite3_stmt *stmt,
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
      set_db_error (self, error, rc, _("write to the library"));
      return FALSE;
    }
  return TRUE;
}

/* Runs a statement that returns no rows, with one or two int64 binds */
static gboolean
run_ids (BylineStore *self,
         const char  *sql,
         gint64       a,
         gint64       b,
         GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, b);
  return step (self, stmt, error) == STEP_DONE;
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

static gboolean
begin (BylineStore *self,
       GError     **error)
{
  if (self->read_only)
    return refuse_write (self, error);
  return exec (self, "BEGIN IMMEDIATE", error);
}

static gboolean
finish (BylineStore *self,
        gboolean     ok,
        GError     **error)
{
  if (ok && exec (self, "COMMIT", error))
    return TRUE;
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static gint64
now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
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
static JsonNode *
parse_analysis (const char *json,
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

static gboolean
analysis_valid (const char *json,
                gsize       len)
{
  g_autoptr (JsonNode) node = parse_analysis (json, len);

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

      if (!begin (self, error))
        return FALSE;
      ok = exec (self, migrations[v - 1], &local_error)
           && exec (self, set_version, &local_error);
      if (!finish (self, ok, ok ? &local_error : NULL))
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
static char *
marker_path (const char *path)
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
  g_autofree char *marker = marker_path (path);
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
  g_autofree char *marker = marker_path (path);
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

static gboolean copy_file (const char *from,
                           const char *to,
                           GError    **error);

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
  if (!copy_file (self->path, copy, NULL) || !copy_file (wal, copy_wal, NULL))
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
  stmt = prepare (self, "PRAGMA application_id", error);
  if (stmt == NULL || step (self, stmt, error) != STEP_ROW)
    return FALSE;
  app_id = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = prepare (self, "PRAGMA user_version", error);
  if (stmt == NULL || step (self, stmt, error) != STEP_ROW)
    return FALSE;
  *version = sqlite3_column_int (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);
  *needs_id = app_id == 0;
  if (app_id == BYLINE_APPLICATION_ID)
    return TRUE;
  if (app_id == 0)
    {
      /* new, or a library from before the id: Byline's tables */
      stmt = prepare (self, "SELECT count(*), count(*) FILTER (WHERE type = 'table' "
                            "AND name IN ('articles', 'notes', 'tags')) FROM sqlite_schema", error);
      if (stmt == NULL || step (self, stmt, error) != STEP_ROW)
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

static BylineStore *
open_store (const char *path,
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
  return open_store (path, FALSE, error);
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
  return open_store (path, TRUE, error);
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

  stmt = prepare (self, "SELECT id, sha256, text, analysis, title, source, format, dateline "
                        "FROM articles", error);
  if (stmt == NULL)
    return FALSE;
  while ((s = step (self, stmt, error)) == STEP_ROW)
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
          && !analysis_valid ((const char *) sqlite3_column_text (stmt, 3),
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

  stmt = prepare (self, "SELECT n.id, n.start, n.end, n.orphaned, length (a.text), a.id, n.kind, "
                        "n.exact, n.prefix, n.suffix, n.body "
                        "FROM notes n LEFT JOIN articles a ON a.id = n.article", error);
  if (stmt == NULL)
    return FALSE;
  while ((s = step (self, stmt, error)) == STEP_ROW)
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

  stmt = prepare (self, "SELECT id, name FROM tags", error);
  if (stmt == NULL)
    return FALSE;
  while ((s = step (self, stmt, error)) == STEP_ROW)
    if (!column_valid (stmt, 1) || sqlite3_column_bytes (stmt, 1) == 0)
      add_problem (problems, _("tag %lld: its name is not valid"),
                   (long long) sqlite3_column_int64 (stmt, 0));
  if (s == STEP_ERROR)
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = prepare (self, "SELECT c.id, c.key, c.value, a.id FROM corrections c "
                        "LEFT JOIN articles a ON a.id = c.article", error);
  if (stmt == NULL)
    return FALSE;
  while ((s = step (self, stmt, error)) == STEP_ROW)
    if (!column_valid (stmt, 1) || !column_valid (stmt, 2) || sqlite3_column_type (stmt, 3) == SQLITE_NULL)
      add_problem (problems, _("correction %lld: not valid, or its article is missing"),
                   (long long) sqlite3_column_int64 (stmt, 0));
  if (s == STEP_ERROR)
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = prepare (self, "PRAGMA foreign_key_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((s = step (self, stmt, error)) == STEP_ROW)
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
      set_db_error (self, error, rc, _("check the full-text index"));
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

  stmt = prepare (self, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((s = step (self, stmt, error)) == STEP_ROW)
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
      g_autofree char *marker = marker_path (self->path);

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

static gboolean
copy_file (const char *from,
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
  read = prepare (old, "SELECT id, sha256, title, source, format, dateline, added, updated, text, page "
                       "FROM articles ORDER BY id", error);
  write = prepare (fresh, "INSERT INTO articles (id, sha256, title, source, format, dateline, "
                          "added, updated, text, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
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
      bind_text (write, 2, sha);
      bind_text (write, 3, title != NULL ? title : _("Untitled article"));
      bind_text (write, 4, source);
      bind_text (write, 5, format != NULL ? format : "text");
      bind_text (write, 6, dateline);
      sqlite3_bind_int64 (write, 7, sqlite3_column_int64 (read, 6));
      sqlite3_bind_int64 (write, 8, sqlite3_column_int64 (read, 7));
      sqlite3_bind_text (write, 9, text->data, text->len, SQLITE_STATIC);
      /* the page's metadata is kept when it still reads as JSON */
      {
        g_autoptr (JsonNode) page_node = page != NULL ? json_from_string (page, NULL) : NULL;

        bind_text (write, 10, page_node != NULL ? page : NULL);
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
  read = prepare (old, "SELECT id, article, start, end, exact, prefix, suffix, body, kind, "
                       "orphaned, created, updated FROM notes ORDER BY id", error);
  write = prepare (fresh, "INSERT INTO notes (id, article, start, end, exact, prefix, suffix, body, "
                          "kind, orphaned, created, updated) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                          "?9, ?10 OR ?3 < 0 OR ?3 >= ?4 OR ?4 > length (a.text), ?11, ?12 "
                          "FROM articles a WHERE a.id = ?2", error);
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
      bind_text (write, 5, exact != NULL ? exact : "");
      bind_text (write, 6, prefix != NULL ? prefix : "");
      bind_text (write, 7, suffix != NULL ? suffix : "");
      bind_text (write, 8, body != NULL ? body : "");
      bind_text (write, 9, note_kinds[kind]);
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
        read = prepare (old, rows[t].read, error);
        write = prepare (fresh, rows[t].write, error);
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
                  bind_text (write, c + 1, value);
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
  old = open_store (real_path, TRUE, error);
  if (old == NULL)
    return FALSE;

  /* the original, with its log, beside it */
  copy = unused_name (real_path, "before-repair");
  wal = g_strconcat (real_path, "-wal", NULL);
  if (!copy_file (real_path, copy, error))
    return FALSE;
  if (g_stat (wal, &st) == 0 && st.st_size > 0)
    {
      g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);

      if (!copy_file (wal, copy_wal, error))
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
  ok = begin (fresh, error) && rebuild_rows (old, fresh, lines, error);
  ok = finish (fresh, ok, ok ? error : NULL) && ok;
  ok = ok && byline_store_check_integrity (fresh, error);
  g_clear_pointer (&fresh, byline_store_close);
  g_clear_pointer (&old, byline_store_close);
  if (ok && g_stat (real_path, &st) == 0)
    g_chmod (tmp, st.st_mode & 0777);
  if (ok)
    {
      g_autofree char *shm = g_strconcat (real_path, "-shm", NULL);
      g_autofree char *marker = marker_path (real_path);

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
      set_db_error (self, error, rc, "create");
      return FALSE;
    }
  return exec (self, sql, error);
}

/* Tags */

static char *
clean_tag (const char *name,
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
  g_autoptr (sqlite3_stmt) stmt = prepare (self, "SELECT id FROM tags WHERE name = ?", error);
  Step s;

  if (stmt == NULL)
    return -1;
  bind_text (stmt, 1, name);
  s = step (self, stmt, error);
  if (s == STEP_ERROR)
    return -1;
  return s == STEP_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

static gint64
existing_tag (BylineStore *self,
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
static gint64
ensure_tag (BylineStore *self,
            const char  *name,
            GError     **error)
{
  g_autofree char *tag = clean_tag (name, error);
  g_autoptr (sqlite3_stmt) stmt = NULL;

  if (tag == NULL)
    return 0;
  gint64 id = find_tag (self, tag, error);

  if (id != 0)
    return MAX (id, 0);
  /* a plain insert: an upsert's UPDATE would fire the tag's search-index trigger */
  stmt = prepare (self, "INSERT INTO tags (name) VALUES (?)", error);
  if (stmt == NULL)
    return 0;
  bind_text (stmt, 1, tag);
  if (step (self, stmt, error) != STEP_DONE)
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

static GStrv
read_tags (BylineStore *self,
           const char  *sql,
           gint64       id)
{
  g_autoptr (sqlite3_stmt) stmt = prepare (self, sql, NULL);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
    }
  return g_strv_builder_end (builder);
}

static GStrv
note_tags (BylineStore *self,
           gint64       note)
{
  return read_tags (self, "SELECT t.name FROM note_tags nt JOIN tags t ON t.id = nt.tag "
                          "WHERE nt.note = ? ORDER BY t.name", note);
}

static GStrv
article_tags (BylineStore *self,
              gint64       article)
{
  return read_tags (self, "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag "
                          "WHERE at.article = ? ORDER BY t.name", article);
}

static gboolean
set_note_tags (BylineStore       *self,
               gint64             note,
               const char *const *tags,
               GError           **error)
{
  if (!run_ids (self, "DELETE FROM note_tags WHERE note = ?", note, 0, error))
    return FALSE;
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      gint64 tag = ensure_tag (self, tags[i], error);

      if (tag == 0
          || !run_ids (self, "INSERT OR IGNORE INTO note_tags (note, tag) VALUES (?, ?)",
                       note, tag, error))
        return FALSE;
    }
  return TRUE;
}

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
  g_autoptr (sqlite3_stmt) stmt = prepare (self, "UPDATE articles SET page = ?1, analysis_version = NULL "
                                                 "WHERE id = ?2 AND page IS NOT ?1", error);

  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, page_json);
  sqlite3_bind_int64 (stmt, 2, id);
  return step (self, stmt, error) == STEP_DONE;
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

/* Code point offsets of a byte offset, through the text's mark table */
static guint32
char_at (BylineText *text,
         gsize       byte)
{
  return (guint32) byline_text_char_offset (text, byte);
}

static const char *
byte_at (const char *s,
         gsize       len,
         guint32     chars)
{
  /* g_utf8_offset_to_pointer without running past the end */
  const char *p = s;
  const char *end = s + len;

  while (chars > 0 && p < end)
    {
      p = g_utf8_next_char (p);
      chars--;
    }
  return MIN (p, end);
}

/* A passage's words and what stands around them (a W3C TextQuoteSelector) */
typedef struct
{
  char *exact, *prefix, *suffix;
} Anchor;

static void
anchor_context (const char *text,
                gsize       len,
                const char *from,
                const char *to,
                char      **prefix,
                char      **suffix)
{
  const char *p = from;
  const char *q = to;

  for (int i = 0; i < CONTEXT_CHARS && p > text; i++)
    p = g_utf8_find_prev_char (text, p);
  for (int i = 0; i < CONTEXT_CHARS && q < text + len; i++)
    q = g_utf8_next_char (q);
  *prefix = g_strndup (p, from - p);
  *suffix = g_strndup (to, MIN (q, text + len) - to);
}

/* How many bytes at the end of @a and @b agree */
static gsize
common_tail (const char *a,
             gsize       alen,
             const char *b,
             gsize       blen)
{
  gsize n = 0;

  while (n < alen && n < blen && a[alen - 1 - n] == b[blen - 1 - n])
    n++;
  return n;
}

static gsize
common_head (const char *a,
             gsize       alen,
             const char *b,
             gsize       blen)
{
  gsize n = 0;

  while (n < alen && n < blen && a[n] == b[n])
    n++;
  return n;
}

/**
 * _byline_store_find_anchor:
 *
 * Finds the passage @exact again in @text, the way a W3C TextQuoteSelector is
 * resolved: every occurrence is scored by how much of @prefix and @suffix
 * agrees around it, and ties go to the one nearest the old position @start.
 * Returns FALSE when the passage is not in the text at all.
 */
gboolean
_byline_store_find_anchor (BylineText *text,
                           const char *exact,
                           const char *prefix,
                           const char *suffix,
                           guint32     start,
                           guint32    *new_start,
                           guint32    *new_end)
{
  gsize elen = strlen (exact);
  gsize plen = strlen (prefix);
  gsize slen = strlen (suffix);
  const char *best = NULL;
  gsize best_score = 0;
  guint64 best_distance = G_MAXUINT64;

  if (elen == 0)
    return FALSE;
  for (const char *p = text->data; (p = strstr (p, exact)) != NULL; p++)
    {
      gsize before = p - text->data;
      gsize after = text->len - before - elen;
      gsize score = common_tail (prefix, plen, text->data, before)
                    + common_head (suffix, slen, p + elen, after);
      guint32 at = char_at (text, before);
      guint64 distance = at > start ? at - start : start - at;

      if (best == NULL || score > best_score || (score == best_score && distance < best_distance))
        {
          best = p;
          best_score = score;
          best_distance = distance;
        }
    }
  if (best == NULL)
    return FALSE;
  *new_start = char_at (text, best - text->data);
  *new_end = char_at (text, best - text->data + elen);
  return TRUE;
}

/* After the text of @article changed to @text: every note and correction
 * finds its passage again, or is kept and marked orphaned. */
static gboolean
reanchor (BylineStore *self,
          gint64       article,
          BylineText  *text,
          GError     **error)
{
  g_autoptr (sqlite3_stmt) notes = prepare (self, "SELECT id, start, exact, prefix, suffix "
                                                  "FROM notes WHERE article = ?", error);
  g_autoptr (sqlite3_stmt) fix = NULL;
  g_autoptr (sqlite3_stmt) lost = NULL;
  g_autoptr (sqlite3_stmt) corrections = NULL;
  g_autoptr (sqlite3_stmt) move = NULL;
  Step s;

  if (notes == NULL)
    return FALSE;
  fix = prepare (self, "UPDATE notes SET start = ?, end = ?, prefix = ?, suffix = ?, "
                       "orphaned = 0 WHERE id = ?", error);
  lost = prepare (self, "UPDATE notes SET orphaned = 1 WHERE id = ?", error);
  if (fix == NULL || lost == NULL)
    return FALSE;
  sqlite3_bind_int64 (notes, 1, article);
  while ((s = step (self, notes, error)) == STEP_ROW)
    {
      guint32 start, end;
      sqlite3_stmt *update;

      if (_byline_store_find_anchor (text, (const char *) sqlite3_column_text (notes, 2),
                                     (const char *) sqlite3_column_text (notes, 3),
                                     (const char *) sqlite3_column_text (notes, 4),
                                     sqlite3_column_int (notes, 1), &start, &end))
        {
          g_autofree char *prefix = NULL;
          g_autofree char *suffix = NULL;
          const char *from = byte_at (text->data, text->len, start);

          anchor_context (text->data, text->len, from,
                          from + strlen ((const char *) sqlite3_column_text (notes, 2)),
                          &prefix, &suffix);
          update = fix;
          sqlite3_bind_int64 (fix, 1, start);
          sqlite3_bind_int64 (fix, 2, end);
          bind_text (fix, 3, prefix);
          bind_text (fix, 4, suffix);
          sqlite3_bind_int64 (fix, 5, sqlite3_column_int64 (notes, 0));
        }
      else
        {
          update = lost;
          sqlite3_bind_int64 (lost, 1, sqlite3_column_int64 (notes, 0));
        }
      if (step (self, update, error) != STEP_DONE)
        return FALSE;
      sqlite3_reset (update);
    }
  if (s == STEP_ERROR)
    return FALSE;

  /* corrections of quotes, claims and meetings follow their words; an
   * entity's is found by its name as well */
  corrections = prepare (self, "SELECT id, start, key FROM corrections WHERE article = ?", error);
  move = prepare (self, "UPDATE corrections SET start = ?, end = ? WHERE id = ?", error);
  if (corrections == NULL || move == NULL)
    return FALSE;
  sqlite3_bind_int64 (corrections, 1, article);
  while ((s = step (self, corrections, error)) == STEP_ROW)
    {
      guint32 start, end;

      if (!_byline_store_find_anchor (text, (const char *) sqlite3_column_text (corrections, 2),
                                      "", "", sqlite3_column_int (corrections, 1), &start, &end))
        continue;
      sqlite3_bind_int64 (move, 1, start);
      sqlite3_bind_int64 (move, 2, end);
      sqlite3_bind_int64 (move, 3, sqlite3_column_int64 (corrections, 0));
      if (step (self, move, error) != STEP_DONE)
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
  g_autoptr (sqlite3_stmt) stmt = prepare (self, column_sql, error);
  Step s;

  if (stmt == NULL)
    return -1;
  bind_text (stmt, 1, value);
  s = step (self, stmt, error);
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

  if (!begin (self, error))
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
          stmt = prepare (self, "UPDATE articles SET sha256 = ?, title = ?, format = ?, "
                                "dateline = ?, updated = ?, text = ?, analysis = ?, "
                                "analysis_version = ?, page = ? WHERE id = ?", error);
          ok = stmt != NULL;
        }
      if (ok)
        {
          bind_text (stmt, 1, sha);
          bind_text (stmt, 2, title);
          bind_text (stmt, 3, format);
          bind_text (stmt, 4, published);
          sqlite3_bind_int64 (stmt, 5, now ());
          sqlite3_bind_text (stmt, 6, text->data, text->len, SQLITE_STATIC);
          /* (not copied: the analysis of a long text is several times its size) */
          sqlite3_bind_text (stmt, 7, json, -1, SQLITE_STATIC);
          bind_text (stmt, 8, ANALYSER_VERSION);
          bind_text (stmt, 9, page_json);
          sqlite3_bind_int64 (stmt, 10, id);
          ok = step (self, stmt, error) == STEP_DONE && reanchor (self, id, text, error);
        }
      if (ok && outcome != NULL)
        *outcome = BYLINE_ADD_UPDATED;
    }
  else if (ok)
    {
      stmt = prepare (self, "INSERT INTO articles (sha256, title, source, format, dateline, "
                            "added, updated, text, analysis, analysis_version, page) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
      ok = stmt != NULL;
      if (ok)
        {
          gint64 t = now ();

          bind_text (stmt, 1, sha);
          bind_text (stmt, 2, title);
          bind_text (stmt, 3, source);
          bind_text (stmt, 4, format);
          bind_text (stmt, 5, published);
          sqlite3_bind_int64 (stmt, 6, t);
          sqlite3_bind_int64 (stmt, 7, t);
          sqlite3_bind_text (stmt, 8, text->data, text->len, SQLITE_STATIC);
          /* (not copied: the analysis of a long text is several times its size) */
          sqlite3_bind_text (stmt, 9, json, -1, SQLITE_STATIC);
          bind_text (stmt, 10, ANALYSER_VERSION);
          bind_text (stmt, 11, page_json);
          ok = step (self, stmt, error) == STEP_DONE;
          id = sqlite3_last_insert_rowid (self->db);
        }
      if (ok && outcome != NULL)
        *outcome = BYLINE_ADD_NEW;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!finish (self, ok, error))
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
  a->sha256 = column_dup (stmt, 1);
  a->title = column_dup (stmt, 2);
  a->source = column_dup (stmt, 3);
  a->format = column_dup (stmt, 4);
  a->dateline = column_dup (stmt, 5);
  a->added = sqlite3_column_int64 (stmt, 6);
  a->updated = sqlite3_column_int64 (stmt, 7);
  a->n_notes = sqlite3_column_int (stmt, 8);
  a->n_orphaned = sqlite3_column_int (stmt, 9);
  a->tags = article_tags (self, a->id);
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
    stmt = prepare (self, "SELECT " ARTICLE_COLUMNS " FROM articles a ORDER BY a.added DESC, a.id DESC",
                    error);
  else
    stmt = prepare (self, "SELECT " ARTICLE_COLUMNS " FROM articles a WHERE a.id IN "
                          "(SELECT at.article FROM article_tags at JOIN tags t ON t.id = at.tag "
                          " WHERE t.name = ?1 "
                          " UNION SELECT n.article FROM notes n JOIN note_tags nt ON nt.note = n.id "
                          " JOIN tags t ON t.id = nt.tag WHERE t.name = ?1) "
                          "ORDER BY a.added DESC, a.id DESC", error);
  if (stmt == NULL)
    return NULL;
  if (tag != NULL)
    bind_text (stmt, 1, tag);
  while ((s = step (self, stmt, error)) == STEP_ROW)
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

  stmt = prepare (self, "SELECT " ARTICLE_COLUMNS ", a.text FROM articles a WHERE a.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  s = step (self, stmt, error);
  if (s == STEP_ERROR)
    return NULL;
  if (s == STEP_DONE)
    {
      set_not_found (error, _("article"), id);
      return NULL;
    }
  article = read_article (self, stmt);
  article->text = column_dup (stmt, 10);
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

static gboolean
check_changed (BylineStore *self,
               const char  *what,
               gint64       id,
               GError     **error)
{
  if (sqlite3_changes (self->db) > 0)
    return TRUE;
  set_not_found (error, what, id);
  return FALSE;
}

gboolean
byline_store_remove_article (BylineStore *self,
                             gint64       id,
                             GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!begin (self, error))
    return FALSE;
  ok = run_ids (self, "DELETE FROM articles WHERE id = ?", id, 0, error)
       && check_changed (self, _("article"), id, error);
  return finish (self, ok, error);
}

/* FALSE, with NOT_FOUND, when there is no article @id */
static gboolean
require_article (BylineStore *self,
                 gint64       id,
                 GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = prepare (self, "SELECT 1 FROM articles WHERE id = ?", error);
  Step s;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  s = step (self, stmt, error);
  if (s == STEP_DONE)
    set_not_found (error, _("article"), id);
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

  if (!begin (self, error))
    return FALSE;
  ok = require_article (self, id, error);
  if (ok && add)
    {
      tag_id = ensure_tag (self, tag, error);
      ok = tag_id != 0
           && run_ids (self, "INSERT OR IGNORE INTO article_tags (article, tag) VALUES (?, ?)",
                       id, tag_id, error);
    }
  else if (ok)
    {
      g_autofree char *name = clean_tag (tag, error);

      tag_id = name != NULL ? existing_tag (self, name, error) : 0;
      ok = tag_id > 0
           && run_ids (self, "DELETE FROM article_tags WHERE article = ? AND tag = ?",
                       id, tag_id, error);
    }
  return finish (self, ok, error);
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

  stmt = prepare (self, "SELECT analysis_version = ?, analysis, text, page, length (text) FROM articles "
                        "WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, ANALYSER_VERSION);
  sqlite3_bind_int64 (stmt, 2, id);
  s = step (self, stmt, error);
  if (s == STEP_ERROR)
    return NULL;
  if (s == STEP_DONE)
    {
      set_not_found (error, _("article"), id);
      return NULL;
    }
  /* the cache is data from disk: read within bounds and checked against the
   * text, and made again when it is damaged */
  if (sqlite3_column_int (stmt, 0) == 1 && sqlite3_column_type (stmt, 1) == SQLITE_TEXT)
    {
      node = parse_analysis ((const char *) sqlite3_column_text (stmt, 1), sqlite3_column_bytes (stmt, 1));
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
                              : prepare (self, "UPDATE articles SET analysis = ?, analysis_version = ? "
                                               "WHERE id = ?", NULL);
      if (cache != NULL)
        {
          bind_text (cache, 1, json);
          bind_text (cache, 2, ANALYSER_VERSION);
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

/* Notes */

static gboolean
read_span (BylineStore *self,
           gint64       article,
           guint32      start,
           guint32      end,
           Anchor      *anchor,
           GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  Step s;
  gint64 length;

  /* SQLite's substr counts characters in a TEXT value, as the offsets do */
  stmt = prepare (self, "SELECT length (text), substr (text, ?1 + 1, ?2 - ?1), "
                        "substr (text, max (?1 - ?3, 0) + 1, min (?1, ?3)), "
                        "substr (text, ?2 + 1, ?3) FROM articles WHERE id = ?4", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, start);
  sqlite3_bind_int64 (stmt, 2, end);
  sqlite3_bind_int (stmt, 3, CONTEXT_CHARS);
  sqlite3_bind_int64 (stmt, 4, article);
  s = step (self, stmt, error);
  if (s == STEP_ERROR)
    return FALSE;
  if (s == STEP_DONE)
    {
      set_not_found (error, _("article"), article);
      return FALSE;
    }
  length = sqlite3_column_int64 (stmt, 0);
  if (start >= end || end > length)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID,
                   _("a note's passage must lie inside the article: start %u and end %u, "
                     "the article has %lld characters"),
                   start, end, (long long) length);
      return FALSE;
    }
  anchor->exact = column_dup (stmt, 1);
  anchor->prefix = column_dup (stmt, 2);
  anchor->suffix = column_dup (stmt, 3);
  return TRUE;
}

static void
anchor_clear (Anchor *anchor)
{
  g_clear_pointer (&anchor->exact, g_free);
  g_clear_pointer (&anchor->prefix, g_free);
  g_clear_pointer (&anchor->suffix, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Anchor, anchor_clear)

static gboolean
valid_body (const char *body,
            GError    **error)
{
  if (body != NULL && !g_utf8_validate (body, -1, NULL))
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID,
                   _("a note's text must be UTF-8"));
      return FALSE;
    }
  return TRUE;
}

/**
 * byline_store_add_note:
 * @start: the passage's first character (code points)
 * @end: one past its last
 * @tags: (nullable) (array zero-terminated=1): tag names, made when new
 *
 * Saves a note; it is on disk when this returns.
 *
 * Returns: the note's id, or 0 with @error set
 */
gint64
byline_store_add_note (BylineStore       *self,
                       gint64             article,
                       guint32            start,
                       guint32            end,
                       const char        *body,
                       BylineNoteKind     kind,
                       const char *const *tags,
                       GError           **error)
{
  g_auto (Anchor) anchor = { 0 };
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (kind <= BYLINE_NOTE_QUESTION, 0);

  if (!valid_body (body, error) || !begin (self, error))
    return 0;
  ok = read_span (self, article, start, end, &anchor, error);
  if (ok)
    {
      gint64 t = now ();

      stmt = prepare (self, "INSERT INTO notes (article, start, end, exact, prefix, suffix, body, "
                            "kind, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, article);
          sqlite3_bind_int64 (stmt, 2, start);
          sqlite3_bind_int64 (stmt, 3, end);
          bind_text (stmt, 4, anchor.exact);
          bind_text (stmt, 5, anchor.prefix);
          bind_text (stmt, 6, anchor.suffix);
          bind_text (stmt, 7, body != NULL ? body : "");
          bind_text (stmt, 8, note_kinds[kind]);
          sqlite3_bind_int64 (stmt, 9, t);
          sqlite3_bind_int64 (stmt, 10, t);
          ok = step (self, stmt, error) == STEP_DONE;
          id = sqlite3_last_insert_rowid (self->db);
        }
    }
  ok = ok && set_note_tags (self, id, tags, error);
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!finish (self, ok, error))
    return 0;
  return id;
}

/**
 * byline_store_restore_note:
 *
 * Puts back a note that was deleted (undo), with its id, times and anchor.
 */
gboolean
byline_store_restore_note (BylineStore      *self,
                           const BylineNote *note,
                           GError          **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (note != NULL, FALSE);

  if (!begin (self, error))
    return FALSE;
  stmt = prepare (self, "INSERT INTO notes (id, article, start, end, exact, prefix, suffix, body, "
                        "kind, orphaned, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, note->id);
      sqlite3_bind_int64 (stmt, 2, note->article);
      sqlite3_bind_int64 (stmt, 3, note->start);
      sqlite3_bind_int64 (stmt, 4, note->end);
      bind_text (stmt, 5, note->exact != NULL ? note->exact : "");
      bind_text (stmt, 6, note->prefix != NULL ? note->prefix : "");
      bind_text (stmt, 7, note->suffix != NULL ? note->suffix : "");
      bind_text (stmt, 8, note->body != NULL ? note->body : "");
      bind_text (stmt, 9, note_kinds[MIN (note->kind, BYLINE_NOTE_QUESTION)]);
      sqlite3_bind_int (stmt, 10, note->orphaned);
      sqlite3_bind_int64 (stmt, 11, note->created);
      sqlite3_bind_int64 (stmt, 12, note->updated);
      ok = step (self, stmt, error) == STEP_DONE
           && set_note_tags (self, note->id, (const char *const *) note->tags, error);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  return finish (self, ok, error);
}

#define NOTE_COLUMNS \
  "n.id, n.article, n.start, n.end, n.exact, n.prefix, n.suffix, n.body, n.kind, " \
  "n.orphaned, n.created, n.updated"

static BylineNote *
read_note (BylineStore  *self,
           sqlite3_stmt *stmt)
{
  BylineNote *n = g_new0 (BylineNote, 1);
  BylineNoteKind kind = BYLINE_NOTE_COMMENT;

  n->id = sqlite3_column_int64 (stmt, 0);
  n->article = sqlite3_column_int64 (stmt, 1);
  n->start = sqlite3_column_int64 (stmt, 2);
  n->end = sqlite3_column_int64 (stmt, 3);
  n->exact = column_dup (stmt, 4);
  n->prefix = column_dup (stmt, 5);
  n->suffix = column_dup (stmt, 6);
  n->body = column_dup (stmt, 7);
  byline_note_kind_from_string ((const char *) sqlite3_column_text (stmt, 8), &kind);
  n->kind = kind;
  n->orphaned = sqlite3_column_int (stmt, 9) != 0;
  n->created = sqlite3_column_int64 (stmt, 10);
  n->updated = sqlite3_column_int64 (stmt, 11);
  n->tags = note_tags (self, n->id);
  return n;
}

BylineNote *
byline_store_get_note (BylineStore *self,
                       gint64       id,
                       GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  Step s;

  g_return_val_if_fail (self != NULL, NULL);

  stmt = prepare (self, "SELECT " NOTE_COLUMNS " FROM notes n WHERE n.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  s = step (self, stmt, error);
  if (s == STEP_ERROR)
    return NULL;
  if (s == STEP_DONE)
    {
      set_not_found (error, _("note"), id);
      return NULL;
    }
  return read_note (self, stmt);
}

/**
 * byline_store_list_notes:
 * @article: an article's id, or 0 for every article
 * @tag: (nullable): only notes with this tag
 *
 * Returns: (element-type BylineNote): in text order within an article
 */
GPtrArray *
byline_store_list_notes (BylineStore *self,
                         gint64       article,
                         const char  *tag,
                         GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_note_free);
  Step s;

  g_return_val_if_fail (self != NULL, NULL);

  /* two statements, so that one article's notes come from the index, not a scan */
  if (article != 0)
    stmt = prepare (self, "SELECT " NOTE_COLUMNS " FROM notes n "
                          "WHERE n.article = ?1 AND (?2 IS NULL OR n.id IN "
                          "  (SELECT nt.note FROM note_tags nt JOIN tags t ON t.id = nt.tag "
                          "   WHERE t.name = ?2)) "
                          "ORDER BY n.start, n.id", error);
  else
    stmt = prepare (self, "SELECT " NOTE_COLUMNS " FROM notes n "
                          "WHERE ?1 = 0 AND (?2 IS NULL OR n.id IN "
                          "  (SELECT nt.note FROM note_tags nt JOIN tags t ON t.id = nt.tag "
                          "   WHERE t.name = ?2)) "
                          "ORDER BY n.article, n.start, n.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article);
  bind_text (stmt, 2, tag);
  while ((s = step (self, stmt, error)) == STEP_ROW)
    g_ptr_array_add (notes, read_note (self, stmt));
  if (s == STEP_ERROR)
    return NULL;
  return g_steal_pointer (&notes);
}

/**
 * byline_store_update_note:
 * @body: (nullable): the new text, or NULL to keep it
 * @kind: a #BylineNoteKind, or -1 to keep it
 * @tags: (nullable): the new tags (replacing the old), or NULL to keep them
 */
gboolean
byline_store_update_note (BylineStore       *self,
                          gint64             id,
                          const char        *body,
                          int                kind,
                          const char *const *tags,
                          GError           **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (kind >= -1 && kind <= BYLINE_NOTE_QUESTION, FALSE);

  if (!valid_body (body, error) || !begin (self, error))
    return FALSE;
  stmt = prepare (self, "UPDATE notes SET body = coalesce (?, body), kind = coalesce (?, kind), "
                        "updated = ? WHERE id = ?", error);
  ok = stmt != NULL;
  if (ok)
    {
      bind_text (stmt, 1, body);
      bind_text (stmt, 2, kind >= 0 ? note_kinds[kind] : NULL);
      sqlite3_bind_int64 (stmt, 3, now ());
      sqlite3_bind_int64 (stmt, 4, id);
      ok = step (self, stmt, error) == STEP_DONE && check_changed (self, _("note"), id, error);
    }
  if (ok && tags != NULL)
    ok = set_note_tags (self, id, tags, error);
  g_clear_pointer (&stmt, sqlite3_finalize);
  return finish (self, ok, error);
}

gboolean
byline_store_delete_note (BylineStore *self,
                          gint64       id,
                          GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!begin (self, error))
    return FALSE;
  ok = run_ids (self, "DELETE FROM notes WHERE id = ?", id, 0, error)
       && check_changed (self, _("note"), id, error);
  return finish (self, ok, error);
}

/* How an imported note is recognised as one the library has already: an
 * anchored note by its span, kind and text; an orphaned one by its passage,
 * kind and text. Tags and times do not count. */
static char *
note_key (gboolean    orphaned,
          guint32     start,
          guint32     end,
          const char *exact,
          const char *kind,
          const char *body)
{
  if (orphaned)
    return g_strdup_printf ("o\037%s\037%s\037%s", exact != NULL ? exact : "", kind,
                            body != NULL ? body : "");
  return g_strdup_printf ("a\037%u\037%u\037%s\037%s", start, end, kind, body != NULL ? body : "");
}

/* key → how many notes of the article have it */
static GHashTable *
existing_note_keys (BylineStore *self,
                    gint64       article,
                    GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = prepare (self, "SELECT start, end, exact, kind, body, orphaned "
                                                 "FROM notes WHERE article = ?", error);
  g_autoptr (GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Step s;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article);
  while ((s = step (self, stmt, error)) == STEP_ROW)
    {
      char *key = note_key (sqlite3_column_int (stmt, 5) != 0, sqlite3_column_int64 (stmt, 0),
                            sqlite3_column_int64 (stmt, 1), (const char *) sqlite3_column_text (stmt, 2),
                            (const char *) sqlite3_column_text (stmt, 3),
                            (const char *) sqlite3_column_text (stmt, 4));
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (keys, key));

      g_hash_table_replace (keys, key, GUINT_TO_POINTER (n + 1));
    }
  if (s == STEP_ERROR)
    return NULL;
  return g_steal_pointer (&keys);
}

static BylineText *
read_text (BylineStore *self,
           gint64       article,
           GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = prepare (self, "SELECT text FROM articles WHERE id = ?", error);
  Step s;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article);
  s = step (self, stmt, error);
  if (s == STEP_ERROR)
    return NULL;
  if (s == STEP_DONE)
    {
      set_not_found (error, _("article"), article);
      return NULL;
    }
  return byline_text_new_from_data ((const char *) sqlite3_column_text (stmt, 0),
                                    sqlite3_column_bytes (stmt, 0), self->path, TRUE, error);
}

/**
 * byline_store_import_notes:
 * @notes: (element-type BylineNote): notes from elsewhere; their @exact,
 *   @prefix and @suffix find the passage (as a W3C TextQuoteSelector is
 *   resolved), @start and @end are a hint, or the passage itself when
 *   @exact is empty; @id and @article are ignored, @created and @updated are
 *   kept (0 for now)
 * @counts: (out) (optional): what happened to them
 *
 * Adds notes to @article in one transaction. A note whose passage is not in
 * the text is added as orphaned, never dropped. A note the library has
 * already (an anchored note with the same span, kind and text; an orphaned one
 * with the same passage, kind and text) is skipped, each note in the library
 * standing for one note given, so importing the same notes twice adds them
 * once.
 */
gboolean
byline_store_import_notes (BylineStore            *self,
                           gint64                  article,
                           GPtrArray              *notes,
                           BylineNoteImportCounts *counts,
                           GError                **error)
{
  g_autoptr (BylineText) text = NULL;
  g_autoptr (GHashTable) keys = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  BylineNoteImportCounts done = { 0 };
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (notes != NULL, FALSE);

  for (guint i = 0; i < notes->len; i++)
    {
      const BylineNote *n = notes->pdata[i];

      if (!valid_body (n->body, error))
        return FALSE;
      if ((n->exact != NULL && !g_utf8_validate (n->exact, -1, NULL))
          || (n->prefix != NULL && !g_utf8_validate (n->prefix, -1, NULL))
          || (n->suffix != NULL && !g_utf8_validate (n->suffix, -1, NULL)))
        {
          g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID,
                       _("a note's passage must be UTF-8"));
          return FALSE;
        }
    }
  if (!begin (self, error))
    return FALSE;
  text = read_text (self, article, error);
  ok = text != NULL;
  if (ok)
    ok = (keys = existing_note_keys (self, article, error)) != NULL;
  if (ok)
    ok = (stmt = prepare (self, "INSERT INTO notes (article, start, end, exact, prefix, suffix, "
                                "body, kind, orphaned, created, updated) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error)) != NULL;
  for (guint i = 0; ok && i < notes->len; i++)
    {
      const BylineNote *n = notes->pdata[i];
      const char *kind = note_kinds[MIN (n->kind, BYLINE_NOTE_QUESTION)];
      g_auto (Anchor) anchor = { 0 };
      g_autofree char *key = NULL;
      guint32 start = 0, end = 0;
      gboolean found = FALSE;
      guint have;
      gint64 t = now ();

      if (n->exact != NULL && *n->exact != '\0')
        found = _byline_store_find_anchor (text, n->exact, n->prefix != NULL ? n->prefix : "",
                                           n->suffix != NULL ? n->suffix : "", n->start,
                                           &start, &end);
      else if (n->start < n->end && n->end <= text->n_chars)
        {
          start = n->start;
          end = n->end;
          found = TRUE;
        }
      if (found)
        {
          const char *from = byte_at (text->data, text->len, start);
          const char *to = byte_at (text->data, text->len, end);

          anchor.exact = g_strndup (from, to - from);
          anchor_context (text->data, text->len, from, to, &anchor.prefix, &anchor.suffix);
        }
      else
        {
          /* kept where it was said to be, as far as the text goes */
          start = MIN (n->start, text->n_chars);
          end = CLAMP (n->end, start, text->n_chars);
          anchor.exact = g_strdup (n->exact != NULL ? n->exact : "");
          anchor.prefix = g_strdup (n->prefix != NULL ? n->prefix : "");
          anchor.suffix = g_strdup (n->suffix != NULL ? n->suffix : "");
        }

      key = note_key (!found, start, end, anchor.exact, kind, n->body);
      have = GPOINTER_TO_UINT (g_hash_table_lookup (keys, key));
      if (have > 0)
        {
          g_hash_table_replace (keys, g_steal_pointer (&key), GUINT_TO_POINTER (have - 1));
          done.duplicates++;
          continue;
        }

      sqlite3_bind_int64 (stmt, 1, article);
      sqlite3_bind_int64 (stmt, 2, start);
      sqlite3_bind_int64 (stmt, 3, end);
      bind_text (stmt, 4, anchor.exact);
      bind_text (stmt, 5, anchor.prefix);
      bind_text (stmt, 6, anchor.suffix);
      bind_text (stmt, 7, n->body != NULL ? n->body : "");
      bind_text (stmt, 8, kind);
      sqlite3_bind_int (stmt, 9, !found);
      sqlite3_bind_int64 (stmt, 10, n->created > 0 ? n->created : t);
      sqlite3_bind_int64 (stmt, 11, n->updated > 0 ? n->updated : (n->created > 0 ? n->created : t));
      ok = step (self, stmt, error) == STEP_DONE
           && set_note_tags (self, sqlite3_last_insert_rowid (self->db),
                             (const char *const *) n->tags, error);
      sqlite3_reset (stmt);
      if (ok)
        {
          done.added++;
          if (!found)
            done.orphaned++;
        }
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!finish (self, ok, error))
    return FALSE;
  if (counts != NULL)
    *counts = done;
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

  stmt = prepare (self, "SELECT t.name, "
                        "(SELECT count(*) FROM note_tags nt WHERE nt.tag = t.id), "
                        "(SELECT count(*) FROM article_tags at WHERE at.tag = t.id) "
                        "FROM tags t ORDER BY t.name", error);
  if (stmt == NULL)
    return NULL;
  while ((s = step (self, stmt, error)) == STEP_ROW)
    {
      BylineTagCount *tag = g_new0 (BylineTagCount, 1);

      tag->name = column_dup (stmt, 0);
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
  g_autofree char *name = clean_tag (new_name, error);
  gint64 id, other;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  if (name == NULL || !begin (self, error))
    return FALSE;
  id = existing_tag (self, old_name, error);
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
      g_autoptr (sqlite3_stmt) stmt = prepare (self, "UPDATE tags SET name = ? WHERE id = ?", error);

      ok = stmt != NULL;
      if (ok)
        {
          bind_text (stmt, 1, name);
          sqlite3_bind_int64 (stmt, 2, id);
          ok = step (self, stmt, error) == STEP_DONE;
        }
    }
  return finish (self, ok, error);
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

  if (!begin (self, error))
    return FALSE;
  from_id = existing_tag (self, from, error);
  ok = from_id > 0;
  if (ok)
    {
      into_id = ensure_tag (self, into, error);
      ok = into_id != 0;
    }
  if (ok && into_id != from_id)
    ok = run_ids (self, "INSERT OR IGNORE INTO note_tags (note, tag) "
                        "SELECT note, ?2 FROM note_tags WHERE tag = ?1", from_id, into_id, error)
         && run_ids (self, "INSERT OR IGNORE INTO article_tags (article, tag) "
                           "SELECT article, ?2 FROM article_tags WHERE tag = ?1", from_id, into_id,
                     error)
         && run_ids (self, "DELETE FROM tags WHERE id = ?", from_id, 0, error);
  return finish (self, ok, error);
}

/* Search */

/* Turns what a reader types into an FTS5 query that cannot be a syntax error:
 * words become quoted terms (all must match), "a phrase" stays a phrase, and
 * the last word (of three letters or more) also matches as a prefix, for
 * search as you type. */
static char *
build_fts_query (const char  *query,
                 const char **ignored)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GString) term = g_string_new (NULL);
  gboolean in_phrase = FALSE;
  gboolean last_open = FALSE;
  guint n_terms = 0;

  for (const char *p = query;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word = c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)
                                 || (c == '\'' && term->len > 0) || c == 0x2019);

      /* every term costs time on every matching row: the rest is ignored */
      if (word && term->len == 0 && n_terms == BYLINE_STORE_MAX_SEARCH_TERMS)
        {
          if (ignored != NULL)
            *ignored = p;
          c = 0;
          word = FALSE;
        }
      if (word)
        {
          g_string_append_unichar (term, c);
          continue;
        }
      if (term->len > 0)
        {
          if (!in_phrase)
            g_string_append (out, out->len ? " \"" : "\"");
          else if (out->len > 0 && out->str[out->len - 1] != '"')
            g_string_append_c (out, ' ');
          g_string_append (out, term->str);
          if (!in_phrase)
            g_string_append_c (out, '"');
          /* a prefix of one or two letters matches too much to be of use */
          last_open = !in_phrase && g_utf8_strlen (term->str, -1) >= 3;
          g_string_truncate (term, 0);
          n_terms++;
        }
      if (c == '"')
        {
          if (!in_phrase)
            g_string_append (out, out->len ? " \"" : "\"");
          else
            g_string_append_c (out, '"');
          in_phrase = !in_phrase;
          last_open = FALSE;
        }
      if (c == 0)
        break;
    }
  if (in_phrase)
    g_string_append_c (out, '"');
  /* an empty phrase "" matches nothing useful */
  while (TRUE)
    {
      char *empty = strstr (out->str, "\"\"");
      if (empty == NULL)
        break;
      g_string_erase (out, empty - out->str, 2);
    }
  g_strstrip (out->str);
  out->len = strlen (out->str);
  if (last_open && out->len > 0 && out->str[out->len - 1] == '"'
      && (ignored == NULL || *ignored == NULL))
    g_string_append_c (out, '*');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
_byline_store_fts_query (const char *query)
{
  return build_fts_query (query, NULL);
}

/**
 * byline_store_search_ignored:
 *
 * A query is searched for its first BYLINE_STORE_MAX_SEARCH_TERMS words.
 *
 * Returns: (nullable): the part of @query that byline_store_search () leaves
 *   out, or NULL when it uses all of it
 */
char *
byline_store_search_ignored (const char *query)
{
  g_autofree char *valid = NULL;
  g_autofree char *fts = NULL;
  const char *ignored = NULL;

  g_return_val_if_fail (query != NULL, NULL);

  valid = g_utf8_make_valid (query, -1);
  fts = build_fts_query (valid, &ignored);
  return ignored != NULL ? g_strstrip (g_strdup (ignored)) : NULL;
}

/* Snippets of long texts. FTS5's snippet () weighs every match against
 * every other, which grows with the square of the matches: a long text with
 * many query words takes seconds. Past SNIPPET_FTS_MAX characters the
 * snippet is made here instead, in one pass: the first window of
 * SNIPPET_WORDS words that holds the most of the query's words. */
#define SNIPPET_FTS_MAX 8192
#define SNIPPET_WORDS 16

typedef struct
{
  char     *stem;    /* folded, without its English ending */
  gsize     len;
  gboolean  prefix;  /* the last word of the query: any word it begins */
} SnippetTerm;

static void
snippet_term_free (SnippetTerm *t)
{
  g_free (t->stem);
  g_free (t);
}

/* A word's character; @p at a character's first byte */
static inline gboolean
word_at (const char *p)
{
  gunichar c;

  if (!(*p & 0x80))
    return g_ascii_isalnum (*p);
  c = g_utf8_get_char (p);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Casefolded and without diacritics, as the index's tokenizer has it */
static char *
fold_word (const char *p,
           gsize       len)
{
  g_autofree char *folded = NULL;
  g_autofree char *nfd = NULL;
  GString *out;
  gsize i;

  for (i = 0; i < len && !(p[i] & 0x80); i++)
    ;
  if (i == len)
    return g_ascii_strdown (p, len);
  folded = g_utf8_casefold (p, len);
  nfd = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  out = g_string_sized_new (len);
  for (const char *q = nfd != NULL ? nfd : folded; *q; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* A word's length without the English endings the index's stemmer takes off */
static gsize
stem_length (const char *word,
             gsize       len)
{
  static const struct { const char *s; gsize n; } endings[] = {
    { "ingly", 5 }, { "ings", 4 }, { "ing", 3 }, { "edly", 4 }, { "ies", 3 }, { "ied", 3 },
    { "ed", 2 }, { "es", 2 }, { "ly", 2 }, { "s", 1 },
  };
  char last;

  if (len < 4)
    return len;
  last = word[len - 1];
  if (last != 's' && last != 'g' && last != 'y' && last != 'd')
    return len;
  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    if (len >= endings[i].n + 3 && endings[i].s[endings[i].n - 1] == last
        && memcmp (word + len - endings[i].n, endings[i].s, endings[i].n) == 0)
      return len - endings[i].n;
  return len;
}

/* The words of the FTS query (quoted terms, maybe a final prefix *) */
static GPtrArray *
snippet_terms (const char *fts)
{
  GPtrArray *terms = g_ptr_array_new_with_free_func ((GDestroyNotify) snippet_term_free);
  gsize len = strlen (fts);
  gboolean prefix = len > 0 && fts[len - 1] == '*';
  const char *p = fts;

  while (*p)
    {
      const char *start;

      while (*p && !word_at (p))
        p = g_utf8_next_char (p);
      start = p;
      while (*p && word_at (p))
        p = g_utf8_next_char (p);
      if (p > start)
        {
          SnippetTerm *t = g_new0 (SnippetTerm, 1);

          t->prefix = prefix && *p == '"' && p[1] == '*';
          t->stem = fold_word (start, p - start);
          t->len = strlen (t->stem);
          if (!t->prefix)
            t->stem[t->len = stem_length (t->stem, t->len)] = '\0';
          g_ptr_array_add (terms, t);
        }
    }
  return terms;
}

/* The term the word @p, @len bytes, is, or -1 */
static int
match_term (GPtrArray  *terms,
            const char *p,
            gsize       len)
{
  char buffer[64];
  g_autofree char *folded = NULL;
  const char *word = buffer;
  gsize n = 0;

  for (n = 0; n < len && n < sizeof buffer && !(p[n] & 0x80); n++)
    buffer[n] = g_ascii_tolower (p[n]);
  if (n < len)
    {
      /* not ASCII, or long */
      word = folded = fold_word (p, len);
      n = strlen (folded);
    }
  for (guint i = 0; i < terms->len; i++)
    {
      const SnippetTerm *t = terms->pdata[i];

      if (t->stem[0] != word[0] || n < t->len)
        continue;
      if (t->prefix ? memcmp (word, t->stem, t->len) == 0
                    : (stem_length (word, n) == t->len && memcmp (word, t->stem, t->len) == 0))
        return i;
    }
  return -1;
}

/* The snippet of @text for @fts, or NULL when none of its words is there */
static char *
long_snippet (const char *text,
              const char *fts)
{
  g_autoptr (GPtrArray) terms = snippet_terms (fts);
  g_autofree guint *counts = NULL;
  /* the last SNIPPET_WORDS words: where each begins, the term it is */
  gsize starts[SNIPPET_WORDS];
  int matched[SNIPPET_WORDS];
  guint n_words = 0, distinct = 0, best_distinct = 0;
  gsize best = 0;
  GString *out;
  const char *p = text;

  if (text == NULL || terms->len == 0)
    return NULL;
  counts = g_new0 (guint, terms->len);
  while (*p)
    {
      const char *start;
      guint slot = n_words % SNIPPET_WORDS;
      int term;

      while (*p && !word_at (p))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;
      start = p;
      while (*p && word_at (p))
        p = g_utf8_next_char (p);
      term = match_term (terms, start, p - start);
      if (n_words >= SNIPPET_WORDS && matched[slot] >= 0 && --counts[matched[slot]] == 0)
        distinct--;
      starts[slot] = start - text;
      matched[slot] = term;
      n_words++;
      if (term >= 0 && counts[term]++ == 0)
        distinct++;
      if (distinct > best_distinct)
        {
          best_distinct = distinct;
          best = starts[n_words > SNIPPET_WORDS ? n_words % SNIPPET_WORDS : 0];
          if (distinct == terms->len)
            break;
        }
    }
  if (best_distinct == 0)
    return NULL;

  /* the window again, its matches marked */
  out = g_string_new (best > 0 ? "…" : "");
  p = text + best;
  for (guint i = 0; i < SNIPPET_WORDS && *p; i++)
    {
      const char *start = p;
      gboolean match;

      while (*p && word_at (p))
        p = g_utf8_next_char (p);
      match = match_term (terms, start, p - start) >= 0;
      if (match)
        g_string_append (out, BYLINE_STORE_MATCH_OPEN);
      g_string_append_len (out, start, p - start);
      if (match)
        g_string_append (out, BYLINE_STORE_MATCH_CLOSE);
      start = p;
      while (*p && !word_at (p))
        p = g_utf8_next_char (p);
      if (i + 1 < SNIPPET_WORDS || *p == '\0')
        g_string_append_len (out, start, p - start);
    }
  if (*p != '\0')
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

static int
search_progress (void *user_data)
{
  return g_get_monotonic_time () > *(gint64 *) user_data;
}

static gint
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const BylineSearchHit *x = *(BylineSearchHit **) a;
  const BylineSearchHit *y = *(BylineSearchHit **) b;

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  return x->article != y->article ? (x->article < y->article ? -1 : 1)
                                  : (x->note < y->note ? -1 : x->note > y->note);
}

/* First the best rowids by BM25 alone: a snippet or a join for every
 * match would cost as much again for a word that most notes contain. */
static const char *const rank_sql[] = {
  "SELECT rowid, bm25 (articles_fts, 4.0, 1.0) AS r FROM articles_fts "
  "WHERE articles_fts MATCH ?1 ORDER BY r LIMIT ?2",
  "SELECT rowid, bm25 (notes_fts, 2.0, 1.0, 2.0) AS r FROM notes_fts "
  "WHERE notes_fts MATCH ?1 ORDER BY r LIMIT ?2",
};
/* then, for the hits kept, the title and the words around the match */
static const char *const detail_sql[] = {
  "SELECT f.rowid, a.title, CASE WHEN length (a.text) <= ?5 "
  "  THEN snippet (articles_fts, 1, ?2, ?3, '…', 16) END, "
  "CASE WHEN length (a.text) > ?5 THEN a.text END, NULL "
  "FROM articles_fts f JOIN articles a ON a.id = f.rowid "
  "WHERE articles_fts MATCH ?1 AND f.rowid = ?4",
  /* column -1: the snippet comes from whichever of body, passage or tags matched best */
  "SELECT n.article, a.title, CASE WHEN length (n.body) + length (n.exact) <= ?5 "
  "  THEN snippet (notes_fts, -1, ?2, ?3, '…', 16) END, "
  "CASE WHEN length (n.body) + length (n.exact) > ?5 THEN n.body END, n.exact "
  "FROM notes_fts f JOIN notes n ON n.id = f.rowid JOIN articles a ON a.id = n.article "
  "WHERE notes_fts MATCH ?1 AND f.rowid = ?4",
};
static GPtrArray *search_hits (BylineStore *self,
                               const char  *fts,
                               guint        limit,
                               GPtrArray   *hits,
                               gint64      *deadline,
                               GError     **error);

static void
set_search_timeout (GError **error)
{
  g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID,
               _("the search took too long and was stopped; try fewer or rarer words"));
}

/**
 * byline_store_search:
 * @limit: the most hits wanted, 0 for 50
 *
 * Full-text search over article titles and texts and over notes (their text,
 * their passage and their tags); best first by BM25.
 *
 * Returns: (element-type BylineSearchHit): maybe empty
 */
GPtrArray *
byline_store_search (BylineStore *self,
                     const char  *query,
                     guint        limit,
                     GError     **error)
{
  g_autofree char *fts = NULL;
  g_autoptr (GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_search_hit_free);
  gint64 deadline = g_get_monotonic_time () + self->search_ms * G_TIME_SPAN_MILLISECOND;
  g_autofree char *valid = NULL;
  GPtrArray *result;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (limit == 0)
    limit = 50;
  valid = g_utf8_make_valid (query, -1);
  fts = build_fts_query (valid, NULL);
  if (*fts == '\0')
    return g_steal_pointer (&hits);

  /* a search that takes too long is stopped */
  sqlite3_progress_handler (self->db, 1000, search_progress, &deadline);
  result = search_hits (self, fts, limit, hits, &deadline, error);
  sqlite3_progress_handler (self->db, 0, NULL, NULL);
  if (result == NULL && error != NULL && *error != NULL
      && g_get_monotonic_time () > deadline && (*error)->code == BYLINE_STORE_ERROR_IO)
    {
      g_clear_error (error);
      set_search_timeout (error);
    }
  return result != NULL ? g_steal_pointer (&hits) : NULL;
}

static GPtrArray *
search_hits (BylineStore *self,
             const char  *fts,
             guint        limit,
             GPtrArray   *hits,
             gint64      *deadline,
             GError     **error)
{
  g_autoptr (sqlite3_stmt) article_detail = NULL;
  g_autoptr (sqlite3_stmt) note_detail = NULL;
  sqlite3_stmt **detail[2] = { &article_detail, &note_detail };

  for (guint q = 0; q < G_N_ELEMENTS (rank_sql); q++)
    {
      g_autoptr (sqlite3_stmt) stmt = prepare (self, rank_sql[q], error);
      Step s;

      if (stmt == NULL)
        return NULL;
      bind_text (stmt, 1, fts);
      sqlite3_bind_int (stmt, 2, limit);
      while ((s = step (self, stmt, error)) == STEP_ROW)
        {
          BylineSearchHit *hit = g_new0 (BylineSearchHit, 1);

          hit->kind = q == 0 ? BYLINE_HIT_ARTICLE : BYLINE_HIT_NOTE;
          if (q == 0)
            hit->article = sqlite3_column_int64 (stmt, 0);
          else
            hit->note = sqlite3_column_int64 (stmt, 0);
          hit->rank = sqlite3_column_double (stmt, 1);
          g_ptr_array_add (hits, hit);
        }
      if (s == STEP_ERROR)
        return NULL;
    }
  g_ptr_array_sort (hits, compare_hits);
  if (hits->len > limit)
    g_ptr_array_set_size (hits, limit);

  for (guint i = 0; i < hits->len; i++)
    {
      BylineSearchHit *hit = hits->pdata[i];

      /* each snippet is one step SQLite cannot stop: the time is looked at between them */
      if (search_progress (deadline))
        {
          set_search_timeout (error);
          return NULL;
        }
      guint q = hit->kind == BYLINE_HIT_ARTICLE ? 0 : 1;
      sqlite3_stmt *stmt;
      Step s;

      if (*detail[q] == NULL)
        {
          *detail[q] = prepare (self, detail_sql[q], error);
          if (*detail[q] == NULL)
            return NULL;
          bind_text (*detail[q], 1, fts);
          bind_text (*detail[q], 2, BYLINE_STORE_MATCH_OPEN);
          bind_text (*detail[q], 3, BYLINE_STORE_MATCH_CLOSE);
          sqlite3_bind_int (*detail[q], 5, SNIPPET_FTS_MAX);
        }
      stmt = *detail[q];
      sqlite3_bind_int64 (stmt, 4, q == 0 ? hit->article : hit->note);
      s = step (self, stmt, error);
      if (s == STEP_ERROR)
        return NULL;
      if (s == STEP_ROW)
        {
          if (q == 1)
            hit->article = sqlite3_column_int64 (stmt, 0);
          hit->title = column_dup (stmt, 1);
          if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
            hit->snippet = column_dup (stmt, 2);
          else
            {
              /* a long text: the snippet made here, from the note's text or passage */
              hit->snippet = long_snippet ((const char *) sqlite3_column_text (stmt, 3), fts);
              if (hit->snippet == NULL)
                hit->snippet = long_snippet ((const char *) sqlite3_column_text (stmt, 4), fts);
              if (hit->snippet == NULL)
                {
                  const char *text = (const char *) sqlite3_column_text (stmt, 3);
                  gsize len = text != NULL ? strlen (text) : 0;

                  hit->snippet = g_utf8_make_valid (text != NULL ? text : "",
                                                    byte_at (text, len, 120) - text);
                }
            }
        }
      sqlite3_reset (stmt);
    }
  /* a hit whose row went away between the two steps has no title: drop it */
  for (guint i = hits->len; i-- > 0;)
    if (((BylineSearchHit *) hits->pdata[i])->title == NULL)
      g_ptr_array_remove_index (hits, i);
  return hits;
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

  if (!begin (self, error))
    return 0;
  stmt = prepare (self, "INSERT INTO corrections (article, target, action, key, start, end, value, "
                        "created) SELECT id, ?, ?, ?, ?, ?, ?, ? FROM articles WHERE id = ?", error);
  ok = stmt != NULL;
  if (ok)
    {
      bind_text (stmt, 1, byline_correction_target_to_string (c->target));
      bind_text (stmt, 2, byline_correction_action_to_string (c->action));
      bind_text (stmt, 3, c->key);
      sqlite3_bind_int64 (stmt, 4, c->start);
      sqlite3_bind_int64 (stmt, 5, c->end);
      bind_text (stmt, 6, c->value);
      sqlite3_bind_int64 (stmt, 7, c->created != 0 ? c->created : now ());
      sqlite3_bind_int64 (stmt, 8, c->article);
      ok = step (self, stmt, error) == STEP_DONE
           && check_changed (self, _("article"), c->article, error);
      id = sqlite3_last_insert_rowid (self->db);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!finish (self, ok, error))
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

  stmt = prepare (self, "SELECT id, article, target, action, key, start, end, value, created "
                        "FROM corrections WHERE ?1 = 0 OR article = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article);
  while ((s = step (self, stmt, error)) == STEP_ROW)
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
      c->key = column_dup (stmt, 4);
      c->start = sqlite3_column_int64 (stmt, 5);
      c->end = sqlite3_column_int64 (stmt, 6);
      c->value = column_dup (stmt, 7);
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

  if (!begin (self, error))
    return FALSE;
  ok = run_ids (self, "DELETE FROM corrections WHERE id = ?", id, 0, error)
       && check_changed (self, _("correction"), id, error);
  return finish (self, ok, error);
}

/* Types */

const char *
byline_note_kind_to_string (BylineNoteKind kind)
{
  g_return_val_if_fail (kind <= BYLINE_NOTE_QUESTION, NULL);
  return note_kinds[kind];
}

gboolean
byline_note_kind_from_string (const char     *name,
                              BylineNoteKind *kind)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (note_kinds); i++)
    if (g_ascii_strcasecmp (name, note_kinds[i]) == 0)
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
