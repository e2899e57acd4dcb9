/* byline-cli-library.c: byline-cli library, notes, tags, search, correct, corrections
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

#include "byline-analysis-model.h"
#include "byline-input.h"
#include "byline-cli.h"
#include "byline-cli-private.h"
#include "byline-cli-store.h"
#include "byline-import.h"
#include "byline-store.h"

/* Helpers */

/* Reads the ids argv[first..] into @ids; FALSE if one is not a number */
static gboolean
parse_ids (int      argc,
           char   **argv,
           int      first,
           GArray **ids)
{
  *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (int i = first; i < argc; i++)
    {
      gint64 id;

      if (!_byline_cli_parse_id (argv[i], &id))
        return FALSE;
      g_array_append_val (*ids, id);
    }
  return (*ids)->len > 0;
}

static char *
format_time (gint64 seconds)
{
  g_autoptr (GDateTime) t = g_date_time_new_from_unix_local (seconds);

  return t != NULL ? g_date_time_format (t, "%Y-%m-%d %H:%M") : g_strdup ("?");
}

static JsonNode *
strv_node (GStrv strv)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);
  return json_node_init_array (json_node_alloc (), array);
}

static void
set_nullable (JsonObject *o,
              const char *member,
              const char *value)
{
  if (value != NULL)
    json_object_set_string_member (o, member, value);
  else
    json_object_set_null_member (o, member);
}

static JsonObject *
article_json (const BylineArticle *a)
{
  JsonObject *o = json_object_new ();

  json_object_set_int_member (o, "id", a->id);
  json_object_set_string_member (o, "title", a->title);
  set_nullable (o, "source", a->source);
  json_object_set_string_member (o, "format", a->format);
  set_nullable (o, "dateline", a->dateline);
  json_object_set_int_member (o, "added", a->added);
  json_object_set_int_member (o, "updated", a->updated);
  json_object_set_string_member (o, "sha256", a->sha256);
  json_object_set_int_member (o, "notes", a->n_notes);
  json_object_set_int_member (o, "orphaned_notes", a->n_orphaned);
  json_object_set_member (o, "tags", strv_node (a->tags));
  return o;
}

static JsonObject *
note_json (const BylineNote *n)
{
  JsonObject *o = json_object_new ();

  json_object_set_int_member (o, "id", n->id);
  json_object_set_int_member (o, "article", n->article);
  json_object_set_int_member (o, "start", n->start);
  json_object_set_int_member (o, "end", n->end);
  json_object_set_string_member (o, "exact", n->exact);
  json_object_set_string_member (o, "prefix", n->prefix);
  json_object_set_string_member (o, "suffix", n->suffix);
  json_object_set_string_member (o, "body", n->body);
  json_object_set_string_member (o, "kind", byline_note_kind_to_string (n->kind));
  json_object_set_boolean_member (o, "orphaned", n->orphaned);
  json_object_set_int_member (o, "created", n->created);
  json_object_set_int_member (o, "updated", n->updated);
  json_object_set_member (o, "tags", strv_node (n->tags));
  return o;
}

static void
print_note (const BylineNote *n)
{
  g_autofree char *exact = _byline_cli_one_line (n->exact);
  g_autofree char *body = _byline_cli_one_line (n->body);
  g_autofree char *tags = g_strjoinv (", ", n->tags);

  /* id, article, span, kind, tags, the passage and the note */
  _byline_cli_printf ("%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%u-%u\t%s%s\t%s\t“%s”\t%s\n",
                     n->id, n->article, n->start, n->end, byline_note_kind_to_string (n->kind),
                     n->orphaned ? _(" (orphaned)") : "", tags, exact, body);
}

/* library add */

static const char *
display_name (const char *path)
{
  return g_str_equal (path, "-") ? _("standard input") : path;
}

