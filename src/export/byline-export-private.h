/* byline-export-private.h: the content every writer lays out, made once
 * (byline-export-content.c)
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-export.h"
#include "byline-export-html-text.h"

G_BEGIN_DECLS

/* Writing a local file whole or not at all */
typedef gboolean (*BylineExportWriteFunc) (GOutputStream *stream,
                                           gpointer       user_data,
                                           GCancellable  *cancellable,
                                           GError       **error);

gboolean _byline_export_write_path (const char            *path,
                                    BylineExportWriteFunc  write,
                                    gpointer               user_data,
                                    GCancellable          *cancellable,
                                    GError               **error);

/* What a stretch of the article is part of; a bit each in ExportSegment.kinds */
typedef enum
{
  SPAN_PERSON,
  SPAN_ORG,
  SPAN_PLACE,
  SPAN_NORP,
  SPAN_DATE,
  SPAN_MONEY,
  SPAN_QUANTITY,
  SPAN_QUOTE,
  SPAN_HEDGE,
  SPAN_LOADED,
  SPAN_NOTE,
  N_SPAN_KINDS
} SpanKind;

/* A stretch of a paragraph with the same highlights, or (mark > 0) the place
 * after the passage of note number @mark */
typedef struct
{
  gsize    from;   /* bytes into the text */
  gsize    to;
  guint32  kinds;  /* 1 << SpanKind */
  guint    mark;
} ExportSegment;

typedef struct
{
  GArray    *segments;  /* ExportSegment */
  GPtrArray *notes;     /* ExportNote whose passage begins here (borrowed) */
} ExportParagraph;

typedef struct
{
  guint             number;   /* 1, 2, ... in the order of the text; orphaned last */
  const BylineNote *note;
  gboolean          orphaned; /* its passage is not in the text: not highlighted */
  char             *passage;  /* the words, one line */
} ExportNote;

typedef enum
{
  BLOCK_HEADING,  /* level, text */
  BLOCK_META,     /* label: text */
  BLOCK_TEXT,     /* a paragraph of prose */
  BLOCK_TABLE,    /* rows: GStrv each, the first the header */
  BLOCK_ITEM,     /* text (words as shown, with their marks: byline_quote_display_words ()), detail below it */
} BlockKind;

typedef struct
{
  BlockKind  kind;
  guint      level;
  char      *label;
  char      *text;
  char      *detail;
  GPtrArray *rows;
} ExportBlock;

typedef struct
{
  BylineExportInput *input;
  const char        *sha256;
  char              *own_sha256;
  char              *target;      /* the annotations' target source IRI */
  char              *provenance;  /* the line under the title: author, outlet, date; or NULL */
  GPtrArray         *head;        /* ExportBlock: title and metadata */
  GPtrArray         *summary;     /* ExportBlock: the analysis, empty with NOTES_ONLY */
  GPtrArray         *paragraphs;  /* ExportParagraph, empty with NO_ARTICLE */
  GPtrArray         *notes;       /* ExportNote, numbered */
  /* a worksheet or an answer key: numbered paragraphs, no legend, no notes,
   * and the @tail (a table to fill in) after the article */
  gboolean           worksheet;
  GPtrArray         *tail;        /* ExportBlock */
} ExportContent;

ExportContent *_byline_export_content_new  (BylineExportInput *input);
void           _byline_export_content_free (ExportContent     *content);
ExportBlock   *_byline_export_add_block    (GPtrArray         *list,
                                            BlockKind          kind,
                                            guint              level,
                                            const char        *label,
                                            const char        *text);
void           _byline_export_add_table_row (ExportBlock      *table,
                                             const char *const *cells);
const char    *_byline_export_span_class   (SpanKind           kind);
const char    *_byline_export_span_label   (SpanKind           kind);
const char    *_byline_export_kind_label   (BylineNoteKind     kind);
char          *_byline_export_note_tags    (const BylineNote  *note);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportContent, _byline_export_content_free)

/* Each writer appends to @out, or (PDF) writes to @stream */
void     _byline_export_markdown (ExportContent *content,
                                  GString       *out);
void     _byline_export_html     (ExportContent *content,
                                  GString       *out);
void     _byline_export_json     (ExportContent *content,
                                  GString       *out);
gboolean _byline_export_pdf      (ExportContent *content,
                                  GOutputStream *stream,
                                  GCancellable  *cancellable,
                                  GError       **error);

G_END_DECLS
