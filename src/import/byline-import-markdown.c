/* byline-import-markdown.c: Markdown articles: front matter, then cmark's
 * tree with its source positions
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cmark.h>
#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

typedef struct
{
  Range title;
  Range date;
  Range author;
  Range url;
} FrontMatter;

/* Markdown */

/* "---" at the very start, "key: value" lines, "---" */
static gsize
parse_front_matter (const char  *d,
                    gsize        len,
                    FrontMatter *fm)
{
  gsize p = 3;

  memset (fm, 0, sizeof *fm);
  if (len < 3 || memcmp (d, "---", 3) != 0)
    return 0;
  while (p < len && (d[p] == ' ' || d[p] == '\t'))
    p++;
  if (p < len && d[p] == '\r')
    p++;
  if (p >= len || d[p] != '\n')
    return 0;
  p++;
  while (p < len)
    {
      const char *nl = memchr (d + p, '\n', len - p);
      gsize e = nl != NULL ? (gsize) (nl - d) : len;
      gsize le = e;
      gsize k = p;
      Range *slot = NULL;

      while (le > p && is_space (d[le - 1]))
        le--;
      if (le - p == 3 && (memcmp (d + p, "---", 3) == 0 || memcmp (d + p, "...", 3) == 0))
        return e < len ? e + 1 : e;
      while (k < le && (g_ascii_isalnum (d[k]) || d[k] == '_' || d[k] == '-'))
        k++;
      if (k > p && k < le && d[k] == ':')
        {
          gsize klen = k - p;
          gsize vs = k + 1;
          gsize ve = le;

          if (klen == 5 && g_ascii_strncasecmp (d + p, "title", 5) == 0)
            slot = &fm->title;
          else if ((klen == 4 && g_ascii_strncasecmp (d + p, "date", 4) == 0)
                   || (klen == 9 && g_ascii_strncasecmp (d + p, "published", 9) == 0))
            slot = &fm->date;
          else if (klen == 6 && g_ascii_strncasecmp (d + p, "author", 6) == 0)
            slot = &fm->author;
          else if (klen == 3 && g_ascii_strncasecmp (d + p, "url", 3) == 0)
            slot = &fm->url;
          while (vs < ve && is_space (d[vs]))
            vs++;
          if (ve - vs >= 2 && (d[vs] == '"' || d[vs] == '\'') && d[ve - 1] == d[vs])
            {
              vs++;
              ve--;
            }
          if (slot != NULL && slot->len == 0 && ve > vs)
            {
              slot->start = vs;
              slot->len = ve - vs;
            }
        }
      p = e + 1;
    }
  /* no closing line: not front matter after all */
  memset (fm, 0, sizeof *fm);
  return 0;
}

typedef struct
{
  Aligner     al;          /* over the text's data */
  gsize       body_off;    /* where cmark's input starts in it */
  GArray     *lines;       /* gsize: line starts, data offsets */
  gsize       last_end;    /* after the last text that was aligned */
  Builder     body;
  Builder     title;
  Builder     h1;
  Builder    *capture;
  cmark_node *capture_node;
} MdWalk;

static gsize
md_line_start (const MdWalk *w,
               int           line)
{
  if (line < 1)
    return G_MAXSIZE;
  if ((guint) line > w->lines->len)
    return w->al.len;
  return g_array_index (w->lines, gsize, line - 1);
}

/* The end of a line, before its line break */
static gsize
md_line_end (const MdWalk *w,
             int           line)
{
  gsize e = (guint) line < w->lines->len ? g_array_index (w->lines, gsize, line) : w->al.len;

  while (e > md_line_start (w, line) && (w->al.src[e - 1] == '\n' || w->al.src[e - 1] == '\r'))
    e--;
  return e;
}

static gsize
md_pos (const MdWalk *w,
        int           line,
        int           column)
{
  gsize start = md_line_start (w, line);

  if (start == G_MAXSIZE || column < 1)
    return G_MAXSIZE;
  return MIN (start + (gsize) (column - 1), md_line_end (w, line));
}

static Builder *
md_target (MdWalk *w)
{
  return w->capture != NULL ? w->capture : &w->body;
}

