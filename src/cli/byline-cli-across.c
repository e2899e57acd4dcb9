/* byline-cli-across.c: byline-cli people, timeline, meetings, compare: the
 * library across its articles
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
#include "byline-input.h"
#include "byline-cli.h"
#include "byline-cli-private.h"
#include "byline-cli-store.h"
#include "byline-export-across.h"
#include "byline-people.h"
#include "byline-store.h"

/* Helpers */

static char *
join (JsonArray  *a,
      const char *separator)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonNode *n = json_array_get_element (a, i);

      if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
        g_string_append_printf (out, "%s%s", out->len > 0 ? separator : "", json_node_get_string (n));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Writes @data to -o FILE, or to standard output */
static int
write_output (const char *output,
              const char *data,
              gsize       len)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  if (output == NULL || g_str_equal (output, "-"))
    {
      if (fwrite (data, 1, len, stdout) != len || fflush (stdout) != 0)
        {
          _byline_cli_print_error (_("standard output: write failed"));
          return BYLINE_CLI_BAD_INPUT;
        }
      return BYLINE_CLI_OK;
    }
  path = _byline_cli_output_path (output, NULL, &error);
  if (path == NULL || !g_file_set_contents (path, data, len, &error))
    {
      _byline_cli_print_error (error->message);
      return BYLINE_CLI_BAD_INPUT;
    }
  return BYLINE_CLI_OK;
}

/* people */

static int
people_list (BylineStore *store,
             int          argc,
             char       **argv)
{
  g_autofree char *tag = NULL;
  g_autofree char *type = NULL;
  g_autofree char *format = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) list = NULL;
  JsonArray *array;
  GOptionEntry entries[] = {
    { "tag", 't', 0, G_OPTION_ARG_STRING, &tag, N_("Only articles with this tag, on them or their notes"), N_("TAG") },
    { "type", 0, 0, G_OPTION_ARG_STRING, &type, N_("person, org, place or norp (default: all)"), N_("TYPE") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { NULL },
  };

  context = _byline_cli_new_context (_("— list the people, organisations and places of the library"),
                                     _("One entry a line: name, type, articles, articles quoting them, "
                                       "other spellings; those in most articles first."), entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc != 1)
    return _byline_cli_usage_error (context, _("people list takes no arguments"));
  if (!_byline_cli_check_format (format))
    return _byline_cli_usage_error (context, _("--format must be json or text"));
  if (type != NULL && g_ascii_strcasecmp (type, "person") != 0 && g_ascii_strcasecmp (type, "org") != 0
      && g_ascii_strcasecmp (type, "place") != 0 && g_ascii_strcasecmp (type, "norp") != 0)
    return _byline_cli_usage_error (context, _("--type must be person, org, place or norp"));

  list = byline_store_list_people (store, tag, type, &error);
  if (list == NULL)
    return _byline_cli_fail (store, error);
  if (g_strcmp0 (format, "json") == 0)
    return _byline_cli_print_json (list);
  array = json_node_get_array (list);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *p = json_array_get_object_element (array, i);
      gint64 n = byline_json_get_number (p, "articles");
      g_autofree char *articles = g_strdup_printf (ngettext ("%d article", "%d articles", (int) n), (int) n);
      g_autofree char *quoted = g_strdup_printf (_("a source in %d"), (int) byline_json_get_number (p, "source_in"));
      g_autofree char *variants = join (byline_json_get_array (p, "variants"), ", ");

      _byline_cli_printf ("%s\t%s\t%s\t%s\t%s\n", byline_json_get_string (p, "name"), byline_json_get_string (p, "type"), articles, quoted,
                          variants);
    }
  return BYLINE_CLI_OK;
}

static void
print_article_ref (JsonObject *o)
{
  g_autofree char *title = _byline_cli_one_line (byline_json_get_string (o, "title"));

  /* Translators: after an item, the article it is in: "— Title (article 3)" */
  _byline_cli_printf (_(" — %s (article %d)\n"), title, (int) byline_json_get_number (o, "article"));
}

