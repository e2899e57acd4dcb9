/* byline-store.h: the library database of articles, notes, tags and corrections
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "byline-corrections.h"
#include "byline-document.h"
#include "byline-text.h"

G_BEGIN_DECLS

#define BYLINE_STORE_ERROR (byline_store_error_quark ())

typedef enum
{
  BYLINE_STORE_ERROR_OPEN,       /* the file or its folder cannot be opened or created */
  BYLINE_STORE_ERROR_CORRUPT,    /* not a Byline library, or damaged: left untouched */
  BYLINE_STORE_ERROR_TOO_NEW,    /* made by a newer Byline: left untouched */
  BYLINE_STORE_ERROR_MIGRATE,    /* an upgrade step failed and was rolled back */
  BYLINE_STORE_ERROR_BUSY,       /* another program holds the library */
  BYLINE_STORE_ERROR_IO,         /* a statement failed (disk full, read-only...) */
  BYLINE_STORE_ERROR_NOT_FOUND,  /* no article, note, tag or correction with that id */
  BYLINE_STORE_ERROR_INVALID,    /* offsets out of range, an empty tag name... */
  BYLINE_STORE_ERROR_READ_ONLY,  /* a write to a library open read-only (damaged, or not writable) */
} BylineStoreError;

/* The schema this code writes; a library with a higher user_version is refused. */
#define BYLINE_STORE_SCHEMA_VERSION 5

/* Search snippets mark the matched words with these two control characters,
 * which a caller turns into bold, brackets or Pango markup after escaping. */
#define BYLINE_STORE_MATCH_OPEN  "\002"
#define BYLINE_STORE_MATCH_CLOSE "\003"

typedef struct _BylineStore BylineStore;

typedef struct
{
  gint64  id;
  char   *sha256;      /* of the text, hex */
  char   *title;
  char   *source;      /* the path or URL it came from, or NULL */
  char   *format;      /* "text", "html" or "markdown" */
  char   *dateline;    /* "2013-12-11" or NULL */
  gint64  added;       /* Unix seconds */
  gint64  updated;
  char   *text;        /* only from byline_store_get_article (), else NULL */
  guint   n_notes;
  guint   n_orphaned;  /* notes whose passage is no longer in the text */
  GStrv   tags;        /* tags on the whole article, sorted */
} BylineArticle;

typedef enum
{
  BYLINE_ADD_NEW,       /* a new article */
  BYLINE_ADD_EXISTING,  /* the same text was in the library already */
  BYLINE_ADD_UPDATED,   /* a changed text from the same source: notes re-anchored */
} BylineAddOutcome;

typedef enum
{
  BYLINE_NOTE_HIGHLIGHT,
  BYLINE_NOTE_COMMENT,
  BYLINE_NOTE_QUESTION,
} BylineNoteKind;

typedef struct
{
  gint64          id;
  gint64          article;
  guint32         start;      /* code points into the article text */
  guint32         end;
  char           *exact;      /* the passage, as a W3C TextQuoteSelector */
  char           *prefix;
  char           *suffix;
  char           *body;
  BylineNoteKind  kind;
  gboolean        orphaned;   /* the passage could not be found after the text changed */
  gint64          created;    /* Unix seconds */
  gint64          updated;
  GStrv           tags;       /* sorted */
} BylineNote;

/* What byline_store_import_notes () did with the notes it was given */
typedef struct
{
  guint added;       /* new notes, orphaned ones included */
  guint duplicates;  /* already in the library: skipped */
  guint orphaned;    /* added, but their passage is not in the text */
} BylineNoteImportCounts;

typedef struct
{
  char  *name;
  guint  n_notes;
  guint  n_articles;
} BylineTagCount;

typedef enum
{
  BYLINE_HIT_ARTICLE,
  BYLINE_HIT_NOTE,
} BylineHitKind;

typedef struct
{
  BylineHitKind  kind;
  gint64         article;
  gint64         note;      /* 0 for an article hit */
  char          *title;     /* the article's */
  char          *snippet;   /* matches between BYLINE_STORE_MATCH_OPEN and _CLOSE */
  double         rank;      /* lower is better */
} BylineSearchHit;

GQuark            byline_store_error_quark        (void);
char             *byline_store_default_path       (void);

BylineStore      *byline_store_open               (const char        *path,
                                                   GError           **error);
void              byline_store_close              (BylineStore       *self);
const char       *byline_store_get_path           (BylineStore       *self);
gboolean          byline_store_check_integrity    (BylineStore       *self,
                                                   GError           **error);

/* Read-only libraries: files or folders that cannot be written, and libraries
 * found damaged (until they are repaired or restored) */
BylineStore      *byline_store_open_read_only     (const char        *path,
                                                   GError           **error);
