/* byline-cli-lesson.c: byline-cli lesson create, check, report
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

#include "byline-analysis.h"
#include "byline-cli.h"
#include "byline-cli-private.h"
#include "byline-cli-store.h"
#include "byline-import.h"
#include "byline-lesson.h"
#include "byline-response.h"
#include "byline-scoring.h"
#include "byline-store.h"
#include "byline-worksheet.h"

typedef int (*LessonCommand) (const char *library,
                              int         argc,
                              char      **argv);

/* Helpers */

static int
fail (const GError *error)
{
  _byline_cli_print_error (error->message);
  return BYLINE_CLI_BAD_INPUT;
}

/* A passage on one line, cut to @max characters */
static char *
excerpt (const char *s,
         glong       max)
{
  g_autofree char *line = g_strdup (s != NULL ? s : "");

  g_strdelimit (line, "\t\r\n", ' ');
  if (g_utf8_strlen (line, -1) <= max)
    return g_steal_pointer (&line);
  *g_utf8_offset_to_pointer (line, max - 1) = '\0';
  return g_strconcat (line, "…", NULL);
}

/* "speaker Anna Berg", "state media", "hedging word": what a mark says besides its span */
static char *
describe (const BylineMark *mark)
{
  switch (mark->category)
    {
    case BYLINE_CATEGORY_QUOTE:
      return mark->speaker != NULL
             /* Translators: a quote's speaker in a list */
             ? g_strdup_printf (_("speaker %s"), mark->speaker) : g_strdup (_("no speaker"));
    case BYLINE_CATEGORY_CLAIM:
      return g_strdup (byline_source_to_label (mark->source));
    case BYLINE_CATEGORY_SIGNAL:
      return g_strdup (byline_signal_to_label (mark->signal));
    case BYLINE_CATEGORY_MEETING:
    case BYLINE_N_CATEGORIES:
    default:
      return g_strdup ("");
    }
}

static char *
describe_reason (const BylineKeyItem *item)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (item->cue != NULL)
    /* Translators: the reporting verb or the hedging or loaded word of an answer */
    g_ptr_array_add (parts, g_strdup_printf (_("cue “%s”"), item->cue));
  if (item->source != NULL)
    g_ptr_array_add (parts, g_strdup_printf (item->mark.category == BYLINE_CATEGORY_MEETING
                                             ? _("who: %s") : _("source: %s"), item->source));
  if (item->reason != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("why: %s"), item->reason));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("; ", (char **) parts->pdata);
}

static void
print_score_header (void)
{
  _byline_cli_printf ("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", _("Category"), _("expected"), _("matched"),
                     /* Translators: matched, with the right speaker, source or kind */
                     _("right"), _("missed"), _("extra"), _("precision"), _("recall"), "F1");
}

static void
print_score (const char        *label,
             const BylineScore *s)
{
  _byline_cli_printf ("%s\t%u\t%u\t%u\t%u\t%u\t%.3f\t%.3f\t%.3f\n", label, s->expected, s->matched, s->right,
                     s->missed, s->extra, s->precision, s->recall, s->f1);
}

static BylineLesson *
load_lesson (const char *path)
{
  g_autoptr (GError) error = NULL;
  BylineLesson *lesson = byline_lesson_load_file (path, &error);

  if (lesson == NULL)
    _byline_cli_print_error (error->message);
  return lesson;
}

/* lesson create */

/* ARTICLE as a library id: the library's text, and its analysis with the reader's corrections */
BylineLesson *
_byline_cli_lesson_from_library (const char *library,
                                 gint64      id,
                                 GError    **error)
{
  g_autoptr (BylineStore) store = byline_store_open (library, error);
  g_autoptr (BylineArticle) article = NULL;
  g_autoptr (JsonNode) analysis = NULL;
  BylineLesson *lesson;

  if (store == NULL)
    return NULL;
  article = byline_store_get_article (store, id, error);
  if (article == NULL || (analysis = byline_store_dup_analysis (store, id, TRUE, error)) == NULL)
    {
      if (error != NULL && *error != NULL && (*error)->domain == BYLINE_STORE_ERROR
          && (*error)->code == BYLINE_STORE_ERROR_NOT_FOUND)
        g_prefix_error (error, "%s: ", byline_store_get_path (store));
      return NULL;
    }
  lesson = byline_lesson_new_from_analysis (article->text, article->source, analysis, error);
  if (lesson != NULL && article->title != NULL)
    {
      g_free (lesson->article.title);
      lesson->article.title = g_strdup (article->title);
    }
  return lesson;
}

