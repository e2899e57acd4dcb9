/* bench-store.c: search, note and open times over a big library.
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

#include "byline-store.h"
#include "byline-store-private.h"

/* Usage: bench-store [N_ARTICLES [N_NOTES]]
 *
 * Builds a library of N_ARTICLES (1000) generated news articles of 3 to 6 KB
 * and N_NOTES (100 000) notes spread over them in a temporary folder, then
 * times search, adding a note, listing an article's notes and opening the
 * library, each as median, 95th percentile and maximum. The words follow a
 * Zipf law over a list of about 600, with people's names and made-up place
 * and company names mixed in, so that a common word matches nearly every
 * article, a name a few dozen and a made-up name one or two. */

#define BENCH_SEED 20260128

/* most common first */
static const char common_words[] =
  "the of to and a in that is was for on said with he it as at by from his be have has are an "
  "not this were they but had which who their its been would will after also one two more than "
  "new about people year government over when last there into could up first some other out all "
  "time years police state told can if just them between three minister president country city "
  "officials against week since under during because before where only most make made while "
  "both percent many any well now still council report public plan former court law party "
  "national world news company group today say says water health children school family women "
  "men support local security according market million billion program price prices month "
  "months day days later early weeks meeting talks deal agreement vote election campaign leader "
  "leaders member members power energy oil gas bank banks money tax taxes budget debt growth "
  "economy economic business industry workers jobs union strike service services care hospital "
  "doctors patients disease vaccine study research scientists university students teachers area "
  "region border military army troops forces war attack attacks fighting peace ceasefire crisis "
  "emergency fire flood storm weather rain heat climate carbon emissions project building "
  "construction road roads bridge rail transport airport flight flights passengers port harbour "
  "ship ships coast sea river land farmers food crops trade exports imports tariffs investment "
  "investors shares stock profits losses sales customers online internet data technology "
  "software phone phones network system systems case cases trial judge judges lawyers charges "
  "prison sentence investigation evidence witness witnesses victims families community "
  "residents neighbours village town streets housing homes rent property owners office offices "
  "committee board chairman director chief executive spokesman spokeswoman statement interview "
  "press media newspaper television radio film music art museum festival sport football team "
  "match season players coach league cup championship record win won lost game games fans "
  "stadium ticket tickets history culture language church religious protest protesters "
  "demonstration rally crowd march speech policy reform reforms rules regulation regulators "
  "standards safety risk risks warning warnings concern concerns question questions answer "
  "decision decisions result results change changes increase decrease rise fall cut cuts plans "
  "proposal proposals bill bills act parliament senate congress ministers cabinet opposition "
  "coalition majority minority candidate candidates voters polls ballot count seats regions "
  "province capital north south east west central foreign domestic international global "
  "european african asian american announced confirmed denied claimed warned agreed refused "
  "rejected approved accepted expected reported arrested killed injured died born elected "
  "appointed resigned launched opened closed signed released published increased reduced raised "
  "lowered hired fired visited returned arrived left called asked answered explained added "
  "noted stressed insisted argued suggested admitted revealed described estimated large small "
  "high low long short major minor key main senior junior young old recent current future "
  "previous final full free open private general special civil social political financial legal "
  "medical human natural environmental digital official independent serious significant strong "
  "weak clear likely possible difficult important different similar several various again "
  "already almost always around away back even far however instead least less never often "
  "perhaps quickly rather really recently soon together whether yet amid despite within without "
  "toward across behind beyond near outside inside among along wall quay ferry fishermen "
  "lighthouse tide dock cargo container crane tanker harbourmaster pier marina canal lock "
  "sluice dredging silt erosion seawall breakwater inquiry audit scandal fraud bribery "
  "corruption tender contract contractor subsidy grant pension wage wages inflation recession "
  "deficit surplus bond bonds currency exchange pandemic outbreak infection quarantine ward "
  "nurse nurses clinic surgery ambulance drought wildfire earthquake tremor landslide cyclone "
  "hurricane typhoon blizzard avalanche satellite rocket launchpad orbit telescope astronaut "
  "spacecraft ambassador embassy envoy summit treaty sanctions diplomat diplomats refugee "
  "refugees asylum migrants";

