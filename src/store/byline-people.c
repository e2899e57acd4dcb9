/* byline-people.c: people, meetings and events across the library's articles
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
 * reader has corrected since.
 *
 * One person across articles: every entity gets a key, its name folded
 * (byline_people_fold_name: accents, case, titles and roles dropped,
 * transliteration variants made one). Entities of one type with one key are
 * one entry; a surname alone ("Lavrov") or an initial ("S. Lavrov") joins
 * the one entry with that surname, when there is exactly one. The reader's
 * merges and splits are rows of people_links: a key that points to another
 * key (merged into it), or to '' (split: an entry of its own, joined by no
 * surname). Grouping is done in memory on each read: linear in the number
 * of indexed entities (about 25 000 for 1 000 articles). */

#define G_LOG_DOMAIN "byline-people"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "byline-people-private.h"

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

static const char *
last_word (const char *key)
{
  const char *space = strrchr (key, ' ');

  return space != NULL ? space + 1 : key;
}

/* Statements */


static gboolean
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



/* Indexing */






static gboolean
indexed_type (const char *type)
{
  return type != NULL && (g_str_equal (type, "PERSON") || g_str_equal (type, "ORG")
                          || g_str_equal (type, "PLACE") || g_str_equal (type, "NORP"));
}


static void
add_span_offsets (GArray     *offsets,
                  JsonObject *span)
{
  gint64 pair[2] = { get_int (span, "start"), get_int (span, "end") };

  g_array_append_vals (offsets, pair, 2);
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

void
_byline_spans_init (Spans      *s,
            const char *text,
            JsonObject *root)
{
  JsonArray *quotes = get_array (root, "quotes");
  JsonArray *meetings = get_array (root, "meetings");
  JsonArray *claims = get_array (root, "claims");
  gint64 offset = 0;
  gsize byte = 0;
  guint n = 0;

  s->text = text;
  s->len = strlen (text);
  s->offsets = g_array_new (FALSE, FALSE, sizeof (gint64));
  s->bytes = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (guint i = 0; quotes != NULL && i < json_array_get_length (quotes); i++)
    add_span_offsets (s->offsets, array_object (quotes, i));
  for (guint i = 0; meetings != NULL && i < json_array_get_length (meetings); i++)
    {
      JsonArray *evidence = get_array (array_object (meetings, i), "evidence");

      for (guint k = 0; evidence != NULL && k < json_array_get_length (evidence); k++)
        add_span_offsets (s->offsets, array_object (evidence, k));
    }
  for (guint i = 0; claims != NULL && i < json_array_get_length (claims); i++)
    {
      JsonObject *c = array_object (claims, i);
      JsonArray *loaded = get_array (c, "loaded");

      add_span_offsets (s->offsets, c);
      for (guint k = 0; loaded != NULL && k < json_array_get_length (loaded); k++)
        add_span_offsets (s->offsets, array_object (loaded, k));
    }
  g_array_sort (s->offsets, compare_int64);
  for (guint i = 0; i < s->offsets->len; i++)
    {
      gint64 want = g_array_index (s->offsets, gint64, i);

      if (n > 0 && want == g_array_index (s->offsets, gint64, n - 1))
        continue;
      while (offset < want && byte < s->len)
        {
          byte = g_utf8_next_char (text + byte) - text;
          offset++;
        }
      g_array_index (s->offsets, gint64, n++) = want;
      g_array_append_val (s->bytes, byte);
    }
  g_array_set_size (s->offsets, n);
}

void
_byline_spans_clear (Spans *s)
{
  g_clear_pointer (&s->offsets, g_array_unref);
  g_clear_pointer (&s->bytes, g_array_unref);
}


/* An offset the map was not made for (it is made for all) counts as the end */
static gsize
spans_byte (Spans  *s,
            gint64  offset)
{
  guint lo = 0, hi = s->offsets != NULL ? s->offsets->len : 0;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      gint64 at = g_array_index (s->offsets, gint64, mid);

      if (at == offset)
        return MIN (g_array_index (s->bytes, gsize, mid), s->len);
      if (at < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return s->len;
}

char *
_byline_span_text (Spans  *s,
           gint64  start,
           gint64  end)
{
  gsize a = spans_byte (s, start);
  gsize b = spans_byte (s, end);

  if (b < a)
    b = a;
  return g_strndup (s->text + a, b - a);
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
  g_auto (Spans) spans = { 0 };

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
  _byline_spans_init (&spans, article->text, root);

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
      g_autofree char *text = _byline_span_text (&spans, start, end);

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
      if (place != NULL)
        /* Translators: a meeting's place, after its people: "Lavrov and Zarif, in Tehran" */
        g_string_append_printf (label, _(", in %s"), place);
      passage = _byline_span_text (&spans, start, end);
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
        passage = _byline_span_text (&spans, start, end);
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

static gboolean
refuse_read_only (BylineStore *self,
                  GError     **error)
{
  g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_READ_ONLY,
               _("%s: the library is open read-only; nothing was changed"), byline_store_get_path (self));
  return FALSE;
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

/* Grouping */


static void
cluster_free (Cluster *c)
{
  g_free (c->key);
  g_free (c->type);
  g_free (c->name);
  g_ptr_array_unref (c->occs);
  g_free (c);
}

static void
article_info_free (ArticleInfo *a)
{
  g_free (a->title);
  g_free (a->dateline);
  g_free (a);
}

void
_byline_people_free (People *p)
{
  g_clear_pointer (&p->by_ref, g_hash_table_unref);
  g_clear_pointer (&p->articles, g_hash_table_unref);
  g_clear_pointer (&p->clusters, g_ptr_array_unref);
  g_clear_pointer (&p->all, g_ptr_array_unref);
  g_clear_pointer (&p->occs, g_ptr_array_unref);
  g_clear_pointer (&p->strings, g_string_chunk_free);
  g_free (p);
}




static const ArticleInfo *
people_article (People *p,
                gint64  article)
{
  return g_hash_table_lookup (p->articles, &article);
}


/* The key of one spelling, for a split that keeps it from others that fold
 * the same ("Sergey Volkov" from "Sergei Volkov") */
static char *
spelling_key (const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);

  return g_strconcat ("~", lower, NULL);
}

/* A column's text kept in @chunk; @shared: one copy for equal texts (types,
 * roles, countries) */
static char *
chunk_dup (GStringChunk *chunk,
           sqlite3_stmt *stmt,
           int           column,
           gboolean      shared)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (text == NULL)
    return NULL;
  return shared ? g_string_chunk_insert_const (chunk, text) : g_string_chunk_insert (chunk, text);
}

/* a key as the reader's links make it: merged into another, or alone */
static const char *
resolve_key (GHashTable *links,
             const char *vkey,
             gboolean   *alone)
{
  const char *key = vkey;

  *alone = FALSE;
  for (int i = 0; i < 8; i++)
    {
      const char *target = g_hash_table_lookup (links, key);

      if (target == NULL)
        break;
      if (*target == '\0')
        {
          *alone = TRUE;
          break;
        }
      key = target;
    }
  return key;
}

static int
compare_clusters (gconstpointer a,
                  gconstpointer b)
{
  const Cluster *x = *(Cluster *const *) a, *y = *(Cluster *const *) b;

  if (x->occs->len != y->occs->len)
    return x->occs->len > y->occs->len ? -1 : 1;
  return g_utf8_collate (x->name, y->name);
}

/* The name an entry shows: the most frequent spelling among its fullest names */
static void
name_cluster (Cluster *c)
{
  g_autoptr (GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  guint best_words = 0, best_count = 0;
  const char *best = NULL;

  for (guint i = 0; i < c->occs->len; i++)
    {
      Occ *o = g_ptr_array_index (c->occs, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, o->name)) + 1;
      guint words = 1;

      for (const char *s = o->vkey; *s != '\0'; s++)
        words += *s == ' ';
      g_hash_table_insert (counts, o->name, GUINT_TO_POINTER (count));
      if (words > best_words || (words == best_words && count > best_count)
          || (words == best_words && count == best_count && strcmp (o->name, best) < 0))
        best = o->name, best_words = words, best_count = count;
    }
  c->name = g_strdup (best);
}

People *
_byline_people_load (BylineStore *self,
             const char  *tag,
             GError     **error)
{
  g_autoptr (People) p = g_new0 (People, 1);
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GHashTable) links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) surnames = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GString) group = g_string_new (NULL);
  g_autofree char *exact = NULL;
  gboolean spellings = FALSE;
  int rc;

  if (!byline_store_refresh_people (self, error))
    return NULL;
  p->occs = g_ptr_array_new_with_free_func (g_free);
  p->strings = g_string_chunk_new (64 * 1024);
  p->all = g_ptr_array_new_with_free_func ((GDestroyNotify) cluster_free);
  p->clusters = g_ptr_array_new ();
  p->by_ref = g_hash_table_new (g_int64_hash, g_int64_equal);
  p->articles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify) article_info_free);

  stmt = prepare (self, "SELECT vkey, target FROM people_links", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      spellings |= sqlite3_column_text (stmt, 0)[0] == '~';
      g_hash_table_insert (links, column_dup (stmt, 0), column_dup (stmt, 1));
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = prepare (self, tag == NULL ? "SELECT id, title, dateline FROM articles"
                                    : "SELECT id, title, dateline FROM articles WHERE id IN "
                                      TAG_ARTICLES, error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, tag);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ArticleInfo *a = g_new0 (ArticleInfo, 1);

      a->title = column_dup (stmt, 1);
      a->dateline = column_dup (stmt, 2);
      g_hash_table_insert (p->articles, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) },
                                                   sizeof (gint64)), a);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = prepare (self, tag == NULL
                  ? "SELECT article, eid, type, name, vkey, role, affiliation, mentions, quotes, "
                    "claims FROM x_entities ORDER BY article, start"
                  : "SELECT article, eid, type, name, vkey, role, affiliation, mentions, quotes, "
                    "claims FROM x_entities WHERE article IN " TAG_ARTICLES
                    " ORDER BY article, start", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, tag);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Occ *o = g_new0 (Occ, 1);
      const char *key;
      gboolean alone;
      Cluster *c;

      o->article = sqlite3_column_int64 (stmt, 0);
      o->eid = chunk_dup (p->strings, stmt, 1, FALSE);
      o->type = chunk_dup (p->strings, stmt, 2, TRUE);
      o->name = chunk_dup (p->strings, stmt, 3, FALSE);
      o->vkey = chunk_dup (p->strings, stmt, 4, FALSE);
      o->role = chunk_dup (p->strings, stmt, 5, TRUE);
      o->affiliation = chunk_dup (p->strings, stmt, 6, TRUE);
      o->mentions = sqlite3_column_int (stmt, 7);
      o->quotes = sqlite3_column_int (stmt, 8);
      o->claims = sqlite3_column_int (stmt, 9);
      o->ref = ref_of (o->article, o->eid);
      g_ptr_array_add (p->occs, o);
      if (o->ref >= 0)
        g_hash_table_insert (p->by_ref, &o->ref, o);

      /* a spelling the reader split off from others of the same key */
      if (spellings)
        {
          g_free (exact);
          exact = spelling_key (o->name);
        }
      key = resolve_key (links, spellings && g_hash_table_contains (links, exact) ? exact : o->vkey, &alone);
      g_string_printf (group, "%s\t%s", o->type, key);
      c = g_hash_table_lookup (groups, group->str);
      if (c == NULL)
        {
          c = g_new0 (Cluster, 1);
          c->key = g_strdup (key);
          c->type = g_strdup (o->type);
          c->occs = g_ptr_array_new ();
          g_ptr_array_add (p->all, c);
          g_hash_table_insert (groups, g_strdup (group->str), c);
        }
      c->alone |= alone;
      o->cluster = c;
      g_ptr_array_add (c->occs, o);
    }
  if (rc != SQLITE_DONE)
    {
      _byline_store_set_db_error (self, error, rc, _("read the library"));
      return NULL;
    }
  /* a surname alone, or an initial and a surname, joins the one full name
   * with that surname: "surname" -> the entry, or the entry's own table
   * pointer marking two of them */
  for (guint i = 0; i < p->all->len; i++)
    {
      Cluster *c = g_ptr_array_index (p->all, i);
      const char *surname;
      gpointer seen;

      if (c->alone || !g_str_equal (c->type, "PERSON") || strchr (c->key, ' ') == NULL
          || strlen (c->key) - strlen (last_word (c->key)) <= 2)
        continue;
      surname = last_word (c->key);
      if (g_hash_table_lookup_extended (surnames, surname, NULL, &seen))
        g_hash_table_insert (surnames, (gpointer) surname, NULL);   /* two people */
      else
        g_hash_table_insert (surnames, (gpointer) surname, c);
    }
  for (guint i = 0; i < p->all->len; i++)
    {
      Cluster *c = g_ptr_array_index (p->all, i);
      const char *space = strchr (c->key, ' ');
      Cluster *into;

      if (c->alone || !g_str_equal (c->type, "PERSON")
          || (space != NULL && (space - c->key != 1 || strchr (space + 1, ' ') != NULL)))
        continue;
      into = g_hash_table_lookup (surnames, last_word (c->key));
      if (into == NULL || into == c || (space != NULL && into->key[0] != c->key[0]))
        continue;
      c->into = into;
      for (guint j = 0; j < c->occs->len; j++)
        {
          Occ *o = g_ptr_array_index (c->occs, j);

          o->cluster = into;
          g_ptr_array_add (into->occs, o);
        }
    }
  for (guint i = 0; i < p->all->len; i++)
    {
      Cluster *c = g_ptr_array_index (p->all, i);

      if (c->into == NULL)
        {
          name_cluster (c);
          g_ptr_array_add (p->clusters, c);
        }
    }
  g_ptr_array_sort (p->clusters, compare_clusters);
  return g_steal_pointer (&p);
}

