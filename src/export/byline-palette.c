/* byline-palette.c: the highlight colours, defined once
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-palette"

#include "config.h"

#include "byline-palette.h"

#define NONE { 0, 0, 0, 0 }

static const BylinePaletteEntry palette[BYLINE_N_HIGHLIGHTS] = {
  [BYLINE_HIGHLIGHT_PERSON] = { "entity-person", { 53, 132, 228, 20 }, NONE, NONE },
  [BYLINE_HIGHLIGHT_ORG] = { "entity-org", { 145, 65, 172, 20 }, NONE, NONE },
  [BYLINE_HIGHLIGHT_PLACE] = { "entity-place", { 38, 162, 105, 22 }, NONE, NONE },
  [BYLINE_HIGHLIGHT_NORP] = { "entity-norp", { 229, 165, 10, 25 }, { 140, 97, 0, 100 }, NONE },
  [BYLINE_HIGHLIGHT_DATE] = { "entity-date", { 255, 120, 0, 20 }, NONE, NONE },
  [BYLINE_HIGHLIGHT_MONEY] = { "entity-money", { 192, 28, 40, 16 }, NONE, NONE },
  [BYLINE_HIGHLIGHT_QUANTITY] = { "entity-quantity", { 192, 28, 40, 10 }, NONE, NONE },
  [BYLINE_HIGHLIGHT_QUOTE] = { "quote", NONE, NONE, { 28, 79, 143, 100 } },
  [BYLINE_HIGHLIGHT_HEDGE] = { "hedge", NONE, { 119, 119, 119, 100 }, NONE },
  [BYLINE_HIGHLIGHT_LOADED] = { "loaded", NONE, { 192, 28, 40, 100 }, NONE },
  [BYLINE_HIGHLIGHT_NOTE] = { "note", { 246, 211, 45, 45 }, { 229, 165, 10, 100 }, NONE },
};

const BylinePaletteEntry *
byline_palette_get (BylineHighlight highlight)
{
  g_return_val_if_fail (highlight < BYLINE_N_HIGHLIGHTS, NULL);
  return &palette[highlight];
}

char *
byline_colour_to_css (const BylineColour *colour)
{
  g_return_val_if_fail (colour != NULL, NULL);

  if (colour->alpha == 0)
    return NULL;
  if (colour->alpha >= 100)
    return g_strdup_printf ("#%02x%02x%02x", colour->red, colour->green, colour->blue);
  return g_strdup_printf ("rgba(%u,%u,%u,0.%02u)", colour->red, colour->green, colour->blue, colour->alpha);
}

void
byline_colour_to_doubles (const BylineColour *colour,
                          double              rgba[4])
{
  g_return_if_fail (colour != NULL);

  rgba[0] = colour->red / 255.0;
  rgba[1] = colour->green / 255.0;
  rgba[2] = colour->blue / 255.0;
  rgba[3] = MIN (colour->alpha, 100) / 100.0;
}
