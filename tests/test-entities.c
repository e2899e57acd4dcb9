/* test-entities.c: entity spans, types, coreference, roles
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
  const char *input;
  const char *present[8];  /* "TYPE:mention text" */
  const char *absent[4];   /* mention texts that must not be entities */
} EntityCase;

static const EntityCase cases[] = {
  /* a longer name that starts with a known body's ends at its head, before a
   * first name and a surname: the holder of the title */
  { "Secretary General of the PLO Executive Committee Rosa Paz and NATO Military Committee chairman Jan Kovac attended.",
    { "ORG:PLO Executive Committee", "PERSON:Rosa Paz", "PERSON:Jan Kovac", NULL },
    { "PLO Executive Committee Rosa Paz", NULL } },
  /* the divided Germany's peoples, 1949-90; a union's name ends at "Workers" */
  { "West German and East German officials met the United Dock Workers and Pacific Shipping Corp in Bonn.",
    { "NORP:West German", "NORP:East German", "ORG:United Dock Workers", "ORG:Pacific Shipping Corp" },
    { "United Dock Workers and Pacific Shipping Corp" } },
  /* "Qatar's Amir Sheikh X": the Gulf's spelling of the title after a country's
   * owner mark; "Amir Peretz" a given name */
  { "Amir Peretz flew to Doha to meet Qatar's Amir Sheikh Tamim Al-Thani.",
    { "PERSON:Amir Peretz", "PERSON:Tamim Al-Thani" }, { "Amir" } },
  /* "and the" after a body's name starts another; an acronym of two parts is a
   * body, a code with digits is not */
  { "Talks between the Government of Peru and the ELN resumed, and the SPLM-IO sent observers aboard STS-135.",
    { "ORG:Government of Peru", "ORG:ELN", "ORG:SPLM-IO", "OTHER:STS-135" }, { "Government of Peru and the ELN" } },
  /* a portfolio's last word alone is no one's name; a subcommittee is a body's
   * head, and "and the" after it starts another body */
  { "The envoy will meet Undersecretary of State Affairs Tom Wallis, the House Ways and Means Trade Subcommittee and "
    "the Senate Finance Committee.",
    { "PERSON:Tom Wallis", "ORG:House Ways and Means Trade Subcommittee", "ORG:Senate Finance Committee" },
    { "Affairs" } },
  /* a given name that is a town's too, before one more word of a name */
  { "The minister held talks with Florence Baker and Sydney Hunter in Geneva.",
    { "PERSON:Florence Baker", "PERSON:Sydney Hunter", "PLACE:Geneva" }, { "Florence", "Sydney" } },
  { "Talks in Florence Monday ended; the delegates flew from Sydney to Perth.",
    { "PLACE:Florence", "DATE:Monday", "PLACE:Sydney", "PLACE:Perth" }, { NULL } },
  /* a plural title before its holders is no part of the first name */
  { "The envoy met US Senators Tom Reyes, Luis Vera and Omar Diaz in Kyiv.",
    { "PERSON:Tom Reyes", "PERSON:Luis Vera", "PERSON:Omar Diaz" }, { "Senators Tom Reyes" } },
  /* states of the past, for their successors */
  { "Yugoslavia and Czechoslovakia signed the accord; Yugoslav and Czechoslovak envoys attended.",
    { "PLACE:Yugoslavia", "PLACE:Czechoslovakia", "NORP:Yugoslav", "NORP:Czechoslovak" }, { NULL } },
  /* a headline set all in capitals: one word of it is no name on its own, but
   * one the story writes as a name is */
  { "HARVEST REFORM VITAL, FAO EXPERT SAYS\n\nThe harvest will be poor, FAO economist Lena Berg said.",
    { "PERSON:Lena Berg" }, { "VITAL", "REFORM" } },
  { "GARCIA MEETS BANKERS IN LIMA\n\nPresident Alan Garcia met creditor banks in Lima on Monday.",
    { "PERSON:GARCIA", "PERSON:Alan Garcia" }, { NULL } },
  /* a title's country or body, then its holder: the name ends before the holder's */
  { "President of the Republic of Estonia Mart Kask arrived. Prime Minister of the Kingdom of Tonga Sione Vea spoke.",
    { "PLACE:Republic of Estonia", "PERSON:Mart Kask", "PERSON:Sione Vea" },
    { "Republic of Estonia Mart Kask", "Kingdom of Tonga Sione Vea" } },
  /* a state named by its head word and a country the lexicon knows, then its holder */
  { "President of the Republic of Greece Eleni Markou opened the summit.",
    { "PLACE:Republic of Greece", "PERSON:Eleni Markou" }, { "Republic of Greece Eleni Markou" } },
  { "He was received by Foreign Minister of the Republic of Syria Samir Haddad on Friday.",
    { "PLACE:Republic of Syria", "PERSON:Samir Haddad" }, { "Republic of Syria Samir Haddad" } },
  { "Secretary General of the Shanghai Cooperation Organisation Wei Lan spoke.",
    { "ORG:Shanghai Cooperation Organisation", "PERSON:Wei Lan" }, { "Shanghai Cooperation Organisation Wei Lan" } },
  /* an office's portfolio after "of" is no person */
  { "The Minister of Fisheries, Ports and Ocean Policy, Tevita Fifita, met the envoy.",
    { "PERSON:Tevita Fifita", "OTHER:Fisheries" }, { NULL } },
  /* a name's own particle with its capital; a town's name after a person's title */
  { "Former Vice President Al Gore met Rep. Alexandria Ocasio-Cortez in La Paz.",
    { "PERSON:Al Gore", "PERSON:Alexandria Ocasio-Cortez", "PLACE:La Paz" }, { "Gore", "Alexandria" } },
  { "The envoy was received by Chinese Vice President Han Zheng in Beijing.",
    { "NORP:Chinese", "PERSON:Han Zheng", "PLACE:Beijing" }, { "Han", "Zheng" } },
  /* a town's name after a role word in lower case, and alone before a verb of
   * speech later; the town itself elsewhere is still the town */
  { "Trade ministry spokesman Gao Lin said exports rose. Gao said imports fell.",
    { "PERSON:Gao Lin", "PERSON:Gao" }, { "spokesman Gao" } },
  { "Aid convoys reached Gao on Monday, the spokesman said.", { "PLACE:Gao" }, { NULL } },
  /* a short family name that is also an English word, capitalised mid-sentence after a
   * title, and at a sentence start later; but the pronoun alone stays a pronoun */
  { "The forum was chaired by Deputy Premier He Wenjun. He Wenjun said exports grew. He left early.",
    { "PERSON:He Wenjun" }, { "Wenjun", "He" } },
  { "Trade envoy He Meiling arrived in Hanoi. He Meiling spoke first.", { "PERSON:He Meiling" }, { "Meiling" } },
  { "Prof. He Xiaolan chaired the panel, and Ms. He said the data were sound. He agreed.",
    { "PERSON:He Xiaolan", "PERSON:He" }, { "Xiaolan" } },
  /* a family name that is also a word, at a sentence start with the given name, then alone */
  { "Sun Jiawei, the deputy governor, spoke first. Sun said rates would hold.",
    { "PERSON:Sun Jiawei", "PERSON:Sun" }, { NULL } },
  { "Young Koreans marched on Sunday. Young voters stayed home.", { "NORP:Koreans" }, { "Young" } },
  { "Busan Mayor Oh Min-jun met the envoys. Oh said the port would reopen. He said nothing else.",
    { "PERSON:Oh Min-jun", "PERSON:Oh" }, { "He" } },
  { "Deputy Minister Do Van Thanh arrived. Do told reporters the deal was close.",
    { "PERSON:Do Van Thanh", "PERSON:Do" }, { NULL } },
  { "Ambassador Le Thanh Binh arrived on Friday. Le said the visit was useful.", { "PERSON:Le Thanh Binh", "PERSON:Le" },
    { "Thanh Binh" } },
  { "Talks with Vice Minister Do Van Khoa ended. Do Van Khoa flew home.", { "PERSON:Do Van Khoa" }, { "Van Khoa" } },
  /* after a title, a given name that is also a town's, and a surname that is also a word */
  { "The ruling was read by Judge Florence Hill on Tuesday.", { "PERSON:Florence Hill" }, { "Florence" } },
  { "Senator Savannah Stone voted no. Stone said the bill was rushed.", { "PERSON:Savannah Stone", "PERSON:Stone" },
    { "Savannah" } },
  /* a country's name that is also a given name, right after a person's title or role */
  { "Finance Minister Israel Mendel met the lenders. Mendel said Israel would pay.",
    { "PERSON:Israel Mendel", "PERSON:Mendel", "PLACE:Israel" }, { NULL } },
  { "The motion was tabled by party leader Jordan Whitcombe on Monday.", { "PERSON:Jordan Whitcombe" },
    { "Jordan" } },
  /* an unknown name before a lower-case noun of place, and the first of two such names */
  { "Trucks queued for hours at the Dostuk checkpoint.", { "PLACE:Dostuk" }, { NULL } },
  { "Turnout fell in Harlan and Letcher counties.", { "PLACE:Harlan", "PLACE:Letcher" }, { NULL } },
  { "The Kazungula–Sesheke crossing reopened.", { "PLACE:Kazungula", "PLACE:Sesheke" }, { NULL } },
  /* a name with no given name after "in" is a place's, and so is its next mention */
  { "The seventh round was held in Barra do Garças, and the teams left Barra do Garças angry.",
    { "PLACE:Barra do Garças" }, { NULL } },
  { "Flooding closed schools near Arcos de Valdevez on Monday.", { "PLACE:Arcos de Valdevez" }, { NULL } },
  /* a title's word before "bin" is the given name; the title before it stays a title */
  { "The envoy was received by Prince Sultan bin Nayef al-Otaibi in Jeddah.", { "PERSON:Sultan bin Nayef al-Otaibi" },
    { "bin Nayef al-Otaibi" } },
  { "Sheikh Emir bin Rashid hosted the delegation, and Sultan Qaboos bin Said sent greetings.",
    { "PERSON:Emir bin Rashid", "PERSON:Qaboos bin Said" }, { "bin Rashid", "Sultan Qaboos bin Said" } },
  /* a word at a sentence start with a role in apposition after it is a person's name */
  { "The talks stalled. Baker, a Treasury spokesman, said the offer stood.", { "PERSON:Baker" }, { NULL } },
  { "Nobody was hurt. Young, the council's deputy leader, blamed the weather.", { "PERSON:Young" }, { NULL } },
  /* a given name and a place's word: a person when a verb of speech or a role follows */
  { "Council leader Ruth Bridge said the vote was close. Ruth Bridge, the mayor, agreed.",
    { "PERSON:Ruth Bridge" }, { "PLACE:Ruth Bridge" } },
  { "Officials left, and Nadia Tower said the line would reopen.",
    { "PERSON:Nadia Tower" }, { NULL } },
  /* a given name spelt like an organisation's acronym */
  { "The award went to Ana Kowalczyk, a nurse.", { "PERSON:Ana Kowalczyk" }, { "Kowalczyk" } },
  { "The firm's owner, Ira Feldstein, declined to comment. The IRA left no statement.",
    { "PERSON:Ira Feldstein", "ORG:IRA" }, { "Feldstein" } },
  /* a short word of the language in a run of capitals is no place's acronym */
  { "The plan is part of the Act Local Programme, officials said.", { NULL }, { "Act" } },
  { "Residents of Tar Heel Lane complained.", { NULL }, { "Tar" } },
  { "Two Ice agents detained him.", { "ORG:Ice" }, { NULL } },
  /* abbreviated honorifics of rulers are no organisations */
  { "H.H. Sheikh Saeed bin Rashid received H.E. Dr. Lina Farah.", { "PERSON:Saeed bin Rashid", "PERSON:Lina Farah" },
    { "H.H." } },
  { "H.R.H. Princess Noor bint Asem opened the fair.", { "PERSON:Noor bint Asem" }, { "H.R.H." } },
  /* a title's word before a generation's mark is a family name */
  { "The march was led by Daniel Prince III and Ana Bishop Jr. on Sunday.",
    { "PERSON:Daniel Prince III", "PERSON:Ana Bishop Jr" }, { "III", "Ana" } },
  { "Critics included Samuel Judge II, a retired teacher.", { "PERSON:Samuel Judge II" }, { "II" } },
  /* a surname's particle capitalised at a sentence start stays with it */
  { "Trade envoy Marie-Laure de Fontaine arrived. De Fontaine said the tariffs would go.",
    { "PERSON:Marie-Laure de Fontaine", "PERSON:De Fontaine" }, { "Fontaine" } },
  { "The late leader Manuel dos Reis was buried. Dos Reis had ruled for years.",
    { "PERSON:Manuel dos Reis", "PERSON:Dos Reis" }, { "Reis" } },
  /* a role noun capitalised at a sentence start is no part of the name after it */
  { "Neighbour Olga Brandt said the noise began at dawn.", { "PERSON:Olga Brandt" }, { "Neighbour Olga Brandt" } },
  { "The depot closed. Pensioner Walter Hume said he would miss it.", { "PERSON:Walter Hume" },
    { "Pensioner Walter Hume" } },
  /* a family name that is also a word, written before a name that is none: alone at a
   * sentence start later it is the person, but a park after "the" stays a park */
  { "Trade envoy Park Hyun met the delegation. Park said the tariffs would fall.",
    { "PERSON:Park Hyun", "PERSON:Park" }, { NULL } },
  { "Deputy Governor Long Yufei spoke first. Long told reporters the bank would wait.",
    { "PERSON:Long Yufei", "PERSON:Long" }, { NULL } },
  { "Crowds filled Park Hyun Square. The Park was closed at night.", { NULL }, { "Park" } },
  /* a given name and a people's word before a verb of speech: a name, and the word
   * alone later is that person, but not after an article */
  { "Aid chief Stefan Pole said the convoy was late. Pole urged calm. A Pole was hurt.",
    { "PERSON:Stefan Pole", "PERSON:Pole", "NORP:Pole" }, { "Stefan" } },
  { "Envoy Marta Swiss said the talks would resume. Swiss added that nothing was agreed.",
    { "PERSON:Marta Swiss", "PERSON:Swiss" }, { "Marta" } },
  /* a people of no one country whose name is a family name too, before a given name */
  { "Han Jiawei, the port's manager, spoke first. Han said the cranes were idle.",
    { "PERSON:Han Jiawei", "PERSON:Han" }, { "Jiawei" } },
  { "Hui Mingzhu chaired the session, and Hui told delegates to be brief.", { "PERSON:Hui Mingzhu", "PERSON:Hui" },
    { "Mingzhu" } },
  /* a people's word last in a Korean name, before a comma or a verb of speech */
  { "Kang Chol Hui, vice-minister of trade, met the delegation. Kang said trade grew.",
    { "PERSON:Kang Chol Hui", "PERSON:Kang" }, { "Kang Chol" } },
  { "The statement was read out after Ri Myong Hui said the drills must stop.", { "PERSON:Ri Myong Hui" },
    { "Ri Myong" } },
  /* a place's word after a region's name, though it is a family name too */
  { "Envoys from nine Atlantic Rim states met in Lisbon.", { "PLACE:Atlantic Rim" }, { "Rim" } },
  { "Shipping across the Indian Ocean Rim slowed.", { "PLACE:Indian Ocean Rim" }, { "Rim" } },
  { "Ministers from the Aral Littoral states met in Nukus.", { "PLACE:Aral Littoral" }, { NULL } },
  { "Migration through the Northern Triangle rose, and ice in the Arctic Circle thinned.",
    { "PLACE:Northern Triangle", "PLACE:Arctic Circle" }, { NULL } },
  /* a given name and a family name that is also a place's word: a person, but a park
   * whose first word names a place is a park */
  { "Jenna Park said the vote was close.", { "PERSON:Jenna Park" }, { NULL } },
  { "Council member Owen Park met residents at Victoria Park. Lena Park told reporters it went well.",
    { "PERSON:Owen Park", "PERSON:Lena Park", "PLACE:Victoria Park" }, { NULL } },
  /* a people's word inside a name after a title; a name after "the" is no person */
  { "Iraqi Prime Minister Mohammed Shia al-Sudani arrived. The Leader of the Islamic Revolution, Ayatollah Ali "
    "Khamenei, received him.", { "PERSON:Mohammed Shia al-Sudani", "PERSON:Ali Khamenei", "OTHER:Islamic Revolution" },
    { "Shia", "al-Sudani" } },
  /* a body's name ends before a first name and a surname that follow it */
  { "High Representative of the Union Josep Borrell spoke. The Council Maria Lopez chaired met.",
    { "PERSON:Josep Borrell", "PERSON:Maria Lopez" }, { "Union Josep Borrell", "Council Maria Lopez" } },
  { "Russian Foreign Minister Sergei Lavrov met Iranian President Hassan Rouhani in Tehran.",
    { "NORP:Russian", "PERSON:Sergei Lavrov", "NORP:Iranian", "PERSON:Hassan Rouhani", "PLACE:Tehran" },
    { "Foreign Minister", "President", "Russian Foreign Minister Sergei Lavrov" } },
  { "Iran-Russia ties grew. Russian-Iranian relations are warm.",
    { "PLACE:Iran", "PLACE:Russia", "NORP:Russian", "NORP:Iranian" }, { "Iran-Russia" } },
  { "Russia's Foreign Ministry said so on Tuesday.",
    { "PLACE:Russia", "ORG:Foreign Ministry", "DATE:Tuesday" }, { "Russia's", "Russia's Foreign Ministry" } },
  { "Voice of Russia reported it.", { "ORG:Voice of Russia" }, { "Russia" } },
  { "Senior officials met. Meanwhile, talks went on.", { NULL }, { "Senior", "Meanwhile" } },
  { "He stayed at the Palace Hotel in New York.", { "PLACE:Palace Hotel", "PLACE:New York" }, { NULL } },
  { "The University of Southern Indiana opened a show.", { "ORG:University of Southern Indiana" }, { NULL } },
  { "The deal gives Tehran somewhere near $7 billion in relief.", { "PLACE:Tehran", "MONEY:$7 billion" }, { NULL } },
  { "Officials said Kwabena Mensah-Bonsu told reporters the plan was sound.",
    { "PERSON:Kwabena Mensah-Bonsu" }, { "Officials" } },
  { "Fighters backed embattled Syrian President Bashar al-Assad.",
    { "NORP:Syrian", "PERSON:Bashar al-Assad" }, { NULL } },
  { "The meeting was held in Geneva by the U.N. and NATO.", { "PLACE:Geneva", "ORG:U.N.", "ORG:NATO" }, { NULL } },
  { "SINGAPORE (Reuters) - Rice met her counterparts.", { "PLACE:SINGAPORE", "ORG:Reuters" }, { NULL } },
  /* a first name after a person's title is a person, though the last word names places */
  { "President Daniel Park met Mayor Laura Hill in Seoul.",
    { "PERSON:Daniel Park", "PERSON:Laura Hill", "PLACE:Seoul" }, { NULL } },
  /* a day ends a name; a town's name that is a person's surname is the person */
  { "Peruvian President Elena Lima visited Quito Tuesday. Lima said she would fly back to Lima on Friday.",
    { "PERSON:Elena Lima", "PLACE:Quito", "DATE:Tuesday", "PERSON:Lima", "PLACE:Lima", "DATE:Friday" },
    { "Quito Tuesday" } },
  /* a town's name that is a person's family name, written first ("Gao Wei ... Gao") */
  { "Trade Minister Gao Wei arrived on Monday. Officials said Gao would meet the mayor.",
    { "PERSON:Gao Wei", "DATE:Monday", "PERSON:Gao" }, { NULL } },
  { "Deputy Minister Hefei Lan spoke first. Reporters later asked Hefei about the deal.",
    { "PERSON:Hefei Lan", "PERSON:Hefei" }, { NULL } },
  /* "the Amir" is the title; "Amir" opening a name is a given name */
  { "Defence Minister Amir Peretz met the Amir Sheikh Tamim bin Hamad in Doha.",
    { "PERSON:Amir Peretz", "PERSON:Tamim bin Hamad", "PLACE:Doha" }, { "Amir" } },
  /* ... and alone after "the" or a country's word */
  { "Later the Amir held talks with Defence Minister Amir Peretz in Doha.",
    { "PERSON:Amir Peretz", "PLACE:Doha" }, { "Amir" } },
  { "Qatari Amir arrives in Ankara for talks with Amir Peretz.", { "PERSON:Amir Peretz", "PLACE:Ankara" }, { "Amir" } },
  /* a month's full name ends before the sentence's point; an abbreviation keeps its own */
  { "The council meets on 20 July. The vote is on 3 Sept. and talks began on 4 June.",
    { "DATE:20 July", "DATE:3 Sept.", "DATE:4 June" }, { "20 July." } },
  /* a one-word title after a given name, last before lower case or a mark, is the family name */
  { "The senator's spokesman, Kevin Bishop, said no. Later, Carole King agreed. Lt. Tom Major and Bishop Ann "
    "Doran left.", { "PERSON:Kevin Bishop", "PERSON:Carole King", "PERSON:Tom Major", "PERSON:Ann Doran" },
    { "Kevin" } },
  /* a patronymic's particle inside the name ("oglu", "qizi") */
  { "Azerbaijani President Elchin Rafiq oglu Mammadli spoke first. Ilham Heydar oğlu Aliyev answered.",
    { "NORP:Azerbaijani", "PERSON:Elchin Rafiq oglu Mammadli", "PERSON:Ilham Heydar oğlu Aliyev" }, { "Mammadli" } },
  /* a family name that is also a word of the language (the Greek letter) opens a sentence */
  { "Xi Ming met the envoy on Monday. Then Xi Ming and Lu Fang toured the port.",
    { "PERSON:Xi Ming", "DATE:Monday", "PERSON:Lu Fang" }, { "Ming" } },
  /* a known body's name ends before its holder's: a family name and more of a name */
  { "Officials met Secretary of the CPV Central Committee Pham Van Dinh.",
    { "ORG:Central Committee", "PERSON:Pham Van Dinh" }, { "Central Committee Pham Van Dinh" } },
  { "The delegation was welcomed by member of the Central Committee Truong Thi Mai.",
    { "ORG:Central Committee", "PERSON:Truong Thi Mai" }, { "Central Committee Truong Thi Mai" } },
  { "Japan's Ambassador to the United Nations Oh Min-jun spoke on Monday.",
    { "ORG:United Nations", "PERSON:Oh Min-jun" }, { "United Nations Oh Min-jun" } },
  { "Staff of the United Nations Development Programme left.", { "ORG:United Nations Development Programme" }, { NULL } },
  /* after a title, a town's name written first as a family name, then a given name that is a word */
  { "The envoy held talks with Prime Minister Fukui Ken in Osaka.", { "PERSON:Fukui Ken", "PLACE:Osaka" },
    { "Ken" } },
  { "He met Governor Nagano Ken on Friday.", { "PERSON:Nagano Ken" }, { "Nagano" } },
  /* a day's short form inside a name is a given name; before a month it is a day */
  { "Foreign Minister Nguyen Thi Thu Hang received the delegation.", { "PERSON:Nguyen Thi Thu Hang" },
    { "Thu Hang" } },
  { "Vice Minister Pham Thu Lan spoke. The talks in Hanoi Thu Mar 5 ended.",
    { "PERSON:Pham Thu Lan", "PLACE:Hanoi", "DATE:Thu Mar 5" }, { NULL } },
  /* a particle before a place's name alone is no person, but after a title it starts a surname */
  { "Santiago de Chile, May 2 (EFE).- The talks opened.", { "PLACE:Santiago", "PLACE:Chile" }, { "de Chile" } },
  { "The envoy flew on to Santo Domingo de Ecuador. Ambassador de Lima met him.",
    { "PLACE:Ecuador", "PERSON:de Lima" }, { "de Ecuador" } },
  /* a seat of government spelt with one accent of two */
  { "The Elysée said the president would attend.", { "PLACE:Elysée" }, { NULL } },
  /* a title's word after "bin" is a father's name */
  { "He was received by Sayyid Fahd bin Sultan al-Said, the deputy prime minister.",
    { "PERSON:Fahd bin Sultan al-Said" }, { NULL } },
  /* places' names before an industry's word are a company's name */
  { "Miners struck at Andes Pacific Copper on Monday.", { "ORG:Andes Pacific Copper" }, { "Copper" } },
  { "Tata Steel and Dangote Cement reported profits, while copper fell.",
    { "ORG:Tata Steel", "ORG:Dangote Cement" }, { "copper" } },
  /* an organisation's word last heads a name with a place's word before "of" */
  { "The Port of Tema Authority said 30 ships were waiting.", { "ORG:Port of Tema Authority" }, { NULL } },
  { "Staff of the Port of Mombasa Authority went on strike, while the Port of Spain stayed open.",
    { "ORG:Port of Mombasa Authority", "PLACE:Port of Spain" }, { NULL } },
  /* a building "for" people by their office is no longer name; a body "for" a cause is */
  { "He hosted a dinner at Carlton House for High Commissioners from Asia.", { "PLACE:Carlton House" },
    { "Carlton House for High Commissioners" } },
  { "The Agency for Refugees met at Blair House for Ambassadors.", { "ORG:Agency for Refugees", "PLACE:Blair House" },
    { "Blair House for Ambassadors" } },
  /* "and" after a whole name starts another */
  { "He thanked the Daily Planet Magazine and Lois Okonkwo of Kenya.",
    { "PERSON:Lois Okonkwo", "PLACE:Kenya" }, { "Daily Planet Magazine and Lois Okonkwo of Kenya" } },
  /* an acronym in brackets is its long name, whatever its type */
  { "The Great Northern Corridor (GNC) opened. The GNC carries freight.",
    { "PLACE:Great Northern Corridor", "PLACE:GNC" }, { NULL } },
  { "Leaders of the Black Sea Economic Cooperation met.", { "ORG:Black Sea Economic Cooperation" }, { "Black Sea" } },
  /* a place word last, or before "of", heads the name over an organisation word inside */
  { "The jet flew from Halvorsen Air Force Base to the National Museum of the Royal Navy.",
    { "PLACE:Halvorsen Air Force Base", "PLACE:National Museum of the Royal Navy" }, { NULL } },
  /* a compass point with a capital after "the" is a place */
  { "The South's negotiators flew home; talks with the West stalled, and the east wing closed.",
    { "PLACE:South", "PLACE:West" }, { "east" } },
  /* a known name before a lower-case suffix; an institution's word with a capital */
  { "Frida Kahlo painted. Guests wore Kahlo-style flowers and criticised the Government's plan; "
    "the government replied.",
    { "PERSON:Kahlo", "ORG:Government" }, { "government" } },
  /* after a dash a run ending in an organisation word keeps its first word; a
   * clock's zone in brackets is no organisation; a language is no people */
  { "March 3, 2021 – Silver Lake News\n\nPosted at 09:40(UTC+2). The memo, translated from Hungarian by "
    "staff, reached Hungarian officials.",
    { "ORG:Silver Lake News", "NORP:Hungarian" }, { "Lake News", "UTC" } },
  /* how often, and a month after a word that wants a time */
  { "Pilgrims come each year and the census runs every five years. The vote was held in March; "
    "another came in June last year. Talks ended in October. Photos of every day life sold.",
    { "DATE:each year", "DATE:every five years", "DATE:March", "DATE:June last year", "DATE:October" },
    { "last year", "every day" } },
  /* a hyphenated pair of a country and a known organisation */
  { "The Ukraine-NATO council met.", { "PLACE:Ukraine", "ORG:NATO" }, { "Ukraine-NATO" } },
  /* a body of another organisation is named with it, but not a country */
  { "He met the Central Committee of the Socialist Workers Party and the State Duma of the Russian Federation.",
    { "ORG:Central Committee of the Socialist Workers Party", "ORG:State Duma", "PLACE:Russian Federation" },
    { NULL } },
  /* the building a government sits in is a place, like any landmark, also when it speaks for it */
  { "The envoys left Downing Street for a dinner at the Blue House; the Kremlin said nothing.",
    { "PLACE:Downing Street", "PLACE:Blue House", "PLACE:Kremlin" }, { NULL } },
  { "Kremlin spokesman Ivan Orlov spoke.", { "PLACE:Kremlin", "PERSON:Ivan Orlov" }, { NULL } },
  /* a country's name in the plural for its two halves; a family's name is not */
  { "South Sudan voted. Envoys from both Sudans and the two Yemens met the two Hendersons.",
    { "PLACE:Sudans", "PLACE:Yemens", "OTHER:Hendersons" }, { NULL } },
  /* a period counted in no number after "for" or "since" */
  { "The two peoples have traded since centuries and quarrelled for decades; the weeks passed.",
    { "DATE:centuries", "DATE:decades" }, { "weeks" } },
  /* a known name after a prefix in lower case; the prefix is no part of it */
  { "Pro-Indian and anti-Iranian groups met in post-Soviet states with a non-OPEC producer.",
    { "NORP:Indian", "NORP:Iranian", "NORP:Soviet", "ORG:OPEC" }, { "Pro-Indian", "anti-Iranian", "non-OPEC" } },
  /* in a title-case credit line a word of the language before an organisation's
   * word is part of the name; a known name after a person's is not */
  { "Ministers Meet in Lusaka\n\nWritten By Harbour Desk Team | Updated: May 2, 2011\n\nBy ANNA PETERS "
    "Associated Press\n\nThe talks went well.",
    { "ORG:Harbour Desk Team", "ORG:Associated Press" }, { "Harbour", "ANNA PETERS Associated Press" } },
  /* a hyphenated pair of places that starts a longer name with a head word is part of it */
  { "Work on the Chile-Peru Coastal Highway (CPCH) began, and Chile-Peru talks went on.",
    { "PLACE:Chile-Peru Coastal Highway", "PLACE:CPCH", "PLACE:Chile", "PLACE:Peru" }, { NULL } },
  /* a country before one of its ministries is two names, as "Russia's Foreign Ministry";
   * a country inside a body's own name is not */
  { "A Kenya Health Ministry official and a U.S. Commerce Dept. spokesman spoke, while the U.S. Coast Guard "
    "stood by and the Korea Central News Agency reported it.",
    { "PLACE:Kenya", "ORG:Health Ministry", "PLACE:U.S.", "ORG:Commerce Dept", "ORG:U.S. Coast Guard",
      "ORG:Korea Central News Agency" }, { "Kenya Health Ministry", "U.S. Commerce Dept" } },
  /* "Gulf" names a region, with or without its article; it is no people's adjective */
  { "An influential Gulf country agreed, and the Gulf states followed.", { "PLACE:Gulf" }, { NULL } },
  /* an acronym in brackets after a name the lexicon knows is that name, when its
   * letters are the name's initials; an agency's after a dateline is not the town */
  { "BEIJING (XNA) - Ships used the Saint Lawrence Seaway (SLS) all year. SLS pilots said XNA was wrong.",
    { "PLACE:Saint Lawrence Seaway", "PLACE:SLS", "ORG:XNA", "PLACE:BEIJING" }, { NULL } },
  /* places' names one after another before a name's head are part of that name;
   * without a head they stay places */
  { "Work on the India Myanmar Thailand Trilateral Highway went on, and U.S. Japan talks resumed.",
    { "PLACE:India Myanmar Thailand Trilateral Highway", "PLACE:U.S.", "PLACE:Japan" }, { "India", "Myanmar" } },
  /* a given name that is also a word, with a surname that is a word too, listed
   * after a person: a person; a place's head still makes a place */
  { "Painters such as Lucian Freud, Bill Brandt and Frank Bowling came, as did Tom Ford, to the Rose Garden.",
    { "PERSON:Lucian Freud", "PERSON:Bill Brandt", "PERSON:Frank Bowling", "PERSON:Tom Ford", "PLACE:Rose Garden" },
    { NULL } },
  /* after a title a name may start with its lower-case particle */
  { "Talks with Emir Khalid bin Rashid went well. Later Emir bin Rashid flew home, and Judge van Vliet ruled.",
    { "PERSON:Khalid bin Rashid", "PERSON:bin Rashid", "PERSON:van Vliet" }, { "Rashid", "Vliet" } },
  /* two particles in a name, and a surname with its particles, at a sentence's
   * start or inside one */
  { "Commission President Greta van der Linden spoke. Van der Linden said no. Later von Aschenbach and "
    "Rosa de la Vega agreed; we do ten things.",
    { "PERSON:Greta van der Linden", "PERSON:Van der Linden", "PERSON:von Aschenbach", "PERSON:Rosa de la Vega" },
    { "Linden", "Greta", "Aschenbach", "ten" } },
  /* the houses where guests of state stay are places */
  { "The envoy dined at the Lakeside Guesthouse and slept at Chandni Bhavan before a talk at the Doria Villa.",
    { "PLACE:Lakeside Guesthouse", "PLACE:Chandni Bhavan", "PLACE:Doria Villa" }, { NULL } },
  /* a surname with its particle opens a sentence: still a name, though written in lower case before */
  { "Yemeni Foreign Minister Ahmed Awad bin-Mubarak arrived.\n\nBin-Mubarak's office said the talks went well.",
    { "PERSON:Ahmed Awad bin-Mubarak", "PERSON:Bin-Mubarak" }, { NULL } },
  /* words of the language before a head word in a title-case headline are no name;
   * the same words capitalised in the text are */
  { "Ministers Review Grain Market and Border Trade Board\n\nThe Border Trade Board met in Kashgar.",
    { "ORG:Border Trade Board", "PLACE:Kashgar" }, { "Grain Market" } },
  /* a known name before lower-case words that make a longer name with it: the known name */
  { "The Xinhua news agency said so, and the Baltic states agreed.", { "ORG:Xinhua", "NORP:Baltic" }, { NULL } },
  /* a name the noun after it calls an outlet is an organisation's */
  { "Chile's Orbe news agency reported it, as did the Tageblatt newspaper and Sahar TV. Maria Petrova "
    "told Kanal television.",
    { "ORG:Orbe", "ORG:Tageblatt", "ORG:Sahar TV", "PERSON:Maria Petrova", "ORG:Kanal" }, { NULL } },
  /* a season after "in the", but not one that qualifies a noun */
  { "Talks may resume in the autumn, after the spring rolls and the winter of discontent.",
    { "DATE:autumn" }, { "spring", "winter" } },
  /* a title the lexicon does not know ends before a first name and a surname */
  { "The Special Envoy for Water and Climate Policy Ingrid Solberg met the Coordinator for Ocean Affairs "
    "Tomas Varga.",
    { "PERSON:Ingrid Solberg", "PERSON:Tomas Varga" }, { "Climate Policy Ingrid Solberg", "Ocean Affairs Tomas Varga" } },
  /* a hyphenated pair whose second name goes on after the hyphen's word */
  { "Hopes for a Japan-South Korea accord and the Chile-New Zealand talks rose.",
    { "PLACE:Japan", "PLACE:South Korea", "PLACE:Chile", "PLACE:New Zealand" },
    { "Japan-South Korea", "Chile-New Zealand" } },
  /* the people of a divided country by its one name; a people's word before an
   * event's word is part of the event's name */
  { "Many Koreans remember the Korean War, and Korean companies the Crimean War.",
    { "NORP:Koreans", "NORP:Korean", "OTHER:Korean War", "OTHER:Crimean War" }, { NULL } },
  /* a site's address names its outlet */
  { "Photo by Ana Ruiz/lanacion.com.py. The news site Kigali.net said so, e.g. in U.S. papers.",
    { "ORG:lanacion.com.py", "ORG:Kigali.net", "PLACE:U.S." }, { "e.g" } },
  /* a family name before a hyphenated given name is a person's, though it names a
   * people, a town or a park too; two such names in a list are two people */
  { "By Anna Kowal and Han Min-seo. Park Jun-ho and Yoon Da-eun spoke.",
    { "PERSON:Han Min-seo", "PERSON:Park Jun-ho", "PERSON:Yoon Da-eun" }, { "Han", "Park Jun-ho and Yoon Da-eun" } },
  /* a lawmaker's party and state: the state is a place; an aircraft's code is not */
  { "Sen. Carla Moss, R-Texas, and Rep. Dan Reyes, D-N.J., spoke as an F-35 flew over.",
    { "PERSON:Carla Moss", "PLACE:Texas", "PERSON:Dan Reyes", "PLACE:N.J." }, { "R-Texas", "D-N.J.", "J" } },
  /* a common noun for an organisation right before a name types it */
  { "Mensah joined Belgian club Zulte in May; the head of mobile operator Tigo and the band Ashanti Kings agreed.",
    { "ORG:Zulte", "ORG:Tigo", "ORG:Ashanti Kings" }, { NULL } },
  /* an organisation word before "of" heads the name, whatever place ends it */
  { "Officials of the Northern Gas Company of Tamaris Republic paid, and so did the Trust Bank of Orlo Island.",
    { "ORG:Northern Gas Company of Tamaris Republic", "ORG:Trust Bank of Orlo Island" }, { NULL } },
  /* a title's word that starts a body's name is part of the name */
  { "Figures from the General Directorate of Ports showed it; General Omar Bashir agreed.",
    { "ORG:General Directorate of Ports", "PERSON:Omar Bashir" }, { "Directorate of Ports" } },
  /* a region's people is one word with its compass point: "East African", "South Asian" */
  { "Trade between the two East African neighbours grew, and South Asian and Central American envoys came "
    "from South America.",
    { "NORP:East African", "NORP:South Asian", "NORP:Central American", "PLACE:South America" },
    { "African", "Asian", "American" } },
  /* a palace's or a building's head word of another language comes first:
   * "Qasr", "Bait", "Bayt", "Wisma"; and seats of government the lexicon knows */
  { "The sultan received the envoy at Qasr Al Noor, then at Bait Al Falah; the talks went on at Bayt "
    "al-Sidr and ended at the Wisma Kenanga complex.",
    { "PLACE:Qasr Al Noor", "PLACE:Bait Al Falah", "PLACE:Bayt al-Sidr", "PLACE:Wisma Kenanga" }, { NULL } },
  { "The speaker received the delegation at Ain al-Ward; the aid went through Bab al-Nour to Tell Hamra.",
    { "PLACE:Ain al-Ward", "PLACE:Bab al-Nour", "PLACE:Tell Hamra" }, { NULL } },
  { "Dinners at Villa Serena and Schloss Altberg followed the talks.",
    { "PLACE:Villa Serena", "PLACE:Schloss Altberg" }, { "Villa Serena and Schloss Altberg" } },
  { "The premier hosted the visitors at PM House; the two presidents later met at the Akorda.",
    { "PLACE:PM House", "PLACE:Akorda" }, { NULL } },
  /* advisers' and secretaries' titles: "Cabinet" of "Cabinet Secretary" is the
   * title's, no body; a ruler's title after "His Highness the" is no person */
  { "Chief Adviser Rafiq Alam met Foreign Adviser Selina Haque, and Cabinet Secretary Joseph Mutua joined them.",
    { "PERSON:Rafiq Alam", "PERSON:Selina Haque", "PERSON:Joseph Mutua" }, { "Adviser", "Foreign Adviser", "Cabinet" } },
  { "His Highness the Amir Sheikh Tamim bin Rashid received the envoy.", { "PERSON:Tamim bin Rashid" }, { "Amir" } },
  /* a name the noun after it calls a place: "the Zerav region", "Kalmor province" */
  { "The envoy will visit the Zerav region and open the Tolkan reservoir; fighting went on in Kalmor province.",
    { "PLACE:Zerav", "PLACE:Tolkan", "PLACE:Kalmor" }, { NULL } },
  /* ...and so do a place noun and "of" before it */
  { "The sides met in the border village of Velkovo and then in the port city of Marest.",
    { "PLACE:Velkovo", "PLACE:Marest" }, { NULL } },
  /* the dateline's wire agency is an organisation, however short, and its place a place */
  { "KARSVIK, May 4, 2025 (KV) - Foreign Minister Lena Brandt met her counterpart.",
    { "PLACE:KARSVIK", "ORG:KV", "PERSON:Lena Brandt" }, { NULL } },
  /* a known name with an elided particle: "Côte d'Ivoire", "Quai d’Orsay" */
  { "President Alassane Koné of Côte d'Ivoire flew on to Paris for talks at the Quai d’Orsay.",
    { "PLACE:Côte d'Ivoire", "PLACE:Quai d’Orsay", "PERSON:Alassane Koné" }, { "Côte", "Quai" } },
  /* business federations the lexicon knows by their own names */
  { "The premier had lunch with Keidanren executives and later addressed FICCI members.",
    { "ORG:Keidanren", "ORG:FICCI" }, { NULL } },
  /* a building's head word after a possessive names the building, a title's too;
   * but a known name's possessive is the name's */
  { "Dinner was at the Governor's Residence; later they toured the Korvan Children's Hall and Latvia's National "
    "Library.",
    { "PLACE:Governor's Residence", "PLACE:Korvan Children's Hall", "PLACE:Latvia" }, { "Governor" } },
  /* a title's plural is no one's name */
  { "The talks ended early. The two Ministers agreed on a plan, and both Governors signed it.",
    { NULL }, { "Ministers", "Governors" } },
  /* an office's portfolio after "Minister of" or "for", and after its "and", is no person */
  { "The Minister of Fisheries Affairs Kwaku Boateng met the Minister for Overseas Workers and Skills "
    "Development, Farah Qadir.",
    { "PERSON:Kwaku Boateng", "PERSON:Farah Qadir", "OTHER:Fisheries Affairs", "OTHER:Overseas Workers",
      "OTHER:Skills Development" }, { NULL } },
  /* a given name that is a country's too, after a title, before a family name that is a word */
  { "Deputy Secretary Chad Fox signed the order. Fox later left.", { "PERSON:Chad Fox" }, { "Chad" } },
  { "The hearing heard from senator Jordan Gray on Tuesday.", { "PERSON:Jordan Gray" }, { "Jordan" } },
  /* at a sentence's start, a given name that is a word too, then a family name
   * or an unknown word capitalised for itself, then a verb of speech, "who", a
   * role in apposition, a comma or "and" */
  { "The vote was close. Grace Okafor told reporters the count would take a week.",
    { "PERSON:Grace Okafor" }, { "Okafor" } },
  { "Will Brandt, a trade envoy, said the plan was sound.", { "PERSON:Will Brandt" }, { "Brandt" } },
  { "Rose Marsh, who chairs the panel, said the cuts would stay.", { "PERSON:Rose Marsh" }, { "Marsh" } },
  { "Bill Fox says the talks went well.", { "PERSON:Bill Fox" }, { "Fox" } },
  { "Mark Hunter's office said the talks would resume. Grace Holt's campaign said it raised more.",
    { "PERSON:Mark Hunter", "PERSON:Grace Holt" }, { "Hunter", "Holt" } },
  /* ...and after a dateline's dash */
  { "OSLO (NTB) — Mark Hunter said on Monday that the talks had failed.", { "PERSON:Mark Hunter" }, { "Hunter" } },
  { "CARDIFF — Trump told a rally the steel plant would stay open.", { "PERSON:Trump" }, { NULL } },
  { "Mark Hunter and his Greek counterpart, Nikos Vlahos, agreed in a meeting in Athens to cut tariffs.",
    { "PERSON:Mark Hunter", "PERSON:Nikos Vlahos" }, { "Hunter" } },
  /* ...but not the same words as words, nor before a head word or a day */
  { "Will the bill pass? Mark the date: the vote is on Friday.", { "DATE:Friday" }, { "Will", "Mark" } },
  { "Bill payments rose in March. Mark Tuesday in your diary.", { "DATE:March" }, { "Bill", "Mark Tuesday" } },
  { "Rose Garden events were cancelled. Grace Church said it would close.", { NULL },
    { "Garden", "Church", "Grace Church", "Rose Garden" } },
  /* after a modal, "and" may start a question */
  { "Will Hurd and Cruz agree? Few think so. Will Hurd's office respond?", { "PERSON:Cruz" }, { "Will Hurd" } },
  /* a holiday is a day, no person: "May Day", "Labor Day" */
  { "May Day parades drew thousands in Oslo. Labor Day rallies were smaller.", { "PLACE:Oslo" },
    { "Day", "May Day", "Labor Day" } },
  { "Crowds gathered on May Day in Oslo.", { "OTHER:May Day", "PLACE:Oslo" }, { "Day" } },
  { "Doris Day said she would sing.", { "PERSON:Doris Day" }, { NULL } },
  /* a word of the language that is no name's, alone after an adjective left
   * out at a sentence's start, ends a thing's name: no person */
  { "New Balance said sales rose. Senior Officials said the talks failed.", { NULL }, { "Balance", "Officials" } },
  { "Sovereign Wealth said returns fell. Meanwhile Kovacs said the vote was close.", { "PERSON:Kovacs" },
    { "Wealth" } },
  /* a family name that is a word too, alone at a sentence's start before a
   * verb of speech, is a person's name */
  { "Reed told the committee the budget was tight.", { "PERSON:Reed" }, { NULL } },
  { "Rice wrote that the talks had stalled. Bush added that he would veto it.",
    { "PERSON:Rice", "PERSON:Bush" }, { NULL } },
  { "Trump says the inquiry is a witch hunt.", { "PERSON:Trump" }, { NULL } },
  /* ...not a plural, a word the article writes in lower case, a thing "said to
   * be" or one that "said its", a quantity */
  { "Banks said they would lend more. Chambers said the sessions would resume.", { NULL }, { "Banks", "Chambers" } },
  { "Farmers sold less rice. Rice said to be tainted was recalled.", { NULL }, { "Rice" } },
  { "Prices of rice rose again. Rice told buyers to wait, a trader said.", { NULL }, { "Rice" } },
  { "Ford also said its profits fell. More said they would buy one than last year.", { NULL }, { "Ford", "More" } },
  /* a given name that is a stopword too, before a family name */
  { "Per Lindqvist, a trade envoy, spoke first. Lindqvist was brief.", { "PERSON:Per Lindqvist" }, { "Per" } },
  { "The panel invited Per Halvorsen to speak.", { "PERSON:Per Halvorsen" }, { "Per" } },
  { "Per Reuters, the vote was delayed.", { "ORG:Reuters" }, { "Per Reuters" } },
  /* a name whose staff speak for it is a body: "X chief executive Y", "a X spokesman" */
  { "Harwick Mills chief executive Tove Brandt said costs rose. Harwick Mills declined to comment.",
    { "ORG:Harwick Mills", "PERSON:Tove Brandt" }, { NULL } },
  { "A Quellon spokeswoman, Dina Varga, said the plant would reopen.", { "ORG:Quellon", "PERSON:Dina Varga" }, { NULL } },
  /* a people's or a town's word that began a person's name is that person alone
   * before "is", "had" or "at"; not after an article */
  { "Premier Han Seo-yeon landed on Monday. Han is expected to meet the mayor. The Han majority cheered.",
    { "PERSON:Han Seo-yeon", "PERSON:Han", "NORP:Han" }, { NULL } },
  { "Envoy Gao Lintao arrived in Rome. Talks between Bianchi and Gao at the villa ran late.",
    { "PERSON:Gao Lintao", "PERSON:Gao" }, { NULL } },
  /* a word for a people of no one country before a head word starts a name */
  { "Storms swept across the Eastern Hemisphere this week.", { "PLACE:Eastern Hemisphere" }, { "Eastern" } },
  { "Diplomats from the Arab Group walked out. Western envoys stayed.",
    { "ORG:Arab Group", "NORP:Western" }, { "Arab" } },
  /* a body's own first word alone later stands for the body; not an acronym */
  { "Corvane Shipping posted a loss. Corvane blamed fuel costs.", { "ORG:Corvane Shipping", "ORG:Corvane" }, { NULL } },
  { "The Belvane Works chief executive, Jan Rek, spoke. Belvane plans cuts.", { "ORG:Belvane" }, { NULL } },
  /* a known ministry's name and a second portfolio after "and" are one body */
  { "Exports rose, the Ministry of Industry and Mines said.", { "ORG:Ministry of Industry and Mines" }, { "Mines" } },
  { "The Ministry of Foreign Affairs and Cooperation issued a note.",
    { "ORG:Ministry of Foreign Affairs and Cooperation" }, { "Cooperation" } },
  { "The Ministry of Defence and Google signed a deal.", { "ORG:Ministry of Defence", "ORG:Google" }, { NULL } },
  /* after "the", a country's name and the capitalised words after it are one body */
  { "Figures from the Ghana Road Monitor showed a rise.", { "ORG:Ghana Road Monitor" }, { "Ghana" } },
  { "Data kept by the Kenya Crime Observatory were cited.", { "ORG:Kenya Crime Observatory" }, { "Kenya" } },
  /* a given name and an initial at the start of a sentence */
  { "Prices rose. Jack T. Moreno met the envoy.", { "PERSON:Jack T. Moreno" }, { "T. Moreno" } },
  /* after an honorific, a person though the name is a town's */
  { "Ms. Lima said the plan worked. Mr. Santos agreed.", { "PERSON:Lima", "PERSON:Santos" }, { NULL } },
  /* a portfolio's words after "and" are no person */
  { "Tomas Lund, Under-Secretary-General for Political and Stabilisation Affairs, spoke.",
    { "PERSON:Tomas Lund", "OTHER:Stabilisation Affairs" }, { NULL } },
  /* a portfolio's list after a comma, its holder after it */
  { "Minister of Culture, Youth and Sports Ana Soto spoke.", { "PERSON:Ana Soto", "OTHER:Youth" }, { NULL } },
  /* a word of the language after "and", before an office's title, is the portfolio's */
  { "The envoy called on Roads and Bridges Minister Ana Soto.", { "PERSON:Ana Soto", "OTHER:Bridges" }, { NULL } },
};

