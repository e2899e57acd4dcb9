/* byline-import-text.c: plain text: the text as byline-text reads it, and
 * where its bytes were in the source
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

/* A (data byte, source byte) pair: a text read with --repair is longer than
 * its source after each replaced byte, and a dropped BOM shifts everything. */
typedef struct
{
  gsize data;
  gsize source;
} Breakpoint;

/* Text and the source positions of text read by byline-text */

GArray *
_byline_import_source_breakpoints (const char       *data,
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
void
_byline_import_remap_to_source (Builder      *b,
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
      _byline_import_map_push (map, span->text_start, data_to_source (bps, d0));

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

            at_chars += _byline_import_count_chars (text + at, target - at);
            at = target;
            _byline_import_map_push (map, at_chars, bp[k].source);
          }
      }
    }
  if (map->len == 0)
    _byline_import_map_push (map, 0, data_to_source (bps, 0));
  g_array_unref (b->map);
  b->map = g_steal_pointer (&map);
}

BylineImport *
_byline_import_text (const char  *data,
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
      _byline_import_set_from_text_error (error, local);
      return NULL;
    }
  self = g_new0 (BylineImport, 1);
  self->format = BYLINE_IMPORT_FORMAT_TEXT;
  self->text = text;
  self->map = g_array_new (FALSE, FALSE, sizeof (BylineImportSpan));
  bps = _byline_import_source_breakpoints (data, len, text);
  for (guint i = 0; i < bps->len; i++)
    {
      const Breakpoint *bp = &g_array_index (bps, Breakpoint, i);

      _byline_import_map_push (self->map, byline_text_char_offset (text, bp->data), bp->source);
    }
  return self;
}
