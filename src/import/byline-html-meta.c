/* byline-html-meta.c: what a web page says about itself: headline, author,
 * date and publisher from JSON-LD and meta elements, and its <title> cleaned
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "byline-input.h"
#include "byline-import-private.h"

/* The page's metadata
 * ===================
 *
 * In order of trust:
 *
 * 1. JSON-LD: a <script type="application/ld+json"> whose object (or one in
 *    its array or @graph) is a schema.org Article, NewsArticle, BlogPosting
 *    or another kind of article: headline or name, author (a name, a
 *    person, or a list of them), datePublished, publisher.name.
 * 2. Meta elements, the last one of each key winning: Dublin Core
 *    (dc:title, dc:creator), OpenGraph (og:title, og:site_name),
 *    article:published_time and article:author (unless a URL), name=author,
 *    Twitter and Parse.ly keys. A property may hold several keys separated
 *    by spaces.
 * 3. The <title>, cleaned: "Headline | Section | Site" loses its last part
 *    (its first, if what is left is under three words); "Site: Headline"
 *    keeps what follows the colon unless a heading of the page says the
 *    whole; a title of four words or fewer that lost more than one word is
 *    put back whole. A title too short or too long gives way to the page's
 *    only h1.
 *
 * A headline from 1 or 2 that ends with " | Site" or " - Site", the site
 * being the publisher named in the metadata, loses that ending too.
 */

static const char *const article_types[] = {
  "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle",
  "AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
  "ReportageNewsArticle", "ReviewNewsArticle", "Report", "SatiricalArticle",
  "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
  "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference",
};

typedef struct
{
  BylineHtmlMeta *meta;
  GHashTable     *values;   /* key -> MetaValue* (borrowed strings in the doc) */
  GPtrArray      *scripts;  /* ld+json scripts */
  GPtrArray      *headings; /* h1 and h2, up to a few */
  guint           n_h1;
  xmlNode        *only_h1;
  xmlNode        *title_el;
} MetaWalk;

typedef struct
{
  const char *value;
  xmlNode    *node;
} Found;

/* White space collapsed and trimmed; NULL for an empty string */
static char *
collapse (const char *s)
{
  GString *out;
  gboolean space = FALSE;

  if (s == NULL)
    return NULL;
  out = g_string_new (NULL);
  for (; *s != '\0'; s++)
    {
      if (is_space (*s))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *s);
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* A JSON-LD string, which pages often fill with HTML entities ("Q&amp;A"):
 * decoded, white space collapsed */
static char *
json_text (const char *s)
{
  static const struct
  {
    const char *name;
    const char *text;
  } named[] = {
    { "amp;", "&" }, { "lt;", "<" }, { "gt;", ">" }, { "quot;", "\"" }, { "apos;", "'" },
    { "nbsp;", " " },
  };
  g_autoptr (GString) out = NULL;

  if (s == NULL)
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = s; *p != '\0'; p++)
    {
      gboolean done = FALSE;

      if (*p != '&')
        {
          g_string_append_c (out, *p);
          continue;
        }
      for (guint i = 0; i < G_N_ELEMENTS (named) && !done; i++)
        if (strncmp (p + 1, named[i].name, strlen (named[i].name)) == 0)
          {
            g_string_append (out, named[i].text);
            p += strlen (named[i].name);
            done = TRUE;
          }
      if (!done && p[1] == '#')
        {
          gboolean hex = p[2] == 'x' || p[2] == 'X';
          const char *q = p + (hex ? 3 : 2);
          char *end = NULL;
          guint64 c = g_ascii_strtoull (q, &end, hex ? 16 : 10);

          if (end != q && *end == ';' && c > 0 && c <= 0x10FFFF && g_unichar_validate ((gunichar) c))
            {
              g_string_append_unichar (out, (gunichar) c);
              p = end;
              done = TRUE;
            }
        }
      if (!done)
        g_string_append_c (out, '&');
    }
  return collapse (out->str);
}