/* A text or code node; code keeps its spaces (its line breaks are spaces) */
static void
md_literal (MdWalk     *w,
            cmark_node *node,
            AlignFlags  flags,
            gboolean    code)
{
  const char *lit = cmark_node_get_literal (node);
  gsize len = lit != NULL ? strlen (lit) : 0;
  int line = cmark_node_get_start_line (node);
  gsize p = md_pos (w, line, cmark_node_get_start_column (node));

  if (len == 0)
    return;
  if (p == G_MAXSIZE)
    p = w->last_end;
  else if (p >= w->al.len
           || (w->al.src[p] != lit[0] && w->al.src[p] != '&' && w->al.src[p] != '\\'))
    {
      /* cmark's column is off: look for the text on its line */
      gsize ls = md_line_start (w, line);
      gsize le = md_line_end (w, line);
      gsize k = 0;

      while (k < len && k < 16 && !is_space (lit[k]) && lit[k] != '&' && lit[k] != '\\')
        k++;
      if (k > 0 && le > ls && le - ls >= k)
        {
          const char *hit = _byline_import_find_bytes (w->al.src + ls, le - ls, lit, k);

          if (hit != NULL)
            p = hit - w->al.src;
        }
    }
  w->last_end = _byline_import_align_text (&w->al, p, lit, len, flags, p);
  _byline_import_emit_text (md_target (w), lit, len, (const Segment *) w->al.segs->data,
                            w->al.segs->len, code);
}

/* A code block: each line found in its own source line */
static void
md_code_block (MdWalk     *w,
               cmark_node *node)
{
  const char *lit = cmark_node_get_literal (node);
  gsize len = lit != NULL ? strlen (lit) : 0;
  int line = cmark_node_get_start_line (node);
  gsize first = md_pos (w, line, cmark_node_get_start_column (node));
  g_autoptr (GArray) segs = g_array_new (FALSE, FALSE, sizeof (Segment));
  gsize i = 0;

  if (len == 0)
    return;
  /* a fenced block starts at its fence */
  if (first != G_MAXSIZE && first < w->al.len
      && (w->al.src[first] == '`' || w->al.src[first] == '~'))
    line++;
  while (i < len)
    {
      const char *nl = memchr (lit + i, '\n', len - i);
      gsize e = nl != NULL ? (gsize) (nl - lit) : len;
      gsize ls = md_line_start (w, line);
      Segment seg = { i, ls != G_MAXSIZE ? ls : w->last_end, FALSE };

      if (ls != G_MAXSIZE)
        {
          gsize le = md_line_end (w, line);

          if (le - ls >= e - i && memcmp (w->al.src + le - (e - i), lit + i, e - i) == 0)
            {
              seg.src = le - (e - i);
              seg.verbatim = TRUE;
            }
          w->last_end = le;
        }
      g_array_append_val (segs, seg);
      i = e + 1;
      line++;
    }
  _byline_import_emit_text (md_target (w), lit, len, (const Segment *) segs->data, segs->len, TRUE);
}

static void
md_walk (MdWalk     *w,
         cmark_node *doc,
         gboolean    have_title)
{
  cmark_iter *iter = cmark_iter_new (doc);
  cmark_event_type ev;
  gboolean seen_h1 = FALSE;

  while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_DOCUMENT:
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_LIST:
        case CMARK_NODE_ITEM:
        case CMARK_NODE_THEMATIC_BREAK:
        case CMARK_NODE_PARAGRAPH:
          _byline_import_builder_break (md_target (w));
          break;

        case CMARK_NODE_HEADING:
          _byline_import_builder_break (md_target (w));
          if (ev == CMARK_EVENT_ENTER && !seen_h1 && w->capture == NULL
              && cmark_node_get_heading_level (node) == 1)
            {
              seen_h1 = TRUE;
              w->capture = have_title ? &w->h1 : &w->title;
              w->capture_node = node;
            }
          else if (ev == CMARK_EVENT_EXIT && node == w->capture_node)
            {
              if (w->capture == &w->h1
                  && !_byline_import_repeats_title (w->h1.out->str, w->title.out->str))
                _byline_import_builder_append_para (&w->body, &w->h1);
              w->capture = NULL;
              w->capture_node = NULL;
            }
          break;

        case CMARK_NODE_CODE_BLOCK:
          _byline_import_builder_break (md_target (w));
          md_code_block (w, node);
          _byline_import_builder_break (md_target (w));
          break;

        case CMARK_NODE_TEXT:
          md_literal (w, node, ALIGN_ENTITIES | ALIGN_ESCAPES, FALSE);
          break;

        case CMARK_NODE_CODE:
          md_literal (w, node, 0, TRUE);
          break;

        case CMARK_NODE_SOFTBREAK:
          _byline_import_builder_space (md_target (w), w->last_end, FALSE);
          break;

        case CMARK_NODE_LINEBREAK:
          _byline_import_builder_newline (md_target (w), w->last_end);
          break;

        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
        case CMARK_NODE_CUSTOM_BLOCK:
        case CMARK_NODE_CUSTOM_INLINE:
        case CMARK_NODE_EMPH:
        case CMARK_NODE_STRONG:
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
        default:
          break;
        }
    }
  cmark_iter_free (iter);
}