static int
library_add (BylineStore *store,
             int          argc,
             char       **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *title = NULL;
  g_auto (GStrv) tags = NULL;
  gboolean repair = FALSE;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  BylineImportFormat format = BYLINE_IMPORT_FORMAT_AUTO;
  gboolean progress;
  int status = BYLINE_CLI_OK;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Read the files as auto (default), text, html or markdown"), N_("FORMAT") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title,
      N_("The article's title (else the headline the analysis finds)"), N_("TITLE") },
    { "tag", 't', 0, G_OPTION_ARG_STRING_ARRAY, &tags, N_("Tag the articles (repeatable)"), N_("TAG") },
    { "repair", 0, 0, G_OPTION_ARG_NONE, &repair,
      N_("Replace invalid UTF-8 and NUL bytes instead of refusing the file"), NULL },
    { NULL },
  };

  context = _byline_cli_new_context (_("FILE… — import articles (text, HTML, Markdown; - for standard input)"),
                         _("Prints each article's id and title. The same text imported twice is "
                           "the same article; a changed file from the same path replaces the old "
                           "text and its notes find their passages again."), entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc < 2)
    return _byline_cli_usage_error (context, _("library add needs at least one FILE"));
  if (format_name != NULL
      && (format = byline_import_format_from_name (format_name, &error)) == BYLINE_IMPORT_FORMAT_AUTO
      && error != NULL)
    return _byline_cli_usage_error (context, error->message);

  progress = argc > 2 && isatty (STDERR_FILENO);
  for (int i = 1; i < argc; i++)
    {
      g_autoptr (BylineImport) imported = NULL;
      g_autofree char *source = NULL;
      BylineAddOutcome outcome;
      gint64 id;

      if (progress)
        {
          /* Translators: progress while importing: "[3/10] article.html" */
          g_autofree char *safe = byline_escape_terminal (display_name (argv[i]));

          fputs ("\r\033[K", stderr);
          fprintf (stderr, _("[%d/%d] %s"), i, argc - 1, safe);
          fflush (stderr);
        }
      g_clear_error (&error);
      imported = byline_import_file (argv[i], format, repair, &error);
      if (imported == NULL)
        {
          if (progress)
            fputs ("\r\033[K", stderr);
          _byline_cli_print_error (error->message);
          status = BYLINE_CLI_BAD_INPUT;
          continue;
        }
      {
        g_autofree char *cut = byline_import_describe_cut (imported, display_name (argv[i]));

        if (cut != NULL)
          _byline_cli_print_error (cut);
      }
      if (imported->url != NULL)
        source = g_strdup (imported->url);
      else if (!g_str_equal (argv[i], "-"))
        source = g_canonicalize_filename (argv[i], NULL);
      /* a path that is not UTF-8 is kept as its file: URI, which is */
      if (source != NULL && !g_utf8_validate (source, -1, NULL))
        {
          g_autofree char *path = g_steal_pointer (&source);

          source = g_filename_to_uri (path, NULL, NULL);
        }
      {
        BylinePageMeta page = byline_import_get_page (imported);
        id = byline_store_add_article_with_page (store, imported->text, title != NULL ? title : imported->title,
                                                 source, byline_import_format_to_string (imported->format),
                                                 &page, &outcome, &error);
      }
      for (guint t = 0; id > 0 && tags != NULL && tags[t] != NULL; t++)
        if (!byline_store_tag_article (store, id, tags[t], TRUE, &error))
          id = 0;
      if (progress)
        fputs ("\r\033[K", stderr);
      if (id == 0)
        {
          g_autofree char *msg = g_strdup_printf ("%s: %s", display_name (argv[i]), error->message);
          _byline_cli_print_error (msg);
          status = BYLINE_CLI_BAD_INPUT;
          if (error->domain == BYLINE_STORE_ERROR && error->code != BYLINE_STORE_ERROR_INVALID)
            break;   /* the library itself is in trouble: stop */
          continue;
        }
      {
        g_autoptr (BylineArticle) article = byline_store_get_article (store, id, NULL);
        g_autofree char *line = _byline_cli_one_line (article != NULL ? article->title : "");
        const char *what = outcome == BYLINE_ADD_NEW ? _("added")
                           : outcome == BYLINE_ADD_EXISTING ? _("already in the library")
                                                            : _("updated");

        _byline_cli_printf ("%" G_GINT64_FORMAT "\t%s\t%s", id, line, what);
        if (outcome == BYLINE_ADD_UPDATED && article != NULL && article->n_orphaned > 0)
          _byline_cli_printf (ngettext (" (%u note lost its passage and is kept as orphaned)",
                                       " (%u notes lost their passages and are kept as orphaned)",
                                       article->n_orphaned), article->n_orphaned);
        putchar ('\n');
      }
    }
  return status;
}

/* library list, show, remove, tag, untag, check */

static int
library_list (BylineStore *store,
              int          argc,
              char       **argv)
{
  g_autofree char *tag = NULL;
  g_autofree char *format = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) articles = NULL;
  GOptionEntry entries[] = {
    { "tag", 't', 0, G_OPTION_ARG_STRING, &tag, N_("Only articles with this tag, on them or their notes"), N_("TAG") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { NULL },
  };

  context = _byline_cli_new_context (_("— list the articles in the library"),
                         _("One article a line: id, title, date, notes, tags; newest first."), entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc != 1)
    return _byline_cli_usage_error (context, _("library list takes no arguments"));
  if (!_byline_cli_check_format (format))
    return _byline_cli_usage_error (context, _("--format must be json or text"));

  articles = byline_store_list_articles (store, tag, &error);
  if (articles == NULL)
    return _byline_cli_fail (store, error);
  if (g_strcmp0 (format, "json") == 0)
    {
      g_autoptr (JsonArray) array = json_array_new ();
      g_autoptr (JsonNode) root = NULL;

      for (guint i = 0; i < articles->len; i++)
        json_array_add_object_element (array, article_json (articles->pdata[i]));
      root = json_node_init_array (json_node_alloc (), array);
      return _byline_cli_print_json (root);
    }
  for (guint i = 0; i < articles->len; i++)
    {
      const BylineArticle *a = articles->pdata[i];
      g_autofree char *title = _byline_cli_one_line (a->title);
      g_autofree char *tags = g_strjoinv (", ", a->tags);
      g_autofree char *notes = g_strdup_printf (ngettext ("%u note", "%u notes", a->n_notes), a->n_notes);

      _byline_cli_printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n", a->id, title,
                         a->dateline != NULL ? a->dateline : "-", notes, tags);
    }
  return BYLINE_CLI_OK;
}

static const char *
or_dash (const char *s)
{
  return s != NULL ? s : "-";
}

