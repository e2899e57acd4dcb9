/* byline-html-tree.c: walking an HTML tree: element kinds, attributes, what
 * is hidden
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <libxml/tree.h>
#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

/* Tree walks */

static gboolean
has_walkable_children (xmlNode *node)
{
  return node->children != NULL
         && (node->type == XML_ELEMENT_NODE || node->type == XML_DOCUMENT_NODE
             || node->type == XML_HTML_DOCUMENT_NODE);
}

/* Depth first, without recursion: deep nesting cannot overflow the stack */
void
_byline_html_walk (xmlNode   *top,
                   EnterFunc  enter,
                   LeaveFunc  leave,
                   gpointer   data)
{
  xmlNode *node = top;

  while (node != NULL)
    {
      WalkAction action = enter (node, data);

      if (action == WALK_STOP)
        return;
      if (action == WALK_DESCEND && has_walkable_children (node))
        {
          node = node->children;
          continue;
        }
      for (;;)
        {
          if (leave != NULL)
            leave (node, data);
          if (node == top)
            return;
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
          if (node == NULL)
            return;
        }
    }
}

static gpointer
build_element_kinds (gpointer data)
{
  static const struct
  {
    const char *name;
    guint       kind;
  } kinds[] = {
    { "address", KIND_BLOCK }, { "article", KIND_BLOCK }, { "blockquote", KIND_BLOCK },
    { "body", KIND_BLOCK }, { "caption", KIND_BLOCK }, { "center", KIND_BLOCK },
    { "dd", KIND_BLOCK }, { "details", KIND_BLOCK }, { "dialog", KIND_BLOCK },
    { "dir", KIND_BLOCK }, { "div", KIND_BLOCK }, { "dl", KIND_BLOCK }, { "dt", KIND_BLOCK },
    { "fieldset", KIND_BLOCK }, { "figcaption", KIND_BLOCK }, { "figure", KIND_BLOCK },
    { "h1", KIND_BLOCK }, { "h2", KIND_BLOCK }, { "h3", KIND_BLOCK }, { "h4", KIND_BLOCK },
    { "h5", KIND_BLOCK }, { "h6", KIND_BLOCK }, { "hgroup", KIND_BLOCK }, { "hr", KIND_BLOCK },
    { "html", KIND_BLOCK }, { "legend", KIND_BLOCK }, { "li", KIND_BLOCK },
    { "main", KIND_BLOCK }, { "menu", KIND_BLOCK }, { "ol", KIND_BLOCK }, { "p", KIND_BLOCK },
    { "section", KIND_BLOCK }, { "summary", KIND_BLOCK }, { "table", KIND_BLOCK },
    { "tbody", KIND_BLOCK }, { "td", KIND_BLOCK }, { "tfoot", KIND_BLOCK },
    { "th", KIND_BLOCK }, { "thead", KIND_BLOCK }, { "tr", KIND_BLOCK }, { "ul", KIND_BLOCK },
    { "pre", KIND_BLOCK | KIND_PRE }, { "listing", KIND_BLOCK | KIND_PRE },
    { "xmp", KIND_BLOCK | KIND_PRE }, { "plaintext", KIND_BLOCK | KIND_PRE },
    { "br", KIND_BR },
    { "header", KIND_BLOCK | KIND_DROP | KIND_HEADER },
    { "footer", KIND_BLOCK | KIND_DROP }, { "nav", KIND_BLOCK | KIND_DROP },
    { "aside", KIND_BLOCK | KIND_DROP }, { "form", KIND_BLOCK | KIND_DROP },
    { "head", KIND_DROP }, { "title", KIND_DROP }, { "script", KIND_DROP },
    { "style", KIND_DROP }, { "noscript", KIND_DROP }, { "template", KIND_DROP },
    { "button", KIND_DROP }, { "iframe", KIND_DROP }, { "svg", KIND_DROP },
    { "select", KIND_DROP }, { "object", KIND_DROP }, { "embed", KIND_DROP },
    { "canvas", KIND_DROP }, { "audio", KIND_DROP }, { "video", KIND_DROP },
    { "textarea", KIND_DROP }, { "input", KIND_DROP },
  };
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_hash_table_insert (table, (gpointer) kinds[i].name, GUINT_TO_POINTER (kinds[i].kind));
  return table;
}

