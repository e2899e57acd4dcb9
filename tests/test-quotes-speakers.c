/* test-quotes-speakers.c: speakers that are hard to find (issue 13, round 2):
 * each rule of the quote finder's speaker choice with a paraphrase of its own
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "test-util.h"

typedef struct
{
  const char     *input;
  const char     *words;    /* the quote to find */
  BylineQuoteKind kind;
  const char     *speaker;  /* its speaker_name, or NULL for none */
} SpeakerCase;

static const SpeakerCase cases[] = {
  /* "he said" after one source with no name, and no one named between: that one */
  { "The airline will buy two new planes, a government spokesman said. He said the aircraft would fly to Europe.",
    "the aircraft would fly to Europe", BYLINE_QUOTE_INDIRECT, "government spokesman" },
  { "Output will rise next year, a senior ministry official said on Monday. She said exports would double.",
    "exports would double", BYLINE_QUOTE_INDIRECT, "senior ministry official" },
  /* "they said" after a group with no name that spoke just before: that group */
  { "Union sources said the strike could end this week. They said the talks had gone well.",
    "the talks had gone well", BYLINE_QUOTE_INDIRECT, "Union sources" },
  { "Bank officials said rates would fall. The cut should help exporters, they said.",
    "The cut should help exporters", BYLINE_QUOTE_INDIRECT, "Bank officials" },
  /* "the president" is a president's, not a presidential adviser's */
  { "Chilean President Luis Vera arrived in Lima yesterday. Also present was presidential adviser Tom Reyes. The "
    "visiting president underlined that nobody would sabotage the peace.", "nobody would sabotage the peace",
    BYLINE_QUOTE_INDIRECT, "Luis Vera" },
  /* a quotation over paragraphs, each opening with a mark, whose last part names
   * its speaker: the first part is that speaker's, not the one who spoke before */
  { "President Ana Soto of Peru met President Luis Vera of Chile in Lima on Monday. \"We have turned a page,\" Soto "
    "told reporters.\n\n\"Chile has always been a friend of Peru. We stand by our neighbours.\n\n\"But the border "
    "must be settled,\" the Chilean president said.", "Chile has always been a friend of Peru. We stand by our "
    "neighbours.", BYLINE_QUOTE_DIRECT, "Luis Vera" },
  /* "he" after a quotation given to a body's spokesman is the spokesman's body,
   * not the person named before; and a body named in a headline's capitals is
   * named as the story writes it */
  { "U.S. TREASURY'S BAKER CANCELS TRIP\n\nTreasury Secretary Tom Baker has cancelled a trip to Lima, a Treasury "
    "spokesman said.\n\nThe spokesman said: \"It is the press of business.\"\n\nBut he added that the visit "
    "was \"purely ceremonial.\"", "purely ceremonial.", BYLINE_QUOTE_PARTIAL, "Treasury" },
  /* a list set between dashes inside the reported clause's subject */
  { "Ambassador Ana Woods said several members -- Chile, Kenya, Norway, Peru, Ghana, Fiji and Oman -- had backed the "
    "complaint.", "several members -- Chile, Kenya, Norway, Peru, Ghana, Fiji and Oman -- had backed the complaint",
    BYLINE_QUOTE_INDIRECT, "Ana Woods" },
  /* groups that speak with no name: "dealers said", "representatives at the talks said" */
  { "Copper closed higher on Friday, dealers said.", "Copper closed higher on Friday", BYLINE_QUOTE_INDIRECT,
    "dealers" },
  { "Representatives at the forum said a deal on quotas was close.", "a deal on quotas was close",
    BYLINE_QUOTE_INDIRECT, "Representatives" },
  /* "CONTENT, Foreign Ministry officials said": the body speaks; "lay" a verb */
  { "Grain exports fell by a third in March, Agriculture Ministry officials said.",
    "Grain exports fell by a third in March", BYLINE_QUOTE_INDIRECT, "Agriculture Ministry" },
  { "A senior banker said the answer to the debt crisis lay in Frankfurt.",
    "the answer to the debt crisis lay in Frankfurt", BYLINE_QUOTE_INDIRECT, "senior banker" },
  /* "X said CONTENT" with no "that": over an owner's mark, a time and a
   * session in the subject or before it */
  { "Trade Minister Rosa Paz said talks on Chile's tariff offer were well under way with the importers.",
    "talks on Chile's tariff offer were well under way with the importers", BYLINE_QUOTE_INDIRECT, "Rosa Paz" },
  { "Trade Minister Rosa Paz said weak exports early this year were behind the fall in copper prices.",
    "weak exports early this year were behind the fall in copper prices", BYLINE_QUOTE_INDIRECT, "Rosa Paz" },
  { "Trade Minister Rosa Paz said at the same hearing Peru should cut its tariffs on grain.",
    "Peru should cut its tariffs on grain", BYLINE_QUOTE_INDIRECT, "Rosa Paz" },
  /* a word of a headline set in capitals is no one to say "he added" */
  { "RICE TRADE REFORM VITAL, WTO ENVOY SAYS\n\nReform is urgent, WTO envoy Karl Moser said.\n\nThe talks "
    "had stalled for too long, he added.", "The talks had stalled for too long", BYLINE_QUOTE_INDIRECT, "Karl Moser" },
  /* "CONTENT, X, chairman of Y, said": over the name's apposition to its verb;
   * ", told reporters": the one told is never the speaker */
  { "Inflation will ease by the autumn, Marta Olsen, chief economist at Nordbank, said on Tuesday.",
    "Inflation will ease by the autumn", BYLINE_QUOTE_INDIRECT, "Marta Olsen" },
  { "The harvest was the worst in a decade, Pedro Alves, 61, a grower near Ribeirao, said.",
    "The harvest was the worst in a decade", BYLINE_QUOTE_INDIRECT, "Pedro Alves" },
  { "Copper prices would stay high, Jonas Lind, head of trading at Vale Metals, told reporters.",
    "Copper prices would stay high", BYLINE_QUOTE_INDIRECT, "Jonas Lind" },
  /* "the Foreign Minister" is the one titled so alone, not one "of the Republic of X" */
  { "LIMA (AP) - Foreign Minister Ana Soto, Foreign Minister of the Republic of Chile Luis Vera and Foreign Minister of "
    "the Plurinational State of Bolivia Rosa Paz held talks in Lima.\n\nSpeaking after the talks, the Foreign "
    "Minister said that peace was \"in the vital interest of Peru\".", "in the vital interest of Peru",
    BYLINE_QUOTE_PARTIAL, "Ana Soto" },
  /* "the presidential aide" of the president's spokesman */
  { "Presidential spokesman Dmitry Petrov said the talks went well.\n\nThe two leaders will meet again in Ankara in "
    "September, the presidential aide told reporters.", "The two leaders will meet again in Ankara in September",
    BYLINE_QUOTE_INDIRECT, "Dmitry Petrov" },
  /* "The President, for his part, said": the other side, not the one who spoke last */
  { "President Rodrigo Reyes of the Philippines held talks with President Li Wen in Beijing on Thursday.\n\nLi said "
    "the two countries were brothers.\n\nThe President, for his part, said he had come with an open heart.",
    "he had come with an open heart", BYLINE_QUOTE_INDIRECT, "Rodrigo Reyes" },
  { "Minister Ana Costa met Minister Eva Lund in Oslo.\n\nLund said trade had doubled.\n\nThe minister, for her "
    "part, said fishing rights were the harder question.", "fishing rights were the harder question",
    BYLINE_QUOTE_INDIRECT, "Ana Costa" },
  /* "the Chilean head of state" is the president; "the Vietnamese leader" a
   * party's general secretary */
  { "President Ana Lima of Chile received the envoys on Monday.\n\nAddressing the diplomats, the Chilean head of "
    "state said Santiago remained open to dialogue.", "Santiago remained open to dialogue", BYLINE_QUOTE_INDIRECT,
    "Ana Lima" },
  { "General Secretary Nguyen Van Hai received the delegation in Hanoi.\n\nThe Vietnamese leader said the two parties "
    "would step up exchanges.", "the two parties would step up exchanges", BYLINE_QUOTE_INDIRECT, "Nguyen Van Hai" },
  /* "the president" after a president named in another's relative clause: the
   * one the clause is about */
  { "President Ana Costa, who met French President Paul Giraud on Monday, said ties were strong.\n\nAsked about "
    "the border, the president said talks would resume.", "talks would resume", BYLINE_QUOTE_INDIRECT, "Ana Costa" },
  { "Prime Minister Ivo Petrov, who had dinner with Prime Minister Lena Holm in Oslo, spoke at the forum.\n\nThe "
    "prime minister said the deal was close.", "the deal was close", BYLINE_QUOTE_INDIRECT, "Ivo Petrov" },
  /* "the Amir": the title as the Gulf agencies spell it */
  { "KUWAIT, May 2 (KUNA) -- HH the Amir Sheikh Nasser Al-Fahad received the envoy on Monday.\n\n\"Our doors are "
    "open,\" the Amir said in his address.", "Our doors are open,", BYLINE_QUOTE_DIRECT, "Nasser Al-Fahad" },
  /* two words are a quoted sentence too, after a colon or opening the sentence */
  { "Asked whether he would run again, Mayor Tom Berg said: \"We'll see.\"", "We'll see.", BYLINE_QUOTE_DIRECT,
    "Tom Berg" },
  /* "According to him, ...": the person the pronoun stands for */
  { "Foreign Minister Ana Soto spoke to reporters in Lima. According to her, the talks were useful.",
    "the talks were useful", BYLINE_QUOTE_INDIRECT, "Ana Soto" },
  { "Trade Minister Karl Weber said exports had grown. According to him, the two countries will sign a deal "
    "in May.", "the two countries will sign a deal in May", BYLINE_QUOTE_INDIRECT, "Karl Weber" },
  /* ", saying the market ...": a participle's report is the sentence subject's,
   * never "CONTENT, said X" with the clause's subject as X */
  { "Finance chief Ada Mworia on Friday urged lenders to cut their fees, saying the market had become too "
    "costly for small firms.", "the market had become too costly for small firms", BYLINE_QUOTE_INDIRECT,
    "Ada Mworia" },
  { "The regulator fined three airlines on Monday, saying the delays had stranded thousands of passengers.",
    "the delays had stranded thousands of passengers", BYLINE_QUOTE_INDIRECT, "regulator" },
  /* "he" after a sentence whose subject is two ("X and the aides left"): not X,
   * but the one who spoke last */
  { "Coach Corwin Ferrante met the club's owner, Dagny Strom, on Monday. Ferrante said the squad was tired.\n\n"
    "Strom and her lawyers left early, while an agent, Piet Laan, waited outside.\n\n"
    "\"We need two weeks of rest,\" he said.", "We need two weeks of rest,", BYLINE_QUOTE_DIRECT,
    "Corwin Ferrante" },
  { "Mayor Tobias Wren opened the hearing. Wren said the budget was final.\n\nCouncillor Ines Abara or her "
    "deputy will answer in writing.\n\nHe added that no vote was planned.", "no vote was planned",
    BYLINE_QUOTE_INDIRECT, "Tobias Wren" },
  /* "the statement said" after a body the article does not name ("the bank said
   * in a statement"): that body, not "statement" */
  { "The reserve bank left its rate unchanged. Growth had slowed more than expected over the spring, the bank said in a statement.\n\n"
    "\"Further cuts remain possible,\" the statement said.", "Further cuts remain possible,",
    BYLINE_QUOTE_DIRECT, "bank" },
  /* "as X put it, "..."": the one between "as" and "put it" */
  { "The league moved its final to the coast, or, as commissioner Hal Brightwater put it, \"closer to the "
    "fans who pay the bills.\"", "closer to the fans who pay the bills.", BYLINE_QUOTE_PARTIAL,
    "Hal Brightwater" },
  { "Prices kept rising. As economist Sunniva Dahl puts it, \"every month of waiting costs a family a week of "
    "groceries.\"", "every month of waiting costs a family a week of groceries.", BYLINE_QUOTE_PARTIAL,
    "Sunniva Dahl" },
  /* "X was blunt: "..."": a quotation after a colon is the sentence subject's */
  { "The tenants' spokeswoman, Yevette Okonkwo, was defiant: \"We are not leaving these flats.\"",
    "We are not leaving these flats.", BYLINE_QUOTE_DIRECT, "Yevette Okonkwo" },
  { "Asked about the vote, Senator Lionel Barraza had one answer: \"The count is not over.\"",
    "The count is not over.", BYLINE_QUOTE_DIRECT, "Lionel Barraza" },
  /* a report whose clause opens with its quantity: "said at least 4,000 homes were" */
  { "Mayor Ilse Varga toured the flooded district. The mayor said at least 300 cellars were still under water.",
    "at least 300 cellars were still under water", BYLINE_QUOTE_INDIRECT, "Ilse Varga" },
  { "Warden Kofi Addo spoke after the riot. He said more than half of the cells had been damaged.",
    "more than half of the cells had been damaged", BYLINE_QUOTE_INDIRECT, "Kofi Addo" },
  /* "the body's chairman, Rep. X, said": the name in apposition, past its title */
  { "The harbour board met late. The board's chairman, Capt. Bartosz Wilk, said the quay would reopen on Thursday.",
    "the quay would reopen on Thursday", BYLINE_QUOTE_INDIRECT, "Bartosz Wilk" },
  { "The museum's director, Dr. Oona Feeney, said the loans had been returned.",
    "the loans had been returned", BYLINE_QUOTE_INDIRECT, "Oona Feeney" },
  /* two speakers in one sentence: "X said A, but his deputy, Y, said B" */
  { "Landlord Eero Halme said the rents were fair, but the tenants' advocate, Mireya Delgado, said the repairs "
    "had never been made.", "the rents were fair", BYLINE_QUOTE_INDIRECT, "Eero Halme" },
  { "Landlord Eero Halme said the rents were fair, but the tenants' advocate, Mireya Delgado, said the repairs "
    "had never been made.", "the repairs had never been made", BYLINE_QUOTE_INDIRECT, "Mireya Delgado" },
  /* "CONTENT, according to two people who attended.": a report by people not
   * named, when the source ends the sentence */
  { "The hospital board voted to close the maternity ward, according to two people who attended the meeting.",
    "The hospital board voted to close the maternity ward", BYLINE_QUOTE_INDIRECT, "two people who attended" },
  { "The truce was brokered by Iceland, according to a diplomat in Akureyri.",
    "The truce was brokered by Iceland", BYLINE_QUOTE_INDIRECT, "diplomat" },
  /* '... "quoted words" and that CONTENT': a second clause of the same report */
  { "Harbour master Elin Dahl said the new cranes had made the port \"twice as fast\" and that the night shift "
    "would be cut.", "the night shift would be cut", BYLINE_QUOTE_INDIRECT, "Elin Dahl" },
  /* a whole clause, then a quotation that is only its adverbial ("before the
   * winter", "if ...", "the way ..."): the clause is a report of its own */
  { "Mayor Bettina Roux said the city would finish the tram line to the airport \"before the next election, "
    "not after it.\"", "the city would finish the tram line to the airport", BYLINE_QUOTE_INDIRECT,
    "Bettina Roux" },
  { "According to the minister, Osvaldo Prieto, the navy is ready to escort the grain ships \"if the insurers "
    "ask for it.\"", "the navy is ready to escort the grain ships", BYLINE_QUOTE_INDIRECT, "Osvaldo Prieto" },
  /* ", saying residents felt ...": the participle's clause is no speaker */
  { "Councillor Brenna Quist repeated the charge on Friday, saying tenants felt ignored.",
    "tenants felt ignored", BYLINE_QUOTE_INDIRECT, "Brenna Quist" },
  /* sources with no name: "one of the people said", "those who know them say",
   * "participants said" */
  { "The ferry company plans to sell two of its ships, people familiar with the plan said. The sale could be "
    "announced within weeks, one of the people said.", "The sale could be announced within weeks",
    BYLINE_QUOTE_INDIRECT, "one of the people" },
  { "Those who know the conductor say the feud is mostly theatre.", "the feud is mostly theatre",
    BYLINE_QUOTE_INDIRECT, "Those who know" },
  { "Participants said the workshop had run out of chairs by noon.", "the workshop had run out of chairs by noon",
    BYLINE_QUOTE_INDIRECT, "Participants" },
  /* a fragment inside a report, then the source that relays it: the report's speaker */
  { "Chief engineer Luka Maric told the crews that the dam had reached \"a point we cannot defend,\" one of the "
    "people said.", "a point we cannot defend,", BYLINE_QUOTE_PARTIAL, "Luka Maric" },
  /* verbs of US political reporting: "charged that", "signaled that", "mused that" */
  { "Opposition leaders charged that the count had been rigged in two districts.",
    "the count had been rigged in two districts", BYLINE_QUOTE_INDIRECT, "Opposition leaders" },
  { "Governor Ellis Brandvold signaled that he would sign the water bill.", "he would sign the water bill",
    BYLINE_QUOTE_INDIRECT, "Ellis Brandvold" },
  /* between the verb and "that": a span of time ("argued for months that"), or a
   * programme and a day after "told" ("told Radio Tarnholm's Morning Desk on Monday that") */
  { "Councillor Ida Marklund has argued for years that the ferry fares were too high.",
    "the ferry fares were too high", BYLINE_QUOTE_INDIRECT, "Ida Marklund" },
  { "Deputy Mayor Femi Adewale told Radio Tarnholm's Morning Desk on Monday that the bridge would reopen.",
    "the bridge would reopen", BYLINE_QUOTE_INDIRECT, "Femi Adewale" },
  /* "X, for his part, described Y as "..."": X speaks, Y is the object; so after
   * "described relations with Y as" */
  { "Envoy Saule Temirbek met Farid Osmani in Khujand. Osmani, for his part, described Mongolia as \"a "
    "partner we trust.\"", "a partner we trust.", BYLINE_QUOTE_PARTIAL, "Farid Osmani" },
  { "Envoy Saule Temirbek met Farid Osmani in Khujand. Osmani, for his part, described relations with Ulaanbaatar "
    "as \"steady and warm.\"", "steady and warm.", BYLINE_QUOTE_PARTIAL, "Farid Osmani" },
  /* "His spokesman, X, says the governor "..."": X, the subject in apposition, not
   * the one named after the verb */
  { "Mayor Quentin Albers met Governor Hedda Brightmoor. Albers's spokesman, Piet Ouma, says the governor "
    "\"listened and promised nothing.\"", "listened and promised nothing.", BYLINE_QUOTE_PARTIAL, "Piet Ouma" },
  /* "a spokesman for the army in the north, Colonel X, said": the name in apposition */
  { "A spokesman for the army in the northern provinces, Colonel Amadou Sissoko, said on Monday that the "
    "convoy had been attacked.", "the convoy had been attacked", BYLINE_QUOTE_INDIRECT, "Amadou Sissoko" },
  /* readouts: "both sides agreed that", "expressed the hope that", "X, quoted by
   * the agency, said" */
  { "The delegations met in Tartu. Both sides agreed that the next round would be held in Narva.",
    "the next round would be held in Narva", BYLINE_QUOTE_INDIRECT, "Both sides" },
  { "Premier Oskar Lepik expressed the hope that the ferry link would reopen in spring.",
    "the ferry link would reopen in spring", BYLINE_QUOTE_INDIRECT, "Oskar Lepik" },
  { "Minister Tiit Saar, quoted by the state news agency, said the talks had been useful.",
    "the talks had been useful", BYLINE_QUOTE_INDIRECT, "Tiit Saar" },
  /* "Country's top diplomat": the one of that country whose office fits the word;
   * "Country's new ambassador" with no one named: the office, never the country */
  { "Icelandic Foreign Minister Margus Tamm met Latvian Foreign Minister Inese Kalnina in Riga.\n\n"
    "Iceland's top diplomat said the bridge tolls would be dropped.", "the bridge tolls would be dropped",
    BYLINE_QUOTE_INDIRECT, "Margus Tamm" },
  { "Icelandic Foreign Minister Margus Tamm met Latvian Foreign Minister Inese Kalnina in Riga.\n\n"
    "Iceland's new ambassador said the embassy would move.", "the embassy would move", BYLINE_QUOTE_INDIRECT,
    "Iceland's new ambassador" },
  /* a place between the verb and "that": "told reporters outside the court that",
   * "said from Tromso that" */
  { "Defence lawyer Signe Aalto told reporters outside the courthouse that her client would appeal.",
    "her client would appeal", BYLINE_QUOTE_INDIRECT, "Signe Aalto" },
  { "Skipper Rune Vatne said from the harbour office that the ferries would sail at noon.",
    "the ferries would sail at noon", BYLINE_QUOTE_INDIRECT, "Rune Vatne" },
  /* "has long maintained that", "said privately", "cannot": an adverb before the
   * verb, after it, and a negated modal in the clause */
  { "Treasurer Wendell Pettersen-Ahl has long maintained that the county cannot borrow more.",
    "the county cannot borrow more", BYLINE_QUOTE_INDIRECT, "Wendell Pettersen-Ahl" },
  { "Several trustees said privately they would vote against the merger.",
    "they would vote against the merger", BYLINE_QUOTE_INDIRECT, "Several trustees" },
  /* "the candidate's spokeswoman said": the one who speaks for someone described */
  { "The mayor's spokeswoman said in an email that the budget would be published on Friday.",
    "the budget would be published on Friday", BYLINE_QUOTE_INDIRECT, "mayor's spokeswoman" },
  { "The governor's allies argue that the audit was rushed.", "the audit was rushed", BYLINE_QUOTE_INDIRECT,
    "governor's allies" },
  /* "Asked whether ..., X laughed. "...," she said": the question is a fronted
   * phrase, X the subject whom "she" stands for, not the last one quoted */
  { "Principal Hana Ostrowska spoke first. \"We need more time,\" Ostrowska said.\n\nAsked whether the school "
    "would close, Councillor Jorunn "
    "Fjell laughed. \"Not this year, and not while I sit on the board,\" she said.",
    "Not this year, and not while I sit on the board,", BYLINE_QUOTE_DIRECT, "Jorunn Fjell" },
  /* the verb of a reported clause: a regular past ("exports reached"), past an
   * adverb ("progress now depended"), after a country ("the Lao government values") */
  { "Trade envoy Bakyt Omurov said exports reached a record in March.", "exports reached a record in March",
    BYLINE_QUOTE_INDIRECT, "Bakyt Omurov" },
  { "Mediator Ines Parra met both delegations. She said progress now depended on the two presidents.",
    "progress now depended on the two presidents", BYLINE_QUOTE_INDIRECT, "Ines Parra" },
  { "Minister Tuvshin Bold said that the Mongolian government values the new rail link.",
    "the Mongolian government values the new rail link", BYLINE_QUOTE_INDIRECT, "Tuvshin Bold" },
  /* "..., an official said, speaking on condition of anonymity because ...": the
   * report before, not the reason for the anonymity */
  { "The ceasefire talks had stalled, a Moldovan official said, speaking on condition of anonymity because "
    "she was not allowed to brief the press.", "The ceasefire talks had stalled", BYLINE_QUOTE_INDIRECT,
    "Moldovan official" },
  /* a negation before the verb of the clause: "saying tenants no longer felt safe" */
  { "Alderman Yaw Frimpong-Asare raised the issue again, saying tenants no longer felt safe at night.",
    "tenants no longer felt safe at night", BYLINE_QUOTE_INDIRECT, "Yaw Frimpong-Asare" },
  /* "said Bolivia strongly supports ...": a name, an adverb, then the verb */
  { "Envoy Matias Irureta said Bolivia strongly supports the river treaty.",
    "Bolivia strongly supports the river treaty", BYLINE_QUOTE_INDIRECT, "Matias Irureta" },
  /* "X's Chilean counterpart said", "the Chilean side said" after X spoke: the other
   * one of the pair, of that people, not X */
  { "QUITO — Ecuadorian Foreign Minister Anselmo Quispe hosted Bolivian Foreign Minister Eulalia Mamani on Monday.\n\n"
    "Quispe said the two had discussed the lake.\n\nQuispe's Bolivian counterpart said the border would stay open.",
    "the border would stay open", BYLINE_QUOTE_INDIRECT, "Eulalia Mamani" },
  { "QUITO — Ecuadorian Foreign Minister Anselmo Quispe hosted Bolivian Foreign Minister Eulalia Mamani on Monday.\n\n"
    "Quispe said the two had discussed the lake.\n\nThe Bolivian side said it wanted a joint survey.",
    "it wanted a joint survey", BYLINE_QUOTE_INDIRECT, "Eulalia Mamani" },
  /* round 3: "Critics, including X, said": the one named in the group speaks */
  { "The ferry fares rose again in May. Passengers, including the retired skipper Oddvar Lunde, said the "
    "timetable was worse than before.", "the timetable was worse than before", BYLINE_QUOTE_INDIRECT,
    "Oddvar Lunde" },
  { "Several growers, among them the cooperative's treasurer Bettina Roalsvik, said the frost had killed half "
    "the blossom.", "the frost had killed half the blossom", BYLINE_QUOTE_INDIRECT, "Bettina Roalsvik" },
  { "The dam plan was approved. Environmental groups, including the Riverkeepers Alliance, said the fish ladder "
    "was too small.", "the fish ladder was too small", BYLINE_QUOTE_INDIRECT, "Riverkeepers Alliance" },
  /* a quotation whose speaker the next sentence names: "So said X", "That was
   * X", "The words were those of X", "That was how X put it" */
  { "\"The lighthouse will stay lit as long as I can climb the stairs.\" That was keeper Arvid Solheim, "
    "talking to visitors on Sunday.", "The lighthouse will stay lit as long as I can climb the stairs.",
    BYLINE_QUOTE_DIRECT, "Arvid Solheim" },
  { "\"A school without a library is a waiting room.\"\n\nThe words were those of Nadia Carvalho, a teacher "
    "for thirty years, at the town meeting.", "A school without a library is a waiting room.",
    BYLINE_QUOTE_DIRECT, "Nadia Carvalho" },
  { "\"Every winter we lose another shop on this street.\"\n\nThat was how Rolf Ekdahl, the baker, summed up "
    "the year.", "Every winter we lose another shop on this street.", BYLINE_QUOTE_DIRECT, "Rolf Ekdahl" },
  /* a quotation right after a dateline opens the article: a quoted sentence */
  { "TROMSO \u2014 \"The ice road will not open this year.\" So said Governor Marit Haugland on Friday.",
    "The ice road will not open this year.", BYLINE_QUOTE_DIRECT, "Marit Haugland" },

  /* "replied the union's legal adviser, X": the name in apposition, not the
   * description's guess */
  { "Health Minister Oona Brevik defended the closures in the chamber.\n\n\"Nobody was consulted, not one "
    "ward,\" answered the health union's legal adviser, Petter Magnusson.", "Nobody was consulted, not one ward,",
    BYLINE_QUOTE_DIRECT, "Petter Magnusson" },
  /* "..., the statement said" in an article's first report: the body that
   * opens the sentence before */
  { "The Maritime Authority closed the northern channel on Sunday. Two wrecks had been found near the "
    "lighthouse, the statement said.", "Two wrecks had been found near the lighthouse", BYLINE_QUOTE_INDIRECT,
    "Maritime Authority" },
  /* "said talks on the X would ...": a report whose subject holds a phrase */
  { "Trade Minister Kalinda Obuya said talks on the coffee tariff would resume after the harvest.",
    "talks on the coffee tariff would resume after the harvest", BYLINE_QUOTE_INDIRECT, "Kalinda Obuya" },

  /* a headline's "CONTENT, ROLE says": the one of that title named below */
  { "School bus routes will be cut, superintendent says\n\nSuperintendent Halvard Moe told parents on "
    "Tuesday that three routes would end in June.", "School bus routes will be cut", BYLINE_QUOTE_INDIRECT,
    "Halvard Moe" },
  /* an interview whose lines open with the interviewee's name in ordinary case */
  { "Forester Signe Aasland has walked these hills for forty years. We asked her about the beetles.\n\n"
    "Aasland: The spruce on the south slopes will be gone in ten years.\n\n"
    "Aasland: Nobody planted anything else, and that was the mistake.",
    "The spruce on the south slopes will be gone in ten years.", BYLINE_QUOTE_DIRECT, "Signe Aasland" },

  /* a headline that opens with its speaker and a colon */
  { "Lindahl: the reservoir will be full by June\n\nWater board chair Greta Lindahl said on Monday that the "
    "spring rain had ended the drought.", "the reservoir will be full by June", BYLINE_QUOTE_INDIRECT,
    "Greta Lindahl" },
  /* ""...," was how X put it", ""..." So says X" */
  { "\"A bridge nobody can afford to cross is no bridge at all,\" was how councillor Edvin Rask put it on "
    "Thursday.", "A bridge nobody can afford to cross is no bridge at all,", BYLINE_QUOTE_DIRECT, "Edvin Rask" },
  { "The mill closed in March.\n\n\"Nothing here will ever be the same.\" So says Hedda Moberg, who worked "
    "there for thirty years.", "Nothing here will ever be the same.", BYLINE_QUOTE_DIRECT, "Hedda Moberg" },

  /* a report of two words, a name and its verb: "said Tallinn refused" */
  { "Latvian Energy Minister Arturs Kalnins met his Estonian counterpart on Friday. He said Tallinn refused.",
    "Tallinn refused", BYLINE_QUOTE_INDIRECT, "Arturs Kalnins" },
  /* title-case headlines: "X Says Y", "Governor Says Y" */
  { "Okonjo Says Fuel Subsidy Will End in March\n\nFinance Minister Ngozi Okonjo told senators on Monday that the "
    "subsidy would be phased out.", "Fuel Subsidy Will End in March", BYLINE_QUOTE_INDIRECT, "Ngozi Okonjo" },
  { "Governor says toll bridge is safe\n\nGovernor Rhea Castellanos said on Friday that engineers had checked "
    "every cable.", "toll bridge is safe", BYLINE_QUOTE_INDIRECT, "Rhea Castellanos" },
  /* ""..." So said the X's title, Name": the name in apposition; a short quotation too */
  { "The pier reopened.\n\n\"Never again.\" So said the harbour's owner, Jens Ulvik, after the storm.",
    "Never again.", BYLINE_QUOTE_DIRECT, "Jens Ulvik" },

  /* an interview's answers are the interviewee's, not the reporter's who is named first */
  { "Radio correspondent Mette Solberg interviewed Fisheries Minister Odd Hagen in Bodo.\n\n"
    "Q: Will the quota be cut?\n\nA: Only if the scientists ask for it.\n\nQ: And the coast guard?\n\n"
    "A: It gets two new ships.", "Only if the scientists ask for it.", BYLINE_QUOTE_DIRECT, "Odd Hagen" },

  /* "he" resolved to the one quoted last teaches his gender: a later "she" is
   * the woman named before him */
  { "Trade Minister Greta Sundqvist opened the session.\n\nHer Danish counterpart, Lars Holm, said Copenhagen "
    "wanted lower tariffs. He added that dairy was the hardest part.\n\n\"We will find a way,\" she said.",
    "We will find a way,", BYLINE_QUOTE_DIRECT, "Greta Sundqvist" },

  /* "The minister met Y. She said ...": the subject, known to be "he", is not
   * "she"; the one met is */
  { "Interior Minister Bram Vos toured the camp on Friday. \"We will add two clinics,\" he said.\n\n"
    "Camp director Okoro Adeyemi said the camp held 4,000 people.\n\n"
    "The minister later met aid worker Sevim Maartens. She said the water supply was failing.",
    "the water supply was failing", BYLINE_QUOTE_INDIRECT, "Sevim Maartens" },


  /* round 4: "Speaking to reporters, she said": those spoken to in the opening
   * participle's phrase are no speaker */
  { "Mayor Lena Ostrova left the hall. Speaking to reporters outside, she said the vote was final.",
    "the vote was final", BYLINE_QUOTE_INDIRECT, "Lena Ostrova" },
  { "Minister Tomas Wierzbicki arrived in Riyadh. Talking with journalists afterwards, Wierzbicki said the fleet was "
    "ready and announced that Gdansk would open a new terminal.", "Gdansk would open a new terminal",
    BYLINE_QUOTE_INDIRECT, "Tomas Wierzbicki" },
  /* "X, for his part, said at a joint press conference that ... "...": "press" is
   * no verb there, and "at ..." no speaker after the verb */
  { "Envoy Rui Kato, for his part, said at a joint press conference that the talks needed \"more patience than "
    "paper\" this year.", "more patience than paper", BYLINE_QUOTE_PARTIAL, "Rui Kato" },
  { "Mayor Ada Lunde, for her part, told a joint press briefing that the city wanted \"a bridge, not a tunnel\" by "
    "2030.", "a bridge, not a tunnel", BYLINE_QUOTE_PARTIAL, "Ada Lunde" },
  /* "X, who ..., said Hanoi valued the "..." stance": the place is the report's
   * subject, not the one who speaks */
  { "Governor Mila Restrepo, who flew in on Monday, said Bogota welcomed the \"quiet and patient\" approach of "
    "the lenders.", "quiet and patient", BYLINE_QUOTE_PARTIAL, "Mila Restrepo" },
  { "Premier Anton Sefu, who landed late, said Apia wanted a \"fair and open\" tender.", "fair and open",
    BYLINE_QUOTE_PARTIAL, "Anton Sefu" },
  /* "X laughed. "..."": a gesture before the answer, after another's report */
  { "Analysts in Lima have warned that prices could rise.\n\nAsked whether he and Ortega would ever work together "
    "again, Bruno Salas laughed. \"Only if somebody builds another bridge.\"",
    "Only if somebody builds another bridge.", BYLINE_QUOTE_DIRECT, "Bruno Salas" },
  { "\"We will see,\" said economist Ida Brun.\n\nAsked about the rumours, coach Jonas Vik shrugged. \"People "
    "talk. We play.\"", "People talk. We play.", BYLINE_QUOTE_DIRECT, "Jonas Vik" },
  /* "Asked whether X would ..., the spokeswoman said": not X of the question,
   * but the one named in apposition with that word ("his spokeswoman, Y") */
  { "The notes were released by his spokeswoman, Ines Carmo.\n\nDirector-General Paulo Veiga met the Minister "
    "of Health of Peru. Veiga said the agency would fund two clinics.\n\nAsked whether Veiga would visit Lima, "
    "the spokeswoman said his diary was \"still being drawn up\" and that any visit would be announced.",
    "any visit would be announced", BYLINE_QUOTE_INDIRECT, "Ines Carmo" },
  { "The statement was read by the club's spokesman, Emeka Obi.\n\nCoach Dario Festa named the squad. Festa said "
    "the keeper was fit.\n\nAsked whether Festa would stay, the spokesman said the talks were \"going well\" and "
    "that a deal was close.", "going well", BYLINE_QUOTE_PARTIAL, "Emeka Obi" },
  /* "CONTENT, the X presidency said, without giving details": the participle
   * ends the reporting clause; "the Ghanaian presidency" is not the bloc named last */
  { "Okonjo-Bello chaired the summit of the bloc. Okonjo-Bello spoke by phone with the general on Tuesday, the "
    "Ghanaian presidency said, without giving details of the call.",
    "Okonjo-Bello spoke by phone with the general on Tuesday", BYLINE_QUOTE_INDIRECT, "Ghanaian presidency" },
  { "The Baltic Council met on Friday. The envoy called the Finnish premier on Monday, the Estonian presidency "
    "reported, declining to say more.", "The envoy called the Finnish premier on Monday", BYLINE_QUOTE_INDIRECT,
    "Estonian presidency" },
  /* "the President of X, affirming that": the one introduced with that title
   * before the name ("President of the Republic of Ghana Y") */
  { "The emir received at the palace His Excellency President of the Republic of Ghana Kwabena Osei Darko and his "
    "delegation.\n\nHis Excellency the President of the Republic of Ghana expressed his thanks to the emir, "
    "affirming that his government remains committed to the talks.",
    "his government remains committed to the talks", BYLINE_QUOTE_INDIRECT, "Kwabena Osei Darko" },
  { "The king received Prime Minister of the Kingdom of Lesotho Thabo Mokoena Sello at the palace on Monday.\n\n"
    "The Prime Minister of the Kingdom of Lesotho thanked the king, saying Maseru would back the new corridor.",
    "Maseru would back the new corridor", BYLINE_QUOTE_INDIRECT, "Thabo Mokoena Sello" },
  /* "AFC/M23 spokesman X told ... but accused Y of ...": over the slash to the person */
  { "For his part, AFC/M23 spokesman Lawrence Kanyuka told reporters that the movement would attend \"in good "
    "faith,\" but accused Kinshasa of violating the ceasefire.", "Kinshasa of violating the ceasefire",
    BYLINE_QUOTE_INDIRECT, "Lawrence Kanyuka" },
  { "In a statement, ANC/SACP spokeswoman Thandi Mokoena told reporters the alliance would vote \"as one,\" but "
    "accused the mayor of stalling.", "the mayor of stalling", BYLINE_QUOTE_INDIRECT, "Thandi Mokoena" },
  /* "the entity said", "the bloc said": the body named before */
  { "Business groups are watching. For the Federation of Metal Industries (FMI), the tariff cut \"would hit "
    "machinery makers hard\", the entity said in a statement.", "would hit machinery makers hard",
    BYLINE_QUOTE_PARTIAL, "Federation of Metal Industries" },
  { "The Andean Community met in Lima on Friday. Trade had fallen by a fifth since March, the bloc said in a "
    "statement.", "Trade had fallen by a fifth since March", BYLINE_QUOTE_INDIRECT, "Andean Community" },
  /* "CONTENT, aides said after a session that dragged on": the relative clause
   * of the adjunct's noun is no report of its own */
  { "The council failed to agree on the budget, after two members walked out, aides said after a session that "
    "dragged on past midnight.", "The council failed to agree on the budget, after two members walked out",
    BYLINE_QUOTE_INDIRECT, "aides" },
  { "The talks collapsed over fishing quotas, officials said after a meeting that was held in Oslo.",
    "The talks collapsed over fishing quotas", BYLINE_QUOTE_INDIRECT, "officials" },
  /* "said only that ..." */
  { "Asked about the strike, the mayor said only that the buses would run on Monday.",
    "the buses would run on Monday", BYLINE_QUOTE_INDIRECT, "mayor" },
  { "Pressed on the deal, Governor Eli Strand said only that talks were continuing.", "talks were continuing",
    BYLINE_QUOTE_INDIRECT, "Eli Strand" },
  /* "CONTENT, a member of his staff said", "said one participant, who spoke on
   * condition of anonymity": one person, not named */
  { "The two coaches have stayed friends since, a member of her staff said.", "The two coaches have stayed friends since",
    BYLINE_QUOTE_INDIRECT, "a member of her staff" },
  { "The mayor urged the unions to drop their demands, said one participant, who spoke on the condition of "
    "anonymity.", "The mayor urged the unions to drop their demands", BYLINE_QUOTE_INDIRECT, "one participant" },
  { "The envoy left the room twice, one senior delegate said.", "The envoy left the room twice", BYLINE_QUOTE_INDIRECT,
    "one senior delegate" },
  /* "the bloc's commission said", "the Presidency's press office reported": the
   * body with that word in its name, else the words */
  { "The Andean Commission opened the summit. The leaders agreed on Friday to give the junta a year, the bloc's "
    "commission said.", "The leaders agreed on Friday to give the junta a year", BYLINE_QUOTE_INDIRECT,
    "Andean Commission" },
  { "The king asked her to carry a letter to Lisbon, the Palace's press office reported.",
    "The king asked her to carry a letter to Lisbon", BYLINE_QUOTE_INDIRECT, "Palace's press office" },
  /* a whole clause, then a quotation that is only its adverbial: "this month,
   * not next year", "anywhere, at any time", "out of caution", "at all costs" */
  { "Mayor Bea Holt said she had asked the bank for a loan \"this month, not next year.\"",
    "she had asked the bank for a loan", BYLINE_QUOTE_INDIRECT, "Bea Holt" },
  { "Minister Aldo Vance said Quito would hold talks with Lima \"anywhere, at any time,\" officials said.",
    "Quito would hold talks with Lima", BYLINE_QUOTE_INDIRECT, "Aldo Vance" },
  { "The ministry said the regional clinics had closed two wards \"out of an excess of caution.\"",
    "the regional clinics had closed two wards", BYLINE_QUOTE_INDIRECT, "ministry" },
  { "Warden Pia Lind said the prisoners had been moved \"at all costs\" to the coast.",
    "the prisoners had been moved", BYLINE_QUOTE_INDIRECT, "Pia Lind" },
  /* '... remained "optimistic" and had spoken to X': the second verb of the report */
  { "Press aide Lena Whitby said the governor remained \"hopeful\" and had spoken by phone with the mayor on Friday.",
    "had spoken by phone with the mayor on Friday", BYLINE_QUOTE_INDIRECT, "Lena Whitby" },
  { "Coach Ivo Rask said the squad was \"tired but happy\" and would rest until Monday.", "would rest until Monday",
    BYLINE_QUOTE_INDIRECT, "Ivo Rask" },
  /* "CONTENT, according to negotiators.": "is expected to" is no report of its own */
  { "The final text is expected to include a chapter on river pollution, according to negotiators.",
    "The final text is expected to include a chapter on river pollution", BYLINE_QUOTE_INDIRECT, "negotiators" },
  { "The summit is expected to approve a new fund for the coast, according to delegates.",
    "The summit is expected to approve a new fund for the coast", BYLINE_QUOTE_INDIRECT, "delegates" },
  /* "..., according to her spokesman, X.": the name in apposition ends the sentence */
  { "Earlier, Ostrova hosted Chile's trade minister, Pablo Reyes, for a working lunch, according to her "
    "spokesman, Ivo Marin.", "Earlier, Ostrova hosted Chile's trade minister, Pablo Reyes, for a working lunch",
    BYLINE_QUOTE_INDIRECT, "Ivo Marin" },
  /* "..., according to a Peruvian official.": one official, the verb past a fronted phrase */
  { "On the margins of the fair, Peruvian Minister Ana Quispe Luna and Bolivian Minister Jorge Mamani Rios held "
    "talks on a rail link, according to a Peruvian official.",
    "On the margins of the fair, Peruvian Minister Ana Quispe Luna and Bolivian Minister Jorge Mamani Rios held "
    "talks on a rail link", BYLINE_QUOTE_INDIRECT, "Peruvian official" },
  { "The mayor will meet the unions again on Friday if the budget is ready, according to a Danish official.",
    "The mayor will meet the unions again on Friday if the budget is ready", BYLINE_QUOTE_INDIRECT,
    "Danish official" },
  /* "the entity said" after "the X (XYZ)": the full name, not the short one */
  { "Unions are angry. The plan was criticised by the General Workers Union (GWU) on Monday. The cuts \"will empty "
    "our villages,\" the body said.", "will empty our villages,", BYLINE_QUOTE_PARTIAL, "General Workers Union" },
  /* "she" several sentences after the subject, with the one she met named
   * nearer: the person the paragraph was about */
  { "Mayor Vera Lindqvist flew to Oslo on Monday for talks with her Norwegian counterpart, Erik Dahl. The trip "
    "follows a dispute over fishing rights. The two cities have quarrelled for a decade.\n\nThe meeting ran late. "
    "She said afterwards that the two ports would share a coast guard.", "the two ports would share a coast guard",
    BYLINE_QUOTE_INDIRECT, "Vera Lindqvist" },
  { "Minister Paolo Greco travelled to Tunis for talks with his host, Sami Ben Ali. The visit had been delayed "
    "twice. Both sides blame the weather.\n\nThe talks ended at noon. He said then that the ferry line would "
    "reopen in June.", "the ferry line would reopen in June", BYLINE_QUOTE_INDIRECT, "Paolo Greco" },
  /* "Chile's interior ministry said": the body, never the country */
  { "Chile's interior ministry said the border would stay closed.", "the border would stay closed",
    BYLINE_QUOTE_INDIRECT, "interior ministry" },
  { "Kenya's foreign ministry said on Tuesday that the envoy had been summoned.", "the envoy had been summoned",
    BYLINE_QUOTE_INDIRECT, "foreign ministry" },
  /* "said that the Red Cross fully supports ...": a body's name after "the",
   * an adverb, then the verb */
  { "Envoy Ilse Brandt said that the Red Cross fully supports the flood victims.",
    "the Red Cross fully supports the flood victims", BYLINE_QUOTE_INDIRECT, "Ilse Brandt" },
  { "Director-General Omar Sy met the minister. The Director-General reiterated that the World Bank strongly "
    "backs the dam project.", "the World Bank strongly backs the dam project", BYLINE_QUOTE_INDIRECT, "Omar Sy" },
  /* "CONTENT, according to S, who ... / and ... / in what ...": the source in
   * the middle, before a clause of its own */
  { "Ortega had earlier met a delegation from the rebels in Oslo, according to diplomatic aides, who described the "
    "mood as calm.", "Ortega had earlier met a delegation from the rebels in Oslo", BYLINE_QUOTE_INDIRECT,
    "diplomatic aides" },
  { "The mayor dined with the union chief on Sunday, according to two aides familiar with the meeting, and the "
    "pair met again on Monday.", "The mayor dined with the union chief on Sunday", BYLINE_QUOTE_INDIRECT, "two aides" },
  /* "officials familiar with the planning", "sources close to the club": people
   * who were there */
  { "The minister will fly to Lima next week to meet her Peruvian counterpart, according to officials familiar "
    "with the planning, in what would be their first meeting.",
    "The minister will fly to Lima next week to meet her Peruvian counterpart", BYLINE_QUOTE_INDIRECT,
    "officials familiar with the planning" },
  { "The coach will name his squad on Friday, according to sources close to the club.",
    "The coach will name his squad on Friday", BYLINE_QUOTE_INDIRECT, "sources close to the club" },
  /* "But according to X, CONTENT" */
  { "But according to Mayor Ida Lund, the minister asked the bank to delay the sale.",
    "the minister asked the bank to delay the sale", BYLINE_QUOTE_INDIRECT, "Ida Lund" },
  /* "Her office released a statement. "...," the statement said.": the one
   * "her" stands for */
  { "Senator Jo Park has opposed the bill for months. Her office released a statement on Tuesday.\n\n\"This bill "
    "will raise prices for every family,\" the statement said.", "This bill will raise prices for every family,",
    BYLINE_QUOTE_DIRECT, "Jo Park" },
  { "Governor Alan Reyes toured the flooded towns. His office issued a statement late on Monday.\n\n\"Every family "
    "will get help,\" the statement said.", "Every family will get help,", BYLINE_QUOTE_DIRECT, "Alan Reyes" },
  /* "the GCC General Secretariat said": a body of the body, named in capitals */
  { "Earlier, the ministers held a joint meeting with the Foreign Minister of Jordan, the GCC General Secretariat "
    "said in a statement.", "Earlier, the ministers held a joint meeting with the Foreign Minister of Jordan",
    BYLINE_QUOTE_INDIRECT, "GCC General Secretariat" },
  { "The two sides agreed to extend the truce by a month, the ASEAN Secretariat said on Friday.",
    "The two sides agreed to extend the truce by a month", BYLINE_QUOTE_INDIRECT, "ASEAN Secretariat" },
  /* "told his Greek counterpart, X, that ...": whom, over a name in apposition */
  { "President Ali Demir told his Greek counterpart, Nikos Pappas, that Ankara wanted calm in the Aegean.",
    "Ankara wanted calm in the Aegean", BYLINE_QUOTE_INDIRECT, "Ali Demir" },
  { "Chancellor Eva Roth told the Polish prime minister, Jan Nowak, that Berlin would pay for the bridge.",
    "Berlin would pay for the bridge", BYLINE_QUOTE_INDIRECT, "Eva Roth" },
  { "Mayor Rita Gomez told the city's police chief, Juan Ruiz, on Monday that patrols would double.",
    "patrols would double", BYLINE_QUOTE_INDIRECT, "Rita Gomez" },
  /* "The report, published by X on Monday, found that ...": the study over the
   * phrase between commas */
  { "The report, published by the Institute for Peace on Monday, found that attacks on aid workers had doubled.",
    "attacks on aid workers had doubled", BYLINE_QUOTE_INDIRECT, "The report" },
  { "A new survey, carried out by the university in March, shows that most farmers oppose the plan.",
    "most farmers oppose the plan", BYLINE_QUOTE_INDIRECT, "A new survey" },
  /* "In a post on social media, she said": a noun of speech after "a" does not
   * end the fronted phrase; the media in it are no speaker */
  { "Governor Ada Lind sued the agency in March. In a post on social media, she said the ruling showed that the "
    "capital could not \"tax farmers out of existence.\"", "tax farmers out of existence.", BYLINE_QUOTE_PARTIAL,
    "Ada Lind" },
  { "Mayor Ines Dahl lost the vote. In an interview with local radio, she said the result was \"a setback, not a "
    "defeat.\"", "a setback, not a defeat.", BYLINE_QUOTE_PARTIAL, "Ines Dahl" },
  /* "..., a German foreign ministry spokeswoman said, adding that ...": one of
   * the body, past the nationality; the participle is hers */
  { "Minister Jonas Weber met his Moldovan counterpart Ion Rusu. Weber also held talks on the margins of the "
    "meeting with his Latvian counterpart Anna Ozola, a German foreign ministry spokeswoman said, adding that they "
    "discussed energy security ahead of the winter.", "they discussed energy security ahead of the winter",
    BYLINE_QUOTE_INDIRECT, "German foreign ministry spokeswoman" },
  { "The talks had gone on for hours, a French defence ministry official said.", "The talks had gone on for hours",
    BYLINE_QUOTE_INDIRECT, "French defence ministry official" },
  /* "X, who ..., said Senate Republicans were "..."": the body and its people are
   * the report's subject */
  { "Councillor Mark Bellamy, who has sided with the mayor on transit, said Senate Republicans were \"holding "
    "riders hostage\" and said the governor was bluffing.", "holding riders hostage", BYLINE_QUOTE_PARTIAL,
    "Mark Bellamy" },
  { "Councillor Mark Bellamy, who has sided with the mayor, said House Democrats had \"lost their nerve.\"",
    "lost their nerve.", BYLINE_QUOTE_PARTIAL, "Mark Bellamy" },
  /* '"...," she said. "Even Paris."': a short sentence after a quotation is
   * more of it, not a title */
  { "Mayor Lea Kovac smiled. \"I will go wherever they need me,\" she said. \"Even Paris.\"", "Even Paris.",
    BYLINE_QUOTE_DIRECT, "Lea Kovac" },
  { "\"We will fight this in every court,\" said union chief Ravi Das. \"All of them.\"", "All of them.",
    BYLINE_QUOTE_DIRECT, "Ravi Das" },
  /* "CONTENT, according to the ministry.": a body, as one named */
  { "Foreign Minister Kang Hee will visit Tokyo. The two ministers will meet on June 17, according to the ministry.",
    "The two ministers will meet on June 17", BYLINE_QUOTE_INDIRECT, "ministry" },
  { "The plant will close in May, according to the company.", "The plant will close in May", BYLINE_QUOTE_INDIRECT,
    "company" },
  /* "said the two sides fully support ...": a plural subject, an adverb, the verb */
  { "Envoy Mia Sorensen said the two sides fully support the new truce.", "the two sides fully support the new truce",
    BYLINE_QUOTE_INDIRECT, "Mia Sorensen" },
  { "Minister Tomo Ikeda said the Malagasy people deeply appreciate the help of the Red Cross.",
    "the Malagasy people deeply appreciate the help of the Red Cross", BYLINE_QUOTE_INDIRECT, "Tomo Ikeda" },
  /* "His rival, Senator X, was not convinced. "...," she said.": the name in
   * apposition to the sentence's subject before, not the one "his" stands for */
  { "\"I am not a candidate,\" Governor Tim Rowe insisted. \"I have a job to do.\"\n\nHis rival, Senator Kay Lund, "
    "was not convinced. \"He has been a candidate since the day he took office,\" she said.",
    "He has been a candidate since the day he took office,", BYLINE_QUOTE_DIRECT, "Kay Lund" },
  { "\"The budget is fine,\" Mayor Piet Smit said.\n\nHer deputy, Councillor Nora Bakker, disagreed. She said the "
    "city would run out of money by June.", "the city would run out of money by June", BYLINE_QUOTE_INDIRECT,
    "Nora Bakker" },
  /* "Ukraine's military said", "Peru's army said": the body, never the country */
  { "Ukraine's military said on Monday it had shot down 30 drones overnight.",
    "it had shot down 30 drones overnight", BYLINE_QUOTE_INDIRECT, "military" },
  { "Peru's army said two soldiers were missing.", "two soldiers were missing", BYLINE_QUOTE_INDIRECT, "army" },
  /* "A joint statement issued after the talks said ...": a statement no one is
   * named for, opening the sentence */
  { "The talks ended on Friday. A joint statement issued after the talks said both countries would open consulates.",
    "both countries would open consulates", BYLINE_QUOTE_INDIRECT, "joint statement" },
  { "A brief statement released on Sunday said the ship had been seized.", "the ship had been seized",
    BYLINE_QUOTE_INDIRECT, "brief statement" },
  /* "voiced concern that", "voiced hope that" */
  { "President Raul Soto voiced concern that the ceasefire might collapse.", "the ceasefire might collapse",
    BYLINE_QUOTE_INDIRECT, "Raul Soto" },
  { "Minister Ada Ruiz voiced hope that the talks would resume soon.", "the talks would resume soon",
    BYLINE_QUOTE_INDIRECT, "Ada Ruiz" },
  /* a quoted adverbial "well before ...": the clause is a report of its own */
  { "The two countries agreed to resume talks, with foreign secretary Ravi Menon saying a draft could be ready "
    "\"well before the monsoon\".", "a draft could be ready", BYLINE_QUOTE_INDIRECT, "Ravi Menon" },
  { "Mayor Ola Berg said the new pier would be finished \"well ahead of the summer season.\"",
    "the new pier would be finished", BYLINE_QUOTE_INDIRECT, "Ola Berg" },
  /* "According to X, the head of the union, CONTENT": over the description in apposition */
  { "According to Ines Roth, the head of the union, the strike will continue.", "the strike will continue",
    BYLINE_QUOTE_INDIRECT, "Ines Roth" },
  { "According to Paul Diaz, a spokesman for the port, the ships will dock on Monday.",
    "the ships will dock on Monday", BYLINE_QUOTE_INDIRECT, "Paul Diaz" },
  /* '"Enough," wrote the novelist X': a word in marks with its comma, then the
   * verb, opening the sentence: words, not a title */
  { "\"Enough,\" wrote the novelist Ana Sousa on social media.", "Enough,", BYLINE_QUOTE_PARTIAL, "Ana Sousa" },
  { "\"Never,\" said Minister Eva Lind.", "Never,", BYLINE_QUOTE_PARTIAL, "Eva Lind" },
  /* "The World Food Programme warned ... It said ...": "it" is the body that
   * opens the sentence before, named or described */
  { "The World Food Programme warned of famine in the north. It said 2 million people needed help.",
    "2 million people needed help", BYLINE_QUOTE_INDIRECT, "World Food Programme" },
  { "The Spanish navy rescued 40 migrants on Sunday. It said two boats had sunk.", "two boats had sunk",
    BYLINE_QUOTE_INDIRECT, "Spanish navy" },
  /* "said it hid a deficit", "said he knew the risks": a pronoun, then its verb,
   * past or irregular */
  { "Councillor Tom Berg said it hid a deficit.", "it hid a deficit", BYLINE_QUOTE_INDIRECT, "Tom Berg" },
  { "Coach Ivo Lind said he knew the risks.", "he knew the risks", BYLINE_QUOTE_INDIRECT, "Ivo Lind" },
  /* '"...," one negotiator said': one person, not named, before the verb */
  { "\"We are close,\" one negotiator said.", "We are close,", BYLINE_QUOTE_DIRECT, "one negotiator" },
  { "\"The gap is wide,\" one delegate said after the session.", "The gap is wide,", BYLINE_QUOTE_DIRECT,
    "one delegate" },
  /* "One diplomat said ... Another said ...": one more source with no name */
  { "One diplomat said the talks had stalled. Another said a deal was still possible.",
    "a deal was still possible", BYLINE_QUOTE_INDIRECT, "Another" },
  { "One official said the plan was dead. Another official said it could be revived.", "it could be revived",
    BYLINE_QUOTE_INDIRECT, "Another official" },
  /* "said late on Monday, after a long cabinet meeting, that ...": a time, and a
   * phrase of time between commas before "that" */
  { "Minister Clara Nunes said late on Monday, after a long cabinet meeting, that taxes would not rise.",
    "taxes would not rise", BYLINE_QUOTE_INDIRECT, "Clara Nunes" },
  { "President Ivan Horvat said early on Sunday that the army would stay.", "the army would stay",
    BYLINE_QUOTE_INDIRECT, "Ivan Horvat" },
  /* "A senior Kenyan official, who asked not to be named, said ...": one unnamed,
   * over the nationality and the relative clause; "said the railway talks had
   * been": a description's noun group is the report's subject */
  { "A senior Chilean official, who asked not to be named, said the mining talks had been \"slow but fair.\" The "
    "official added that funding from Japan was no longer certain.", "slow but fair.", BYLINE_QUOTE_PARTIAL,
    "senior Chilean official" },
  { "A senior Chilean official, who asked not to be named, said the mining talks had been \"slow but fair.\" The "
    "official added that funding from Japan was no longer certain.", "funding from Japan was no longer certain",
    BYLINE_QUOTE_INDIRECT, "senior Chilean official" },
  /* "X's foreign ministry said ... It said ...": the body quoted just before */
  { "Chile's foreign ministry said separately that a joint commission would meet in Lima next month. It said the "
    "commission would also review fishing rights.", "the commission would also review fishing rights",
    BYLINE_QUOTE_INDIRECT, "foreign ministry" },
  /* "CONTENT, the Kenyan presidency said, after X hosted Y at State House": a name's
   * word is no verb of speech */
  { "Chile and Peru agreed on Tuesday to reopen two border crossings, the Chilean presidency said, after the "
    "president hosted his counterpart at State House.", "Chile and Peru agreed on Tuesday to reopen two border crossings",
    BYLINE_QUOTE_INDIRECT, "Chilean presidency" },
  /* "expressed her appreciation for ..., and said ...": the object is no report;
   * the second verb's clause is */
  { "For her part, Minister Ingrid Solberg expressed her appreciation for the help given to Sudan, and said Oslo "
    "looked forward to a donor conference.", "Oslo looked forward to a donor conference", BYLINE_QUOTE_INDIRECT,
    "Ingrid Solberg" },
  { "The envoy conveyed the greetings of the king, and said Rabat wanted closer ties.",
    "Rabat wanted closer ties", BYLINE_QUOTE_INDIRECT, "envoy" },
  /* "Her Republican counterpart, Sen. X, was less certain. He said ...": the name in
   * apposition, past an abbreviated title */
  { "Senate leader Carla Dunn backed the bill. Her Republican counterpart, Sen. Mitch Harlan, was less certain. He "
    "said several members of his caucus still had questions.", "several members of his caucus still had questions",
    BYLINE_QUOTE_INDIRECT, "Mitch Harlan" },
  /* "According to X, the governments are also considering a declaration": a verb of
   * thought in the progressive is no report; the whole clause is X's */
  { "According to diplomatic sources in Tokyo, the two governments are also considering a joint declaration.",
    "the two governments are also considering a joint declaration", BYLINE_QUOTE_INDIRECT, "diplomatic sources" },
  { "According to two aides, the mayor is still weighing a run for governor.",
    "the mayor is still weighing a run for governor", BYLINE_QUOTE_INDIRECT, "two aides" },
  /* "..., the note said", "the readout said": the body that issued it, quoted before */
  { "The ministry reported that the two had agreed to a working group. The group will meet in March, the note said.",
    "The group will meet in March", BYLINE_QUOTE_INDIRECT, "ministry" },
  { "The agency said the two sides had made progress. Both will meet again in June, the readout said.",
    "Both will meet again in June", BYLINE_QUOTE_INDIRECT, "agency" },
  /* "disagreed, saying (that) CONTENT "adverbial"": the participle's clause, though a
   * quotation ends it */
  { "Nurse Odile Ferrand disagreed, saying that the night wards would decide the dispute \"the way they always "
    "do.\" She went home.", "the night wards would decide the dispute", BYLINE_QUOTE_INDIRECT, "Odile Ferrand" },
  { "The Harbour Pilots Union objected on Friday, saying the new rota would be tested \"before the summer rush.\"",
    "the new rota would be tested", BYLINE_QUOTE_INDIRECT, "Harbour Pilots Union" },
  /* "told his staff that": whom, a possessive's noun group, then the report */
  { "Principal Greta Holm told her teachers that the school would close early.", "the school would close early",
    BYLINE_QUOTE_INDIRECT, "Greta Holm" },
  { "During the meeting, the manager told his senior staff that no jobs would be cut.", "no jobs would be cut",
    BYLINE_QUOTE_INDIRECT, "manager" },
  /* "Marsh's office said", "Reed's campaign said", no one named: the person's words
   * (a campaign's named as the campaign's, with the person as its entity) */
  { "Governor Lena Marsh met the mayors on Monday. Marsh's office said in a statement that the talks had been useful.",
    "the talks had been useful", BYLINE_QUOTE_INDIRECT, "Lena Marsh" },
  { "Senator Hugo Ferreira-Lins toured the port. Ferreira-Lins's campaign said later that the visit was private.",
    "the visit was private", BYLINE_QUOTE_INDIRECT, "Hugo Ferreira-Lins's campaign" },
  /* "told the miners that": whom, "the" and a noun, then the report */
  { "Premier Lotte Vink met the strikers on Monday. Vink told the miners that the pits would stay open.",
    "the pits would stay open", BYLINE_QUOTE_INDIRECT, "Lotte Vink" },
  { "In Leeds, the coach told a packed hall that the club would not be sold.", "the club would not be sold",
    BYLINE_QUOTE_INDIRECT, "coach" },
  /* "a spokesperson for the Gulf Council said", "a company spokesman said", no name
   * after: the body */
  { "Oil states blocked the deal. A spokesperson for the Gulf Council said only that each economy must be protected.",
    "each economy must be protected", BYLINE_QUOTE_INDIRECT, "Gulf Council" },
  { "The vote was put off. The plan had never been costed, a spokeswoman for the Pacific Rim Forum said.",
    "The plan had never been costed", BYLINE_QUOTE_INDIRECT, "Pacific Rim Forum" },
  { "Shares in the Kessler Group rose on Monday. Chief executive Pia Lund will visit Rome next week, a company "
    "spokesman said.", "Chief executive Pia Lund will visit Rome next week", BYLINE_QUOTE_INDIRECT, "Kessler Group" },
  /* but "ministry spokesman X told": the name after the title speaks */
  { "The Trade Ministry said on Friday that talks would resume. The quota will stay, ministry spokeswoman Wen Lixia "
    "told a news briefing.", "The quota will stay", BYLINE_QUOTE_INDIRECT, "Wen Lixia" },
  /* "stressed that Jordan and Egypt stand ...": two names joined, a verb in the plural */
  { "Minister Tomas Ribeiro landed in Lima. Ribeiro stressed that Portugal and Peru stand together on fishing rights.",
    "Portugal and Peru stand together on fishing rights", BYLINE_QUOTE_INDIRECT, "Tomas Ribeiro" },
  { "The envoy said on Monday that Ghana and Togo share one view of the border, the ministry reported.",
    "Ghana and Togo share one view of the border", BYLINE_QUOTE_INDIRECT, "envoy" },
  /* "According to a ministry statement, X affirmed that Y "..."": X's words, the
   * statement only relays them */
  { "Minister Arjen Bosch met his Belgian counterpart. According to a Trade Ministry statement, Bosch affirmed that "
    "the Netherlands \"firmly opposes any new tariffs on steel.\"", "firmly opposes any new tariffs on steel.",
    BYLINE_QUOTE_PARTIAL, "Arjen Bosch" },
  { "According to the mayor's office, Councillor Ruth Obi said that the library would \"stay open every "
    "Sunday.\"", "stay open every Sunday.", BYLINE_QUOTE_PARTIAL, "Ruth Obi" },
  /* "X stressed that ..., the ministry said, adding that ...": the participle is the
   * relaying ministry's */
  { "The Foreign Ministry of Ghana said Minister Kojo Asante had arrived. Asante stressed that trade would grow, the "
    "ministry said in a statement, adding that a joint commission would meet in May.",
    "a joint commission would meet in May", BYLINE_QUOTE_INDIRECT, "Foreign Ministry" },
  { "Mayor Ilse Brandt toured the port. Brandt warned that the docks were failing, her office said on Friday, "
    "adding that repairs would start soon.", "repairs would start soon", BYLINE_QUOTE_INDIRECT, "Ilse Brandt" },
  /* "the envoy, Minister of Regional Integration X, said": past a title with its portfolio */
  { "Speaking to reporters, the envoy, Minister of Regional Integration Luis Ortega, said the talks went well.",
    "the talks went well", BYLINE_QUOTE_INDIRECT, "Luis Ortega" },
  { "The delegation's head, Minister for Trade and Industry Ana Soto, said the deal was close.",
    "the deal was close", BYLINE_QUOTE_INDIRECT, "Ana Soto" },
  /* "The bloc's chair, Ambassador X of Tonga, told": the name in apposition, past
   * its title and its country */
  { "The Pacific bloc rejected the text. The bloc's chair, Ambassador Tevita Lolo of Tonga, told reporters that "
    "rich nations had offered too little.", "rich nations had offered too little", BYLINE_QUOTE_INDIRECT,
    "Tevita Lolo" },
  { "A spokesman for the league, Commissioner Ravi Menon of Malaysia, said the final would go ahead.",
    "the final would go ahead", BYLINE_QUOTE_INDIRECT, "Ravi Menon" },
  /* "Speaking during a joint press briefing, X said": the phrase's nouns are no speaker */
  { "President Sam Okoth met his guest. Speaking during a joint press briefing, Okoth said the border would open "
    "\"with immediate effect\".", "with immediate effect", BYLINE_QUOTE_PARTIAL, "Sam Okoth" },
  { "Governor Ana Mele spoke after the storm. Speaking at a news conference, Mele said the roads would reopen "
    "\"within the week\".", "within the week", BYLINE_QUOTE_PARTIAL, "Ana Mele" },
  /* "CONTENT, Downing Street has said.": the perfect of the reporting verb */
  { "The Home Secretary will travel to Oslo on Monday for talks on fishing quotas, the Foreign Office has said.",
    "The Home Secretary will travel to Oslo on Monday for talks on fishing quotas", BYLINE_QUOTE_INDIRECT,
    "Foreign Office" },
  { "Two new schools will open in the valley next year, Governor Lise Aune has said.",
    "Two new schools will open in the valley next year", BYLINE_QUOTE_INDIRECT, "Lise Aune" },
  /* "said X, but added that Y", "said X but warned that Y": two reports of one speaker */
  { "Mayor Tom Hale said the library was safe, but added that hard choices would follow.",
    "hard choices would follow", BYLINE_QUOTE_INDIRECT, "Tom Hale" },
  { "Mayor Tom Hale said the library was safe, but added that hard choices would follow.",
    "the library was safe", BYLINE_QUOTE_INDIRECT, "Tom Hale" },
  { "Coach Ines Varga said the squad was fit but warned that the pitch would be heavy.",
    "the squad was fit", BYLINE_QUOTE_INDIRECT, "Ines Varga" },
  { "Mayor Tom Hale said the pool was open \"for now\", but added that the heating would be cut.",
    "the heating would be cut", BYLINE_QUOTE_INDIRECT, "Tom Hale" },
  /* "Rep. X, D-Salem, who chairs ..., said the transit system faced a "..."": the
   * subject before the relative clause, not a noun group after the verb */
  { "Lawmakers met on Monday. Rep. Dara Quinn, D-Salem, who chairs the House housing committee, said the transit "
    "system faced a \"slow collapse\" in July.", "slow collapse", BYLINE_QUOTE_PARTIAL, "Dara Quinn" },
  { "Councillor Piet Smit, who leads the finance panel, said the museum board had been \"asleep at the wheel\" "
    "for years.", "asleep at the wheel", BYLINE_QUOTE_PARTIAL, "Piet Smit" },
  /* "cautioned, however, that ...": a connective between commas before "that" */
  { "Dr Ana Silva led the study. Silva cautioned, however, that the effect faded after a year.",
    "the effect faded after a year", BYLINE_QUOTE_INDIRECT, "Ana Silva" },
  { "The coach said, though, that the squad would need a new keeper.", "the squad would need a new keeper",
    BYLINE_QUOTE_INDIRECT, "coach" },
  /* "..., the people said": the sources named before, unnamed */
  { "Two people close to the bank said the firms held talks. The talks may not lead to a deal, the people said, "
    "asking not to be identified.", "The talks may not lead to a deal", BYLINE_QUOTE_INDIRECT, "the people" },
  { "Several people briefed on the plan described it. The people said the vote would come in May.",
    "the vote would come in May", BYLINE_QUOTE_INDIRECT, "The people" },
  /* a briefing's opening line under its spokesperson's name, then "Q:" and "A:" */
  { "Spokesperson Mira Castell's briefing\n\nThe following is an edited transcript of the briefing held on Monday.\n\n"
    "Mira Castell: Good morning. The minister will visit Accra on Monday.\n\n"
    "Q: Will she meet the president?\n\nA: Details will follow.\n\nQ: And the trade deal?\n\nA: Talks go on.",
    "Good morning. The minister will visit Accra on Monday.", BYLINE_QUOTE_DIRECT, "Mira Castell" },
  { "Transcript of the daily briefing\n\nACCRA, May 2 -- Minister Jonas Weber opened the briefing in the afternoon.\n\n"
    "Jonas Weber: Welcome. I have two announcements today.\n\nQuestion: Is the "
    "border open?\n\nAnswer: It is.\n\nQuestion: Since when?\n\nAnswer: Since Friday.",
    "Welcome. I have two announcements today.", BYLINE_QUOTE_DIRECT, "Jonas Weber" },
  /* and then the report is the one the sentence's end names */
  { "The Home Secretary will fly to Oslo, where she is expected to press Nordic ministers to share patrol data, "
    "Downing Street said.", "The Home Secretary will fly to Oslo, where she is expected to press Nordic ministers to "
    "share patrol data", BYLINE_QUOTE_INDIRECT, "Downing Street" },
  /* "..., his office said": the person the sentence is about */
  { "Prime Minister Avi Stern met the Greek minister. Later on Wednesday, Stern spoke by phone with the US "
    "secretary of state, his office said.", "Later on Wednesday, Stern spoke by phone with the US secretary of state",
    BYLINE_QUOTE_INDIRECT, "Avi Stern" },
  { "Senator Joan Pike toured the flooded towns. She will seek federal aid on Monday, her office said.",
    "She will seek federal aid on Monday", BYLINE_QUOTE_INDIRECT, "Joan Pike" },
  /* "the question of joint debt remains ...": a subject with "of", a verb in the present */
  { "The leaders met in Paris. According to diplomats, the question of joint debt remains open.",
    "the question of joint debt remains open", BYLINE_QUOTE_INDIRECT, "diplomats" },
  { "Minister Lea Horn said the price of fresh bread worries her voters.", "the price of fresh bread worries her voters",
    BYLINE_QUOTE_INDIRECT, "Lea Horn" },
  /* "a new analysis of ... suggests that ...": what a study reports */
  { "LIMA - A new analysis of school records from six regions suggests that free lunches raise attendance by a "
    "tenth, economists said.", "free lunches raise attendance by a tenth", BYLINE_QUOTE_INDIRECT, "A new analysis" },
  { "A new study suggests that the drug had cut relapses by a third.", "the drug had cut relapses by a third",
    BYLINE_QUOTE_INDIRECT, "A new study" },
  /* "has claimed, without evidence, that", "said, in a statement, that": a phrase between commas */
  { "Former Gov. Alan Pratt has repeatedly claimed, without evidence, that thousands of ballots were forged.",
    "thousands of ballots were forged", BYLINE_QUOTE_INDIRECT, "Alan Pratt" },
  { "The harbour board said, in a brief statement, that the pier would stay shut.", "the pier would stay shut",
    BYLINE_QUOTE_INDIRECT, "harbour board" },
  /* round 6: a press service speaks ("the X press service reports"), a body of a
   * country ("the Foreign Ministry of X informs"), a description's name in
   * apposition at a sentence's end ("his press secretary, X, confirmed") */
  { "The governor of Lagoa met the new bishop on Friday, the Lagoa press service reports.",
    "The governor of Lagoa met the new bishop on Friday", BYLINE_QUOTE_INDIRECT, "Lagoa press service" },
  { "Rail fares will rise in spring, the cabinet press office said on Monday.", "Rail fares will rise in spring",
    BYLINE_QUOTE_INDIRECT, "cabinet press office" },
  { "The talks will resume in Quito, the Council's spokesperson's service said.", "The talks will resume in Quito",
    BYLINE_QUOTE_INDIRECT, "Council's spokesperson's service" },
  { "The envoy will visit Lima on June 3, the Foreign Ministry of Peru informs.", "The envoy will visit Lima on June 3",
    BYLINE_QUOTE_INDIRECT, "Foreign Ministry" },
  { "The trade minister will travel to Accra to sign the accord, the Ministry of Trade of Ghana said.",
    "The trade minister will travel to Accra to sign the accord", BYLINE_QUOTE_INDIRECT, "Ministry of Trade" },
  { "Mayor Rhea Lund will fly to Oslo next week, her chief of staff, Tomas Brekke, confirmed.",
    "Mayor Rhea Lund will fly to Oslo next week", BYLINE_QUOTE_INDIRECT, "Tomas Brekke" },
  { "The senator would not seek a third term, his press secretary, Ines Varro, said on Sunday.",
    "The senator would not seek a third term", BYLINE_QUOTE_INDIRECT, "Ines Varro" },
  /* the reporting clause between a subject and its verb, its speaker a group where
   * it was ("several people in the room said"), after "It was," or before a
   * cleft's "that", or telling someone ("X told the radio,") */
  { "The harvest fair drew crowds. The real worry, several people at the stalls said, was the drought.",
    "The real worry, several people at the stalls said, was the drought", BYLINE_QUOTE_INDIRECT,
    "several people at the stalls" },
  { "The final ended level. It was, delegates from both clubs insisted, a fair result.",
    "It was, delegates from both clubs insisted, a fair result", BYLINE_QUOTE_INDIRECT, "delegates from both clubs" },
  { "Counsel Mira Oduya opened the case. It was in that hotel bar, Ms Oduya said, that the cash changed hands.",
    "It was in that hotel bar, Ms Oduya said, that the cash changed hands", BYLINE_QUOTE_INDIRECT, "Mira Oduya" },
  { "Spokesman Tariq Bello defended the trip. The governor, Bello told the local paper Vanguard, had gone to "
    "Abuja to ask for funds.", "The governor, Bello told the local paper Vanguard, had gone to Abuja to ask for funds",
    BYLINE_QUOTE_INDIRECT, "Tariq Bello" },
  /* "In that meeting, according to X, CONTENT": a fronted phrase, then the source */
  { "At the lunch, according to two people who attended, the mayors agreed to merge their bus companies.",
    "the mayors agreed to merge their bus companies", BYLINE_QUOTE_INDIRECT, "two people who attended" },
  { "In those talks, according to the Trade Ministry, both delegations backed a cap on steel imports.",
    "both delegations backed a cap on steel imports", BYLINE_QUOTE_INDIRECT, "Trade Ministry" },
  /* "according to a readout from the ministry": the readout's body */
  { "The premiers discussed grain exports on Monday, according to a readout from the cabinet office.",
    "The premiers discussed grain exports on Monday", BYLINE_QUOTE_INDIRECT, "cabinet office" },
  /* "the speaker": the one who presides over a parliament, whatever the title */
  { "Chairman of the National Assembly Tomas Berg received the delegation. Minister Jan Kowal joined them. The "
    "speaker said the two chambers would sign a protocol in May.", "the two chambers would sign a protocol in May",
    BYLINE_QUOTE_INDIRECT, "Tomas Berg" },
  /* "the people of Estonia deeply value ...": a verb in the plural after a place's noun and an adverb */
  { "Minister Jan Kowal met the envoys of Estonia. He said the people of Estonia deeply value the support of Poland.",
    "the people of Estonia deeply value the support of Poland", BYLINE_QUOTE_INDIRECT, "Jan Kowal" },
  { "Recalling his visit in 2019, Governor Ali Demir said the citizens of Izmir warmly remember the festival.",
    "the citizens of Izmir warmly remember the festival", BYLINE_QUOTE_INDIRECT, "Ali Demir" },
  /* "suggested the two sides soon sign ...": a wish's clause, its verb bare after an
   * adverb; after "and" it is the speaker's next report */
  { "Premier Lin Hao welcomed the envoy and suggested the two ports jointly build a new ferry terminal.",
    "the two ports jointly build a new ferry terminal", BYLINE_QUOTE_INDIRECT, "Lin Hao" },
  { "Mayor Ola Dahl said the city valued the partnership and proposed the two councils regularly exchange "
    "planning staff.", "the two councils regularly exchange planning staff", BYLINE_QUOTE_INDIRECT, "Ola Dahl" },
  /* ("the head of state visit": a noun group, not the head of state speaking) */
  { "President Ilham Karimov met the envoy on Monday. The head of state visit to Rome was cancelled, officials said.",
    "The head of state visit to Rome was cancelled", BYLINE_QUOTE_INDIRECT, "officials" },
  /* "spoke with", "agreed on": a meeting's verb, no report inside a sourced sentence */
  { "The premier spoke with two governors by phone on Sunday, according to a source in her office.",
    "The premier spoke with two governors by phone on Sunday", BYLINE_QUOTE_INDIRECT, "source" },
  { "The two federations agreed on a new calendar last week, according to people familiar with the talks.",
    "The two federations agreed on a new calendar last week", BYLINE_QUOTE_INDIRECT, "people familiar with the talks" },
  /* "though several cautioned that", "Others said": some of a group, no name */
  { "The union leaders left the talks in good spirits, though several warned that the pension question was still "
    "open.", "the pension question was still open", BYLINE_QUOTE_INDIRECT, "several" },
  { "Most of the delegates backed the text. Others said the wording on water rights was too weak.",
    "the wording on water rights was too weak", BYLINE_QUOTE_INDIRECT, "Others" },
  /* "Thanking the mayor for the visit, the minister said": the participle's object
   * is no speaker */
  { "Foreign Minister Rita Sousa received Mayor Hugo Lamas on Monday. Thanking the mayor for the visit, the minister "
    "said the bridge would open in May.", "the bridge would open in May", BYLINE_QUOTE_INDIRECT, "Rita Sousa" },
  { "Governor Noor Hadid hosted Ambassador Timo Kask. Welcoming the ambassador to the province, the governor noted "
    "that trade had tripled since 2020.", "trade had tripled since 2020", BYLINE_QUOTE_INDIRECT, "Noor Hadid" },
  /* "During the meeting X briefed ... and said": "the meeting" is no governor of X */
  { "Envoy Lia Moretti arrived on Monday. During the meeting Moretti briefed the mayor on the plan and said Rome "
    "was ready to fund the bridge.", "Rome was ready to fund the bridge", BYLINE_QUOTE_INDIRECT, "Lia Moretti" },
  { "Minister Juho Rinne chaired the session. After that meeting Rinne told reporters the budget would be cut.",
    "the budget would be cut", BYLINE_QUOTE_INDIRECT, "Juho Rinne" },
  /* ", he said, because "..."": the pronoun of the reporting clause between commas */
  { "Coach Rui Neves faced the press. The club had not released a statement, he said, because \"nothing had been "
    "decided\".", "nothing had been decided", BYLINE_QUOTE_PARTIAL, "Rui Neves" },
  { "Director Alma Koss answered the auditors. The museum had never lent the painting, she said, since \"it is too "
    "fragile to travel\".", "it is too fragile to travel", BYLINE_QUOTE_PARTIAL, "Alma Koss" },
  /* "Her spokesperson now says": the one spoken for, of that gender, the subject
   * of the sentence before rather than the one named last */
  { "Earlier we reported that Chancellor Ines Wolf would meet President Karl Brandt in the afternoon. Her "
    "spokesperson now says the meeting has been moved to Monday.", "the meeting has been moved to Monday",
    BYLINE_QUOTE_INDIRECT, "Ines Wolf" },
  { "Governor Paul Reyes will host Mayor Linda Cho on Friday. His spokesman said the dinner would be private.",
    "the dinner would be private", BYLINE_QUOTE_INDIRECT, "Paul Reyes" },
  /* "A spokeswoman for the ministry, X, declined ... She said": X */
  { "Mayor Lotte Brink met the strikers. A spokeswoman for the council, Ilse Maas, would not say what Brink offered. "
    "She said only that talks would resume on Friday.", "talks would resume on Friday", BYLINE_QUOTE_INDIRECT,
    "Ilse Maas" },
  { "Coach Arvid Holm met the owners. A spokesman for the club, Jonas Berg, gave no details of what Holm asked for. "
    "He said the meeting had been friendly.", "the meeting had been friendly", BYLINE_QUOTE_INDIRECT, "Jonas Berg" },
  /* "said A, and that B ... "quoted words"": A is a report of its own */
  { "Counsel Hanne Moe told the court that bank records showed the dealer had paid every invoice late, and that he "
    "had called the fines \"a cost of trade\".", "bank records showed the dealer had paid every invoice late",
    BYLINE_QUOTE_INDIRECT, "Hanne Moe" },
  { "The auditor said the club had sold its stadium below its value last spring, but that its board saw the sale as "
    "\"the only way out\".", "the club had sold its stadium below its value last spring", BYLINE_QUOTE_INDIRECT,
    "auditor" },
  /* "X said ..., while Lima hopes ... "quoted words"": a country's hope inside a
   * person's report is the person's */
  { "Spokeswoman Mina Sato briefed reporters. Sato said the envoy would raise the dispute with Seoul, while Tokyo "
    "hopes Beijing will take a \"calmer line\" at the summit.", "calmer line", BYLINE_QUOTE_PARTIAL, "Mina Sato" },
  { "Envoy Piet Claes spoke after the talks. Claes said the ministers had agreed on a timetable, while Brussels "
    "expects the capitals to show \"real flexibility\" next month.", "real flexibility", BYLINE_QUOTE_PARTIAL,
    "Piet Claes" },
  /* "X and Y, as the two largest ..., share": a report past the "as" phrase */
  { "Minister Rosa Vidal flew to Quito. Vidal said Spain and Ecuador, as old partners in trade, share a duty to "
    "protect migrants.", "Spain and Ecuador, as old partners in trade, share a duty to protect migrants",
    BYLINE_QUOTE_INDIRECT, "Rosa Vidal" },
  { "Governor Omar Haddad told the council that Oran and Tlemcen, as the two largest cities in the west, carry most "
    "of the burden.", "Oran and Tlemcen, as the two largest cities in the west, carry most of the burden",
    BYLINE_QUOTE_INDIRECT, "Omar Haddad" },
  /* "the society said": the body named before, not the one whose title names it */
  { "The chairman of the Royal Chess Club, Ivo Lamm, will meet the mayor on Friday, the club said.",
    "The chairman of the Royal Chess Club, Ivo Lamm, will meet the mayor on Friday", BYLINE_QUOTE_INDIRECT,
    "Royal Chess Club" },
  { "The director of the Alpine Rescue Association, Nina Frey, will travel to Bern next week, the association said.",
    "The director of the Alpine Rescue Association, Nina Frey, will travel to Bern next week", BYLINE_QUOTE_INDIRECT,
    "Alpine Rescue Association" },
  /* "the Chilean embassy in Oslo told Reuters": the body where it is */
  { "The envoy will also meet the defence minister on Friday, the Peruvian embassy in Quito told AFP.",
    "The envoy will also meet the defence minister on Friday", BYLINE_QUOTE_INDIRECT, "Peruvian embassy in Quito" },
  { "Visas for students will be issued within a week, the consulate in Lyon said on Monday.",
    "Visas for students will be issued within a week", BYLINE_QUOTE_INDIRECT, "consulate in Lyon" },
  /* "where, according to X, CONTENT": the clause after the source is X's */
  { "The two mayors last met in Turin in March, where, according to the city council, they agreed to share a tram "
    "depot.", "they agreed to share a tram depot", BYLINE_QUOTE_INDIRECT, "city council" },
  { "She chaired a breakfast with the three rectors, at which, according to a faculty member, the rectors discussed "
    "a joint library.", "the rectors discussed a joint library", BYLINE_QUOTE_INDIRECT, "a faculty member" },
  /* a live blog's time stamp before the entry: the subject after it */
  { "Live\n\n14:50 \u2013 Foreign Minister Ana Soto met Premier Luis Ortega in Lima. She said the talks were good.",
    "the talks were good", BYLINE_QUOTE_INDIRECT, "Ana Soto" },
  { "Live\n\n09.15 GMT - Trade Minister Ama Owusu met Premier Kofi Mensah in Accra. She said the deal was close.",
    "the deal was close", BYLINE_QUOTE_INDIRECT, "Ama Owusu" },
  /* "the Guatemalan minister" of a foreign secretary of that country */
  { "Mexican Foreign Secretary Ana Ruiz hosted her Guatemalan counterpart, Luis Ortega, on Tuesday.\n\n"
    "For his part, the Guatemalan minister described the ties as \"a shared task.\"", "a shared task.",
    BYLINE_QUOTE_PARTIAL, "Luis Ortega" },
  { "Foreign Secretary Tom Reed met Kenyan Foreign Minister Ann Wanjiru in London. The British minister said "
    "trade would double.", "trade would double", BYLINE_QUOTE_INDIRECT, "Tom Reed" },
  /* "the minister" is a minister, not the prime minister named after */
  { "Trade Minister Aino Salo met Prime Minister Raul Pinto on Monday.\n\n\"We will sign in June,\" the minister said.",
    "We will sign in June,", BYLINE_QUOTE_DIRECT, "Aino Salo" },
  { "Health Minister Kofi Mensah visited the clinic with Deputy Prime Minister Ama Owusu. The minister said the "
    "ward would reopen in May.", "the ward would reopen in May", BYLINE_QUOTE_INDIRECT, "Kofi Mensah" },
  { "Mayor Oona Rask hosted the Danish consul on Friday, stressing that the opening of the ferry line brings jobs to "
    "the island.", "the opening of the ferry line brings jobs to the island", BYLINE_QUOTE_INDIRECT, "Oona Rask" },
  /* "affirmed that" + a clause whose verb has no tense ending ("always treasure") */
  { "Governor Lena Aho affirmed that the people of Lapland always welcome visitors from the south.",
    "the people of Lapland always welcome visitors from the south", BYLINE_QUOTE_INDIRECT, "Lena Aho" },
  { "The rector stressed that both universities fully share the goal of open access.",
    "both universities fully share the goal of open access", BYLINE_QUOTE_INDIRECT, "rector" },
  /* "the head of state": the president (or king, emir) named before */
  { "President Tomas Varga welcomed the Polish premier on Monday. The head of state noted that exports had doubled.",
    "exports had doubled", BYLINE_QUOTE_INDIRECT, "Tomas Varga" },
  { "King Harald Berg received the new envoys at the palace, with Prime Minister Eva Lund present. The Head of State "
    "said the kingdom valued its old friends.", "the kingdom valued its old friends", BYLINE_QUOTE_INDIRECT, "Harald Berg" },
  /* '"...," Y quoted X as telling Z': X; "talks with X, who later described ..." : X */
  { "Governor Ilka Sepp met the farmers. \"We will not sell the water,\" her aide Jonas Kask quoted the governor as "
    "telling the farmers.", "We will not sell the water,", BYLINE_QUOTE_DIRECT, "Ilka Sepp" },
  { "Coach Milan Horvat faced the board. \"The squad is tired,\" club chairman Ivo Peric quoted the coach as saying.",
    "The squad is tired,", BYLINE_QUOTE_DIRECT, "Milan Horvat" },
  { "On Friday the delegation held talks with Mayor Oskar Lind, who later described the meeting as \"long but useful\".",
    "long but useful", BYLINE_QUOTE_PARTIAL, "Oskar Lind" },
  { "The envoy called on Senator Maria Duarte, who also said the bill would pass in June.",
    "the bill would pass in June", BYLINE_QUOTE_INDIRECT, "Maria Duarte" },
  /* "according to ... sources" at a sentence's end is a report of sources unnamed */
  { "The mayor is expected to visit Cusco in March, according to Peruvian diplomatic sources.",
    "The mayor is expected to visit Cusco in March", BYLINE_QUOTE_INDIRECT, "Peruvian diplomatic sources" },
  { "The striker signed a new contract late on Sunday, according to a source close to the board.",
    "The striker signed a new contract late on Sunday", BYLINE_QUOTE_INDIRECT, "a source close to the board" },
  /* "assured X that", "reminded X that": whom, then the report */
  { "Consul Yara Mendes met the mayor. The consul assured the mayor that Brasilia would fund the clinic.",
    "Brasilia would fund the clinic", BYLINE_QUOTE_INDIRECT, "Yara Mendes" },
  { "Judge Petra Vogel reminded the jurors that the photographs were not evidence.",
    "the photographs were not evidence", BYLINE_QUOTE_INDIRECT, "Petra Vogel" },
  /* "said in a statement ahead of the visit that" */
  { "The trade ministry said in a statement ahead of the summit that tariffs on rice would be cut.",
    "tariffs on rice would be cut", BYLINE_QUOTE_INDIRECT, "trade ministry" },
  { "The club said in a statement ahead of the match that tickets had sold out.",
    "tickets had sold out", BYLINE_QUOTE_INDIRECT, "club" },
  /* "CONTENT, X said in a statement issued after ...": the adjunct's participle
   * ends the reporting clause as a preposition would */
  { "Talks between the two mayors centred on the tram line and parking, the city council said in a statement "
    "issued late on Tuesday.", "Talks between the two mayors centred on the tram line and parking",
    BYLINE_QUOTE_INDIRECT, "city council" },
  { "The delegations reviewed fishing quotas and port fees, the Foreign Ministry said in a communique released "
    "on Friday.", "The delegations reviewed fishing quotas and port fees", BYLINE_QUOTE_INDIRECT, "Foreign Ministry" },
  /* "Aboard X, Y told reporters": the vessel opens a phrase, Y speaks */
  { "Spokeswoman Greta Holm opened the day. Aboard HMS Dauntless on Sunday, the admiral told reporters he was "
    "\"very pleased\" with the drill.", "very pleased", BYLINE_QUOTE_PARTIAL, "admiral" },
  { "Aboard the Polar Star, Captain Ines Varga told reporters she was \"hopeful\" about the ice.", "hopeful",
    BYLINE_QUOTE_PARTIAL, "Ines Varga" },
  /* "he said" after a quotation given to a title with no name, no one named
   * between: that title, not the last person named */
  { "Spokesman Ivo Karst opened the briefing.\n\nThe governor told reporters she was \"relieved\" by the vote. "
    "\"We kept our promise. The money is there,\" she said after the session.",
    "We kept our promise. The money is there,", BYLINE_QUOTE_DIRECT, "governor" },
  { "Spokeswoman Greta Holm opened the briefing.\n\nInside the stadium, the coach told reporters he was "
    "\"proud\" of his players. \"They never stopped running,\" he said.", "They never stopped running,",
    BYLINE_QUOTE_DIRECT, "coach" },
  /* "would make that call "...," he said": "call" a noun after "that", no report of
   * the sentence's subject; the clause after the quotation names the speaker */
  { "Treasurer Omar Sidibe spoke first. The board will make that call \"when the audit is done,\" he said.",
    "when the audit is done,", BYLINE_QUOTE_PARTIAL, "Omar Sidibe" },
  { "Judge Marta Ilves spoke after the hearing. The jury would make the call \"in good time,\" she said.",
    "in good time,", BYLINE_QUOTE_PARTIAL, "Marta Ilves" },
  /* "CONTENT, she said, adding that ... "..."": the participle is hers */
  { "Mayor Ana Ruiz spoke at the briefing. The council would decide soon, she said, adding that talks with the "
    "unions were \"useful and frank.\"", "useful and frank.", BYLINE_QUOTE_PARTIAL, "Ana Ruiz" },
  { "Harbour master Nils Orvik met the press. The port would reopen soon, he said, adding that the repairs were "
    "\"nearly finished.\"", "nearly finished.", BYLINE_QUOTE_PARTIAL, "Nils Orvik" },
  /* a whole clause, then a quoted "whatever ...", "no matter ...", "even if ...":
   * the clause is a report of its own */
  { "Senator Dora Kipp said that the state would keep its water plan \"no matter what the drought brings\".",
    "the state would keep its water plan", BYLINE_QUOTE_INDIRECT, "Dora Kipp" },
  { "Envoy Pavel Ruzek said the talks would resume next week \"even if the ceasefire fails\".",
    "the talks would resume next week", BYLINE_QUOTE_INDIRECT, "Pavel Ruzek" },
  { "Coach Lisa Orme said her team would finish the season \"whatever the table says\".",
    "her team would finish the season", BYLINE_QUOTE_INDIRECT, "Lisa Orme" },
  /* "the Estonian minister": the one whose long title before the name ends in
   * that country, not the host minister whose country the text does not give */
  { "Foreign Minister Ana Rojas on Monday received the Deputy Prime Minister, Minister of Foreign Affairs of the "
    "Republic of Estonia, Kalev Tamm. The two discussed energy. The Estonian minister said that Tallinn would keep "
    "its defence budget.", "Tallinn would keep its defence budget", BYLINE_QUOTE_INDIRECT, "Kalev Tamm" },
  { "Trade Minister Ilse Berger on Friday welcomed the Minister of Trade and Industry of Uruguay, Diego Ferrer. "
    "For his part, the Uruguayan minister said that beef exports had doubled.", "beef exports had doubled",
    BYLINE_QUOTE_INDIRECT, "Diego Ferrer" },
  /* "X declined. Asked ..., he sighed. "...," he said": the pronoun goes on with
   * the subject two sentences before, not with someone quoted before X */
  { "Coach Rui Lemos spoke first. \"We lost,\" he said.\n\nEconomist Paul Varga said the club was broke. \"It "
    "cannot last,\" Varga said.\n\nLemos declined to name a date. Asked whether the club could fold, he took a "
    "long breath. \"Anything can fold,\" he said.", "Anything can fold,", BYLINE_QUOTE_DIRECT, "Rui Lemos" },
  { "Senator Ida Marsh took questions. \"The bill is dead,\" she said.\n\nLobbyist Tom Reed disagreed. \"It will "
    "pass,\" said Reed, who lobbies for the farm group.\n\nMarsh left the chamber early. Asked about the vote, she "
    "looked at the floor for a moment. \"Wait and see,\" she said.", "Wait and see,", BYLINE_QUOTE_DIRECT,
    "Ida Marsh" },
  /* "CITY, Country — ...": a dateline the document did not take is neither the
   * speaker nor the report's words; "the U.S. special envoy": a country's name
   * and one word before the role is a description, of the one named after it */
  { "LIMA, Peru — The U.S. special envoy for the Andes said Wednesday that talks on a border deal had made real "
    "progress.\n\n\"We are closer,\" envoy Mark Dale told reporters after a day of meetings.",
    "talks on a border deal had made real progress", BYLINE_QUOTE_INDIRECT, "Mark Dale" },
  { "NAIROBI, Kenya — The U.K. special envoy for Sudan said Monday that the ceasefire was holding.\n\n\"It is "
    "fragile,\" envoy Tom Ashby told reporters.", "the ceasefire was holding", BYLINE_QUOTE_INDIRECT, "Tom Ashby" },
  { "BERGEN, Norway — Fish prices fell for a third month in a row, the council said on Friday.",
    "Fish prices fell for a third month in a row", BYLINE_QUOTE_INDIRECT, "council" },
  { "ST. PAUL, Minn. — The state's top prosecutor said Tuesday that the audit had found no fraud.",
    "the audit had found no fraud", BYLINE_QUOTE_INDIRECT, "state's top prosecutor" },
  /* "X's campaign said": the campaign, named with the candidate's full name; "the
   * statement said" after it, the same */
  { "State Senator Ann Reed is running for governor. Reed's campaign said in a statement that the ad was \"a pack "
    "of lies\". \"Our opponent cannot defend his record,\" the statement said.",
    "Our opponent cannot defend his record,", BYLINE_QUOTE_DIRECT, "Ann Reed's campaign" },
  { "Councilman Jorge Pita lost the primary. Pita's campaign said the count had left out two precincts.",
    "the count had left out two precincts", BYLINE_QUOTE_INDIRECT, "Jorge Pita's campaign" },
  /* "argued that", "insisted that" and a clause whose verb follows an adverb:
   * a report, as after "said that" */
  { "Professor Ada Lund spoke. She argued that cities which raise fares rarely win riders back.",
    "cities which raise fares rarely win riders back", BYLINE_QUOTE_INDIRECT, "Ada Lund" },
  { "Coach Ivo Marr insisted that his players rarely complain about travel.",
    "his players rarely complain about travel", BYLINE_QUOTE_INDIRECT, "Ivo Marr" },
  /* "acknowledged the funding remained ...", "contended the budget grew ...": a
   * verb of conceding or arguing, a short noun group and a verb in the past */
  { "Senator Ola Berg spoke. Berg acknowledged the school budget remained a sore point.",
    "the school budget remained a sore point", BYLINE_QUOTE_INDIRECT, "Ola Berg" },
  { "Senator Ola Berg spoke. Berg contended the state budget grew too fast last year.",
    "the state budget grew too fast last year", BYLINE_QUOTE_INDIRECT, "Ola Berg" },
  /* "said A, and predicted B": the same speaker's second report, without "that" */
  { "Activist Ines Mora spoke. Mora said her union was drafting a complaint, and predicted teachers would strike in May.",
    "teachers would strike in May", BYLINE_QUOTE_INDIRECT, "Ines Mora" },
  { "Activist Ines Mora spoke. She noted two banks had already cut fees, and said the law only made sure savers "
    "kept the gains.", "two banks had already cut fees", BYLINE_QUOTE_INDIRECT, "Ines Mora" },
  { "Mayor Ana Ruiz said the budget was tight, and warned the unions would strike.", "the unions would strike",
    BYLINE_QUOTE_INDIRECT, "Ana Ruiz" },
  /* "the analysis noted": a study word, of the body whose analysis it is */
  { "According to a fiscal analysis by the Budget Committee, the plan could cost the city two million dollars. The "
    "analysis also noted that suppliers would raise prices within a year.",
    "suppliers would raise prices within a year", BYLINE_QUOTE_INDIRECT, "Budget Committee" },
  { "According to an assessment by the Harbour Trust, dredging would take two years. The assessment also noted that "
    "the channel would stay open at night.", "the channel would stay open at night", BYLINE_QUOTE_INDIRECT,
    "Harbour Trust" },
  /* "A NATO spokesman, Lt. Col. X, said": the name after a rank of two
   * shortened words, not the body before */
  { "An Interior Ministry spokesman, Brig. Gen. Omar Reyes, said the border post had reopened.",
    "the border post had reopened", BYLINE_QUOTE_INDIRECT, "Omar Reyes" },
  { "A Coast Guard spokeswoman, Lt. Cmdr. Ann Voss, said the drill had ended.", "the drill had ended",
    BYLINE_QUOTE_INDIRECT, "Ann Voss" },
  /* "One of them, X, said": the one named in apposition, not "One of them" */
  { "Two judges dissented. One of them, Judge Ada Lund, said in a note that the law was too vague.",
    "the law was too vague", BYLINE_QUOTE_INDIRECT, "Ada Lund" },
  { "Two members dissented. One of them, Central Bank Governor Ada Lund, said in a statement that waiting was "
    "risky.", "waiting was risky", BYLINE_QUOTE_INDIRECT, "Ada Lund" },
  { "Three aides resigned. One of those, former press officer Tim Bauer, told reporters that the office was "
    "chaotic.", "the office was chaotic", BYLINE_QUOTE_INDIRECT, "Tim Bauer" },
  /* "By her count, CONTENT", "By X's estimate, CONTENT": whose reckoning it is */
  { "Professor Ada Lund has studied the votes. \"It rarely works,\" she said. By her count, fewer than one in five "
    "bills were later passed in another form.", "fewer than one in five bills were later passed in another form",
    BYLINE_QUOTE_INDIRECT, "Ada Lund" },
  { "The harbour master, Nils Orvik, spoke on Monday. By Orvik's estimate, two thirds of the berths were empty in "
    "May.", "two thirds of the berths were empty in May", BYLINE_QUOTE_INDIRECT, "Nils Orvik" },
  /* "CONTENT, he noted, and CONTENT": both halves are the speaker's */
  { "Chief Tom Vale spoke at a news conference. Thefts had dropped since the spring, he noted, and residents felt the "
    "patrols were helping.", "Thefts had dropped since the spring", BYLINE_QUOTE_INDIRECT, "Tom Vale" },
  { "Mayor Ana Ruiz spoke on Monday. The budget was tight, she said, but the city would keep its libraries open.",
    "the city would keep its libraries open", BYLINE_QUOTE_INDIRECT, "Ana Ruiz" },
  /* "X appreciated the "..." ..., affirming that CONTENT": the participle's report
   * is the subject's, and so is the fragment before it no one was found for */
  { "Minister Omar Haddad received the Jordanian envoy on Monday. Minister Haddad appreciated the kingdom's \"wise "
    "and steady policy\" in the region, affirming that his country is keen to expand trade with Jordan.",
    "his country is keen to expand trade with Jordan", BYLINE_QUOTE_INDIRECT, "Omar Haddad" },
  { "Minister Omar Haddad received the Jordanian envoy on Monday. Minister Haddad appreciated the kingdom's \"wise "
    "and steady policy\" in the region, affirming that his country is keen to expand trade with Jordan.",
    "wise and steady policy", BYLINE_QUOTE_PARTIAL, "Omar Haddad" },
  { "Ambassador Lena Dahl met the island's premier on Friday. Ambassador Dahl valued the island's \"calm and "
    "balanced stance\" during the crisis, noting that Norway is ready to fund two clinics.",
    "calm and balanced stance", BYLINE_QUOTE_PARTIAL, "Lena Dahl" },
  /* (a person who recalls, in an agency's dispatch, reports as ever) */
  { "Oslo, May 3 (NTB) - Fishing Minister Ola Berg spoke on Tuesday. Berg recalled that the quota talks had failed "
    "twice.", "the quota talks had failed twice", BYLINE_QUOTE_INDIRECT, "Ola Berg" },
  /* "X said her union ...": the possessive in what X reports shows X a woman,
   * so a later "he" is someone else (the man named since, past his body's
   * title), but not "X disputed her account" (someone else's) */
  { "Tenant groups attacked the new rule. \"It is cruel,\" said Tarni Vell, who runs the Harbour Tenants Union. "
    "Vell said her union would go to court.\n\nAt a briefing, Harbour Authority Commissioner Dace Morrow defended the "
    "rule. Evictions had fallen since spring, he noted.", "Evictions had fallen since spring", BYLINE_QUOTE_INDIRECT,
    "Dace Morrow" },
  { "Parents crowded the school hall. \"We were never asked,\" said Jory Lokke of the Parents Forum. Lokke said "
    "that her members would boycott the vote.\n\nLater, District Schools Superintendent Rook Halvard answered "
    "questions. The closures were unavoidable, he said.", "The closures were unavoidable", BYLINE_QUOTE_INDIRECT,
    "Rook Halvard" },
  { "Harbour chief Tarni Vell blamed the council for the delays.\n\nCouncillor Jory Lokke disputed her account. "
    "He said the harbour had missed every deadline.", "the harbour had missed every deadline", BYLINE_QUOTE_INDIRECT,
    "Jory Lokke" },
  /* "It said ..." after a sentence whose body is not its opener: the subject
   * past a fronted phrase, or the one body the sentence names */
  { "Ferry traffic resumed on Friday. On Thursday evening, the Northern Ports Authority lifted the ban on night "
    "crossings. It said the storm damage had been repaired.", "the storm damage had been repaired",
    BYLINE_QUOTE_INDIRECT, "Northern Ports Authority" },
  { "Grain prices fell on Tuesday after the Baltic Grain Exchange suspended trading in oats. It added that the "
    "halt would last a week.", "the halt would last a week", BYLINE_QUOTE_INDIRECT, "Baltic Grain Exchange" },
  { "Schools stayed shut. Late on Sunday the Valley Water Board, which serves four towns, ordered the taps "
    "closed. It said tests had found lead in two wells.", "tests had found lead in two wells",
    BYLINE_QUOTE_INDIRECT, "Valley Water Board" },
  /* "insisted the former mayor had ...": an adjective among the stop words
   * ("former", "other") before the subject's noun still opens a clause */
  { "Her lawyer, Marit Osland, insisted the former mayor had broken no rule.", "the former mayor had broken no rule",
    BYLINE_QUOTE_INDIRECT, "Marit Osland" },
  { "Coach Ivo Brandt stressed the other team would be tired by Sunday.", "the other team would be tired by Sunday",
    BYLINE_QUOTE_INDIRECT, "Ivo Brandt" },
  /* "The nine-count complaint, filed in ..., alleges that ...": a court paper
   * speaks, by its name or as the body whose paper it is */
  { "A harbour commissioner was charged on Monday.\n\nThe nine-count complaint, filed in district court in "
    "Tacoma, alleges that Dorian Pell steered dredging contracts to a friend.",
    "Dorian Pell steered dredging contracts to a friend", BYLINE_QUOTE_INDIRECT, "nine-count complaint" },
  { "The trial opens in May.\n\nThe lawsuit says the landlord ignored repeated warnings about the boiler.",
    "the landlord ignored repeated warnings about the boiler", BYLINE_QUOTE_INDIRECT, "lawsuit" },
  { "The dispute is in its third year.\n\nNordvik Shipping's lawsuit claims that the port authority broke the "
    "lease.", "the port authority broke the lease", BYLINE_QUOTE_INDIRECT, "Nordvik Shipping" },
  /* '"A. B. C," X said. "D."': a quotation standing alone in the paragraph
   * goes on from where the one before ended, however many sentences that held */
  { "Board chairman Tor Vik attacked the shippers. \"They have had this plan for eleven days. Eleven days. At "
    "some point you have to pay,\" Vik said. \"The public is not interested in another crisis.\"",
    "The public is not interested in another crisis.", BYLINE_QUOTE_DIRECT, "Tor Vik" },
  { "Coach Olga Lind was blunt. \"They have known the schedule for nine months. Nine months. At some point they "
    "have to listen,\" Lind told reporters. \"The players deserve better than this.\"",
    "The players deserve better than this.", BYLINE_QUOTE_DIRECT, "Olga Lind" },
  /* "City staff said in a report that ...": the staff, a group with no name,
   * speak (but "her chief of staff" is a title, no group) */
  { "The board met on Monday.\n\nPort staff said in a report to the board that the quay would bring in new "
    "revenue.", "the quay would bring in new revenue", BYLINE_QUOTE_INDIRECT, "Port staff" },
  { "The board met on Monday.\n\nHospital staffers said the night ward had been closed twice this month.",
    "the night ward had been closed twice this month", BYLINE_QUOTE_INDIRECT, "Hospital staffers" },
  /* 'X is speaking to reporters. "A. B," she says': after a quotation of two
   * sentences, the subject of the sentence before the one it opened in (past
   * the body or place of a title: "Harbour Authority Director X", "Ohio
   * Governor X"), not someone quoted further back */
  { "Coach Ella Pryce left her meeting with the board early. Her assistant says the two sides \"need more "
    "time\".\n\nLater, Harbour Authority Director Marta Osei spoke to reporters at the quay.\n\n\"Small ports are "
    "not asking for favours. They are asking for fair fees,\" she said.",
    "Small ports are not asking for favours. They are asking for fair fees,", BYLINE_QUOTE_DIRECT, "Marta Osei" },
  { "Mayor Ivo Brandt left the hearing early. His aide says the council \"will vote next week\".\n\nOhio Governor "
    "Tor Vik is speaking to reporters outside the chamber.\n\n\"The budget is not a wish list. It is a promise to "
    "the people who pay for it,\" he says.",
    "The budget is not a wish list. It is a promise to the people who pay for it,", BYLINE_QUOTE_DIRECT, "Tor Vik" },
  /* "X will travel to see Y, this time, she insists, "..."": the reporting
   * clause between commas is the subject's that opens the sentence */
  { "The ambassador, Lucia Ortega, gave a lunch for the mediator. Ortega told guests that the country owed "
    "Claudia Imhof \"more than it has ever said\".\n\nIn September Imhof will travel to Bogota to see old friends "
    "again, this time, she insists, \"purely as a tourist\".", "purely as a tourist", BYLINE_QUOTE_PARTIAL,
    "Claudia Imhof" },
  { "Coach Dagny Strom thanked the fans. Captain Piet Laan said the club owed Strom \"a great deal\".\n\nNext "
    "year Strom will visit Laan in Lisbon, but only, she says, \"to watch the sea\".", "to watch the sea",
    BYLINE_QUOTE_PARTIAL, "Dagny Strom" },
  /* in a transcript's line, all of it the speaker's, a report of someone else
   * named is theirs too ("A: ... Chairman X made clear that ...") */
  { "Harbour Board spokesperson Mira Holt's weekly briefing\n\nOSLO, May 3 -- The following is a transcript of "
    "the weekly briefing held at the harbour office.\n\nMira Holt: Good morning. The board will meet the ferry "
    "operators on Friday.\n\nQ: Did the chairman meet the union leaders yesterday?\n\nA: Yes. During the "
    "meeting, Chairman Tor Vik made clear that the night shifts would not be cut this year. Both sides agreed to "
    "meet again.\n\nQ: What about the new cranes?\n\nA: The cranes arrived on Monday. Engineer Dagny Strom said "
    "the first crane would be working by June. I have nothing more to add.", "the night shifts would not be cut this year", BYLINE_QUOTE_INDIRECT, "Tor Vik" },
  { "Harbour Board spokesperson Mira Holt's weekly briefing\n\nOSLO, May 3 -- The following is a transcript of "
    "the weekly briefing held at the harbour office.\n\nMira Holt: Good morning. The board will meet the ferry "
    "operators on Friday.\n\nQ: Did the chairman meet the union leaders yesterday?\n\nA: Yes. During the "
    "meeting, Chairman Tor Vik made clear that the night shifts would not be cut this year. Both sides agreed to "
    "meet again.\n\nQ: What about the new cranes?\n\nA: The cranes arrived on Monday. Engineer Dagny Strom said "
    "the first crane would be working by June. I have nothing more to add.", "the first crane would be working by June", BYLINE_QUOTE_INDIRECT, "Dagny Strom" },
  { "Harbour Board spokesperson Mira Holt's weekly briefing\n\nOSLO, May 3 -- The following is a transcript of "
    "the weekly briefing held at the harbour office.\n\nMira Holt: Good morning. The board will meet the ferry "
    "operators on Friday.\n\nQ: Did the chairman meet the union leaders yesterday?\n\nA: Yes. During the "
    "meeting, Chairman Tor Vik made clear that the night shifts would not be cut this year. Both sides agreed to "
    "meet again.\n\nQ: What about the new cranes?\n\nA: The cranes arrived on Monday. Engineer Dagny Strom said "
    "the first crane would be working by June. I have nothing more to add.", "The cranes arrived on Monday. Engineer Dagny Strom said the first crane would be working by June. I have "
    "nothing more to add.", BYLINE_QUOTE_DIRECT, "Mira Holt" },
  /* "X said ... that he had later described the scheme as "..."": inside a
   * report, a fragment after "described ... as" is the describer's */
  { "Opening the case, prosecutor Ilse Brandt told jurors that Tor Vik had taken money from a shipping firm. Ms "
    "Brandt said emails showed Mr Vik had approved each payment, and that he had later described the scheme to a "
    "friend as \"a tax on doing business\".", "a tax on doing business", BYLINE_QUOTE_PARTIAL, "Tor Vik" },
  { "The hearing opened on Tuesday with auditor Mira Holt. Ms Holt said records showed Mr Lind had signed every "
    "transfer, and that he had once portrayed the losses to staff as \"a problem for the next board\".",
    "a problem for the next board", BYLINE_QUOTE_PARTIAL, "Lind" },
  /* "X thanked the crowd. She promised ...": "She" opening the sentence after
   * one whose only person is its subject shows that person a woman, so a
   * later "he" is the man named since */
  { "Sasha Varga thanked the crowd on Sunday. She promised to reopen the library.\n\n\"We did it,\" Varga said.\n\n"
    "The crowd cheered as Robin Holt, who lost, left through a side door.\n\n\"Give her time,\" he said.",
    "Give her time,", BYLINE_QUOTE_DIRECT, "Robin Holt" },
  { "Dana Roux thanked the volunteers on Monday. She promised to keep the shelter open.\n\n\"We are staying,\" Roux "
    "said.\n\nThe volunteers clapped as Lee Moss, who ran against her, left by the back door.\n\n\"She earned it,\" "
    "he said.", "She earned it,", BYLINE_QUOTE_DIRECT, "Lee Moss" },
  /* "asked whether the mayor, X, had been informed.": a passive verb of saying
   * after an apposition ends no reporting clause of its own */
  { "The hearing opened.\n\nCouncillor Ada Pell asked whether the mayor, Tor Vik, had been informed.",
    "whether the mayor, Tor Vik, had been informed", BYLINE_QUOTE_INDIRECT, "Ada Pell" },
  { "The inquiry resumed.\n\nThe auditor said the treasurer, Mira Holt, had been warned.",
    "the treasurer, Mira Holt, had been warned", BYLINE_QUOTE_INDIRECT, "auditor" },
  /* "the jury heard that ...", "..., the court heard.": what a court was told,
   * by no one the sentence names */
  { "The trial opened.\n\nThe jury heard that the director flew to Lima again in June to meet the official.",
    "the director flew to Lima again in June to meet the official", BYLINE_QUOTE_INDIRECT, NULL },
  { "The trial opened.\n\nThe port firm, which was sold in 2024, is not on trial and has cooperated with the "
    "inquiry, the court heard.", "The port firm, which was sold in 2024, is not on trial and has cooperated with "
    "the inquiry", BYLINE_QUOTE_INDIRECT, NULL },
  /* a title alone for the one who holds it: "the Premier" a prime minister, the
   * one titled "Premier" first when another is "Prime Minister"; "HE the Prime
   * Minister", a style before it, no pronoun "he"; two who fit: neither */
  { "Prime Minister Ines Varga met President Tomas Vidal on Monday. \"We are ready,\" the Premier said.",
    "We are ready,", BYLINE_QUOTE_DIRECT, "Ines Varga" },
  { "Premier Olaf Berg met Prime Minister Ines Varga on Monday. \"We are ready,\" the premier said.",
    "We are ready,", BYLINE_QUOTE_DIRECT, "Olaf Berg" },
  { "Prime Minister and Minister of Foreign Affairs Sheikh Khalid Al-Mansouri met Foreign Minister Ravi Menon on "
    "Monday. \"The talks were useful,\" HE the Prime Minister said.", "The talks were useful,", BYLINE_QUOTE_DIRECT,
    "Khalid Al-Mansouri" },
  { "Prime Minister Ines Varga met Prime Minister Olaf Berg on Monday. \"We are ready,\" the Premier said.",
    "We are ready,", BYLINE_QUOTE_DIRECT, "Premier" },
  /* a report that opens with a person and a verb of speech is the person's, which
   * the source relays */
  { "President Luis Vera met Ana Soto. Vera stressed the country's keenness to strengthen its ties with the "
    "region, EFE reported.", "the country's keenness to strengthen its ties with the region",
    BYLINE_QUOTE_INDIRECT, "Luis Vera" },
  { "Minister Rosa Paz flew to Quito. According to a note from the Foreign Ministry, Paz reiterated the "
    "government's support for the talks.", "the government's support for the talks", BYLINE_QUOTE_INDIRECT,
    "Rosa Paz" },
  /* "According to X, the minister stressed that ...": the minister's words, which X relays */
  { "Foreign Minister Rosa Paz met her counterpart on Monday. According to the ministry's press service, the "
    "minister stressed that trade must grow.", "trade must grow", BYLINE_QUOTE_INDIRECT, "Rosa Paz" },
  /* a fragment that ends a report is the reporter's, not the sentence subject's */
  { "Mayor Tom Berg also had talks with Governor Lisa Chen, who said the water dispute could be settled \"before "
    "the harvest\".", "before the harvest", BYLINE_QUOTE_PARTIAL, "Lisa Chen" },
  /* "is expected to" reports nothing: the outlet after it reports the sentence */
  { "President Luis Vera is expected to visit Lima next week, the newspaper El Comercio reported.",
    "President Luis Vera is expected to visit Lima next week", BYLINE_QUOTE_INDIRECT, "El Comercio" },
  /* "said in a statement sent to X that": the statement's participle, then the report */
  { "Foreign Minister Ana Soto said in a statement sent to EFE that the talks were useful.", "the talks were useful",
    BYLINE_QUOTE_INDIRECT, "Ana Soto" },
  { "Mayor Tom Berg said in a statement released on Monday that the bridge would reopen.",
    "the bridge would reopen", BYLINE_QUOTE_INDIRECT, "Tom Berg" },
  /* "the visiting premier": the title after "visiting" */
  { "Prime Minister Ana Soto arrived in Quito on Monday. The visiting premier said Chile would be \"the strongest "
    "supporter\" of the plan.", "the strongest supporter", BYLINE_QUOTE_PARTIAL, "Ana Soto" },
  /* "X called Y "..."": the one who calls it so, not the thing named between */
  { "President Luis Vera met Prime Minister Ana Soto. Soto, for her part, called Chile \"one of our closest\" "
    "partners.", "one of our closest", BYLINE_QUOTE_PARTIAL, "Ana Soto" },
  { "Mayor Tom Berg visited Oslo. Berg termed the Norwegian capital \"a model for the rest of us\".",
    "a model for the rest of us", BYLINE_QUOTE_PARTIAL, "Tom Berg" },
};

