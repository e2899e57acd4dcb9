/* test-export.c: the Markdown, HTML, JSON and PDF exports and the import of W3C annotations
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cmark.h>
#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>
#include <unistd.h>

#include "byline-export.h"
#include "byline-export-private.h"
#include "byline-quotes.h"
#include "byline-worksheet.h"
#include "test-util.h"

static const char *const samples[] = {
  "byline-harbour-talks.txt",
  "wikinews-afghan-robotics.txt",
  "wikinews-nasa-shuttles.txt",
};

static const char *const hostile[] = {
  "<script>alert(1)</script>",
  "[x](javascript:alert(1))",
  "\"quoted\" & 'apostrophes' &amp; <b>bold</b>",
};

typedef struct
{
  char        *dir;
  BylineStore *store;
} Fixture;

static BylineStore *
open_store (Fixture    *f,
            const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  BylineStore *store = byline_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("byline-export-XXXXXX", &error);
  g_assert_no_error (error);
  f->store = open_store (f, "library.db");
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  g_clear_pointer (&f->store, byline_store_close);
  test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
read_sample (const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name, NULL);
  char *data = NULL;

  g_file_get_contents (path, &data, NULL, &error);
  g_assert_no_error (error);
  return data;
}

static BylineExportInput *
input_from_store (BylineStore *store,
                  gint64       article)
{
  g_autoptr (GError) error = NULL;
  BylineExportInput *input = byline_export_input_new_from_store (store, article, &error);

  g_assert_no_error (error);
  g_assert_nonnull (input);
  return input;
}

static GBytes *
export_bytes (BylineExportInput  *input,
              BylineExportFormat  format)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();

  g_assert_true (byline_export_write (input, format, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

static char *
export_string (BylineExportInput  *input,
               BylineExportFormat  format)
{
  g_autoptr (GBytes) bytes = export_bytes (input, format);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  char *s = g_strndup (data, size);

  g_assert_cmpuint (strlen (s), ==, size);
  g_assert_true (g_utf8_validate (s, -1, NULL));
  return s;
}

/* HTML checks, through libxml2 */

static htmlDocPtr
parse_html (const char *html)
{
  htmlDocPtr doc = htmlReadMemory (html, strlen (html), "export.html", "UTF-8",
                                   HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);

  g_assert_nonnull (doc);
  g_assert_nonnull (xmlDocGetRootElement (doc));
  return doc;
}

static void
collect_elements (xmlNodePtr  node,
                  const char *name,
                  GPtrArray  *out)
{
  for (xmlNodePtr n = node; n != NULL; n = n->next)
    {
      if (n->type == XML_ELEMENT_NODE && (name == NULL || g_ascii_strcasecmp ((const char *) n->name, name) == 0))
        g_ptr_array_add (out, n);
      collect_elements (n->children, name, out);
    }
}

static GPtrArray *
elements (htmlDocPtr  doc,
          const char *name)
{
  GPtrArray *out = g_ptr_array_new ();

  collect_elements (xmlDocGetRootElement (doc), name, out);
  return out;
}

static char *
attr (xmlNodePtr  node,
      const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *s = g_strdup ((const char *) value);

  xmlFree (value);
  return s;
}

static char *
text_of (xmlNodePtr node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *s = g_strdup ((const char *) content);

  xmlFree (content);
  return s;
}

static guint
count_with_class (htmlDocPtr  doc,
                  const char *name,
                  const char *cls)
{
  g_autoptr (GPtrArray) all = elements (doc, name);
  guint n = 0;

  for (guint i = 0; i < all->len; i++)
    {
      g_autofree char *value = attr (all->pdata[i], "class");
      g_auto (GStrv) classes = g_strsplit (value != NULL ? value : "", " ", -1);

      if (g_strv_contains ((const char *const *) classes, cls))
        n++;
    }
  return n;
}

/* Nothing that runs, fetches or navigates away: no script, no event handler,
 * no javascript: URL, no external resource, and the restrictive CSP */
static void
assert_html_safe (htmlDocPtr doc)
{
  g_autoptr (GPtrArray) all = elements (doc, NULL);
  g_autoptr (GPtrArray) metas = elements (doc, "meta");
  gboolean csp = FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      xmlNodePtr n = all->pdata[i];
      const char *name = (const char *) n->name;

      g_assert_cmpstr (name, !=, "script");
      g_assert_cmpstr (name, !=, "iframe");
      g_assert_cmpstr (name, !=, "object");
      g_assert_cmpstr (name, !=, "embed");
      g_assert_cmpstr (name, !=, "link");
      g_assert_cmpstr (name, !=, "base");
      g_assert_cmpstr (name, !=, "img");
      g_assert_cmpstr (name, !=, "b");
      for (xmlAttrPtr a = n->properties; a != NULL; a = a->next)
        {
          g_autofree char *value = attr (n, (const char *) a->name);

          g_assert_false (g_ascii_strncasecmp ((const char *) a->name, "on", 2) == 0);
          if (g_str_equal ((const char *) a->name, "href"))
            g_assert_true (g_str_has_prefix (value, "#"));
          g_assert_null (strstr (value, "javascript:"));
        }
    }
  for (guint i = 0; i < metas->len; i++)
    {
      g_autofree char *equiv = attr (metas->pdata[i], "http-equiv");
      g_autofree char *content = attr (metas->pdata[i], "content");

      if (g_strcmp0 (equiv, "Content-Security-Policy") == 0)
        {
          g_assert_true (g_str_has_prefix (content, "default-src 'none';"));
          g_assert_null (strstr (content, "script-src"));
          g_assert_nonnull (strstr (content, "style-src 'unsafe-inline'"));
          csp = TRUE;
        }
    }
  g_assert_true (csp);
}

static gboolean
has_heading (htmlDocPtr  doc,
             const char *tag,
             const char *text)
{
  g_autoptr (GPtrArray) headings = elements (doc, tag);

  for (guint i = 0; i < headings->len; i++)
    {
      g_autofree char *t = text_of (headings->pdata[i]);

      if (g_str_equal (t, text))
        return TRUE;
    }
  return FALSE;
}

/* JSON checks */

