-- names(text [, context]): the people named in invented archive titles and summaries full of the
-- traps of issue 10, part 1 (precision in free text). The expected rows are written by hand.
--
-- Each row: document, the name as written (without a title or a possessive), the canonical
-- form (the authority's preferred form for a person it lists; for a person it does not, the
-- name as written, cleaned; for a surname alone, the full name that the same text or the
-- context gives it), the person of the list `who` whose name_key() is the mention's key (NULL
-- when none: an unresolved surname alone), and whether substr(text, offset, length) gives the
-- name back.
--
-- Decisions where the issue was silent:
--   - A name followed by a head word of a place, institution, thing, prize, plan or doctrine is
--     not a mention of the person: Kim Il Sung Square and University, Stalin Prize, Lenin
--     Shipyard, Mao suits, Damansky Island (not even a person), Marshall Plan, Truman Doctrine.
--     A possessive is a mention ("Nuri as-Said's old friends", "U Thant's letter").
--   - An editor's bracket belongs to the mention: "[Harold] Wilson" and "Filippov [Stalin]" are
--     one mention each, written with their brackets.
--   - A one-syllable surname of the issue's list (He, Ho, No, So, An, In, Ri, U, Ye, Ma, ...)
--     is written here only where the rule decides it: with a given name, a title or as a whole
--     name the authority knows ("He Long", "President No", "In Tam", "U Thant"), or as the
--     English word it also is ("He said", "So far", "An aide", "No decision", "In the view").
--   - A surname alone that two known people share, and that the text does not name in full,
--     stays unresolved (Kovalev in 1949 is Ivan Kovalev to a historian, but Anatoly Kovalev is
--     listed too: no guess). Nor does a context naming two Kims resolve "Kim".
--   - In a German text, capitalized nouns (Vermerk, Gespräch, Lage, Brief) are common words of
--     the text's language, not people.
.mode list
.separator |
.nullvalue NULL

-- Everyone the texts name, in full: the authority's preferred form, or the full name as
-- written for people it does not list.
CREATE TEMP TABLE who(full TEXT);
INSERT INTO who VALUES
  ('Kim Il Sung'), ('Vasily Ivanov'), ('Ri Ju-yon'), ('Pavel Yudin'), ('He Long'),
  ('Zhou Enlai'), ('Chen Yi'), ('Mao Zedong'), ('Mikhail Zimyanin'), ('Ho Chi Minh'),
  ('Pham Van Dong'), ('Vo Nguyen Giap'), ('Le Duan'), ('Do Muoi'), ('Roh Tae-woo'),
  ('Kim Dae-jung'), ('Kim Young-sam'), ('Yu Jae-hung'), ('So Chol'), ('Ri Jong-ok'),
  ('Alexei Kosygin'), ('Leonid Brezhnev'), ('Stanisław Kania'), ('Lech Wałęsa'),
  ('Edward Gierek'), ('Mieczysław Jagielski'), ('Abd al-Karim Qasim'), ('Gamal Abdel Nasser'),
  ('Nuri al-Said'), ('Ma''ruf al-Dawalibi'), ('Akram al-Hourani'), ('Saddam Hussein'),
  ('Tariq Aziz'), ('Hussein bin Talal'), ('Jânio Quadros'), ('Afonso Arinos de Melo Franco'),
  ('San Tiago Dantas'), ('Juscelino Kubitschek'), ('Che Guevara'), ('Anastas Mikoyan'),
  ('Osvaldo Dorticós'), ('Raúl Roa'), ('Fidel Castro'), ('Carlos Rafael Rodríguez'),
  ('Raúl Roa Kourí'), ('Sukarno'), ('Subandrio'), ('Suharto'), ('Soedjatmoko'),
  ('D. N. Aidit'), ('Untung Sjamsuri'), ('Patrice Lumumba'), ('Joseph Kasavubu'),
  ('Dag Hammarskjöld'), ('Moïse Tshombe'), ('Kwame Nkrumah'), ('Ahmed Sékou Touré'),
  ('Antoine Gizenga'), ('Félix-Roland Moumié'), ('Ruben Um Nyobè'), ('Ahmadou Ahidjo'),
  ('Olof Palme'), ('Tage Erlander'), ('Torsten Nilsson'), ('Per Hækkerup'), ('Harold Wilson'),
  ('George Brown'), ('Harold Macmillan'), ('Joseph Stalin'), ('Nikolai Roshchin'),
  ('Liu Shaoqi'), ('Walter Ulbricht'), ('Mikhail Pervukhin'), ('Erich Mielke'),
  ('Nikita Khrushchev'), ('Dmitri Ustinov'), ('Andrei Gromyko'), ('Yuri Andropov'),
  ('Boris Ponomarev'), ('Hafizullah Amin'), ('Babrak Karmal'), ('Mikhail Suslov'),
  ('Frol Kozlov'), ('Dmitry Polyansky'), ('U Thant'), ('Valerian Zorin'), ('Adlai Stevenson'),
  ('Lon Nol'), ('In Tam'), ('Sisowath Sirik Matak'), ('Norodom Sihanouk'), ('Ye Jianying'),
  ('Ma Lianyuan'), ('Enver Hoxha'), ('Alexander Puzanov'), ('Choe Chang-ik'),
  ('Pyotr Zhuravlyov'), ('Kim Tu-bong'), ('Park Chung Hee'), ('Song Hye-rim'),
  ('Dwight D. Eisenhower'), ('Kong Le'), ('Vyacheslav Molotov'), ('Mao Anying');

