/* byline-cli.c: the subcommands of byline-cli
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <stdio.h>
#include <string.h>

#include "byline-analysis.h"
#include "byline-cli.h"
#include "byline-cli-private.h"
#include "byline-import.h"
#include "byline-input.h"
#include "byline-store.h"

int
_byline_cli_printf (const char *format,
                    ...)
{
  g_autofree char *text = NULL;
  g_autofree char *safe = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  safe = byline_escape_terminal (text);
  return fputs (safe, stdout) < 0 ? -1 : (int) strlen (safe);
}

/**
 * _byline_cli_output_path:
 * @output: the -o FILE
 * @input: (nullable): the file the command reads, or NULL
 *
 * Where to write -o FILE: a symlink is followed so that the file it points
 * to is written and the link stays; FILE the same as @input is refused (it
 * would be lost).
 *
 * Returns: (transfer full): the path to write, or NULL with @error set
 */
char *
_byline_cli_output_path (const char  *output,
                         const char  *input,
                         GError     **error)
{
  g_autofree char *path = g_strdup (output);
  GStatBuf out_st, in_st;

  /* a chain of links, within reason */
  for (int hops = 0; hops < 32 && g_file_test (path, G_FILE_TEST_IS_SYMLINK); hops++)
    {
      g_autofree char *target = g_file_read_link (path, NULL);
      g_autofree char *dir = NULL;

      if (target == NULL)
        break;
      dir = g_path_get_dirname (path);
      g_free (path);
      path = g_path_is_absolute (target) ? g_steal_pointer (&target)
                                         : g_build_filename (dir, target, NULL);
    }
  if (input != NULL && !g_str_equal (input, "-") && g_stat (path, &out_st) == 0
      && g_stat (input, &in_st) == 0 && out_st.st_dev == in_st.st_dev && out_st.st_ino == in_st.st_ino)
    {
      g_autofree char *display = g_filename_display_name (output);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   /* Translators: %s is a file name */
                   _("%s: is the input too; writing it would destroy it (give another -o FILE)"),
                   display);
      return NULL;
    }
  return g_steal_pointer (&path);
}

