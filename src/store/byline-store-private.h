/* byline-store-private.h: the store's internals: hooks for its tests, and
 * what the store's files (byline-store*.c) share
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "byline-anchor.h"
#include "byline-store.h"

G_BEGIN_DECLS

/* For tests */

void     _byline_store_set_busy_timeout (BylineStore *self,
                                         int          ms);
void     _byline_store_set_search_timeout (BylineStore *self,
                                           int          ms);
gboolean _byline_store_exec             (BylineStore *self,
                                         const char  *sql,
                                         GError     **error);
gboolean _byline_store_create_from_sql  (const char  *path,
                                         const char  *sql,
                                         GError     **error);
char    *_byline_store_fts_query        (const char  *query);

/* Shared by the store's files (byline-store*.c) */

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

/* What a statement's step gave: a row, the end, or an error (set) */
typedef enum
{
  STEP_ROW,
  STEP_DONE,
  STEP_ERROR,
} Step;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* notes.kind as the column keeps it, by BylineNoteKind */
extern const char *const _byline_store_note_kinds[3];

/* Statements and errors (byline-store.c): each sets @error in the words the
 * reader sees (busy, damaged, not found) */
sqlite3_stmt *_byline_store_prepare          (BylineStore   *self,
                                              const char    *sql,
                                              GError       **error);
Step          _byline_store_step             (BylineStore   *self,
                                              sqlite3_stmt  *stmt,
                                              GError       **error);
void          _byline_store_bind_text        (sqlite3_stmt  *stmt,
                                              int            index,
                                              const char    *value);
char         *_byline_store_column_dup       (sqlite3_stmt  *stmt,
                                              int            column);
gboolean      _byline_store_run_ids          (BylineStore   *self,
                                              const char    *sql,
                                              gint64         a,
                                              gint64         b,
                                              GError       **error);
void          _byline_store_set_db_error     (BylineStore   *self,
                                              GError       **error,
                                              int            rc,
                                              const char    *what);
void          _byline_store_set_not_found    (GError       **error,
                                              const char    *what,
                                              gint64         id);
/* FALSE, with NOT_FOUND, when the last statement changed no row */
gboolean      _byline_store_check_changed    (BylineStore   *self,
                                              const char    *what,
                                              gint64         id,
                                              GError       **error);

/* Transactions: a write begins, and finishes with a commit when @ok, a
 * rollback otherwise; returns @ok */
gboolean      _byline_store_begin            (BylineStore   *self,
                                              GError       **error);
gboolean      _byline_store_finish           (BylineStore   *self,
                                              gboolean       ok,
                                              GError       **error);
gint64        _byline_store_now              (void);

/* Opening (byline-store.c), and the copy of a file (byline-store-check.c) */
BylineStore  *_byline_store_open_store       (const char    *path,
                                              gboolean       read_only,
                                              GError       **error);
char         *_byline_store_marker_path      (const char    *path);
gboolean      _byline_store_copy_file        (const char    *from,
                                              const char    *to,
                                              GError       **error);

/* A cached analysis read back (byline-store.c) */
JsonNode     *_byline_store_parse_analysis   (const char    *json,
                                              gsize          len);
gboolean      _byline_store_analysis_valid   (const char    *json,
                                              gsize          len);

/* Tags (byline-store-tags.c) */
char         *_byline_store_clean_tag        (const char    *name,
                                              GError       **error);
gint64        _byline_store_existing_tag     (BylineStore   *self,
                                              const char    *name,
                                              GError       **error);
gint64        _byline_store_ensure_tag       (BylineStore   *self,
                                              const char    *name,
                                              GError       **error);
GStrv         _byline_store_note_tags        (BylineStore   *self,
                                              gint64         note);
GStrv         _byline_store_article_tags     (BylineStore   *self,
                                              gint64         article);
gboolean      _byline_store_set_note_tags    (BylineStore   *self,
                                              gint64         note,
                                              const char *const *tags,
                                              GError       **error);

/* The cross-article index (byline-people-index.c and the views) */
sqlite3    *_byline_store_get_db           (BylineStore *self);
const char *_byline_store_analyser_version (void);

G_END_DECLS
