/* byline-export-pdf.c: the annotated summary as an A4 PDF, through cairo and pango
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "byline-export-private.h"
#include "byline-palette.h"

/* A4 in points */
#define PAGE_WIDTH   595.276
#define PAGE_HEIGHT  841.890
#define MARGIN       56.0
#define BOTTOM       (PAGE_HEIGHT - MARGIN)
#define TEXT_WIDTH   (PAGE_WIDTH - 2 * MARGIN)

#define SERIF        "DejaVu Serif 10.5"
#define SANS         "DejaVu Sans 9.5"
#define SMALL        "DejaVu Sans 8.5"

typedef struct
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  double           y;
  guint            page;
  const char      *title;
  GOutputStream   *stream;
  GCancellable    *cancellable;
  GError          *error;   /* the first write error */
  double           leading; /* points between lines, besides the font's */
} Pdf;

/* Colours of the highlights: the window's, laid over white */
typedef struct
{
  guint8 r, g, b;
} Rgb;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Pdf *pdf = closure;

  if (pdf->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (pdf->stream, data, length, NULL, pdf->cancellable, &pdf->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
footer (Pdf *pdf)
{
  g_autoptr (PangoLayout) layout = pango_cairo_create_layout (pdf->cr);
  PangoFontDescription *font = pango_font_description_from_string ("DejaVu Sans 7.5");
  g_autofree char *text = g_strdup_printf ("%s · %u", pdf->title, pdf->page);

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, pango_units_from_double (TEXT_WIDTH));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_MIDDLE);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, text, -1);
  cairo_set_source_rgb (pdf->cr, 0.45, 0.45, 0.45);
  cairo_move_to (pdf->cr, MARGIN, PAGE_HEIGHT - MARGIN / 2 - 6);
  pango_cairo_show_layout (pdf->cr, layout);
  cairo_set_source_rgb (pdf->cr, 0.1, 0.1, 0.1);
}

static void
new_page (Pdf *pdf)
{
  footer (pdf);
  cairo_show_page (pdf->cr);
  pdf->page++;
  pdf->y = MARGIN;
}

/* Room for @height more points on this page, else the next */
static void
need (Pdf   *pdf,
      double height)
{
  if (pdf->y + height > BOTTOM && pdf->y > MARGIN)
    new_page (pdf);
}

static PangoLayout *
make_layout (Pdf           *pdf,
             const char    *font_name,
             double         width,
             const char    *text,
             PangoAttrList *attrs)
{
  PangoLayout *layout = pango_cairo_create_layout (pdf->cr);
  PangoFontDescription *font = pango_font_description_from_string (font_name);

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  if (attrs != NULL)
    pango_layout_set_attributes (layout, attrs);
  return layout;
}

/* Shows @layout at @x line by line from the current height, going on to a new
 * page where the page ends */
static void
flow (Pdf         *pdf,
      PangoLayout *layout,
      double       x)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      double top, height, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = pango_units_to_double (logical.y);
      height = pango_units_to_double (logical.height);
      baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      need (pdf, height);
      cairo_move_to (pdf->cr, x + pango_units_to_double (logical.x), pdf->y + baseline - top);
      pango_cairo_show_layout_line (pdf->cr, pango_layout_iter_get_line_readonly (iter));
      pdf->y += height + pdf->leading;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
text_block (Pdf           *pdf,
            const char    *font,
            double         indent,
            const char    *text,
            PangoAttrList *attrs,
            double         space_after)
{
  g_autoptr (PangoLayout) layout = make_layout (pdf, font, TEXT_WIDTH - indent, text, attrs);

  flow (pdf, layout, MARGIN + indent);
  pdf->y += space_after;
}

static void
add_attr (PangoAttrList  *attrs,
          PangoAttribute *attr,
          guint           start,
          guint           end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
}

static PangoAttribute *
colour_attr (gboolean background,
             Rgb      c)
{
  return background ? pango_attr_background_new (c.r * 257, c.g * 257, c.b * 257)
                    : pango_attr_foreground_new (c.r * 257, c.g * 257, c.b * 257);
}

/* A colour of the palette as it prints on white paper (PDF has no
 * translucent text backgrounds) */
