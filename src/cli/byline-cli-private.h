/* byline-cli-private.h: what the subcommands of byline-cli share
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "byline-import.h"

G_BEGIN_DECLS

void _byline_cli_print_error (const char     *message);
/* printf to standard output with control characters escaped (text from files
 * and the library must not drive the terminal) */
int  _byline_cli_printf      (const char     *format,
                              ...) G_GNUC_PRINTF (1, 2);
char *_byline_cli_output_path (const char    *output,
                               const char    *input,
                               GError       **error);
int  _byline_cli_usage_error (GOptionContext *context,
                              const char     *message);

/* byline-cli-library.c: the library, notes, tags, search and corrections */
int  _byline_cli_library     (const char     *library,
                              int             argc,
                              char          **argv);
int  _byline_cli_notes       (const char     *library,
                              int             argc,
                              char          **argv);
int  _byline_cli_tags        (const char     *library,
                              int             argc,
                              char          **argv);
int  _byline_cli_search      (const char     *library,
                              int             argc,
                              char          **argv);
int  _byline_cli_correct     (const char     *library,
                              int             argc,
                              char          **argv);
int  _byline_cli_corrections (const char     *library,
                              int             argc,
                              char          **argv);

/* byline-cli-lesson.c: lessons, checking responses, the class report */
int  _byline_cli_lesson      (const char     *library,
                              int             argc,
                              char          **argv);

/* byline-cli-export.c: export and import-notes */
int  _byline_cli_export       (const char     *library,
                               int             argc,
                               char          **argv);
int  _byline_cli_import_notes (const char     *library,
                               int             argc,
                               char          **argv);

/* byline-cli-analyze.c: analyze; byline-cli's lean start (BYLINE_CLI_LEAN) */
int  _byline_cli_analyze       (int                  argc,
                                char               **argv);
int  _byline_cli_lean_run      (int                  argc,
                                char               **argv);

/* byline-cli-batch.c: analyze over many files and folders, as JSON Lines */
/* across articles (byline-cli-across.c) */
int  _byline_cli_people       (const char     *library,
                               int             argc,
                               char          **argv);
int  _byline_cli_timeline     (const char     *library,
                               int             argc,
                               char          **argv);
int  _byline_cli_meetings     (const char     *library,
                               int             argc,
                               char          **argv);
int  _byline_cli_compare      (const char     *library,
                               int             argc,
                               char          **argv);

int  _byline_cli_analyze_batch (char               **inputs,
                                guint                n_inputs,
                                BylineImportFormat   format,
                                gboolean             repair,
                                int                  jobs);

/* byline-cli.c: helpers the command groups share */

/* A command of a group; @run is the group's own kind of function */
typedef struct
{
  const char *name;
  const char *help;   /* N_() */
  GCallback   run;
} BylineCliCommand;

const BylineCliCommand *_byline_cli_find_command (const char             *group,
                                                  const BylineCliCommand *commands,
                                                  guint                   n_commands,
                                                  int                     argc,
                                                  char                  **argv,
                                                  int                    *status);
GOptionContext *_byline_cli_new_context  (const char   *parameters,
                                          const char   *summary,
                                          GOptionEntry *entries);
gboolean        _byline_cli_check_format (const char   *format);
int             _byline_cli_print_json   (JsonNode     *node);

G_END_DECLS
