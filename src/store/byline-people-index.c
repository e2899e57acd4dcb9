/* byline-people-index.c: the cross-article index of people, quotes and events
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Overview. Each article's corrected analysis is indexed in x_entities,
 * x_quotes and x_events (schema step 5 of byline-store.c). An article's
 * index is dropped by triggers when its text, analysis or corrections
 * change, and made again before the next cross-article read
 * (byline_store_refresh_people), so the views never show an analysis the
 * reader has corrected since. A library open read-only is indexed in
 * temporary tables. Names are folded here too (byline_people_fold_name):
 * accents, case, titles and roles dropped, transliteration variants made
 * one; byline-people.c groups the entities by the folded keys, and
 * byline-people-timeline.c reads the events. */

#define G_LOG_DOMAIN "byline-people"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "byline-people-private.h"
#include "byline-vocabulary.h"

/* Bumped when what is indexed changes, so that articles are indexed again */
#define INDEX_REVISION "x1"

/* Articles indexed in one transaction */
#define INDEX_BATCH 64


/* Names */

static const char *const title_words[] = {
  "acting", "admiral", "affairs", "ambassador", "ayatollah", "capt", "captain", "chair",
  "chairman", "chairwoman", "chancellor", "chief", "col", "colonel", "commander", "counterpart",
  "defence", "defense", "deputy", "director", "dr", "economy", "emir", "energy", "envoy",
  "finance", "foreign", "former", "gen", "general", "governor", "head", "her", "his", "interior",
  "justice", "king", "lady", "leader", "lord", "lt", "mayor", "minister", "mr", "mrs", "ms",
  "pope", "premier", "president", "prime", "prince", "princess", "prof", "professor", "queen",
  "rep", "representative", "secretary", "sen", "senator", "sheikh", "sir", "speaker",
  "spokesman", "spokesperson", "spokeswoman", "state", "supreme", "their", "trade", "vice",
};

/* Transliteration variants of common given names: the first is the key */
static const char *const name_variants[][8] = {
  { "sergei", "sergey", "sergej", "serguei", "sergiy", NULL },
  { "mohammad", "mohammed", "muhammad", "mohamed", "muhammed", "mohamad", "mohammod", NULL },
  { "ahmad", "ahmed", NULL },
  { "hasan", "hassan", NULL },
  { "hussein", "husein", "hossein", "husayn", "hussain", NULL },
  { "yuri", "yury", "yuriy", "iouri", "youri", NULL },
  { "alexei", "alexey", "aleksei", "aleksey", "alexej", NULL },
  { "dmitri", "dmitry", "dmitriy", "dimitri", NULL },
  { "andrei", "andrey", "andrej", NULL },
  { "nikolai", "nikolay", "nicolai", NULL },
  { "yevgeny", "evgeny", "evgeni", "yevgeni", "evgenii", NULL },
  { "fyodor", "fedor", "fiodor", NULL },
  { "abdullah", "abdallah", "abdulla", NULL },
  { "qasem", "qasim", "qassem", "kasim", NULL },
  { "javad", "jawad", NULL },
};


static gboolean
is_title_word (const char *word)
{
  return bsearch (&word, title_words, G_N_ELEMENTS (title_words), sizeof title_words[0],
                  compare_strings) != NULL;
}

/* One word of a name, its transliteration folded */
static void
fold_word (GString    *out,
           const char *word)
{
  gsize len = strlen (word);
  g_autofree char *w = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (name_variants); i++)
    for (guint j = 0; name_variants[i][j] != NULL; j++)
      if (g_str_equal (word, name_variants[i][j]))
        {
          g_string_append (out, name_variants[i][0]);
          return;
        }
  w = g_strdup (word);
  /* -iy, -yy, -ii, -ij: -i; -ey, -ay: -ei, -ai; -sky: -ski */
  if (len > 3 && (g_str_has_suffix (w, "iy") || g_str_has_suffix (w, "yy")
                  || g_str_has_suffix (w, "ii") || g_str_has_suffix (w, "ij")))
    w[--len] = '\0', w[len - 1] = 'i';
  else if (len > 3 && (g_str_has_suffix (w, "ey") || g_str_has_suffix (w, "ay")))
    w[len - 1] = 'i';
  else if (len > 4 && g_str_has_suffix (w, "sky"))
    w[len - 1] = 'i';
  /* doubled letters once: Mohammed, Hassan */
  for (gsize i = 0; w[i] != '\0'; i++)
    if (i == 0 || w[i] != w[i - 1] || !g_ascii_isalpha (w[i]))
      g_string_append_c (out, w[i]);
}