static GPtrArray *
mention_strings (const BylineAnalysis *a)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < a->entities->len; i++)
    {
      const BylineEntity *e = a->entities->pdata[i];
      for (guint k = 0; k < e->mentions->len; k++)
        {
          const BylineMention *m = &g_array_index (e->mentions, BylineMention, k);
          g_ptr_array_add (out, g_strdup_printf ("%s:%.*s", byline_entity_type_to_string (e->type),
                                                 (int) (m->end - m->start), a->text->data + m->start));
        }
    }
  return out;
}

static gboolean
has_text (GPtrArray *mentions, const char *text)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const char *colon = strchr (mentions->pdata[i], ':');
      if (g_str_equal (colon + 1, text))
        return TRUE;
    }
  return FALSE;
}

static void
test_case (gconstpointer data)
{
  const EntityCase *c = data;
  g_autoptr (BylineAnalysis) a = test_analyse (c->input);
  g_autoptr (GPtrArray) got = mention_strings (a);

  for (guint i = 0; i < G_N_ELEMENTS (c->present) && c->present[i]; i++)
    {
      gboolean found = FALSE;
      for (guint k = 0; k < got->len; k++)
        found = found || g_str_equal (got->pdata[k], c->present[i]);
      if (!found)
        {
          g_autofree char *all = NULL;
          g_ptr_array_add (got, NULL);
          all = g_strjoinv (" | ", (char **) got->pdata);
          g_test_message ("missing %s in %s", c->present[i], all);
          g_ptr_array_remove_index (got, got->len - 1);
        }
      g_assert_true (found);
    }
  for (guint i = 0; i < G_N_ELEMENTS (c->absent) && c->absent[i]; i++)
    g_assert_false (has_text (got, c->absent[i]));
}