/* The items a reader can correct, each with the reference `correct` takes */
static void
print_items (const BylineAnalysisModel *model)
{
  _byline_cli_printf ("\n%s\n", _("Entities:"));
  for (guint i = 0; i < model->entities->len; i++)
    {
      const BylineModelEntity *e = &g_array_index (model->entities, BylineModelEntity, i);

      _byline_cli_printf ("  %s\t%s\t%s%s\n", or_dash (e->id), byline_entity_type_to_string (e->type),
                         or_dash (e->name), e->corrected ? _(" (corrected)") : "");
    }
  _byline_cli_printf ("\n%s\n", _("Quotes:"));
  for (guint i = 0; i < model->quotes->len; i++)
    {
      const BylineModelQuote *q = &g_array_index (model->quotes, BylineModelQuote, i);
      g_autofree char *words = byline_analysis_model_dup_span (model, &q->span);
      g_autofree char *line = _byline_cli_one_line (words);

      _byline_cli_printf ("  q%u\t%s\t%s\t“%s”%s\n", i + 1, byline_quote_kind_to_string (q->kind),
                         q->speaker.name != NULL ? q->speaker.name : _("(no speaker)"), line,
                         q->corrected ? _(" (corrected)") : "");
    }
  _byline_cli_printf ("\n%s\n", _("Claims:"));
  for (guint i = 0; i < model->claims->len; i++)
    {
      const BylineModelClaim *c = &g_array_index (model->claims, BylineModelClaim, i);
      g_autofree char *words = byline_analysis_model_dup_span (model, &c->span);
      g_autofree char *line = _byline_cli_one_line (words);

      _byline_cli_printf ("  c%u\t%s\t“%s”%s\n", i + 1, byline_attribution_to_string (c->attribution), line,
                         c->corrected ? _(" (corrected)") : "");
    }
  _byline_cli_printf ("\n%s\n", _("Meetings:"));
  for (guint i = 0; i < model->meetings->len; i++)
    {
      const BylineModelMeeting *m = &g_array_index (model->meetings, BylineModelMeeting, i);
      g_autoptr (GString) names = g_string_new (NULL);

      for (guint p = 0; p < m->participants->len; p++)
        g_string_append_printf (names, "%s%s", p ? ", " : "",
                                or_dash (g_array_index (m->participants, BylineModelRef, p).name));
      _byline_cli_printf ("  m%u\t%s\t%s\n", i + 1, byline_meeting_status_to_string (m->status), names->str);
    }
}

static int
library_show (BylineStore *store,
              int          argc,
              char       **argv)
{
  g_autofree char *format = NULL;
  gboolean no_text = FALSE;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineArticle) article = NULL;
  g_autoptr (JsonNode) analysis = NULL;
  gint64 id;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("text (default), or json: the analysis with the reader's corrections applied"), N_("FORMAT") },
    { "no-text", 0, 0, G_OPTION_ARG_NONE, &no_text, N_("Leave out the article's text"), NULL },
    { NULL },
  };

  context = _byline_cli_new_context (_("ID — show an article, its items and its notes"),
                         _("The items are numbered as `byline-cli correct` takes them: "
                           "e3 (entity), q2 (quote), c5 (claim), m1 (meeting)."), entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc != 2 || !_byline_cli_parse_id (argv[1], &id))
    return _byline_cli_usage_error (context, _("library show needs one article ID (a number)"));
  if (!_byline_cli_check_format (format))
    return _byline_cli_usage_error (context, _("--format must be json or text"));

  article = byline_store_get_article (store, id, &error);
  if (article == NULL)
    return _byline_cli_fail (store, error);
  analysis = byline_store_dup_analysis (store, id, TRUE, &error);
  if (analysis == NULL)
    return _byline_cli_fail (store, error);
  if (g_strcmp0 (format, "json") == 0)
    {
      return _byline_cli_print_json (analysis);
    }
  {
    g_autofree char *added = format_time (article->added);
    g_autofree char *tags = g_strjoinv (", ", article->tags);
    g_autoptr (GPtrArray) notes = byline_store_list_notes (store, id, NULL, &error);
    g_autoptr (BylineAnalysisModel) model = NULL;

    if (notes == NULL)
      return _byline_cli_fail (store, error);
    _byline_cli_printf ("%s\t%" G_GINT64_FORMAT "\n", _("Id:"), article->id);
    _byline_cli_printf ("%s\t%s\n", _("Title:"), article->title);
    _byline_cli_printf ("%s\t%s\n", _("Source:"), article->source != NULL ? article->source : "-");
    _byline_cli_printf ("%s\t%s\n", _("Format:"), article->format);
    _byline_cli_printf ("%s\t%s\n", _("Date:"), article->dateline != NULL ? article->dateline : "-");
    _byline_cli_printf ("%s\t%s\n", _("Added:"), added);
    _byline_cli_printf ("%s\t%s\n", _("Tags:"), tags);
    _byline_cli_printf ("%s\t%u", _("Notes:"), article->n_notes);
    if (article->n_orphaned > 0)
      _byline_cli_printf (ngettext (" (%u orphaned: its passage is no longer in the text)",
                                   " (%u orphaned: their passages are no longer in the text)",
                                   article->n_orphaned), article->n_orphaned);
    putchar ('\n');
    model = byline_analysis_model_new (analysis, article->text, -1, &error);
    if (model == NULL)
      return _byline_cli_fail (store, error);
    if (!no_text)
      _byline_cli_printf ("\n%s\n", article->text);
    print_items (model);
    if (notes->len > 0)
      _byline_cli_printf ("\n%s\n", _("Notes:"));
    for (guint i = 0; i < notes->len; i++)
      print_note (notes->pdata[i]);
  }
  return BYLINE_CLI_OK;
}

