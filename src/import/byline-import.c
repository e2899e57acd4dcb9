/* byline-import.c: plain text, HTML and Markdown articles turned into the
 * plain text that the analysis, the store and notes use
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

/* What an import produces
 * =======================
 *
 * HTML and Markdown become text laid out the way the analyser reads an
 * article (see byline-document.c):
 *
 *   Headline
 *
 *   By Author
 *   March 3, 2026
 *
 *   First paragraph.
 *
 *   Second paragraph.
 *
 * The byline and date lines are there only when the source names an author or
 * a date. Inside a paragraph white space collapses to one space; an HTML <br>
 * or a Markdown hard break becomes a newline, and two <br> in a row end the
 * paragraph. <pre> and code blocks keep their line breaks and indentation, but
 * never a blank line, which would split the paragraph.
 *
 * The offset map
 * ==============
 *
 * A span says "the text from this code point on is a copy of the source from
 * this byte on". Every piece of output goes through a Builder, which starts a
 * new span whenever the copy stops being verbatim: a decoded entity or
 * backslash escape, a collapsed run of white space, dropped markup, inserted
 * separators and header lines. Text that is not a copy gets a span for each
 * character, all pointing at the place it came from, so no offset ever runs
 * past it.
 *
 * HTML: libxml2 gives line numbers, not byte offsets, so an Aligner walks the
 * source alongside the tree. Its cursor only moves forward. At each element
 * it skips end tags and comments to the element's start tag when that tag is
 * next (an element libxml implied has none); at each text node it skips
 * markup and then compares the node's text with the source byte by byte,
 * reading entities, white space runs and runs of non-ASCII bytes (a
 * legacy-encoded document: libxml gives UTF-8, the source has something else)
 * as one unit each. Where the two disagree it searches a few KiB ahead for
 * the next few characters of the text. So positions are exact in UTF-8 and
 * ASCII-compatible sources; inside a run of windows-1252 or other legacy bytes
 * they point at the start of the run; where libxml's recovery rewrote the
 * text beyond recognition they point at the cursor, the last place known to
 * come before the text. Speculative scans share a budget proportional to the
 * input, so the whole alignment stays linear even on hostile input.
 *
 * Markdown: cmark's source positions (line, byte column) of each text and
 * code node give the start; the same aligner then follows entities and
 * backslash escapes. Code block lines are found in their own source lines.
 *
 * Header lines map to where their value came from: the meta element's
 * attribute, the <h1> or <title> text, the <time> element's datetime, the
 * front-matter value. "By " and the date line are written by us: each of
 * their characters points at the start of the author's name or of the date.
 */

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

typedef enum
{
  MARKUP_START,
  MARKUP_END,
  MARKUP_OTHER,  /* comment, doctype, processing instruction */
} MarkupKind;

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

/* A (data byte, source byte) pair: a text read with --repair is longer than
 * its source after each replaced byte, and a dropped BOM shifts everything. */
typedef struct
{
  gsize data;
  gsize source;
} Breakpoint;

typedef struct
{
  gsize start;
  gsize len;
} Range;

typedef struct
{
  Range title;
  Range date;
  Range author;
  Range url;
} FrontMatter;

G_DEFINE_QUARK (byline-import-error-quark, byline_import_error)

static const char *const month_names[] = {
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
};

/* Builder */

static void
builder_init (Builder    *b,
              const char *separator)
{
  memset (b, 0, sizeof *b);
  b->out = g_string_new (NULL);
  b->map = g_array_new (FALSE, FALSE, sizeof (BylineImportSpan));
  b->separator = separator;
}

static void
builder_clear (Builder *b)
{
  if (b->out != NULL)
    g_string_free (b->out, TRUE);
  b->out = NULL;
  g_clear_pointer (&b->map, g_array_unref);
}

static gsize
count_chars (const char *s,
             gsize       len)
{
  gsize n = 0;

  for (gsize i = 0; i < len; i++)
    if (((guchar) s[i] & 0xC0) != 0x80)
      n++;
  return n;
}

static void
map_push (GArray *map,
          gsize   text_start,
          gsize   source_start)
{
  BylineImportSpan span = { (guint32) MIN (text_start, G_MAXUINT32),
                            (guint32) MIN (source_start, G_MAXUINT32) };

  if (map->len > 0)
    {
      BylineImportSpan *last = &g_array_index (map, BylineImportSpan, map->len - 1);

      /* a span that never got a character gives way */
      if (last->text_start == span.text_start)
        {
          last->source_start = span.source_start;
          return;
        }
    }
  g_array_append_val (map, span);
}

static void
builder_copy (Builder    *b,
              const char *s,
              gsize       len,
              gsize       src)
{
  if (len == 0)
    return;
  if (!b->verbatim || src != b->src_next || b->map->len == 0)
    map_push (b->map, b->n_chars, src);
  g_string_append_len (b->out, s, len);
  b->n_chars += count_chars (s, len);
  b->verbatim = TRUE;
  b->src_next = src + len;
}

/* Text that is not a copy of the source (a decoded entity, a separator, a
 * header line): every character of it maps to @src, with a span each, since
 * inside a span the text is read as a verbatim copy. */
static void
builder_insert (Builder    *b,
                const char *s,
                gsize       len,
                gsize       src)
{
  for (gsize i = 0; i < len; i++)
    if (((guchar) s[i] & 0xC0) != 0x80)
      {
        map_push (b->map, b->n_chars, src);
        b->n_chars++;
      }
  g_string_append_len (b->out, s, len);
  b->verbatim = FALSE;
}

static void
builder_put (Builder    *b,
             const char *s,
             gsize       len,
             gsize       src,
             gboolean    verbatim)
{
  if (verbatim)
    builder_copy (b, s, len, src);
  else
    builder_insert (b, s, len, src);
}

/* Before a character: opens the paragraph, or writes the white space before it */
static void
builder_prepare (Builder *b,
                 gsize    src)
{
  if (!b->in_para)
    {
      if (b->n_paras > 0)
        builder_insert (b, b->separator, strlen (b->separator), src);
      b->in_para = TRUE;
    }
  else if (b->pending == PENDING_NEWLINE)
    {
      builder_insert (b, b->separator[0] == '\n' ? "\n" : " ", 1, b->pending_src);
      if (b->keep_len > 0)
        builder_put (b, b->keep, b->keep_len, b->keep_src, b->keep_verbatim);
    }
  else if (b->pending == PENDING_SPACE)
    {
      if (b->keep_len > 0)
        builder_put (b, b->keep, b->keep_len, b->keep_src, b->keep_verbatim);
      else
        builder_put (b, " ", 1, b->pending_src, b->pending_verbatim);
    }
  b->pending = PENDING_NONE;
  b->keep_len = 0;
}

static void
builder_break (Builder *b)
{
  if (b->in_para)
    b->n_paras++;
  b->in_para = FALSE;
  b->pending = PENDING_NONE;
  b->keep_len = 0;
}

static void
builder_space (Builder  *b,
               gsize     src,
               gboolean  verbatim)
{
  if (!b->in_para || b->pending != PENDING_NONE)
    return;
  b->pending = PENDING_SPACE;
  b->pending_src = src;
  b->pending_verbatim = verbatim;
  b->keep_len = 0;
}