static int
people_show (BylineStore *store,
             int          argc,
             char       **argv)
{
  g_autofree char *format = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) node = NULL;
  g_autofree char *variants = NULL;
  JsonObject *p;
  JsonArray *list;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { NULL },
  };

  context = _byline_cli_new_context (_("NAME — a person's page: roles, quotes and meetings across the library"),
                                     NULL, entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc != 2)
    return _byline_cli_usage_error (context, _("people show needs one NAME"));
  if (!_byline_cli_check_format (format))
    return _byline_cli_usage_error (context, _("--format must be json or text"));
  node = byline_store_get_person (store, argv[1], &error);
  if (node == NULL)
    return _byline_cli_fail (store, error);
  if (g_strcmp0 (format, "json") == 0)
    return _byline_cli_print_json (node);

  p = json_node_get_object (node);
  variants = join (byline_json_get_array (p, "variants"), ", ");
  _byline_cli_printf ("%s (%s)\n", byline_json_get_string (p, "name"), byline_json_get_string (p, "type"));
  _byline_cli_printf (_("Written as: %s\n"), variants);
  _byline_cli_printf (_("In %d articles: a named source in %d, only mentioned in %d; %d mentions, %d quotes\n"),
                      (int) byline_json_get_number (p, "articles"), (int) byline_json_get_number (p, "source_in"), (int) byline_json_get_number (p, "mentioned_in"),
                      (int) byline_json_get_number (p, "mentions"), (int) byline_json_get_number (p, "quote_count"));
  list = byline_json_get_array (p, "roles");
  if (list != NULL && json_array_get_length (list) > 0)
    _byline_cli_printf ("\n%s\n", _("Roles"));
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *r = json_array_get_object_element (list, i);
      const char *role = byline_json_get_string (r, "role"), *affiliation = byline_json_get_string (r, "affiliation");

      _byline_cli_printf ("  %s  %s%s%s", byline_json_get_string (r, "date") ? byline_json_get_string (r, "date") : "----------",
                          role != NULL ? role : "", role != NULL && affiliation != NULL ? ", " : "",
                          affiliation != NULL ? affiliation : "");
      print_article_ref (r);
    }
  list = byline_json_get_array (p, "quotes");
  if (list != NULL && json_array_get_length (list) > 0)
    _byline_cli_printf ("\n%s\n", _("Quotes"));
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *q = json_array_get_object_element (list, i);
      g_autofree char *text = _byline_cli_one_line (byline_json_get_string (q, "text"));

      _byline_cli_printf ("  %s  “%s” (%s%s%s)", byline_json_get_string (q, "date") ? byline_json_get_string (q, "date") : "----------", text,
                          byline_quote_kind_label (byline_json_get_string (q, "kind")), byline_json_get_string (q, "via") ? _(", via ") : "",
                          byline_json_get_string (q, "via") ? byline_json_get_string (q, "via") : "");
      print_article_ref (q);
    }
  list = byline_json_get_array (p, "meetings");
  if (list != NULL && json_array_get_length (list) > 0)
    _byline_cli_printf ("\n%s\n", _("Meetings"));
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *m = json_array_get_object_element (list, i);
      g_autofree char *with = join (byline_json_get_array (m, "with"), ", ");

      _byline_cli_printf (_("  %s  with %s%s%s (%s)"), byline_json_get_string (m, "date") ? byline_json_get_string (m, "date") : "----------",
                          with, byline_json_get_string (m, "place") ? _(", in ") : "", byline_json_get_string (m, "place") ? byline_json_get_string (m, "place") : "",
                          byline_meeting_status_label (byline_json_get_string (m, "status")));
      print_article_ref (m);
    }
  return BYLINE_CLI_OK;
}

static int
people_merge (BylineStore *store,
              int          argc,
              char       **argv)
{
  g_autoptr (GError) error = NULL;

  if (argc != 3)
    {
      _byline_cli_print_error (_("people merge needs two names: FROM INTO"));
      return BYLINE_CLI_USAGE;
    }
  if (!byline_store_merge_people (store, argv[1], argv[2], &error))
    return _byline_cli_fail (store, error);
  return BYLINE_CLI_OK;
}

static int
people_split (BylineStore *store,
              int          argc,
              char       **argv)
{
  g_autoptr (GError) error = NULL;

  if (argc != 3)
    {
      _byline_cli_print_error (_("people split needs a name and one of its spellings: NAME VARIANT"));
      return BYLINE_CLI_USAGE;
    }
  if (!byline_store_split_person (store, argv[1], argv[2], &error))
    return _byline_cli_fail (store, error);
  return BYLINE_CLI_OK;
}