/* The entry a reader's name finds: by its key, a spelling of its own, or
 * any name that folds to a key of its own; a person first */
static Cluster *
find_cluster (People     *p,
              const char *name)
{
  g_autofree char *key = byline_people_fold_name (name, "PERSON");
  g_autofree char *plain = byline_people_fold_name (name, "ORG");
  Cluster *found = NULL;

  /* an entry's own name, then a spelling as written, then a name that folds the same */
  for (guint pass = 0; pass < 3 && found == NULL; pass++)
    for (guint i = 0; i < p->occs->len; i++)
      {
        Occ *o = g_ptr_array_index (p->occs, i);
        Cluster *c = o->cluster;
        gboolean match = pass == 0 ? g_utf8_collate (c->name, name) == 0
                         : pass == 1 ? g_utf8_collate (o->name, name) == 0
                         : g_str_equal (c->key, key) || g_str_equal (o->vkey, key) || g_str_equal (o->vkey, plain);

        if (!match)
          continue;
        if (g_str_equal (c->type, "PERSON"))
          return c;
        if (found == NULL)
          found = c;
      }
  if (found != NULL || strchr (key, ' ') != NULL)
    return found;
  /* a surname alone: the one person of that surname */
  for (guint i = 0; i < p->clusters->len; i++)
    {
      Cluster *c = g_ptr_array_index (p->clusters, i);

      if (!g_str_equal (c->type, "PERSON") || !g_str_equal (last_word (c->key), key))
        continue;
      if (found != NULL)
        return NULL;
      found = c;
    }
  return found;
}