static void
builder_newline (Builder *b,
                 gsize    src)
{
  if (!b->in_para)
    return;
  if (b->pending != PENDING_NEWLINE)
    b->pending_src = src;
  b->pending = PENDING_NEWLINE;
  b->keep_len = 0;
}

/* pre: white space written as it is (within a line, or a line's indent) */
static void
builder_keep (Builder    *b,
              const char *s,
              gsize       len,
              gsize       src,
              gboolean    verbatim)
{
  if (!b->in_para)
    return;
  if (b->pending == PENDING_NONE)
    {
      b->pending = PENDING_SPACE;
      b->pending_src = src;
      b->pending_verbatim = FALSE;
    }
  b->keep = s;
  b->keep_len = len;
  b->keep_src = src;
  b->keep_verbatim = verbatim;
}

/* <br>: a newline; a second one with nothing between ends the paragraph */
static void
builder_line_break (Builder *b,
                    gsize    src)
{
  if (b->pending == PENDING_NEWLINE && b->separator[0] == '\n')
    builder_break (b);
  else
    builder_newline (b, src);
}

static void
builder_append (Builder       *dst,
                const Builder *src)
{
  for (guint i = 0; i < src->map->len; i++)
    {
      const BylineImportSpan *s = &g_array_index (src->map, BylineImportSpan, i);

      map_push (dst->map, dst->n_chars + s->text_start, s->source_start);
    }
  g_string_append_len (dst->out, src->out->str, src->out->len);
  dst->n_chars += src->n_chars;
  dst->verbatim = FALSE;
}

static gsize
builder_first_src (const Builder *b)
{
  return b->map->len > 0 ? g_array_index (b->map, BylineImportSpan, 0).source_start : 0;
}

/* Appends @src as one more paragraph of @dst */
static void
builder_append_para (Builder       *dst,
                     const Builder *src)
{
  if (src->out->len == 0)
    return;
  builder_break (dst);
  if (dst->n_paras > 0)
    builder_insert (dst, dst->separator, strlen (dst->separator), builder_first_src (src));
  builder_append (dst, src);
  dst->n_paras++;
}

/* Drops @n leading ASCII characters ("By "), keeping the map right */
static void
builder_drop_prefix (Builder *b,
                     gsize    n)
{
  g_autoptr (GArray) map = g_array_new (FALSE, FALSE, sizeof (BylineImportSpan));
  gsize src = 0;

  for (guint i = 0; i < b->map->len; i++)
    {
      const BylineImportSpan *s = &g_array_index (b->map, BylineImportSpan, i);

      if (s->text_start <= n)
        src = s->source_start + (n - s->text_start);  /* the prefix is ASCII */
      else
        {
          if (map->len == 0)
            map_push (map, 0, src);
          map_push (map, s->text_start - n, s->source_start);
        }
    }
  if (map->len == 0)
    map_push (map, 0, src);
  g_string_erase (b->out, 0, n);
  b->n_chars -= n;
  g_array_unref (b->map);
  b->map = g_steal_pointer (&map);
}

/* Keeps the first @n bytes of what @b wrote */
static void
builder_truncate (Builder *b,
                  gsize    n)
{
  gsize chars = g_utf8_strlen (b->out->str, n);
  guint keep = 0;

  g_string_truncate (b->out, n);
  b->n_chars = chars;
  while (keep < b->map->len
         && g_array_index (b->map, BylineImportSpan, keep).text_start < chars)
    keep++;
  g_array_set_size (b->map, MIN (b->map->len, MAX (keep, 1)));
}

static gsize
strip_by_prefix (const char *s)
{
  gsize n = 0;

  if (g_ascii_strncasecmp (s, "by", 2) != 0 || (s[2] != ' ' && s[2] != ':'))
    return 0;
  n = 2;
  while (s[n] == ' ' || s[n] == ':')
    n++;
  return s[n] != '\0' ? n : 0;
}

/* Emitting content */

/* A run of characters written as they are: no white space, no control
 * character, no NBSP (dropped at the start of a paragraph), no BOM, nothing
 * invalid, and not past the end of the segment. */
static gsize
plain_run (const char *s,
           gsize       i,
           gsize       end,
           gsize       len)
{
  while (i < end)
    {
      guchar c = s[i];
      gunichar u;
      gsize next;

      if (c < 0x80)
        {
          if (c <= 0x20 || c == 0x7F)
            break;
          i++;
          continue;
        }
      u = g_utf8_get_char_validated (s + i, len - i);
      if (u == (gunichar) -1 || u == (gunichar) -2 || u == 0xA0 || u == 0xFEFF
          || (u >= 0x80 && u < 0xA0))
        break;
      next = g_utf8_next_char (s + i) - s;
      if (next > end)
        break;
      i = next;
    }
  return i;
}

static guint
find_segment (const Segment *segs,
              guint          n_segs,
              guint          k,
              gsize          off)
{
  while (k + 1 < n_segs && segs[k + 1].off <= off)
    k++;
  return k;
}

static gsize
segment_src (const Segment *seg,
             gsize          off)
{
  return seg->verbatim ? seg->src + (off - seg->off) : seg->src;
}

/* Writes @s (UTF-8 from libxml or cmark, maybe with invalid bytes) into @b:
 * white space collapsed (or kept, in @pre), control characters dropped,
 * invalid bytes replaced by U+FFFD. */
static void
emit_text (Builder       *b,
           const char    *s,
           gsize          len,
           const Segment *segs,
           guint          n_segs,
           gboolean       pre)
{
  guint k = 0;
  gsize i = 0;

  g_assert (len == 0 || (n_segs > 0 && segs[0].off == 0));
  while (i < len)
    {
      guchar c = s[i];
      gsize end, src, j;
      gunichar u;

      k = find_segment (segs, n_segs, k, i);
      end = k + 1 < n_segs ? segs[k + 1].off : len;
      src = segment_src (&segs[k], i);

      if (is_space (c))
        {
          gsize last_nl = G_MAXSIZE;

          for (j = i; j < len && is_space (s[j]); j++)
            if (s[j] == '\n' || s[j] == '\r')
              last_nl = j;
          if (!pre)
            builder_space (b, src, segs[k].verbatim && c == ' ' && j == i + 1);
          else if (last_nl == G_MAXSIZE)
            builder_keep (b, s + i, j - i, src, segs[k].verbatim && j <= end);
          else
            {
              builder_newline (b, src);
              if (j > last_nl + 1)
                {
                  guint kk = find_segment (segs, n_segs, k, last_nl + 1);
                  gsize kend = kk + 1 < n_segs ? segs[kk + 1].off : len;

                  builder_keep (b, s + last_nl + 1, j - last_nl - 1,
                                segment_src (&segs[kk], last_nl + 1),
                                segs[kk].verbatim && j <= kend);
                }
            }
          i = j;
          continue;
        }
      if (c < 0x20 || c == 0x7F)
        {
          i++;
          continue;
        }
      j = plain_run (s, i, end, len);
      if (j > i)
        {
          builder_prepare (b, src);
          builder_put (b, s + i, j - i, src, segs[k].verbatim);
          i = j;
          continue;
        }
      u = g_utf8_get_char_validated (s + i, len - i);
      if (u == (gunichar) -1 || u == (gunichar) -2)
        {
          builder_prepare (b, src);
          builder_insert (b, "\xEF\xBF\xBD", 3, src);
          i++;
          continue;
        }
      j = g_utf8_next_char (s + i) - s;
      /* BOM and C1 controls are dropped, NBSP only at a paragraph's start */
      if (u != 0xFEFF && !(u >= 0x80 && u < 0xA0) && (u != 0xA0 || b->in_para))
        {
          builder_prepare (b, src);
          builder_put (b, s + i, j - i, src, segs[k].verbatim && j <= end);
        }
      i = j;
    }
}

