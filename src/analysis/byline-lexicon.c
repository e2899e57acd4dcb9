/* byline-lexicon.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-lexicon"

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "byline-lexicon.h"
#include "byline-lexicon-resources.h"

#define RESOURCE_PREFIX "/org/byline/Byline/lexicon/"
#define MAX_PHRASE_TOKENS 12
#define PHRASE_SINGLE 0x10000  /* in the first-word table: the word is a phrase by itself */
#define OUTLET_CLASH ((gpointer) &outlet_clash)  /* two outlets share the key */

static const char outlet_clash = 0;

struct _BylinePhrases
{
  GHashTable *table;   /* key -> value */
  GHashTable *first;   /* first token key -> max number of tokens */
  GHashTable *second;  /* key of the first two tokens -> max number of tokens */
};

const char *
byline_entity_type_to_string (BylineEntityType type)
{
  static const char *names[] = {
    "PERSON", "ORG", "PLACE", "NORP", "DATE", "MONEY", "QUANTITY", "OTHER",
  };

  g_return_val_if_fail (type < BYLINE_N_ENTITY_TYPES, "OTHER");
  return names[type];
}

/* Phrases */

BylinePhrases *
byline_phrases_new (void)
{
  BylinePhrases *self = g_new0 (BylinePhrases, 1);

  self->table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->second = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

void
byline_phrases_free (BylinePhrases *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->table);
  g_hash_table_unref (self->first);
  g_hash_table_unref (self->second);
  g_free (self);
}

/* The first phrase added under a key keeps it. */
void
byline_phrases_add (BylinePhrases *self,
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

/**
 * byline_phrases_match:
 * @i: the token to start at
 * @value: (out) (optional): the value of the longest phrase
 *
 * Returns: the number of tokens of the longest phrase starting at @i, or 0.
 * A phrase never crosses a line break.
 */
guint
byline_phrases_match (const BylinePhrases *self,
                      const char          *text,
                      const BylineToken   *tokens,
                      guint                n_tokens,
                      guint                i,
                      gpointer            *value)
{
  char buf[512];
  gsize lens[MAX_PHRASE_TOKENS + 1];
  gpointer first_max;
  gboolean single;
  guint max;
  guint n;
  gsize len;

  if (i >= n_tokens)
    return 0;
  {
    g_autofree char *heap = NULL;
    const char *first = byline_token_key_buf (text, &tokens[i], buf, 128, &heap);

    if (!g_hash_table_lookup_extended (self->first, first, NULL, &first_max))
      return 0;
    len = strlen (first);
    if (len >= 128)
      return 0;
    if (first != buf)
      memcpy (buf, first, len + 1);
  }
  max = GPOINTER_TO_UINT (first_max) & ~PHRASE_SINGLE;
  single = (GPOINTER_TO_UINT (first_max) & PHRASE_SINGLE) != 0;
  lens[1] = len;
  n = 1;
  for (guint j = i + 1; j < n_tokens && n < max; j++)
    {
      const BylineToken *tok = &tokens[j];
      char part[128];
      g_autofree char *heap = NULL;
      const char *key = byline_token_key_buf (text, tok, part, sizeof part, &heap);
      gsize klen = strlen (key);

      if (tok->flags & BYLINE_TOKEN_NEWLINE)
        break;
      if (len + klen + 2 >= sizeof buf)
        break;
      if (tok->flags & BYLINE_TOKEN_SPACE)
        buf[len++] = ' ';
      memcpy (buf + len, key, klen);
      len += klen;
      buf[len] = '\0';
      lens[++n] = len;
      /* no phrase goes on with these two words: only the first can match */
      if (n == 2)
        {
          gpointer two_max;

          if (!g_hash_table_lookup_extended (self->second, buf, NULL, &two_max))
            {
              n = 1;
              break;
            }
          max = GPOINTER_TO_UINT (two_max);
        }
    }
  for (; n > 0; n--)
    {
      gpointer v;
      char saved;

      if (n == 1 && !single)
        break;
      saved = buf[lens[n]];

      buf[lens[n]] = '\0';
      if (g_hash_table_lookup_extended (self->table, buf, NULL, &v))
        {
          if (value)
            *value = v;
          return n;
        }
      buf[lens[n]] = saved;
    }
  return 0;
}

/* Word sets */

gpointer
byline_lexicon_lookup_token (GHashTable        *table,
                             const char        *text,
                             const BylineToken *tok)
{
  char buf[128];
  g_autofree char *heap = NULL;

  return g_hash_table_lookup (table, byline_token_key_buf (text, tok, buf, sizeof buf, &heap));
}

gboolean
byline_lexicon_has (GHashTable        *set,
                    const char        *text,
                    const BylineToken *tok)
{
  return byline_lexicon_lookup_token (set, text, tok) != NULL;
}

/**
 * byline_tokens_classify:
 *
 * Looks every word of @tokens up once in the word lists and keeps what they
 * say in the token, so that the analysers test bits, not hash tables.
 */
#define CLASS_CACHE_SIZE 4096

/* A word seen before in this text: its bytes and what the lists said of it */
typedef struct
{
  guint32 start;
  guint32 len;
  guint32 hash;
  guint32 cls;
} ClassCacheEntry;

void
byline_tokens_classify (GArray     *tokens,
                        const char *text)
{
  GHashTable *classes = byline_lexicon_get ()->word_classes;
  BylineToken *toks = (BylineToken *) tokens->data;
  /* most words of an article recur ("the", "said", "Iran"): a small cache keyed
   * by the exact bytes saves the lower-casing and the big table */
  g_autofree ClassCacheEntry *cache = g_new0 (ClassCacheEntry, CLASS_CACHE_SIZE);

  for (guint i = 0; i < tokens->len; i++)
    {
      BylineToken *t = &toks[i];
      guint32 len = t->end - t->start;
      guint32 h = 2166136261u;
      ClassCacheEntry *slot;

      if (!(t->kind == BYLINE_TOKEN_WORD
            || (t->kind == BYLINE_TOKEN_PUNCT && ((guchar) text[t->start] >= 0x80 || text[t->start] == '$'
                                                  || text[t->start] == '%'))))
        {
          t->cls = 0;
          continue;
        }
      for (guint32 k = 0; k < len; k++)
        h = (h ^ (guchar) text[t->start + k]) * 16777619u;
      slot = &cache[h & (CLASS_CACHE_SIZE - 1)];
      if (slot->len == len && slot->hash == h && memcmp (text + slot->start, text + t->start, len) == 0)
        {
          t->cls = slot->cls;
          continue;
        }
      t->cls = GPOINTER_TO_UINT (byline_lexicon_lookup_token (classes, text, t));
      slot->start = t->start;
      slot->len = len;
      slot->hash = h;
      slot->cls = t->cls;
    }
}

/* Loading */

static GResource *
lexicon_resource (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      byline_lexicon_register_resource ();
      g_once_init_leave (&registered, 1);
    }
  return byline_lexicon_get_resource ();
}