guint
_byline_html_element_kind (xmlNode *node)
{
  static GOnce once = G_ONCE_INIT;
  GHashTable *table = g_once (&once, build_element_kinds, NULL);

  if (node->type != XML_ELEMENT_NODE || node->name == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (table, node->name));
}

gboolean
_byline_html_is_name (xmlNode    *node,
                      const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL
         && g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

/* An attribute's value (borrowed; "" for a bare attribute), or NULL */
const char *
_byline_html_get_attr (xmlNode    *node,
                       const char *name)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    if (attr->name != NULL && g_ascii_strcasecmp ((const char *) attr->name, name) == 0)
      {
        if (attr->children != NULL && attr->children->type == XML_TEXT_NODE
            && attr->children->content != NULL)
          return (const char *) attr->children->content;
        return "";
      }
  return NULL;
}

gboolean
_byline_html_contains_ci (const char *haystack,
                          const char *needle)
{
  gsize n = strlen (needle);

  for (const char *p = haystack; *p != '\0'; p++)
    if (g_ascii_strncasecmp (p, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* "property: value" at p, with any white space around the colon */
static gboolean
style_is (const char *p, const char *property, const char *value)
{
  gsize n = strlen (property);
  const char *q = p + n;

  if (g_ascii_strncasecmp (p, property, n) != 0)
    return FALSE;
  while (is_space (*q))
    q++;
  if (*q != ':')
    return FALSE;
  q++;
  while (is_space (*q))
    q++;
  return g_ascii_strncasecmp (q, value, strlen (value)) == 0;
}

/* "display: none" or "visibility: hidden" in a style attribute */
static gboolean
style_hides (const char *style)
{
  for (const char *p = style; *p != '\0'; p++)
    if (style_is (p, "display", "none") || style_is (p, "visibility", "hidden"))
      return TRUE;
  return FALSE;
}

gboolean
_byline_import_is_blank (const char *s)
{
  if (s == NULL)
    return TRUE;
  for (; *s != '\0'; s++)
    if (!is_space (*s))
      return FALSE;
  return TRUE;
}

gboolean
_byline_html_is_dropped (xmlNode  *node,
                         guint     kind,
                         gboolean  keep_header)
{
  const char *v;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if ((kind & KIND_DROP) && !(keep_header && (kind & KIND_HEADER)))
    return TRUE;
  if (node->properties == NULL)
    return FALSE;
  if (_byline_html_get_attr (node, "hidden") != NULL)
    return TRUE;
  v = _byline_html_get_attr (node, "aria-hidden");
  if (v != NULL)
    {
      while (is_space (*v))
        v++;
      if (g_ascii_strncasecmp (v, "true", 4) == 0 && _byline_import_is_blank (v + 4))
        return TRUE;
    }
  v = _byline_html_get_attr (node, "style");
  return v != NULL && style_hides (v);
}

gboolean
_byline_import_looks_like_url (const char *s)
{
  while (is_space (*s))
    s++;
  return strstr (s, "://") != NULL || s[0] == '/';
}

/* "2026-03-03", "2026-03-03T09:30:00Z", "2026/03/03" */
gboolean
_byline_import_parse_iso_date (const char *s,
                               int        *year,
                               int        *month,
                               int        *day)
{
  int y = 0, m = 0, d = 0;
  int i = 0;
  char sep;

  if (s == NULL)
    return FALSE;
  while (is_space (*s))
    s++;
  for (i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      y = y * 10 + (s[i] - '0');
    }
  sep = s[4];
  if (sep != '-' && sep != '/')
    return FALSE;
  s += 5;
  for (i = 0; i < 2 && g_ascii_isdigit (s[i]); i++)
    m = m * 10 + (s[i] - '0');
  if (i == 0 || s[i] != sep)
    return FALSE;
  s += i + 1;
  for (i = 0; i < 2 && g_ascii_isdigit (s[i]); i++)
    d = d * 10 + (s[i] - '0');
  if (i == 0 || g_ascii_isdigit (s[i]))
    return FALSE;
  if (y < 1000 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  *year = y;
  *month = m;
  *day = d;
  return TRUE;
}