/* A string that came from @src in one piece */
static void
emit_string (Builder    *b,
             const char *s,
             gsize       len,
             gsize       src,
             gboolean    verbatim)
{
  Segment seg = { 0, src, verbatim };

  emit_text (b, s, len, &seg, 1, FALSE);
}

/* Aligner */

/* memmem without _GNU_SOURCE; needles here are a few bytes long */
static const char *
find_bytes (const char *hay,
            gsize       hay_len,
            const char *needle,
            gsize       k)
{
  const char *p = hay;
  const char *end = hay + hay_len;

  if (k == 0 || hay_len < k)
    return NULL;
  while ((gsize) (end - p) >= k)
    {
      p = memchr (p, needle[0], (end - p) - k + 1);
      if (p == NULL)
        return NULL;
      if (memcmp (p, needle, k) == 0)
        return p;
      p++;
    }
  return NULL;
}

static gsize
scan_end (const Aligner *a,
          gsize          from,
          gsize          want)
{
  gsize room = MIN (want, a->budget);

  if (from >= a->len)
    return a->len;
  return from + MIN (room, a->len - from);
}

static void
charge (Aligner *a,
        gsize    n)
{
  a->budget -= MIN (n, a->budget);
}

/* "&amp;", "&#8217;", "&#x41", "&eacute": the length, or 0 */
static gsize
entity_length (const char *s,
               gsize       p,
               gsize       n)
{
  gsize q = p + 1;
  gsize start;

  if (q < n && s[q] == '#')
    {
      q++;
      if (q < n && (s[q] == 'x' || s[q] == 'X'))
        {
          start = ++q;
          while (q < n && q - start < 8 && g_ascii_isxdigit (s[q]))
            q++;
        }
      else
        {
          start = q;
          while (q < n && q - start < 8 && g_ascii_isdigit (s[q]))
            q++;
        }
    }
  else
    {
      start = q;
      while (q < n && q - start < 32 && g_ascii_isalnum (s[q]))
        q++;
    }
  if (q == start)
    return 0;
  if (q < n && s[q] == ';')
    q++;
  return q - p;
}

/* After a start tag's name: the byte after its '>', or 0 */
static gsize
tag_end (const char *s,
         gsize       name_end,
         gsize       limit)
{
  gsize q = name_end;

  while (q < limit)
    {
      char ch = s[q];

      if (ch == '>')
        return q + 1;
      if (ch == '=')
        {
          q++;
          while (q < limit && is_space (s[q]))
            q++;
          if (q < limit && (s[q] == '"' || s[q] == '\''))
            {
              const char *close = memchr (s + q + 1, s[q], limit - q - 1);

              if (close == NULL)
                {
                  /* an unclosed quote: the first '>' ends the tag */
                  const char *gt = memchr (s + name_end, '>', limit - name_end);
                  return gt != NULL ? (gsize) (gt - s) + 1 : 0;
                }
              q = close - s + 1;
            }
          continue;
        }
      q++;
    }
  return 0;
}

/* The markup at @p: the byte after it, or 0 if there is none */
static gsize
markup_end (Aligner    *a,
            gsize       p,
            MarkupKind *kind,
            gsize      *name_len)
{
  const char *s = a->src;
  gsize limit;
  gsize q = 0;

  if (p + 1 >= a->len || s[p] != '<')
    return 0;
  limit = scan_end (a, p, G_MAXSIZE);
  *kind = MARKUP_OTHER;
  *name_len = 0;
  if (s[p + 1] == '!' && p + 3 < limit && s[p + 2] == '-' && s[p + 3] == '-')
    {
      const char *close = find_bytes (s + p + 4, limit - (p + 4), "-->", 3);

      if (close != NULL)
        q = close - s + 3;
      else if (limit == a->len)
        q = a->len;  /* libxml drops the rest after an unclosed comment */
    }
  else if (s[p + 1] == '!' || s[p + 1] == '?')
    {
      const char *gt = memchr (s + p + 2, '>', limit > p + 2 ? limit - p - 2 : 0);

      q = gt != NULL ? (gsize) (gt - s) + 1 : 0;
    }
  else if (s[p + 1] == '/' || g_ascii_isalpha (s[p + 1]))
    {
      gboolean end_tag = s[p + 1] == '/';
      gsize name = p + (end_tag ? 2 : 1);

      if (name >= limit || !g_ascii_isalpha (s[name]))
        return 0;
      q = name;
      while (q < limit && (g_ascii_isalnum (s[q]) || s[q] == '-' || s[q] == ':' || s[q] == '_'
                           || s[q] == '.'))
        q++;
      *name_len = q - name;
      *kind = end_tag ? MARKUP_END : MARKUP_START;
      q = tag_end (s, q, limit);
    }
  else
    return 0;
  charge (a, q > 0 ? q - p : limit - p);
  return q;
}

/* Enters an element: past end tags and comments to its start tag, if that
 * comes next. An element that libxml implied has none: the cursor stays. */
static gboolean
match_tag (Aligner    *a,
           const char *name,
           gsize      *start,
           gsize      *end)
{
  gsize want = strlen (name);
  gsize q = a->cursor;

  for (guint tries = 0; tries < 64; tries++)
    {
      MarkupKind kind;
      gsize name_len;
      gsize e;

      while (q < a->len && is_space (a->src[q]))
        q++;
      if (q >= a->len || a->src[q] != '<')
        return FALSE;
      e = markup_end (a, q, &kind, &name_len);
      if (e == 0)
        return FALSE;
      if (kind == MARKUP_START)
        {
          if (name_len != want || g_ascii_strncasecmp (a->src + q + 1, name, want) != 0)
            return FALSE;
          *start = q;
          *end = e;
          a->cursor = e;
          return TRUE;
        }
      q = e;
    }
  return FALSE;
}

/* Where a text node of @c probably starts: past markup from the cursor, and
 * past white space too unless the text starts with some (then the white
 * space is the text's own: a text node holds all of a run). */
static gsize
locate_text (Aligner    *a,
             const char *c,
             gsize       clen)
{
  gboolean lead_space = clen > 0 && is_space (c[0]);
  gsize p = a->cursor;

  for (;;)
    {
      MarkupKind kind;
      gsize name_len;
      gsize e;

      while (!lead_space && p < a->len && is_space (a->src[p]))
        p++;
      if (p < a->len && a->src[p] == '<' && (e = markup_end (a, p, &kind, &name_len)) > 0)
        {
          p = e;
          continue;
        }
      return p;
    }
}

