/* byline-cli-analyze.c: byline-cli analyze, and the lean start of byline-cli
 *
 * This file is built twice. In the full program (byline-cli-full, every
 * command) it is the analyze command. In byline-cli itself it is built with
 * BYLINE_CLI_LEAN: the program links the analysis of a text only (GLib
 * alone), so that `byline-cli analyze` on a text file does not load the
 * import (libxml2, ICU, cmark), export (cairo, pango) and store (SQLite)
 * libraries; every other command, and analyze on HTML, Markdown, standard
 * input that must be sniffed or many files, runs the full program in its
 * place (exec, with the same arguments and environment).
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "byline-analysis.h"
#include "byline-cli.h"
#include "byline-cli-private.h"
#include "byline-input.h"
#include "byline-text.h"

#ifdef BYLINE_CLI_LEAN
/* what _byline_cli_analyze () returns when the full program must do it */
#define BYLINE_CLI_RUN_FULL (-1)
#endif

void
_byline_cli_print_error (const char *message)
{
  /* messages name the file already: "byline-cli: FILE: what went wrong" */
  g_autofree char *safe = byline_escape_terminal (message);

  fprintf (stderr, "byline-cli: %s\n", safe);
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
  g_autofree char *safe = byline_escape_terminal (message);

  fprintf (stderr, "byline-cli: %s\n\n%s", safe, help);
  return BYLINE_CLI_USAGE;
}

#ifdef BYLINE_CLI_LEAN
/* The article as the import of a text file makes it: the file's bytes,
 * checked (UTF-8, no NUL) or repaired; NULL with the message printed */
static BylineText *
read_text (const char *path,
           gboolean    repair)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;
  BylineText *text;

  if (!byline_text_read_file (path, &contents, &len, &error))
    {
      _byline_cli_print_error (error->message);
      return NULL;
    }
  /* the text keeps the file's buffer: a large article is not copied */
  text = byline_text_new_take_data (contents, len,
                                    g_str_equal (path, "-") ? _("standard input") : path,
                                    repair, &error);
  if (text == NULL)
    _byline_cli_print_error (error->message);
  return text;
}

/* Whether byline_import_guess_format () reads @path as text by its name
 * alone: an extension that is not HTML's or Markdown's. A file with no
 * extension is sniffed, which the full program does. */
static gboolean
is_text_by_name (const char *path)
{
  static const char *const markup[] = { "html", "htm", "xhtml", "md", "markdown", "mdown", "mkd" };
  g_autofree char *base = NULL;
  const char *dot;

  if (g_str_equal (path, "-"))
    return FALSE;
  base = g_path_get_basename (path);
  dot = strrchr (base, '.');
  if (dot == NULL || dot == base || dot[1] == '\0')
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (markup); i++)
    if (g_ascii_strcasecmp (dot + 1, markup[i]) == 0)
      return FALSE;
  return TRUE;
}
#endif

/* Before one article is analysed. glibc raises its threshold for giving a
 * large block a mapping of its own as such blocks are freed (up to 32 MB),
 * so once the entity finder's candidates are freed the arrays that follow
 * grow inside the heap, and the blocks they leave behind stay resident: a
 * fixed threshold gives every large array its own mapping, returned when it
 * is freed (2 MB less at the peak of a 10 MB article). */
static void
malloc_for_one_article (void)
{
#ifdef __GLIBC__
  mallopt (M_MMAP_THRESHOLD, 128 * 1024);
#endif
}