static const char *const first_names[] = {
  "Anna", "Marc", "Sofia", "James", "Amina", "Lukas", "Chen", "Maria", "David", "Fatima",
  "Peter", "Elena", "Omar", "Julia", "Pablo", "Grace", "Ivan", "Leila", "Tom", "Nadia",
  "Samuel", "Ingrid", "Kofi", "Yuki", "Hugo", "Clara", "Ahmed", "Rosa", "Daniel", "Mei",
  "Victor", "Sara", "Rahul", "Helen", "Jonas", "Aisha", "Karl", "Lucia", "Ben", "Olga",
  "Mateo", "Irene", "Tariq", "Emma", "Felix", "Zara", "Paul", "Nina", "Diego", "Ruth",
};

static const char *const surnames[] = {
  "Keller", "Dubois", "Okafor", "Lindqvist", "Haddad", "Novak", "Moreau", "Tanaka", "Silva",
  "Brennan", "Kowalski", "Petrov", "Mensah", "Rossi", "Fischer", "Nakamura", "Alvarez", "Byrne",
  "Schmidt", "Osei", "Varga", "Hansen", "Costa", "Ibrahim", "Walsh", "Jansen", "Popescu",
  "Larsen", "Romero", "Kaplan", "Sato", "Müller", "Nielsen", "Adeyemi", "Horvat", "Quinn",
  "Bianchi", "Eriksson", "Mahmoud", "Duarte", "Weber", "Kim", "Lopez", "Farouk", "Olsen",
  "Marchetti", "Conti", "Abara", "Sokolov", "Herrera",
};

static const char *const cities[] = {
  "ZÜRICH", "LAGOS", "OSLO", "LIMA", "NAIROBI", "HAMBURG", "OSAKA", "PORTO", "DUBLIN",
  "GDAŃSK", "CAIRO", "MONTREAL", "GENOA", "ACCRA", "TALLINN", "BILBAO", "PERTH", "MUMBAI",
};

static const char *const months[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
};

static const char *const tag_names[] = {
  "follow-up", "check", "quote", "numbers", "politics", "economy", "harbour", "health",
  "courts", "climate", "transport", "housing", "energy", "schools", "sources", "contradiction",
  "timeline", "background", "legal", "interview", "data", "photo", "local", "international",
  "budget", "police", "weather", "science", "culture", "sport", "opinion", "correction",
  "urgent", "later", "maybe", "good", "unclear", "names", "places", "dates",
};

static const char *const syllables[] = {
  "ka", "ve", "lor", "mi", "tan", "dro", "sel", "quin", "bar", "tho", "ne", "ri", "gal", "un",
  "os", "pe", "zar", "il", "mo", "fen", "cas", "bri", "dal", "wen",
};

typedef struct
{
  GRand     *rand;
  GStrv      words;
  guint      n_words;
  double    *cdf;      /* the Zipf law's cumulative weights over words */
  GPtrArray *coined;   /* made-up names, each in about one article */
  GPtrArray *phrases;  /* a few words in a row from each article */
} Gen;

typedef struct
{
  gint64  id;
  guint32 n_chars;
} BenchArticle;

