/* byline-import-html.c: HTML articles: the page read with libxml2, its
 * metadata and article found, its text written with the offset map
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cmark.h>
#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"


typedef enum
{
  EL_ROOT    = 1 << 0,
  EL_DROP    = 1 << 1,
  EL_BLOCK   = 1 << 2,
  EL_PRE     = 1 << 3,
  EL_CAPTURE = 1 << 4,
  EL_ARTICLE = 1 << 5,
} ElementFlags;

/* The first pass over an HTML document: metadata and where the article is */
typedef struct
{
  xmlNode *body;
  xmlNode *main;
  xmlNode *title_el;
  xmlNode *og_title;
  xmlNode *pub_meta;      /* article:published_time */
  xmlNode *date_meta;     /* name=date, pubdate, DC.date */
  xmlNode *author_meta;   /* name=author */
  xmlNode *article_author; /* property=article:author, not a URL */
  xmlNode *og_url;
  xmlNode *canonical;
  xmlNode *article;       /* the top-level article being read */
  gsize    article_len;
  xmlNode *best_article;
  gsize    best_len;
  guint    drop_depth;
  GArray  *stack;         /* guint8 ElementFlags */
} MetaScan;

/* A search for one element under a root */
typedef struct
{
  const char *name;       /* h1, time: by name; NULL: an author */
  xmlNode    *top;
  xmlNode    *found;
  xmlNode    *authors[3]; /* the first good rel=author, class byline, class author */
  int         year, month, day;
  guint       tried;
  const BylineReadability *rd;  /* an author: not in what the finder left out */
} FindScan;

/* Where an element's start tag is in the source */
typedef struct
{
  xmlNode *node;
  gsize    start;
  gsize    end;
  gboolean found;
  gsize    near;  /* the cursor when the walk came to it */
} Watch;

enum
{
  WATCH_TITLE,
  WATCH_AUTHOR,
  WATCH_DATE,
  N_WATCHES
};

/* The second pass over an HTML document: the text */
typedef struct
{
  Aligner     al;
  Builder     body;
  Builder     title;
  Builder     author;
  Builder     h1;
  xmlNode    *root;         /* the article's best subtree, or the body */
  const BylineReadability *readability;
  xmlNode    *title_node;   /* an h1 or <title> read into title */
  xmlNode    *author_node;  /* a rel=author or .byline element read into author */
  xmlNode    *h1_node;      /* the first h1 when the title came from a meta */
  const char *meta_title;
  Builder    *capture;
  guint       capture_drop;
  gboolean    capture_tee;  /* an inline byline: its text stays in the body too */
  gboolean    h1_visible;
  guint       in_root;
  guint       drop_depth;
  guint       pre_depth;
  Watch       watches[N_WATCHES];
  GArray     *stack;        /* guint8 ElementFlags */
} HtmlWalk;

/* HTML: the first pass */

static void
meta_scan_meta (MetaScan *ms,
                xmlNode  *node)
{
  const char *content = _byline_html_get_attr (node, "content");
  const char *keys[2] = {
    _byline_html_get_attr (node, "property"),
    _byline_html_get_attr (node, "name"),
  };

  if (_byline_import_is_blank (content))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *key = keys[i];

      if (key == NULL)
        continue;
      if (g_ascii_strcasecmp (key, "og:title") == 0 && ms->og_title == NULL)
        ms->og_title = node;
      else if (g_ascii_strcasecmp (key, "article:published_time") == 0 && ms->pub_meta == NULL)
        ms->pub_meta = node;
      else if ((g_ascii_strcasecmp (key, "date") == 0 || g_ascii_strcasecmp (key, "pubdate") == 0
                || g_ascii_strcasecmp (key, "dc.date") == 0
                || g_ascii_strcasecmp (key, "dc.date.issued") == 0
                || g_ascii_strcasecmp (key, "dcterms.date") == 0)
               && ms->date_meta == NULL)
        ms->date_meta = node;
      else if (g_ascii_strcasecmp (key, "author") == 0 && ms->author_meta == NULL
               && !_byline_import_looks_like_url (content))
        ms->author_meta = node;
      else if (g_ascii_strcasecmp (key, "article:author") == 0 && ms->article_author == NULL
               && !_byline_import_looks_like_url (content))
        ms->article_author = node;
      else if (g_ascii_strcasecmp (key, "og:url") == 0 && ms->og_url == NULL)
        ms->og_url = node;
    }
}

