/* byline-json-writer.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-json"

#include "config.h"

#include <string.h>

#include "byline-json-writer.h"

/* g_string_append_len () is a call into g_string_insert_len (), which checks
 * for overlaps; most of what the writer appends is a few bytes and fits */
static inline void
out_append (GString    *out,
            const char *data,
            gsize       len)
{
  if (out->len + len < out->allocated_len)
    {
      memcpy (out->str + out->len, data, len);
      out->len += len;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, data, len);
}

void
byline_json_writer_init (BylineJsonWriter *w,
                         GString          *out)
{
  w->out = out;
  w->depth = 0;
  w->need_comma = 0;
  w->after_key = FALSE;
  w->sink = NULL;
  w->sink_data = NULL;
  w->failed = FALSE;
}

/* With a sink, the output goes out in chunks and memory stays flat. */
void
byline_json_writer_set_sink (BylineJsonWriter *w,
                             BylineJsonSink    sink,
                             gpointer          user_data)
{
  w->sink = sink;
  w->sink_data = user_data;
}

gboolean
byline_json_writer_flush (BylineJsonWriter *w)
{
  if (w->sink != NULL && w->out->len > 0 && !w->failed)
    {
      if (!w->sink (w->out->str, w->out->len, w->sink_data))
        w->failed = TRUE;
      g_string_truncate (w->out, 0);
    }
  return !w->failed;
}

static void
before_value (BylineJsonWriter *w)
{
  if (w->after_key)
    {
      w->after_key = FALSE;
      return;
    }
  if (w->depth > 0 && w->depth < 64 && (w->need_comma & (G_GUINT64_CONSTANT (1) << w->depth)))
    g_string_append_c (w->out, ',');
  if (w->depth < 64)
    w->need_comma |= G_GUINT64_CONSTANT (1) << w->depth;
}

static void
open_level (BylineJsonWriter *w, char c)
{
  before_value (w);
  g_string_append_c (w->out, c);
  w->depth++;
  if (w->depth < 64)
    w->need_comma &= ~(G_GUINT64_CONSTANT (1) << w->depth);
}

static void
close_level (BylineJsonWriter *w, char c)
{
  g_assert (w->depth > 0);
  w->depth--;
  g_string_append_c (w->out, c);
  if (w->sink != NULL && w->out->len >= 1 << 16)
    byline_json_writer_flush (w);
}

void
byline_json_writer_begin_object (BylineJsonWriter *w)
{
  open_level (w, '{');
}

void
byline_json_writer_end_object (BylineJsonWriter *w)
{
  close_level (w, '}');
}

void
byline_json_writer_begin_array (BylineJsonWriter *w)
{
  open_level (w, '[');
}

void
byline_json_writer_end_array (BylineJsonWriter *w)
{
  close_level (w, ']');
}

/* A line break between items keeps big output readable and diffable. */
void
byline_json_writer_newline (BylineJsonWriter *w)
{
  g_string_append_c (w->out, '\n');
  if (w->sink != NULL && w->out->len >= 1 << 16)
    byline_json_writer_flush (w);
}

static void
append_escaped (GString *out, const char *s, gsize len)
{
  static const char hex[] = "0123456789abcdef";
  const char *end = s + len;
  const char *run = s;

  g_string_append_c (out, '"');
  for (const char *p = s; p < end; p++)
    {
      guchar c = (guchar) *p;
      const char *esc = NULL;
      char ubuf[7];

      if (c >= 0x20 && c != '"' && c != '\\')
        {
          /* U+2028 and U+2029 break JavaScript string literals */
          if (c == 0xE2 && p + 2 < end && (guchar) p[1] == 0x80
              && ((guchar) p[2] == 0xA8 || (guchar) p[2] == 0xA9))
            {
              out_append (out, run, p - run);
              g_string_append (out, (guchar) p[2] == 0xA8 ? "\\u2028" : "\\u2029");
              p += 2;
              run = p + 1;
            }
          continue;
        }
      switch (c)
        {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default:
          ubuf[0] = '\\', ubuf[1] = 'u', ubuf[2] = '0', ubuf[3] = '0';
          ubuf[4] = hex[c >> 4], ubuf[5] = hex[c & 15], ubuf[6] = '\0';
          esc = ubuf;
          break;
        }
      out_append (out, run, p - run);
      out_append (out, esc, strlen (esc));
      run = p + 1;
    }
  out_append (out, run, end - run);
  g_string_append_c (out, '"');
}

/* Keys are the contract's own names: plain ASCII, written as they are
 * (every value still goes through the escaping) */
void
byline_json_writer_key (BylineJsonWriter *w,
                        const char       *key)
{
  char buf[64];
  gsize len = strlen (key);

  before_value (w);
  if (len + 3 <= sizeof buf)
    {
      buf[0] = '"';
      memcpy (buf + 1, key, len);
      buf[len + 1] = '"';
      buf[len + 2] = ':';
      out_append (w->out, buf, len + 3);
    }
  else
    {
      g_string_append_c (w->out, '"');
      out_append (w->out, key, len);
      out_append (w->out, "\":", 2);
    }
  w->after_key = TRUE;
}

void
byline_json_writer_string_len (BylineJsonWriter *w,
                               const char       *value,
                               gsize             len)
{
  before_value (w);
  append_escaped (w->out, value, len);
}

void
byline_json_writer_string (BylineJsonWriter *w,
                           const char       *value)
{
  if (value == NULL)
    byline_json_writer_null (w);
  else
    byline_json_writer_string_len (w, value, strlen (value));
}

/* Writes the digits of @v at @out; returns how many */
static gsize
format_uint (char *out, guint64 v)
{
  char buf[20];
  gsize i = sizeof buf;

  do
    {
      buf[--i] = (char) ('0' + v % 10);
      v /= 10;
    }
  while (v > 0);
  memcpy (out, buf + i, sizeof buf - i);
  return sizeof buf - i;
}

void
byline_json_writer_int (BylineJsonWriter *w,
                        gint64            value)
{
  char buf[24];
  gsize n = 0;

  before_value (w);
  if (value < 0)
    buf[n++] = '-';
  n += format_uint (buf + n, value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value);
  out_append (w->out, buf, n);
}

/* {"start":S,"end":E} in one go: what begin_object, two keys, two ints and
 * end_object write, for the many spans of a long article */
void
byline_json_writer_span (BylineJsonWriter *w,
                         guint64           start,
                         guint64           end)
{
  char buf[64];
  gsize n;

  before_value (w);
  memcpy (buf, "{\"start\":", 9);
  n = 9 + format_uint (buf + 9, start);
  memcpy (buf + n, ",\"end\":", 7);
  n += 7;
  n += format_uint (buf + n, end);
  buf[n++] = '}';
  out_append (w->out, buf, n);
  if (w->sink != NULL && w->out->len >= 1 << 16)
    byline_json_writer_flush (w);
}

void
byline_json_writer_bool (BylineJsonWriter *w,
                         gboolean          value)
{
  before_value (w);
  if (value)
    out_append (w->out, "true", 4);
  else
    out_append (w->out, "false", 5);
}

void
byline_json_writer_null (BylineJsonWriter *w)
{
  before_value (w);
  out_append (w->out, "null", 4);
}