static const BylineEntity *
find (const BylineAnalysis *a, const char *name)
{
  for (guint i = 0; i < a->entities->len; i++)
    if (g_str_equal (((BylineEntity *) a->entities->pdata[i])->name, name))
      return a->entities->pdata[i];
  return NULL;
}

static void
test_coreference (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Russian Foreign Minister Sergei Lavrov arrived on Monday. "
                                          "Lavrov said the talks were good. The Asian Parliamentary "
                                          "Assembly (APA) met in Istanbul. The APA ended on Friday.");
  const BylineEntity *lavrov = find (a, "Sergei Lavrov");
  const BylineEntity *apa = find (a, "Asian Parliamentary Assembly");

  g_assert_nonnull (lavrov);
  g_assert_cmpuint (lavrov->mentions->len, ==, 2);
  g_assert_cmpstr (lavrov->role, ==, "Foreign Minister");
  g_assert_cmpstr (lavrov->affiliation, ==, "Russia");
  g_assert_nonnull (apa);
  g_assert_cmpint (apa->type, ==, BYLINE_ENTITY_ORG);
  g_assert_cmpuint (apa->mentions->len, ==, 3);
}

/* one person by two or three words of a longer name, before or after it:
 * "Hamid Abdel-Rahman" of "Adel Hamid Abdel-Rahman", "Karim Nasser al-Tamimi"
 * after "Nasser al-Tamimi", "Saud bin Fahd Al Mansour" after "Saud bin Fahd" */