static gboolean
set_not_found (GError    **error,
               const char *name)
{
  g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
               _("no one called “%s” in the library"), name);
  return FALSE;
}

/* Views */

static void
add_article_members (JsonBuilder       *b,
                     People            *p,
                     gint64             article)
{
  const ArticleInfo *info = people_article (p, article);

  json_builder_set_member_name (b, "article");
  json_builder_add_int_value (b, article);
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, info != NULL ? info->title : NULL);
  json_builder_set_member_name (b, "dateline");
  json_builder_add_string_value (b, info != NULL ? info->dateline : NULL);
}



static void
set_string (JsonObject *o,
            const char *name,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (o, name, value);
  else
    json_object_set_null_member (o, name);
}

static void
add_cluster_summary (JsonBuilder *b,
                     Cluster     *c)
{
  g_autoptr (GHashTable) articles = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) sourced = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) variants = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  int mentions = 0, quotes = 0;

  for (guint i = 0; i < c->occs->len; i++)
    {
      Occ *o = g_ptr_array_index (c->occs, i);

      g_hash_table_add (articles, &o->article);
      if (o->quotes > 0 || o->claims > 0)
        g_hash_table_add (sourced, &o->article);
      if (g_hash_table_add (variants, o->name))
        g_ptr_array_add (names, o->name);
      mentions += o->mentions;
      quotes += o->quotes;
    }
  g_ptr_array_sort (names, compare_strings);
  add_string_member (b, "key", c->key);
  add_string_member (b, "name", c->name);
  add_string_member (b, "type", c->type);
  json_builder_set_member_name (b, "variants");
  json_builder_begin_array (b);
  for (guint i = 0; i < names->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (names, i));
  json_builder_end_array (b);
  add_int_member (b, "articles", g_hash_table_size (articles));
  add_int_member (b, "mentions", mentions);
  add_int_member (b, "quote_count", quotes);
  /* articles where they are a named source, and where they are only mentioned */
  add_int_member (b, "source_in", g_hash_table_size (sourced));
  add_int_member (b, "mentioned_in", g_hash_table_size (articles) - g_hash_table_size (sourced));
}

