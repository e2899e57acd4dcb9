/* byline-store-notes.c: notes: a passage of an article with a comment, kept
 * with enough of the text around it to be found again; imported from other
 * libraries
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

/* A passage's words and what stands around them (a W3C TextQuoteSelector) */
typedef struct
{
  char *exact, *prefix, *suffix;
} Anchor;

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
  stmt = _byline_store_prepare (self, "SELECT length (text), substr (text, ?1 + 1, ?2 - ?1), "
                                      "substr (text, max (?1 - ?3, 0) + 1, min (?1, ?3)), "
                                      "substr (text, ?2 + 1, ?3) FROM articles WHERE id = ?4", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, start);
  sqlite3_bind_int64 (stmt, 2, end);
  sqlite3_bind_int (stmt, 3, BYLINE_ANCHOR_CONTEXT_CHARS);
  sqlite3_bind_int64 (stmt, 4, article);
  s = _byline_store_step (self, stmt, error);
  if (s == STEP_ERROR)
    return FALSE;
  if (s == STEP_DONE)
    {
      _byline_store_set_not_found (error, _("article"), article);
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
  anchor->exact = _byline_store_column_dup (stmt, 1);
  anchor->prefix = _byline_store_column_dup (stmt, 2);
  anchor->suffix = _byline_store_column_dup (stmt, 3);
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

  if (!valid_body (body, error) || !_byline_store_begin (self, error))
    return 0;
  ok = read_span (self, article, start, end, &anchor, error);
  if (ok)
    {
      gint64 t = _byline_store_now ();

      stmt = _byline_store_prepare (self,
                                    "INSERT INTO notes (article, start, end, exact, prefix, "
                                    "suffix, body, kind, created, updated) VALUES (?, ?, ?, ?, ?, "
                                    "?, ?, ?, ?, ?)",
                                    error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, article);
          sqlite3_bind_int64 (stmt, 2, start);
          sqlite3_bind_int64 (stmt, 3, end);
          _byline_store_bind_text (stmt, 4, anchor.exact);
          _byline_store_bind_text (stmt, 5, anchor.prefix);
          _byline_store_bind_text (stmt, 6, anchor.suffix);
          _byline_store_bind_text (stmt, 7, body != NULL ? body : "");
          _byline_store_bind_text (stmt, 8, _byline_store_note_kinds[kind]);
          sqlite3_bind_int64 (stmt, 9, t);
          sqlite3_bind_int64 (stmt, 10, t);
          ok = _byline_store_step (self, stmt, error) == STEP_DONE;
          id = sqlite3_last_insert_rowid (self->db);
        }
    }
  ok = ok && _byline_store_set_note_tags (self, id, tags, error);
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!_byline_store_finish (self, ok, error))
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

  if (!_byline_store_begin (self, error))
    return FALSE;
  stmt = _byline_store_prepare (self,
                                "INSERT INTO notes (id, article, start, end, exact, prefix, "
                                "suffix, body, kind, orphaned, created, updated) VALUES (?, ?, ?, "
                                "?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, note->id);
      sqlite3_bind_int64 (stmt, 2, note->article);
      sqlite3_bind_int64 (stmt, 3, note->start);
      sqlite3_bind_int64 (stmt, 4, note->end);
      _byline_store_bind_text (stmt, 5, note->exact != NULL ? note->exact : "");
      _byline_store_bind_text (stmt, 6, note->prefix != NULL ? note->prefix : "");
      _byline_store_bind_text (stmt, 7, note->suffix != NULL ? note->suffix : "");
      _byline_store_bind_text (stmt, 8, note->body != NULL ? note->body : "");
      _byline_store_bind_text (stmt, 9,
                               _byline_store_note_kinds[MIN (note->kind, BYLINE_NOTE_QUESTION)]);
      sqlite3_bind_int (stmt, 10, note->orphaned);
      sqlite3_bind_int64 (stmt, 11, note->created);
      sqlite3_bind_int64 (stmt, 12, note->updated);
      ok = _byline_store_step (self, stmt, error) == STEP_DONE
           && _byline_store_set_note_tags (self, note->id, (const char *const *) note->tags, error);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  return _byline_store_finish (self, ok, error);
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
  n->exact = _byline_store_column_dup (stmt, 4);
  n->prefix = _byline_store_column_dup (stmt, 5);
  n->suffix = _byline_store_column_dup (stmt, 6);
  n->body = _byline_store_column_dup (stmt, 7);
  byline_note_kind_from_string ((const char *) sqlite3_column_text (stmt, 8), &kind);
  n->kind = kind;
  n->orphaned = sqlite3_column_int (stmt, 9) != 0;
  n->created = sqlite3_column_int64 (stmt, 10);
  n->updated = sqlite3_column_int64 (stmt, 11);
  n->tags = _byline_store_note_tags (self, n->id);
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

  stmt = _byline_store_prepare (self, "SELECT " NOTE_COLUMNS " FROM notes n WHERE n.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  s = _byline_store_step (self, stmt, error);
  if (s == STEP_ERROR)
    return NULL;
  if (s == STEP_DONE)
    {
      _byline_store_set_not_found (error, _("note"), id);
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
    stmt = _byline_store_prepare (self, "SELECT " NOTE_COLUMNS " FROM notes n "
                                        "WHERE n.article = ?1 AND (?2 IS NULL OR n.id IN "
                                        "  (SELECT nt.note FROM note_tags nt JOIN tags t ON t.id = nt.tag "
                                        "   WHERE t.name = ?2)) "
                                        "ORDER BY n.start, n.id", error);
  else
    stmt = _byline_store_prepare (self, "SELECT " NOTE_COLUMNS " FROM notes n "
                                        "WHERE ?1 = 0 AND (?2 IS NULL OR n.id IN "
                                        "  (SELECT nt.note FROM note_tags nt JOIN tags t ON t.id = nt.tag "
                                        "   WHERE t.name = ?2)) "
                                        "ORDER BY n.article, n.start, n.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article);
  _byline_store_bind_text (stmt, 2, tag);
  while ((s = _byline_store_step (self, stmt, error)) == STEP_ROW)
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

  if (!valid_body (body, error) || !_byline_store_begin (self, error))
    return FALSE;
  stmt = _byline_store_prepare (self,
                                "UPDATE notes SET body = coalesce (?, body), kind = coalesce (?, "
                                "kind), updated = ? WHERE id = ?", error);
  ok = stmt != NULL;
  if (ok)
    {
      _byline_store_bind_text (stmt, 1, body);
      _byline_store_bind_text (stmt, 2, kind >= 0 ? _byline_store_note_kinds[kind] : NULL);
      sqlite3_bind_int64 (stmt, 3, _byline_store_now ());
      sqlite3_bind_int64 (stmt, 4, id);
      ok = _byline_store_step (self, stmt, error) == STEP_DONE
           && _byline_store_check_changed (self, _("note"), id, error);
    }
  if (ok && tags != NULL)
    ok = _byline_store_set_note_tags (self, id, tags, error);
  g_clear_pointer (&stmt, sqlite3_finalize);
  return _byline_store_finish (self, ok, error);
}

gboolean
byline_store_delete_note (BylineStore *self,
                          gint64       id,
                          GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!_byline_store_begin (self, error))
    return FALSE;
  ok = _byline_store_run_ids (self, "DELETE FROM notes WHERE id = ?", id, 0, error)
       && _byline_store_check_changed (self, _("note"), id, error);
  return _byline_store_finish (self, ok, error);
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
  g_autoptr (sqlite3_stmt) stmt = _byline_store_prepare (self,
                                                         "SELECT start, end, exact, kind, body, "
                                                         "orphaned FROM notes WHERE article = ?",
                                                         error);
  g_autoptr (GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Step s;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article);
  while ((s = _byline_store_step (self, stmt, error)) == STEP_ROW)
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
  g_autoptr (sqlite3_stmt) stmt = _byline_store_prepare (self,
                                                         "SELECT text FROM articles WHERE id = ?",
                                                         error);
  Step s;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article);
  s = _byline_store_step (self, stmt, error);
  if (s == STEP_ERROR)
    return NULL;
  if (s == STEP_DONE)
    {
      _byline_store_set_not_found (error, _("article"), article);
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
  if (!_byline_store_begin (self, error))
    return FALSE;
  text = read_text (self, article, error);
  ok = text != NULL;
  if (ok)
    ok = (keys = existing_note_keys (self, article, error)) != NULL;
  if (ok)
    ok = (stmt = _byline_store_prepare (self,
                                        "INSERT INTO notes (article, start, end, exact, prefix, "
                                        "suffix, body, kind, orphaned, created, updated) VALUES "
                                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error)) != NULL;
  for (guint i = 0; ok && i < notes->len; i++)
    {
      const BylineNote *n = notes->pdata[i];
      const char *kind = _byline_store_note_kinds[MIN (n->kind, BYLINE_NOTE_QUESTION)];
      g_auto (Anchor) anchor = { 0 };
      g_autofree char *key = NULL;
      guint32 start = 0, end = 0;
      gboolean found = FALSE;
      guint have;
      gint64 t = _byline_store_now ();

      if (n->exact != NULL && *n->exact != '\0')
        found = byline_anchor_find (text, n->exact, n->prefix != NULL ? n->prefix : "",
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
          const char *from = byline_anchor_byte_at (text->data, text->len, start);
          const char *to = byline_anchor_byte_at (text->data, text->len, end);

          anchor.exact = g_strndup (from, to - from);
          byline_anchor_context (text->data, text->len, from, to, &anchor.prefix, &anchor.suffix);
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
      _byline_store_bind_text (stmt, 4, anchor.exact);
      _byline_store_bind_text (stmt, 5, anchor.prefix);
      _byline_store_bind_text (stmt, 6, anchor.suffix);
      _byline_store_bind_text (stmt, 7, n->body != NULL ? n->body : "");
      _byline_store_bind_text (stmt, 8, kind);
      sqlite3_bind_int (stmt, 9, !found);
      sqlite3_bind_int64 (stmt, 10, n->created > 0 ? n->created : t);
      sqlite3_bind_int64 (stmt, 11, n->updated > 0 ? n->updated : (n->created > 0 ? n->created : t));
      ok = _byline_store_step (self, stmt, error) == STEP_DONE
           && _byline_store_set_note_tags (self, sqlite3_last_insert_rowid (self->db),
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
  if (!_byline_store_finish (self, ok, error))
    return FALSE;
  if (counts != NULL)
    *counts = done;
  return TRUE;
}
