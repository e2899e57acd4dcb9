/* byline-import.h: plain text, HTML and Markdown articles turned into the
 * plain text that the analysis, the store and notes use
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-document.h"
#include "byline-text.h"

G_BEGIN_DECLS

#define BYLINE_IMPORT_ERROR (byline_import_error_quark ())

typedef enum
{
  BYLINE_IMPORT_ERROR_IO,        /* cannot read the file */
  BYLINE_IMPORT_ERROR_NOT_UTF8,  /* text or Markdown that is not UTF-8 */
  BYLINE_IMPORT_ERROR_BINARY,    /* NUL bytes */
  BYLINE_IMPORT_ERROR_PARSE,     /* HTML with no text in it at all */
  BYLINE_IMPORT_ERROR_FORMAT,    /* an unknown format name */
} BylineImportError;

typedef enum
{
  BYLINE_IMPORT_FORMAT_AUTO,     /* by extension, then by sniffing */
  BYLINE_IMPORT_FORMAT_TEXT,
  BYLINE_IMPORT_FORMAT_HTML,
  BYLINE_IMPORT_FORMAT_MARKDOWN,
} BylineImportFormat;

/* One run of the offset map: the plain text from code point @text_start on
 * (up to the next entry) came from the source file from byte @source_start on. */
/* what a limit on hostile HTML left out of the page */
typedef enum
{
  BYLINE_IMPORT_CUT_ATTRIBUTES = 1 << 0, /* a tag's attributes past the limit */
  BYLINE_IMPORT_CUT_DEPTH      = 1 << 1, /* elements nested deeper than libxml2 reads */
} BylineImportCut;

/* more attributes than this in one tag are dropped (they would make the
 * parse quadratic) */
#define BYLINE_IMPORT_MAX_ATTRIBUTES 512

typedef struct
{
  guint32 text_start;    /* code points into the plain text */
  guint32 source_start;  /* bytes into the source file */
} BylineImportSpan;

typedef struct
{
  BylineImportFormat  format;     /* what the source was read as, never AUTO */
  BylineText         *text;       /* the plain text: analysed, stored, annotated */
  char               *title;      /* or NULL */
  char               *published;  /* "2013-12-11" or NULL */
  char               *author;     /* or NULL */
  char               *url;        /* canonical or og:url, or NULL */
  char               *publisher;  /* the page's publisher (JSON-LD, og:site_name), or NULL */
  GArray             *map;        /* BylineImportSpan, text_start ascending */
  gsize               source_len; /* bytes in the source */
  gboolean            whole_page; /* HTML with no clear article: all its visible text */
  guint               cut;        /* BylineImportCut: what a limit left out, or 0 */
} BylineImport;

GQuark              byline_import_error_quark       (void);
BylineImportFormat  byline_import_format_from_name  (const char          *name,
                                                     GError             **error);
const char         *byline_import_format_to_string  (BylineImportFormat   format);
BylineImportFormat  byline_import_guess_format      (const char          *path,
                                                     const char          *data,
                                                     gsize                len);
BylineImport       *byline_import_data              (const char          *data,
                                                     gsize                len,
                                                     const char          *name,
                                                     BylineImportFormat   format,
                                                     gboolean             repair,
                                                     GError             **error);
BylineImport       *byline_import_file              (const char          *path,
                                                     BylineImportFormat   format,
                                                     gboolean             repair,
                                                     GError             **error);
gsize               byline_import_source_offset     (const BylineImport  *self,
                                                     gsize                text_offset);
char               *byline_import_describe_cut      (const BylineImport  *self,
                                                     const char          *name);
void                byline_import_free              (BylineImport        *self);

/* What the page says of itself, for byline_analysis_new_with_page (): borrowed from @self */
static inline BylinePageMeta
byline_import_get_page (const BylineImport *self)
{
  BylinePageMeta page = { self->url, self->author, self->published, self->publisher };

  return page;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineImport, byline_import_free)

G_END_DECLS