int
_byline_cli_people (const char *library,
                    int         argc,
                    char      **argv)
{
  static const BylineCliCommand commands[] = {
    { "list", N_("The people, organisations and places of the library, each once"), G_CALLBACK (people_list) },
    { "show", N_("NAME: roles, quotes and meetings across the library"), G_CALLBACK (people_show) },
    { "merge", N_("FROM INTO: FROM is the same as INTO, in every article"), G_CALLBACK (people_merge) },
    { "split", N_("NAME VARIANT: the articles writing VARIANT name someone else"), G_CALLBACK (people_split) },
  };

  return _byline_cli_run_group (library, "people", commands, G_N_ELEMENTS (commands), argc, argv);
}

/* timeline */

int
_byline_cli_timeline (const char *library,
                      int         argc,
                      char      **argv)
{
  g_autofree char *tag = NULL;
  g_autofree char *person = NULL;
  g_autofree char *country = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *format = NULL;
  gint64 article = 0;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineStore) store = NULL;
  g_autoptr (JsonNode) events = NULL;
  JsonArray *array;
  GOptionEntry entries[] = {
    { "article", 'a', 0, G_OPTION_ARG_INT64, &article, N_("The timeline of one article"), N_("ID") },
    { "tag", 't', 0, G_OPTION_ARG_STRING, &tag, N_("Only articles with this tag, on them or their notes"), N_("TAG") },
    { "person", 'p', 0, G_OPTION_ARG_STRING, &person, N_("Only events with this person in them"), N_("NAME") },
    { "country", 'c', 0, G_OPTION_ARG_STRING, &country, N_("Only events in or with this country or place"), N_("NAME") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind, N_("article, meeting or claim"), N_("KIND") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { NULL },
  };

  context = _byline_cli_new_context (_("— every dated event of the library, in order"),
                                     _("Meetings by their resolved dates, dated claims, and the articles "
                                       "by their datelines; one a line: date, kind, what, article."), entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc != 1)
    return _byline_cli_usage_error (context, _("timeline takes no arguments"));
  if (!_byline_cli_check_format (format))
    return _byline_cli_usage_error (context, _("--format must be json or text"));
  if (kind != NULL && !g_str_equal (kind, "article") && !g_str_equal (kind, "meeting")
      && !g_str_equal (kind, "claim"))
    return _byline_cli_usage_error (context, _("--kind must be article, meeting or claim"));
  if (article < 0 || (article > 0 && (tag != NULL || person != NULL || country != NULL || kind != NULL)))
    return _byline_cli_usage_error (context, _("--article takes an article id, and no other filter"));
  store = _byline_cli_open_library (library);
  if (store == NULL)
    return BYLINE_CLI_BAD_INPUT;
  if (article > 0)
    {
      /* an article that is not there has no timeline: say so */
      g_autoptr (BylineArticle) a = byline_store_get_article (store, article, &error);

      if (a == NULL)
        return _byline_cli_fail (store, error);
      events = byline_store_article_timeline (store, article, &error);
    }
  else
    events = byline_store_timeline (store, tag, person, country, kind, &error);
  if (events == NULL)
    return _byline_cli_fail (store, error);
  if (g_strcmp0 (format, "json") == 0)
    return _byline_cli_print_json (events);
  array = json_node_get_array (events);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *e = json_array_get_object_element (array, i);
      const char *k = byline_json_get_string (e, "kind");
      g_autofree char *label = _byline_cli_one_line (byline_json_get_string (e, "label"));
      const char *what = g_str_equal (k, "meeting") ? C_("timeline", "meeting")
                         : g_str_equal (k, "claim") ? C_("timeline", "claim") : C_("timeline", "article");

      JsonArray *also = byline_json_get_array (e, "also_in");
      g_autoptr (GString) articles = g_string_new (NULL);

      /* the article, and the others that report the same meeting */
      g_string_printf (articles, "%d", (int) byline_json_get_number (e, "article"));
      for (guint j = 0; also != NULL && j < json_array_get_length (also); j++)
        g_string_append_printf (articles, ",%d", (int) json_array_get_int_element (also, j));
      if (g_str_equal (k, "meeting") && byline_json_get_string (e, "status") != NULL)
        _byline_cli_printf ("%s\t%s\t%s (%s)\t%s\n", byline_json_get_string (e, "date"), what, label,
                            byline_meeting_status_label (byline_json_get_string (e, "status")), articles->str);
      else
        _byline_cli_printf ("%s\t%s\t%s\t%s\n", byline_json_get_string (e, "date"), what, label, articles->str);
    }
  return BYLINE_CLI_OK;
}

