/* byline-export-across.h: the cross-article views as files: two reports
 * compared (Markdown, HTML, JSON, PDF), the meetings network (GraphML, CSV)
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "byline-export.h"

G_BEGIN_DECLS

typedef enum
{
  BYLINE_GRAPH_GRAPHML,
  BYLINE_GRAPH_CSV,
} BylineGraphFormat;

GBytes   *byline_export_comparison   (JsonNode           *comparison,
                                      BylineExportFormat  format,
                                      GError            **error);
GBytes   *byline_export_tag_comparison (JsonNode           *comparison,
                                        BylineExportFormat  format,
                                        GError            **error);
char     *byline_export_graph        (JsonNode           *graph,
                                      BylineGraphFormat   format);
gboolean  byline_graph_format_from_string (const char    *name,
                                           BylineGraphFormat *format);

G_END_DECLS