gboolean          byline_store_is_read_only       (BylineStore       *self);
const char       *byline_store_get_damage         (BylineStore       *self);
gboolean          byline_store_repair             (const char        *path,
                                                   char             **backup,
                                                   char             **report,
                                                   GError           **error);

/* Articles */
gint64            byline_store_add_article        (BylineStore       *self,
                                                   BylineText        *text,
                                                   const char        *title,
                                                   const char        *source,
                                                   const char        *format,
                                                   const char        *published,
                                                   BylineAddOutcome  *outcome,
                                                   GError           **error);
gint64            byline_store_add_article_with_page (BylineStore          *self,
                                                      BylineText           *text,
                                                      const char           *title,
                                                      const char           *source,
                                                      const char           *format,
                                                      const BylinePageMeta *page,
                                                      BylineAddOutcome     *outcome,
                                                      GError              **error);
GPtrArray        *byline_store_list_articles      (BylineStore       *self,
                                                   const char        *tag,
                                                   GError           **error);
BylineArticle    *byline_store_get_article        (BylineStore       *self,
                                                   gint64             id,
                                                   GError           **error);
gboolean          byline_store_remove_article     (BylineStore       *self,
                                                   gint64             id,
                                                   GError           **error);
gboolean          byline_store_tag_article        (BylineStore       *self,
                                                   gint64             id,
                                                   const char        *tag,
                                                   gboolean           add,
                                                   GError           **error);
gboolean          byline_store_find_article_by_sha256
                                                  (BylineStore       *self,
                                                   const char        *sha256,
                                                   gint64            *id,
                                                   GError           **error);
JsonNode         *byline_store_dup_analysis       (BylineStore       *self,
                                                   gint64             id,
                                                   gboolean           corrected,
                                                   GError           **error);

/* Notes */
gint64            byline_store_add_note           (BylineStore       *self,
                                                   gint64             article,
                                                   guint32            start,
                                                   guint32            end,
                                                   const char        *body,
                                                   BylineNoteKind     kind,
                                                   const char *const *tags,
                                                   GError           **error);
gboolean          byline_store_restore_note       (BylineStore       *self,
                                                   const BylineNote  *note,
                                                   GError           **error);
BylineNote       *byline_store_get_note           (BylineStore       *self,
                                                   gint64             id,
                                                   GError           **error);
GPtrArray        *byline_store_list_notes         (BylineStore       *self,
                                                   gint64             article,
                                                   const char        *tag,
                                                   GError           **error);
gboolean          byline_store_update_note        (BylineStore       *self,
                                                   gint64             id,
                                                   const char        *body,
                                                   int                kind,
                                                   const char *const *tags,
                                                   GError           **error);
gboolean          byline_store_delete_note        (BylineStore       *self,
                                                   gint64             id,
                                                   GError           **error);
gboolean          byline_store_import_notes       (BylineStore       *self,
                                                   gint64             article,
                                                   GPtrArray         *notes,
                                                   BylineNoteImportCounts *counts,
                                                   GError           **error);

/* Tags */
GPtrArray        *byline_store_list_tags          (BylineStore       *self,
                                                   GError           **error);
gboolean          byline_store_rename_tag         (BylineStore       *self,
                                                   const char        *old_name,
                                                   const char        *new_name,
                                                   GError           **error);
gboolean          byline_store_merge_tags         (BylineStore       *self,
                                                   const char        *from,
                                                   const char        *into,
                                                   GError           **error);

/* Search: the first BYLINE_STORE_MAX_SEARCH_TERMS words of a query, for at
 * most BYLINE_STORE_SEARCH_TIMEOUT_MS */
#define BYLINE_STORE_MAX_SEARCH_TERMS 16
#define BYLINE_STORE_SEARCH_TIMEOUT_MS 3000

GPtrArray        *byline_store_search             (BylineStore       *self,
                                                   const char        *query,
                                                   guint              limit,
                                                   GError           **error);
char             *byline_store_search_ignored     (const char        *query);

/* Corrections */
gint64            byline_store_add_correction     (BylineStore       *self,
                                                   const BylineCorrection *correction,
                                                   GError           **error);
GPtrArray        *byline_store_list_corrections   (BylineStore       *self,
                                                   gint64             article,
                                                   GError           **error);
gboolean          byline_store_delete_correction  (BylineStore       *self,
                                                   gint64             id,
                                                   GError           **error);

const char       *byline_note_kind_to_string      (BylineNoteKind     kind);
gboolean          byline_note_kind_from_string    (const char        *name,
                                                   BylineNoteKind    *kind);
void              byline_article_free             (BylineArticle     *article);
void              byline_note_free                (BylineNote        *note);
void              byline_tag_count_free           (BylineTagCount    *tag);
void              byline_search_hit_free          (BylineSearchHit   *hit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineStore, byline_store_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineArticle, byline_article_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineNote, byline_note_free)

G_END_DECLS
