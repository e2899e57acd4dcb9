/* byline-text.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <string.h>

#include "byline-input.h"
#include "byline-text.h"

#define MARK_SHIFT 6 /* one mark every 64 bytes */

G_DEFINE_QUARK (byline-text-error-quark, byline_text_error)

/* The code points in @n bytes: the bytes that are not continuation bytes
 * (10xxxxxx), eight at a time */
static inline gsize
count_chars (const guchar *p,
             gsize         n)
{
  gsize chars = 0;
  gsize i = 0;

  for (; i + 8 <= n; i += 8)
    {
      guint64 x, cont;

      memcpy (&x, p + i, 8);
      /* bit 7 of each byte: set, and bit 6 (moved up by the shift) clear;
       * then one bit a byte, summed into the top byte by the multiplication */
      cont = (x & ~(x << 1) & G_GUINT64_CONSTANT (0x8080808080808080)) >> 7;
      chars += 8 - (gsize) ((cont * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
    }
  for (; i < n; i++)
    if ((p[i] & 0xC0) != 0x80)
      chars++;
  return chars;
}

/* The char index */

struct _BylineCharIndex
{
  const char *text;
  gsize       len;
  gsize       n_chars;
  guint32    *marks;     /* the code points before every (1 << MARK_SHIFT)-th byte */
  gsize       n_marks;
};

/**
 * byline_char_index_new:
 * @text: UTF-8, borrowed: it must outlive the index
 * @len: its length in bytes, or -1
 */
BylineCharIndex *
byline_char_index_new (const char *text,
                       gssize      len)
{
  BylineCharIndex *self;
  const guchar *p;
  gsize chars = 0;

  g_return_val_if_fail (text != NULL || len <= 0, NULL);

  self = g_new0 (BylineCharIndex, 1);
  self->text = text != NULL ? text : "";
  self->len = len < 0 ? strlen (self->text) : (gsize) len;
  self->n_marks = (self->len >> MARK_SHIFT) + 1;
  self->marks = g_new (guint32, self->n_marks);
  p = (const guchar *) self->text;
  for (gsize m = 0; m < self->n_marks; m++)
    {
      gsize start = m << MARK_SHIFT;

      self->marks[m] = (guint32) chars;
      if (start < self->len)
        chars += count_chars (p + start, MIN ((gsize) 1 << MARK_SHIFT, self->len - start));
    }
  self->n_chars = chars;
  return self;
}

void
byline_char_index_free (BylineCharIndex *self)
{
  if (self == NULL)
    return;
  g_free (self->marks);
  g_free (self);
}

const char *
byline_char_index_get_text (const BylineCharIndex *self)
{
  return self->text;
}

gsize
byline_char_index_get_length (const BylineCharIndex *self)
{
  return self->len;
}

gsize
byline_char_index_get_n_chars (const BylineCharIndex *self)
{
  return self->n_chars;
}

/* The code points that start before @byte */
static inline gsize
chars_before (const BylineCharIndex *self,
              gsize                  byte)
{
  gsize base = byte & ~(gsize) ((1 << MARK_SHIFT) - 1);

  return self->marks[base >> MARK_SHIFT] + count_chars ((const guchar *) self->text + base, byte - base);
}

gsize
byline_char_index_to_char (const BylineCharIndex *self,
                           gsize                  byte)
{
  const guchar *p = (const guchar *) self->text;

  if (byte >= self->len)
    return self->n_chars;
  /* inside a character: from its first byte */
  while (byte > 0 && (p[byte] & 0xC0) == 0x80)
    byte--;
  return chars_before (self, byte);
}

gsize
byline_char_index_to_byte (const BylineCharIndex *self,
                           gsize                  offset)
{
  const guchar *p = (const guchar *) self->text;
  gsize lo = 0, hi = self->n_marks - 1, byte, chars;

  if (offset >= self->n_chars)
    return self->len;
  /* the last mark with no more code points before it than @offset */
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo + 1) / 2;

      if (self->marks[mid] <= offset)
        lo = mid;
      else
        hi = mid - 1;
    }
  byte = lo << MARK_SHIFT;
  chars = self->marks[lo];
  /* the first character starting at the mark is number @chars */
  while (byte < self->len && (p[byte] & 0xC0) == 0x80)
    byte++;
  while (chars < offset && byte < self->len)
    {
      byte++;
      while (byte < self->len && (p[byte] & 0xC0) == 0x80)
        byte++;
      chars++;
    }
  return byte;
}

