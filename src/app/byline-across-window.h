/* byline-across-window.h: the library across its articles: people, a
 * timeline, who met whom, and two reports side by side
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_ACROSS_WINDOW (byline_across_window_get_type ())

G_DECLARE_FINAL_TYPE (BylineAcrossWindow, byline_across_window, BYLINE, ACROSS_WINDOW, AdwWindow)

BylineAcrossWindow *byline_across_window_new       (GtkWindow          *parent,
                                                    const char         *library);
void                byline_across_window_show_page (BylineAcrossWindow *self,
                                                    const char         *page);
void                byline_across_window_refresh   (BylineAcrossWindow *self);
GListModel         *byline_across_window_get_model (BylineAcrossWindow *self,
                                                    const char         *name);
gboolean            byline_across_window_activate  (BylineAcrossWindow *self,
                                                    const char         *name,
                                                    guint               position);
gboolean            byline_across_window_select    (BylineAcrossWindow *self,
                                                    const char         *name,
                                                    guint               position);
void                byline_across_window_set_filter (BylineAcrossWindow *self,
                                                     const char         *person,
                                                     const char         *country,
                                                     guint               kind);
void                byline_across_window_merge     (BylineAcrossWindow *self,
                                                    const char         *from);
void                byline_across_window_split     (BylineAcrossWindow *self,
                                                    guint               variant);
gboolean            byline_across_window_export_comparison (BylineAcrossWindow *self,
                                                            GFile              *file,
                                                            GError            **error);
void                byline_across_window_set_open_article_only (BylineAcrossWindow *self,
                                                                gboolean            only);
void                byline_across_window_compare   (BylineAcrossWindow *self,
                                                    guint               a,
                                                    guint               b);

G_END_DECLS
