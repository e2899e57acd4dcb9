/* byline-people.h: people, meetings and events across the library's articles
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "byline-store.h"

G_BEGIN_DECLS

/* Every view is a JSON tree (the CLI prints it, the window and the exports
 * read it); the shapes are described above each function in byline-people.c
 * (people), byline-people-timeline.c (the timeline, the network) and
 * byline-compare.c (comparisons).
 * @tag, where taken, limits the view to the articles with that tag (on the
 * article or on one of its notes). */

gboolean  byline_store_refresh_people  (BylineStore *self,
                                        GError     **error);
gint64    byline_store_get_data_version (BylineStore *self);
JsonNode *byline_store_list_people     (BylineStore *self,
                                        const char  *tag,
                                        const char  *type,
                                        GError     **error);
JsonNode *byline_store_get_person      (BylineStore *self,
                                        const char  *name,
                                        GError     **error);
gboolean  byline_store_merge_people    (BylineStore *self,
                                        const char  *from,
                                        const char  *into,
                                        GError     **error);
gboolean  byline_store_split_person    (BylineStore *self,
                                        const char  *name,
                                        const char  *variant,
                                        GError     **error);
JsonNode *byline_store_timeline        (BylineStore *self,
                                        const char  *tag,
                                        const char  *person,
                                        const char  *country,
                                        const char  *kind,
                                        GError     **error);
JsonNode *byline_store_article_timeline (BylineStore *self,
                                         gint64       article,
                                         GError     **error);
JsonNode *byline_store_meetings_graph  (BylineStore *self,
                                        const char  *tag,
                                        GError     **error);
JsonNode *byline_store_compare         (BylineStore *self,
                                        gint64       a,
                                        gint64       b,
                                        GError     **error);
JsonNode *byline_store_compare_tag     (BylineStore *self,
                                        const char  *tag,
                                        GError     **error);

/* The key under which name variants of one person meet: without accents,
 * titles and roles, transliteration variants folded ("Russian Foreign
 * Minister Sergey Lavrov" and "Sergei Lavrov" are "sergei lavrov") */
char     *byline_people_fold_name      (const char  *name,
                                        const char  *type);

G_END_DECLS