static Rgb
on_paper (const BylineColour *c)
{
  double a = MIN (c->alpha, 100) / 100.0;
  Rgb rgb = { (guint8) (255 - a * (255 - c->red) + 0.5), (guint8) (255 - a * (255 - c->green) + 0.5),
              (guint8) (255 - a * (255 - c->blue) + 0.5) };

  return rgb;
}

static PangoAttribute *
line_colour_attr (const BylineColour *c)
{
  return pango_attr_underline_color_new (c->red * 257, c->green * 257, c->blue * 257);
}

static void
grey_text (PangoAttrList *attrs,
           guint          start,
           guint          end)
{
  add_attr (attrs, pango_attr_foreground_new (0x5500, 0x5500, 0x5500), start, end);
}

static void
bold_text (PangoAttrList *attrs,
           guint          start,
           guint          end)
{
  add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, end);
}

static void
heading (Pdf        *pdf,
         guint       level,
         const char *text)
{
  const char *font = level == 1 ? "DejaVu Sans Bold 19" : level == 2 ? "DejaVu Sans Bold 13.5"
                                                                      : "DejaVu Sans Bold 10.5";
  g_autoptr (PangoLayout) layout = make_layout (pdf, font, TEXT_WIDTH, text, NULL);
  int height;

  pango_layout_get_size (layout, NULL, &height);
  pdf->y += level == 1 ? 0 : level == 2 ? 14 : 6;
  /* a heading keeps a few lines of what follows with it */
  need (pdf, pango_units_to_double (height) + 48);
  flow (pdf, layout, MARGIN);
  if (level == 2)
    {
      cairo_set_source_rgb (pdf->cr, 0.75, 0.75, 0.75);
      cairo_set_line_width (pdf->cr, 0.6);
      cairo_move_to (pdf->cr, MARGIN, pdf->y + 2);
      cairo_line_to (pdf->cr, MARGIN + TEXT_WIDTH, pdf->y + 2);
      cairo_stroke (pdf->cr);
      cairo_set_source_rgb (pdf->cr, 0.1, 0.1, 0.1);
    }
  pdf->y += level == 1 ? 8 : 6;
}

static void
table (Pdf         *pdf,
       ExportBlock *b)
{
  GStrv header = b->rows->pdata[0];
  guint n = g_strv_length (header);
  g_autofree double *widths = g_new0 (double, n);
  double total = 0;
  const double pad = 4;

  /* each column at least as wide as its longest word, so that no word is
   * broken ("Teh-ran"); the rest of the width goes where the cells are long */
  {
    g_autofree double *least = g_new0 (double, n);
    g_autofree double *most = g_new0 (double, n);
    double sum_least = 0, sum_most = 0;

    for (guint c = 0; c < n; c++)
      {
        for (guint r = 0; r < b->rows->len; r++)
          {
            const char *font = r == 0 ? "DejaVu Sans Bold 8.5" : SMALL;
            const char *text = ((GStrv) b->rows->pdata[r])[c];
            g_autoptr (PangoLayout) words = make_layout (pdf, font, 1, text, NULL);
            g_autoptr (PangoLayout) line = make_layout (pdf, font, -1, text, NULL);
            int w;

            /* a layout one unit wide holds a word a line: its width is the longest word's */
            pango_layout_set_wrap (words, PANGO_WRAP_WORD);
            pango_layout_get_size (words, &w, NULL);
            least[c] = MAX (least[c], pango_units_to_double (w) + 2 * pad + 1);
            pango_layout_set_width (line, -1);
            pango_layout_get_size (line, &w, NULL);
            most[c] = MAX (most[c], pango_units_to_double (w) + 2 * pad + 1);
          }
        most[c] = MAX (most[c], least[c]);
        sum_least += least[c];
        sum_most += most[c];
      }
    for (guint c = 0; c < n; c++)
      {
        if (sum_most <= TEXT_WIDTH)
          widths[c] = most[c] + (TEXT_WIDTH - sum_most) * most[c] / sum_most;
        else if (sum_least <= TEXT_WIDTH)
          widths[c] = least[c] + (TEXT_WIDTH - sum_least) * (most[c] - least[c]) / (sum_most - sum_least);
        else  /* words too long for the page: they break after all */
          widths[c] = least[c] / sum_least * TEXT_WIDTH;
        total += widths[c];
      }
  }

  for (guint r = 0; r < b->rows->len; r++)
    {
      GStrv row = b->rows->pdata[r];
      g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_object_unref);
      double height = 0, x = MARGIN;

      for (guint c = 0; c < n; c++)
        {
          PangoLayout *cell = make_layout (pdf, r == 0 ? "DejaVu Sans Bold 8.5" : SMALL,
                                           widths[c] - 2 * pad, row[c], NULL);
          int h;

          pango_layout_get_size (cell, NULL, &h);
          height = MAX (height, pango_units_to_double (h) + 2 * pad);
          g_ptr_array_add (cells, cell);
        }
      need (pdf, height + (r == 0 ? 20 : 0));
      if (r == 0)
        {
          cairo_set_source_rgb (pdf->cr, 0.95, 0.95, 0.95);
          cairo_rectangle (pdf->cr, MARGIN, pdf->y, TEXT_WIDTH, height);
          cairo_fill (pdf->cr);
        }
      cairo_set_source_rgb (pdf->cr, 0.1, 0.1, 0.1);
      for (guint c = 0; c < n; c++)
        {
          cairo_move_to (pdf->cr, x + pad, pdf->y + pad);
          pango_cairo_show_layout (pdf->cr, cells->pdata[c]);
          x += widths[c];
        }
      pdf->y += height;
      cairo_set_source_rgb (pdf->cr, 0.85, 0.85, 0.85);
      cairo_set_line_width (pdf->cr, 0.5);
      cairo_move_to (pdf->cr, MARGIN, pdf->y);
      cairo_line_to (pdf->cr, MARGIN + TEXT_WIDTH, pdf->y);
      cairo_stroke (pdf->cr);
      cairo_set_source_rgb (pdf->cr, 0.1, 0.1, 0.1);
    }
  pdf->y += 8;
}