static WalkAction
meta_scan_enter (xmlNode  *node,
                 gpointer  data)
{
  MetaScan *ms = data;
  guint8 flags = 0;
  guint kind;

  if (node->type == XML_TEXT_NODE)
    {
      if (ms->article != NULL && ms->drop_depth == 0 && node->content != NULL)
        for (const xmlChar *p = node->content; *p != '\0'; p++)
          if (!is_space (*p))
            ms->article_len++;
      return WALK_SKIP;
    }
  if (node->type != XML_ELEMENT_NODE)
    return node->type == XML_HTML_DOCUMENT_NODE || node->type == XML_DOCUMENT_NODE
             ? WALK_DESCEND : WALK_SKIP;

  kind = _byline_html_element_kind (node);
  if (_byline_html_is_name (node, "meta"))
    meta_scan_meta (ms, node);
  else if (_byline_html_is_name (node, "link"))
    {
      const char *rel = _byline_html_get_attr (node, "rel");

      if (rel != NULL && _byline_html_contains_ci (rel, "canonical")
          && !_byline_import_is_blank (_byline_html_get_attr (node, "href"))
          && ms->canonical == NULL)
        ms->canonical = node;
    }
  else if (_byline_html_is_name (node, "title"))
    {
      if (ms->title_el == NULL && node->parent != NULL
          && _byline_html_is_name (node->parent, "head"))
        ms->title_el = node;
    }
  else if (_byline_html_is_name (node, "body"))
    {
      if (ms->body == NULL)
        ms->body = node;
    }

  if (_byline_html_is_dropped (node, kind, FALSE) && !_byline_html_is_name (node, "head"))
    {
      ms->drop_depth++;
      flags |= EL_DROP;
    }
  else if (_byline_html_is_name (node, "main") && ms->main == NULL && ms->drop_depth == 0)
    ms->main = node;
  else if (_byline_html_is_name (node, "article") && ms->article == NULL && ms->drop_depth == 0)
    {
      ms->article = node;
      ms->article_len = 0;
      flags |= EL_ARTICLE;
    }
  g_array_append_val (ms->stack, flags);
  return WALK_DESCEND;
}

static void
meta_scan_leave (xmlNode  *node,
                 gpointer  data)
{
  MetaScan *ms = data;
  guint8 flags;

  if (node->type != XML_ELEMENT_NODE)
    return;
  flags = g_array_index (ms->stack, guint8, ms->stack->len - 1);
  g_array_set_size (ms->stack, ms->stack->len - 1);
  if (flags & EL_DROP)
    ms->drop_depth--;
  if (flags & EL_ARTICLE)
    {
      if (ms->best_article == NULL || ms->article_len > ms->best_len)
        {
          ms->best_article = ms->article;
          ms->best_len = ms->article_len;
        }
      ms->article = NULL;
    }
}

typedef struct
{
  GString *out;
  xmlNode *top;
  gsize    limit;
  guint    visits;
  gboolean space;
} TextScan;

static WalkAction
text_scan_enter (xmlNode  *node,
                 gpointer  data)
{
  TextScan *ts = data;

  if (++ts->visits > 5000 || ts->out->len > ts->limit)
    return WALK_STOP;
  if (node->type == XML_TEXT_NODE && node->content != NULL)
    {
      for (const xmlChar *p = node->content; *p != '\0'; p++)
        {
          if (is_space (*p))
            ts->space = TRUE;
          else
            {
              if (ts->space && ts->out->len > 0)
                g_string_append_c (ts->out, ' ');
              ts->space = FALSE;
              g_string_append_c (ts->out, (char) *p);
            }
        }
      return WALK_SKIP;
    }
  if (node->type != XML_ELEMENT_NODE)
    return WALK_SKIP;
  if (node != ts->top && _byline_html_is_dropped (node, _byline_html_element_kind (node), TRUE))
    return WALK_SKIP;
  if (_byline_html_element_kind (node) & (KIND_BLOCK | KIND_BR))
    ts->space = TRUE;
  return WALK_DESCEND;
}

/* An element's text, white space collapsed, up to about @limit bytes */
static char *
collect_text (xmlNode *node,
              gsize    limit)
{
  TextScan ts = { g_string_new (NULL), node, limit, 0, FALSE };

  _byline_html_walk (node, text_scan_enter, NULL, &ts);
  return g_string_free (ts.out, FALSE);
}

