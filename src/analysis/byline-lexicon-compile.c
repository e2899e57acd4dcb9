/* byline-lexicon-compile.c: the build-time lexicon compiler
 *
 * Reads the JSON files of data/lexicon (and the lists generated from iso-codes and the
 * word list) into hash tables as the analyser once did at every start, then
 * writes them as one blob (byline-lexicon-blob.h) that the analyser reads
 * without parsing. Usage: byline-lexicon-compile OUTPUT DIR...
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-lexicon-compile"

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "byline-lexicon.h"
#include "byline-lexicon-blob.h"

#define MAX_PHRASE_TOKENS 12
#define PHRASE_SINGLE 0x10000  /* in the first-word table: the word is a phrase by itself */

typedef struct
{
  GHashTable *table;   /* key -> value */
  GHashTable *first;   /* first token key -> max number of tokens */
  GHashTable *second;  /* key of the first two tokens -> max number of tokens */
} Phrases;

/* The lexicons as hash tables, as the JSON gives them */
typedef struct
{
  Phrases    *names;       /* key -> BylineLexEntry */
  Phrases    *titles;      /* key -> GINT_TO_POINTER (1 or 2) */
  Phrases    *cues;        /* key -> BylineCueKind bits */
  GHashTable *months;
  GHashTable *weekdays;
  GHashTable *number_words;
  GHashTable *time_units;
  GHashTable *connotations;
  GPtrArray  *entries;     /* owns the BylineLexEntry */
  GHashTable *word_classes;
  GHashTable *title_countries;
  GHashTable *outlet_extras; /* outlet name -> its aliases and web domains, see below */
} Lex;

static void lex_free (Lex *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Lex, lex_free)

static char **lexicon_dirs;

/* Phrases */

static Phrases *
phrases_new (void)
{
  Phrases *self = g_new0 (Phrases, 1);

  self->table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->second = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

static void
phrases_free (Phrases *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->table);
  g_hash_table_unref (self->first);
  g_hash_table_unref (self->second);
  g_free (self);
}

/* The first phrase added under a key keeps it. */
static void
phrases_add (Phrases *self,
                    const char    *phrase,
                    gpointer       value)
{
  g_autoptr (GArray) tokens = byline_tokenize (phrase, strlen (phrase));
  g_autoptr (GString) key = g_string_new (NULL);
  g_autofree char *first = NULL;
  g_autofree char *two = NULL;
  guint n = MIN (tokens->len, MAX_PHRASE_TOKENS);
  guint old_max;

  if (n == 0 || tokens->len > MAX_PHRASE_TOKENS)
    return;
  for (guint i = 0; i < n; i++)
    {
      const BylineToken *tok = &g_array_index (tokens, BylineToken, i);

      if (i > 0 && (tok->flags & BYLINE_TOKEN_SPACE))
        g_string_append_c (key, ' ');
      byline_token_append_key (key, phrase, tok);
      if (i == 0)
        first = g_strdup (key->str);
      if (i == 1)
        two = g_strdup (key->str);
    }
  if (g_hash_table_contains (self->table, key->str))
    return;
  g_hash_table_insert (self->table, g_strdup (key->str), value);
  /* the first word's entry: the longest phrase it starts, and whether it is
   * a phrase by itself (SINGLE), so that a miss costs as few lookups as can be */
  {
    guint old = GPOINTER_TO_UINT (g_hash_table_lookup (self->first, first));
    guint merged = MAX (old & ~PHRASE_SINGLE, n) | (old & PHRASE_SINGLE) | (n == 1 ? PHRASE_SINGLE : 0);

    if (merged != old)
      g_hash_table_insert (self->first, g_steal_pointer (&first), GUINT_TO_POINTER (merged));
  }
  if (two != NULL)
    {
      old_max = GPOINTER_TO_UINT (g_hash_table_lookup (self->second, two));
      if (n > old_max)
        g_hash_table_insert (self->second, g_steal_pointer (&two), GUINT_TO_POINTER (n));
    }
}

/* Loading */

static JsonNode *
load_json (const char  *name,
           GError     **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();

  for (char **dir = lexicon_dirs; *dir; dir++)
    {
      g_autofree char *path = g_build_filename (*dir, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        continue;
      if (!json_parser_load_from_file (parser, path, error))
        {
          g_prefix_error (error, "%s: ", name);
          return NULL;
        }
      return json_node_ref (json_parser_get_root (parser));
    }
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "%s: not found", name);
  return NULL;
}