static void
print_help (FILE *f)
{
  static const struct { const char *name, *help; } commands[] = {
    { "analyze", N_("Analyse a news article: structure, people, places, quotes, meetings, claims") },
    { "library", N_("Import, list, show, tag and remove articles in the library") },
    { "notes", N_("Add, list, edit and delete notes on passages") },
    { "tags", N_("List, rename and merge tags") },
    { "search", N_("Search article texts and notes") },
    { "correct", N_("Correct an entity's type or name, a quote's speaker, a claim's source") },
    { "corrections", N_("List or undo corrections") },
    { "lesson", N_("Make a lesson, check a student's response, report on a class") },
    { "export", N_("Export an annotated summary: Markdown, HTML, JSON (W3C annotations) or PDF") },
    { "import-notes", N_("Bring notes back from a JSON export or W3C annotations") },
    /* across articles (byline-cli-across.c) */
    { "people", N_("People, organisations and places across articles: list, show, merge, split") },
    { "timeline", N_("Every dated event of the library or a tag, in order") },
    { "meetings", N_("Who met whom across the library, as GraphML or CSV") },
    { "compare", N_("Two reports of one event side by side: sourcing, quotes, what each leaves out") },
  };
  g_autofree char *library = byline_store_default_path ();

  fprintf (f, "%s\n\n%s\n", _("Usage: byline-cli [--library PATH] COMMAND [OPTION…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (f, "  %-13s %s\n", commands[i].name, _(commands[i].help));
  fprintf (f, "\n%s\n  %s\n\n%s\n",
           _("The library (--library PATH chooses another):"), library,
           _("Run “byline-cli COMMAND --help” for a command's options."));
  fprintf (f, "\n%s\n", _("--max-input-size MB (before the command) raises the 256 MB limit on one input."));
}

/* --max-input-size MB (or =MB): the largest input file or standard input;
 * returns how many arguments it took, 0 on a usage error */
static int
parse_max_input_size (int    argc,
                      char **argv)
{
  const char *value = NULL;
  guint64 mb = 0;
  int used = 1;

  if (g_str_has_prefix (argv[1], "--max-input-size="))
    value = argv[1] + strlen ("--max-input-size=");
  else if (g_str_equal (argv[1], "--max-input-size") && argc > 2)
    value = argv[2], used = 2;
  if (value == NULL
      || !g_ascii_string_to_unsigned (value, 10, 1, G_MAXSIZE / (1024 * 1024), &mb, NULL))
    {
      fprintf (stderr, "byline-cli: %s\n", _("--max-input-size needs a number of megabytes"));
      return 0;
    }
  byline_input_set_max_size ((gsize) mb * 1024 * 1024);
  return used;
}

static int
run_command (int    argc,
             char **argv)
{
  const char *library = NULL;
  const char *command;

  /* the global options come before the command */
  while (argc > 1 && (g_str_has_prefix (argv[1], "--library")
                      || g_str_has_prefix (argv[1], "--max-input-size")))
    {
      if (g_str_has_prefix (argv[1], "--max-input-size"))
        {
          int used = parse_max_input_size (argc, argv);

          if (used == 0)
            return BYLINE_CLI_USAGE;
          argc -= used, argv += used;
          continue;
        }
      if (g_str_has_prefix (argv[1], "--library="))
        {
          library = argv[1] + strlen ("--library=");
          argc--, argv++;
        }
      else if (g_str_equal (argv[1], "--library") && argc > 2)
        {
          library = argv[2];
          argc -= 2, argv += 2;
        }
      else
        {
          fprintf (stderr, "byline-cli: %s\n", _("--library needs a PATH"));
          return BYLINE_CLI_USAGE;
        }
      if (*library == '\0')
        {
          fprintf (stderr, "byline-cli: %s\n", _("--library needs a PATH"));
          return BYLINE_CLI_USAGE;
        }
    }
  if (argc < 2)
    {
      print_help (stderr);
      return BYLINE_CLI_USAGE;
    }
  command = argv[1];
  if (g_str_equal (command, "--help") || g_str_equal (command, "-h") || g_str_equal (command, "help"))
    {
      print_help (stdout);
      return BYLINE_CLI_OK;
    }
  if (g_str_equal (command, "--version"))
    {
      printf ("byline-cli %s\n", PACKAGE_VERSION);
      return BYLINE_CLI_OK;
    }
  if (g_str_equal (command, "analyze") || g_str_equal (command, "analyse"))
    return _byline_cli_analyze (argc - 1, argv + 1);
  if (g_str_equal (command, "library"))
    return _byline_cli_library (library, argc - 1, argv + 1);
  if (g_str_equal (command, "notes"))
    return _byline_cli_notes (library, argc - 1, argv + 1);
  if (g_str_equal (command, "tags"))
    return _byline_cli_tags (library, argc - 1, argv + 1);
  if (g_str_equal (command, "search"))
    return _byline_cli_search (library, argc - 1, argv + 1);
  if (g_str_equal (command, "correct"))
    return _byline_cli_correct (library, argc - 1, argv + 1);
  if (g_str_equal (command, "corrections"))
    return _byline_cli_corrections (library, argc - 1, argv + 1);
  if (g_str_equal (command, "lesson"))
    return _byline_cli_lesson (library, argc - 1, argv + 1);
  if (g_str_equal (command, "export"))
    return _byline_cli_export (library, argc - 1, argv + 1);
  if (g_str_equal (command, "import-notes"))
    return _byline_cli_import_notes (library, argc - 1, argv + 1);
  /* across articles (byline-cli-across.c) */
  if (g_str_equal (command, "people"))
    return _byline_cli_people (library, argc - 1, argv + 1);
  if (g_str_equal (command, "timeline"))
    return _byline_cli_timeline (library, argc - 1, argv + 1);
  if (g_str_equal (command, "meetings"))
    return _byline_cli_meetings (library, argc - 1, argv + 1);
  if (g_str_equal (command, "compare"))
    return _byline_cli_compare (library, argc - 1, argv + 1);

  {
    g_autofree char *safe = byline_escape_terminal (command);

    fprintf (stderr, _("byline-cli: unknown command “%s”\n\n"), safe);
  }
  print_help (stderr);
  return BYLINE_CLI_USAGE;
}

/* Lost output: whatever a command printed must have reached standard output
 * (a full disk, a closed pipe, /dev/full), else the command failed. */
static int
check_output (int status)
{
  gboolean lost = fflush (stdout) != 0 || ferror (stdout);

  if (lost && status == BYLINE_CLI_OK)
    {
      _byline_cli_print_error (_("standard output: write failed"));
      return BYLINE_CLI_BAD_INPUT;
    }
  return status;
}

int
byline_cli_run (int    argc,
                char **argv)
{
  return check_output (run_command (argc, argv));
}

/* Helpers the command groups share */

/* A subcommand's options, parsed in the project's text domain */
GOptionContext *
_byline_cli_new_context (const char   *parameters,
                         const char   *summary,
                         GOptionEntry *entries)
{
  GOptionContext *context = g_option_context_new (parameters);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (summary != NULL)
    g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return context;
}

/* --format: text (the default) or json */
gboolean
_byline_cli_check_format (const char *format)
{
  return format == NULL || g_str_equal (format, "text") || g_str_equal (format, "json");
}

/* Prints @node as indented JSON; BYLINE_CLI_BAD_INPUT when stdout fails */
int
_byline_cli_print_json (JsonNode *node)
{
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autofree char *out = NULL;

  json_generator_set_root (gen, node);
  json_generator_set_pretty (gen, TRUE);
  out = json_generator_to_data (gen, NULL);
  if (puts (out) == EOF || fflush (stdout) != 0)
    {
      _byline_cli_print_error (_("standard output: write failed"));
      return BYLINE_CLI_BAD_INPUT;
    }
  return BYLINE_CLI_OK;
}

static void
print_group_help (FILE                   *f,
                  const char             *group,
                  const BylineCliCommand *commands,
                  guint                   n_commands)
{
  /* Translators: %s is a command group: library, notes, tags, corrections, lesson */
  fprintf (f, _("Usage: byline-cli [--library PATH] %s COMMAND [OPTION…]\n\n"), group);
  fprintf (f, "%s\n", _("Commands:"));
  for (guint i = 0; i < n_commands; i++)
    fprintf (f, "  %-10s %s\n", commands[i].name, _(commands[i].help));
  fprintf (f, "\n%s\n", _("Run “byline-cli GROUP COMMAND --help” for a command's options."));
}

/**
 * _byline_cli_find_command:
 * @argv: the group's arguments, argv[1] the command
 * @status: (out): what to exit with when there is no command to run
 *
 * Returns: the command argv[1] names, or NULL when the group's help was
 * asked for (@status OK) or the command is missing or unknown (@status USAGE,
 * the help on stderr)
 */
const BylineCliCommand *
_byline_cli_find_command (const char             *group,
                          const BylineCliCommand *commands,
                          guint                   n_commands,
                          int                     argc,
                          char                  **argv,
                          int                    *status)
{
  const char *command = argc > 1 ? argv[1] : NULL;

  if (command == NULL || g_str_equal (command, "--help") || g_str_equal (command, "-h"))
    {
      print_group_help (command != NULL ? stdout : stderr, group, commands, n_commands);
      *status = command != NULL ? BYLINE_CLI_OK : BYLINE_CLI_USAGE;
      return NULL;
    }
  for (guint i = 0; i < n_commands; i++)
    if (g_str_equal (command, commands[i].name))
      return &commands[i];
  /* Translators: "unknown notes command “frob”" */
  {
    g_autofree char *safe = byline_escape_terminal (command);

    fprintf (stderr, _("byline-cli: unknown %s command “%s”\n\n"), group, safe);
  }
  print_group_help (stderr, group, commands, n_commands);
  *status = BYLINE_CLI_USAGE;
  return NULL;
}