/* Does @node say it is a byline: rel=author, itemprop=author, or a class or
 * id with byline, author or writtenby in it? (A dateline is a date.) */
static guint
author_kinds (xmlNode *node)
{
  static const char *const hints[] = { "byline", "author", "writtenby" };
  const char *rel = _byline_html_get_attr (node, "rel");
  const char *itemprop = _byline_html_get_attr (node, "itemprop");
  const char *values[2] = { _byline_html_get_attr (node, "class"),
                            _byline_html_get_attr (node, "id") };

  if (rel != NULL && _byline_html_contains_ci (rel, "author"))
    return 1;
  if (itemprop != NULL && _byline_html_contains_ci (itemprop, "author"))
    return 1;
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    for (guint h = 0; values[i] != NULL && h < G_N_ELEMENTS (hints); h++)
      if (_byline_html_contains_ci (values[i], hints[h]))
        return 1;
  return 0;
}

/* An itemprop=name inside a byline: all of it is the author's name, where
 * the byline may hold more ("By Jane Doe, Staff Writer") */
static WalkAction
find_name_enter (xmlNode  *node,
                 gpointer  data)
{
  FindScan *fs = data;
  const char *itemprop;

  if (node->type != XML_ELEMENT_NODE)
    return WALK_SKIP;
  itemprop = _byline_html_get_attr (node, "itemprop");
  if (node != fs->top && itemprop != NULL && _byline_html_contains_ci (itemprop, "name"))
    {
      g_autofree char *text = collect_text (node, 200);

      if (text[0] == '\0')
        return WALK_SKIP;
      fs->found = node;
      return WALK_STOP;
    }
  return ++fs->tried > 200 ? WALK_STOP : WALK_DESCEND;
}

static WalkAction
find_scan_enter (xmlNode  *node,
                 gpointer  data)
{
  FindScan *fs = data;

  if (node->type != XML_ELEMENT_NODE)
    return node == fs->top ? WALK_DESCEND : WALK_SKIP;
  /* a byline may sit in the article's header or aside */
  if (node != fs->top && _byline_html_is_dropped (node, _byline_html_element_kind (node), TRUE)
      && !(fs->name == NULL && _byline_html_is_name (node, "aside")))
    return WALK_SKIP;
  if (fs->rd != NULL && (_byline_readability_mark (fs->rd, node) & READ_UNLIKELY))
    return WALK_SKIP;
  if (fs->name != NULL && _byline_html_is_name (node, fs->name))
    {
      if (_byline_html_is_name (node, "time"))
        {
          if (_byline_import_parse_iso_date (_byline_html_get_attr (node, "datetime"),
                                             &fs->year, &fs->month, &fs->day))
            {
              fs->found = node;
              return WALK_STOP;
            }
          return WALK_DESCEND;
        }
      else
        {
          g_autofree char *text = collect_text (node, 1000);

          if (text[0] != '\0')
            {
              fs->found = node;
              return WALK_STOP;
            }
          return WALK_SKIP;
        }
    }
  if (fs->name == NULL && node->properties != NULL && author_kinds (node) != 0)
    {
      g_autofree char *text = NULL;
      const char *name;

      if (++fs->tried > 50)
        return WALK_STOP;
      text = collect_text (node, 200);
      name = text + _byline_import_strip_by_prefix (text);
      if (name[0] != '\0' && g_utf8_strlen (text, -1) < 100
          && !_byline_import_looks_like_url (name))
        {
          FindScan inner = { "", node, NULL, { NULL }, 0, 0, 0, 0 };

          /* a person's name marked inside it is more exact */
          _byline_html_walk (node, find_name_enter, NULL, &inner);
          fs->found = inner.found != NULL ? inner.found : node;
          return WALK_STOP;
        }
    }
  return WALK_DESCEND;
}

static xmlNode *
find_element (xmlNode    *top,
              const char *name,
              int        *year,
              int        *month,
              int        *day)
{
  FindScan fs = { name, top, NULL, { NULL }, 0, 0, 0, 0 };

  if (top == NULL)
    return NULL;
  _byline_html_walk (top, find_scan_enter, NULL, &fs);
  if (year != NULL && fs.found != NULL)
    {
      *year = fs.year;
      *month = fs.month;
      *day = fs.day;
    }
  return fs.found;
}

/* The byline: the first element that says it is one, with a short text
 * that is not a URL */
