-- The Asian name authority (ext/data/people_asia.tsv): people found under the spellings their
-- documents print, in romanizations, their own scripts and Soviet Cyrillic.
.mode list
.nullvalue NULL

-- China: pinyin, Wade-Giles with and without apostrophes, Han characters, Palladius Cyrillic.
SELECT name_canon('Ch''en Po-ta'), name_key('Chen Boda') = name_key('陳伯達');
SELECT name_canon('Lo Jung-huan'), name_canon('羅榮桓'), name_canon('Ло Жунхуань');
SELECT name_canon('Ch''ien Ch''i-ch''en'), name_canon('钱其琛'), name_canon('Цянь Цичэнь');
SELECT name_canon('Ch''in Chi-wei'), name_key('Qin Jiwei') = name_key('秦基偉');
SELECT name_canon('Nancy Tang'), name_canon('Tsien Hsue-shen');
SELECT name_key('Chen Yonggui') = name_key('陳永貴'), name_key('Chen Yonggui') = name_key('陈永贵');
SELECT name_canon('Dalai Lama'), name_canon('達賴喇嘛');

-- Republic of China: customary forms, pinyin and Wade-Giles.
SELECT name_canon('Chang Hsüeh-liang'), name_canon('Young Marshal');
SELECT name_canon('O. K. Yui'), name_canon('K. C. Wu'), name_canon('Hao Bocun');

-- Korea: McCune-Reischauer, Revised Romanization, press forms, Hangul, Hanja, Soviet Cyrillic.
SELECT name_canon('Pak Den Ai'), name_canon('Пак Ден Ай'), name_canon('박정애');
SELECT name_canon('Kim Hyŏn-hŭi'), name_canon('金賢姬'), name_canon('Mayumi Hachiya');
SELECT name_canon('Yi Kwŏn-mu'), name_canon('리권무');
SELECT name_canon('Ch''oe Tŏk-sin'), name_canon('Kim Hyung-wook'), name_canon('No Sin-yŏng');
SELECT name_key('Kim Dong-jo') = name_key('Kim Tong-gyu');

-- Japan: both orders, macrons, kanji, Cyrillic.
SELECT name_canon('Tōjō Hideki'), name_canon('東條英機'), name_canon('Тодзио Хидэки');
SELECT name_canon('Abe Shintarō'), name_canon('Crown Prince Akihito');

-- Mongolia and Vietnam.
SELECT name_canon('Мангалын Дүгэрсүрэн'), name_canon('Dashiin Byambasuren');
SELECT name_canon('Võ Chí Công'), name_canon('Во Ти Конг');
SELECT name_canon('Thích Quảng Đức'), name_canon('Bảy Viễn');
SELECT name_key('Tran Van Do') = name_key('Tran Van Don');

-- South-East Asia: old and new Indonesian spellings, noms de guerre.
SELECT name_canon('Chhit Choeun'), name_canon('Khamtai Siphandon');
SELECT name_canon('Soedirman'), name_canon('Dewi Soekarno'), name_canon('Soemitro Djojohadikoesoemo');
SELECT name_canon('Amado Guerrero'), name_canon('Chatchai Chunhawan');

-- South Asia and Afghanistan.
SELECT name_canon('Frontier Gandhi'), name_canon('Rajaji'), name_canon('King Mahendra');
SELECT name_canon('Ахмад Шах Масуд'), name_canon('Бурхануддин Раббани');

-- A surname alone still finds the person the documents mean.
SELECT name_canon('Mao'), name_canon('Nehru'), name_canon('Roh');