static char *
node_text (xmlNode *node)
{
  g_autofree char *raw = (char *) xmlNodeGetContent (node);

  return collapse (raw);
}

/* "dc.Title " -> "dc:title" */
static char *
normalize_key (const char *key)
{
  GString *out = g_string_new (NULL);

  for (; *key != '\0'; key++)
    if (!is_space (*key))
      g_string_append_c (out, *key == '.' ? ':' : g_ascii_tolower (*key));
  return g_string_free (out, FALSE);
}

static const char *const property_prefixes[] = { "article", "dc", "dcterm", "og", "twitter" };
static const char *const property_names[] = {
  "author", "creator", "description", "published_time", "title", "site_name", "modified_time",
};
static const char *const name_prefixes[] = {
  "dc", "dcterm", "dcterms", "og", "twitter", "parsely", "weibo:article", "weibo:webpage",
};
static const char *const name_names[] = {
  "author", "creator", "pub-date", "description", "title", "site_name", "date",
};

static gboolean
in_list (const char         *s,
         gsize               len,
         const char *const  *list,
         guint               n)
{
  for (guint i = 0; i < n; i++)
    if (strlen (list[i]) == len && strncmp (s, list[i], len) == 0)
      return TRUE;
  return FALSE;
}

/* A key we read: "prefix:name" for a property, "[prefix(-|:)]name" for a name */
static gboolean
known_key (const char *key,
           gboolean    property)
{
  const char *colon = strrchr (key, ':');
  const char *dash;

  if (property)
    return colon != NULL
           && in_list (key, colon - key, property_prefixes, G_N_ELEMENTS (property_prefixes))
           && in_list (colon + 1, strlen (colon + 1), property_names,
                       G_N_ELEMENTS (property_names));
  if (in_list (key, strlen (key), name_names, G_N_ELEMENTS (name_names)))
    return TRUE;
  dash = strchr (key, '-');
  if (dash != NULL && in_list (key, dash - key, name_prefixes, G_N_ELEMENTS (name_prefixes))
      && in_list (dash + 1, strlen (dash + 1), name_names, G_N_ELEMENTS (name_names)))
    return TRUE;
  return colon != NULL && in_list (key, colon - key, name_prefixes, G_N_ELEMENTS (name_prefixes))
         && in_list (colon + 1, strlen (colon + 1), name_names, G_N_ELEMENTS (name_names));
}

static void
put_value (MetaWalk   *mw,
           const char *key,
           const char *content,
           xmlNode    *node)
{
  Found *f = g_new0 (Found, 1);

  f->value = content;
  f->node = node;
  g_hash_table_replace (mw->values, g_strdup (key), f);
}

static void
read_meta (MetaWalk *mw,
           xmlNode  *node)
{
  const char *content = _byline_html_get_attr (node, "content");
  const char *property = _byline_html_get_attr (node, "property");
  const char *name = _byline_html_get_attr (node, "name");
  gboolean matched = FALSE;

  if (content == NULL || content[0] == '\0')
    return;
  if (property != NULL)
    {
      g_auto (GStrv) keys = g_strsplit_set (property, " \t\n\r", -1);

      /* "og:article:author" holds "article:author" */
      for (guint i = 0; keys[i] != NULL; i++)
        {
          g_autofree char *key = normalize_key (keys[i]);
          g_auto (GStrv) parts = g_strsplit (key, ":", -1);

          for (guint k = 0; parts[k] != NULL && parts[k + 1] != NULL; k++)
            {
              g_autofree char *pair = g_strconcat (parts[k], ":", parts[k + 1], NULL);

              if (known_key (pair, TRUE))
                {
                  put_value (mw, pair, content, node);
                  matched = TRUE;
                }
            }
        }
    }
  if (!matched && name != NULL)
    {
      g_autofree char *key = normalize_key (name);

      if (known_key (key, FALSE))
        put_value (mw, key, content, node);
    }
}

