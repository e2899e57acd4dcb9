/* test-meetings.c: who met whom, where, when, about what
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "test-util.h"

static gboolean
has_participant (const BylineMeeting *m, const char *name)
{
  for (guint i = 0; i < m->participants->len; i++)
    if (g_strcmp0 (g_array_index (m->participants, BylineParticipant, i).name, name) == 0)
      return TRUE;
  return FALSE;
}

static const BylineMeeting *
find_meeting (const BylineAnalysis *a, const char *p1, const char *p2)
{
  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];
      if (has_participant (m, p1) && has_participant (m, p2))
        return m;
    }
  return NULL;
}

/* Is @name a side of any meeting of @a? */
static gboolean
anyone_met (const BylineAnalysis *a, const char *name)
{
  for (guint i = 0; i < a->meetings->len; i++)
    if (has_participant (a->meetings->pdata[i], name))
      return TRUE;
  return FALSE;
}

/* Does each of the @n texts tell @count meetings? */
static void
assert_meetings_told (const char *const *texts, gsize n, guint count)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (texts[i]);

      g_assert_cmpuint (a->meetings->len, ==, count);
    }
}

#define DATELINE "Talks in Tehran\n\nDecember 11, 2013\n\n"

typedef struct
{
  const char          *input;
  const char          *p1;
  const char          *p2;
  const char          *place;
  const char          *date;    /* ISO, or NULL for none */
  BylineMeetingStatus  status;
} MeetingCase;

static const MeetingCase cases[] = {
  /* talks held between, passive; an infinitive shares its subject */
  { DATELINE "Talks were held between Ana Soto and Luis Ortega in Lima on Monday.",
    "Ana Soto", "Luis Ortega", "Lima", "2013-12-09", BYLINE_MEETING_UNKNOWN },
  { DATELINE "Ana Soto and Luis Ortega agreed to meet again in Quito in March.",
    "Ana Soto", "Luis Ortega", "Quito", NULL, BYLINE_MEETING_PLANNED },
  /* adjuncts of time and place between "received" and its object, with commas, and "the visiting" */
  { DATELINE "President Ana Soto received on Monday the visiting Peruvian foreign minister, Luis Ortega.",
    "Ana Soto", "Luis Ortega", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "King Omar Nasser received on Tuesday, in Amman, Foreign Minister Elena Petrova.",
    "Omar Nasser", "Elena Petrova", "Amman", "2013-12-10", BYLINE_MEETING_HAPPENED },
  { DATELINE "President Ana Soto granted an audience, on the same day, to Foreign Minister Luis Ortega.",
    "Ana Soto", "Luis Ortega", NULL, "2013-12-11", BYLINE_MEETING_HAPPENED },
  /* ... then "his (Chilean) counterpart", "her guest"; a body's building ("at the
   * Ministry's office", "at the Embassy's residence") */
  { DATELINE "Foreign Minister Joyce Mulenga hosted on Monday, in Lusaka, her Zambian counterpart Mwila Banda.",
    "Joyce Mulenga", "Mwila Banda", "Lusaka", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Foreign Minister Ramiro Vela received on Thursday his Chilean counterpart, Tomás Ibáñez, who is on "
    "an official visit to the island.", "Ramiro Vela", "Tomás Ibáñez", NULL, "2013-12-05", BYLINE_MEETING_HAPPENED },
  { DATELINE "Minister of State Ruth Okafor received at the Embassy's residence on Sunday Ambassador Ito Kenji of "
    "Japan.", "Ruth Okafor", "Ito Kenji", NULL, "2013-12-08", BYLINE_MEETING_HAPPENED },
  { DATELINE "Prince Khalid bin Fahd, Minister of Foreign Affairs, received at the Ministry's office in Riyadh "
    "today Dr. Omar Al-Sabah, Minister of Foreign Affairs of the State of Kuwait.",
    "Khalid bin Fahd", "Omar Al-Sabah", "Riyadh", "2013-12-11", BYLINE_MEETING_HAPPENED },
  /* the building's owner after its noun ("at the seat of the ministry"), a bare day
   * ("received Thursday in Lima"), "held discussion with" */
  { DATELINE "Foreign Minister Pedro Alvarez received on Wednesday at the seat of the ministry the Minister of "
    "Trade and Industry of Ghana, Kwame Mensah, who is visiting the country.",
    "Pedro Alvarez", "Kwame Mensah", NULL, "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "Foreign Minister Pedro Alvarez received Thursday in Lima the Ghanaian Minister of Trade and "
    "Industry, Kwame Mensah.", "Pedro Alvarez", "Kwame Mensah", "Lima", "2013-12-05", BYLINE_MEETING_HAPPENED },
  { DATELINE "Interior Minister Sara Lind held discussion today with the Secretary General of the Nordic Council, "
    "Jonas Berg, on border issues.", "Sara Lind", "Jonas Berg", NULL, "2013-12-11", BYLINE_MEETING_HAPPENED },
  /* "the Deputy Prime Minister" later: the one of the two titles joined; "the
   * Foreign Minister" is the one so titled, not the guest mentioned more often
   * whose title only holds the words */
  { DATELINE "Deputy Prime Minister and Foreign Minister Alemu Tesfaye held talks with Karl Vogt. The Deputy "
    "Prime Minister later received Jonas Berg.", "Alemu Tesfaye", "Jonas Berg", NULL, NULL, BYLINE_MEETING_HAPPENED },
  { DATELINE "Foreign Minister Omar Saleh today received Jordanian Minister of Foreign Affairs Ali Nasser. The "
    "Jordanian minister said that relations were strong. Later in the day, the Foreign Minister received "
    "Commonwealth Deputy Secretary-General Prakash Ramdin.", "Omar Saleh", "Prakash Ramdin", NULL, "2013-12-11",
    BYLINE_MEETING_HAPPENED },
  /* "a meeting between A and B", "a meeting of A and his counterpart B" told by
   * a third: its sides are the two, not the teller */
  { DATELINE "Ruiz said a summit between President Luis Soto and President Marta Diaz took place in Quito last year.",
    "Luis Soto", "Marta Diaz", "Quito", NULL, BYLINE_MEETING_HAPPENED },
  { DATELINE "Ruiz said the visit was part of the preparations for a meeting of Peruvian President Luis Soto and "
    "his Chilean counterpart Marta Diaz in Lima.", "Luis Soto", "Marta Diaz", "Lima", NULL, BYLINE_MEETING_PLANNED },
  { DATELINE "Foreign Minister Ana Ruiz arrived in Lima ahead of the summit between President Luis Soto "
    "and President Marta Diaz.", "Luis Soto", "Marta Diaz", "Lima", NULL, BYLINE_MEETING_PLANNED },
  /* a matter "discussed" during a meeting: the meeting is told by its noun, and
   * "his (bilateral) meeting" is the one named before */
  { DATELINE "Foreign Minister Ali Hamid arrived in Lima on Sunday. The matter was discussed during his meeting "
    "with Chilean Foreign Minister Pablo Vera.", "Ali Hamid", "Pablo Vera", "Lima", NULL, BYLINE_MEETING_UNKNOWN },
  { DATELINE "Trade will grow, said Foreign Minister Ali Hamid. He said this was among the matters discussed "
    "during his bilateral meeting with Chilean Foreign Minister Pablo Vera here today.", "Ali Hamid", "Pablo Vera",
    NULL, "2013-12-11", BYLINE_MEETING_UNKNOWN },
  /* "from Pyongyang, where he met X": the place "where" is of; a relative
   * clause of another place and time lends the main clause no side */
  { DATELINE "Envoy Li Wen flew to Seoul from Pyongyang, where he met leader Kim Jong Un on Tuesday.", "Li Wen",
    "Kim Jong Un", "Pyongyang", "2013-12-10", BYLINE_MEETING_HAPPENED },
  { DATELINE "Envoy Li Wen, who flew in from Pyongyang, where he met leader Kim Jong Un on Tuesday, was received by "
    "President Moon Hae in Seoul today.", "Li Wen", "Moon Hae", "Seoul", "2013-12-11", BYLINE_MEETING_HAPPENED },
  /* "arrived in Seoul after meeting X in Pyongyang": the meeting's own place */
  { DATELINE "Secretary of State Tom Hale arrived in Seoul on Sunday after meeting North Korean leader Kim Jong Un "
    "in Pyongyang.", "Tom Hale", "Kim Jong Un", "Pyongyang", "2013-12-08", BYLINE_MEETING_HAPPENED },
  /* "his Russian opposite number X": a counterpart */
  { DATELINE "Deputy Foreign Minister Sayyed Rasoul held talks in Moscow with his Russian opposite number Mikhail "
    "Bogov on Monday.", "Sayyed Rasoul", "Mikhail Bogov", "Moscow", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* a body by its kind as host */
  { DATELINE "The parliamentary foreign affairs committee received Foreign Minister Pablo Vera on Tuesday.",
    "parliamentary foreign affairs committee", "Pablo Vera", NULL, "2013-12-10", BYLINE_MEETING_HAPPENED },
  /* the source after the place and time, or after a comma, is no side */
  { DATELINE "Presidents Ana Soto and Luis Ortega are set to meet in Quito next week, Foreign Ministry spokesman Jorge Vela "
    "said.", "Ana Soto", "Luis Ortega", "Quito", NULL, BYLINE_MEETING_PLANNED },
  /* "talks between the two ministers": the two named before, a secretary of
   * state among them, though no meeting of theirs was told */
  { DATELINE "Secretary of State Tom Hale and his Jordanian counterpart Ali Nasser on Wednesday signed a "
    "memorandum in Amman. The signing came after talks between the two ministers that focused on Syria.",
    "Tom Hale", "Ali Nasser", NULL, NULL, BYLINE_MEETING_UNKNOWN },
  /* "His Highness the Amir", "the Amir": the one titled Amir (the Gulf's emir),
   * not a man named Amir */
  { DATELINE "The Amir Sheikh Hamad Al-Thani began a state visit to Turkey on Sunday. His Highness the Amir held "
    "official talks in Ankara on Monday with Turkish President Kemal Aydin.", "Hamad Al-Thani", "Kemal Aydin",
    "Ankara", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "The Amir Sheikh Hamad Al-Thani arrived in Ankara on Sunday. The Amir is scheduled to meet Speaker "
    "Ali Demir on Friday.", "Hamad Al-Thani", "Ali Demir", NULL, "2013-12-13", BYLINE_MEETING_PLANNED },
  /* "the visiting minister" later: the guest the host received */
  { DATELINE "Foreign Minister Ana Ruiz received her counterpart from Chile, Pablo Vera, in Lima on Monday. Later "
    "in the day the visiting minister was received by Prime Minister Luis Soto.", "Pablo Vera", "Luis Soto",
    "Lima", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "President Omar Haddad welcomed Chancellor Greta Lind at the palace. The visiting chancellor will "
    "call on Speaker Rami Aziz on Friday.", "Greta Lind", "Rami Aziz", NULL, "2013-12-13",
    BYLINE_MEETING_PLANNED },
  /* a long title first, its body's short name in brackets, then the name */
  { DATELINE "Foreign Minister Lena Dahl received at the ministry's headquarters in Oslo today the "
    "Secretary-General of the Organisation for Security and Co-operation in Europe (OSCE), Dr. Paul Otieno.",
    "Lena Dahl", "Paul Otieno", "Oslo", "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "Foreign Minister Lena Dahl received today the Minister of Foreign Affairs, Cooperation and "
    "Nationals Abroad of the Republic of the Congo, Paul Otieno.", "Lena Dahl", "Paul Otieno", NULL,
    "2013-12-11", BYLINE_MEETING_HAPPENED },
  /* the partner past a day before "with" and past a title's portfolio and a
   * comma before the name */
  { DATELINE "Foreign Minister Lena Dahl held discussion today with the UN Special Envoy for the Great Lakes, "
    "Ambassador Paul Otieno, on the peace process.", "Lena Dahl", "Paul Otieno", NULL, "2013-12-11",
    BYLINE_MEETING_HAPPENED },
  { DATELINE "Foreign Minister Lena Dahl held talks on Monday with the EU Special Representative for the Sahel, "
    "Karl Vogt.", "Lena Dahl", "Karl Vogt", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* countries' talks whose sides' leaders are named: the leaders; a meeting by its name after "held" */
  { DATELINE "Bangladesh and India held consultations in Dhaka today, with Foreign Secretary Rafiq Alam leading the "
    "Bangladesh side and Indian Foreign Secretary Anil Verma leading his country's delegation.",
    "Rafiq Alam", "Anil Verma", "Dhaka", "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "Pakistan and Afghanistan held talks in Kabul on Monday. Foreign Secretary Sohail Mahmood led the "
    "Pakistani delegation, and Deputy Foreign Minister Mirwais Nab headed the Afghan side.",
    "Sohail Mahmood", "Mirwais Nab", "Kabul", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Chile and Peru held consultations in Lima today. The Chilean delegation was led by Vice Minister Rosa "
    "Pinto, while the Peruvian side was headed by Ambassador Luis Vera.",
    "Rosa Pinto", "Luis Vera", "Lima", "2013-12-11", BYLINE_MEETING_HAPPENED },
  /* the clause goes on after a relative one: its place and day */
  { DATELINE "Premier Li Wen met with Kazakh Prime Minister Olzhas Bek, who is here for the summit, in Beijing on "
    "Tuesday.", "Li Wen", "Olzhas Bek", "Beijing", "2013-12-10", BYLINE_MEETING_HAPPENED },
  /* a place or a day in a phrase of its own before the verb yields to the verb's own */
  { DATELINE "After arriving in Hanoi on Monday, Li Wen met Pham Minh on Tuesday.",
    "Li Wen", "Pham Minh", "Hanoi", "2013-12-10", BYLINE_MEETING_HAPPENED },
  { DATELINE "Li Wen, who visited Paris last week, met Pham Minh in Hanoi on Tuesday.",
    "Li Wen", "Pham Minh", "Hanoi", "2013-12-10", BYLINE_MEETING_HAPPENED },
  { DATELINE "Upon landing in Oslo on Sunday, Ana Soto held talks with Jonas Berg in Bergen on Monday.",
    "Ana Soto", "Jonas Berg", "Bergen", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* a working meal, face to face, a tête-à-tête */
  { DATELINE "Ana Soto and Luis Ortega held a working dinner in Lima on Monday.",
    "Ana Soto", "Luis Ortega", "Lima", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Ana Soto met face to face with Luis Ortega in Lima on Monday.",
    "Ana Soto", "Luis Ortega", "Lima", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Ana Soto held a tête-à-tête with Luis Ortega in Lima on Monday.",
    "Ana Soto", "Luis Ortega", "Lima", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* (the gathering ahead of which they meet is another meeting) */
  { DATELINE "Ana Soto and Luis Ortega were to hold a working lunch in Lima, ahead of a gathering of foreign "
    "ministers from 20 nations.", "Ana Soto", "Luis Ortega", "Lima", NULL, BYLINE_MEETING_PLANNED },
  /* a trip to a gathering is a meeting with the gathering, not with its host country */
  { DATELINE "Minister Ravi Iyer will travel to Rio de Janeiro in February for the G20 Foreign Ministers' Meeting.",
    "Ravi Iyer", "G20 Foreign Ministers' Meeting", "Rio de Janeiro", NULL, BYLINE_MEETING_PLANNED },
  { DATELINE "Next month, Minister Rui Lobo will fly to Dili for the Council of Ministers of the Community of "
    "Portuguese Language Countries.", "Rui Lobo", "Council of Ministers of the Community of Portuguese Language "
    "Countries", "Dili", NULL, BYLINE_MEETING_PLANNED },
  { DATELINE "Prime Minister Raj Mehta will travel to Australia in May for the Quad summit in Sydney.",
    "Raj Mehta", "Quad summit", "Sydney", NULL, BYLINE_MEETING_PLANNED },
  /* a courtesy call received is a visit, a phone call received none */
  { DATELINE "Foreign Minister Aziz Rahman today received a courtesy call from Japanese Ambassador to Malaysia Ito "
    "Kenji at Wisma Putra in Putrajaya.", "Aziz Rahman", "Ito Kenji", "Wisma Putra, Putrajaya", "2013-12-11",
    BYLINE_MEETING_HAPPENED },
  /* "said he would meet X on Friday": the coming Friday; a province or an island is a place */
  { DATELINE "Blinken said he would meet Wang Yi in Bali on Friday.", "Blinken", "Wang Yi", "Bali", "2013-12-13",
    BYLINE_MEETING_PLANNED },
  { DATELINE "Foreign Minister Ali Khan held talks with Foreign Minister Wang Yi in Hainan on Friday.", "Ali Khan",
    "Wang Yi", "Hainan", "2013-12-06", BYLINE_MEETING_HAPPENED },
  /* a message delivered in person: the envoy and the one it is for */
  { DATELINE "Foreign Minister Godwin Eze on Tuesday in N'Djamena delivered a special message from President Musa "
    "Bello to the Chadian President, Mr Idriss Kebir.", "Godwin Eze", "Idriss Kebir", "N'Djamena", "2013-12-10",
    BYLINE_MEETING_HAPPENED },
  /* a summit those who agreed will arrange is its own sides' */
  { DATELINE "Ana Soto and Luis Ortega agreed to hold a summit between President Jorge Vela and Prime Minister "
    "Rosa Paz at an early date.", "Jorge Vela", "Rosa Paz", NULL, NULL, BYLINE_MEETING_PLANNED },
  /* talks between two countries, or a country and a body, told as an event */
  { DATELINE "Talks between Russia and China concluded in Moscow on Monday.",
    "Russia", "China", "Moscow", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "The fifth round of talks between Iran and the IAEA will be held in Vienna next week.",
    "Iran", "IAEA", "Vienna", NULL, BYLINE_MEETING_PLANNED },
  { DATELINE "A new round of negotiations between the government and the rebels opened in Doha on Monday.",
    "government", "rebels", "Doha", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* (a side led by no one named stays the country) */
  { DATELINE "Japan and Korea held talks in Seoul on Monday. Analyst Ken Mori said the Japanese side was led by a "
    "deputy.", "Japan", "Korea", "Seoul", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Foreign Minister Ken Mori and his Australian counterpart Ann Wells held the fifth Ministerial Dialogue "
    "in Tokyo on Monday.", "Ken Mori", "Ann Wells", "Tokyo", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* a body before a hyphenated or two-word title and its portfolio: the body is the person's */
  { DATELINE "Ambassador Oh Min-jun met with UN Under-Secretary-General for Political Affairs Helena Marston in New "
    "York.", "Oh Min-jun", "Helena Marston", "New York", "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "Ambassador Oh Min-jun met with EU High Representative for Foreign Affairs Josep Vidal in Brussels.",
    "Oh Min-jun", "Josep Vidal", "Brussels", "2013-12-11", BYLINE_MEETING_HAPPENED },
  /* a long title's portfolio after "to", "on" or "for" before the person called on */
  { DATELINE "Vice Minister Li Ming on Tuesday called on Adviser to the Prime Minister on Foreign Affairs Karim "
    "Qureshi in Islamabad.", "Li Ming", "Karim Qureshi", "Islamabad", "2013-12-10", BYLINE_MEETING_UNKNOWN },
  { DATELINE "Ambassador Li Wei paid a call on the Minister for Foreign Affairs Kofi Mensah in Accra on Monday.",
    "Li Wei", "Kofi Mensah", "Accra", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "The envoy Rita Osei called on Special Adviser to the President for National Security Omar Bello "
    "in Abuja.", "Rita Osei", "Omar Bello", "Abuja", NULL, BYLINE_MEETING_UNKNOWN },
  /* "the talks (held ...) between A and B" after another verb: both sides after "between", no subject */
  { DATELINE "Officials recalled the talks held in Nouakchott last July between Prime Minister Ali Sene and "
    "President Omar Diallo.", "Ali Sene", "Omar Diallo", "Nouakchott", NULL, BYLINE_MEETING_HAPPENED },
  { DATELINE "Analysts praised the talks between Chancellor Karl Berg and Premier Jan Novak.",
    "Karl Berg", "Jan Novak", NULL, "2013-12-11", BYLINE_MEETING_HAPPENED },
  /* both names before "who" */
  { DATELINE "Kemal Arslan and Elnur Aliyev, who met in Ankara on Monday, signed five agreements.",
    "Kemal Arslan", "Elnur Aliyev", "Ankara", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Russian Foreign Minister Sergei Lavrov was scheduled to land in Tehran on Wednesday for a "
    "two-day-long meeting with his Iranian counterpart, Javad Zarif.",
    "Sergei Lavrov", "Javad Zarif", "Tehran", "2013-12-11", BYLINE_MEETING_PLANNED },
  { DATELINE "Turkish Parliament Speaker Binali Yıldırım on Monday met his Iranian counterpart Ali Larijani in "
    "capital Tehran.", "Binali Yıldırım", "Ali Larijani", "Tehran", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Sergei Lavrov will also meet with Iranian President Hassan Rouhani.",
    "Sergei Lavrov", "Hassan Rouhani", NULL, NULL, BYLINE_MEETING_PLANNED },
  { DATELINE "Pak Thae Song, chairman of the Supreme People's Assembly, met and had a talk with Byacheslav "
    "Wolodin, speaker of the State Duma, at the building of the State Duma on Tuesday.",
    "Pak Thae Song", "Byacheslav Wolodin", "State Duma", "2013-12-10", BYLINE_MEETING_HAPPENED },
  { DATELINE "Javad Zarif, who recently led nuclear negotiations with Western nations in Geneva, spoke.",
    "Javad Zarif", "Western nations", "Geneva", NULL, BYLINE_MEETING_HAPPENED },
  /* the object of "received" past a manner, a place and a day: "in audience today at
   * X Palace", "in his office in Lisbon on Monday"; an apposition by office after it */
  { DATELINE "Sheikh Hamad bin Rashid Al Nuaimi, Minister of State, received in audience today at Al Mushrif "
    "Palace Dr. Amara Okonkwo, Foreign Minister of Ghana.",
    "Hamad bin Rashid Al Nuaimi", "Amara Okonkwo", "Al Mushrif Palace", "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "Parliament Speaker Tomas Reyes received in his office in Lisbon on Monday Ms. Ingrid Solberg, the "
    "Norwegian ambassador.",
    "Tomas Reyes", "Ingrid Solberg", "Lisbon", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "The governor, Carla Mendes Prado, received on Tuesday at the state palace Mr. Yusuf Demir, a "
    "senior adviser to the Turkish president.",
    "Carla Mendes Prado", "Yusuf Demir", NULL, "2013-12-10", BYLINE_MEETING_HAPPENED },
  /* an interview's turn: "I" is the label's speaker */
  { DATELINE "Trade Minister Lee Soo-min spoke to reporters.\n\nQ: You were in Tokyo. What happened?\n\n"
    "LEE: I met Haruki Sato, the Japanese trade minister, on Monday, and we spent an hour together.",
    "Lee Soo-min", "Haruki Sato", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Economy Minister Rui Tavares gave an interview.\n\nQ: And Madrid?\n\n"
    "TAVARES: Last week I also met Carmen Ortiz in Madrid. It went well.",
    "Rui Tavares", "Carmen Ortiz", "Madrid", NULL, BYLINE_MEETING_HAPPENED },
  /* "met separately with the delegation of A, headed by X, and with the delegation
   * of B (SHORT), headed by Y": a meeting with each head */
  { DATELINE "Mediator Omar Haddad met separately on Monday with the delegation of the government, headed by "
    "Deputy Minister Paul Okello, and with the delegation of the rebel alliance, headed by Jean Kabila-Moto.",
    "Omar Haddad", "Paul Okello", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Mediator Omar Haddad met separately on Monday with the delegation of the government, headed by "
    "Deputy Minister Paul Okello, and with the delegation of the rebel alliance, headed by Jean Kabila-Moto.",
    "Omar Haddad", "Jean Kabila-Moto", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Minister Dr. Nadia Farouk met separately today with the delegation of the Government of the "
    "Republic of Chad, headed by HE Deputy Prime Minister Idriss Mahamat, and with the delegation of the "
    "Union of Forces (UFR), headed by Ahmat Brahim-Saleh.",
    "Nadia Farouk", "Ahmat Brahim-Saleh", NULL, "2013-12-11", BYLINE_MEETING_HAPPENED },
  /* a dateline with its agency in brackets and no dash: the agency met no one */
  { "Lisbon, Mar 2, 2015 (PTI) Portugal and Spain on Monday agreed to build a bridge as Prime Minister Ana "
    "Costa held talks with her Spanish counterpart Pedro Ruiz here.",
    "Ana Costa", "Pedro Ruiz", "Lisbon", "2015-03-02", BYLINE_MEETING_HAPPENED },
  { "Nairobi, 4 June 2014 (KNA) Kenya and Uganda on Wednesday agreed to share a railway as President Daniel "
    "Otieno met his Ugandan counterpart Moses Okot in the capital.",
    "Daniel Otieno", "Moses Okot", "Nairobi", "2014-06-04", BYLINE_MEETING_HAPPENED },
  /* an official no one names stands for the country */
  { DATELINE "Chile's deputy foreign minister held talks with Ambassador Rosa Vera in Lima.",
    "Chile", "Rosa Vera", "Lima", "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "A Ghanaian vice-minister met Trade Commissioner Anna Berg in Accra on Monday.",
    "Ghana", "Anna Berg", "Accra", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* "the upcoming summit in X", "the next summit in X": another meeting, to come,
   * whose place is not this one's */
  { DATELINE "Director-General Karl Weber met with Ms. Ana Ruiz, Minister of Health of Chile. They discussed the "
    "upcoming health summit in Nairobi.",
    "Karl Weber", "Ana Ruiz", NULL, "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "Minister Lars Holm held talks with Ambassador Mei Tan on Monday. They reviewed plans for the next "
    "summit in Oslo.",
    "Lars Holm", "Mei Tan", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* "held <modifier> talks", "held consultations in X with Y" */
  { DATELINE "Prime Minister Ana Costa and President Luis Vera held delegation-level talks at the Belem Palace.",
    "Ana Costa", "Luis Vera", "Belem Palace", "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "Chancellor Otto Brandt and Premier Mei Lin held wide-ranging talks in Berlin on Monday.",
    "Otto Brandt", "Mei Lin", "Berlin", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Deputy Foreign Minister Ana Costa held consultations in Lisbon with Chile's ambassador, Luis Vera.",
    "Ana Costa", "Luis Vera", "Lisbon", "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "Envoy Kurt Maier held negotiations in Vienna on Monday with Iranian diplomat Reza Tabari.",
    "Kurt Maier", "Reza Tabari", "Vienna", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* "received the Ambassador of X to the Y, NAME": the name after the post */
  { DATELINE "Sheikh Hamad Al Nuaimi received the Ambassador of the Netherlands to the UAE, Pieter de Vries.",
    "Hamad Al Nuaimi", "Pieter de Vries", NULL, "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "King Carl Berg received the Ambassador of South Korea to the Kingdom, Lee Min-ho, on Monday.",
    "Carl Berg", "Lee Min-ho", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* two modifiers of one group noun */
  { DATELINE "Senator Ana Duarte sat down with about two dozen peanut and cotton growers at a cooperative in Tifton.",
    "Ana Duarte", "peanut and cotton growers", "Tifton", "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "Mayor Tom Hale met business and civic leaders in Fresno on Monday.",
    "Tom Hale", "business and civic leaders", "Fresno", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* "Qatar's prime minister was hosted by X": the one of that country with that
   * title, named elsewhere */
  { DATELINE "Qatar's prime minister was hosted at the State Department on Monday by Secretary of State Daniel "
    "Cole. Earlier, Qatari Prime Minister Hamad Al-Thani had met senators.",
    "Hamad Al-Thani", "Daniel Cole", "State Department", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Peru's foreign minister was received in Quito on Tuesday by President Luis Ortega. Peruvian Foreign "
    "Minister Rosa Quispe later spoke to reporters.",
    "Rosa Quispe", "Luis Ortega", "Quito", "2013-12-10", BYLINE_MEETING_HAPPENED },
  /* a wire dateline whose first place is a body: the city after it */
  { "UNITED NATIONS, New York, 4 March 2024 — Secretary-General Karl Weber met with Chilean President Ana Ruiz "
    "on the margins of the session.",
    "Karl Weber", "Ana Ruiz", "New York", "2024-03-04", BYLINE_MEETING_HAPPENED },
  { "WORLD BANK, Washington, 12 May 2023 — Bank President Karl Weber held talks with Kenyan Finance Minister Ana "
    "Otieno on debt relief.",
    "Karl Weber", "Ana Otieno", "Washington", "2023-05-12", BYLINE_MEETING_HAPPENED },
  /* a meeting told as today's, late in a wire story, with no place: the dateline's city */
  { "DOHA, May 3, 2024 (QNA) -- Minister Ali Hamad Al-Kuwari received Ambassador Jan Berg of Norway at his "
    "office today.\n\nDuring the meeting, they reviewed bilateral relations and ways to develop them in the "
    "fields of energy, shipping, education and culture, as well as regional and international issues of common "
    "concern.\n\nThe minister stressed the importance of the partnership and the long record of cooperation "
    "between the two countries in many fields over the past decades.\n\nThe ambassador conveyed the greetings "
    "of his government and expressed his appreciation for the efforts made in mediation and humanitarian work "
    "around the region.\n\nIn a separate reception today, Minister of State Khalid Al-Sada received the Special "
    "Envoy of the Secretary-General for Libya, Mr. Peter Lund.",
    "Khalid Al-Sada", "Peter Lund", "DOHA", "2024-05-03", BYLINE_MEETING_HAPPENED },
  /* "on the sidelines of the summit": where and when the gathering told before was */
  { DATELINE "Leaders of Kenya, Uganda and Tanzania met in Arusha on Monday. On the sidelines of the summit, "
    "President Daniel Otieno and President Moses Okot held talks on a railway.",
    "Daniel Otieno", "Moses Okot", "Arusha", "2013-12-09", BYLINE_MEETING_UNKNOWN },
  { DATELINE "Foreign ministers of the Nordic states met in Oslo on Tuesday. On the margins of the meeting, "
    "Minister Eva Lund held bilateral talks with Minister Pekka Virtanen.",
    "Eva Lund", "Pekka Virtanen", "Oslo", "2013-12-10", BYLINE_MEETING_UNKNOWN },
  /* "in his Kremlin office", "at his Paris residence": the place before the building */
  { DATELINE "Senator Ana Duarte met Senator Tom Hale in his Kremlin office on Monday.",
    "Ana Duarte", "Tom Hale", "Kremlin", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Envoy Lina Park met Minister Omar Said at his Paris residence on Tuesday.",
    "Lina Park", "Omar Said", "Paris", "2013-12-10", BYLINE_MEETING_HAPPENED },
  { DATELINE "Trade Minister Lee Soo-min spoke to reporters.\n\nQ: And next?\n\nLEE: It was a long week. And I "
    "plan to travel in August to meet families separated by the war.",
    "Lee Soo-min", "families", NULL, NULL, BYLINE_MEETING_PLANNED },
  { DATELINE "Economy Minister Rui Tavares gave an interview.\n\nQ: And Madrid?\n\nTAVARES: We are close. I hope "
    "to meet the Spanish negotiators again in March.",
    "Rui Tavares", "Spanish negotiators", NULL, NULL, BYLINE_MEETING_PLANNED },
  /* "ahead of the summit in X", "to prepare for the summit in X": another meeting's place */
  { DATELINE "Chancellor Otto Brandt met Premier Mei Lin on Monday before the G7 summit in Rome.",
    "Otto Brandt", "Mei Lin", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "President Ana Soto met King Harald Olsen on Tuesday to prepare for the Nordic summit in Oslo.",
    "Ana Soto", "Harald Olsen", NULL, "2013-12-10", BYLINE_MEETING_HAPPENED },
  { DATELINE "President Ana Soto met King Harald Olsen in Bergen on Tuesday ahead of the Nordic summit in Oslo.",
    "Ana Soto", "Harald Olsen", "Bergen", "2013-12-10", BYLINE_MEETING_HAPPENED },
  /* "The two first met": one named in the sentence before, the other a few before */
  { DATELINE "Ana Duarte keeps a photograph on her desk of a hotel lobby in Vienna.\n\nThe other person at that "
    "table was Luis Vera, then a young engineer. The two first met in 2015 in Vienna, on the sidelines of a "
    "conference.",
    "Ana Duarte", "Luis Vera", "Vienna", NULL, BYLINE_MEETING_HAPPENED },
  { DATELINE "Judge Kofi Mensah still has the letter. It is short and handwritten.\n\nIt came from Ama Owusu, "
    "then a law student. The two met in Accra a year later.",
    "Kofi Mensah", "Ama Owusu", "Accra", NULL, BYLINE_MEETING_HAPPENED },
  /* "his Omani counterpart": the one titled by that country where named, past an honorific */
  { DATELINE "Oman's Foreign Minister Sayyid Badr Al Harthi arrived on Monday. Kuwaiti Minister Ali Saleh held "
    "talks with his Omani counterpart in Kuwait City on Tuesday.",
    "Ali Saleh", "Badr Al Harthi", "Kuwait City", "2013-12-10", BYLINE_MEETING_HAPPENED },
  { DATELINE "Qatari Foreign Minister Sheikh Hamad Al-Thani spoke first. Later, British Foreign Secretary Tom "
    "Hale met his Qatari counterpart in London on Monday.",
    "Tom Hale", "Hamad Al-Thani", "London", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* "The Saudi foreign minister was received by X": the one so titled where named */
  { DATELINE "The session was attended by Saudi Foreign Minister Prince Faisal Al Saud and others. The Saudi "
    "foreign minister was also received by Crown Prince Jaber Al-Sabah at Bayan Palace.",
    "Faisal Al Saud", "Jaber Al-Sabah", "Bayan Palace", NULL, BYLINE_MEETING_HAPPENED },
  { DATELINE "Jordan's Interior Minister Dr. Omar Haddad flew in on Monday. The Jordanian minister was received "
    "by President Ana Soto at the palace on Tuesday.",
    "Omar Haddad", "Ana Soto", NULL, "2013-12-10", BYLINE_MEETING_HAPPENED },
  /* "<Country>'s official will be in X for talks with Y" */
  { DATELINE "Peru's trade minister was in Quito on Monday for talks with President Luis Ortega.",
    "Peru", "Luis Ortega", "Quito", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Kenya's deputy foreign minister will be in Kampala on Friday for talks with Foreign Minister Ruth "
    "Nabirye.",
    "Kenya", "Ruth Nabirye", "Kampala", "2013-12-13", BYLINE_MEETING_PLANNED },
  /* "the visiting president": the visitor of the trip told last */
  { DATELINE "Chilean President Luis Vera arrived in Lima on Sunday on a three-day state visit. Earlier in the "
    "day, Foreign Minister Rosa Quispe called on the visiting president and discussed trade.",
    "Rosa Quispe", "Luis Vera", NULL, "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "Kenyan Prime Minister Ruth Wanjiku arrived in Accra on Monday for an official visit. Ghana's "
    "parliament speaker Kofi Boateng later received the visiting prime minister at Parliament House.",
    "Kofi Boateng", "Ruth Wanjiku", "Parliament House", NULL, BYLINE_MEETING_HAPPENED },
  /* a title alone for the one who holds it: "the Premier" a prime minister, "the
   * Secretary" a secretary of state, "His Highness" the one titled sheikh,
   * "His Majesty" the king (not the queen), "the Chinese deputy minister" a
   * vice foreign minister whose country the article does not give, "the Spanish
   * envoy" an ambassador */
  { DATELINE "Prime Minister Ines Varga opened the summit on Monday. In a separate meeting, the Premier received "
    "Chilean President Tomas Vidal in Vienna on Tuesday.",
    "Ines Varga", "Tomas Vidal", "Vienna", "2013-12-10", BYLINE_MEETING_HAPPENED },
  { DATELINE "Premier Ines Varga opened the summit on Monday. Later, the prime minister received Chilean President "
    "Tomas Vidal in Vienna on Tuesday.",
    "Ines Varga", "Tomas Vidal", "Vienna", "2013-12-10", BYLINE_MEETING_HAPPENED },
  { DATELINE "Secretary of State Helen Brandt met Polish Foreign Minister Marek Nowicz in Warsaw on Monday. The "
    "Secretary also met on Tuesday with Lithuanian Premier Rasa Kairiene.",
    "Helen Brandt", "Rasa Kairiene", NULL, "2013-12-10", BYLINE_MEETING_HAPPENED },
  { DATELINE "Sheikh Hamad bin Nasser, the foreign minister, received his Kuwaiti counterpart Ali Saleh in Doha on "
    "Monday. Later, His Highness received Egyptian Foreign Minister Omar Haddad.",
    "Hamad bin Nasser", "Omar Haddad", "Doha", NULL, BYLINE_MEETING_HAPPENED },
  { DATELINE "King Rashid Omar received Queen Lena Holt in Amman on Monday. On Tuesday, His Majesty received Trade "
    "Minister Ivo Petrov.",
    "Rashid Omar", "Ivo Petrov", "Amman", "2013-12-10", BYLINE_MEETING_HAPPENED },
  { DATELINE "Vice Foreign Minister Chen Hao called on Minister Ravi Menon on Monday. The Chinese deputy minister is "
    "also scheduled to meet Trade Minister Sunil Rao on Wednesday.",
    "Chen Hao", "Sunil Rao", NULL, "2013-12-11", BYLINE_MEETING_PLANNED },
  { DATELINE "Ambassador Marta Ruiz arrived in Rabat on Sunday. On Monday, the Spanish envoy met Interior Minister "
    "Karim Idrissi.",
    "Marta Ruiz", "Karim Idrissi", "Rabat", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* "his Angolan counterpart, President X": past the title to the name */
  { DATELINE "Foreign Minister Ana Lopes met her Angolan counterpart, President Joao Neto, in Luanda on Monday.",
    "Ana Lopes", "Joao Neto", "Luanda", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* "the army delegation was received by X": the head of the delegation whose words say so */
  { DATELINE "Envoy Lars Berg met separately with the delegation of the army, headed by General Ali Musa, and with "
    "the delegation of the police, headed by Colonel Omar Idris. The army delegation was later received by "
    "President Ana Soto.",
    "Ali Musa", "Ana Soto", NULL, NULL, BYLINE_MEETING_HAPPENED },
  { DATELINE "Mediator Omar Haddad met separately on Monday with the delegation of the government, headed by "
    "Deputy Minister Paul Okello, and with the delegation of the rebel alliance, headed by Jean Kabila-Moto. The "
    "government delegation was received on Tuesday by President Ana Soto.",
    "Paul Okello", "Ana Soto", NULL, "2013-12-10", BYLINE_MEETING_HAPPENED },
  /* "meet" inside a quotation has no subject before it; "his" is not Ms Holt */
  { DATELINE "Foreign Minister Oskar Vane also met Ms Lena Holt and said it was \"a pleasure to meet and "
    "talk\".\n\nOn his meeting with Tom Brand, he said they talked about trade.",
    "Oskar Vane", "Tom Brand", NULL, NULL, BYLINE_MEETING_UNKNOWN },
  /* but scare quotes before the verb leave the subjects in place */
  { DATELINE "Sergei Lavrov and Javad Zarif had an \"important\" meeting in Tehran on Wednesday.",
    "Sergei Lavrov", "Javad Zarif", "Tehran", "2013-12-11", BYLINE_MEETING_HAPPENED },
  /* a nominal trigger with "between", its sides joined by "and" */
  { DATELINE "Talks between Austrian Chancellor Petra Lindqvist and her Polish counterpart Marek Nowicz ended "
    "in Vienna on Monday after five hours.",
    "Petra Lindqvist", "Marek Nowicz", "Vienna", "2013-12-09", BYLINE_MEETING_UNKNOWN },
  /* "in a meeting on Tuesday with X": a short phrase between the noun and its partner */
  { DATELINE "Foreign Minister Ana Duarte raised fishing quotas in a meeting on Tuesday with Irish Foreign "
    "Minister Colm Regan.",
    "Ana Duarte", "Colm Regan", NULL, "2013-12-10", BYLINE_MEETING_UNKNOWN },
  /* an object pronoun: the one last named as a subject */
  { DATELINE "Ambassador Lewis Hartley was hosted at the ministry in Lima on Monday.\n\n"
    "Deputy Minister Farid Osmani received him.",
    "Farid Osmani", "Lewis Hartley", "Lima", NULL, BYLINE_MEETING_HAPPENED },
  /* a trip to a country whose hosts are not named is a meeting with that country */
  { DATELINE "Finance Minister Karl Weber plans to travel to Brazil at the end of the month.",
    "Karl Weber", "Brazil", "Brazil", NULL, BYLINE_MEETING_PLANNED },
  /* and the possessor of the trip is the visitor, not the sentence's subject */
  { DATELINE "Olga Brandt will also discuss Premier Ivo Sander's likely visit to Havana with officials.",
    "Ivo Sander", "Cuba", "Havana", NULL, BYLINE_MEETING_UNKNOWN },
  /* "a visit by X to Y": the visitor follows "by" */
  { DATELINE "The ministry's spokesman pointed to a recent visit by Minister Karl Weber to Lima.",
    "Karl Weber", "Peru", "Lima", NULL, BYLINE_MEETING_UNKNOWN },
  /* idioms of meeting: "sat down with", "welcomed X to PLACE", "hosted a dinner for X" */
  { DATELINE "The Brazilian leader, Rosa Lima, sat down with Argentine President Tomas Vidal in Recife on Monday.",
    "Rosa Lima", "Tomas Vidal", "Recife", "2013-12-09", BYLINE_MEETING_UNKNOWN },
  { DATELINE "Polish President Jan Nowak welcomed Lithuanian President Tomas Kairys to Warsaw on Saturday.",
    "Jan Nowak", "Tomas Kairys", "Warsaw", "2013-12-07", BYLINE_MEETING_HAPPENED },
  { DATELINE "Foreign Minister Omar Haddad hosted a dinner for Jordanian Prime Minister Sami Nasser in Amman, "
    "which the delegation reached on Friday.",
    "Omar Haddad", "Sami Nasser", "Amman", "2013-12-11", BYLINE_MEETING_HAPPENED },
  /* "met behind closed doors with X", "met privately with X", "met in private with X" */
  { DATELINE "Bishop Rosa Delgado met behind closed doors with Interior Minister Henrik Aalto in Oslo on Monday.",
    "Rosa Delgado", "Henrik Aalto", "Oslo", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Mayor Ana Ruiz met privately with Bishop Luis Ortega in Quito on Monday.",
    "Ana Ruiz", "Luis Ortega", "Quito", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "On Tuesday Senator Carla Vidal met in private with Governor Tom Reyes in Santa Fe.",
    "Carla Vidal", "Tom Reyes", "Santa Fe", "2013-12-10", BYLINE_MEETING_HAPPENED },
  /* "agreed by phone to hold their first face-to-face meeting": a meeting to come,
   * though the agreeing was by phone */
  { DATELINE "Rui Tavares and Carmen Ortiz agreed by phone to hold their first face-to-face meeting before the "
    "summit.", "Rui Tavares", "Carmen Ortiz", NULL, NULL, BYLINE_MEETING_PLANNED },
  { DATELINE "Speaking by telephone, Premier Lars Holm and Chancellor Greta Maier agreed to have an in-person meeting "
    "in Bonn next month.", "Lars Holm", "Greta Maier", "Bonn", NULL, BYLINE_MEETING_PLANNED },
  /* "granted an audience to X", "gave an audience to X" */
  { DATELINE "Pope Leo gave an audience to President Ana Soto at the Vatican on Monday.",
    "Leo", "Ana Soto", "Vatican", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "On Tuesday Emir Khalid bin Saud granted an audience to Ambassador Ingrid Solberg in Doha.",
    "Khalid bin Saud", "Ingrid Solberg", "Doha", "2013-12-10", BYLINE_MEETING_HAPPENED },
  /* "the meeting that X held ... with Y": the relative clause's subject and partner,
   * not the main clause's subject */
  { DATELINE "Foreign Minister Ana Soto spoke on Monday. The minister also referred to the meeting that Luis Ortega "
    "held last Friday in Quito with the Spanish foreign minister, Carmen Ruiz, who was touring the region.",
    "Luis Ortega", "Carmen Ruiz", "Quito", "2013-12-06", BYLINE_MEETING_HAPPENED },
  { DATELINE "Ana Soto praised the meeting which President Luis Ortega had on Monday in Quito with Chancellor Greta "
    "Maier.", "Luis Ortega", "Greta Maier", "Quito", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* "after the Peru game", "before the Chile summit": when, not with whom */
  { DATELINE "Coach Tom Reyes will sit down with Minister Ana Soto after the Peru game.",
    "Tom Reyes", "Ana Soto", NULL, NULL, BYLINE_MEETING_PLANNED },
  { DATELINE "Governor Lisa Moran met Mayor Jon Pike on Monday before the Chile summit.",
    "Lisa Moran", "Jon Pike", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* "sat across the table from X", "will sit across from X" */
  { DATELINE "Senator Paul Hendricks sat across the table from Governor Lisa Moran on Tuesday.",
    "Paul Hendricks", "Lisa Moran", NULL, "2013-12-10", BYLINE_MEETING_HAPPENED },
  { DATELINE "On Friday the union's chief, Rosa Delgado, will sit across from Transport Minister Henrik Aalto in "
    "Oslo.", "Rosa Delgado", "Henrik Aalto", "Oslo", "2013-12-13", BYLINE_MEETING_PLANNED },
  /* a delegation's head past a body and a title: "led by Senate member X", "headed
   * by its Vice President, X" */
  { DATELINE "Vice President Ana Ruiz on Thursday received a delegation of Chilean lawmakers led by Senate member "
    "Jorge Pinto at the Presidential Office.",
    "Ana Ruiz", "Jorge Pinto", "Presidential Office", "2013-12-05", BYLINE_MEETING_HAPPENED },
  { DATELINE "In Quito, Premier Lucia Mena received a delegation from the World Bank headed by its Vice President, "
    "Anders Holm, on Monday.",
    "Lucia Mena", "Anders Holm", "Quito", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Finance Minister Sara Nilsen met in Oslo on Tuesday with a delegation of the Asian Development Bank "
    "led by its Director General, Kenji Mori.",
    "Sara Nilsen", "Kenji Mori", "Oslo", "2013-12-10", BYLINE_MEETING_HAPPENED },
  /* an unnamed envoy as the subject */
  { DATELINE "The Pakistani envoy called on Afghan Foreign Minister Karim Zaman in Kabul.",
    "Pakistani envoy", "Karim Zaman", "Kabul", NULL, BYLINE_MEETING_UNKNOWN },
  /* the same meeting told again: "during the talks in Abuja" */
  { DATELINE "Ghanaian President Kofi Mensah and Nigerian President Musa Bello signed two agreements during the "
    "talks in Abuja.",
    "Kofi Mensah", "Musa Bello", "Abuja", "2013-12-11", BYLINE_MEETING_HAPPENED },
  /* "is hosting X", "held a summit in Seoul" */
  { DATELINE "Chancellor Greta Maier is hosting President Paul Moreau for two days of talks in Bonn.",
    "Greta Maier", "Paul Moreau", "Bonn", NULL, BYLINE_MEETING_ONGOING },
  { DATELINE "Prime Minister Kenji Sato and President Daniel Moon held a summit in Seoul.",
    "Kenji Sato", "Daniel Moon", "Seoul", "2013-12-11", BYLINE_MEETING_HAPPENED },
  /* a wire dateline's city does not replace a place in another country, nor date a
   * meeting told after the lead */
  { "Talks\n\nDecember 11, 2013\n\nWASHINGTON (Reuters) - The talks went on.\n\n"
    "Defense Secretary Lloyd Barnes will meet his counterpart, Dong Wei, in Singapore this week.",
    "Lloyd Barnes", "Dong Wei", "Singapore", NULL, BYLINE_MEETING_PLANNED },
  /* "exchanged views", a passive with its agent after "by", an invitation's host is
   * not the visitor, "X told Y during their meeting" */
  { DATELINE "Premier Li Wen and President Ruth Kamau exchanged views on trade in Nairobi on Monday.",
    "Li Wen", "Ruth Kamau", "Nairobi", "2013-12-09", BYLINE_MEETING_UNKNOWN },
  { DATELINE "Foreign Secretary Vikram Rao was met at the airport in Kathmandu by Foreign Minister Bimala Sharma.",
    "Vikram Rao", "Bimala Sharma", "Kathmandu", "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "At the invitation of the Russian government, President Tran Van Minh will pay a state visit to "
    "Russia.", "Tran Van Minh", "Russia", "Russia", NULL, BYLINE_MEETING_PLANNED },
  { DATELINE "President Anna Keller told Chancellor Karl Huber during their meeting that Bern would help.",
    "Anna Keller", "Karl Huber", NULL, "2013-12-11", BYLINE_MEETING_UNKNOWN },
  /* a participle opening the sentence; greeted by; conferred with */
  { DATELINE "Meeting with Emir Tamim Haddad in Doha on Tuesday, President Omar Rahimi praised the ties.",
    "Omar Rahimi", "Tamim Haddad", "Doha", "2013-12-10", BYLINE_MEETING_UNKNOWN },
  { DATELINE "Prime Minister Nikos Petrou was greeted by President Eleni Andreou at the airport in Larnaca.",
    "Nikos Petrou", "Eleni Andreou", "Larnaca", "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "President Aino Virtanen conferred with Prime Minister Erik Lund in Stockholm.",
    "Aino Virtanen", "Erik Lund", "Stockholm", "2013-12-11", BYLINE_MEETING_HAPPENED },
  /* taking part in an organisation's meeting: took part in, participated in, addressed */
  { DATELINE "Prime Minister Anna Berg took part in the European Council meeting in Brussels.",
    "Anna Berg", "European Council", "Brussels", "2013-12-11", BYLINE_MEETING_UNKNOWN },
  { DATELINE "Prime Minister Raj Mehta addressed the BRICS summit in Johannesburg.",
    "Raj Mehta", "BRICS", "Johannesburg", NULL, BYLINE_MEETING_UNKNOWN },
  /* "a discussion regarding the visit with X" */
  { DATELINE "Foreign Minister Omar Haddad had a discussion regarding the visit with Prime Minister Sami "
    "Nasser on Monday.", "Omar Haddad", "Sami Nasser", NULL, "2013-12-09", BYLINE_MEETING_UNKNOWN },
  /* "both sides": the pair of the meeting before */
  { DATELINE "Foreign Minister Anna Berg met Foreign Minister Lars Holm in Oslo on Monday.\n\n"
    "Both sides held talks again in Bergen on Tuesday.",
    "Anna Berg", "Lars Holm", "Oslo", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* trips told by their verbs: will visit, toured, a tour of, arrived in ... for a
   * visit, flew to */
  { DATELINE "Prime Minister Raj Mehta will visit Japan next week.",
    "Raj Mehta", "Japan", "Japan", NULL, BYLINE_MEETING_PLANNED },
  { DATELINE "Foreign Minister Lena Holt toured Vietnam and Laos.",
    "Lena Holt", "Laos", "Laos", NULL, BYLINE_MEETING_UNKNOWN },
  { DATELINE "Premier Li Wen arrived in Canberra on Sunday for a four-day official visit.",
    "Li Wen", "Australia", "Canberra", "2013-12-08", BYLINE_MEETING_UNKNOWN },
  { DATELINE "Prime Minister Anna Berg flew to Washington for talks.",
    "Anna Berg", "United States", "Washington", NULL, BYLINE_MEETING_UNKNOWN },
  /* a relative clause has its own time: not the main clause's Wednesday */
  { DATELINE "Anna Berg will arrive in Oslo on Wednesday to see Olof Dahl, who recently held talks with "
    "European diplomats in Brussels.",
    "Olof Dahl", "European diplomats", "Brussels", NULL, BYLINE_MEETING_UNKNOWN },
  /* "talked", "the visit of X to Y", "a courtesy visit to" a person, "a group of",
   * "delegations of" two countries, a fronted meeting with a country's own title */
  { DATELINE "Armenian Prime Minister Ara Petrosyan and Georgian Prime Minister Levan Beridze talked on the "
    "sidelines of the forum in Minsk.",
    "Ara Petrosyan", "Levan Beridze", "Minsk", NULL, BYLINE_MEETING_UNKNOWN },
  { DATELINE "The visit of Chilean President Ana Soto to Hungary was the first in 20 years.",
    "Ana Soto", "Hungary", "Hungary", NULL, BYLINE_MEETING_UNKNOWN },
  { DATELINE "Vietnamese Deputy Prime Minister Tran Van Long paid a courtesy visit to Cambodian Prime Minister "
    "Sok Chenda.",
    "Tran Van Long", "Sok Chenda", NULL, "2013-12-11", BYLINE_MEETING_UNKNOWN },
  { DATELINE "President Ilya Markov also had a meeting with a group of investors from South Korea.",
    "Ilya Markov", "a group of investors from South Korea", NULL, "2013-12-11", BYLINE_MEETING_UNKNOWN },
  { DATELINE "Talks between delegations of Nepal and Bhutan were held in Thimphu on Monday.",
    "Nepal", "Bhutan", "Thimphu", "2013-12-09", BYLINE_MEETING_UNKNOWN },
  { DATELINE "In a meeting with Bangladeshi Foreign Minister Abdul Karim, Indian External Affairs Minister Ravi "
    "Rao raised the issue.",
    "Ravi Rao", "Abdul Karim", NULL, NULL, BYLINE_MEETING_UNKNOWN },
  /* an arrival abroad is a visit: "arrived at an air base in Tarnow, Poland" */
  { DATELINE "Foreign Minister Lena Holt arrived at an air base in Tarnow, Poland on Monday.",
    "Lena Holt", "Poland", "Tarnow", "2013-12-09", BYLINE_MEETING_UNKNOWN },
  /* "hold talks with Y and attend Z": Y is not at Z; a group starts at its noun phrase */
  { DATELINE "Prime Minister Raj Mehta will hold talks with senior Kenyan officials and attend the summit of "
    "the African Union.", "Raj Mehta", "African Union", NULL, NULL, BYLINE_MEETING_PLANNED },
  { DATELINE "Holt met the Polish minister on the margins of a meeting of regional ministers in Warsaw.",
    "Holt", "regional ministers", "Warsaw", "2013-12-11", BYLINE_MEETING_UNKNOWN },
  /* "came together", "a tete-a-tete with", "is expected to travel" (a passive with
   * its infinitive, not a reported clause) */
  { DATELINE "Turkish Foreign Minister Hakan Demir and his Azerbaijani counterpart Jeyhun Aliyev came together in "
    "Ankara on Tuesday.", "Hakan Demir", "Jeyhun Aliyev", "Ankara", "2013-12-10", BYLINE_MEETING_UNKNOWN },
  { DATELINE "Demir had a tete-a-tete with U.S. Secretary of State Mark Reed in Brussels.",
    "Demir", "Mark Reed", "Brussels", "2013-12-11", BYLINE_MEETING_UNKNOWN },
  { DATELINE "Demir is expected to travel to Baku next month.",
    "Demir", "Azerbaijan", "Baku", NULL, BYLINE_MEETING_UNKNOWN },
  /* a wire dateline the document does not read as one: its city is where the
   * lead's meeting was, its day is no meeting's "on Tuesday" */
  { "Border talks\n\nMarch 5, 2019\n\nSOFIA, March 5. /BTA/. Bulgarian Foreign Minister Petar Ivanov said on "
    "Tuesday his talks with his Romanian counterpart, Ion Popa, dwelt on energy and the Danube bridges.\n",
    "Petar Ivanov", "Ion Popa", "SOFIA", "2019-03-05", BYLINE_MEETING_UNKNOWN },
  { "Border talks\n\nMarch 5, 2019\n\nVarna, BTA - Bulgarian Foreign Minister Petar Ivanov held talks with his "
    "Romanian counterpart, Ion Popa, on energy.\n",
    "Petar Ivanov", "Ion Popa", "Varna", "2019-03-05", BYLINE_MEETING_HAPPENED },
  /* the day of the telling is not the day of the meeting; nor is a deadline */
  { DATELINE "Foreign Minister Lena Holt said on Wednesday she had met Omar Nasser, her Jordanian counterpart, in "
    "Amman on Monday.", "Lena Holt", "Omar Nasser", "Amman", "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "First paragraph here.\n\nSecond one.\n\nThird.\n\nFourth.\n\nFifth.\n\nSixth: Ana Soto told "
    "reporters on Tuesday that she had met Luis Ortega in Lima.", "Ana Soto", "Luis Ortega", "Lima", NULL,
    BYLINE_MEETING_HAPPENED },
  { DATELINE "Ana Soto promised to reply by Friday after she met Luis Ortega in Lima.",
    "Ana Soto", "Luis Ortega", "Lima", "2013-12-11", BYLINE_MEETING_HAPPENED },
  /* a body "at" which someone works or goes is not where they met; a body's
   * building is, and it says more than the country visited */
  { DATELINE "Ana Soto, head of the research department at the Andean Development Council, met Luis Ortega on "
    "Monday.", "Ana Soto", "Luis Ortega", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Ana Soto met Luis Ortega on Monday before joining other mayors at the Andean Development Council.",
    "Ana Soto", "Luis Ortega", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "During a visit to Peru, Ana Soto met Luis Ortega at the building of the National Congress on Monday.",
    "Ana Soto", "Luis Ortega", "National Congress", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* a long title first, the name after a comma, on either side (readouts, state media) */
  { DATELINE "The Minister of Mines, Hon. Ana Soto, today held talks with the Minister for Energy and Water of the "
    "Republic of Peru, H.E. Luis Ortega.", "Ana Soto", "Luis Ortega", NULL, "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "Ana Soto met the Bolivian Secretary for Hydrocarbons, Luis Ortega, on Monday.",
    "Ana Soto", "Luis Ortega", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* "will meet on Friday", told on a Wednesday: the coming Friday */
  { DATELINE "Mayor Ana Soto spoke on Monday.\n\nSoto will meet Luis Ortega in Tula on Friday.",
    "Ana Soto", "Luis Ortega", "Tula", "2013-12-13", BYLINE_MEETING_PLANNED },
  /* "During his talks with X, Y stated": the main clause's subject, past a title,
   * also after a wire dateline */
  { DATELINE "During his talks with President of Peru Luis Ortega, the Andean bloc's special envoy Marco Ruiz "
    "stated that a trade deal was near.", "Marco Ruiz", "Luis Ortega", NULL, NULL, BYLINE_MEETING_UNKNOWN },
  { "QUITO, May 3, 2019 (EFE) - During his talks with President of Peru Luis Ortega, the Andean bloc's special "
    "envoy Marco Ruiz stated that a trade deal was near.", "Marco Ruiz", "Luis Ortega", "QUITO", "2019-05-03",
    BYLINE_MEETING_UNKNOWN },
  /* "received at X on Monday Y": the object past where and when, as Gulf and
   * South Asian agencies write */
  { DATELINE "Governor Ana Soto received at her office today the Consul General of Chile, Luis Ortega.",
    "Ana Soto", "Luis Ortega", NULL, "2013-12-11", BYLINE_MEETING_HAPPENED },
  { DATELINE "Sheikh Omar Nasser received at Riverside Palace on Monday President of the Republic of Peru Luis "
    "Ortega.", "Omar Nasser", "Luis Ortega", "Riverside Palace", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* the object of another verb is no subject: "is courting donors and plans to meet" */
  { DATELINE "Mayor Ana Soto spoke on Monday.\n\nThe mayor is quietly courting donors and plans to meet with Luis "
    "Ortega in Tula on Friday.", "Ana Soto", "Luis Ortega", "Tula", "2013-12-13", BYLINE_MEETING_PLANNED },
  /* a name that qualifies the meeting noun is no place: "in Laos border talks" */
  { "SINGAPORE (Byline Sample Press) - Secretary of State Ann Reyes said the nations involved in Laos border talks "
    "had a good meeting on Wednesday.", "Ann Reyes", "nations", "SINGAPORE", NULL, BYLINE_MEETING_UNKNOWN },
  /* but a meeting planned on a trip abroad is not at home */
  { "Talks\n\nMarch 5, 2023\n\nSEOUL, March 5 (Yonhap) -- South Korean opposition leader Park Min-ho will travel "
    "to Tokyo next week, his party said on Sunday.\n\nPark is scheduled to meet Japanese Foreign Minister Kenji Aoki "
    "on March 9, his spokeswoman said.\n", "Park Min-ho", "Kenji Aoki", NULL, "2023-03-09", BYLINE_MEETING_PLANNED },
  /* "Y also met Z", told with no place or time after Y's talks: there and then */
  { DATELINE "Trade Minister Ana Soto held talks with her Chilean counterpart Luis Ortega in Arica on Monday.\n\n"
    "Ortega also met Mayor Omar Nasser, an aide said.", "Luis Ortega", "Omar Nasser", "Arica", "2013-12-09",
    BYLINE_MEETING_HAPPENED },
  /* past a place whose name no gazetteer knows: "received at Bayt Al Hikma yesterday X"
   * (a place by its first word, "Bayt") */
  { DATELINE "Sheikh Omar Nasser received at Bayt Al Hikma yesterday Peruvian Prime Minister Luis Ortega.",
    "Omar Nasser", "Luis Ortega", "Bayt Al Hikma", "2013-12-10", BYLINE_MEETING_HAPPENED },
  /* the day the writer adds in brackets: "yesterday [Monday]" */
  { DATELINE "Ana Soto said she had a long meeting with Luis Ortega yesterday [Monday].",
    "Ana Soto", "Luis Ortega", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* "held a tete-a-tete": the holders met */
  { DATELINE "Governor Ana Soto and Chilean Senator Luis Ortega held a tete-a-tete at the Riverside Palace on Monday.",
    "Ana Soto", "Luis Ortega", "Riverside Palace", "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* a body's common noun names no building: "at the Ministry headquarters" (the dateline's city) */
  { "LIMA, March 4, 2019 (Andina) - Trade Minister Ana Soto today held talks with the visiting Trade Minister of "
    "Chile, Luis Ortega, at the Ministry headquarters.", "Ana Soto", "Luis Ortega", "LIMA", "2019-03-04",
    BYLINE_MEETING_HAPPENED },
  /* a meeting of the day told just after the lead, with no place: the dateline's city;
   * ", officials said" is who tells it, not who met */
  { "LIMA, March 4, 2019 (Andina) - The border crossing at Tacna will reopen next month, the government said on "
    "Monday.\n\nTrade Minister Ana Soto received Senator Luis Ortega, officials said.\n\nThe crossing was closed in "
    "2017 after floods. Traders had demanded its reopening for years, and lorries have waited for days at the other "
    "crossings.\n", "Ana Soto", "Luis Ortega", "LIMA", "2019-03-04", BYLINE_MEETING_HAPPENED },
  /* a meeting that happened, told in the first half of the story with no time of its own:
   * the article's day */
  { "LIMA, March 4, 2019 (Andina) - The border crossing at Tacna will reopen next month, the government said on "
    "Monday.\n\nThe crossing was closed after floods.\n\nTraders had demanded its reopening.\n\nLorries waited for "
    "days.\n\nPrices of fruit rose.\n\nTrade Minister Ana Soto met Senator Luis Ortega to discuss the reopening.\n\n"
    "The crossing was closed in 2017 after floods. Traders had demanded its reopening for years, and lorries have "
    "waited for days at the other crossings. Fruit prices rose sharply in the south as a result, and the senate held "
    "hearings on the matter twice.\n", "Ana Soto", "Luis Ortega", "LIMA", "2019-03-04", BYLINE_MEETING_HAPPENED },
  /* "hosted a lunch in honour of X", "had a frank exchange of views", "held a dialogue" */
  { DATELINE "Mayor Ana Soto hosted a lunch in honour of Senator Luis Ortega on Monday.",
    "Ana Soto", "Luis Ortega", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Ana Soto and Luis Ortega had a frank exchange of views on Monday.",
    "Ana Soto", "Luis Ortega", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  { DATELINE "Ana Soto and Luis Ortega held a dialogue on water rights on Monday.",
    "Ana Soto", "Luis Ortega", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* a body that owns the place is not the place: "at the Trade Ministry's guest house" */
  { DATELINE "Ana Soto held talks with Luis Ortega at the Trade Ministry's guest house on Monday.",
    "Ana Soto", "Luis Ortega", NULL, "2013-12-09", BYLINE_MEETING_HAPPENED },
  /* a host of the dateline's country and a visitor from another, no place told: at home */
  { "TEHRAN, May 3, 2019 (IRNA) -- Iranian Foreign Minister Reza Karimi said on Friday that trade would grow.\n\n"
    "Oil prices fell.\n\nKarimi made the remarks in a meeting with Pakistani Interior Minister Salman Qadir.",
    "Reza Karimi", "Salman Qadir", "TEHRAN", NULL, BYLINE_MEETING_HAPPENED },
  /* the place before the time of getting there and ", where" */
  { DATELINE "Mayor Ana Soto spoke on Monday.\n\nSoto was summoned to Quito last month, where she met Luis Ortega "
    "in private.", "Ana Soto", "Luis Ortega", "Quito", NULL, BYLINE_MEETING_HAPPENED },
};

/* a delegation "led by its vice-chairman X": its head takes part */
static void
test_led_by_its (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Omar Nasser received a delegation of the Peruvian Senate led by its vice-president Luis Ortega on Monday.");
  const BylineMeeting *m = find_meeting (a, "Omar Nasser", "Luis Ortega");

  g_assert_nonnull (m);
}

/* "the delegation was later received by X": the head named before met X */
static void
test_delegation_head (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Omar Nasser received the visiting trade delegation of Peru headed by Luis Ortega, the deputy trade minister, "
    "on Monday.\n\nThe Peruvian delegation was later received by Ana Soto at the Riverside Palace.");
  const BylineMeeting *m = find_meeting (a, "Luis Ortega", "Ana Soto");

  g_assert_nonnull (m);
  g_assert_cmpuint (m->participants->len, ==, 2);
}

/* "the two foreign ministers last met in X": the pair of that office, a meeting
 * of another time; "during a trilateral meeting with Y's foreign minister": Y
 * was there too; "in the meeting, the two top diplomats discussed": more of
 * the one told */
static void
test_two_qualified (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Foreign Minister Ana Soto met her Chilean counterpart Luis Ortega in Lima on Monday.\n\n"
    "In the meeting, the two top diplomats discussed trade.\n\n"
    "Soto also met Trade Minister Pablo Ruiz.\n\n"
    "The two foreign ministers had last met in Quito in May, during a trilateral meeting with Bolivia's "
    "foreign minister that dealt with rivers.");
  g_autoptr (BylineAnalysis) b = test_analyse (DATELINE
    "Interior Minister Omar Haddad held talks with his Jordanian counterpart Sami Nasser in Amman.\n\n"
    "Haddad also met Energy Minister Lina Farah.\n\n"
    "The two interior ministers last came together in Cairo, during a meeting with Iraq's interior minister.");
  guint soto_ortega = 0;
  const BylineMeeting *m;

  for (guint i = 0; i < a->meetings->len; i++)
    {
      m = a->meetings->pdata[i];
      if (has_participant (m, "Ana Soto") && has_participant (m, "Luis Ortega"))
        soto_ortega++;
      g_assert_false (has_participant (m, "Pablo Ruiz") && m->place != NULL && g_str_equal (m->place->name, "Quito"));
    }
  g_assert_cmpuint (soto_ortega, ==, 2);
  m = find_meeting (a, "Luis Ortega", "Bolivia");
  g_assert_nonnull (m);
  g_assert_cmpstr (m->place->name, ==, "Quito");
  m = find_meeting (b, "Sami Nasser", "Iraq");
  g_assert_nonnull (m);
  g_assert_true (has_participant (m, "Omar Haddad"));
  g_assert_cmpstr (m->place->name, ==, "Cairo");
}

/* "A and B agreed ..., spokesman C said. The two leaders met for a dinner": the
 * two joined by "and", not the one who told of it */
static void
test_two_joined_before (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "President Ana Soto and Chilean President Luis Ortega agreed on Tuesday to open a border post, spokesman "
    "Pablo Ruiz said in Lima.\n\nThe two leaders met for a working lunch at the Government Palace.");
  g_autoptr (BylineAnalysis) b = test_analyse (DATELINE
    "According to aide Maria Lopes, Premier Jonas Berg and Danish Prime Minister Erik Lund settled their quarrel "
    "over fishing quotas.\n\nThe two men met at a hotel in Malmo.");
  const BylineMeeting *m = find_meeting (a, "Ana Soto", "Luis Ortega");

  g_assert_nonnull (m);
  g_assert_cmpuint (m->participants->len, ==, 2);
  m = find_meeting (b, "Jonas Berg", "Erik Lund");
  g_assert_nonnull (m);
  g_assert_cmpuint (m->participants->len, ==, 2);
}

/* "X will meet Y on Tuesday before flying to Z for talks with W": X's talks
 * with W, not Y's */
static void
test_before_participle (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Prime Minister Ana Soto met Chilean President Luis Ortega in Lima on Monday. She is scheduled to meet Mayor "
    "Carla Vidal on Tuesday before flying to Cusco for talks with regional governors.");
  g_autoptr (BylineAnalysis) b = test_analyse (DATELINE
    "Chancellor Greta Maier will meet Bishop Jonas Berg in Bonn on Friday, after heading home for talks with "
    "Mayor Tom Reyes.");

  g_assert_nonnull (find_meeting (a, "Ana Soto", "regional governors"));
  g_assert_null (find_meeting (a, "Carla Vidal", "regional governors"));
  g_assert_nonnull (find_meeting (b, "Greta Maier", "Tom Reyes"));
  g_assert_null (find_meeting (b, "Jonas Berg", "Tom Reyes"));
}

/* "A spoke to the Polish president by phone, and the two leaders agreed to meet":
 * not the pair of the meeting told before */
static void
test_two_after_call (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Defence Minister Ana Soto met her German counterpart Jonas Berg in Oslo on Monday. Meanwhile, Prime Minister "
    "Tom Reyes spoke to the Polish president by phone on Monday evening, his office said, and the two leaders "
    "agreed to meet at the summit in Tirana in May.");
  g_autoptr (BylineAnalysis) b = test_analyse (DATELINE
    "Chancellor Greta Maier hosted President Luis Vera in Bonn on Friday.\n\n"
    "Later, Premier Lars Holm phoned the Estonian prime minister, and the two leaders agreed to hold talks in "
    "Tallinn.");

  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];
      g_assert_false (m->place != NULL && g_str_equal (m->place->name, "Tirana") && has_participant (m, "Ana Soto"));
    }
  for (guint i = 0; i < b->meetings->len; i++)
    {
      const BylineMeeting *m = b->meetings->pdata[i];
      g_assert_false (m->place != NULL && g_str_equal (m->place->name, "Tallinn") && has_participant (m, "Greta Maier"));
    }
  g_assert_nonnull (find_meeting (a, "Ana Soto", "Jonas Berg"));
  g_assert_nonnull (find_meeting (b, "Greta Maier", "Luis Vera"));
}

/* no names at all: "the two leaders shook hands", "welcomed his Greek guest", "will
 * sit down with federation officials" still tell of a meeting; "welcomed the
 * decision" does not */
static void
test_unnamed_idioms (void)
{
  static const char *const told[] = {
    "The two presidents shook hands on the steps of the palace before lunch.",
    "In Rome the premier shook hands with the visiting chancellor.",
    "The king welcomed his Danish guest at the gate before their talks.",
    "The mayor welcomed the visitors from the twin town at the station.",
    "The manager will sit down with club officials after the cup final, a spokeswoman said.",
    "The union sits down with the rail company on Monday.",
    "He called on the Emir at Dasman Palace and handed over a letter.",
    "The new envoy called on the Sultan in Muscat on Monday.",
  };

  assert_meetings_told (told, G_N_ELEMENTS (told), 1);
  {
    g_autoptr (BylineAnalysis) a = test_analyse ("The minister welcomed the decision by the court. The fans sat on the "
                                                 "wall and the players shook off the defeat. The bishops called on the "
                                                 "President to resign. The party called on voters to stay home. "
                                                 "The unions called on the Minister for Labour to resign. "
                                                 "Such steps would complicate the negotiations between China and "
                                                 "Vietnam. The courier delivered a parcel to the embassy. Minister "
                                                 "Ana Soto delivered a speech to the assembly.");

    g_assert_cmpuint (a->meetings->len, ==, 0);
  }
}

/* "no such meeting was planned": none */
static void
test_no_such_meeting (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Asked whether the governor would invite the strikers to her office, spokesman Omar Nasser said no such "
    "meeting was planned.");

  g_assert_cmpuint (a->meetings->len, ==, 0);
}

/* "gathered outside the Education Ministry": where they stood, not whom they met */
static void
test_gathered_outside (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "About forty teachers gathered outside the Education Ministry to protest the new fees, witnesses said.");

  for (guint i = 0; i < a->meetings->len; i++)
    g_assert_false (has_participant (a->meetings->pdata[i], "Education Ministry"));
}

/* "X would receive Y in the spring": planned, with no day; "They previously met", after
 * "the two ministers", is the ministers' meeting, not the last pair named */
static void
test_would_receive_and_they (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Foreign Minister Ana Soto held talks with her Chilean counterpart Luis Ortega in Lima on Monday. Soto said "
    "President Omar Nasser would receive Chilean Senator Rosa Diaz in the palace in the spring.\n\n"
    "It was the third meeting between the two ministers this year. They previously met in Quito in March.");
  const BylineMeeting *spring = find_meeting (a, "Omar Nasser", "Rosa Diaz");
  gboolean quito = FALSE;

  g_assert_nonnull (spring);
  g_assert_cmpint (spring->status, ==, BYLINE_MEETING_PLANNED);
  g_assert_false (byline_day_valid (&spring->date));
  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];

      if (g_strcmp0 (m->place_name, "Quito") == 0)
        {
          quito = TRUE;
          g_assert_true (has_participant (m, "Ana Soto") && has_participant (m, "Luis Ortega"));
        }
    }
  g_assert_true (quito);
}

/* "met with A and B separately": one meeting each */
static void
test_separately_after (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Ana Soto met with Luis Ortega and Omar Nasser separately on Monday.");

  g_assert_nonnull (find_meeting (a, "Ana Soto", "Luis Ortega"));
  g_assert_nonnull (find_meeting (a, "Ana Soto", "Omar Nasser"));
  g_assert_null (find_meeting (a, "Luis Ortega", "Omar Nasser"));
}

/* "The Republican Senate nominee sat down with ...": the one the article is about, not the body */
static void
test_body_in_description (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Ana Soto spent Monday in a tent, listening to growers.\n\n"
    "The Republican Senate nominee sat down with about two dozen wheat farmers at a warehouse.");

  g_assert_nonnull (find_meeting (a, "Ana Soto", "wheat farmers"));
  for (guint i = 0; i < a->meetings->len; i++)
    g_assert_false (has_participant (a->meetings->pdata[i], "Senate"));
}

/* "back from Quito where she attended X": the place before "where", not the arrival's */
static void
test_where_she_attended (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Ana Soto arrived in Lima on Monday on her way back from Quito where she attended the summit of the Andean "
    "Community.");
  const BylineMeeting *m = find_meeting (a, "Ana Soto", "Andean Community");

  g_assert_nonnull (m);
  g_assert_cmpstr (m->place_name, ==, "Quito");
}

/* people by their trade, after "sit down with" */
static void
test_trade_groups (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Mayor Ana Soto spoke on Monday.\n\nSoto will sit down with wheat farmers and grain traders in Tula on Friday.");

  g_assert_cmpuint (a->meetings->len, ==, 1);
  g_assert_true (has_participant (a->meetings->pdata[0], "Ana Soto"));
  g_assert_true (has_participant (a->meetings->pdata[0], "wheat farmers"));
  g_assert_true (has_participant (a->meetings->pdata[0], "grain traders"));
}

/* a group unnamed but for its noun, after "where": "the castle where ministers were meeting" */
static void
test_group_after_where (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Police closed the road to the old castle where Nordic ministers were meeting.");

  g_assert_cmpuint (a->meetings->len, ==, 1);
  g_assert_true (has_participant (a->meetings->pdata[0], "Nordic ministers"));
}

/* a gathering of one party with no one else named is a meeting of that party;
 * not a summit that only frames the sentence */
static void
test_gathering_of_one_party (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "The APEC summit will take place in Shanghai next year.\n\n"
    "A gathering of Arab foreign ministers opened in Cairo on Monday.\n\n"
    "On the sidelines of the NATO summit, Turkish Foreign Minister Hakan Demir met U.S. Secretary of State Mark "
    "Reed in Vilnius.");
  guint apec = 0, arab = 0, nato = 0;

  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];

      if (m->participants->len == 1 && has_participant (m, "APEC"))
        {
          apec++;
          g_assert_cmpstr (m->place_name, ==, "Shanghai");
        }
      if (m->participants->len == 1 && has_participant (m, "Arab foreign ministers"))
        arab++;
      if (has_participant (m, "NATO"))
        nato++;
    }
  g_assert_cmpuint (apec, ==, 1);
  g_assert_cmpuint (arab, ==, 1);
  g_assert_cmpuint (nato, ==, 0);
  g_assert_nonnull (find_meeting (a, "Hakan Demir", "Mark Reed"));
}

/* Sides that are no party: a building visited "where they met", a news outlet;
 * a meeting left with one side is none; a date is no place */
static void
test_false_sides (void)
{
  const char *inputs[] = {
    DATELINE "Vice President Ana Soto on Monday received a delegation of Chilean lawmakers led by senator Luis "
    "Ortega at the Presidential Office.\n\nDuring the meeting, Soto told the visitors that Peru was ready to "
    "deepen trade, according to a statement issued by the Presidential Office after the meeting.",
    DATELINE "Premier Ana Soto on Tuesday received a group of Chilean senators led by Luis Ortega at the "
    "Executive Office.\n\nDuring the meeting, Soto told the guests that Peru wanted more flights, according to "
    "a note released by the Executive Office after the meeting.",
    DATELINE "Ana Soto met Luis Ortega in Lima last year. Among those present was Paul Marsh, who told Vatican "
    "Radio at the time that the meeting had been useful.",
    DATELINE "Ana Soto met Luis Ortega in Lima in May. One of the guests, Paul Marsh, told Andes Radio "
    "afterwards that the meeting had been frank.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);

      g_assert_nonnull (find_meeting (a, "Ana Soto", "Luis Ortega"));
      g_assert_cmpuint (a->meetings->len, ==, 1);
    }
  {
    g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
      "The envoy, Ana Soto, will travel to Quito and Lima in mid-June to meet Luis Ortega.");

    for (guint k = 0; k < a->meetings->len; k++)
      {
        const BylineMeeting *m = a->meetings->pdata[k];

        g_assert_true (m->place_name == NULL || strstr (m->place_name, "June") == NULL);
      }
  }
}

/* A meeting at a building, in the city the sentence names or, for a host at
 * home, the city of the dateline: "Venue, City" */
static void
test_venue_with_city (void)
{
  static const struct { const char *input, *place; } venues[] = {
    { DATELINE "In Nairobi, the minister, Ana Soto, hosted Luis Ortega at the Serena Hotel on Monday.",
      "Serena Hotel, Nairobi" },
    { DATELINE "Ana Soto received Luis Ortega at the Palace of San Carlos in Bogota on Monday.",
      "Palace of San Carlos, Bogota" },
    { "LIMA, May 3, 2019 (Reuters) - Peruvian Foreign Minister Ana Soto received Chilean Foreign Minister "
      "Luis Ortega at the Torre Tagle Palace on Friday.", "Torre Tagle Palace, LIMA" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (venues); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (venues[i].input);
      const BylineMeeting *m = find_meeting (a, "Ana Soto", "Luis Ortega");

      g_assert_nonnull (m);
      g_assert_cmpstr (m->place_name, ==, venues[i].place);
    }
}

/* "received a delegation headed by Chairman of the Senate of Peru X": the head,
 * and the delegation met again in the story is the same meeting */
static void
test_delegation_head_after_titles (void)
{
  const char *inputs[] = {
    DATELINE "Speaker Ana Soto on Monday received a delegation headed by Chairman of the Senate of the Republic "
    "of Peru Luis Ortega at the Government Palace.\n\nAna Soto later had a long conversation with the delegation.",
    DATELINE "On Monday, Ana Soto received a delegation headed by Deputy Chairman of the Council of Lima Luis "
    "Ortega.\n\nAna Soto had a friendly conversation with the delegation, which arrived the same day.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);

      g_assert_nonnull (find_meeting (a, "Ana Soto", "Luis Ortega"));
      g_assert_cmpuint (a->meetings->len, ==, 1);
    }
}

/* A day is not a bound ("during her trip through Feb. 15"); a meeting told
 * "last month" takes neither the article's day nor the next meeting's */
static void
test_dates_of_another_time (void)
{
  {
    g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
      "During her trip through December 20, Ana Soto is expected to meet Luis Ortega in Lima on December 16.");
    const BylineMeeting *m = find_meeting (a, "Ana Soto", "Luis Ortega");
    g_autofree char *date = NULL;

    g_assert_nonnull (m);
    date = byline_day_to_iso (&m->date);
    g_assert_cmpstr (date, ==, "2013-12-16");
  }
  {
    const char *inputs[] = {
      DATELINE "In Lima on Tuesday, Ana Soto will hold talks with Luis Ortega.\n\nThe two met briefly on the "
      "margins of the Andean summit in Quito last month.",
      DATELINE "Ana Soto will meet Luis Ortega in Lima on Friday. The two last spoke on the sidelines of a "
      "regional forum in Quito in October, when they met for an hour.",
    };

    for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
      {
        g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);

        for (guint k = 0; k < a->meetings->len; k++)
          {
            const BylineMeeting *m = a->meetings->pdata[k];

            if (m->place != NULL && g_str_equal (m->place_name, "Quito"))
              g_assert_false (byline_day_valid (&m->date));
          }
      }
  }
}

/* Where the talks were, not what they were about ("the crisis in Bolivia") nor
 * where another meeting is to be ("the joint commission due in Lima"); "in the
 * port city of Arica" is a place */
static void
test_place_not_topic (void)
{
  static const struct { const char *input, *place; } places[] = {
    { DATELINE "Ana Soto held talks with Luis Ortega at the Foreign Ministry on Monday, focusing on the crisis "
      "in Bolivia and trade.", "Foreign Ministry" },
    { DATELINE "Ana Soto met Luis Ortega on Monday to discuss the fighting in Colombia and migration.", NULL },
    { DATELINE "Ana Soto held talks with Luis Ortega on Monday, reviewing preparations for the session of the "
      "joint commission due in Lima in February.", NULL },
    { DATELINE "Ana Soto met Luis Ortega on Tuesday to prepare the summit scheduled in Quito for March.", NULL },
    { DATELINE "Ana Soto will meet Luis Ortega in the northern port city of Arica on Sunday.", "Arica" },
    { DATELINE "Ana Soto held talks with Luis Ortega in the old capital of Cusco on Monday.", "Cusco" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (places[i].input);
      const BylineMeeting *m = find_meeting (a, "Ana Soto", "Luis Ortega");

      g_assert_nonnull (m);
      g_assert_cmpstr (m->place_name, ==, places[i].place);
    }
}

/* A meeting told again in the next sentence by a group of one word is that
 * meeting: "also called on Soto ... Soto hosted a dinner for the senators",
 * "a meeting of Nato defence ministers ... Ortega is due to host the ministers";
 * a relative clause's day is not the meeting's ("which toured the port on
 * Monday, also called on"), nor another verb's ("visit the port on Friday and
 * meet X on Saturday") */
static void
test_group_told_again (void)
{
  static const struct { const char *input; guint n; const char *date; } told[] = {
    { DATELINE "The delegation of Chilean senators, led by Luis Ortega, arrived in Lima on Monday.\n\nThe "
      "delegation, which toured the port on Monday, also called on Foreign Minister Ana Soto on Tuesday "
      "evening. Soto hosted a dinner for the senators at the Torre Tagle Palace, the ministry said.",
      1, "2013-12-10" },
    { DATELINE "Defence Minister Ana Soto will travel to Brussels on Thursday for a meeting of Nato defence "
      "ministers.\n\nThe alliance's secretary general, Luis Ortega, is due to host the ministers at its "
      "headquarters.", 1, "2013-12-12" },
    { DATELINE "The envoy Luis Ortega is scheduled to visit the Callao port on Friday and meet with Premier Ana "
      "Soto on Saturday.", 1, "2013-12-14" },
    { DATELINE "Luis Ortega will tour a factory on Thursday and then hold talks with Ana Soto on Friday.",
      1, "2013-12-13" },
    /* (a day of another clause: ", but she will meet") */
    { DATELINE "Ana Soto arrived in Quito on Sunday, but she will meet Luis Ortega only on Wednesday.", 1,
      "2013-12-11" },
    { DATELINE "The envoy Luis Ortega landed in Lima on Friday, and he is due to meet Ana Soto on Monday.", 1,
      "2013-12-16" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i].input);
      const BylineMeeting *m = find_meeting (a, "Ana Soto", "Luis Ortega");
      g_autofree char *date = NULL;

      g_assert_nonnull (m);
      g_assert_cmpuint (a->meetings->len, ==, told[i].n);
      date = byline_day_to_iso (&m->date);
      g_assert_cmpstr (date, ==, told[i].date);
    }
}

/* What the two discussed, told after their meeting, is that meeting, and its
 * places and times are of what they discussed: "The two discussed the next round
 * of talks in Quito on Sunday" */
static void
test_what_was_discussed (void)
{
  const char *inputs[] = {
    DATELINE "Ana Soto is scheduled to meet President Luis Ortega at the palace on Thursday morning. The two "
    "discussed efforts to revive the next round of border talks in Quito, where negotiators are expected to "
    "meet on Sunday.",
    DATELINE "Ana Soto will receive Luis Ortega on Friday. The two leaders discussed the border talks in Tacna "
    "last year.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);
      const BylineMeeting *m = find_meeting (a, "Ana Soto", "Luis Ortega");

      g_assert_nonnull (m);
      g_assert_cmpint (m->status, ==, BYLINE_MEETING_PLANNED);
      g_assert_null (m->place);
      for (guint k = 0; k < a->meetings->len; k++)
        g_assert_true (a->meetings->pdata[k] == m || !has_participant (a->meetings->pdata[k], "Ana Soto"));
    }
}

/* A habit is not a meeting: "the two presidents meet regularly", "officials of
 * both countries have met frequently since the war"; the meeting told before
 * stays */
static void
test_habit (void)
{
  const char *inputs[] = {
    DATELINE "President Ana Soto received Luis Ortega at the palace on Monday.\n\nThe heads of the two states "
    "meet regularly, both bilaterally and within the Andean format launched in 2015.",
    DATELINE "Ana Soto hosted Luis Ortega in Lima on Monday.\n\nPeruvian and Chilean officials have met "
    "frequently since the 2019 border dispute, and trade has doubled.",
  };

  /* ("have met frequently since": a habit, and the adverb no side either) */
  const char *habits[] = {
    DATELINE "Chilean and Peruvian officials have met frequently since the war.",
    DATELINE "Danish and Swedish diplomats have met regularly in Malmo since the ban.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);

      g_assert_nonnull (find_meeting (a, "Ana Soto", "Luis Ortega"));
      g_assert_cmpuint (a->meetings->len, ==, 1);
    }
  /* (but a meeting told with the habit is a meeting) */
  const char *meetings[] = {
    DATELINE "Ana Soto and Luis Ortega, who meet regularly, held talks in Lima on Monday.",
    DATELINE "Ana Soto, who often meets foreign envoys, received Luis Ortega at the palace on Monday.",
  };

  assert_meetings_told (habits, G_N_ELEMENTS (habits), 0);
  for (guint i = 0; i < G_N_ELEMENTS (meetings); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (meetings[i]);

      g_assert_nonnull (find_meeting (a, "Ana Soto", "Luis Ortega"));
    }
}

/* "on the sidelines of the Lima Climate Dialogue": the gathering is where they
 * met, when nothing else says where, also for a meeting of another time; a
 * town no gazetteer knows is no building to put a city after, and a city of a
 * clause about something else ("citing a source in Lima") is not the venue's */
static void
test_sidelines_gathering (void)
{
  static const struct { const char *input, *place; } sides[] = {
    { DATELINE "Luis Ortega and Ana Soto met briefly on the margins of the Caribbean Investment Summit last year.",
      "Caribbean Investment Summit" },
    { DATELINE "Ana Soto held talks with Luis Ortega on the sidelines of the Lima Climate Dialogue in 2012.",
      "Lima Climate Dialogue" },
    { DATELINE "The commissions, headed by Ana Soto and Luis Ortega, will hold their next meeting in Tarata in "
      "mid-March, the news agency reported, citing a source in Lima.", "Tarata" },
    { DATELINE "Ana Soto met Luis Ortega at the Palace of the Republic on Friday, citing a source in Lima.",
      "Palace of the Republic" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (sides[i].input);
      const BylineMeeting *m = find_meeting (a, "Ana Soto", "Luis Ortega");

      g_assert_nonnull (m);
      g_assert_cmpstr (m->place_name, ==, sides[i].place);
    }
}

/* "Later in the day, Soto was to meet X": where and when Soto met Y that day;
 * "held talks for about an hour at the Academy": the Academy is where */
static void
test_later_that_day (void)
{
  {
    g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
      "Ana Soto held talks with Luis Ortega in Lima on Tuesday.\n\nLater in the day, Soto was to meet the head "
      "of Peru's senate, Paul Marsh.");
    const BylineMeeting *m = find_meeting (a, "Ana Soto", "Paul Marsh");
    g_autofree char *date = NULL;

    g_assert_nonnull (m);
    g_assert_cmpstr (m->place_name, ==, "Lima");
    date = byline_day_to_iso (&m->date);
    g_assert_cmpstr (date, ==, "2013-12-10");
  }
  {
    const char *inputs[] = {
      DATELINE "The two ministers, Ana Soto and Luis Ortega, held talks for about an hour at the National Defence "
      "Academy on Monday.",
      DATELINE "Ana Soto and Luis Ortega talked for two hours at the Andean Development Institute on Monday.",
    };
    const char *places[] = { "National Defence Academy", "Andean Development Institute" };

    for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
      {
        g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);
        const BylineMeeting *m = find_meeting (a, "Ana Soto", "Luis Ortega");

        g_assert_nonnull (m);
        g_assert_cmpstr (m->place_name, ==, places[i]);
      }
  }
}

/* A trip's country by the article's name when it is a longer one of the same
 * stem ("Slovak Republic", not the gazetteer's "Slovakia"); a description
 * ("the Islamic Republic") leaves the short name */
static void
test_country_by_article_name (void)
{
  static const struct { const char *input, *country; } trips[] = {
    { DATELINE "President Ana Soto of the Slovak Republic spoke on Monday. On June 15, the Hungarian President "
      "Luis Ortega will arrive in Bratislava on a state visit.", "Slovak Republic" },
    { DATELINE "Minister Ana Soto of the Kyrgyz Republic spoke on Monday. Luis Ortega will pay a state visit to "
      "Bishkek on June 15.", "Kyrgyz Republic" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (trips); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (trips[i].input);

      g_assert_nonnull (find_meeting (a, "Luis Ortega", trips[i].country));
    }
}

/* The verb after a meeting's noun and its sides tells its tense: "Talks between
 * A, head of X, and B took place", "The meeting between A and B will be held" */
static void
test_noun_then_verb (void)
{
  static const struct { const char *input; BylineMeetingStatus status; } told[] = {
    { DATELINE "Ana Soto received Paul Marsh on Monday.\n\nTalks between Ana Soto, deputy head of the party, and "
      "Luis Ortega took place at the Lima Hotel in the evening.", BYLINE_MEETING_HAPPENED },
    { DATELINE "Negotiations between Ana Soto and Luis Ortega were held behind closed doors.",
      BYLINE_MEETING_HAPPENED },
    { DATELINE "The meeting between Ana Soto and Luis Ortega will be held in Quito.", BYLINE_MEETING_PLANNED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i].input);
      const BylineMeeting *m = find_meeting (a, "Ana Soto", "Luis Ortega");

      g_assert_nonnull (m);
      g_assert_cmpint (m->status, ==, told[i].status);
    }
}

/* A visitor's trip is told by the talks with a host at a building the dateline
 * puts in the visited country: "LIMA - X held talks with Y at the Palace. X,
 * who arrived in Peru on Thursday, ..." is one meeting */
static void
test_trip_told_at_building (void)
{
  const char *inputs[] = {
    "LIMA, May 3, 2019 (Reuters) - Chilean Foreign Minister Luis Ortega held talks with Peruvian Foreign Minister "
    "Ana Soto at the Torre Tagle Palace on Friday.\n\nOrtega, who arrived in Peru on Thursday for a three-day "
    "visit, said trade would grow.",
    "QUITO, May 3, 2019 (AFP) - Ecuadorian Foreign Minister Luis Ortega received Peruvian Foreign Minister Ana "
    "Soto at the Carondelet Palace on Friday.\n\nSoto, who arrived in Ecuador on Thursday, said the border was "
    "calm.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);

      g_assert_nonnull (find_meeting (a, "Ana Soto", "Luis Ortega"));
      g_assert_cmpuint (a->meetings->len, ==, 1);
    }
}

/* A body after an office is where one works, not where one met: "Minister of
 * State at the Ministry of Trade", "a senior official at the Foreign Office";
 * "met Minister X at the Secretariat" is where they met */
static void
test_office_at_body (void)
{
  static const struct { const char *input, *place; } told[] = {
    { "LIMA, May 3, 2019 (Andina) - Peru's Minister of State at the Ministry of Trade Ana Soto met today "
      "separately with the delegation of Chile, headed by Deputy Minister Luis Ortega.", "LIMA" },
    { "QUITO, May 3, 2019 (AFP) - A senior official at the Foreign Office, Ana Soto, held talks today with the "
      "Colombian envoy Luis Ortega.", "QUITO" },
    { "COLOMBO, Oct 9, 2024 (Daily Mirror) - President Ana Soto on Tuesday met the visiting Indian Minister Luis "
      "Ortega at the Presidential Secretariat.", "Presidential Secretariat" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i].input);
      const BylineMeeting *m = find_meeting (a, "Ana Soto", "Luis Ortega");

      g_assert_nonnull (m);
      g_assert_cmpstr (m->place_name, ==, told[i].place);
    }
}

/* A meeting that happened on a day told without its year is in the year
 * before when that day is still to come: "last met on March 3", told in
 * December, is that March */
static void
test_past_day_back (void)
{
  static const struct { const char *input, *date; } told[] = {
    { DATELINE "Ana Soto and Luis Ortega last met on the sidelines of the Andean Security Conference on "
      "December 20, where they discussed trade.", "2012-12-20" },
    { DATELINE "Ana Soto met Luis Ortega in Quito on December 28 and the two discussed the border.",
      "2012-12-28" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i].input);
      const BylineMeeting *m = find_meeting (a, "Ana Soto", "Luis Ortega");
      g_autofree char *date = NULL;

      g_assert_nonnull (m);
      date = byline_day_to_iso (&m->date);
      g_assert_cmpstr (date, ==, told[i].date);
    }
}

/* The time of what bounds a meeting ("before the Andean summit in June",
 * "ahead of the vote in March") and a day of another clause (", and the two
 * agreed to") are not the meeting's: the meeting told again is one */
static void
test_bound_time (void)
{
  {
    g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
      "Ana Soto will travel to Lima next week to meet Luis Ortega.\n\nSoto spoke with Ortega by phone earlier "
      "this month, and the two agreed then to hold their first face-to-face meeting before the Andean summit in "
      "June.");

    g_assert_nonnull (find_meeting (a, "Ana Soto", "Luis Ortega"));
    g_assert_cmpuint (a->meetings->len, ==, 1);
  }
  {
    g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
      "Ana Soto will hold talks with Luis Ortega ahead of the regional vote in March.");
    const BylineMeeting *m = find_meeting (a, "Ana Soto", "Luis Ortega");

    g_assert_nonnull (m);
    g_assert_null (m->time_text);
  }
}

/* Those told of a meeting are no side of it ("She told lawmakers that she had
 * held talks with X"), and the day of the telling ("briefed senators on
 * Tuesday") is not the meeting's */
static void
test_told_of_it (void)
{
  const char *inputs[] = {
    DATELINE "Ana Soto spoke to the committee on Monday. She told lawmakers that she had held talks with Luis "
    "Ortega in Lima on Friday.",
    DATELINE "Ana Soto told lawmakers on Tuesday that she had met Luis Ortega in Lima.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);

      for (guint k = 0; k < a->meetings->len; k++)
        g_assert_false (has_participant (a->meetings->pdata[k], "lawmakers"));
    }
  {
    g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
      "Minister Ana Soto briefed senators on Tuesday that she had met Luis Ortega at the border on Friday.");
    const BylineMeeting *m = find_meeting (a, "Ana Soto", "Luis Ortega");
    g_autofree char *date = NULL;

    g_assert_nonnull (m);
    date = byline_day_to_iso (&m->date);
    g_assert_cmpstr (date, ==, "2013-12-06");
  }
}

/* A session of a body, or an event by its name, is a meeting of the body alone,
 * by its name as the text gives it, with its place, day and status; one who
 * attends it meets the body. Not a body that speaks, decides or condemns, its
 * decision, a body as a place, a summit that frames another meeting or the time
 * of one */
static void
test_body_sessions (void)
{
  static const struct
  {
    const char *input, *body, *place, *date;
    BylineMeetingStatus status;
  } told[] = {
    /* the body meets: "will convene in", "is due to meet in", "met in emergency session" */
    { DATELINE "The Arctic Council will convene in Tromso on Thursday.",
      "Arctic Council", "Tromso", "2013-12-12", BYLINE_MEETING_PLANNED },
    { DATELINE "The Mekong River Commission is due to meet in Vientiane in May.",
      "Mekong River Commission", "Vientiane", NULL, BYLINE_MEETING_PLANNED },
    { DATELINE "The UN Human Rights Council met in emergency session on Friday.",
      "UN Human Rights Council", NULL, "2013-12-06", BYLINE_MEETING_HAPPENED },
    /* held, taking place, opening, holding its session */
    { DATELINE "The Andean General Assembly will be held in Quito in June.",
      "Andean General Assembly", "Quito", NULL, BYLINE_MEETING_PLANNED },
    { DATELINE "The Caribbean Development Forum took place in Kingston last week.",
      "Caribbean Development Forum", "Kingston", NULL, BYLINE_MEETING_HAPPENED },
    { DATELINE "The Pacific Islands Forum opened in Suva on Monday.",
      "Pacific Islands Forum", "Suva", "2013-12-09", BYLINE_MEETING_HAPPENED },
    { DATELINE "The Arctic Council held its annual session in Tromso on Tuesday.",
      "Arctic Council", "Tromso", "2013-12-10", BYLINE_MEETING_HAPPENED },
    /* past "of foreign ministers", "two-day", a participle's phrase */
    { DATELINE "The Executive Council of foreign ministers concluded its two-day session on Thursday.",
      "Executive Council", NULL, "2013-12-05", BYLINE_MEETING_HAPPENED },
    { DATELINE "The Permanent Council of ambassadors opened its annual session in Vienna on Monday.",
      "Permanent Council", "Vienna", "2013-12-09", BYLINE_MEETING_HAPPENED },
    { DATELINE "The Arctic Council, chaired by Norway, will meet in Tromso on Thursday.",
      "Arctic Council", "Tromso", "2013-12-12", BYLINE_MEETING_PLANNED },
    { DATELINE "The next meeting of the Joint Fisheries Commission (JFC), co-chaired by the two ministers, is "
      "expected to be held in Accra in August.", "Joint Fisheries Commission", "Accra", NULL, BYLINE_MEETING_PLANNED },
    /* holding a meeting on a matter, on a day after it */
    { DATELINE "Meanwhile, the Arctic Council will hold a meeting on the region's fishing rights situation on "
      "December 19, the ministry said.", "Arctic Council", NULL, "2013-12-19", BYLINE_MEETING_PLANNED },
    /* "whose next session will be held", "which opens", past a short name */
    { DATELINE "Algeria chairs the Sahel Monitoring Committee (SMC), whose next session will be held in Niamey on "
      "5 March.", "Sahel Monitoring Committee", "Niamey", "2014-03-05", BYLINE_MEETING_PLANNED },
    { DATELINE "Ministers discussed the agenda of the Nordic Council, whose next session will take place in Oslo "
      "in October.", "Nordic Council", "Oslo", NULL, BYLINE_MEETING_PLANNED },
    /* "the Nth session of X, to be held in Y", "the next session of X is expected to be held" */
    { DATELINE "The minister will lead the delegation to the 40th session of the Baltic Ministerial Council, to be "
      "held in Riga on Sunday.", "Baltic Ministerial Council", "Riga", "2013-12-15", BYLINE_MEETING_PLANNED },
    { DATELINE "The 12th session of the Andean Parliament Committee will be held in Lima next week.",
      "Andean Parliament Committee", "Lima", NULL, BYLINE_MEETING_PLANNED },
    { DATELINE "The next session of the Joint Fisheries Commission is expected to be held in Accra in August.",
      "Joint Fisheries Commission", "Accra", NULL, BYLINE_MEETING_PLANNED },
    /* a named summit in a place */
    { DATELINE "Peru will host the APEC summit in Lima in November.",
      "APEC", "Lima", NULL, BYLINE_MEETING_PLANNED },
    { DATELINE "The Nordic summit will take place in Bergen in August.",
      "Nordic", "Bergen", NULL, BYLINE_MEETING_PLANNED },
    { DATELINE "Kenya would host the East African Community summit at the State House on June 1.",
      "East African Community", "State House", "2014-06-01", BYLINE_MEETING_PLANNED },
    /* ahead of it, on its eve: to come, even after a phone call */
    { DATELINE "Ana Soto held a telephone conversation with Luis Ortega on Monday, ahead of the upcoming SADC "
      "summit in Maputo.", "SADC", "Maputo", NULL, BYLINE_MEETING_PLANNED },
    { DATELINE "Ana Soto met Luis Ortega in Lima on Monday, on the eve of the Andean Community summit in Quito.",
      "Andean Community", "Quito", NULL, BYLINE_MEETING_PLANNED },
    /* a present that is to come; a name that goes on past "of" */
    { DATELINE "The 12th Andean Summit of Heads of State and Government opens in Quito on Saturday.",
      "Andean Summit of Heads of State and Government", "Quito", "2013-12-14", BYLINE_MEETING_PLANNED },
    { DATELINE "The Andean Council meets in Quito on Tuesday.",
      "Andean Council", "Quito", "2013-12-17", BYLINE_MEETING_PLANNED },
    /* two names that are one body's; a head alone, by the full name told before */
    { DATELINE "The ECOWAS Council of Ministers met in Abuja on Monday.",
      "ECOWAS Council of Ministers", "Abuja", "2013-12-09", BYLINE_MEETING_HAPPENED },
    { DATELINE "The Andean Council of Ministers met on Thursday.",
      "Andean Council of Ministers", NULL, "2013-12-05", BYLINE_MEETING_HAPPENED },
    { DATELINE "Leaders arrived for the Assembly of the Sahel Union. The Assembly, which will be held on Saturday "
      "in Niamey, is expected to last two days.", "Assembly of the Sahel Union", "Niamey", "2013-12-14",
      BYLINE_MEETING_PLANNED },
    /* past its owner; in a reported clause; "is meeting" */
    { DATELINE "NATO's North Atlantic Council met on Friday to discuss the crisis.",
      "North Atlantic Council", NULL, "2013-12-06", BYLINE_MEETING_HAPPENED },
    { DATELINE "Officials said the European Council will meet in Brussels on Thursday to discuss the budget.",
      "European Council", "Brussels", "2013-12-12", BYLINE_MEETING_PLANNED },
    { DATELINE "The minister said the Security Council would meet on Friday.",
      "Security Council", NULL, "2013-12-13", BYLINE_MEETING_PLANNED },
    { DATELINE "The Ukraine Defense Contact Group met at Ramstein Air Base on Friday.",
      "Ukraine Defense Contact Group", "Ramstein Air Base", "2013-12-06", BYLINE_MEETING_HAPPENED },
    /* "to take up the matter"; its session ahead, on a day to come */
    { DATELINE "The Arctic Council is due to take up the matter on Thursday.",
      "Arctic Council", NULL, "2013-12-12", BYLINE_MEETING_PLANNED },
    { DATELINE "The Peace and Security Council is due to take up the matter on Thursday.",
      "Peace and Security Council", NULL, "2013-12-12", BYLINE_MEETING_PLANNED },
    { DATELINE "The talks ended on Monday, and the Security Council will meet on Friday.",
      "Security Council", NULL, "2013-12-13", BYLINE_MEETING_PLANNED },
    { DATELINE "The Nordic Council will take up the issue in Oslo next week.",
      "Nordic Council", "Oslo", NULL, BYLINE_MEETING_PLANNED },
    { DATELINE "Ana Soto met Luis Ortega in Vienna on Wednesday, ahead of the OSCE Permanent Council session on "
      "Thursday.", "OSCE Permanent Council", NULL, "2013-12-12", BYLINE_MEETING_PLANNED },
    { DATELINE "The Arctic Council session opened in Tromso on Monday.",
      "Arctic Council", "Tromso", "2013-12-09", BYLINE_MEETING_HAPPENED },
    /* a body's organ in plain words, past the body's short name */
    { DATELINE "The Ghana Football Association (GFA) executive committee will meet in Accra on Tuesday.",
      "Ghana Football Association executive committee", "Accra", "2013-12-17", BYLINE_MEETING_PLANNED },
    { DATELINE "The Kenya Athletics standing committee met in Nairobi on Monday.",
      "Kenya Athletics standing committee", "Nairobi", "2013-12-09", BYLINE_MEETING_HAPPENED },
    /* among the meetings of named people */
    { DATELINE "Ana Soto met Luis Ortega in Lima on Monday. The Arctic Council will convene in Tromso on Thursday.",
      "Arctic Council", "Tromso", "2013-12-12", BYLINE_MEETING_PLANNED },
  };
  static const struct { const char *input, *body; } not_told[] = {
    { DATELINE "The UN Security Council condemned the attack on Friday.", "UN Security Council" },
    { DATELINE "The Security Council said in a statement that it met the demands.", "Security Council" },
    { DATELINE "The Arctic Council, chaired by Norway, said it would act on Monday.", "Arctic Council" },
    { DATELINE "The European Commission in Brussels said it would review the deal.", "European Commission" },
    { DATELINE "The head of the African Union Commission met on Friday with the envoy.", "African Union Commission" },
    { DATELINE "The Arctic Council met the deadline on Monday.", "Arctic Council" },
    /* (a meeting of the council and the officials, not of the council alone) */
    { DATELINE "The Arctic Council met Russian officials on Monday.", "Arctic Council" },
    { DATELINE "The Commission opened an investigation into the deal on Monday.", "Commission" },
    { DATELINE "The Wagner Group opened fire in the town on Monday.", "Wagner Group" },
    { DATELINE "Ana Soto met Luis Ortega in Lima on Monday. Russia and the Security Council will meet on Friday.",
      "Security Council" },
    { DATELINE "The FIFA executive committee decided to ban the club on Monday.", "FIFA executive committee" },
    { DATELINE "The Senate Health Committee is expected to take up the bill next month.", "Senate Health Committee" },
    { DATELINE "The Adani Group opened its new port in Mundra on Monday.", "Adani Group" },
    { DATELINE "The minister told the Security Council on Friday that the talks had failed.", "Security Council" },
    { DATELINE "The Security Council held talks with the envoy on Monday.", "Security Council" },
    { DATELINE "The National Assembly in Paris voted on the bill.", "National Assembly" },
    { DATELINE "The World Economic Forum in Davos said growth would slow.", "World Economic Forum" },
    { DATELINE "The Security Council resolution was adopted in New York on Friday.", "Security Council" },
    { DATELINE "The Council's decision will be held up in court.", "Council" },
    { DATELINE "Ana Soto met Luis Ortega at the UN in New York on Monday.", "UN" },
    { DATELINE "Speaking at the World Economic Forum in Davos, Ana Soto said growth would slow.",
      "World Economic Forum" },
    { DATELINE "At the UN General Assembly in New York last year, Ana Soto said the war must end.",
      "UN General Assembly" },
    { DATELINE "On the sidelines of the G20 Summit in Osaka, Ana Soto met Luis Ortega.", "G20 Summit" },
    { DATELINE "Ana Soto met Luis Ortega in Lima, after an Andean summit in Quito that ran late.", "Andean" },
    /* where another meeting is; a session held by phone */
    { DATELINE "Ana Soto spoke to Luis Ortega by phone, and the two leaders agreed to meet at the Andean Community "
      "summit in Quito in May.", "Andean Community" },
    { DATELINE "The UN Security Council met via video link on Friday.", "UN Security Council" },
    /* a joint commission of two countries the article does not name */
    { DATELINE "Ana Soto met Luis Ortega in Lima on Monday. The talks focused on the High Joint Commission, "
      "scheduled for Quito next month.", "High Joint Commission" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i].input);
      const BylineMeeting *m = NULL;
      g_autofree char *date = NULL;

      for (guint k = 0; k < a->meetings->len && m == NULL; k++)
        if (has_participant (a->meetings->pdata[k], told[i].body))
          m = a->meetings->pdata[k];
      g_assert_nonnull (m);
      g_assert_cmpuint (m->participants->len, ==, 1);
      g_assert_cmpstr (m->place_name, ==, told[i].place);
      date = byline_day_valid (&m->date) ? byline_day_to_iso (&m->date) : NULL;
      g_assert_cmpstr (date, ==, told[i].date);
      g_assert_cmpint (m->status, ==, told[i].status);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (not_told[i].input);

      for (guint k = 0; k < a->meetings->len; k++)
        {
          const BylineMeeting *m = a->meetings->pdata[k];

          g_assert_cmpuint (m->participants->len, >, 0);
          g_assert_false (m->participants->len == 1 && has_participant (m, not_told[i].body));
        }
    }
  /* one who attends it meets the body, by its name in full, and the body meets
   * no one else */
  {
    g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "Ana Soto will attend the Andean General Assembly in "
                                                 "Quito in June.");

    g_assert_cmpuint (a->meetings->len, ==, 1);
    g_assert_nonnull (find_meeting (a, "Ana Soto", "Andean General Assembly"));
  }
}

/* A body two countries hold together meets as theirs, and by its name as the
 * text gives it: "the joint commission of historians", "the Joint Committee for
 * cooperation between the two countries"; told once */
static void
test_joint_body_named (void)
{
  static const struct { const char *input, *body; } told[] = {
    { DATELINE "Peruvian Foreign Minister Ana Soto met her Chilean counterpart Luis Ortega in Lima on Monday. The two "
      "ministers agreed that the Joint Committee for trade between the two countries should meet in Santiago "
      "before the end of the year.", "Joint Committee for trade" },
    { DATELINE "Peruvian Foreign Minister Ana Soto met her Chilean counterpart Luis Ortega in Lima on Monday. The "
      "joint commission of engineers is scheduled to hold its next session in Santiago on November 11.",
      "joint commission of engineers" },
    { DATELINE "Peruvian Foreign Minister Ana Soto met her Chilean counterpart Luis Ortega in Lima on Monday. The two "
      "sides agreed to reconvene the joint commission of engineers, which has not met since 2009.",
      "joint commission of engineers" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i].input);
      guint n = 0;

      for (guint k = 0; k < a->meetings->len; k++)
        {
          const BylineMeeting *m = a->meetings->pdata[k];

          if (has_participant (m, "Peru") || has_participant (m, "Chile"))
            {
              n++;
              g_assert_true (has_participant (m, told[i].body));
              g_assert_true (has_participant (m, "Peru") && has_participant (m, "Chile"));
            }
        }
      g_assert_cmpuint (n, ==, 1);
      g_assert_nonnull (find_meeting (a, "Ana Soto", "Luis Ortega"));
    }
}

static void
test_case (gconstpointer data)
{
  const MeetingCase *c = data;
  g_autoptr (BylineAnalysis) a = test_analyse (c->input);
  const BylineMeeting *m = find_meeting (a, c->p1, c->p2);
  g_autofree char *date = NULL;

  g_assert_nonnull (m);
  /* the pair and no one else: "hold talks with Y and attend Z" is not Y at Z */
  g_assert_cmpuint (m->participants->len, ==, 2);
  g_assert_cmpstr (m->place_name, ==, c->place);
  date = byline_day_valid (&m->date) ? byline_day_to_iso (&m->date) : NULL;
  g_assert_cmpstr (date, ==, c->date);
  if (c->status != BYLINE_MEETING_UNKNOWN)
    g_assert_cmpint (m->status, ==, c->status);
}

/* a title alone that fits two people, or none, or a person of another country,
 * stays as it is: no one named takes the partner */
static void
test_title_alone_unresolved (void)
{
  const char *inputs[][3] = {
    { DATELINE "Prime Minister Ines Varga met Prime Minister Olaf Berg on Monday. The Premier received Chilean "
      "President Tomas Vidal in Vienna on Tuesday.", "Tomas Vidal", "Premier" },
    { DATELINE "President Helen Brandt met Polish Foreign Minister Marek Nowicz in Warsaw on Monday. The Secretary "
      "also met on Tuesday with Lithuanian Premier Rasa Kairiene.", "Rasa Kairiene", "Secretary" },
    { DATELINE "Vice President Ana Soto met Senator Luis Ortega on Monday. The President received Governor Tom Reyes "
      "on Tuesday.", "Tom Reyes", "President" },
    { DATELINE "Ambassador Marta Ruiz of France arrived in Rabat on Sunday. On Monday, the Spanish envoy met "
      "Interior Minister Karim Idrissi.", "Karim Idrissi", "Spanish envoy" },
    { DATELINE "Sheikh Hamad bin Nasser received Sheikh Ali Saleh in Doha on Monday. Later, His Highness received "
      "Egyptian Foreign Minister Omar Haddad.", "Omar Haddad", NULL },
    { DATELINE "Sheikha Mona Saleh received Foreign Minister Lena Holt in Doha on Monday. On Tuesday, His Highness "
      "received Trade Minister Ivo Petrov.", "Ivo Petrov", NULL },
    { DATELINE "Deputy Foreign Minister Chen Hao called on Deputy Minister Ravi Menon on Monday. The vice minister is "
      "also scheduled to meet Trade Minister Sunil Rao on Wednesday.", "Sunil Rao", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i][0]);
      gboolean titled = inputs[i][2] == NULL;

      for (guint k = 0; k < a->meetings->len; k++)
        {
          const BylineMeeting *m = a->meetings->pdata[k];

          if (!has_participant (m, inputs[i][1]))
            continue;
          for (guint p = 0; p < m->participants->len; p++)
            {
              const BylineParticipant *side = &g_array_index (m->participants, BylineParticipant, p);

              if (g_strcmp0 (side->name, inputs[i][1]) == 0)
                continue;
              if (g_strcmp0 (side->name, inputs[i][2]) == 0)
                titled = TRUE;
              else
                g_error ("case %u: %s met %s", i, inputs[i][1], side->name);
            }
        }
      g_assert_true (titled);
    }
}

/* "X had visited Y's capital last year, when the two leaders first met at Z": the
 * pair with the person the sentence names, not the last pair told; no side
 * starts with "when" */
static void
test_when_the_two_leaders (void)
{
  const char *inputs[] = {
    DATELINE "Prime Minister Ana Costa held talks with her Chilean counterpart Luis Vera in Lisbon on Monday. "
    "President Rita Moura hosted Vera at the palace later. Costa had visited Santiago in May last year, when "
    "the two leaders first met at the Moneda Palace.",
    DATELINE "Chancellor Jonas Berg met Peruvian President Carlos Ayala in Berlin on Tuesday. Ayala later met "
    "Mayor Petra Hahn at the city hall. Berg was in Lima in 2011, when the two men first met at the Torre "
    "Tagle Palace.",
  };
  const char *pairs[][3] = { { "Ana Costa", "Luis Vera", "Moneda Palace" },
                             { "Jonas Berg", "Carlos Ayala", "Torre Tagle Palace" } };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);
      gboolean found = FALSE;

      for (guint k = 0; k < a->meetings->len; k++)
        {
          const BylineMeeting *m = a->meetings->pdata[k];

          for (guint p = 0; p < m->participants->len; p++)
            g_assert_false (g_str_has_prefix (g_array_index (m->participants, BylineParticipant, p).name, "when"));
          /* (with its city, when told: "Torre Tagle Palace, Lima") */
          if (m->place_name != NULL && g_str_has_prefix (m->place_name, pairs[i][2]))
            {
              g_assert_true (has_participant (m, pairs[i][0]));
              g_assert_true (has_participant (m, pairs[i][1]));
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
}

/* "X, along with Y, met Z", "met Z, along with his deputy W", "accompanied by":
 * one meeting of three */
static void
test_along_with (void)
{
  const char *inputs[] = {
    DATELINE "Foreign Minister Ana Duarte, along with Defence Minister Rui Lopes, met Indian Prime Minister Raj "
    "Mehta in Delhi on Monday.",
    DATELINE "Senator Joan Pryce met Mexican President Luis Ortega, along with his finance minister Rosa Ibarra, "
    "at the National Palace.",
    DATELINE "Kenyan President Paul Mwangi, accompanied by Trade Secretary Amina Yusuf, held talks with Chinese "
    "Premier Li Wenbo in Beijing.",
  };
  const char *names[][3] = { { "Ana Duarte", "Rui Lopes", "Raj Mehta" },
                             { "Joan Pryce", "Luis Ortega", "Rosa Ibarra" },
                             { "Paul Mwangi", "Amina Yusuf", "Li Wenbo" } };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);
      const BylineMeeting *m;

      g_assert_cmpuint (a->meetings->len, ==, 1);
      m = a->meetings->pdata[0];
      g_assert_cmpuint (m->participants->len, ==, 3);
      for (guint p = 0; p < 3; p++)
        g_assert_true (has_participant (m, names[i][p]));
    }
}

/* "The session was attended by A, B and C", "..., chaired by X", "in the presence
 * of Y": the people named are at the meeting just told */
static void
test_attended_by (void)
{
  const char *inputs[] = {
    DATELINE "The foreign ministers of the Andean states met in Lima today for the 20th session of the Andean "
    "Council, chaired by Peru's Foreign Minister Rosa Quispe.\n\nThe session was attended by Bolivian Foreign "
    "Minister Juan Mamani, Chilean Minister of State Dr. Lucia Vera and Colombian Vice Minister Pablo Rojas.",
    DATELINE "King Harald Olsen received Estonian President Mart Kask at the Royal Palace on Monday, in the "
    "presence of Foreign Minister Eva Lund.",
    DATELINE "Leaders of Kenya, Uganda and Tanzania met in Arusha on Monday. The summit was chaired by "
    "Tanzanian President Joseph Mrema.",
    /* "X, who attended the meeting, said" */
    DATELINE "President Ana Soto hosted congressional leaders at the White House on Monday. The talks were tense. "
    "Speaker Tom Hale, who attended the meeting, said little.",
    DATELINE "A bipartisan group of senators met with President Ana Soto at the White House on Monday. Sen. Laura "
    "Kent, a Republican from Ohio who attended the meeting, told reporters it went well.",
  };
  const char *names[][4] = { { "Rosa Quispe", "Juan Mamani", "Lucia Vera", "Pablo Rojas" },
                             { "Harald Olsen", "Mart Kask", "Eva Lund", NULL },
                             { "Kenya", "Uganda", "Joseph Mrema", NULL },
                             { "Ana Soto", "congressional leaders", "Tom Hale", NULL },
                             { "Ana Soto", "Laura Kent", NULL, NULL } };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);

      g_assert_cmpuint (a->meetings->len, ==, 1);
      for (guint p = 0; p < 4 && names[i][p] != NULL; p++)
        g_assert_true (has_participant (a->meetings->pdata[0], names[i][p]));
    }
}

/* "The session was held in ...", "the session lasted": more of the meeting told */
static void
test_session_told_again (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "Senators convened behind closed doors on Tuesday with "
                                               "Defence Secretary Alan Marsh to discuss the drones. The session was "
                                               "held in a secure room on the second floor.");

  g_assert_cmpuint (a->meetings->len, ==, 1);
  g_assert_cmpuint (((const BylineMeeting *) a->meetings->pdata[0])->evidence->len, ==, 2);
}

/* "X first met Y in 2015 in Kumasi": a meeting of another time, not the talks told
 * before */
static void
test_first_met (void)
{
  const char *inputs[] = {
    DATELINE "The talks between Kofi Mensah and Ama Owusu lasted four hours in Accra. Mensah first met Owusu in "
    "2015 in Kumasi.",
    DATELINE "Talks between Chancellor Jonas Berg and President Carlos Ayala ended in Berlin. Berg, a former "
    "diplomat, had first met Ayala in Lima years ago.",
  };
  const char *places[][2] = { { "Accra", "Kumasi" }, { "Berlin", "Lima" } };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);

      g_assert_cmpuint (a->meetings->len, ==, 2);
      g_assert_cmpstr (((BylineMeeting *) a->meetings->pdata[0])->place_name, ==, places[i][0]);
      g_assert_cmpstr (((BylineMeeting *) a->meetings->pdata[1])->place_name, ==, places[i][1]);
    }
}

/* "visited Lima, Quito and Bogota", "will travel to Nairobi and Kampala": a trip to
 * each city, in its country */
static void
test_trip_to_cities (void)
{
  const char *inputs[] = {
    DATELINE "Foreign Minister Ana Duarte visited Lima, Quito and Bogota last month.",
    DATELINE "Foreign Minister Samuel Osei will travel to Nairobi and Kampala next week for talks on trade.",
  };
  const char *sides[][3][2] = { { { "Peru", "Lima" }, { "Ecuador", "Quito" }, { "Colombia", "Bogota" } },
                                { { "Kenya", "Nairobi" }, { "Uganda", "Kampala" }, { NULL, NULL } } };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);
      guint n = 0;

      g_assert_cmpuint (a->meetings->len, >=, sides[i][2][0] != NULL ? 3 : 2);
      for (guint p = 0; p < 3 && sides[i][p][0] != NULL; p++, n++)
        {
          const BylineMeeting *m = a->meetings->pdata[p];

          g_assert_cmpuint (m->participants->len, ==, 2);
          g_assert_cmpstr (g_array_index (m->participants, BylineParticipant, 1).name, ==, sides[i][p][0]);
          g_assert_cmpstr (m->place_name, ==, sides[i][p][1]);
        }
      g_assert_cmpuint (a->meetings->len, ==, n);
    }
}

/* "the presidents of Chile, Peru and Bolivia": heads of state stand for their
 * countries, one meeting with them all */
static void
test_heads_of_countries (void)
{
  const char *inputs[] = {
    DATELINE "President Ana Duarte will travel to Lima for the summit, where she is expected to meet the "
    "presidents of Chile, Peru, Ecuador and Bolivia.",
    DATELINE "Prime Minister Jan Berg will meet the premiers of Norway, Denmark and Finland in Oslo.",
  };
  const char *names[][5] = { { "Ana Duarte", "Chile", "Peru", "Ecuador", "Bolivia" },
                             { "Jan Berg", "Norway", "Denmark", "Finland", NULL } };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);
      const BylineMeeting *m;
      guint n = 0;

      g_assert_cmpuint (a->meetings->len, ==, 1);
      m = a->meetings->pdata[0];
      for (; n < 5 && names[i][n] != NULL; n++)
        g_assert_true (has_participant (m, names[i][n]));
      g_assert_cmpuint (m->participants->len, ==, n);
    }
}

/* "will travel to X to brief General Y", "flew to X to brief President Y", "to
 * meet the transitional authorities": whom the trip is to see takes part */
static void
test_trip_to_brief (void)
{
  const char *inputs[] = {
    DATELINE "Envoy Kofi Mensah is due to travel to Port Sudan on Friday to brief army chief General Hassan Idris.",
    DATELINE "Envoy Ana Duarte flew to Kigali to brief President Paul Mugisha on the talks.",
    DATELINE "Former Ghanaian President Kwame Addo will travel to Bamako to meet the transitional authorities.",
  };
  const char *names[][2] = { { "Kofi Mensah", "Hassan Idris" }, { "Ana Duarte", "Paul Mugisha" },
                             { "Kwame Addo", "transitional authorities" } };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);

      g_assert_cmpuint (a->meetings->len, ==, 1);
      g_assert_true (has_participant (a->meetings->pdata[0], names[i][0]));
      g_assert_true (has_participant (a->meetings->pdata[0], names[i][1]));
    }
}

/* "the distinguished guest was welcomed by X": the visitor of the trip told last;
 * and the trip at the invitation of Y stays, told by no meeting with Y */
static void
test_guest_welcomed (void)
{
  const char *inputs[] = {
    DATELINE "President of Kenya Daniel Otieno arrived in Kampala on Tuesday on a state visit at the invitation "
    "of President of Uganda Moses Okot. At Entebbe International Airport, the distinguished guest was welcomed "
    "by Prime Minister of Uganda Ruth Nabirye and other officials.",
    DATELINE "Chancellor Jonas Berg arrived in Lima on Monday at the invitation of President Carlos Ayala. The "
    "guest was greeted at the airport by Foreign Minister Rosa Vera.",
  };
  const char *names[][3] = { { "Daniel Otieno", "Ruth Nabirye", "Moses Okot" },
                             { "Jonas Berg", "Rosa Vera", "Carlos Ayala" } };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);

      g_assert_nonnull (find_meeting (a, names[i][0], names[i][1]));
      g_assert_nonnull (find_meeting (a, names[i][0], names[i][2]));
    }
}

/* "Since then, they have held talks in Tokyo, Osaka and on the margins of the
 * summit in Rome": the pair, a meeting in each place, of other times */
static void
test_talks_in_places (void)
{
  const char *inputs[] = {
    DATELINE "Chancellor Otto Brandt and Premier Mei Lin met in Berlin on Monday. The two leaders first met in "
    "Davos in 2019. Since then, they have held talks in Tokyo, Osaka and on the margins of the Group of 20 "
    "summit in Rome.",
    DATELINE "President Ana Soto and King Harald Olsen held talks in Oslo on Tuesday. Since then, they have met "
    "in Paris and Madrid.",
  };
  const char *places[][3] = { { "Tokyo", "Osaka", "Rome" }, { "Paris", "Madrid", NULL } };
  const char *pair[][2] = { { "Otto Brandt", "Mei Lin" }, { "Ana Soto", "Harald Olsen" } };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);

      for (guint p = 0; p < 3 && places[i][p] != NULL; p++)
        {
          gboolean found = FALSE;

          for (guint k = 0; k < a->meetings->len; k++)
            {
              const BylineMeeting *m = a->meetings->pdata[k];

              if (g_strcmp0 (m->place_name, places[i][p]) != 0)
                continue;
              g_assert_true (has_participant (m, pair[i][0]));
              g_assert_true (has_participant (m, pair[i][1]));
              g_assert_false (byline_day_valid (&m->date));
              found = TRUE;
            }
          g_assert_true (found);
        }
    }
}

/* "Asked whether X would meet Y", "it was unclear whether": a question, no meeting */
static void
test_whether_no_meeting (void)
{
  const char *inputs[] = {
    DATELINE "Asked whether the Director-General would meet the Israeli and Palestinian delegations, the "
    "spokesperson said nothing was fixed.",
    DATELINE "It was unclear whether Chancellor Otto Brandt would meet Premier Mei Lin in Rome.",
  };

  assert_meetings_told (inputs, G_N_ELEMENTS (inputs), 0);
}

/* "press secretary X said the meeting with Y would go ahead": one who speaks
 * for another is no side of the meeting she speaks of; a minister speaking of
 * his own talks is */
static void
test_spokesperson_tells (void)
{
  const char *inputs[] = {
    DATELINE "President Ana Soto will host Premier Li Wei in Brasilia on Friday. Asked about the timing, "
    "press secretary Maria Costa said the meeting with Li would go ahead.",
    DATELINE "Chancellor Karl Berg met Premier Jan Novak in Vienna on Monday. Government spokeswoman Eva Lind "
    "said that the talks with Novak had been frank.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);

      g_assert_cmpuint (a->meetings->len, ==, 1);
      g_assert_cmpuint (((BylineMeeting *) a->meetings->pdata[0])->participants->len, ==, 2);
    }

  {
    g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "Trade Minister Gao Wei said the talks with Foreign "
                                                 "Minister Ma Lin were useful.");

    g_assert_nonnull (find_meeting (a, "Gao Wei", "Ma Lin"));
  }
}

/* "The Angolan Head of State also received X": the one the article is about,
 * by the office he holds; after a lead that opens with a wire dateline */
static void
test_topic_by_office (void)
{
  const char *inputs[] = {
    "Envoy\n\nLuanda - The President of the Republic, Joao Kiala, received Foreign Minister Ana Soto on Tuesday.\n\n"
    "The Angolan Head of State also granted an audience, on the same day, to Trade Minister Luis Ortega.",
    "President Omar Haddad received Foreign Minister Ana Soto on Tuesday.\n\nThe head of state later received Trade "
    "Minister Luis Ortega.",
    "President Omar Haddad received Foreign Minister Ana Soto on Tuesday.\n\nThe Tunisian president also met Trade "
    "Minister Luis Ortega.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);

      g_assert_nonnull (find_meeting (a, i == 0 ? "Joao Kiala" : "Omar Haddad", "Ana Soto"));
      g_assert_nonnull (find_meeting (a, i == 0 ? "Joao Kiala" : "Omar Haddad", "Luis Ortega"));
    }
  /* a prime minister is no head of state */
  {
    g_autoptr (BylineAnalysis) a = test_analyse ("Prime Minister Omar Haddad received Foreign Minister Ana Soto.\n\n"
                                                 "The head of state also received Trade Minister Luis Ortega.");

    g_assert_null (find_meeting (a, "Omar Haddad", "Luis Ortega"));
  }
}

/* "invited X to visit Y": X is the visitor, not the one who invites */
static void
test_invited_to_visit (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "President Ana Soto invited Chinese President Li Wei to "
                                               "visit Santiago next year.");
  g_autoptr (BylineAnalysis) b = test_analyse (DATELINE "Polish Foreign Minister Jan Nowak met Saudi Foreign "
                                               "Minister Faisal Al Saud in Riyadh. Nowak said he had invited "
                                               "Egyptian President Omar Saleh to visit Warsaw.");
  const BylineMeeting *m = find_meeting (a, "Li Wei", "Chile");

  g_assert_nonnull (m);
  g_assert_cmpstr (m->place_name, ==, "Santiago");
  g_assert_null (find_meeting (b, "Jan Nowak", "Poland"));
  g_assert_nonnull (find_meeting (b, "Omar Saleh", "Poland"));
}

/* "is expected to meet A and B again": one meeting of the three, as before */
static void
test_meet_again_together (void)
{
  const char *inputs[] = {
    DATELINE "President Ana Soto is expected to meet Senator Tom Hale and Senator Rita Moss again on Thursday.",
    DATELINE "Mediator Lars Berg will meet Colonel Ali Musa and General Omar Bashir again in Nairobi next week.",
  };
  const char *names[][3] = { { "Ana Soto", "Tom Hale", "Rita Moss" }, { "Lars Berg", "Ali Musa", "Omar Bashir" } };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);
      const BylineMeeting *m;

      g_assert_cmpuint (a->meetings->len, ==, 1);
      m = a->meetings->pdata[0];
      g_assert_cmpuint (m->participants->len, ==, 3);
      for (guint p = 0; p < 3; p++)
        g_assert_true (has_participant (m, names[i][p]));
    }
}

static void
test_told_twice (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "The newly installed Iranian ambassador to Russia was hosted in Moscow for a Monday meeting with "
    "Russian Deputy Foreign Minister Igor Morgulov.\n\n"
    "Iranian Ambassador to Russia Mehdi Sanaei praised the ties in a Monday meeting with Russian Deputy "
    "Foreign Minister Igor Morgulov.");
  const BylineMeeting *m = find_meeting (a, "Mehdi Sanaei", "Igor Morgulov");

  g_assert_nonnull (m);
  g_assert_cmpuint (a->meetings->len, ==, 1);
  g_assert_cmpuint (m->evidence->len, ==, 2);
  g_assert_cmpstr (m->place_name, ==, "Moscow");
}

/* a group told again by another description of the same people ("the Nordic
 * foreign ministers" after "the foreign ministers of Denmark, Finland and
 * Norway", "leaders from across the Andes" after "Andean leaders"): one
 * meeting; but not a group of other people */
static void
test_group_told_twice (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Secretary of State Anna Berg met today with the foreign ministers of Denmark, Finland and Norway. The "
    "Secretary and the Nordic foreign ministers discussed security.");
  g_autoptr (BylineAnalysis) b = test_analyse (DATELINE
    "Secretary of State Anna Berg met today with the foreign ministers of Denmark, Finland and Norway. The "
    "Secretary and the Nordic finance ministers discussed security.");

  g_autoptr (BylineAnalysis) c = test_analyse (
    "Berg meets Andean leaders in Lima\n\nMarch 2, 2020\n\nLIMA (Wire) - Vice President Anna Berg met Thursday "
    "with leaders from across the Andes in the Peruvian capital.");

  g_assert_cmpuint (a->meetings->len, ==, 1);
  g_assert_cmpuint (b->meetings->len, ==, 2);
  g_assert_cmpuint (c->meetings->len, ==, 1);
}

/* "The meeting was attended by X", "Present at the meeting were X and Y" some
 * sentences on: the story's meeting told last that took place between people
 * named, not a conference planned since; the sentence tells that meeting */
static void
test_attended_later (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Foreign Minister Lena Dahl received today Karl Vogt, Minister of Foreign Affairs of Austria.\n\n"
    "The two sides also reviewed the preparations for the Conference of the Parties, which Norway will host "
    "next year.\n\n"
    "Vogt praised the level of bilateral relations, the ministry said in a statement.\n\n"
    "The meeting was attended by Jonas Berg, Minister of State.");
  const BylineMeeting *m = find_meeting (a, "Lena Dahl", "Karl Vogt");

  g_autoptr (BylineAnalysis) b = test_analyse (DATELINE
    "President Omar Haddad received a delegation led by Speaker Lina Farah at the palace on Monday.\n\n"
    "The two sides discussed trade.\n\nPresent at the meeting were Rami Aziz and Dana Lund.");
  const BylineMeeting *n = find_meeting (b, "Omar Haddad", "Lina Farah");

  g_assert_nonnull (m);
  g_assert_true (has_participant (m, "Jonas Berg"));
  g_assert_nonnull (n);
  g_assert_true (has_participant (n, "Rami Aziz"));
  g_assert_true (has_participant (n, "Dana Lund"));
  g_assert_cmpuint (n->evidence->len, >=, 2);
  g_assert_cmpuint (b->meetings->len, ==, 1);
}

/* a headline packs two meetings into "meeting with A and B"; the body's
 * "met with A and B" is one meeting of three */
static void
test_headline_pair (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    "Ortiz gives details of meeting with Haddad and Lindqvist\n\nMarch 2, 2020\n\n"
    "MADRID - Foreign Minister Elena Ortiz spoke about her talks with Swedish Foreign Minister Karin "
    "Lindqvist.\n\n"
    "\"They were frank,\" Ortiz said at a press conference after the meeting with President Omar "
    "Haddad.");
  g_autoptr (BylineAnalysis) b = test_analyse (DATELINE
    "Foreign Minister Elena Ortiz met with President Omar Haddad and Karin Lindqvist in Madrid.");

  g_assert_cmpuint (a->meetings->len, ==, 2);
  g_assert_nonnull (find_meeting (a, "Elena Ortiz", "Omar Haddad"));
  g_assert_nonnull (find_meeting (a, "Elena Ortiz", "Karin Lindqvist"));
  g_assert_null (find_meeting (a, "Omar Haddad", "Karin Lindqvist"));
  g_assert_cmpuint (b->meetings->len, ==, 1);
  g_assert_nonnull (find_meeting (b, "Omar Haddad", "Karin Lindqvist"));
}

/* a dateline in fields ("agency | place | time") gives the lead's meeting its
 * place, and a trip to the country it is told from is told by the meeting
 * there; a description with capitals is the one the article is about */
static void
test_field_dateline (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    "Kenya and Ghana pledge closer ties\n\n"
    "UNI | Nairobi | Updated: 05-03-2022 10:00 IST\n\n"
    "Kenyan President Daniel Mwangi held talks with Ghanaian President Kojo Asante on Saturday.\n\n"
    "The Ghanaian President arrived in Nairobi on a state visit on Friday, in his first trip to Kenya "
    "since taking office.\n\n"
    "The Ghanaian President also met the leaders of the opposition parties.\n\n"
    "He will speak at the \"Summit of the African Union\" along with Rwandan President Ines Kamanzi.");
  const BylineMeeting *m = find_meeting (a, "Daniel Mwangi", "Kojo Asante");

  g_assert_nonnull (m);
  g_assert_cmpstr (m->place_name, ==, "Nairobi");
  g_assert_null (find_meeting (a, "Kojo Asante", "Kenya"));
  g_assert_nonnull (find_meeting (a, "Kojo Asante", "leaders of the opposition parties"));
  g_assert_cmpuint (a->meetings->len, ==, 2);
}

/* "a tour that took him to A, B and C": a trip to each, the traveller the
 * sentence's subject, the trip's owner, or the one the article is about */
static void
test_taken_to (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Finnish Prime Minister Mikko Laine arrived in Riga on Sunday.\n\n"
    "This is the last leg of his Baltic tour, which has taken him to Estonia and Lithuania.\n\n"
    "Italian Prime Minister Gino Rossi ended a tour that took him to Kenya, Uganda and Rwanda.\n\n"
    "The minister took them to Chile for the talks, and the journey brought him to Peru.");

  g_assert_nonnull (find_meeting (a, "Mikko Laine", "Estonia"));
  g_assert_nonnull (find_meeting (a, "Mikko Laine", "Lithuania"));
  g_assert_nonnull (find_meeting (a, "Gino Rossi", "Kenya"));
  g_assert_nonnull (find_meeting (a, "Gino Rossi", "Uganda"));
  g_assert_nonnull (find_meeting (a, "Gino Rossi", "Rwanda"));
  g_assert_null (find_meeting (a, "Gino Rossi", "Estonia"));
  g_assert_null (find_meeting (a, "Gino Rossi", "Chile"));
  g_assert_nonnull (find_meeting (a, "Gino Rossi", "Peru"));
}

/* a trip on which the visitor met named hosts is told by that meeting; "their
 * meeting" is the pair's; a headline's source after a dash met no one */
static void
test_trip_and_their (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Weber discussed fish quotas with Peru's foreign minister - Harbour Post\n\n"
    "During his visit to Lima, German Foreign Minister Karl Weber met Peruvian Foreign Minister Rosa "
    "Quispe on Monday.\n\n"
    "\"It went well,\" the Harbour Post said, describing their meeting as frank.");

  g_assert_cmpuint (a->meetings->len, ==, 1);
  g_assert_nonnull (find_meeting (a, "Karl Weber", "Rosa Quispe"));
}

/* a trip told later by someone else is the visitor's, and told by the meeting there */
static void
test_trip_told_later (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "German Foreign Minister Karl Weber will meet Peruvian Foreign Minister Rosa Quispe in Lima on "
    "Wednesday.\n\n"
    "Weber's deputy met Deputy Minister Luis Soto, who said that Weber's trip to Lima would help trade.");

  g_assert_nonnull (find_meeting (a, "Karl Weber", "Rosa Quispe"));
  g_assert_null (find_meeting (a, "Luis Soto", "Peru"));
  g_assert_null (find_meeting (a, "Karl Weber", "Peru"));
}

/* a country's summits with countries, one each; but a person who led a country's
 * talks is the one who met */
static void
test_countries (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "North Korea fired a missile.\n\n"
    "Diplomats expect progress ahead of the North's summits with South Korea and the United States.\n\n"
    "Foreign Minister Ana Duarte, who led Chile's talks with Peruvian officials, spoke on Monday.");

  g_assert_nonnull (find_meeting (a, "North Korea", "South Korea"));
  g_assert_nonnull (find_meeting (a, "North Korea", "United States"));
  g_assert_null (find_meeting (a, "South Korea", "United States"));
  g_assert_nonnull (find_meeting (a, "Ana Duarte", "Peruvian officials"));
  g_assert_null (find_meeting (a, "Chile", "Peruvian officials"));
}

/* The seed article's meetings, as issue 13 found them wrong: the ambassador's
 * Monday meeting told twice is one, in Moscow; Zarif's earlier talks with Western
 * nations, told in a relative clause, have no date of the dateline's; the
 * Lavrov-Zarif topic is the whole noun group */
static void
test_seed (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse_seed ();
  const BylineMeeting *m;
  guint sanaei = 0;

  if (a == NULL)
    return;
  for (guint i = 0; i < a->meetings->len; i++)
    if (has_participant (a->meetings->pdata[i], "Mehdi Sanaei"))
      sanaei++;
  g_assert_cmpuint (sanaei, ==, 1);
  m = find_meeting (a, "Mehdi Sanaei", "Igor Morgulov");
  g_assert_nonnull (m);
  g_assert_cmpstr (m->place_name, ==, "Moscow");
  g_assert_cmpuint (m->evidence->len, ==, 2);

  m = find_meeting (a, "Javad Zarif", "Western nations");
  g_assert_nonnull (m);
  g_assert_false (byline_day_valid (&m->date));
  g_assert_cmpstr (m->place_name, ==, "Geneva");

  m = find_meeting (a, "Sergei Lavrov", "Javad Zarif");
  g_assert_nonnull (m);
  g_assert_cmpstr (m->place_name, ==, "Tehran");
  g_assert_cmpuint (m->topics->len, ==, 1);
  g_assert_cmpstr (m->topics->pdata[0], ==, "recently announced nuclear accord");
}

/* an apposition's names are not subjects; a reported clause has its own subject;
 * a long fronted participle phrase is the main clause subject's meeting; a meeting
 * in a building is the meeting in its city */
static void
test_apposition_and_report (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "SEOUL - Kim Soo-ah, leader of the Green Party of Korea (GPK), said on Thursday she would travel to "
    "Tokyo next week for talks with Foreign Minister Kenji Sato.\n\n"
    "Speaking at a joint press conference with his Azerbaijani counterpart Rauf Aliyev in Ankara following "
    "their long meeting, Selim Demir said the two countries had agreed.\n\n"
    "Selim Demir met Rauf Aliyev in Ankara.\n\n"
    "At the meeting held at the Grand Assembly Hall, the two sides discussed energy.");

  g_assert_nonnull (find_meeting (a, "Kim Soo-ah", "Kenji Sato"));
  g_assert_null (find_meeting (a, "Green Party of Korea", "Kenji Sato"));
  g_assert_nonnull (find_meeting (a, "Selim Demir", "Rauf Aliyev"));
  for (guint i = 0; i < a->meetings->len; i++)
    if (has_participant (a->meetings->pdata[i], "Selim Demir"))
      g_assert_true (find_meeting (a, "Selim Demir", "Rauf Aliyev") == a->meetings->pdata[i]);
}

/* "both sides" met again: a second meeting of the pair, in its own place and time */
static void
test_both_sides (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Foreign Minister Anna Berg met Foreign Minister Lars Holm in Oslo on Monday.\n\n"
    "Both sides held talks again in Bergen on Tuesday.");
  guint bergen = 0;

  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];

      if (g_strcmp0 (m->place_name, "Bergen") == 0 && has_participant (m, "Anna Berg")
          && has_participant (m, "Lars Holm"))
        bergen++;
    }
  g_assert_cmpuint (bergen, ==, 1);
}

/* the first person of a quotation is its speaker */
static void
test_first_person_quote (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Foreign Minister Omar Haddad recorded a message before his departure.\n\n"
    "\"I had a long discussion about the visit with Prime Minister Sami Nasser yesterday,\" Haddad said.");

  g_assert_nonnull (find_meeting (a, "Omar Haddad", "Sami Nasser"));
}

/* the host who invited is not a visitor, but the one the visitor meets */
static void
test_invitation_host (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "At the invitation of President Pavel Orlov, President Tran Van Minh will pay a state visit to Russia.");
  const BylineMeeting *m = find_meeting (a, "Tran Van Minh", "Pavel Orlov");

  g_assert_nonnull (m);
  g_assert_cmpstr (g_array_index (m->participants, BylineParticipant, 0).name, ==, "Tran Van Minh");
  g_assert_cmpuint (a->meetings->len, ==, 1);
}

/* "the minister" is the minister the article is about, though others are named;
 * "separate meetings with A and B" are two */
static void
test_the_minister_and_separate (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Defence Minister Piotr Zielinski spoke in Gdansk on Monday.\n\n"
    "Czech Foreign Minister Jan Lipka and his Slovak counterpart, Juraj Hudec, met in Bratislava.\n\n"
    "The minister also met opposition leaders.\n\n"
    "Lebanese Prime Minister Karim Saad held separate meetings with French envoy Jean Morel and Qatari envoy "
    "Ali Nasser.");

  g_assert_nonnull (find_meeting (a, "Jan Lipka", "opposition leaders"));
  g_assert_nonnull (find_meeting (a, "Karim Saad", "Jean Morel"));
  g_assert_nonnull (find_meeting (a, "Karim Saad", "Ali Nasser"));
  g_assert_null (find_meeting (a, "Jean Morel", "Ali Nasser"));
}

/* a meeting in a fronted phrase is the main clause subject's, and its partners end
 * at the comma; "the High Representative" is the person with that title */
static void
test_fronted_phrase (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "BRUSSELS - Special Envoy of the Union Maria Costa arrived in Skopje today.\n\n"
    "During her talks with President of North Macedonia Ivo Petrov, the Special Envoy said reforms must "
    "go on.\n\n"
    "After the meeting with President Petrov, Maria Costa held a working conference with Foreign Minister "
    "Lena Stojanova.\n\n"
    "The Israel-Hamas conflict also figured in the talks.");

  g_assert_nonnull (find_meeting (a, "Maria Costa", "Ivo Petrov"));
  g_assert_nonnull (find_meeting (a, "Maria Costa", "Lena Stojanova"));
  g_assert_null (find_meeting (a, "Ivo Petrov", "Lena Stojanova"));
  g_assert_null (find_meeting (a, "Israel", "Hamas"));
}

/* an unnamed official is a participant as a subject, not as the one met: the name
 * comes later; in an article that names no other meeting, the one met is told as
 * the sentence describes them, up to the participle */
static void
test_unnamed_official (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "President Mira Lund has met with a Norwegian official leading a choir to Seoul.");
  const BylineMeeting *m;

  g_assert_cmpuint (a->meetings->len, ==, 1);
  m = a->meetings->pdata[0];
  g_assert_cmpuint (m->participants->len, ==, 2);
  g_assert_true (has_participant (m, "Mira Lund"));
  g_assert_true (has_participant (m, "Norwegian official"));
  g_assert_null (g_array_index (m->participants, BylineParticipant, 1).entity);
}

/* "he" is the person the article is about (the subject of the sentences before),
 * not the last one named in a quotation */
static void
test_pronoun_topic (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Foreign Minister Tomas Vidal arrived in Oslo on Monday.\n\n"
    "\"I discussed the trip with Prime Minister Paul Lund,\" Vidal said.\n\n"
    "He will also hold meetings with senior Norwegian officials.");

  g_assert_nonnull (find_meeting (a, "Tomas Vidal", "senior Norwegian officials"));
  g_assert_null (find_meeting (a, "Paul Lund", "senior Norwegian officials"));
}

/* "the Lund-Vidal meeting", "the Chile-Peru summit": the pair, not the sentence's subject */
static void
test_hyphenated_pair (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Prime Minister Paul Lund and President Tomas Vidal spoke by telephone on Sunday.\n\n"
    "Minister Ana Duarte said the Lund-Vidal meeting in Lima would be brief.\n\n"
    "Diplomats said the first Chile-Peru strategic dialogue took place in March.\n\n"
    "The minister attends the third round of the Norway-Sweden Foreign Ministers Strategic Dialogue.");

  g_assert_nonnull (find_meeting (a, "Paul Lund", "Tomas Vidal"));
  g_assert_nonnull (find_meeting (a, "Chile", "Peru"));
  g_assert_nonnull (find_meeting (a, "Norway", "Sweden"));
  g_assert_null (find_meeting (a, "Ana Duarte", "Tomas Vidal"));
  g_assert_null (find_meeting (a, "Ana Duarte", "Paul Lund"));
}

/* the topic is the noun group, not the participle clause after it */
static void
test_topic_noun_group (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Anna Berg and Mateo Fuentes will focus their talks on the newly signed fisheries pact meant to "
    "protect cod stocks for a decade.");
  const BylineMeeting *m = find_meeting (a, "Anna Berg", "Mateo Fuentes");

  g_assert_nonnull (m);
  g_assert_cmpuint (m->topics->len, ==, 1);
  g_assert_cmpstr (m->topics->pdata[0], ==, "newly signed fisheries pact");
}

static void
test_topics (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Anna Berg met Mateo Fuentes in Oslo on Monday to discuss trade relations, Syria and the nuclear program.");
  const BylineMeeting *m = find_meeting (a, "Anna Berg", "Mateo Fuentes");

  g_assert_nonnull (m);
  g_assert_cmpuint (m->topics->len, ==, 3);
  g_assert_cmpstr (m->topics->pdata[0], ==, "trade relations");
  g_assert_cmpstr (m->topics->pdata[1], ==, "Syria");
  g_assert_cmpstr (m->topics->pdata[2], ==, "nuclear program");
}

/* a day after "on" is no topic, and the partner after "with" ends one */
static void
test_topics_not_day_nor_partner (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "A trilateral meeting on Monday between Ana Soto, Luis Vera and Omar Diaz ended without agreement. Rosa Paz "
    "held talks on trade with Jan Kovac in Oslo.");
  const BylineMeeting *m = find_meeting (a, "Ana Soto", "Omar Diaz");
  const BylineMeeting *o = find_meeting (a, "Rosa Paz", "Jan Kovac");

  g_assert_nonnull (m);
  g_assert_cmpuint (m->topics->len, ==, 0);
  g_assert_nonnull (o);
  g_assert_cmpuint (o->topics->len, ==, 1);
  g_assert_cmpstr (o->topics->pdata[0], ==, "trade");
}

/* "he" is not the woman named just before */
static void
test_pronoun_gender (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "Ms Lena Holt, the trade minister, spoke first.\n\n"
                                               "Later, he met Tom Brand, the mayor of Hull.");

  for (guint i = 0; i < a->meetings->len; i++)
    g_assert_false (has_participant (a->meetings->pdata[i], "Lena Holt"));
}

/* "met with A and B" is one meeting of three; "will meet A and B", two meetings */
static void
test_joint_or_separate (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "Margaret Hollis met privately with Raymond Tuttle and "
                                               "Alaska Gov. Elaine Marchetti before the hearing.");
  g_autoptr (BylineAnalysis) b = test_analyse (DATELINE "Margaret Hollis will meet Defence Minister Raymond "
                                               "Tuttle and Foreign Minister Elaine Marchetti.");
  const BylineMeeting *m = find_meeting (a, "Raymond Tuttle", "Elaine Marchetti");

  g_assert_nonnull (m);
  g_assert_true (has_participant (m, "Margaret Hollis"));
  g_assert_null (find_meeting (b, "Raymond Tuttle", "Elaine Marchetti"));
  g_assert_nonnull (find_meeting (b, "Margaret Hollis", "Raymond Tuttle"));
  g_assert_nonnull (find_meeting (b, "Margaret Hollis", "Elaine Marchetti"));
}

/* "call on" a minister is a visit, "called on X to resign" an appeal; "the two
 * foreign secretaries" are the pair who met before */
static void
test_call_on_and_the_two (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "Foreign Secretary Anil Bhatnagar held talks with his "
                                               "counterpart Tanvir Siddiqui on Tuesday.\n\nTanvir Siddiqui "
                                               "will call on Foreign Minister Kavita Sharma on Thursday, and "
                                               "the two foreign secretaries will meet again in Dhaka in June.");
  g_autoptr (BylineAnalysis) b = test_analyse (DATELINE "Prime Minister Tom Brand called on Kavita Sharma to "
                                               "resign.");
  const BylineMeeting *call = find_meeting (a, "Tanvir Siddiqui", "Kavita Sharma");
  gboolean dhaka = FALSE;

  g_assert_nonnull (call);
  g_assert_cmpint (call->status, ==, BYLINE_MEETING_PLANNED);
  g_assert_cmpstr (call->place_name, !=, "Dhaka");
  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];
      if (g_strcmp0 (m->place_name, "Dhaka") == 0)
        {
          g_assert_true (has_participant (m, "Anil Bhatnagar"));
          g_assert_true (has_participant (m, "Tanvir Siddiqui"));
          dhaka = TRUE;
        }
    }
  g_assert_true (dhaka);
  g_assert_cmpuint (b->meetings->len, ==, 0);
}

/* "Earlier in the day, he and Lavrov ... following talks": a second meeting, on the
 * day of the dateline, not the first one told again */
static void
test_earlier_in_the_day (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "Sergei Lavrov met Toshimitsu Motegi on Tuesday.\n\n"
                                               "Motegi is in Tehran. Earlier in the day, he and Lavrov gave "
                                               "a press conference following talks.");
  guint pairs = 0;
  gboolean today = FALSE;

  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];
      g_autofree char *date = byline_day_valid (&m->date) ? byline_day_to_iso (&m->date) : NULL;

      if (has_participant (m, "Sergei Lavrov") && has_participant (m, "Toshimitsu Motegi"))
        pairs++;
      today = today || g_strcmp0 (date, "2013-12-11") == 0;
    }
  g_assert_cmpuint (pairs, ==, 2);
  g_assert_true (today);
}

static void
test_no_meeting (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Lavrov's visit was praised by officials. The meeting was long. Anna Berg met the deadline. "
    "The fans waited at their meeting point. Farmer Jon Pike sat across the road from Anna Berg.");

  g_assert_cmpuint (a->meetings->len, ==, 0);
}

/* a meeting "also" told of the same day, with no place of its own, was where
 * the day's first one was, not in the dateline's city */
static void
test_also_same_day_place (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    "Talks\n\nMOSCOW, April 5, 2022 (Wire) - Russian Foreign Minister Ivan Sorokin and his Chinese counterpart Li "
    "Wen held talks in Beijing on Tuesday.\n\nSorokin arrived in China on Monday. On Tuesday, he was also received "
    "by Chinese President Zhao Ming.");
  g_autoptr (BylineAnalysis) b = test_analyse (
    "Talks\n\nPARIS, May 3, 2022 (Wire) - French Foreign Minister Anne Morel held talks with her Kenyan "
    "counterpart Ruth Wanjiru in Nairobi on Monday.\n\nOn Monday, Morel also met President Samuel Otieno.");
  const BylineMeeting *m = find_meeting (a, "Ivan Sorokin", "Zhao Ming");

  g_assert_nonnull (m);
  g_assert_cmpstr (m->place->name, ==, "Beijing");
  m = find_meeting (b, "Anne Morel", "Samuel Otieno");
  g_assert_nonnull (m);
  g_assert_cmpstr (m->place->name, ==, "Nairobi");
}

/* the visitor's meeting a day or two from another in a city, with no place of
 * its own, was in that city; not one a week apart */
static void
test_visit_days_place (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    "Talks\n\nBEIJING, Nov. 3, 2022 (Wire) - Chinese Vice President Han Zheng met Kenyan Prime Minister Ruth "
    "Wanjiru in Beijing on Wednesday.\n\nPremier Li Wen held talks with Wanjiru on Tuesday.");
  g_autoptr (BylineAnalysis) b = test_analyse (
    "Talks\n\nBEIJING, Nov. 23, 2022 (Wire) - Chinese Vice President Han Zheng met Kenyan Prime Minister Ruth "
    "Wanjiru in Beijing on Wednesday.\n\nPremier Li Wen had held talks with Wanjiru on November 2.");
  const BylineMeeting *m = find_meeting (a, "Li Wen", "Ruth Wanjiru");

  g_assert_nonnull (m);
  g_assert_nonnull (m->place);
  g_assert_cmpstr (m->place->name, ==, "Beijing");
  m = find_meeting (b, "Li Wen", "Ruth Wanjiru");
  g_assert_nonnull (m);
  g_assert_true (m->place == NULL || !g_str_equal (m->place->name, "Beijing"));
}

/* a platform written on is no side of the talks it was written after */
static void
test_platform_no_side (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    DATELINE "Foreign Minister Zoltan Kerekes met Foreign Minister Dragan Milovanovic in Belgrade on Tuesday. "
    "\"Hungary is our friend,\" Milovanovic wrote on Instagram after the talks. Kerekes posted on Facebook after "
    "the meeting.");

  g_assert_false (anyone_met (a, "Instagram"));
  g_assert_false (anyone_met (a, "Facebook"));
  g_assert_nonnull (find_meeting (a, "Zoltan Kerekes", "Dragan Milovanovic"));
}

/* ", while C held talks with D": another clause, its own subject, not one
 * more partner of the first */
static void
test_while_clause (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    DATELINE "Earlier in the day, Ana Soto had a working breakfast with Luis Ortega, while Jorge Vela held talks "
    "with Rosa Paz.");

  g_assert_nonnull (find_meeting (a, "Ana Soto", "Luis Ortega"));
  g_assert_nonnull (find_meeting (a, "Jorge Vela", "Rosa Paz"));
  g_assert_null (find_meeting (a, "Ana Soto", "Jorge Vela"));
}

/* "The last time the two met was in X", "Their previous meeting was in X":
 * a meeting of another time, of the pair told before */
static void
test_last_time (void)
{
  static const char *const told[] = {
    "The last time the two presidents met was in Rome in March 2020.",
    "Their previous meeting was in Rome in March 2020.",
    "Their last summit took place in Rome in March 2020.",
    "The last time Soto and Berg met face to face was in Rome in March 2020.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autofree char *text = g_strconcat (DATELINE "Peruvian President Ana Soto met Swedish President Jonas Berg in "
                                           "Lima on Monday.\n\n", told[i], NULL);
      g_autoptr (BylineAnalysis) a = test_analyse (text);
      guint in_rome = 0;

      g_assert_cmpuint (a->meetings->len, ==, 2);
      for (guint j = 0; j < a->meetings->len; j++)
        {
          const BylineMeeting *m = a->meetings->pdata[j];

          g_assert_true (has_participant (m, "Ana Soto") && has_participant (m, "Jonas Berg"));
          in_rome += m->place != NULL && g_str_equal (m->place->name, "Rome");
        }
      g_assert_cmpuint (in_rome, ==, 1);
    }
}

/* in a story, one person alone is no meeting ("X said the talks went well");
 * a short passage keeps the meeting it tells */
static void
test_one_person_alone (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    DATELINE "Foreign Minister Ana Soto met Foreign Minister Luis Ortega in Lima on Monday. They signed two "
    "accords. Trade will grow. Ports will open. Prices may fall.\n\nOpposition leader Jorge Vela said the talks "
    "had gone well.");
  g_autoptr (BylineAnalysis) b = test_analyse ("Opposition leader Jorge Vela said the talks had gone well.");

  for (guint i = 0; i < a->meetings->len; i++)
    g_assert_cmpuint (((const BylineMeeting *) a->meetings->pdata[i])->participants->len, >=, 2);
  g_assert_nonnull (find_meeting (a, "Ana Soto", "Luis Ortega"));
  g_assert_cmpuint (b->meetings->len, ==, 1);
}

/* two groups joined by "and" before the verb are two sides; "reconvene" is a
 * meeting word, but "reconvene the commission" names the body that will meet */
static void
test_two_groups_reconvene (void)
{
  static const char *const told[][3] = {
    { "Union leaders and management met for six hours but failed to reach a deal.", "Union leaders", "management" },
    { "The nurses and the hospital board met on Monday.", "nurses", "hospital board" },
    /* a side ends at an irregular verb of the past */
    { "Talks between the union and management broke down on Friday.", "union", "management" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i][0]);

      g_assert_cmpuint (a->meetings->len, ==, 1);
      g_assert_true (has_participant (a->meetings->pdata[0], told[i][1]));
      g_assert_true (has_participant (a->meetings->pdata[0], told[i][2]));
    }
  {
    g_autoptr (BylineAnalysis) a = test_analyse ("The negotiators will reconvene in Geneva on Friday.");
    g_autoptr (BylineAnalysis) b = test_analyse (DATELINE "Foreign Minister Ana Soto met Foreign Minister Luis Ortega "
                                                 "in Lima on Monday. They agreed to reconvene the border commission.");

    g_assert_cmpuint (a->meetings->len, ==, 1);
    g_assert_cmpuint (b->meetings->len, ==, 1);
  }
}

/* a group of one office from several bodies or states, its "and" inside it: one
 * side ("the heads of state and government of the bloc", "the leaders of the
 * member states and of the partner countries") */
static void
test_group_with_and (void)
{
  static const char *const told[][2] = {
    { "The heads of state and government of the union will meet in Accra on Friday.",
      "heads of state and government of the union" },
    { "The leaders of the member states and of the partner countries met in Vienna on Thursday.",
      "leaders of the member states and of the partner countries" },
    { "The heads of state met in Accra on Friday.", "heads of state" },
    /* "states" a noun, not a verb of speech, when no clause follows */
    { "The officials discussed the preparations for the next summit of the Caspian littoral states.",
      "Caspian littoral states" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i][0]);

      g_assert_cmpuint (a->meetings->len, ==, 1);
      g_assert_cmpuint (((const BylineMeeting *) a->meetings->pdata[0])->participants->len, ==, 1);
      g_assert_true (has_participant (a->meetings->pdata[0], told[i][1]));
    }
}

/* passages with no names: a visit to people, a greeting of people, a private
 * meeting, a long talk with someone; not "greeted the news" */
static void
test_unnamed_people (void)
{
  static const char *const told[] = {
    "The minister visited the families of the victims on Sunday.",
    "The governor visited flood survivors in the north.",
    "The president greeted the athletes at the airport.",
    "The two men had a private meeting at the hotel.",
    "Yesterday I had a long talk with my neighbour about the fence.",
    /* the spoken words for a meeting */
    "The coach and the striker had a sit-down on Monday to clear the air.",
    "The union leaders and the managers got together on Friday.",
    "Residents held a get-together at the community hall on Sunday.",
    "Lawyers for the two companies met behind closed doors.",
    "The two leaders held a luncheon at the embassy.",
    "The president held a banquet in honour of the visiting king.",
    "Hundreds of delegates attended the annual party congress in Beijing.",
    "His mother visited him in prison on Sunday for the first time since his arrest.",
    "The mayor chatted with residents after the ceremony.",
    "The two leaders may also have a brief pull-aside at the dinner on Saturday.",
    /* a session of its kind */
    "The singer and her former manager met at a mediation session in Los Angeles.",
  };
  static const char *const not_told[] = {
    "The president greeted the news with relief.",
    "He visited the website twice.",
    "We need to talk about the budget.",
    "The team finally put together a plan.",
    "The results came together nicely.",
    "Did you also meet the coach?",
    "She ran a training session for the new staff.",
    "The congress's website crashed on Monday.",
  };

  assert_meetings_told (told, G_N_ELEMENTS (told), 1);
  assert_meetings_told (not_told, G_N_ELEMENTS (not_told), 0);
}

/* a trip to a country by its long name ("the Republic of Chile") is told by
 * talks with that country's president: one meeting */
static void
test_trip_long_name (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "The Amir Sheikh Hamad Al-Thani arrived in Santiago on Sunday on an official visit to the Republic of Chile.\n\n"
    "Hours after landing, the Amir held talks with Chilean President Rosa Pinto at the La Moneda Palace.");

  g_assert_cmpuint (a->meetings->len, ==, 1);
  g_assert_nonnull (find_meeting (a, "Hamad Al-Thani", "Rosa Pinto"));
}

/* "held talks with Karimi's predecessor": not Karimi, someone else by him */
static void
test_possessed_other (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Foreign Minister Omar Saleh met Foreign Minister Javad Karimi in Tehran on Sunday. Saleh last visited Iran in "
    "March, when he held talks with Karimi's predecessor.");

  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];

      if (has_participant (m, "Karimi's predecessor"))
        g_assert_false (has_participant (m, "Javad Karimi"));
    }
  g_assert_nonnull (find_meeting (a, "Omar Saleh", "Javad Karimi"));
  g_assert_nonnull (find_meeting (a, "Omar Saleh", "Karimi's predecessor"));
}

/* "They agreed to meet again in Lima": the pair's next meeting, planned, apart
 * from the one told */
static void
test_agreed_to_meet_again (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Secretary of State Anna Berg met today with OAS Secretary General Luis Vela in Washington. They agreed to "
    "meet again in Lima in November.");
  guint planned = 0;

  g_assert_cmpuint (a->meetings->len, ==, 2);
  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];

      g_assert_true (has_participant (m, "Anna Berg") && has_participant (m, "Luis Vela"));
      if (m->status == BYLINE_MEETING_PLANNED)
        {
          planned++;
          g_assert_cmpstr (m->place_name, ==, "Lima");
        }
    }
  g_assert_cmpuint (planned, ==, 1);
}

/* a question about a meeting told before, by its noun after "this" or "the",
 * tells of it: its sentence is the meeting's evidence too */
static void
test_question_of_meeting (void)
{
  const char *text = "ANCHOR: The mayor will sit down tomorrow with the union leaders. Lee Park is at city hall; "
                     "Lee, what do residents expect to come out of this meeting?";
  g_autoptr (BylineAnalysis) a = test_analyse (text);
  const char *q = strstr (text, "Lee Park");
  gboolean told = FALSE;

  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];

      for (guint e = 0; e < m->evidence->len; e++)
        told = told || g_array_index (m->evidence, BylineSpan, e).start == (guint32) g_utf8_pointer_to_offset (text, q);
    }
  g_assert_true (told);
}

/* a headline that tells the story's meeting by descriptions is that meeting;
 * "met in X on Y in a trilateral format with Z" has Z for a side */
static void
test_headline_described (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    "Chilean, Peruvian leaders hold talks in Lima with OAS head\n\nLIMA, May 3, 2022 (Wire) - Chilean President "
    "Ana Soto and Peruvian President Luis Ortega met in Lima on Tuesday in a trilateral format with OAS "
    "Secretary-General Rosa Paz.\n\nThe talks lasted four hours.");
  const BylineMeeting *m;

  g_assert_cmpuint (a->meetings->len, ==, 1);
  m = a->meetings->pdata[0];
  g_assert_true (has_participant (m, "Ana Soto") && has_participant (m, "Luis Ortega") && has_participant (m, "Rosa Paz"));
  g_assert_cmpuint (m->evidence->len, >=, 2);
}

/* "the two ministers last met" when no pair holds the office: the article's
 * first pair, not the last one told */
static void
test_other_time_first_pair (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    "Talks\n\nDoha, July 02, 2024 (Wire) - Prime Minister Sheikh Ali bin Nasser met on Tuesday with Egyptian "
    "Foreign Minister Omar Fathy, who is visiting the country.\n\nThe Egyptian minister will be received by HH the "
    "Amir Sheikh Hamad bin Khalid later today.\n\nThe two ministers last met in Cairo on May 7, 2024.");
  const BylineMeeting *m = NULL;

  for (guint i = 0; i < a->meetings->len; i++)
    if (((const BylineMeeting *) a->meetings->pdata[i])->place != NULL
        && g_str_equal (((const BylineMeeting *) a->meetings->pdata[i])->place->name, "Cairo"))
      m = a->meetings->pdata[i];
  g_assert_nonnull (m);
  g_assert_true (has_participant (m, "Ali bin Nasser") && has_participant (m, "Omar Fathy"));
  g_assert_nonnull (find_meeting (a, "Omar Fathy", "Hamad bin Khalid"));
  g_assert_false (anyone_met (a, "Amir"));
}

/* two countries that held talks or a dialogue by its own words ("a new round
 * of", "their first strategic", "several rounds of secret") are its sides;
 * "called for dialogue" is no meeting */
static void
test_countries_held_talks (void)
{
  static const char *const told[][3] = {
    { "Russia and Ukraine held a new round of talks in Istanbul on Tuesday.", "Russia", "Ukraine" },
    { "China and Pakistan held their first strategic dialogue in March.", "China", "Pakistan" },
    { "The United States and Cuba have held several rounds of secret talks in Canada.", "United States", "Cuba" },
  };
  g_autoptr (BylineAnalysis) none = test_analyse ("The UN called for dialogue between the parties.");

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i][0]);

      g_assert_nonnull (find_meeting (a, told[i][1], told[i][2]));
    }
  g_assert_cmpuint (none->meetings->len, ==, 0);
}

/* "meet A in X on Monday and B in Y": each partner's own place, and the day
 * the first one's */
static void
test_partner_places (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    DATELINE "Minister Ana Soto is expected to meet Mongolian Prime Minister Bat Erdene in Ulan Bator on December 13 "
    "and Kazakh Foreign Minister Yerlan Sadyk in Astana.");
  g_autoptr (BylineAnalysis) b = test_analyse (
    DATELINE "Minister Ana Soto will meet Prime Minister Bat Erdene in Ulan Bator and Foreign Minister Yerlan Sadyk "
    "in Astana.");
  const BylineMeeting *m;

  g_assert_cmpuint (a->meetings->len, ==, 2);
  m = find_meeting (a, "Ana Soto", "Bat Erdene");
  g_assert_nonnull (m);
  g_assert_cmpstr (m->place->name, ==, "Ulan Bator");
  g_assert_cmpint (m->date.day, ==, 13);
  m = find_meeting (a, "Ana Soto", "Yerlan Sadyk");
  g_assert_nonnull (m);
  g_assert_cmpstr (m->place->name, ==, "Astana");
  g_assert_cmpint (m->date.day, ==, 0);
  g_assert_cmpuint (b->meetings->len, ==, 2);
  g_assert_cmpstr (find_meeting (b, "Ana Soto", "Yerlan Sadyk")->place->name, ==, "Astana");
}

/* a sentence of another tense told near a meeting lends it no place: "will
 * meet again in Quito in September" after the meeting of Tuesday */
static void
test_other_tense_no_place (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    "Talks\n\nLima, May 18, 2022 (Wire) - Separately, Peruvian Foreign Minister Rosa Alva met with Ecuadorian "
    "Foreign Minister Juan Mera on Tuesday evening to finalize the declaration.\n\nThe foreign ministers will meet "
    "again in Quito in September, officials said.");
  const BylineMeeting *m = find_meeting (a, "Rosa Alva", "Juan Mera");

  g_assert_nonnull (m);
  g_assert_true (m->place == NULL || !g_str_equal (m->place->name, "Quito"));
}

/* "a tour of Kenya" names no one after "of" (the reader took the visitor
 * after "of" for granted and crashed) */
static void
test_tour_of_country (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "During a tour of Kenya, President Paul Moreau met students.");
  g_autoptr (BylineAnalysis) b = test_analyse (DATELINE "A visit by President Paul Moreau to Kenya began on Monday.");

  g_assert_nonnull (find_meeting (a, "Paul Moreau", "students"));
  g_assert_nonnull (find_meeting (b, "Paul Moreau", "Kenya"));
}

/* a group's session, an assembly, a conference of two ("confer"); not a
 * training session, a team assembled, a degree conferred */
static void
test_session_assembled_confer (void)
{
  static const char *const told[] = {
    "The delegates assembled in the hall on Monday morning.",
    "Ministers assembled in Brussels for the emergency session.",
    "Officials from the two agencies will confer next week.",
    "The commission's session in Vienna lasted three days.",
  };
  static const char *const not_told[] = {
    "The team held a training session on Monday.",
    "The company assembled a new team.",
    "The university will confer an honorary degree on her.",
    "Parliament is in session.",
  };

  assert_meetings_told (told, G_N_ELEMENTS (told), 1);
  assert_meetings_told (not_told, G_N_ELEMENTS (not_told), 0);
}

/* In none of the @n texts does anyone of the @words (NULL-ended) meet */
static void
assert_no_side (const char *const *texts, gsize n, const char *const *words)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (texts[i]);

      for (gsize w = 0; words[w] != NULL; w++)
        g_assert_false (anyone_met (a, words[w]));
    }
}

/* "should meet soon", "will meet again": when, not with whom */
static void
test_adverb_no_side (void)
{
  static const char *const told[] = {
    "The two prime ministers decided that their envoys should meet soon.",
    "The negotiators will meet again.",
    "Union leaders said they would meet shortly.",
  };

  assert_no_side (told, G_N_ELEMENTS (told), (const char *const[]) { "soon", "again", "shortly", NULL });
}

/* A text with a paragraph a line and no blank lines: the headline and the
 * dated line are sentences of their own, not a wrapped line of the story's first */
static void
test_paragraph_a_line (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    "Soto discussed trade with Chile's foreign minister - ministry\n"
    "Wire Jun 05, 2018 07:05:24 IST\n"
    "LIMA (Wire) - Peruvian Foreign Minister Ana Soto discussed trade in a meeting on Monday with Chilean Foreign "
    "Minister Luis Vera, and the two also discussed security, according to spokeswoman Rosa Paz.\n"
    "The meeting came as President Omar Diaz plans to travel to Bolivia at the end of the month.");
  const BylineMeeting *m = find_meeting (a, "Ana Soto", "Luis Vera");

  g_assert_nonnull (m);
  g_assert_cmpint (m->date.year, ==, 2018);
  g_assert_cmpint (m->date.month, ==, 6);
  g_assert_cmpint (m->date.day, ==, 4);
}

/* "Throughout the G-7 meeting", "Exploratory talks": a preposition's phrase and
 * an adjective before the meeting's noun are no side */
static void
test_modifier_no_side (void)
{
  static const char *const told[] = {
    "Throughout the OPEC meeting, Nigeria pressed for a higher quota.",
    "Exploratory talks are to be held in Oslo next month.",
    "During the NATO summit, Norway argued for more patrols.",
  };

  assert_no_side (told, G_N_ELEMENTS (told),
                  (const char *const[]) { "Throughout the OPEC", "Exploratory", "During the NATO", NULL });
}

/* a trip told by its traveller after "by" is that traveller's, a meeting of
 * its own (another time), not more of the day's meeting */
static void
test_trip_by (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    "Talks\n\nHANOI, December 11, 2013 (Wire) - Lao Foreign Minister Ana Vong met his Vietnamese counterpart Bui "
    "Thanh Son in Hanoi on Monday.\n\nVong's visit follows a trip to Vientiane by Son in March.");
  g_autoptr (BylineAnalysis) b = test_analyse (
    "Talks\n\nOSLO, December 11, 2013 (Wire) - Foreign Minister Jonas Berg met Danish Foreign Minister Ole Friis "
    "in Oslo on Monday.\n\nIt was the first visit to Norway by a Danish minister, Ole Friis, since 2010.");
  const BylineMeeting *m;

  g_assert_cmpuint (a->meetings->len, ==, 2);
  m = find_meeting (a, "Bui Thanh Son", "Laos");
  g_assert_nonnull (m);
  g_assert_cmpstr (m->place->name, ==, "Vientiane");
  g_assert_nonnull (find_meeting (a, "Ana Vong", "Bui Thanh Son"));
  g_assert_nonnull (find_meeting (b, "Jonas Berg", "Ole Friis"));
}

/* a group that meets among itself, told by "their" after a verb of its
 * opening or close, or by "they" after "when" */
static void
test_group_their_they (void)
{
  static const char *const told[][2] = {
    { DATELINE "Leaders of the Caribbean Community opened their summit in Port of Spain on Tuesday.",
      "Leaders of the Caribbean Community" },
    { DATELINE "Andean trade ministers began their talks in Quito on Monday.", "Andean trade ministers" },
    { DATELINE "EU foreign ministers will discuss the matter when they meet in Brussels on October 12.",
      "EU foreign ministers" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i][0]);
      const BylineMeeting *m;

      g_assert_cmpuint (a->meetings->len, ==, 1);
      m = a->meetings->pdata[0];
      g_assert_cmpuint (m->participants->len, ==, 1);
      g_assert_cmpstr (g_array_index (m->participants, BylineParticipant, 0).name, ==, told[i][1]);
    }
}

/* a second verb after "and" shares the first one's subject: "X called on Y and
 * met Z", "X will be received by Y, and will hold talks with Z"; "wrote to Y,
 * and later met reporters" is no meeting */
static void
test_second_verb_subject (void)
{
  static const char *const told[][4] = {
    { DATELINE "Minister Suresh Iyer also called on President Upali Herath and met Prime Minister Dinesh Gunawardena.",
      "Suresh Iyer", "Upali Herath", "Dinesh Gunawardena" },
    { DATELINE "The envoy Ana Silva called on Premier Li Wen and then held talks with Vice Premier Han Zheng.",
      "Ana Silva", "Li Wen", "Han Zheng" },
    { DATELINE "Minister Rui Lobo was received by President Domingos Neto, and will hold talks with Minister Manuel "
      "Kassoma.", "Rui Lobo", "Domingos Neto", "Manuel Kassoma" },
    { DATELINE "Minister Rui Lobo will be received in Luanda by the Angolan President, Domingos Neto, and will hold "
      "talks with his counterpart, Manuel Kassoma.", "Rui Lobo", "Domingos Neto", "Manuel Kassoma" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i][0]);

      g_assert_cmpuint (a->meetings->len, ==, 2);
      g_assert_nonnull (find_meeting (a, told[i][1], told[i][2]));
      g_assert_nonnull (find_meeting (a, told[i][1], told[i][3]));
    }
  {
    g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "Minister Mark Ellis also wrote to the premiers, and later "
                                                 "met reporters in Ottawa.");

    g_assert_cmpuint (a->meetings->len, ==, 0);
  }
}

/* meetings of other times: "the two leaders last met in ...", "since their summit
 * in ...", "have met 40 times" are meetings apart from the one of the day and
 * the planned one, and take no place from them */
static void
test_other_times (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    "Leaders meet again\n\nMarch 3, 2021\n\n"
    "GENEVA (Wire) - Russian President Pavel Orlov met U.S. President Mark Reed in Geneva on Tuesday.\n\n"
    "The two leaders last met in 2019 in Osaka on the sidelines of a summit.\n\n"
    "Since their summit in Helsinki, relations have soured.\n\n"
    "Orlov previously met Reed's predecessor, Tom Hale, four times.\n\n"
    "Orlov is due to travel to Beijing in May for talks with Chinese President Li Wen.\n\n"
    "Orlov and Li have met more than 40 times.\n\n"
    "Reed had breakfast with German Chancellor Hans Weber on Wednesday.");
  guint orlov_reed = 0, orlov_li = 0;
  const BylineMeeting *hale = find_meeting (a, "Pavel Orlov", "Tom Hale");

  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];

      if (has_participant (m, "Pavel Orlov") && has_participant (m, "Mark Reed"))
        orlov_reed++;
      if (has_participant (m, "Pavel Orlov") && has_participant (m, "Li Wen"))
        orlov_li++;
    }
  g_assert_cmpuint (orlov_reed, ==, 3);
  g_assert_cmpuint (orlov_li, ==, 2);
  g_assert_nonnull (hale);
  g_assert_null (hale->place_name);
  g_assert_nonnull (find_meeting (a, "Mark Reed", "Hans Weber"));
}

/* a letter received is no visitor, a letter of credence is; the delegation a
 * visitor heads is his own */
static void
test_received_things (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "President Omar Haddad received a congratulatory letter from Kenyan President Ruth Otieno.\n\n"
    "Haddad later received a phone call from Ghanaian President Kojo Asante.\n\n"
    "Haddad received the letter of credence of the new Chilean Ambassador Ana Soto.\n\n"
    "Foreign Minister Lena Holt, who arrived at the head of a high-ranking delegation, will meet Haddad.");
  const BylineMeeting *holt = find_meeting (a, "Lena Holt", "Omar Haddad");

  g_assert_null (find_meeting (a, "Omar Haddad", "Ruth Otieno"));
  g_assert_null (find_meeting (a, "Omar Haddad", "Kojo Asante"));
  g_assert_nonnull (find_meeting (a, "Omar Haddad", "Ana Soto"));
  g_assert_nonnull (holt);
  g_assert_cmpuint (holt->participants->len, ==, 2);
}

/* a country takes part by the name the sentence gives it */
static void
test_country_as_named (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "The Democratic People's Republic of Korea and the Russian Federation signed a treaty.\n\n"
    "The speaker said the DPRK-Russia summit had opened a new chapter.");
  const BylineMeeting *m = find_meeting (a, "DPRK", "Russia");

  g_assert_nonnull (m);
  g_assert_cmpuint (m->participants->len, ==, 2);
}

/* a call is not a meeting; with no one before the verb, its objects did not
 * meet each other */
static void
test_not_face_to_face (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Chilean President Ana Soto discussed the floods with Peruvian President Luis Ortega in a phone call.\n\n"
    "Danish Prime Minister Mette Holm and Swedish Prime Minister Ulf Berg met by video link on Monday.\n\n"
    "It is not clear who will meet Kenyan President Ruth Otieno and Foreign Minister Paul Kibet.\n\n"
    "The programme includes meeting Ghanaian President Kojo Asante and Foreign Minister Ama Owusu.");

  g_assert_cmpuint (a->meetings->len, ==, 0);
}

/* who met ends where the list does: at the clause's verb, at a trailing source,
 * before a participle; an apposition reaches up to the verb */
static void
test_partner_list_ends (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "The meeting between Ana Soto and Luis Ortega lasted three hours, a foreign ministry official said.\n\n"
    "Dutch Prime Minister Mark Vos met with a delegation of the Senate led by its president.\n\n"
    "Kojo Asante, chairman of the National Congress and leader of the Farmers' Alliance, met Belgian King "
    "Philippe Marc in Accra.");
  const BylineMeeting *soto = find_meeting (a, "Ana Soto", "Luis Ortega");
  const BylineMeeting *vos = find_meeting (a, "Mark Vos", "a delegation of the Senate");
  const BylineMeeting *asante = find_meeting (a, "Kojo Asante", "Philippe Marc");

  g_assert_nonnull (soto);
  g_assert_cmpuint (soto->participants->len, ==, 2);
  g_assert_nonnull (vos);
  g_assert_nonnull (asante);
  g_assert_cmpuint (asante->participants->len, ==, 2);
}

/* countries as the sides of a meeting: one country with another after "with",
 * a group "of" or "from" countries; not a place the sentence is in, a
 * country's envoy, or a country that only says */
static void
test_country_subjects (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "The foreign ministers of Chile, Peru and Bolivia met in Lima on Monday to settle the water dispute.\n\n"
    "Norway held talks with Finland on fishing quotas.\n\n"
    "Officials from Ghana and Togo held a meeting at the border crossing.\n\n"
    "In Kenya, farmers met to discuss the drought.\n\n"
    "Spain said it would meet its obligations.\n\n"
    "Portugal's envoy met aid workers.");
  const BylineMeeting *three = find_meeting (a, "Chile", "Bolivia");

  g_assert_nonnull (three);
  g_assert_true (has_participant (three, "Peru"));
  g_assert_cmpstr (three->place_name, ==, "Lima");
  g_assert_nonnull (find_meeting (a, "Norway", "Finland"));
  g_assert_nonnull (find_meeting (a, "Ghana", "Togo"));
  g_assert_false (anyone_met (a, "Kenya"));
  g_assert_false (anyone_met (a, "Spain"));
  g_assert_false (anyone_met (a, "Portugal"));
}

/* a group of countries is one meeting with the group, not one with each */
static void
test_group_of_countries (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Foreign Minister Lena Holt met her counterparts from Estonia, Latvia and Lithuania in Riga.");
  const BylineMeeting *m = find_meeting (a, "Lena Holt", "Estonia");

  g_assert_nonnull (m);
  g_assert_true (has_participant (m, "Lithuania"));
  g_assert_cmpuint (a->meetings->len, ==, 1);
}

/* a short item that names no one still tells of a meeting, with the groups it
 * names; words that only look like meetings are none */
static void
test_unnamed (void)
{
  static const struct
  {
    const char *input;
    const char *side;   /* a participant, or NULL for none; "" for no meeting */
    const char *place;
  } items[] = {
    { "The two presidents met on Tuesday in Tunis and agreed to reopen the border.", "two presidents", "Tunis" },
    { "Negotiations resumed in Vienna after a pause of three weeks.", NULL, "Vienna" },
    { "The governor met with teachers' union leaders at the state capitol.", "governor", NULL },
    { "Talks between the rebels and the army collapsed on Friday.", "rebels", NULL },
    { "Trade ministers from the Andean Community gathered in Quito on Monday.",
      "Trade ministers from the Andean Community", "Quito" },
    { "After the talks, the two delegations issued a joint statement.", "two delegations", NULL },
    { "QUITO (Byline Sample Press) - Talks between the rebels and the army resumed in Quito on Tuesday.",
      "rebels", "Quito" },
    { "The consul was received at the palace in Rabat by the king's adviser.", NULL, "Rabat" },
    { "She also paid a courtesy call on Sheikh Omar Haddad before leaving Doha.", "Omar Haddad", NULL },
    { "The coach watched the match in Lagos beside his Ghanaian counterpart, their first encounter since May.",
      NULL, "Lagos" },
    { "The company said it would meet its targets this year.", "", NULL },
    { "The plan met with fierce criticism from farmers.", "", NULL },
    { "She visited the website twice before the vote.", "", NULL },
    { "The mayor spoke to the gathered crowd for an hour.", "", NULL },
    { "He answered questions at a press conference in Lagos.", "", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (items[i].input);

      if (items[i].side != NULL && items[i].side[0] == '\0')
        {
          g_assert_cmpuint (a->meetings->len, ==, 0);
          continue;
        }
      g_assert_cmpuint (a->meetings->len, ==, 1);
      {
        const BylineMeeting *m = a->meetings->pdata[0];

        if (items[i].side != NULL)
          g_assert_true (has_participant (m, items[i].side));
        g_assert_cmpstr (m->place_name, ==, items[i].place);
      }
    }
}

/* in a short passage that names no sides, a meeting of another time is still a
 * meeting: "they first met", "to meet ... next month", "the next round of talks" */
static void
test_unnamed_other_time (void)
{
  static const char *const told[] = {
    "The two coaches first met in 2004 in Porto, and have played chess together ever since.",
    "They last met in Nairobi three years ago.",
    "He will fly to Quito next month to meet his Ecuadorian counterpart.",
    "The minister will go to Riga next week to meet leaders of the farmers' union.",
    "Both delegations agreed to hold the next round of talks in Dakar in the spring.",
  };

  assert_meetings_told (told, G_N_ELEMENTS (told), 1);
}

/* audiences, receptions of an office, courtesy calls and welcomes told without
 * names: a meeting, with the descriptions as its sides; the audience that
 * watches is none */
static void
test_unnamed_audiences (void)
{
  static const struct { const char *input, *side; } told[] = {
    { "The Queen granted an audience to the two new envoys from Peru.", "Queen" },
    { "The Emir gave an audience to the visiting trade delegation on Sunday.", "Emir" },
    { "The Pontiff also received in audience the Archbishop of Lagos.", NULL },
    { "The abbot received in audience a group of pilgrims from Goa.", NULL },
    { "The head of government also received the governor of the central bank, who briefed him on inflation.", NULL },
    { "The president received the chairwoman of the electoral commission on Monday.", NULL },
    { "After the audience, the cardinal walked to the chapel.", NULL },
    { "Before the audience, the delegates visited the library.", NULL },
    { "The Thai premier paid a courtesy call on the King of Bhutan in Thimphu.", NULL },
    { "The new consul paid a courtesy call on the Governor at the residence.", NULL },
    { "The Archbishop will welcome a delegation of Anglican bishops to Canterbury on 12 May.", NULL },
    { "The mayor will welcome a trade delegation from Osaka next month.", NULL },
  };
  static const char *const none[] = {
    "The singer thanked the audience, who had waited for hours.",
    "The speech won over the audience in the hall.",
    "The president received the chairman's letter on Monday.",
    "The governor will welcome a decision by the court.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i].input);

      g_assert_cmpuint (a->meetings->len, ==, 1);
      if (told[i].side != NULL)
        g_assert_true (has_participant (a->meetings->pdata[0], told[i].side));
    }
  assert_meetings_told (none, G_N_ELEMENTS (none), 0);
}

/* meeting words outside the lexicon's, read by their neighbours: "held a
 * one-on-one", "gave a reception for", "negotiators huddled"; and two names
 * of any kind that open the clause are its sides */
static void
test_unnamed_rare_words (void)
{
  static const struct { const char *input, *p1, *p2; } told[] = {
    { "Okafor and Lindqvist held a one-on-one before the plenary session.", "Okafor", "Lindqvist" },
    { "The two premiers had a one-on-one over breakfast.", NULL, NULL },
    { "The Czech and Slovak presidents gave a reception for the diplomatic corps in the castle.", NULL, NULL },
    { "The governor hosted a reception for visiting trade envoys in the old town hall.", NULL, NULL },
    { "Officials from both unions huddled with the mediators late into the night.", NULL, NULL },
    { "Okafor and Lindqvist met before the plenary session.", "Okafor", "Lindqvist" },
    { "The director later mingled with festival jurors at a beach reception.", NULL, NULL },
    { "The governor sat with flood victims at the shelter for an hour.", NULL, NULL },
    { "Party leaders huddled behind closed doors for much of the afternoon.", NULL, NULL },
    { "The Abbot granted an audience on Saturday to a delegation of pilgrims.", NULL, NULL },
    { "The Security Council held emergency closed consultations on Saturday.", NULL, NULL },
  };
  static const char *const none[] = {
    "The proposal got a warm reception in the hall.",
    "The plan had a mixed reception among members.",
    "Residents huddled in basements as the storm passed.",
    "Mobile reception was poor in the valley.",
    "She sat with her back to the window.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i].input);

      g_assert_cmpuint (a->meetings->len, ==, 1);
      if (told[i].p1 != NULL)
        g_assert_nonnull (find_meeting (a, told[i].p1, told[i].p2));
    }
  assert_meetings_told (none, G_N_ELEMENTS (none), 0);
}

/* "held talks with Peru's President and with Foreign Minister X": the office no
 * one names stands for its country, and "and with" is a meeting with each */
static void
test_office_and_with (void)
{
  static const struct { const char *input, *visitor, *country, *other; } told[] = {
    { DATELINE "Spain's foreign minister, Carlos Ruiz Mena, on Monday held talks in Lima with Peru's President and "
      "with Foreign Minister Ana Torres Vidal.", "Carlos Ruiz Mena", "Peru", "Ana Torres Vidal" },
    { DATELINE "Trade Minister Hanna Lind met in Nairobi with Kenya's vice president and with Finance Minister "
      "Joseph Mwangi Kariuki on Tuesday.", "Hanna Lind", "Kenya", "Joseph Mwangi Kariuki" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i].input);
      const BylineMeeting *one = find_meeting (a, told[i].visitor, told[i].country);
      const BylineMeeting *two = find_meeting (a, told[i].visitor, told[i].other);

      g_assert_nonnull (one);
      g_assert_nonnull (two);
      g_assert_true (one != two);
    }
}

/* "X and Y will hold the next summit in Z": two countries before the verb are
 * most often the countries of a meeting told by their people, but the next
 * meeting is another one, theirs */
static void
test_countries_next_meeting (void)
{
  static const struct { const char *input, *a, *b, *place; } told[] = {
    { DATELINE "Foreign Minister Ana Ruiz met Foreign Minister Jose Mendez in Paris on Monday.\n\n"
      "Chile and Peru will hold the next summit in Lima in the spring.", "Chile", "Peru", "Lima" },
    { DATELINE "Foreign Minister Ana Ruiz met Foreign Minister Jose Mendez in Paris on Monday.\n\n"
      "Officials said Ghana and Togo will hold the joint commission's next meeting in Accra in March.",
      "Ghana", "Togo", "Accra" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i].input);
      const BylineMeeting *m = find_meeting (a, told[i].a, told[i].b);

      g_assert_cmpuint (a->meetings->len, ==, 2);
      g_assert_nonnull (m);
      g_assert_cmpstr (m->place_name, ==, told[i].place);
    }
}

/* "to visit the Philippines", "will tour the United States": a country with its
 * article is a trip's place too */
static void
test_visit_the_country (void)
{
  static const struct { const char *input, *who, *country; } told[] = {
    { DATELINE "Foreign Minister Maria Ha met Foreign Minister Jose Mendez in Paris on Monday.\n\n"
      "Minister Ha also accepted an invitation to visit the Netherlands next year.", "Maria Ha", "Netherlands" },
    { DATELINE "Foreign Minister Maria Ha met Foreign Minister Jose Mendez in Paris on Monday.\n\n"
      "Mendez will tour the United Arab Emirates in March.", "Jose Mendez", "United Arab Emirates" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i].input);

      g_assert_nonnull (find_meeting (a, told[i].who, told[i].country));
    }
}

/* "The retreat produced no statement", just after a meeting: more of that one;
 * "the retreat of the glaciers" is none */
static void
test_retreat_told_again (void)
{
  static const char *const told[] = {
    DATELINE "President Ana Soto hosted Prime Minister Lars Holm for a two-day retreat at a lake lodge.\n\n"
    "The retreat ended without a joint statement.",
    DATELINE "Chancellor Greta Maier met Premier Rui Matos at a mountain resort on Monday.\n\n"
    "Their retreat was kept away from the press.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i]);

      g_assert_cmpuint (a->meetings->len, ==, 1);
      g_assert_cmpuint (((BylineMeeting *) a->meetings->pdata[0])->evidence->len, ==, 2);
    }
  {
    g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "President Ana Soto met Prime Minister Lars Holm in Oslo.\n\n"
                                                 "The retreat of the glaciers was on the agenda.");

    g_assert_cmpuint (((BylineMeeting *) a->meetings->pdata[0])->evidence->len, ==, 1);
  }
}

/* "He said the Prime Minister would travel to X to meet Y": the subject of the
 * reported clause is the office's holder, not the one who said it */
static void
test_office_after_saying (void)
{
  static const struct { const char *input, *holder, *other, *not; } told[] = {
    { DATELINE "Prime Minister Helen Marsh met Prime Minister Kila Aisi in Canberra on Monday.\n\n"
      "Foreign Minister Aaron Whitlow was asked about it. He said the Prime Minister would travel to Port Moresby "
      "in May to meet Mr Aisi again.", "Helen Marsh", "Kila Aisi", "Aaron Whitlow" },
    { DATELINE "Chancellor Greta Maier spoke in Berlin on Monday.\n\n"
      "Her spokesman Jonas Weber was asked about the trip. He said that the Chancellor would fly to Lisbon next "
      "week to meet President Rui Matos.", "Greta Maier", "Rui Matos", "Jonas Weber" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i].input);

      g_assert_nonnull (find_meeting (a, told[i].holder, told[i].other));
      g_assert_null (find_meeting (a, told[i].not, told[i].other));
    }
}

/* "agreed to hold a joint meeting of the two governments in Lima": the two
 * countries are its sides, not the two officials who agreed */
static void
test_meeting_of_two_governments (void)
{
  static const struct { const char *input, *a, *b, *place; } told[] = {
    { DATELINE "Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Jose Mendez in Paris on Monday.\n\n"
      "The two officials reviewed the reform agenda and agreed to hold a joint meeting of the two governments in "
      "Lima before the end of the year.", "Chile", "Peru", "Lima" },
    { DATELINE "Kenyan Trade Minister Amos Otieno met Ugandan Trade Minister Grace Nakato in Kampala on Tuesday.\n\n"
      "They announced a meeting of the two countries in Nairobi in March.", "Kenya", "Uganda", "Nairobi" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (told); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (told[i].input);
      const BylineMeeting *m = find_meeting (a, told[i].a, told[i].b);

      g_assert_nonnull (m);
      g_assert_cmpstr (m->place_name, ==, told[i].place);
    }
}

/* the verb after an unnamed meeting's noun gives its status */
static void
test_unnamed_status (void)
{
  g_autoptr (BylineAnalysis) ended = test_analyse ("The summit in Tunis ended on Friday without a statement.");
  g_autoptr (BylineAnalysis) coming = test_analyse ("The talks in Oslo will resume on Monday, officials said.");

  g_assert_cmpuint (ended->meetings->len, ==, 1);
  g_assert_cmpint (((BylineMeeting *) ended->meetings->pdata[0])->status, ==, BYLINE_MEETING_HAPPENED);
  g_assert_cmpuint (coming->meetings->len, ==, 1);
  g_assert_cmpint (((BylineMeeting *) coming->meetings->pdata[0])->status, ==, BYLINE_MEETING_PLANNED);
}

/* in an article that names its meetings, a sentence near one that tells of a
 * meeting without names tells more of that one */
static void
test_unnamed_told_again (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Foreign Minister Lena Holt met her Chilean counterpart Ana Soto in Oslo on Monday.\n\n"
    "The talks lasted four hours and ended with a joint statement.\n\n"
    "Fishing quotas were not discussed.");
  const BylineMeeting *m = find_meeting (a, "Lena Holt", "Ana Soto");

  g_assert_cmpuint (a->meetings->len, ==, 1);
  g_assert_nonnull (m);
  g_assert_cmpuint (m->evidence->len, ==, 2);
}

/* a host's two guests named together are at one meeting; a country that hosts
 * talks between two others gives the talks, which are theirs; an office's long
 * title before its holder is no participant */
static void
test_host_and_titles (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Mayor Ines Lagos hosted Council President Rui Matos and Treasurer Ana Vidal for a three-hour session.\n\n"
    "Norway has hosted talks between the Philippine government and the Moro Front since 2019.\n\n"
    "The Minister for Fisheries and Ocean Policy, Tevita Fifita, held talks with Ulla Moen.");
  const BylineMeeting *host = find_meeting (a, "Ines Lagos", "Rui Matos");
  const BylineMeeting *talks = find_meeting (a, "Philippine government", "Moro Front");
  const BylineMeeting *fifita = find_meeting (a, "Tevita Fifita", "Ulla Moen");

  g_assert_nonnull (host);
  g_assert_true (has_participant (host, "Ana Vidal"));
  g_assert_nonnull (talks);
  g_assert_false (has_participant (talks, "Norway"));
  g_assert_nonnull (fifita);
  g_assert_cmpuint (fifita->participants->len, ==, 2);
}

/* the words of a quotation that opens the sentence are not who met; a meeting
 * asked about ("any meeting") or told before ("informed about Friday's
 * meeting") is no new one; in a transcript "you" is the other speaker */
static void
test_quotation_and_reference (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Mayor Ines Lagos met Governor Rui Matos in Porto on Friday.\n\n"
    "\"Bringing both delegations to one table was hard,\" Lagos told reporters after the talks.\n\n"
    "Senator Ana Vidal said Lagos should publish the minutes of any meeting with Matos.\n\n"
    "A spokesman, Nuno Reis, said Premier Joao Sena had been kept informed about Friday's meeting.");

  g_assert_cmpuint (a->meetings->len, ==, 1);
  g_assert_nonnull (find_meeting (a, "Ines Lagos", "Rui Matos"));
}

static void
test_transcript_you (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Host Paul Hale spoke with Transportation Secretary Ana Ruiz.\n\n"
    "HALE: Good morning, Secretary.\n\n"
    "RUIZ: Good morning.\n\n"
    "HALE: The senators you met with yesterday want to cut your budget.");

  g_assert_nonnull (find_meeting (a, "Ana Ruiz", "senators"));
  g_assert_null (find_meeting (a, "Paul Hale", "senators"));
}

/* a visitor's meetings: planned on the trip, in its city; "the minister later
 * met"; "he" of a second clause is who met in the first; the subjects after a
 * fronted "At a meeting in X," */
static void
test_visitor_meetings (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Chilean Foreign Minister Ana Soto arrived in Lima on Sunday. During the visit, she will meet Prime "
    "Minister Luis Ortega.\n\n"
    "The minister later met Senate President Rosa Quispe.\n\n"
    "Mayor Ines Lagos is in Porto this week. On Monday she met Rui Matos, and on Tuesday she is scheduled to "
    "meet Nuno Reis.\n\n"
    "At a meeting in Faro on Friday, Marta Sousa and Pedro Alves agreed to share the costs.");
  const BylineMeeting *ortega = find_meeting (a, "Ana Soto", "Luis Ortega");
  const BylineMeeting *faro = find_meeting (a, "Marta Sousa", "Pedro Alves");

  g_assert_nonnull (ortega);
  g_assert_cmpstr (ortega->place_name, ==, "Lima");
  g_assert_nonnull (find_meeting (a, "Ana Soto", "Rosa Quispe"));
  g_assert_nonnull (find_meeting (a, "Ines Lagos", "Rui Matos"));
  g_assert_nonnull (find_meeting (a, "Ines Lagos", "Nuno Reis"));
  g_assert_null (find_meeting (a, "Rui Matos", "Nuno Reis"));
  g_assert_nonnull (faro);
  g_assert_cmpstr (faro->place_name, ==, "Faro");
}

/* a meeting denied, refused, ruled out, only offered or called off is none;
 * meeting reporters is none */
static void
test_negated (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Ana Soto and Luis Ortega have never met.\n\n"
    "Ana Soto said she had no plans to meet Rosa Quispe.\n\n"
    "Luis Ortega refused to meet Pedro Alves in Quito.\n\n"
    "Rosa Quispe cancelled her meeting with Marta Sousa.\n\n"
    "Pedro Alves didn't meet Ines Lagos during the trip.\n\n"
    "Marta Sousa met reporters in Lima after the vote.\n\n"
    "Ines Lagos ruled out a meeting with Rui Matos.\n\n"
    "The spokesman denied reports that Rui Matos had met Nuno Reis.\n\n"
    "President Omar Haddad offered to host a summit between Nuno Reis and Ines Lagos.");

  g_assert_cmpuint (a->meetings->len, ==, 0);
}

/* a negation written with a typographic apostrophe is one too */
static void
test_negated_curly (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "Pedro Alves didn’t meet Ines Lagos during the trip.");

  g_assert_cmpuint (a->meetings->len, ==, 0);
}

/* state media's long titles and delegations: the apposition is skipped, the head
 * of a delegation takes part; a title with an organisation in brackets leads to
 * its holder; "co-chair with"; a question or a possible meeting is none */
static void
test_long_titles (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Tran Van Long, member of the Standing Committee of the Central Executive Committee of the National "
    "Union Party and minister of Trade and Industry of Vietnam, received the visiting trade delegation of the "
    "Kingdom of Norway headed by Ola Nordmann, state secretary, at the ministry on Monday.\n\n"
    "The guests were later received by Ha Thi Mai, vice-chairwoman of the National Assembly, at the "
    "parliament.\n\n"
    "Nordmann also held talks with Speaker of the Grand Council (Majlis) Omar Haddad on Tuesday.\n\n"
    "Haddad is expected to co-chair the joint commission with Ingrid Berg in Oslo in May.\n\n"
    "Did Nordmann also meet business leaders?\n\n"
    "Berg said a possible meeting with Long at the summit was under study.");
  const BylineMeeting *long_ = find_meeting (a, "Tran Van Long", "Ola Nordmann");

  g_assert_nonnull (long_);
  g_assert_false (has_participant (long_, "Standing Committee"));
  g_assert_nonnull (find_meeting (a, "Ola Nordmann", "Omar Haddad"));
  g_assert_nonnull (find_meeting (a, "Omar Haddad", "Ingrid Berg"));
  g_assert_null (find_meeting (a, "Ola Nordmann", "business leaders"));
  g_assert_null (find_meeting (a, "Ingrid Berg", "Tran Van Long"));
  for (guint i = 0; i < a->meetings->len; i++)
    {
      g_assert_false (has_participant (a->meetings->pdata[i], "Grand Council"));
      g_assert_false (has_participant (a->meetings->pdata[i], "Majlis"));
      g_assert_false (has_participant (a->meetings->pdata[i], "National Assembly"));
    }
}

/* an organisation's people meet as a group; the one who attends a pair's summit
 * takes part; a trip in a "when" clause is its subject's; a planned meeting on a
 * day without a year is the coming one */
static void
test_groups_and_coming_dates (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "NATO defence ministers are scheduled to meet in Brussels on Feb. 12, and Swedish Prime Minister "
    "Ulf Berg is expected to attend the EU-Canada summit in Ottawa.\n\n"
    "Officials hope a deal can be signed when Berg makes a return visit to Chile next year.");
  const BylineMeeting *nato = NULL;

  for (guint i = 0; i < a->meetings->len; i++)
    if (has_participant (a->meetings->pdata[i], "NATO defence ministers"))
      nato = a->meetings->pdata[i];
  g_assert_nonnull (nato);
  g_assert_cmpuint (nato->participants->len, ==, 1);
  g_assert_cmpint (nato->date.year, ==, 2014);
  g_assert_cmpint (nato->date.month, ==, 2);
  g_assert_nonnull (find_meeting (a, "Ulf Berg", "Canada"));
  g_assert_nonnull (find_meeting (a, "Ulf Berg", "Chile"));
}

/* a presenter called host is no host; "any meeting with" is none */
static void
test_host_noun (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "Health Secretary Ana Vidal, who met with Senate appropriators on Tuesday, spoke with host Rui Matos "
    "about hospitals.\n\n"
    "Senator Ines Lagos demanded the minutes of any meeting with the lobbyists.");

  g_assert_nonnull (find_meeting (a, "Ana Vidal", "Senate appropriators"));
  g_assert_null (find_meeting (a, "Ana Vidal", "Rui Matos"));
  g_assert_null (find_meeting (a, "Ines Lagos", "lobbyists"));
}

/* a wire story's meetings: the lead's "talks ... in X" gives the meeting told
 * next its place; "the two also met" someone new is another meeting; "the
 * ministers last met in Y" is a meeting of another time; "visit X, capital
 * of ..., where she will meet" is in X */
static void
test_wire_story (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    "Chile, Peru agree to reopen border crossing\n\n"
    "LIMA (Byline Sample Press) - Chile and Peru agreed on Tuesday to reopen their main border crossing after "
    "talks between their foreign ministers in Lima, officials said.\n\n"
    "Peruvian Foreign Minister Rosa Quispe hosted her Chilean counterpart, Ana Soto, for four hours.\n\n"
    "The two also met Prime Minister Luis Ortega, who urged both sides to keep trade flowing.\n\n"
    "The ministers last met in Arica in December.\n\n"
    "Soto will also visit Cusco, capital of the Cusco Region, where she will meet Mayor Pedro Alves.");
  const BylineMeeting *talks = NULL, *arica = NULL, *alves = find_meeting (a, "Ana Soto", "Pedro Alves");

  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];

      if (has_participant (m, "Rosa Quispe") && has_participant (m, "Ana Soto") && !has_participant (m, "Luis Ortega"))
        {
          if (g_strcmp0 (m->place_name, "Arica") == 0)
            arica = m;
          else
            talks = m;
        }
    }
  g_assert_nonnull (talks);
  g_assert_cmpstr (talks->place_name, ==, "Lima");
  g_assert_nonnull (find_meeting (a, "Ana Soto", "Luis Ortega"));
  g_assert_nonnull (arica);
  g_assert_nonnull (alves);
  g_assert_cmpstr (alves->place_name, ==, "Cusco");
}

/* a state visit at the invitation of a head of state meets the host; "the heads
 * of state held talks" and "they last met" are that pair */
static void
test_state_visit (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE
    "President of the Republic of Estonia Mart Kask arrived in Riga on Tuesday on a state visit at the "
    "invitation of President of the Republic of Latvia Janis Ozols.\n\n"
    "The heads of state held talks in a narrow format at the castle.\n\n"
    "They last met in Tallinn in August.");
  const BylineMeeting *visit = find_meeting (a, "Mart Kask", "Janis Ozols");
  gboolean tallinn = FALSE;

  g_assert_nonnull (visit);
  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];

      if (has_participant (m, "Mart Kask") && has_participant (m, "Janis Ozols") && g_strcmp0 (m->place_name, "Tallinn") == 0)
        tallinn = TRUE;
    }
  g_assert_true (tallinn);
}

/* Sides that are descriptions, groups and counts: each case's meeting has the
 * parties given (p2 NULL: a group that meets among itself) and the place */
typedef struct
{
  const char *input;
  const char *p1;
  const char *p2;
  const char *place;
} GroupCase;

/* an article that names the sides of a meeting first */
#define PAIR_FIRST DATELINE "President Ana Soto met President Luis Vera in Lima on Monday.\n\n"

static const GroupCase group_cases[] = {
  /* a person's name that qualifies a body's people: the people, not the person */
  { DATELINE "Foreign Minister Ana Soto met Macron government officials in Lima on Monday.", "Ana Soto",
    "Macron government officials", "Lima" },
  /* a body's session and the one in its chair */
  { DATELINE "The Federal Council met in emergency session under the chairmanship of President Ana Soto on Sunday.",
    "Federal Council", "Ana Soto", NULL },
  { DATELINE "Nordic fisheries ministers met in Bergen on Monday, chaired by Norwegian Fisheries Minister Per Lund.",
    "Nordic fisheries ministers", "Per Lund", "Bergen" },
  /* a group's visit to a land: the land is the hosts' side, also when a relative
   * clause tells it */
  { DATELINE "A World Bank team visited Ghana in May to review the power sector loans.", "World Bank team", "Ghana",
    "Ghana" },
  { DATELINE "The findings were in a report by a European Union mission which visited Bolivia last autumn.",
    "European Union mission", "Bolivia", "Bolivia" },
  /* a land's name before the plural, as a people's: "U.S. and Japanese officials" */
  { DATELINE "U.S. and Japanese officials meet tomorrow in Osaka to try to settle the dispute over steel.",
    "U.S. officials", "Japanese officials", "Osaka" },
  { DATELINE "Chinese and Vietnam fisheries officials met in Hanoi last week to discuss quotas.",
    "Chinese fisheries officials", "Vietnam fisheries officials", "Hanoi" },
  /* a group past its relative clause, and past verbs of time and intent */
  { DATELINE "Andean farm ministers, many of whose countries rely on the canal, met among themselves in Lima on Monday "
    "to agree a position, diplomats said.", "Andean farm ministers", NULL, "Lima" },
  { DATELINE "Technical teams will continue to meet in Quito in the coming days.", "Technical teams", NULL, "Quito" },
  /* "... and that the governor would meet the leaders again": a reported clause of
   * its own, and "the leaders" its object, not the pair of an earlier meeting */
  { DATELINE "Gov. Ana Ruiz spoke on Monday. Ruiz's office said in a statement that the conversation had been "
    "\"productive\" and that the governor would meet the leaders again on Thursday. Senator Tom Reyes met with a "
    "delegation of mayors on Monday.", "Ana Ruiz", "leaders", NULL },
  { DATELINE "President Musa Bello spoke on Tuesday. Aides said the summit had gone well and that the President "
    "would meet the governors again in Abuja. Senator Ade Okon met the mayors on Monday.",
    "Musa Bello", "governors", "Abuja" },
  /* a body's committee or board, past its short name in brackets */
  { DATELINE "Meanwhile, the Kenya Rugby Union (KRU) executive committee will meet in Nairobi on Tuesday.",
    "Kenya Rugby Union executive committee", NULL, "Nairobi" },
  { DATELINE "The Ghana Cocoa Association (GCA) board met in Accra on Monday to set prices.",
    "Ghana Cocoa Association board", NULL, "Accra" },
  /* "would convene its Advisory Board": the body's own meeting, not the convener's */
  { DATELINE "He said the agency would convene its Scientific Advisory Board on vaccines in Oslo next month.",
    "Scientific Advisory Board", NULL, "Oslo" },
  { DATELINE "On Monday the central bank convened the Monetary Policy Committee in Accra.",
    "Monetary Policy Committee", NULL, "Accra" },
  /* "talks between Lima and Quito": two cities for their governments; not
   * "relations between" them */
  { PAIR_FIRST "Talks between Santiago and La Paz have been frozen since the spring.", "Santiago", "La Paz", NULL },
  { PAIR_FIRST "Negotiations between Quito and Bogota resumed on Friday.", "Quito", "Bogota", NULL },
  /* "will gather": the present of "gathered" */
  { PAIR_FIRST "Finnish and Estonian officials will gather in Narva on Friday to open a bridge.", "Finnish officials",
    "Estonian officials", "Narva" },
  /* "the governor", "The President", "the senator" of the sentences before: the one
   * they were about, by title ("Gov.", "Sen."); rulers are a group */
  { DATELINE "Gov. Ana Ruiz spoke on Tuesday. The governor will also host traditional rulers at the mansion next "
    "Monday.", "Ana Ruiz", "traditional rulers", NULL },
  { DATELINE "President Musa Bello spoke on Tuesday. The President will also host traditional rulers at the State "
    "House next Monday.", "Musa Bello", "traditional rulers", "State House" },
  { DATELINE "Sen. Paul Hendricks spoke on Tuesday. The senator would meet the farmers again in Fresno on Friday.",
    "Paul Hendricks", "farmers", "Fresno" },
  /* a count inside the group; a noun that is also a verb of speech */
  { "QUITO, March 2, 2024 (EFE) - Mayors of the seven Andean cities gathered in Cuenca on Saturday.",
    "Mayors of the seven Andean cities", NULL, "Cuenca" },
  { "Fish talks\n\nMarch 2, 2024\n\nThe fisheries chiefs of 12 coastal states met in Bergen on Friday.",
    "fisheries chiefs of 12 coastal states", NULL, "Bergen" },
  /* "behind closed doors" is no side */
  { "Fish talks\n\nMarch 2, 2024\n\nThe six mediators met behind closed doors in Nairobi on Friday.",
    "six mediators", NULL, "Nairobi" },
  /* a country that owns the group: "Peru's trade minister" */
  { "Fish talks\n\nMarch 2, 2024\n\nPeru's trade minister met his Chilean counterpart in Arica on Friday.",
    "Peru's trade minister", "Chilean trade minister", "Arica" },
  /* a count inside a group after its noun; "here" and "today" are no part of it */
  { "Fish talks\n\nMarch 2, 2024\n\nPresident Ana Soto met fisheries chiefs from 9 island states here today.",
    "Ana Soto", "fisheries chiefs from 9 island states", NULL },
  /* "the two" of a pair named the sentence before, who had not met yet */
  { "Fish talks\n\nMarch 2, 2024\n\nChile's Fisheries Secretary Ana Soto wrote to her Peruvian counterpart "
    "Luis Ortega on Friday.\n\nThe two secretaries will meet in Arica in May.",
    "Ana Soto", "Luis Ortega", "Arica" },
  /* a title of a people, not named: the description takes part */
  { "Fish talks\n\nMarch 2, 2024\n\nPresident Ana Soto received the visiting Chilean fisheries minister in "
    "Lima on Friday.", "Ana Soto", "Chilean fisheries minister", "Lima" },
  /* a counted group is a meeting of its own, also in an article that names
   * other meetings, and not more of the one told just before */
  { "LIMA, March 2, 2024 (Reuters) - Peruvian Trade Minister Ana Soto held talks with her Chilean counterpart, "
    "Luis Ortega, in Arica on Friday.\n\nPrices fell on the news.\n\nTrade ministers from 21 Pacific economies "
    "will meet in Cusco next week.", "Trade ministers from 21 Pacific economies", NULL, "Cusco" },
  /* a counted gathering in the frame of another meeting is the group's own */
  { "LIMA, March 2, 2024 (Reuters) - Ana Soto and Luis Ortega held a working breakfast in Tacna on Friday, ahead "
    "of a gathering of fisheries chiefs from 14 coastal states.", "fisheries chiefs from 14 coastal states", NULL, "Tacna" },
  /* and the pair of the main clause met too, without the group */
  { "LIMA, March 2, 2024 (Reuters) - Ana Soto and Luis Ortega held a working breakfast in Tacna on Friday, ahead "
    "of a gathering of fisheries chiefs from 14 coastal states.", "Ana Soto", "Luis Ortega", "Tacna" },
  /* a count as the group's first word */
  { "LIMA, March 2, 2024 (Reuters) - Ana Soto met Luis Ortega in Arica on Friday.\n\nPrices fell.\n\n"
    "The 14 coastal states will meet in Tacna in June.", "14 coastal states", NULL, "Tacna" },
  /* "the two trade secretaries" after two presidents met: not the presidents, one
   * of each one's people by that title */
  { "LIMA, March 2, 2024 (EFE) - Peruvian President Ana Soto met Chilean President Luis Ortega in Arica on "
    "Friday.\n\nThe two trade secretaries will meet in Tacna in June.", "Peruvian trade secretary",
    "Chilean trade secretary", "Tacna" },
  /* a body's people before ", who will meet" */
  { "LIMA, March 2, 2024 (EFE) - Ana Soto met Luis Ortega in Arica on Friday.\n\nThe dispute now passes to "
    "OPEC ministers, who will meet in Vienna in June.", "OPEC ministers", NULL, "Vienna" },
  /* "met here Monday with a group": the day is no part of the group */
  { "LIMA, March 2, 2024 (Andina) -- President Ana Soto met here Friday with a group of Bolivian traders.",
    "Ana Soto", "a group of Bolivian traders", "LIMA" },
  /* "his Bolivian counterpart", none of that people named: the subject's office */
  { "Fish talks\n\nMarch 2, 2024\n\nPeruvian President Ana Soto met her Bolivian counterpart in Puno on "
    "Friday.", "Ana Soto", "Bolivian president", "Puno" },
  /* a person with the people of a list of countries: one group */
  { "Fish talks\n\nMarch 2, 2024\n\nPresident Ana Soto met the fisheries ministers of Peru, Bolivia and "
    "Ecuador in Arica on Friday.", "Ana Soto", "fisheries ministers of Peru, Bolivia and Ecuador", "Arica" },
  /* a fronted meeting after the wire dateline is the main clause subject's, an
   * office when it is not named */
  { "QUITO, March 2, 2024 (EFE) - During her talks with Ecuadorian President Luis Ortega, the visiting "
    "commissioner said that trade would grow.", "visiting commissioner", "Luis Ortega", "QUITO" },
  /* two peoples before one plural office: one of each; before a plural team,
   * each people's team */
  { "Fish talks\n\nMarch 2, 2024\n\nThe Danish and Norwegian fisheries secretaries met in Tromso on Friday.",
    "Danish fisheries secretary", "Norwegian fisheries secretary", "Tromso" },
  { "OSLO, March 2, 2024 (NTB) - The Swedish and Finnish border negotiators held talks in Tornio on Friday.",
    "Swedish border negotiators", "Finnish border negotiators", "Tornio" },
  /* the meeting named in a phrase after the subject's verb: "agreed at their
   * summit", "quarrelled during their talks" */
  { "Fish talks\n\nMarch 2, 2024\n\nThe Danish and Norwegian fisheries secretaries agreed at their meeting to "
    "share catch data.", "Danish fisheries secretary", "Norwegian fisheries secretary", NULL },
  { "Fish talks\n\nMarch 2, 2024\n\nThe two harbour masters quarrelled during their talks in Tromso.",
    "two harbour masters", NULL, "Tromso" },
  /* a group named by its body and office that meets among itself, in an article
   * that names the sides of other meetings: "when X ministers gather", "the last
   * time first ministers met", "the X ministers' retreat", "the ministers of the
   * X sat down" (the body first) */
  { PAIR_FIRST "Vera said Chile would raise the issue again when Andean trade ministers gather in Quito in June.",
    "Andean trade ministers", NULL, "Quito" },
  { PAIR_FIRST "She would press the point once Baltic energy ministers meet in Tartu next spring.",
    "Baltic energy ministers", NULL, "Tartu" },
  { PAIR_FIRST "The last time first ministers met in person, in Regina in 2019, talks collapsed.",
    "first ministers", NULL, "Regina" },
  { PAIR_FIRST "In 2021, when first ministers met in Moncton, no deal was reached.", "first ministers", NULL,
    "Moncton" },
  { PAIR_FIRST "The two leaders also reviewed plans for the Mercosur foreign ministers' retreat, which will be held "
    "in Asuncion on May 3.", "Mercosur foreign ministers", NULL, "Asuncion" },
  { PAIR_FIRST "The envoys discussed an Andean health ministers' meeting in Arequipa in March.",
    "Andean health ministers", NULL, "Arequipa" },
  { PAIR_FIRST "When the foreign ministers of the Visegrad Group sat down in Prague last week, the agenda was energy.",
    "foreign ministers of the Visegrad Group", NULL, "Prague" },
  { PAIR_FIRST "Leaders of the Andean Community gathered in Cusco on Friday.", "Leaders of the Andean Community", NULL,
    "Cusco" },
  /* "met ministers from the X": the body's people, named as the body names them */
  { DATELINE "The EU's chief negotiator, Karl Weber, met ministers from the Pacific Islands Forum late on Thursday.",
    "Karl Weber", "Pacific Islands Forum ministers", NULL },
  { DATELINE "Senator Ana Duarte sat down with officials of the World Health Organization in Geneva on Monday.",
    "Ana Duarte", "World Health Organization officials", "Geneva" },
  /* the group's own meeting in a sentence that tells of another: "on the margins
   * of the X ministers' meeting in Y"; "the X of the four countries last met" */
  { PAIR_FIRST "The two leaders last met on the sidelines of the Mercosur foreign ministers' meeting in Salta in May.",
    "Mercosur foreign ministers", NULL, "Salta" },
  { PAIR_FIRST "Soto met Vera again on the margins of an Andean leaders summit in Cusco last month.",
    "Andean leaders", NULL, "Cusco" },
  /* a gathering named as a body's, told as an event: at it, in a place, to be held */
  /* (the place of this one is the place finder's to read: "*" leaves it unchecked) */
  { PAIR_FIRST "Soto and Vera last met in May, at a summit of the Andean Community (CAN) foreign ministers in Quito.",
    "Andean Community foreign ministers", NULL, "*" },
  { PAIR_FIRST "Vera hopes to see Soto again at the informal summit of Mercosur leaders in Asuncion in July.",
    "Mercosur leaders", NULL, "Asuncion" },
  { PAIR_FIRST "Vera said a meeting of Bolivia's neighbours would be held in Cusco next month.", "Bolivia's neighbours",
    NULL, "Cusco" },
  { PAIR_FIRST "Soto added that a gathering of Haiti's neighbors is to be held in Santo Domingo in June.",
    "Haiti's neighbors", NULL, "Santo Domingo" },
  { PAIR_FIRST "The two will meet again on the sidelines of the Mercosur ministerial council in Montevideo.",
    "Mercosur ministerial council", NULL, "Montevideo" },
  { PAIR_FIRST "They had last met in Rome in 2019, during the OAS ministerial council.", "OAS ministerial council", NULL,
    NULL },
  { PAIR_FIRST "Vera also spoke of the Andean Presidential Council Meeting (APCM) to be held in Cartagena in 2027.",
    "Andean Presidential Council Meeting", NULL, "Cartagena" },
  { PAIR_FIRST "Preparations for the Pacific Alliance Leaders Meeting in Cali in June are under way.", "Pacific Alliance Leaders Meeting",
    NULL, "Cali" },
  /* the body's members after the office */
  { PAIR_FIRST "The foreign ministers of the Andean Community member states met in Quito in July.",
    "foreign ministers of the Andean Community member states", NULL, "Quito" },
  { PAIR_FIRST "Vera recalled that the trade ministers of the Pacific Alliance member countries met in Lima in June.",
    "trade ministers of the Pacific Alliance member countries", NULL, "Lima" },
  { PAIR_FIRST "Finance ministers of the four countries last gathered in Montevideo in 2019.",
    "Finance ministers of the four countries", NULL, "Montevideo" },
  { PAIR_FIRST "Energy chiefs of the six nations last met in Tarija.", "Energy chiefs of the six nations", NULL,
    "Tarija" },
};

/* a trip, then talks with a host of that country at a building: the trip is told
 * by those talks; a host met at a building before the trip was not met on it */
static void
test_trip_then_site (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    "QUITO, March 2, 2024 (EFE) - Peruvian Trade Minister Ana Soto arrived in Quito on Friday for a two-day "
    "visit.\n\nOn Saturday the visiting minister held talks with Ecuadorian President Luis Ortega at Carondelet "
    "Palace.");
  g_autoptr (BylineAnalysis) b = test_analyse (
    "LIMA, March 2, 2024 (EFE) - Peruvian President Ana Soto hosted Ecuadorian President Luis Ortega at "
    "Torre Tagle Palace on Friday.\n\nPrices fell.\n\nSoto will make a return visit to Ecuador next year.");

  g_assert_nonnull (find_meeting (a, "Ana Soto", "Luis Ortega"));
  g_assert_null (find_meeting (a, "Ana Soto", "Ecuador"));
  g_assert_nonnull (find_meeting (b, "Ana Soto", "Ecuador"));
}

/* A description of people told before ("the two foreign ministers", "the three
 * leaders"): a meeting of exactly @who at @place (NULL: none) is found, and no
 * meeting of all of @not_who at @place */
typedef struct
{
  const char *input;
  const char *who[3];
  const char *place;
  const char *not_who[3];
} PairCase;

static const PairCase pair_cases[] = {
  /* "He told the X annual conference": a body's gathering, and the one who spoke at it */
  { DATELINE "Exports will grow, Energy Minister Tom Reyes said. He told the Andean Petroleum Exploration Association "
    "(APEA) annual conference there was a prospect of a package.", { "Tom Reyes", "Andean Petroleum Exploration Association" },
    NULL, { NULL } },
  /* "the two heads of state": a president and a king, not a prime minister */
  { DATELINE "President Ana Soto held talks with Prime Minister Luis Vera in Madrid on Wednesday. Soto was later "
    "received by King Tom Reyes. The two heads of state had met in Quito in 2017.", { "Ana Soto", "Tom Reyes" },
    "Quito", { "Luis Vera", NULL } },
  /* "the head of state": a president named before it; "the Head of Government"
   * the one whose title says so, not a prime minister */
  { DATELINE "President of the Republic of Peru Ana Soto arrived in Quito on Monday. The head of state held talks "
    "with Vice President Luis Vera.", { "Ana Soto", "Luis Vera" }, "Quito", { NULL } },
  { DATELINE "Head of Government Tom Reyes met Prime Minister Luis Vera of Chile in Lima last year. Foreign Minister "
    "Ana Soto will be received by the Head of Government on Thursday.", { "Ana Soto", "Tom Reyes" }, NULL,
    { "Ana Soto", "Luis Vera" } },
  /* "She told the X annual meeting that ...": the one who spoke at the body's
   * meeting, and the body */
  { DATELINE "Exports will stay level, Finance Minister Ana Soto said. She told the Andean Development Bank annual "
    "meeting here that growth was strong.", { "Ana Soto", "Andean Development Bank" }, NULL, { NULL } },
  { DATELINE "Exports will stay level, Finance Minister Ana Soto said. She told the OPEC meeting in Vienna that output "
    "would fall.", { "Ana Soto", "OPEC" }, "Vienna", { NULL } },
  /* a land by the only short form the article gives it */
  { DATELINE "The plan will be explained to the U.S. when Finance Minister Ana Soto visits Washington next week.",
    { "Ana Soto", "U.S." }, "Washington", { NULL } },
  /* "the Under-Secretary-General for X of Y, NAME": the long title's holder,
   * past a palace between the verb and its object */
  { DATELINE "Queen Ana Soto on Monday received at Rosales Palace the Under-Secretary-General for Economic Affairs "
    "of the United Nations, Tom Reyes.", { "Ana Soto", "Tom Reyes" }, "Rosales Palace", { NULL } },
  /* the sides of a trade or a debt, with no name: producers and consumers,
   * creditors, lenders, banks */
  { DATELINE "Chairman Tom Reyes of Peru held consultations with producers and consumers in Lima on Monday.",
    { "Tom Reyes", "producers", "consumers" }, "Lima", { NULL } },
  { DATELINE "Finance Minister Ana Soto opened talks with the lenders in Lima on Monday.",
    { "Ana Soto", "lenders" }, "Lima", { NULL } },
  /* "Lucho, as the president is popularly known", "X, popularly known as Lucho":
   * the other name of the one named before */
  { DATELINE "President Luis Vera arrived in Peru on Saturday. On Sunday, Lucho, as the president is popularly known, "
    "was received in Lima by Prime Minister Ana Soto.", { "Luis Vera", "Ana Soto" }, "Lima", { NULL } },
  { DATELINE "President Luis Vera arrived in Peru on Saturday, a day after President Tom Reyes of Chile left. On "
    "Sunday, Lucho, as the president is popularly known, was received in Lima by Prime Minister Ana Soto.",
    { "Luis Vera", "Ana Soto" }, "Lima", { "Tom Reyes", "Ana Soto" } },
  { DATELINE "President Luis Vera, better known as Lucho, arrived on Saturday. On Sunday Lucho met Prime Minister Ana "
    "Soto in Quito.", { "Luis Vera", "Ana Soto" }, "Quito", { NULL } },
  /* an envoy named sentences after the ceremony, met alone */
  { DATELINE "President Luis Vera on Monday received the letters of credence of the new ambassadors of Peru, Chile "
    "and Ghana. The first to be received was Ambassador Ana Soto of Peru, who spoke of trade. Vera later welcomed "
    "the Chilean diplomat, Ambassador Tom Reyes, and Ghanaian Ambassador Kofi Mensah, who praised the ties.",
    { "Luis Vera", "Kofi Mensah" }, NULL, { "Tom Reyes", "Kofi Mensah" } },
  { DATELINE "Ambassador Ana Soto presented her letters of credence to President Luis Vera on Monday.",
    { "Ana Soto", "Luis Vera" }, NULL, { NULL } },
  /* "X, who(m) he met": X is the one met, the pronoun the one who met X */
  { DATELINE "World Bank president Tom Reyes spoke on Monday. He said that he expected Finance Minister Luis Vera, "
    "who he met with last week to discuss the debt, to return soon.", { "Tom Reyes", "Luis Vera" }, NULL,
    { NULL } },
  { DATELINE "Minister Ana Soto praised President Luis Vera, whom she met in Lima last week.",
    { "Ana Soto", "Luis Vera" }, "Lima", { NULL } },
  /* "who" after an apposition that ends in a portfolio's word: the person the
   * apposition is of ("Affairs" is no one's name) */
  { DATELINE "The protests coincided with a visit to Lima by Tomas Reyes, the Assistant Secretary of State for South "
    "American Affairs, who was received on Saturday by Foreign Minister Luis Vera.", { "Tomas Reyes", "Luis Vera" },
    "Lima", { NULL } },
  /* "their first meeting as ministers": in what capacity, not with whom */
  { DATELINE "Foreign Minister Ana Soto and Foreign Minister Luis Vera held their first face-to-face meeting as "
    "ministers in Lima on Monday.", { "Ana Soto", "Luis Vera" }, "Lima", { NULL } },
  /* a relative clause of place with a subject of its own: its meeting is not the
   * main clause subject's */
  { DATELINE "Secretary Ana Soto arrived from London, where G7 foreign ministers met this week with Foreign "
    "Minister Luis Vera among the guests.", { "G7 foreign ministers", "Luis Vera" }, "London",
    { "Ana Soto", "Luis Vera" } },
  /* what an apposition tells of the talks ("the first exchange between the two
   * ministers") names no side */
  { DATELINE "Foreign Minister Ana Soto and Foreign Minister Luis Vera also held bilateral talks, the first "
    "face-to-face exchange between the two ministers since July.", { "Ana Soto", "Luis Vera" }, NULL, { NULL } },
  /* "goes to" a land: a trip there, like "travels to" */
  { DATELINE "Foreign Minister Ana Soto goes to Canada later this week, her office said.", { "Ana Soto", "Canada" },
    "Canada", { NULL } },
  /* a visit to a person, after a verb's own word; and a participle's meeting is
   * the main clause subject's, not its object's */
  { DATELINE "Finance Minister Omar Diaz will visit Treasury Secretary Eva Berg next week to discuss the currency.",
    { "Omar Diaz", "Eva Berg" }, NULL, { NULL } },
  { DATELINE "Minister Ana Soto will address the Senate on Tuesday, before visiting Agriculture Secretary Luis Vera.",
    { "Ana Soto", "Luis Vera" }, NULL, { "Senate", "Luis Vera" } },
  /* a day's trip told with its traveller after "by", and a portfolio read as a
   * name of its own before the title */
  { DATELINE "Officials hope for progress during next week's visit to Lima by Trade Minister Ana Soto, sources said.",
    { "Ana Soto", "Peru" }, "Lima", { NULL } },
  { DATELINE "Officials hope for progress during the visit to Lima by Corporate Affairs Minister Ana Soto.",
    { "Ana Soto", "Peru" }, "Lima", { NULL } },
  /* two visitors and a list of lands: both at a meeting in each land */
  { DATELINE "Finance Minister Ana Soto and central bank governor Luis Vera will visit Britain, France and Italy "
    "next week to explain the debt plan.", { "Ana Soto", "Luis Vera", "France" }, "France", { "France", "Italy" } },
  /* a list of names with titles after a fronted phrase's "with": its last item
   * ends the phrase, and each is a name of the list, no apposition */
  { DATELINE "After meetings with Vice President Ana Soto, Trade Secretary Luis Vera and Interior Minister Omar Diaz, "
    "Foreign Minister Eva Berg told reporters she was hopeful.",
    { "Eva Berg", "Luis Vera" }, NULL, { "Ana Soto", "Luis Vera" } },
  { DATELINE "Minister Eva Berg held talks with Vice President Ana Soto, Secretary of State Luis Vera and Commerce "
    "Secretary Omar Diaz in Ottawa.", { "Eva Berg", "Omar Diaz" }, "Ottawa", { NULL } },
  /* the pair whose office the description names, and today's meeting keeps no
   * place of the one they "last met" at */
  { DATELINE "Foreign Minister Ana Soto received her Chilean counterpart, Luis Ortega, on Monday. Ortega later met "
    "Health Minister Rosa Paz. The two foreign ministers last met in Quito in May.",
    { "Ana Soto", "Luis Ortega" }, "Quito", { "Luis Ortega", "Rosa Paz" } },
  { DATELINE "Foreign Minister Ana Soto received her Chilean counterpart, Luis Ortega, on Monday. Ortega later met "
    "Health Minister Rosa Paz. The two foreign ministers last met in Quito in May.",
    { "Ana Soto", "Luis Ortega" }, NULL, { NULL } },
  { DATELINE "Interior Minister Omar Haddad held talks with his Jordanian counterpart Sami Nasser on Tuesday. Nasser "
    "also called on Justice Minister Lina Farah. The two interior ministers had previously met in Cairo in March.",
    { "Omar Haddad", "Sami Nasser" }, "Cairo", { "Sami Nasser", "Lina Farah" } },
  { DATELINE "Interior Minister Omar Haddad held talks with his Jordanian counterpart Sami Nasser on Tuesday. Nasser "
    "also called on Justice Minister Lina Farah. The two interior ministers had previously met in Cairo in March.",
    { "Omar Haddad", "Sami Nasser" }, NULL, { NULL } },
  /* a prime minister is not one of "the two ministers"; "Minister of Defence" is a
   * defence minister */
  { DATELINE "Foreign Minister Ana Soto received Malian Foreign Minister Luis Ortega on Tuesday. Ortega will be "
    "received on Wednesday by Prime Minister Rosa Paz. The two ministers had already met in January in Quito.",
    { "Ana Soto", "Luis Ortega" }, "Quito", { "Luis Ortega", "Rosa Paz" } },
  { DATELINE "Minister of Defence Omar Haddad hosted his Jordanian counterpart Sami Nasser on Monday. Nasser later "
    "met Prime Minister Lina Farah. The two ministers first met in Cairo in 2019.",
    { "Omar Haddad", "Sami Nasser" }, "Cairo", { "Sami Nasser", "Lina Farah" } },
  { DATELINE "Minister of Defence Omar Haddad hosted Jordanian Defence Minister Sami Nasser on Monday. Nasser later "
    "met Health Minister Lina Farah. The two defence ministers last met in Cairo in 2019.",
    { "Omar Haddad", "Sami Nasser" }, "Cairo", { "Sami Nasser", "Lina Farah" } },
  /* a title of two offices fits by either */
  { DATELINE "Prime Minister and Minister of Foreign Affairs Ana Soto received Chilean Foreign Minister Luis Ortega "
    "on Monday. Ortega later met Prime Minister Rosa Paz. The two ministers last met in Quito in May.",
    { "Ana Soto", "Luis Ortega" }, "Quito", { "Luis Ortega", "Rosa Paz" } },
  { DATELINE "Deputy Prime Minister and Minister of Defence Omar Haddad hosted Jordanian Defence Minister Sami "
    "Nasser on Monday. Nasser later met Prime Minister Lina Farah. The two defence ministers first met in Cairo in "
    "2019.",
    { "Omar Haddad", "Sami Nasser" }, "Cairo", { "Sami Nasser", "Lina Farah" } },
  /* several pairs fit: a meeting of another time is the article's first pair's;
   * one to come is the last pair's */
  { DATELINE "Foreign Minister Ana Soto received her Chilean counterpart, Luis Ortega, on Monday. Ortega later met "
    "Bolivian Foreign Minister Rosa Paz. The two foreign ministers last met in Quito in May.",
    { "Ana Soto", "Luis Ortega" }, "Quito", { "Luis Ortega", "Rosa Paz" } },
  { DATELINE "President Jonas Berg hosted President Greta Maier in Oslo on Friday. Maier then met Finnish President "
    "Luis Vera. The two presidents had first met in Riga in 2019.",
    { "Jonas Berg", "Greta Maier" }, "Riga", { "Greta Maier", "Luis Vera" } },
  { DATELINE "Foreign Minister Ana Soto received her Chilean counterpart, Luis Ortega, on Monday. Ortega later met "
    "Bolivian Foreign Minister Rosa Paz. The two foreign ministers will meet again in Sucre in June.",
    { "Luis Ortega", "Rosa Paz" }, "Sucre", { "Ana Soto", "Luis Ortega" } },
  /* the past perfect tells of another time: that pair, and today's keep their place */
  { DATELINE "Foreign Minister Ana Soto received her Chilean counterpart, Luis Ortega, on Monday. Ortega later met "
    "Bolivian Foreign Minister Rosa Paz. The two foreign ministers had met in Quito in May.",
    { "Ana Soto", "Luis Ortega" }, "Quito", { "Luis Ortega", "Rosa Paz" } },
  { DATELINE "Foreign Minister Ana Soto received her Chilean counterpart, Luis Ortega, on Monday. Ortega later met "
    "Bolivian Foreign Minister Rosa Paz. The two foreign ministers had met in Quito in May.",
    { "Luis Ortega", "Rosa Paz" }, NULL, { NULL } },
  { DATELINE "Trade Minister Omar Haddad hosted his Jordanian counterpart Sami Nasser on Sunday. The two ministers "
    "had held talks in Cairo in March.",
    { "Omar Haddad", "Sami Nasser" }, "Cairo", { NULL } },
  { DATELINE "Trade Minister Omar Haddad hosted his Jordanian counterpart Sami Nasser on Sunday. The two ministers "
    "had held talks in Cairo in March.",
    { "Omar Haddad", "Sami Nasser" }, NULL, { NULL } },
  /* "in the Peruvian capital": the capital the article names; none when it
   * names two other cities of that country */
  { DATELINE "Trade Minister Omar Haddad received his Ethiopian counterpart Sami Nasser on Monday. Prices in Addis "
    "Ababa rose. The two ministers had already met in the Ethiopian capital in May.",
    { "Omar Haddad", "Sami Nasser" }, "Addis Ababa", { NULL } },
  { DATELINE "President Luis Vera hosted Kenyan President Greta Maier on Friday. Her aides flew in from Nairobi. The "
    "two presidents had first met in the Kenyan capital in 2020.",
    { "Luis Vera", "Greta Maier" }, "Nairobi", { NULL } },
  { DATELINE "Ana Soto toured Cusco and Arequipa last week. On Monday she met Luis Ortega in the Peruvian capital.",
    { "Ana Soto", "Luis Ortega" }, NULL, { NULL } },
  /* a former president is not one of "the two presidents" */
  { DATELINE "President Ana Soto hosted President Luis Ortega on Monday. Ortega later called on former President "
    "Rosa Paz. The two presidents will meet again in Quito in June.",
    { "Ana Soto", "Luis Ortega" }, "Quito", { "Luis Ortega", "Rosa Paz" } },
  /* no meeting of two who hold the office: the only two the article names with
   * it, not when three hold it */
  { DATELINE "Foreign Minister Ana Soto and Chilean Foreign Minister Luis Ortega signed a water accord in Lima on "
    "Monday. Ortega is due to meet Vice President Rosa Paz on Friday. The two foreign ministers last met in Quito "
    "in December.",
    { "Ana Soto", "Luis Ortega" }, "Quito", { "Luis Ortega", "Rosa Paz" } },
  { DATELINE "Defence Minister Omar Haddad and his Jordanian counterpart, Defence Minister Sami Nasser, opened a "
    "border post on Sunday. Nasser later called on Mayor Lina Farah. The two defence ministers first met in Cairo "
    "in 2018.",
    { "Omar Haddad", "Sami Nasser" }, "Cairo", { "Sami Nasser", "Lina Farah" } },
  { DATELINE "Foreign Minister Ana Soto, Chilean Foreign Minister Luis Ortega and Bolivian Foreign Minister Rosa Paz "
    "signed an accord in Lima on Monday. Ortega is due to meet Mayor Tom Reyes on Friday. The two foreign "
    "ministers last met in Quito in December.",
    { NULL }, "Quito", { "Ana Soto", "Luis Ortega" } },
  /* "the leaders" after a group's own meeting: that group, by its name */
  { DATELINE "Andean leaders met in Quito on Tuesday for their annual summit. Host President Ana Soto opened the "
    "session. The leaders last met in Lima in February.",
    { "Andean leaders" }, "Lima", { NULL } },
  { DATELINE "Nordic premiers gathered in Bergen on Friday. The premiers had last met in Turku in 2019.",
    { "Nordic premiers" }, "Turku", { NULL } },
  { DATELINE "Mercosur foreign ministers gathered in Asuncion on Monday. The ministers had previously met in "
    "Montevideo in March.",
    { "Mercosur foreign ministers" }, "Montevideo", { NULL } },
  { DATELINE "Andean leaders met in Quito on Tuesday. The ministers last met in Lima in February.",
    { NULL }, "Lima", { "Andean leaders" } },
  /* "the heads of state" are leaders */
  { DATELINE "President Ana Soto hosted President Luis Ortega in Lima on Monday. Ortega later met Trade Minister "
    "Rosa Paz. The heads of state last met in Quito in May.",
    { "Ana Soto", "Luis Ortega" }, "Quito", { "Luis Ortega", "Rosa Paz" } },
  { DATELINE "Premier Jonas Berg received Chancellor Greta Maier on Friday. Maier later called on Mayor Luis Vera. "
    "The heads of government will meet again in Bergen in June.",
    { "Jonas Berg", "Greta Maier" }, "Bergen", { "Greta Maier", "Luis Vera" } },
  /* "the two sides" of a meeting of another time: the article's first pair; of
   * one to come, the last */
  { DATELINE "Foreign Minister Ana Soto received Chilean Foreign Minister Luis Ortega in Lima on Monday. Ortega "
    "later met Trade Minister Rosa Paz. The two sides last met in Quito in May.",
    { "Ana Soto", "Luis Ortega" }, "Quito", { "Luis Ortega", "Rosa Paz" } },
  { DATELINE "President Jonas Berg hosted Premier Greta Maier in Oslo on Friday. Maier then called on Bishop Luis "
    "Vera. Both sides had previously met in Bergen in 2019.",
    { "Jonas Berg", "Greta Maier" }, "Bergen", { "Greta Maier", "Luis Vera" } },
  { DATELINE "Foreign Minister Ana Soto received Chilean Foreign Minister Luis Ortega in Lima on Monday. Ortega "
    "later met Trade Minister Rosa Paz. The two sides will meet again in Quito in May.",
    { "Luis Ortega", "Rosa Paz" }, "Quito", { "Ana Soto", "Luis Ortega" } },
  /* (nor after a call, for what was discussed) */
  { DATELINE "Foreign Minister Ana Soto held telephone talks with Chilean Foreign Minister Luis Ortega on Monday.\n\n"
    "The ministers discussed fishing.",
    { NULL }, NULL, { "Ana Soto", "Luis Ortega" } },
  { DATELINE "President Jonas Berg spoke by phone with Finnish President Greta Maier on Friday. The two presidents "
    "discussed the border.",
    { NULL }, NULL, { "Jonas Berg", "Greta Maier" } },
  /* a meeting "on the sidelines" is where the one before was, not where a meeting
   * to come will be */
  { DATELINE "Foreign Minister Ana Soto held talks in Cairo with her Egyptian counterpart Luis Ortega on Wednesday. "
    "The two ministers would meet again in Amman before the end of the year. Soto also held a bilateral meeting "
    "on the sidelines with Algerian Foreign Minister Rosa Paz.",
    { "Ana Soto", "Rosa Paz" }, "Cairo", { NULL } },
  { DATELINE "Trade Minister Omar Haddad met his Turkish counterpart Sami Nasser in Ankara on Monday. The two "
    "ministers are to meet again in Izmir in June. Haddad later had talks on the sidelines with Greek Trade "
    "Minister Lina Farah.",
    { "Omar Haddad", "Lina Farah" }, "Ankara", { NULL } },
  /* three leaders told before: the three, in a meeting of its own; not for "the two" */
  { DATELINE "Prime Minister Jonas Berg and President Greta Maier met in Oslo on Friday with Chancellor Luis Vera. "
    "The three leaders last met in Riga in March.",
    { "Jonas Berg", "Greta Maier", "Luis Vera" }, "Riga", { NULL } },
  { DATELINE "Prime Minister Jonas Berg and President Greta Maier met in Oslo on Friday with Chancellor Luis Vera. "
    "The three leaders last met in Riga in March.",
    { "Jonas Berg", "Greta Maier", "Luis Vera" }, "Oslo", { NULL } },
  { DATELINE "President Ana Soto hosted Prime Minister Luis Ortega and Chancellor Rosa Paz in Lima on Monday. The "
    "leaders had last met in Quito in May.",
    { "Ana Soto", "Luis Ortega", "Rosa Paz" }, "Quito", { NULL } },
  { DATELINE "President Ana Soto hosted Prime Minister Luis Ortega and Chancellor Rosa Paz in Lima on Monday. The "
    "two leaders had last met in Quito in May.",
    { NULL }, NULL, { "Ana Soto", "Luis Ortega", "Rosa Paz" } },
  /* "the leaders" with no meeting of theirs told: the two named before only when
   * both hold the office */
  { DATELINE "President Ana Soto and Prime Minister Luis Ortega spoke by phone on Monday.\n\nThe leaders last met "
    "in Lima in May.",
    { "Ana Soto", "Luis Ortega" }, "Lima", { NULL } },
  { DATELINE "Prime Minister Ana Soto will open the summit on Tuesday, and Canadian Foreign Minister Luis Ortega is "
    "due to attend.\n\nThe leaders last met in Nassau in February.",
    { NULL }, NULL, { "Ana Soto", "Luis Ortega" } },
  { DATELINE "Premier Jonas Berg opened the fair on Monday, and Trade Minister Greta Maier joined him.\n\nThe "
    "leaders last met in Riga in 2019.",
    { NULL }, NULL, { "Jonas Berg", "Greta Maier" } },
};

static gboolean
place_is (const BylineMeeting *m, const char *place)
{
  return place == NULL ? m->place == NULL : m->place != NULL && g_strcmp0 (m->place->name, place) == 0;
}

static void
test_pair_described (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (pair_cases); i++)
    {
      const PairCase *dc = &pair_cases[i];
      g_autoptr (BylineAnalysis) a = test_analyse (dc->input);
      guint n_who = 0, n_not = 0;
      gboolean found = FALSE;

      while (n_who < 3 && dc->who[n_who] != NULL)
        n_who++;
      while (n_not < 3 && dc->not_who[n_not] != NULL)
        n_not++;
      for (guint j = 0; j < a->meetings->len; j++)
        {
          const BylineMeeting *m = a->meetings->pdata[j];
          guint has = 0, has_not = 0;

          for (guint w = 0; w < n_who; w++)
            has += has_participant (m, dc->who[w]);
          for (guint w = 0; w < n_not; w++)
            has_not += has_participant (m, dc->not_who[w]);
          if (n_who > 0 && has == n_who && m->participants->len == n_who && place_is (m, dc->place))
            found = TRUE;
          if (n_not > 0 && has_not == n_not && place_is (m, dc->place))
            g_error ("case %u: a meeting of %s at %s", i, dc->not_who[0], dc->place);
        }
      if (n_who > 0 && !found)
        g_error ("case %u: no meeting of %s and %s at %s", i, dc->who[0], dc->who[1], dc->place);
    }
}

/* "X held a telephone conversation with Y. The ministers discussed ...": what
 * the call was about, no more of a meeting told before */
static void
test_call_then_discussed (void)
{
  static const char *const inputs[] = {
    DATELINE "Foreign Minister Ana Soto will visit Lima on March 2, where she will hold talks with Foreign Minister "
    "Luis Ortega.\n\nOn Monday, Soto held a telephone conversation with Bolivian Foreign Minister Rosa Paz. The "
    "ministers discussed the border.",
    DATELINE "Premier Jonas Berg hosted Premier Greta Maier in Oslo on Friday.\n\nOn Sunday Berg spoke by phone "
    "with Premier Luis Vera of Finland. The two premiers discussed trade.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);
      gsize at = strstr (inputs[i], " discussed ") - inputs[i];

      g_assert_cmpuint (a->meetings->len, >, 0);
      for (guint j = 0; j < a->meetings->len; j++)
        {
          const BylineMeeting *m = a->meetings->pdata[j];

          for (guint e = 0; e < m->evidence->len; e++)
            {
              const BylineSpan *ev = &g_array_index (m->evidence, BylineSpan, e);

              g_assert_false (ev->start <= at && at < ev->end);
            }
        }
    }
}

/* "the three leaders met again": the ones told before, no group of its own; a
 * crowd that gathers meets no one */
static void
test_few_told_before (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    "LIMA, March 2, 2024 (Reuters) - Ana Soto hosted Luis Ortega and Rosa Quispe in Arica on Friday.\n\n"
    "Prices fell.\n\nThe three leaders met again on Saturday.\n\nSome two dozen fishermen gathered outside the "
    "port office.");

  for (guint i = 0; i < a->meetings->len; i++)
    {
      g_assert_false (has_participant (a->meetings->pdata[i], "three leaders"));
      g_assert_false (has_participant (a->meetings->pdata[i], "dozen fishermen"));
      g_assert_false (has_participant (a->meetings->pdata[i], "two dozen fishermen"));
    }
}

/* "held a Foreign Ministers' Meeting with X", "the Chilean and Peruvian trade
 * ministers will meet": no group of its own */
static void
test_no_group_of_its_own (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    PAIR_FIRST "On Monday, Minister Rosa Quispe held a Foreign Ministers' Meeting with Minister Tom Hale in Oslo.\n\n"
    "Chilean and Peruvian trade ministers are due to meet in Tacna next week.\n\nForeign ministers met in Rome.");

  for (guint i = 0; i < a->meetings->len; i++)
    {
      g_assert_false (has_participant (a->meetings->pdata[i], "Foreign Ministers"));
      g_assert_false (has_participant (a->meetings->pdata[i], "Foreign ministers"));
      g_assert_false (has_participant (a->meetings->pdata[i], "Peruvian trade ministers"));
    }
}

/* "will attend an X ministers' meeting in Y, where she will hold talks with Z":
 * the group's meeting, and one with Z, not one of the three */
static void
test_attend_group_meeting (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    PAIR_FIRST "Soto will attend an Andean trade ministers' meeting in Quito, where she is expected to hold talks "
    "with Foreign Minister Rosa Quispe.");
  const BylineMeeting *m = find_meeting (a, "Ana Soto", "Rosa Quispe");

  g_assert_nonnull (m);
  g_assert_false (has_participant (m, "Andean trade ministers"));
  m = find_meeting (a, "Andean trade ministers", "Andean trade ministers");
  g_assert_nonnull (m);
  g_assert_cmpuint (m->participants->len, ==, 1);
}

/* a side met told by office alone, with no name after it: the description */
typedef struct
{
  const char *input;
  const char *p1;
  const char *p2;   /* the description, or NULL for none */
} OfficeCase;

static const OfficeCase office_cases[] = {
  { PAIR_FIRST "Vera travels to Quito next week for talks with the Ecuadorian Prime Minister.", "Luis Vera",
    "Ecuadorian Prime Minister" },
  { PAIR_FIRST "On Friday Soto held talks in Bern with the Swiss Foreign Minister.", "Ana Soto", "Swiss Foreign Minister" },
  { PAIR_FIRST "Mr Vera, who arrived on Sunday, was received by the Governor-General at the palace yesterday.",
    "Luis Vera", "Governor-General" },
  { PAIR_FIRST "On Tuesday Soto was received by the Emir at his palace in Doha.", "Ana Soto", "Emir" },
  { PAIR_FIRST "Prosecutors said Tom Hale had met a senior official of the water utility at a hotel in Arequipa.",
    "Tom Hale", "senior official of the water utility" },
  { PAIR_FIRST "Investigators say Rosa Quispe met a senior engineer of the mining company in Cusco in May.", "Rosa Quispe",
    "senior engineer of the mining company" },
  /* the one the article names by that office: that one */
  { "LIMA, March 2, 2026 (EFE) - Peruvian Foreign Minister Ana Soto arrived in Santiago on Monday. Chilean "
    "President Luis Vera welcomed the visit.\n\nPrices rose.\n\nLater, Soto held talks with the President at the "
    "palace.", "Ana Soto", "Luis Vera" },
  { "LIMA, March 2, 2026 (EFE) - Foreign Minister Ana Soto flew to Quito on Monday. Ecuadorian Prime Minister Rosa "
    "Quispe praised the trip.\n\nPrices rose.\n\nSoto was later received by the Ecuadorian Prime Minister at his "
    "office.", "Ana Soto", "Rosa Quispe" },
  /* a name after the office: that one, not the office */
  { PAIR_FIRST "Soto held talks with the Swiss Foreign Minister, Ueli Brunner, in Bern.", "Ana Soto", NULL },
  { PAIR_FIRST "Soto held consultations with Chile's ambassador to Peru, Rosa Quispe, in Lima on Friday.", "Ana Soto",
    NULL },
  /* an office that owns what was met, "the visiting leader" of a trip */
  { PAIR_FIRST "Two growers met the agriculture secretary's staff on Monday.", "Ana Soto", NULL },
};

static void
test_office_case (gconstpointer data)
{
  const OfficeCase *oc = data;
  g_autoptr (BylineAnalysis) a = test_analyse (oc->input);

  if (oc->p2 != NULL)
    g_assert_nonnull (find_meeting (a, oc->p1, oc->p2));
  else
    for (guint i = 0; i < a->meetings->len; i++)
      {
        const BylineMeeting *m = a->meetings->pdata[i];

        g_assert_false (has_participant (m, "Swiss Foreign Minister"));
        g_assert_false (has_participant (m, "Chile's ambassador"));
        g_assert_false (has_participant (m, "agriculture secretary"));
      }
}

/* "the two countries" as a side: the two countries the sentence names before, or
 * those whose people met last ("Türkiye" as the article names it) */
#define COUNTRY_PAIR "LIMA, March 2, 2026 (EFE) - Peruvian Foreign Minister Ana Soto met her Chilean counterpart " \
  "Luis Vera in Lima on Monday.\n\nPrices rose.\n\n"

static const OfficeCase country_cases[] = {
  { COUNTRY_PAIR "Talks between officials from the two countries began well before the election.", "Peru", "Chile" },
  { COUNTRY_PAIR "Special envoys from the two countries have held several rounds of talks, most recently in Quito.",
    "Peru", "Chile" },
  { COUNTRY_PAIR "The visit prepares talks between the two countries' trade ministers, expected in Santiago in May.",
    "Peru", "Chile" },
  { COUNTRY_PAIR "Vera said technical teams from both countries would meet every month.", "Peru", "Chile" },
  { COUNTRY_PAIR "Bolivia has no embassy in Ecuador, although envoys from the two countries have held talks in Tacna.",
    "Bolivia", "Ecuador" },
  /* "the trade ministers of the two countries", "of both countries" */
  { COUNTRY_PAIR "He added that the trade ministers of the two countries would meet in Arica within two weeks.", "Peru",
    "Chile" },
  { COUNTRY_PAIR "The energy ministers of both countries will meet in Tacna next month.", "Peru", "Chile" },
};

static void
test_country_case (gconstpointer data)
{
  const OfficeCase *oc = data;
  g_autoptr (BylineAnalysis) a = test_analyse (oc->input);

  g_assert_nonnull (find_meeting (a, oc->p1, oc->p2));
}

/* a body two countries hold together meets: a meeting of the two countries,
 * named in the body's name or those whose people met, when told with its place
 * or "between" them; p2 NULL: no meeting of p1 and Chile, nor of p1 and Peru */
static const OfficeCase joint_cases[] = {
  { COUNTRY_PAIR "The two countries will hold the fifth session of their bilateral commission in Arica next year.",
    "Peru", "Chile" },
  { COUNTRY_PAIR "Officials are already preparing the joint commission on trade, slated for Santiago in October.",
    "Peru", "Chile" },
  { COUNTRY_PAIR "Soto said a binational cabinet between the two countries would follow before the harvest.",
    "Peru", "Chile" },
  { COUNTRY_PAIR "Both sides look to the meeting of the Bolivian-Paraguayan joint border committee, due to convene "
    "in Asunción in May.", "Bolivia", "Paraguay" },
  { COUNTRY_PAIR "The next round of the Uruguay-Argentina strategic dialogue will take place in Colonia in June.",
    "Uruguay", "Argentina" },
  /* the host at home, by the wire dateline, and the guest's country */
  { "Santiago - President Marta Ibarra received Bolivian envoy Hugo Salas on Monday.\n\nPrices rose.\n\nThe two "
    "countries will hold the next session of their joint commission in La Paz in May.", "Chile", "Bolivia" },
  { "Quito - Vice President Rosa Pinto received Colombian Foreign Minister Jorge Paredes on Tuesday.\n\nPrices "
    "fell.\n\nOfficials are preparing the bilateral commission, scheduled for Bogota in June.", "Ecuador", "Colombia" },
  /* the body its people co-chair is their meeting; an organisation's council is
   * not two countries' */
  { COUNTRY_PAIR "Soto and Vera co-chaired the joint commission at the Torre Tagle palace in Lima.", "Peru", NULL },
  { COUNTRY_PAIR "They discussed a meeting of the Andean Community's intergovernmental council, due in Quito in May.",
    "Peru", NULL },
};

static void
test_joint_case (gconstpointer data)
{
  const OfficeCase *oc = data;
  g_autoptr (BylineAnalysis) a = test_analyse (oc->input);

  if (oc->p2 != NULL)
    g_assert_nonnull (find_meeting (a, oc->p1, oc->p2));
  else
    g_assert_null (find_meeting (a, oc->p1, "Chile"));
}

/* "the Chilean guest", "the head of Chilean diplomacy", "the Bolivian leader": one
 * of that people named before, by what they are in the story; p2 NULL: p1 meets
 * no one of Chile */
#define LEADER_VISIT "LA PAZ, March 2, 2026 (EFE) - Bolivian President Rosa Quispe held talks with Peruvian " \
  "Foreign Minister Ana Soto in La Paz on Monday.\n\nPrices rose.\n\n"

static const OfficeCase described_cases[] = {
  { COUNTRY_PAIR "The Chilean guest was later received by President Marta Ibarra at the palace.", "Luis Vera",
    "Marta Ibarra" },
  { COUNTRY_PAIR "On Tuesday the Chilean visitor had been received earlier by Senate leader Jorge Paredes.", "Luis Vera",
    "Jorge Paredes" },
  { COUNTRY_PAIR "The head of Chilean diplomacy was also received by Peruvian President Marta Ibarra.", "Luis Vera",
    "Marta Ibarra" },
  { COUNTRY_PAIR "Later, the head of Chilean diplomacy will be received by Congress speaker Jorge Paredes.", "Luis Vera",
    "Jorge Paredes" },
  { COUNTRY_PAIR "Argentine President Carlos Ruiz will receive the Chilean minister in Buenos Aires next week.",
    "Carlos Ruiz", "Luis Vera" },
  { LEADER_VISIT "Brazilian President Joao Lima would receive the Bolivian leader in Brasilia next month.", "Joao Lima",
    "Rosa Quispe" },
  { LEADER_VISIT "The Bolivian leader will also be received by Chilean President Marta Ibarra in Santiago in May.",
    "Rosa Quispe", "Marta Ibarra" },
  /* "met A in X and B at Y": the second partner past the first one's place */
  { COUNTRY_PAIR "Vera later met Senate President Jorge Paredes in the Congress and Prime Minister Hugo Salas at the "
    "Government Palace.", "Luis Vera", "Hugo Salas" },
  { COUNTRY_PAIR "On Tuesday Vera met Mayor Rosa Pinto at City Hall and Governor Hugo Salas in Arequipa.", "Luis Vera",
    "Hugo Salas" },
  /* a title's portfolio after "for", then the person received */
  { COUNTRY_PAIR "Separately, Prime Minister Hugo Salas received Bolivian Minister of State for the Andes Ana Ruiz, who "
    "is on a visit to Peru.", "Hugo Salas", "Ana Ruiz" },
  { COUNTRY_PAIR "President Marta Ibarra received Ecuadorian Minister of State for Foreign Affairs Rosa Pinto on Monday.",
    "Marta Ibarra", "Rosa Pinto" },
  /* "his Bolivian counterpart, Mr X": the name past an honorific */
  { COUNTRY_PAIR "A statement said Vera also held talks with his Bolivian counterpart, Mr Hugo Salas.", "Luis Vera",
    "Hugo Salas" },
  { COUNTRY_PAIR "Vera also met his Bolivian counterpart, Dr. Hugo Salas, in La Paz.", "Luis Vera", "Hugo Salas" },
  /* "The Pope received X": a subject by its one title, or the one named by it */
  { COUNTRY_PAIR "The Pope received Vera in audience at the Apostolic Palace on Thursday.", "Pope", "Luis Vera" },
  { COUNTRY_PAIR "The Emir also hosted Vera at the palace.", "Emir", "Luis Vera" },
  { LEADER_VISIT "The President also received Chilean envoy Marta Ibarra at the Palacio Quemado.", "Rosa Quispe",
    "Marta Ibarra" },
  /* "it said the minister also held talks with X": the one minister named before */
  { "LIMA, March 2, 2026 (EFE) - Peruvian Foreign Minister Ana Soto arrived in Quito on Monday.\n\nPrices rose.\n\n"
    "A statement said the minister also held talks with Ecuadorian President Luis Ortega.", "Ana Soto", "Luis Ortega" },
  { "LIMA, March 2, 2026 (EFE) - Peruvian Trade Minister Ana Soto arrived in Quito on Monday.\n\nPrices rose.\n\n"
    "Officials said the minister will meet Ecuadorian Vice President Rosa Pinto on Friday.", "Ana Soto", "Rosa Pinto" },
  /* a second title after the first one's comma; past a body's building */
  { COUNTRY_PAIR "Vera on Wednesday received at the MRE headquarters the Deputy Prime Minister, Minister of Foreign "
    "Affairs and Trade of the Republic of Bolivia, Hugo Salas, the ministry said.", "Luis Vera", "Hugo Salas" },
  { COUNTRY_PAIR "President Marta Ibarra received the First Vice President, Minister of Economy of Bolivia, Hugo Salas, "
    "at the palace.", "Marta Ibarra", "Hugo Salas" },
  { COUNTRY_PAIR "President Marta Ibarra received at the OAS offices Bolivian Trade Minister Hugo Salas.", "Marta Ibarra",
    "Hugo Salas" },
  /* "is also expected to pay a courtesy call on X": a passive with an adverb and
   * its infinitive, not a clause reported */
  { COUNTRY_PAIR "Vera is also expected to pay a courtesy call on President Marta Ibarra.", "Luis Vera",
    "Marta Ibarra" },
  { COUNTRY_PAIR "Soto is now expected to meet Bolivian President Hugo Salas in La Paz on Friday.", "Ana Soto",
    "Hugo Salas" },
  /* a foreign minister is no leader */
  { COUNTRY_PAIR "Argentine President Carlos Ruiz will receive the Chilean leader in Buenos Aires next week.",
    "Carlos Ruiz", NULL },
};

/* "X held talks with Y and was later received by Z": two meetings of X, none of
 * Y with Z */
static void
test_second_verb (void)
{
  static const char *const inputs[] = {
    COUNTRY_PAIR "Vera will travel to La Paz, where he will hold talks with Foreign Minister of Bolivia Hugo Salas and "
                 "will be received by President of Bolivia Marta Ibarra.",
    COUNTRY_PAIR "On Tuesday Vera held talks with Hugo Salas in Sucre and was later received by President Marta Ibarra.",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);

      g_assert_nonnull (find_meeting (a, "Luis Vera", "Hugo Salas"));
      g_assert_nonnull (find_meeting (a, "Luis Vera", "Marta Ibarra"));
      g_assert_null (find_meeting (a, "Hugo Salas", "Marta Ibarra"));
    }
}

static void
test_described_case (gconstpointer data)
{
  const OfficeCase *oc = data;
  g_autoptr (BylineAnalysis) a = test_analyse (oc->input);

  if (oc->p2 != NULL)
    g_assert_nonnull (find_meeting (a, oc->p1, oc->p2));
  else
    g_assert_null (find_meeting (a, oc->p1, "Luis Vera"));
}

/* "a delegation headed by Chairman of the Senate of the Republic of Chile X": the
 * head by name, past a long title with its "of the" */
static const OfficeCase headed_cases[] = {
  { "Talks in Lima\n\nMarch 2, 2026\n\nSpeaker Ana Soto received a delegation headed by Chairman of the Senate "
    "of the Republic of Chile Luis Vera at the Congress building on March 1.", "Ana Soto", "Luis Vera" },
  { "Talks in Lima\n\nMarch 2, 2026\n\nMayor Rosa Quispe received a delegation led by Minister of Trade of "
    "Ecuador Carlos Mendoza in Cusco on Monday.", "Rosa Quispe", "Carlos Mendoza" },
};

static void
test_headed_case (gconstpointer data)
{
  const OfficeCase *oc = data;
  g_autoptr (BylineAnalysis) a = test_analyse (oc->input);

  g_assert_nonnull (find_meeting (a, oc->p1, oc->p2));
}

/* a trip "next week" to meet someone and the talks "on June 17" of the same two,
 * both to come: one meeting */
static void
test_next_week_then_day (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    "QUITO, June 11, 2026 (EFE) -- Peruvian Foreign Minister Ana Soto will travel to Quito next week to meet her "
    "Ecuadorian counterpart Luis Vera.\n\nPrices rose.\n\nThe two ministers are due to hold talks on June 17, "
    "followed by a lunch, the ministry said.");
  guint n = 0;

  for (guint i = 0; i < a->meetings->len; i++)
    if (has_participant (a->meetings->pdata[i], "Ana Soto") && has_participant (a->meetings->pdata[i], "Luis Vera"))
      n++;
  g_assert_cmpuint (n, ==, 1);
}

/* "relations between Lima and Quito": no meeting of the two cities */
static void
test_relations_between_cities (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    PAIR_FIRST "The meeting is seen as a sign of better relations between Quito and Bogota.");

  g_assert_null (find_meeting (a, "Quito", "Bogota"));
}

/* "the Chilean minister" after Soto met Chile's minister named before: that one */
static void
test_described_named_before (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (
    "Fish talks\n\nMarch 2, 2024\n\nPeruvian Trade Minister Ana Soto held talks with her Chilean counterpart, Luis "
    "Ortega, in Arica on Friday.\n\nPrices fell.\n\nSoto met the Chilean trade minister again on Saturday.");

  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];

      g_assert_false (has_participant (m, "Chilean trade minister"));
    }
  g_assert_nonnull (find_meeting (a, "Ana Soto", "Luis Ortega"));
}

static void
test_group_case (gconstpointer data)
{
  const GroupCase *c = data;
  g_autoptr (BylineAnalysis) a = test_analyse (c->input);
  const BylineMeeting *m = find_meeting (a, c->p1, c->p2 != NULL ? c->p2 : c->p1);

  g_assert_nonnull (m);
  g_assert_cmpuint (m->participants->len, ==, c->p2 != NULL ? 2 : 1);
  if (g_strcmp0 (c->place, "*") != 0)
    g_assert_cmpstr (m->place_name, ==, c->place);
}

/* Sides read past adjuncts and long titles: each case names up to three sides
 * one meeting must have, and its place when it is told */
typedef struct
{
  const char *input;
  const char *sides[3];
  const char *place;
  const char *not_side;   /* a name that is no side of that meeting, or NULL */
} SidesCase;

static const SidesCase sides_cases[] = {
  /* "EC farm ministers, who ..., will decide it at a meeting in X": a body's
   * people at a meeting among themselves */
  { DATELINE "EC farm ministers, who must approve the tax, will decide the issue at a marathon meeting in Luxembourg "
    "on June 15.", { "EC farm ministers", NULL, NULL }, "Luxembourg", NULL },
  /* "a trilateral meeting on Monday between A, B and C": past a time, the three */
  { DATELINE "The decision followed a trilateral meeting on Monday between Ana Soto, Prime Minister Luis Vera and "
    "Secretary General Omar Diaz.", { "Ana Soto", "Luis Vera", "Omar Diaz" }, NULL, NULL },
  /* "X was speaking at the Lima Peace Summit, which was attended by A, B and C":
   * a meeting of them all, past "Peru's King Y" */
  { DATELINE "President Ana Soto was speaking on Saturday at the Lima Peace Summit, which was attended by President "
    "Luis Vera, Peru's King Omar Diaz and Prime Minister Rosa Paz.", { "Ana Soto", "Omar Diaz", "Rosa Paz" }, NULL, NULL },
  /* "in talks dominated by the arrest of X": what marked the meeting, no side */
  { DATELINE "Foreign Minister Ana Soto met President Luis Vera on Monday, in talks dominated by the arrest of Omar Diaz.",
    { "Ana Soto", "Luis Vera", NULL }, NULL, "Omar Diaz" },
  /* the land by the only name the article has for it: "the Soviet Union" of a
   * story that never says "Russia", for a trip to Moscow */
  { DATELINE "Foreign Minister Ana Soto ended a visit to the Soviet Union last week. Trade Minister Luis Vera is due "
    "to visit Moscow next week.", { "Luis Vera", "Soviet Union", NULL }, "Moscow", NULL },
  /* "X thanked Y for hosting the talks", "for the warm welcome": guest and host met */
  { DATELINE "President Ana Soto thanked President Luis Vera for hosting the talks in Lima on Monday.",
    { "Ana Soto", "Luis Vera", NULL }, "Lima", NULL },
  { DATELINE "Foreign Minister Ana Soto thanked her host, President Luis Vera, for the warm welcome.",
    { "Ana Soto", "Luis Vera", NULL }, NULL, NULL },
  /* "The talks X held with Y": the relative clause's subject, then its partner */
  { DATELINE "The talks President Ana Soto held with President Luis Vera in Lima on Monday focused on trade.",
    { "Ana Soto", "Luis Vera", NULL }, "Lima", NULL },
  /* "Talks between A, who ..., and B": past the first side's relative clause */
  { DATELINE "Talks between President Ana Soto, who is also the head of the ruling party, and President Luis Vera "
    "ended in Lima on Monday.", { "Ana Soto", "Luis Vera", NULL }, "Lima", NULL },
  /* "The envoy, who also called on X": a bare envoy no title names, the guest
   * of the meeting told just before; or one whose title is told before the
   * name and a comma */
  { DATELINE "Opposition leader Ana Soto on Wednesday received Luis Vera, the former president who led the observer "
    "mission, in Lima. The envoy, who also called on President Omar Diaz on Monday, urged calm.",
    { "Luis Vera", "Omar Diaz", NULL }, NULL, "Ana Soto" },
  { DATELINE "Peru's Ambassador to Chile, Ana Soto, on Tuesday called on party leaders. The envoy, who presented her "
    "credentials to President Omar Diaz last year, said ties were strong.", { "Ana Soto", "Omar Diaz", NULL }, NULL, NULL },
  /* "received the credentials of the new ambassadors of A, B and C": each envoy
   * received apart, one meeting each with the envoy's land */
  { DATELINE "President Ana Soto on Tuesday received the credentials of the new ambassadors of Peru, Chile and Ghana "
    "at the presidential palace.", { "Ana Soto", "Ghana", NULL }, NULL, "Peru" },
  { DATELINE "The newly accredited ambassadors of Norway and Kenya presented their letters of credence to King Luis "
    "Vera on Monday.", { "Luis Vera", "Kenya", NULL }, NULL, "Norway" },
  /* "the defence minister held talks": a title of two words in lower case, the
   * one person named before who holds it */
  { DATELINE "Trade grew after the visit to Chile by Peruvian Defence Minister Ana Soto in July, when the defence "
    "minister held talks with Chilean Foreign Minister Luis Vera.", { "Ana Soto", "Luis Vera", NULL }, NULL, NULL },
  /* "Ahead of her meeting with X, Y said": a fronted phrase, its meeting the
   * main clause subject's */
  { DATELINE "Ahead of her meeting with President Luis Vera on Monday, Foreign Minister Ana Soto said trade would grow.",
    { "Ana Soto", "Luis Vera", NULL }, NULL, NULL },
  /* a gathering told first by the list of those who attended it; ", joined by X" */
  { DATELINE "The summit was attended by President Ana Soto, President Luis Vera and Prime Minister Rosa Paz.",
    { "Ana Soto", "Luis Vera", "Rosa Paz" }, NULL, NULL },
  { DATELINE "President Ana Soto met President Luis Vera in Lima on Monday, joined by Prime Minister Rosa Paz.",
    { "Ana Soto", "Luis Vera", "Rosa Paz" }, "Lima", NULL },
  /* a side told as an envoy, a diplomat or an official of a body or land: the
   * one named before (or in the sentence after) whose title says so */
  { DATELINE "US Special Envoy for Yemen Tom Reyes arrived in Lima on Sunday. The US envoy met President Ana Soto on "
    "Monday.", { "Tom Reyes", "Ana Soto", NULL }, "Lima", NULL },
  { DATELINE "US Ambassador Tom Reyes spoke on Sunday. President Ana Soto received the US diplomat on Monday.",
    { "Ana Soto", "Tom Reyes", NULL }, NULL, NULL },
  { DATELINE "President Ana Soto met a visiting senior US diplomat on Wednesday. Tom Reyes, the US Assistant Secretary "
    "of State, also met the foreign minister.", { "Ana Soto", "Tom Reyes", NULL }, NULL, NULL },
  /* (not the body's official who is a source: "a Petroperu official said") */
  { DATELINE "Negotiations between Petroperu and foreign oil contractors will be concluded by the end of this month, a "
    "Petroperu official said. Tom Reyes, head of Petroperu's contractors board, gave no details.",
    { "Petroperu", "foreign oil contractors", NULL }, NULL, "Tom Reyes" },
  /* negotiations and talks after a verb of their course, a word of what they
   * are about between ("resumed negotiations", "continue trade talks") */
  { DATELINE "Halvorsen Shipping Corp and Marlow Steel Co resumed negotiations on Thursday.",
    { "Halvorsen Shipping Corp", "Marlow Steel Co", NULL }, NULL, NULL },
  { DATELINE "Officials said Canada was ready to continue trade talks with Brazil despite the dispute.",
    { "Canada", "Brazil", NULL }, NULL, NULL },
  /* "X's trip to Y featured a meeting with Z": the traveller's */
  { DATELINE "Ana Soto's trip to Peru also featured a meeting with President Luis Vera.", { "Ana Soto", "Luis Vera", NULL },
    NULL, NULL },
  /* a fronted meeting's subject past a long title or one in lower case, and past
   * the apposition of the one met */
  { DATELINE "During talks with Foreign Minister Rosa Paz, Minister of Defence of Chile Tom Reyes said trade was "
    "growing.", { "Rosa Paz", "Tom Reyes", NULL }, NULL, NULL },
  { DATELINE "At a meeting with Rosa Paz, the Peruvian foreign minister, on Monday, Chilean deputy prime minister Tom "
    "Reyes called for closer ties.", { "Rosa Paz", "Tom Reyes", NULL }, NULL, NULL },
  /* those present, past titles: "Dr.", a title in lower case */
  { DATELINE "President Ana Soto received Prime Minister Luis Vera on Monday. Minister of Energy Dr. Omar Diaz was "
    "also present on the occasion.", { "Ana Soto", "Luis Vera", "Omar Diaz" }, NULL, NULL },
  { DATELINE "President Ana Soto met Prime Minister Luis Vera on Monday, with Minister of Energy Dr. Omar Diaz and "
    "Finance Minister Rosa Paz in attendance.", { "Ana Soto", "Luis Vera", "Omar Diaz" }, NULL, NULL },
  { DATELINE "President Ana Soto met Prime Minister Luis Vera on Monday. Deputy Foreign Minister Rosa Paz and "
    "presidential adviser Omar Diaz also attended the talks.", { "Ana Soto", "Luis Vera", "Omar Diaz" }, NULL, NULL },
  /* the visitor by description: "the guest", "the visiting prime minister" */
  { DATELINE "Chilean Foreign Minister Ana Soto arrived in Lima on Sunday for a three-day visit. Prime Minister Luis "
    "Vera received the guest on Monday.", { "Luis Vera", "Ana Soto", NULL }, "Lima", NULL },
  { DATELINE "Chilean Prime Minister Ana Soto arrived in Lima on Sunday for a three-day visit. The visiting prime "
    "minister held talks with Defence Minister Luis Vera on Monday.", { "Ana Soto", "Luis Vera", NULL }, "Lima", NULL },
  /* "the two leaders" are not one and the one who came with her */
  { DATELINE "Chilean Prime Minister Ana Soto arrived in Quito on Monday with her husband Tom Reyes. The two leaders "
    "held a one-on-one meeting.", { "Ana Soto", NULL, NULL }, "Quito", "Tom Reyes" },
  /* "Officials said X will hold talks with Y": the ones who report them are not
   * at them */
  { "Party officials said Luis Vera will hold talks with Tom Reyes in Lima.", { "Luis Vera", "Tom Reyes", NULL }, "Lima",
    "Party officials" },
  /* "with Chilean and Bolivian delegations": the lands the delegations are of */
  { "Peru hopes to host a meeting with Chilean and Bolivian delegations in Lima next month.", { "Chile", "Bolivia", NULL },
    "Lima", "Bolivian delegations" },
  /* "the two sides" after two lands told just before; a modal and an adverb
   * before the verb */
  { "Peru and Chile disagree over fishing rights, officials said. The two sides would probably meet in Lima next "
    "week.", { "Peru", "Chile", NULL }, "Lima", "two sides" },
  /* the meeting's own name after "known as" is no side */
  { "Andean trade ministers met in Lima on Friday for an informal meeting known as Tambo, hosted by Foreign Minister "
    "Ana Soto.", { "Andean trade ministers", "Ana Soto", NULL }, "Lima", "Tambo" },
  /* the other side of a contract, with no name */
  { "Negotiations between Chile's state copper company Codelco and foreign mining contractors ended in Santiago on "
    "Monday.", { "Codelco", "contractors", NULL }, "Santiago", "Chile" },
  /* bare "talks" after a verb of their course; a union's name ends at "Workers" */
  { "Ana Soto and Tom Reyes agreed to restart talks in Lima on Monday.", { "Ana Soto", "Tom Reyes", NULL }, "Lima",
    NULL },
  { "The United Dock Workers and Pacific Shipping Corp reopened talks on a new contract in Lima.",
    { "United Dock Workers", "Pacific Shipping Corp", NULL }, "Lima", NULL },
  /* "the meeting ... brought together A, B and C": the ones brought, at one
   * table; the hosts a relative clause names; a forum no side of its own */
  { "The meeting in Lima last year brought together Ana Soto, Tom Reyes and Luis Vera.",
    { "Ana Soto", "Tom Reyes", "Luis Vera" }, "Lima", NULL },
  { "The summit, which Ana Soto and Tom Reyes will co-chair on Monday, will bring together President Luis Vera and "
    "Prime Minister Rosa Paz.", { "Ana Soto", "Luis Vera", "Rosa Paz" }, NULL, NULL },
  { "Foreign Minister Ana Soto arrived in Lima on Monday. Later in the day, the Andean Forum brought together Soto, "
    "Foreign Minister Tom Reyes of Chile and Foreign Minister Luis Vera of Peru.", { "Ana Soto", "Tom Reyes", "Luis Vera" },
    NULL, "Andean Forum" },
  /* "after holding consultations with X": the main clause's subject, up to its
   * auxiliary, not the other verb's object */
  { "President Ana Soto is expected to hand the report to Congress after holding consultations with the opposition "
    "parties.", { "Ana Soto", "opposition parties", NULL }, NULL, "Congress" },
  /* a trailing source after a title in capitals is no side */
  { "Governor Tom Reyes will hold talks with farm leaders, Presidential Spokesperson Luis Vera said in Lima.",
    { "Tom Reyes", "farm leaders", NULL }, NULL, "Luis Vera" },
  /* "his counterparts from A, B and C": the lands */
  { "Foreign Minister Ana Soto will travel to Lima for talks with Chilean Foreign Minister Luis Vera and his "
    "counterparts from the Netherlands, Bolivia and Ecuador.", { "Luis Vera", "Netherlands", "Ecuador" }, "Lima",
    "counterparts from the Netherlands" },
  { "Ana Soto met her counterparts from the Netherlands, Belgium and Luxembourg in Brussels on Friday.",
    { "Ana Soto", "Belgium", "Luxembourg" }, "Brussels", NULL },
  /* the body whose meeting it is, after its article and in a phrase of a
   * preposition; its short form in brackets after its name */
  { "With the OPEC meeting in Vienna only days away, oil traders held back.", { "OPEC", NULL, NULL }, "Vienna",
    "oil traders" },
  { "Dealers said little happened during the Group of Ten (G-10) meeting in Paris.", { "Group of Ten", NULL, NULL },
    "Paris", "Dealers" },
  /* a group's second "of" after "and" goes on; a verb ends it */
  { "The trade ministers of the Andean states and of the four Caribbean partners held talks with Ana Soto in Lima on "
    "Monday.", { "trade ministers of the Andean states and of the four Caribbean partners", "Ana Soto", NULL }, "Lima",
    NULL },
  /* a conjunction before a group's noun: the group starts after it */
  { "Junta presses ahead with vote as Chilean envoy meets Ana Soto", { "Chilean envoy", "Ana Soto", NULL }, NULL,
    "vote as Chilean envoy" },
  /* "talks between Peru and its creditor banks began in Lima": a country and a
   * group with no name; "Bankers said talks between A and B": the ones who
   * report them are not at them */
  { "Talks between Peru and its creditor banks began in Lima on Monday.", { "Peru", "its creditor banks", NULL },
    "Lima", NULL },
  { "Bankers said talks between Peru and Chile resumed in Lima on Monday.", { "Peru", "Chile", NULL }, "Lima",
    "Bankers" },
  /* a known body whose name ends in a word of places, at its own gathering */
  { "President Ana Soto will attend the summit of the Organization of American States in Lima next week.",
    { "Ana Soto", "Organization of American States", NULL }, "Lima", NULL },
  /* the land a verb lets act: "should enable Brazil to renew negotiations with" */
  { "The accord will allow Peru to hold talks with Chile on the maritime border.", { "Peru", "Chile", NULL }, NULL,
    NULL },
  /* one meeting's noun and a plural title before the names: a party of them */
  { "Premier Ana Soto spoke later. Soto's meeting with US Senators Tom Reyes, Luis Vera and Omar Diaz in Lima "
    "lasted an hour.", { "Ana Soto", "Tom Reyes", "Omar Diaz" }, "Lima", NULL },
  /* titles that name a body and its short name in brackets, and a second title
   * after "and", before the one who holds them */
  { "General Secretary of the Workers' Party of Laos (WPL) Central Committee Somsak Vong held talks in Vientiane "
    "with General Secretary of the Communist Party of Cuba (PCC) Central Committee and President of Cuba Raul Diaz.",
    { "Somsak Vong", "Raul Diaz", NULL }, "Vientiane", "Central Committee" },
  { "Deputy Minister Lan Anh received a delegation of the Organisation Commission of the Lao People's Revolutionary "
    "Party (LPRP) Central Committee, led by its Vice Chairman Bounmy Phan, in Hanoi.",
    { "Lan Anh", "Bounmy Phan", NULL }, "Hanoi", "Central Committee" },
  /* "X said it would hold talks with Y": the land that says so */
  { "Vietnam said it would hold talks with Cambodia on the border next month.", { "Vietnam", "Cambodia", NULL }, NULL },
  /* "met for more than an hour with X": past how long, the partner */
  { "President Ana Soto met for more than an hour with Prime Minister Luis Vera in Quito.",
    { "Ana Soto", "Luis Vera", NULL }, "Quito" },
  { "President Ana Soto held talks for 40 minutes on Monday with Prime Minister Luis Vera.",
    { "Ana Soto", "Luis Vera", NULL }, NULL },
  /* a land that meets a named body or person: "Poland met the Paris Club" */
  { "Argentina met the London Club of creditor banks on Tuesday to seek new terms on its loans, bankers "
    "said.", { "Argentina", "London Club", NULL }, NULL },
  { "Chile will meet the International Monetary Fund in Washington next month.",
    { "Chile", "International Monetary Fund", NULL }, "Washington" },
  { DATELINE "Petroperu and YPFB on Wednesday signed in Lima a contract on gas supplies, in the presence of President "
    "Rosa Paz and President Omar Diaz.\n\nThe document was signed by Petroperu chief Ana Soto and YPFB chairman Luis "
    "Vera.", { "Ana Soto", "Omar Diaz", "Luis Vera" }, NULL },
  /* "signed by A and B in the presence of C and D": a ceremony of the four */
  { DATELINE "The contract was signed by Petroperu chief Ana Soto and YPFB chairman Luis Vera in the presence of "
    "President Rosa Paz and President Omar Diaz.", { "Ana Soto", "Omar Diaz", "Luis Vera" }, NULL },
  /* "The delegation-level talks were attended by X": a modifier before the noun */
  { DATELINE "Peruvian President Ana Soto and her Chilean counterpart Luis Vera on Sunday held a one-on-one meeting in "
    "Lima. The delegation-level talks were attended by Peruvian Foreign Minister Rosa Paz and Chilean Foreign "
    "Minister Omar Diaz, among others.", { "Ana Soto", "Luis Vera", "Omar Diaz" }, NULL },
  /* "led by A and B": both heads at it */
  { DATELINE "President Ana Soto, who flew to Cusco on Sunday, met with local officials led by Mayor Luis Vera and "
    "Governor Rosa Paz at the airport.", { "Ana Soto", "Luis Vera", "Rosa Paz" }, NULL },
  { DATELINE "President Ana Soto, who flew to Cusco on Sunday, met with local officials led by Mayor Luis Vera and "
    "Cusco Governor Rosa Paz at the airport.", { "Ana Soto", "Luis Vera", "Rosa Paz" }, NULL },
  /* "his Chilean and Bolivian counterparts": the office of each people, at one meeting */
  { DATELINE "Peruvian Water Minister Ana Soto will host her Chilean and Bolivian counterparts in Lima next month.",
    { "Ana Soto", "Chilean water minister", "Bolivian water minister" }, "Lima" },
  /* "the Prime Minister, President X and President Y met": the office's holder */
  { DATELINE "Prime Minister Ana Soto received President Luis Vera in Lima on Tuesday. The visit came a day after the "
    "Prime Minister, President Vera and President Omar Diaz of Bolivia met in La Paz.",
    { "Ana Soto", "Omar Diaz", "Luis Vera" }, "La Paz" },
  /* "the guest and his entourage paid a courtesy call on X": the one received before */
  { DATELINE "President Ana Soto on Monday received in Lima Luis Vera, head of the Chilean Socialist Party, who is on "
    "a working visit to Peru.\n\nOn the same day, the guest and his entourage paid a courtesy call on Vice President "
    "Rosa Paz.", { "Luis Vera", "Rosa Paz" }, NULL },
  /* "Vera was accompanied by A and B": at the meeting told before, no other */
  { DATELINE "President Ana Soto held talks with Prime Minister Luis Vera in Lima on Friday. Rosa Paz and Omar Diaz "
    "were present at the talks, and Vera was accompanied by Foreign Minister Lina Farah and Finance Minister Tom "
    "Reyes.", { "Ana Soto", "Luis Vera", "Tom Reyes" }, NULL },
  /* a meeting by its long name, with a plural's mark inside, "held here" */
  { DATELINE "Foreign Minister Ana Soto, Foreign Minister of Chile Luis Vera and Foreign Minister of Bolivia Rosa Paz "
    "on Saturday held here the second Andean Trilateral Foreign Ministers' Dialogue.", { "Ana Soto", "Luis Vera", "Rosa Paz" },
    NULL },
  { DATELINE "President Ana Soto accepted on Wednesday at the palace the letters of credence of three new ambassadors "
    "accredited to Peru.\n\nPresenting their credentials to the head of state were Tom Reyes, of the Republic of "
    "Chile; Lina Farah, of the Lebanese Republic; and Omar Diaz, of the Arab Republic of Egypt.\n\nAlso present at the "
    "ceremony were the Minister of Foreign Affairs, Rosa Paz, and the Deputy Foreign Minister, Jan Kovac.",
    { "Ana Soto", "Lina Farah", "Rosa Paz" }, NULL },
  /* a trip past its time: "will travel on Tuesday to Bolivia" */
  { DATELINE "Foreign Minister Ana Soto, who arrived in Quito on Sunday, will travel on Tuesday to Bolivia, the next "
    "stop of her tour.", { "Ana Soto", "Bolivia" }, NULL },
  { DATELINE "Foreign Minister Ana Soto flew on Monday to Bolivia.", { "Ana Soto", "Bolivia" }, NULL },
  /* "met on Thursday (3) with X" */
  { DATELINE "Vice President Ana Soto met on Monday (9) with the Chief of Staff of the Presidency, Luis Vera, at the "
    "palace.", { "Ana Soto", "Luis Vera" }, NULL },
  /* "attended by the president of the party (PS), federal deputy X" */
  { DATELINE "Vice President Ana Soto met on Thursday with the Chief of Staff, Luis Vera, at the palace. The meeting "
    "was also attended by the leader of the Green Party (PV), senator Rosa Paz.", { "Ana Soto", "Luis Vera", "Rosa Paz" },
    NULL },
  /* "Also present were X" after a meeting of another month told in passing: at the
   * story's meeting */
  { DATELINE "Ambassador Ana Soto today called on Minister Luis Vera at his office in Lima. Soto, who presented her "
    "credentials to President Omar Diaz in October, praised the ties. Also present were Deputy Minister Rosa Paz and "
    "Secretary Jan Kovac.", { "Ana Soto", "Luis Vera", "Rosa Paz" }, NULL },
  /* "received in Lima a delegation ... led by X": the object past the place */
  { DATELINE "Party chief Ana Soto on Monday received in Lima a delegation of the Socialist Party of Chile led by its "
    "chairman, Luis Vera.", { "Ana Soto", "Luis Vera" }, "Lima" },
  { DATELINE "Minister Ana Soto today received at the palace the high-level Chilean delegation led by Senator Luis "
    "Vera.", { "Ana Soto", "Luis Vera" }, NULL },
  /* a head told by two titles, the second "of its" body's */
  { DATELINE "Party chief Ana Soto on Monday received a delegation of the Socialist Party of Chile led by member of "
    "the PSC Central Committee and Head of its International Department Luis Vera.", { "Ana Soto", "Luis Vera" },
    NULL },
  /* "a summit on Syria with X": the partner past a short topic */
  { DATELINE "Ana Soto and Luis Vera will meet again in Quito in May for a trilateral summit on Syria with President "
    "Omar Haddad.", { "Ana Soto", "Luis Vera", "Omar Haddad" }, "Quito" },
  { DATELINE "Minister Eva Lund flew to Oslo for talks on fishing rights with Minister Jon Berg.",
    { "Eva Lund", "Jon Berg" }, "Oslo" },
  /* the passive's agent past a place and a time */
  { DATELINE "Prime Minister Imran Khan had been received on his arrival at Jeddah International Airport on Tuesday "
    "evening by Prince Khalid Al-Faisal, adviser to the king.", { "Imran Khan", "Khalid Al-Faisal" },
    "Jeddah International Airport" },
  { DATELINE "The delegation was welcomed at the gates of the old presidential palace in Lima on Monday morning by "
    "Vice President Ana Soto.", { "delegation", "Ana Soto" }, NULL },
  /* "will receive central bank governor X": a body's words before the title */
  { DATELINE "The office is closed for repairs, so Minister Ruth Adeyemi will receive central bank governor Ibrahim "
    "Musa at her residence.", { "Ruth Adeyemi", "Ibrahim Musa" }, NULL },
  { DATELINE "Mayor Tom Reyes will receive deputy police commissioner Ana Ruiz in Quito.", { "Tom Reyes", "Ana Ruiz" },
    "Quito" },
  /* "X and Y were also present": at the meeting told */
  { DATELINE "Ambassador Zhang Wei today called on Party Secretary Omar Khan at his office.\n\nDuring the meeting, "
    "they discussed trade. Deputy Secretary Ali Faruk and Secretary Sara Ahmed were also present.",
    { "Zhang Wei", "Omar Khan", "Ali Faruk" }, NULL },
  /* a gathering whose host is named is its own, not more of a meeting told after it */
  { DATELINE "The ninth foreign ministers' meeting was hosted by Foreign Minister Wang Lei on Wednesday in Beijing, "
    "with Foreign Minister Taro Sato in attendance.\n\nThe ministers agreed to prepare for the leaders' meeting, at "
    "which Premier Li Ming will host Prime Minister Ken Abe in Chengdu later this year.", { "Wang Lei", "Taro Sato" },
    "Beijing", "Li Ming" },
  /* "..., with A and B in attendance": at the meeting told */
  { DATELINE "The summit was hosted by President Ana Soto in Lima, with Prime Minister Luis Vera and Chancellor Eva "
    "Berg in attendance.", { "Ana Soto", "Luis Vera", "Eva Berg" }, "Lima" },
  /* "X's deputy met Y": the deputy, by that description, not X */
  { DATELINE "Karl Weber arrived in Lima on Sunday.\n\nWeber's deputy met Deputy Minister Luis Soto on Monday.",
    { "Weber's deputy", "Luis Soto" }, NULL, "Karl Weber" },
  { DATELINE "Ines Duarte's spokesman met Governor Tom Reyes in Quito.", { "Ines Duarte's spokesman", "Tom Reyes" },
    "Quito", "Ines Duarte" },
  /* "the two" after a trip merged with its talks: the two people */
  { DATELINE "Minister Aiko Sato will travel to Washington next week to meet Secretary of State Dan Moore.\n\nSato "
    "spoke with Moore by phone in May, and the two agreed then to hold their first meeting before the summit.",
    { "Aiko Sato", "Dan Moore" }, "Washington" },
  /* "with the participation of X": one more at the talks */
  { DATELINE "Minister Tomas Berg held talks with Minister Ana Soto at the ministry, with the participation of Deputy "
    "Minister Luis Vera.", { "Tomas Berg", "Ana Soto", "Luis Vera" }, NULL },
  /* "During the meeting, which was also attended by X and Y, ...": the meeting told */
  { DATELINE "King Omar received Defence Secretary Ana Lopez at the palace on Monday.\n\nDuring the meeting, which "
    "was also attended by Court Chief Karim Nasser, the two sides discussed security.",
    { "Omar", "Ana Lopez", "Karim Nasser" }, NULL },
  { DATELINE "President Rita Moura hosted Chancellor Jan Kral for lunch.\n\nAt this meeting, which was attended by "
    "Ambassador Eva Novak, the two leaders agreed a treaty.", { "Rita Moura", "Jan Kral", "Eva Novak" }, NULL },
  /* a day, then a place, then the partner */
  { DATELINE "Secretary Blake met today in Oslo with Norwegian Foreign Minister Ida Lund.", { "Blake", "Ida Lund" },
    "Oslo" },
  { DATELINE "Minister Ruth Okafor met yesterday at the Foreign Office with Ghana's envoy, Kwame Mensah.",
    { "Ruth Okafor", "Kwame Mensah" }, NULL },
  /* the second partner's title has its portfolio */
  { DATELINE "Secretary Blake met in Oslo with Foreign Minister Ida Lund and UN Special Envoy for Yemen Karl Berg.",
    { "Blake", "Ida Lund", "Karl Berg" }, "Oslo" },
  { DATELINE "Prime Minister Tomas Herrera received Senator Ana Vidal and EU Commissioner for Trade Jonas Pekkanen.",
    { "Tomas Herrera", "Ana Vidal", "Jonas Pekkanen" }, NULL },
  /* a relative clause closed before the verb names no subjects, after a name or
   * a description; nor does its phone call make the meeting remote */
  { DATELINE "Ghanaian Foreign Minister Ruth Okafor arrived in Lagos on Monday. The Ghanaian minister, who also "
    "carried a letter from President Kofi Adjei, was received on Tuesday by Vice President Ade Bello.",
    { "Ruth Okafor", "Ade Bello" }, NULL, "Kofi Adjei" },
  { DATELINE "Mediator Lars Eide, who had talked to President Ana Soto by telephone the day before, met Foreign "
    "Minister Luis Vera in Lima.", { "Lars Eide", "Luis Vera" }, "Lima", "Ana Soto" },
  /* the visitor's next meeting, told right after the arrival, is where he arrived */
  { "LIMA, March 2, 2026 (EFE) - Trade Minister Jonas Pekkanen arrived in Accra on Monday. He was received by "
    "President Kwame Mensah.",
    { "Jonas Pekkanen", "Kwame Mensah" }, "Accra", NULL },
  /* "conferred" past its adjuncts */
  { DATELINE "Foreign Minister Ana Lind conferred here Thursday with her Latvian counterpart Juris Ozols.",
    { "Ana Lind", "Juris Ozols" }, NULL, NULL },
  { DATELINE "Senator Tom Reyes conferred in Denver on Monday with Governor Lisa Chen.", { "Tom Reyes", "Lisa Chen" },
    "Denver", NULL },
  /* how long before "talks"; a summit of their own */
  { DATELINE "Chancellor Petra Holm and Prime Minister Jan Kovac held two days of talks in Vienna.",
    { "Petra Holm", "Jan Kovac" }, "Vienna", NULL },
  { DATELINE "Mayor Lisa Chen and Governor Tom Reyes held 12 hours of talks in Denver.", { "Lisa Chen", "Tom Reyes" },
    "Denver", NULL },
  { DATELINE "President Ana Soto and President Luis Vera agreed at a summit in Quito to reopen the border.",
    { "Ana Soto", "Luis Vera" }, "Quito", NULL },
  /* "the two delegations" a mediator met one by one */
  { DATELINE "Minister Rosa Paz met separately with the delegation of the government, headed by Omar Diaz, and with "
    "the delegation of the rebels, headed by Tom Reyes. The two delegations agreed to hold direct talks in Doha.",
    { "Omar Diaz", "Tom Reyes" }, NULL, "Rosa Paz" },
  /* a nominal meeting, its place, then "between" */
  { DATELINE "Talks in Rabat between Foreign Minister Omar Haddad and Prime Minister Lina Farah ended late.",
    { "Omar Haddad", "Lina Farah" }, "Rabat", NULL },
  { DATELINE "The meeting at the embassy between Senator Tom Reyes and Ambassador Ana Vidal lasted an hour.",
    { "Tom Reyes", "Ana Vidal" }, NULL, NULL },
  /* "consulted with", past its adjuncts */
  { DATELINE "Foreign Minister Ana Lind consulted in Riga on Monday with her Latvian counterpart Juris Ozols.",
    { "Ana Lind", "Juris Ozols" }, "Riga", NULL },
  /* a participle that opens the sentence: the main clause's group met */
  { DATELINE "Meeting in Rome, EU farm ministers agreed to cut subsidies.", { "EU farm ministers", "EU farm ministers" },
    "Rome", NULL },
  { "LIMA, March 2, 2026 (EFE) - Gathered in Oslo, Nordic trade ministers approved the plan.",
    { "Nordic trade ministers", "Nordic trade ministers" }, "Oslo", NULL },
  /* a participle that opens the sentence, and "the two ministers" the sentence
   * before joins */
  { DATELINE "Foreign Minister Rosa Paz and her Chilean counterpart Omar Diaz agreed to keep up pressure on the "
    "cartels. Meeting on the margins of the summit in Lima, the two ministers also discussed migration.",
    { "Rosa Paz", "Omar Diaz" }, "Lima", NULL },
  /* "brought together" the ones named after it */
  { DATELINE "The meeting brought together the envoys of the two countries, including Chile's Luis Vera, in the "
    "presence of UN envoy Ana Soto.", { "Luis Vera", "Ana Soto" }, NULL,
    "brought together the envoys of the two countries" },
  /* "A day after meeting X in Y, Z travelled": the fronted phrase is Z's meeting */
  { DATELINE "A day after meeting President Omar Haddad in Amman, Prime Minister Lina Farah travelled to Cairo.",
    { "Lina Farah", "Omar Haddad" }, "Amman", NULL },
  /* "between the delegations, led by A and her counterpart B": a head each */
  { DATELINE "Talks between the delegations, led by Deputy Minister Rosa Paz and her Bolivian counterpart Omar Diaz, "
    "lasted four hours.", { "Rosa Paz", "Omar Diaz" }, NULL, "delegations" },
  /* ", which took place in X": the meeting's own place */
  { DATELINE "The meeting between Mayor Lisa Chen and Governor Tom Reyes, which took place in Denver, lasted two "
    "hours.", { "Lisa Chen", "Tom Reyes" }, "Denver", NULL },
  /* "held what both sides described as candid talks" */
  { DATELINE "Mayor Lisa Chen and Governor Tom Reyes held what both sides described as candid talks in Denver.",
    { "Lisa Chen", "Tom Reyes" }, "Denver", NULL },
  /* "the top U.S. diplomat": the country's head of diplomacy named before */
  { DATELINE "U.S. Secretary of State Tom Reyes arrived in Lima on Sunday. On Monday, the top U.S. diplomat was "
    "received by President Ana Soto.", { "Tom Reyes", "Ana Soto" }, NULL, "U.S. diplomat" },
  /* "met A on Monday and B on Tuesday": a partner after the first one's day */
  { DATELINE "Foreign Minister Rosa Paz met President Omar Diaz on Monday and Prime Minister Lina Farah on Tuesday.",
    { "Rosa Paz", "Lina Farah" }, NULL, "Omar Diaz" },
  /* "business leaders accompanying President X": the one they go with is no side */
  { DATELINE "Business leaders accompanying President Omar Diaz, including bank chief Tom Reyes, met with Vice "
    "Premier Rosa Paz in Lima.", { "Tom Reyes", "Rosa Paz" }, "Lima", "Omar Diaz" },
  /* "heads to Quito to meet X": a verb, no group of heads; "A and B are to sit down
   * on the margins of the summit" */
  { DATELINE "Foreign Minister Rosa Paz heads to Quito on Monday to meet President Omar Diaz.",
    { "Rosa Paz", "Omar Diaz" }, NULL, "Minister Rosa Paz heads" },
  { DATELINE "Foreign Minister Rosa Paz and President Omar Diaz are scheduled to sit down on the margins of the summit.",
    { "Rosa Paz", "Omar Diaz" }, NULL, NULL },
  /* a meal with the ones named or described; the two who co-chaired a dialogue */
  { DATELINE "Senator Ana Soto dined with donors at a Manhattan hotel on Tuesday.", { "Ana Soto", "donors" }, NULL,
    NULL },
  { DATELINE "Foreign Minister Ana Soto and Foreign Minister Luis Vera co-chaired the fourth round of the Chile-Peru "
    "Strategic Dialogue in Lima.", { "Ana Soto", "Luis Vera" }, "Lima", NULL },
  /* a body whose relative clause comes between it and its verb */
  { DATELINE "The Arctic Council, which has eight members, will meet in Tromsø on Saturday.",
    { "Arctic Council", "Arctic Council" }, "Tromsø", NULL },
  /* "her counterpart, TITLE NAME": the name past a title of several words */
  { DATELINE "Minister Ruth Okafor will on Friday host her Kenyan counterpart, Minister of Foreign and Diaspora Affairs "
    "Jonas Kariuki, in Abuja.", { "Ruth Okafor", "Jonas Kariuki" }, "Abuja", "Kenyan minister" },
  { DATELINE "Chancellor Petra Holm received her Czech counterpart, Prime Minister Jan Kovac, in Vienna.",
    { "Petra Holm", "Jan Kovac" }, "Vienna", "Czech chancellor" },
  { DATELINE "Foreign Minister Ana Soto met her Peruvian counterpart, Minister of Foreign Affairs and Trade Luis "
    "Vera, in Quito.", { "Ana Soto", "Luis Vera" }, "Quito", "Peruvian foreign minister" },
  /* "X chaired the summit, attended by A and B": the one who chaired it as well */
  { DATELINE "King Omar Haddad, who holds the rotating presidency, chaired the third Gulf Summit in Muscat on Monday, "
    "attended by Emir Tom Reyes and Crown Prince Luis Vera.", { "Omar Haddad", "Tom Reyes", "Luis Vera" }, "Muscat",
    NULL },
  /* "met earlier this month": when, no other side */
  { DATELINE "Andean trade ministers met earlier this month in Lima.", { "Andean trade ministers", "Andean trade ministers" },
    "Lima", "earlier" },
  { DATELINE "Chancellor Petra Holm and Czech Prime Minister Jan Kovac, who flew in on Sunday, agreed to link their "
    "power grids.\n\nThe talks between the two leaders, held at the Hofburg, also covered migration.\n\nThe two "
    "leaders first met in Prague in 2019.", { "Petra Holm", "Jan Kovac" }, "Hofburg", NULL },
  /* one who opens or chairs a summit is at it, with those "attending" it, "alongside"
   * others, or "including" them */
  { DATELINE "Chancellor Petra Holm opened the Nordic Leaders' Summit at a hotel in Bergen on Monday. Among the "
    "leaders attending the first session were Prime Minister Jan Kovac and President Omar Diaz.",
    { "Petra Holm", "Jan Kovac", "Omar Diaz" }, "Bergen", "Among the leaders" },
  { DATELINE "Mayor Lisa Chen and Governor Tom Reyes will attend a regional summit in Denver on Friday, alongside "
    "Senator Ana Vidal and Mayor Luis Vera.", { "Lisa Chen", "Tom Reyes", "Luis Vera" }, "Denver", NULL },
  { DATELINE "The summit, which Chancellor Petra Holm and Prime Minister Jan Kovac will co-chair on Monday, will "
    "bring together leaders from the region including President Omar Diaz and Prime Minister Lina Farah.",
    { "Petra Holm", "Jan Kovac", "Lina Farah" }, NULL, NULL },
  /* "the Andean Commission Chairperson", "the NATO chief": the body's officer named before */
  { DATELINE "Foreign Minister Rosa Paz received the Chairperson of the Andean Commission, Omar Diaz, in Lima on "
    "Sunday. The Andean Commission Chairperson will be received on Monday by Prime Minister Jan Kovac.",
    { "Omar Diaz", "Jan Kovac" }, NULL, "Andean Commission" },
  { DATELINE "Foreign Minister Rosa Paz received NATO Secretary General Omar Diaz in Lima on Sunday. The NATO chief "
    "will be received on Monday by Prime Minister Jan Kovac.", { "Omar Diaz", "Jan Kovac" }, NULL, "Rosa Paz" },
  /* "opened the session opposite X": the one across the table */
  { DATELINE "The negotiations between Peru and the Andean group were chaired by Commissioner Ana Soto, who opened the "
    "session on Tuesday opposite Peruvian Foreign Minister Luis Vera in Lima.", { "Ana Soto", "Luis Vera" }, "Lima",
    NULL },
  /* a delegation led by one whose title has "for" */
  { DATELINE "Deputy Minister Luis Vera held a bilateral meeting on Tuesday with the Chilean delegation led by Under "
    "Secretary for Trade Affairs Rosa Paz.", { "Luis Vera", "Rosa Paz" }, NULL, NULL },
  /* past a title whose portfolio is a list */
  { "LIMA, March 2 (EFE) - The Chinese vice minister will also meet Minister for Planning, Development and Reform "
    "Ana Torres on Wednesday.", { "Ana Torres", "Ana Torres" }, NULL, NULL },
};

static void
test_sides_case (gconstpointer data)
{
  const SidesCase *sc = data;
  g_autoptr (BylineAnalysis) a = test_analyse (sc->input);
  const BylineMeeting *m = find_meeting (a, sc->sides[0], sc->sides[1] != NULL ? sc->sides[1] : sc->sides[0]);

  g_assert_nonnull (m);
  if (sc->sides[2] != NULL)
    g_assert_true (has_participant (m, sc->sides[2]));
  if (sc->place != NULL)
    g_assert_cmpstr (m->place != NULL ? m->place->name : NULL, ==, sc->place);
  if (sc->not_side != NULL)
    g_assert_false (has_participant (m, sc->not_side));
}

/* "X and Y attended the meeting", "took part in the talks": the meeting told
 * before, not one of their own; "the meeting of ..." is one told there */
static void
test_attendants_joined (void)
{
  static const char *const joined[] = {
    DATELINE "President Ana Soto held talks with President Luis Vera in Lima on Monday. Foreign Minister Rosa Paz "
    "and Trade Minister Omar Diaz attended the meeting.",
    DATELINE "Chancellor Petra Holm received Prime Minister Jan Kovac at the chancellery. Finance Minister Rosa Paz "
    "and Kovac's deputy, Omar Diaz, took part in the talks, which focused on energy.",
    DATELINE "Governor Tom Reyes sat down with Mayor Lisa Chen on Friday. Councillor Rosa Paz also joined the "
    "discussions.",
    /* past the person's apposition */
    DATELINE "Governor Tom Reyes sat down with union leaders on Friday. Rosa Paz, the federation's treasurer, also "
    "took part in the talks.",
    /* a sentence that opens with those present, far from the meeting told */
    DATELINE "President Ana Soto held talks with President Luis Vera in Lima on Monday. \"We agreed on the rail "
    "link,\" Soto said. \"The rest will follow.\" Vera said the two countries would sign a treaty in June. Also "
    "taking part in the talks were Foreign Minister Rosa Paz, Defence Minister Omar Diaz and Security Council "
    "Secretary Jan Kovac.",
    DATELINE "President Ana Soto held talks with President Luis Vera in Lima on Monday. Participating in the "
    "discussions were Foreign Minister Rosa Paz and Defence Minister Omar Diaz.",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (joined); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (joined[i]);
      const BylineMeeting *m = a->meetings->len > 0 ? a->meetings->pdata[0] : NULL;

      g_assert_cmpuint (a->meetings->len, ==, 1);
      g_assert_true (has_participant (m, "Rosa Paz"));
      g_assert_cmpuint (m->participants->len, >=, 3);
    }
  {
    g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "President Ana Soto held talks with President Luis Vera in "
                                                 "Lima on Monday. Rosa Paz and Omar Diaz attended the meeting of the "
                                                 "Andean council in Quito.");

    g_assert_null (find_meeting (a, "Ana Soto", "Rosa Paz"));
  }
}

/* "Among those received by the Minister were A and B": a meeting with each, where
 * and when the one told before was, and its group told by them */
static void
test_among_those (void)
{
  static const char *const texts[] = {
    DATELINE "Governor Lisa Chen spent Tuesday in Sacramento meeting farm leaders. Among the growers she met were "
    "Tom Reyes and Ana Vidal, who run almond orchards.",
    DATELINE "Foreign Minister Rosa Paz held talks in Quito on Monday with visiting envoys. Among those received by "
    "the minister were Tom Reyes of Chile and Ana Vidal of Peru.",
  };
  const char *host[] = { "Lisa Chen", "Rosa Paz" };
  const char *place[] = { "Sacramento", "Quito" };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (texts[i]);
      const BylineMeeting *reyes = find_meeting (a, host[i], "Tom Reyes");
      const BylineMeeting *vidal = find_meeting (a, host[i], "Ana Vidal");

      g_assert_nonnull (reyes);
      g_assert_nonnull (vidal);
      g_assert_true (reyes != vidal);
      g_assert_cmpstr (reyes->place_name, ==, place[i]);
      g_assert_cmpuint (a->meetings->len, ==, 2);
    }
}

/* "arrived in Havana for a visit to Cuba": one trip, in the city */
static void
test_trip_city_and_country (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "State Councilor Li Wen arrived in Nairobi on Sunday for a "
                                               "visit to Kenya.");

  g_assert_cmpuint (a->meetings->len, ==, 1);
  g_assert_cmpstr (((BylineMeeting *) a->meetings->pdata[0])->place_name, ==, "Nairobi");
}

/* How many meetings a text tells: the group that conferred among itself, a
 * hearing; none in a cancelled meeting, "no sign of formal talks", reports
 * dismissed, a cable received, "hearing loss" */
typedef struct
{
  const char *input;
  guint       count;
} CountCase;

static const CountCase count_cases[] = {
  /* (not the opening of a museum: a guard, the start tree read none either) */
  { DATELINE "President Ana Soto spoke on Saturday at the opening of the museum, which was attended by President "
    "Luis Vera and Prime Minister Rosa Paz.", 0 },
  /* "in a meeting overshadowed by the case of X, accused in Quito": what
   * marked the meeting, neither a side nor its place; one meeting, in Lima */
  { DATELINE "The tour began on Monday in Lima, where Ana Soto was received by President Luis Vera in a meeting "
    "overshadowed by the court case of former minister Omar Diaz, accused in Quito of bribery.", 1 },
  /* an earlier meeting of the same sides named by its noun after "since" or
   * "after", one for each place; not one with sides of its own (a guard: the
   * start tree read one) */
  { DATELINE "President Ana Soto met President Luis Vera in Lima on Monday, their first meeting since talks in Quito "
    "in May.", 2 },
  { DATELINE "President Ana Soto met President Luis Vera in Lima on Monday, after summits in Quito in April and in "
    "Bogota in June.", 3 },
  { DATELINE "The deal was reached after talks in Ankara between Ana Soto and Luis Vera.", 1 },
  /* thanks for hosting the talks told before: that one meeting, not a second;
   * not for hosting refugees (guards: the start tree read one and none) */
  { DATELINE "President Ana Soto held talks with President Luis Vera in Lima on Monday. Soto thanked Vera for "
    "hosting the talks and said trade would grow.", 1 },
  { DATELINE "President Ana Soto thanked President Luis Vera for hosting the refugees.", 0 },
  /* called off, past a relative clause that runs to the predicate; "would not
   * go ahead" */
  { DATELINE "A meeting between the Peruvian and Chilean trade ministers, Ana Soto and Luis Vera, that had been "
    "planned for next week in Lima was called off on Monday.", 0 },
  { DATELINE "Soto said the summit with Vera would not go ahead as planned in June.", 0 },
  /* "Vera's predecessor Omar Diaz" is one side, not two meetings */
  { DATELINE "Foreign Minister Ana Soto met Vera's predecessor Omar Diaz in Lima on Monday.", 1 },
  /* each envoy received apart, and an envoy's talks told after by the land:
   * that envoy's meeting */
  { DATELINE "President Ana Soto on Tuesday received the credentials of the new ambassadors of Peru, Chile and Ghana. In "
    "her talks with the Chilean envoy, the President discussed copper exports, while talks between Soto and the "
    "ambassador of Ghana focused on cocoa prices.", 3 },
  /* (and "heads of mission of A, B and C") */
  { DATELINE "King Luis Vera on Monday accepted the credentials of four new heads of mission of Norway, Kenya and "
    "Peru.", 3 },
  /* "accepted the credentials of": envoys received */
  { DATELINE "King Luis Vera accepted the credentials of the new ambassadors of Norway and Peru on Monday.", 2 },
  /* (not a witness's: a guard, the start tree read none either) */
  { DATELINE "The court accepted the credentials of the expert witness on Monday.", 0 },
  /* a trip at one's invitation, and the two's meeting told right after: one */
  { DATELINE "Foreign Minister Ana Soto arrived in Lima on Sunday for a visit at the invitation of Foreign Minister "
    "Luis Vera. The two ministers met on Monday.", 1 },
  /* (but not one held by video link; a guard: the start tree read none either) */
  { DATELINE "The meeting, held via video conference, was attended by President Ana Soto and President Luis Vera.", 0 },
  /* negotiations concluded are an agreement reached, not a meeting (a guard:
   * the start tree read none either) */
  { DATELINE "He hoped Canada and Brazil would conclude negotiations on a trade pact by next year.", 0 },
  /* one who came with a side is no side: "who arrived with his wife Y" */
  { DATELINE "President Ana Soto received Prime Minister Luis Vera in Lima on Friday. The visiting prime minister, "
    "who arrived with his wife Rosa Paz, was welcomed with a ceremony before the two leaders held a meeting.", 1 },
  /* "paid a courtesy call on X to discuss": a visit, not an appeal */
  { DATELINE "Foreign Minister Ana Soto paid a courtesy call on Defence Minister Luis Vera on Monday to discuss trade.", 1 },
  /* a visitor's meeting told the day after the arrival, at a building there: on
   * the trip, which it tells */
  { DATELINE "Chilean Foreign Minister Ana Soto arrived in Lima on Sunday for a three-day visit. She met Prime "
    "Minister Luis Vera on Monday.", 1 },
  { DATELINE "Chilean Foreign Minister Ana Soto arrived in Lima on Monday on an official visit. She held talks with "
    "Prime Minister Luis Vera at the Government Palace.", 1 },
  /* a group's meeting read alone from a sentence whose other reading has the
   * group and its host, at the same time: one */
  { DATELINE "EU trade ministers met in Lima on Friday for an informal meeting known as Tambo, hosted by Foreign "
    "Minister Ana Soto.", 1 },
  /* a thing welcomed, then another clause after ", but": no one met */
  { DATELINE "Chancellor Ana Soto has welcomed his pro-European programme, but her spokesman Tom Reyes told reporters "
    "in Berlin that Germany would not change course.", 0 },
  /* what a body is made of, in the present: no meeting */
  { DATELINE "The Andean Council brings together ministers from five states and Ana Soto.", 0 },
  /* a forum addressed, told by a source after a title in capitals: no one met */
  { DATELINE "Governor Tom Reyes will address a trade forum, Presidential Spokesperson Luis Vera said in Lima.", 0 },
  /* a forecast met, no one; a denial past the meeting's adjectives */
  { DATELINE "The trade surplus met the consensus estimate of economists polled by the bank.", 0 },
  { DATELINE "A palace aide said on Monday that no in-person meeting of the two monarchs had been arranged.", 0 },
  /* one body's meeting told again, at no other time or place */
  { DATELINE "Dealers were quiet during the Group of Five (G-5) meeting in Paris on Monday, bankers said. Throughout "
    "the G-5 meeting, Italy pressed for a seat at the table, they said.", 1 },
  /* a thing received in the passive, no guest; a trip called off past its owner's
   * name and title */
  { DATELINE "Cables of congratulations were received from leaders across the region.", 0 },
  { DATELINE "President Ana Soto called off Foreign Minister Luis Vera's planned trip to Chile last month.", 0 },
  /* "Newly appointed ambassadors of A and B presented their credentials": a
   * participle after its adverb modifies the envoys, whose meetings follow */
  { DATELINE "Newly appointed ambassadors of Peru and Chile presented their credentials to President Luis Vera on "
    "Monday. The envoys are Ambassador Ana Soto of Peru and Ambassador Tom Reyes of Chile.", 2 },
  /* a phrase of a preposition between commas before the verb names no subject:
   * "had earlier, in a written message to the Peruvian president, welcomed" */
  { DATELINE "Peruvian Minister of Roads and Urban Development Tom Reyes on Wednesday praised the port. President "
    "Ana Soto and Chilean President Luis Vera, in a telephone conversation on Tuesday, exchanged views on trade. Vera "
    "had earlier, in a written message to the Peruvian president, welcomed the implementation of the Joint Trade Plan "
    "of Action.", 0 },
  /* the envoys as a group and the host by title, after their ceremonies: more
   * of those meetings */
  { DATELINE "President Luis Vera on Monday received the letters of credence of the new ambassadors of Peru and Chile, "
    "Ana Soto and Tom Reyes. After each ceremony, the President exchanged views with the diplomats on trade.", 2 },
  /* a meeting denied right before its verb or noun, with groups for sides:
   * none; a denial of another verb leaves it ("has never seen a meeting like") */
  { DATELINE "Lawyer Ana Soto said the prisoners had not been allowed to meet their families since March.", 0 },
  { DATELINE "Minister Tom Reyes told the agency that no ministerial meeting of the bloc had been called.", 0 },
  { DATELINE "The farmers said the delegates did not hold talks with the unions.", 0 },
  { DATELINE "Shareholder Ana Soto said she had never seen a meeting like the one the board held with investors in "
    "Lima on Monday.", 1 },
  /* a word that counts or sets apart, a verb before the meeting's owner, a topic
   * in the singular: no sides */
  { DATELINE "A House panel approved a plan to seek negotiations with other industrialized countries on the debt.", 0 },
  { DATELINE "Bankers said that trade talks between Peru and Chile would take years.", 0 },
  /* envoys received one by one, named sentences after the ceremony: one meeting
   * each, and a later meeting of the host and some of them is one of these;
   * "Four new ambassadors presented their credentials to X", "letters of
   * credence to X" */
  { DATELINE "President Luis Vera on Monday received the letters of credence of the new ambassadors of Peru, Chile "
    "and Ghana. The first to be received was Ambassador Ana Soto of Peru, who spoke of trade. Vera later welcomed "
    "the Chilean diplomat, Ambassador Tom Reyes, and Ghanaian Ambassador Kofi Mensah, who praised the ties.", 3 },
  { DATELINE "Four new ambassadors presented their credentials to President Luis Vera on Monday. The envoys are "
    "Ambassador Ana Soto of Peru, Ambassador Tom Reyes of Chile, High Commissioner Kofi Mensah of Ghana and "
    "Ambassador Jan Berg of Norway.", 4 },
  { DATELINE "Ambassador Ana Soto presented her letters of credence to President Luis Vera on Monday.", 1 },
  /* "cancelled a scheduled meeting with", "scrapped her visit to": a meeting
   * called off by the verb before its noun, with a group or a land as its side */
  { DATELINE "Governor Tom Reyes cancelled a planned meeting with farm leaders in Cusco to inspect the flooded towns.", 0 },
  { DATELINE "Minister Ana Soto scrapped her visit to Bolivia on Monday after the storm.", 0 },
  { DATELINE "Ana Soto, who called off a trip to Bolivia in May, met farm leaders in Cusco on Monday.", 1 },
  /* "meet the payment", "meets the Gramm-Rudman deficit target", "committed to
   * meeting Chile's growing energy needs": a thing met, past a name that
   * qualifies it; a person's team is someone */
  { DATELINE "Bankers doubted that the airline could meet the payment due in June.", 0 },
  { DATELINE "Only two of the lenders would meet the new capital rule this year.", 0 },
  { DATELINE "The senator wants a budget that meets the Kemp-Roth spending target of 90 billion dollars.", 0 },
  { DATELINE "Rosa Lima said the accord reflects Andes Power Corporation's commitment to meeting Chile's growing energy needs.", 0 },
  { DATELINE "Ana Soto said she looked forward to meeting Chile's negotiators in Lima next week.", 1 },
  /* "..., where she was due to meet X, but the trip was called off": no meeting;
   * a relative clause's meeting of another time stands */
  { DATELINE "Minister Eva Berg had planned to travel to the north this week, where she was due to meet Governor Tom "
    "Reyes, but the trip was called off because of flooding.", 0 },
  { DATELINE "Minister Eva Berg, who last met Governor Tom Reyes in February, had planned a tour of the north, but the "
    "tour was cancelled because of flooding.", 1 },
  /* ", was cancelled" is the predicate, not a clause to read past */
  { DATELINE "Ana Soto and Luis Vera had hoped to open a forum in Ruse, but the event, where they were to hold a "
    "bilateral meeting, was cancelled because of the floods.", 0 },
  /* "who saw X in Jerusalem": a meeting; "saw X as" is none */
  { DATELINE "Prime Minister Ana Soto, who saw Kerry in Lima on Friday morning, has lobbied against the deal.", 1 },
  { DATELINE "Analysts saw Kerry as the deal's main architect, and voters saw Soto on television.", 0 },
  /* two of a summit's three "also" to meet on their own: another meeting */
  { DATELINE "President Ana Soto, Prime Minister Luis Vera and Chancellor Eva Berg met in Lima on Wednesday.\n\nSoto "
    "is also scheduled to meet Berg later in the day, officials said.", 2 },
  /* a room, a hall or a venue named by the meeting's noun is no meeting */
  { DATELINE "In Wajima, the meeting room of the city hall has been turned into a shelter for evacuees.", 0 },
  { DATELINE "The meeting room on the third floor was flooded on Monday, officials said.", 0 },
  /* "has yet to visit": no meeting so far, nor one planned */
  { DATELINE "President Tom Hale, who spoke with Ana Soto by phone on Monday, has yet to visit Peru.", 0 },
  { DATELINE "President Ana Soto and Prime Minister Luis Vera have yet to meet face to face, officials in Lima said.",
    0 },
  /* "accepted the letters of credence of" envoys listed after: one meeting each */
  { DATELINE "President Ivan Petrov on Wednesday accepted the letters of credence of three new ambassadors, John Hale "
    "of the United States, Karl Brandt of Germany and Avi Cohen of Israel.", 3 },
  { DATELINE "A meeting between Mayor Ana Lopez and Governor Tom Reyes that aides had hoped to arrange for Thursday "
    "will not take place, a spokesman said.", 0 },
  /* the trip told with its traveller's reception is that visit; talks told
   * "Earlier," are another meeting */
  { DATELINE "President Ana Lima received on Monday the Minister of Foreign Affairs of the Islamic Republic of Iran, "
    "Reza Karimi, who is paying an official visit to Peru.\n\nEarlier, the Iranian minister held talks with his "
    "Peruvian counterpart Luis Vera at the ministry.", 2 },
  /* a trip told for a later period is not the visit under way */
  { DATELINE "Chilean Foreign Minister Ana Soto, who is on a three-day visit to Peru, held talks with her Peruvian "
    "counterpart Luis Vera at the foreign ministry. Vera is scheduled to pay a visit to Santiago next year.", 2 },
  { DATELINE "Chile's Foreign Minister Ana Soto, who is on a working visit to Peru, met Peruvian Foreign Minister Luis "
    "Vera. Vera is expected to travel to Chile next month.", 2 },
  { DATELINE "Representatives of the two unions conferred privately before the vote.", 1 },
  { DATELINE "Senior judges conferred for an hour before the ruling was read.", 1 },
  { DATELINE "Senator Ana Soto dined with donors at a Manhattan hotel on Tuesday.", 1 },
  { DATELINE "The club's owner had dinner with the new manager on Wednesday.", 1 },
  { DATELINE "A mediator brought the two sides together for a marathon session that ended at dawn.", 1 },
  { DATELINE "A hearing is set for May 3 before Circuit Judge Ana Vidal.", 1 },
  { DATELINE "The county board held a public hearing on the landfill.", 1 },
  { DATELINE "Foreign Minister Ana Soto and Foreign Minister Luis Vera co-chaired the fourth round of the Chile-Peru "
    "Strategic Dialogue in Lima.", 1 },
  { DATELINE "Minister Ana Soto briefly approached President Luis Vera at a gala dinner, but there was no sign of "
    "formal talks between the two.", 0 },
  { DATELINE "A planned meeting between Mayor Lisa Chen and Governor Tom Reyes was cancelled.", 0 },
  { DATELINE "The summit between Chancellor Petra Holm and Prime Minister Jan Kovac has been called off.", 0 },
  { DATELINE "Senator Ana Vidal dismissed reports that she would meet Governor Tom Reyes.", 0 },
  { DATELINE "The Emir received a cable of congratulations from President Luis Vera.", 0 },
  { DATELINE "King Omar Haddad received a telegram from Prime Minister Lina Farah on the national day.", 0 },
  { DATELINE "President Ana Soto received condolences from Chancellor Petra Holm.", 0 },
  { DATELINE "The veteran suffered hearing loss after the blast.", 0 },
  { DATELINE "She was hearing rumours about the merger.", 0 },
  /* a reaction met, not people: "met with criticism from", "a meeting of minds";
   * but people after the word, and a preposition before it */
  { DATELINE "The new tariff has met with sharp criticism from Senator Ana Vidal.", 0 },
  { DATELINE "Her plan met with a lukewarm reaction from the mayors.", 0 },
  { DATELINE "\"It was a genuine meeting of minds,\" Governor Tom Reyes said.", 0 },
  { DATELINE "The envoy met with opposition leaders in Caracas.", 1 },
  { DATELINE "Senator Ana Vidal met Governor Tom Reyes at the end of the session.", 1 },
  /* "meet" a target, an obligation, a share; "met with" a reaction of joy;
   * a gerund after a preposition; "the meeting room" as a place; but people
   * after the word still meet */
  { DATELINE "The verdict met with jubilation among farmers in the south.", 0 },
  { DATELINE "Chile has met the prior conditions set by the lenders.", 0 },
  { DATELINE "Governor Tom Reyes said the harvest met the ministry's expectations.", 0 },
  { DATELINE "Aid convoys have met only a fraction of what the valley needs.", 0 },
  { DATELINE "Mayor Lisa Chen said the province did not meet its obligation to pay.", 0 },
  { DATELINE "The new satellite met every milestone of its first week.", 0 },
  { DATELINE "President Ana Soto met Prime Minister Jan Kovac. Both nations are far from meeting the goal of doubling "
    "trade.", 1 },
  { DATELINE "Senator Ana Vidal spoke to reporters in a meeting room of the Supreme Court in Lima.", 0 },
  { DATELINE "Governor Tom Reyes met relief workers in Palu.", 1 },
  { DATELINE "Aid convoys have met with difficulties due to the floods, officials said.", 0 },
  { DATELINE "What the country needs is \"a real meeting of minds with Congress,\" analyst Luis Vera, of the "
    "University of Lima, told reporters.", 0 },
  { DATELINE "Governor Tom Reyes also met the leaders of the opposition in Palu.", 1 },
  { DATELINE "Governor Tom Reyes also met with opposition trade unions in Palu.", 1 },
  /* a match between a team and a country or a club */
  { DATELINE "The national side, whose team meets Peru in its qualifier in Lima on Sunday, trained on Friday.", 0 },
  { DATELINE "Fans cheered the under-21 team, which meets Ghana in the final in Accra.", 0 },
  { DATELINE "The chess club meets Tuesday in the library.", 1 },
  /* reports dismissed "as baseless"; a plan in the past perfect; a reaction met */
  { DATELINE "The ministry dismissed as \"groundless\" media reports that Mayor Ana Soto would meet Governor Tom "
    "Reyes in Lima.", 0 },
  { DATELINE "During the visit, Chancellor Petra Holm had been due to hold talks with Prime Minister Jan Kovac.", 0 },
  { DATELINE "Governor Tom Reyes said his plan \"has met with broad understanding\" among the mayors.", 0 },
  /* a headline's meeting, in the present tense, of people the story's meeting has */
  { "Soto meets Vera in Lima, first foreign leader to call on new Peruvian president\n\nPUBLISHED MAY 19, 2018\n\n"
    "LIMA - President Ana Soto met Peruvian President Luis Vera on Saturday (May 19) at the Government Palace.", 1 },
  /* a headline's meeting of one named and a group is the story's first with that one */
  { "Soto welcomes Andean ministers to Lima\n\nLima - International Relations Minister, Dr Ana Soto, on Thursday "
    "hosted her counterparts from the Andean countries in Lima for talks on trade.", 1 },
  /* the story's meeting with one by title is the headline's with both named */
  { "Luis Vera calls on Ana Soto, pledges support for rail link\n\nLIMA, Aug 7, 2022 (EFE) - Visiting Chilean "
    "Foreign Minister Luis Vera today paid a courtesy call on the President at her official residence.", 1 },
  { DATELINE "Vice President Ana Soto met on Thursday with the Chief of Staff, Luis Vera, at the palace. The meeting "
    "was also attended by the leader of the Green Party (PV), senator Rosa Paz.", 1 },
  /* a phone call told after the clause of the meeting is another contact */
  { DATELINE "President Ana Soto said Tuesday she would meet Vera at the summit after a long telephone conversation "
    "with the Chilean leader.", 1 },
  { DATELINE "President Ana Soto met President Luis Vera by telephone on Monday.", 0 },
  /* and with the dateline's city, not the story's place */
  { "Peruvian envoy calls on Vera, discusses trade\n\nLIMA, Aug 20, 2019 (EFE) - Peruvian Ambassador to Chile Ana "
    "Soto today called on Transport Minister Luis Vera at the party office in Santiago.", 1 },
  /* a headline's meeting of one by name and one by description is the story's */
  { "Ana Vidal meets UN envoy as strike spreads\n\nLIMA, Aug 15, 2012 (AFP) -\n\nPeruvian opposition leader Ana "
    "Maria Vidal on Wednesday met Tom Reyes, the UN special envoy, at her home in Lima.", 1 },
  /* a meeting cancelled past a relative clause, or called off */
  { DATELINE "A meeting between Mayor Lisa Chen and Governor Tom Reyes, which had been set for May in the state "
    "capital, was cancelled.", 0 },
  { DATELINE "Governor Tom Reyes decided to call off his meeting with Mayor Lisa Chen.", 0 },
  /* and with no one named, unless the sentence sets it again */
  { DATELINE "A meeting between the water board and agents of the two unions, planned for Friday to discuss tariffs, "
    "was called off late on Thursday, a board official said.", 0 },
  { DATELINE "A meeting between Peruvian and Chilean officials on mining that had been set for next month has been "
    "cancelled, an official said.", 0 },
  { DATELINE "A meeting between Peruvian and Chilean fisheries officials, cancelled last week because of the storm, has "
    "been rescheduled for Friday in Lima.", 1 },
  /* a phone call past a long object */
  { DATELINE "Foreign Secretary Ana Vidal and Chilean Foreign Minister Tom Reyes discussed cooperation against "
    "avian influenza in the border provinces of both nations in a telephone conversation on Wednesday.", 0 },
  { DATELINE "Minister Ana Vidal and Minister Tom Reyes discussed the pipeline in Lima on Monday, a day after a "
    "telephone call.", 1 },
  /* "The meeting was attended by A and B": at the meeting told, not one of theirs */
  { DATELINE "Chancellor Petra Holm received Prime Minister Jan Kovac in Vienna. The meeting was attended by Finance "
    "Minister Rosa Paz and Deputy Prime Minister Omar Diaz.", 1 },
  /* what two discussed, told after their call, was said on the call */
  { "Secretary Vidal's Call with Chilean Foreign Minister Reyes\n\nSecretary of State Ana Vidal spoke today with "
    "Chilean Foreign Minister Tom Reyes about the border.\n\nThe Secretary and Foreign Minister Reyes discussed the "
    "importance of the trade corridor.", 0 },
  /* the letters accepted past the room of a building: one meeting each */
  { DATELINE "President Ivan Petrov on Wednesday accepted in the Golden Hall of the palace the letters of credence of "
    "three new ambassadors, John Hale of the United States, Karl Brandt of Germany and Avi Cohen of Israel.", 3 },
  /* envoys listed in the sentence, "of Chile", or in the next; those present at
   * the ceremony at each */
  { DATELINE "President Ana Soto on Wednesday accepted the letters of credence of three new ambassadors, Tom Reyes of "
    "Chile, Lina Farah of Lebanon and Omar Diaz of Egypt.", 3 },
  { DATELINE "President Ana Soto accepted on Wednesday at the palace the letters of credence of three new ambassadors "
    "accredited to Peru.\n\nPresenting their credentials to the head of state were Tom Reyes, of the Republic of "
    "Chile; Lina Farah, of the Lebanese Republic; and Omar Diaz, of the Arab Republic of Egypt.\n\nAlso present at the "
    "ceremony were the Minister of Foreign Affairs, Rosa Paz, and the Deputy Foreign Minister, Jan Kovac.", 3 },
  { DATELINE "President Ana Soto accepted at the palace the letters of support of three mayors, Tom Reyes, Lina "
    "Farah and Omar Diaz.", 0 },
  /* three or more of as many other lands, met at one table; but a visitor's
   * calls on one land's people, and envoys, are one meeting each */
  { DATELINE "Peruvian Foreign Minister Ana Soto will meet Chilean Foreign Minister Luis Vera, Bolivian Foreign "
    "Minister Rosa Paz and Ecuadorian Foreign Minister Omar Diaz in Quito on Friday to discuss the river.", 1 },
  { DATELINE "Peruvian Foreign Minister Ana Soto met Chilean Finance Minister Luis Vera, Chilean Senator Rosa Paz and "
    "Chilean Interior Minister Omar Diaz in Santiago on Friday.", 3 },
  { DATELINE "Peruvian President Ana Soto received Chilean Ambassador Luis Vera, Bolivian Ambassador Rosa Paz and "
    "Ecuadorian Ambassador Omar Diaz in Lima on Friday.", 3 },
  { DATELINE "President Ana Soto received on Wednesday at the palace the letters of credence of the new ambassadors "
    "of Chile, Lebanon and Egypt.\n\nIn successive ceremonies the head of state was presented with the credentials "
    "of Tom Reyes, ambassador of the Republic of Chile; Lina Farah, of the Lebanese Republic; and Omar Diaz, of the "
    "Arab Republic of Egypt.", 3 },
  { DATELINE "President Ana Soto held talks with Prime Minister Luis Vera in Lima on Friday. Rosa Paz and Omar Diaz "
    "were present at the talks, and Vera was accompanied by Foreign Minister Lina Farah and Finance Minister Tom "
    "Reyes.", 1 },
  /* a headline's meeting that took in the story's trip and talks, and the talks
   * read again from the story: one */
  { "Ana Soto holds talks with Chilean President Luis Vera\nLIMA, Nov. 2 (EFE) --\n\nPeruvian President Ana Soto on "
    "Friday held talks at the palace in Lima with Chilean President Luis Vera, who is paying his first official "
    "visit to Peru as president.", 1 },
  /* the body that issued a statement after the meeting is no side of it */
  { DATELINE "President Ana Soto met President Luis Vera on Monday. \"We must act,\" Soto said in a statement "
    "issued by the Presidency after the meeting.", 1 },
  /* a gathering read by its verb and by the summit's name: one */
  { DATELINE "The leaders, including Chilean President Luis Vera, Bolivian President Rosa Paz and Ecuadorian "
    "President Omar Diaz, will gather on Thursday for the Andean Summit in Lima.", 1 },
  { DATELINE "The contract was signed by Ana Soto and Luis Vera in the presence of the ministers.", 0 },
  /* the new ambassadors named after their credentials were received: one each */
  { DATELINE "President Ana Soto on Wednesday received the letters of credence of three new ambassadors at the "
    "palace. The first was Tom Reyes of Chile, followed by Lina Farah of Lebanon and Omar Diaz of Egypt.", 3 },
  /* "X told reporters as he arrived at the meeting, chaired by Y": both at it */
  { DATELINE "Andean trade ministers met in Lima on Monday for emergency talks on the drought. \"This is the worst "
    "crisis in a century,\" Peruvian Trade Minister Luis Vera told reporters as he arrived at the meeting, chaired by "
    "Andean Commission chief Ana Soto.", 1 },
  /* "no sign of talks between the two" after one approached the other: no meeting,
   * and "the two" is no group of its own */
  { DATELINE "The Chilean minister briefly approached Foreign Minister Luis Vera at a dinner, but there was no sign "
    "of talks between the two.", 0 },
  /* "X and Y were present at the talks": at the meeting told */
  { DATELINE "Chancellor Petra Holm held talks with Prime Minister Jan Kovac in Vienna. Finance Minister Rosa Paz and "
    "Deputy Prime Minister Omar Diaz were present at the talks.", 1 },
  /* "the talks between the two leaders", the pair named before, though they
   * "first met" at another time told next */
  { DATELINE "Chancellor Petra Holm and Czech Prime Minister Jan Kovac, who flew in on Sunday, agreed to link their "
    "power grids.\n\nThe talks between the two leaders, held at the Hofburg, also covered migration.\n\nThe two "
    "leaders first met in Prague in 2019.", 2 },
  /* "A and B also held a separate meeting", "a one-on-one" after a gathering of
   * more: another meeting; but the pair told again alone is the one told */
  { DATELINE "Chancellor Petra Holm welcomed President Jan Kovac and Prime Minister Omar Diaz to a three-way summit in "
    "Graz. Holm and Kovac also had a separate working breakfast earlier that day, an aide said.", 2 },
  { DATELINE "Chancellor Petra Holm welcomed President Jan Kovac and Prime Minister Omar Diaz to a three-way summit in "
    "Graz. Before the summit, Holm and Diaz held a one-on-one meeting at the castle.", 2 },
  { DATELINE "Chancellor Petra Holm received President Jan Kovac in Graz. The meeting between Holm and Kovac lasted an "
    "hour.", 1 },
  /* "welcomed the decisions": a thing welcomed, no guest; a guest is one */
  { DATELINE "The National Unity Party (NUP) welcomed the rulings of the court in a statement on Friday.", 0 },
  { DATELINE "The National Reform Front (NRF) greeted the new rules with relief.", 0 },
  { DATELINE "President Ana Soto welcomed her Chilean counterpart Luis Vera at the palace on Friday.", 1 },
  /* called off past a relative clause without commas, and a joint body's session */
  { DATELINE "A meeting of senior trade officials from Peru, Chile and Ecuador that had been scheduled for next week "
    "in Quito was called off because of the floods.", 0 },
  { DATELINE "A source at the ministry said that a session of the Chilean-Peruvian joint commission, which had been "
    "scheduled for May in Lima, was cancelled.", 0 },
  /* a match told after its tournament; but not a country's envoy met after one */
  { DATELINE "Ticket sales peaked a week before the Africa Cup, when Ghana meets Egypt in Accra on June 2.", 0 },
  { DATELINE "After the Davis Cup match, President Ana Soto met Chile's ambassador in Lima.", 1 },
  /* a plan in a relative clause, undone by the main clause; a meeting held there stands */
  { DATELINE "President Ana Soto, who had been expected to hold her first meeting with Luis Vera in Quito, cancelled "
    "her trip because of the floods.", 0 },
  { DATELINE "President Ana Soto, who met Luis Vera in Quito on Monday, cancelled her trip to Lima because of the "
    "floods.", 1 },
  /* "met with" an abstract noun and no article: a reaction; a meeting "have been cancelled" */
  { DATELINE "Flights into the capital's airport, which has met with severe congestion, were diverted to Pokhara.", 0 },
  { DATELINE "The plan met with widespread disillusionment among farmers.", 0 },
  { DATELINE "Minister Ana Soto met with management at the plant on Monday.", 1 },
  { DATELINE "The bilateral consultations their officials had planned to hold in Lima this week have been cancelled "
    "so that both governments can focus on the relief effort.", 0 },
  /* a meeting told again with no tense of its own is the visit to come */
  { DATELINE "Finance Minister Omar Diaz will visit Treasury Secretary Eva Berg next week, officials said.\n\nThe "
    "dates for the Berg-Diaz meeting have yet to be set.", 1 },
  /* a thing that goes to a land is no one's trip, nor is going to war */
  { DATELINE "The largest contract went to Japan, and Minister Ana Soto said the country would not go to war.", 0 },
  /* a host and three guests of as many other lands, each named before "of" and
   * the land: one table */
  { DATELINE "President Ana Soto will host President Luis Vera of Brazil, Prime Minister Omar Diaz of India and "
    "President Rosa Paz of China in Lima next week.", 1 },
  /* "meet the price", "meet its repayments": a thing met */
  { DATELINE "To win the tender, the shipyard will have to meet the price offered by its Korean rivals.", 0 },
  { DATELINE "The airline has failed to meet its repayments since March, creditors said.", 0 },
  /* a name that is the thing's modifier: "met the NATO target"; a match */
  { DATELINE "Latvia has met the OSCE benchmark on press freedom for the third year running.", 0 },
  { DATELINE "Uruguay met Real Madrid in the final of the club cup on Sunday.", 0 },
};

static void
test_count_case (gconstpointer data)
{
  const CountCase *cc = data;

  assert_meetings_told (&cc->input, 1, cc->count);
}


/* "met among themselves": no other side called "among themselves" */
static void
test_among_themselves (void)
{
  static const char *const texts[] = {
    DATELINE "The ministers met among themselves on Monday.",
    DATELINE "Andean trade ministers, many of whose countries sell copper to China, met among themselves on Monday.",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (texts[i]);

      for (guint k = 0; k < a->meetings->len; k++)
        g_assert_false (has_participant (a->meetings->pdata[k], "among themselves"));
    }
}


/* "is being planned for the autumn": a meeting to come, not the dateline's */
static void
test_being_planned (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "President Ana Soto met Chancellor Luis Vera in Lima.\n\n"
                                               "Prices rose.\n\nA summit between Soto and Vera is being planned for the "
                                               "autumn, diplomats said.");

  gboolean planned = FALSE;

  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];

      if (m->status == BYLINE_MEETING_PLANNED)
        {
          planned = TRUE;
          g_assert_false (byline_day_valid (&m->date));
        }
    }
  g_assert_true (planned);
}


/* "his Qatari counterpart": the one of his office in the dateline's country,
 * though no country is said of him */
static void
test_counterpart_of_dateline_country (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("DOHA, March 2 (QNA) - Peruvian Foreign Minister Luis Vera was received "
                                               "by Emir Tamim Al Fahad this morning. Also present was Minister of "
                                               "Foreign Affairs Sheikh Khalid Al Mansour. Later, Vera held talks with "
                                               "his Qatari counterpart at the ministry.");
  gboolean pair = FALSE;

  for (guint i = 0; i < a->meetings->len; i++)
    {
      const BylineMeeting *m = a->meetings->pdata[i];

      pair |= m->participants->len == 2 && has_participant (m, "Luis Vera") && has_participant (m, "Khalid Al Mansour");
    }
  g_assert_true (pair);
}

/* "is to host X on Friday": the Friday to come */
static void
test_is_to_host (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse (DATELINE "President Luis Vera is to host his Peruvian counterpart Tom "
                                               "Reyes in Quito on Friday, the presidency announced.");
  const BylineMeeting *m = find_meeting (a, "Luis Vera", "Tom Reyes");
  g_autofree char *iso = NULL;

  g_assert_nonnull (m);
  iso = byline_day_to_iso (&m->date);
  g_assert_cmpstr (iso, ==, "2013-12-13");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (count_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/meetings/count-case/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &count_cases[i], test_count_case);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (sides_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/meetings/sides-case/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &sides_cases[i], test_sides_case);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (group_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/meetings/group-case/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &group_cases[i], test_group_case);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/meetings/case/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/meetings/described-named-before", test_described_named_before);
  g_test_add_func ("/meetings/no-group-of-its-own", test_no_group_of_its_own);
  g_test_add_func ("/meetings/relations-between-cities", test_relations_between_cities);
  for (gsize i = 0; i < G_N_ELEMENTS (headed_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/meetings/headed-by-title/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &headed_cases[i], test_headed_case);
    }
  g_test_add_func ("/meetings/next-week-then-day", test_next_week_then_day);
  for (gsize i = 0; i < G_N_ELEMENTS (country_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/meetings/two-countries/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &country_cases[i], test_country_case);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (described_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/meetings/described-case/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &described_cases[i], test_described_case);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (joint_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/meetings/joint-case/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &joint_cases[i], test_joint_case);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (office_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/meetings/office-case/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &office_cases[i], test_office_case);
    }
  g_test_add_func ("/meetings/second-verb", test_second_verb);
  g_test_add_func ("/meetings/attendants-joined", test_attendants_joined);
  g_test_add_func ("/meetings/among-those", test_among_those);
  g_test_add_func ("/meetings/being-planned", test_being_planned);
  g_test_add_func ("/meetings/among-themselves", test_among_themselves);
  g_test_add_func ("/meetings/trip-city-and-country", test_trip_city_and_country);
  g_test_add_func ("/meetings/is-to-host", test_is_to_host);
  g_test_add_func ("/meetings/counterpart-of-dateline-country", test_counterpart_of_dateline_country);
  g_test_add_func ("/meetings/attend-group-meeting", test_attend_group_meeting);
  g_test_add_func ("/meetings/few-told-before", test_few_told_before);
  g_test_add_func ("/meetings/pair-described", test_pair_described);
  g_test_add_func ("/meetings/call-then-discussed", test_call_then_discussed);
  g_test_add_func ("/meetings/trip-then-site", test_trip_then_site);
  g_test_add_func ("/meetings/when-the-two-leaders", test_when_the_two_leaders);
  g_test_add_func ("/meetings/title-alone-unresolved", test_title_alone_unresolved);
  g_test_add_func ("/meetings/along-with", test_along_with);
  g_test_add_func ("/meetings/attended-by", test_attended_by);
  g_test_add_func ("/meetings/session-told-again", test_session_told_again);
  g_test_add_func ("/meetings/first-met", test_first_met);
  g_test_add_func ("/meetings/trip-to-cities", test_trip_to_cities);
  g_test_add_func ("/meetings/heads-of-countries", test_heads_of_countries);
  g_test_add_func ("/meetings/trip-to-brief", test_trip_to_brief);
  g_test_add_func ("/meetings/guest-welcomed", test_guest_welcomed);
  g_test_add_func ("/meetings/talks-in-places", test_talks_in_places);
  g_test_add_func ("/meetings/whether-no-meeting", test_whether_no_meeting);
  g_test_add_func ("/meetings/spokesperson-tells", test_spokesperson_tells);
  g_test_add_func ("/meetings/topic-by-office", test_topic_by_office);
  g_test_add_func ("/meetings/invited-to-visit", test_invited_to_visit);
  g_test_add_func ("/meetings/meet-again-together", test_meet_again_together);
  g_test_add_func ("/meetings/told-twice", test_told_twice);
  g_test_add_func ("/meetings/trip-long-name", test_trip_long_name);
  g_test_add_func ("/meetings/possessed-other", test_possessed_other);
  g_test_add_func ("/meetings/agreed-to-meet-again", test_agreed_to_meet_again);
  g_test_add_func ("/meetings/question-of-meeting", test_question_of_meeting);
  g_test_add_func ("/meetings/group-with-and", test_group_with_and);
  g_test_add_func ("/meetings/attended-later", test_attended_later);
  g_test_add_func ("/meetings/group-told-twice", test_group_told_twice);
  g_test_add_func ("/meetings/headline-pair", test_headline_pair);
  g_test_add_func ("/meetings/field-dateline", test_field_dateline);
  g_test_add_func ("/meetings/taken-to", test_taken_to);
  g_test_add_func ("/meetings/topics", test_topics);
  g_test_add_func ("/meetings/topics-not-day-nor-partner", test_topics_not_day_nor_partner);
  g_test_add_func ("/meetings/trip-and-their", test_trip_and_their);
  g_test_add_func ("/meetings/group-after-where", test_group_after_where);
  g_test_add_func ("/meetings/trade-groups", test_trade_groups);
  g_test_add_func ("/meetings/led-by-its", test_led_by_its);
  g_test_add_func ("/meetings/delegation-head", test_delegation_head);
  g_test_add_func ("/meetings/two-qualified", test_two_qualified);
  g_test_add_func ("/meetings/unnamed-idioms", test_unnamed_idioms);
  g_test_add_func ("/meetings/two-after-call", test_two_after_call);
  g_test_add_func ("/meetings/before-participle", test_before_participle);
  g_test_add_func ("/meetings/two-joined-before", test_two_joined_before);
  g_test_add_func ("/meetings/no-such-meeting", test_no_such_meeting);
  g_test_add_func ("/meetings/gathered-outside", test_gathered_outside);
  g_test_add_func ("/meetings/would-receive-and-they", test_would_receive_and_they);
  g_test_add_func ("/meetings/separately-after", test_separately_after);
  g_test_add_func ("/meetings/body-in-description", test_body_in_description);
  g_test_add_func ("/meetings/where-she-attended", test_where_she_attended);
  g_test_add_func ("/meetings/topic-noun-group", test_topic_noun_group);
  g_test_add_func ("/meetings/pronoun-topic", test_pronoun_topic);
  g_test_add_func ("/meetings/hyphenated-pair", test_hyphenated_pair);
  g_test_add_func ("/meetings/trip-told-later", test_trip_told_later);
  g_test_add_func ("/meetings/unnamed-official", test_unnamed_official);
  g_test_add_func ("/meetings/fronted-phrase", test_fronted_phrase);
  g_test_add_func ("/meetings/invitation-host", test_invitation_host);
  g_test_add_func ("/meetings/countries", test_countries);
  g_test_add_func ("/meetings/both-sides", test_both_sides);
  g_test_add_func ("/meetings/first-person-quote", test_first_person_quote);
  g_test_add_func ("/meetings/apposition-and-report", test_apposition_and_report);
  g_test_add_func ("/meetings/seed", test_seed);
  g_test_add_func ("/meetings/the-minister-and-separate", test_the_minister_and_separate);
  g_test_add_func ("/meetings/no-meeting", test_no_meeting);
  g_test_add_func ("/meetings/second-verb-subject", test_second_verb_subject);
  g_test_add_func ("/meetings/group-their-they", test_group_their_they);
  g_test_add_func ("/meetings/trip-by", test_trip_by);
  g_test_add_func ("/meetings/session-assembled-confer", test_session_assembled_confer);
  g_test_add_func ("/meetings/tour-of-country", test_tour_of_country);
  g_test_add_func ("/meetings/other-tense-no-place", test_other_tense_no_place);
  g_test_add_func ("/meetings/partner-places", test_partner_places);
  g_test_add_func ("/meetings/countries-held-talks", test_countries_held_talks);
  g_test_add_func ("/meetings/other-time-first-pair", test_other_time_first_pair);
  g_test_add_func ("/meetings/headline-described", test_headline_described);
  g_test_add_func ("/meetings/unnamed-people", test_unnamed_people);
  g_test_add_func ("/meetings/two-groups-reconvene", test_two_groups_reconvene);
  g_test_add_func ("/meetings/one-person-alone", test_one_person_alone);
  g_test_add_func ("/meetings/adverb-no-side", test_adverb_no_side);
  g_test_add_func ("/meetings/modifier-no-side", test_modifier_no_side);
  g_test_add_func ("/meetings/paragraph-a-line", test_paragraph_a_line);
  g_test_add_func ("/meetings/last-time", test_last_time);
  g_test_add_func ("/meetings/while-clause", test_while_clause);
  g_test_add_func ("/meetings/platform-no-side", test_platform_no_side);
  g_test_add_func ("/meetings/visit-days-place", test_visit_days_place);
  g_test_add_func ("/meetings/also-same-day-place", test_also_same_day_place);
  g_test_add_func ("/meetings/not-face-to-face", test_not_face_to_face);
  g_test_add_func ("/meetings/country-as-named", test_country_as_named);
  g_test_add_func ("/meetings/other-times", test_other_times);
  g_test_add_func ("/meetings/received-things", test_received_things);
  g_test_add_func ("/meetings/gathering-of-one-party", test_gathering_of_one_party);
  g_test_add_func ("/meetings/partner-list-ends", test_partner_list_ends);
  g_test_add_func ("/meetings/pronoun-gender", test_pronoun_gender);
  g_test_add_func ("/meetings/joint-or-separate", test_joint_or_separate);
  g_test_add_func ("/meetings/call-on-and-the-two", test_call_on_and_the_two);
  g_test_add_func ("/meetings/earlier-in-the-day", test_earlier_in_the_day);
  g_test_add_func ("/meetings/country-subjects", test_country_subjects);
  g_test_add_func ("/meetings/group-of-countries", test_group_of_countries);
  g_test_add_func ("/meetings/unnamed", test_unnamed);
  g_test_add_func ("/meetings/unnamed-status", test_unnamed_status);
  g_test_add_func ("/meetings/unnamed-other-time", test_unnamed_other_time);
  g_test_add_func ("/meetings/unnamed-audiences", test_unnamed_audiences);
  g_test_add_func ("/meetings/unnamed-rare-words", test_unnamed_rare_words);
  g_test_add_func ("/meetings/office-and-with", test_office_and_with);
  g_test_add_func ("/meetings/countries-next-meeting", test_countries_next_meeting);
  g_test_add_func ("/meetings/visit-the-country", test_visit_the_country);
  g_test_add_func ("/meetings/retreat-told-again", test_retreat_told_again);
  g_test_add_func ("/meetings/office-after-saying", test_office_after_saying);
  g_test_add_func ("/meetings/meeting-of-two-governments", test_meeting_of_two_governments);
  g_test_add_func ("/meetings/host-and-titles", test_host_and_titles);
  g_test_add_func ("/meetings/quotation-and-reference", test_quotation_and_reference);
  g_test_add_func ("/meetings/transcript-you", test_transcript_you);
  g_test_add_func ("/meetings/visitor-meetings", test_visitor_meetings);
  g_test_add_func ("/meetings/negated", test_negated);
  g_test_add_func ("/meetings/negated-curly", test_negated_curly);
  g_test_add_func ("/meetings/long-titles", test_long_titles);
  g_test_add_func ("/meetings/groups-and-coming-dates", test_groups_and_coming_dates);
  g_test_add_func ("/meetings/host-noun", test_host_noun);
  g_test_add_func ("/meetings/wire-story", test_wire_story);
  g_test_add_func ("/meetings/state-visit", test_state_visit);
  g_test_add_func ("/meetings/unnamed-told-again", test_unnamed_told_again);
  g_test_add_func ("/meetings/false-sides", test_false_sides);
  g_test_add_func ("/meetings/venue-with-city", test_venue_with_city);
  g_test_add_func ("/meetings/delegation-head-after-titles", test_delegation_head_after_titles);
  g_test_add_func ("/meetings/dates-of-another-time", test_dates_of_another_time);
  g_test_add_func ("/meetings/place-not-topic", test_place_not_topic);
  g_test_add_func ("/meetings/group-told-again", test_group_told_again);
  g_test_add_func ("/meetings/what-was-discussed", test_what_was_discussed);
  g_test_add_func ("/meetings/habit", test_habit);
  g_test_add_func ("/meetings/sidelines-gathering", test_sidelines_gathering);
  g_test_add_func ("/meetings/later-that-day", test_later_that_day);
  g_test_add_func ("/meetings/country-by-article-name", test_country_by_article_name);
  g_test_add_func ("/meetings/noun-then-verb", test_noun_then_verb);
  g_test_add_func ("/meetings/trip-told-at-building", test_trip_told_at_building);
  g_test_add_func ("/meetings/office-at-body", test_office_at_body);
  g_test_add_func ("/meetings/past-day-back", test_past_day_back);
  g_test_add_func ("/meetings/bound-time", test_bound_time);
  g_test_add_func ("/meetings/told-of-it", test_told_of_it);
  g_test_add_func ("/meetings/body-sessions", test_body_sessions);
  g_test_add_func ("/meetings/joint-body-named", test_joint_body_named);
  return g_test_run ();
}