CREATE TEMP TABLE doc(id INTEGER PRIMARY KEY, title TEXT, summary TEXT);
INSERT INTO doc VALUES
-- Korea: "He" at the start of a sentence, a name before "University", "No. 54", a weekday,
-- titles glued to names ("Premier Kim", "Comrade Ri", "Member Pak").
(1, 'Memorandum of Conversation with Premier Kim Il Sung, 14 April 1956',
 'Kim Il Sung received Ambassador Ivanov at the Cabinet. He spoke of the harvest and of the '
   || 'new Kim Il Sung University building. Premier Kim asked that Telegram No. 54 be forwarded '
   || 'to Moscow. On Monday Comrade Ri Ju-yon and Member Pak joined them.'),
-- China: He the pronoun and He Long the marshal (also Ho Lung); titles before names.
(2, 'Cable from Ambassador Yudin, ''Conversation with Marshal Ho Lung''',
 'He Long described the training of the People''s Liberation Army. He said that Premier Chou '
   || 'and Vice-Premier Chen Yi would visit Hanoi in May. According to Ho Lung, Chairman Mao had '
   || 'approved the plan.'),
-- Vietnam: "President Ho", a place that reads like a Vietnamese name, "In" and "Do".
(3, 'Record of a Conversation between Ambassador Zimyanin and Ho Chi Minh, 12 October 1957',
 'President Ho explained the errors of the land reform, with Pham Van Dong and Vo Nguyen '
   || 'Giap present, and asked for help before the anniversary of Dien Bien Phu. In the evening '
   || 'Le Duan joined them and Do Muoi reported on trade with the Soviet Union.'),