static BylineLesson *
lesson_from_file (const char         *path,
                  BylineImportFormat  format,
                  gboolean            repair,
                  GError            **error)
{
  g_autoptr (BylineImport) imported = byline_import_file (path, format, repair, error);
  g_autoptr (BylineAnalysis) analysis = NULL;
  g_autoptr (JsonNode) json = NULL;
  g_autofree char *source = NULL;
  BylineLesson *lesson;

  if (imported == NULL)
    return NULL;
  analysis = byline_analysis_new (imported->text);
  json = byline_analysis_to_json (analysis);
  if (imported->url != NULL)
    source = g_strdup (imported->url);
  else if (!g_str_equal (path, "-"))
    source = g_path_get_basename (path);
  lesson = byline_lesson_new_from_analysis (imported->text->data, source, json, error);
  if (lesson == NULL)
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }
  if (imported->title != NULL)
    {
      g_free (lesson->article.title);
      lesson->article.title = g_strdup (imported->title);
    }
  if (imported->published != NULL)
    {
      g_free (lesson->article.dateline);
      lesson->article.dateline = g_strdup (imported->published);
    }
  return lesson;
}

static int
lesson_create (const char *library,
               int         argc,
               char      **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *categories = NULL;
  g_autofree char *title = NULL;
  g_autofree char *from = NULL;
  g_auto (GStrv) questions = NULL;
  gboolean no_reasons = FALSE;
  gboolean repair = FALSE;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineLesson) lesson = NULL;
  BylineImportFormat format = BYLINE_IMPORT_FORMAT_AUTO;
  guint flags = BYLINE_CATEGORIES_ALL;
  guint64 id;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the lesson to this file (required)"),
      N_("LESSON.json") },
    { "categories", 'c', 0, G_OPTION_ARG_STRING, &categories,
      N_("What students mark: quote,claim,meeting,signal (default: all four)"), N_("LIST") },
    { "no-reasons", 0, 0, G_OPTION_ARG_NONE, &no_reasons,
      N_("Do not show students why each answer is expected"), NULL },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("The lesson's title (else the article's)"),
      N_("TITLE") },
    { "question", 'q', 0, G_OPTION_ARG_STRING_ARRAY, &questions,
      N_("A question for the students (repeatable)"), N_("TEXT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("Read ARTICLE as auto (default), text, html or markdown"), N_("FORMAT") },
    { "repair", 0, 0, G_OPTION_ARG_NONE, &repair,
      N_("Replace invalid UTF-8 and NUL bytes instead of refusing the file"), NULL },
    { NULL },
  };

  context = _byline_cli_new_context (_("ARTICLE -o LESSON.json — make a lesson from an article"),
                         _("ARTICLE is a text, HTML or Markdown file (- for standard input), or the "
                           "id of an article in the library. The lesson file holds the article, "
                           "an answer key made from its analysis (quotes with their speakers, "
                           "claims with their sources, meetings, hedging and loaded words), the "
                           "questions and the settings: students need nothing else."),
                         entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc != 2)
    return _byline_cli_usage_error (context, argc < 2 ? _("lesson create needs an ARTICLE")
                                                      : _("lesson create takes one ARTICLE"));
  if (output == NULL || *output == '\0')
    return _byline_cli_usage_error (context, _("lesson create needs -o LESSON.json"));
  if (categories != NULL && !byline_categories_from_string (categories, &flags, &error))
    return _byline_cli_usage_error (context, error->message);
  if (from != NULL
      && (format = byline_import_format_from_name (from, &error)) == BYLINE_IMPORT_FORMAT_AUTO
      && error != NULL)
    return _byline_cli_usage_error (context, error->message);

  /* a file of that name wins over a library id */
  if (!g_str_equal (argv[1], "-") && !g_file_test (argv[1], G_FILE_TEST_EXISTS)
      && g_ascii_string_to_unsigned (argv[1], 10, 1, G_MAXINT64, &id, NULL))
    lesson = _byline_cli_lesson_from_library (library, (gint64) id, &error);
  else
    lesson = lesson_from_file (argv[1], format, repair, &error);
  if (lesson == NULL)
    return fail (error);

  lesson->categories = flags;
  lesson->show_reasons = !no_reasons;
  if (title != NULL)
    {
      g_free (lesson->title);
      lesson->title = g_strdup (title);
    }
  else if (g_strcmp0 (lesson->title, lesson->article.title) != 0)
    {
      g_free (lesson->title);
      lesson->title = g_strdup (lesson->article.title);
    }
  for (guint i = 0; questions != NULL && questions[i] != NULL; i++)
    g_ptr_array_add (lesson->questions, g_strdup (questions[i]));

  {
    g_autofree char *path = _byline_cli_output_path (output, argv[1], &error);

    if (path == NULL || !byline_lesson_save_file (lesson, path, &error))
      return fail (error);
  }

  {
    guint n[BYLINE_N_CATEGORIES];

    for (guint c = 0; c < BYLINE_N_CATEGORIES; c++)
      n[c] = byline_lesson_count_key (lesson, c);
    /* Translators: "lesson.json: an answer key of 20 items: 4 quotes, 11 claims, 1 meetings, 4 signal words" */
    _byline_cli_printf (_("%s: an answer key of %u items: %u quotes, %u claims, %u meetings, %u signal words\n"),
                       output, lesson->key->len, n[BYLINE_CATEGORY_QUOTE], n[BYLINE_CATEGORY_CLAIM],
                       n[BYLINE_CATEGORY_MEETING], n[BYLINE_CATEGORY_SIGNAL]);
  }
  return BYLINE_CLI_OK;
}

