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
  guint32 *marks;    /* code point offset at every BYLINE_TEXT_MARK_STEP bytes */
  gsize    n_repairs;
  gint     ref_count;
};

GQuark      byline_text_error_quark       (void);
BylineText *byline_text_new_from_data     (const char  *data,
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
