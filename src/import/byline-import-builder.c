/* byline-import-builder.c: the Builder: output text and its offset map,
 * written paragraph by paragraph
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

/* Builder */

void
_byline_import_builder_init (Builder    *b,
                             const char *separator)
{
  memset (b, 0, sizeof *b);
  b->out = g_string_new (NULL);
  b->map = g_array_new (FALSE, FALSE, sizeof (BylineImportSpan));
  b->separator = separator;
}

void
_byline_import_builder_clear (Builder *b)
{
  if (b->out != NULL)
    g_string_free (b->out, TRUE);
  b->out = NULL;
  g_clear_pointer (&b->map, g_array_unref);
}

gsize
_byline_import_count_chars (const char *s,
                            gsize       len)
{
  gsize n = 0;

  for (gsize i = 0; i < len; i++)
    if (((guchar) s[i] & 0xC0) != 0x80)
      n++;
  return n;
}

void
_byline_import_map_push (GArray *map,
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
    _byline_import_map_push (b->map, b->n_chars, src);
  g_string_append_len (b->out, s, len);
  b->n_chars += _byline_import_count_chars (s, len);
  b->verbatim = TRUE;
  b->src_next = src + len;
}

/* Text that is not a copy of the source (a decoded entity, a separator, a
 * header line): every character of it maps to @src, with a span each, since
 * inside a span the text is read as a verbatim copy. */
void
_byline_import_builder_insert (Builder    *b,
                               const char *s,
                               gsize       len,
                               gsize       src)
{
  for (gsize i = 0; i < len; i++)
    if (((guchar) s[i] & 0xC0) != 0x80)
      {
        _byline_import_map_push (b->map, b->n_chars, src);
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
    _byline_import_builder_insert (b, s, len, src);
}

/* Before a character: opens the paragraph, or writes the white space before it */
static void
builder_prepare (Builder *b,
                 gsize    src)
{
  if (!b->in_para)
    {
      if (b->n_paras > 0)
        _byline_import_builder_insert (b, b->separator, strlen (b->separator), src);
      b->in_para = TRUE;
    }
  else if (b->pending == PENDING_NEWLINE)
    {
      _byline_import_builder_insert (b, b->separator[0] == '\n' ? "\n" : " ", 1, b->pending_src);
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

void
_byline_import_builder_break (Builder *b)
{
  if (b->in_para)
    b->n_paras++;
  b->in_para = FALSE;
  b->pending = PENDING_NONE;
  b->keep_len = 0;
}

void
_byline_import_builder_space (Builder  *b,
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

void
_byline_import_builder_newline (Builder *b,
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
void
_byline_import_builder_line_break (Builder *b,
                                   gsize    src)
{
  if (b->pending == PENDING_NEWLINE && b->separator[0] == '\n')
    _byline_import_builder_break (b);
  else
    _byline_import_builder_newline (b, src);
}

void
_byline_import_builder_append (Builder       *dst,
                               const Builder *src)
{
  for (guint i = 0; i < src->map->len; i++)
    {
      const BylineImportSpan *s = &g_array_index (src->map, BylineImportSpan, i);

      _byline_import_map_push (dst->map, dst->n_chars + s->text_start, s->source_start);
    }
  g_string_append_len (dst->out, src->out->str, src->out->len);
  dst->n_chars += src->n_chars;
  dst->verbatim = FALSE;
}

gsize
_byline_import_builder_first_src (const Builder *b)
{
  return b->map->len > 0 ? g_array_index (b->map, BylineImportSpan, 0).source_start : 0;
}

/* Appends @src as one more paragraph of @dst */
void
_byline_import_builder_append_para (Builder       *dst,
                                    const Builder *src)
{
  if (src->out->len == 0)
    return;
  _byline_import_builder_break (dst);
  if (dst->n_paras > 0)
    _byline_import_builder_insert (dst, dst->separator, strlen (dst->separator),
                                   _byline_import_builder_first_src (src));
  _byline_import_builder_append (dst, src);
  dst->n_paras++;
}

/* Drops @n leading ASCII characters ("By "), keeping the map right */
void
_byline_import_builder_drop_prefix (Builder *b,
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
            _byline_import_map_push (map, 0, src);
          _byline_import_map_push (map, s->text_start - n, s->source_start);
        }
    }
  if (map->len == 0)
    _byline_import_map_push (map, 0, src);
  g_string_erase (b->out, 0, n);
  b->n_chars -= n;
  g_array_unref (b->map);
  b->map = g_steal_pointer (&map);
}

/* Keeps the first @n bytes of what @b wrote */
void
_byline_import_builder_truncate (Builder *b,
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

gsize
_byline_import_strip_by_prefix (const char *s)
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
void
_byline_import_emit_text (Builder       *b,
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
            _byline_import_builder_space (b, src, segs[k].verbatim && c == ' ' && j == i + 1);
          else if (last_nl == G_MAXSIZE)
            builder_keep (b, s + i, j - i, src, segs[k].verbatim && j <= end);
          else
            {
              _byline_import_builder_newline (b, src);
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
          _byline_import_builder_insert (b, "\xEF\xBF\xBD", 3, src);
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
void
_byline_import_emit_string (Builder    *b,
                            const char *s,
                            gsize       len,
                            gsize       src,
                            gboolean    verbatim)
{
  Segment seg = { 0, src, verbatim };

  _byline_import_emit_text (b, s, len, &seg, 1, FALSE);
}