/* meetings */

static int
meetings_graph (BylineStore *store,
                int          argc,
                char       **argv)
{
  g_autofree char *tag = NULL;
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) graph = NULL;
  g_autofree char *data = NULL;
  BylineGraphFormat format;
  GOptionEntry entries[] = {
    { "tag", 't', 0, G_OPTION_ARG_STRING, &tag, N_("Only articles with this tag, on them or their notes"), N_("TAG") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("graphml (default), csv or json"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), N_("FILE") },
    { NULL },
  };

  context = _byline_cli_new_context (_("— who met whom: the library's meetings as a network"),
                                     _("People, organisations and countries as nodes, meetings as links "
                                       "with counts and dates: GraphML for Gephi and yEd, CSV (an edge "
                                       "list) for spreadsheets."), entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (argc != 1)
    return _byline_cli_usage_error (context, _("meetings graph takes no arguments"));
  if (to != NULL && !g_str_equal (to, "json") && !byline_graph_format_from_string (to, &format))
    return _byline_cli_usage_error (context, _("--to must be graphml, csv or json"));
  graph = byline_store_meetings_graph (store, tag, &error);
  if (graph == NULL)
    return _byline_cli_fail (store, error);
  if (g_strcmp0 (to, "json") == 0)
    {
      g_autoptr (JsonGenerator) gen = json_generator_new ();

      json_generator_set_root (gen, graph);
      json_generator_set_pretty (gen, TRUE);
      data = json_generator_to_data (gen, NULL);
    }
  else
    data = byline_export_graph (graph, to == NULL ? BYLINE_GRAPH_GRAPHML : format);
  return write_output (output, data, strlen (data));
}

int
_byline_cli_meetings (const char *library,
                      int         argc,
                      char      **argv)
{
  static const BylineCliCommand commands[] = {
    { "graph", N_("Who met whom, as GraphML or CSV"), G_CALLBACK (meetings_graph) },
  };

  return _byline_cli_run_group (library, "meetings", commands, G_N_ELEMENTS (commands), argc, argv);
}

/* compare */

/* A lesson of a pair: the students mark each report as they mark one (a lesson
 * file each, with the same question), the teacher has the comparison to
 * discuss after: "compare how these two outlets report the same visit" */
static int
compare_lesson (const char  *library,
                BylineStore *store,
                JsonNode    *comparison,
                gint64       a,
                gint64       b,
                const char  *prefix)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) sheet = NULL;
  g_autofree char *sheet_path = g_strconcat (prefix, "-comparison.md", NULL);
  g_autoptr (BylineLesson) lesson_a = NULL;
  g_autoptr (BylineLesson) lesson_b = NULL;
  BylineLesson *lessons[2] = { NULL, NULL };
  const gint64 ids[2] = { a, b };
  const char *const sides[2] = { "a", "b" };

  lessons[0] = lesson_a = _byline_cli_lesson_from_library (library, ids[0], &error);
  if (lesson_a != NULL)
    lessons[1] = lesson_b = _byline_cli_lesson_from_library (library, ids[1], &error);
  if (lesson_a == NULL || lesson_b == NULL)
    return _byline_cli_fail (store, error);
  for (guint i = 0; i < 2; i++)
    {
      const BylineLessonArticle *other = &lessons[1 - i]->article;
      g_autofree char *path = g_strdup_printf ("%s-%s.json", prefix, sides[i]);
      /* Translators: %s is the other article's title */
      g_autofree char *question = g_strdup_printf (_("This report and “%s” tell of the same events. Whom does "
                                                     "each quote, and on whose authority do its claims rest: "
                                                     "named people, organisations, state media, anonymous "
                                                     "sources or no one?"),
                                                   other->title != NULL ? other->title : _("the other report"));

      g_ptr_array_add (lessons[i]->questions, g_steal_pointer (&question));
      if (!byline_lesson_save_file (lessons[i], path, &error))
        {
          _byline_cli_print_error (error->message);
          return BYLINE_CLI_BAD_INPUT;
        }
      /* Translators: "pair-a.json: an answer key of 20 items" */
      _byline_cli_printf (_("%s: an answer key of %u items\n"), path, lessons[i]->key->len);
    }
  sheet = byline_export_comparison (comparison, BYLINE_EXPORT_MARKDOWN, &error);
  if (sheet == NULL)
    {
      _byline_cli_print_error (error->message);
      return BYLINE_CLI_BAD_INPUT;
    }
  {
    gsize len;
    const char *data = g_bytes_get_data (sheet, &len);
    int status = write_output (sheet_path, data, len);

    if (status != BYLINE_CLI_OK)
      return status;
  }
  /* Translators: "pair-comparison.md: the comparison, for the teacher" */
  _byline_cli_printf (_("%s: the comparison, for the teacher\n"), sheet_path);
  return BYLINE_CLI_OK;
}