static int
library_remove (BylineStore *store,
                int          argc,
                char       **argv)
{
  g_autoptr (GOptionContext) context = _byline_cli_new_context (_("ID… — remove articles with their notes and corrections"),
                                                    NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) ids = NULL;

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (!parse_ids (argc, argv, 1, &ids))
    return _byline_cli_usage_error (context, _("library remove needs article IDs (numbers)"));
  for (guint i = 0; i < ids->len; i++)
    if (!byline_store_remove_article (store, g_array_index (ids, gint64, i), &error))
      return _byline_cli_fail (store, error);
  return BYLINE_CLI_OK;
}

static int
tag_or_untag (BylineStore *store,
              int          argc,
              char       **argv,
              gboolean     add)
{
  g_autoptr (GOptionContext) context = _byline_cli_new_context (add ? _("ID TAG… — tag an article")
                                                        : _("ID TAG… — take tags off an article"),
                                                    NULL, NULL);
  g_autoptr (GError) error = NULL;
  gint64 id;

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc < 3 || !_byline_cli_parse_id (argv[1], &id))
    return _byline_cli_usage_error (context, _("needs an article ID (a number) and a TAG"));
  for (int i = 2; i < argc; i++)
    if (!byline_store_tag_article (store, id, argv[i], add, &error))
      return _byline_cli_fail (store, error);
  return BYLINE_CLI_OK;
}

static int
library_tag (BylineStore *store,
             int          argc,
             char       **argv)
{
  return tag_or_untag (store, argc, argv, TRUE);
}

static int
library_untag (BylineStore *store,
               int          argc,
               char       **argv)
{
  return tag_or_untag (store, argc, argv, FALSE);
}

static int
library_check (BylineStore *store,
               int          argc,
               char       **argv)
{
  g_autoptr (GError) error = NULL;

  if (argc != 1)
    {
      _byline_cli_print_error (_("library check takes no arguments"));
      return BYLINE_CLI_USAGE;
    }
  if (!byline_store_check_integrity (store, &error))
    return _byline_cli_fail (store, error);
  _byline_cli_printf (_("%s: no damage found\n"), byline_store_get_path (store));
  return BYLINE_CLI_OK;
}

/* library repair: works on the file, so the library is not opened for it */
static int
library_repair (const char *library,
                int         argc,
                char      **argv)
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *report = NULL;

  context = _byline_cli_new_context (_("— rebuild a damaged library from what can be read of it"),
                                     _("Copies the library first (LIBRARY.before-repair-DATE), then "
                                       "keeps every article, note, tag and correction that can be "
                                       "read, and makes the search index, checksums and analyses "
                                       "again. Close Byline first."), NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc != 1)
    return _byline_cli_usage_error (context, _("library repair takes no arguments"));
  if (!byline_store_repair (library, &backup, &report, &error))
    {
      _byline_cli_print_error (error->message);
      return BYLINE_CLI_BAD_INPUT;
    }
  fputs (report, stdout);
  printf (_("repaired; the original is kept in %s\n"), backup);
  return BYLINE_CLI_OK;
}

int
_byline_cli_library (const char *library,
                     int         argc,
                     char      **argv)
{
  static const BylineCliCommand commands[] = {
    { "add", N_("Import articles: text, HTML, Markdown"), G_CALLBACK (library_add) },
    { "list", N_("List the articles, one a line, beginning with the id"), G_CALLBACK (library_list) },
    { "show", N_("Show an article with its items and notes"), G_CALLBACK (library_show) },
    { "remove", N_("Remove articles with their notes"), G_CALLBACK (library_remove) },
    { "tag", N_("Tag an article"), G_CALLBACK (library_tag) },
    { "untag", N_("Take a tag off an article"), G_CALLBACK (library_untag) },
    { "check", N_("Check the library file for damage"), G_CALLBACK (library_check) },
    { "repair", N_("Rebuild a damaged library, keeping a copy of the original"), NULL },
  };

  if (argc > 1 && g_str_equal (argv[1], "repair"))
    return library_repair (library, argc - 1, argv + 1);

  return _byline_cli_run_group (library, "library", commands, G_N_ELEMENTS (commands), argc, argv);
}

/* notes */

