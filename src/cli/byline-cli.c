/* byline-cli.c: the subcommands of byline-cli
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "byline-analysis.h"
#include "byline-cli.h"
#include "byline-cli-private.h"
#include "byline-import.h"
#include "byline-store.h"

void
_byline_cli_print_error (const char *message)
{
  /* messages name the file already: "byline-cli: FILE: what went wrong" */
  fprintf (stderr, "byline-cli: %s\n", message);
}

static gboolean
write_stdout (const char *data,
              gsize       len,
              gpointer    user_data)
{
  return fwrite (data, 1, len, stdout) == len;
}

int
_byline_cli_usage_error (GOptionContext *context,
                         const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  fprintf (stderr, "byline-cli: %s\n\n%s", message, help);
  return BYLINE_CLI_USAGE;
}

static int
cmd_analyze (int    argc,
             char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *from = NULL;
  gboolean repair = FALSE;
  gboolean jsonl = FALSE;
  int jobs = 0;
  gboolean text_asked;
  BylineImportFormat import_format = BYLINE_IMPORT_FORMAT_AUTO;
  g_autoptr (BylineImport) imported = NULL;
  BylineText *text;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineAnalysis) analysis = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: json or text (default: text)"), N_("FORMAT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("Read FILE as auto (default: by its name, else by its contents), text, html or markdown"),
      N_("FORMAT") },
    { "repair", 0, 0, G_OPTION_ARG_NONE, &repair,
      N_("Replace invalid UTF-8 and NUL bytes instead of refusing the file"), NULL },
    { "jsonl", 0, 0, G_OPTION_ARG_NONE, &jsonl,
      N_("Write one line of JSON a file, {\"path\": …, \"analysis\": …}, in the order given "
         "(implied by several FILEs or a FOLDER)"), NULL },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      N_("Analyse N files at once (default: one a processor)"), N_("N") },
    { NULL },
  };

  context = g_option_context_new (_("FILE|FOLDER|-… — analyse news articles"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Prints the article's structure and entities as JSON (the "
                                  "byline.analysis/1 contract) or as readable text.\n"
                                  "FILE is a UTF-8 text, HTML or Markdown file; - reads standard "
                                  "input. HTML and Markdown are read as the plain text the library "
                                  "keeps, and offsets count in that text.\n"
                                  "Several FILEs or a FOLDER (its .txt, .html and .md files, "
                                  "sub-folders too) are analysed on --jobs threads as JSON Lines; "
                                  "a file that cannot be read is named on standard error, the "
                                  "others go on, and the exit status is 1."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc < 2)
    return _byline_cli_usage_error (context, _("analyze needs a FILE, a FOLDER or - for standard input"));
  if (jobs < 0)
    return _byline_cli_usage_error (context, _("--jobs must be 1 or more"));
  /* several files are JSON Lines unless text was asked for */
  text_asked = g_strcmp0 (format, "text") == 0;
  if (format == NULL)
    format = g_strdup ("text");
  if (!g_str_equal (format, "json") && !g_str_equal (format, "text"))
    return _byline_cli_usage_error (context, _("--format must be json or text"));

  if (from != NULL
      && (import_format = byline_import_format_from_name (from, &error)) == BYLINE_IMPORT_FORMAT_AUTO
      && error != NULL)
    return _byline_cli_usage_error (context, error->message);

  if (jsonl || argc > 2 || (!g_str_equal (argv[1], "-") && g_file_test (argv[1], G_FILE_TEST_IS_DIR)))
    {
      if (text_asked)
        return _byline_cli_usage_error (context, _("several files are written as JSON Lines, not --format text"));
      return _byline_cli_analyze_batch (argv + 1, argc - 1, import_format, repair, jobs);
    }
  imported = byline_import_file (argv[1], import_format, repair, &error);
  text = imported != NULL ? imported->text : NULL;
  if (text == NULL)
    {
      _byline_cli_print_error (error->message);
      return BYLINE_CLI_BAD_INPUT;
    }
  if (byline_text_get_n_repairs (text) > 0)
    {
      g_autofree char *msg = g_strdup_printf (
          ngettext ("%s: replaced %lu invalid byte sequence",
                    "%s: replaced %lu invalid byte sequences",
                    byline_text_get_n_repairs (text)),
          g_str_equal (argv[1], "-") ? _("standard input") : argv[1],
          (unsigned long) byline_text_get_n_repairs (text));
      _byline_cli_print_error (msg);
    }

  analysis = byline_analysis_new (text);
  if (g_str_equal (format, "json"))
    {
      if (!byline_analysis_write_json_to (analysis, write_stdout, NULL))
        {
          _byline_cli_print_error (_("standard output: write failed"));
          return BYLINE_CLI_BAD_INPUT;
        }
    }
  else
    {
      g_autofree char *out = byline_analysis_to_text (analysis);
      fputs (out, stdout);
    }
  if (fflush (stdout) != 0)
    {
      _byline_cli_print_error (_("standard output: write failed"));
      return BYLINE_CLI_BAD_INPUT;
    }
  return BYLINE_CLI_OK;
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
  };
  g_autofree char *library = byline_store_default_path ();

  fprintf (f, "%s\n\n%s\n", _("Usage: byline-cli [--library PATH] COMMAND [OPTION…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (f, "  %-13s %s\n", commands[i].name, _(commands[i].help));
  fprintf (f, "\n%s\n  %s\n\n%s\n",
           _("The library (--library PATH chooses another):"), library,
           _("Run “byline-cli COMMAND --help” for a command's options."));
}

int
byline_cli_run (int    argc,
                char **argv)
{
  const char *library = NULL;
  const char *command;

  /* the global option comes before the command */
  while (argc > 1 && g_str_has_prefix (argv[1], "--library"))
    {
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
    return cmd_analyze (argc - 1, argv + 1);
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

  fprintf (stderr, _("byline-cli: unknown command “%s”\n\n"), command);
  print_help (stderr);
  return BYLINE_CLI_USAGE;
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
  fprintf (stderr, _("byline-cli: unknown %s command “%s”\n\n"), group, command);
  print_group_help (stderr, group, commands, n_commands);
  *status = BYLINE_CLI_USAGE;
  return NULL;
}
