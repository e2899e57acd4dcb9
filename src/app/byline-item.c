/* byline-item.c: one row of a sidebar page: a quote, claim, meeting, entity or note
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-item"

#include "config.h"

#include "byline-item.h"

struct _BylineItem
{
  GObject  parent_instance;
  char    *title;     /* the speaker, the attribution, the participants, the name */
  char    *subtitle;  /* the words, the place and date, the role */
  char    *badge;     /* the kind: "direct", "state media", "PERSON", "question" */
  guint    start;     /* the span in the article, code points */
  guint    end;
  gint64   id;        /* a note's id in the library; 0 for the rest */
  gboolean orphaned;  /* a note whose passage is no longer in the text */
};

G_DEFINE_FINAL_TYPE (BylineItem, byline_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_BADGE,
  PROP_START,
  PROP_END,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
byline_item_finalize (GObject *object)
{
  BylineItem *self = BYLINE_ITEM (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->badge);
  G_OBJECT_CLASS (byline_item_parent_class)->finalize (object);
}

static void
byline_item_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BylineItem *self = BYLINE_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_BADGE:
      g_value_set_string (value, self->badge);
      break;
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_item_class_init (BylineItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = byline_item_finalize;
  object_class->get_property = byline_item_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BADGE] = g_param_spec_string ("badge", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_START] = g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_END] = g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_item_init (BylineItem *self)
{
}

BylineItem *
byline_item_new (const char *title,
                 const char *subtitle,
                 const char *badge,
                 guint       start,
                 guint       end)
{
  BylineItem *self = g_object_new (BYLINE_TYPE_ITEM, NULL);

  self->title = g_strdup (title != NULL ? title : "");
  self->subtitle = g_strdup (subtitle != NULL ? subtitle : "");
  self->badge = g_strdup (badge != NULL ? badge : "");
  self->start = start;
  self->end = end;
  return self;
}

const char *
byline_item_get_title (BylineItem *self)
{
  g_return_val_if_fail (BYLINE_IS_ITEM (self), NULL);
  return self->title;
}

const char *
byline_item_get_subtitle (BylineItem *self)
{
  g_return_val_if_fail (BYLINE_IS_ITEM (self), NULL);
  return self->subtitle;
}

const char *
byline_item_get_badge (BylineItem *self)
{
  g_return_val_if_fail (BYLINE_IS_ITEM (self), NULL);
  return self->badge;
}

guint
byline_item_get_start (BylineItem *self)
{
  g_return_val_if_fail (BYLINE_IS_ITEM (self), 0);
  return self->start;
}

guint
byline_item_get_end (BylineItem *self)
{
  g_return_val_if_fail (BYLINE_IS_ITEM (self), 0);
  return self->end;
}

gint64
byline_item_get_id (BylineItem *self)
{
  g_return_val_if_fail (BYLINE_IS_ITEM (self), 0);
  return self->id;
}

void
byline_item_set_id (BylineItem *self,
                    gint64      id)
{
  g_return_if_fail (BYLINE_IS_ITEM (self));
  self->id = id;
}

/* A note whose passage is no longer in the text: listed, but placed nowhere */
void
byline_item_set_orphaned (BylineItem *self,
                          gboolean    orphaned)
{
  g_return_if_fail (BYLINE_IS_ITEM (self));
  self->orphaned = !!orphaned;
}

gboolean
byline_item_get_orphaned (BylineItem *self)
{
  g_return_val_if_fail (BYLINE_IS_ITEM (self), FALSE);
  return self->orphaned;
}
