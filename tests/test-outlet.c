/* test-outlet.c: where an article comes from: the page's URL, author, date
 * and outlet in the analysis (document.url, author, published, outlet)
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "byline-analysis.h"
#include "byline-export.h"
#include "byline-import.h"
#include "byline-store.h"
#include "byline-store-private.h"

/* The article body of every page: invented, a few sentences of news prose */
#define STORY \
  "<p>The harbour authority said on Monday that the northern pier would close for repairs " \
  "after inspectors found cracks in two of its supports during a routine survey.</p>" \
  "<p>Fishing crews who use the pier will moor at the southern quay until the work is " \
  "finished, which the authority expects to take about six weeks.</p>" \
  "<p>A spokesperson for the crews said they had asked for the repairs for years and " \
  "welcomed the decision, though some worried about the cost of the longer trips.</p>"

/* The analysis JSON's "document" of @data imported as a file named @name */
static JsonObject *
imported_document (const char        *data,
                   const char        *name,
                   BylineImportFormat format,
                   JsonNode         **root)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineImport) imp = byline_import_data (data, strlen (data), name, format, FALSE, &error);
  g_autoptr (BylineAnalysis) analysis = NULL;
  BylinePageMeta page;

  g_assert_no_error (error);
  page = byline_import_get_page (imp);
  analysis = byline_analysis_new_with_page (imp->text, &page);
  *root = byline_analysis_to_json (analysis);
  return json_object_get_object_member (json_node_get_object (*root), "document");
}

/* ... of @html imported as a page */
static JsonObject *
page_document (const char *html,
               JsonNode  **root)
{
  return imported_document (html, "page.html", BYLINE_IMPORT_FORMAT_HTML, root);
}

static JsonObject *
text_document (const char *text,
               JsonNode  **root)
{
  return imported_document (text, "story.txt", BYLINE_IMPORT_FORMAT_TEXT, root);
}

static void
test_find_outlet (void)
{
  static const struct
  {
    const char *publisher;
    const char *expect;  /* the lexicon's name, or NULL */
  } cases[] = {
    { "Press TV", "Press TV" },
    { "PressTV", "Press TV" },
    { "press-tv", "Press TV" },
    { "BBC News", "BBC" },
    { "Xinhua | English", "Xinhua News Agency" },
    { "Global Times Online", "Global Times" },
    { "The Guardian", "The Guardian" },
    { "Guardian", "The Guardian" },
    { "Anadolu Ajansı", "Anadolu Agency" },
    { "TASS - Russian News Agency", "TASS" },
    { "The Coast Post", NULL },
    { "Harbour Radio News", NULL },
    { "News", NULL },
    { "", NULL },
  };
  const BylineLexicon *lex = byline_lexicon_get ();

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const BylineLexEntry *e = byline_lexicon_find_outlet (lex, cases[i].publisher);

      g_test_message ("publisher %s", cases[i].publisher);
      g_assert_cmpstr (e ? e->name : NULL, ==, cases[i].expect);
      if (e != NULL)
        g_assert_true (e->kind == BYLINE_LEX_OUTLET);
    }
}

static void
test_find_outlet_host (void)
{
  static const struct
  {
    const char *host;
    const char *expect;
  } cases[] = {
    /* the domains the lexicon lists, and hosts under them */
    { "english.news.cn", "Xinhua News Agency" },
    { "www.tass.com", "TASS" },
    { "rt.com", "RT" },
    { "edition.cnn.com", "CNN" },
    { "www.bbc.co.uk", "BBC" },
    { "thestar.com.my", "The Star" },
    /* the host's own label, where no domain is listed */
    { "www.kyodonews.net", "Kyodo News" },
    { "haaretz.com", "Haaretz" },
    { "www.thehindu.com", "The Hindu" },
    /* an outlet with listed domains is not guessed from another one */
    { "thestar.com", NULL },
    /* a word that is also an outlet's name only when the lexicon says it is unambiguous */
    { "time.com", NULL },
    /* a country code that contradicts the outlet's country */
    { "haaretz.fr", NULL },
    { "example.com", NULL },
    { "localhost", NULL },
    { "", NULL },
  };
  const BylineLexicon *lex = byline_lexicon_get ();

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const BylineLexEntry *e = byline_lexicon_find_outlet_host (lex, cases[i].host);

      g_test_message ("host %s", cases[i].host);
      g_assert_cmpstr (e ? e->name : NULL, ==, cases[i].expect);
    }
}