static void
test_name_parts_either_way (void)
{
  const struct { const char *input, *name; } named[] = {
    { "Foreign Minister Adel Hamid Abdel-Rahman met the envoy. Hamid Abdel-Rahman said the talks went well.",
      "Adel Hamid Abdel-Rahman" },
    { "Minister Nasser al-Tamimi receives envoy\n\nDr. Karim Nasser al-Tamimi received the envoy on Monday.",
      "Karim Nasser al-Tamimi" },
    { "Prince Saud bin Fahd visits Rome\n\nPrince Saud bin Fahd Al Mansour arrived in Rome on Monday.",
      "Saud bin Fahd Al Mansour" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (named[i].input);
      const BylineEntity *p = find (a, named[i].name);
      guint people = 0;

      for (guint k = 0; k < a->entities->len; k++)
        people += ((BylineEntity *) a->entities->pdata[k])->type == BYLINE_ENTITY_PERSON;
      g_assert_nonnull (p);
      g_assert_cmpuint (p->mentions->len, ==, 2);
      g_assert_cmpuint (people, ==, 1);
    }
}

/* "former President X": the office held once keeps its "former" */
static void
test_former_role (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Former Prime Minister Elena Vasquez met former President Tomas "
                                               "Reyes in Quito. President Ana Soto was not there.");
  const BylineEntity *vasquez = find (a, "Elena Vasquez");
  const BylineEntity *reyes = find (a, "Tomas Reyes");
  const BylineEntity *soto = find (a, "Ana Soto");

  g_assert_nonnull (vasquez);
  g_assert_nonnull (reyes);
  g_assert_nonnull (soto);
  g_assert_cmpstr (vasquez->role, ==, "former Prime Minister");
  g_assert_cmpstr (reyes->role, ==, "former President");
  g_assert_cmpstr (soto->role, ==, "President");
}