static void
blocks (Pdf       *pdf,
        GPtrArray *list)
{
  for (guint i = 0; i < list->len; i++)
    {
      ExportBlock *b = list->pdata[i];

      switch (b->kind)
        {
        case BLOCK_HEADING:
          heading (pdf, b->level, b->text);
          break;
        case BLOCK_META:
          {
            g_autofree char *line = g_strdup_printf ("%s: %s", b->label, b->text);
            g_autoptr (PangoAttrList) attrs = pango_attr_list_new ();
            gboolean last = i + 1 >= list->len || ((ExportBlock *) list->pdata[i + 1])->kind != BLOCK_META;

            bold_text (attrs, 0, strlen (b->label) + 1);
            text_block (pdf, SANS, 0, line, attrs, last ? 8 : 1);
          }
          break;
        case BLOCK_TEXT:
          text_block (pdf, SERIF, 0, b->text, NULL, 5);
          break;
        case BLOCK_ITEM:
          {
            text_block (pdf, SERIF, 12, b->text, NULL, 1);
            if (b->detail != NULL && *b->detail != '\0')
              {
                g_autoptr (PangoAttrList) attrs = pango_attr_list_new ();

                grey_text (attrs, 0, strlen (b->detail));
                text_block (pdf, SMALL, 12, b->detail, attrs, 0);
              }
            pdf->y += 6;
          }
          break;
        case BLOCK_TABLE:
          table (pdf, b);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* The cues of each highlight, as in the window */
static void
span_attrs (PangoAttrList *attrs,
            SpanKind       kind,
            guint          start,
            guint          end)
{
  /* the palette's colours (the same highlight kinds, in the same order) */
  const BylinePaletteEntry *palette = byline_palette_get ((BylineHighlight) kind);

  G_STATIC_ASSERT ((int) SPAN_NOTE == (int) BYLINE_HIGHLIGHT_NOTE);
  if (kind <= SPAN_QUANTITY)
    add_attr (attrs, colour_attr (TRUE, on_paper (&palette->background)), start, end);
  switch (kind)
    {
    case SPAN_PERSON:
      add_attr (attrs, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE), start, end);
      break;
    case SPAN_ORG:
      add_attr (attrs, pango_attr_underline_new (PANGO_UNDERLINE_DOUBLE), start, end);
      break;
    case SPAN_PLACE:
      add_attr (attrs, pango_attr_underline_new (PANGO_UNDERLINE_LOW), start, end);
      break;
    case SPAN_NORP:
      add_attr (attrs, pango_attr_underline_new (PANGO_UNDERLINE_ERROR), start, end);
      break;
    case SPAN_DATE:
      add_attr (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, end);
      break;
    case SPAN_MONEY:
      add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, end);
      break;
    case SPAN_QUANTITY:
      add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_SEMIBOLD), start, end);
      break;
    case SPAN_QUOTE:
      /* blue and set in the sans face: an overline would read as the line above's underline */
      add_attr (attrs, colour_attr (FALSE, on_paper (&palette->text)), start, end);
      add_attr (attrs, pango_attr_family_new ("DejaVu Sans"), start, end);
      add_attr (attrs, pango_attr_scale_new (0.92), start, end);
      break;
    case SPAN_HEDGE:
      add_attr (attrs, pango_attr_style_new (PANGO_STYLE_OBLIQUE), start, end);
      add_attr (attrs, pango_attr_underline_new (PANGO_UNDERLINE_LOW), start, end);
      add_attr (attrs, line_colour_attr (&palette->line), start, end);
      break;
    case SPAN_LOADED:
      add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_SEMIBOLD), start, end);
      add_attr (attrs, pango_attr_underline_new (PANGO_UNDERLINE_ERROR), start, end);
      add_attr (attrs, line_colour_attr (&palette->line), start, end);
      break;
    case SPAN_NOTE:
      add_attr (attrs, colour_attr (TRUE, on_paper (&palette->background)), start, end);
      add_attr (attrs, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE), start, end);
      add_attr (attrs, line_colour_attr (&palette->line), start, end);
      break;
    case N_SPAN_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static void