/* Zipf-distributed rank in [0, n) */
static guint
pick_rank (Gen *gen)
{
  double x = g_rand_double (gen->rand) * gen->cdf[gen->n_words - 1];
  guint lo = 0, hi = gen->n_words - 1;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (gen->cdf[mid] < x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static const char *
pick_word (Gen *gen)
{
  return gen->words[pick_rank (gen)];
}

#define PICK(gen, array) ((array)[g_rand_int_range ((gen)->rand, 0, G_N_ELEMENTS (array))])

static void
gen_init (Gen *gen)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  double sum = 0;

  gen->rand = g_rand_new_with_seed (BENCH_SEED);
  gen->words = g_strsplit (common_words, " ", -1);
  gen->n_words = g_strv_length (gen->words);
  gen->cdf = g_new (double, gen->n_words);
  for (guint i = 0; i < gen->n_words; i++)
    {
      sum += 1.0 / (i + 2.7);
      gen->cdf[i] = sum;
    }
  gen->coined = g_ptr_array_new_with_free_func (g_free);
  while (gen->coined->len < 3000)
    {
      GString *w = g_string_new (NULL);
      int n = g_rand_int_range (gen->rand, 2, 5);

      for (int i = 0; i < n; i++)
        g_string_append (w, PICK (gen, syllables));
      w->str[0] = g_ascii_toupper (w->str[0]);
      if (g_hash_table_add (seen, w->str))
        g_ptr_array_add (gen->coined, g_string_free (w, FALSE));
      else
        g_string_free (w, TRUE);
    }
  gen->phrases = g_ptr_array_new_with_free_func (g_free);
}

static void
gen_clear (Gen *gen)
{
  g_rand_free (gen->rand);
  g_strfreev (gen->words);
  g_free (gen->cdf);
  g_ptr_array_unref (gen->coined);
  g_ptr_array_unref (gen->phrases);
}

typedef struct
{
  char       *people[4];
  guint       n_people;
  const char *coined[3];
} Cast;

static void
append_words (Gen     *gen,
              GString *s,
              guint    n,
              gboolean capital,
              gboolean keep_phrase,
              const Cast *cast)
{
  gsize from = s->len;

  for (guint i = 0; i < n; i++)
    {
      const char *w;
      int r = cast != NULL ? g_rand_int_range (gen->rand, 0, 100) : 100;

      if (r < 3)
        w = cast->people[g_rand_int_range (gen->rand, 0, cast->n_people)];
      else if (r < 5)
        w = cast->coined[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (cast->coined))];
      else
        w = pick_word (gen);
      if (i > 0)
        g_string_append_c (s, ' ');
      if (i == 0 && capital)
        {
          g_string_append_c (s, g_ascii_toupper (w[0]));
          g_string_append (s, w + 1);
        }
      else
        g_string_append (s, w);
      if (keep_phrase && i == 3)
        g_ptr_array_add (gen->phrases, g_strdup (s->str + from));
    }
}

/* A news-like article of about @target bytes, with a headline, a dateline and quotations */
static char *
make_article (Gen  *gen,
              guint number,
              gsize target)
{
  GString *s = g_string_new (NULL);
  Cast cast = { { NULL }, g_rand_int_range (gen->rand, 2, 5), { NULL } };
  gboolean phrase_kept = FALSE;

  for (guint i = 0; i < cast.n_people; i++)
    cast.people[i] = g_strdup_printf ("%s %s", PICK (gen, first_names), PICK (gen, surnames));
  for (guint i = 0; i < G_N_ELEMENTS (cast.coined); i++)
    cast.coined[i] = gen->coined->pdata[g_rand_int_range (gen->rand, 0, gen->coined->len)];

  append_words (gen, s, g_rand_int_range (gen->rand, 5, 10), TRUE, FALSE, &cast);
  g_string_append_printf (s, "\n\n%s, %u %s %u (report %u) — ", PICK (gen, cities),
                          g_rand_int_range (gen->rand, 1, 29), PICK (gen, months),
                          g_rand_int_range (gen->rand, 2005, 2026), number);
  while (s->len < target)
    {
      guint n_sentences = g_rand_int_range (gen->rand, 2, 6);

      for (guint i = 0; i < n_sentences; i++)
        {
          int kind = g_rand_int_range (gen->rand, 0, 100);

          if (i > 0)
            g_string_append_c (s, ' ');
          if (kind < 15)
            {
              g_string_append (s, "“");
              append_words (gen, s, g_rand_int_range (gen->rand, 8, 22), TRUE, FALSE, &cast);
              g_string_append_printf (s, ",” said %s.",
                                      cast.people[g_rand_int_range (gen->rand, 0, cast.n_people)]);
            }
          else
            {
              append_words (gen, s, g_rand_int_range (gen->rand, 8, 26), TRUE, !phrase_kept, &cast);
              phrase_kept = TRUE;
              g_string_append_c (s, '.');
            }
        }
      g_string_append (s, "\n\n");
    }
  for (guint i = 0; i < cast.n_people; i++)
    g_free (cast.people[i]);
  return g_string_free (s, FALSE);
}