static JsonNode *
parse_json (const char *s)
{
  g_autoptr (GError) error = NULL;
  JsonNode *node = json_from_string (s, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return node;
}

static JsonArray *
annotation_items (JsonObject *root)
{
  JsonObject *collection = json_object_get_object_member (root, "annotations");
  JsonObject *page;

  g_assert_cmpstr (json_object_get_string_member (collection, "@context"), ==, "http://www.w3.org/ns/anno.jsonld");
  g_assert_cmpstr (json_object_get_string_member (collection, "type"), ==, "AnnotationCollection");
  page = json_object_get_object_member (collection, "first");
  g_assert_cmpstr (json_object_get_string_member (page, "type"), ==, "AnnotationPage");
  g_assert_cmpint (json_object_get_int_member (collection, "total"), ==,
                   json_array_get_length (json_object_get_array_member (page, "items")));
  return json_object_get_array_member (page, "items");
}

static JsonObject *
selector (JsonObject *annotation,
          const char *type)
{
  JsonArray *selectors = json_object_get_array_member (json_object_get_object_member (annotation, "target"),
                                                       "selector");

  for (guint i = 0; i < json_array_get_length (selectors); i++)
    {
      JsonObject *s = json_array_get_object_element (selectors, i);

      if (g_str_equal (json_object_get_string_member (s, "type"), type))
        return s;
    }
  return NULL;
}

/* Each W3C annotation quotes the text at its position */
static void
assert_annotations (JsonObject *root,
                    const char *text,
                    guint       n_notes)
{
  JsonArray *items = annotation_items (root);

  g_assert_cmpuint (json_array_get_length (items), ==, n_notes);
  for (guint i = 0; i < n_notes; i++)
    {
      JsonObject *a = json_array_get_object_element (items, i);
      JsonObject *quote = selector (a, "TextQuoteSelector");
      JsonObject *position = selector (a, "TextPositionSelector");
      const char *motivation = json_object_get_string_member (a, "motivation");
      g_autofree char *words = NULL;

      g_assert_cmpstr (json_object_get_string_member (a, "type"), ==, "Annotation");
      g_assert_true (g_str_has_prefix (json_object_get_string_member (a, "id"), "urn:byline:note:"));
      g_assert_true (g_str_equal (motivation, "commenting") || g_str_equal (motivation, "highlighting")
                     || g_str_equal (motivation, "questioning"));
      {
        g_autoptr (GDateTime) created = g_date_time_new_from_iso8601 (json_object_get_string_member (a, "created"),
                                                                      NULL);
        g_assert_nonnull (created);
      }
      g_assert_nonnull (quote);
      if (position == NULL)
        continue;   /* orphaned */
      words = g_utf8_substring (text, json_object_get_int_member (position, "start"),
                                json_object_get_int_member (position, "end"));
      g_assert_cmpstr (words, ==, json_object_get_string_member (quote, "exact"));
    }
}

/* PDF checks: the words in it, through pdftotext when installed */

static char *
pdf_text (Fixture *f,
          GBytes  *pdf)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = g_build_filename (f->dir, "export.pdf", NULL);
  g_autofree char *out = NULL;
  const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };
  int status;

  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf, NULL), "%PDF-"));
  if (pdftotext == NULL)
    return NULL;
  g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* pdftotext breaks lines where the PDF does: compare with all white space as one space */
static char *
squeeze (const char *s)
{
  GString *out = g_string_new (NULL);

  for (const char *p = s; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
    else if (out->len > 0 && out->str[out->len - 1] != ' ')
      g_string_append_c (out, ' ');
  return g_string_free (out, FALSE);
}

/* A library article of a sample with three notes on it */
static gint64
sample_with_notes (BylineStore *store,
                   const char  *text)
{
  const char *tags[] = { "sources", "check", NULL };
  gint64 article = test_add_article (store, text, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) analysis = byline_store_dup_analysis (store, article, TRUE, &error);
  JsonArray *entities = json_object_get_array_member (json_node_get_object (analysis), "entities");
  JsonObject *first = json_array_get_object_element (entities, 0);
  JsonObject *mention = json_array_get_object_element (json_object_get_array_member (first, "mentions"), 0);
  guint32 start = json_object_get_int_member (mention, "start");
  guint32 end = json_object_get_int_member (mention, "end");

  g_assert_cmpint (byline_store_add_note (store, article, start, end, "Who is this?", BYLINE_NOTE_QUESTION,
                                          tags, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (byline_store_add_note (store, article, 0, 5, "", BYLINE_NOTE_HIGHLIGHT, NULL, &error), >, 0);
  g_assert_cmpint (byline_store_add_note (store, article, end + 2, end + 40, "A longer thought\nover two lines.",
                                          BYLINE_NOTE_COMMENT, tags + 1, &error), >, 0);
  g_assert_no_error (error);
  return article;
}

/* Tests */

static void
test_format_names (void)
{
  BylineExportFormat format = 99;

  for (guint i = BYLINE_EXPORT_MARKDOWN; i <= BYLINE_EXPORT_PDF; i++)
    {
      g_assert_true (byline_export_format_from_string (byline_export_format_to_string (i), &format));
      g_assert_cmpint (format, ==, i);
    }
  g_assert_true (byline_export_format_from_string ("markdown", &format));
  g_assert_cmpint (format, ==, BYLINE_EXPORT_MARKDOWN);
  g_assert_true (byline_export_format_from_string ("PDF", &format));
  g_assert_cmpint (format, ==, BYLINE_EXPORT_PDF);
  g_assert_false (byline_export_format_from_string ("docx", &format));
  g_assert_false (byline_export_format_from_string (NULL, &format));
  g_assert_cmpstr (byline_export_format_get_extension (BYLINE_EXPORT_HTML), ==, "html");
  g_assert_cmpstr (byline_export_format_get_mime_type (BYLINE_EXPORT_JSON), ==, "application/json");
  g_assert_true (byline_export_format_is_binary (BYLINE_EXPORT_PDF));
  g_assert_false (byline_export_format_is_binary (BYLINE_EXPORT_MARKDOWN));
}

static void
test_samples_markdown (Fixture      *f,
                       gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *text = read_sample (samples[i]);
      gint64 article = sample_with_notes (f->store, text);
      g_autoptr (BylineExportInput) input = input_from_store (f->store, article);
      g_autofree char *md = export_string (input, BYLINE_EXPORT_MARKDOWN);
      g_autofree char *title = g_strdup_printf ("# %s\n", input->title);
      g_autofree char *html = cmark_markdown_to_html (md, strlen (md), CMARK_OPT_UNSAFE);
      htmlDocPtr doc;

      g_assert_true (g_str_has_prefix (md, title));
      for (guint h = 0; h < 8; h++)
        {
          static const char *const headings[] = {
            "\n## People\n", "\n## Places\n", "\n## Organisations\n", "\n## Meetings\n",
            "\n## Quotes\n", "\n## Claims\n", "\n## Sources\n", "\n## Notes\n",
          };
          g_assert_nonnull (strstr (md, headings[h]));
        }
      g_assert_nonnull (strstr (md, "\n## Article\n"));
      g_assert_nonnull (strstr (md, "| Name | Role | Affiliation | Mentions |"));
      g_assert_nonnull (strstr (md, "1. **"));
      /* rendered by cmark, the structure is there and the notes are marked in the article */
      doc = parse_html (html);
      g_assert_true (has_heading (doc, "h1", input->title));
      g_assert_true (has_heading (doc, "h2", "Notes"));
      {
        g_autoptr (GPtrArray) sups = elements (doc, "sup");
        g_autoptr (GPtrArray) lists = elements (doc, "ol");

        g_assert_cmpuint (sups->len, ==, 3);
        g_assert_cmpuint (lists->len, >=, 1);
      }
      xmlFreeDoc (doc);
    }
}

static void
test_samples_html (Fixture      *f,
                   gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *text = read_sample (samples[i]);
      gint64 article = sample_with_notes (f->store, text);
      g_autoptr (BylineExportInput) input = input_from_store (f->store, article);
      g_autofree char *html = NULL;
      htmlDocPtr doc;
      static const char *const headings[] = {
        "People", "Places", "Organisations", "Meetings", "Quotes", "Claims", "Sources", "Article", "Notes",
      };

      input->reader = g_strdup ("Ana Quintero");
      html = export_string (input, BYLINE_EXPORT_HTML);
      g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
      doc = parse_html (html);
      assert_html_safe (doc);
      g_assert_true (has_heading (doc, "h1", input->title));
      g_assert_true (has_heading (doc, "title", input->title));
      for (guint h = 0; h < G_N_ELEMENTS (headings); h++)
        g_assert_true (has_heading (doc, "h2", headings[h]));
      g_assert_true (has_heading (doc, "dd", "Ana Quintero"));
      /* three notes: highlighted, marked, in the margin and in the list */
      g_assert_cmpuint (count_with_class (doc, "div", "margin-note"), ==, 3);
      g_assert_cmpuint (count_with_class (doc, "sup", "note-mark"), ==, 3);
      g_assert_cmpuint (count_with_class (doc, "mark", "note"), >=, 3 + 1 /* the legend */);
      g_assert_cmpuint (count_with_class (doc, "span", "entity-person")
                        + count_with_class (doc, "span", "entity-place"), >, 3);
      {
        g_autoptr (GPtrArray) items = elements (doc, "li");
        g_autoptr (GPtrArray) tables = elements (doc, "table");
        g_autoptr (GPtrArray) styles = elements (doc, "style");
        g_autofree char *css = text_of (styles->pdata[0]);

        g_assert_cmpuint (tables->len, >=, 4);
        g_assert_cmpuint (items->len, >=, 3);
        g_assert_nonnull (strstr (css, "@media print"));
      }
      xmlFreeDoc (doc);
    }
}

static void
test_samples_json (Fixture      *f,
                   gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *text = read_sample (samples[i]);
      gint64 article = sample_with_notes (f->store, text);
      g_autoptr (BylineExportInput) input = input_from_store (f->store, article);
      g_autofree char *json = export_string (input, BYLINE_EXPORT_JSON);
      g_autoptr (JsonNode) node = parse_json (json);
      JsonObject *root = json_node_get_object (node);
      JsonObject *a = json_object_get_object_member (root, "article");
      g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
      JsonArray *items;
      JsonArray *bodies;

      g_assert_cmpstr (json_object_get_string_member (root, "schema"), ==, "byline.export/1");
      g_assert_cmpstr (json_object_get_string_member (a, "sha256"), ==, sha);
      g_assert_cmpstr (json_object_get_string_member (a, "text"), ==, text);
      g_assert_cmpstr (json_object_get_string_member (a, "title"), ==, input->title);
      /* the analysis unchanged */
      g_assert_true (json_node_equal (json_object_get_member (root, "analysis"), input->analysis));
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "analysis"), "schema"),
                       ==, "byline.analysis/1");
      assert_annotations (root, text, 3);
      /* the first note: a question with two tags and its words */
      items = annotation_items (root);
      {
        guint kinds = 0;

        for (guint n = 0; n < 3; n++)
          {
            const char *m = json_object_get_string_member (json_array_get_object_element (items, n), "motivation");

            kinds |= g_str_equal (m, "highlighting") ? 1 : g_str_equal (m, "commenting") ? 2 : 4;
          }
        g_assert_cmpuint (kinds, ==, 7);
      }
      for (guint n = 0; n < 3; n++)
        {
          JsonObject *an = json_array_get_object_element (items, n);

          if (!g_str_equal (json_object_get_string_member (an, "motivation"), "questioning"))
            continue;
          bodies = json_object_get_array_member (an, "body");
          g_assert_cmpuint (json_array_get_length (bodies), ==, 3);
          g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bodies, 0), "purpose"),
                           ==, "commenting");
          g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bodies, 0), "value"),
                           ==, "Who is this?");
          g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bodies, 1), "purpose"),
                           ==, "tagging");
          g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bodies, 2), "value"),
                           ==, "sources");
          g_assert_true (g_str_has_prefix (json_object_get_string_member (json_object_get_object_member (an, "target"),
                                                                          "source"), "urn:sha256:"));
        }
    }
}