static xmlNode *
find_author_element (xmlNode                 *top,
                     const BylineReadability *rd)
{
  FindScan fs = { NULL, top, NULL, { NULL }, 0, 0, 0, 0, rd };

  if (top == NULL)
    return NULL;
  _byline_html_walk (top, find_scan_enter, NULL, &fs);
  return fs.found;
}

/* HTML: the second pass */

static guint
html_targets (HtmlWalk  *w,
              Builder  **t)
{
  gboolean body = w->in_root > 0 && w->drop_depth == 0;
  guint n = 0;

  if (w->capture != NULL)
    {
      if (w->drop_depth == w->capture_drop)
        t[n++] = w->capture;
      if (w->capture_tee && body)
        t[n++] = &w->body;
    }
  else if (body)
    t[n++] = &w->body;
  return n;
}

static void
html_text (HtmlWalk *w,
           xmlNode  *node)
{
  const char *c = (const char *) node->content;
  gsize clen = c != NULL ? strlen (c) : 0;
  Builder *t[2];
  guint n;
  gsize p;

  if (clen == 0)
    return;
  p = _byline_import_locate_text (&w->al, c, clen);
  w->al.cursor = _byline_import_align_text (&w->al, p, c, clen, ALIGN_ENTITIES | ALIGN_MARKUP,
                                            w->al.cursor);
  if (node->type != XML_TEXT_NODE)
    return;
  n = html_targets (w, t);
  for (guint i = 0; i < n; i++)
    _byline_import_emit_text (t[i], c, clen, (const Segment *) w->al.segs->data, w->al.segs->len,
                              w->pre_depth > 0);
}

/* Does the h1's text repeat the title ("Headline" under "Headline | Site")? */
gboolean
_byline_import_repeats_title (const char *h1,
                              const char *title)
{
  gsize n = strlen (h1);
  const char *rest;

  if (n == 0 || g_ascii_strncasecmp (title, h1, n) != 0)
    return FALSE;
  rest = title + n;
  while (*rest == ' ')
    rest++;
  return *rest == '\0' || *rest == '|' || *rest == '-' || *rest == ':'
         || g_str_has_prefix (rest, "\xE2\x80\x93") || g_str_has_prefix (rest, "\xE2\x80\x94")
         || g_str_has_prefix (rest, "\xC2\xB7");
}

static WalkAction
html_enter (xmlNode  *node,
            gpointer  data)
{
  HtmlWalk *w = data;
  Builder *t[2];
  guint8 flags = 0;
  gsize near = w->al.cursor;
  gsize start = 0, end = 0;
  gboolean found;
  guint kind;
  guint mark;
  guint n;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      html_text (w, node);
      return WALK_SKIP;
    }
  if (node->type != XML_ELEMENT_NODE)
    return node->type == XML_HTML_DOCUMENT_NODE || node->type == XML_DOCUMENT_NODE
             ? WALK_DESCEND : WALK_SKIP;

  found = node->name != NULL
          && _byline_import_match_tag (&w->al, (const char *) node->name, &start, &end);
  for (guint i = 0; i < N_WATCHES; i++)
    if (w->watches[i].node == node)
      {
        w->watches[i].found = found;
        w->watches[i].start = start;
        w->watches[i].end = end;
        w->watches[i].near = near;
      }
  kind = _byline_html_element_kind (node);
  /* entered before its block break, left after it: kept subtrees side by
   * side are paragraphs of their own */
  mark = _byline_readability_mark (w->readability, node);
  if ((mark & READ_KEEP) || (node == w->root && g_hash_table_size (w->readability->marks) == 0))
    {
      w->in_root++;
      flags |= EL_ROOT;
    }
  if (kind & KIND_BLOCK)
    {
      n = html_targets (w, t);
      for (guint i = 0; i < n; i++)
        _byline_import_builder_break (t[i]);
      flags |= EL_BLOCK;
    }
  if (w->capture == NULL
      && (node == w->title_node || node == w->author_node || node == w->h1_node))
    {
      w->capture = node == w->title_node ? &w->title
                   : node == w->author_node ? &w->author : &w->h1;
      w->capture_drop = w->drop_depth;
      w->capture_tee = node == w->author_node && !(kind & KIND_BLOCK);
      if (node == w->h1_node)
        w->h1_visible = w->in_root > 0 && w->drop_depth == 0 && !(mark & READ_DROP);
      flags |= EL_CAPTURE;
    }
  else if (!(flags & EL_ROOT)
           && (_byline_html_is_dropped (node, kind, FALSE) || (mark & READ_DROP)))
    {
      w->drop_depth++;
      flags |= EL_DROP;
    }
  if (kind & KIND_PRE)
    {
      w->pre_depth++;
      flags |= EL_PRE;
    }
  if (kind & KIND_BR)
    {
      n = html_targets (w, t);
      for (guint i = 0; i < n; i++)
        _byline_import_builder_line_break (t[i], found ? start : near);
    }
  g_array_append_val (w->stack, flags);
  return WALK_DESCEND;
}