static void
test_url_host (void)
{
  static const struct
  {
    const char *url;
    const char *expect;
  } cases[] = {
    { "https://www.Example.org/a/b?c=d", "example.org" },
    { "http://news.example.net:8080/x", "news.example.net" },
    { "https://user@example.com/", "example.com" },
    { "https://example.com.", "example.com" },
    { "file:///home/reader/story.html", NULL },
    { "/home/reader/story.html", NULL },
    { "not a url", NULL },
    { NULL, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *host = byline_url_get_host (cases[i].url);

      g_assert_cmpstr (host, ==, cases[i].expect);
    }
}

static void
test_page_state_media (void)
{
  g_autoptr (JsonNode) root = NULL;
  JsonObject *doc, *outlet;
  g_autofree char *line = NULL;

  doc = page_document ("<html><head><title>Pier to close - Press TV</title>"
                       "<meta property=\"og:site_name\" content=\"PressTV\">"
                       "<link rel=\"canonical\" href=\"https://www.presstv.ir/Detail/1\">"
                       "</head><body><article><h1>Pier to close</h1>" STORY "</article></body></html>",
                       &root);
  g_assert_cmpstr (json_object_get_string_member (doc, "url"), ==, "https://www.presstv.ir/Detail/1");
  outlet = json_object_get_object_member (doc, "outlet");
  g_assert_nonnull (outlet);
  g_assert_cmpstr (json_object_get_string_member (outlet, "name"), ==, "Press TV");
  g_assert_true (json_object_get_boolean_member (outlet, "state_media"));
  g_assert_nonnull (strstr (json_object_get_string_member (outlet, "reason"), "state broadcaster"));
  /* the schema stays: the members are optional additions */
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "schema"), ==,
                   "byline.analysis/1");

  line = byline_provenance_line (doc);
  g_assert_nonnull (strstr (line, "Press TV"));
  g_assert_nonnull (strstr (line, "state media"));
}

static void
test_page_state_media_by_url (void)
{
  g_autoptr (JsonNode) root = NULL;
  JsonObject *doc, *outlet;

  /* no publisher named: the canonical URL's site */
  doc = page_document ("<html><head><title>Pier to close</title>"
                       "<meta property=\"og:url\" content=\"https://english.news.cn/2024/pier.htm\">"
                       "</head><body><article><h1>Pier to close</h1>" STORY "</article></body></html>",
                       &root);
  outlet = json_object_get_object_member (doc, "outlet");
  g_assert_nonnull (outlet);
  g_assert_cmpstr (json_object_get_string_member (outlet, "name"), ==, "Xinhua News Agency");
  g_assert_true (json_object_get_boolean_member (outlet, "state_media"));
}

static void
test_page_not_state_media (void)
{
  g_autoptr (JsonNode) root = NULL;
  JsonObject *doc, *outlet;
  g_autofree char *line = NULL;

  doc = page_document ("<html><head><title>Pier to close</title>"
                       "<meta property=\"og:site_name\" content=\"BBC News\">"
                       "</head><body><article><h1>Pier to close</h1>" STORY "</article></body></html>",
                       &root);
  outlet = json_object_get_object_member (doc, "outlet");
  g_assert_cmpstr (json_object_get_string_member (outlet, "name"), ==, "BBC");
  g_assert_false (json_object_get_boolean_member (outlet, "state_media"));
  g_assert_nonnull (json_object_get_string_member (outlet, "reason"));
  line = byline_provenance_line (doc);
  g_assert_cmpstr (line, ==, "BBC");
}

static void
test_page_unknown_outlet (void)
{
  g_autoptr (JsonNode) root = NULL;
  JsonObject *doc, *outlet;

  /* a publisher the lexicon does not know: named, state media unknown */
  doc = page_document ("<html><head><title>Pier to close</title>"
                       "<meta property=\"og:site_name\" content=\"The Coast Post\">"
                       "<link rel=\"canonical\" href=\"https://coastpost.example/pier\">"
                       "</head><body><article><h1>Pier to close</h1>" STORY "</article></body></html>",
                       &root);
  outlet = json_object_get_object_member (doc, "outlet");
  g_assert_cmpstr (json_object_get_string_member (outlet, "name"), ==, "The Coast Post");
  g_assert_true (json_node_is_null (json_object_get_member (outlet, "state_media")));
  g_assert_true (json_node_is_null (json_object_get_member (outlet, "reason")));
}

