/* byline-settings.h: the app.byline.Byline settings, when they are installed
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GSettings *byline_settings_new            (void);
void       byline_settings_show_highlight (GSettings  *settings,
                                           const char *type,
                                           gboolean    shown);

G_END_DECLS