const char *
byline_char_index_pointer (const BylineCharIndex *self,
                           gsize                  offset)
{
  return self->text + byline_char_index_to_byte (self, offset);
}

char *
byline_char_index_dup (const BylineCharIndex *self,
                       gsize                  start,
                       gsize                  end)
{
  gsize from = byline_char_index_to_byte (self, start);
  gsize to = byline_char_index_to_byte (self, MAX (start, end));

  return g_strndup (self->text + from, to - from);
}

static void
build_marks (BylineText *self)
{
  self->index = byline_char_index_new (self->data, self->len);
  self->n_chars = self->index->n_chars;
}

/* Replaces each invalid byte sequence with U+FFFD. */
static char *
repair_utf8 (const char *data,
             gsize       len,
             gsize      *n_repairs)
{
  GString *out = g_string_sized_new (len + 16);
  const char *p = data;
  const char *end = data + len;

  *n_repairs = 0;
  while (p < end)
    {
      const char *bad;

      if (g_utf8_validate (p, end - p, &bad))
        {
          g_string_append_len (out, p, end - p);
          break;
        }
      g_string_append_len (out, p, bad - p);
      if (*bad == '\0')
        g_string_append_c (out, ' ');
      else
        g_string_append (out, "\xEF\xBF\xBD");
      (*n_repairs)++;
      p = bad + 1;
    }
  return g_string_free (out, FALSE);
}

/* The constructor of both: @owned, when not NULL, is @data's allocation
 * (NUL-terminated at @len, or 3 bytes on when @data skips a BOM), which the
 * text takes instead of copying it */
static BylineText *
text_new (const char  *data,
          gsize        len,
          char        *owned,
          const char  *name,
          gboolean     repair,
          GError     **error)
{
  g_autofree char *buffer = owned;
  g_autoptr (BylineText) self = NULL;
  const char *bad = NULL;
  const char *nul;

  if (name == NULL)
    name = _("standard input");

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }

  nul = len > 0 ? memchr (data, '\0', len) : NULL;
  if (nul != NULL && !repair)
    {
      g_set_error (error, BYLINE_TEXT_ERROR, BYLINE_TEXT_ERROR_BINARY,
                   /* Translators: %s is a file name, %lu a byte offset */
                   _("%s: binary data (a NUL byte at byte %lu), not a text article"),
                   name, (unsigned long) (nul - data));
      return NULL;
    }

  self = g_new0 (BylineText, 1);
  self->ref_count = 1;

  if (len > 0 && !g_utf8_validate (data, len, &bad))
    {
      if (!repair)
        {
          g_set_error (error, BYLINE_TEXT_ERROR, BYLINE_TEXT_ERROR_NOT_UTF8,
                       /* Translators: %s is a file name, %lu a byte offset */
                       _("%s: not valid UTF-8 at byte %lu (use --repair to replace bad bytes)"),
                       name, (unsigned long) (bad - data));
          return NULL;
        }
      self->data = repair_utf8 (data, len, &self->n_repairs);
      self->len = strlen (self->data);
    }
  else if (buffer != NULL)
    {
      /* the file's own buffer: a large article is not held twice */
      if (data != buffer)
        memmove (buffer, data, len);
      buffer[len] = '\0';
      self->data = g_steal_pointer (&buffer);
      self->len = len;
    }
  else
    {
      self->data = g_strndup (data, len);
      self->len = len;
    }

  build_marks (self);
  return g_steal_pointer (&self);
}