static void
test_page_json_ld (void)
{
  g_autoptr (JsonNode) root = NULL;
  JsonObject *doc;
  g_autofree char *line = NULL;

  doc = page_document ("<html><head><title>Pier to close</title>"
                       "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", "
                       "\"@type\": \"NewsArticle\", \"headline\": \"Pier to close\", "
                       "\"author\": {\"@type\": \"Person\", \"name\": \"Mira Okafor\"}, "
                       "\"datePublished\": \"2021-03-08T09:30:00+01:00\", "
                       "\"publisher\": {\"@type\": \"Organization\", \"name\": \"Harbour Radio\"}}</script>"
                       "</head><body><article><h1>Pier to close</h1>" STORY "</article></body></html>",
                       &root);
  g_assert_cmpstr (json_object_get_string_member (doc, "author"), ==, "Mira Okafor");
  g_assert_cmpstr (json_object_get_string_member (doc, "published"), ==, "2021-03-08");
  g_assert_false (json_object_has_member (doc, "url"));
  line = byline_provenance_line (doc);
  g_assert_cmpstr (line, ==, "By Mira Okafor · Harbour Radio · published 2021-03-08");
}

static void
test_text_none (void)
{
  g_autoptr (JsonNode) root = NULL;
  JsonObject *doc;
  g_autofree char *line = NULL;

  doc = text_document ("Pier to close\n\nThe harbour authority said on Monday that the northern pier "
                       "would close for repairs after inspectors found cracks in its supports.\n",
                       &root);
  g_assert_false (json_object_has_member (doc, "url"));
  g_assert_false (json_object_has_member (doc, "author"));
  g_assert_false (json_object_has_member (doc, "published"));
  g_assert_false (json_object_has_member (doc, "outlet"));
  line = byline_provenance_line (doc);
  g_assert_null (line);
}

static void
test_text_byline (void)
{
  static const struct
  {
    const char *byline;
    const char *expect;
  } cases[] = {
    { "By Jane Roe", "Jane Roe" },
    { "BY TOMAS WEXLER and ANA LIMA", "TOMAS WEXLER and ANA LIMA" },
    { "Written by Priya Natarajan | Updated:", "Priya Natarajan" },
    { "By Karl Osei, Staff Reporter", "Karl Osei, Staff Reporter" },
    { "By: Lena Varga", "Lena Varga" },
    { "By the river bank", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (JsonNode) root = NULL;
      g_autofree char *text = g_strdup_printf ("Pier to close\n%s\n\nThe harbour authority said on Monday "
                                               "that the northern pier would close for repairs after "
                                               "inspectors found cracks in its supports.\n",
                                               cases[i].byline);
      JsonObject *doc = text_document (text, &root);

      g_test_message ("byline %s", cases[i].byline);
      if (cases[i].expect == NULL)
        g_assert_false (json_object_has_member (doc, "author"));
      else
        g_assert_cmpstr (json_object_get_string_member (doc, "author"), ==, cases[i].expect);
      g_assert_false (json_object_has_member (doc, "outlet"));
    }
}

static void
test_markdown_front_matter (void)
{
  static const char md[] = "---\ntitle: Pier to close\nauthor: Jon Bell\nurl: https://tass.com/society/1\n"
                           "date: 2022-05-04\n---\n\n# Pier to close\n\nThe harbour authority said on "
                           "Monday that the northern pier would close for repairs.\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineImport) imp = byline_import_data (md, strlen (md), "story.md",
                                                     BYLINE_IMPORT_FORMAT_MARKDOWN, FALSE, &error);
  g_autoptr (BylineAnalysis) analysis = NULL;
  BylinePageMeta page;

  g_assert_no_error (error);
  page = byline_import_get_page (imp);
  analysis = byline_analysis_new_with_page (imp->text, &page);
  g_assert_cmpstr (analysis->document->author, ==, "Jon Bell");
  g_assert_nonnull (analysis->document->outlet);
  g_assert_cmpstr (analysis->document->outlet->name, ==, "TASS");
  g_assert_true (analysis->document->outlet->state_media);
}

#define STATE_PAGE \
  "<html><head><title>Pier to close</title>" \
  "<meta property=\"og:site_name\" content=\"Press TV\">" \
  "<link rel=\"canonical\" href=\"https://www.presstv.ir/Detail/1\">" \
  "<meta name=\"author\" content=\"Mira Okafor\">" \
  "</head><body><article><h1>Pier to close</h1>" STORY "</article></body></html>"

