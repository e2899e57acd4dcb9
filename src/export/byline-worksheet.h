/* byline-worksheet.h: a lesson as a printable worksheet, and its answer key
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-export.h"
#include "byline-lesson.h"

G_BEGIN_DECLS

typedef enum
{
  BYLINE_WORKSHEET,   /* the article with numbered paragraphs, the questions, a source table to fill in */
  BYLINE_ANSWER_KEY,  /* the key: each expected item, its paragraph, the answer and why */
} BylineWorksheetKind;

gboolean byline_worksheet_write      (const BylineLesson   *lesson,
                                      BylineWorksheetKind   kind,
                                      BylineExportFormat    format,
                                      GOutputStream        *stream,
                                      GCancellable         *cancellable,
                                      GError              **error);
gboolean byline_worksheet_write_file (const BylineLesson   *lesson,
                                      BylineWorksheetKind   kind,
                                      BylineExportFormat    format,
                                      GFile                *file,
                                      GCancellable         *cancellable,
                                      GError              **error);

G_END_DECLS
