/* byline-cli-export.c: byline-cli export and import-notes
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
#include <unistd.h>

#include "byline-cli.h"
#include "byline-cli-private.h"
#include "byline-export.h"
#include "byline-import.h"
#include "byline-store.h"

static gboolean
is_article_id (const char *arg,
               gint64     *id)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (arg, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;
  *id = (gint64) value;
  return TRUE;
}

static const char *
display_name (const char *path)
{
  return g_str_equal (path, "-") ? _("standard input") : path;
}

/* The export of a library article, or of a file analysed now */
static BylineExportInput *
load_input (const char *library,
            const char *article,
            GError    **error)
{
  gint64 id;

  if (is_article_id (article, &id))
    {
      g_autoptr (BylineStore) store = byline_store_open (library, error);
      BylineExportInput *input;

      if (store == NULL)
        return NULL;
      input = byline_export_input_new_from_store (store, id, error);
      if (input == NULL && (*error)->domain == BYLINE_STORE_ERROR
          && (*error)->code == BYLINE_STORE_ERROR_NOT_FOUND)
        g_prefix_error (error, "%s: ", byline_store_get_path (store));
      return input;
    }
  else
    {
      g_autoptr (BylineImport) imported = byline_import_file (article, BYLINE_IMPORT_FORMAT_AUTO, FALSE, error);
      g_autofree char *source = NULL;

      if (imported == NULL)
        return NULL;
      if (imported->url != NULL)
        source = g_strdup (imported->url);
      else if (!g_str_equal (article, "-"))
        source = g_canonicalize_filename (article, NULL);
      {
        BylinePageMeta page = byline_import_get_page (imported);
        return byline_export_input_new_from_page (imported->text, imported->title, source, &page);
      }
    }
}

int
_byline_cli_export (const char *library,
                    int         argc,
                    char      **argv)
{
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  g_autofree char *reader = NULL;
  gboolean notes_only = FALSE, no_article = FALSE;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineExportInput) input = NULL;
  BylineExportFormat format = BYLINE_EXPORT_MARKDOWN;
  GOptionEntry entries[] = {
    { "to", 't', 0, G_OPTION_ARG_STRING, &to,
      N_("md, html, json or pdf (default: from the -o file's name, else md)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE (default: standard output; a PDF needs a file or a pipe)"), N_("FILE") },
    { "notes-only", 0, 0, G_OPTION_ARG_NONE, &notes_only,
      N_("Only the notes: leave out the summary of the analysis"), NULL },
    { "no-article", 0, 0, G_OPTION_ARG_NONE, &no_article, N_("Leave out the article's text"), NULL },
    { "reader", 0, 0, G_OPTION_ARG_STRING, &reader, N_("The reader's name, shown in the export"), N_("NAME") },
    { NULL },
  };

  context = _byline_cli_new_context (_("ARTICLE — export an annotated summary"),
                         _("ARTICLE is a library id (as `library show` takes), or a file that is "
                           "analysed now (it has no notes).\n"
                           "The summary has the people, places and organisations, the meetings, the "
                           "quotes by speaker, the claims and their sources, and every note with its "
                           "tags and passage. HTML is one self-contained file; JSON carries the "
                           "analysis and the notes as W3C Web Annotations, which `import-notes` reads."),
                         entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc != 2)
    return _byline_cli_usage_error (context, _("export needs one ARTICLE: a library id or a FILE"));
  if (to != NULL && !byline_export_format_from_string (to, &format))
    return _byline_cli_usage_error (context, _("--to must be md, html, json or pdf"));
  if (to == NULL && output != NULL)
    {
      const char *dot = strrchr (output, '.');

      if (dot == NULL || !byline_export_format_from_string (dot + 1, &format))
        format = BYLINE_EXPORT_MARKDOWN;
    }
  if (output != NULL && *output == '\0')
    return _byline_cli_usage_error (context, _("-o needs a FILE"));
  if (output == NULL && byline_export_format_is_binary (format) && isatty (STDOUT_FILENO))
    return _byline_cli_usage_error (context, _("a PDF is not written to a terminal: give -o FILE"));

  input = load_input (library, argv[1], &error);
  if (input == NULL)
    {
      _byline_cli_print_error (error->message);
      return BYLINE_CLI_BAD_INPUT;
    }
  g_free (input->reader);
  input->reader = g_steal_pointer (&reader);
  input->flags = (notes_only ? BYLINE_EXPORT_NOTES_ONLY : 0) | (no_article ? BYLINE_EXPORT_NO_ARTICLE : 0);

  if (output != NULL)
    {
      g_autofree char *path = _byline_cli_output_path (output, argv[1], &error);
      g_autoptr (GFile) file = path != NULL ? g_file_new_for_commandline_arg (path) : NULL;

      if (file == NULL || !byline_export_write_file (input, format, file, NULL, &error))
        {
          _byline_cli_print_error (error->message);
          return BYLINE_CLI_BAD_INPUT;
        }
    }
  else
    {
      g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
      gsize size;

      if (!byline_export_write (input, format, stream, NULL, &error)
          || !g_output_stream_close (stream, NULL, &error))
        {
          _byline_cli_print_error (error->message);
          return BYLINE_CLI_BAD_INPUT;
        }
      size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
      if (fwrite (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)), 1, size, stdout) != size
          || fflush (stdout) != 0)
        {
          _byline_cli_print_error (_("standard output: write failed"));
          return BYLINE_CLI_BAD_INPUT;
        }
    }
  return BYLINE_CLI_OK;
}

