/* byline-import-private.h: what the import's parts share: the Builder
 * (byline-import-builder.c), the Aligner (byline-import-aligner.c), the tree
 * walk, element kinds and attribute helpers (byline-html-tree.c), the
 * article finder (byline-readability.c), the page's metadata
 * (byline-html-meta.c), and the readers of each format
 * (byline-import-html.c, byline-import-markdown.c, byline-import-text.c)
 * with what they share for assembling the article (byline-import.c)
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

#include "byline-import.h"

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

/* The import proper (byline-import*.c): see the overview at the top of
 * byline-import.c */

typedef enum
{
  PENDING_NONE,
  PENDING_SPACE,
  PENDING_NEWLINE,
} Pending;

/* Output text with its offset map, written paragraph by paragraph. */
typedef struct
{
  GString    *out;
  GArray     *map;           /* BylineImportSpan */
  gsize       n_chars;
  gboolean    verbatim;      /* the last piece was copied from the source... */
  gsize       src_next;      /* ...and this source byte comes after it */
  const char *separator;     /* between paragraphs: "\n\n", or " " on one line */
  gboolean    in_para;       /* the current paragraph has a character */
  guint       n_paras;       /* finished paragraphs */
  Pending     pending;       /* white space to write before the next character */
  gsize       pending_src;
  gboolean    pending_verbatim;
  const char *keep;          /* pre: white space kept as it is */
  gsize       keep_len;
  gsize       keep_src;
  gboolean    keep_verbatim;
} Builder;

/* Where a piece of content (a text node, a Markdown literal, an attribute
 * value) came from: its bytes from @off on, up to the next segment, are the
 * source bytes from @src on when @verbatim, or were decoded from the source at
 * @src (an entity, an escape, a run of legacy-encoded bytes). */
typedef struct
{
  gsize    off;
  gsize    src;
  gboolean verbatim;
} Segment;

typedef enum
{
  ALIGN_ENTITIES = 1 << 0,  /* HTML and Markdown: "&amp;" */
  ALIGN_ESCAPES  = 1 << 1,  /* Markdown: "\\*" */
  ALIGN_MARKUP   = 1 << 2,  /* HTML: tags libxml dropped from inside a text */
} AlignFlags;

typedef struct
{
  const char *src;
  gsize       len;
  gsize       cursor;  /* HTML: the source before it is accounted for */
  gsize       budget;  /* bytes that speculative scans may still read */
  GArray     *segs;    /* Segment: the last alignment */
} Aligner;

typedef struct
{
  gsize start;
  gsize len;
} Range;

/* byline-import-builder.c */
void  _byline_import_builder_init        (Builder    *b,
                                          const char *separator);
void  _byline_import_builder_clear       (Builder *b);
gsize _byline_import_count_chars         (const char *s,
                                          gsize       len);
void  _byline_import_map_push            (GArray *map,
                                          gsize   text_start,
                                          gsize   source_start);
void  _byline_import_builder_insert      (Builder    *b,
                                          const char *s,
                                          gsize       len,
                                          gsize       src);
void  _byline_import_builder_break       (Builder *b);
void  _byline_import_builder_space       (Builder  *b,
                                          gsize     src,
                                          gboolean  verbatim);
void  _byline_import_builder_newline     (Builder *b,
                                          gsize    src);
void  _byline_import_builder_line_break  (Builder *b,
                                          gsize    src);
void  _byline_import_builder_append      (Builder       *dst,
                                          const Builder *src);
gsize _byline_import_builder_first_src   (const Builder *b);
void  _byline_import_builder_append_para (Builder       *dst,
                                          const Builder *src);
void  _byline_import_builder_drop_prefix (Builder *b,
                                          gsize    n);
void  _byline_import_builder_truncate    (Builder *b,
                                          gsize    n);
gsize _byline_import_strip_by_prefix     (const char *s);
void  _byline_import_emit_text           (Builder       *b,
                                          const char    *s,
                                          gsize          len,
                                          const Segment *segs,
                                          guint          n_segs,
                                          gboolean       pre);
void  _byline_import_emit_string         (Builder    *b,
                                          const char *s,
                                          gsize       len,
                                          gsize       src,
                                          gboolean    verbatim);

/* byline-import-aligner.c */
const char *_byline_import_find_bytes  (const char *hay,
                                        gsize       hay_len,
                                        const char *needle,
                                        gsize       k);
gboolean    _byline_import_match_tag   (Aligner    *a,
                                        const char *name,
                                        gsize      *start,
                                        gsize      *end);
gsize       _byline_import_locate_text (Aligner    *a,
                                        const char *c,
                                        gsize       clen);
gsize       _byline_import_align_text  (Aligner    *a,
                                        gsize       pos,
                                        const char *c,
                                        gsize       clen,
                                        AlignFlags  flags,
                                        gsize       fallback);

/* byline-html-tree.c */
gboolean _byline_import_is_blank       (const char *s);
gboolean _byline_import_looks_like_url (const char *s);
gboolean _byline_import_parse_iso_date (const char *s,
                                        int        *year,
                                        int        *month,
                                        int        *day);

/* byline-import-html.c */
gboolean      _byline_import_repeats_title (const char *h1,
                                            const char *title);
BylineImport *_byline_import_html          (const char  *data,
                                            gsize        len,
                                            const char  *name,
                                            GError     **error);

/* byline-import-text.c */
GArray       *_byline_import_source_breakpoints (const char       *data,
                                                 gsize             len,
                                                 const BylineText *text);
void          _byline_import_remap_to_source    (Builder      *b,
                                                 const GArray *bps);
BylineImport *_byline_import_text               (const char  *data,
                                                 gsize        len,
                                                 const char  *name,
                                                 gboolean     repair,
                                                 GError     **error);

/* byline-import-markdown.c */
BylineImport *_byline_import_markdown (const char  *data,
                                       gsize        len,
                                       const char  *name,
                                       gboolean     repair,
                                       GError     **error);

/* byline-import.c */
char         *_byline_import_format_date_line    (int year,
                                                  int month,
                                                  int day);
void          _byline_import_assemble            (Builder       *out,
                                                  const Builder *title,
                                                  const Builder *author,
                                                  gsize          by_src,
                                                  const char    *date_line,
                                                  gsize          date_src,
                                                  const Builder *body);
gsize         _byline_import_author_finish       (Builder *author);
char         *_byline_import_builder_dup_or_null (const Builder *b);
void          _byline_import_set_from_text_error (GError **error,
                                                  GError  *local);
BylineImport *_byline_import_new                 (BylineImportFormat   format,
                                                  Builder             *out,
                                                  const char          *name,
                                                  gsize                source_len,
                                                  GError             **error);

G_END_DECLS
