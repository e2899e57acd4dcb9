/* bench-across.c: the cross-article views over a generated library.
 * Used by build-aux/bench; not a test.
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "byline-people.h"
#include "byline-store.h"
#include "byline-store-private.h"

/* Usage: bench-across [N_ARTICLES]
 *
 * Builds a library of N_ARTICLES (1000) generated reports of diplomatic
 * meetings in a temporary folder: 40 invented officials, each written in two
 * or three spellings (Sergei/Sergey, Mohammad/Mohammed, with and without
 * title), meeting in 24 capitals on dates over two years, quoted directly
 * and indirectly, with claims on named, state-media, anonymous and no
 * sources. Then it times the first indexing of the whole library and each
 * cross-article view (median, 95th percentile and maximum of 21 runs). */

#define BENCH_SEED 20261206
#define RUNS 21

static const char *const given[][3] = {
  { "Sergei", "Sergey", NULL }, { "Mohammad", "Mohammed", "Muhammad" }, { "Yuri", "Yury", NULL },
  { "Alexei", "Alexey", "Aleksei" }, { "Dmitri", "Dmitry", NULL }, { "Hasan", "Hassan", NULL },
  { "Ahmad", "Ahmed", NULL }, { "Andrei", "Andrey", NULL }, { "Nikolai", "Nikolay", NULL },
  { "Anna", NULL, NULL }, { "Maria", NULL, NULL }, { "Laura", NULL, NULL }, { "Mateo", NULL, NULL },
  { "José", "Jose", NULL }, { "Leila", NULL, NULL }, { "Kenji", NULL, NULL }, { "Ingrid", NULL, NULL },
  { "Tomas", "Tomás", NULL }, { "Amina", NULL, NULL }, { "Pavel", NULL, NULL },
};

static const char *const surnames[] = {
  "Volkov", "Karimi", "Petrov", "Sokolov", "Rahimi", "Berg", "Fuentes", "Nakamura", "Haddad",
  "Lindqvist", "Moreau", "Okafor", "Castillo", "Novak", "Farouk", "Brennan", "Ivanova", "Sato",
  "Mendez", "Keller", "Osei", "Rossi", "Yilmaz", "Kovacs", "Aziz", "Dubois", "Silva", "Andersen",
  "Tanaka", "Kaya", "Nowak", "Ferrari", "Costa", "Jansen", "Larsen", "Popescu", "Horvat", "Varga",
  "Bakr", "Quispe",
};

static const char *const roles[] = {
  "Foreign Minister", "Prime Minister", "President", "Trade Minister", "Energy Minister",
  "Defence Minister",
};

static const char *const capitals[] = {
  "Tehran", "Moscow", "Baku", "Ankara", "Oslo", "Santiago", "Tokyo", "Cairo", "Beijing", "Paris",
  "Berlin", "Rome", "Madrid", "Lisbon", "Vienna", "Warsaw", "Prague", "Budapest", "Athens",
  "Nairobi", "Lagos", "Lima", "Bogota", "Hanoi",
};

static const char *const topics[] = {
  "trade", "energy", "a gas pipeline", "fisheries", "border security", "grain exports",
  "a rail link", "water rights", "nuclear safety", "visa rules",
};

static const char *const weekdays[] = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

static const char *const months[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
};

typedef struct
{
  guint32 state;
} Rng;

static guint32
next (Rng *r)
{
  r->state = r->state * 1103515245u + 12345u;
  return r->state >> 8;
}

static guint
pick (Rng  *r,
      guint n)
{
  return next (r) % n;
}

/* a person as one article writes them: one of the given-name spellings */
static char *
person_name (Rng  *r,
             guint who)
{
  const char *const *g = given[who % G_N_ELEMENTS (given)];
  guint n = g[2] != NULL ? 3 : g[1] != NULL ? 2 : 1;

  return g_strdup_printf ("%s %s", g[pick (r, n)], surnames[who]);
}