/* lesson check */

static void
print_check (const BylineLesson   *lesson,
             const BylineResponse *response,
             const BylineCheck    *check)
{
  static const BylineOutcome order[] = { BYLINE_OUTCOME_MISS, BYLINE_OUTCOME_MATCH, BYLINE_OUTCOME_EXTRA };

  _byline_cli_printf (_("Student:\t%s\n"), response->student);
  _byline_cli_printf (_("Lesson:\t%s\n\n"), lesson->title != NULL ? lesson->title : lesson->id);
  print_score_header ();
  for (guint c = 0; c < BYLINE_N_CATEGORIES; c++)
    if (byline_lesson_has_category (lesson, c))
      print_score (byline_category_to_label (c), &check->scores[c]);
  print_score (_("All"), &check->total);

  for (guint o = 0; o < G_N_ELEMENTS (order); o++)
    {
      gboolean heading = FALSE;

      for (guint i = 0; i < check->entries->len; i++)
        {
          const BylineCheckEntry *e = &g_array_index (check->entries, BylineCheckEntry, i);
          const BylineKeyItem *item = e->key_index >= 0 ? g_ptr_array_index (lesson->key, e->key_index) : NULL;
          const BylineMark *mark = e->mark_index >= 0 ? g_ptr_array_index (response->marks, e->mark_index) : NULL;
          g_autofree char *passage = NULL;
          g_autofree char *text = NULL;
          g_autofree char *what = NULL;

          if (e->outcome != order[o] || (e->outcome == BYLINE_OUTCOME_MATCH && e->right))
            continue;
          if (!heading)
            {
              _byline_cli_printf ("\n%s\n", order[o] == BYLINE_OUTCOME_MISS ? _("Missed:")
                                           : order[o] == BYLINE_OUTCOME_MATCH ? _("Found, with a mistake:")
                                                                              : _("Marked, but not in the key:"));
              heading = TRUE;
            }
          passage = byline_lesson_dup_passage (lesson, e->start, e->end);
          text = excerpt (passage, 60);
          what = describe (item != NULL ? &item->mark : mark);
          if (item != NULL)
            _byline_cli_printf ("  %s\t%s\t%u–%u\t“%s”\t%s", item->id, byline_category_to_string (e->category),
                               e->start, e->end, text, what);
          else
            /* Translators: a student's mark, counted from 1 */
            _byline_cli_printf (_("  mark %d\t%s\t%u–%u\t“%s”\t%s"), e->mark_index + 1,
                               byline_category_to_string (e->category), e->start, e->end, text, what);
          if (e->outcome == BYLINE_OUTCOME_MATCH)
            {
              g_autofree char *marked = describe (mark);
              /* Translators: what the student marked instead: "marked: speaker Berg" */
              g_autofree char *said = g_strdup_printf (_("marked: %s"), marked);

              _byline_cli_printf ("\t%s", said);
            }
          if (item != NULL && lesson->show_reasons)
            {
              g_autofree char *reason = describe_reason (item);

              if (*reason != '\0')
                _byline_cli_printf ("\t%s", reason);
            }
          putchar ('\n');
        }
    }
}