/**
 * byline_store_list_people:
 * @type: (nullable): "PERSON", "ORG", "PLACE" or "NORP"; NULL for all
 *
 * Returns: an array of {key, name, type, variants[], articles, mentions,
 *   quote_count, source_in, mentioned_in}, those in most articles first
 */
JsonNode *
byline_store_list_people (BylineStore *self,
                          const char  *tag,
                          const char  *type,
                          GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  if ((p = _byline_people_load (self, tag, error)) == NULL)
    return NULL;
  json_builder_begin_array (b);
  for (guint i = 0; i < p->clusters->len; i++)
    {
      Cluster *c = g_ptr_array_index (p->clusters, i);

      if (type != NULL && g_ascii_strcasecmp (type, c->type) != 0)
        continue;
      json_builder_begin_object (b);
      add_cluster_summary (b, c);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return json_builder_get_root (b);
}

static int
compare_dated (gconstpointer a,
               gconstpointer b)
{
  JsonObject *x = json_node_get_object (*(JsonNode *const *) a);
  JsonObject *y = json_node_get_object (*(JsonNode *const *) b);
  const char *dx = get_string (x, "date"), *dy = get_string (y, "date");
  int c = g_strcmp0 (dx != NULL ? dx : "~", dy != NULL ? dy : "~");

  if (c != 0)
    return c;
  if (get_int (x, "article") != get_int (y, "article"))
    return get_int (x, "article") < get_int (y, "article") ? -1 : 1;
  return get_int (x, "start") < get_int (y, "start") ? -1 : get_int (x, "start") > get_int (y, "start");
}

/* @nodes sorted into an array */
static JsonNode *
sorted_array (GPtrArray *nodes)
{
  JsonArray *array = json_array_sized_new (nodes->len);
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  g_ptr_array_sort (nodes, compare_dated);
  for (guint i = 0; i < nodes->len; i++)
    json_array_add_element (array, json_node_ref (g_ptr_array_index (nodes, i)));
  json_node_take_array (node, array);
  return node;
}

/* The names of a meeting's other people, each by its entry's name */
static JsonNode *
meeting_people (People     *p,
                gint64      article,
                const char *who,
                const char *names,
                Cluster    *except)
{
  g_auto (GStrv) eids = g_strsplit (who, " ", -1);
  g_auto (GStrv) written = g_strsplit (names, "\n", -1);
  guint n_written = g_strv_length (written);
  JsonArray *array = json_array_new ();
  JsonNode *node;

  for (guint i = 0; eids[i] != NULL && *eids[i] != '\0'; i++)
    {
      Occ *o = people_lookup (p, article, eids[i]);

      if (o != NULL && o->cluster == except)
        continue;
      json_array_add_string_element (array, o != NULL ? o->cluster->name : n_written > i ? written[i] : "?");
    }
  node = json_node_init_array (json_node_alloc (), array);
  json_array_unref (array);
  return node;
}

/**
 * byline_store_get_person:
 *
 * Returns: an object: the fields of byline_store_list_people (), then
 *   roles[] {role, affiliation, article, title, dateline, date},
 *   quotes[] {article, title, dateline, date, kind, start, end, text, via},
 *   meetings[] {article, title, dateline, date, status, place, with[],
 *   start, end, evidence}; each sorted by date
 */
JsonNode *
byline_store_get_person (BylineStore *self,
                         const char  *name,
                         GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (GPtrArray) roles = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr (GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr (GPtrArray) meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr (sqlite3_stmt) q = NULL;
  g_autoptr (sqlite3_stmt) m = NULL;
  g_autoptr (GHashTable) done = g_hash_table_new (g_int64_hash, g_int64_equal);
  Cluster *c;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if ((p = _byline_people_load (self, NULL, error)) == NULL)
    return NULL;
  if ((c = find_cluster (p, name)) == NULL)
    {
      set_not_found (error, name);
      return NULL;
    }
  q = prepare (self, "SELECT kind, start, end, text, via FROM x_quotes WHERE article = ? AND eid = ? "
                     "ORDER BY start", error);
  m = q == NULL ? NULL : prepare (self, "SELECT date, status, place, who, names, start, end, passage "
                                        "FROM x_events WHERE article = ? AND kind = 'meeting' "
                                        "ORDER BY start", error);
  if (m == NULL)
    return NULL;
  for (guint i = 0; i < c->occs->len; i++)
    {
      Occ *o = g_ptr_array_index (c->occs, i);
      const ArticleInfo *info = people_article (p, o->article);
      g_autoptr (JsonBuilder) rb = json_builder_new ();

      if (o->role != NULL || o->affiliation != NULL)
        {
          json_builder_begin_object (rb);
          add_string_member (rb, "role", o->role);
          add_string_member (rb, "affiliation", o->affiliation);
          add_article_members (rb, p, o->article);
          add_string_member (rb, "date", info != NULL ? info->dateline : NULL);
          json_builder_end_object (rb);
          g_ptr_array_add (roles, json_builder_get_root (rb));
        }
      sqlite3_reset (q);
      sqlite3_bind_int64 (q, 1, o->article);
      bind_text (q, 2, o->eid);
      while (sqlite3_step (q) == SQLITE_ROW)
        {
          g_autoptr (JsonBuilder) qb = json_builder_new ();

          json_builder_begin_object (qb);
          add_article_members (qb, p, o->article);
          add_string_member (qb, "date", info != NULL ? info->dateline : NULL);
          add_string_member (qb, "kind", (const char *) sqlite3_column_text (q, 0));
          add_int_member (qb, "start", sqlite3_column_int64 (q, 1));
          add_int_member (qb, "end", sqlite3_column_int64 (q, 2));
          add_string_member (qb, "text", (const char *) sqlite3_column_text (q, 3));
          add_string_member (qb, "via", (const char *) sqlite3_column_text (q, 4));
          json_builder_end_object (qb);
          g_ptr_array_add (quotes, json_builder_get_root (qb));
        }
      /* an article's meetings once, though two of its entities are this person */
      if (!g_hash_table_add (done, &o->article))
        continue;
      sqlite3_reset (m);
      sqlite3_bind_int64 (m, 1, o->article);
      while (sqlite3_step (m) == SQLITE_ROW)
        {
          const char *who = (const char *) sqlite3_column_text (m, 3);
          g_auto (GStrv) eids = g_strsplit (who, " ", -1);
          g_autoptr (JsonBuilder) mb = NULL;
          gboolean in = FALSE;

          for (guint k = 0; eids[k] != NULL && !in; k++)
            {
              Occ *other = people_lookup (p, o->article, eids[k]);

              in = other != NULL && other->cluster == c;
            }
          if (!in)
            continue;
          mb = json_builder_new ();
          json_builder_begin_object (mb);
          add_article_members (mb, p, o->article);
          add_string_member (mb, "date", (const char *) sqlite3_column_text (m, 0));
          add_string_member (mb, "status", (const char *) sqlite3_column_text (m, 1));
          add_string_member (mb, "place", (const char *) sqlite3_column_text (m, 2));
          json_builder_set_member_name (mb, "with");
          json_builder_add_value (mb, meeting_people (p, o->article, who, (const char *) sqlite3_column_text (m, 4), c));
          add_int_member (mb, "start", sqlite3_column_int64 (m, 5));
          add_int_member (mb, "end", sqlite3_column_int64 (m, 6));
          add_string_member (mb, "evidence", (const char *) sqlite3_column_text (m, 7));
          json_builder_end_object (mb);
          g_ptr_array_add (meetings, json_builder_get_root (mb));
        }
    }
  json_builder_begin_object (b);
  add_cluster_summary (b, c);
  json_builder_set_member_name (b, "roles");
  json_builder_add_value (b, sorted_array (roles));
  json_builder_set_member_name (b, "quotes");
  json_builder_add_value (b, sorted_array (quotes));
  json_builder_set_member_name (b, "meetings");
  json_builder_add_value (b, sorted_array (meetings));
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static gboolean
set_link (BylineStore *self,
          const char  *vkey,
          const char  *target,
          GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = prepare (self, "INSERT OR REPLACE INTO people_links (vkey, target) "
                                                 "VALUES (?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, vkey);
  bind_text (stmt, 2, target);
  return run (self, stmt, error);
}

/**
 * byline_store_merge_people:
 *
 * Makes the entry @from names part of the one @into names, in every article,
 * now and for articles added later.
 */
gboolean
byline_store_merge_people (BylineStore *self,
                           const char  *from,
                           const char  *into,
                           GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  Cluster *a, *b;
  gboolean ok = TRUE;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (self != NULL, FALSE);

  if (byline_store_is_read_only (self))
    return refuse_read_only (self, error);
  if ((p = _byline_people_load (self, NULL, error)) == NULL)
    return FALSE;
  if ((a = find_cluster (p, from)) == NULL)
    return set_not_found (error, from);
  if ((b = find_cluster (p, into)) == NULL)
    return set_not_found (error, into);
  if (a == b)
    return TRUE;
  g_hash_table_add (keys, a->key);
  for (guint i = 0; i < a->occs->len; i++)
    g_hash_table_add (keys, ((Occ *) g_ptr_array_index (a->occs, i))->vkey);
  if (!_byline_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  g_hash_table_iter_init (&iter, keys);
  while (ok && g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_str_equal (key, b->key))
      ok = set_link (self, key, b->key, error);
  if (ok)
    return _byline_store_exec (self, "COMMIT", error);
  _byline_store_exec (self, "ROLLBACK", NULL);
  return FALSE;
}

/**
 * byline_store_split_person:
 * @variant: a spelling of the entry's, as listed in its variants
 *
 * Makes the articles that name the entry @variant's way an entry of their
 * own, which no surname joins; a merge into it is undone.
 */
gboolean
byline_store_split_person (BylineStore *self,
                           const char  *name,
                           const char  *variant,
                           GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  const char *vkey = NULL;
  g_autofree char *exact = NULL;
  gboolean shared = FALSE;
  Cluster *c;

  g_return_val_if_fail (self != NULL, FALSE);

  if (byline_store_is_read_only (self))
    return refuse_read_only (self, error);
  if ((p = _byline_people_load (self, NULL, error)) == NULL)
    return FALSE;
  if ((c = find_cluster (p, name)) == NULL)
    return set_not_found (error, name);
  for (guint i = 0; i < c->occs->len && vkey == NULL; i++)
    {
      Occ *o = g_ptr_array_index (c->occs, i);

      if (g_utf8_collate (o->name, variant) == 0)
        vkey = o->vkey;
    }
  if (vkey == NULL)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("“%s” is not a name of “%s” in the library"), variant, c->name);
      return FALSE;
    }
  /* another spelling folds to the same key: the split is of this spelling */
  for (guint i = 0; i < c->occs->len && !shared; i++)
    {
      Occ *o = g_ptr_array_index (c->occs, i);

      shared = g_str_equal (o->vkey, vkey) && g_utf8_collate (o->name, variant) != 0;
    }
  if (shared)
    vkey = exact = spelling_key (variant);
  if (!_byline_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  stmt = prepare (self, "DELETE FROM people_links WHERE target = ?1 AND vkey IS NOT ?1", error);
  if (stmt != NULL)
    bind_text (stmt, 1, vkey);
  if (stmt != NULL && run (self, stmt, error) && set_link (self, vkey, "", error))
    return _byline_store_exec (self, "COMMIT", error);
  _byline_store_exec (self, "ROLLBACK", NULL);
  return FALSE;
}

static gboolean
event_about (People     *p,
             gint64      article,
             const char *who,
             const char *names,
             const char *place,
             Cluster    *person,
             const char *country)
{
  g_auto (GStrv) eids = g_strsplit (who != NULL ? who : "", " ", -1);

  if (person == NULL && country == NULL)
    return TRUE;
  if (person == NULL && place != NULL && g_utf8_collate (place, country) == 0)
    return TRUE;
  for (guint i = 0; eids[i] != NULL; i++)
    {
      Occ *o = people_lookup (p, article, eids[i]);

      if (o == NULL)
        continue;
      if (person != NULL && o->cluster == person)
        return TRUE;
      if (person == NULL && (g_utf8_collate (o->cluster->name, country) == 0
                             || (o->affiliation != NULL && g_utf8_collate (o->affiliation, country) == 0)))
        return TRUE;
    }
  if (person == NULL && names != NULL)
    {
      g_auto (GStrv) written = g_strsplit (names, "\n", -1);

      for (guint i = 0; written[i] != NULL; i++)
        if (g_utf8_collate (written[i], country) == 0)
          return TRUE;
    }
  return FALSE;
}

static JsonNode *
timeline (BylineStore *self,
          const char  *tag,
          gint64       article_id,
          const char  *person,
          const char  *country,
          const char  *kind,
          GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (GHashTable) naming = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Cluster *c = NULL;
  int rc;

  g_return_val_if_fail (self != NULL, NULL);

  if ((p = _byline_people_load (self, tag, error)) == NULL)
    return NULL;
  if (person != NULL && (c = find_cluster (p, person)) == NULL)
    {
      set_not_found (error, person);
      return NULL;
    }
  stmt = prepare (self, tag == NULL
                  ? "SELECT article, kind, date, start, end, label, status, place, who, names "
                    "FROM x_events WHERE date IS NOT NULL AND (?2 IS NULL OR kind = ?2) "
                    "AND (?3 = 0 OR article = ?3) ORDER BY date, article, start"
                  : "SELECT article, kind, date, start, end, label, status, place, who, names "
                    "FROM x_events WHERE date IS NOT NULL AND (?2 IS NULL OR kind = ?2) "
                    "AND (?3 = 0 OR article = ?3) AND article IN " TAG_ARTICLES
                    " ORDER BY date, article, start", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, tag);
  bind_text (stmt, 2, kind);
  sqlite3_bind_int64 (stmt, 3, article_id);
  /* the articles that name the person or country */
  if (c != NULL || country != NULL)
    for (guint i = 0; i < p->occs->len; i++)
      {
        Occ *o = g_ptr_array_index (p->occs, i);

        if (c != NULL ? o->cluster == c : g_utf8_collate (o->cluster->name, country) == 0)
          g_hash_table_add (naming, &o->article);
      }
  json_builder_begin_array (b);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 article = sqlite3_column_int64 (stmt, 0);
      const char *event_kind = (const char *) sqlite3_column_text (stmt, 1);
      const char *date = (const char *) sqlite3_column_text (stmt, 2);
      const char *who = (const char *) sqlite3_column_text (stmt, 8);
      const char *names = (const char *) sqlite3_column_text (stmt, 9);
      const char *place = (const char *) sqlite3_column_text (stmt, 7);
      g_autoptr (JsonNode) people_node = NULL;
      g_autofree char *label = NULL;
      g_autofree char *signature = NULL;
      JsonArray *also;

      if (!event_about (p, article, who, names, place, c, country)
          && !(g_str_equal (event_kind, "article") && g_hash_table_contains (naming, &article)))
        continue;
      people_node = meeting_people (p, article, who, names, NULL);
      if (g_str_equal (event_kind, "meeting"))
        {
          JsonArray *list = json_node_get_array (people_node);
          g_autoptr (GPtrArray) sorted = g_ptr_array_new ();
          GString *l = g_string_new (NULL);
          GString *sig = g_string_new (date);

          for (guint i = 0; i < json_array_get_length (list); i++)
            {
              const char *name = json_array_get_string_element (list, i);

              if (i > 0)
                g_string_append (l, i + 1 == json_array_get_length (list) ? _(" and ") : ", ");
              g_string_append (l, name);
              g_ptr_array_add (sorted, (gpointer) name);
            }
          if (place != NULL)
            g_string_append_printf (l, _(", in %s"), place);
          label = g_string_free (l, FALSE);
          /* one meeting reported by several articles is one event */
          g_ptr_array_sort (sorted, compare_strings);
          for (guint i = 0; i < sorted->len; i++)
            g_string_append_printf (sig, "\n%s", (char *) g_ptr_array_index (sorted, i));
          signature = g_string_free (sig, FALSE);
          if ((also = g_hash_table_lookup (seen, signature)) != NULL)
            {
              json_array_add_int_element (also, article);
              continue;
            }
        }
      json_builder_begin_object (b);
      add_string_member (b, "date", date);
      add_string_member (b, "kind", event_kind);
      add_article_members (b, p, article);
      add_int_member (b, "start", sqlite3_column_int64 (stmt, 3));
      add_int_member (b, "end", sqlite3_column_int64 (stmt, 4));
      add_string_member (b, "label", label != NULL ? label : (const char *) sqlite3_column_text (stmt, 5));
      add_string_member (b, "status", (const char *) sqlite3_column_text (stmt, 6));
      add_string_member (b, "place", place);
      json_builder_set_member_name (b, "people");
      json_builder_add_value (b, g_steal_pointer (&people_node));
      /* the other articles that report the same meeting */
      json_builder_set_member_name (b, "also_in");
      also = json_array_new ();
      if (signature != NULL)
        g_hash_table_insert (seen, g_steal_pointer (&signature), also);
      json_builder_add_value (b, json_node_init_array (json_node_alloc (), also));
      json_array_unref (also);   /* the event holds it; the table only points to it */
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  if (rc != SQLITE_DONE)
    {
      _byline_store_set_db_error (self, error, rc, _("read the library"));
      return NULL;
    }
  return json_builder_get_root (b);
}

/**
 * byline_store_timeline:
 * @person: (nullable): only events with this person in them
 * @country: (nullable): only events in, or with people of, this country
 * @kind: (nullable): "article", "meeting" or "claim"
 *
 * Returns: an array of dated events {date, kind, article, title, dateline,
 *   start, end, label, status, place, people[], also_in[]} sorted by date,
 *   then by article and place in it; events with no date are left out. One
 *   meeting (the same people on the same date) reported by several articles
 *   is one event, its other articles in also_in
 */
JsonNode *
byline_store_timeline (BylineStore *self,
                       const char  *tag,
                       const char  *person,
                       const char  *country,
                       const char  *kind,
                       GError     **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  return timeline (self, tag, 0, person, country, kind, error);
}

/**
 * byline_store_article_timeline:
 *
 * Returns: the dated events of one article, as byline_store_timeline ()
 */
JsonNode *
byline_store_article_timeline (BylineStore *self,
                               gint64       article,
                               GError     **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  return timeline (self, NULL, article, NULL, NULL, NULL, error);
}

typedef struct
{
  guint      a, b;        /* node indexes, a < b */
  GPtrArray *meetings;    /* JsonNode */
} Link;

static void
link_free (Link *l)
{
  g_ptr_array_unref (l->meetings);
  g_free (l);
}

/**
 * byline_store_meetings_graph:
 *
 * Returns: {nodes: [{id, key, name, type, meetings}], links: [{source,
 *   target, count, first, last, meetings: [{article, title, dateline, date,
 *   status, place, start, end, evidence}]}]}: people, organisations and
 *   countries, linked by the meetings they had
 */
JsonNode *
byline_store_meetings_graph (BylineStore *self,
                             const char  *tag,
                             GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GHashTable) node_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) node_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) node_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) node_types = g_ptr_array_new ();
  g_autoptr (GArray) node_meetings = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr (GHashTable) links = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        (GDestroyNotify) link_free);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  g_autoptr (JsonBuilder) b = json_builder_new ();
  int rc;

  g_return_val_if_fail (self != NULL, NULL);

  if ((p = _byline_people_load (self, tag, error)) == NULL)
    return NULL;
  stmt = prepare (self, tag == NULL
                  ? "SELECT article, date, status, place, who, names, start, end, passage "
                    "FROM x_events WHERE kind = 'meeting' ORDER BY date, article, start"
                  : "SELECT article, date, status, place, who, names, start, end, passage "
                    "FROM x_events WHERE kind = 'meeting' AND article IN " TAG_ARTICLES
                    " ORDER BY date, article, start", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, tag);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 article = sqlite3_column_int64 (stmt, 0);
      g_auto (GStrv) eids = g_strsplit ((const char *) sqlite3_column_text (stmt, 4), " ", -1);
      g_auto (GStrv) names = g_strsplit ((const char *) sqlite3_column_text (stmt, 5), "\n", -1);
      g_autoptr (GArray) nodes = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr (JsonNode) meeting = NULL;
      JsonObject *m;

      for (guint i = 0; eids[i] != NULL && *eids[i] != '\0'; i++)
        {
          Occ *o = people_lookup (p, article, eids[i]);
          const char *written = g_strv_length (names) > i ? names[i] : "";
          g_autofree char *key = o != NULL ? g_strconcat (o->cluster->type, "\t", o->cluster->key, NULL)
                                           : g_strconcat ("\t", written, NULL);
          gpointer found;
          guint n;

          if (o == NULL && *written == '\0')
            continue;
          if (g_hash_table_lookup_extended (node_index, key, NULL, &found))
            n = GPOINTER_TO_UINT (found);
          else
            {
              guint zero = 0;

              n = node_names->len;
              g_hash_table_insert (node_index, g_strdup (key), GUINT_TO_POINTER (n));
              g_ptr_array_add (node_names, g_strdup (o != NULL ? o->cluster->name : written));
              g_ptr_array_add (node_keys, o != NULL ? g_strdup (o->cluster->key)
                                                    : byline_people_fold_name (written, "ORG"));
              g_ptr_array_add (node_types, o != NULL ? o->cluster->type : (char *) "");
              g_array_append_val (node_meetings, zero);
            }
          for (guint k = 0; k < nodes->len; k++)
            if (g_array_index (nodes, guint, k) == n)
              goto seen;
          g_array_append_val (nodes, n);
          g_array_index (node_meetings, guint, n)++;
seen:
          ;
        }
      if (nodes->len < 2)
        continue;
      /* (an object made directly: a builder each costs more than the rest) */
      m = json_object_new ();
      {
        const ArticleInfo *info = people_article (p, article);

        json_object_set_int_member (m, "article", article);
        set_string (m, "title", info != NULL ? info->title : NULL);
        set_string (m, "dateline", info != NULL ? info->dateline : NULL);
      }
      set_string (m, "date", (const char *) sqlite3_column_text (stmt, 1));
      set_string (m, "status", (const char *) sqlite3_column_text (stmt, 2));
      set_string (m, "place", (const char *) sqlite3_column_text (stmt, 3));
      json_object_set_int_member (m, "start", sqlite3_column_int64 (stmt, 6));
      json_object_set_int_member (m, "end", sqlite3_column_int64 (stmt, 7));
      set_string (m, "evidence", (const char *) sqlite3_column_text (stmt, 8));
      meeting = json_node_init_object (json_node_alloc (), m);
      json_object_unref (m);
      for (guint i = 0; i < nodes->len; i++)
        for (guint j = i + 1; j < nodes->len; j++)
          {
            guint x = MIN (g_array_index (nodes, guint, i), g_array_index (nodes, guint, j));
            guint y = MAX (g_array_index (nodes, guint, i), g_array_index (nodes, guint, j));
            gint64 pair = ((gint64) x << 32) | y;
            Link *l = g_hash_table_lookup (links, &pair);

            if (l == NULL)
              {
                l = g_new0 (Link, 1);
                l->a = x, l->b = y;
                l->meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
                g_hash_table_insert (links, g_memdup2 (&pair, sizeof pair), l);
                g_ptr_array_add (order, l);
              }
            g_ptr_array_add (l->meetings, json_node_ref (meeting));
          }
    }
  if (rc != SQLITE_DONE)
    {
      _byline_store_set_db_error (self, error, rc, _("read the library"));
      return NULL;
    }
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "nodes");
  json_builder_begin_array (b);
  for (guint i = 0; i < node_names->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i + 1);

      json_builder_begin_object (b);
      add_string_member (b, "id", id);
      add_string_member (b, "key", g_ptr_array_index (node_keys, i));
      add_string_member (b, "name", g_ptr_array_index (node_names, i));
      add_string_member (b, "type", g_ptr_array_index (node_types, i));
      add_int_member (b, "meetings", g_array_index (node_meetings, guint, i));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "links");
  json_builder_begin_array (b);
  for (guint i = 0; i < order->len; i++)
    {
      Link *l = g_ptr_array_index (order, i);
      g_autofree char *source = g_strdup_printf ("n%u", l->a + 1);
      g_autofree char *target = g_strdup_printf ("n%u", l->b + 1);
      g_autoptr (JsonNode) meetings = sorted_array (l->meetings);
      JsonArray *sorted = json_node_get_array (meetings);
      const char *first = NULL, *last = NULL;

      for (guint k = 0; k < json_array_get_length (sorted); k++)
        {
          const char *date = get_string (array_object (sorted, k), "date");

          if (date != NULL && first == NULL)
            first = date;
          if (date != NULL)
            last = date;
        }
      json_builder_begin_object (b);
      add_string_member (b, "source", source);
      add_string_member (b, "target", target);
      add_int_member (b, "count", l->meetings->len);
      add_string_member (b, "first", first);
      add_string_member (b, "last", last);
      json_builder_set_member_name (b, "meetings");
      json_builder_add_value (b, json_node_ref (meetings));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