static void
test_samples_pdf (Fixture      *f,
                  gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *text = read_sample (samples[i]);
      gint64 article = sample_with_notes (f->store, text);
      g_autoptr (BylineExportInput) input = input_from_store (f->store, article);
      g_autoptr (GBytes) pdf = export_bytes (input, BYLINE_EXPORT_PDF);
      g_autofree char *words = pdf_text (f, pdf);
      g_autofree char *flat = NULL;
      g_autofree char *title = NULL;

      g_assert_cmpuint (g_bytes_get_size (pdf), >, 5000);
      if (words == NULL)
        {
          g_test_skip ("pdftotext is not installed (poppler-utils)");
          return;
        }
      flat = squeeze (words);
      title = squeeze (input->title);
      g_assert_nonnull (strstr (flat, title));
      g_assert_nonnull (strstr (flat, "People"));
      g_assert_nonnull (strstr (flat, "Meetings"));
      g_assert_nonnull (strstr (flat, "Quotes"));
      g_assert_nonnull (strstr (flat, "Claims"));
      g_assert_nonnull (strstr (flat, "Notes"));
      g_assert_nonnull (strstr (flat, "Who is this?"));
      g_assert_nonnull (strstr (flat, "A longer thought over two lines."));
      g_assert_nonnull (strstr (flat, "Tags: check, sources"));
      /* a few words of the article's last paragraph made it */
      {
        g_autofree char *tail = squeeze (text + strlen (text) - MIN (strlen (text), 40));
        g_auto (GStrv) words_of_tail = g_strsplit (tail, " ", -1);
        guint n = g_strv_length (words_of_tail);

        g_assert_cmpuint (n, >=, 2);
        g_assert_nonnull (strstr (flat, words_of_tail[n - 2]));
      }
    }
}

static void
test_hostile (Fixture      *f,
              gconstpointer data)
{
  g_autofree char *text = read_sample ("byline-harbour-talks.txt");
  gint64 article = test_add_article (f->store, text, NULL, NULL);
  g_autoptr (BylineExportInput) input = NULL;
  g_autofree char *md = NULL;
  g_autofree char *rendered = NULL;
  g_autofree char *html = NULL;
  g_autofree char *json = NULL;
  g_autoptr (GBytes) pdf = NULL;
  g_autofree char *pdf_words = NULL;
  htmlDocPtr doc;

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      const char *tags[] = { hostile[i], "plain", NULL };

      test_add_note (f->store, article, text, i == 0 ? "Oslo" : i == 1 ? "Monday" : "fisheries",
                     BYLINE_NOTE_COMMENT, hostile[i], tags);
    }
  input = input_from_store (f->store, article);
  input->reader = g_strdup ("<script>alert('reader')</script>");
  g_free (input->title);
  input->title = g_strdup ("Title </title><script>alert(2)</script>");

  /* Markdown: rendered by cmark with raw HTML allowed, still nothing but text */
  md = export_string (input, BYLINE_EXPORT_MARKDOWN);
  g_assert_null (strstr (md, "<script"));
  g_assert_null (strstr (md, "](javascript"));
  rendered = cmark_markdown_to_html (md, strlen (md), CMARK_OPT_UNSAFE);
  doc = parse_html (rendered);
  {
    g_autoptr (GPtrArray) scripts = elements (doc, "script");
    g_autoptr (GPtrArray) links = elements (doc, "a");
    g_autoptr (GPtrArray) bolds = elements (doc, "b");
    g_autofree char *all = text_of (xmlDocGetRootElement (doc));

    g_assert_cmpuint (scripts->len, ==, 0);
    g_assert_cmpuint (links->len, ==, 0);
    g_assert_cmpuint (bolds->len, ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
      g_assert_nonnull (strstr (all, hostile[i]));
    g_assert_nonnull (strstr (all, "<script>alert('reader')</script>"));
  }
  xmlFreeDoc (doc);

  /* HTML: the same words as text */
  html = export_string (input, BYLINE_EXPORT_HTML);
  doc = parse_html (html);
  assert_html_safe (doc);
  {
    g_autoptr (GPtrArray) bodies = elements (doc, "body");
    g_autofree char *all = text_of (bodies->pdata[0]);
    g_autoptr (GPtrArray) titles = elements (doc, "title");
    g_autofree char *title = text_of (titles->pdata[0]);

    for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
      g_assert_nonnull (strstr (all, hostile[i]));
    g_assert_cmpstr (title, ==, input->title);
  }
  xmlFreeDoc (doc);

  /* JSON: the values exactly */
  json = export_string (input, BYLINE_EXPORT_JSON);
  {
    g_autoptr (JsonNode) node = parse_json (json);
    JsonArray *items = annotation_items (json_node_get_object (node));
    guint found = 0;

    for (guint i = 0; i < json_array_get_length (items); i++)
      {
        JsonArray *bodies = json_object_get_array_member (json_array_get_object_element (items, i), "body");
        const char *body = json_object_get_string_member (json_array_get_object_element (bodies, 0), "value");
        const char *tag = json_object_get_string_member (json_array_get_object_element (bodies, 1), "value");

        for (guint h = 0; h < G_N_ELEMENTS (hostile); h++)
          if (g_str_equal (body, hostile[h]))
            {
              found++;
              /* tags are sorted: the hostile one or "plain" first */
              g_assert_true (g_str_equal (tag, hostile[h]) || g_str_equal (tag, "plain"));
            }
      }
    g_assert_cmpuint (found, ==, G_N_ELEMENTS (hostile));
  }

  /* PDF: the words as they are */
  pdf = export_bytes (input, BYLINE_EXPORT_PDF);
  pdf_words = pdf_text (f, pdf);
  if (pdf_words == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *flat = squeeze (pdf_words);

      g_assert_nonnull (strstr (flat, hostile[i]));
    }
}