static int
lesson_check (const char *library,
              int         argc,
              char      **argv)
{
  g_autofree char *format = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineLesson) lesson = NULL;
  g_autoptr (BylineResponse) response = NULL;
  g_autoptr (BylineCheck) check = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { NULL },
  };

  context = _byline_cli_new_context (_("LESSON.json RESPONSE.json — compare a student's marks with the answer key"),
                         _("Prints, for each category, how many expected items the student "
                           "found, how many of those with the right speaker, source or kind, "
                           "what was missed and what was marked beyond the key, with precision, "
                           "recall and F1; then the misses, mistakes and extras."), entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc != 3)
    return _byline_cli_usage_error (context, _("lesson check needs a LESSON and a RESPONSE file"));
  if (!_byline_cli_check_format (format))
    return _byline_cli_usage_error (context, _("--format must be json or text"));

  if ((lesson = load_lesson (argv[1])) == NULL)
    return BYLINE_CLI_BAD_INPUT;
  if ((response = byline_response_load_for_lesson (argv[2], lesson, &error)) == NULL)
    return fail (error);
  check = byline_check_new (lesson, response);
  if (g_strcmp0 (format, "json") == 0)
    {
      g_autoptr (JsonNode) root = byline_check_to_json (check, lesson, response);

      return _byline_cli_print_json (root);
    }
  print_check (lesson, response, check);
  return BYLINE_CLI_OK;
}

/* lesson report */

static void
print_report (const BylineLesson      *lesson,
              const BylineClassReport *report)
{
  guint n = report->students->len;

  _byline_cli_printf (_("Lesson:\t%s\n"), lesson->title != NULL ? lesson->title : lesson->id);
  _byline_cli_printf (ngettext ("%u student\n", "%u students\n", n), n);

  for (guint i = 0; i < n; i++)
    {
      const BylineReportStudent *s = g_ptr_array_index (report->students, i);

      _byline_cli_printf ("\n%s", s->student);
      if (s->file != NULL)
        _byline_cli_printf (" (%s)", s->file);
      putchar ('\n');
      print_score_header ();
      for (guint c = 0; c < BYLINE_N_CATEGORIES; c++)
        if (byline_lesson_has_category (lesson, c))
          print_score (byline_category_to_label (c), &s->check->scores[c]);
      print_score (_("All"), &s->check->total);
    }

  _byline_cli_printf ("\n%s\n", _("The class together:"));
  print_score_header ();
  for (guint c = 0; c < BYLINE_N_CATEGORIES; c++)
    if (byline_lesson_has_category (lesson, c))
      print_score (byline_category_to_label (c), &report->scores[c]);
  print_score (_("All"), &report->total);

  _byline_cli_printf ("\n%s\n", _("Who found each item:"));
  for (guint i = 0; i < report->items->len; i++)
    {
      const BylineReportItem *item = g_ptr_array_index (report->items, i);
      const BylineKeyItem *key = g_ptr_array_index (lesson->key, item->key_index);
      g_autofree char *passage = byline_lesson_dup_passage (lesson, key->mark.start, key->mark.end);
      g_autofree char *text = excerpt (passage, 50);
      g_autoptr (GPtrArray) names = g_ptr_array_new ();

      for (guint j = 0; j < item->found_by->len; j++)
        {
          const BylineReportStudent *s =
            g_ptr_array_index (report->students, g_array_index (item->found_by, guint, j));

          g_ptr_array_add (names, s->student);
        }
      g_ptr_array_add (names, NULL);
      {
        g_autofree char *who = g_strjoinv (", ", (char **) names->pdata);

        /* Translators: "k3  quote  “We agreed…”  found 2/3, right 1: Ana, Ben" */
        _byline_cli_printf (_("  %s\t%s\t“%s”\tfound %u/%u, right %u\t%s\n"), key->id,
                           byline_category_to_string (key->mark.category), text, item->found_by->len, n,
                           item->right_by->len, who);
      }
    }
}

static int
lesson_report (const char *library,
               int         argc,
               char      **argv)
{
  g_autofree char *format = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineLesson) lesson = NULL;
  g_autoptr (BylineClassReport) report = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { NULL },
  };

  context = _byline_cli_new_context (_("LESSON.json RESPONSE.json… — the class overview"),
                         _("Prints each student's figures per category, the class's together, "
                           "and for each item of the answer key how many students, and which, "
                           "found it. Every response must answer this lesson."), entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc < 3)
    return _byline_cli_usage_error (context, _("lesson report needs a LESSON and at least one RESPONSE file"));
  if (!_byline_cli_check_format (format))
    return _byline_cli_usage_error (context, _("--format must be json or text"));

  if ((lesson = load_lesson (argv[1])) == NULL)
    return BYLINE_CLI_BAD_INPUT;
  report = byline_class_report_new (lesson);
  for (int i = 2; i < argc; i++)
    {
      g_autoptr (BylineResponse) response = byline_response_load_for_lesson (argv[i], lesson, &error);

      if (response == NULL)
        return fail (error);
      byline_class_report_add (report, lesson, response, argv[i]);
    }
  if (g_strcmp0 (format, "json") == 0)
    {
      g_autoptr (JsonNode) root = byline_class_report_to_json (report, lesson);

      return _byline_cli_print_json (root);
    }
  print_report (lesson, report);
  return BYLINE_CLI_OK;
}

