/* byline-cli.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes */
#define BYLINE_CLI_OK        0
#define BYLINE_CLI_BAD_INPUT 1
#define BYLINE_CLI_USAGE     2

int byline_cli_run (int    argc,
                    char **argv);

G_END_DECLS
