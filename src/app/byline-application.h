/* byline-application.h: the Byline application: one instance, windows, actions
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BYLINE_APPLICATION_ID "app.byline.Byline"
#define BYLINE_TYPE_APPLICATION (byline_application_get_type ())

G_DECLARE_FINAL_TYPE (BylineApplication, byline_application, BYLINE, APPLICATION, AdwApplication)

BylineApplication *byline_application_new (void);

G_END_DECLS