int
_byline_cli_import_notes (const char *library,
                          int         argc,
                          char      **argv)
{
  g_autofree char *article_arg = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineStore) store = NULL;
  int status = BYLINE_CLI_OK;
  gint64 article = 0;
  GOptionEntry entries[] = {
    { "article", 'a', 0, G_OPTION_ARG_STRING, &article_arg,
      N_("Put the notes on this library article (default: the article the file names)"), N_("ID") },
    { NULL },
  };

  context = _byline_cli_new_context (_("FILE.json… — bring notes back into the library"),
                         _("Reads a JSON export of byline-cli, or W3C Web Annotations (an "
                           "AnnotationCollection, an AnnotationPage, an array or one Annotation). "
                           "Each note finds its passage by its quote (TextQuoteSelector), its "
                           "position a hint; a note whose passage is not in the text is kept as "
                           "orphaned. A note the article has already (the same passage, kind and "
                           "text) is skipped, so importing a file twice adds its notes once. "
                           "An export's article missing from the library is added from its text."),
                         entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc < 2)
    return _byline_cli_usage_error (context, _("import-notes needs at least one FILE"));
  if (article_arg != NULL && !is_article_id (article_arg, &article))
    return _byline_cli_usage_error (context, _("--article needs an article ID (a number)"));

  store = byline_store_open (library, &error);
  if (store == NULL)
    {
      _byline_cli_print_error (error->message);
      return BYLINE_CLI_BAD_INPUT;
    }
  for (int i = 1; i < argc; i++)
    {
      g_autoptr (BylineAnnotations) set = NULL;
      BylineNoteImportCounts counts = { 0 };
      gint64 id = article;

      g_clear_error (&error);
      set = byline_annotations_load (argv[i], &error);
      if (set == NULL || !byline_annotations_import (set, store, argv[i], &id, &counts, &error))
        {
          if (error->domain == BYLINE_STORE_ERROR && error->code == BYLINE_STORE_ERROR_NOT_FOUND)
            g_prefix_error (&error, "%s: %s: ", display_name (argv[i]), byline_store_get_path (store));
          _byline_cli_print_error (error->message);
          status = BYLINE_CLI_BAD_INPUT;
          continue;
        }
      {
        g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

        /* Translators: "notes.json: article 3: 5 notes added, 2 already there, 1 orphaned" */
        _byline_cli_printf (_("%s: article %s: "), argv[i], number);
      }
      _byline_cli_printf (ngettext ("%u note added", "%u notes added", counts.added), counts.added);
      _byline_cli_printf (ngettext (", %u already there", ", %u already there", counts.duplicates), counts.duplicates);
      _byline_cli_printf (ngettext (", %u orphaned\n", ", %u orphaned\n", counts.orphaned), counts.orphaned);
    }
  return status;
}
