/* byline-outlets.c: outlets by a page's publisher name and by web domain
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The outlet lexicon's entries are compiled into the lexicon blob with the
 * rest; their aliases as a publisher writes them and their web domains
 * (outlets.json's "aliases" and "domains", compiled into one string an
 * outlet) are made into tables the first time a page's publisher or URL is
 * looked up, which only an imported web page needs.
 */

#define G_LOG_DOMAIN "byline-outlets"

#include "config.h"

#include <string.h>

#include "byline-lexicon.h"

#define OUTLET_CLASH ((gpointer) &outlet_clash)  /* two outlets share the key */

static const char outlet_clash = 0;

typedef struct
{
  GHashTable *outlet_keys;  /* compact outlet name or alias -> BylineLexEntry, or OUTLET_CLASH */
  GHashTable *outlet_hosts; /* web domain ("tass.com") -> BylineLexEntry */
  GHashTable *with_domains; /* the outlets known by their listed domains only */
} OutletTables;

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
add_outlet_key (OutletTables         *self,
                const char           *name,
                const BylineLexEntry *e)
{
  g_autofree char *key = outlet_key (name, -1);
  gpointer old;

  if (key[0] == '\0')
    return;
  old = g_hash_table_lookup (self->outlet_keys, key);
  if (old == NULL)
    g_hash_table_insert (self->outlet_keys, g_steal_pointer (&key), (gpointer) e);
  else if (old != e)
    g_hash_table_insert (self->outlet_keys, g_steal_pointer (&key), OUTLET_CLASH);
}

/* @extras: as byline_lexicon_outlet_extras () gives them */
static void
add_outlet_keys (OutletTables         *self,
                 const BylineLexEntry *e,
                 const char           *extras)
{
  const char *domains = strchr (extras, '\x1e');
  gboolean any_domain = FALSE;

  add_outlet_key (self, e->name, e);
  if (g_ascii_strncasecmp (e->name, "the ", 4) == 0)
    add_outlet_key (self, e->name + 4, e);
  for (const char *p = extras; domains != NULL && p < domains;)
    {
      const char *end = strchr (p, '\x1f');
      g_autofree char *name = g_strndup (p, end - p);

      add_outlet_key (self, name, e);
      /* "The Guardian" is also "Guardian" */
      if (g_ascii_strncasecmp (name, "the ", 4) == 0)
        add_outlet_key (self, name + 4, e);
      p = end + 1;
    }
  for (const char *p = domains != NULL ? domains + 1 : ""; *p;)
    {
      const char *end = strchr (p, '\x1f');

      g_hash_table_insert (self->outlet_hosts, g_ascii_strdown (p, end - p), (gpointer) e);
      any_domain = TRUE;
      p = end + 1;
    }
  if (any_domain)
    g_hash_table_add (self->with_domains, (gpointer) e);
}

static const BylineLexEntry *
outlet_for_key (const OutletTables *self,
                const char         *name,
                gssize              len)
{
  g_autofree char *key = outlet_key (name, len);
  const BylineLexEntry *e = g_hash_table_lookup (self->outlet_keys, key);

  return e == OUTLET_CLASH ? NULL : e;
}

/* The outlets' tables, made once for the process from the lexicon, each name
 * pointing at the lexicon's own entry */
static const OutletTables *
outlet_tables (const BylineLexicon *lex)
{
  static gsize once;
  static OutletTables tables;

  if (g_once_init_enter (&once))
    {
      tables.outlet_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      tables.outlet_hosts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      tables.with_domains = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < lex->n_entries; i++)
        {
          const BylineLexEntry *e = byline_lexicon_entry (lex, i);
          const char *extras;

          if (e->kind == BYLINE_LEX_OUTLET
              && (extras = byline_lexicon_outlet_extras (lex, e->name)) != NULL)
            add_outlet_keys (&tables, e, extras);
        }
      g_once_init_leave (&once, 1);
    }
  return &tables;
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

  const OutletTables *tables;

  g_return_val_if_fail (self != NULL, NULL);

  if (name == NULL || *name == '\0')
    return NULL;
  tables = outlet_tables (self);
  if ((e = outlet_for_key (tables, name, -1)) != NULL)
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

      if ((e = outlet_for_key (tables, part, (gssize) len)) != NULL)
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

  const OutletTables *tables;

  g_return_val_if_fail (self != NULL, NULL);

  if (host == NULL || *host == '\0')
    return NULL;
  tables = outlet_tables (self);
  lower = g_ascii_strdown (host, -1);
  if (g_str_has_prefix (lower, "www."))
    memmove (lower, lower + 4, strlen (lower + 4) + 1);
  for (const char *h = lower; h != NULL && *h; h = (dot = strchr (h, '.')) ? dot + 1 : NULL)
    {
      if (strchr (h, '.') == NULL)
        break;
      if ((e = g_hash_table_lookup (tables->outlet_hosts, h)) != NULL)
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
  e = outlet_for_key (tables, label, label_end - label);
  if (e == NULL || e->ambiguous || g_hash_table_contains (tables->with_domains, e))
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

