/* byline-analysis-json.c: an analysis as a JSON tree, and the provenance
 * line of a stored one
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parts of the analysis API that need json-glib, kept apart from
 * byline-analysis.c so that the analysis of a text (byline-cli) links GLib
 * alone.
 */

#define G_LOG_DOMAIN "byline-analysis"

#include "config.h"

#include "byline-analysis.h"
#include "byline-input.h"

/**
 * byline_analysis_to_json:
 *
 * Returns: (transfer full): the analysis as a JSON tree, for callers that
 * want to walk it; the same document byline_analysis_write_json () writes
 */
JsonNode *
byline_analysis_to_json (const BylineAnalysis *self)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GError) error = NULL;

  byline_analysis_write_json (self, out);
  if (!json_parser_load_from_data (parser, out->str, (gssize) out->len, &error))
    g_error ("byline_analysis_write_json () wrote invalid JSON: %s", error->message);
  return json_node_ref (json_parser_get_root (parser));
}

/**
 * byline_provenance_line:
 * @document: (nullable): the "document" object of the analysis JSON
 *
 * The line under an article's title that says where it comes from: its
 * author, its outlet (and whether that is state media, and why) and its date
 * of publication, from the page's metadata.
 *
 * Returns: (transfer full) (nullable): "By Jane Doe · Press TV — state media:
 *   … · 2013-12-11", or NULL when the document says nothing of it
 */
char *
byline_provenance_line (JsonObject *document)
{
  JsonObject *outlet = byline_json_get_object (document, "outlet");
  JsonNode *sm = byline_json_get_member (outlet, "state_media");
  int state_media = sm != NULL && JSON_NODE_HOLDS_VALUE (sm) && json_node_get_value_type (sm) == G_TYPE_BOOLEAN
                    ? json_node_get_boolean (sm) : -1;

  if (document == NULL)
    return NULL;
  return byline_provenance_line_for (byline_json_get_string (document, "author"),
                                     byline_json_get_string (outlet, "name"), state_media,
                                     byline_json_get_string (outlet, "reason"),
                                     byline_json_get_string (document, "published"));
}