/* lesson worksheet */

static int
lesson_worksheet (const char *library,
                  int         argc,
                  char      **argv)
{
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  gboolean answer_key = FALSE;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineLesson) lesson = NULL;
  BylineExportFormat format = BYLINE_EXPORT_HTML;
  BylineWorksheetKind kind;
  GOptionEntry entries[] = {
    { "to", 't', 0, G_OPTION_ARG_STRING, &to,
      N_("html, pdf or md (default: from the -o file's name, else html)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE (default: standard output; a PDF needs a file or a pipe)"), N_("FILE") },
    { "answer-key", 'k', 0, G_OPTION_ARG_NONE, &answer_key,
      N_("The answer key instead of the worksheet"), NULL },
    { NULL },
  };

  context = _byline_cli_new_context (_("LESSON.json — a printable worksheet, or its answer key"),
                         _("The worksheet has the lesson's title, blanks for a name and a date, "
                           "what to look for, the questions, the article with numbered paragraphs "
                           "and a table of sources to fill in (source, named or anonymous, what "
                           "they claim, evidence). The answer key lists each expected item with "
                           "its paragraph, its words, the answer and, when the lesson shows "
                           "reasons, why."), entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc != 2)
    return _byline_cli_usage_error (context, _("lesson worksheet needs one LESSON file"));
  if (to != NULL && (!byline_export_format_from_string (to, &format) || format == BYLINE_EXPORT_JSON))
    return _byline_cli_usage_error (context, _("--to must be html, pdf or md"));
  if (to == NULL && output != NULL)
    {
      const char *dot = strrchr (output, '.');

      if (dot == NULL || !byline_export_format_from_string (dot + 1, &format) || format == BYLINE_EXPORT_JSON)
        format = BYLINE_EXPORT_HTML;
    }
  if (output == NULL && byline_export_format_is_binary (format) && isatty (STDOUT_FILENO))
    return _byline_cli_usage_error (context, _("a PDF is not written to a terminal: give -o FILE"));

  if ((lesson = load_lesson (argv[1])) == NULL)
    return BYLINE_CLI_BAD_INPUT;
  kind = answer_key ? BYLINE_ANSWER_KEY : BYLINE_WORKSHEET;
  if (output != NULL)
    {
      g_autofree char *path = _byline_cli_output_path (output, argv[1], &error);
      g_autoptr (GFile) file = path != NULL ? g_file_new_for_commandline_arg (path) : NULL;

      if (file == NULL || !byline_worksheet_write_file (lesson, kind, format, file, NULL, &error))
        return fail (error);
    }
  else
    {
      g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
      gsize size;

      if (!byline_worksheet_write (lesson, kind, format, stream, NULL, &error)
          || !g_output_stream_close (stream, NULL, &error))
        return fail (error);
      size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
      if (fwrite (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)), 1, size, stdout) != size
          || fflush (stdout) != 0)
        {
          _byline_cli_print_error (_("standard output: could not write the worksheet"));
          return BYLINE_CLI_BAD_INPUT;
        }
    }
  return BYLINE_CLI_OK;
}

/* The group */

int
_byline_cli_lesson (const char *library,
                    int         argc,
                    char      **argv)
{
  static const BylineCliCommand commands[] = {
    { "create", N_("Make a lesson file from an article: the text, an answer key, the settings"), G_CALLBACK (lesson_create) },
    { "check", N_("Compare a student's response with the answer key"), G_CALLBACK (lesson_check) },
    { "report", N_("The class overview over several responses"), G_CALLBACK (lesson_report) },
    { "worksheet", N_("A printable worksheet for the lesson, or its answer key (HTML, PDF)"), G_CALLBACK (lesson_worksheet) },
  };
  const BylineCliCommand *command;
  int status;

  /* not every lesson command opens the library: each gets its path */
  command = _byline_cli_find_command ("lesson", commands, G_N_ELEMENTS (commands), argc, argv, &status);
  if (command == NULL)
    return status;
  return ((LessonCommand) command->run) (library, argc - 1, argv + 1);
}