static int
notes_add (BylineStore *store,
           int          argc,
           char       **argv)
{
  gint64 start = -1, end = -1, article;
  g_autofree char *body = NULL;
  g_autofree char *kind_name = NULL;
  g_autofree char *passage = NULL;
  g_auto (GStrv) tags = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  BylineNoteKind kind = BYLINE_NOTE_COMMENT;
  gint64 id;
  GOptionEntry entries[] = {
    { "start", 's', 0, G_OPTION_ARG_INT64, &start, N_("The passage's first character (counting from 0)"), N_("N") },
    { "end", 'e', 0, G_OPTION_ARG_INT64, &end, N_("One past the passage's last character"), N_("M") },
    { "passage", 'p', 0, G_OPTION_ARG_STRING, &passage,
      N_("Or the passage's words: the first place they occur"), N_("WORDS") },
    { "text", 'm', 0, G_OPTION_ARG_STRING, &body, N_("What the note says"), N_("TEXT") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_name,
      N_("highlight, comment (default) or question"), N_("KIND") },
    { "tag", 't', 0, G_OPTION_ARG_STRING_ARRAY, &tags, N_("A tag (repeatable)"), N_("TAG") },
    { NULL },
  };

  context = _byline_cli_new_context (_("ARTICLE --start N --end M [--text TEXT] [--tag TAG]… — add a note"),
                         _("Prints the new note's id. Offsets count characters (code points), "
                           "as `library show --format json` gives them."), entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc != 2 || !_byline_cli_parse_id (argv[1], &article))
    return _byline_cli_usage_error (context, _("notes add needs one ARTICLE id (a number)"));
  if (kind_name != NULL && !byline_note_kind_from_string (kind_name, &kind))
    return _byline_cli_usage_error (context, _("--kind must be highlight, comment or question"));
  if (passage != NULL)
    {
      g_autoptr (BylineArticle) a = NULL;
      const char *at;

      if (start >= 0 || end >= 0)
        return _byline_cli_usage_error (context, _("give --passage or --start and --end, not both"));
      a = byline_store_get_article (store, article, &error);
      if (a == NULL)
        return _byline_cli_fail (store, error);
      at = *passage != '\0' ? strstr (a->text, passage) : NULL;
      if (at == NULL)
        {
          g_autofree char *msg = g_strdup_printf (_("%s: the words “%s” are not in article %lld"),
                                                  byline_store_get_path (store), passage, (long long) article);
          _byline_cli_print_error (msg);
          return BYLINE_CLI_BAD_INPUT;
        }
      start = g_utf8_pointer_to_offset (a->text, at);
      end = start + g_utf8_strlen (passage, -1);
    }
  if (start < 0 || end < 0 || start > G_MAXUINT32 || end > G_MAXUINT32)
    return _byline_cli_usage_error (context, _("notes add needs --start and --end (or --passage)"));

  id = byline_store_add_note (store, article, start, end, body, kind, (const char *const *) tags, &error);
  if (id == 0)
    return _byline_cli_fail (store, error);
  _byline_cli_printf ("%" G_GINT64_FORMAT "\n", id);
  return BYLINE_CLI_OK;
}

static int
notes_list (BylineStore *store,
            int          argc,
            char       **argv)
{
  g_autofree char *tag = NULL;
  g_autofree char *format = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) notes = NULL;
  gint64 article = 0;
  GOptionEntry entries[] = {
    { "tag", 't', 0, G_OPTION_ARG_STRING, &tag, N_("Only notes with this tag"), N_("TAG") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { NULL },
  };

  context = _byline_cli_new_context (_("[ARTICLE] — list notes"),
                         _("One note a line: id, article, span, kind, tags, passage, text."), entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc > 2 || (argc == 2 && !_byline_cli_parse_id (argv[1], &article)))
    return _byline_cli_usage_error (context, _("notes list takes at most one ARTICLE id (a number)"));
  if (!_byline_cli_check_format (format))
    return _byline_cli_usage_error (context, _("--format must be json or text"));
  if (article != 0)
    {
      g_autoptr (BylineArticle) a = byline_store_get_article (store, article, &error);
      if (a == NULL)
        return _byline_cli_fail (store, error);
    }

  notes = byline_store_list_notes (store, article, tag, &error);
  if (notes == NULL)
    return _byline_cli_fail (store, error);
  if (g_strcmp0 (format, "json") == 0)
    {
      g_autoptr (JsonArray) array = json_array_new ();
      g_autoptr (JsonNode) root = NULL;

      for (guint i = 0; i < notes->len; i++)
        json_array_add_object_element (array, note_json (notes->pdata[i]));
      root = json_node_init_array (json_node_alloc (), array);
      return _byline_cli_print_json (root);
    }
  for (guint i = 0; i < notes->len; i++)
    print_note (notes->pdata[i]);
  return BYLINE_CLI_OK;
}

static int
notes_edit (BylineStore *store,
            int          argc,
            char       **argv)
{
  g_autofree char *body = NULL;
  g_autofree char *kind_name = NULL;
  g_auto (GStrv) tags = NULL;
  gboolean no_tags = FALSE;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  BylineNoteKind kind = BYLINE_NOTE_COMMENT;
  const char *empty[] = { NULL };
  const char *const *new_tags = NULL;
  gint64 id;
  GOptionEntry entries[] = {
    { "text", 'm', 0, G_OPTION_ARG_STRING, &body, N_("The note's new text"), N_("TEXT") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_name, N_("highlight, comment or question"), N_("KIND") },
    { "tag", 't', 0, G_OPTION_ARG_STRING_ARRAY, &tags, N_("The note's tags, replacing the old ones (repeatable)"), N_("TAG") },
    { "no-tags", 0, 0, G_OPTION_ARG_NONE, &no_tags, N_("Take every tag off the note"), NULL },
    { NULL },
  };

  context = _byline_cli_new_context (_("NOTE [--text TEXT] [--kind KIND] [--tag TAG]… — change a note"), NULL, entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc != 2 || !_byline_cli_parse_id (argv[1], &id))
    return _byline_cli_usage_error (context, _("notes edit needs one NOTE id (a number)"));
  if (kind_name != NULL && !byline_note_kind_from_string (kind_name, &kind))
    return _byline_cli_usage_error (context, _("--kind must be highlight, comment or question"));
  if (body == NULL && kind_name == NULL && tags == NULL && !no_tags)
    return _byline_cli_usage_error (context, _("nothing to change: give --text, --kind, --tag or --no-tags"));
  if (tags != NULL && no_tags)
    return _byline_cli_usage_error (context, _("give --tag or --no-tags, not both"));
  if (no_tags)
    new_tags = empty;
  else if (tags != NULL)
    new_tags = (const char *const *) tags;

  if (!byline_store_update_note (store, id, body, kind_name != NULL ? (int) kind : -1, new_tags, &error))
    return _byline_cli_fail (store, error);
  return BYLINE_CLI_OK;
}

