/* byline-export-html-text.h: text from the article or the reader put into
 * HTML, for every HTML writer (byline-export-html.c, byline-export-across.c)
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @s escaped, a run with bidirectional controls isolated in <bdi> so that an
 * override cannot reach past it */
void _byline_export_html_append_escaped (GString    *out,
                                         const char *s,
                                         gssize      len);
/* <tag class="cls">escaped text</tag>; a title's controls are dropped */
void _byline_export_html_append_element (GString    *out,
                                         const char *tag,
                                         const char *cls,
                                         const char *text);

G_END_DECLS