static void
test_no_notes (Fixture      *f,
               gconstpointer data)
{
  g_autofree char *text = read_sample ("wikinews-nasa-shuttles.txt");
  gint64 article = test_add_article (f->store, text, NULL, NULL);
  g_autoptr (BylineExportInput) input = input_from_store (f->store, article);
  g_autofree char *md = export_string (input, BYLINE_EXPORT_MARKDOWN);
  g_autofree char *html = export_string (input, BYLINE_EXPORT_HTML);
  g_autofree char *json = export_string (input, BYLINE_EXPORT_JSON);
  g_autoptr (GBytes) pdf = export_bytes (input, BYLINE_EXPORT_PDF);
  g_autoptr (JsonNode) node = parse_json (json);
  htmlDocPtr doc = parse_html (html);

  g_assert_nonnull (strstr (md, "## Notes\n\nNo notes.\n"));
  g_assert_cmpuint (count_with_class (doc, "mark", "note"), ==, 1 /* the legend */);
  g_assert_cmpuint (count_with_class (doc, "sup", "note-mark"), ==, 0);
  g_assert_true (has_heading (doc, "h2", "Notes"));
  xmlFreeDoc (doc);
  assert_annotations (json_node_get_object (node), text, 0);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf, NULL), "%PDF-"));

  /* a file never in the library: analysed now, no notes */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (BylineText) t = byline_text_new_from_data (text, strlen (text), "x.txt", FALSE, &error);
    g_autoptr (BylineExportInput) loose = byline_export_input_new_from_text (t, NULL, "/tmp/x.txt");
    g_autofree char *loose_json = export_string (loose, BYLINE_EXPORT_JSON);
    g_autoptr (JsonNode) loose_node = parse_json (loose_json);

    g_assert_cmpstr (loose->title, ==, input->title);
    g_assert_cmpstr (loose->dateline, ==, input->dateline);
    g_assert_true (json_node_equal (json_object_get_member (json_node_get_object (loose_node), "analysis"),
                                    input->analysis));
  }
}

static void
test_flags (Fixture      *f,
            gconstpointer data)
{
  g_autofree char *text = read_sample ("byline-harbour-talks.txt");
  gint64 article = sample_with_notes (f->store, text);
  g_autoptr (BylineExportInput) input = input_from_store (f->store, article);
  g_autofree char *md = NULL;
  g_autofree char *html = NULL;
  g_autofree char *json = NULL;
  g_autoptr (JsonNode) node = NULL;
  htmlDocPtr doc;

  input->flags = BYLINE_EXPORT_NOTES_ONLY | BYLINE_EXPORT_NO_ARTICLE;
  md = export_string (input, BYLINE_EXPORT_MARKDOWN);
  g_assert_null (strstr (md, "## People"));
  g_assert_null (strstr (md, "## Article"));
  g_assert_nonnull (strstr (md, "## Notes"));
  g_assert_nonnull (strstr (md, "Who is this?"));
  html = export_string (input, BYLINE_EXPORT_HTML);
  doc = parse_html (html);
  g_assert_false (has_heading (doc, "h2", "Quotes"));
  g_assert_false (has_heading (doc, "h2", "Article"));
  g_assert_true (has_heading (doc, "h2", "Notes"));
  g_assert_cmpuint (count_with_class (doc, "q", "passage"), ==, 3);
  xmlFreeDoc (doc);
  json = export_string (input, BYLINE_EXPORT_JSON);
  node = parse_json (json);
  g_assert_false (json_object_has_member (json_node_get_object (node), "analysis"));
  g_assert_false (json_object_has_member (json_object_get_object_member (json_node_get_object (node), "article"),
                                          "text"));
  assert_annotations (json_node_get_object (node), text, 3);
}

static const char changed_tail[] = "The talks ended without a statement.\n";

static void
test_orphaned (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = read_sample ("byline-harbour-talks.txt");
  g_autofree char *source = g_build_filename (f->dir, "article.txt", NULL);
  gint64 article = test_add_article (f->store, text, source, NULL);
  g_autofree char *changed = NULL;
  g_autofree char *json = NULL;
  g_autofree char *html = NULL;
  g_autofree char *md = NULL;
  g_autoptr (BylineExportInput) input = NULL;
  g_autoptr (JsonNode) node = NULL;
  g_autoptr (BylineAnnotations) set = NULL;
  g_autoptr (BylineStore) other = NULL;
  g_autoptr (GPtrArray) notes = NULL;
  BylineNoteImportCounts counts;
  const char *first_line_end = strchr (text, '\n');
  JsonArray *items;
  htmlDocPtr doc;
  gint64 id = 0;

  g_assert_nonnull (first_line_end);
  test_add_note (f->store, article, text, "Oslo", BYLINE_NOTE_COMMENT, "kept", NULL);
  /* the headline's words are gone from the changed text */
  test_add_note (f->store, article, text, first_line_end - 8 > text ? first_line_end - 8 : text,
                 BYLINE_NOTE_COMMENT, "lost", NULL);
  changed = g_strconcat ("A different headline\n", first_line_end + 1, changed_tail, NULL);
  g_assert_cmpint (test_add_article (f->store, changed, source, NULL), ==, article);

  input = input_from_store (f->store, article);
  g_assert_cmpuint (input->notes->len, ==, 2);
  json = export_string (input, BYLINE_EXPORT_JSON);
  node = parse_json (json);
  items = annotation_items (json_node_get_object (node));
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  /* numbered in the text's order, the orphaned one last, with its quote but no position */
  g_assert_nonnull (selector (json_array_get_object_element (items, 0), "TextPositionSelector"));
  g_assert_null (selector (json_array_get_object_element (items, 1), "TextPositionSelector"));
  g_assert_nonnull (selector (json_array_get_object_element (items, 1), "TextQuoteSelector"));
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (items, 1), "byline:orphaned"));

  html = export_string (input, BYLINE_EXPORT_HTML);
  doc = parse_html (html);
  g_assert_cmpuint (count_with_class (doc, "sup", "note-mark"), ==, 1);
  g_assert_cmpuint (count_with_class (doc, "span", "orphaned"), ==, 1);
  xmlFreeDoc (doc);
  md = export_string (input, BYLINE_EXPORT_MARKDOWN);
  g_assert_nonnull (strstr (md, "*\\(its passage is no longer in the text\\)*"));

  /* brought into another library, it stays orphaned and is not lost */
  set = byline_annotations_parse (json, -1, "orphaned.json", &error);
  g_assert_no_error (error);
  other = open_store (f, "other.db");
  g_assert_true (byline_annotations_import (set, other, "orphaned.json", &id, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.added, ==, 2);
  g_assert_cmpuint (counts.orphaned, ==, 1);
  notes = byline_store_list_notes (other, id, NULL, &error);
  g_assert_cmpuint (notes->len, ==, 2);
  for (guint i = 0; i < notes->len; i++)
    {
      BylineNote *n = notes->pdata[i];

      g_assert_cmpint (n->orphaned, ==, g_str_equal (n->body, "lost"));
    }
  g_assert_true (byline_annotations_import (set, other, "orphaned.json", &id, &counts, &error));
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_cmpuint (counts.duplicates, ==, 2);
}