static GHashTable *
new_set (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
set_add (GHashTable *set,
         const char *word,
         gpointer    value)
{
  g_autoptr (GArray) tokens = NULL;
  g_autoptr (GString) key = g_string_new (NULL);

  /* a plain ASCII word: its key is its lower case */
  {
    gboolean plain = *word != '\0';
    for (const char *p = word; *p && plain; p++)
      plain = g_ascii_isalnum (*p);
    if (plain)
      {
        char *k = g_ascii_strdown (word, -1);
        if (!g_hash_table_contains (set, k))
          g_hash_table_insert (set, k, value);
        else
          g_free (k);
        return;
      }
  }
  /* the same key function as the tokens use */
  tokens = byline_tokenize (word, strlen (word));
  for (guint i = 0; i < tokens->len; i++)
    {
      const BylineToken *tok = &g_array_index (tokens, BylineToken, i);

      if (i > 0 && (tok->flags & BYLINE_TOKEN_SPACE))
        g_string_append_c (key, ' ');
      byline_token_append_key (key, word, tok);
    }
  if (key->len > 0 && !g_hash_table_contains (set, key->str))
    g_hash_table_insert (set, g_string_free (g_steal_pointer (&key), FALSE), value);
}

/* ORs @bits into the classes of @word */
static void
add_class (Lex *self,
           const char    *word,
           guint32        bits)
{
  g_autofree char *key = NULL;
  gpointer old;

  for (const char *p = word; *p; p++)
    if (!g_ascii_isalnum (*p))
      {
        /* the same key function as the tokens use */
        g_autoptr (GArray) tokens = byline_tokenize (word, strlen (word));
        GString *k = g_string_new (NULL);

        for (guint i = 0; i < tokens->len; i++)
          {
            const BylineToken *tok = &g_array_index (tokens, BylineToken, i);
            if (i > 0 && (tok->flags & BYLINE_TOKEN_SPACE))
              g_string_append_c (k, ' ');
            byline_token_append_key (k, word, tok);
          }
        key = g_string_free (k, FALSE);
        break;
      }
  if (key == NULL)
    key = g_ascii_strdown (word, -1);
  if (*key == '\0')
    return;
  if (g_hash_table_lookup_extended (self->word_classes, key, NULL, &old))
    g_hash_table_insert (self->word_classes, g_steal_pointer (&key), GUINT_TO_POINTER (GPOINTER_TO_UINT (old) | bits));
  else
    g_hash_table_insert (self->word_classes, g_steal_pointer (&key), GUINT_TO_POINTER (bits));
}

static void
add_class_array (Lex *self,
                 JsonObject    *obj,
                 const char    *member,
                 guint32        bits)
{
  JsonArray *arr;

  if (obj == NULL || !json_object_has_member (obj, member))
    return;
  arr = json_object_get_array_member (obj, member);
  for (guint i = 0; arr && i < json_array_get_length (arr); i++)
    {
      const char *w = json_array_get_string_element (arr, i);
      if (w != NULL)
        add_class (self, w, bits);
    }
}

static void
add_class_object (Lex *self,
                  JsonObject    *obj,
                  const char    *member,
                  guint32        bits)
{
  JsonObject *map;
  g_autoptr (GList) members = NULL;

  if (obj == NULL || !json_object_has_member (obj, member))
    return;
  map = json_object_get_object_member (obj, member);
  members = json_object_get_members (map);
  for (GList *l = members; l; l = l->next)
    add_class (self, l->data, bits);
}

static void
add_object_to_set (GHashTable *set,
                   JsonObject *obj,
                   const char *member)
{
  JsonObject *map;
  g_autoptr (GList) members = NULL;

  if (obj == NULL || !json_object_has_member (obj, member))
    return;
  map = json_object_get_object_member (obj, member);
  members = json_object_get_members (map);
  for (GList *l = members; l; l = l->next)
    {
      JsonNode *node = json_object_get_member (map, l->data);
      gint64 v = 1;

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
        v = json_node_get_int (node);
      else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
        v = (gint64) MIN (json_node_get_double (node), (double) G_MAXINT);
      set_add (set, l->data, GINT_TO_POINTER ((gint) MAX (v, 1)));
    }
}

static const char *
get_string (JsonObject *obj,
            const char *member)
{
  JsonNode *node;

  if (!json_object_has_member (obj, member))
    return NULL;
  node = json_object_get_member (obj, member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static BylineLexEntry *
add_entry (Lex    *self,
           const char       *name,
           BylineEntityType  type,
           BylineLexKind     kind,
           JsonObject       *obj)
{
  BylineLexEntry *e = g_new0 (BylineLexEntry, 1);

  e->name = g_strdup (name);
  e->type = type;
  e->kind = kind;
  if (obj != NULL)
    {
      e->subkind = g_strdup (get_string (obj, "kind"));
      e->country = g_strdup (get_string (obj, "country"));
      e->ownership = g_strdup (get_string (obj, "ownership"));
      e->reason = g_strdup (get_string (obj, "reason"));
      if (json_object_has_member (obj, "state_media"))
        e->state_media = json_object_get_boolean_member (obj, "state_media");
      if (json_object_has_member (obj, "ambiguous"))
        e->ambiguous = json_object_get_boolean_member (obj, "ambiguous");
    }
  g_ptr_array_add (self->entries, e);
  phrases_add (self->names, name, e);
  if (obj != NULL && json_object_has_member (obj, "aliases"))
    {
      JsonArray *aliases = json_object_get_array_member (obj, "aliases");

      for (guint i = 0; aliases && i < json_array_get_length (aliases); i++)
        {
          const char *alias = json_array_get_string_element (aliases, i);
          if (alias != NULL && *alias)
            phrases_add (self->names, alias, e);
        }
    }
  return e;
}

static void
free_entry (gpointer data)
{
  BylineLexEntry *e = data;

  g_free (e->name);
  g_free (e->subkind);
  g_free (e->country);
  g_free (e->country_name);
  g_free (e->ownership);
  g_free (e->reason);
  g_free (e);
}

static gboolean
load_entries (Lex    *self,
              const char       *file,
              BylineEntityType  type,
              BylineLexKind     kind,
              GHashTable       *country_names,
              GError          **error)
{
  g_autoptr (JsonNode) root = load_json (file, error);
  JsonArray *arr;

  if (root == NULL)
    return FALSE;
  arr = json_object_get_array_member (json_node_get_object (root), "entries");
  for (guint i = 0; arr && i < json_array_get_length (arr); i++)
    {
      JsonObject *obj = json_array_get_object_element (arr, i);
      const char *name = obj ? get_string (obj, "name") : NULL;
      BylineLexEntry *e;

      if (name == NULL || *name == '\0')
        continue;
      /* the building a government sits in is a place, as any landmark:
       * "the Kremlin", "Downing Street" */
      e = add_entry (self, name, g_strcmp0 (get_string (obj, "kind"), "landmark") == 0 ? BYLINE_ENTITY_PLACE : type,
                     kind, obj);
      if (e->country != NULL)
        e->country_name = g_strdup (g_hash_table_lookup (country_names, e->country));
    }
  return TRUE;
}

static void
add_json_strings (JsonArray        *arr,
                  Lex    *self,
                  BylineEntityType  type,
                  BylineLexKind     kind,
                  const char       *code,
                  const char       *country_name)
{
  for (guint k = 0; arr && k < json_array_get_length (arr); k++)
    {
      const char *n = json_array_get_string_element (arr, k);
      BylineLexEntry *e;

      if (n == NULL)
        continue;
      e = add_entry (self, n, type, kind, NULL);
      e->country = g_strdup (code);
      e->country_name = g_strdup (country_name);
    }
}

static gboolean
load_countries (Lex  *self,
                GHashTable     *country_names,
                GPtrArray      *capitals,
                GError        **error)
{
  g_autoptr (JsonNode) root = load_json ("countries.json", error);
  JsonArray *arr;

  if (root == NULL)
    return FALSE;
  arr = json_object_get_array_member (json_node_get_object (root), "countries");
  for (guint i = 0; arr && i < json_array_get_length (arr); i++)
    {
      JsonObject *obj = json_array_get_object_element (arr, i);
      const char *name = get_string (obj, "name");
      const char *code = get_string (obj, "code");
      BylineLexEntry *e;

      if (name == NULL || code == NULL)
        continue;
      g_hash_table_insert (country_names, g_strdup (code), g_strdup (name));
      e = add_entry (self, name, BYLINE_ENTITY_PLACE, BYLINE_LEX_COUNTRY, NULL);
      e->country = g_strdup (code);
      e->country_name = g_strdup (name);
      e->subkind = g_strdup ("country");
      if (json_object_has_member (obj, "aliases"))
        {
          JsonArray *aliases = json_object_get_array_member (obj, "aliases");
          for (guint k = 0; aliases && k < json_array_get_length (aliases); k++)
            phrases_add (self->names, json_array_get_string_element (aliases, k), e);
        }
      if (json_object_has_member (obj, "demonyms"))
        add_json_strings (json_object_get_array_member (obj, "demonyms"), self,
                          BYLINE_ENTITY_NORP, BYLINE_LEX_DEMONYM, code, name);
      if (json_object_has_member (obj, "plurals"))
        add_json_strings (json_object_get_array_member (obj, "plurals"), self,
                          BYLINE_ENTITY_NORP, BYLINE_LEX_DEMONYM, code, name);
      if (get_string (obj, "capital") != NULL)
        {
          g_ptr_array_add (capitals, g_strdup (get_string (obj, "capital")));
          g_ptr_array_add (capitals, g_strdup (code));
        }
    }
  return TRUE;
}

static GHashTable *
load_words_object (JsonObject *obj,
                   const char *member)
{
  GHashTable *set = new_set ();

  add_object_to_set (set, obj, member);
  return set;
}


/* Loads every lexicon from the JSON files */
/* An outlet's aliases as a publisher writes them and its web domains, as one
 * string: the aliases, each ending in \x1f, then \x1e, then the domains, each
 * ending in \x1f ("AP\x1fThe Associated Press\x1f\x1eapnews.com\x1fap.org\x1f"),
 * so that reading them needs no JSON parser (byline-outlets.c) */
static gboolean
load_outlet_extras (Lex     *self,
                    GError **error)
{
  g_autoptr (JsonNode) root = load_json ("outlets.json", error);
  JsonArray *entries;

  if (root == NULL)
    return FALSE;
  self->outlet_extras = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  entries = json_object_get_array_member (json_node_get_object (root), "entries");
  for (guint i = 0; entries != NULL && i < json_array_get_length (entries); i++)
    {
      JsonObject *obj = json_array_get_object_element (entries, i);
      const char *name = obj != NULL ? json_object_get_string_member_with_default (obj, "name", NULL) : NULL;
      const char *members[] = { "aliases", "domains" };
      GString *extra;

      if (name == NULL || g_hash_table_contains (self->outlet_extras, name))
        continue;
      extra = g_string_new (NULL);
      for (gsize m = 0; m < G_N_ELEMENTS (members); m++)
        {
          JsonArray *list = json_object_has_member (obj, members[m])
                            ? json_object_get_array_member (obj, members[m]) : NULL;

          for (guint j = 0; list != NULL && j < json_array_get_length (list); j++)
            {
              const char *item = json_array_get_string_element (list, j);

              if (item != NULL && *item && strpbrk (item, "\x1e\x1f") == NULL)
                g_string_append_printf (extra, "%s\x1f", item);
            }
          if (m == 0)
            g_string_append_c (extra, '\x1e');
        }
      g_hash_table_insert (self->outlet_extras, g_strdup (name), g_string_free (extra, FALSE));
    }
  return TRUE;
}

static Lex *
lex_load (GError **error)
{
  g_autoptr (Lex) self = g_new0 (Lex, 1);
  g_autoptr (GHashTable) country_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GPtrArray) capitals = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (JsonNode) words = NULL;
  g_autoptr (JsonNode) titles = NULL;
  g_autoptr (JsonNode) names = NULL;
  g_autoptr (JsonNode) heads = NULL;
  g_autoptr (JsonNode) common = NULL;
  g_autoptr (JsonNode) currencies = NULL;
  g_autoptr (JsonNode) verbs = NULL;
  JsonObject *obj;

  self->entries = g_ptr_array_new_with_free_func (free_entry);
  self->names = phrases_new ();
  self->titles = phrases_new ();
  self->cues = phrases_new ();

  /* the order settles names that two lists share: a country before a city */
  if (!load_countries (self, country_names, capitals, error))
    return NULL;
  /* groups before organisations: "Democrats" are people, the Democratic Party a party */
  if ((words = load_json ("words.json", error)) == NULL)
    return NULL;
  {
    JsonObject *generic = json_object_get_object_member (json_node_get_object (words), "demonym_generic");
    g_autoptr (GList) members = generic ? json_object_get_members (generic) : NULL;

    for (GList *l = members; l; l = l->next)
      {
        BylineLexEntry *e = add_entry (self, l->data, BYLINE_ENTITY_NORP, BYLINE_LEX_DEMONYM, NULL);
        const char *place = json_object_get_string_member (generic, l->data);

        if (place && *place)
          e->country_name = g_strdup (place);
      }
  if (!load_entries (self, "organisations.json", BYLINE_ENTITY_ORG, BYLINE_LEX_ORGANISATION,
                     country_names, error)
      || !load_entries (self, "outlets.json", BYLINE_ENTITY_ORG, BYLINE_LEX_OUTLET,
                        country_names, error)
      || !load_outlet_extras (self, error)
      || !load_entries (self, "government.json", BYLINE_ENTITY_ORG, BYLINE_LEX_GOVERNMENT,
                        country_names, error)
      || !load_entries (self, "cities.json", BYLINE_ENTITY_PLACE, BYLINE_LEX_CITY,
                        country_names, error)
      || !load_entries (self, "regions.json", BYLINE_ENTITY_PLACE, BYLINE_LEX_REGION,
                        country_names, error))
    return NULL;
  for (guint i = 0; i + 1 < capitals->len; i += 2)
    {
      const char *code = g_ptr_array_index (capitals, i + 1);
      BylineLexEntry *e = add_entry (self, g_ptr_array_index (capitals, i), BYLINE_ENTITY_PLACE,
                                     BYLINE_LEX_CITY, NULL);
      e->subkind = g_strdup ("capital");
      e->country = g_strdup (code);
      e->country_name = g_strdup (g_hash_table_lookup (country_names, code));
    }

  if ((titles = load_json ("titles.json", error)) == NULL
      || (names = load_json ("first-names.json", error)) == NULL
      || (heads = load_json ("heads.json", error)) == NULL
      || (common = load_json ("common-words.json", error)) == NULL
      || (currencies = load_json ("currencies.json", error)) == NULL)
    return NULL;

  self->word_classes = new_set ();

  obj = json_node_get_object (words);
  self->months = load_words_object (obj, "months");
  self->weekdays = load_words_object (obj, "weekdays");
  self->number_words = load_words_object (obj, "number_words");
  self->time_units = load_words_object (obj, "time_units");
  add_class_object (self, obj, "months", BYLINE_WORD_MONTH | BYLINE_WORD_DATE_LEAD);
  add_class_object (self, obj, "weekdays", BYLINE_WORD_WEEKDAY | BYLINE_WORD_DATE_LEAD);
  add_class_object (self, obj, "number_words", BYLINE_WORD_NUMBER | BYLINE_WORD_DATE_LEAD);
  add_class_object (self, obj, "scale_words", BYLINE_WORD_SCALE);
  add_class_object (self, obj, "time_units", BYLINE_WORD_TIME_UNIT);
  add_class_array (self, obj, "day_parts", BYLINE_WORD_DAY_PART);
  add_class_array (self, obj, "currency_words", BYLINE_WORD_CURRENCY);
  add_class_array (self, obj, "currency_symbols", BYLINE_WORD_CURRENCY_SYMBOL);
  add_class_array (self, obj, "quantity_units", BYLINE_WORD_QUANTITY_UNIT);
  add_class_array (self, obj, "stopwords", BYLINE_WORD_STOPWORD);
  add_class_array (self, obj, "speech_verbs", BYLINE_WORD_SPEECH);
  add_class_array (self, obj, "abbreviations", BYLINE_WORD_ABBREVIATION);
  add_class_array (self, obj, "connectors", BYLINE_WORD_CONNECTOR);
  add_class_array (self, obj, "sports_cues", BYLINE_WORD_SPORTS);
  add_class_array (self, obj, "date_leads", BYLINE_WORD_DATE_LEAD);
  add_class_array (self, obj, "future_cues", BYLINE_WORD_FUTURE);
  add_class_array (self, obj, "meeting_triggers", BYLINE_WORD_MEETING);
  add_class_array (self, obj, "past_cues", BYLINE_WORD_PAST);
  }

  obj = json_node_get_object (titles);
  add_class_array (self, obj, "roles", BYLINE_WORD_ROLE);
  {
    JsonArray *arr = json_object_get_array_member (obj, "titles");
    for (guint i = 0; arr && i < json_array_get_length (arr); i++)
      phrases_add (self->titles, json_array_get_string_element (arr, i), GINT_TO_POINTER (1));
    arr = json_object_get_array_member (obj, "honorifics");
    for (guint i = 0; arr && i < json_array_get_length (arr); i++)
      phrases_add (self->titles, json_array_get_string_element (arr, i), GINT_TO_POINTER (2));
  }
  self->title_countries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (json_object_has_member (obj, "national_titles"))
    {
      JsonObject *national = json_object_get_object_member (obj, "national_titles");
      g_autoptr (GList) codes = json_object_get_members (national);

      for (GList *l = codes; l; l = l->next)
        {
          JsonArray *arr = json_object_get_array_member (national, l->data);
          const char *country = g_hash_table_lookup (country_names, l->data);

          for (guint i = 0; country && arr && i < json_array_get_length (arr); i++)
            g_hash_table_insert (self->title_countries,
                                 byline_fold_key (json_array_get_string_element (arr, i), -1),
                                 g_strdup (country));
        }
    }

  obj = json_node_get_object (names);
  add_class_array (self, obj, "names", BYLINE_WORD_FIRST_NAME);
  add_class_array (self, obj, "surnames", BYLINE_WORD_SURNAME);
  add_class_array (self, obj, "ambiguous", BYLINE_WORD_AMBIGUOUS_NAME);

  obj = json_node_get_object (heads);
  add_class_array (self, obj, "org", BYLINE_WORD_ORG_HEAD);
  add_class_array (self, obj, "place", BYLINE_WORD_PLACE_HEAD);
  add_class_array (self, obj, "facility", BYLINE_WORD_FACILITY);
  add_class_array (self, obj, "other", BYLINE_WORD_OTHER_HEAD);
  add_class_array (self, obj, "place_before", BYLINE_WORD_PLACE_BEFORE);
  add_class_array (self, obj, "name_particles", BYLINE_WORD_PARTICLE);

  /* the spelling dictionary comes as one string of lines: 80 000 words parse fast that way */
  {
    const char *all = json_object_get_string_member (json_node_get_object (common), "words");
    const char *p = all;

    while (p && *p)
      {
        const char *nl = strchr (p, '\n');
        gsize len = nl ? (gsize) (nl - p) : strlen (p);
        char *w = g_strndup (p, len);

        add_class (self, w, BYLINE_WORD_COMMON);
        g_free (w);
        p = nl ? nl + 1 : p + len;
      }
  }
  /* reporting verbs: every form is a reporting word, with its connotation */
  self->connotations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if ((verbs = load_json ("reporting-verbs.json", error)) == NULL)
    return NULL;
  {
    JsonArray *arr;

    arr = json_object_get_array_member (json_node_get_object (verbs), "verbs");
    for (guint i = 0; arr && i < json_array_get_length (arr); i++)
      {
        JsonObject *v = json_array_get_object_element (arr, i);
        const char *conn = get_string (v, "connotation");
        const char *kind = get_string (v, "kind");
        JsonArray *forms = json_object_get_array_member (v, "forms");
        guint32 bits = g_strcmp0 (kind, "cognition") == 0 ? BYLINE_WORD_COGNITION : BYLINE_WORD_SPEECH;

        for (guint k = 0; forms && k < json_array_get_length (forms); k++)
          {
            const char *form = json_array_get_string_element (forms, k);
            if (form == NULL)
              continue;
            add_class (self, form, bits);
            if (conn != NULL && !g_hash_table_contains (self->connotations, form))
              g_hash_table_insert (self->connotations, g_ascii_strdown (form, -1),
                                   (gpointer) g_intern_string (conn));
          }
      }
  }
  /* phrases: reporting phrases and the cues of claims, several kinds each */
  {
    g_autoptr (JsonNode) claims = load_json ("claims.json", error);
    g_autoptr (GHashTable) kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    struct { const char *member; guint kind; } lists[] = {
      { "hedges", BYLINE_CUE_HEDGE }, { "loaded", BYLINE_CUE_LOADED },
      { "anonymous_sources", BYLINE_CUE_ANONYMOUS }, { "media_words", BYLINE_CUE_MEDIA },
      { "prediction_cues", BYLINE_CUE_PREDICTION }, { "opinion_cues", BYLINE_CUE_OPINION },
      { "agentless_passives", BYLINE_CUE_AGENTLESS },
    };
    JsonArray *phrases;
    GHashTableIter iter;
    gpointer key, value;

    if (claims == NULL)
      return NULL;
    for (gsize l = 0; l < G_N_ELEMENTS (lists); l++)
      {
        JsonArray *arr = json_object_get_array_member (json_node_get_object (claims), lists[l].member);
        for (guint i = 0; arr && i < json_array_get_length (arr); i++)
          {
            const char *w = json_array_get_string_element (arr, i);
            g_autofree char *k = w ? g_utf8_strdown (w, -1) : NULL;
            if (k == NULL)
              continue;
            value = g_hash_table_lookup (kinds, k);
            g_hash_table_insert (kinds, g_strdup (k), GUINT_TO_POINTER (GPOINTER_TO_UINT (value) | lists[l].kind));
          }
      }
    phrases = json_object_get_array_member (json_node_get_object (verbs), "phrases");
    for (guint i = 0; phrases && i < json_array_get_length (phrases); i++)
      {
        JsonObject *ph = json_array_get_object_element (phrases, i);
        const char *t = get_string (ph, "text");
        g_autofree char *k = t ? g_utf8_strdown (t, -1) : NULL;
        if (k == NULL)
          continue;
        value = g_hash_table_lookup (kinds, k);
        g_hash_table_insert (kinds, g_strdup (k), GUINT_TO_POINTER (GPOINTER_TO_UINT (value) | BYLINE_CUE_REPORTING));
        {
          g_autofree char *first = g_strdup (k);
          char *sp = strchr (first, ' ');
          if (sp)
            *sp = '\0';
          add_class (self, first, BYLINE_WORD_REPORT_START);
        }
      }
    /* a longer cue is also what its shorter beginnings are: "is believed to"
     * hedges and, like "is believed", hides who believes */
    {
      g_autoptr (GList) keys = g_hash_table_get_keys (kinds);
      for (GList *l = keys; l; l = l->next)
        {
          const char *k = l->data;
          guint bits = GPOINTER_TO_UINT (g_hash_table_lookup (kinds, k));
          for (const char *sp = strchr (k, ' '); sp; sp = strchr (sp + 1, ' '))
            {
              g_autofree char *prefix = g_strndup (k, sp - k);
              bits |= GPOINTER_TO_UINT (g_hash_table_lookup (kinds, prefix)) & ~BYLINE_CUE_REPORTING;
            }
          g_hash_table_insert (kinds, g_strdup (k), GUINT_TO_POINTER (bits));
        }
    }
    g_hash_table_iter_init (&iter, kinds);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        g_autoptr (GArray) toks = byline_tokenize (key, strlen (key));
        phrases_add (self->cues, key, value);
        if (toks->len > 0)
          {
            const BylineToken *t0 = &g_array_index (toks, BylineToken, 0);
            g_autofree char *first = g_strndup ((const char *) key + t0->start, byline_token_end (t0) - t0->start);
            add_class (self, first, BYLINE_WORD_CUE_START);
          }
      }
  }
  add_class_array (self, json_node_get_object (currencies), "names", BYLINE_WORD_CURRENCY);
  add_class_array (self, json_node_get_object (currencies), "codes", BYLINE_WORD_CURRENCY_SYMBOL);

  return g_steal_pointer (&self);
}

static void
lex_free (Lex *self)
{
  GHashTable **sets[] = {
    &self->months, &self->weekdays, &self->number_words, &self->time_units,
    &self->word_classes, &self->connotations, &self->title_countries,
    &self->outlet_extras,
  };

  if (self == NULL)
    return;
  for (gsize i = 0; i < G_N_ELEMENTS (sets); i++)
    g_clear_pointer (sets[i], g_hash_table_unref);
  g_clear_pointer (&self->names, phrases_free);
  g_clear_pointer (&self->titles, phrases_free);
  g_clear_pointer (&self->cues, phrases_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_free (self);
}

/* Writing the blob */

typedef enum
{
  VALUE_UINT,    /* the pointer is a number */
  VALUE_STRING,  /* the pointer is a string, stored in the pool */
  VALUE_ENTRY,   /* the pointer is a BylineLexEntry, stored as its index */
} ValueKind;

typedef struct
{
  GByteArray *out;      /* header and string pool */
  GByteArray *tail;     /* entries and tables, placed after the pool */
  GHashTable *strings;  /* string -> offset in out */
  GHashTable *entry_index; /* BylineLexEntry -> index */
} Writer;

static guint32
write_string (Writer     *w,
              const char *str)
{
  gpointer off;

  if (str == NULL)
    return 0;
  if (g_hash_table_lookup_extended (w->strings, str, NULL, &off))
    return GPOINTER_TO_UINT (off);
  off = GUINT_TO_POINTER (w->out->len);
  g_byte_array_append (w->out, (const guint8 *) str, strlen (str) + 1);
  g_hash_table_insert (w->strings, (gpointer) str, off);
  return GPOINTER_TO_UINT (off);
}

static void
align_tail (Writer *w)
{
  static const guint8 zeros[8];

  if (w->tail->len % 8)
    g_byte_array_append (w->tail, zeros, 8 - w->tail->len % 8);
}

/* Returns the offset of the table in the tail */
static guint32
write_table (Writer     *w,
             GHashTable *table,
             ValueKind   kind)
{
  BylineBlobTableHeader th = { 8, g_hash_table_size (table) };
  g_autofree BylineBlobSlot *slots = NULL;
  GHashTableIter iter;
  gpointer key, value;
  guint32 off;

  /* at most two thirds full: a miss, the common case, ends within a few
   * slots, and the table stays small, few pages to touch at start */
  while (2 * th.n_slots < 3 * th.n_items)
    th.n_slots *= 2;
  slots = g_new0 (BylineBlobSlot, th.n_slots);
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint32 h = byline_blob_hash (key, strlen (key));
      guint32 i = h & (th.n_slots - 1);

      while (slots[i].key != 0)
        i = (i + 1) & (th.n_slots - 1);
      slots[i].hash = h;
      slots[i].key = write_string (w, key);
      switch (kind)
        {
        case VALUE_UINT:
          slots[i].value = GPOINTER_TO_UINT (value);
          break;
        case VALUE_STRING:
          slots[i].value = write_string (w, value);
          break;
        case VALUE_ENTRY:
          slots[i].value = GPOINTER_TO_UINT (g_hash_table_lookup (w->entry_index, value)) - 1;
          break;
        }
    }
  align_tail (w);
  off = w->tail->len;
  g_byte_array_append (w->tail, (const guint8 *) &th, sizeof th);
  g_byte_array_append (w->tail, (const guint8 *) slots, th.n_slots * sizeof *slots);
  return off;
}

static GBytes *
lex_write (Lex *lex)
{
  Writer w = {
    g_byte_array_new (), g_byte_array_new (),
    g_hash_table_new (g_str_hash, g_str_equal), g_hash_table_new (NULL, NULL),
  };
  BylineBlobHeader header = { { 0 }, 0, };
  guint32 tables[BYLINE_BLOB_N_TABLES];
  struct { BylineBlobTable id; GHashTable *table; ValueKind kind; } list[] = {
    { BYLINE_BLOB_WORD_CLASSES, lex->word_classes, VALUE_UINT },
    { BYLINE_BLOB_NAMES, lex->names->table, VALUE_ENTRY },
    { BYLINE_BLOB_NAMES_FIRST, lex->names->first, VALUE_UINT },
    { BYLINE_BLOB_NAMES_SECOND, lex->names->second, VALUE_UINT },
    { BYLINE_BLOB_TITLES, lex->titles->table, VALUE_UINT },
    { BYLINE_BLOB_TITLES_FIRST, lex->titles->first, VALUE_UINT },
    { BYLINE_BLOB_TITLES_SECOND, lex->titles->second, VALUE_UINT },
    { BYLINE_BLOB_CUES, lex->cues->table, VALUE_UINT },
    { BYLINE_BLOB_CUES_FIRST, lex->cues->first, VALUE_UINT },
    { BYLINE_BLOB_CUES_SECOND, lex->cues->second, VALUE_UINT },
    { BYLINE_BLOB_MONTHS, lex->months, VALUE_UINT },
    { BYLINE_BLOB_WEEKDAYS, lex->weekdays, VALUE_UINT },
    { BYLINE_BLOB_NUMBER_WORDS, lex->number_words, VALUE_UINT },
    { BYLINE_BLOB_TIME_UNITS, lex->time_units, VALUE_UINT },
    { BYLINE_BLOB_CONNOTATIONS, lex->connotations, VALUE_STRING },
    { BYLINE_BLOB_TITLE_COUNTRIES, lex->title_countries, VALUE_STRING },
    { BYLINE_BLOB_OUTLET_EXTRAS, lex->outlet_extras, VALUE_STRING },
  };
  g_autofree BylineBlobEntry *entries = g_new0 (BylineBlobEntry, MAX (lex->entries->len, 1));
  guint32 entries_off, base;

  G_STATIC_ASSERT (G_N_ELEMENTS (list) == BYLINE_BLOB_N_TABLES);
  memcpy (header.magic, BYLINE_LEXICON_BLOB_MAGIC, sizeof header.magic);
  g_byte_array_append (w.out, (const guint8 *) &header, sizeof header);
  for (guint i = 0; i < lex->entries->len; i++)
    {
      BylineLexEntry *e = g_ptr_array_index (lex->entries, i);
      BylineBlobEntry *b = &entries[i];

      g_hash_table_insert (w.entry_index, e, GUINT_TO_POINTER (i + 1));
      b->name = write_string (&w, e->name);
      b->subkind = write_string (&w, e->subkind);
      b->country = write_string (&w, e->country);
      b->country_name = write_string (&w, e->country_name);
      b->ownership = write_string (&w, e->ownership);
      b->reason = write_string (&w, e->reason);
      b->type = e->type;
      b->kind = e->kind;
      b->state_media = e->state_media;
      b->ambiguous = e->ambiguous;
    }
  entries_off = w.tail->len;
  g_byte_array_append (w.tail, (const guint8 *) entries, lex->entries->len * sizeof *entries);
  for (gsize i = 0; i < G_N_ELEMENTS (list); i++)
    tables[list[i].id] = write_table (&w, list[i].table, list[i].kind);

  /* the tail goes after the pool, 8-aligned */
  while (w.out->len % 8)
    g_byte_array_append (w.out, (const guint8 *) "", 1);
  base = w.out->len;
  g_byte_array_append (w.out, w.tail->data, w.tail->len);
  header.size = w.out->len;
  header.entries = base + entries_off;
  header.n_entries = lex->entries->len;
  for (guint i = 0; i < BYLINE_BLOB_N_TABLES; i++)
    header.tables[i] = base + tables[i];
  memcpy (w.out->data, &header, sizeof header);

  g_byte_array_unref (w.tail);
  g_hash_table_unref (w.strings);
  g_hash_table_unref (w.entry_index);
  return g_byte_array_free_to_bytes (w.out);
}

/* The assembly that links @blob_path into the program as
 * byline_lexicon_blob .. byline_lexicon_blob_end (byline-lexicon.c): written
 * with the blob each time, so that the object is made again when it changes */
static char *
blob_assembly (const char *blob_path)
{
  g_autofree char *abs = g_canonicalize_filename (blob_path, NULL);
  GString *out = g_string_new ("/* written by byline-lexicon-compile */\n"
                               "  .section .rodata.byline_lexicon,\"a\"\n"
                               "  .balign 16\n"
                               "  .globl byline_lexicon_blob\n"
                               "  .hidden byline_lexicon_blob\n"
                               "  .type byline_lexicon_blob, %object\n"
                               "byline_lexicon_blob:\n"
                               "  .incbin \"");

  for (const char *p = abs; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append (out, "\"\n"
                   "  .size byline_lexicon_blob, . - byline_lexicon_blob\n"
                   "  .globl byline_lexicon_blob_end\n"
                   "  .hidden byline_lexicon_blob_end\n"
                   "byline_lexicon_blob_end:\n"
                   "  .byte 0\n"
                   "  .section .note.GNU-stack,\"\",%progbits\n");
  return g_string_free (out, FALSE);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (Lex) lex = NULL;
  g_autoptr (GBytes) blob = NULL;
  g_autofree char *assembly = NULL;

  if (argc < 4)
    {
      g_printerr ("usage: byline-lexicon-compile BLOB ASSEMBLY DIR...\n");
      return 2;
    }
  lexicon_dirs = argv + 3;
  lex = lex_load (&error);
  if (lex == NULL)
    {
      g_printerr ("byline-lexicon-compile: %s\n", error->message);
      return 1;
    }
  blob = lex_write (lex);
  assembly = blob_assembly (argv[1]);
  if (!g_file_set_contents (argv[1], g_bytes_get_data (blob, NULL), g_bytes_get_size (blob), &error)
      || !g_file_set_contents (argv[2], assembly, -1, &error))
    {
      g_printerr ("byline-lexicon-compile: %s\n", error->message);
      return 1;
    }
  return 0;
}