BylineImport *
_byline_import_markdown (const char  *data,
                         gsize        len,
                         const char  *name,
                         gboolean     repair,
                         GError     **error)
{
  g_autoptr (GError) local = NULL;
  g_autoptr (BylineText) text = byline_text_new_from_data (data, len, name, repair, &local);
  g_autoptr (GArray) bps = NULL;
  g_autoptr (GArray) lines = NULL;
  g_autoptr (GArray) segs = NULL;
  g_autofree char *date_line = NULL;
  g_autofree char *published = NULL;
  FrontMatter fm;
  MdWalk w = { 0 };
  Builder out, author;
  BylineImport *self;
  cmark_node *doc;
  gsize by_src = 0, date_src = 0;
  int year = 0, month = 0, day = 0;

  if (text == NULL)
    {
      _byline_import_set_from_text_error (error, local);
      return NULL;
    }

  w.body_off = parse_front_matter (text->data, text->len, &fm);
  lines = g_array_new (FALSE, FALSE, sizeof (gsize));
  {
    /* cmark counts lines from its input: ends at \n, \r\n or \r */
    gsize start = w.body_off;

    g_array_append_val (lines, start);
    for (gsize i = w.body_off; i < text->len; i++)
      if (text->data[i] == '\n'
          || (text->data[i] == '\r' && (i + 1 >= text->len || text->data[i + 1] != '\n')))
        {
          start = i + 1;
          g_array_append_val (lines, start);
        }
  }
  segs = g_array_new (FALSE, FALSE, sizeof (Segment));
  w.al.src = text->data;
  w.al.len = text->len;
  w.al.budget = 8 * text->len + (1 << 20);
  w.al.segs = segs;
  w.lines = lines;
  w.last_end = w.body_off;
  _byline_import_builder_init (&w.body, "\n\n");
  _byline_import_builder_init (&w.title, " ");
  _byline_import_builder_init (&w.h1, " ");
  _byline_import_builder_init (&author, " ");
  _byline_import_builder_init (&out, "\n\n");

  if (fm.title.len > 0)
    _byline_import_emit_string (&w.title, text->data + fm.title.start, fm.title.len, fm.title.start,
                                TRUE);
  if (fm.author.len > 0)
    _byline_import_emit_string (&author, text->data + fm.author.start, fm.author.len,
                                fm.author.start, TRUE);
  by_src = _byline_import_author_finish (&author);
  if (fm.date.len > 0)
    {
      g_autofree char *value = g_strndup (text->data + fm.date.start, fm.date.len);

      if (_byline_import_parse_iso_date (value, &year, &month, &day))
        {
          date_src = fm.date.start;
          date_line = _byline_import_format_date_line (year, month, day);
          published = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
        }
    }

  doc = cmark_parse_document (text->data + w.body_off, text->len - w.body_off, CMARK_OPT_SOURCEPOS);
  md_walk (&w, doc, w.title.out->len > 0);
  cmark_node_free (doc);

  _byline_import_assemble (&out, &w.title, &author, by_src, date_line, date_src, &w.body);

  /* the positions so far are in the text's data: now in the source's bytes */
  bps = _byline_import_source_breakpoints (data, len, text);
  _byline_import_remap_to_source (&out, bps);

  self = _byline_import_new (BYLINE_IMPORT_FORMAT_MARKDOWN, &out, name, len, error);
  if (self != NULL)
    {
      self->title = _byline_import_builder_dup_or_null (&w.title);
      self->author = _byline_import_builder_dup_or_null (&author);
      self->published = g_steal_pointer (&published);
      if (fm.url.len > 0)
        self->url = g_strndup (text->data + fm.url.start, fm.url.len);
    }
  _byline_import_builder_clear (&w.body);
  _byline_import_builder_clear (&w.title);
  _byline_import_builder_clear (&w.h1);
  _byline_import_builder_clear (&author);
  _byline_import_builder_clear (&out);
  return self;
}
