-- listing() on whole result pages with the furniture of real copies: cookie notices, sort and
-- filter controls, facets with counts, actions under each record ("Export citation", "Add to
-- collection"), pagers, tag links, second summary paragraphs, scripts, Windows line ends. Each
-- page's rows are written by hand from the page; no line of furniture may become a record or a
-- summary.
.mode list
.separator |
.nullvalue NULL

-- p1: cookie notice, list controls, facets, per-record actions, pager after Pagination
CREATE TABLE p1(t TEXT); INSERT INTO p1 VALUES ('We use cookies to improve your experience on our website. By continuing to browse you agree to our use of cookies.
Accept all cookies
Cookie settings

Skip to content

Wilson Center Digital Archive
International History Declassified

Home
/
Search

Showing 1-20 of 1,204 results

Sort by
Relevance

Filter

Subjects
Korean War (120)
Nuclear Weapons (87)
Sino-Soviet Relations (64)

Documents

June 25, 1950

1950 Korean War Outbreak: Telegram from Shtykov to Vyshinsky

Shtykov reports that the attack began at 4 a.m. and that the first day went according to plan.

Export citation
Add to collection

July 1, 1950

Ciphered Telegram from Filippov (Stalin) to Soviet Ambassador in Prague

Stalin explains the Soviet absence from the Security Council.
The telegram was sent on
5 July 1950 to Klement Gottwald.

Export citation
Add to collection

September 1950

Report on the Situation at the Front after the Inchon Landing

Export citation
Add to collection

October 8, 1950

Cable from Mao Zedong to Stalin on the Decision to Send Troops

Mao explains why the Chinese leadership has decided to send volunteers into Korea.

Zhou Enlai is to travel to the Soviet Union to discuss air cover.

Export citation
Add to collection

Pagination

Previous
1
2
3
Next

About the Archive
Contact Us
Privacy Policy
© 2026 Wilson Center
');
SELECT 'p1', pos, rank, total, date_text, date_start, date_end, kind, title, summary FROM p1, listing(p1.t);

-- p2: Windows line ends, no-break spaces, a tab, Cyrillic, Hangul and Chinese titles, an undated record
CREATE TABLE p2(t TEXT); INSERT INTO p2 VALUES (replace(replace('Skip to content


41 - 47 of 47


March 5, 1953

Телеграмма Молотова советскому послу в Пекине

Instructions on the funeral delegation and the text of the condolence message to Mao Zedong.

August 15, 1948

대한민국 정부 수립 기념사

Syngman Rhee''s speech on the founding of the government of the Republic of Korea.



关于中朝边界问题的会谈纪要

Record of the talks on the boundary between China and the DPRK, with a sketch map of Paektu Mountain.

1962

Письмо Н.С. Хрущева Фиделю Кастро

Khrushchev urges Castro to show restraint after the agreement with Kennedy.
He explains the withdrawal of the missiles in plain words

July~1961

^Conversation between Zhou Enlai and Kim Il Sung

Zhou and Kim discuss the treaty of friendship, signed the next day.

October 1964

Note on the First Chinese Nuclear Test

The embassy reports on the reaction in Pyongyang to the test at Lop Nur

Date unknown

Memorandum~on~the Korean Workers'' Party Delegation

Pagination
', '~', char(160)), '^', char(9)));
SELECT 'p2', pos, rank, total, date_text, date_start, date_end, kind, title, summary FROM p2, listing(p2.t);

-- p3: saved page: cookie banner, Sort by row, facets, a row of action links under each record
CREATE TABLE p3(t TEXT); INSERT INTO p3 VALUES ('<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Search | Wilson Center Digital Archive</title>
<link rel="canonical" href="https://digitalarchive.wilsoncenter.org/search?keywords=hungary">
</head>
<body>
<div id="cookie-banner" class="cookie-banner"><p>This website uses cookies to ensure you get the best experience.</p><button>Accept</button> <a href="/privacy">Learn more</a></div>
<a href="#main" class="skip-link">Skip to main content</a>
<header><a href="/">Wilson Center Digital Archive</a><nav><ul><li><a href="/topics">Topics</a></li><li><a href="/collections">Collections</a></li></ul></nav></header>
<main id="main">
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; Search</div>
<h1>Search Results</h1>
<div class="summary">Showing 1&ndash;4 of 4 results</div>
<div class="sort"><span>Sort by</span> <a href="?sort=date">Date</a> <a href="?sort=relevance">Relevance</a></div>
<aside class="facets"><h2>Filter</h2>
<h3>Subjects</h3>
<ul><li><a href="?f=1">Hungarian Revolution, 1956 (212)</a></li><li><a href="?f=2">Warsaw Pact (1,045)</a></li></ul>
</aside>
<div class="results">
<div class="result">
<div class="date">October&nbsp;24,&nbsp;1956</div>
<h3><a href="/document/112345">1956 Hungarian Revolution: Notes from the Meeting of the CPSU CC Presidium</a></h3>
<p>Khrushchev and the Presidium discuss sending troops into Budapest
October 23 demonstrations and the appointment of Imre Nagy.</p>
<div class="actions"><a href="/export/112345">Export citation</a> <a href="/collection/add/112345">Add to collection</a></div>
</div>
<div class="result">
<div class="date">November 1, 1956</div>
<h3><a href="/document/112346">Report from Ambassador Andropov on the Declaration of Neutrality</a></h3>
<div class="actions"><a href="/export/112346">Export citation</a> <a href="/collection/add/112346">Add to collection</a></div>
</div>
<div class="result">
<div class="date"></div>
<h3><a href="/document/112347">Radio Free Europe Broadcast Transcripts</a></h3>
<p>Transcripts of the Hungarian service, 23 October to 4 November.</p>
<p>Includes the appeals of Imre Nagy to the United Nations.</p>
<div class="actions"><a href="/export/112347">Export citation</a> <a href="/collection/add/112347">Add to collection</a></div>
</div>
<div class="result">
<div class="date">1957</div>
<h3><a href="/document/112348">Пропаганда и контрпропаганда: доклад о венгерских событиях</a></h3>
<p>A Soviet report on the propaganda of the Hungarian uprising.</p>
<div class="actions"><a href="/export/112348">Export citation</a> <a href="/collection/add/112348">Add to collection</a></div>
</div>
</div>
<div class="pager"><h2>Pagination</h2><a href="?page=1">1</a></div>
</main>
<footer><a href="/about">About</a> <a href="/privacy">Privacy Policy</a></footer>
</body></html>
');
SELECT 'p3', pos, rank, total, date_text, date_start, date_end, kind, title, summary FROM p3, listing(p3.t);
SELECT 'p3 url', pos, url FROM p3, listing(p3.t);

-- p4: old site bullets: a summary after "No image found."
CREATE TABLE p4(t TEXT); INSERT INTO p4 VALUES (replace(replace('Search in

Digital Archive International History Declassified

ADD SEARCH FILTER CANCEL SEARCH FILTER

Keyword: Tito^Sort by: Date


  • March 02, 1953

    Telegram from Molotov to the Soviet Ambassador in Belgrade

    Instructions on what to say to Tito about the death of Stalin.

  • June 1955

    Declaration of the Governments of the USSR and Yugoslavia

    No image found.

  • 1956

    Diary of Ambassador Firiubin, 1956

    Firiubin records his meetings with Tito, Kardelj and Ranković.
    11 June: a long talk at Brioni about Hungary and Poland

  • Date unknown

    Letter from Josip Broz Tito to Nikita Khrushchev

    No image found.

    Tito writes about the Hungarian events
', '~', char(160)), '^', char(9)));
SELECT 'p4', pos, rank, total, date_text, date_start, date_end, kind, title, summary FROM p4, listing(p4.t);

-- p5: old site dashes: "Back to top" after the last record
CREATE TABLE p5(t TEXT); INSERT INTO p5 VALUES ('Home > Search > Results
SEARCH RESULTS
Results 1 - 5 of 5
-
November 1961
Memorandum for the Record, Meeting on Berlin Contingency Planning
The meeting reviews the plans for an airlift
and the probing of the autobahn access routes
-
1961
1961 Berlin Wall Crisis: Statement of the Warsaw Pact Governments
-
August 13, 1961
Information from the GDR Ministry of Interior
13 August, 2:00 a.m.: units of the Volkspolizei begin closing the sector border.
-
Undated
Draft Letter from Walter Ulbricht to Nikita Khrushchev
Ulbricht asks for a separate peace treaty
-
October 27, 1961
Report on the Confrontation at Checkpoint Charlie
-
Back to top
');
SELECT 'p5', pos, rank, total, date_text, date_start, date_end, kind, title, summary FROM p5, listing(p5.t);

-- p6: topic page: Share/Print, "Related Topics" and its facets after the records
CREATE TABLE p6(t TEXT); INSERT INTO p6 VALUES ('Skip to content

Home / Topics / Sino-Soviet Split

Sino-Soviet Split

The collapse of the alliance between the Soviet Union and the People''s Republic of China, 1956-1966.
Documents from Chinese, Russian and East European archives.

Share
Print

Popular Documents

Placeholder image

February 14, 1950

Treaty of Friendship, Alliance and Mutual Assistance between the People''s Republic of China and the USSR

Placeholder image

July 16, 1960

Letter from the CPSU Central Committee to the CCP Central Committee

The Soviet Union recalls its specialists from China
The letter gives the reasons for the recall.

Placeholder image

1963

中共中央关于国际共产主义运动总路线的建议

The Chinese letter of 14 June 1963, known as the twenty-five points.

Related Topics
Cold War in Asia (312)
Cultural Revolution (98)
');
SELECT 'p6', pos, rank, total, date_text, date_start, date_end, kind, title, summary FROM p6, listing(p6.t);

-- p7: undated records, records without a summary, summaries without a period
CREATE TABLE p7(t TEXT); INSERT INTO p7 VALUES ('Skip to content


11 - 18 of 18



Minutes of a Meeting of the Hungarian Socialist Workers'' Party Political Committee

The committee discusses the Soviet loan and the price of oil



Conversation between Mao Zedong and Kim Il Sung


April 19, 1975

Record of Conversation between Mao Zedong and Kim Il Sung

Mao tells Kim that he is old and will die soon; Kim raises the question of the South

December 1979

Speech by Kim Il Sung at the Party Plenum


1980 Plan for Economic Construction in the DPRK

The plan sets the targets for coal, steel and grain


Notes of the Romanian Ambassador

Ambassador Popa and Deputy Premier Ho Dam Discuss the Situation in Cambodia

Undated

Note on Chinese Aid

Pagination
');
SELECT 'p7', pos, rank, total, date_text, date_start, date_end, kind, title, summary FROM p7, listing(p7.t);

-- p8: two pages pasted, each with a pager and no "Pagination" line
CREATE TABLE p8(t TEXT); INSERT INTO p8 VALUES ('Skip to content

Results:

1 - 2 of 4

Documents

May 16, 1966

Circular of the Central Committee of the Communist Party of China

The circular dissolves the Group of Five and sets up the Cultural Revolution Group.

August 8, 1966

Decision of the CCP Central Committee Concerning the Great Proletarian Cultural Revolution

The sixteen points.

« Previous
1
2
Next »

Skip to content

Results:

3 - 4 of 4

Documents

1967

Diary of the Hungarian Embassy in Beijing, 1967

The embassy records the Red Guard demonstrations outside the Soviet embassy
in January and February.

September 13, 1971

Report on the Death of Lin Biao

Export citation

« Previous
1
2
');
SELECT 'p8', pos, rank, total, date_text, date_start, date_end, kind, title, summary FROM p8, listing(p8.t);

-- p9: old site saved: cookie links, Sort by: Date | Title, Back to top
CREATE TABLE p9(t TEXT); INSERT INTO p9 VALUES ('<html><head><title>Digital Archive - Search</title></head>
<body>
<div class="cookies">We use cookies. <a href="/cookies">Cookie settings</a> <a href="#">Accept all cookies</a></div>
<div id="skip"><a href="#content">Skip to content</a></div>
<div id="content">
<p class="crumbs"><a href="/">Home</a> / <a href="/search">Search</a></p>
<h2>SEARCH RESULTS</h2>
<p>Results 1 - 3 of 3</p>
<p>Sort by: <a href="?sort=date">Date</a> | <a href="?sort=title">Title</a></p>
<ul class="results">
<li><span class="date">December 4, 1949</span><br>
<a href="index.cfm?topic_id=1409&amp;fuseaction=va2.document&amp;identifier=5034D5A1">Stalin&#8217;s Conversation with Mao Zedong, Moscow, 16 December 1949</a><br>
<span class="summary">Stalin and Mao discuss the Soviet-Chinese treaty, Taiwan and a Soviet loan.</span></li>
<li><span class="date">1949</span><br>
<a href="index.cfm?topic_id=1409&amp;fuseaction=va2.document&amp;identifier=5034D5A2">Telegram from Mao Zedong to the CCP CC</a><br>
<img src="noimage.gif" alt="No image found."></li>
<li><span class="date">&nbsp;</span><br>
<a href="index.cfm?topic_id=1409&amp;fuseaction=va2.document&amp;identifier=5034D5A3">Notes on Liu Shaoqi&#8217;s Visit</a><br>
<span class="summary">Liu Shaoqi in Moscow, July&ndash;August 1949</span></li>
</ul>
<p><a href="#top">Back to top</a></p>
</div>
</body></html>
');
SELECT 'p9', pos, rank, total, date_text, date_start, date_end, kind, title, summary FROM p9, listing(p9.t);
SELECT 'p9 url', pos, url FROM p9, listing(p9.t);

-- p10: second summary paragraphs that read as no sentence
CREATE TABLE p10(t TEXT); INSERT INTO p10 VALUES ('Skip to content

Results:

1 - 4 of 4

Documents

June 10, 1971

Minutes of Conversation between Nicolae Ceaușescu and Kim Il Sung

Ceaușescu and Kim discuss the Sino-American rapprochement and the unification of Korea.

Abridged in order to more succinctly focus on matters of Inter-Korean relations

July 4, 1972

Joint Statement of North and South Korea

The statement sets out three principles of unification: independence, peace and national unity.

Translated by Charles Kraus

November 1972

Report of the Hungarian Embassy in Pyongyang, ''The Situation in Korea''

1972 was a year of talks between North and South.

The embassy doubts that the talks will bring results

1973

Telegram from the Romanian Embassy in Pyongyang

See also the telegram of 12 January 1973

Pagination
');
SELECT 'p10', pos, rank, total, date_text, date_start, date_end, kind, title, summary FROM p10, listing(p10.t);

-- p11: saved page: cookie dialog, facets with checkboxes, tag links under records
CREATE TABLE p11(t TEXT); INSERT INTO p11 VALUES ('<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Search | Wilson Center Digital Archive</title>
<meta property="og:url" content="https://digitalarchive.wilsoncenter.org/search?keywords=cuba">
</head>
<body>
<div role="dialog" class="eu-cookie"><div class="popup-text"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking any link on this page you are giving your consent for us to set cookies.</p></div><div class="buttons"><button>OK, I agree</button><button>No, thanks</button></div></div>
<a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<div class="layout">
<div class="search-header">
<h1>Search the Archive</h1>
<div class="count">1 - 3 of 3</div>
</div>
<div class="facets">
<details open><summary>Subject</summary>
<ul>
<li><label><input type="checkbox"> Cuban Missile Crisis (340)</label></li>
<li><label><input type="checkbox"> Nuclear Weapons (1,203)</label></li>
</ul></details>
<details><summary>Language</summary>
<ul><li><label><input type="checkbox"> Russian (57)</label></li><li><label><input type="checkbox"> Spanish (12)</label></li></ul></details>
</div>
<h2 class="visually-hidden">Documents</h2>
<div class="results">
<article>
<p class="date">October 26, 1962</p>
<h3><a href="/document/114501">Letter from Fidel Castro to Nikita Khrushchev</a></h3>
<p>Castro predicts an American attack within 24 to 72 hours.</p>
<ul class="tags"><li><a href="/topics/cuban-missile-crisis">Cuban Missile Crisis</a></li></ul>
</article>
<article>
<p class="date">October 28, 1962</p>
<h3><a href="/document/114504">Telegram from Soviet Ambassador to the USA Dobrynin to USSR Foreign Ministry</a></h3>
<p>Dobrynin reports his meeting with Robert Kennedy.</p>
<ul class="tags"><li><a href="/topics/cuban-missile-crisis">Cuban Missile Crisis</a></li><li><a href="/topics/nuclear">Nuclear Weapons</a></li></ul>
</article>
<article>
<p class="date">November 1962</p>
<h3><a href="/document/114510">Conversación entre Anastas Mikoyan y Fidel Castro</a></h3>
<ul class="tags"><li><a href="/topics/cuba">Cuba</a></li></ul>
</article>
</div>
<nav class="pager"><a href="?page=1">Next ›</a></nav>
</div>
</body></html>
');
SELECT 'p11', pos, rank, total, date_text, date_start, date_end, kind, title, summary FROM p11, listing(p11.t);
SELECT 'p11 url', pos, url FROM p11, listing(p11.t);

-- p12: stray blank lines and lines of spaces
CREATE TABLE p12(t TEXT); INSERT INTO p12 VALUES ('Skip to content

Results:

1 - 4 of 57

Documents

March 5, 1953


Telegram from Mao Zedong to Georgy Malenkov on the Death of Stalin

Mao expresses the grief of the Chinese people.



1953

Record of the Funeral Commission

The commission sets the order of the funeral procession.

March 9, 1953

Speech by Lavrentiy Beria at the Funeral of Stalin
 
Beria praises Stalin as the leader of the working people of the world.
 
March 1953

Report on the Reactions to Stalin''s Death in Hungary

Pagination
');
SELECT 'p12', pos, rank, total, date_text, date_start, date_end, kind, title, summary FROM p12, listing(p12.t);

-- p13: person page: breadcrumbs, a biography with "Read more", "View all documents", related people
CREATE TABLE p13(t TEXT); INSERT INTO p13 VALUES ('Skip to content

Home
People
Kim Il Sung

Kim Il Sung

(1912-1994) Leader of the Democratic People''s Republic of Korea from its founding in 1948 until his death.
Read more

Popular Documents

Placeholder image

June 1950

Telegram from Shtykov to Stalin on the Plan of Attack

Shtykov reports the plan for the offensive and the dates of its phases.

Placeholder image

1956 August Plenum of the Korean Workers'' Party Central Committee

Placeholder image

March 1961

Notes of the Hungarian Ambassador on a Meeting with Kim Il Sung

View all documents

Related People
Pak Heon-yeong (45)
Choe Yong-geon (18)
');
SELECT 'p13', pos, rank, total, date_text, date_start, date_end, kind, title, summary FROM p13, listing(p13.t);

-- p14: saved page of result cards, each a link, with a type label above its date
CREATE TABLE p14(t TEXT); INSERT INTO p14 VALUES ('<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Results | Digital Archive</title></head>
<body>
<!-- saved from url=(0058)https://digitalarchive.wilsoncenter.org/search?q=albania -->
<a class="skip" href="#main">Skip to content</a>
<div class="banner">Welcome to the new Digital Archive! <a href="/about/new">Learn more</a></div>
<main id="main">
<h1>Results:</h1>
<p class="range">1 - 3 of 3</p>
<div class="toolbar"><span>Sort by:</span> <select><option>Relevance</option><option>Date</option></select> <button>Export citations</button></div>
<h2>Documents</h2>
<div class="cards">
<a class="card" href="/document/120001">
  <div class="card__type">Document</div>
  <div class="card__date">May 4, 1961</div>
  <div class="card__title">Note on a Conversation with the Albanian Chargé d’Affaires</div>
  <div class="card__summary">The chargé complains about delays in the delivery of tractors.</div>
</a>
<a class="card" href="/document/120002">
  <div class="card__type">Document</div>
  <div class="card__date">1961</div>
  <div class="card__title">Letter from Enver Hoxha to Nikita Khrushchev</div>
</a>
<a class="card" href="/document/120003">
  <div class="card__type">Document</div>
  <div class="card__date">Date unknown</div>
  <div class="card__title">Memorandum on Albanian–Chinese Relations</div>
  <div class="card__summary">Written by the Soviet embassy in Tirana</div>
</a>
</div>
<nav aria-label="Pagination"><a href="?page=0">1</a></nav>
</main>
</body></html>
');
SELECT 'p14', pos, rank, total, date_text, date_start, date_end, kind, title, summary FROM p14, listing(p14.t);
SELECT 'p14 url', pos, url FROM p14, listing(p14.t);

-- p15: topic page without range or "Pagination": site menu above, footer links, copyright and address below
CREATE TABLE p15(t TEXT); INSERT INTO p15 VALUES ('Skip to content

Menu
Search
Browse
About

Vietnam War

Documents on the war in Indochina from the archives of the socialist countries.

Popular Documents

August 1964

Information on the Tonkin Gulf Incident

The Vietnamese side describes the clash with American destroyers.

March 3, 1965

Note on the Visit of Kosygin to Hanoi

Kosygin promises anti-aircraft missiles and asks Le Duan to accept advisers.

Contact Us

Privacy Policy

Terms of Use

© 2026 Wilson Center Digital Archive

One Woodrow Wilson Plaza

1300 Pennsylvania Avenue NW
');
SELECT 'p15', pos, rank, total, date_text, date_start, date_end, kind, title, summary FROM p15, listing(p15.t);

-- Cut each text page after each of its characters and hold each cut copy to the rule of
-- tests/sql/include/cut_rule.sql (as listing_cut.sql does the fixtures): a cut copy may lose
-- records and cut the last one short, but never invents one (a facet cut to
-- "Korean War (12", a control cut to "Export cit", a second summary paragraph cut short).
-- Cuts start at the page's first record (its first date line): a copy cut before it, in a
-- cookie notice or among the list's controls, is a few lines of bare text, which listing() reads
-- as titles like any other (see listing_cut.sql for cuts anywhere in the fixtures).
-- Each line: the page, the cut copies read, the cut copies that broke the rule.
CREATE TABLE page AS SELECT 'p1' AS name, t FROM p1 UNION ALL SELECT 'p2' AS name, t FROM p2 UNION ALL SELECT 'p4' AS name, t FROM p4 UNION ALL SELECT 'p5' AS name, t FROM p5 UNION ALL SELECT 'p6' AS name, t FROM p6 UNION ALL SELECT 'p7' AS name, t FROM p7 UNION ALL SELECT 'p8' AS name, t FROM p8 UNION ALL SELECT 'p10' AS name, t FROM p10 UNION ALL SELECT 'p12' AS name, t FROM p12 UNION ALL SELECT 'p13' AS name, t FROM p13 UNION ALL SELECT 'p15' AS name, t FROM p15;
CREATE TABLE whole AS SELECT page.name, l.* FROM page, listing(page.t) AS l;
ALTER TABLE page ADD COLUMN k0;
UPDATE page SET k0 = (SELECT min(nullif(instr(page.t, date_text), 0)) FROM whole
                       WHERE whole.name = page.name);
.read tests/sql/include/cut_rule.sql
SELECT 'cut', name, copies, broken FROM cut_rule;