legend (Pdf *pdf)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (PangoAttrList) attrs = pango_attr_list_new ();

  for (guint k = 0; k < N_SPAN_KINDS; k++)
    {
      guint start;

      if (k > 0)
        g_string_append (text, "   ");
      start = text->len;
      g_string_append (text, _byline_export_span_label (k));
      span_attrs (attrs, k, start, text->len);
    }
  text_block (pdf, SMALL, 0, text->str, attrs, 10);
}

static void
note_mark (GString       *text,
           PangoAttrList *attrs,
           guint          number)
{
  guint start = text->len;

  g_string_append_printf (text, "%u", number);
  add_attr (attrs, pango_attr_rise_new (4 * PANGO_SCALE), start, text->len);
  add_attr (attrs, pango_attr_scale_new (0.7), start, text->len);
  add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, text->len);
  add_attr (attrs, colour_attr (FALSE, (Rgb) { 156, 110, 3 }), start, text->len);
}

/* "3  COMMENT  the note's text  · tags: a, b" in small type */
static void
note_lines (Pdf        *pdf,
            ExportNote *n,
            double      indent,
            gboolean    with_passage)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (PangoAttrList) attrs = pango_attr_list_new ();
  g_autofree char *tags = _byline_export_note_tags (n->note);
  g_autofree char *kind = g_utf8_strup (_byline_export_kind_label (n->note->kind), -1);
  guint start;

  g_string_append_printf (text, "%u  ", n->number);
  bold_text (attrs, 0, text->len);
  start = text->len;
  g_string_append (text, kind);
  add_attr (attrs, colour_attr (FALSE, (Rgb) { 107, 82, 0 }), start, text->len);
  add_attr (attrs, pango_attr_scale_new (0.85), start, text->len);
  if (with_passage)
    {
      g_string_append (text, "  “");
      start = text->len;
      g_string_append (text, n->passage);
      add_attr (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, text->len);
      g_string_append (text, "”");
      if (n->orphaned)
        {
          g_string_append_c (text, ' ');
          start = text->len;
          g_string_append (text, _("(its passage is no longer in the text)"));
          add_attr (attrs, colour_attr (FALSE, (Rgb) { 165, 29, 45 }), start, text->len);
        }
    }
  if (n->note->body != NULL && *n->note->body != '\0')
    {
      g_string_append (text, with_passage ? "\n" : "  ");
      g_string_append (text, n->note->body);
    }
  if (*tags != '\0')
    {
      g_string_append (text, "\n");
      start = text->len;
      g_string_append (text, _("Tags:"));
      bold_text (attrs, start, text->len);
      g_string_append_c (text, ' ');
      g_string_append (text, tags);
    }
  text_block (pdf, SMALL, indent, text->str, attrs, 4);
}

