/* byline-import-private.h: what the HTML import's phases share: the tree
 * walk, element kinds and attribute helpers (byline-import.c), the article
 * finder (byline-readability.c) and the page's metadata
 * (byline-html-meta.c)
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

typedef enum
{
  WALK_DESCEND,
  WALK_SKIP,
  WALK_STOP,
} WalkAction;

typedef WalkAction (*EnterFunc) (xmlNode *node,
                                 gpointer data);
typedef void (*LeaveFunc) (xmlNode *node,
                           gpointer data);

typedef enum
{
  KIND_BLOCK  = 1 << 0,
  KIND_DROP   = 1 << 1,
  KIND_PRE    = 1 << 2,
  KIND_BR     = 1 << 3,
  KIND_HEADER = 1 << 4,
} ElementKind;

static inline gboolean
is_space (guchar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

void        _byline_html_walk          (xmlNode    *top,
                                        EnterFunc   enter,
                                        LeaveFunc   leave,
                                        gpointer    data);
guint       _byline_html_element_kind  (xmlNode    *node);
gboolean    _byline_html_is_name       (xmlNode    *node,
                                        const char *name);
const char *_byline_html_get_attr      (xmlNode    *node,
                                        const char *name);
gboolean    _byline_html_contains_ci   (const char *haystack,
                                        const char *needle);
gboolean    _byline_html_is_dropped    (xmlNode    *node,
                                        guint       kind,
                                        gboolean    keep_header);

/* The article finder: which subtrees of the page are the article */
typedef enum
{
  READ_KEEP = 1 << 0,  /* the top of a subtree that is part of the article */
  READ_DROP = 1 << 1,  /* boilerplate inside it */
  READ_UNLIKELY = 1 << 2,  /* ...left out before scoring, by its class, id or role */
} ReadMark;

typedef struct
{
  GHashTable *marks;       /* xmlNode * -> ReadMark */
  xmlNode    *top;         /* the best candidate (or the body) */
  gboolean    whole_page;  /* no clear article: all visible text */
} BylineReadability;

void        _byline_readability_run    (BylineReadability *self,
                                        xmlNode           *body,
                                        const char        *title);
guint       _byline_readability_mark   (const BylineReadability *self,
                                        xmlNode                 *node);
void        _byline_readability_clear  (BylineReadability *self);

/* The page's metadata (byline-html-meta.c) */
typedef struct
{
  char    *value;  /* white space collapsed, or NULL */
  xmlNode *node;   /* where it came from: a meta, a script, the <title> */
} MetaValue;

typedef struct
{
  MetaValue title;
  MetaValue author;
  MetaValue published;
  MetaValue site_name;
  gboolean  title_from_element;  /* the <title>, cleaned */
} BylineHtmlMeta;

void        _byline_html_meta_read     (BylineHtmlMeta *self,
                                        xmlDoc         *doc);
void        _byline_html_meta_clear    (BylineHtmlMeta *self);
double      _byline_html_similarity    (const char     *a,
                                        const char     *b);
char       *_byline_html_clean_title   (const char     *title,
                                        GPtrArray      *headings,
                                        const char     *only_h1);

G_END_DECLS
