/* byline-window.h: the reading window: the article, its highlights and the sidebar
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_WINDOW (byline_window_get_type ())

G_DECLARE_FINAL_TYPE (BylineWindow, byline_window, BYLINE, WINDOW, AdwApplicationWindow)

BylineWindow *byline_window_new        (GtkApplication *application,
                                        const char     *library);
void          byline_window_open       (BylineWindow *self,
                                        GFile        *file);
void          byline_window_show_start (BylineWindow *self);

G_END_DECLS