int
_byline_cli_compare (const char *library,
                     int         argc,
                     char      **argv)
{
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  g_autofree char *tag = NULL;
  g_autofree char *lesson = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineStore) store = NULL;
  g_autoptr (JsonNode) comparison = NULL;
  g_autoptr (GBytes) bytes = NULL;
  BylineExportFormat format = BYLINE_EXPORT_MARKDOWN;
  gint64 a = 0, b = 0;
  gsize len;
  const char *data;
  GOptionEntry entries[] = {
    { "tag", 't', 0, G_OPTION_ARG_STRING, &tag, N_("Compare every article with this tag, instead of two"), N_("TAG") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("md (default), html, json or pdf"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), N_("FILE") },
    { "lesson", 0, 0, G_OPTION_ARG_FILENAME, &lesson,
      N_("Make a lesson of the pair: PREFIX-a.json and PREFIX-b.json for the students, "
         "PREFIX-comparison.md for the teacher"), N_("PREFIX") },
    { NULL },
  };

  context = _byline_cli_new_context (_("ID ID | --tag TAG — two reports of one event side by side, or a tag's"),
                                     _("The meetings and people they share, how each sources its claims "
                                       "(named people, organisations, state media, anonymous sources or "
                                       "no one), whom each quotes, their loaded words, and what one reports "
                                       "that the other does not."), entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _byline_cli_usage_error (context, error->message);
  if (tag != NULL ? argc != 1 : (argc != 3 || !_byline_cli_parse_id (argv[1], &a) || !_byline_cli_parse_id (argv[2], &b)))
    return _byline_cli_usage_error (context, _("compare needs two article ids, or --tag TAG alone"));
  if (to != NULL && g_str_equal (to, "md"))
    format = BYLINE_EXPORT_MARKDOWN;
  else if (to != NULL && !byline_export_format_from_string (to, &format))
    return _byline_cli_usage_error (context, _("--to must be md, html, json or pdf"));
  if (format == BYLINE_EXPORT_PDF && output == NULL)
    return _byline_cli_usage_error (context, _("a PDF needs -o FILE"));
  store = _byline_cli_open_library (library);
  if (store == NULL)
    return BYLINE_CLI_BAD_INPUT;
  comparison = tag != NULL ? byline_store_compare_tag (store, tag, &error)
                           : byline_store_compare (store, a, b, &error);
  if (comparison == NULL)
    return _byline_cli_fail (store, error);
  if (lesson != NULL)
    {
      if (tag != NULL)
        return _byline_cli_usage_error (context, _("--lesson takes two article ids, not a tag"));
      return compare_lesson (library, store, comparison, a, b, lesson);
    }
  bytes = tag != NULL ? byline_export_tag_comparison (comparison, format, &error)
                      : byline_export_comparison (comparison, format, &error);
  if (bytes == NULL)
    {
      _byline_cli_print_error (error->message);
      return BYLINE_CLI_BAD_INPUT;
    }
  data = g_bytes_get_data (bytes, &len);
  return write_output (output, data, len);
}
