/* byline-preferences.h: the preferences window
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_PREFERENCES (byline_preferences_get_type ())

G_DECLARE_FINAL_TYPE (BylinePreferences, byline_preferences, BYLINE, PREFERENCES, AdwPreferencesWindow)

GtkWidget *byline_preferences_new (GSettings *settings);

G_END_DECLS
