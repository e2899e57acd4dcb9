/* bench-analysis.c: analysis throughput on one core and peak memory.
 * Used by build-aux/bench; not a test.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdlib.h>
#include <sys/resource.h>

#include "byline-analysis.h"

static gboolean
count_bytes (const char *data, gsize len, gpointer user_data)
{
  *(gsize *) user_data += len;
  return TRUE;
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineText) text = NULL;
  int runs = argc > 2 ? atoi (argv[2]) : 5;
  double best = G_MAXDOUBLE;
  double best_analysis = G_MAXDOUBLE;
  double total = 0;
  struct rusage ru;

  if (argc < 2)
    {
      fprintf (stderr, "usage: bench-analysis FILE [RUNS]\n");
      return 2;
    }
#ifdef __GLIBC__
  /* as byline-cli analyze does for one article */
  mallopt (M_MMAP_THRESHOLD, 128 * 1024);
#endif
  text = byline_text_new_from_file (argv[1], FALSE, &error);
  if (text == NULL)
    {
      fprintf (stderr, "bench-analysis: %s\n", error->message);
      return 1;
    }
  byline_lexicon_get (); /* loaded once per process, as in the app */
  for (int i = 0; i < MAX (runs, 1); i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr (BylineAnalysis) a = byline_analysis_new (text);
      gint64 t1 = g_get_monotonic_time ();
      gsize json_bytes = 0;
      double secs;

      byline_analysis_write_json_to (a, count_bytes, &json_bytes);
      secs = (g_get_monotonic_time () - t0) / 1e6;
      total += secs;
      best = MIN (best, secs);
      best_analysis = MIN (best_analysis, (t1 - t0) / 1e6);
      if (i == 0)
        printf ("entities: %u, sentences: %u\n", a->entities->len, a->document->sentences->len);
    }
  /* the first layer alone: structure and entities (the analysis core of issue 2) */
  {
    double best_core = G_MAXDOUBLE;

    for (int i = 0; i < MAX (runs, 1); i++)
      {
        gint64 t0 = g_get_monotonic_time ();
        g_autoptr (BylineDocument) doc = byline_document_new (text);
        g_autoptr (GPtrArray) entities = byline_entities_find (doc);

        best_core = MIN (best_core, (g_get_monotonic_time () - t0) / 1e6);
      }
    printf ("structure and entities alone: %.1f MB/s (best)\n", text->len / best_core / 1e6);
  }
  getrusage (RUSAGE_SELF, &ru);
  printf ("analysis + JSON: best %.3f s, mean %.3f s over %d runs\n", best, total / MAX (runs, 1), runs);
  printf ("throughput: %.1f MB/s analysis alone, %.1f MB/s with JSON (best); %.1f MB/s with JSON (mean)\n",
          text->len / best_analysis / 1e6, text->len / best / 1e6, text->len / (total / MAX (runs, 1)) / 1e6);
  printf ("peak RSS: %.1f MB = %.1f x the input\n", ru.ru_maxrss / 1024.0,
          ru.ru_maxrss * 1024.0 / text->len);
  return 0;
}
