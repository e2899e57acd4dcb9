/* byline-classroom-private.h: JSON reading and writing that lessons and responses share
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "byline-classroom.h"

G_BEGIN_DECLS

JsonParser *_byline_classroom_parse       (const char    *data,
                                           gssize         len,
                                           const char    *name,
                                           const char    *family,
                                           JsonObject   **root,
                                           GError       **error);
gboolean    _byline_classroom_save        (JsonNode      *root,
                                           const char    *path,
                                           GError       **error);
gboolean    _byline_json_string           (JsonObject    *o,
                                           const char    *member,
                                           gboolean       required,
                                           const char   **value,
                                           const char    *name,
                                           const char    *where,
                                           GError       **error);
gboolean    _byline_json_uint             (JsonObject    *o,
                                           const char    *member,
                                           guint32       *value,
                                           const char    *name,
                                           const char    *where,
                                           GError       **error);
gboolean    _byline_json_bool             (JsonObject    *o,
                                           const char    *member,
                                           gboolean      *value,
                                           const char    *name,
                                           const char    *where,
                                           GError       **error);
JsonArray  *_byline_json_array            (JsonObject    *o,
                                           const char    *member,
                                           const char    *name,
                                           const char    *where,
                                           GError       **error);
gboolean    _byline_mark_from_json        (JsonNode      *node,
                                           BylineMark    *mark,
                                           gsize          n_chars,
                                           const char    *name,
                                           const char    *where,
                                           GError       **error);
void        _byline_mark_to_json          (JsonBuilder   *builder,
                                           const BylineMark *mark);
void        _byline_json_add_nullable     (JsonBuilder   *builder,
                                           const char    *member,
                                           const char    *value);
char       *_byline_classroom_now         (void);

G_END_DECLS