static WalkAction
meta_walk_enter (xmlNode  *node,
                 gpointer  data)
{
  MetaWalk *mw = data;

  if (node->type != XML_ELEMENT_NODE)
    return node->type == XML_HTML_DOCUMENT_NODE || node->type == XML_DOCUMENT_NODE
             ? WALK_DESCEND : WALK_SKIP;
  if (_byline_html_is_name (node, "meta"))
    read_meta (mw, node);
  else if (_byline_html_is_name (node, "script"))
    {
      const char *type = _byline_html_get_attr (node, "type");

      if (type != NULL && _byline_html_contains_ci (type, "ld+json") && mw->scripts->len < 20)
        g_ptr_array_add (mw->scripts, node);
      return WALK_SKIP;
    }
  else if (_byline_html_is_name (node, "title"))
    {
      if (mw->title_el == NULL)
        mw->title_el = node;
      return WALK_SKIP;
    }
  else if (_byline_html_is_name (node, "h1") || _byline_html_is_name (node, "h2"))
    {
      if (_byline_html_is_name (node, "h1"))
        {
          mw->n_h1++;
          mw->only_h1 = node;
        }
      if (mw->headings->len < 20)
        g_ptr_array_add (mw->headings, node);
      return WALK_SKIP;
    }
  else if (_byline_html_is_name (node, "style") || _byline_html_is_name (node, "svg"))
    return WALK_SKIP;
  return WALK_DESCEND;
}

/* JSON-LD */

static gboolean
is_article_type (JsonNode *type)
{
  if (type == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING)
    {
      const char *t = json_node_get_string (type);

      for (guint i = 0; i < G_N_ELEMENTS (article_types); i++)
        if (g_strcmp0 (t, article_types[i]) == 0)
          return TRUE;
      return FALSE;
    }
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *a = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (a); i++)
        if (is_article_type (json_array_get_element (a, i)))
          return TRUE;
    }
  return FALSE;
}

static gboolean
is_schema_org (JsonNode *context)
{
  if (context == NULL)
    return TRUE;  /* inside a @graph, or left out: the type decides */
  if (JSON_NODE_HOLDS_VALUE (context) && json_node_get_value_type (context) == G_TYPE_STRING)
    return strstr (json_node_get_string (context), "schema.org") != NULL;
  if (JSON_NODE_HOLDS_OBJECT (context))
    {
      JsonObject *o = json_node_get_object (context);

      return json_object_has_member (o, "@vocab")
             && JSON_NODE_HOLDS_VALUE (json_object_get_member (o, "@vocab"))
             && strstr (json_object_get_string_member_with_default (o, "@vocab", ""),
                        "schema.org") != NULL;
    }
  return FALSE;
}

static JsonObject *
find_article_object (JsonNode *node,
                     guint     depth)
{
  if (node == NULL || depth > 3)
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (a) && i < 50; i++)
        {
          JsonObject *o = find_article_object (json_array_get_element (a, i), depth + 1);

          if (o != NULL)
            return o;
        }
      return NULL;
    }
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *o = json_node_get_object (node);

      if (!is_schema_org (json_object_get_member (o, "@context")))
        return NULL;
      if (is_article_type (json_object_get_member (o, "@type")))
        return o;
      if (json_object_has_member (o, "@graph"))
        return find_article_object (json_object_get_member (o, "@graph"), depth + 1);
    }
  return NULL;
}