static char *
export_string (BylineExportInput  *input,
               BylineExportFormat  format)
{
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;

  g_assert_true (byline_export_write (input, format, out, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, NULL);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The PDF's text through pdftotext, its white space squeezed; NULL without pdftotext */
static char *
pdf_text (BylineExportInput *input)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto (GStrv) words = NULL;
  const char *argv[] = { pdftotext, "-enc", "UTF-8", NULL, "-", NULL };
  int status;

  g_assert_true (byline_export_write (input, BYLINE_EXPORT_PDF, out, NULL, &error));
  g_assert_no_error (error);
  if (pdftotext == NULL)
    return NULL;
  g_output_stream_close (out, NULL, NULL);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  dir = g_dir_make_tmp ("byline-outlet-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "export.pdf", NULL);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  argv[3] = path;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (path);
  g_rmdir (dir);
  words = g_strsplit_set (text, " \n\t\f", -1);
  {
    GString *squeezed = g_string_new (NULL);
    for (guint i = 0; words[i] != NULL; i++)
      if (*words[i] != '\0')
        g_string_append_printf (squeezed, "%s%s", squeezed->len ? " " : "", words[i]);
    return g_string_free (squeezed, FALSE);
  }
}

static void
assert_exports_line (BylineExportInput *input)
{
  static const BylineExportFormat text_formats[] = {
    BYLINE_EXPORT_MARKDOWN, BYLINE_EXPORT_HTML, BYLINE_EXPORT_JSON,
  };
  g_autofree char *pdf = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (text_formats); i++)
    {
      g_autofree char *out = export_string (input, text_formats[i]);
      const char *title = strstr (out, "Pier to close");
      const char *line = strstr (out, "By Mira Okafor · Press TV — state media: ");

      g_test_message ("format %s", byline_export_format_to_string (text_formats[i]));
      g_assert_nonnull (title);
      g_assert_nonnull (line);
      /* under the title, before the source */
      g_assert_true (line > title);
      g_assert_true (strstr (out, "https://www.presstv.ir/Detail/1") > line);
    }
  pdf = pdf_text (input);
  if (pdf != NULL)
    g_assert_nonnull (strstr (pdf, "By Mira Okafor · Press TV — state media: "));
}

static void
test_export_line (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineImport) imp = byline_import_data (STATE_PAGE, strlen (STATE_PAGE), "page.html",
                                                     BYLINE_IMPORT_FORMAT_HTML, FALSE, &error);
  g_autoptr (BylineExportInput) input = NULL;
  BylinePageMeta page;

  g_assert_no_error (error);
  page = byline_import_get_page (imp);
  input = byline_export_input_new_from_page (imp->text, imp->title, imp->url, &page);
  assert_exports_line (input);
}

static void
test_export_no_line (void)
{
  static const char text[] = "Pier to close\n\nThe harbour authority said on Monday that the northern pier "
                             "would close for repairs after inspectors found cracks in its supports.\n";
  g_autoptr (BylineText) t = byline_text_new_from_data (text, strlen (text), "story.txt", FALSE, NULL);
  g_autoptr (BylineExportInput) input = byline_export_input_new_from_text (t, NULL, NULL);
  g_autofree char *md = export_string (input, BYLINE_EXPORT_MARKDOWN);
  g_autofree char *json = export_string (input, BYLINE_EXPORT_JSON);

  g_assert_null (strstr (md, "— state media"));
  g_assert_null (strstr (json, "\"provenance\""));
}

/* The library keeps what the page said, so the analysis it makes again later
 * (after the analyser changed) still has the outlet */