static JsonNode *
load_json (const char  *name,
           GError     **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_PREFIX, name, NULL);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  gsize size;
  const char *data;

  bytes = g_resource_lookup_data (lexicon_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  if (!json_parser_load_from_data (parser, data, (gssize) size, error))
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
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
add_class (BylineLexicon *self,
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
add_class_array (BylineLexicon *self,
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
add_class_object (BylineLexicon *self,
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

/**
 * byline_lexicon_cue_at:
 * @kinds: (out): the #BylineCueKind bits of the phrase
 *
 * Returns: the number of tokens of the longest claim or reporting cue at @i, or 0
 */
guint
byline_lexicon_cue_at (const BylineLexicon *self,
                       const char          *text,
                       const BylineToken   *tokens,
                       guint                n_tokens,
                       guint                i,
                       guint               *kinds)
{
  gpointer v = NULL;
  guint n;

  if (i >= n_tokens || !(tokens[i].cls & BYLINE_WORD_CUE_START))
    return 0;
  n = byline_phrases_match (self->cues, text, tokens, n_tokens, i, &v);
  if (n > 0)
    *kinds = GPOINTER_TO_UINT (v);
  return n;
}

/**
 * byline_lexicon_connotation:
 *
 * Returns: (nullable): the connotation of a reporting verb ("neutral",
 * "doubting", "conceding", "emphatic"...), an interned string
 */
const char *
byline_lexicon_connotation (const BylineLexicon *self,
                            const char          *text,
                            const BylineToken   *tok)
{
  return byline_lexicon_lookup_token (self->connotations, text, tok);
}

/**
 * byline_lexicon_word_class:
 *
 * Returns: what the word lists say of @word, as #BylineWordClass bits
 */
guint32
byline_lexicon_word_class (const BylineLexicon *self,
                           const char          *word)
{
  g_autofree char *key = g_utf8_strdown (word, -1);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->word_classes, key));
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
add_entry (BylineLexicon    *self,
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
  byline_phrases_add (self->names, name, e);
  if (obj != NULL && json_object_has_member (obj, "aliases"))
    {
      JsonArray *aliases = json_object_get_array_member (obj, "aliases");

      for (guint i = 0; aliases && i < json_array_get_length (aliases); i++)
        {
          const char *alias = json_array_get_string_element (aliases, i);
          if (alias != NULL && *alias)
            byline_phrases_add (self->names, alias, e);
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

/* Outlets by name and by web domain */

/* "The Al-Ahram" -> "theal ahram" -> "thealahram": lower case, letters and
 * digits only, accents dropped, so that "PressTV", "Press TV" and "press-tv" meet */
static char *
outlet_key (const char *name,
            gssize      len)
{
  g_autofree char *norm = g_utf8_normalize (name, len, G_NORMALIZE_NFKD);
  GString *key = g_string_new (NULL);

  for (const char *p = norm; p != NULL && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '&')
        g_string_append (key, "and");
      else if (g_unichar_isalnum (c))
        g_string_append_unichar (key, g_unichar_tolower (c));
    }
  return g_string_free (key, FALSE);
}

static void
add_outlet_key (BylineLexicon  *self,
                const char     *name,
                BylineLexEntry *e)
{
  g_autofree char *key = outlet_key (name, -1);
  gpointer old;

  if (key[0] == '\0')
    return;
  old = g_hash_table_lookup (self->outlet_keys, key);
  if (old == NULL)
    g_hash_table_insert (self->outlet_keys, g_steal_pointer (&key), e);
  else if (old != e)
    g_hash_table_insert (self->outlet_keys, g_steal_pointer (&key), OUTLET_CLASH);
}

static void
add_outlet_keys (BylineLexicon  *self,
                 BylineLexEntry *e,
                 JsonObject     *obj)
{
  JsonArray *aliases = json_object_has_member (obj, "aliases") ? json_object_get_array_member (obj, "aliases") : NULL;
  JsonArray *domains = json_object_has_member (obj, "domains") ? json_object_get_array_member (obj, "domains") : NULL;
  guint n_aliases = aliases ? json_array_get_length (aliases) : 0;

  for (guint i = 0; i <= n_aliases; i++)
    {
      const char *name = i == 0 ? e->name : json_array_get_string_element (aliases, i - 1);

      if (name == NULL)
        continue;
      add_outlet_key (self, name, e);
      /* "The Guardian" is also "Guardian" */
      if (g_ascii_strncasecmp (name, "the ", 4) == 0)
        add_outlet_key (self, name + 4, e);
    }
  for (guint i = 0; domains && i < json_array_get_length (domains); i++)
    {
      const char *d = json_array_get_string_element (domains, i);

      if (d != NULL && *d)
        g_hash_table_insert (self->outlet_hosts, g_ascii_strdown (d, -1), e);
    }
  e->has_domains = domains != NULL && json_array_get_length (domains) > 0;
}

static const BylineLexEntry *
outlet_for_key (const BylineLexicon *self,
                const char          *name,
                gssize               len)
{
  g_autofree char *key = outlet_key (name, len);
  const BylineLexEntry *e = g_hash_table_lookup (self->outlet_keys, key);

  return e == OUTLET_CLASH ? NULL : e;
}

/* A publisher's name often carries a generic tail: "BBC News", "Al Ahram Online" */
static gboolean
is_generic_tail (const char *word,
                 gsize       len)
{
  static const char *const tails[] = {
    "news", "online", "international", "english", "digital", "website", "com", "net",
    "edition", "web", "newspaper", "media", "group", "ltd", "inc", "plc",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (tails); i++)
    if (strlen (tails[i]) == len && g_ascii_strncasecmp (word, tails[i], len) == 0)
      return TRUE;
  return FALSE;
}

/**
 * byline_lexicon_find_outlet:
 * @name: a publisher's name as a page gives it: "Press TV", "BBC News",
 *   "Xinhua | English.news.cn"
 *
 * Returns: (nullable): the outlet of the outlet lexicon that @name names
 */
const BylineLexEntry *
byline_lexicon_find_outlet (const BylineLexicon *self,
                            const char          *name)
{
  g_autofree char *part = NULL;
  const BylineLexEntry *e;
  gsize len;

  g_return_val_if_fail (self != NULL, NULL);

  if (name == NULL || *name == '\0')
    return NULL;
  if ((e = outlet_for_key (self, name, -1)) != NULL)
    return e;
  /* "Xinhua | English", "The Daily Star - Lebanon": the part before a separator */
  part = g_strdup (name);
  for (const char *const *sep = (const char *const[]) { " | ", " - ", " – ", " — ", ": ", " · ", NULL };
       *sep; sep++)
    {
      char *at = strstr (part, *sep);
      if (at != NULL)
        *at = '\0';
    }
  g_strstrip (part);
  /* then without generic trailing words, one at a time */
  for (len = strlen (part); len > 0;)
    {
      gsize end = len, start;

      if ((e = outlet_for_key (self, part, (gssize) len)) != NULL)
        return e;
      while (end > 0 && !g_ascii_isalnum (part[end - 1]))
        end--;
      start = end;
      while (start > 0 && g_ascii_isalnum (part[start - 1]))
        start--;
      if (start == 0 || !is_generic_tail (part + start, end - start))
        break;
      len = start;
      while (len > 0 && (part[len - 1] == ' ' || part[len - 1] == '.' || part[len - 1] == ','))
        len--;
    }
  return NULL;
}

/**
 * byline_url_get_host:
 *
 * Returns: (transfer full) (nullable): the host of an http(s) URL, lower
 *   case, without "www." or a port: "https://www.Tass.com:443/x" -> "tass.com"
 */
char *
byline_url_get_host (const char *url)
{
  const char *p, *end;
  g_autofree char *host = NULL;

  if (url == NULL)
    return NULL;
  p = strstr (url, "://");
  if (p == NULL || p - url > 8)
    return NULL;
  p += 3;
  end = p + strcspn (p, "/?#");
  {
    const char *at = memchr (p, '@', end - p);
    if (at != NULL)
      p = at + 1;
  }
  {
    const char *colon = memchr (p, ':', end - p);
    if (colon != NULL)
      end = colon;
  }
  if (end == p)
    return NULL;
  host = g_ascii_strdown (p, end - p);
  while (g_str_has_suffix (host, "."))
    host[strlen (host) - 1] = '\0';
  if (g_str_has_prefix (host, "www.") || g_str_has_prefix (host, "amp."))
    return g_strdup (host + 4);
  return host[0] ? g_steal_pointer (&host) : NULL;
}

/**
 * byline_lexicon_find_outlet_host:
 * @host: a web host: "english.news.cn", "www.tass.com"
 *
 * The outlet whose domain @host is or is under, by the domains the outlet
 * lexicon lists; else the outlet named by the host's own label ("presstv" in
 * "presstv.ir", "theguardian" in "theguardian.com"), when the country code of
 * the host does not contradict the outlet's country.
 *
 * Returns: (nullable): the outlet
 */
const BylineLexEntry *
byline_lexicon_find_outlet_host (const BylineLexicon *self,
                                 const char          *host)
{
  static const char *const second_levels[] = {
    "co", "com", "org", "net", "gov", "ac", "or", "ne", "gob", "go", "edu", "news",
  };
  static const char *const generic_cc[] = {
    "tv", "io", "co", "me", "fm", "ai", "ly", "cc", "am", "to", "ws", "is",
  };
  g_autofree char *lower = NULL;
  const char *dot;
  const char *tld;
  const char *label_end;
  const char *label;
  const BylineLexEntry *e;

  g_return_val_if_fail (self != NULL, NULL);

  if (host == NULL || *host == '\0')
    return NULL;
  lower = g_ascii_strdown (host, -1);
  if (g_str_has_prefix (lower, "www."))
    memmove (lower, lower + 4, strlen (lower + 4) + 1);
  for (const char *h = lower; h != NULL && *h; h = (dot = strchr (h, '.')) ? dot + 1 : NULL)
    {
      if (strchr (h, '.') == NULL)
        break;
      if ((e = g_hash_table_lookup (self->outlet_hosts, h)) != NULL)
        return e;
    }

  /* the registrable label: before the top level, or before "co.uk" and the like */
  tld = strrchr (lower, '.');
  if (tld == NULL)
    return NULL;
  label_end = tld;
  if (strlen (tld + 1) == 2 && label_end > lower)
    {
      const char *prev = g_strrstr_len (lower, label_end - lower, ".");
      const char *sl = prev ? prev + 1 : lower;

      for (gsize i = 0; prev != NULL && i < G_N_ELEMENTS (second_levels); i++)
        if ((gsize) (label_end - sl) == strlen (second_levels[i])
            && strncmp (sl, second_levels[i], label_end - sl) == 0)
          {
            label_end = prev;
            break;
          }
    }
  label = g_strrstr_len (lower, label_end - lower, ".");
  label = label ? label + 1 : lower;
  if (label_end - label < 3)
    return NULL;
  e = outlet_for_key (self, label, label_end - label);
  if (e == NULL || e->ambiguous || e->has_domains)
    return NULL;
  /* "thestar.com.my" may be The Star of Malaysia; "nation.co.ke" is no Thai paper */
  if (strlen (tld + 1) == 2 && e->country != NULL)
    {
      char cc[3] = { g_ascii_toupper (tld[1]), g_ascii_toupper (tld[2]), 0 };
      gboolean generic = FALSE;

      for (gsize i = 0; i < G_N_ELEMENTS (generic_cc); i++)
        generic = generic || strcmp (tld + 1, generic_cc[i]) == 0;
      if (strcmp (cc, "UK") == 0)
        cc[0] = 'G', cc[1] = 'B';
      if (!generic && strcmp (cc, e->country) != 0)
        return NULL;
    }
  return e;
}

static gboolean
load_entries (BylineLexicon    *self,
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
      e = add_entry (self, name, type, kind, obj);
      if (e->country != NULL)
        e->country_name = g_strdup (g_hash_table_lookup (country_names, e->country));
      if (kind == BYLINE_LEX_OUTLET)
        add_outlet_keys (self, e, obj);
    }
  return TRUE;
}

static void
add_json_strings (JsonArray        *arr,
                  BylineLexicon    *self,
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
load_countries (BylineLexicon  *self,
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
            byline_phrases_add (self->names, json_array_get_string_element (aliases, k), e);
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


/**
 * byline_lexicon_new:
 *
 * Loads every lexicon from the resources compiled into the analysis library.
 */
BylineLexicon *
byline_lexicon_new (GError **error)
{
  g_autoptr (BylineLexicon) self = g_new0 (BylineLexicon, 1);
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
  self->outlet_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->outlet_hosts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->names = byline_phrases_new ();
  self->titles = byline_phrases_new ();
  self->cues = byline_phrases_new ();

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
  self->scale_words = load_words_object (obj, "scale_words");
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
      byline_phrases_add (self->titles, json_array_get_string_element (arr, i), GINT_TO_POINTER (1));
    arr = json_object_get_array_member (obj, "honorifics");
    for (guint i = 0; arr && i < json_array_get_length (arr); i++)
      byline_phrases_add (self->titles, json_array_get_string_element (arr, i), GINT_TO_POINTER (2));
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
    self->cue_phrases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    phrases = json_object_get_array_member (json_node_get_object (verbs), "phrases");
    for (guint i = 0; phrases && i < json_array_get_length (phrases); i++)
      {
        JsonObject *ph = json_array_get_object_element (phrases, i);
        const char *t = get_string (ph, "text");
        const char *conn = get_string (ph, "connotation");
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
        if (conn)
          g_hash_table_insert (self->cue_phrases, g_strdup (k), (gpointer) g_intern_string (conn));
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
        byline_phrases_add (self->cues, key, value);
        if (toks->len > 0)
          {
            const BylineToken *t0 = &g_array_index (toks, BylineToken, 0);
            g_autofree char *first = g_strndup ((const char *) key + t0->start, t0->end - t0->start);
            add_class (self, first, BYLINE_WORD_CUE_START);
          }
      }
  }
  add_class_array (self, json_node_get_object (currencies), "names", BYLINE_WORD_CURRENCY);
  add_class_array (self, json_node_get_object (currencies), "codes", BYLINE_WORD_CURRENCY_SYMBOL);

  return g_steal_pointer (&self);
}

void
byline_lexicon_free (BylineLexicon *self)
{
  GHashTable **sets[] = {
    &self->months, &self->weekdays, &self->number_words, &self->time_units, &self->scale_words,
    &self->word_classes, &self->connotations, &self->title_countries,
    &self->outlet_keys, &self->outlet_hosts,
  };


  if (self == NULL)
    return;
  for (gsize i = 0; i < G_N_ELEMENTS (sets); i++)
    g_clear_pointer (sets[i], g_hash_table_unref);
  g_clear_pointer (&self->names, byline_phrases_free);
  g_clear_pointer (&self->titles, byline_phrases_free);
  g_clear_pointer (&self->cues, byline_phrases_free);
  g_clear_pointer (&self->cue_phrases, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_free (self);
}

/**
 * byline_lexicon_get:
 *
 * Returns: (transfer none): the process-wide lexicon, loaded on first use.
 * The lexicons are compiled in, so failing to load them is a build defect.
 */
const BylineLexicon *
byline_lexicon_get (void)
{
  static gsize lexicon;

  if (g_once_init_enter (&lexicon))
    {
      g_autoptr (GError) error = NULL;
      BylineLexicon *lex = byline_lexicon_new (&error);

      if (lex == NULL)
        g_error ("The compiled-in lexicons do not load: %s", error->message);
      g_once_init_leave (&lexicon, (gsize) lex);
    }
  return (const BylineLexicon *) lexicon;
}
