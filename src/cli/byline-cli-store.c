/* byline-cli-store.c: what the commands over a library share: opening it,
 * its errors, article ids, a group of commands, one-line text
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-cli.h"
#include "byline-cli-private.h"
#include "byline-cli-store.h"
#include "byline-store.h"

BylineStore *
_byline_cli_open_library (const char *library)
{
  g_autoptr (GError) error = NULL;
  BylineStore *store = byline_store_open (library, &error);

  if (store == NULL)
    _byline_cli_print_error (error->message);
  return store;
}

/* Store errors name the library already; others get its path in front */
int
_byline_cli_fail (BylineStore  *store,
      const GError *error)
{
  if (error->domain == BYLINE_STORE_ERROR
      && (error->code == BYLINE_STORE_ERROR_NOT_FOUND || error->code == BYLINE_STORE_ERROR_INVALID))
    {
      g_autofree char *msg = g_strdup_printf ("%s: %s", byline_store_get_path (store), error->message);
      _byline_cli_print_error (msg);
    }
  else
    _byline_cli_print_error (error->message);
  return BYLINE_CLI_BAD_INPUT;
}

gboolean
_byline_cli_parse_id (const char *arg,
          gint64     *id)
{
  guint64 value;

  if (arg == NULL || !g_ascii_string_to_unsigned (arg, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;
  *id = (gint64) value;
  return TRUE;
}

/* byline-cli GROUP COMMAND ...: opens the library only for a known command */
int
_byline_cli_run_group (const char             *library,
           const char             *group,
           const BylineCliCommand *commands,
           guint                   n_commands,
           int                     argc,
           char                  **argv)
{
  g_autoptr (BylineStore) store = NULL;
  const BylineCliCommand *command;
  int status;

  command = _byline_cli_find_command (group, commands, n_commands, argc, argv, &status);
  if (command == NULL)
    return status;
  store = _byline_cli_open_library (library);
  if (store == NULL)
    return BYLINE_CLI_BAD_INPUT;
  return ((BylineCliStoreCommand) command->run) (store, argc - 1, argv + 1);
}

/* One line of text with tabs and newlines shown as spaces */
char *
_byline_cli_one_line (const char *s)
{
  char *line = g_strdup (s != NULL ? s : "");

  g_strdelimit (line, "\t\r\n", ' ');
  return line;
}