/* "D.Ganbold" after "Dashdorj Ganbold": an initial and a family name, glued
 * or spaced, are the person named in full */
static void
test_initial_and_family (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Speaker Tsend Batbold met Bolat Serikov on Monday. T.Batbold said "
                                               "ties were strong, and B. Serikov agreed.");
  const BylineEntity *b = find (a, "Tsend Batbold");
  const BylineEntity *s = find (a, "Bolat Serikov");

  g_assert_nonnull (b);
  g_assert_nonnull (s);
  g_assert_cmpuint (b->mentions->len, ==, 2);
  g_assert_cmpuint (s->mentions->len, ==, 2);
  g_assert_null (find (a, "T.Batbold"));
}

/* "her Nepali counterpart Dr X": the relation before the style gives the role
 * and the people the affiliation; "Prime Minister Sheikh X": the office */
static void
test_counterpart_style (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Prime Minister Sheikh Rahela and her Nepali counterpart Dr Hari Thapa "
                                               "held talks in Dhaka.");
  const BylineEntity *p = find (a, "Hari Thapa");
  const BylineEntity *q = find (a, "Rahela");

  g_assert_nonnull (p);
  g_assert_cmpstr (p->role, ==, "Prime Minister");
  g_assert_cmpstr (p->affiliation, ==, "Nepal");
  /* and the office before a style before a one-word name */
  g_assert_nonnull (q);
  g_assert_cmpstr (q->role, ==, "Prime Minister");
}

/* The person named @full in @input is named twice, once as @other, and no
 * one else is named @other */
static void
assert_one_person (const char *input, const char *full, const char *other)
{
  g_autoptr (BylineAnalysis) a = test_analyse (input);
  const BylineEntity *e = find (a, full);

  g_assert_nonnull (e);
  g_assert_cmpuint (e->mentions->len, ==, 2);
  g_assert_null (find (a, other));
}

/* "Bruno Rodriguez" in a headline, "Bruno Rodriguez Parrilla" in the story:
 * a given name and the first of two surnames is the same person */
static void
test_two_surnames (void)
{
  const char *inputs[] = {
    "Minister Luis Garcia meets envoy\n\nForeign Minister Luis Garcia Mora met the envoy on Monday.",
    "Ana Lopez arrived in Quito. Later, Ana Lopez Obrador told reporters the talks went well.",
  };
  const char *names[][2] = { { "Luis Garcia Mora", "Luis Garcia" }, { "Ana Lopez Obrador", "Ana Lopez" } };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    assert_one_person (inputs[i], names[i][0], names[i][1]);
}

/* "Suu Kyi" after "Aung San Suu Kyi": the last words of one person's longer
 * name; not when two people's names end so */
static void
test_last_words_of_name (void)
{
  const char *inputs[] = {
    "State Counsellor Aung Min Suu Kyaw met Ana Soto. Later, Suu Kyaw said so.",
    "President Pedro Joaquim Lula da Costa met Ana Soto. Later, Lula da Costa said so.",
    "Minister Daw Kyi Kyi Htun met Ana Soto in Yangon. Later, Kyi Htun said so.",
  };
  const char *names[][2] = { { "Aung Min Suu Kyaw", "Suu Kyaw" }, { "Pedro Joaquim Lula da Costa", "Lula da Costa" },
                             { "Kyi Kyi Htun", "Kyi Htun" } };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    assert_one_person (inputs[i], names[i][0], names[i][1]);
  {
    g_autoptr (BylineAnalysis) a = test_analyse ("Aung Min Suu Kyaw met Tin Oo Suu Kyaw in Yangon. Later, Suu Kyaw "
                                                 "said so.");

    g_assert_cmpuint (find (a, "Aung Min Suu Kyaw")->mentions->len, ==, 1);
    g_assert_cmpuint (find (a, "Tin Oo Suu Kyaw")->mentions->len, ==, 1);
  }
}

/* The person named and the role the title before the name gives */
typedef struct
{
  const char *input, *name, *role;
} RoleCase;

