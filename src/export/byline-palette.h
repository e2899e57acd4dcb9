/* byline-palette.h: the highlight colours, defined once
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a stretch of text is highlighted as. The first seven are the entity
 * types in the order of BylineEntityType (OTHER has no highlight). */
typedef enum
{
  BYLINE_HIGHLIGHT_PERSON,
  BYLINE_HIGHLIGHT_ORG,
  BYLINE_HIGHLIGHT_PLACE,
  BYLINE_HIGHLIGHT_NORP,
  BYLINE_HIGHLIGHT_DATE,
  BYLINE_HIGHLIGHT_MONEY,
  BYLINE_HIGHLIGHT_QUANTITY,
  BYLINE_HIGHLIGHT_QUOTE,
  BYLINE_HIGHLIGHT_HEDGE,
  BYLINE_HIGHLIGHT_LOADED,
  BYLINE_HIGHLIGHT_NOTE,
  BYLINE_N_HIGHLIGHTS
} BylineHighlight;

/* sRGB, and the opacity in percent: 0 means the colour is not set */
typedef struct
{
  guint8 red;
  guint8 green;
  guint8 blue;
  guint8 alpha;
} BylineColour;

/* Each highlight has a colour and a second cue (a line, a style, a weight:
 * WCAG 1.4.1); the second cues are each medium's own, the colours are these.
 * The window's text tags, the HTML export and ui/style.css's legend use them;
 * tests/test-palette.c checks style.css against this table. */
typedef struct
{
  const char   *name;        /* the CSS class: "entity-person", "quote", "note" */
  BylineColour  background;
  BylineColour  line;        /* the underline's or overline's colour */
  BylineColour  text;        /* the text's own colour */
} BylinePaletteEntry;

const BylinePaletteEntry *byline_palette_get          (BylineHighlight     highlight);
/* "rgba(53,132,228,0.20)", or "#c01c28" when opaque; NULL when not set */
char                     *byline_colour_to_css        (const BylineColour *colour);
/* red, green, blue and alpha from 0 to 1, for a GdkRGBA */
void                      byline_colour_to_doubles    (const BylineColour *colour,
                                                       double              rgba[4]);

G_END_DECLS
