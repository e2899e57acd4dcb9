/* byline-export.h: annotated summaries of an article as Markdown, HTML, JSON and PDF,
 * and notes brought back from W3C Web Annotation JSON
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "byline-store.h"

G_BEGIN_DECLS

#define BYLINE_EXPORT_ERROR (byline_export_error_quark ())

typedef enum
{
  BYLINE_EXPORT_ERROR_INVALID,     /* not JSON, or not an export or annotation collection */
  BYLINE_EXPORT_ERROR_NO_ARTICLE,  /* the notes' article is not in the library and not in the file */
  BYLINE_EXPORT_ERROR_WRITE,       /* the output could not be written */
} BylineExportError;

/* The schema name of the JSON export */
#define BYLINE_EXPORT_SCHEMA "byline.export/1"

typedef enum
{
  BYLINE_EXPORT_MARKDOWN,
  BYLINE_EXPORT_HTML,
  BYLINE_EXPORT_JSON,
  BYLINE_EXPORT_PDF,
} BylineExportFormat;

typedef enum
{
  BYLINE_EXPORT_FLAGS_NONE = 0,
  BYLINE_EXPORT_NOTES_ONLY = 1 << 0,  /* the heading and the notes: no analysis summary */
  BYLINE_EXPORT_NO_ARTICLE = 1 << 1,  /* leave out the article's text */
} BylineExportFlags;

/* What an export is made of. Reference counted and not changed once handed
 * to byline_export_write (), so a thread can write it. */
typedef struct
{
  char              *title;
  char              *source;    /* path or URL, or NULL */
  char              *dateline;  /* "2013-12-11" or NULL */
  char              *sha256;    /* of the text; NULL: computed */
  char              *reader;    /* the reader's name, or NULL */
  char              *text;      /* UTF-8; offsets count code points in it */
  JsonNode          *analysis;  /* byline.analysis/1, corrections applied; or NULL */
  GPtrArray         *notes;     /* BylineNote, owned */
  BylineExportFlags  flags;
} BylineExportInput;

GQuark              byline_export_error_quark          (void);

const char         *byline_export_format_to_string     (BylineExportFormat   format);
gboolean            byline_export_format_from_string   (const char          *name,
                                                        BylineExportFormat  *format);
const char         *byline_export_format_get_extension (BylineExportFormat   format);
const char         *byline_export_format_get_mime_type (BylineExportFormat   format);
gboolean            byline_export_format_is_binary     (BylineExportFormat   format);

BylineExportInput  *byline_export_input_new            (void);
BylineExportInput  *byline_export_input_new_from_store (BylineStore         *store,
                                                        gint64               article,
                                                        GError             **error);
BylineExportInput  *byline_export_input_new_from_text  (BylineText          *text,
                                                        const char          *title,
                                                        const char          *source);
BylineExportInput  *byline_export_input_new_from_page  (BylineText          *text,
                                                        const char          *title,
                                                        const char          *source,
                                                        const BylinePageMeta *page);
BylineExportInput  *byline_export_input_ref            (BylineExportInput   *input);
void                byline_export_input_unref          (BylineExportInput   *input);

gboolean            byline_export_write                (BylineExportInput   *input,
                                                        BylineExportFormat   format,
                                                        GOutputStream       *stream,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
gboolean            byline_export_write_file           (BylineExportInput   *input,
                                                        BylineExportFormat   format,
                                                        GFile               *file,
                                                        GCancellable        *cancellable,
                                                        GError             **error);
void                byline_export_write_file_async     (BylineExportInput   *input,
                                                        BylineExportFormat   format,
                                                        GFile               *file,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean            byline_export_write_file_finish    (GAsyncResult        *result,
                                                        GError             **error);

/* Import: W3C Web Annotations (our JSON export, an AnnotationCollection, an
 * AnnotationPage, an array of Annotations or one Annotation) as notes */
typedef struct
{
  char      *title;     /* from the export's "article" member; each may be NULL */
  char      *source;
  char      *dateline;
  char      *sha256;
  char      *text;
  char      *target;    /* the first annotation's target source IRI, or NULL */
  GPtrArray *notes;     /* BylineNote: the passage by quote, the position as a hint */
} BylineAnnotations;

BylineAnnotations  *byline_annotations_parse           (const char          *data,
                                                        gssize               length,
                                                        const char          *name,
                                                        GError             **error);
BylineAnnotations  *byline_annotations_load            (const char          *path,
                                                        GError             **error);
gboolean            byline_annotations_import          (BylineAnnotations   *annotations,
                                                        BylineStore         *store,
                                                        const char          *name,
                                                        gint64              *article,
                                                        BylineNoteImportCounts *counts,
                                                        GError             **error);
void                byline_annotations_free            (BylineAnnotations   *annotations);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineExportInput, byline_export_input_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineAnnotations, byline_annotations_free)

G_END_DECLS