static void
segs_open (GArray   *segs,
           gsize     off,
           gsize     src,
           gboolean  verbatim)
{
  Segment seg = { off, src, verbatim };

  if (segs->len > 0)
    {
      Segment *last = &g_array_index (segs, Segment, segs->len - 1);

      if (last->off == off)
        {
          *last = seg;
          return;
        }
      if (verbatim && last->verbatim && last->src + (off - last->off) == src)
        return;
    }
  g_array_append_val (segs, seg);
}

static gsize
char_len_at (const char *s,
             gsize       i,
             gsize       len)
{
  guchar c = s[i];
  gsize n = c < 0x80 ? 1 : (gsize) g_utf8_skip[c];

  return MIN (n, len - i);
}

/* Searches a little way ahead for the next few bytes of @c */
static gsize
resync (Aligner    *a,
        gsize       p,
        const char *c,
        gsize       clen)
{
  const char *hit;
  gsize k = 0;
  gsize end;

  while (k < clen && k < 16 && !is_space (c[k]) && c[k] != '&' && c[k] != '<' && c[k] != '\\')
    k++;
  if (k == 0 || p >= a->len)
    return G_MAXSIZE;
  end = scan_end (a, p, 4096);
  hit = end - p >= k ? find_bytes (a->src + p, end - p, c, k) : NULL;
  charge (a, hit != NULL ? (gsize) (hit - (a->src + p)) + k : end - p);
  return hit != NULL ? (gsize) (hit - a->src) : G_MAXSIZE;
}

/* Follows @c in the source from @pos, filling a->segs; returns where the
 * source after it starts, or where alignment gave up. If not even the first
 * character is found, all of @c maps to @fallback, which is returned. */
static gsize
align_text (Aligner    *a,
            gsize       pos,
            const char *c,
            gsize       clen,
            AlignFlags  flags,
            gsize       fallback)
{
  const char *s = a->src;
  gsize n = a->len;
  gsize i = 0;
  gsize p = MIN (pos, n);
  gboolean sync = TRUE;

  g_array_set_size (a->segs, 0);
  segs_open (a->segs, 0, p, TRUE);
  while (i < clen && p < n)
    {
      guchar ci = c[i];
      guchar sp = s[p];
      gsize e, cl;

      /* an entity, unless libxml kept it as written ("&copy" without ';');
       * a named one never stands for a letter, a digit or white space */
      if (sp == '&' && (flags & ALIGN_ENTITIES) && (e = entity_length (s, p, n)) > 0
          && !(clen - i >= e && memcmp (c + i, s + p, e) == 0)
          && (s[p + 1] == '#' || !(g_ascii_isalnum (ci) || is_space (ci))))
        {
          segs_open (a->segs, i, p, FALSE);
          i += char_len_at (c, i, clen);
          p += e;
          sync = FALSE;
          continue;
        }
      /* a Markdown backslash escape */
      if (sp == '\\' && (flags & ALIGN_ESCAPES) && p + 1 < n && g_ascii_ispunct (s[p + 1])
          && ci == (guchar) s[p + 1])
        {
          segs_open (a->segs, i, p, FALSE);
          i++;
          p += 2;
          sync = FALSE;
          continue;
        }
      cl = char_len_at (c, i, clen);
      if (ci == sp && (cl == 1 || (n - p >= cl && memcmp (c + i, s + p, cl) == 0)))
        {
          if (!sync)
            {
              segs_open (a->segs, i, p, TRUE);
              sync = TRUE;
            }
          i += cl;
          p += cl;
          continue;
        }
      if (is_space (ci) && is_space (sp))
        {
          gsize i0 = i, p0 = p;

          while (i < clen && is_space (c[i]))
            i++;
          while (p < n && is_space (s[p]))
            p++;
          if (!sync)
            segs_open (a->segs, i0, p0, TRUE);
          sync = i - i0 == p - p0;
          continue;
        }
      /* a tag libxml dropped in its recovery: "<b>x <i>y</b> z</i> w" */
      if (sp == '<' && (flags & ALIGN_MARKUP))
        {
          MarkupKind kind;
          gsize name_len;

          if ((e = markup_end (a, p, &kind, &name_len)) > 0)
            {
              p = e;
              sync = FALSE;
              continue;
            }
        }
      /* white space the source does not have here: keep looking after it */
      if (is_space (ci))
        {
          segs_open (a->segs, i, p, FALSE);
          while (i < clen && is_space (c[i]))
            i++;
          sync = FALSE;
          continue;
        }
      /* libxml converted a legacy encoding: a run of non-ASCII for a run */
      if (ci >= 0x80 && sp >= 0x80)
        {
          segs_open (a->segs, i, p, FALSE);
          while (i < clen && (guchar) c[i] >= 0x80)
            i++;
          while (p < n && (guchar) s[p] >= 0x80)
            p++;
          sync = FALSE;
          continue;
        }
      {
        gsize q = resync (a, p, c + i, clen - i);

        if (q == G_MAXSIZE)
          break;
        segs_open (a->segs, i, q, TRUE);
        sync = TRUE;
        p = q;
      }
    }
  if (i == 0 && clen > 0)
    {
      g_array_set_size (a->segs, 0);
      segs_open (a->segs, 0, fallback, FALSE);
      return fallback;
    }
  if (i < clen)
    segs_open (a->segs, i, p, FALSE);
  return p;
}

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

static gboolean
is_blank (const char *s)
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
      if (g_ascii_strncasecmp (v, "true", 4) == 0 && is_blank (v + 4))
        return TRUE;
    }
  v = _byline_html_get_attr (node, "style");
  return v != NULL && style_hides (v);
}

static gboolean
looks_like_url (const char *s)
{
  while (is_space (*s))
    s++;
  return strstr (s, "://") != NULL || s[0] == '/';
}

/* "2026-03-03", "2026-03-03T09:30:00Z", "2026/03/03" */
static gboolean
parse_iso_date (const char *s,
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

/* HTML: the first pass */

static void
meta_scan_meta (MetaScan *ms,
                xmlNode  *node)
{
  const char *content = _byline_html_get_attr (node, "content");
  const char *keys[2] = { _byline_html_get_attr (node, "property"), _byline_html_get_attr (node, "name") };

  if (is_blank (content))
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
               && !looks_like_url (content))
        ms->author_meta = node;
      else if (g_ascii_strcasecmp (key, "article:author") == 0 && ms->article_author == NULL
               && !looks_like_url (content))
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

      if (rel != NULL && _byline_html_contains_ci (rel, "canonical") && !is_blank (_byline_html_get_attr (node, "href"))
          && ms->canonical == NULL)
        ms->canonical = node;
    }
  else if (_byline_html_is_name (node, "title"))
    {
      if (ms->title_el == NULL && node->parent != NULL && _byline_html_is_name (node->parent, "head"))
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
          if (parse_iso_date (_byline_html_get_attr (node, "datetime"), &fs->year, &fs->month, &fs->day))
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
      name = text + strip_by_prefix (text);
      if (name[0] != '\0' && g_utf8_strlen (text, -1) < 100 && !looks_like_url (name))
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
  p = locate_text (&w->al, c, clen);
  w->al.cursor = align_text (&w->al, p, c, clen, ALIGN_ENTITIES | ALIGN_MARKUP, w->al.cursor);
  if (node->type != XML_TEXT_NODE)
    return;
  n = html_targets (w, t);
  for (guint i = 0; i < n; i++)
    emit_text (t[i], c, clen, (const Segment *) w->al.segs->data, w->al.segs->len,
               w->pre_depth > 0);
}

