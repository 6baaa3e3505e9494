-- The ledger dataset: 2,000,000 reciprocity ledger rows over the 8 quarters that end with the current one, added
-- on top of the city dataset (its million residents and hundred officials) by
-- `java -jar civic-portal.jar --ledger-dataset` (LedgerDataset runs this file; docs/benchmarks.md).
--
-- It measures the ledger's reads at city size: the rows are NOT derived from source records (the city dataset's
-- own history is far smaller than two million exchanges), so their source keys name records from id
-- 1,000,000,001 up that do not exist, and `--rebuild-ledger` would report and remove them. Load it into a
-- benchmark data folder only.
--
-- Proportions (of 2,000,000 at scale 1): INPUT 35 %; ANSWER ≈ 22 % (63 % of inputs: Northside's 36 %, the
-- others' 76 %; 40 % within a week, 35 % within a month, the rest up to four months; one due after now has not
-- happened yet), with waited_seconds; CREDIT ≈ 3 % (15 % of answered inputs, a week to three months after the
-- answer); DELIVERY ≈ 1.5 % (60 % of credits, one to seven months later); VOLUNTEER_HOURS 27 % (0.5 to 8 hours,
-- a pool of volunteers where a few give much); RECOGNITION ≈ 8 % (40 % of the hours, Northside's 12 %, a day to
-- ten days after the shift); FORUM_PARTICIPATION the rest (≈ 3 %: attendance at the quarter's forum, and written
-- answers). Districts and topics are skewed, and Northside (the first district of the demo) gives much and
-- receives little, as in the demo history.
-- Every choice comes from CRC32 of a row's number, so two loads are alike; dates are relative to the load.
--
-- Directives as in city-dataset.sql (step, chunks, set). ${rows}, ${inputs}, ${signups} and the quarters'
-- ${q0_code} … ${q7_code}, ${q0_start} … ${q7_end} (Unix seconds, the city's midnights) are set by LedgerDataset.

-- step: quarters, districts, topics, residents
SET time_zone = '+00:00';
SET @now = UTC_TIMESTAMP(6);
SET @key0 = 1000000000;
SET @before = (SELECT COUNT(*) FROM ledger_entry);

CREATE TEMPORARY TABLE bench_quarter (code INT PRIMARY KEY, starts_at DATETIME(6) NOT NULL, ends_at DATETIME(6) NOT NULL);
INSERT INTO bench_quarter (code, starts_at, ends_at) VALUES
    (${q0_code}, FROM_UNIXTIME(${q0_start}), FROM_UNIXTIME(${q0_end})),
    (${q1_code}, FROM_UNIXTIME(${q1_start}), FROM_UNIXTIME(${q1_end})),
    (${q2_code}, FROM_UNIXTIME(${q2_start}), FROM_UNIXTIME(${q2_end})),
    (${q3_code}, FROM_UNIXTIME(${q3_start}), FROM_UNIXTIME(${q3_end})),
    (${q4_code}, FROM_UNIXTIME(${q4_start}), FROM_UNIXTIME(${q4_end})),
    (${q5_code}, FROM_UNIXTIME(${q5_start}), FROM_UNIXTIME(${q5_end})),
    (${q6_code}, FROM_UNIXTIME(${q6_start}), FROM_UNIXTIME(${q6_end})),
    (${q7_code}, FROM_UNIXTIME(${q7_start}), FROM_UNIXTIME(${q7_end}));
SET @from = (SELECT MIN(starts_at) FROM bench_quarter);
SET @span = TIMESTAMPDIFF(SECOND, @from, @now);

-- Northside first (k = 0): the district that gives much and receives little.
CREATE TEMPORARY TABLE bench_district (k INT PRIMARY KEY, id BIGINT NOT NULL);
INSERT INTO bench_district (k, id)
SELECT ROW_NUMBER() OVER (ORDER BY code <> 'north', code = 'citywide', id) - 1, id FROM district;
SET @districts = (SELECT COUNT(*) FROM bench_district);
SET @citywide = (SELECT id FROM district WHERE code = 'citywide');

CREATE TEMPORARY TABLE bench_topic (k INT PRIMARY KEY, id BIGINT NOT NULL);
INSERT INTO bench_topic (k, id)
SELECT ROW_NUMBER() OVER (ORDER BY FIELD(code, 'transport', 'parks', 'housing', 'safety', 'culture', 'climate'), id) - 1, id
FROM topic;
SET @topics = (SELECT COUNT(*) FROM bench_topic);

-- The city dataset's residents and officials have consecutive ids (CityDataset inserts them so).
SET @r0 = (SELECT id FROM account WHERE email = 'resident1@city.example');
SET @residents = (SELECT COUNT(*) FROM account WHERE email LIKE 'resident%@city.example');
SET @o0 = (SELECT id FROM account WHERE email = 'official1@city.example');
SET @officials = (SELECT COUNT(*) FROM account WHERE email LIKE 'official%@city.example');
-- volunteers are a twentieth of the residents
SET @volunteers = GREATEST(1, @residents DIV 20);

-- step: the inputs' story (when written, answered, credited, delivered)
CREATE TEMPORARY TABLE bench_input (
    n BIGINT PRIMARY KEY, resident_id BIGINT NOT NULL, district_id BIGINT NOT NULL, topic_id BIGINT NOT NULL,
    official_id BIGINT NOT NULL, at DATETIME(6) NOT NULL, answer_at DATETIME(6) NULL,
    credit_at DATETIME(6) NULL, delivery_at DATETIME(6) NULL);
-- chunks: ${inputs} 100000
INSERT INTO bench_input
SELECT y.n, y.resident_id, y.district_id, y.topic_id, y.official_id, y.at,
       IF(y.answer_at < @now, y.answer_at, NULL),
       IF(y.credit_at < @now, y.credit_at, NULL),
       IF(y.delivery_at < @now, y.delivery_at, NULL)
FROM (
    SELECT x.*,
           IF(x.answered, x.at + INTERVAL x.waited SECOND, NULL) AS answer_at,
           IF(x.answered AND x.credited, x.at + INTERVAL (x.waited + (7 + x.h3 MOD 84) * 86400) SECOND, NULL) AS credit_at,
           IF(x.answered AND x.credited AND x.delivered,
              x.at + INTERVAL (x.waited + (7 + x.h3 MOD 84) * 86400 + (30 + x.h3 MOD 181) * 86400) SECOND, NULL) AS delivery_at
    FROM (
        SELECT s.seq AS n,
               -- three inputs in ten from the most active twentieth of the residents
               @r0 + IF(s.h MOD 10 < 3, CRC32(CONCAT('lgiver', s.seq)) MOD GREATEST(1, @residents DIV 20),
                        CRC32(CONCAT('lgiver', s.seq)) MOD @residents) AS resident_id,
               d.id AS district_id, t.id AS topic_id,
               @o0 + s.h2 MOD @officials AS official_id,
               @from + INTERVAL FLOOR((s.seq - 1) * (@span - 3600) / ${inputs} + s.h MOD 3600) SECOND AS at,
               -- Northside's inputs are answered half as often
               s.h2 MOD 100 < IF(d.k = 0, 36, 76) AS answered,
               CASE WHEN s.h3 MOD 100 < 40 THEN 3600 + s.h MOD (7 * 86400)
                    WHEN s.h3 MOD 100 < 75 THEN 7 * 86400 + s.h MOD (23 * 86400)
                    ELSE 30 * 86400 + s.h MOD (90 * 86400) END AS waited,
               (s.h3 DIV 100) MOD 100 < IF(d.k = 0, 5, 16) AS credited,
               (s.h3 DIV 10000) MOD 100 < IF(d.k = 0, 30, 62) AS delivered,
               s.h3
        FROM (SELECT seq, CRC32(CONCAT('linput', seq)) AS h, CRC32(CONCAT('lstatus', seq)) AS h2,
                     CRC32(CONCAT('lcredit', seq)) AS h3
              FROM seq_${lo}_to_${hi}) s
        -- districts: Northside a quarter of the inputs, the others evenly; topics skewed like the city's
        JOIN bench_district d ON d.k = IF(s.h MOD 100 < 25, 0, 1 + (s.h DIV 100) MOD (@districts - 1))
        JOIN bench_topic t ON t.k = ELT(1 + (s.h DIV 10000) MOD 20, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3,
                                        4, 4, 5, 5) MOD @topics
    ) x
) y;

-- step: INPUT rows
-- chunks: ${inputs} 100000
INSERT INTO ledger_entry (kind, source_key, resident_id, official_id, amount, district_id, topic_id, happened_at,
                          quarter, waited_seconds)
SELECT 'INPUT', CONCAT('input:', @key0 + i.n), i.resident_id, NULL, 1, i.district_id, i.topic_id, i.at, q.code, NULL
FROM bench_input i JOIN bench_quarter q ON i.at >= q.starts_at AND i.at < q.ends_at
WHERE i.n BETWEEN ${lo} AND ${hi};

-- step: ANSWER rows, with the seconds waited
-- chunks: ${inputs} 100000
INSERT INTO ledger_entry (kind, source_key, resident_id, official_id, amount, district_id, topic_id, happened_at,
                          quarter, waited_seconds)
SELECT 'ANSWER', CONCAT('input:', @key0 + i.n), i.resident_id, i.official_id, 1, i.district_id, i.topic_id,
       i.answer_at, q.code, TIMESTAMPDIFF(SECOND, i.at, i.answer_at)
FROM bench_input i JOIN bench_quarter q ON i.answer_at >= q.starts_at AND i.answer_at < q.ends_at
WHERE i.n BETWEEN ${lo} AND ${hi} AND i.answer_at IS NOT NULL;

-- step: CREDIT and DELIVERY rows (decision n DIV 2 credits input n)
INSERT INTO ledger_entry (kind, source_key, resident_id, official_id, amount, district_id, topic_id, happened_at,
                          quarter, waited_seconds)
SELECT x.kind, CONCAT('credit:', @key0 + x.n DIV 2, ':', @key0 + x.n), x.resident_id, x.official_id, 1,
       x.district_id, x.topic_id, x.at, q.code, NULL
FROM (
    SELECT k.kind, i.n, i.resident_id, i.official_id, i.district_id, i.topic_id,
           IF(k.kind = 'CREDIT', i.credit_at, i.delivery_at) AS at
    FROM bench_input i JOIN (SELECT 'CREDIT' AS kind UNION ALL SELECT 'DELIVERY') k
    WHERE i.credit_at IS NOT NULL
) x
JOIN bench_quarter q ON x.at >= q.starts_at AND x.at < q.ends_at;
DROP TEMPORARY TABLE bench_input;

-- step: VOLUNTEER_HOURS rows (at the shift's start) and their RECOGNITION
-- chunks: ${signups} 100000
INSERT INTO ledger_entry (kind, source_key, resident_id, official_id, amount, district_id, topic_id, happened_at,
                          quarter, waited_seconds)
SELECT x.kind, CONCAT('signup:', @key0 + x.n), x.resident_id, x.official_id, x.amount, x.district_id, x.topic_id,
       x.at, q.code, NULL
FROM (
    SELECT k.kind, s.n, s.resident_id, s.official_id, s.district_id, s.topic_id,
           IF(k.kind = 'VOLUNTEER_HOURS', s.hours, 1) AS amount,
           IF(k.kind = 'VOLUNTEER_HOURS', s.at, s.at + INTERVAL (1 + s.h2 MOD 10) DAY + INTERVAL s.h MOD 36000 SECOND) AS at,
           s.thanked
    FROM (
        SELECT v.seq AS n, v.h, v.h2,
               -- a few volunteers give most of the hours: the square of a uniform number picks low ranks often
               @r0 + (FLOOR(@volunteers * POW((v.h MOD 100000) / 100000, 2)) * 7919) MOD @residents AS resident_id,
               @o0 + v.h2 MOD @officials AS official_id,
               d.id AS district_id, t.id AS topic_id,
               (1 + (v.h DIV 100000) MOD 16) * 0.5 AS hours,
               @from + INTERVAL FLOOR((v.seq - 1) * (@span - 86400) / ${signups}) SECOND AS at,
               (v.h2 DIV 100) MOD 100 < IF(d.k = 0, 12, 40) AS thanked
        FROM (SELECT seq, CRC32(CONCAT('lsignup', seq)) AS h, CRC32(CONCAT('lthanks', seq)) AS h2
              FROM seq_${lo}_to_${hi}) v
        -- Northside volunteers a third of the hours
        JOIN bench_district d ON d.k = IF(v.h2 MOD 100 < 33, 0, 1 + (v.h2 DIV 10000) MOD (@districts - 1))
        JOIN bench_topic t ON t.k = (v.h DIV 1600000) MOD @topics
    ) s
    JOIN (SELECT 'VOLUNTEER_HOURS' AS kind UNION ALL SELECT 'RECOGNITION') k
      ON k.kind = 'VOLUNTEER_HOURS' OR s.thanked
) x
JOIN bench_quarter q ON x.at >= q.starts_at AND x.at < q.ends_at
WHERE x.at < @now;

-- step: FORUM_PARTICIPATION rows, up to the dataset's total
-- set: forum
SELECT ${rows} - (COUNT(*) - @before) FROM ledger_entry;
-- Two in three attended the quarter's forum (one event per quarter), the others answered in writing; the home
-- district, else Citywide; no topic. 7919 is prime to the number of residents, so no one attends twice.
-- chunks: ${forum} 100000
INSERT INTO ledger_entry (kind, source_key, resident_id, official_id, amount, district_id, topic_id, happened_at,
                          quarter, waited_seconds)
SELECT 'FORUM_PARTICIPATION',
       IF(f.seq MOD 3 < 2, CONCAT('forum-attendance:', @key0 + q.k, ':', a.id), CONCAT('forum-answer:', @key0 + f.seq)),
       a.id, IF(f.seq MOD 3 < 2, @o0 + f.seq MOD @officials, NULL), 1, COALESCE(a.district_id, @citywide), NULL,
       GREATEST(q.starts_at, LEAST(q.starts_at + INTERVAL (40 + f.seq MOD 20) DAY + INTERVAL 18 HOUR, @now - INTERVAL 1 HOUR)),
       q.code, NULL
FROM seq_${lo}_to_${hi} f
JOIN (SELECT code, starts_at, ROW_NUMBER() OVER (ORDER BY code) - 1 AS k FROM bench_quarter) q
  ON q.k = CRC32(CONCAT('lforum', f.seq)) MOD 8
JOIN account a ON a.id = @r0 + (f.seq * 7919) MOD @residents;

-- step: statistics for the optimizer
DROP TEMPORARY TABLE bench_quarter;
DROP TEMPORARY TABLE bench_district;
DROP TEMPORARY TABLE bench_topic;
ANALYZE TABLE ledger_entry;
