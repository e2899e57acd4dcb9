/* byline-cli-store.h: what the commands over a library share
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-cli-private.h"
#include "byline-lesson.h"
#include "byline-store.h"

G_BEGIN_DECLS

/* What the commands over a library share (byline-cli-store.c) */
typedef int (*BylineCliStoreCommand) (BylineStore *store,
                                      int          argc,
                                      char       **argv);

BylineStore *_byline_cli_open_library (const char             *library);
int          _byline_cli_fail         (BylineStore            *store,
                                       const GError           *error);
gboolean     _byline_cli_parse_id     (const char             *arg,
                                       gint64                 *id);
int          _byline_cli_run_group    (const char             *library,
                                       const char             *group,
                                       const BylineCliCommand *commands,
                                       guint                   n_commands,
                                       int                     argc,
                                       char                  **argv);
char        *_byline_cli_one_line     (const char             *s);

/* A lesson from a library article, its analysis with the reader's corrections
 * (byline-cli-lesson.c) */
BylineLesson *_byline_cli_lesson_from_library (const char  *library,
                                               gint64       id,
                                               GError     **error);

G_END_DECLS