static const char *
string_member (JsonObject *o,
               const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  if (n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
    return json_node_get_string (n);
  return NULL;
}

/* "Name", {"name": "Name"}, or a list of them: "A, B" */
static char *
author_names (JsonNode *n)
{
  if (n == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
    return _byline_import_looks_like_url (json_node_get_string (n))
           ? NULL : json_text (json_node_get_string (n));
  if (JSON_NODE_HOLDS_OBJECT (n))
    return json_text (string_member (json_node_get_object (n), "name"));
  if (JSON_NODE_HOLDS_ARRAY (n))
    {
      JsonArray *a = json_node_get_array (n);
      GString *out = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (a) && i < 10; i++)
        {
          JsonNode *e = json_array_get_element (a, i);
          g_autofree char *name = JSON_NODE_HOLDS_ARRAY (e) ? NULL : author_names (e);

          if (name == NULL)
            continue;
          if (out->len > 0)
            g_string_append (out, ", ");
          g_string_append (out, name);
        }
      if (out->len == 0)
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      return g_string_free (out, FALSE);
    }
  return NULL;
}

/* Readability's text similarity: the share of @b's words also in @a */
double
_byline_html_similarity (const char *a,
            const char *b)
{
  g_autofree char *la = g_utf8_strdown (a, -1);
  g_autofree char *lb = g_utf8_strdown (b, -1);
  g_auto (GStrv) ta = g_regex_split_simple ("\\W+", la, 0, 0);
  g_auto (GStrv) tb = g_regex_split_simple ("\\W+", lb, 0, 0);
  gsize all = 0, unique = 0;

  for (guint i = 0; tb[i] != NULL; i++)
    {
      gboolean seen = FALSE;

      if (tb[i][0] == '\0')
        continue;
      for (guint j = 0; ta[j] != NULL && !seen; j++)
        seen = strcmp (ta[j], tb[i]) == 0;
      all += strlen (tb[i]) + 1;
      if (!seen)
        unique += strlen (tb[i]) + 1;
    }
  return all == 0 ? 0 : 1 - (double) unique / all;
}

static void
read_json_ld (MetaWalk   *mw,
              const char *doc_title)
{
  BylineHtmlMeta *m = mw->meta;

  for (guint i = 0; i < mw->scripts->len; i++)
    {
      xmlNode *script = g_ptr_array_index (mw->scripts, i);
      g_autofree char *text = (char *) xmlNodeGetContent (script);
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_autofree char *cleaned = NULL;
      JsonObject *o;
      const char *name, *headline;
      const char *publisher_name = NULL;
      JsonNode *publisher;

      if (text == NULL)
        continue;
      /* some pages wrap it in a CDATA comment */
      cleaned = g_strdup (text);
      g_strstrip (cleaned);
      if (g_str_has_prefix (cleaned, "<![CDATA["))
        memset (cleaned, ' ', 9);
      if (g_str_has_suffix (cleaned, "]]>"))
        cleaned[strlen (cleaned) - 3] = '\0';
      /* a page's JSON-LD is hostile input too: no nesting past the limit */
      if (!byline_json_check_shape (cleaned, strlen (cleaned), NULL)
          || !json_parser_load_from_data (parser, cleaned, -1, NULL))
        continue;
      o = find_article_object (json_parser_get_root (parser), 0);
      if (o == NULL)
        continue;
      name = string_member (o, "name");
      headline = string_member (o, "headline");
      publisher = json_object_get_member (o, "publisher");
      if (publisher != NULL && JSON_NODE_HOLDS_OBJECT (publisher))
        publisher_name = string_member (json_node_get_object (publisher), "name");
      /* a name that is the publisher's is not the headline */
      if (name != NULL && headline != NULL && publisher_name != NULL
          && g_utf8_collate (name, publisher_name) == 0)
        name = NULL;
      if (name != NULL && headline != NULL && strcmp (name, headline) != 0 && doc_title != NULL)
        {
          gboolean name_matches = _byline_html_similarity (name, doc_title) > 0.75;
          gboolean headline_matches = _byline_html_similarity (headline, doc_title) > 0.75;

          if (headline_matches && !name_matches)
            name = NULL;
        }
      if (m->title.value == NULL)
        {
          m->title.value = json_text (name != NULL ? name : headline);
          m->title.node = script;
        }
      if (m->author.value == NULL)
        {
          m->author.value = author_names (json_object_get_member (o, "author"));
          m->author.node = script;
        }
      if (m->published.value == NULL)
        {
          m->published.value = collapse (string_member (o, "datePublished"));
          m->published.node = script;
        }
      if (m->site_name.value == NULL && publisher_name != NULL)
        {
          m->site_name.value = json_text (publisher_name);
          m->site_name.node = script;
        }
      break;
    }
}

/* Titles */

static guint
word_count (const char *s)
{
  guint n = 1;

  for (; *s != '\0'; s++)
    if (is_space (*s) && !is_space (s[1]) && s[1] != '\0')
      n++;
  return n;
}

static gboolean
is_separator (char c)
{
  return c == '|' || c == '-' || c == '\\' || c == '/' || c == '>';
}

/* A separator " | " at @s: its length (" » " and " – " " — " " · " too), or 0 */
static gsize
separator_at (const char *s,
              gboolean   *hierarchical)
{
  static const char *const wide[] = { "\xC2\xBB", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7" };

  if (s[0] != ' ')
    return 0;
  if (is_separator (s[1]) && s[2] == ' ')
    {
      if (hierarchical != NULL)
        *hierarchical = s[1] == '\\' || s[1] == '/' || s[1] == '>';
      return 3;
    }
  for (guint i = 0; i < G_N_ELEMENTS (wide); i++)
    {
      gsize n = strlen (wide[i]);

      if (strncmp (s + 1, wide[i], n) == 0 && s[1 + n] == ' ')
        {
          if (hierarchical != NULL)
            *hierarchical = i == 0;
          return n + 2;
        }
    }
  return 0;
}

/* Words once the separators are taken out */
static guint
words_without_separators (const char *s)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (const char *p = s; *p != '\0'; p++)
    {
      gsize n = separator_at (p, NULL);

      if (n > 0)
        {
          g_string_append (out, "  ");
          p += n - 1;
          continue;
        }
      g_string_append_c (out, *p);
    }
  return word_count (g_strstrip (out->str));
}

char *
_byline_html_clean_title (const char *title,
                          GPtrArray  *headings,
                          const char *only_h1)
{
  g_autofree char *orig = collapse (title);
  g_autofree char *cur = NULL;
  gboolean hierarchical = FALSE;
  const char *last = NULL, *first = NULL;
  gsize first_len = 0;
  guint n;

  if (orig == NULL)
    return NULL;
  for (const char *p = orig; *p != '\0'; p++)
    {
      gboolean h = FALSE;
      gsize len = separator_at (p, &h);

      if (len > 0)
        {
          if (first == NULL)
            {
              first = p;
              first_len = len;
            }
          last = p;
          hierarchical |= h;
        }
    }
  if (last != NULL)
    {
      cur = g_strndup (orig, last - orig);
      if (word_count (cur) < 3)
        {
          g_free (cur);
          cur = g_strdup (first + first_len);
        }
    }
  else if (strstr (orig, ": ") != NULL)
    {
      gboolean whole = FALSE;

      for (guint i = 0; headings != NULL && i < headings->len && !whole; i++)
        whole = g_strcmp0 (g_ptr_array_index (headings, i), orig) == 0;
      if (whole)
        cur = g_strdup (orig);
      else
        {
          const char *colon = strrchr (orig, ':');
          g_autofree char *before = g_strndup (orig, strchr (orig, ':') - orig);

          cur = g_strdup (colon + 1);
          g_strstrip (cur);
          if (word_count (cur) < 3)
            {
              g_free (cur);
              cur = g_strdup (strchr (orig, ':') + 1);
            }
          else if (word_count (before) > 5)
            {
              g_free (cur);
              cur = g_strdup (orig);
            }
        }
    }
  else if ((strlen (orig) > 150 || g_utf8_strlen (orig, -1) < 15) && only_h1 != NULL)
    {
      /* unless the h1 says less */
      if (word_count (only_h1) > word_count (orig))
        return g_strdup (only_h1);
      cur = g_strdup (orig);
    }
  else
    cur = g_strdup (orig);
  g_strstrip (cur);
  n = word_count (cur);
  if (cur[0] == '\0'
      || (n <= 4 && (!hierarchical || n != words_without_separators (orig) - 1)))
    return g_steal_pointer (&orig);
  return g_steal_pointer (&cur);
}

/* "Headline | Site" -> "Headline" when Site is the publisher */
static void
strip_site (char       *title,
            const char *site)
{
  gsize tl, sl;

  if (title == NULL || site == NULL || site[0] == '\0')
    return;
  tl = strlen (title);
  sl = strlen (site);
  if (tl <= sl + 5 || g_ascii_strcasecmp (title + tl - sl, site) != 0)
    return;
  for (gsize len = 3; len <= 5; len++)
    {
      char *p = title + tl - sl - len;

      if (separator_at (p, NULL) == len)
        {
          *p = '\0';
          return;
        }
    }
}

static const Found *
pick (MetaWalk          *mw,
      const char *const *keys,
      gboolean           no_url)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      const Found *f = g_hash_table_lookup (mw->values, keys[i]);

      if (f != NULL && !(no_url && _byline_import_looks_like_url (f->value)))
        {
          g_autofree char *v = collapse (f->value);

          if (v != NULL)
            return f;
        }
    }
  return NULL;
}

