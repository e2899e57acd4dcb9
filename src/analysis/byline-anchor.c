/* byline-anchor.c: a passage of an article found again after its text
 * changed, the way a W3C TextQuoteSelector is resolved: the passage's own
 * words, and a little of what stands before and after them. The store keeps
 * these for notes and corrections; nothing here touches SQLite.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-anchor"

#include "config.h"

#include <string.h>

#include "byline-anchor.h"

/* Code point offsets of a byte offset, through the text's mark table */
static guint32
char_at (BylineText *text,
         gsize       byte)
{
  return (guint32) byline_text_char_offset (text, byte);
}

/**
 * byline_anchor_byte_at:
 *
 * Returns: where code point @chars of @s starts, never past @s + @len
 */
const char *
byline_anchor_byte_at (const char *s,
                       gsize       len,
                       guint32     chars)
{
  /* g_utf8_offset_to_pointer without running past the end */
  const char *p = s;
  const char *end = s + len;

  while (chars > 0 && p < end)
    {
      p = g_utf8_next_char (p);
      chars--;
    }
  return MIN (p, end);
}

/**
 * byline_anchor_context:
 *
 * Sets @prefix and @suffix to the BYLINE_ANCHOR_CONTEXT_CHARS code points
 * of @text before @from and after @to (fewer at its ends).
 */
void
byline_anchor_context (const char *text,
                       gsize       len,
                       const char *from,
                       const char *to,
                       char      **prefix,
                       char      **suffix)
{
  const char *p = from;
  const char *q = to;

  for (int i = 0; i < BYLINE_ANCHOR_CONTEXT_CHARS && p > text; i++)
    p = g_utf8_find_prev_char (text, p);
  for (int i = 0; i < BYLINE_ANCHOR_CONTEXT_CHARS && q < text + len; i++)
    q = g_utf8_next_char (q);
  *prefix = g_strndup (p, from - p);
  *suffix = g_strndup (to, MIN (q, text + len) - to);
}

/* How many bytes at the end of @a and @b agree */
static gsize
common_tail (const char *a,
             gsize       alen,
             const char *b,
             gsize       blen)
{
  gsize n = 0;

  while (n < alen && n < blen && a[alen - 1 - n] == b[blen - 1 - n])
    n++;
  return n;
}

static gsize
common_head (const char *a,
             gsize       alen,
             const char *b,
             gsize       blen)
{
  gsize n = 0;

  while (n < alen && n < blen && a[n] == b[n])
    n++;
  return n;
}

/**
 * byline_anchor_find:
 *
 * Finds the passage @exact again in @text, the way a W3C TextQuoteSelector is
 * resolved: every occurrence is scored by how much of @prefix and @suffix
 * agrees around it, and ties go to the one nearest the old position @start.
 * Returns FALSE when the passage is not in the text at all.
 */
gboolean
byline_anchor_find (BylineText *text,
                    const char *exact,
                    const char *prefix,
                    const char *suffix,
                    guint32     start,
                    guint32    *new_start,
                    guint32    *new_end)
{
  gsize elen = strlen (exact);
  gsize plen = strlen (prefix);
  gsize slen = strlen (suffix);
  const char *best = NULL;
  gsize best_score = 0;
  guint64 best_distance = G_MAXUINT64;

  if (elen == 0)
    return FALSE;
  for (const char *p = text->data; (p = strstr (p, exact)) != NULL; p++)
    {
      gsize before = p - text->data;
      gsize after = text->len - before - elen;
      gsize score = common_tail (prefix, plen, text->data, before)
                    + common_head (suffix, slen, p + elen, after);
      guint32 at = char_at (text, before);
      guint64 distance = at > start ? at - start : start - at;

      if (best == NULL || score > best_score || (score == best_score && distance < best_distance))
        {
          best = p;
          best_score = score;
          best_distance = distance;
        }
    }
  if (best == NULL)
    return FALSE;
  *new_start = char_at (text, best - text->data);
  *new_end = char_at (text, best - text->data + elen);
  return TRUE;
}
