/* byline-input.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define BYLINE_INPUT_ERROR (byline_input_error_quark ())

typedef enum
{
  BYLINE_INPUT_ERROR_IO,
  BYLINE_INPUT_ERROR_NOT_REGULAR,
  BYLINE_INPUT_ERROR_TOO_LARGE,
  BYLINE_INPUT_ERROR_TOO_DEEP,
  BYLINE_INPUT_ERROR_PARSE,
} BylineInputError;

/* 256 MB; BYLINE_MAX_INPUT_MB or byline_input_set_max_size () raise it */
#define BYLINE_INPUT_DEFAULT_MAX_SIZE ((gsize) 256 * 1024 * 1024)
/* far deeper than any file Byline writes (about 6), far shallower than the
 * recursion json-glib can survive */
#define BYLINE_JSON_MAX_DEPTH 200

GQuark    byline_input_error_quark    (void);
gsize     byline_input_get_max_size   (void);
void      byline_input_set_max_size   (gsize        bytes);
gboolean  byline_input_read           (const char  *path,
                                       char       **contents,
                                       gsize       *len,
                                       GError     **error);
gboolean  byline_json_check_shape     (const char  *data,
                                       gsize        len,
                                       GError     **error);
JsonNode *byline_json_parse           (const char  *data,
                                       gssize       len,
                                       GError     **error);
gboolean  byline_json_check_analysis  (JsonNode    *root,
                                       gsize        n_chars,
                                       GError     **error);
gboolean  byline_json_check_analysis_item (JsonNode    *item,
                                           const char  *list,
                                           guint        index,
                                           gsize        n_chars,
                                           GError     **error);
/* Members of JSON read from a file, which may hold anything: each is NULL
 * (FALSE) unless the member is there with that type. (json-glib's
 * json_object_get_*_member_with_default () fit JSON already checked: on a
 * member of another type they complain.) */
JsonNode   *byline_json_get_member (JsonObject  *o,
                                    const char  *member);
const char *byline_json_get_string (JsonObject  *o,
                                    const char  *member);
JsonObject *byline_json_get_object (JsonObject  *o,
                                    const char  *member);
JsonArray  *byline_json_get_array  (JsonObject  *o,
                                    const char  *member);
/* a whole number, or a real one cut to one */
gboolean    byline_json_get_int    (JsonObject  *o,
                                    const char  *member,
                                    gint64      *value);
gint64      byline_json_get_number (JsonObject  *o,
                                    const char  *member);
JsonObject *byline_json_array_get_object (JsonArray *a,
                                          guint      i);
char     *byline_escape_terminal      (const char  *text);

G_END_DECLS
