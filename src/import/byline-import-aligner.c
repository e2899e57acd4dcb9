/* byline-import-aligner.c: the Aligner: where each piece of a parsed document
 * is in its source
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


typedef enum
{
  MARKUP_START,
  MARKUP_END,
  MARKUP_OTHER,  /* comment, doctype, processing instruction */
} MarkupKind;
/* Aligner */

/* memmem without _GNU_SOURCE; needles here are a few bytes long */
const char *
_byline_import_find_bytes (const char *hay,
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
      const char *close = _byline_import_find_bytes (s + p + 4, limit - (p + 4), "-->", 3);

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
gboolean
_byline_import_match_tag (Aligner    *a,
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
gsize
_byline_import_locate_text (Aligner    *a,
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
  hit = end - p >= k ? _byline_import_find_bytes (a->src + p, end - p, c, k) : NULL;
  charge (a, hit != NULL ? (gsize) (hit - (a->src + p)) + k : end - p);
  return hit != NULL ? (gsize) (hit - a->src) : G_MAXSIZE;
}

/* Follows @c in the source from @pos, filling a->segs; returns where the
 * source after it starts, or where alignment gave up. If not even the first
 * character is found, all of @c maps to @fallback, which is returned. */
gsize
_byline_import_align_text (Aligner    *a,
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
