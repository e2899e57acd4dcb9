/* byline-people-private.h: what byline-people-index.c (the index),
 * byline-people.c (people), byline-people-timeline.c (the timeline, the
 * network) and byline-compare.c (reports side by side) share
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "byline-input.h"
#include "byline-people.h"
#include "byline-text.h"
#include "byline-store-private.h"

G_BEGIN_DECLS


/* The library's entities grouped into entries (byline-people.c) */
typedef struct _Cluster Cluster;

typedef struct
{
  gint64   article;
  gint64   ref;          /* article and entity number together: the by_ref key */
  char    *eid;
  char    *type;
  char    *name;
  char    *vkey;
  char    *role;
  char    *affiliation;
  int      mentions;
  int      quotes;
  int      claims;
  Cluster *cluster;
} Occ;

struct _Cluster
{
  char      *key;
  char      *type;
  char      *name;
  gboolean   alone;
  Cluster   *into;       /* joined into another entry (a surname alone) */
  GPtrArray *occs;       /* Occ, borrowed */
};

typedef struct
{
  char *title;
  char *dateline;
} ArticleInfo;

typedef struct
{
  GPtrArray  *occs;       /* Occ */
  GPtrArray  *clusters;   /* Cluster, the entries (none joined into another) */
  GPtrArray  *all;        /* Cluster, owned */
  GHashTable *by_ref;     /* ref (article, entity number) -> Occ */
  GStringChunk *strings;  /* the Occ strings: one allocation for thousands */
  GHashTable *articles;   /* gint64 * -> ArticleInfo */
} People;

/* "WHERE article IN (...)" for a tag: the articles with the tag on them or
 * on one of their notes */
#define TAG_ARTICLES \
  "(SELECT at.article FROM article_tags at JOIN tags t ON t.id = at.tag WHERE t.name = ?1 " \
  " UNION SELECT n.article FROM notes n JOIN note_tags nt ON nt.note = n.id " \
  " JOIN tags t ON t.id = nt.tag WHERE t.name = ?1)"

People   *_byline_people_load  (BylineStore *self,
                                const char  *tag,
                                GError     **error);
void      _byline_people_free  (People      *p);

/* The entries, for the views (byline-people.c) */
Cluster  *_byline_people_find_cluster        (People      *p,
                                              const char  *name);
gboolean  _byline_people_set_not_found       (GError     **error,
                                              const char  *name);
void      _byline_people_add_article_members (JsonBuilder *b,
                                              People      *p,
                                              gint64       article);
JsonNode *_byline_people_sorted_array        (GPtrArray   *nodes);
JsonNode *_byline_people_meeting_people      (People      *p,
                                              gint64       article,
                                              const char  *who,
                                              const char  *names,
                                              Cluster     *except);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (People, _byline_people_free)

/* Small helpers, inline: statements, JSON read within bounds (through
 * byline_json_get_* (), byline-input.h), a span's words, JSON written, an
 * entity and its article looked up */

static inline int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static inline sqlite3_stmt *
prepare (BylineStore *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (_byline_store_get_db (self), sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _byline_store_set_db_error (self, error, rc, _("read the library"));
      sqlite3_finalize (stmt);
      return NULL;
    }
  return stmt;
}

/* A statement run that writes */
static inline gboolean
run (BylineStore  *self,
     sqlite3_stmt *stmt,
     GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;
  _byline_store_set_db_error (self, error, rc, _("write to the library"));
  return FALSE;
}

static inline gboolean
refuse_read_only (BylineStore *self,
                  GError     **error)
{
  g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_READ_ONLY,
               _("%s: the library is open read-only; nothing was changed"), byline_store_get_path (self));
  return FALSE;
}

static inline void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *value)
{
  if (value == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

static inline char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static inline const char *
get_string (JsonObject *obj,
            const char *member)
{
  return byline_json_get_string (obj, member);
}

static inline gint64
get_int (JsonObject *obj,
         const char *member)
{
  JsonNode *node = byline_json_get_member (obj, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_int (node) : 0;
}

static inline JsonArray *
get_array (JsonObject *obj,
           const char *member)
{
  return byline_json_get_array (obj, member);
}

static inline JsonObject *
get_object (JsonObject *obj,
            const char *member)
{
  return byline_json_get_object (obj, member);
}

static inline JsonObject *
array_object (JsonArray *array,
              guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* The words between two code point offsets of the text (the analysis'
 * spans); a negative offset counts as the text's start */
static inline char *
span_text (const BylineCharIndex *chars,
           gint64                 start,
           gint64                 end)
{
  return byline_char_index_dup (chars, MAX (start, 0), MAX (end, 0));
}

static inline void
add_string_member (JsonBuilder *b,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static inline void
add_int_member (JsonBuilder *b,
                const char  *name,
                gint64       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

/* An entity of an article as one number: the article in the high bits, the
 * entity's number ("e12") in the low 24; -1 for an id of another shape */
static inline gint64
ref_of (gint64      article,
        const char *eid)
{
  guint64 n;

  if (eid == NULL || eid[0] != 'e' || !g_ascii_string_to_unsigned (eid + 1, 10, 0, (1 << 24) - 1, &n, NULL))
    return -1;
  return (article << 24) | (gint64) n;
}

static inline const ArticleInfo *
people_article (People *p,
                gint64  article)
{
  return g_hash_table_lookup (p->articles, &article);
}

static inline Occ *
people_lookup (People     *p,
               gint64      article,
               const char *eid)
{
  gint64 ref = ref_of (article, eid);

  return ref >= 0 ? g_hash_table_lookup (p->by_ref, &ref) : NULL;
}

G_END_DECLS