/**
 * byline_people_fold_name:
 * @type: (nullable): "PERSON" folds titles and given names; others only
 *   accents, case and a leading "the"
 *
 * Returns: the key under which variants of one name meet, maybe ""
 */
char *
byline_people_fold_name (const char *name,
                         const char *type)
{
  g_autofree char *nfd = NULL;
  g_autoptr (GString) plain = g_string_new (NULL);
  g_auto (GStrv) words = NULL;
  GString *key = g_string_new (NULL);
  gboolean person = type == NULL || g_str_equal (type, "PERSON");
  guint n = 0, first = 0, last;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return g_string_free (key, FALSE);
  nfd = g_utf8_normalize (name, -1, G_NORMALIZE_NFKD);
  for (const char *p = nfd; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (g_unichar_isalnum (c))
        g_string_append_unichar (plain, g_unichar_tolower (c));
      else if (c == 0x2019 || c == '\'')
        {
          /* Russia's: the possessive is dropped, O'Brien kept whole */
          if (p[1] == 's' && (p[2] == '\0' || p[2] == ' '))
            p++;
        }
      else
        g_string_append_c (plain, ' ');
    }
  words = g_strsplit (plain->str, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      words[n++] = words[i];
    else
      g_free (words[i]);
  words[n] = NULL;
  if (n == 0)
    return g_string_free (key, FALSE);
  last = n;
  if (person)
    {
      /* "Russian Foreign Minister Sergey Lavrov": what follows the last title */
      for (guint i = 0; i + 1 < n; i++)
        if (is_title_word (words[i]))
          first = i + 1;
      while (last > first + 1
             && (g_str_equal (words[last - 1], "jr") || g_str_equal (words[last - 1], "sr")))
        last--;
    }
  else if (n > 1 && g_str_equal (words[0], "the"))
    first = 1;
  for (guint i = first; i < last; i++)
    {
      if (key->len > 0)
        g_string_append_c (key, ' ');
      if (person)
        fold_word (key, words[i]);
      else
        g_string_append (key, words[i]);
    }
  return g_string_free (key, FALSE);
}

/* Indexing */


static gboolean
indexed_type (const char *type)
{
  return type != NULL && (g_str_equal (type, "PERSON") || g_str_equal (type, "ORG")
                          || g_str_equal (type, "PLACE") || g_str_equal (type, "NORP"));
}


typedef struct
{
  int quotes;
  int claims;
} Voice;

static gboolean
index_article (BylineStore *self,
               gint64       id,
               const char  *index_version,
               GError     **error)
{
  g_autoptr (JsonNode) node = byline_store_dup_analysis (self, id, TRUE, error);
  g_autoptr (BylineArticle) article = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GHashTable) voices = NULL;
  g_autoptr (GArray) dates = NULL;
  JsonObject *root;
  JsonArray *entities, *quotes, *meetings, *claims;
  g_autoptr (BylineCharIndex) chars = NULL;

  if (node == NULL)
    return FALSE;
  article = byline_store_get_article (self, id, error);
  if (article == NULL)
    return FALSE;
  root = json_node_get_object (node);
  entities = get_array (root, "entities");
  quotes = get_array (root, "quotes");
  meetings = get_array (root, "meetings");
  claims = get_array (root, "claims");
  chars = byline_char_index_new (article->text, -1);

  stmt = prepare (self, "INSERT OR REPLACE INTO x_articles (article, version) VALUES (?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, index_version, -1, SQLITE_STATIC);
  if (!run (self, stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* who is quoted, and who is the source of claims */
  voices = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint i = 0; quotes != NULL && i < json_array_get_length (quotes); i++)
    {
      const char *eid = get_string (array_object (quotes, i), "speaker");
      Voice *v;

      if (eid == NULL)
        continue;
      if ((v = g_hash_table_lookup (voices, eid)) == NULL)
        g_hash_table_insert (voices, (gpointer) eid, v = g_new0 (Voice, 1));
      v->quotes++;
    }
  for (guint i = 0; claims != NULL && i < json_array_get_length (claims); i++)
    {
      const char *eid = get_string (array_object (claims, i), "source");
      Voice *v;

      if (eid == NULL)
        continue;
      if ((v = g_hash_table_lookup (voices, eid)) == NULL)
        g_hash_table_insert (voices, (gpointer) eid, v = g_new0 (Voice, 1));
      v->claims++;
    }

  /* entities, and the dated mentions that date a claim */
  stmt = prepare (self, "INSERT OR REPLACE INTO x_entities (article, eid, type, name, vkey, role, "
                        "affiliation, mentions, quotes, claims, start, end) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  dates = g_array_new (FALSE, FALSE, sizeof (JsonObject *));
  for (guint i = 0; entities != NULL && i < json_array_get_length (entities); i++)
    {
      JsonObject *e = array_object (entities, i);
      const char *type = get_string (e, "type");
      const char *name = get_string (e, "name");
      const char *eid = get_string (e, "id");
      JsonArray *mentions = get_array (e, "mentions");
      g_autofree char *vkey = NULL;
      JsonObject *first;
      Voice *v;

      if (type != NULL && g_str_equal (type, "DATE") && mentions != NULL)
        for (guint j = 0; j < json_array_get_length (mentions); j++)
          {
            JsonObject *m = array_object (mentions, j);

            if (get_string (m, "date") != NULL)
              g_array_append_val (dates, m);
          }
      if (!indexed_type (type) || name == NULL || eid == NULL || mentions == NULL
          || json_array_get_length (mentions) == 0)
        continue;
      vkey = byline_people_fold_name (name, type);
      if (*vkey == '\0')
        continue;
      first = array_object (mentions, 0);
      v = g_hash_table_lookup (voices, eid);
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, id);
      bind_text (stmt, 2, eid);
      bind_text (stmt, 3, type);
      bind_text (stmt, 4, name);
      bind_text (stmt, 5, vkey);
      bind_text (stmt, 6, get_string (e, "role"));
      bind_text (stmt, 7, get_string (e, "affiliation"));
      sqlite3_bind_int (stmt, 8, json_array_get_length (mentions));
      sqlite3_bind_int (stmt, 9, v != NULL ? v->quotes : 0);
      sqlite3_bind_int (stmt, 10, v != NULL ? v->claims : 0);
      sqlite3_bind_int64 (stmt, 11, get_int (first, "start"));
      sqlite3_bind_int64 (stmt, 12, get_int (first, "end"));
      if (!run (self, stmt, error))
        return FALSE;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* quotes */
  stmt = prepare (self, "INSERT INTO x_quotes (article, eid, speaker, kind, start, end, text, via) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; quotes != NULL && i < json_array_get_length (quotes); i++)
    {
      JsonObject *q = array_object (quotes, i);
      gint64 start = get_int (q, "start"), end = get_int (q, "end");
      g_autofree char *text = span_text (chars, start, end);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, id);
      bind_text (stmt, 2, get_string (q, "speaker"));
      bind_text (stmt, 3, get_string (q, "speaker_name"));
      bind_text (stmt, 4, get_string (q, "kind") != NULL ? get_string (q, "kind") : "direct");
      sqlite3_bind_int64 (stmt, 5, start);
      sqlite3_bind_int64 (stmt, 6, end);
      bind_text (stmt, 7, text);
      bind_text (stmt, 8, get_string (get_object (q, "via"), "name"));
      if (!run (self, stmt, error))
        return FALSE;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* events: the article by its dateline, meetings, dated claims */
  stmt = prepare (self, "INSERT INTO x_events (article, kind, date, start, end, label, status, "
                        "place, who, names, passage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  bind_text (stmt, 2, "article");
  bind_text (stmt, 3, article->dateline);
  sqlite3_bind_int64 (stmt, 4, 0);
  sqlite3_bind_int64 (stmt, 5, 0);
  bind_text (stmt, 6, article->title);
  for (int c = 7; c <= 11; c++)
    sqlite3_bind_null (stmt, c);
  sqlite3_bind_text (stmt, 9, "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, "", -1, SQLITE_STATIC);
  if (!run (self, stmt, error))
    return FALSE;
  for (guint i = 0; meetings != NULL && i < json_array_get_length (meetings); i++)
    {
      JsonObject *m = array_object (meetings, i);
      JsonArray *participants = get_array (m, "participants");
      JsonArray *evidence = get_array (m, "evidence");
      JsonObject *first = evidence != NULL && json_array_get_length (evidence) > 0
                          ? array_object (evidence, 0) : NULL;
      const char *place = get_string (get_object (m, "place"), "name");
      g_autoptr (GString) who = g_string_new (NULL);
      g_autoptr (GString) names = g_string_new (NULL);
      g_autoptr (GString) label = g_string_new (NULL);
      g_autofree char *passage = NULL;
      gint64 start = get_int (first, "start"), end = get_int (first, "end");

      for (guint j = 0; participants != NULL && j < json_array_get_length (participants); j++)
        {
          JsonObject *p = array_object (participants, j);
          const char *eid = get_string (p, "entity");
          const char *name = get_string (p, "name");

          if (j > 0)
            {
              g_string_append_c (who, ' ');
              g_string_append_c (names, '\n');
              /* Translators: between the people of a meeting, "Lavrov and Zarif" */
              g_string_append (label, j + 1 == json_array_get_length (participants) ? _(" and ") : ", ");
            }
          g_string_append (who, eid != NULL ? eid : "-");
          g_string_append (names, name != NULL ? name : "");
          g_string_append (label, name != NULL ? name : "?");
        }
      if (label->len == 0)
        g_string_append (label, byline_meeting_no_sides_label ());
      if (place != NULL)
        /* Translators: a meeting's place, after its people: "Lavrov and Zarif, in Tehran" */
        g_string_append_printf (label, _(", in %s"), place);
      passage = span_text (chars, start, end);
      sqlite3_reset (stmt);
      bind_text (stmt, 2, "meeting");
      bind_text (stmt, 3, get_string (m, "date"));
      sqlite3_bind_int64 (stmt, 4, start);
      sqlite3_bind_int64 (stmt, 5, end);
      bind_text (stmt, 6, label->str);
      bind_text (stmt, 7, get_string (m, "status"));
      bind_text (stmt, 8, place);
      bind_text (stmt, 9, who->str);
      bind_text (stmt, 10, names->str);
      bind_text (stmt, 11, passage);
      if (!run (self, stmt, error))
        return FALSE;
    }
  /* a claim is dated by the first resolved date inside it; both lists are
   * sorted by offset, so one walk pairs them. A claim that reports a meeting
   * is that meeting's event already. */
  {
    guint d = 0;
    guint n_claims = claims != NULL ? json_array_get_length (claims) : 0;
    g_autoptr (GArray) in_meeting = g_array_new (FALSE, TRUE, sizeof (gboolean));

    /* each evidence span finds its claims by a binary search: the claims
     * are sorted and do not overlap */
    g_array_set_size (in_meeting, n_claims);
    for (guint i = 0; meetings != NULL && i < json_array_get_length (meetings); i++)
      {
        JsonArray *spans_of = get_array (array_object (meetings, i), "evidence");

        for (guint k = 0; spans_of != NULL && k < json_array_get_length (spans_of); k++)
          {
            gint64 s = get_int (array_object (spans_of, k), "start");
            gint64 e = get_int (array_object (spans_of, k), "end");
            guint lo = 0, hi = n_claims;

            while (lo < hi)
              {
                guint mid = (lo + hi) / 2;

                if (get_int (array_object (claims, mid), "start") < s)
                  lo = mid + 1;
                else
                  hi = mid;
              }
            for (guint j = lo > 0 ? lo - 1 : 0; j < n_claims; j++)
              {
                JsonObject *c = array_object (claims, j);

                if (get_int (c, "start") >= e)
                  break;
                if (get_int (c, "end") > s)
                  g_array_index (in_meeting, gboolean, j) = TRUE;
              }
          }
      }
    for (guint i = 0; claims != NULL && i < json_array_get_length (claims); i++)
      {
        JsonObject *c = array_object (claims, i);
        gint64 start = get_int (c, "start"), end = get_int (c, "end");
        JsonObject *date = NULL;
        g_autofree char *passage = NULL;

        while (d < dates->len && get_int (g_array_index (dates, JsonObject *, d), "start") < start)
          d++;
        for (guint k = d; k < dates->len; k++)
          {
            JsonObject *m = g_array_index (dates, JsonObject *, k);

            if (get_int (m, "start") >= end)
              break;
            date = m;
            break;
          }
        if (date == NULL || g_array_index (in_meeting, gboolean, i))
          continue;
        passage = span_text (chars, start, end);
        sqlite3_reset (stmt);
        bind_text (stmt, 2, "claim");
        bind_text (stmt, 3, get_string (date, "date"));
        sqlite3_bind_int64 (stmt, 4, start);
        sqlite3_bind_int64 (stmt, 5, end);
        bind_text (stmt, 6, passage);
        bind_text (stmt, 7, get_string (c, "attribution"));
        sqlite3_bind_null (stmt, 8);
        bind_text (stmt, 9, get_string (c, "source") != NULL ? get_string (c, "source") : "");
        bind_text (stmt, 10, get_string (c, "source_name") != NULL ? get_string (c, "source_name") : "");
        bind_text (stmt, 11, passage);
        if (!run (self, stmt, error))
          return FALSE;
      }
  }
  return TRUE;
}

/* A library open read-only (damaged, or a file that cannot be written) is
 * indexed in temporary tables of the same names, which hide the library's
 * own for this connection and go when it closes; the reader's merges and
 * splits are copied in. The same tables as schema step 5 in byline-store.c,
 * without the triggers (nothing changes) or the reference to articles (a
 * temporary table cannot name a table of the file). */
static const char read_only_schema[] =
  "CREATE TEMP TABLE x_articles (article INTEGER PRIMARY KEY, version TEXT NOT NULL);"
  "CREATE TEMP TABLE x_entities (article INTEGER NOT NULL REFERENCES x_articles (article) ON DELETE CASCADE,"
  "  eid TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, vkey TEXT NOT NULL, role TEXT,"
  "  affiliation TEXT, mentions INTEGER NOT NULL, quotes INTEGER NOT NULL, claims INTEGER NOT NULL,"
  "  start INTEGER NOT NULL, end INTEGER NOT NULL, PRIMARY KEY (article, eid)) WITHOUT ROWID;"
  "CREATE TEMP TABLE x_quotes (article INTEGER NOT NULL REFERENCES x_articles (article) ON DELETE CASCADE,"
  "  eid TEXT, speaker TEXT, kind TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
  "  text TEXT NOT NULL, via TEXT);"
  "CREATE INDEX temp.x_quotes_article ON x_quotes (article, eid);"
  "CREATE TEMP TABLE x_events (article INTEGER NOT NULL REFERENCES x_articles (article) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL, date TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL, label TEXT NOT NULL,"
  "  status TEXT, place TEXT, who TEXT NOT NULL DEFAULT '', names TEXT NOT NULL DEFAULT '', passage TEXT);"
  "CREATE INDEX temp.x_events_article ON x_events (article);"
  "CREATE TEMP TABLE people_links (vkey TEXT PRIMARY KEY, target TEXT NOT NULL);"
  "INSERT INTO temp.people_links SELECT vkey, target FROM main.people_links;";

static gboolean
ensure_read_only_index (BylineStore *self,
                        GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = prepare (self, "SELECT 1 FROM sqlite_temp_master WHERE name = 'x_articles'",
                                           error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return TRUE;
  return _byline_store_exec (self, read_only_schema, error);
}


/**
 * byline_store_refresh_people:
 *
 * Indexes the articles added, analysed again or corrected since the last
 * cross-article read. Every view calls it; a library open read-only is
 * indexed in temporary tables, once for the connection.
 */
gboolean
byline_store_refresh_people (BylineStore *self,
                             GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GArray) stale = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *index_version = g_strconcat (_byline_store_analyser_version (), " " INDEX_REVISION, NULL);
  gboolean ok = TRUE;

  g_return_val_if_fail (self != NULL, FALSE);

  if (byline_store_is_read_only (self) && !ensure_read_only_index (self, error))
    return FALSE;
  stmt = prepare (self, "SELECT a.id FROM articles a LEFT JOIN x_articles x ON x.article = a.id "
                        "WHERE x.article IS NULL OR x.version IS NOT ?", error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, index_version);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (stale, id);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (stale->len == 0)
    return TRUE;
  /* a transaction for each few articles: an analyser that changed makes
   * every analysis again, and others may want to write meanwhile */
  for (guint first = 0; first < stale->len; first += INDEX_BATCH)
    {
      /* (read-only: only the temporary tables are written, under a plain BEGIN) */
      if (!_byline_store_exec (self, byline_store_is_read_only (self) ? "BEGIN" : "BEGIN IMMEDIATE", error))
        return FALSE;
      for (guint i = first; ok && i < MIN (first + INDEX_BATCH, stale->len); i++)
        {
          gint64 id = g_array_index (stale, gint64, i);
          g_autoptr (sqlite3_stmt) drop = prepare (self, "DELETE FROM x_articles WHERE article = ?", error);

          ok = drop != NULL;
          if (ok)
            {
              sqlite3_bind_int64 (drop, 1, id);
              ok = run (self, drop, error) && index_article (self, id, index_version, error);
            }
        }
      if (!ok)
        {
          _byline_store_exec (self, "ROLLBACK", NULL);
          return FALSE;
        }
      if (!_byline_store_exec (self, "COMMIT", error))
        return FALSE;
    }
  return TRUE;
}

/**
 * byline_store_get_data_version:
 *
 * Returns: a number that changes when another connection or program has
 *   changed the library since the last call (SQLite's data_version): a
 *   window showing cross-article views reads them again only then
 */
gint64
byline_store_get_data_version (BylineStore *self)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (self != NULL, 0);

  stmt = prepare (self, "PRAGMA data_version", NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}
