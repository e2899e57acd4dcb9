/* byline-store-search.c: search: the reader's words as an FTS5 query, hits
 * ranked, and a snippet around the words found
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
      g_autoptr (sqlite3_stmt) stmt = _byline_store_prepare (self, rank_sql[q], error);
      Step s;

      if (stmt == NULL)
        return NULL;
      _byline_store_bind_text (stmt, 1, fts);
      sqlite3_bind_int (stmt, 2, limit);
      while ((s = _byline_store_step (self, stmt, error)) == STEP_ROW)
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
          *detail[q] = _byline_store_prepare (self, detail_sql[q], error);
          if (*detail[q] == NULL)
            return NULL;
          _byline_store_bind_text (*detail[q], 1, fts);
          _byline_store_bind_text (*detail[q], 2, BYLINE_STORE_MATCH_OPEN);
          _byline_store_bind_text (*detail[q], 3, BYLINE_STORE_MATCH_CLOSE);
          sqlite3_bind_int (*detail[q], 5, SNIPPET_FTS_MAX);
        }
      stmt = *detail[q];
      sqlite3_bind_int64 (stmt, 4, q == 0 ? hit->article : hit->note);
      s = _byline_store_step (self, stmt, error);
      if (s == STEP_ERROR)
        return NULL;
      if (s == STEP_ROW)
        {
          if (q == 1)
            hit->article = sqlite3_column_int64 (stmt, 0);
          hit->title = _byline_store_column_dup (stmt, 1);
          if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
            hit->snippet = _byline_store_column_dup (stmt, 2);
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
                                                    byline_anchor_byte_at (text, len, 120) - text);
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
