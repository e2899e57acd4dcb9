/* byline-store-private.h: the store's internals, for its tests
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-store.h"

G_BEGIN_DECLS

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
gboolean _byline_store_find_anchor      (BylineText  *text,
                                         const char  *exact,
                                         const char  *prefix,
                                         const char  *suffix,
                                         guint32      start,
                                         guint32     *new_start,
                                         guint32     *new_end);
char    *_byline_store_fts_query        (const char  *query);

/* The cross-article index (byline-people.c) */
typedef struct sqlite3 sqlite3;
sqlite3    *_byline_store_get_db           (BylineStore *self);
const char *_byline_store_analyser_version (void);
void        _byline_store_set_error        (BylineStore *self,
                                            GError     **error,
                                            int          rc,
                                            const char  *what);

G_END_DECLS