static char *
make_query (Gen  *gen,
            guint i,
            const char **kind)
{
  switch (i % 6)
    {
    case 0:
      *kind = "search: one common word";
      return g_strdup (gen->words[g_rand_int_range (gen->rand, 0, 40)]);
    case 1:
      *kind = "search: one rare word";
      return g_strdup (gen->coined->pdata[g_rand_int_range (gen->rand, 0, gen->coined->len)]);
    case 2:
      *kind = "search: two words";
      return g_strdup_printf ("%s %s", gen->words[g_rand_int_range (gen->rand, 20, 300)],
                              gen->words[g_rand_int_range (gen->rand, 20, 300)]);
    case 3:
      *kind = "search: a name";
      return g_strdup_printf ("%s %s", PICK (gen, first_names), PICK (gen, surnames));
    case 4:
      *kind = "search: a \"phrase\"";
      return g_strdup_printf ("\"%s\"",
                              (char *) gen->phrases->pdata[g_rand_int_range (gen->rand, 0,
                                                                            gen->phrases->len)]);
    default:
      {
        const char *w;

        do
          w = gen->words[g_rand_int_range (gen->rand, 50, gen->n_words)];
        while (strlen (w) < 6);
        *kind = "search: a prefix";
        return g_strndup (w, 4);
      }
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
print_row (const char *name,
           GArray     *ms,
           const char *target)
{
  double *v;
  guint n = ms->len;

  if (n == 0)
    return;
  g_array_sort (ms, compare_doubles);
  v = (double *) ms->data;
  printf ("%-28s %5u %10.3f %10.3f %10.3f   %s\n", name, n,
          n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2,
          v[MIN (n - 1, (guint) (0.95 * n + 0.999) - 1)], v[n - 1], target != NULL ? target : "");
}

static double
ms_since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static void
fail (const char *what,
      GError     *error)
{
  fprintf (stderr, "bench-store: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (1);
}

static gint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gint64) st.st_size : 0;
}

/* 0 to 3 tags, the common ones more often */
static void
pick_tags (Gen         *gen,
           const char **tags)
{
  int n = g_rand_int_range (gen->rand, 0, 4);
  int k = 0;

  for (int i = 0; i < n; i++)
    {
      const char *t = tag_names[(guint) (G_N_ELEMENTS (tag_names)
                                          * g_rand_double (gen->rand) * g_rand_double (gen->rand))];
      gboolean dup = FALSE;

      for (int j = 0; j < k; j++)
        dup |= tags[j] == t;
      if (!dup)
        tags[k++] = t;
    }
  tags[k] = NULL;
}

static gint64
add_random_note (BylineStore  *store,
                 Gen          *gen,
                 GArray       *articles,
                 GError      **error)
{
  const BenchArticle *a = &g_array_index (articles, BenchArticle,
                                          g_rand_int_range (gen->rand, 0, articles->len));
  guint32 start = g_rand_int_range (gen->rand, 0, a->n_chars - 1);
  guint32 end = start + 1 + g_rand_int_range (gen->rand, 0, MIN (a->n_chars - start, 200));
  g_autoptr (GString) body = g_string_new (NULL);
  const char *tags[4];

  append_words (gen, body, g_rand_int_range (gen->rand, 3, 21), TRUE, FALSE, NULL);
  pick_tags (gen, tags);
  return byline_store_add_note (store, a->id, start, end, body->str,
                                g_rand_int_range (gen->rand, 0, 3), tags, error);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BylineStore) store = NULL;
  g_autoptr (GArray) articles = g_array_new (FALSE, FALSE, sizeof (BenchArticle));
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  guint n_articles = argc > 1 ? (guint) atoi (argv[1]) : 1000;
  guint n_notes = argc > 2 ? (guint) atoi (argv[2]) : 100000;
  gsize text_bytes = 0;
  gboolean batched = FALSE;
  guint done = 0;
  gint64 t0;
  Gen gen = { 0 };

  if (argc > 3 || n_articles == 0)
    {
      fprintf (stderr, "usage: bench-store [N_ARTICLES [N_NOTES]]\n");
      return 2;
    }
  gen_init (&gen);
  dir = g_dir_make_tmp ("byline-bench-store-XXXXXX", &error);
  if (dir == NULL)
    fail ("temporary folder", error);
  path = g_build_filename (dir, "library.db", NULL);
  wal = g_strconcat (path, "-wal", NULL);
  store = byline_store_open (path, &error);
  if (store == NULL)
    fail ("open", error);
  printf ("library: %s\n", path);

  /* Building: articles one by one, each analysed (as importing does) */
  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < n_articles; i++)
    {
      g_autofree char *data = make_article (&gen, i + 1, g_rand_int_range (gen.rand, 3000, 6001));
      g_autoptr (BylineText) text = byline_text_new_from_data (data, strlen (data), "bench.txt",
                                                               FALSE, &error);
      BylineAddOutcome outcome;
      BenchArticle a;

      if (text == NULL)
        fail ("article text", error);
      a.id = byline_store_add_article (store, text, NULL, NULL, "text", NULL, &outcome, &error);
      if (a.id == 0)
        fail ("add_article", error);
      if (outcome != BYLINE_ADD_NEW)
        fail ("add_article: two generated articles are the same", NULL);
      a.n_chars = text->n_chars;
      text_bytes += text->len;
      g_array_append_val (articles, a);
    }
  printf ("built %u articles (%.1f MB of text, %.1f KB each on average) in %.1f s\n", n_articles,
          text_bytes / 1e6, text_bytes / 1e3 / n_articles, ms_since (t0) / 1000);

  /* Notes: in batches inside one outer transaction if add_note allows it */
  t0 = g_get_monotonic_time ();
  if (n_notes > 0)
    {
      g_autoptr (GError) local_error = NULL;

      if (!_byline_store_exec (store, "BEGIN", &error))
        fail ("BEGIN", error);
      batched = add_random_note (store, &gen, articles, &local_error) != 0;
      if (batched)
        done = 1;
      else
        {
          printf ("byline_store_add_note inside an outer transaction fails (%s): "
                  "adding the notes one by one, with PRAGMA synchronous = OFF while building\n",
                  local_error->message);
          if (!_byline_store_exec (store, "ROLLBACK", &error)
              || !_byline_store_exec (store, "PRAGMA synchronous = OFF", &error))
            fail ("ROLLBACK", error);
        }
    }
  for (guint i = done; i < n_notes; i++)
    {
      if (add_random_note (store, &gen, articles, &error) == 0)
        fail ("add_note", error);
      if (batched && (i + 1) % 1000 == 0
          && (!_byline_store_exec (store, "COMMIT", &error)
              || !_byline_store_exec (store, "BEGIN", &error)))
        fail ("COMMIT", error);
      if ((i + 1) % 10000 == 0)
        fprintf (stderr, "  %u notes, %.1f s\n", i + 1, ms_since (t0) / 1000);
    }
  if (batched && !_byline_store_exec (store, "COMMIT", &error))
    fail ("COMMIT", error);
  printf ("built %u notes %s in %.1f s\n", n_notes,
          batched ? "in batches of 1000" : "one per transaction", ms_since (t0) / 1000);
  g_clear_pointer (&store, byline_store_close);
  printf ("library file: %.1f MB (%" G_GINT64_FORMAT " bytes)\n\n", file_size (path) / 1e6,
          file_size (path));

  printf ("%-28s %5s %10s %10s %10s   %s\n", "ms", "runs", "median", "p95", "max", "target");

  /* (d) opening the library, with nothing else holding it */
  {
    g_autoptr (GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));

    for (guint i = 0; i < 20; i++)
      {
        g_autoptr (BylineStore) s = NULL;
        double t;

        t0 = g_get_monotonic_time ();
        s = byline_store_open (path, &error);
        t = ms_since (t0);
        if (s == NULL)
          fail ("open", error);
        g_array_append_val (ms, t);
      }
    print_row ("byline_store_open", ms, NULL);
  }

  store = byline_store_open (path, &error);
  if (store == NULL)
    fail ("open", error);

  /* (a) search, each kind of query and all together */
  {
    g_autoptr (GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr (GHashTable) by_kind = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                            (GDestroyNotify) g_array_unref);
    g_autoptr (GPtrArray) kinds = g_ptr_array_new ();
    guint hits_total = 0;

    for (guint i = 0; i < 200; i++)
      {
        const char *kind = NULL;
        g_autofree char *query = make_query (&gen, i, &kind);
        g_autoptr (GPtrArray) hits = NULL;
        GArray *ms;
        double t;

        t0 = g_get_monotonic_time ();
        hits = byline_store_search (store, query, 20, &error);
        t = ms_since (t0);
        if (hits == NULL)
          fail (query, error);
        hits_total += hits->len;
        g_array_append_val (all, t);
        ms = g_hash_table_lookup (by_kind, kind);
        if (ms == NULL)
          {
            ms = g_array_new (FALSE, FALSE, sizeof (double));
            g_hash_table_insert (by_kind, (gpointer) kind, ms);
            g_ptr_array_add (kinds, (gpointer) kind);
          }
        g_array_append_val (ms, t);
      }
    for (guint i = 0; i < kinds->len; i++)
      print_row (kinds->pdata[i], g_hash_table_lookup (by_kind, kinds->pdata[i]), NULL);
    print_row ("byline_store_search (all)", all, "median < 20 ms");
    printf ("  (limit 20; %.1f hits per query on average)\n", hits_total / 200.0);
  }

  /* (c) one article's notes */
  {
    g_autoptr (GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
    guint n = 0;

    for (guint i = 0; i < 100; i++)
      {
        const BenchArticle *a = &g_array_index (articles, BenchArticle,
                                                g_rand_int_range (gen.rand, 0, articles->len));
        g_autoptr (GPtrArray) notes = NULL;
        double t;

        t0 = g_get_monotonic_time ();
        notes = byline_store_list_notes (store, a->id, NULL, &error);
        t = ms_since (t0);
        if (notes == NULL)
          fail ("list_notes", error);
        n += notes->len;
        g_array_append_val (ms, t);
      }
    print_row ("byline_store_list_notes", ms, NULL);
    printf ("  (one article, %.1f notes on average)\n", n / 100.0);
  }

  /* (b) adding a note, each in its own transaction and on disk when it returns */
  {
    g_autoptr (GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));

    for (guint i = 0; i < 500; i++)
      {
        double t;

        t0 = g_get_monotonic_time ();
        if (add_random_note (store, &gen, articles, &error) == 0)
          fail ("add_note", error);
        t = ms_since (t0);
        g_array_append_val (ms, t);
      }
    print_row ("byline_store_add_note", ms, "median < 5 ms");
  }

  printf ("\nlibrary file: %.1f MB, its log (-wal) %.1f MB\n", file_size (path) / 1e6,
          file_size (wal) / 1e6);

  g_clear_pointer (&store, byline_store_close);
  {
    const char *const suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *p = g_strconcat (path, suffixes[i], NULL);
        g_unlink (p);
      }
    g_rmdir (dir);
  }
  gen_clear (&gen);
  return 0;
}