/* Does the h1's text repeat the title ("Headline" under "Headline | Site")? */
static gboolean
repeats_title (const char *h1,
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

  found = node->name != NULL && match_tag (&w->al, (const char *) node->name, &start, &end);
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
        builder_break (t[i]);
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
        builder_line_break (t[i], found ? start : near);
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
          && !repeats_title (w->h1.out->str, w->meta_title))
        builder_append_para (&w->body, &w->h1);
    }
  if (flags & EL_DROP)
    w->drop_depth--;
  if (flags & EL_BLOCK)
    {
      Builder *t[2];
      guint n = html_targets (w, t);

      for (guint i = 0; i < n; i++)
        builder_break (t[i]);
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
  hit = find_bytes (a->src + watch->start, limit - watch->start, value, k);
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
      align_text (&w->al, pos, value, strlen (value), ALIGN_ENTITIES, pos);
      emit_text (b, value, strlen (value), (const Segment *) w->al.segs->data, w->al.segs->len,
                 FALSE);
      return;
    }
  pos = watch->found ? watch->start : watch->near;
  emit_string (b, value, strlen (value), pos, FALSE);
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

/* Assembling the article */

static char *
format_date_line (int year,
                  int month,
                  int day)
{
  /* English, whatever the locale: the analyser reads English dates */
  return g_strdup_printf ("%s %d, %d", month_names[month - 1], day, year);
}

/* title, blank line, "By AUTHOR" and date lines, blank line, paragraphs */
static void
assemble (Builder       *out,
          const Builder *title,
          const Builder *author,
          gsize          by_src,
          const char    *date_line,
          gsize          date_src,
          const Builder *body)
{
  gboolean header = author->out->len > 0 || date_line != NULL;

  if (title->out->len > 0)
    builder_append (out, title);
  if (header)
    {
      gsize first = author->out->len > 0 ? by_src : date_src;

      if (out->out->len > 0)
        builder_insert (out, "\n\n", 2, first);
      if (author->out->len > 0)
        {
          builder_insert (out, "By ", 3, by_src);
          builder_append (out, author);
          if (date_line != NULL)
            builder_insert (out, "\n", 1, date_src);
        }
      if (date_line != NULL)
        builder_insert (out, date_line, strlen (date_line), date_src);
    }
  if (body->out->len > 0)
    {
      if (out->out->len > 0)
        builder_insert (out, "\n\n", 2, builder_first_src (body));
      builder_append (out, body);
    }
}

/* Where a date or time starts in a byline: "Jane Doe on March 3", "Jane
 * Doe | Updated 9:30 am", "Jane Doe, Feb. 2, 2015"; or 0 */
static gsize
byline_date_start (const char *s)
{
  static const char *const joins[] = {
    " on ", ", ", " - ", " | ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " \xC2\xB7 ", " ",
  };
  static const char *const days[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  };
  static const char *const stamps[] = { "Updated", "Published", "Posted", "Last updated" };

  for (const char *p = s; *p != '\0'; p++)
    for (guint j = 0; j < G_N_ELEMENTS (joins); j++)
      {
        gsize jl = strlen (joins[j]);
        const char *q = p + jl;
        gboolean date = FALSE;

        if (p == s || strncmp (p, joins[j], jl) != 0)
          continue;
        for (guint k = 0; k < G_N_ELEMENTS (stamps) && !date; k++)
          date = g_ascii_strncasecmp (q, stamps[k], strlen (stamps[k])) == 0
                 && !g_ascii_isalpha (q[strlen (stamps[k])]);
        if (j == G_N_ELEMENTS (joins) - 1)
          {
            /* after a bare space, only "Updated ..." */
            if (date)
              return p - s;
            continue;
          }
        date = date || g_ascii_isdigit (*q);
        for (guint m = 0; m < G_N_ELEMENTS (month_names) && !date; m++)
          {
            gsize ml = strlen (month_names[m]);

            date = (strncmp (q, month_names[m], ml) == 0 && !g_ascii_isalpha (q[ml]))
                   || (strncmp (q, month_names[m], 3) == 0 && (q[3] == '.' || q[3] == ' '));
          }
        for (guint d = 0; d < G_N_ELEMENTS (days) && !date; d++)
          date = strncmp (q, days[d], strlen (days[d])) == 0;
        if (date)
          return p - s;
      }
  return 0;
}

/* Takes "By " off an author, and a date after it, remembering where the
 * name came from */
static gsize
author_finish (Builder *author)
{
  gsize by_src = builder_first_src (author);
  gsize n;

  if (author->out->len == 0)
    return 0;
  n = byline_date_start (author->out->str);
  if (n > 0)
    builder_truncate (author, n);
  n = strip_by_prefix (author->out->str);
  if (n > 0)
    builder_drop_prefix (author, n);
  return by_src;
}

static char *
builder_dup_or_null (const Builder *b)
{
  return b->out->len > 0 ? g_strndup (b->out->str, b->out->len) : NULL;
}

static void
set_from_text_error (GError **error,
                     GError  *local)
{
  int code = BYLINE_IMPORT_ERROR_IO;

  if (local->domain == BYLINE_TEXT_ERROR)
    switch (local->code)
      {
      case BYLINE_TEXT_ERROR_NOT_UTF8:
        code = BYLINE_IMPORT_ERROR_NOT_UTF8;
        break;
      case BYLINE_TEXT_ERROR_BINARY:
        code = BYLINE_IMPORT_ERROR_BINARY;
        break;
      default:
        code = BYLINE_IMPORT_ERROR_IO;
        break;
      }
  g_set_error_literal (error, BYLINE_IMPORT_ERROR, code, local->message);
}

/* The result from what a builder wrote. The output is valid UTF-8 by
 * construction; should it not be, it is repaired and the map degrades to one
 * span rather than pointing into the wrong places. */
static BylineImport *
import_new (BylineImportFormat   format,
            Builder             *out,
            const char          *name,
            gsize                source_len,
            GError             **error)
{
  g_autoptr (BylineImport) self = g_new0 (BylineImport, 1);
  g_autoptr (GError) local = NULL;

  self->format = format;
  if (!g_utf8_validate (out->out->str, out->out->len, NULL)
      || (out->out->len >= 3 && memcmp (out->out->str, "\xEF\xBB\xBF", 3) == 0))
    {
      g_autofree char *valid = g_utf8_make_valid (out->out->str, out->out->len);

      g_critical ("import produced invalid UTF-8 for %s", name);
      g_string_assign (out->out, valid);
      g_array_set_size (out->map, 0);
      while (g_str_has_prefix (out->out->str, "\xEF\xBB\xBF"))
        g_string_erase (out->out, 0, 3);
    }
  self->text = byline_text_new_from_data (out->out->str, out->out->len, name, FALSE, &local);
  if (self->text == NULL)
    {
      set_from_text_error (error, local);
      return NULL;
    }
  self->map = g_steal_pointer (&out->map);
  if (self->map->len == 0 || g_array_index (self->map, BylineImportSpan, 0).text_start != 0)
    {
      BylineImportSpan first = { 0, 0 };

      g_array_prepend_val (self->map, first);
    }
  /* a text that libxml found after the last byte it could place: the last byte */
  for (guint i = 0; i < self->map->len && source_len > 0; i++)
    {
      BylineImportSpan *span = &g_array_index (self->map, BylineImportSpan, i);

      span->source_start = MIN (span->source_start, (guint32) MIN (source_len - 1, G_MAXUINT32));
    }
  return g_steal_pointer (&self);
}