static const RoleCase role_cases[] = {
  /* a counterpart in a sentence that names no one before it: the office of the
   * last one named of another land */
  { "Spanish Foreign Minister Ana Soto arrived in Santiago on Monday. Earlier in the day the Spanish minister held "
    "talks with his Chilean counterpart, Rosa Vera, at the ministry.", "Rosa Vera", "Foreign Minister" },
  /* a second person after a title's "and", with a title of his own after the comma */
  { "Also present were Tomas Vidal, Minister of Foreign Affairs, and Marcelino Ortiz Paredes, First Deputy Minister of "
    "Foreign Affairs.", "Marcelino Ortiz Paredes", "First Deputy Minister of Foreign Affairs" },
  /* the holder after a state's long name, whose given name is a place's too */
  { "Foreign Minister of the Islamic Republic of Afghanistan Salahuddin Karimi met the envoy.", "Salahuddin Karimi",
    "Foreign Minister of the Islamic Republic of Afghanistan" },
  /* "President of the Parliament X": a title, "of the" and a body's words no
   * lexicon knows, before the holder's name */
  { "President of the Parliament Anna Kowalski met the envoy.", "Anna Kowalski", "President of the Parliament" },
  { "The envoy met Chairman of the National Council Tomas Rydell.", "Tomas Rydell", "Chairman of the National Council" },
  /* "Prime Minister and Minister of Foreign Affairs Sheikh X": two titles joined
   * by "and" before a name, with a style or without, are both the person's */
  { "Prime Minister and Minister of Foreign Affairs Sheikh Khalid Al-Mansouri met the envoy.", "Khalid Al-Mansouri",
    "Prime Minister and Minister of Foreign Affairs" },
  { "The envoy met Deputy Prime Minister and Minister of Finance Sheikh Omar Al-Rashid.", "Omar Al-Rashid",
    "Deputy Prime Minister and Minister of Finance" },
  /* an office, the country it is of and a style before the name */
  { "The envoy met Minister of Foreign Affairs of the Republic of Chile Dr. Rosa Pinto.", "Rosa Pinto",
    "Minister of Foreign Affairs of the Republic of Chile" },
  /* ... and with no style between the titles and the name */
  { "Deputy Prime Minister and Foreign Minister Alemu Tesfaye held talks with the envoy.", "Alemu Tesfaye",
    "Deputy Prime Minister and Foreign Minister" },
  { "The board heard Chairman and Chief Executive Officer Joan Pike.", "Joan Pike",
    "Chairman and Chief Executive Officer" },
  /* a people's word after the portfolio's "and": "of Foreign and European
   * Affairs X" is the title, X the holder */
  { "Croatian Minister of Foreign and European Affairs Gordan Grlic Radman met with Montenegrin Foreign Minister "
    "Srdjan Darmanovic.", "Gordan Grlic Radman", "Minister of Foreign and European Affairs" },
  /* a long title of a country, then a comma and the holder */
  { "President Ana Lima received the Minister of Foreign Affairs of the Republic of Peru, Tomas Vera, on Monday.",
    "Tomas Vera", "Minister of Foreign Affairs of the Republic of Peru" },
  { "The envoy met the Minister of Foreign Affairs of the Republic of Korea, Kim Soo-jin, in Havana.", "Kim Soo-jin",
    "Minister of Foreign Affairs of the Republic of Korea" },
  /* Oman's title */
  { "The envoy met Minister Responsible for Foreign Affairs Salim bin Nasser in Muscat.", "Salim bin Nasser",
    "Minister Responsible for Foreign Affairs" },
  /* a Malaysian style between the office and the name leaves the office the role */
  { "Deputy Prime Minister Datuk Seri Farid Hamzah opened the fair in Ipoh.", "Farid Hamzah", "Deputy Prime Minister" },
  { "The envoy called on Finance Minister Tan Sri Aminah Yusof at her office.", "Aminah Yusof", "Finance Minister" },
};

static void
test_role_case (gconstpointer data)
{
  const RoleCase *rc = data;
  g_autoptr (BylineAnalysis) a = test_analyse (rc->input);
  const BylineEntity *p = find (a, rc->name);

  g_assert_nonnull (p);
  g_assert_cmpstr (p->role, ==, rc->role);
}

/* "Speaker of the House of Representatives X": the body's name runs on past a
 * shorter title ("Speaker of the House"), and the whole is the role */
static void
test_title_into_body (void)
{
  const char *inputs[] = {
    "Speaker of the House of Representatives Kenji Arai met the envoy.",
    "The envoy later met Speaker of the House of Commons Joan Pratt.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (inputs[i]);
      const BylineEntity *p = a->entities->len > 1 ? find (a, i == 0 ? "Kenji Arai" : "Joan Pratt") : NULL;

      g_assert_nonnull (p);
      g_assert_true (g_str_has_prefix (p->role, "Speaker of the House of "));
    }
}

static void
test_apposition_role (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Pak Thae Song, chairman of the Supreme People's Assembly, met "
                                          "visitors in Pyongyang on Tuesday.");
  const BylineEntity *pak = find (a, "Pak Thae Song");

  g_assert_nonnull (pak);
  g_assert_cmpstr (pak->role, ==, "chairman");
  g_assert_cmpstr (pak->affiliation, ==, "Supreme People's Assembly");
}

/* the holder after an office's portfolio has the office and its portfolio as role */
/* an apposition's office with its owner before it: a possessive or a known body */
static void
test_apposition_owner_role (void)
{
  static const struct
  {
    const char *input, *name, *role, *affiliation;
  } owned[] = {
    { "Olga Serova, the Kremlin's spokeswoman, told reporters the visit was off.", "Olga Serova", "spokeswoman",
      "Kremlin" },
    { "Tomas Rydell, Sweden's trade minister, arrived in Oslo.", "Tomas Rydell", "trade minister", "Sweden" },
    { "Hana Mori, the Foreign Ministry spokeswoman, declined to comment.", "Hana Mori", "spokeswoman",
      "Foreign Ministry" },
    { "Piet Vos, the party's treasurer, resigned on Monday.", "Piet Vos", "treasurer", NULL },
    { "Lina Haddad, a lawyer, said the case was weak.", "Lina Haddad", "lawyer", NULL },
    { "Li Na, also a member of the standing committee, spoke.", "Li Na", "member", NULL },
    /* the role, its preposition and a name before the comma and the person's name */
    { "A spokeswoman for the Interior Ministry, Vera Kolar, declined to comment.", "Vera Kolar",
      "spokeswoman for the Interior Ministry", NULL },
    { "The head of the Red Crescent, Omar Said, toured the camp.", "Omar Said", "head of the Red Crescent", NULL },
    /* a capitalised title with its portfolio after "the", before the comma and the name */
    { "The President of the Republic, Joao Kiala, received the envoy.", "Joao Kiala", "President of the Republic",
      NULL },
    { "The Minister of Finance, Rita Gomes, spoke first.", "Rita Gomes", "Minister of Finance", NULL },
    /* a word or two before the role word */
    { "Igor Belov, Russia's chief negotiator, left early.", "Igor Belov", "chief negotiator", "Russia" },
    { "Ana Ruiz, the bank's deputy governor, spoke next.", "Ana Ruiz", "deputy governor", NULL },
    /* a minister's portfolio after "of" is the role's, and the country after it the person's */
    { "Karim Haddad, Minister of Foreign Affairs of the Republic of Lebanon, arrived.", "Karim Haddad",
      "Minister of Foreign Affairs", "Lebanon" },
    { "Ana Ruiz, Minister of Regional Integration, spoke first.", "Ana Ruiz", "Minister of Regional Integration",
      NULL },
    /* the country a title before the name ends with is the person's */
    { "He met with Minister of Foreign Affairs of the Arab Republic of Egypt Omar Fathy on Monday.", "Omar Fathy",
      "Minister of Foreign Affairs of the Arab Republic of Egypt", "Egypt" },
    { "She received Foreign Minister of Kenya Ruth Wanjiru in Lima.", "Ruth Wanjiru", "Foreign Minister of Kenya",
      "Kenya" },
    /* the office before the comma and a style before the name, its country's possessive before it */
    { "Qatar's Minister of State for Foreign Affairs, Sheikh Khalid bin Ahmed, arrived.", "Khalid bin Ahmed",
      "Minister of State for Foreign Affairs", "Qatar" },
    { "Oman's Minister of Commerce, Sayyid Faisal bin Turki, spoke first.", "Faisal bin Turki",
      "Minister of Commerce", "Oman" },
    /* the office before the comma, not the rank after it; a country of one word after a date */
    { "President of the Republic, General Omar Haddad, received the envoy.", "Omar Haddad",
      "President of the Republic", NULL },
    { "The talks were opened on Monday by Kuwait's Minister of Finance, Sheikh Nasser Al-Fahad.",
      "Nasser Al-Fahad", "Minister of Finance", "Kuwait" },
    /* a capitalised title and its portfolio before the comma, after "the" or a country */
    { "The Foreign Secretary, Tom Reed, welcomed the minister.", "Tom Reed", "Foreign Secretary", NULL },
    { "US Acting Assistant Secretary of State for African Affairs, Mary Cole, arrived.", "Mary Cole",
      "Acting Assistant Secretary of State for African Affairs", "United States" },
    /* "Mr", "Mrs", "Madam" are no office: the apposition after the name gives it; a portfolio after "for" */
    { "Mrs Ama Kofi, the Ghanaian Minister of Trade, arrived.", "Ama Kofi", "Minister of Trade", "Ghana" },
    { "Madam Efua Sarpong, Minister for Fisheries and Aquaculture Development, spoke.", "Efua Sarpong",
      "Minister for Fisheries and Aquaculture Development", NULL },
    /* the longer name after "of", not the people's word it starts with */
    { "Oleg Marin, head of the Russian Export Centre, left.", "Oleg Marin", "head", "Russian Export Centre" },
    { "Mei Tan, director of the Chinese Academy of Fisheries, spoke.", "Mei Tan", "director",
      "Chinese Academy of Fisheries" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (owned); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (owned[i].input);
      const BylineEntity *e = find (a, owned[i].name);

      g_assert_nonnull (e);
      g_assert_cmpstr (e->role, ==, owned[i].role);
      g_assert_cmpstr (e->affiliation, ==, owned[i].affiliation);
    }
}

/* two family names without the given name are the person named in full before;
 * a given name and a family name are someone else */
static void
test_family_names_short_form (void)
{
  static const struct
  {
    const char *input, *full, *shorter;
    gboolean same;
  } forms[] = {
    { "Energy Minister Paula Soares Pinto met Jorge Ruiz Ortega. Soares Pinto said the grid would hold.",
      "Paula Soares Pinto", "Soares Pinto", TRUE },
    { "Mayor Ana Ruiz Ortega spoke first. Later Ruiz Ortega told reporters she was pleased.",
      "Ana Ruiz Ortega", "Ruiz Ortega", TRUE },
    { "Nawaz Ali Shah spoke first. Ali Shah, a farmer, said the canal was dry.", "Nawaz Ali Shah", "Ali Shah",
      FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (forms[i].input);
      const BylineEntity *full = find (a, forms[i].full);

      g_assert_nonnull (full);
      g_assert_cmpint (find (a, forms[i].shorter) == NULL, ==, forms[i].same);
      g_assert_cmpuint (full->mentions->len, ==, forms[i].same ? 2 : 1);
    }
}

static void
test_portfolio_role (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("The Minister of Fisheries Affairs Kwaku Boateng met the Minister "
                                          "for Overseas Workers and Skills Development, Farah Qadir, on Monday.");
  const BylineEntity *boateng = find (a, "Kwaku Boateng");
  const BylineEntity *qadir = find (a, "Farah Qadir");

  g_assert_nonnull (boateng);
  g_assert_cmpstr (boateng->role, ==, "Minister of Fisheries Affairs");
  g_assert_nonnull (qadir);
  g_assert_cmpstr (qadir->role, ==, "Minister for Overseas Workers and Skills Development");
}

/* a title with its country's long name, and "President Pro Tempore", before the holder */
static void
test_long_title_role (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Prime Minister of the Republic of Estonia Mart Kask flew in, and "
                                          "Senate President Pro Tempore Nora Vasko met him.");
  const BylineEntity *kask = find (a, "Mart Kask");
  const BylineEntity *vasko = find (a, "Nora Vasko");

  g_assert_nonnull (kask);
  g_assert_cmpstr (kask->role, ==, "Prime Minister of the Republic of Estonia");
  g_assert_nonnull (vasko);
  g_assert_cmpstr (vasko->role, ==, "President Pro Tempore");
}

/* the portfolio's words end before the holder's name, a given name the lexicon
 * knows or not; an envoy's title "for" a country before the holder */
static void
test_portfolio_holder_split (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("The Minister of State for Coastal Affairs Tarun Bakshi met the "
                                          "Minister for Overseas Kenyans and Skills Development Odera Kamotho "
                                          "and Special Envoy for Chad Mira Solberg.");
  const BylineEntity *bakshi = find (a, "Tarun Bakshi");
  const BylineEntity *kamotho = find (a, "Odera Kamotho");
  const BylineEntity *solberg = find (a, "Mira Solberg");

  g_assert_nonnull (bakshi);
  g_assert_cmpstr (bakshi->role, ==, "Minister of State for Coastal Affairs");
  g_assert_nonnull (kamotho);
  g_assert_cmpstr (kamotho->role, ==, "Minister for Overseas Kenyans and Skills Development");
  g_assert_nonnull (solberg);
  g_assert_cmpstr (solberg->role, ==, "Special Envoy for Chad");
}

/* a portfolio with an organisation's word is still a portfolio; a title with
 * its portfolio goes on after "and"; a given name that is also a word */
static void
test_portfolio_more (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Minister of Foreign Affairs and Regional Cooperation Idris Kano "
                                          "met State Minister for Foreign Affairs Ken Tashiro and Assistant "
                                          "Foreign Minister Lu Pinghe.");
  const BylineEntity *kano = find (a, "Idris Kano");
  const BylineEntity *tashiro = find (a, "Ken Tashiro");
  const BylineEntity *lu = find (a, "Lu Pinghe");
  const BylineEntity *coop;

  g_assert_nonnull (kano);
  g_assert_cmpstr (kano->role, ==, "Minister of Foreign Affairs and Regional Cooperation");
  coop = find (a, "Regional Cooperation");
  g_assert_true (coop == NULL || coop->type != BYLINE_ENTITY_ORG);
  g_assert_nonnull (tashiro);
  g_assert_cmpstr (tashiro->role, ==, "State Minister for Foreign Affairs");
  g_assert_nonnull (lu);
  g_assert_cmpstr (lu->role, ==, "Assistant Foreign Minister");
}

