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

#include "byline-people.h"
#include "byline-store-private.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* Bumped when what is indexed changes, so that articles are indexed again */
#define INDEX_REVISION "x1"

/* Articles indexed in one transaction */
#define INDEX_BATCH 64

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

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

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

static sqlite3_stmt *
prepare (BylineStore *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (_byline_store_get_db (self), sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _byline_store_set_error (self, error, rc, _("read the library"));
      sqlite3_finalize (stmt);
      return NULL;
    }
  return stmt;
}

static gboolean
run (BylineStore  *self,
     sqlite3_stmt *stmt,
     GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;
  _byline_store_set_error (self, error, rc, _("write to the library"));
  return FALSE;
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

/* Indexing */

static const char *
get_string (JsonObject *obj,
            const char *member)
{
  JsonNode *node = obj != NULL ? json_object_get_member (obj, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node)
         && json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

static gint64
get_int (JsonObject *obj,
         const char *member)
{
  JsonNode *node = obj != NULL ? json_object_get_member (obj, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_int (node) : 0;
}

static JsonArray *
get_array (JsonObject *obj,
           const char *member)
{
  JsonNode *node = obj != NULL ? json_object_get_member (obj, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
get_object (JsonObject *obj,
            const char *member)
{
  JsonNode *node = obj != NULL ? json_object_get_member (obj, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonObject *
array_object (JsonArray *array,
              guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static gboolean
indexed_type (const char *type)
{
  return type != NULL && (g_str_equal (type, "PERSON") || g_str_equal (type, "ORG")
                          || g_str_equal (type, "PLACE") || g_str_equal (type, "NORP"));
}

/* Code point offsets to bytes: every offset the analysis gives (quotes,
 * meeting evidence, claims and their loaded words), sorted, then found in
 * one walk over the text; a lookup is a binary search. Linear in the text
 * whatever order the spans come in. */
typedef struct
{
  const char *text;
  gsize       len;
  GArray     *offsets;   /* gint64, sorted, each once */
  GArray     *bytes;     /* gsize: where each offset is in the text */
} Spans;

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

static void
spans_init (Spans      *s,
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

static void
spans_clear (Spans *s)
{
  g_clear_pointer (&s->offsets, g_array_unref);
  g_clear_pointer (&s->bytes, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Spans, spans_clear)

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

static char *
span_text (Spans  *s,
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
  spans_init (&spans, article->text, root);

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
      g_autofree char *text = span_text (&spans, start, end);

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
      passage = span_text (&spans, start, end);
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
        passage = span_text (&spans, start, end);
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

static void
people_free (People *p)
{
  g_clear_pointer (&p->by_ref, g_hash_table_unref);
  g_clear_pointer (&p->articles, g_hash_table_unref);
  g_clear_pointer (&p->clusters, g_ptr_array_unref);
  g_clear_pointer (&p->all, g_ptr_array_unref);
  g_clear_pointer (&p->occs, g_ptr_array_unref);
  g_clear_pointer (&p->strings, g_string_chunk_free);
  g_free (p);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (People, people_free)

/* An entity of an article as one number: the article in the high bits, the
 * entity's number ("e12") in the low 24; -1 for an id of another shape */
static gint64
ref_of (gint64      article,
        const char *eid)
{
  guint64 n;

  if (eid == NULL || eid[0] != 'e' || !g_ascii_string_to_unsigned (eid + 1, 10, 0, (1 << 24) - 1, &n, NULL))
    return -1;
  return (article << 24) | (gint64) n;
}

static Occ *
people_lookup (People     *p,
               gint64      article,
               const char *eid)
{
  gint64 ref = ref_of (article, eid);

  return ref >= 0 ? g_hash_table_lookup (p->by_ref, &ref) : NULL;
}

static const ArticleInfo *
people_article (People *p,
                gint64  article)
{
  return g_hash_table_lookup (p->articles, &article);
}

/* "WHERE article IN (...)" for a tag: the articles with the tag on them or
 * on one of their notes */
#define TAG_ARTICLES \
  "(SELECT at.article FROM article_tags at JOIN tags t ON t.id = at.tag WHERE t.name = ?1 " \
  " UNION SELECT n.article FROM notes n JOIN note_tags nt ON nt.note = n.id " \
  " JOIN tags t ON t.id = nt.tag WHERE t.name = ?1)"

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

static People *
load_people (BylineStore *self,
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
      _byline_store_set_error (self, error, rc, _("read the library"));
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

static void
add_int_member (JsonBuilder *b,
                const char  *name,
                gint64       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
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

  if ((p = load_people (self, tag, error)) == NULL)
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

  if ((p = load_people (self, NULL, error)) == NULL)
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
  if ((p = load_people (self, NULL, error)) == NULL)
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
  if ((p = load_people (self, NULL, error)) == NULL)
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

  if ((p = load_people (self, tag, error)) == NULL)
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
      _byline_store_set_error (self, error, rc, _("read the library"));
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

  if ((p = load_people (self, tag, error)) == NULL)
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
      _byline_store_set_error (self, error, rc, _("read the library"));
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

/* Two reports side by side */

static const char *const common_words[] = {
  "about", "after", "also", "been", "before", "from", "had", "have", "into", "over", "said",
  "says", "such", "than", "that", "their", "them", "then", "there", "they", "this", "told",
  "were", "what", "when", "which", "will", "with", "would",
};

/* The content words of a passage, folded: what two reports of one claim share */
static GHashTable *
claim_words (const char *passage)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *folded = byline_people_fold_name (passage, "ORG");
  g_auto (GStrv) split = g_strsplit (folded, " ", -1);

  for (guint i = 0; split[i] != NULL; i++)
    {
      const char *w = split[i];
      gsize len = strlen (w);

      if (len < 4 || bsearch (&w, common_words, G_N_ELEMENTS (common_words), sizeof common_words[0],
                              compare_strings) != NULL)
        continue;
      /* a plural or past tense counts as its stem: "talks", "financed" */
      if (len > 4 && w[len - 1] == 's')
        len--;
      else if (len > 5 && g_str_has_suffix (w, "ed"))
        len -= w[len - 3] == 'e' ? 1 : 2;
      g_hash_table_add (words, g_strndup (w, len));
    }
  return words;
}

typedef struct
{
  gint64      id;
  JsonNode   *analysis;
  JsonObject *root;
  char       *text;
  char       *title;
  char       *dateline;
  GPtrArray  *claim_texts;   /* char * */
  GPtrArray  *claim_words;   /* GHashTable */
  GHashTable *keys;          /* entry -> mentions, for the entries it names */
  Spans       spans;         /* its offsets in bytes */
} Side;

static void
side_clear (Side *s)
{
  g_clear_pointer (&s->analysis, json_node_unref);
  g_clear_pointer (&s->text, g_free);
  g_clear_pointer (&s->title, g_free);
  g_clear_pointer (&s->dateline, g_free);
  g_clear_pointer (&s->claim_texts, g_ptr_array_unref);
  g_clear_pointer (&s->claim_words, g_ptr_array_unref);
  g_clear_pointer (&s->keys, g_hash_table_unref);
  spans_clear (&s->spans);
}

static gboolean
side_load (BylineStore *self,
           People      *p,
           gint64       id,
           Side        *s,
           GError     **error)
{
  g_autoptr (BylineArticle) article = byline_store_get_article (self, id, error);
  JsonArray *claims;

  if (article == NULL)
    return FALSE;
  s->id = id;
  s->analysis = byline_store_dup_analysis (self, id, TRUE, error);
  if (s->analysis == NULL)
    return FALSE;
  s->root = json_node_get_object (s->analysis);
  s->text = g_steal_pointer (&article->text);
  s->title = g_strdup (article->title);
  s->dateline = g_strdup (article->dateline);
  s->claim_texts = g_ptr_array_new_with_free_func (g_free);
  s->claim_words = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  spans_init (&s->spans, s->text, s->root);
  claims = get_array (s->root, "claims");
  for (guint i = 0; claims != NULL && i < json_array_get_length (claims); i++)
    {
      JsonObject *c = array_object (claims, i);
      char *passage = span_text (&s->spans, get_int (c, "start"), get_int (c, "end"));

      g_ptr_array_add (s->claim_texts, passage);
      g_ptr_array_add (s->claim_words, claim_words (passage));
    }
  s->keys = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < p->occs->len; i++)
    {
      Occ *o = g_ptr_array_index (p->occs, i);

      if (o->article == id && !g_str_equal (o->type, "NORP"))
        g_hash_table_insert (s->keys, o->cluster,
                             GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (s->keys, o->cluster))
                                              + o->mentions));
    }
  return TRUE;
}

static const char *const attributions[] = {
  "named_person", "named_org", "state_media", "media", "anonymous", "unattributed",
};

/* One side's sourcing: who it quotes, on whose authority its claims rest,
 * its loaded words */
static void
add_sourcing (JsonBuilder *b,
              Side        *s)
{
  JsonArray *quotes = get_array (s->root, "quotes");
  JsonArray *claims = get_array (s->root, "claims");
  JsonObject *doc = get_object (s->root, "document");
  g_autoptr (GHashTable) voices = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) voice_order = g_ptr_array_new ();
  g_autoptr (GHashTable) loaded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) loaded_order = g_ptr_array_new ();
  int counts[G_N_ELEMENTS (attributions)] = { 0 };
  int hedged = 0;
  const char *outlet = get_string (get_object (doc, "outlet"), "name");

  add_int_member (b, "id", s->id);
  add_string_member (b, "title", s->title);
  add_string_member (b, "dateline", s->dateline);
  add_string_member (b, "outlet", outlet != NULL ? outlet : get_string (doc, "wire_agency"));

  json_builder_set_member_name (b, "quotes");
  json_builder_begin_array (b);
  for (guint i = 0; quotes != NULL && i < json_array_get_length (quotes); i++)
    {
      JsonObject *q = array_object (quotes, i);
      const char *speaker = get_string (q, "speaker_name");
      g_autofree char *text = span_text (&s->spans, get_int (q, "start"), get_int (q, "end"));

      if (speaker == NULL)
        speaker = "?";
      if (!g_hash_table_contains (voices, speaker))
        g_ptr_array_add (voice_order, (gpointer) speaker);
      g_hash_table_insert (voices, (gpointer) speaker,
                           GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (voices, speaker)) + 1));
      json_builder_begin_object (b);
      add_string_member (b, "speaker", speaker);
      add_string_member (b, "kind", get_string (q, "kind"));
      add_string_member (b, "text", text);
      add_string_member (b, "via", get_string (get_object (q, "via"), "name"));
      add_int_member (b, "start", get_int (q, "start"));
      add_int_member (b, "end", get_int (q, "end"));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "voices");
  json_builder_begin_array (b);
  for (guint i = 0; i < voice_order->len; i++)
    {
      const char *name = g_ptr_array_index (voice_order, i);

      json_builder_begin_object (b);
      add_string_member (b, "name", name);
      add_int_member (b, "quotes", GPOINTER_TO_INT (g_hash_table_lookup (voices, name)));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  for (guint i = 0; claims != NULL && i < json_array_get_length (claims); i++)
    {
      JsonObject *c = array_object (claims, i);
      const char *attribution = get_string (c, "attribution");
      JsonArray *words = get_array (c, "loaded");
      JsonArray *hedges = get_array (c, "hedges");

      for (guint k = 0; attribution != NULL && k < G_N_ELEMENTS (attributions); k++)
        if (g_str_equal (attribution, attributions[k]))
          counts[k]++;
      if (hedges != NULL && json_array_get_length (hedges) > 0)
        hedged++;
      for (guint k = 0; words != NULL && k < json_array_get_length (words); k++)
        {
          JsonObject *w = array_object (words, k);
          char *word = span_text (&s->spans, get_int (w, "start"), get_int (w, "end"));

          if (g_hash_table_add (loaded, word))
            g_ptr_array_add (loaded_order, word);
        }
    }
  json_builder_set_member_name (b, "claims_by_attribution");
  json_builder_begin_object (b);
  for (guint k = 0; k < G_N_ELEMENTS (attributions); k++)
    add_int_member (b, attributions[k], counts[k]);
  json_builder_end_object (b);
  add_int_member (b, "claims", claims != NULL ? json_array_get_length (claims) : 0);
  add_int_member (b, "hedged_claims", hedged);
  json_builder_set_member_name (b, "loaded_words");
  json_builder_begin_array (b);
  for (guint i = 0; i < loaded_order->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (loaded_order, i));
  json_builder_end_array (b);
}

/* For each claim of @a, the claim of @b that reports the same thing, or -1:
 * the most content words in common, at least three and half the shorter
 * claim's; found through an index of @b's words, not by trying every pair */
static GArray *
align_claims (Side *a,
              Side *b)
{
  g_autoptr (GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_array_unref);
  GArray *match = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GArray) taken = g_array_new (FALSE, TRUE, sizeof (gboolean));

  g_array_set_size (taken, b->claim_words->len);
  for (guint j = 0; j < b->claim_words->len; j++)
    {
      GHashTableIter iter;
      gpointer word;

      g_hash_table_iter_init (&iter, g_ptr_array_index (b->claim_words, j));
      while (g_hash_table_iter_next (&iter, &word, NULL))
        {
          GArray *list = g_hash_table_lookup (index, word);

          if (list == NULL)
            g_hash_table_insert (index, word, list = g_array_new (FALSE, FALSE, sizeof (guint)));
          g_array_append_val (list, j);
        }
    }
  for (guint i = 0; i < a->claim_words->len; i++)
    {
      GHashTable *words = g_ptr_array_index (a->claim_words, i);
      g_autoptr (GHashTable) shared = g_hash_table_new (g_direct_hash, g_direct_equal);
      GHashTableIter iter;
      gpointer word, key, value;
      int best = -1;
      double best_score = 0;

      g_hash_table_iter_init (&iter, words);
      while (g_hash_table_iter_next (&iter, &word, NULL))
        {
          GArray *list = g_hash_table_lookup (index, word);

          for (guint k = 0; list != NULL && k < list->len; k++)
            {
              guint j = g_array_index (list, guint, k);

              g_hash_table_insert (shared, GUINT_TO_POINTER (j + 1),
                                   GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (shared, GUINT_TO_POINTER (j + 1))) + 1));
            }
        }
      g_hash_table_iter_init (&iter, shared);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          guint j = GPOINTER_TO_UINT (key) - 1;
          guint n = GPOINTER_TO_UINT (value);
          guint shorter = MIN (g_hash_table_size (words),
                               g_hash_table_size (g_ptr_array_index (b->claim_words, j)));
          double score = (double) n / MAX (shorter, 1);

          if (n >= 3 && score >= 0.5 && !g_array_index (taken, gboolean, j)
              && (score > best_score || (score == best_score && (int) j < best)))
            best = j, best_score = score;
        }
      if (best >= 0)
        g_array_index (taken, gboolean, best) = TRUE;
      g_array_append_val (match, best);
    }
  return match;
}

static void
add_claim (JsonBuilder *b,
           Side        *s,
           int          i)
{
  JsonObject *c;

  if (i < 0)
    {
      json_builder_add_null_value (b);
      return;
    }
  c = array_object (get_array (s->root, "claims"), i);
  json_builder_begin_object (b);
  add_string_member (b, "text", g_ptr_array_index (s->claim_texts, i));
  add_string_member (b, "attribution", get_string (c, "attribution"));
  add_string_member (b, "source", get_string (c, "source_name"));
  add_int_member (b, "start", get_int (c, "start"));
  add_int_member (b, "end", get_int (c, "end"));
  json_builder_end_object (b);
}

/* A meeting's people as the entries they are, sorted: two reports of one
 * meeting name the same set */
static char *
meeting_signature (People     *p,
                   gint64      article,
                   JsonObject *m)
{
  JsonArray *participants = get_array (m, "participants");
  g_autoptr (GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  GString *sig = g_string_new (NULL);

  for (guint i = 0; participants != NULL && i < json_array_get_length (participants); i++)
    {
      JsonObject *part = array_object (participants, i);
      Occ *o = people_lookup (p, article, get_string (part, "entity"));

      g_ptr_array_add (keys, o != NULL ? g_strdup (o->cluster->key)
                                       : byline_people_fold_name (get_string (part, "name"), "ORG"));
    }
  g_ptr_array_sort (keys, compare_strings);
  for (guint i = 0; i < keys->len; i++)
    g_string_append_printf (sig, "%s\n", (char *) g_ptr_array_index (keys, i));
  return g_string_free (sig, FALSE);
}

static void
add_meeting_side (JsonBuilder *b,
                  Side        *s,
                  JsonObject  *m)
{
  JsonArray *evidence;
  JsonObject *first;
  g_autofree char *passage = NULL;

  if (m == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }
  evidence = get_array (m, "evidence");
  first = evidence != NULL && json_array_get_length (evidence) > 0 ? array_object (evidence, 0) : NULL;
  passage = span_text (&s->spans, get_int (first, "start"), get_int (first, "end"));
  json_builder_begin_object (b);
  add_string_member (b, "date", get_string (m, "date"));
  add_string_member (b, "status", get_string (m, "status"));
  add_string_member (b, "place", get_string (get_object (m, "place"), "name"));
  add_int_member (b, "start", get_int (first, "start"));
  add_int_member (b, "end", get_int (first, "end"));
  add_string_member (b, "evidence", passage);
  json_builder_end_object (b);
}

static void
add_meeting_names (JsonBuilder *b,
                   People      *p,
                   gint64       article,
                   JsonObject  *m)
{
  JsonArray *participants = get_array (m, "participants");

  json_builder_begin_array (b);
  for (guint i = 0; participants != NULL && i < json_array_get_length (participants); i++)
    {
      JsonObject *part = array_object (participants, i);
      Occ *o = people_lookup (p, article, get_string (part, "entity"));

      json_builder_add_string_value (b, o != NULL ? o->cluster->name : get_string (part, "name"));
    }
  json_builder_end_array (b);
}

/* The meetings of both, aligned: those of one people on one date (or with
 * no date on one side) together, then each side's own */
static void
add_meetings (JsonBuilder *b,
              People      *p,
              Side        *a,
              Side        *s)
{
  JsonArray *ma = get_array (a->root, "meetings");
  JsonArray *mb = get_array (s->root, "meetings");
  guint na = ma != NULL ? json_array_get_length (ma) : 0;
  guint nb = mb != NULL ? json_array_get_length (mb) : 0;
  g_autoptr (GPtrArray) sig_b = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) taken = g_array_new (FALSE, TRUE, sizeof (gboolean));

  g_array_set_size (taken, nb);
  for (guint j = 0; j < nb; j++)
    g_ptr_array_add (sig_b, meeting_signature (p, s->id, array_object (mb, j)));
  json_builder_begin_array (b);
  for (guint i = 0; i < na; i++)
    {
      JsonObject *m = array_object (ma, i);
      g_autofree char *sig = meeting_signature (p, a->id, m);
      const char *date = get_string (m, "date");
      JsonObject *other = NULL;

      for (guint j = 0; j < nb && other == NULL; j++)
        {
          const char *other_date = get_string (array_object (mb, j), "date");

          if (!g_array_index (taken, gboolean, j) && g_str_equal (sig, g_ptr_array_index (sig_b, j))
              && (date == NULL || other_date == NULL || g_str_equal (date, other_date)))
            {
              other = array_object (mb, j);
              g_array_index (taken, gboolean, j) = TRUE;
            }
        }
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "people");
      add_meeting_names (b, p, a->id, m);
      json_builder_set_member_name (b, "a");
      add_meeting_side (b, a, m);
      json_builder_set_member_name (b, "b");
      add_meeting_side (b, s, other);
      json_builder_end_object (b);
    }
  for (guint j = 0; j < nb; j++)
    {
      if (g_array_index (taken, gboolean, j))
        continue;
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "people");
      add_meeting_names (b, p, s->id, array_object (mb, j));
      json_builder_set_member_name (b, "a");
      json_builder_add_null_value (b);
      json_builder_set_member_name (b, "b");
      add_meeting_side (b, s, array_object (mb, j));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* The entries one side names and the other does not */
static void
add_only_people (JsonBuilder *b,
                 People      *p,
                 Side        *s,
                 Side        *other)
{
  json_builder_begin_array (b);
  for (guint i = 0; i < p->clusters->len; i++)
    {
      Cluster *c = g_ptr_array_index (p->clusters, i);

      if (g_hash_table_contains (s->keys, c) && !g_hash_table_contains (other->keys, c))
        json_builder_add_string_value (b, c->name);
    }
  json_builder_end_array (b);
}

/**
 * byline_store_compare:
 *
 * Two reports side by side.
 *
 * Returns: {articles: [A, B] each {id, title, dateline, outlet, quotes[]
 *   {speaker, kind, text, via, start, end}, voices[] {name, quotes},
 *   claims_by_attribution {named_person, named_org, state_media, media,
 *   anonymous, unattributed}, claims, hedged_claims, loaded_words[]},
 *   shared_people[] {name, type, mentions [a, b]}, only_people [[a's], [b's]],
 *   meetings[] {people[], a, b} (a or b null when only the other reports it),
 *   claims[] {a, b} (each {text, attribution, source, start, end} or null):
 *   A's claims in order, each with the claim of B that reports the same, then
 *   B's own}
 */
JsonNode *
byline_store_compare (BylineStore *self,
                      gint64       a,
                      gint64       b,
                      GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (JsonBuilder) jb = json_builder_new ();
  g_autoptr (GArray) match = NULL;
  g_autoptr (GArray) matched = NULL;
  Side sa = { 0 }, sb = { 0 };
  JsonNode *result = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if ((p = load_people (self, NULL, error)) == NULL)
    return NULL;
  if (!side_load (self, p, a, &sa, error) || !side_load (self, p, b, &sb, error))
    goto out;

  json_builder_begin_object (jb);
  json_builder_set_member_name (jb, "articles");
  json_builder_begin_array (jb);
  json_builder_begin_object (jb);
  add_sourcing (jb, &sa);
  json_builder_end_object (jb);
  json_builder_begin_object (jb);
  add_sourcing (jb, &sb);
  json_builder_end_object (jb);
  json_builder_end_array (jb);

  json_builder_set_member_name (jb, "shared_people");
  json_builder_begin_array (jb);
  for (guint i = 0; i < p->clusters->len; i++)
    {
      Cluster *c = g_ptr_array_index (p->clusters, i);

      if (!g_hash_table_contains (sa.keys, c) || !g_hash_table_contains (sb.keys, c))
        continue;
      json_builder_begin_object (jb);
      add_string_member (jb, "name", c->name);
      add_string_member (jb, "type", c->type);
      json_builder_set_member_name (jb, "mentions");
      json_builder_begin_array (jb);
      json_builder_add_int_value (jb, GPOINTER_TO_INT (g_hash_table_lookup (sa.keys, c)));
      json_builder_add_int_value (jb, GPOINTER_TO_INT (g_hash_table_lookup (sb.keys, c)));
      json_builder_end_array (jb);
      json_builder_end_object (jb);
    }
  json_builder_end_array (jb);
  json_builder_set_member_name (jb, "only_people");
  json_builder_begin_array (jb);
  add_only_people (jb, p, &sa, &sb);
  add_only_people (jb, p, &sb, &sa);
  json_builder_end_array (jb);

  json_builder_set_member_name (jb, "meetings");
  add_meetings (jb, p, &sa, &sb);

  match = align_claims (&sa, &sb);
  matched = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_array_set_size (matched, sb.claim_words->len);
  json_builder_set_member_name (jb, "claims");
  json_builder_begin_array (jb);
  for (guint i = 0; i < match->len; i++)
    {
      int j = g_array_index (match, int, i);

      if (j >= 0)
        g_array_index (matched, gboolean, j) = TRUE;
      json_builder_begin_object (jb);
      json_builder_set_member_name (jb, "a");
      add_claim (jb, &sa, i);
      json_builder_set_member_name (jb, "b");
      add_claim (jb, &sb, j);
      json_builder_end_object (jb);
    }
  for (guint j = 0; j < matched->len; j++)
    {
      if (g_array_index (matched, gboolean, j))
        continue;
      json_builder_begin_object (jb);
      json_builder_set_member_name (jb, "a");
      add_claim (jb, &sa, -1);
      json_builder_set_member_name (jb, "b");
      add_claim (jb, &sb, j);
      json_builder_end_object (jb);
    }
  json_builder_end_array (jb);
  json_builder_end_object (jb);
  result = json_builder_get_root (jb);
out:
  side_clear (&sa);
  side_clear (&sb);
  return result;
}

static int
compare_sides (gconstpointer a,
               gconstpointer b)
{
  const Side *x = *(Side *const *) a, *y = *(Side *const *) b;
  int c = g_strcmp0 (x->dateline != NULL ? x->dateline : "~", y->dateline != NULL ? y->dateline : "~");

  return c != 0 ? c : (x->id > y->id) - (x->id < y->id);
}

static void
side_free (Side *s)
{
  side_clear (s);
  g_free (s);
}

typedef struct
{
  JsonObject *meeting;   /* the first report's, borrowed */
  gint64      article;
  GArray     *articles;  /* gint64 */
} SharedMeeting;

static void
shared_meeting_free (SharedMeeting *m)
{
  g_array_unref (m->articles);
  g_free (m);
}

static int
compare_shared_meetings (gconstpointer a,
                         gconstpointer b)
{
  const SharedMeeting *x = *(SharedMeeting *const *) a, *y = *(SharedMeeting *const *) b;

  return (int) y->articles->len - (int) x->articles->len;
}

typedef struct
{
  Cluster *cluster;
  GArray  *ids;   /* gint64: the articles naming it */
} Named;

static void
named_free (Named *n)
{
  g_array_unref (n->ids);
  g_free (n);
}

static int
compare_named (gconstpointer a,
               gconstpointer b)
{
  const Named *x = *(Named *const *) a, *y = *(Named *const *) b;

  return (int) y->ids->len - (int) x->ids->len;
}

/**
 * byline_store_compare_tag:
 *
 * A tag's reports side by side: each one's sourcing, the meetings and the
 * people they report.
 *
 * Returns: {tag, articles: [sourcing as in byline_store_compare (), oldest
 *   first], meetings: [{people[], date, place, status, articles[]}] (those
 *   reported by most articles first), people: [{name, type, articles[]}]
 *   (those named by two articles or more, most first)}
 */
JsonNode *
byline_store_compare_tag (BylineStore *self,
                          const char  *tag,
                          GError     **error)
{
  g_autoptr (People) p = NULL;
  g_autoptr (GPtrArray) sides = g_ptr_array_new_with_free_func ((GDestroyNotify) side_free);
  g_autoptr (GHashTable) meetings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify) shared_meeting_free);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (tag != NULL, NULL);

  /* the entries of the whole library, so that a name is the same as elsewhere */
  if ((p = load_people (self, NULL, error)) == NULL)
    return NULL;
  stmt = prepare (self, "SELECT id FROM articles WHERE id IN " TAG_ARTICLES, error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, tag);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Side *s = g_new0 (Side, 1);

      g_ptr_array_add (sides, s);
      if (!side_load (self, p, sqlite3_column_int64 (stmt, 0), s, error))
        return NULL;
    }
  if (rc != SQLITE_DONE)
    {
      _byline_store_set_error (self, error, rc, _("read the library"));
      return NULL;
    }
  if (sides->len < 2)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("fewer than two articles have the tag “%s”"), tag);
      return NULL;
    }
  g_ptr_array_sort (sides, compare_sides);

  /* the meetings: one entry for the same people on the same date */
  for (guint i = 0; i < sides->len; i++)
    {
      Side *s = g_ptr_array_index (sides, i);
      JsonArray *list = get_array (s->root, "meetings");

      for (guint j = 0; list != NULL && j < json_array_get_length (list); j++)
        {
          JsonObject *m = array_object (list, j);
          g_autofree char *sig = meeting_signature (p, s->id, m);
          char *full = g_strconcat (get_string (m, "date") != NULL ? get_string (m, "date") : "-", "\n", sig, NULL);
          SharedMeeting *shared = g_hash_table_lookup (meetings, full);

          if (shared == NULL)
            {
              shared = g_new0 (SharedMeeting, 1);
              shared->meeting = m;
              shared->article = s->id;
              shared->articles = g_array_new (FALSE, FALSE, sizeof (gint64));
              g_hash_table_insert (meetings, full, shared);
              g_ptr_array_add (order, shared);
            }
          else
            g_free (full);
          if (shared->articles->len == 0
              || g_array_index (shared->articles, gint64, shared->articles->len - 1) != s->id)
            g_array_append_val (shared->articles, s->id);
        }
    }

  json_builder_begin_object (b);
  add_string_member (b, "tag", tag);
  json_builder_set_member_name (b, "articles");
  json_builder_begin_array (b);
  for (guint i = 0; i < sides->len; i++)
    {
      json_builder_begin_object (b);
      add_sourcing (b, g_ptr_array_index (sides, i));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "meetings");
  json_builder_begin_array (b);
  /* most reported first; among equals, in the order the articles came (a stable sort) */
  g_ptr_array_sort (order, compare_shared_meetings);
  for (guint i = 0; i < order->len; i++)
      {
        SharedMeeting *m = g_ptr_array_index (order, i);

        json_builder_begin_object (b);
        json_builder_set_member_name (b, "people");
        {
          JsonArray *participants = get_array (m->meeting, "participants");

          json_builder_begin_array (b);
          for (guint k = 0; participants != NULL && k < json_array_get_length (participants); k++)
            {
              JsonObject *part = array_object (participants, k);
              Occ *o = people_lookup (p, m->article, get_string (part, "entity"));
              const char *name = o != NULL ? o->cluster->name : get_string (part, "name");

              json_builder_add_string_value (b, name != NULL ? name : "?");
            }
          json_builder_end_array (b);
        }
        add_string_member (b, "date", get_string (m->meeting, "date"));
        add_string_member (b, "place", get_string (get_object (m->meeting, "place"), "name"));
        add_string_member (b, "status", get_string (m->meeting, "status"));
        json_builder_set_member_name (b, "articles");
        json_builder_begin_array (b);
        for (guint k = 0; k < m->articles->len; k++)
          json_builder_add_int_value (b, g_array_index (m->articles, gint64, k));
        json_builder_end_array (b);
        json_builder_end_object (b);
      }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "people");
  json_builder_begin_array (b);
  {
    /* each entry's articles once, then those named by most first */
    g_autoptr (GPtrArray) named = g_ptr_array_new_with_free_func ((GDestroyNotify) named_free);

    for (guint i = 0; i < p->clusters->len; i++)
      {
        Cluster *c = g_ptr_array_index (p->clusters, i);
        Named *n;

        if (g_str_equal (c->type, "NORP"))
          continue;
        n = g_new0 (Named, 1);
        n->cluster = c;
        n->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
        for (guint k = 0; k < sides->len; k++)
          {
            Side *side = g_ptr_array_index (sides, k);

            if (g_hash_table_contains (side->keys, c))
              g_array_append_val (n->ids, side->id);
          }
        if (n->ids->len >= 2)
          g_ptr_array_add (named, n);
        else
          named_free (n);
      }
    g_ptr_array_sort (named, compare_named);
    for (guint i = 0; i < named->len; i++)
      {
        Named *n = g_ptr_array_index (named, i);

        json_builder_begin_object (b);
        add_string_member (b, "name", n->cluster->name);
        add_string_member (b, "type", n->cluster->type);
        json_builder_set_member_name (b, "articles");
        json_builder_begin_array (b);
        for (guint k = 0; k < n->ids->len; k++)
          json_builder_add_int_value (b, g_array_index (n->ids, gint64, k));
        json_builder_end_array (b);
        json_builder_end_object (b);
      }
  }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