static char *
make_article (Rng  *r,
              guint index)
{
  GString *s = g_string_new (NULL);
  guint a = pick (r, G_N_ELEMENTS (surnames));
  guint b = (a + 1 + pick (r, G_N_ELEMENTS (surnames) - 1)) % G_N_ELEMENTS (surnames);
  guint c = pick (r, G_N_ELEMENTS (surnames));
  g_autofree char *na = person_name (r, a);
  g_autofree char *nb = person_name (r, b);
  g_autofree char *nc = person_name (r, c);
  const char *place = capitals[pick (r, G_N_ELEMENTS (capitals))];
  const char *topic = topics[pick (r, G_N_ELEMENTS (topics))];
  g_autoptr (GDateTime) day = g_date_time_new_utc (2024 + pick (r, 2), 1 + pick (r, 12), 1 + pick (r, 28), 9, 0, 0);
  int dow = g_date_time_get_day_of_week (day);   /* 1 = Monday */
  const char *yesterday = weekdays[(dow + 5) % 7];

  g_string_append_printf (s, "%s and %s discuss %s in %s (%u)\n\n", surnames[a], surnames[b], topic, place, index);
  g_string_append_printf (s, "%s, %s %d, %d\n\n", weekdays[dow - 1], months[g_date_time_get_month (day) - 1],
                          g_date_time_get_day_of_month (day), g_date_time_get_year (day));
  g_string_append_printf (s, "%s (Byline Sample Wire) - %s %s met %s %s in %s on %s for talks on %s.\n\n",
                          place, roles[pick (r, G_N_ELEMENTS (roles))], na, roles[pick (r, G_N_ELEMENTS (roles))],
                          nb, place, yesterday, topic);
  g_string_append_printf (s, "\"We have agreed to keep talking about %s,\" %s said after the meeting.\n\n",
                          topic, surnames[a]);
  g_string_append_printf (s, "%s said the two sides would sign a new agreement on %s within a year.\n\n",
                          surnames[b], topic);
  switch (pick (r, 4))
    {
    case 0:
      g_string_append_printf (s, "According to IRNA, the visit was a triumph for the region.\n\n");
      break;
    case 1:
      g_string_append_printf (s, "Officials familiar with the talks said the deal was likely to be delayed.\n\n");
      break;
    case 2:
      g_string_append_printf (s, "The sanctions on %s are a blatant act of economic aggression.\n\n", topic);
      break;
    default:
      g_string_append_printf (s, "\"The plan is not yet financed,\" said %s, an analyst at the Institute for "
                                 "Regional Studies.\n\n", nc);
      break;
    }
  g_string_append_printf (s, "%s will travel to %s on %s.\n", surnames[a],
                          capitals[pick (r, G_N_ELEMENTS (capitals))], weekdays[pick (r, 7)]);
  return g_string_free (s, FALSE);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

typedef JsonNode *(*View) (BylineStore *store, gpointer data);

static void
report (const char *what,
        double     *ms,
        guint       n)
{
  qsort (ms, n, sizeof ms[0], compare_doubles);
  printf ("  %-42s median %7.2f ms  p95 %7.2f ms  max %7.2f ms\n", what, ms[n / 2],
          ms[(guint) (n * 0.95)], ms[n - 1]);
}

#define TIME_VIEW(label, call)                                             \
  G_STMT_START {                                                           \
    double ms[RUNS];                                                       \
    for (guint run = 0; run < RUNS; run++)                                 \
      {                                                                    \
        g_autoptr (GError) view_error = NULL;                              \
        gint64 view_t0 = g_get_monotonic_time ();                          \
        g_autoptr (JsonNode) node = (call);                                \
        ms[run] = (g_get_monotonic_time () - view_t0) / 1000.0;            \
        if (node == NULL)                                                  \
          g_error ("%s: %s", label, view_error ? view_error->message : "?"); \
      }                                                                    \
    report (label, ms, RUNS);                                              \
  } G_STMT_END

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 1000;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("byline-bench-across-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  BylineStore *store;
  Rng r = { BENCH_SEED };
  gint64 t0;
  g_autoptr (JsonNode) people = NULL;
  g_autoptr (JsonNode) some = NULL;
  gint64 first_id = 0;
  guint n_entities = 0;

  g_assert_no_error (error);
  store = byline_store_open (path, &error);
  g_assert_no_error (error);
  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = make_article (&r, i);
      g_autoptr (BylineText) t = byline_text_new_from_data (text, strlen (text), "bench.txt", FALSE, &error);
      gint64 id = byline_store_add_article (store, t, NULL, NULL, "text", NULL, NULL, &error);

      g_assert_no_error (error);
      if (first_id == 0)
        first_id = id;
    }
  printf ("cross-article views over %u generated articles\n", n);
  printf ("  %-42s %.0f ms\n", "adding the articles (analysis included)",
          (g_get_monotonic_time () - t0) / 1000.0);
  t0 = g_get_monotonic_time ();
  if (!byline_store_refresh_people (store, &error))
    g_error ("%s", error->message);
  printf ("  %-42s %.0f ms\n", "indexing them all, the first time", (g_get_monotonic_time () - t0) / 1000.0);

  people = byline_store_list_people (store, NULL, "PERSON", &error);
  g_assert_no_error (error);
  n_entities = json_array_get_length (json_node_get_array (people));
  some = byline_store_list_people (store, NULL, NULL, &error);
  printf ("  %u people, %u entries of every type\n", n_entities, json_array_get_length (json_node_get_array (some)));

  TIME_VIEW ("people list", byline_store_list_people (store, NULL, NULL, &view_error));
  TIME_VIEW ("people show (a person in ~50 articles)", byline_store_get_person (store, "Sergey Volkov", &view_error));
  TIME_VIEW ("timeline (every event)", byline_store_timeline (store, NULL, NULL, NULL, NULL, &view_error));
  TIME_VIEW ("timeline --person", byline_store_timeline (store, NULL, "Volkov", NULL, NULL, &view_error));
  TIME_VIEW ("timeline --country --kind meeting", byline_store_timeline (store, NULL, NULL, "Tehran", "meeting", &view_error));
  TIME_VIEW ("meetings graph", byline_store_meetings_graph (store, NULL, &view_error));
  TIME_VIEW ("compare two articles", byline_store_compare (store, first_id, first_id + 1, &view_error));
  {
    /* one article changed (a correction): indexed again on the next read */
    double ms[RUNS];

    for (guint run = 0; run < RUNS; run++)
      {
        g_autofree char *sql = g_strdup_printf ("DELETE FROM x_articles WHERE article = %" G_GINT64_FORMAT,
                                                first_id + run);
        gint64 t1;
        g_autoptr (JsonNode) node = NULL;

        if (!_byline_store_exec (store, sql, &error))
          g_error ("%s", error->message);
        t1 = g_get_monotonic_time ();
        node = byline_store_list_people (store, NULL, NULL, &error);
        ms[run] = (g_get_monotonic_time () - t1) / 1000.0;
        g_assert_no_error (error);
      }
    report ("people list after one article changed", ms, RUNS);
  }

  byline_store_close (store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
  return 0;
}