-- South Korea: No the surname (No T'ae-u, President No) and No the word, Nr., So, An.
(4, 'Telegram No. 118 from the Hungarian Embassy in Seoul, ''Views of No T''ae-u on the Olympics''',
 'So far the embassy has learned little. An aide to President No said that Kim Dae-jung and '
   || 'Kim Young-sam would not boycott the Games. No decision was taken on Nr. 3 of the agenda.'),
-- Korea: Comrade Ri whom nobody names in full, Yu Chae-hung, So Chol at a sentence's start.
(5, 'Note on a Conversation with Comrade Ri, Deputy Chief of the KPA General Staff',
 'Comrade Ri said that Yu Chae-hung had moved two divisions near Kaesong. So Chol, who was '
   || 'present, added that the Americans were rebuilding the roads. In the view of Comrade Ri the '
   || 'armistice line is quiet.'),
-- Names as modifiers of places, institutions, things and doctrines.
(6, 'Information on the Delegation to the Kim Il Sung Square Rally',
 'The delegation led by Ri Jong-ok visited Kim Il Sung University and the Stalin Prize '
   || 'exhibition. Its members, in Mao suits, heard a lecture on the Truman Doctrine and the '
   || 'Marshall Plan. Kim Il Sung did not attend.'),
-- Damansky Island; "Following"; a surname alone that the text names in full.
(7, 'Telegram from Kosygin to Zhou Enlai on the Damansky Island Incident, March 1969',
 'Following the clash on Damansky Island, Kosygin proposed talks. Zhou agreed. On 11 '
   || 'September Kosygin and Zhou Enlai met at the Beijing airport; Brezhnev was informed by '
   || 'telephone.'),
-- Poland: the Lenin Shipyard, "According", a weekday, Polish letters.
(8, 'Memorandum on the Strike at the Lenin Shipyard in Gdańsk, August 1980',
 'According to Stanisław Kania, the strike committee led by Lech Wałęsa demanded free trade '
   || 'unions. Kania told Brezhnev on Friday that Gierek had lost control. Wałęsa met Mieczysław '
   || 'Jagielski on 31 August.'),
-- Iraq and Syria: al- with U+2010 for a hyphen, as-, an apostrophe, a possessive.
(9, 'Cable from the Soviet Embassy in Baghdad on Abd al‐Karim Qasim and the Communists',
 'Qasim received the ambassador on Tuesday. He spoke harshly of Gamal Abdel Nasser and of '
   || 'Nuri as-Said''s old friends. Ma''ruf al-Dawalibi, visiting from Damascus, and Akram '
   || 'al-Hourani were mentioned. Nasser, Qasim said, wants the whole Arab world.'),
-- Iraq: a leader by his given name alone; King Hussein is not Saddam Hussein.
(10, 'Record of Conversation between Ambassador Barkovsky and Saddam Hussein, 1980',
 'Saddam spoke of the war with Iran and asked for more aircraft. Tariq Aziz, who took notes, '
   || 'said that King Hussein supports Iraq. Barkovsky promised to inform Moscow.'),
-- Brazil: Portuguese names of several parts; Rio de Janeiro is a place.
(11, 'Report of the Czechoslovak Embassy in Rio de Janeiro on the Foreign Policy of Jânio Quadros, March 1961',
 'Afonso Arinos de Melo Franco confirmed that Brazil will restore relations with the '
   || 'socialist countries. San Tiago Dantas and Juscelino Kubitschek de Oliveira criticized the '
   || 'Cuba policy of the United States. Quadros will receive Che Guevara in August.'),
-- Cuba: Spanish names with two surnames; father and son of one name.
(12, 'Record of Conversation between Anastas Mikoyan and Osvaldo Dorticós Torrado, 5 November 1962',
 'Dorticós and Raúl Roa García insisted on the five points of Fidel Castro. Mikoyan replied '
   || 'that the Soviet Union had saved Cuba. Carlos Rafael Rodríguez said the Cubans felt '
   || 'betrayed. Raúl Roa Kourí took the minutes.'),
-- Indonesia: single names, the old spelling, titles (Dr., General, Lieutenant Colonel).
(13, 'Cable from the Soviet Embassy in Jakarta on the Events of 30 September 1965',
 'Sukarno received the ambassador at Bogor on Saturday. Dr. Subandrio was present; General '
   || 'Suharto was not. Soedjatmoko told the embassy that Aidit had gone to Central Java and that '
   || 'Lieutenant Colonel Untung was in hiding.'),
-- The Congo: African names, "Nevertheless".
(14, 'Telegram from the Soviet Ambassador in Léopoldville on Patrice Lumumba, 6 September 1960',
 'Lumumba told the ambassador that Kasavubu had dismissed him under pressure from Dag '
   || 'Hammarskjöld. Nevertheless, Moïse Tshombe refuses all talks. Kwame Nkrumah and Sékou Touré '
   || 'offered troops. Antoine Gizenga asked for aircraft.'),
-- Cameroon: people nobody lists, one with the one-syllable name part Um.
(15, 'Note on a Conversation with Félix-Roland Moumié, Chairman of the UPC, Conakry, 1959',
 'Moumié asked the Czechoslovak side for weapons and scholarships. He said that Ruben Um '
   || 'Nyobè had been killed by the French in 1958 and that Ahmadou Ahidjo rules by decree. '
   || 'President Sékou Touré supports the UPC.'),
-- Sweden and Denmark: an editor's bracket, Scandinavian letters, people nobody lists.
(16, 'Memorandum of Conversation with Prime Minister [Olof] Palme, Stockholm, April 1970',
 'Palme, who had succeeded Tage Erlander, spoke of Vietnam and of the late Dag Hammarskjöld. '
   || 'Foreign Minister Torsten Nilsson was present, as was the Danish social democrat Per '
   || 'Hækkerup.'),
-- Britain: [Harold] Wilson, "The Prime Minister" alone.
(17, 'Record of a Conversation between Kosygin and [Harold] Wilson, London, February 1967',
 'Wilson proposed a new effort on Vietnam with George Brown. Kosygin recalled his talks with '
   || 'Harold Macmillan. The Prime Minister said that Ho Chi Minh must answer by Monday.'),
-- The code name of Stalin's 1950 telegrams, with and without the editor's identification.
(18, 'Ciphered Telegram, Filippov [Stalin] to Zhou Enlai, 5 July 1950',
 'Filippov approves the plan to concentrate nine divisions on the border with Korea. '
   || 'Roshchin is to inform Mao Zedong. Filippov asks Zhou to keep the telegram secret.'),
-- The code name of 1949; a surname two listed people share.
(19, 'Cable, Fyn Si to Kovalev, 26 April 1949',
 'Fyn Si instructs Kovalev to tell Mao Zedong that the Soviet Union cannot send pilots. '
   || 'Kovalev should report on Liu Shaoqi''s plans to visit Moscow in June.'),
-- A German text: German titles, declined (Genossen), capitalized German nouns.
(20, 'Vermerk über ein Gespräch des Genossen Ulbricht mit Botschafter Perwuchin, 12. März 1959',
 'Walter Ulbricht informierte den Botschafter über die Lage in Berlin. Der Minister für '
   || 'Staatssicherheit, Erich Mielke, war anwesend. Perwuchin übergab einen Brief von N. S. '
   || 'Chruschtschow.'),
-- Surnames with the initials after them; initials that pick one of three Amins.
(21, 'Report by Ustinov D. F., Gromyko A. A., Andropov Yu. V. and Ponomarev B. N. on Afghanistan, 31 December 1979',
 'The authors explain why H. Amin had to be removed and Babrak Karmal brought to Kabul. '
   || 'Amin, they write, had contacts with the Americans.'),
-- Titles alone, months that are also given names, "Nº".
(22, 'Minutes Nº 12 of the Meeting of the Secretariat, Tuesday, 6 June 1961',
 'Secretary Suslov chaired. The Minister reported on the grain plan for May and June. Member '
   || 'Kozlov asked whether August deliveries to Cuba could be increased. Each Member of the '
   || 'Secretariat signed. March and April figures were read by Comrade Polyansky.'),
-- U Thant, and U in U.S. and U-2.
(23, 'Note on U Thant''s Mediation in the Cuban Crisis, 26 October 1962',
 'U Thant asked Valerian Zorin and Adlai Stevenson to avoid incidents at sea. The U.S. Navy '
   || 'and the U-2 flights were discussed. U Thant''s letter reached Khrushchev on Friday.'),
-- Cambodia: In Tam and "In a talk"; Phnom Penh and the Khmer Rouge.
(24, 'Telegram from the Polish Embassy in Phnom Penh, 22 March 1973',
 'In a talk with Lon Nol, In Tam threatened to resign. Sirik Matak supports him. In the '
   || 'provinces the Khmer Rouge advance; Sihanouk remains in Beijing.'),
-- China: Member Wang, a title alone (The Marshal), a person nobody lists.
(25, 'Note on the Visit of Marshal Ye Jianying to the Albanian Embassy, 1968',
 'Ye Jianying came with Member Wang and the interpreter Ma Lianyuan. The Marshal praised '
   || 'Enver Hoxha and attacked Soviet revisionism. Wang took notes.'),
-- The context argument: titles that name in full the people the summaries name by surname.
(26, 'Memorandum of Conversation between Premier Kim Il Sung and Ambassador Puzanov, 9 April 1957',
 'Kim asked for help with the five-year plan. Puzanov promised to inform N. S. Khrushchev. '
   || 'Kim also criticised Choe Chang-ik.'),
(27, 'Record of Conversation with Soviet Counsellor Pyotr Zhuravlyov, Hanoi, 3 May 1965',
 'Zhuravlyov said that Le Duan was ill. He complained that the Chinese delay the trains. '
   || 'Zhuravlyov will go to Haiphong on Monday.'),
(28, 'Conversation between Zhou Enlai and Pham Van Dong, Beijing, 12 April 1965',
 'Zhou said that China would send engineers and anti-aircraft units. Premier Pham Van Dong '
   || 'thanked him. Zhou warned against Soviet revisionism.'),
(29, 'Minutes of Talks between Kim Il Sung and Kim Tu-bong, 1948',
 'Kim proposed to merge the two parties.'),
-- Places named with a person's word (San Francisco, Camp David, Hong Kong), family names that
-- are English words (the Gang of Four, the Song dynasty, Pan Am), and Park the surname, not
-- the place: a Park who is named in full, and then alone.
(30, 'Cable from the South Korean Embassy in Washington, 16 November 1961',
 'Park Chung Hee flew from San Francisco to meet Eisenhower at Camp David; Park said that '
   || 'Hong Kong and Pan Am had been helpful. Song Hye-rim was not in Gorky Park. Historians of '
   || 'the Song dynasty and the Gang of Four met Kong Le in Fort Knox.'),
-- Title-cased headings: an editor's bracket after a verb names no one by the verb; a Chinese
-- name is whole, and the verb after it no part of it; Mao's son is not Mao; places that read as
-- names (name_places.tsv) are none.
(31, 'Telegram from Zhou Enlai to Molotov Conveying [Mao Zedong''s] Condolences',
 'Mao Zedong Informs Stalin of the Talks; Mao Anying Was Killed; envoys flew from Chiang Mai '
   || 'to Nam Dinh.');

-- The mentions of title and summary read as one text.
CREATE TEMP VIEW found AS
  SELECT d.id, n.offset, n.name, n.canon,
         (SELECT group_concat(w.full, ' + ') FROM who AS w WHERE name_key(w.full) = n.key)
           AS person,
         substr(d.title || char(10) || d.summary, n.offset, n.length) = n.name AS at
    FROM doc AS d, names(d.title || char(10) || d.summary) AS n;

SELECT id, name, canon, person, at FROM found WHERE id = 1 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 2 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 3 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 4 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 5 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 6 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 7 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 8 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 9 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 10 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 11 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 12 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 13 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 14 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 15 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 16 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 17 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 18 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 19 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 20 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 21 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 22 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 23 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 24 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 25 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 30 ORDER BY offset;
SELECT id, name, canon, person, at FROM found WHERE id = 31 ORDER BY offset;

-- The two-argument form: the summary alone, then with its title as the context. Only the
-- summary's own mentions come back; the context lends full names to surnames alone.
CREATE TEMP VIEW in_context AS
  SELECT d.id, n.offset, n.name, n.canon,
         (SELECT group_concat(w.full, ' + ') FROM who AS w WHERE name_key(w.full) = n.key)
           AS person,
         substr(d.summary, n.offset, n.length) = n.name AS at
    FROM doc AS d, names(d.summary, d.title) AS n;
CREATE TEMP VIEW alone AS
  SELECT d.id, n.offset, n.name, n.canon,
         (SELECT group_concat(w.full, ' + ') FROM who AS w WHERE name_key(w.full) = n.key)
           AS person,
         substr(d.summary, n.offset, n.length) = n.name AS at
    FROM doc AS d, names(d.summary) AS n;

SELECT 'alone', id, name, canon, person, at FROM alone WHERE id = 26 ORDER BY offset;
SELECT 'context', id, name, canon, person, at FROM in_context WHERE id = 26 ORDER BY offset;
SELECT 'alone', id, name, canon, person, at FROM alone WHERE id = 27 ORDER BY offset;
SELECT 'context', id, name, canon, person, at FROM in_context WHERE id = 27 ORDER BY offset;
SELECT 'alone', id, name, canon, person, at FROM alone WHERE id = 28 ORDER BY offset;
SELECT 'context', id, name, canon, person, at FROM in_context WHERE id = 28 ORDER BY offset;
-- A context that names two Kims does not tell which one "Kim" is.
SELECT 'context', id, name, canon, person, at FROM in_context WHERE id = 29 ORDER BY offset;
-- A context that names a person the text does not mention adds no row.
SELECT 'context only', count(*) FROM names('The talks ended at noon.', 'Kim Il Sung');
-- NULL text: no rows; NULL context: as if there were none.
SELECT 'null text', count(*) FROM names(NULL, 'Kim Il Sung');
SELECT 'null context', name, canon FROM names('Kim asked for rice.', NULL);