static int
compare_notes (gconstpointer a,
               gconstpointer b)
{
  const BylineNote *x = *(const BylineNote *const *) a;
  const BylineNote *y = *(const BylineNote *const *) b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  return g_strcmp0 (x->body, y->body);
}

/* Export @n_notes random notes of @text to JSON and import them into a fresh
 * library: every note comes back the same, and a second import adds none */
static void
round_trip (Fixture    *f,
            const char *text,
            guint       n_notes)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261128);
  static const char *const pool[] = { "sources", "Quelle", "<tag>", "a & b", "check", "日本" };
  static const char *const bodies[] = {
    "", "Who said this?", "Zitat prüfen — „so“", "<script>alert(1)</script>", "line one\nline two",
    "[x](javascript:alert(1))", "\"quoted\" & more",
  };
  gint64 article = test_add_article (f->store, text, NULL, NULL);
  guint32 length = g_utf8_strlen (text, -1);
  g_autoptr (BylineExportInput) input = NULL;
  g_autofree char *json = NULL;
  g_autoptr (BylineAnnotations) set = NULL;
  g_autoptr (BylineStore) fresh = NULL;
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  BylineNoteImportCounts counts;
  gint64 id = 0;
  gint64 t0;

  for (guint i = 0; i < n_notes; i++)
    {
      guint32 start = g_rand_int_range (rand, 0, length - 1);
      guint32 span = g_rand_int_range (rand, 1, 60);
      guint32 end = MIN (length, start + span);
      g_autoptr (GStrvBuilder) tags = g_strv_builder_new ();
      g_auto (GStrv) tagv = NULL;
      g_autofree char *body = g_strdup_printf ("%s #%u", bodies[i % G_N_ELEMENTS (bodies)], i);

      for (guint t = 0; t < G_N_ELEMENTS (pool); t++)
        if (g_rand_int_range (rand, 0, 4) == 0)
          g_strv_builder_add (tags, pool[t]);
      tagv = g_strv_builder_end (tags);
      gint64 note = byline_store_add_note (f->store, article, start, end, body, g_rand_int_range (rand, 0, 3),
                                           (const char *const *) tagv, &error);

      g_assert_no_error (error);
      g_assert_cmpint (note, >, 0);
    }

  t0 = g_get_monotonic_time ();
  input = input_from_store (f->store, article);
  json = export_string (input, BYLINE_EXPORT_JSON);
  g_test_message ("exported %u notes to %zu bytes of JSON in %.1f ms", n_notes, strlen (json),
                  (g_get_monotonic_time () - t0) / 1000.0);
  {
    g_autoptr (JsonNode) node = parse_json (json);

    assert_annotations (json_node_get_object (node), text, n_notes);
  }

  t0 = g_get_monotonic_time ();
  set = byline_annotations_parse (json, -1, "notes.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (set->notes->len, ==, n_notes);
  fresh = open_store (f, "fresh.db");
  g_assert_true (byline_annotations_import (set, fresh, "notes.json", &id, &counts, &error));
  g_assert_no_error (error);
  g_test_message ("imported %u notes into a fresh library in %.1f ms: %u added, %u duplicates, %u orphaned",
                  n_notes, (g_get_monotonic_time () - t0) / 1000.0, counts.added, counts.duplicates,
                  counts.orphaned);
  g_assert_cmpuint (counts.added, ==, n_notes);
  g_assert_cmpuint (counts.duplicates, ==, 0);
  g_assert_cmpuint (counts.orphaned, ==, 0);

  before = byline_store_list_notes (f->store, article, NULL, &error);
  after = byline_store_list_notes (fresh, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len);
  g_ptr_array_sort (before, compare_notes);
  g_ptr_array_sort (after, compare_notes);
  for (guint i = 0; i < before->len; i++)
    {
      BylineNote *x = before->pdata[i];
      BylineNote *y = after->pdata[i];

      g_assert_cmpuint (x->start, ==, y->start);
      g_assert_cmpuint (x->end, ==, y->end);
      g_assert_cmpstr (x->body, ==, y->body);
      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpstr (x->exact, ==, y->exact);
      g_assert_cmpstr (x->prefix, ==, y->prefix);
      g_assert_cmpstr (x->suffix, ==, y->suffix);
      g_assert_cmpint (x->created, ==, y->created);
      g_assert_cmpint (x->updated, ==, y->updated);
      g_assert_false (y->orphaned);
      g_assert_cmpuint (g_strv_length (x->tags), ==, g_strv_length (y->tags));
      for (guint t = 0; x->tags[t] != NULL; t++)
        g_assert_cmpstr (x->tags[t], ==, y->tags[t]);
    }

  /* again: nothing added, into either library */
  g_assert_true (byline_annotations_import (set, fresh, "notes.json", &id, &counts, &error));
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_cmpuint (counts.duplicates, ==, n_notes);
  id = 0;
  g_assert_true (byline_annotations_import (set, f->store, "notes.json", &id, &counts, &error));
  g_assert_cmpint (id, ==, article);
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_cmpuint (counts.duplicates, ==, n_notes);
  g_test_message ("round trip of %u notes: %u came back the same, a second import added %u", n_notes,
                  after->len, counts.added);
}

static void
test_round_trip_1000 (Fixture      *f,
                      gconstpointer data)
{
  g_autofree char *text = read_sample ("byline-harbour-talks.txt");

  round_trip (f, text, 1000);
}

static void
test_round_trip_seed (Fixture      *f,
                      gconstpointer data)
{
  g_autofree char *seed = test_read_seed ();

  if (seed == NULL)
    {
      g_test_skip ("the seed article (../shared/eval/dev/seed.txt) is not here");
      return;
    }
  round_trip (f, seed, 200);
}