/**
 * byline_text_new_from_data:
 * @data: the bytes
 * @len: their length
 * @name: the file name for error messages (or "standard input")
 * @repair: replace invalid UTF-8 instead of refusing it
 *
 * Refuses binary data (NUL bytes) and, unless @repair, invalid UTF-8 with an
 * error that names @name and the byte offset. Drops a leading BOM. Empty data
 * gives an empty text.
 */
BylineText *
byline_text_new_from_data (const char  *data,
                           gsize        len,
                           const char  *name,
                           gboolean     repair,
                           GError     **error)
{
  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return text_new (data, len, NULL, name, repair, error);
}

/**
 * byline_text_new_take_data:
 * @data: (transfer full): the bytes, NUL-terminated at @len, as
 *   byline_text_read_file () gives them
 *
 * byline_text_new_from_data (), but the text keeps @data instead of a copy
 * of it (a repaired text is still a new string); @data is freed on error.
 */
BylineText *
byline_text_new_take_data (char        *data,
                           gsize        len,
                           const char  *name,
                           gboolean     repair,
                           GError     **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return text_new (data, len, data, name, repair, error);
}

/**
 * byline_text_read_stdin:
 * @contents: (out): all of standard input, NUL-terminated
 * @len: (out): its length without the NUL
 *
 * Reads standard input to its end, at most byline_input_get_max_size ()
 * bytes; an error names "standard input".
 */
gboolean
byline_text_read_stdin (char  **contents,
                        gsize  *len,
                        GError **error)
{
  return byline_text_read_file ("-", contents, len, error);
}

/**
 * byline_text_read_file:
 * @path: a file name, or "-" for standard input
 *
 * Reads a whole article file as bytes (see byline_input_read (): a regular
 * file within the size limit); an error names the file.
 */
gboolean
byline_text_read_file (const char  *path,
                       char       **contents,
                       gsize       *len,
                       GError     **error)
{
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!byline_input_read (path, contents, len, &local_error))
    {
      g_set_error_literal (error, BYLINE_TEXT_ERROR, BYLINE_TEXT_ERROR_IO, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * byline_text_new_from_file:
 * @path: a file name, or "-" for standard input
 */
BylineText *
byline_text_new_from_file (const char  *path,
                           gboolean     repair,
                           GError     **error)
{
  char *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!byline_text_read_file (path, &contents, &len, error))
    return NULL;
  return byline_text_new_take_data (contents, len, g_str_equal (path, "-") ? NULL : path,
                                    repair, error);
}

BylineText *
byline_text_ref (BylineText *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_int_inc (&self->ref_count);
  return self;
}

void
byline_text_unref (BylineText *self)
{
  if (self == NULL)
    return;
  if (!g_atomic_int_dec_and_test (&self->ref_count))
    return;
  byline_char_index_free (self->index);
  g_free (self->data);
  g_free (self);
}

/**
 * byline_text_char_offset:
 * @byte: a byte offset at a code point boundary, at most len
 *
 * Returns: the code point offset of @byte, in constant time.
 */
gsize
byline_text_char_offset (const BylineText *self,
                         gsize             byte)
{
  g_return_val_if_fail (self != NULL, 0);

  if (byte >= self->len)
    return self->n_chars;
  return chars_before (self->index, byte);
}

/**
 * byline_text_byte_offset:
 * @offset: a code point offset, clamped to the text
 *
 * Returns: the byte at which code point @offset starts
 */
gsize
byline_text_byte_offset (const BylineText *self,
                         gsize             offset)
{
  g_return_val_if_fail (self != NULL, 0);

  return byline_char_index_to_byte (self->index, offset);
}

/**
 * byline_text_get_index:
 *
 * Returns: (transfer none): the text's char index
 */
const BylineCharIndex *
byline_text_get_index (const BylineText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->index;
}

gsize
byline_text_get_n_repairs (const BylineText *self)
{
  return self->n_repairs;
}