static int
notes_delete (BylineStore *store,
              int          argc,
              char       **argv)
{
  g_autoptr (GOptionContext) context = _byline_cli_new_context (_("NOTE… — delete notes"), NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) ids = NULL;

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (!parse_ids (argc, argv, 1, &ids))
    return _byline_cli_usage_error (context, _("notes delete needs NOTE ids (numbers)"));
  for (guint i = 0; i < ids->len; i++)
    if (!byline_store_delete_note (store, g_array_index (ids, gint64, i), &error))
      return _byline_cli_fail (store, error);
  return BYLINE_CLI_OK;
}

int
_byline_cli_notes (const char *library,
                   int         argc,
                   char      **argv)
{
  static const BylineCliCommand commands[] = {
    { "add", N_("Add a note on a passage of an article"), G_CALLBACK (notes_add) },
    { "list", N_("List notes, of one article or all"), G_CALLBACK (notes_list) },
    { "edit", N_("Change a note's text, kind or tags"), G_CALLBACK (notes_edit) },
    { "delete", N_("Delete notes"), G_CALLBACK (notes_delete) },
  };

  return _byline_cli_run_group (library, "notes", commands, G_N_ELEMENTS (commands), argc, argv);
}

/* tags */

static int
tags_list (BylineStore *store,
           int          argc,
           char       **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) tags = NULL;

  if (argc != 1)
    {
      _byline_cli_print_error (_("tags list takes no arguments"));
      return BYLINE_CLI_USAGE;
    }
  tags = byline_store_list_tags (store, &error);
  if (tags == NULL)
    return _byline_cli_fail (store, error);
  for (guint i = 0; i < tags->len; i++)
    {
      const BylineTagCount *t = tags->pdata[i];
      g_autofree char *notes = g_strdup_printf (ngettext ("%u note", "%u notes", t->n_notes), t->n_notes);
      g_autofree char *articles = g_strdup_printf (ngettext ("%u article", "%u articles", t->n_articles),
                                                   t->n_articles);

      _byline_cli_printf ("%s\t%s\t%s\n", t->name, notes, articles);
    }
  return BYLINE_CLI_OK;
}

static int
rename_or_merge (BylineStore *store,
                 int          argc,
                 char       **argv,
                 gboolean     merge)
{
  g_autoptr (GError) error = NULL;

  if (argc != 3)
    {
      _byline_cli_print_error (merge ? _("tags merge needs two tag names: FROM INTO")
                                     : _("tags rename needs two tag names: OLD NEW"));
      return BYLINE_CLI_USAGE;
    }
  if (!(merge ? byline_store_merge_tags (store, argv[1], argv[2], &error)
              : byline_store_rename_tag (store, argv[1], argv[2], &error)))
    return _byline_cli_fail (store, error);
  return BYLINE_CLI_OK;
}

static int
tags_rename (BylineStore *store,
             int          argc,
             char       **argv)
{
  return rename_or_merge (store, argc, argv, FALSE);
}

static int
tags_merge (BylineStore *store,
            int          argc,
            char       **argv)
{
  return rename_or_merge (store, argc, argv, TRUE);
}

int
_byline_cli_tags (const char *library,
                  int         argc,
                  char      **argv)
{
  static const BylineCliCommand commands[] = {
    { "list", N_("Every tag with how many notes and articles carry it"), G_CALLBACK (tags_list) },
    { "rename", N_("OLD NEW: rename a tag everywhere"), G_CALLBACK (tags_rename) },
    { "merge", N_("FROM INTO: retag everything tagged FROM as INTO, and drop FROM"), G_CALLBACK (tags_merge) },
  };

  return _byline_cli_run_group (library, "tags", commands, G_N_ELEMENTS (commands), argc, argv);
}

/* search */