/* Annotations written by another tool, not by Byline */
static void
test_import_foreign (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = read_sample ("byline-harbour-talks.txt");
  gint64 article = test_add_article (f->store, text, "https://example.org/harbour", NULL);
  guint32 oslo = g_utf8_pointer_to_offset (text, strstr (text, "Oslo on"));
  g_autofree char *collection = g_strdup_printf (
    "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationCollection\","
    " \"first\": {\"type\": \"AnnotationPage\", \"items\": ["
    "  {\"type\": \"Annotation\", \"bodyValue\": \"plain body\","
    "   \"target\": {\"source\": \"https://example.org/harbour\", \"selector\": "
    "     {\"type\": \"TextQuoteSelector\", \"exact\": \"Oslo\", \"prefix\": \"\", \"suffix\": \" on Monday\"}}},"
    "  {\"type\": [\"Annotation\"], \"motivation\": [\"oa:questioning\"],"
    "   \"body\": {\"type\": \"TextualBody\", \"value\": \"where?\"},"
    "   \"target\": [{\"source\": \"https://example.org/harbour\", \"selector\": ["
    "     {\"type\": \"TextPositionSelector\", \"start\": %u, \"end\": %u}]}]},"
    "  {\"type\": \"Annotation\", \"motivation\": \"highlighting\","
    "   \"body\": [{\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \" place \"}],"
    "   \"target\": {\"source\": \"https://example.org/harbour\", \"selector\": "
    "     {\"type\": \"TextQuoteSelector\", \"exact\": \"no such words anywhere\"}}},"
    "  {\"type\": \"SomethingElse\"}"
    " ]}}", oslo, oslo + 4);
  g_autoptr (BylineAnnotations) set = byline_annotations_parse (collection, -1, "foreign.json", &error);
  g_autoptr (GPtrArray) notes = NULL;
  BylineNoteImportCounts counts;
  gint64 id = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (set->notes->len, ==, 3);
  g_assert_null (set->text);
  g_assert_cmpstr (set->target, ==, "https://example.org/harbour");
  /* found by its URL */
  g_assert_true (byline_annotations_import (set, f->store, "foreign.json", &id, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, article);
  g_assert_cmpuint (counts.added, ==, 3);
  g_assert_cmpuint (counts.orphaned, ==, 1);
  notes = byline_store_list_notes (f->store, article, NULL, &error);
  g_assert_cmpuint (notes->len, ==, 3);
  for (guint i = 0; i < notes->len; i++)
    {
      BylineNote *n = notes->pdata[i];

      if (g_str_equal (n->body, "plain body"))
        {
          g_assert_cmpuint (n->start, ==, oslo);
          g_assert_cmpint (n->kind, ==, BYLINE_NOTE_COMMENT);
        }
      else if (g_str_equal (n->body, "where?"))
        {
          g_assert_cmpuint (n->start, ==, oslo);
          g_assert_cmpstr (n->exact, ==, "Oslo");
          g_assert_cmpint (n->kind, ==, BYLINE_NOTE_QUESTION);
        }
      else
        {
          g_assert_cmpstr (n->body, ==, "");
          g_assert_true (n->orphaned);
          g_assert_cmpint (n->kind, ==, BYLINE_NOTE_HIGHLIGHT);
          g_assert_cmpstr (n->tags[0], ==, "place");
        }
    }

  /* an array of annotations; one annotation */
  g_clear_pointer (&set, byline_annotations_free);
  set = byline_annotations_parse ("[{\"type\": \"Annotation\", \"target\": {\"source\": \"https://example.org/x\", "
                                  "\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"x\"}}}]", -1,
                                  "array.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (set->notes->len, ==, 1);
  g_clear_pointer (&set, byline_annotations_free);
  set = byline_annotations_parse ("{\"type\": \"Annotation\", \"bodyValue\": \"x\", \"target\": \"urn:x:nowhere\"}", -1,
                                  "one.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (set->notes->len, ==, 1);
  /* with nothing to find its article by, it needs --article */
  id = 0;
  g_assert_false (byline_annotations_import (set, f->store, "one.json", &id, &counts, &error));
  g_assert_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_NO_ARTICLE);
  g_assert_nonnull (strstr (error->message, "one.json"));
}

static void
test_import_bad (Fixture      *f,
                 gconstpointer data)
{
  static const struct { const char *data; } bad[] = {
    { "" }, { "not json" }, { "{\"schema\": \"byline.export/1\"" }, { "{\"foo\": 1}" }, { "[1, 2, 3]" },
    { "42" }, { "{\"schema\": \"byline.export/1\", \"annotations\": {\"type\": \"Other\"}}" },
    { "\"\xff\xfe\"" },
    /* hostile or wrong-typed annotations are refused, with the file: never an empty
     * orphaned note, never a part of the file imported */
    { "{\"type\": \"Annotation\", \"target\": null, \"body\": null}" },
    { "{\"type\": \"Annotation\", \"bodyValue\": \"no target at all\"}" },
    { "[{\"type\": \"Annotation\", \"bodyValue\": \"fine\", \"target\": {\"source\": \"s\", \"selector\": "
      "{\"type\": \"TextQuoteSelector\", \"exact\": \"Oslo\"}}}, {\"type\": \"Annotation\", \"target\": 7}]" },
    { "{\"type\": \"Annotation\", \"body\": 3, \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"a\"}}}" },
    { "{\"type\": \"Annotation\", \"bodyValue\": [\"x\"], \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"a\"}}}" },
    { "{\"type\": \"Annotation\", \"target\": {\"selector\": {\"type\": \"TextPositionSelector\", \"start\": \"4\", \"end\": 9}}}" },
    { "{\"type\": \"Annotation\", \"target\": {\"selector\": {\"type\": \"TextPositionSelector\", \"start\": 2.5, \"end\": 9}}}" },
    { "{\"type\": \"Annotation\", \"target\": {\"selector\": {\"type\": \"TextPositionSelector\", \"start\": 9, \"end\": 4}}}" },
    { "{\"type\": \"Annotation\", \"target\": {\"selector\": {\"type\": \"TextPositionSelector\", \"start\": -1, \"end\": 4}}}" },
    { "{\"type\": \"Annotation\", \"target\": {\"selector\": {\"type\": \"TextPositionSelector\", \"start\": 0, \"end\": 99999999999}}}" },
    { "{\"type\": \"Annotation\", \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": {\"x\": 1}}}}" },
    { "{\"type\": \"Annotation\", \"body\": {\"type\": \"TextualBody\", \"value\": 12}, \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"a\"}}}" },
    { "{\"type\": \"Annotation\", \"bodyValue\": \"cut\\u0000here\", \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"a\"}}}" },
    { "{\"type\": \"Annotation\", \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"a\\u0000\"}}}" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (BylineAnnotations) set = byline_annotations_parse (bad[i].data, -1, "bad.json", &error);

      g_assert_null (set);
      g_assert_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "bad.json: "));
    }
  {
    g_autoptr (GError) error = NULL;
    g_autofree char *missing = g_build_filename (f->dir, "missing.json", NULL);
    g_autoptr (BylineAnnotations) set = byline_annotations_load (missing, &error);

    g_assert_null (set);
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, missing));
  }
  /* an export without the article's text, of an article another library does not have */
  {
    g_autoptr (GError) error = NULL;
    g_autofree char *text = read_sample ("byline-harbour-talks.txt");
    gint64 article = sample_with_notes (f->store, text);
    g_autoptr (BylineExportInput) input = input_from_store (f->store, article);
    g_autofree char *json = NULL;
    g_autoptr (BylineAnnotations) set = NULL;
    g_autoptr (BylineStore) other = open_store (f, "other.db");
    g_autoptr (GPtrArray) articles = NULL;
    gint64 id = 0;

    input->flags = BYLINE_EXPORT_NO_ARTICLE;
    json = export_string (input, BYLINE_EXPORT_JSON);
    set = byline_annotations_parse (json, -1, "no-text.json", &error);
    g_assert_no_error (error);
    g_assert_false (byline_annotations_import (set, other, "no-text.json", &id, NULL, &error));
    g_assert_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_NO_ARTICLE);
    g_assert_nonnull (strstr (error->message, "no-text.json"));
    articles = byline_store_list_articles (other, NULL, NULL);
    g_assert_cmpuint (articles->len, ==, 0);
    /* the library that has the article finds it by its SHA-256 */
    g_clear_error (&error);
    g_assert_true (byline_annotations_import (set, f->store, "no-text.json", &id, NULL, &error));
    g_assert_cmpint (id, ==, article);
  }
}

typedef struct
{
  GError   *error;
  gboolean  done;
} Written;

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Written *w = data;

  g_assert_cmpint (byline_export_write_file_finish (result, &w->error), ==, w->error == NULL);
  w->done = TRUE;
}

