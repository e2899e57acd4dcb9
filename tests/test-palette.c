/* test-palette.c: the highlight colours are defined once; ui/style.css agrees
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-palette.h"

static const BylinePaletteEntry *
entry_named (const char *name)
{
  for (guint h = 0; h < BYLINE_N_HIGHLIGHTS; h++)
    if (g_str_equal (byline_palette_get (h)->name, name))
      return byline_palette_get (h);
  return NULL;
}

static void
parse_colour (const char   *css,
              BylineColour *colour)
{
  g_autoptr (GRegex) rgba = g_regex_new ("^rgba\\(\\s*(\\d+),\\s*(\\d+),\\s*(\\d+),\\s*0?\\.(\\d\\d)\\s*\\)$", 0, 0, NULL);
  g_autoptr (GRegex) hex = g_regex_new ("^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$", 0, 0, NULL);
  g_autoptr (GMatchInfo) m = NULL;

  if (g_regex_match (rgba, css, 0, &m))
    {
      for (int i = 0; i < 4; i++)
        {
          g_autofree char *n = g_match_info_fetch (m, i + 1);

          ((guint8 *) colour)[i] = (guint8) atoi (n);
        }
      return;
    }
  g_clear_pointer (&m, g_match_info_free);
  if (g_regex_match (hex, css, 0, &m))
    {
      for (int i = 0; i < 3; i++)
        {
          g_autofree char *n = g_match_info_fetch (m, i + 1);

          ((guint8 *) colour)[i] = (guint8) g_ascii_strtoull (n, NULL, 16);
        }
      colour->alpha = 100;
      return;
    }
  g_error ("style.css: a colour the test cannot read: %s", css);
}

static void
assert_same (const char         *rule,
             const char         *what,
             const BylineColour *css,
             const BylineColour *palette)
{
  g_test_message ("%s %s: %u,%u,%u,%u", rule, what, css->red, css->green, css->blue, css->alpha);
  if (css->red != palette->red || css->green != palette->green || css->blue != palette->blue
      || css->alpha != palette->alpha)
    g_error ("style.css: .legend .%s: its %s is not the palette's (byline-palette.c): "
             "%u,%u,%u at %u%% there", rule, what, palette->red, palette->green, palette->blue, palette->alpha);
}

/* Every colour of the legend's rules in ui/style.css is the palette's */
static void
test_style_css (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "ui", "style.css", NULL);
  g_autofree char *css = NULL;
  g_autoptr (GRegex) rule = g_regex_new ("^\\.legend \\.([a-z-]+) \\{([^}]*)\\}", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr (GRegex) background = g_regex_new ("background:\\s*([^;]+);", 0, 0, NULL);
  g_autoptr (GRegex) line = g_regex_new ("text-decoration-color:\\s*(#[0-9a-fA-F]{6}|rgba\\([^)]*\\));", 0, 0, NULL);
  g_autoptr (GMatchInfo) m = NULL;
  guint rules = 0;

  g_assert_true (g_file_get_contents (path, &css, NULL, NULL));
  g_regex_match (rule, css, 0, &m);
  for (; g_match_info_matches (m); g_match_info_next (m, NULL), rules++)
    {
      g_autofree char *name = g_match_info_fetch (m, 1);
      g_autofree char *body = g_match_info_fetch (m, 2);
      const BylinePaletteEntry *entry = entry_named (name);
      g_autoptr (GMatchInfo) bm = NULL;
      g_autoptr (GMatchInfo) lm = NULL;

      if (entry == NULL)
        g_error ("style.css: .legend .%s is no highlight of the palette", name);
      if (g_regex_match (background, body, 0, &bm))
        {
          g_autofree char *value = g_match_info_fetch (bm, 1);
          BylineColour c;

          parse_colour (value, &c);
          assert_same (name, "background", &c, &entry->background);
        }
      else
        g_assert_cmpuint (entry->background.alpha, ==, 0);
      if (g_regex_match (line, body, 0, &lm))
        {
          g_autofree char *value = g_match_info_fetch (lm, 1);
          BylineColour c;

          parse_colour (value, &c);
          assert_same (name, "line", &c, &entry->line);
        }
    }
  g_assert_cmpuint (rules, >=, 9);
}

static void
test_css_colours (void)
{
  const BylinePaletteEntry *person = byline_palette_get (BYLINE_HIGHLIGHT_PERSON);
  const BylinePaletteEntry *loaded = byline_palette_get (BYLINE_HIGHLIGHT_LOADED);
  g_autofree char *a = byline_colour_to_css (&person->background);
  g_autofree char *b = byline_colour_to_css (&loaded->line);
  double rgba[4];

  g_assert_cmpstr (a, ==, "rgba(53,132,228,0.20)");
  g_assert_cmpstr (b, ==, "#c01c28");
  g_assert_null (byline_colour_to_css (&person->line));
  byline_colour_to_doubles (&loaded->line, rgba);
  g_assert_cmpfloat_with_epsilon (rgba[0], 192 / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (rgba[3], 1.0, 1e-9);
  for (guint h = 0; h < BYLINE_N_HIGHLIGHTS; h++)
    {
      const BylinePaletteEntry *e = byline_palette_get (h);

      g_assert_nonnull (e->name);
      /* every highlight has a colour */
      g_assert_true (e->background.alpha > 0 || e->line.alpha > 0 || e->text.alpha > 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/palette/style-css", test_style_css);
  g_test_add_func ("/palette/css-colours", test_css_colours);
  return g_test_run ();
}