static void
html_leave (xmlNode  *node,
            gpointer  data)
{
  HtmlWalk *w = data;
  guint8 flags;

  if (node->type != XML_ELEMENT_NODE)
    return;
  flags = g_array_index (w->stack, guint8, w->stack->len - 1);
  g_array_set_size (w->stack, w->stack->len - 1);
  if (flags & EL_PRE)
    w->pre_depth--;
  if (flags & EL_CAPTURE)
    {
      w->capture = NULL;
      w->capture_tee = FALSE;
      if (node == w->h1_node && w->h1_visible
          && !_byline_import_repeats_title (w->h1.out->str, w->meta_title))
        _byline_import_builder_append_para (&w->body, &w->h1);
    }
  if (flags & EL_DROP)
    w->drop_depth--;
  if (flags & EL_BLOCK)
    {
      Builder *t[2];
      guint n = html_targets (w, t);

      for (guint i = 0; i < n; i++)
        _byline_import_builder_break (t[i]);
    }
  if (flags & EL_ROOT)
    w->in_root--;
}

/* Where an attribute's value is inside its element's start tag */
static gsize
find_value (Aligner     *a,
            const Watch *watch,
            const char  *value)
{
  const char *hit;
  gsize limit;
  gsize k = 0;

  if (!watch->found)
    return G_MAXSIZE;
  while (value[k] != '\0' && k < 16 && !is_space (value[k]) && value[k] != '&' && value[k] != '"'
         && value[k] != '\'' && value[k] != '<' && value[k] != '>')
    k++;
  /* in the start tag (an attribute), else in the text after it */
  limit = MIN (a->len, watch->end + 65536);
  if (k == 0 || limit - watch->start < k)
    return G_MAXSIZE;
  hit = _byline_import_find_bytes (a->src + watch->start, limit - watch->start, value, k);
  return hit != NULL ? (gsize) (hit - a->src) : G_MAXSIZE;
}

/* Writes an attribute value into @b, mapped to where it is in the source */
static void
emit_attr (HtmlWalk    *w,
           Builder     *b,
           const Watch *watch,
           const char  *value)
{
  gsize pos;

  while (is_space (*value))
    value++;
  pos = find_value (&w->al, watch, value);
  if (pos != G_MAXSIZE)
    {
      _byline_import_align_text (&w->al, pos, value, strlen (value), ALIGN_ENTITIES, pos);
      _byline_import_emit_text (b, value, strlen (value), (const Segment *) w->al.segs->data,
                                w->al.segs->len, FALSE);
      return;
    }
  pos = watch->found ? watch->start : watch->near;
  _byline_import_emit_string (b, value, strlen (value), pos, FALSE);
}

/* Which charset to tell libxml: "UTF-8" unless the document declares
 * another one (or starts with a UTF-16 BOM), which libxml then honours. By
 * default libxml would read undeclared bytes that are not UTF-8 as Latin-1
 * from there on; we want UTF-8, with bad bytes replaced. */
