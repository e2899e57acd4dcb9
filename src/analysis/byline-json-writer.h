/* byline-json-writer.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A streaming JSON writer into a GString: the analysis of a 50 MB text has
 * millions of spans, and a JsonNode tree of them would cost many times the
 * text. Every string goes through byline_json_writer_string (), which escapes
 * it. */
/* Takes a chunk of output; returns FALSE to stop writing (an I/O error). */
typedef gboolean (*BylineJsonSink) (const char *data,
                                    gsize       len,
                                    gpointer    user_data);

typedef struct
{
  GString        *out;
  guint           depth;
  guint64         need_comma;  /* one bit a level */
  gboolean        after_key;
  BylineJsonSink  sink;        /* NULL: everything stays in out */
  gpointer        sink_data;
  gboolean        failed;
} BylineJsonWriter;

void     byline_json_writer_init         (BylineJsonWriter *w,
                                          GString          *out);
void     byline_json_writer_set_sink     (BylineJsonWriter *w,
                                          BylineJsonSink    sink,
                                          gpointer          user_data);
gboolean byline_json_writer_flush        (BylineJsonWriter *w);
void byline_json_writer_begin_object (BylineJsonWriter *w);
void byline_json_writer_end_object   (BylineJsonWriter *w);
void byline_json_writer_begin_array  (BylineJsonWriter *w);
void byline_json_writer_end_array    (BylineJsonWriter *w);
void byline_json_writer_key          (BylineJsonWriter *w,
                                      const char       *key);
void byline_json_writer_string       (BylineJsonWriter *w,
                                      const char       *value);
void byline_json_writer_string_len   (BylineJsonWriter *w,
                                      const char       *value,
                                      gsize             len);
void byline_json_writer_int          (BylineJsonWriter *w,
                                      gint64            value);
void byline_json_writer_span         (BylineJsonWriter *w,
                                      guint64           start,
                                      guint64           end);
void byline_json_writer_bool         (BylineJsonWriter *w,
                                      gboolean          value);
void byline_json_writer_null         (BylineJsonWriter *w);
void byline_json_writer_newline      (BylineJsonWriter *w);

G_END_DECLS