static char *
mark_matches (const char *snippet,
              gboolean    terminal)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (const char *p = snippet; *p; p++)
    {
      if (*p == BYLINE_STORE_MATCH_OPEN[0])
        g_string_append (out, terminal ? "\033[1m" : "[");
      else if (*p == BYLINE_STORE_MATCH_CLOSE[0])
        g_string_append (out, terminal ? "\033[0m" : "]");
      else if (*p == '\n' || *p == '\t' || *p == '\r')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A long query is searched for its first words: say which were left out */
static void
warn_ignored_words (const char *query)
{
  g_autofree char *ignored = byline_store_search_ignored (query);

  if (ignored != NULL)
    {
      g_autofree char *msg = g_strdup_printf (_("search: only the first %d words are searched; "
                                                "“%s” was ignored"),
                                              BYLINE_STORE_MAX_SEARCH_TERMS, ignored);
      _byline_cli_print_error (msg);
    }
}

int
_byline_cli_search (const char *library,
                    int         argc,
                    char      **argv)
{
  gint limit = 20;
  g_autofree char *format = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineStore) store = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autofree char *query = NULL;
  gboolean terminal = isatty (STDOUT_FILENO);
  GOptionEntry entries[] = {
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("At most this many results (default 20)"), N_("N") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { NULL },
  };

  context = _byline_cli_new_context (_("QUERY… — search article texts and notes"),
                         _("Every word must match (word endings and accents are ignored); "
                           "\"a phrase\" matches in order; the last word also matches as a prefix. "
                           "Best matches first, one a line: what matched, its ids, the article's "
                           "title and the words around the match in [brackets]."), entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc < 2)
    return _byline_cli_usage_error (context, _("search needs a QUERY"));
  if (limit < 1)
    return _byline_cli_usage_error (context, _("--limit must be at least 1"));
  if (!_byline_cli_check_format (format))
    return _byline_cli_usage_error (context, _("--format must be json or text"));
  query = g_strjoinv (" ", argv + 1);
  warn_ignored_words (query);
  store = _byline_cli_open_library (library);
  if (store == NULL)
    return BYLINE_CLI_BAD_INPUT;
  hits = byline_store_search (store, query, limit, &error);
  if (hits == NULL)
    return _byline_cli_fail (store, error);

  if (g_strcmp0 (format, "json") == 0)
    {
      g_autoptr (JsonArray) array = json_array_new ();
      g_autoptr (JsonNode) root = NULL;

      for (guint i = 0; i < hits->len; i++)
        {
          const BylineSearchHit *h = hits->pdata[i];
          JsonObject *o = json_object_new ();
          g_autofree char *snippet = mark_matches (h->snippet, FALSE);

          json_object_set_string_member (o, "kind", h->kind == BYLINE_HIT_NOTE ? "note" : "article");
          json_object_set_int_member (o, "article", h->article);
          if (h->kind == BYLINE_HIT_NOTE)
            json_object_set_int_member (o, "note", h->note);
          json_object_set_string_member (o, "title", h->title);
          json_object_set_string_member (o, "snippet", snippet);
          json_object_set_double_member (o, "rank", h->rank);
          json_array_add_object_element (array, o);
        }
      root = json_node_init_array (json_node_alloc (), array);
      return _byline_cli_print_json (root);
    }
  for (guint i = 0; i < hits->len; i++)
    {
      const BylineSearchHit *h = hits->pdata[i];
      g_autofree char *snippet = mark_matches (h->snippet, terminal);
      g_autofree char *title = _byline_cli_one_line (h->title);

      if (h->kind == BYLINE_HIT_NOTE)
        /* Translators: "note 12 (article 3)" */
        _byline_cli_printf (_("note %lld (article %lld)"), (long long) h->note, (long long) h->article);
      else
        _byline_cli_printf (_("article %lld"), (long long) h->article);
      _byline_cli_printf ("\t%s\t%s\n", title, snippet);
    }
  if (hits->len == 0 && terminal)
    {
      g_autofree char *safe = byline_escape_terminal (query);

      fprintf (stderr, _("No matches for “%s”.\n"), safe);
    }
  return BYLINE_CLI_OK;
}

/* correct, corrections */