static const char *
html_encoding (const char *data,
               gsize       len)
{
  gsize n = MIN (len, 65536);

  if (len >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
                   || ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    return NULL;
  for (gsize i = 0; i + 7 < n; i++)
    {
      gboolean in_meta = FALSE;
      gsize q, start;
      gsize back;

      if ((data[i] != 'c' && data[i] != 'C' && data[i] != 'e' && data[i] != 'E'))
        continue;
      if (g_ascii_strncasecmp (data + i, "charset", 7) == 0)
        q = i + 7;
      else if (i + 8 < n && g_ascii_strncasecmp (data + i, "encoding", 8) == 0)
        q = i + 8;
      else
        continue;
      /* inside a <meta ...> tag or an <?xml ...?> declaration */
      for (back = i; back > 0 && i - back < 1024; back--)
        {
          if (data[back - 1] == '>')
            break;
          if (data[back - 1] == '<')
            {
              in_meta = (n - back >= 4 && g_ascii_strncasecmp (data + back, "meta", 4) == 0)
                        || (n - back >= 4 && g_ascii_strncasecmp (data + back, "?xml", 4) == 0);
              break;
            }
        }
      if (!in_meta)
        continue;
      while (q < n && is_space (data[q]))
        q++;
      if (q >= n || data[q] != '=')
        continue;
      q++;
      while (q < n && (is_space (data[q]) || data[q] == '"' || data[q] == '\''))
        q++;
      start = q;
      while (q < n && (g_ascii_isalnum (data[q]) || data[q] == '-' || data[q] == '_'
                       || data[q] == '.' || data[q] == ':'))
        q++;
      if (q == start)
        continue;
      if ((q - start == 5 && g_ascii_strncasecmp (data + start, "utf-8", 5) == 0)
          || (q - start == 4 && g_ascii_strncasecmp (data + start, "utf8", 4) == 0))
        return "UTF-8";
      {
        /* one libxml knows: let it read the declaration; else UTF-8 */
        g_autofree char *charset = g_strndup (data + start, q - start);
        xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler (charset);

        if (handler == NULL)
          return "UTF-8";
        xmlCharEncCloseFunc (handler);
        return NULL;
      }
    }
  return "UTF-8";
}

static void
silent_generic_error (void       *ctx,
                      const char *msg,
                      ...)
{
}

/* libxml2 stops nesting at 256 levels and says so only as an error */
static void
silent_structured_error (void        *ctx,
                         xmlErrorPtr  error)
{
  guint *cut = ctx;

  if (cut != NULL && error != NULL && error->domain == XML_FROM_PARSER
      && error->code == XML_ERR_INTERNAL_ERROR && error->message != NULL
      && strstr (error->message, "depth") != NULL)
    *cut |= BYLINE_IMPORT_CUT_DEPTH;
}

static gboolean
is_attr_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/*
 * libxml2 compares each attribute of a tag with every one before it, so a
 * tag with 80 000 attributes takes many seconds. One linear pass finds the
 * tags with more than BYLINE_IMPORT_MAX_ATTRIBUTES and blanks the rest of
 * their attributes with spaces (the bytes keep their offsets). Returns a
 * copy when it changed something, else NULL.
 */
static char *
limit_attributes (const char *data,
                  gsize       len)
{
  char *copy = NULL;
  gsize i = 0;

  while (i < len)
    {
      const char *lt = memchr (data + i, '<', len - i);
      const char *raw;
      gsize cut_from = 0;
      gsize tag;
      guint n = 0;

      if (lt == NULL)
        break;
      i = lt - data + 1;
      if (i + 2 < len && data[i] == '!' && data[i + 1] == '-' && data[i + 2] == '-')
        {
          const char *end = g_strstr_len (data + i + 3, len - i - 3, "-->");

          i = end != NULL ? (gsize) (end - data) + 3 : len;
          continue;
        }
      if (i >= len || !g_ascii_isalpha (data[i]))
        continue;
      tag = i;
      while (i < len && !is_attr_space (data[i]) && data[i] != '>' && data[i] != '/')
        i++;
      raw = NULL;
      if (i - tag == 6 && g_ascii_strncasecmp (data + tag, "script", 6) == 0)
        raw = "</script";
      else if (i - tag == 5 && g_ascii_strncasecmp (data + tag, "style", 5) == 0)
        raw = "</style";
      /* the attributes, to the tag's '>' */
      for (;;)
        {
          gsize name;

          while (i < len && (is_attr_space (data[i]) || data[i] == '/'))
            i++;
          if (i >= len || data[i] == '>')
            break;
          name = i;
          while (i < len && !is_attr_space (data[i]) && data[i] != '>' && data[i] != '='
                 && (data[i] != '/' || i == name))
            i++;
          while (i < len && is_attr_space (data[i]))
            i++;
          if (i < len && data[i] == '=')
            {
              i++;
              while (i < len && is_attr_space (data[i]))
                i++;
              if (i < len && (data[i] == '"' || data[i] == '\''))
                {
                  const char *close = memchr (data + i + 1, data[i], len - i - 1);

                  i = close != NULL ? (gsize) (close - data) + 1 : len;
                }
              else
                while (i < len && !is_attr_space (data[i]) && data[i] != '>')
                  i++;
            }
          if (++n == BYLINE_IMPORT_MAX_ATTRIBUTES + 1)
            cut_from = name;
        }
      if (cut_from > 0)
        {
          if (copy == NULL)
            copy = g_memdup2 (data, len);
          /* blank to the '>' (or the end), keeping newlines for line numbers */
          for (gsize k = cut_from; k < i; k++)
            if (copy[k] != '\n')
              copy[k] = ' ';
          data = copy;
        }
      /* a script or style is raw text to its end tag */
      if (raw != NULL)
        {
          gsize raw_len = strlen (raw);

          for (; i < len; i++)
            if (data[i] == '<' && i + raw_len <= len
                && g_ascii_strncasecmp (data + i, raw, raw_len) == 0)
              break;
        }
    }
  return copy;
}

static gpointer
init_libxml (gpointer data)
{
  xmlInitParser ();
  return NULL;
}

static htmlDocPtr
html_parse (const char *data,
            gsize       len,
            guint      *cut)
{
  g_autofree char *limited = limit_attributes (data, len);
  static GOnce once = G_ONCE_INIT;
  xmlGenericErrorFunc old_generic;
  void *old_generic_ctx;
  xmlStructuredErrorFunc old_structured;
  void *old_structured_ctx;
  htmlDocPtr doc;

  g_once (&once, init_libxml, NULL);
  /* libxml must not print anything: errors are expected and recovered */
  old_generic = xmlGenericError;
  old_generic_ctx = xmlGenericErrorContext;
  old_structured = xmlStructuredError;
  old_structured_ctx = xmlStructuredErrorContext;
  xmlSetGenericErrorFunc (NULL, silent_generic_error);
  xmlSetStructuredErrorFunc (cut, silent_structured_error);
  if (limited != NULL)
    {
      *cut |= BYLINE_IMPORT_CUT_ATTRIBUTES;
      data = limited;
    }
  doc = htmlReadMemory (data, (int) len, NULL, html_encoding (data, len),
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                          | HTML_PARSE_NONET);
  xmlSetGenericErrorFunc (old_generic_ctx, old_generic);
  xmlSetStructuredErrorFunc (old_structured_ctx, old_structured);
  return doc;
}

BylineImport *
_byline_import_html (const char  *data,
                     gsize        len,
                     const char  *name,
                     GError     **error)
{
  g_autoptr (GArray) ms_stack = g_array_new (FALSE, FALSE, sizeof (guint8));
  g_autoptr (GArray) walk_stack = g_array_new (FALSE, FALSE, sizeof (guint8));
  g_autoptr (GArray) segs = g_array_new (FALSE, FALSE, sizeof (Segment));
  g_autofree char *date_line = NULL;
  g_autofree char *published = NULL;
  g_autofree char *url = NULL;
  g_autofree char *meta_title = NULL;
  MetaScan ms = { 0 };
  HtmlWalk w = { 0 };
  BylineReadability rd = { 0 };
  BylineHtmlMeta meta = { 0 };
  const char *date_value = NULL;
  Builder out;
  BylineImport *self = NULL;
  const char *meta_author = NULL;
  xmlNode *time_node = NULL;
  xmlNode *date_node = NULL;
  gsize date_src = 0, by_src = 0;
  int year = 0, month = 0, day = 0;
  htmlDocPtr doc;
  guint cut = 0;

  if (len > G_MAXINT)
    {
      g_set_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_PARSE,
                   /* Translators: %s is a file name */
                   _("%s: too large to read as HTML"), name);
      return NULL;
    }
  doc = len > 0 ? html_parse (data, len, &cut) : NULL;
  if (doc == NULL)
    {
      g_set_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_PARSE,
                   /* Translators: %s is a file name */
                   _("%s: no article text found in this HTML"), name);
      return NULL;
    }

  ms.stack = ms_stack;
  _byline_html_walk ((xmlNode *) doc, meta_scan_enter, meta_scan_leave, &ms);

  _byline_html_meta_read (&meta, doc);

  /* the article: the subtrees the finder keeps (byline-readability.c) */
  _byline_readability_run (&rd, ms.body, meta.title.value);
  w.readability = &rd;
  if (ms.body != NULL)
    w.root = rd.top;
  else
    w.root = xmlDocGetRootElement (doc);

  _byline_import_builder_init (&w.body, "\n\n");
  _byline_import_builder_init (&w.title, " ");
  _byline_import_builder_init (&w.author, " ");
  _byline_import_builder_init (&w.h1, " ");
  _byline_import_builder_init (&out, "\n\n");

  /* the title: the page's metadata or its <title> cleaned
   * (byline-html-meta.c), else the first h1 of the article */
  if (meta.title.value != NULL)
    {
      const char *t = meta.title.value;
      Builder tmp;

      w.watches[WATCH_TITLE].node = meta.title.node;
      w.h1_node = find_element (w.root, "h1", NULL, NULL, NULL);
      /* compared with the h1 as the builder writes it: white space collapsed */
      _byline_import_builder_init (&tmp, " ");
      _byline_import_emit_string (&tmp, t, strlen (t), 0, FALSE);
      meta_title = g_strdup (tmp.out->str);
      w.meta_title = meta_title;
      _byline_import_builder_clear (&tmp);
    }
  else
    w.title_node = find_element (w.root, "h1", NULL, NULL, NULL);

  /* the author: the metadata, else a byline element */
  if (meta.author.value != NULL)
    {
      w.watches[WATCH_AUTHOR].node = meta.author.node;
      meta_author = meta.author.value;
    }
  else if (ms.body != NULL)
    w.author_node = find_author_element (ms.body, &rd);

  /* the date: the metadata, else the first <time datetime> */
  if (meta.published.value != NULL
      && _byline_import_parse_iso_date (meta.published.value, &year, &month, &day))
    {
      date_node = meta.published.node;
      date_value = meta.published.value;
    }
  else
    {
      time_node = find_element (w.root, "time", &year, &month, &day);
      if (time_node == NULL && ms.body != NULL && w.root != ms.body)
        time_node = find_element (ms.body, "time", &year, &month, &day);
      date_node = time_node;
      if (time_node != NULL)
        date_value = _byline_html_get_attr (time_node, "datetime");
    }
  w.watches[WATCH_DATE].node = date_node;

  if (ms.canonical != NULL)
    url = g_strdup (_byline_html_get_attr (ms.canonical, "href"));
  else if (ms.og_url != NULL)
    url = g_strdup (_byline_html_get_attr (ms.og_url, "content"));
  if (url != NULL)
    g_strstrip (url);

  w.al.src = data;
  w.al.len = len;
  w.al.cursor = len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  w.al.budget = 8 * len + (1 << 20);
  w.al.segs = segs;
  w.stack = walk_stack;
  _byline_html_walk ((xmlNode *) doc, html_enter, html_leave, &w);

  if (meta.title.value != NULL)
    emit_attr (&w, &w.title, &w.watches[WATCH_TITLE], meta.title.value);
  if (meta_author != NULL)
    emit_attr (&w, &w.author, &w.watches[WATCH_AUTHOR], meta_author);
  by_src = _byline_import_author_finish (&w.author);
  if (date_node != NULL)
    {
      gsize pos = find_value (&w.al, &w.watches[WATCH_DATE], date_value);

      if (pos == G_MAXSIZE)
        pos = w.watches[WATCH_DATE].found ? w.watches[WATCH_DATE].start
                                          : w.watches[WATCH_DATE].near;
      date_src = pos;
      date_line = _byline_import_format_date_line (year, month, day);
      published = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
    }

  _byline_import_assemble (&out, &w.title, &w.author, by_src, date_line, date_src, &w.body);

  /* an author or a date alone is no article */
  if (w.title.out->len == 0 && w.body.out->len == 0)
    g_set_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_PARSE,
                 /* Translators: %s is a file name */
                 _("%s: no article text found in this HTML"), name);
  else
    self = _byline_import_new (BYLINE_IMPORT_FORMAT_HTML, &out, name, len, error);
  if (self != NULL)
    {
      self->title = _byline_import_builder_dup_or_null (&w.title);
      self->author = _byline_import_builder_dup_or_null (&w.author);
      self->published = g_steal_pointer (&published);
      self->whole_page = rd.whole_page;
      self->cut = cut;
      self->publisher = g_strdup (meta.site_name.value);
      self->url = url != NULL && url[0] != '\0' ? g_steal_pointer (&url) : NULL;
    }

  _byline_import_builder_clear (&w.body);
  _byline_import_builder_clear (&w.title);
  _byline_import_builder_clear (&w.author);
  _byline_import_builder_clear (&w.h1);
  _byline_import_builder_clear (&out);
  _byline_readability_clear (&rd);
  _byline_html_meta_clear (&meta);
  xmlFreeDoc (doc);
  return self;
}