static void
test_possessive_title_role (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Iran’s Foreign Ministry spokeswoman Marzieh Afkham told reporters "
                                          "that the trip was useful.");
  const BylineEntity *afkham = find (a, "Marzieh Afkham");

  g_assert_nonnull (afkham);
  g_assert_cmpstr (afkham->role, ==, "spokeswoman");
  g_assert_cmpstr (afkham->affiliation, ==, "Foreign Ministry");
}

/* A body named in a headline's capitals is named as the story writes it, and
 * an acronym stays the acronym */
static void
test_headline_name (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("U.S. TREASURY'S BAKER CANCELS TRIP TO AUSTRALIA\n\nTreasury "
                                               "Secretary Tom Baker has cancelled a trip to Australia, a Treasury "
                                               "spokesman said. The IMF and the Fund's staff agreed.");
  g_autoptr (BylineAnalysis) b = test_analyse ("KORVA GROUP EMERGES AS BIDDER FOR MILLS\n\nThe Korva Group, which holds "
                                               "a fifth of the shares, said it had talked with other holders.");

  g_assert_nonnull (find (a, "Treasury"));
  g_assert_null (find (a, "U.S. TREASURY"));
  g_assert_nonnull (find (a, "IMF"));
  g_assert_nonnull (find (b, "Korva Group"));
  g_assert_null (find (b, "KORVA GROUP"));
}

/* A counterpart is named by another's office: the role is that office, or
 * one from another mention, never the word "counterpart". */
static void
test_counterpart_role (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Japanese Prime Minister Taro Sato welcomed his Indian counterpart, "
                                          "Ravi Menon, in Osaka on Friday. The envoy later met his Kenyan "
                                          "counterpart, Grace Wanjiru. Separately, a colleague of Peter Okafor "
                                          "spoke to his Brazilian counterpart Paulo Ferreira. Defence Minister "
                                          "Ferreira said the talks went well.");
  const BylineEntity *menon = find (a, "Ravi Menon");
  const BylineEntity *wanjiru = find (a, "Grace Wanjiru");
  const BylineEntity *ferreira = find (a, "Paulo Ferreira");

  g_assert_nonnull (menon);
  g_assert_cmpstr (menon->role, ==, "Prime Minister");
  g_assert_cmpstr (menon->affiliation, ==, "India");
  g_assert_nonnull (wanjiru);
  g_assert_null (wanjiru->role);
  g_assert_cmpstr (wanjiru->affiliation, ==, "Kenya");
  g_assert_nonnull (ferreira);
  g_assert_cmpstr (ferreira->role, ==, "Defence Minister");
  g_assert_cmpstr (ferreira->affiliation, ==, "Brazil");
}

/* A title's abbreviation between it and the name is no part of either, and
 * one person spelt two ways (a transliteration) is one person. */
static void
test_abbreviated_title_and_variants (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Prime Minister (PM) Farid Abdul Rahmani opened the road on "
                                          "Monday. Later, Farid Abdel Rahmani told reporters that PM Rahmani "
                                          "would visit Accra. Secretary General (SG) Tomas Herrera and Olga "
                                          "Petrova were there; Olga Petrowa spoke first. Kim Jong Un and Kim "
                                          "Jong Il were not.");
  const BylineEntity *rahmani = find (a, "Farid Abdul Rahmani");
  const BylineEntity *herrera = find (a, "Tomas Herrera");
  const BylineEntity *petrova = find (a, "Olga Petrova");
  guint people = 0;

  g_assert_nonnull (rahmani);
  g_assert_cmpstr (rahmani->role, ==, "Prime Minister");
  g_assert_cmpuint (rahmani->mentions->len, ==, 3);
  g_assert_nonnull (herrera);
  g_assert_cmpstr (herrera->role, ==, "Secretary General");
  g_assert_nonnull (petrova);
  g_assert_cmpuint (petrova->mentions->len, ==, 2);
  for (guint i = 0; i < a->entities->len; i++)
    if (((BylineEntity *) a->entities->pdata[i])->type == BYLINE_ENTITY_PERSON)
      people++;
  g_assert_cmpuint (people, ==, 5);
  g_assert_nonnull (find (a, "Kim Jong Un"));
  g_assert_nonnull (find (a, "Kim Jong Il"));
}

/* An office that only one government has names the country: "Secretary of
 * State John Kerry" is American; a people before the title says it outright. */
static void
test_affiliation_from_title (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Treasury Secretary Ann Walsh flew to Ottawa, where she met "
                                          "Taoiseach Sean Byrne and Kenyan Foreign Minister Grace Wanjiru. "
                                          "Prime Minister Omar Haddad was not there.");
  const BylineEntity *walsh = find (a, "Ann Walsh");
  const BylineEntity *byrne = find (a, "Sean Byrne");
  const BylineEntity *wanjiru = find (a, "Grace Wanjiru");
  const BylineEntity *haddad = find (a, "Omar Haddad");

  g_assert_nonnull (walsh);
  g_assert_cmpstr (walsh->affiliation, ==, "United States");
  g_assert_nonnull (byrne);
  g_assert_cmpstr (byrne->affiliation, ==, "Ireland");
  g_assert_nonnull (wanjiru);
  g_assert_cmpstr (wanjiru->affiliation, ==, "Kenya");
  /* many countries have a prime minister */
  g_assert_nonnull (haddad);
  g_assert_null (haddad->affiliation);
}

/* A style of address ("Sheikh", "Sayyid", "Prince", "H.H.", "Dr.") is no
 * office: the office before it or an apposition after the name gives the role
 * and the country. */
static void
test_style_is_no_office (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Qatari Foreign Minister Sheikh Tamim bin Rashid arrived, and "
                                          "Jordanian Minister of State Dr. Rana Khoury came too. "
                                          "H.H. Sheikh Saif bin Zayed, Kuwait's interior minister, met them. "
                                          "Prince Nawaf bin Fahd said little.");
  const BylineEntity *tamim = find (a, "Tamim bin Rashid");
  const BylineEntity *khoury = find (a, "Rana Khoury");
  const BylineEntity *saif = find (a, "Saif bin Zayed");
  const BylineEntity *nawaf = find (a, "Nawaf bin Fahd");

  g_assert_nonnull (tamim);
  g_assert_cmpstr (tamim->role, ==, "Foreign Minister");
  g_assert_cmpstr (tamim->affiliation, ==, "Qatar");
  g_assert_nonnull (khoury);
  g_assert_cmpstr (khoury->role, ==, "Minister of State");
  g_assert_cmpstr (khoury->affiliation, ==, "Jordan");
  g_assert_nonnull (saif);
  g_assert_cmpstr (saif->role, ==, "interior minister");
  g_assert_cmpstr (saif->affiliation, ==, "Kuwait");
  /* the style alone stays the role */
  g_assert_nonnull (nawaf);
  g_assert_cmpstr (nawaf->role, ==, "Prince");
}

/* "its Vice President, Sven Lind": a title after a possessive, a comma, the name */
static void
test_possessive_title_comma (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("The mayor received a team headed by its Vice President, Oda Brekke, "
                                          "and later thanked her Chief of Staff, Lars Vik.");
  const BylineEntity *brekke = find (a, "Oda Brekke");
  const BylineEntity *vik = find (a, "Lars Vik");

  g_assert_nonnull (brekke);
  g_assert_cmpstr (brekke->role, ==, "Vice President");
  g_assert_nonnull (vik);
  g_assert_cmpstr (vik->role, ==, "Chief of Staff");
}

/* "Russia's Foreign Ministry" is Russia's; another country's ministry of the
 * same name is another body. */
static void
test_government_country (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Japan's Foreign Ministry said the visit was useful, while the "
                                          "Brazilian Foreign Ministry declined to comment. The Defence Ministry "
                                          "of Chile issued a statement.");
  gboolean japan = FALSE, brazil = FALSE, chile = FALSE;

  for (guint i = 0; i < a->entities->len; i++)
    {
      const BylineEntity *e = a->entities->pdata[i];

      if (e->type != BYLINE_ENTITY_ORG)
        continue;
      if (g_str_equal (e->name, "Foreign Ministry"))
        {
          japan = japan || g_strcmp0 (e->affiliation, "Japan") == 0;
          brazil = brazil || g_strcmp0 (e->affiliation, "Brazil") == 0;
        }
      if (g_str_has_suffix (e->name, "Ministry") || g_str_has_prefix (e->name, "Ministry"))
        chile = chile || g_strcmp0 (e->affiliation, "Chile") == 0;
    }
  g_assert_true (japan);
  g_assert_true (brazil);
  g_assert_true (chile);
}

/* The seed article as a new user reads it */
static void
test_seed_roles (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse_seed ();
  const BylineEntity *zarif, *kerry;
  gboolean ministry = FALSE;

  if (a == NULL)
    return;
  zarif = find (a, "Javad Zarif");
  kerry = find (a, "John Kerry");
  g_assert_nonnull (zarif);
  g_assert_cmpstr (zarif->role, !=, "counterpart");
  g_assert_cmpstr (zarif->affiliation, ==, "Iran");
  g_assert_nonnull (kerry);
  g_assert_cmpstr (kerry->affiliation, ==, "United States");
  for (guint i = 0; i < a->entities->len; i++)
    {
      const BylineEntity *e = a->entities->pdata[i];
      if (g_str_equal (e->name, "Foreign Ministry") && g_strcmp0 (e->affiliation, "Russia") == 0)
        ministry = TRUE;
    }
  g_assert_true (ministry);
}