static void
test_write_file_async (Fixture      *f,
                       gconstpointer data)
{
  g_autofree char *text = read_sample ("byline-harbour-talks.txt");
  gint64 article = sample_with_notes (f->store, text);
  g_autoptr (BylineExportInput) input = input_from_store (f->store, article);
  g_autofree char *path = g_build_filename (f->dir, "out.html", NULL);
  g_autofree char *cancelled_path = g_build_filename (f->dir, "cancelled.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) cancelled_file = g_file_new_for_path (cancelled_path);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  Written state = { NULL, FALSE };
  g_autofree char *written = NULL;
  g_autofree char *expected = export_string (input, BYLINE_EXPORT_HTML);

  byline_export_write_file_async (input, BYLINE_EXPORT_HTML, file, NULL, on_written, &state);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (state.error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);

  state.done = FALSE;
  g_cancellable_cancel (cancellable);
  byline_export_write_file_async (input, BYLINE_EXPORT_PDF, cancelled_file, cancellable, on_written, &state);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&state.error);
  g_assert_false (g_file_test (cancelled_path, G_FILE_TEST_EXISTS));

  /* a folder that does not exist: an error naming the file */
  {
    g_autoptr (GError) error = NULL;
    g_autofree char *bad = g_build_filename (f->dir, "no", "such", "out.md", NULL);
    g_autoptr (GFile) bad_file = g_file_new_for_path (bad);

    g_assert_false (byline_export_write_file (input, BYLINE_EXPORT_MARKDOWN, bad_file, NULL, &error));
    g_assert_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_WRITE);
    g_assert_nonnull (strstr (error->message, bad));
  }
}

/* Issue 19 part B: a file is written whole or not at all */

static gboolean
write_half_then_fail (GOutputStream *stream,
                      gpointer       user_data,
                      GCancellable  *cancellable,
                      GError       **error)
{
  if (!g_output_stream_write_all (stream, "%PDF-1.5 half of it", 19, NULL, cancellable, error))
    return FALSE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device");
  return FALSE;
}

static gboolean
write_whole (GOutputStream *stream,
             gpointer       user_data,
             GCancellable  *cancellable,
             GError       **error)
{
  return g_output_stream_write_all (stream, user_data, strlen (user_data), NULL, cancellable, error);
}