static void
article (Pdf           *pdf,
         ExportContent *c)
{
  heading (pdf, 2, _("Article"));
  if (!c->worksheet)
    legend (pdf);
  for (guint p = 0; p < c->paragraphs->len; p++)
    {
      ExportParagraph *para = c->paragraphs->pdata[p];
      g_autoptr (GString) text = g_string_new (NULL);
      g_autoptr (PangoAttrList) attrs = pango_attr_list_new ();

      /* a worksheet's paragraphs are numbered, for the table to point at */
      if (c->worksheet)
        {
          g_string_append_printf (text, "%u  ", p + 1);
          grey_text (attrs, 0, text->len);
        }

      for (guint s = 0; s < para->segments->len; s++)
        {
          ExportSegment *seg = &g_array_index (para->segments, ExportSegment, s);
          guint start = text->len;

          if (seg->mark > 0)
            {
              note_mark (text, attrs, seg->mark);
              continue;
            }
          g_string_append_len (text, c->input->text + seg->from, seg->to - seg->from);
          for (guint k = 0; k < N_SPAN_KINDS; k++)
            if (seg->kinds & (1u << k))
              span_attrs (attrs, k, start, text->len);
        }
      /* room below the lines for the low underline of hedges, clear of the next line */
      pdf->leading = 2.5;
      text_block (pdf, SERIF, 0, text->str, attrs, para->notes->len > 0 ? 3 : 7);
      pdf->leading = 0;
      /* the paragraph's notes beside it, indented in small type */
      for (guint i = 0; i < para->notes->len; i++)
        note_lines (pdf, para->notes->pdata[i], 24, FALSE);
      if (para->notes->len > 0)
        pdf->y += 4;
      if (g_cancellable_is_cancelled (pdf->cancellable))
        return;
    }
}

gboolean
_byline_export_pdf (ExportContent *c,
                    GOutputStream *stream,
                    GCancellable  *cancellable,
                    GError       **error)
{
  Pdf pdf = { 0 };
  ExportBlock *title = c->head->pdata[0];
  cairo_status_t status;

  pdf.stream = stream;
  pdf.cancellable = cancellable;
  pdf.title = title->text;
  pdf.page = 1;
  pdf.y = MARGIN;
  pdf.surface = cairo_pdf_surface_create_for_stream (write_cb, &pdf, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (pdf.surface, CAIRO_PDF_METADATA_TITLE, title->text);
  cairo_pdf_surface_set_metadata (pdf.surface, CAIRO_PDF_METADATA_CREATOR, "Byline " PACKAGE_VERSION);
  if (c->input->reader != NULL)
    cairo_pdf_surface_set_metadata (pdf.surface, CAIRO_PDF_METADATA_AUTHOR, c->input->reader);
  pdf.cr = cairo_create (pdf.surface);
  cairo_set_source_rgb (pdf.cr, 0.1, 0.1, 0.1);

  blocks (&pdf, c->head);
  blocks (&pdf, c->summary);
  if (c->paragraphs->len > 0 && !g_cancellable_is_cancelled (cancellable))
    article (&pdf, c);

  blocks (&pdf, c->tail);
  if (!c->worksheet)
    {
      heading (&pdf, 2, _("Notes"));
      if (c->notes->len == 0)
        text_block (&pdf, SERIF, 0, _("No notes."), NULL, 0);
      for (guint i = 0; i < c->notes->len && !g_cancellable_is_cancelled (cancellable); i++)
        note_lines (&pdf, c->notes->pdata[i], 0, TRUE);
    }

  footer (&pdf);
  cairo_show_page (pdf.cr);
  cairo_destroy (pdf.cr);
  cairo_surface_finish (pdf.surface);
  status = cairo_surface_status (pdf.surface);
  cairo_surface_destroy (pdf.surface);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_clear_error (&pdf.error);
      return FALSE;
    }
  if (pdf.error != NULL)
    {
      g_propagate_error (error, pdf.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_WRITE,
                   _("the PDF could not be made: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