static void
test_case (gconstpointer data)
{
  const SpeakerCase *c = data;
  g_autoptr (BylineAnalysis) a = test_analyse (c->input);
  const BylineQuote *found = NULL;

  for (guint i = 0; i < a->quotes->len; i++)
    {
      const BylineQuote *q = a->quotes->pdata[i];
      g_autofree char *t = test_quote_text (a, q);

      g_test_message ("quote: “%s” (%s)", t, q->speaker_name ? q->speaker_name : "-");
      if (g_str_equal (t, c->words))
        found = q;
    }
  g_assert_nonnull (found);
  g_assert_cmpint (found->kind, ==, c->kind);
  g_assert_cmpstr (found->speaker_name, ==, c->speaker);
}

/* Sentences that report nothing: no quote may hold these words */
static const struct
{
  const char *input;
  const char *words;
} no_report_cases[] = {
  /* "asked X for Y", "asked X to V": a request, not a report */
  { "Principal Abena Osei asked the district on Tuesday for two more teachers after enrolment rose sharply.",
    "two more teachers" },
  /* figures are a claim's source, not a speaker; a report inside is its own
   * ("he told them that ..., according to two aides") */
  { "Grain exports fell by a third in the spring, according to official figures.", "Grain exports" },
  /* "according to officials": the anonymous source of a claim, as before */
  { "The two mayors met in Lyon on Friday to discuss the rail link, according to officials from both cities.",
    "The two mayors" },
  { "Coach Arne Tveit told his players that the season was over, according to two aides who were "
    "present.", "Coach Arne Tveit told" },
  /* but a quotation that completes the clause is the report: no clause cut short */
  { "Senator Noor Elzahabi said the levy would \"punish every family that drives to work.\"", "the levy would" },
  { "The coach said the referee had been \"in a hurry all night.\"", "the referee had been" },
  /* "charged with fraud" is a charge in court, not a report */
  { "The former treasurer was charged with fraud after the audit found missing funds.", "fraud" },
  /* "the so-called "X"": the writer's label, and the same label in a headline */
  { "Council weighs \"quiet hours\" rule\n\nThe so-called \"quiet hours\" rule would ban deliveries after "
    "ten at night.", "quiet hours" },
  { "Traders shrugged off the so-called “summer lull” as volumes rose.", "summer lull" },
  /* "called X "Y"": a name given to X, the quotation only is the words */
  { "Senator Ulla Brenning on Monday called the tunnel plan drawn up by the transport board \"a hole for "
    "money.\"", "tunnel plan" },
  /* "Asked whether ...," opening a sentence: the question, no report */
  { "The vote was delayed. Asked whether the harbour would be sold, Alderman Tove Rask shook her head.",
    "whether the harbour" },
  { "The count was delayed, two clerks said, speaking on condition of anonymity because they feared for their "
    "jobs.", "feared" },
  { "The union asked the arbitrator to rule on the overtime dispute before the harvest began.", "arbitrator" },
  /* "Asked whether ..., he said that was ...": the question is no report, "that" is
   * the report's own */
  { "Coach Emeka Obi lost again. Asked whether he expected to be in charge for the final in Kigali, he said that "
    "was \"a question for another day\".", "in charge" },
  { "Asked if the depot would close, the manager said that was up to the board.", "depot would close" },
  /* "amid reports that", "denied claims that": the reports' words, not the subject's */
  { "On Monday the mayor, Tom Hale, met the unions, following reports that the council wanted to close the depot.",
    "the council wanted" },
  { "Chief executive Olga Berg resigned amid reports that she had misused company funds.", "she had misused" },
  { "The club denied claims that its coach would leave in the summer.", "its coach would leave" },
  /* "will urge X to V", "press allies to pay": a request, not a report */
  { "Minister Priya Lal will urge French ministers to speed up border patrols.", "French ministers" },
  { "At the summit, the envoy will press donors to fund the new clinics.", "donors to fund" },
  /* a headline's label before a colon is no speaker */
  { "Analysis: the grain corridor will not survive the winter\n\nShipping rates rose again on Monday.",
    "grain corridor" },
  /* a name and a colon opening one paragraph only: a caption, not a transcript */
  { "Coach Arne Dahlby named his squad on Friday.\n\nDahlby: a career in numbers, from the junior league to "
    "the national team.\n\nThe squad flies out on Monday.", "career in numbers" },
  /* "according to United Nations figures": data a claim cites, even of a body */
  { "The floods have displaced half a million people, according to World Bank figures.", "The floods have displaced" },
  { "Exports rose by a fifth, according to data from the Central Bank of Chile.", "Exports rose" },
  /* "who spoke on condition of anonymity because ...": how a source spoke */
  { "The envoy will meet the rebels on Friday, according to two officials who spoke on condition of anonymity "
    "because they were not allowed to discuss the plan.", "condition of anonymity" },
  { "The mayor, who spoke on condition of anonymity to discuss the talks, left early.", "condition of anonymity" },
  /* "called on the visiting premier and discussed ...": a visit, not a report */
  { "Earlier in the day, Trade Minister Sunil Rao called on the visiting prime minister and discussed ways to "
    "expand cooperation in space.", "visiting prime minister" },
  { "The envoy called on the new governor at his residence and stayed for lunch.", "new governor" },
  /* "It said" after a sentence about a thing: no body speaks */
  { "The plan was approved on Monday. It said the army would withdraw.", "the army would withdraw" },
  { "Another round of talks is planned for May.", "round of talks" },
  { "Minister Ali Reza expressed his thanks to the hosts for their warm welcome.", "thanks to the hosts" },
  /* "member states met": "states" is no verb of speech there */
  { "Ministers of Peru, Chile and four other member states met in closed session for three hours.", "closed session" },
  /* '"...," the governor wrote in the preface to ...': the quotation is what she wrote */
  { "\"The decade ahead will be hard,\" the governor wrote in the preface to her yearly report on the state of the "
    "region, published on Monday.", "preface" },
  { "\"We are not done,\" the coach wrote on his blog after the final.", "his blog" },
  /* "diplomats said after a council that dragged on" */
  { "The council failed to agree on the budget, after two members walked out, aides said after a session that "
    "dragged on past midnight.", "dragged on" },
  /* "suggest that", "considered that": a finding, a view, not a plain report */
  { "Polls published this week suggest that a majority of voters always favour lower taxes.", "majority of voters" },
  { "Analysts at the bank considered that the rapprochement with Lima answers domestic pressure.", "rapprochement" },
  /* (and the clause before the source is the writer's) */
  { "The two mayors last met in Turin in March, where, according to the city council, they agreed to share a tram "
    "depot.", "last met in Turin" },
  /* "many believe", "some fear": a view, not a report of some of a group */
  { "The ferry line lost money again. Many believe the service will close before winter.", "the service will close" },
  { "Prices rose in March. Some fear the harvest will fail in the south.", "the harvest will fail" },
  /* "suggested the idea of ...": an object, no wish's clause */
  { "The minister suggested the idea of a joint fund for the fishing fleets.", "idea of a joint fund" },
  /* "It was, in the end, ...": a phrase between commas, no one speaks */
  { "It was, in the end, a draw that suited both coaches.", "a draw that suited" },
  { "People in the square cheered, and officials in the stands waved flags.", "cheered" },
  /* "said that X, as host, had "..."": a subject in apposition whose verb takes
   * the quotation, no report of its own */
  { "Mayor Ana Rojas said that Lima, as host of the games, had \"a duty to keep the stadium open\".",
    "as host of the games" },
  /* "NTB recalls that ...", "..., NTB recalls": the article's own agency giving
   * background in the writer's voice */
  { "Oslo, May 3 (NTB) - Fishing Minister Ola Berg met his Danish counterpart on Tuesday. NTB recalls that the two "
    "ministers last met in Bergen in March.", "last met in Bergen" },
  { "Oslo, May 3 (NTB) - Fishing Minister Ola Berg met his Danish counterpart on Tuesday. The two ministers last met "
    "in Bergen in March, NTB recalls.", "last met in Bergen" },
  /* ", citing X": the source relied on, no words of the speaker's */
  { "Mayor Ann Cole argued that the plan had failed, citing minutes leaked to the press.",
    "minutes leaked" },
  { "The coach dropped two players on Friday, citing fitness data gathered by the club's staff.", "fitness data" },
  /* an object, no clause: "admitted the error made by ...", "acknowledged the crowd" */
  { "Senator Ola Berg admitted the error made by his staff.", "the error" },
  { "Senator Ola Berg acknowledged the cheering crowd.", "cheering crowd" },
  { "The coach said that the club, as champion, had \"nothing left to prove\".", "as champion" },
  /* "a former Oregon state treasurer", "the state legislature": the noun, no
   * verb of stating */
  { "SALEM — A former Oregon state treasurer was charged on Friday over a pension deal worth millions.",
    "treasurer was charged" },
  { "Lawmakers in the state legislature voted on Friday to close two prisons in the north.", "legislature voted" },
  /* ", accused of taking bribes", "blamed for the delays": the subject is charged
   * by no one named */
  { "Councillor Ada Pell was charged on Friday with fraud, accused of taking bribes for zoning votes.",
    "taking bribes" },
  { "The ferry operator, blamed for the delays by angry passengers, cut its timetable again on Monday.",
    "the delays" },
  { "Inspector Olga Lind was charged on Monday with fraud, accused of selling permits for building votes.",
    "selling permits" },
  { "The Idaho state auditor opened an inquiry into the water board on Monday.", "auditor opened" },
  /* (heard by anyone else: no report) */
  { "Neighbours heard shots at midnight and called the police at once.", "shots at midnight" },
};

static void
test_no_report (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (no_report_cases); i++)
    test_assert_no_report (no_report_cases[i].input, no_report_cases[i].words);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/quotes-speakers/case-%u", i);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/quotes-speakers/no-report", test_no_report);
  return g_test_run ();
}