static BylineImport *
import_html (const char  *data,
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

  builder_init (&w.body, "\n\n");
  builder_init (&w.title, " ");
  builder_init (&w.author, " ");
  builder_init (&w.h1, " ");
  builder_init (&out, "\n\n");

  /* the title: the page's metadata or its <title> cleaned
   * (byline-html-meta.c), else the first h1 of the article */
  if (meta.title.value != NULL)
    {
      const char *t = meta.title.value;
      Builder tmp;

      w.watches[WATCH_TITLE].node = meta.title.node;
      w.h1_node = find_element (w.root, "h1", NULL, NULL, NULL);
      /* compared with the h1 as the builder writes it: white space collapsed */
      builder_init (&tmp, " ");
      emit_string (&tmp, t, strlen (t), 0, FALSE);
      meta_title = g_strdup (tmp.out->str);
      w.meta_title = meta_title;
      builder_clear (&tmp);
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
      && parse_iso_date (meta.published.value, &year, &month, &day))
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
  by_src = author_finish (&w.author);
  if (date_node != NULL)
    {
      gsize pos = find_value (&w.al, &w.watches[WATCH_DATE], date_value);

      if (pos == G_MAXSIZE)
        pos = w.watches[WATCH_DATE].found ? w.watches[WATCH_DATE].start
                                          : w.watches[WATCH_DATE].near;
      date_src = pos;
      date_line = format_date_line (year, month, day);
      published = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
    }

  assemble (&out, &w.title, &w.author, by_src, date_line, date_src, &w.body);

  /* an author or a date alone is no article */
  if (w.title.out->len == 0 && w.body.out->len == 0)
    g_set_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_PARSE,
                 /* Translators: %s is a file name */
                 _("%s: no article text found in this HTML"), name);
  else
    self = import_new (BYLINE_IMPORT_FORMAT_HTML, &out, name, len, error);
  if (self != NULL)
    {
      self->title = builder_dup_or_null (&w.title);
      self->author = builder_dup_or_null (&w.author);
      self->published = g_steal_pointer (&published);
      self->whole_page = rd.whole_page;
      self->cut = cut;
      self->publisher = g_strdup (meta.site_name.value);
      self->url = url != NULL && url[0] != '\0' ? g_steal_pointer (&url) : NULL;
    }

  builder_clear (&w.body);
  builder_clear (&w.title);
  builder_clear (&w.author);
  builder_clear (&w.h1);
  builder_clear (&out);
  _byline_readability_clear (&rd);
  _byline_html_meta_clear (&meta);
  xmlFreeDoc (doc);
  return self;
}

/* Text and the source positions of text read by byline-text */

static GArray *
source_breakpoints (const char       *data,
                    gsize             len,
                    const BylineText *text)
{
  GArray *bps = g_array_new (FALSE, FALSE, sizeof (Breakpoint));
  gsize bom = len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  Breakpoint first = { 0, bom };

  g_array_append_val (bps, first);
  if (byline_text_get_n_repairs (text) > 0)
    {
      /* the same walk as byline-text's repair: one character for each bad byte */
      const char *p = data + bom;
      const char *end = data + len;
      gsize d = 0;

      while (p < end)
        {
          const char *bad;
          Breakpoint bp;

          if (g_utf8_validate (p, end - p, &bad))
            break;
          d += bad - p;
          d += *bad == '\0' ? 1 : 3;
          p = bad + 1;
          bp.data = d;
          bp.source = p - data;
          g_array_append_val (bps, bp);
        }
    }
  return bps;
}

static gsize
data_to_source (const GArray *bps,
                gsize         d)
{
  const Breakpoint *b = (const Breakpoint *) bps->data;
  guint lo = 0, hi = bps->len;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (b[mid].data <= d)
        lo = mid;
      else
        hi = mid;
    }
  return b[lo].source + (d - b[lo].data);
}

/* Turns a builder's data positions into source positions. A verbatim span
 * over a repaired byte is split after it: U+FFFD is three bytes in the data,
 * one in the source. */
static void
remap_to_source (Builder      *b,
                 const GArray *bps)
{
  const Breakpoint *bp = (const Breakpoint *) bps->data;
  g_autoptr (GArray) map = g_array_new (FALSE, FALSE, sizeof (BylineImportSpan));
  const char *text = b->out->str;
  gsize byte = 0, chars = 0;

  for (guint i = 0; i < b->map->len; i++)
    {
      const BylineImportSpan *span = &g_array_index (b->map, BylineImportSpan, i);
      gsize next = i + 1 < b->map->len
                     ? g_array_index (b->map, BylineImportSpan, i + 1).text_start : b->n_chars;
      gsize d0 = span->source_start;
      gsize b0, b1, d1;
      guint k = 0, hi = bps->len;

      /* to the span's first byte, then its end */
      while (chars < span->text_start && byte < b->out->len)
        {
          byte = g_utf8_next_char (text + byte) - text;
          chars++;
        }
      b0 = byte;
      b1 = b0;
      for (gsize c = chars; c < next && b1 < b->out->len; c++)
        b1 = g_utf8_next_char (text + b1) - text;
      d1 = d0 + (b1 - b0);
      map_push (map, span->text_start, data_to_source (bps, d0));

      /* the first breakpoint after d0 */
      while (k < hi)
        {
          guint mid = k + (hi - k) / 2;

          if (bp[mid].data <= d0)
            k = mid + 1;
          else
            hi = mid;
        }
      {
        gsize at = b0;
        gsize at_chars = span->text_start;

        for (; k < bps->len && bp[k].data < d1; k++)
          {
            gsize target = b0 + (bp[k].data - d0);

            at_chars += count_chars (text + at, target - at);
            at = target;
            map_push (map, at_chars, bp[k].source);
          }
      }
    }
  if (map->len == 0)
    map_push (map, 0, data_to_source (bps, 0));
  g_array_unref (b->map);
  b->map = g_steal_pointer (&map);
}