static gboolean
looks_like_ref (const char *ref,
                char        prefix)
{
  if (g_ascii_tolower (ref[0]) != prefix || ref[1] == '\0')
    return FALSE;
  for (const char *p = ref + 1; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

int
_byline_cli_correct (const char *library,
                     int         argc,
                     char      **argv)
{
  g_autofree char *type = NULL;
  g_autofree char *name = NULL;
  g_autofree char *speaker = NULL;
  g_autofree char *attribution = NULL;
  gboolean remove = FALSE, is_quote = FALSE, is_claim = FALSE, is_meeting = FALSE;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineStore) store = NULL;
  g_autoptr (BylineArticle) article = NULL;
  g_autoptr (JsonNode) analysis = NULL;
  g_autoptr (BylineCorrection) correction = NULL;
  BylineCorrectionTarget target = BYLINE_TARGET_ENTITY;
  BylineCorrectionAction action;
  const char *value = NULL;
  gint64 id, saved;
  int n_actions;
  GOptionEntry entries[] = {
    { "type", 0, 0, G_OPTION_ARG_STRING, &type,
      N_("An entity's type: PERSON, ORG, PLACE, NORP, DATE, MONEY, QUANTITY, OTHER"), N_("TYPE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("An entity's name"), N_("NAME") },
    { "speaker", 0, 0, G_OPTION_ARG_STRING, &speaker, N_("Who said a quote"), N_("NAME") },
    { "attribution", 0, 0, G_OPTION_ARG_STRING, &attribution,
      N_("A claim's source: named_person, named_org, state_media, media, anonymous, unattributed"),
      N_("KIND") },
    { "remove", 0, 0, G_OPTION_ARG_NONE, &remove, N_("The item is not real: drop it"), NULL },
    { "quote", 0, 0, G_OPTION_ARG_NONE, &is_quote, N_("ITEM is a quote (with --remove)"), NULL },
    { "claim", 0, 0, G_OPTION_ARG_NONE, &is_claim, N_("ITEM is a claim (with --remove)"), NULL },
    { "meeting", 0, 0, G_OPTION_ARG_NONE, &is_meeting, N_("ITEM is a meeting (with --remove)"), NULL },
    { NULL },
  };

  context = _byline_cli_new_context (_("ARTICLE ITEM (--type T | --name N | --speaker S | --attribution A | --remove) "
                           "— correct the analysis"),
                         _("ITEM is an entity (e3, or its name), a quote (q2), a claim (c5) or a "
                           "meeting (m1), as `library show` numbers them; a quote or claim may also "
                           "be given by a character offset inside it or by some of its words. "
                           "Every later analysis of the article applies the correction."), entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc != 3 || !_byline_cli_parse_id (argv[1], &id))
    return _byline_cli_usage_error (context, _("correct needs an ARTICLE id and an ITEM"));
  n_actions = (type != NULL) + (name != NULL) + (speaker != NULL) + (attribution != NULL) + remove;
  if (n_actions != 1)
    return _byline_cli_usage_error (context, _("give exactly one of --type, --name, --speaker, "
                                               "--attribution and --remove"));
  if (is_quote + is_claim + is_meeting > 1)
    return _byline_cli_usage_error (context, _("give at most one of --quote, --claim and --meeting"));

  if (type != NULL)
    action = BYLINE_FIX_TYPE, value = type;
  else if (name != NULL)
    action = BYLINE_FIX_NAME, value = name;
  else if (speaker != NULL)
    action = BYLINE_FIX_SPEAKER, value = speaker, target = BYLINE_TARGET_QUOTE;
  else if (attribution != NULL)
    action = BYLINE_FIX_ATTRIBUTION, value = attribution, target = BYLINE_TARGET_CLAIM;
  else
    {
      action = BYLINE_FIX_REMOVE;
      if (is_quote || looks_like_ref (argv[2], 'q'))
        target = BYLINE_TARGET_QUOTE;
      else if (is_claim || looks_like_ref (argv[2], 'c'))
        target = BYLINE_TARGET_CLAIM;
      else if (is_meeting || looks_like_ref (argv[2], 'm'))
        target = BYLINE_TARGET_MEETING;
    }

  store = _byline_cli_open_library (library);
  if (store == NULL)
    return BYLINE_CLI_BAD_INPUT;
  article = byline_store_get_article (store, id, &error);
  if (article == NULL)
    return _byline_cli_fail (store, error);
  analysis = byline_store_dup_analysis (store, id, TRUE, &error);
  if (analysis == NULL)
    return _byline_cli_fail (store, error);
  correction = byline_correction_new_for (analysis, article->text, target, argv[2], action, value, &error);
  if (correction == NULL)
    {
      g_autofree char *msg = g_strdup_printf (_("article %lld: %s"), (long long) id, error->message);
      _byline_cli_print_error (msg);
      return BYLINE_CLI_BAD_INPUT;
    }
  correction->article = id;
  saved = byline_store_add_correction (store, correction, &error);
  if (saved == 0)
    return _byline_cli_fail (store, error);
  _byline_cli_printf ("%" G_GINT64_FORMAT "\n", saved);
  return BYLINE_CLI_OK;
}

static int
corrections_list (BylineStore *store,
                  int          argc,
                  char       **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) list = NULL;
  gint64 id = 0;

  if (argc > 2 || (argc == 2 && !_byline_cli_parse_id (argv[1], &id)))
    {
      _byline_cli_print_error (_("corrections list takes at most one ARTICLE id (a number)"));
      return BYLINE_CLI_USAGE;
    }
  list = byline_store_list_corrections (store, id, &error);
  if (list == NULL)
    return _byline_cli_fail (store, error);
  for (guint i = 0; i < list->len; i++)
    {
      const BylineCorrection *c = list->pdata[i];
      g_autofree char *key = _byline_cli_one_line (c->key);

      _byline_cli_printf ("%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\t“%s”\t%s\t%s\n", c->id, c->article,
                         byline_correction_target_to_string (c->target), key,
                         byline_correction_action_to_string (c->action), c->value != NULL ? c->value : "");
    }
  return BYLINE_CLI_OK;
}

static int
corrections_delete (BylineStore *store,
                    int          argc,
                    char       **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) ids = NULL;

  if (!parse_ids (argc, argv, 1, &ids))
    {
      _byline_cli_print_error (_("corrections delete needs correction IDs (numbers)"));
      return BYLINE_CLI_USAGE;
    }
  for (guint i = 0; i < ids->len; i++)
    if (!byline_store_delete_correction (store, g_array_index (ids, gint64, i), &error))
      return _byline_cli_fail (store, error);
  return BYLINE_CLI_OK;
}

int
_byline_cli_corrections (const char *library,
                         int         argc,
                         char      **argv)
{
  static const BylineCliCommand commands[] = {
    { "list", N_("[ARTICLE]: the corrections, oldest first"), G_CALLBACK (corrections_list) },
    { "delete", N_("ID…: undo corrections"), G_CALLBACK (corrections_delete) },
  };

  return _byline_cli_run_group (library, "corrections", commands, G_N_ELEMENTS (commands), argc, argv);
}