static gboolean
has_mention (const BylineAnalysis *a, BylineEntityType type, const char *text)
{
  for (guint i = 0; i < a->entities->len; i++)
    {
      const BylineEntity *e = a->entities->pdata[i];

      for (guint k = 0; k < e->mentions->len && e->type == type; k++)
        {
          const BylineMention *m = &g_array_index (e->mentions, BylineMention, k);
          if (strlen (text) == m->end - m->start && strncmp (a->text->data + m->start, text, m->end - m->start) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* Capitalised runs with a word of the language in them, an acronym after a
 * name or a lower-case word after a hyphen name things, not people; a name
 * with no such word, or with a first name, stays a person. */
static void
test_things_are_not_people (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Crowds watched the Orbital Launcher Discovery leave its hangar. "
                                          "Visitors tried the Nintendo VR headset, drank Lemon Fizz and met "
                                          "Nobel Prize-winner Wole Soyinka. Later Choe Myong-nam and Ngozi "
                                          "Adichie spoke.");
  const char *things[] = { "Orbital Launcher Discovery", "Nintendo VR", "Lemon Fizz", "Nobel Prize-winner" };

  for (guint i = 0; i < G_N_ELEMENTS (things); i++)
    {
      if (has_mention (a, BYLINE_ENTITY_PERSON, things[i]))
        g_test_message ("%s is not a person", things[i]);
      g_assert_false (has_mention (a, BYLINE_ENTITY_PERSON, things[i]));
    }
  g_assert_true (has_mention (a, BYLINE_ENTITY_PERSON, "Wole Soyinka"));
  g_assert_true (has_mention (a, BYLINE_ENTITY_PERSON, "Choe Myong-nam"));
  g_assert_true (has_mention (a, BYLINE_ENTITY_PERSON, "Ngozi Adichie"));
}

/* A word capitalised only at a sentence start, and written in lower case
 * elsewhere, is a word; a capitalised word that is also counted in the plural
 * is a thing, even after a person's name. */
static void
test_words_by_position_and_counted_things (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("The Frida Kahlo Etchings show opened. Visitors saw 40 Etchings "
                                          "and one Etching on loan. Selenium levels fell in soil, and selenium "
                                          "matters. Kahlo was praised.");

  g_assert_false (has_mention (a, BYLINE_ENTITY_PERSON, "Etchings"));
  g_assert_false (has_mention (a, BYLINE_ENTITY_PERSON, "Etching"));
  g_assert_false (has_mention (a, BYLINE_ENTITY_PERSON, "Frida Kahlo Etchings"));
  g_assert_false (has_mention (a, BYLINE_ENTITY_PERSON, "Selenium"));
  g_assert_true (has_mention (a, BYLINE_ENTITY_PERSON, "Frida Kahlo"));
  g_assert_true (has_mention (a, BYLINE_ENTITY_PERSON, "Kahlo"));
}

/* Short forms and what is not a name */
/* "bin Rashid" is the person named "Khalid bin Rashid" before */
/* "bin Rashid" inside "Khalid bin Rashid Al-Nuaimi", at a sentence start too */
static void
test_particle_inner_form (void)
{
  static const char *const texts[] = {
    "Minister Khalid bin Rashid Al-Nuaimi arrived in Rabat. Bin Rashid said the visit was useful.",
    "Talks with Sheikh Saif bin Hamad Al-Kaabi ended. Later bin Hamad told reporters the talks went well.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (texts[i]);
      guint people = 0;

      for (guint k = 0; k < a->entities->len; k++)
        {
          const BylineEntity *e = a->entities->pdata[k];
          if (e->type == BYLINE_ENTITY_PERSON)
            {
              people++;
              g_assert_cmpuint (e->mentions->len, ==, 2);
            }
        }
      g_assert_cmpuint (people, ==, 1);
    }
}

/* a father's name after "bin" is not the person's: "Emir Tamim" is not
 * "Abdullah bin Tamim", in either order */
static void
test_father_name_not_person (void)
{
  static const char *const texts[] = {
    "Emir Tamim met Luis Vera on Monday. Later, Sheikh Abdullah bin Tamim met Ana Soto.",
    "Sheikh Abdullah bin Tamim met Ana Soto on Monday. Later, Emir Tamim received Luis Vera.",
    "Sultan Haitham ibn Tariq hosted a dinner. Tariq, a banker, was not invited.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (texts[i]);
      const BylineEntity *son = find (a, i < 2 ? "Abdullah bin Tamim" : "Haitham ibn Tariq");

      g_assert_nonnull (son);
      g_assert_cmpuint (son->mentions->len, ==, 1);
    }
}

/* "el-Hadi" after "Mahmoud al-Hadi": the article spelt with another vowel */
static void
test_particle_variant (void)
{
  static const struct
  {
    const char *text, *name;
    guint mentions;
  } variants[] = {
    { "Libyan envoy Mahmoud al-Hadi arrived. Reporters asked el-Hadi about the ceasefire, and El-Hadi smiled.",
      "Mahmoud al-Hadi", 3 },
    { "Talks with Omar ul-Haq resumed. Later al-Haq said the ceasefire held.", "Omar ul-Haq", 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (variants[i].text);
      const BylineEntity *e = find (a, variants[i].name);

      g_assert_nonnull (e);
      g_assert_cmpuint (e->mentions->len, ==, variants[i].mentions);
    }
}

static void
test_particle_short_form (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Talks with Emir Khalid bin Rashid went well. Later Emir bin Rashid "
                                               "flew home.");
  guint people = 0;

  for (guint i = 0; i < a->entities->len; i++)
    {
      const BylineEntity *e = a->entities->pdata[i];
      if (e->type == BYLINE_ENTITY_PERSON)
        {
          people++;
          g_assert_cmpstr (e->name, ==, "Khalid bin Rashid");
          g_assert_cmpuint (e->mentions->len, ==, 2);
        }
    }
  g_assert_cmpuint (people, ==, 1);
}

static void
test_short_forms (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Exports from South Korea rose. Korea also sold more ships. "
                                          "J.R. Okafor was voted Man of the Series. She painted a green Frida "
                                          "and an Esther for the show.");
  g_autoptr (BylineAnalysis) b = test_analyse ("North Korea and South Korea met. Korea was divided in 1945.");

  g_assert_true (has_mention (a, BYLINE_ENTITY_PLACE, "Korea"));
  g_assert_true (has_mention (a, BYLINE_ENTITY_PERSON, "J.R. Okafor"));
  g_assert_false (has_mention (a, BYLINE_ENTITY_PLACE, "Man"));
  g_assert_false (has_mention (a, BYLINE_ENTITY_PERSON, "Frida"));
  g_assert_false (has_mention (a, BYLINE_ENTITY_PERSON, "Esther"));
  /* which Korea? */
  g_assert_false (has_mention (b, BYLINE_ENTITY_PLACE, "Korea"));
}

/* "said Kowalcyzk" after "Agata Kowalczyk": the speaker after the verb, and
 * her name misspelt by a letter or two is still hers */
static void
test_inverted_and_misspelt_speaker (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Agata Kowalczyk opened the show on Monday. Visitors, said Kowalcyzk, "
                                          "came early. Later Kowalczik added that the prints would tour.");
  const BylineEntity *k = find (a, "Agata Kowalczyk");

  g_assert_nonnull (k);
  g_assert_cmpuint (k->mentions->len, ==, 3);
}

/* In a match report the UK's home nations are teams like any country */
static void
test_home_nations_are_teams (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Scotland beat Korea Republic 2-1 in their group match on Sunday. "
                                          "The striker scored in the 12th minute and the goalkeeper saved a "
                                          "penalty before half-time. Wales drew with Sweden in the other match "
                                          "of the group. The coach praised the squad after the victory; the "
                                          "referee showed three cards and the defender scored his first goal in "
                                          "the league. Wales play Scotland in the final fixture of the "
                                          "tournament.");

  g_assert_true (has_mention (a, BYLINE_ENTITY_ORG, "Scotland"));
  g_assert_true (has_mention (a, BYLINE_ENTITY_ORG, "Wales"));
  g_assert_true (has_mention (a, BYLINE_ENTITY_ORG, "Sweden"));
  g_assert_true (has_mention (a, BYLINE_ENTITY_ORG, "Korea Republic"));
}

static void
test_relative_dates (void)
{
  g_autoptr (BylineAnalysis) a = test_analyse ("Talks in Tehran\n\nDecember 11, 2013\n\nThe envoy arrived on "
                                          "Monday and will leave next week.");
  gboolean monday = FALSE, next_week = FALSE;

  for (guint i = 0; i < a->entities->len; i++)
    {
      const BylineEntity *e = a->entities->pdata[i];
      g_autofree char *from = byline_day_to_iso (&e->date.from);

      if (e->type != BYLINE_ENTITY_DATE)
        continue;
      if (g_str_equal (e->name, "Monday"))
        monday = g_strcmp0 (from, "2013-12-09") == 0;
      if (g_str_equal (e->name, "next week"))
        next_week = g_strcmp0 (from, "2013-12-16") == 0;
    }
  g_assert_true (monday);
  g_assert_true (next_week);
}

/* "Mark Hunter and his Greek counterpart, Nikos Vlahos, agreed in a meeting":
 * a given name that is a word too opens the sentence, and its holder meets */
static void
test_word_name_meets (void)
{
  static const char *const texts[] = {
    "Mark Hunter and his Greek counterpart, Nikos Vlahos, agreed in a meeting in Athens to cut tariffs.",
    "Grace Whitby and her Polish counterpart, Piotr Nowak, held talks in Warsaw on Monday.",
  };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr (BylineAnalysis) a = test_analyse (texts[t]);
      gboolean found = FALSE;

      for (guint i = 0; i < a->meetings->len && !found; i++)
        {
          const BylineMeeting *m = a->meetings->pdata[i];
          gboolean first = FALSE, second = FALSE;

          for (guint k = 0; k < m->participants->len; k++)
            {
              const char *name = g_array_index (m->participants, BylineParticipant, k).name;

              first = first || g_strcmp0 (name, t == 0 ? "Mark Hunter" : "Grace Whitby") == 0;
              second = second || g_strcmp0 (name, t == 0 ? "Nikos Vlahos" : "Piotr Nowak") == 0;
            }
          found = first && second;
        }
      g_assert_true (found);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/entities/case/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/entities/coreference", test_coreference);
  g_test_add_func ("/entities/headline-name", test_headline_name);
  g_test_add_func ("/entities/word-name-meets", test_word_name_meets);
  g_test_add_func ("/entities/former-role", test_former_role);
  g_test_add_func ("/entities/name-parts-either-way", test_name_parts_either_way);
  g_test_add_func ("/entities/title-into-body", test_title_into_body);
  for (gsize i = 0; i < G_N_ELEMENTS (role_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/entities/role-case/%" G_GSIZE_FORMAT, i);
      g_test_add_data_func (path, &role_cases[i], test_role_case);
    }
  g_test_add_func ("/entities/counterpart-style", test_counterpart_style);
  g_test_add_func ("/entities/two-surnames", test_two_surnames);
  g_test_add_func ("/entities/last-words-of-name", test_last_words_of_name);
  g_test_add_func ("/entities/initial-and-family", test_initial_and_family);
  g_test_add_func ("/entities/apposition-role", test_apposition_role);
  g_test_add_func ("/entities/apposition-owner-role", test_apposition_owner_role);
  g_test_add_func ("/entities/possessive-title-role", test_possessive_title_role);
  g_test_add_func ("/entities/portfolio-role", test_portfolio_role);
  g_test_add_func ("/entities/long-title-role", test_long_title_role);
  g_test_add_func ("/entities/portfolio-holder-split", test_portfolio_holder_split);
  g_test_add_func ("/entities/portfolio-more", test_portfolio_more);
  g_test_add_func ("/entities/relative-dates", test_relative_dates);
  g_test_add_func ("/entities/counterpart-role", test_counterpart_role);
  g_test_add_func ("/entities/affiliation-from-title", test_affiliation_from_title);
  g_test_add_func ("/entities/abbreviated-title-and-variants", test_abbreviated_title_and_variants);
  g_test_add_func ("/entities/government-country", test_government_country);
  g_test_add_func ("/entities/style-is-no-office", test_style_is_no_office);
  g_test_add_func ("/entities/possessive-title-comma", test_possessive_title_comma);
  g_test_add_func ("/entities/seed-roles", test_seed_roles);
  g_test_add_func ("/entities/things-are-not-people", test_things_are_not_people);
  g_test_add_func ("/entities/home-nations-are-teams", test_home_nations_are_teams);
  g_test_add_func ("/entities/short-forms", test_short_forms);
  g_test_add_func ("/entities/family-names-short-form", test_family_names_short_form);
  g_test_add_func ("/entities/particle-short-form", test_particle_short_form);
  g_test_add_func ("/entities/particle-inner-form", test_particle_inner_form);
  g_test_add_func ("/entities/particle-variant", test_particle_variant);
  g_test_add_func ("/entities/father-name-not-person", test_father_name_not_person);
  g_test_add_func ("/entities/inverted-and-misspelt-speaker", test_inverted_and_misspelt_speaker);
  g_test_add_func ("/entities/words-by-position-and-counted-things", test_words_by_position_and_counted_things);
  return g_test_run ();
}
