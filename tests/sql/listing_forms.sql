-- listing() on whole result pages of the second listing audit: copies that lost their blank
-- lines, result numbers, "Read more" links, date lines below titles, titles that read as dates
-- or furniture, the site in other languages, saved tables, <dl>, <article> and cards. Each
-- page's rows (date line|title|summary) are written by hand from the page.
.mode list
.separator |
.nullvalue NULL

-- q1: a copy that lost every blank line
CREATE TABLE q1(t TEXT); INSERT INTO q1 VALUES ('Skip to content
Results:
1 - 4 of 4
Documents
October 8, 1963
Cable from Qiang Xiaochu, ''Premier Kim Received the Study Delegation''
Kim Il Sung meets with cabinet officials to discuss agriculture.
March 16, 1967
Note on a Conversation with the 1st Secretary of the Soviet Embassy, Comrade Zvetkov
A note on Kim Il Sung''s concern about the Cultural Revolution in China.
1958
Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 17 March 1958
October 18, 1963
Report on Conversation between Song Renqiong and Kim Il Sung
Song Renqiong and Kim Il Sung exchanged views on mutual assistance.
Pagination
1
');
SELECT 'q1', pos, date_text, title, summary FROM q1, listing(q1.t);

-- q2: result numbers on lines of their own, "Read more" lines
CREATE TABLE q2(t TEXT); INSERT INTO q2 VALUES ('Skip to content

Results:

1 - 3 of 3

Documents

1.

May 4, 1961

Note on a Conversation with the Albanian Chargé d''Affaires

The chargé complains about delays in the delivery of tractors.

Read more

2.

1955

Draft Agreement on Scientific Cooperation

Read more

3.

Date unknown

Notes on the Fishing Agreement

An unsigned list of points for the next round of talks.

Read more

Pagination
');
SELECT 'q2', pos, date_text, title, summary FROM q2, listing(q2.t);

-- q3: result numbers before date lines, "Read more" after summaries
CREATE TABLE q3(t TEXT); INSERT INTO q3 VALUES ('Skip to content

21 - 24 of 24

1. June 11, 1957

Letter from the Polish Embassy on the Visit of a Trade Delegation

The embassy lists the goods discussed and the dates of the visit. Read more

2. July 1957

Report on the Situation in the Countryside

The report describes grain deliveries in three districts. Read more »

3. Undated

Minutes of the Politburo Meeting

4. 1958

Record of a Conversation with Wladyslaw Gomulka

Gomulka speaks about the price of coal. Read more…
');
SELECT 'q3', pos, date_text, title, summary FROM q3, listing(q3.t);

-- q4: date lines below titles
CREATE TABLE q4(t TEXT); INSERT INTO q4 VALUES ('Skip to content

1 - 3 of 3

Documents

Telegram from Molotov to the Soviet Ambassador in Beijing

March 02, 1953

Instructions on the funeral delegation and the text of a condolence message.

Letter from Enver Hoxha to Nikita Khrushchev

1961

Hoxha protests the withdrawal of Soviet submarines from Vlora.

Report of the Trade Mission

January 1966

The mission lists the contracts signed in Beijing.

Pagination
');
SELECT 'q4', pos, date_text, title, summary FROM q4, listing(q4.t);

-- q5: titles that read as date lines or furniture ("May 1968", "1956", "Documents")
CREATE TABLE q5(t TEXT); INSERT INTO q5 VALUES ('Skip to content

Results:

1 - 5 of 5

Documents

May 13, 1968

May 1968

A French student''s diary of the strikes in Paris.

1957

Results of the Elections in the Hungarian Provinces

The ministry reports turnout and the votes for the Patriotic People''s Front.

1962

Documents

A file of twelve documents on the Cuban missile crisis.

October 1956

1956

Notes for a speech on the events of the year.

April 1975

Pagination of the Diary of Le Duan

An archivist''s note on the missing pages.

Pagination
');
SELECT 'q5', pos, date_text, title, summary FROM q5, listing(q5.t);

-- q6: summaries that begin with a date
CREATE TABLE q6(t TEXT); INSERT INTO q6 VALUES ('Skip to content

1 - 4 of 4

June 25, 1950

Cable from Shtykov to Stalin

June 25, 1950. North Korean forces crossed the 38th parallel at dawn, Shtykov reports.

August 15, 1945

Speech by Kim Il Sung on the Liberation

15 August 1945: Kim speaks of the Red Army and the tasks of the people.

1953

Report on the Armistice Talks

July 27, 1953

Armistice Agreement

The text of the agreement signed at Panmunjom.
');
SELECT 'q6', pos, date_text, title, summary FROM q6, listing(q6.t);

-- q7: the site in Russian
CREATE TABLE q7(t TEXT); INSERT INTO q7 VALUES ('Перейти к содержанию

Результаты:

1 - 3 из 3

Документы

8 октября 1963

Телеграмма посла СССР в КНДР о беседе с Ким Ир Сеном

Посол сообщает о беседе по вопросам сельского хозяйства.

март 1957

Запись беседы с послом Китая

1958

Письмо Мао Цзэдуна Ким Ир Сену

Мао пишет о выводе китайских добровольцев.

Страницы
');
SELECT 'q7', pos, date_text, title, summary FROM q7, listing(q7.t);

-- q8: Chinese, Korean and Russian titles
CREATE TABLE q8(t TEXT); INSERT INTO q8 VALUES ('Skip to content

Results:

1 - 4 of 4

Documents

1950年10月2日

毛泽东关于派遣志愿军入朝作战致斯大林电

毛泽东通知斯大林中国决定派遣志愿军。

1963년 10월 8일

김일성과 중국 대표단의 담화록

김일성은 농업 문제를 논의하였다.

March 1961

Записка о беседе с Ким Ир Сеном

The Soviet ambassador notes Kim''s remarks on the Seven-Year Plan.

1956

金日成同志在朝鲜劳动党第三次代表大会上的报告

Pagination
');
SELECT 'q8', pos, date_text, title, summary FROM q8, listing(q8.t);

-- q9: a copy that begins inside a summary and stops inside another
CREATE TABLE q9(t TEXT); INSERT INTO q9 VALUES ('revolution, and the question of Chinese aid.

March 16, 1967

Note on a Conversation with the 1st Secretary of the Soviet Embassy, Comrade Zvetkov, on 15 March 1967

A note on Kim Il Sung''s concern about the possible impact of the Cultural Revolution.

October 18, 1963

Report on Conversation between Song Renqiong and Kim Il Sung

Song Renqiong and Kim Il Sung exchanged views on the mutual assistance between China and
');
SELECT 'q9', pos, date_text, title, summary FROM q9, listing(q9.t);

-- q10: two layouts pasted
CREATE TABLE q10(t TEXT); INSERT INTO q10 VALUES ('Skip to content

Results:

1 - 2 of 12

Documents

May 4, 1961

Note on a Conversation with the Albanian Chargé d''Affaires

The chargé complains about delays in the delivery of tractors.

1961

Letter from Enver Hoxha to Nikita Khrushchev

Pagination
SEARCH RESULTS
-
June 11, 1957
Letter from the Polish Embassy on the Visit of a Trade Delegation
The embassy lists the goods discussed and the dates of the visit.
-
July 1957
Report on the Situation in the Countryside
-
1958
Record of a Conversation with Wladyslaw Gomulka
Gomulka speaks about the price of coal
');
SELECT 'q10', pos, date_text, title, summary FROM q10, listing(q10.t);

-- q11: Windows line ends, tabs, no-break spaces, bullets, a summary of two paragraphs
CREATE TABLE q11(t TEXT); INSERT INTO q11 VALUES (replace(replace(replace('Search in

Digital Archive International History Declassified

  •^March 02,~1953

^Telegram from Molotov to the Soviet Ambassador in Beijing

^Instructions on the funeral delegation and the text of a condolence message.

^The text of the message is attached.

  •^1955

^Draft Agreement on Scientific Cooperation

^No image found.

  •^August~1955

^Protocol of the Talks~on Scientific Cooperation

^The two academies agree on an exchange of scholars
', '~', char(160)), '^', char(9)), char(10), char(13) || char(10)));
SELECT 'q11', pos, date_text, title, summary FROM q11, listing(q11.t);

-- q12: an old site's results table with its column names, scripts, entities, comments
CREATE TABLE q12(t TEXT); INSERT INTO q12 VALUES ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>CWIHP Virtual Archive - Search Results</title>
<script type="text/javascript">var q = "1 - 10 of 11"; function go(){ document.write("<p>Documents</p>"); }</script>
<style>td.date { width: 120px } /* 1 - 3 of 3 */</style>
</head>
<body onload="go()">
<!-- header -->
<table width="100%"><tr><td><img src="logo.gif" alt="Cold War International History Project"></td></tr></table>
<p>Results 1 - 3 of 3</p>
<table class="results" border="0">
<tr><th>Date</th><th>Title</th></tr>
<tr><td class="date">March&nbsp;02,&nbsp;1953</td><td><a href="index.cfm?topic_id=1409&amp;fuseaction=va2.document&amp;identifier=5034E1C1">Telegram from Molotov to the Soviet Ambassador in Beijing</a><br>Instructions on the funeral delegation &amp; the text of a condolence message.</td></tr>
<tr><td class="date">1955</td><td><a href="index.cfm?topic_id=1409&amp;fuseaction=va2.document&amp;identifier=5034E1C2">Draft Agreement on Scientific Cooperation</a></td></tr>
<tr><td class="date">Undated</td><td><a href="index.cfm?topic_id=1409&amp;fuseaction=va2.document&amp;identifier=5034E1C3">Memorandum on &ldquo;Albanian&ndash;Chinese&rdquo; Relations</a><br>Written by the Soviet embassy in Tirana</td></tr>
</table>
<!-- footer: 1 - 10 of 11 -->
<p><a href="#top">Back to top</a></p>
</body></html>
');
SELECT 'q12', pos, date_text, title, summary FROM q12, listing(q12.t);

-- q13: saved <dl> results
CREATE TABLE q13(t TEXT); INSERT INTO q13 VALUES ('<html><head><meta charset="utf-8"><title>Search</title></head><body>
<a href="#content">Skip to content</a>
<div id="content">
<h1>Results:</h1>
<div>11 - 13 of 13</div>
<h2>Documents</h2>
<dl class="results">
<dt>October 8, 1963</dt>
<dd class="title"><a href="/document/119247">Cable from Qiang Xiaochu, &#39;Premier Kim Received the Study Delegation&#39;</a></dd>
<dd class="summary">Kim Il Sung meets with cabinet officials to discuss agriculture.</dd>
<dt>1958</dt>
<dd class="title"><a href="/document/119248">Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 17 March 1958</a></dd>
<dt>October 18, 1963</dt>
<dd class="title"><a href="/document/119249">Report on Conversation between Song Renqiong and Kim Il Sung</a></dd>
<dd class="summary">Song Renqiong and Kim Il Sung exchanged views on mutual assistance.</dd>
</dl>
<nav class="pager"><h2>Pagination</h2><a href="?page=0">1</a> <a href="?page=1">2</a></nav>
</div></body></html>
');
SELECT 'q13', pos, date_text, title, summary FROM q13, listing(q13.t);

-- q14: saved <article> results with <time>, "Read more", a template, scripts
CREATE TABLE q14(t TEXT); INSERT INTO q14 VALUES ('<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="canonical" href="https://digitalarchive.wilsoncenter.org/search?q=berlin">
<style>.teaser time{font-weight:bold}</style>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({''results'':''1 - 3 of 3''});</script>
</head>
<body>
<noscript><iframe src="https://www.googletagmanager.com/ns.html"></iframe></noscript>
<a class="visually-hidden" href="#main-content">Skip to content</a>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/search">Search</a></li></ul></nav></header>
<main id="main-content">
<h1>Results:</h1>
<div class="summary">1 - 3 of 3</div>
<h2 class="visually-hidden">Documents</h2>
<!-- BEGIN results -->
<article class="teaser">
  <svg class="icon" aria-hidden="true"><use href="#doc"></use></svg>
  <time datetime="1958-11-27">November 27, 1958</time>
  <h3><a href="/document/112233">Note from the Soviet Government on the Status of Berlin</a></h3>
  <p>The note proposes turning West Berlin into a &quot;demilitarized free city&quot;.</p>
  <a class="more" href="/document/112233">Read more</a>
</article>
<article class="teaser">
  <time datetime="1961-08">August 1961</time>
  <h3><a href="/document/112234">Minutes of the Warsaw Pact Meeting on Berlin</a></h3>
  <p>Ulbricht asks for measures to close the border.</p>
  <p>Translated by Mark Kramer</p>
  <a class="more" href="/document/112234">Read more</a>
</article>
<article class="teaser">
  <time>Date unknown</time>
  <h3><a href="/document/112235">Memorandum on the Access Routes</a></h3>
  <a class="more" href="/document/112235">Read more</a>
</article>
<!-- END results -->
<template><article><time>1999</time><h3>Template Title</h3></article></template>
</main>
<footer><p>&copy; 2026 Wilson Center</p></footer>
</body>
</html>
');
SELECT 'q14', pos, date_text, title, summary FROM q14, listing(q14.t);

-- q15: saved cards with the date below the title
CREATE TABLE q15(t TEXT); INSERT INTO q15 VALUES ('<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta property="og:url" content="https://digitalarchive.wilsoncenter.org/collection/43/korean-war">
<title>Korean War | Wilson Center Digital Archive</title></head>
<body>
<a href="#main">Skip to content</a>
<div class="cookie">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<main id="main">
<h1>Korean War</h1>
<p>Documents on the origins and course of the Korean War, 1950&ndash;1953.</p>
<h2>Popular Documents</h2>
<div class="grid">
  <div class="card">
    <h3 class="card-title"><a href="/document/113001">Cable from Shtykov to Stalin</a></h3>
    <div class="card-date">June 25, 1950</div>
    <div class="card-summary">Shtykov reports the start of the offensive.</div>
  </div>
  <div class="card">
    <h3 class="card-title"><a href="/document/113002">Telegram from Mao Zedong to Stalin</a></h3>
    <div class="card-date">October 2, 1950</div>
  </div>
  <div class="card">
    <h3 class="card-title"><a href="/document/113003">Letter from Kim Il Sung and Pak Heon-yeong to Stalin</a></h3>
    <div class="card-date">September 29, 1950</div>
    <div class="card-summary">Kim asks for direct military assistance.</div>
  </div>
</div>
</main></body></html>
');
SELECT 'q15', pos, date_text, title, summary FROM q15, listing(q15.t);

-- q16: the site in German
CREATE TABLE q16(t TEXT); INSERT INTO q16 VALUES ('Zum Inhalt springen

Ergebnisse:

1 - 3 von 3

Dokumente

17. März 1958

Bericht über die Lage in der DDR

Der Botschafter berichtet über die Versorgung mit Lebensmitteln.

August 1961

Protokoll der Sitzung des Politbüros

1962

Brief von Walter Ulbricht an Nikita Chruschtschow

Ulbricht bittet um weitere Lieferungen von Getreide.

Seitennummerierung

Kontakt

Impressum

Datenschutz
');
SELECT 'q16', pos, date_text, title, summary FROM q16, listing(q16.t);

-- q17: compact header, a summary of two paragraphs, undated records
CREATE TABLE q17(t TEXT); INSERT INTO q17 VALUES ('Skip to content


21 - 25 of 108


May 4, 1961

Note on a Conversation with the Albanian Chargé d''Affaires

The chargé complains about delays in the delivery of tractors.

He also asks about the credit agreed in 1959.

1961

Letter from Enver Hoxha to Nikita Khrushchev


Conversation between the Minister and Visiting Engineers


Instructions to the Delegation in Geneva

The delegation is to propose a ceasefire line along the river.


Results of the Vote in the UN General Assembly

A table of the votes cast on the Albanian resolution.
');
SELECT 'q17', pos, date_text, title, summary FROM q17, listing(q17.t);

-- q18: an undated first record over dated ones
CREATE TABLE q18(t TEXT); INSERT INTO q18 VALUES ('Skip to content

Results:

1 - 3 of 3

Documents



Conversation between the Minister and Visiting Engineers


March 1961

Telegram to Moscow on the Visit of the Delegation

The ambassador reports the delegation''s arrival.

Report on Grain Deliveries

1962

Letter from Kim Il Sung to Khrushchev

Kim asks for deliveries of wheat.

Pagination
');
SELECT 'q18', pos, date_text, title, summary FROM q18, listing(q18.t);

-- q19: two pages pasted, the first with date lines below titles
CREATE TABLE q19(t TEXT); INSERT INTO q19 VALUES ('Skip to content

1 - 2 of 4

Documents

Telegram from Molotov to the Soviet Ambassador in Beijing

March 02, 1953

Instructions on the funeral delegation and the text of a condolence message.

Letter from Enver Hoxha to Nikita Khrushchev

1961

Hoxha protests the withdrawal of Soviet submarines from Vlora.

Pagination

Skip to content

3 - 4 of 4

Documents

May 4, 1961

Note on a Conversation with the Albanian Chargé d''Affaires

The chargé complains about delays in the delivery of tractors.

1955

Draft Agreement on Scientific Cooperation

Pagination
');
SELECT 'q19', pos, date_text, title, summary FROM q19, listing(q19.t);

-- q20: saved <ol> results with "Read more »" in the summary
CREATE TABLE q20(t TEXT); INSERT INTO q20 VALUES ('<html><head><meta charset="utf-8"><title>Search results</title>
<style>ol.results li { margin: 1em }</style></head>
<body>
<a href="#c">Skip to main content</a>
<div id="c">
<p>Showing 1 to 3 of 3 results</p>
<ol class="results">
<li><div class="date">October 8, 1963</div>
<h3><a href="/document/119247">Cable from Qiang Xiaochu, ‘Premier Kim Received the Study Delegation’</a></h3>
<p>Kim Il Sung meets with cabinet officials to discuss agriculture. <a href="/document/119247">Read more&nbsp;&raquo;</a></p></li>
<li><div class="date">1958</div>
<h3><a href="/document/119248">Journal of Soviet Ambassador A.M. Puzanov for 17 March 1958</a></h3></li>
<li><div class="date">n.d.</div>
<h3><a href="/document/119249">Report on Conversation between Song Renqiong and Kim Il Sung</a></h3>
<p>Song Renqiong and Kim Il Sung exchanged views on mutual assistance. <a href="/document/119249">Read more&nbsp;&raquo;</a></p></li>
</ol>
<ul class="pager"><li><a href="?page=1">Next ›</a></li></ul>
</div>
<script>document.querySelectorAll(''li'').forEach(function(x){x.title=''1 - 10 of 11'';});</script>
</body></html>
');
SELECT 'q20', pos, date_text, title, summary FROM q20, listing(q20.t);

-- q21: no blank lines, result numbers before date lines, "Back to top"
CREATE TABLE q21(t TEXT); INSERT INTO q21 VALUES ('SEARCH RESULTS
1. June 11, 1957
Letter from the Polish Embassy on the Visit of a Trade Delegation
The embassy lists the goods discussed and the dates of the visit.
2. July 1957
Report on the Situation in the Countryside
3. 1958
Record of a Conversation with Wladyslaw Gomulka
Gomulka speaks about the price of coal.
Back to top
');
SELECT 'q21', pos, date_text, title, summary FROM q21, listing(q21.t);

-- q22: the site in French, "Lire la suite" under a summary
CREATE TABLE q22(t TEXT); INSERT INTO q22 VALUES ('Aller au contenu

Résultats :

1 - 2 sur 2

Documents

8 octobre 1963

Télégramme de l''ambassadeur de France à Pékin

L''ambassadeur rend compte d''un entretien avec Zhou Enlai.

Lire la suite

1964

Note sur la reconnaissance de la Chine populaire

Pagination des résultats

Précédent

Suivant
');
SELECT 'q22', pos, date_text, title, summary FROM q22, listing(q22.t);

-- q23: a saved table of three columns with a <thead>
CREATE TABLE q23(t TEXT); INSERT INTO q23 VALUES ('<html><body>
<h1>Search Results:</h1>
<p>Results 1 - 2 of 2</p>
<table>
<thead><tr><th>Date</th><th>Title</th><th>Description</th></tr></thead>
<tbody>
<tr><td>June 11, 1957</td><td><a href="/va2/doc/1">Letter from the Polish Embassy</a></td><td>The embassy lists the goods discussed.</td></tr>
<tr><td>July 1957</td><td><a href="/va2/doc/2">Report on the Situation in the Countryside</a></td><td></td></tr>
</tbody></table>
</body></html>
');
SELECT 'q23', pos, date_text, title, summary FROM q23, listing(q23.t);

-- q24: bullets without blank lines, "Read more" after a summary, a summary that wraps
CREATE TABLE q24(t TEXT); INSERT INTO q24 VALUES ('SEARCH RESULTS
• June 11, 1957
Letter from the Polish Embassy on the Visit of a Trade Delegation
The embassy lists the goods discussed. Read more
• 1958
Record of a Conversation with Wladyslaw Gomulka
• Undated
Notes on the Fishing Agreement
An unsigned list of points
for the next round of talks
');
SELECT 'q24', pos, date_text, title, summary FROM q24, listing(q24.t);

-- Cut each text page after each of its characters from its first record on and hold each cut
-- copy to the rule of tests/sql/include/cut_rule.sql: a cut copy may lose records and cut the
-- last one short, but never invents one. Each line: the page, the cut copies read, the cut
-- copies that broke the rule. Not cut here: q5, whose "May 1968" is a title only when the prose
-- below it shows it (a copy cut in that summary reads "May 1968" as the date line); q8, whose
-- Chinese and Korean date lines cut short ("1950年10") the date engine does not know as the
-- beginnings of date lines. q4 and q19 are cut from their first title, below.
CREATE TABLE page AS SELECT 'q1' AS name, t FROM q1 UNION ALL SELECT 'q2' AS name, t FROM q2 UNION ALL SELECT 'q3' AS name, t FROM q3 UNION ALL SELECT 'q6' AS name, t FROM q6 UNION ALL SELECT 'q7' AS name, t FROM q7 UNION ALL SELECT 'q9' AS name, t FROM q9 UNION ALL SELECT 'q10' AS name, t FROM q10 UNION ALL SELECT 'q11' AS name, t FROM q11 UNION ALL SELECT 'q16' AS name, t FROM q16 UNION ALL SELECT 'q17' AS name, t FROM q17 UNION ALL SELECT 'q18' AS name, t FROM q18 UNION ALL SELECT 'q21' AS name, t FROM q21 UNION ALL SELECT 'q22' AS name, t FROM q22 UNION ALL SELECT 'q24' AS name, t FROM q24;
CREATE TABLE whole AS SELECT page.name, l.* FROM page, listing(page.t) AS l;
ALTER TABLE page ADD COLUMN k0;
UPDATE page SET k0 = (SELECT coalesce(nullif(instr(page.t, date_text), 0), instr(page.t, title))
                        FROM whole
                       WHERE whole.name = page.name AND whole.pos = 1);
-- q4 and q19 print each date line below its title: a copy cut between a title and its date line
-- has the record without its date (cut_dateless). They are cut from their first title on.
INSERT INTO page(name, t, k0)
  SELECT 'q4', t, instr(t, 'Telegram from Molotov') FROM q4
  UNION ALL SELECT 'q19', t, instr(t, 'Telegram from Molotov') FROM q19;
INSERT INTO whole SELECT page.name, l.* FROM page, listing(page.t) AS l
 WHERE page.name IN ('q4', 'q19');
.read tests/sql/include/cut_rule.sql
INSERT INTO cut_dateless VALUES ('q4'), ('q19');
SELECT 'cut', name, copies, broken FROM cut_rule;

