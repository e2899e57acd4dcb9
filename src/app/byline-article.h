/* byline-article.h: the article open in a window, apart from its view
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-store.h"

G_BEGIN_DECLS

/* BylineArticle is the store's row of an article; this is the article a
 * window has open: its load off the main thread, its entities, its library */
#define BYLINE_TYPE_LOADED_ARTICLE (byline_loaded_article_get_type ())

G_DECLARE_FINAL_TYPE (BylineLoadedArticle, byline_loaded_article, BYLINE, LOADED_ARTICLE, GObject)

BylineLoadedArticle *byline_loaded_article_new           (const char          *library);
gint64               byline_loaded_article_get_id        (BylineLoadedArticle *self);
BylineStore         *byline_loaded_article_get_store     (BylineLoadedArticle *self);
BylineStore         *byline_loaded_article_ensure_store  (BylineLoadedArticle *self,
                                                          GError             **error);
void                 byline_loaded_article_cancel        (BylineLoadedArticle *self);
void                 byline_loaded_article_close         (BylineLoadedArticle *self);
void                 byline_loaded_article_forget_entities (BylineLoadedArticle *self);

G_END_DECLS