static void
test_store_keeps_page (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("byline-outlet-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr (BylineImport) imp = byline_import_data (STATE_PAGE, strlen (STATE_PAGE), "page.html",
                                                     BYLINE_IMPORT_FORMAT_HTML, FALSE, &error);
  BylinePageMeta page = byline_import_get_page (imp);

  g_assert_no_error (error);
  for (int round = 0; round < 2; round++)
    {
      g_autoptr (BylineStore) store = byline_store_open (path, &error);
      g_autoptr (JsonNode) analysis = NULL;
      g_autoptr (BylineExportInput) input = NULL;
      JsonObject *doc, *outlet;
      gint64 id;

      g_assert_no_error (error);
      if (round == 0)
        {
          id = byline_store_add_article_with_page (store, imp->text, imp->title, imp->url, "html",
                                                   &page, NULL, &error);
          g_assert_no_error (error);
          g_assert_cmpint (id, ==, 1);
        }
      else
        {
          /* as if the analyser had changed: the cached analysis is made again */
          g_assert_true (_byline_store_exec (store, "UPDATE articles SET analysis_version = 'old'", &error));
          g_assert_no_error (error);
          id = 1;
        }
      analysis = byline_store_dup_analysis (store, id, TRUE, &error);
      g_assert_no_error (error);
      doc = json_object_get_object_member (json_node_get_object (analysis), "document");
      g_assert_cmpstr (json_object_get_string_member (doc, "author"), ==, "Mira Okafor");
      g_assert_cmpstr (json_object_get_string_member (doc, "url"), ==, "https://www.presstv.ir/Detail/1");
      outlet = json_object_get_object_member (doc, "outlet");
      g_assert_nonnull (outlet);
      g_assert_true (json_object_get_boolean_member (outlet, "state_media"));
      input = byline_export_input_new_from_store (store, id, &error);
      g_assert_no_error (error);
      assert_exports_line (input);
    }
  /* the same text added again as a plain text keeps what its page said */
  {
    g_autoptr (BylineStore) store = byline_store_open (path, &error);
    g_autoptr (JsonNode) analysis = NULL;
    BylineAddOutcome outcome;

    g_assert_no_error (error);
    g_assert_cmpint (byline_store_add_article (store, imp->text, NULL, NULL, "text", NULL, &outcome, &error),
                     ==, 1);
    g_assert_cmpint (outcome, ==, BYLINE_ADD_EXISTING);
    analysis = byline_store_dup_analysis (store, 1, TRUE, &error);
    g_assert_no_error (error);
    g_assert_true (json_object_has_member (json_object_get_object_member (json_node_get_object (analysis),
                                                                          "document"), "outlet"));
  }
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
}

/* A text first added with nothing of its page (an older library, a paste),
 * then opened from its page: the library keeps what the page says */
static void
test_store_page_later (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("byline-outlet-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr (BylineImport) imp = byline_import_data (STATE_PAGE, strlen (STATE_PAGE), "page.html",
                                                     BYLINE_IMPORT_FORMAT_HTML, FALSE, &error);
  BylinePageMeta page = byline_import_get_page (imp);
  g_autoptr (BylineStore) store = NULL;
  g_autoptr (JsonNode) before = NULL;
  g_autoptr (JsonNode) after = NULL;
  BylineAddOutcome outcome;
  JsonObject *doc;

  g_assert_no_error (error);
  store = byline_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (byline_store_add_article (store, imp->text, NULL, NULL, "text", NULL, NULL, &error), ==, 1);
  before = byline_store_dup_analysis (store, 1, TRUE, &error);
  g_assert_no_error (error);
  doc = json_object_get_object_member (json_node_get_object (before), "document");
  g_assert_false (json_object_has_member (doc, "outlet"));

  g_assert_cmpint (byline_store_add_article_with_page (store, imp->text, NULL, imp->url, "html", &page,
                                                       &outcome, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpint (outcome, ==, BYLINE_ADD_EXISTING);
  after = byline_store_dup_analysis (store, 1, TRUE, &error);
  g_assert_no_error (error);
  doc = json_object_get_object_member (json_node_get_object (after), "document");
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (doc, "outlet"), "state_media"));

  g_clear_pointer (&store, byline_store_close);
  for (const char *const *ext = (const char *const[]) { "", "-wal", "-shm", NULL }; *ext; ext++)
    {
      g_autofree char *f = g_strconcat (path, *ext, NULL);
      g_unlink (f);
    }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/outlet/lexicon/names", test_find_outlet);
  g_test_add_func ("/outlet/lexicon/hosts", test_find_outlet_host);
  g_test_add_func ("/outlet/url-host", test_url_host);
  g_test_add_func ("/outlet/page/state-media", test_page_state_media);
  g_test_add_func ("/outlet/page/state-media-by-url", test_page_state_media_by_url);
  g_test_add_func ("/outlet/page/not-state-media", test_page_not_state_media);
  g_test_add_func ("/outlet/page/unknown-outlet", test_page_unknown_outlet);
  g_test_add_func ("/outlet/page/json-ld", test_page_json_ld);
  g_test_add_func ("/outlet/text/none", test_text_none);
  g_test_add_func ("/outlet/text/byline", test_text_byline);
  g_test_add_func ("/outlet/markdown/front-matter", test_markdown_front_matter);
  g_test_add_func ("/outlet/export/line", test_export_line);
  g_test_add_func ("/outlet/export/no-line", test_export_no_line);
  g_test_add_func ("/outlet/store/keeps-page", test_store_keeps_page);
  g_test_add_func ("/outlet/store/page-later", test_store_page_later);
  return g_test_run ();
}
