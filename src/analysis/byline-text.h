/* byline-text.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BYLINE_TEXT_ERROR (byline_text_error_quark ())

typedef enum
{
  BYLINE_TEXT_ERROR_IO,
  BYLINE_TEXT_ERROR_NOT_UTF8,
  BYLINE_TEXT_ERROR_BINARY,
} BylineTextError;

/* Code points <-> bytes of one UTF-8 text: the one index every layer uses
 * (BylineText's own, the analysis model's, the window's, the exports').
 * Built in one pass, eight bytes at a time, with a mark every 64 bytes
 * (4 bytes of memory each); a lookup reads at most 64 bytes, and finding a
 * code point's byte also bisects the marks. */
typedef struct _BylineCharIndex BylineCharIndex;

BylineCharIndex *byline_char_index_new         (const char            *text,
                                                gssize                 len);
void             byline_char_index_free        (BylineCharIndex       *index);
const char      *byline_char_index_get_text    (const BylineCharIndex *index);
gsize            byline_char_index_get_length  (const BylineCharIndex *index);  /* bytes */
gsize            byline_char_index_get_n_chars (const BylineCharIndex *index);
/* offset clamped to the text; returns a byte offset */
gsize            byline_char_index_to_byte     (const BylineCharIndex *index,
                                                gsize                  offset);
/* byte clamped to the text; inside a character: that character */
gsize            byline_char_index_to_char     (const BylineCharIndex *index,
                                                gsize                  byte);
const char      *byline_char_index_pointer     (const BylineCharIndex *index,
                                                gsize                  offset);
/* the text between two code point offsets, clamped, NUL-terminated */
char            *byline_char_index_dup         (const BylineCharIndex *index,
                                                gsize                  start,
                                                gsize                  end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineCharIndex, byline_char_index_free)

/* An article's text: valid UTF-8 with the leading BOM dropped, and a
 * byte-to-character map built in one pass so that spans found on bytes are
 * reported as code point offsets (the analysis JSON contract). */
typedef struct _BylineText BylineText;

struct _BylineText
{
  char    *data;     /* NUL-terminated UTF-8 */
  gsize    len;      /* bytes, without the NUL */
  gsize    n_chars;  /* code points */
  /*< private >*/
  BylineCharIndex *index;
  gsize    n_repairs;
  gint     ref_count;
};

GQuark      byline_text_error_quark       (void);
BylineText *byline_text_new_from_data     (const char  *data,
                                           gsize        len,
                                           const char  *name,
                                           gboolean     repair,
                                           GError     **error);
BylineText *byline_text_new_take_data     (char        *data,
                                           gsize        len,
                                           const char  *name,
                                           gboolean     repair,
                                           GError     **error);
BylineText *byline_text_new_from_file     (const char  *path,
                                           gboolean     repair,
                                           GError     **error);
BylineText *byline_text_ref               (BylineText  *text);
void        byline_text_unref             (BylineText  *text);
gsize       byline_text_char_offset       (const BylineText *text,
                                           gsize             byte);
gsize       byline_text_byte_offset       (const BylineText *text,
                                           gsize             offset);
const BylineCharIndex *
            byline_text_get_index         (const BylineText *text);
gsize       byline_text_get_n_repairs     (const BylineText *text);
gboolean    byline_text_read_file         (const char  *path,
                                           char       **contents,
                                           gsize       *len,
                                           GError     **error);
gboolean    byline_text_read_stdin        (char       **contents,
                                           gsize       *len,
                                           GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineText, byline_text_unref)

G_END_DECLS