static guint
count_files (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_write_whole_or_nothing (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("byline-write-XXXXXX", NULL);
  g_autofree char *fresh = g_build_filename (dir, "new summary.pdf", NULL);
  g_autofree char *real = g_build_filename (dir, "real.md", NULL);
  g_autofree char *link = g_build_filename (dir, "link.md", NULL);
  g_autofree char *contents = NULL;
  GStatBuf st;

  /* a new file that fails half-way: no file, no temporary file */
  g_assert_false (_byline_export_write_path (fresh, write_half_then_fail, NULL, NULL, &error));
  g_assert_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, fresh));
  g_clear_error (&error);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (dir), ==, 0);

  /* through a symbolic link: the link stays, its target is replaced, keeping its mode */
  g_assert_true (g_file_set_contents (real, "old notes\n", -1, NULL));
  g_assert_cmpint (g_chmod (real, 0640), ==, 0);
  g_assert_cmpint (symlink ("real.md", link), ==, 0);
  g_assert_true (_byline_export_write_path (link, write_whole, (gpointer) "# new notes\n", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "# new notes\n");
  g_assert_cmpint (g_stat (real, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  /* a failed replacement leaves the old file as it was */
  g_assert_false (_byline_export_write_path (link, write_half_then_fail, NULL, NULL, &error));
  g_clear_error (&error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "# new notes\n");
  g_assert_cmpuint (count_files (dir), ==, 2);

  g_unlink (link);
  g_unlink (real);
  g_rmdir (dir);
}

/* The seed article in every format, when the shared data is here */
static void
test_seed (Fixture      *f,
           gconstpointer data)
{
  g_autofree char *seed = test_read_seed ();
  g_autoptr (BylineExportInput) input = NULL;
  gint64 article;

  if (seed == NULL)
    {
      g_test_skip ("the seed article (../shared/eval/dev/seed.txt) is not here");
      return;
    }
  article = sample_with_notes (f->store, seed);
  input = input_from_store (f->store, article);
  for (guint format = BYLINE_EXPORT_MARKDOWN; format <= BYLINE_EXPORT_PDF; format++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr (GBytes) bytes = export_bytes (input, format);

      g_test_message ("seed article as %s: %zu bytes in %.1f ms", byline_export_format_to_string (format),
                      g_bytes_get_size (bytes), (g_get_monotonic_time () - t0) / 1000.0);
      g_assert_cmpuint (g_bytes_get_size (bytes), >, 10000);
    }
  {
    g_autofree char *html = export_string (input, BYLINE_EXPORT_HTML);
    htmlDocPtr doc = parse_html (html);

    assert_html_safe (doc);
    g_assert_true (has_heading (doc, "h1", "Iran, Russia Boost Ties"));
    g_assert_cmpuint (count_with_class (doc, "span", "quote"), >, 5);
    g_assert_cmpuint (count_with_class (doc, "span", "loaded"), >=, 1);
    xmlFreeDoc (doc);
  }
  {
    g_autofree char *md = export_string (input, BYLINE_EXPORT_MARKDOWN);

    /* one pair of marks, never doubled */
    g_assert_nonnull (strstr (md, "“We still insist on the fulfillment"));
    g_assert_null (strstr (md, "“\"We still"));
    g_assert_null (strstr (md, "““"));
  }
}

/* How a quote is shown: one pair of marks for a direct or partial quote,
 * whatever marks its span holds; none for reported speech */
static void
test_quote_display_words (void)
{
  static const struct { const char *words, *kind, *shown; } cases[] = {
    { "We will sign the deal,", "direct", "“We will sign the deal,”" },
    { "\"We will sign the deal,\"", "direct", "“We will sign the deal,”" },
    { "“\"We will sign the deal,\"”", "direct", "“We will sign the deal,”" },
    { "“an open door”", "partial", "“an open door”" },
    { "\"an open door", "partial", "“an open door”" },
    { "the talks had been useful", "indirect", "the talks had been useful" },
    { "the talks had been\nuseful", "indirect", "the talks had been useful" },
    { "the farmers' union would join", "indirect", "the farmers' union would join" },
    { "the farmers' union", "partial", "“the farmers' union”" },
    { "he called it a “historic” step", "indirect", "he called it a “historic” step" },
    /* a claim: the writer's sentence as it stands, its own marks kept */
    { "\"We will sign,\" the mayor said.", NULL, "\"We will sign,\" the mayor said." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = byline_quote_display_words (cases[i].words, -1, cases[i].kind);
      g_assert_cmpstr (shown, ==, cases[i].shown);
    }
}

/* The exports show a direct quote between one pair of marks, reported speech
 * without any */
static void
test_quote_marks (Fixture      *f,
                  gconstpointer data)
{
  const char *text = "Ferry talks\n\nAnna Berg met Li Wei in Oslo on Monday.\n\n"
                     "\"We agreed on a great deal about the ferries,\" Berg said.\n\n"
                     "Li Wei told reporters that the two ports would share one timetable next year.\n";
  gint64 article = test_add_article (f->store, text, NULL, NULL);
  g_autoptr (BylineExportInput) input = input_from_store (f->store, article);
  g_autofree char *md = export_string (input, BYLINE_EXPORT_MARKDOWN);
  g_autofree char *html = export_string (input, BYLINE_EXPORT_HTML);
  const char *section = strstr (md, "\n## Quotes\n");

  g_assert_nonnull (section);
  g_assert_nonnull (strstr (section, "- “We agreed on a great deal about the ferries,”  \n"));
  g_assert_nonnull (strstr (section, "- the two ports would share one timetable next year  \n"));
  g_assert_null (strstr (md, "“\""));
  g_assert_null (strstr (md, "“the two ports"));
  /* no <q>, whose marks a browser would add to the item's own */
  g_assert_null (strstr (html, "<q>"));
  g_assert_nonnull (strstr (html, "“We agreed on a great deal about the ferries,”"));
}

/* Worksheets and answer keys */

static BylineLesson *
sample_lesson (Fixture    *f,
               const char *name)
{
  g_autofree char *text = read_sample (name);
  gint64 article = test_add_article (f->store, text, name, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) analysis = byline_store_dup_analysis (f->store, article, TRUE, &error);
  BylineLesson *lesson;

  g_assert_no_error (error);
  lesson = byline_lesson_new_from_analysis (text, name, analysis, &error);
  g_assert_no_error (error);
  g_ptr_array_add (lesson->questions, g_strdup ("Who is <b>quoted</b> & how?"));
  return lesson;
}

static char *
worksheet_string (BylineLesson        *lesson,
                  BylineWorksheetKind  kind,
                  BylineExportFormat   format)
{
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr (GError) error = NULL;

  g_assert_true (byline_worksheet_write (lesson, kind, format, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
}

static void
test_worksheet_html (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr (BylineLesson) lesson = sample_lesson (f, "byline-harbour-talks.txt");
  g_autofree char *html = worksheet_string (lesson, BYLINE_WORKSHEET, BYLINE_EXPORT_HTML);
  htmlDocPtr doc = parse_html (html);
  guint paragraphs;

  assert_html_safe (doc);
  g_assert_true (has_heading (doc, "h1", lesson->title));
  g_assert_true (has_heading (doc, "h2", "Questions"));
  g_assert_true (has_heading (doc, "h2", "Sources"));
  /* the article is there, every paragraph numbered from 1, with no highlights */
  paragraphs = count_with_class (doc, "span", "para-number");
  g_assert_cmpuint (paragraphs, >=, 8);
  g_assert_cmpuint (count_with_class (doc, "div", "para"), ==, paragraphs);
  g_assert_cmpuint (count_with_class (doc, "span", "entity-person"), ==, 0);
  g_assert_cmpuint (count_with_class (doc, "div", "legend"), ==, 0);
  g_assert_false (has_heading (doc, "h2", "Notes"));
  {
    g_autoptr (GPtrArray) spans = elements (doc, "span");
    g_autoptr (GPtrArray) rows = elements (doc, "tr");
    g_autoptr (GPtrArray) headers = elements (doc, "th");
    guint last = 0;

    for (guint i = 0; i < spans->len; i++)
      {
        xmlChar *cls = xmlGetProp (spans->pdata[i], (const xmlChar *) "class");

        if (cls != NULL && g_strcmp0 ((const char *) cls, "para-number") == 0)
          {
            g_autofree char *n = text_of (spans->pdata[i]);

            g_assert_cmpuint ((guint) atoi (n), ==, last + 1);
            last++;
          }
        xmlFree (cls);
      }
    /* the source table: a header and eight rows to fill in */
    g_assert_cmpuint (rows->len, ==, 1 + 8);
    g_assert_cmpuint (headers->len, ==, 5);
  }
  xmlFreeDoc (doc);
  /* the question is text, not markup */
  g_assert_nonnull (strstr (html, "Who is &lt;b&gt;quoted&lt;/b&gt; &amp; how?"));
}

static void
test_answer_key (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr (BylineLesson) lesson = sample_lesson (f, "byline-harbour-talks.txt");
  g_autofree char *html = NULL;
  g_autofree char *md = NULL;
  htmlDocPtr doc;
  guint expected = 0;

  /* a teacher's own item and its reason are in the key */
  {
    BylineMark mark = { BYLINE_CATEGORY_SIGNAL, 0, 6, NULL, BYLINE_SOURCE_UNATTRIBUTED, BYLINE_SIGNAL_LOADED };
    g_autoptr (GError) error = NULL;

    g_assert_nonnull (byline_lesson_add_key_item (lesson, &mark, "Teacher reason", &error));
    g_assert_no_error (error);
  }
  for (guint i = 0; i < lesson->key->len; i++)
    if (byline_lesson_has_category (lesson, ((BylineKeyItem *) lesson->key->pdata[i])->mark.category))
      expected++;
  g_assert_cmpuint (expected, >=, 10);
  html = worksheet_string (lesson, BYLINE_ANSWER_KEY, BYLINE_EXPORT_HTML);
  doc = parse_html (html);
  assert_html_safe (doc);
  {
    g_autoptr (GPtrArray) rows = elements (doc, "tr");
    g_autofree char *title = g_strdup_printf ("Answer key: %s", lesson->title);

    g_assert_true (has_heading (doc, "h1", title));
    g_assert_cmpuint (rows->len, ==, 1 + expected);
  }
  /* the key stands alone: no article, no table to fill in */
  g_assert_cmpuint (count_with_class (doc, "div", "para"), ==, 0);
  g_assert_false (has_heading (doc, "h2", "Sources"));
  g_assert_nonnull (strstr (html, "Teacher reason"));
  g_assert_nonnull (strstr (html, "Anna Berg"));
  xmlFreeDoc (doc);

  /* without reasons, no reasons */
  lesson->show_reasons = FALSE;
  md = worksheet_string (lesson, BYLINE_ANSWER_KEY, BYLINE_EXPORT_MARKDOWN);
  g_assert_nonnull (strstr (md, "Anna Berg"));
  g_assert_null (strstr (md, "Teacher reason"));
}

static void
test_worksheet_pdf (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (BylineLesson) lesson = sample_lesson (f, "byline-harbour-talks.txt");
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *words = NULL;
  g_autofree char *flat = NULL;

  g_assert_true (byline_worksheet_write (lesson, BYLINE_WORKSHEET, BYLINE_EXPORT_PDF, stream, NULL, &error));
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  pdf = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_cmpuint (g_bytes_get_size (pdf), >, 3000);
  /* a lesson file is the JSON: a JSON worksheet is refused */
  {
    g_autoptr (GOutputStream) other = g_memory_output_stream_new_resizable ();

    g_assert_false (byline_worksheet_write (lesson, BYLINE_WORKSHEET, BYLINE_EXPORT_JSON, other, NULL, &error));
    g_assert_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_INVALID);
  }
  words = pdf_text (f, pdf);
  if (words == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }
  flat = squeeze (words);
  g_assert_nonnull (strstr (flat, "What to look for"));
  g_assert_nonnull (strstr (flat, "Named or anonymous?"));
  g_assert_nonnull (strstr (flat, "Evidence given"));
  g_assert_nonnull (strstr (flat, "1 Norway, Chile Agree"));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/format/names", test_format_names);
  ADD ("/export/samples/markdown", test_samples_markdown);
  ADD ("/export/samples/html", test_samples_html);
  ADD ("/export/samples/json", test_samples_json);
  ADD ("/export/samples/pdf", test_samples_pdf);
  ADD ("/export/hostile", test_hostile);
  ADD ("/export/no-notes", test_no_notes);
  ADD ("/export/flags", test_flags);
  ADD ("/export/orphaned", test_orphaned);
  ADD ("/export/round-trip/1000", test_round_trip_1000);
  ADD ("/export/round-trip/seed", test_round_trip_seed);
  ADD ("/export/import/foreign", test_import_foreign);
  ADD ("/export/import/bad", test_import_bad);
  ADD ("/export/write-file/async", test_write_file_async);
  g_test_add_func ("/export/write-file/whole-or-nothing", test_write_whole_or_nothing);
  ADD ("/export/worksheet/html", test_worksheet_html);
  ADD ("/export/worksheet/pdf", test_worksheet_pdf);
  ADD ("/export/worksheet/answer-key", test_answer_key);
  ADD ("/export/seed", test_seed);
  g_test_add_func ("/export/quote-display-words", test_quote_display_words);
  ADD ("/export/quote-marks", test_quote_marks);

  return g_test_run ();
}