int
_byline_cli_analyze (int    argc,
                     char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *from = NULL;
  gboolean repair = FALSE;
  gboolean jsonl = FALSE;
  int jobs = 0;
#ifdef BYLINE_CLI_LEAN
  G_GNUC_UNUSED gboolean text_asked;
  g_autoptr (BylineText) text = NULL;
#else
  gboolean text_asked;
  BylineImportFormat import_format = BYLINE_IMPORT_FORMAT_AUTO;
  g_autoptr (BylineImport) imported = NULL;
  BylineText *text;
#endif
  /* parsed in a copy: the lean program may pass the arguments on unchanged */
  g_auto (GStrv) args = g_strdupv (argv);
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
  if (!g_option_context_parse_strv (context, &args, &error))
    return _byline_cli_usage_error (context, error->message);
  argv = args;
  argc = (int) g_strv_length (args);
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

#ifdef BYLINE_CLI_LEAN
  /* text by --from or by the file's name, one file: here; else the full program */
  if (from != NULL && g_ascii_strcasecmp (from, "text") != 0 && g_ascii_strcasecmp (from, "txt") != 0
      && g_ascii_strcasecmp (from, "plain") != 0)
    return BYLINE_CLI_RUN_FULL;
  if (jsonl || argc > 2 || (from == NULL && !is_text_by_name (argv[1]))
      || (!g_str_equal (argv[1], "-") && g_file_test (argv[1], G_FILE_TEST_IS_DIR)))
    return BYLINE_CLI_RUN_FULL;
  malloc_for_one_article ();
  text = read_text (argv[1], repair);
  if (text == NULL)
    return BYLINE_CLI_BAD_INPUT;
#else
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
  malloc_for_one_article ();
  imported = byline_import_file (argv[1], import_format, repair, &error);
  text = imported != NULL ? imported->text : NULL;
  if (text == NULL)
    {
      _byline_cli_print_error (error->message);
      return BYLINE_CLI_BAD_INPUT;
    }
#endif
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

#ifdef BYLINE_CLI_LEAN
  {
    /* a text file says nothing of its page */
    BylinePageMeta page = { 0 };

    analysis = byline_analysis_new_with_page (text, &page);
  }
#else
  {
    /* a page cut by a limit on hostile HTML says so */
    g_autofree char *cut = byline_import_describe_cut (imported, g_str_equal (argv[1], "-")
                                                                 ? _("standard input") : argv[1]);
    BylinePageMeta page = byline_import_get_page (imported);

    if (cut != NULL)
      _byline_cli_print_error (cut);
    analysis = byline_analysis_new_with_page (text, &page);
  }
#endif
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
      g_autofree char *safe = byline_escape_terminal (out);

      fputs (safe, stdout);
    }
  if (fflush (stdout) != 0)
    {
      _byline_cli_print_error (_("standard output: write failed"));
      return BYLINE_CLI_BAD_INPUT;
    }
  return BYLINE_CLI_OK;
}


#ifdef BYLINE_CLI_LEAN
/* The full program: beside this one in the build tree, else where it is
 * installed */
static char *
full_program_path (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (self != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self);
      g_autofree char *beside = g_build_filename (dir, "byline-cli-full", NULL);

      if (g_file_test (beside, G_FILE_TEST_IS_EXECUTABLE))
        return g_steal_pointer (&beside);
    }
  return g_build_filename (LIBEXECDIR, "byline-cli-full", NULL);
}

/**
 * _byline_cli_lean_run:
 *
 * byline-cli: analyze of one text file here, anything else by the full
 * program, which is given the same arguments.
 *
 * Returns: the exit status
 */
int
_byline_cli_lean_run (int    argc,
                      char **argv)
{
  g_autofree char *full = NULL;
  int saved;

  if (argc > 1 && (g_str_equal (argv[1], "analyze") || g_str_equal (argv[1], "analyse")))
    {
      int status = _byline_cli_analyze (argc - 1, argv + 1);

      if (status != BYLINE_CLI_RUN_FULL)
        {
          /* whatever was printed must have reached standard output */
          if ((fflush (stdout) != 0 || ferror (stdout)) && status == BYLINE_CLI_OK)
            {
              _byline_cli_print_error (_("standard output: write failed"));
              return BYLINE_CLI_BAD_INPUT;
            }
          return status;
        }
    }
  full = full_program_path ();
  execv (full, argv);
  saved = errno;
  {
    g_autofree char *display = g_filename_display_name (full);
    /* Translators: %s is a program's file name, the second %s why it could not run */
    g_autofree char *msg = g_strdup_printf (_("%s: cannot run it: %s"), display, g_strerror (saved));

    _byline_cli_print_error (msg);
  }
  return BYLINE_CLI_BAD_INPUT;
}
#endif