static BylineImport *
import_text (const char  *data,
             gsize        len,
             const char  *name,
             gboolean     repair,
             GError     **error)
{
  g_autoptr (GError) local = NULL;
  g_autoptr (GArray) bps = NULL;
  BylineImport *self;
  BylineText *text = byline_text_new_from_data (data, len, name, repair, &local);

  if (text == NULL)
    {
      set_from_text_error (error, local);
      return NULL;
    }
  self = g_new0 (BylineImport, 1);
  self->format = BYLINE_IMPORT_FORMAT_TEXT;
  self->text = text;
  self->map = g_array_new (FALSE, FALSE, sizeof (BylineImportSpan));
  bps = source_breakpoints (data, len, text);
  for (guint i = 0; i < bps->len; i++)
    {
      const Breakpoint *bp = &g_array_index (bps, Breakpoint, i);

      map_push (self->map, byline_text_char_offset (text, bp->data), bp->source);
    }
  return self;
}

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
          const char *hit = find_bytes (w->al.src + ls, le - ls, lit, k);

          if (hit != NULL)
            p = hit - w->al.src;
        }
    }
  w->last_end = align_text (&w->al, p, lit, len, flags, p);
  emit_text (md_target (w), lit, len, (const Segment *) w->al.segs->data, w->al.segs->len, code);
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
  emit_text (md_target (w), lit, len, (const Segment *) segs->data, segs->len, TRUE);
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
          builder_break (md_target (w));
          break;

        case CMARK_NODE_HEADING:
          builder_break (md_target (w));
          if (ev == CMARK_EVENT_ENTER && !seen_h1 && w->capture == NULL
              && cmark_node_get_heading_level (node) == 1)
            {
              seen_h1 = TRUE;
              w->capture = have_title ? &w->h1 : &w->title;
              w->capture_node = node;
            }
          else if (ev == CMARK_EVENT_EXIT && node == w->capture_node)
            {
              if (w->capture == &w->h1 && !repeats_title (w->h1.out->str, w->title.out->str))
                builder_append_para (&w->body, &w->h1);
              w->capture = NULL;
              w->capture_node = NULL;
            }
          break;

        case CMARK_NODE_CODE_BLOCK:
          builder_break (md_target (w));
          md_code_block (w, node);
          builder_break (md_target (w));
          break;

        case CMARK_NODE_TEXT:
          md_literal (w, node, ALIGN_ENTITIES | ALIGN_ESCAPES, FALSE);
          break;

        case CMARK_NODE_CODE:
          md_literal (w, node, 0, TRUE);
          break;

        case CMARK_NODE_SOFTBREAK:
          builder_space (md_target (w), w->last_end, FALSE);
          break;

        case CMARK_NODE_LINEBREAK:
          builder_newline (md_target (w), w->last_end);
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

static BylineImport *
import_markdown (const char  *data,
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
      set_from_text_error (error, local);
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
  builder_init (&w.body, "\n\n");
  builder_init (&w.title, " ");
  builder_init (&w.h1, " ");
  builder_init (&author, " ");
  builder_init (&out, "\n\n");

  if (fm.title.len > 0)
    emit_string (&w.title, text->data + fm.title.start, fm.title.len, fm.title.start, TRUE);
  if (fm.author.len > 0)
    emit_string (&author, text->data + fm.author.start, fm.author.len, fm.author.start, TRUE);
  by_src = author_finish (&author);
  if (fm.date.len > 0)
    {
      g_autofree char *value = g_strndup (text->data + fm.date.start, fm.date.len);

      if (parse_iso_date (value, &year, &month, &day))
        {
          date_src = fm.date.start;
          date_line = format_date_line (year, month, day);
          published = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
        }
    }

  doc = cmark_parse_document (text->data + w.body_off, text->len - w.body_off, CMARK_OPT_SOURCEPOS);
  md_walk (&w, doc, w.title.out->len > 0);
  cmark_node_free (doc);

  assemble (&out, &w.title, &author, by_src, date_line, date_src, &w.body);

  /* the positions so far are in the text's data: now in the source's bytes */
  bps = source_breakpoints (data, len, text);
  remap_to_source (&out, bps);

  self = import_new (BYLINE_IMPORT_FORMAT_MARKDOWN, &out, name, len, error);
  if (self != NULL)
    {
      self->title = builder_dup_or_null (&w.title);
      self->author = builder_dup_or_null (&author);
      self->published = g_steal_pointer (&published);
      if (fm.url.len > 0)
        self->url = g_strndup (text->data + fm.url.start, fm.url.len);
    }
  builder_clear (&w.body);
  builder_clear (&w.title);
  builder_clear (&w.h1);
  builder_clear (&author);
  builder_clear (&out);
  return self;
}

/* Reading */

static BylineImport *
import_data (const char          *data,
             gsize                len,
             const char          *guess_path,
             const char          *name,
             BylineImportFormat   format,
             gboolean             repair,
             GError             **error)
{
  if (data == NULL)
    data = "";
  BylineImport *imported;

  if (format == BYLINE_IMPORT_FORMAT_AUTO)
    format = byline_import_guess_format (guess_path, data, len);
  switch (format)
    {
    case BYLINE_IMPORT_FORMAT_HTML:
      imported = import_html (data, len, name, error);
      break;
    case BYLINE_IMPORT_FORMAT_MARKDOWN:
      imported = import_markdown (data, len, name, repair, error);
      break;
    case BYLINE_IMPORT_FORMAT_TEXT:
    case BYLINE_IMPORT_FORMAT_AUTO:
    default:
      imported = import_text (data, len, name, repair, error);
      break;
    }
  if (imported != NULL)
    imported->source_len = len;
  return imported;
}

/* Public API */

/**
 * byline_import_format_from_name:
 * @name: "auto", "text" ("txt", "plain"), "html", "markdown" ("md")
 *
 * Returns: the format, or %BYLINE_IMPORT_FORMAT_AUTO with
 * %BYLINE_IMPORT_ERROR_FORMAT set for a name it does not know.
 */
BylineImportFormat
byline_import_format_from_name (const char  *name,
                                GError     **error)
{
  static const struct
  {
    const char         *name;
    BylineImportFormat  format;
  } names[] = {
    { "auto", BYLINE_IMPORT_FORMAT_AUTO },
    { "text", BYLINE_IMPORT_FORMAT_TEXT },
    { "txt", BYLINE_IMPORT_FORMAT_TEXT },
    { "plain", BYLINE_IMPORT_FORMAT_TEXT },
    { "html", BYLINE_IMPORT_FORMAT_HTML },
    { "markdown", BYLINE_IMPORT_FORMAT_MARKDOWN },
    { "md", BYLINE_IMPORT_FORMAT_MARKDOWN },
  };

  g_return_val_if_fail (error == NULL || *error == NULL, BYLINE_IMPORT_FORMAT_AUTO);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i].name) == 0)
      return names[i].format;
  g_set_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_FORMAT,
               /* Translators: %s is what the user typed after --input-format */
               _("unknown format “%s” (use auto, text, html or markdown)"),
               name != NULL ? name : "");
  return BYLINE_IMPORT_FORMAT_AUTO;
}

const char *
byline_import_format_to_string (BylineImportFormat format)
{
  switch (format)
    {
    case BYLINE_IMPORT_FORMAT_TEXT:
      return "text";
    case BYLINE_IMPORT_FORMAT_HTML:
      return "html";
    case BYLINE_IMPORT_FORMAT_MARKDOWN:
      return "markdown";
    case BYLINE_IMPORT_FORMAT_AUTO:
    default:
      return "auto";
    }
}

