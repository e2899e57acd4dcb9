/* byline-window.h: the reading window: the article, its highlights and the sidebar
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-export.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_WINDOW (byline_window_get_type ())

G_DECLARE_FINAL_TYPE (BylineWindow, byline_window, BYLINE, WINDOW, AdwApplicationWindow)

BylineWindow *byline_window_new            (GtkApplication *application,
                                            const char     *library);
void          byline_window_open           (BylineWindow   *self,
                                            GFile          *file);
void          byline_window_open_text      (BylineWindow   *self,
                                            const char     *text);
void          byline_window_open_article   (BylineWindow   *self,
                                            gint64          id);
void          byline_window_show_library   (BylineWindow   *self,
                                            const char     *query);
gboolean      byline_window_get_loading    (BylineWindow   *self);
gint64        byline_window_get_article    (BylineWindow   *self);
GListModel   *byline_window_get_page       (BylineWindow   *self,
                                            const char     *name);
GListModel   *byline_window_get_library    (BylineWindow   *self);
gboolean      byline_window_activate_item  (BylineWindow   *self,
                                            const char     *page,
                                            guint           position);
gint64        byline_window_add_note       (BylineWindow   *self,
                                            guint           start,
                                            guint           end,
                                            const char     *body,
                                            int             kind,
                                            const char     *tags,
                                            GError        **error);
gboolean      byline_window_update_note    (BylineWindow   *self,
                                            gint64          id,
                                            const char     *body,
                                            int             kind,
                                            const char     *tags,
                                            GError        **error);
gboolean      byline_window_delete_note    (BylineWindow   *self,
                                            gint64          id);
gint64        byline_window_correct_entity (BylineWindow   *self,
                                            guint           offset,
                                            const char     *type,
                                            GError        **error);
gint64        byline_window_correct_quote  (BylineWindow   *self,
                                            guint           position,
                                            const char     *speaker,
                                            GError        **error);
GtkTextView  *byline_window_get_text_view  (BylineWindow   *self);
const char   *byline_window_get_coverage   (BylineWindow   *self);
const char   *byline_window_get_error      (BylineWindow   *self);
const char   *byline_window_get_provenance (BylineWindow   *self);
gboolean      byline_window_export         (BylineWindow       *self,
                                            GFile              *file,
                                            BylineExportFormat  format,
                                            BylineExportFlags   flags,
                                            GError            **error);
guint         byline_window_get_exporting  (BylineWindow   *self);
GtkFileChooser *byline_window_get_export_dialog (BylineWindow *self);
void          byline_window_show_start     (BylineWindow       *self);
gboolean      byline_window_import_notes   (BylineWindow   *self,
                                            GFile          *file,
                                            GError        **error);
gboolean      byline_window_open_lesson    (BylineWindow   *self,
                                            GFile          *file);
void          byline_window_stop_exercise  (BylineWindow   *self);
GtkWidget    *byline_window_get_exercise_panel (BylineWindow *self);

G_END_DECLS