static void
take (MetaValue   *mv,
      const Found *f)
{
  if (mv->value != NULL || f == NULL)
    return;
  mv->value = collapse (f->value);
  mv->node = f->node;
}

void
_byline_html_meta_read (BylineHtmlMeta *self,
                        xmlDoc         *doc)
{
  static const char *const title_keys[] = {
    "dc:title", "dcterm:title", "dcterms:title", "og:title", "weibo:article:title",
    "weibo:webpage:title", "title", "twitter:title", "parsely-title", NULL,
  };
  static const char *const author_keys[] = {
    "dc:creator", "dcterm:creator", "dcterms:creator", "author", "parsely-author", NULL,
  };
  static const char *const article_author_keys[] = { "article:author", NULL };
  static const char *const date_keys[] = {
    "article:published_time", "parsely-pub-date", "dc:date", "dcterms:date", "date", NULL,
  };
  static const char *const site_keys[] = { "og:site_name", NULL };
  g_autoptr (GPtrArray) headings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) scripts = g_ptr_array_new ();
  g_autoptr (GPtrArray) heading_nodes = g_ptr_array_new ();
  g_autoptr (GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *doc_title = NULL;
  g_autofree char *h1 = NULL;
  MetaWalk mw = { self, values, scripts, heading_nodes, 0, NULL, NULL };

  memset (self, 0, sizeof *self);
  _byline_html_walk ((xmlNode *) doc, meta_walk_enter, NULL, &mw);
  if (mw.title_el != NULL)
    doc_title = node_text (mw.title_el);
  for (guint i = 0; i < heading_nodes->len; i++)
    {
      char *t = node_text (g_ptr_array_index (heading_nodes, i));

      g_ptr_array_add (headings, t != NULL ? t : g_strdup (""));
    }
  if (mw.n_h1 == 1)
    h1 = node_text (mw.only_h1);

  read_json_ld (&mw, doc_title);
  take (&self->title, pick (&mw, title_keys, FALSE));
  take (&self->author, pick (&mw, author_keys, FALSE));
  take (&self->author, pick (&mw, article_author_keys, TRUE));
  take (&self->published, pick (&mw, date_keys, FALSE));
  take (&self->site_name, pick (&mw, site_keys, FALSE));
  if (self->title.value != NULL)
    strip_site (self->title.value, self->site_name.value);
  else if (doc_title != NULL)
    {
      self->title.value = _byline_html_clean_title (doc_title, headings, h1);
      self->title.node = mw.title_el;
      self->title_from_element = TRUE;
    }
}

void
_byline_html_meta_clear (BylineHtmlMeta *self)
{
  g_clear_pointer (&self->title.value, g_free);
  g_clear_pointer (&self->author.value, g_free);
  g_clear_pointer (&self->published.value, g_free);
  g_clear_pointer (&self->site_name.value, g_free);
}