/**
 * byline_import_guess_format:
 * @path: (nullable): the file name, or "-" for standard input
 * @data: (nullable): the first bytes of the file, for sniffing
 *
 * By extension: .html .htm .xhtml are HTML; .md .markdown .mdown .mkd are
 * Markdown; any other extension is text. With no extension (or standard
 * input) the data decides: "<!doctype html" or "<html" at the start, after a
 * BOM and white space, is HTML, anything else text. Markdown is never
 * sniffed: plain text is valid Markdown.
 *
 * Returns: never %BYLINE_IMPORT_FORMAT_AUTO
 */
BylineImportFormat
byline_import_guess_format (const char *path,
                            const char *data,
                            gsize       len)
{
  const char *p;
  const char *end;

  if (path != NULL && !g_str_equal (path, "-"))
    {
      g_autofree char *base = g_path_get_basename (path);
      const char *dot = strrchr (base, '.');

      if (dot != NULL && dot != base && dot[1] != '\0')
        {
          static const char *const html[] = { "html", "htm", "xhtml" };
          static const char *const markdown[] = { "md", "markdown", "mdown", "mkd" };

          for (guint i = 0; i < G_N_ELEMENTS (html); i++)
            if (g_ascii_strcasecmp (dot + 1, html[i]) == 0)
              return BYLINE_IMPORT_FORMAT_HTML;
          for (guint i = 0; i < G_N_ELEMENTS (markdown); i++)
            if (g_ascii_strcasecmp (dot + 1, markdown[i]) == 0)
              return BYLINE_IMPORT_FORMAT_MARKDOWN;
          return BYLINE_IMPORT_FORMAT_TEXT;
        }
    }

  if (data == NULL)
    return BYLINE_IMPORT_FORMAT_TEXT;
  p = data;
  end = data + len;
  if (len >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (p < end && is_space (*p))
    p++;
  if ((gsize) (end - p) >= 14 && g_ascii_strncasecmp (p, "<!doctype html", 14) == 0)
    return BYLINE_IMPORT_FORMAT_HTML;
  if ((gsize) (end - p) >= 5 && g_ascii_strncasecmp (p, "<html", 5) == 0
      && (end - p == 5 || !g_ascii_isalnum (p[5])))
    return BYLINE_IMPORT_FORMAT_HTML;
  return BYLINE_IMPORT_FORMAT_TEXT;
}

/**
 * byline_import_data:
 * @data: the bytes of the article
 * @name: (nullable): its file name, for messages and for guessing the format
 *   by extension; NULL for standard input
 * @format: what to read it as, or %BYLINE_IMPORT_FORMAT_AUTO
 * @repair: text and Markdown: replace invalid UTF-8 and NUL bytes instead of
 *   refusing them
 *
 * Returns: (transfer full): the import, or NULL with @error set: IO,
 * NOT_UTF8 or BINARY as byline_text_new_from_data () says for text and
 * Markdown, PARSE for HTML with no text in it.
 */
BylineImport *
byline_import_data (const char          *data,
                    gsize                len,
                    const char          *name,
                    BylineImportFormat   format,
                    gboolean             repair,
                    GError             **error)
{
  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return import_data (data, len, name, name != NULL ? name : _("standard input"), format, repair,
                      error);
}

/**
 * byline_import_file:
 * @path: a file name, or "-" for standard input
 */
BylineImport *
byline_import_file (const char          *path,
                    BylineImportFormat   format,
                    gboolean             repair,
                    GError             **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!byline_text_read_file (path, &contents, &len, &local_error))
    {
      /* the message names the file already */
      g_set_error_literal (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_IO, local_error->message);
      return NULL;
    }
  if (g_str_equal (path, "-"))
    return import_data (contents, len, "-", _("standard input"), format, repair, error);
  return import_data (contents, len, path, path, format, repair, error);
}

/* The byte at which code point @c starts, in O(log n) */
static gsize
char_to_byte (const BylineText *text,
              gsize             c)
{
  gsize lo = 0, hi = text->len;

  if (c >= text->n_chars)
    return text->len;
  /* the first byte whose character offset reaches @c, then past the rest
   * of the character before it */
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (byline_text_char_offset (text, mid) < c)
        lo = mid + 1;
      else
        hi = mid;
    }
  while (lo < text->len && ((guchar) text->data[lo] & 0xC0) == 0x80)
    lo++;
  return lo;
}

/**
 * byline_import_source_offset:
 * @text_offset: a code point offset into self->text
 *
 * Returns: the byte offset in the source file of the character at
 * @text_offset (see the comment at the top of this file for how exact).
 */
gsize
byline_import_source_offset (const BylineImport *self,
                             gsize               text_offset)
{
  const BylineImportSpan *spans;
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, 0);

  if (self->map == NULL || self->map->len == 0)
    return 0;
  text_offset = MIN (text_offset, self->text->n_chars);
  spans = (const BylineImportSpan *) self->map->data;
  hi = self->map->len;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (spans[mid].text_start <= text_offset)
        lo = mid;
      else
        hi = mid;
    }
  /* within a run the text and the source have the same bytes, except where
   * a legacy encoding was converted: never past the next run or the end */
  {
    gsize offset = spans[lo].source_start + (char_to_byte (self->text, text_offset)
                                             - char_to_byte (self->text, spans[lo].text_start));
    /* (runs are in text order; a title or byline taken from the head may
     * come from later in the source than the run after it) */
    gsize limit = lo + 1 < self->map->len && spans[lo + 1].source_start > spans[lo].source_start
                  ? spans[lo + 1].source_start : self->source_len;

    return MIN (offset, MAX (limit, spans[lo].source_start));
  }
}

/**
 * byline_import_describe_cut:
 * @name: (nullable): the file's name, for the message
 *
 * Returns: (transfer full) (nullable): a sentence saying what a limit on
 * hostile HTML left out of the page, or NULL when nothing was
 */
char *
byline_import_describe_cut (const BylineImport *self,
                            const char         *name)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->cut == 0)
    return NULL;
  if (name == NULL)
    name = _("the page");
  if ((self->cut & BYLINE_IMPORT_CUT_DEPTH) && (self->cut & BYLINE_IMPORT_CUT_ATTRIBUTES))
    /* Translators: %s is a file name, %d a number */
    return g_strdup_printf (_("%s: the page is cut: elements nested deeper than 255 levels and "
                              "attributes past %d in a tag were not read"),
                            name, BYLINE_IMPORT_MAX_ATTRIBUTES);
  if (self->cut & BYLINE_IMPORT_CUT_DEPTH)
    return g_strdup_printf (_("%s: the page is cut: elements nested deeper than 255 levels were "
                              "not read"), name);
  return g_strdup_printf (_("%s: attributes past %d in a tag were not read"), name,
                          BYLINE_IMPORT_MAX_ATTRIBUTES);
}

void
byline_import_free (BylineImport *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->text, byline_text_unref);
  g_free (self->title);
  g_free (self->published);
  g_free (self->author);
  g_free (self->url);
  g_free (self->publisher);
  g_clear_pointer (&self->map, g_array_unref);
  g_free (self);
}
