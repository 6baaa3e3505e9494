-- The city dataset: what a portal for a city of a million people holds after two years, added on top of the
-- demo data by `java -jar civic-portal.jar --city-dataset` (CityDataset runs this file; docs/benchmarks.md).
--
-- Set-based SQL only: every table is filled by INSERT … SELECT from MariaDB's sequence engine (seq_1_to_N),
-- large ones in chunks. Rows are what the portal itself writes for the same history: status changes, answers,
-- credits that make inputs INCORPORATED, followers of credited chains, version rows for every revision,
-- sign-ups in waitlist order. Every counter is computed from the rows it counts, after they exist.
-- Pseudo-random choices come from CRC32 of a row's number, so a load is reproducible.
--
-- How CityDataset reads this file: statements end with ';' at the end of a line. Comment lines right before a
-- statement may carry directives:
--   -- step: <label>              printed as a progress line
--   -- chunks: <count> <size>     the statement runs for ${lo}..${hi} = 1..size, size+1..2*size, … up to count
--   -- set: <name>                the statement is a SELECT of one number, kept as ${name} for later statements
-- ${accounts}, ${officials}, ${inputs}, ${supports}, ${decisions}, ${tasks}, ${credit_pool} and ${window} are
-- set by CityDataset from the scale; @password_hash too.

-- step: reference lists and starting ids
SET @now = UTC_TIMESTAMP(6);
SET @a0 = (SELECT COALESCE(MAX(id), 0) FROM account);
SET @i0 = (SELECT COALESCE(MAX(id), 0) FROM input);
SET @d0 = (SELECT COALESCE(MAX(id), 0) FROM decision);
SET @t0 = (SELECT COALESCE(MAX(id), 0) FROM task);
SET @officials = ${officials};
SET @residents = ${accounts} - ${officials};
-- Two years back; inputs stop a day before now, so every answer delay below still lies in the past.
SET @start = @now - INTERVAL 730 DAY;

CREATE TEMPORARY TABLE city_topic (k INT PRIMARY KEY, id BIGINT NOT NULL);
INSERT INTO city_topic (k, id)
SELECT ROW_NUMBER() OVER (ORDER BY FIELD(code, 'transport', 'parks', 'housing', 'safety', 'culture', 'climate'), id) - 1, id
FROM topic;
SET @topics = (SELECT COUNT(*) FROM city_topic);

CREATE TEMPORARY TABLE city_district (k INT PRIMARY KEY, id BIGINT NOT NULL);
INSERT INTO city_district (k, id) SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM district;
SET @districts = (SELECT COUNT(*) FROM city_district);

-- Where residents live: every district but the citywide one.
CREATE TEMPORARY TABLE city_home (k INT PRIMARY KEY, id BIGINT NOT NULL);
INSERT INTO city_home (k, id) SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM district WHERE code <> 'citywide';
SET @homes = GREATEST(1, (SELECT COUNT(*) FROM city_home));

-- step: accounts
-- chunks: ${accounts} 100000
INSERT INTO account (id, email, display_name, password_hash, district_id, language, monthly_update_opt_in,
                     monthly_update_opt_in_at, email_verified_at, created_at, version, credentials_generation)
SELECT @a0 + s.seq,
       IF(s.seq <= @officials, CONCAT('official', s.seq, '@city.example'),
          CONCAT('resident', s.seq - @officials, '@city.example')),
       CONCAT(ELT(1 + s.h MOD 24, 'Ana', 'Ben', 'Carmen', 'David', 'Elena', 'Farid', 'Grace', 'Hugo', 'Irene',
                  'Jamal', 'Kira', 'Luis', 'Marta', 'Noah', 'Olga', 'Pablo', 'Quinn', 'Rosa', 'Samir', 'Tara',
                  'Uma', 'Víctor', 'Wen', 'Yara'),
              ' ',
              ELT(1 + (s.h DIV 24) MOD 24, 'Abbott', 'Blanco', 'Chen', 'Díaz', 'Evans', 'Fischer', 'García',
                  'Hughes', 'Ibáñez', 'Jensen', 'Khan', 'López', 'Moreno', 'Nakamura', 'Osei', 'Patel', 'Quiroga',
                  'Romero', 'Smith', 'Torres', 'Ueda', 'Vidal', 'Walsh', 'Zhou')),
       @password_hash,
       IF(s.h MOD 20 = 0, NULL, home.id),
       IF((s.h DIV 600) MOD 10 < 3, 'es', 'en'),
       (s.h DIV 6000) MOD 10 < 4,
       IF((s.h DIV 6000) MOD 10 < 4, s.created_at, NULL),
       IF((s.h DIV 60000) MOD 25 = 0, NULL, s.created_at + INTERVAL (5 + s.h MOD 50) MINUTE),
       s.created_at, 0, 0
FROM (SELECT seq, CRC32(CONCAT('account', seq)) AS h,
             @start + INTERVAL FLOOR((seq - 1) * (729 * 86400 / ${accounts})) SECOND AS created_at
      FROM seq_${lo}_to_${hi}) s
LEFT JOIN city_home home ON home.k = (s.h DIV 7) MOD @homes;

-- step: roles (everyone RESIDENT, the first accounts OFFICIAL too)
-- chunks: ${accounts} 250000
INSERT INTO account_role (account_id, role) SELECT @a0 + seq, 'RESIDENT' FROM seq_${lo}_to_${hi};
INSERT INTO account_role (account_id, role) SELECT @a0 + seq, 'OFFICIAL' FROM seq_1_to_${officials};

-- step: which inputs decisions will credit (1, 2, 2 or 3 per decision, among the older inputs)
CREATE TEMPORARY TABLE city_credit (n BIGINT PRIMARY KEY, j BIGINT NOT NULL, INDEX (j));
INSERT INTO city_credit (n, j)
SELECT seq, (seq - 1) DIV ${window} + 1 FROM seq_1_to_${credit_pool}
WHERE (seq - 1) MOD ${window} < ELT(1 + ((seq - 1) DIV ${window} + 1) MOD 4, 1, 2, 2, 3);

-- step: inputs
-- chunks: ${inputs} 20000
INSERT INTO input (id, author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer, version)
SELECT @i0 + x.n, x.author_id,
       CONCAT(x.wish, ' ', x.place_name),
       x.body, CONCAT('<p>', REPLACE(x.body, '\n\n', '</p>\n<p>'), '</p>\n'),
       x.topic_id, x.district_id, IF(x.h MOD 10 < 3, NULL, x.place_name),
       x.status, x.status IN ('SUBMITTED', 'UNDER_REVIEW'), 0, 0, FALSE, x.created_at,
       IF(x.status IN ('ANSWERED', 'DECLINED'), x.answer_at, NULL),
       IF(x.status IN ('ANSWERED', 'DECLINED'), @a0 + 1 + x.h MOD @officials, NULL),
       CASE x.status
           WHEN 'ANSWERED' THEN ELT(1 + (x.h DIV 13) MOD 4,
               'Thank you for raising this. Our team visited the place and agrees; the work is planned for this year, and we will post updates here.',
               'Thank you. This is now part of the district programme; a first step is scheduled for next quarter.',
               'Thank you for the detailed description. We have passed it to the department in charge, which will contact the neighbours before starting.',
               'Thank you. A temporary measure is in place while a lasting solution is designed with residents.')
           WHEN 'DECLINED' THEN ELT(1 + (x.h DIV 13) MOD 3,
               'Thank you for the idea. The budget for this year is committed, and this request cannot be funded before the next budget round.',
               'Thank you. The site belongs to another public body, which has other plans for it; we have forwarded your idea to them.',
               'Thank you. A study found that this would move the problem to the next street, so we will not go ahead with it.')
       END,
       0
FROM (
    SELECT y.*,
           -- an answer due in the future has not happened yet: still under review
           IF(y.outcome IN ('ANSWERED', 'DECLINED') AND y.answer_at >= @now, 'UNDER_REVIEW', y.outcome) AS status
    FROM (
        SELECT z.*,
               CASE WHEN z.credited THEN IF(z.h2 MOD 2 = 0, 'ANSWERED', 'UNDER_REVIEW')
                    WHEN z.h2 MOD 100 < 45 THEN 'ANSWERED'
                    WHEN z.h2 MOD 100 < 60 THEN 'DECLINED'
                    WHEN z.h2 MOD 100 < 78 THEN 'UNDER_REVIEW'
                    ELSE 'SUBMITTED' END AS outcome,
               -- inputs a decision will credit are answered within six days: decisions come a week or more later
               z.created_at + INTERVAL (IF(z.credited, 1 + z.h2 MOD 6, 1 + z.h2 MOD 45) * 86400
                                        + z.h MOD 28800) SECOND AS answer_at
        FROM (
            SELECT s.seq AS n, s.h, s.h2, s.created_at, c.n IS NOT NULL AS credited, t.id AS topic_id,
                   d.id AS district_id,
                   @a0 + @officials + 1 + CRC32(CONCAT('author', s.seq)) MOD GREATEST(1, FLOOR(@residents * s.seq / ${inputs})) AS author_id,
                   ELT(1 + t.k MOD 6 * 4 + s.h MOD 4,
                       'More frequent buses on', 'A safer crossing at', 'Fix the potholes on', 'A protected bike lane on',
                       'Shade trees for', 'A community garden near', 'Repair the benches at', 'A fenced dog area near',
                       'Affordable flats above the shops on', 'Fix the damp in the flats on', 'A tenants'' advice point near', 'Limit holiday rentals on',
                       'Better street lighting on', 'Traffic calming outside the school on', 'A safer underpass at', 'More police patrols at night on',
                       'Longer library hours near', 'A summer festival on', 'A mural for the wall on', 'Rehearsal rooms for young bands near',
                       'Solar panels on the public roofs near', 'A cooling room during heat waves near', 'More recycling bins on', 'Electric car chargers on') AS wish,
                   ELT(1 + (s.h DIV 4) MOD 16, 'Mill Street', 'Kingsley Avenue', 'Riverside Drive', 'Station Square',
                       'Canal Walk', 'Foundry Lane', 'Elm Street', 'Bridge Street', 'Juniper Street', 'Market Place',
                       'Orchard Road', 'Harbour Lane', 'Chapel Row', 'Victoria Park', 'Quarry Hill', 'Birch Road') AS place_name,
                   CONCAT(ELT(1 + (s.h DIV 64) MOD 5,
                              'Neighbours and I walk past here every day, and the situation gets worse every month.',
                              'Families with children and older residents have told me the same thing many times.',
                              'This has been a problem since the works two winters ago, and nobody seems responsible for it.',
                              'Many people from the district raised this at the last neighbourhood meeting.',
                              'I have lived here for twenty years and it has never been as bad as now.'),
                          '\n\n',
                          ELT(1 + (s.h DIV 320) MOD 5,
                              'Buses, bikes and pedestrians all share too little space, and at rush hour it becomes dangerous.',
                              'In summer there is no shade at all, and in winter the puddles and the dark make it hard to use.',
                              'Rents keep rising while flats stay empty, and young people are moving away from the district.',
                              'After dark the street is badly lit, and people avoid it or take a long way round.',
                              'There is nowhere for young people to meet, rehearse or show what they make.'),
                          ' ',
                          ELT(1 + (s.h DIV 1600) MOD 4,
                              'Could the city look at this before next season?',
                              'A small change would make a big difference for everyone who lives here.',
                              'Other cities have solved this cheaply, and we would be glad to help.',
                              'Please consider it in the next district budget.')) AS body
            FROM (SELECT seq, CRC32(CONCAT('input', seq)) AS h, CRC32(CONCAT('status', seq)) AS h2,
                         @start + INTERVAL FLOOR((seq - 1) * (728 * 86400 / ${inputs}) + CRC32(CONCAT('minute', seq)) MOD 3600) SECOND AS created_at
                  FROM seq_${lo}_to_${hi}) s
            LEFT JOIN city_credit c ON c.n = s.seq
            JOIN city_topic t ON t.k = LEAST(@topics - 1, CASE WHEN s.h MOD 100 < 30 THEN 0 WHEN s.h MOD 100 < 50 THEN 1
                WHEN s.h MOD 100 < 65 THEN 2 WHEN s.h MOD 100 < 80 THEN 3 WHEN s.h MOD 100 < 90 THEN 4 ELSE 5 END)
            JOIN city_district d ON d.k = (s.h DIV 7) MOD @districts
        ) z
    ) y
) x;

-- step: input status history (submitted, under review, answered)
-- chunks: ${inputs} 50000
INSERT INTO input_status_change (input_id, status, changed_at, changed_by)
SELECT i.id, 'SUBMITTED', i.created_at, i.author_id FROM input i WHERE i.id BETWEEN @i0 + ${lo} AND @i0 + ${hi}
UNION ALL
SELECT i.id, 'UNDER_REVIEW', i.created_at + INTERVAL (600 + CRC32(CONCAT('review', i.id)) MOD 80000) SECOND,
       @a0 + 1 + CRC32(CONCAT('reviewer', i.id)) MOD @officials
FROM input i WHERE i.id BETWEEN @i0 + ${lo} AND @i0 + ${hi} AND i.status = 'UNDER_REVIEW'
UNION ALL
SELECT i.id, i.status, i.answered_at, i.answered_by FROM input i
WHERE i.id BETWEEN @i0 + ${lo} AND @i0 + ${hi} AND i.status IN ('ANSWERED', 'DECLINED');

-- step: how many supports each input gets (a few inputs with thousands, most with a handful)
CREATE TEMPORARY TABLE city_support_plan (n BIGINT PRIMARY KEY, input_id BIGINT NOT NULL, author_r BIGINT NOT NULL,
                                          created_at DATETIME(6) NOT NULL, w DOUBLE NOT NULL, m INT NOT NULL DEFAULT 0);
INSERT INTO city_support_plan (n, input_id, author_r, created_at, w)
SELECT id - @i0, id, author_id - @a0 - @officials, created_at,
       1 / POW(1 + CRC32(CONCAT('popular', id - @i0)) MOD ${inputs}, 0.7)
FROM input WHERE id > @i0;
SET @weights = (SELECT SUM(w) FROM city_support_plan);
UPDATE city_support_plan SET m = LEAST(@residents - 1, FLOOR(${supports} * w / @weights));
SET @missing = ${supports} - (SELECT SUM(m) FROM city_support_plan);
UPDATE city_support_plan SET m = m + 1 WHERE n <= @missing;
-- set: most_supports
SELECT MAX(m) FROM city_support_plan;

-- step: supports (residents right after the author in number order, so never the author and never twice)
-- chunks: ${inputs} 10000
INSERT INTO input_support (input_id, account_id, created_at)
SELECT p.input_id, @a0 + @officials + 1 + (p.author_r - 1 + s.seq) MOD @residents,
       p.created_at + INTERVAL (CRC32(CONCAT(p.n, '-', s.seq))
           MOD GREATEST(60, LEAST(60 * 86400, TIMESTAMPDIFF(SECOND, p.created_at, @now)))) SECOND
FROM city_support_plan p JOIN seq_1_to_${most_supports} s ON s.seq <= p.m
WHERE p.n BETWEEN ${lo} AND ${hi};

-- step: decisions (one per window of older inputs, a week to three months after them)
CREATE TEMPORARY TABLE city_plan (m INT PRIMARY KEY, status VARCHAR(16) NOT NULL, updates INT NOT NULL);
-- out of every 20 decisions: 5 planned, 7 in progress, 7 done, 1 cancelled; 3 updates each on average
INSERT INTO city_plan (m, status, updates) VALUES
    (0, 'PLANNED', 1), (1, 'IN_PROGRESS', 3), (2, 'DONE', 4), (3, 'IN_PROGRESS', 4), (4, 'PLANNED', 1),
    (5, 'DONE', 4), (6, 'IN_PROGRESS', 3), (7, 'DONE', 4), (8, 'PLANNED', 1), (9, 'IN_PROGRESS', 4),
    (10, 'CANCELLED', 3), (11, 'DONE', 4), (12, 'PLANNED', 1), (13, 'IN_PROGRESS', 3), (14, 'DONE', 4),
    (15, 'IN_PROGRESS', 4), (16, 'PLANNED', 1), (17, 'DONE', 4), (18, 'IN_PROGRESS', 3), (19, 'DONE', 4);

-- One row per decision with everything its rows share: when it was made, its story, who made it.
-- The k-th update is posted at created_at + span * k / (updates + 1), so all of them lie in the past.
CREATE TEMPORARY TABLE city_decision (
    j BIGINT PRIMARY KEY, id BIGINT NOT NULL, h BIGINT NOT NULL, created_at DATETIME(6) NOT NULL,
    span BIGINT NOT NULL, status VARCHAR(16) NOT NULL, u INT NOT NULL, np INT NOT NULL, lastp INT NOT NULL,
    official_id BIGINT NOT NULL, credits INT NOT NULL, topic_id BIGINT NOT NULL, district_id BIGINT NOT NULL,
    title VARCHAR(160) NOT NULL);
INSERT INTO city_decision (j, id, h, created_at, span, status, u, np, lastp, official_id, credits, topic_id,
                           district_id, title)
SELECT q.j, @d0 + q.j, q.h, q.created_at, TIMESTAMPDIFF(SECOND, q.created_at, @now), p.status, p.updates,
       CASE p.status WHEN 'PLANNED' THEN 0 WHEN 'IN_PROGRESS' THEN p.updates ELSE p.updates - 1 END,
       CASE p.status WHEN 'PLANNED' THEN 0 WHEN 'DONE' THEN 50 + q.h MOD 46 ELSE 10 + q.h MOD 81 END,
       @a0 + 1 + q.h MOD @officials, q.credits, q.topic_id, q.district_id,
       CONCAT(ELT(1 + q.tk MOD 6 * 2 + q.h MOD 2,
                  'New bus timetable and safer crossings for', 'Resurfacing and cycle lanes on',
                  'Shade, benches and a playground upgrade at', 'A community garden and tree planting at',
                  'Affordable housing and repairs on', 'A tenants'' advice service for',
                  'Street lighting and traffic calming on', 'Safer routes to school around',
                  'Longer opening hours and events at the library near', 'A youth culture space near',
                  'Solar roofs and cooling rooms near', 'Recycling points and car chargers on'),
              ' ', q.place_name)
FROM (
    SELECT c.j, CRC32(CONCAT('decision', c.j)) AS h, c.credits, i.topic_id, i.district_id, t.k AS tk,
           ELT(1 + CRC32(CONCAT('place', c.j)) MOD 16, 'Mill Street', 'Kingsley Avenue', 'Riverside Drive',
               'Station Square', 'Canal Walk', 'Foundry Lane', 'Elm Street', 'Bridge Street', 'Juniper Street',
               'Market Place', 'Orchard Road', 'Harbour Lane', 'Chapel Row', 'Victoria Park', 'Quarry Hill',
               'Birch Road') AS place_name,
           c.last_created + INTERVAL (7 * 86400 + CRC32(CONCAT('decision', c.j)) MOD (90 * 86400)) SECOND AS created_at
    FROM (SELECT cc.j, COUNT(*) AS credits, MIN(cc.n) AS first_n, MAX(ci.created_at) AS last_created
          FROM city_credit cc JOIN input ci ON ci.id = @i0 + cc.n GROUP BY cc.j) c
    JOIN input i ON i.id = @i0 + c.first_n
    JOIN city_topic t ON t.id = i.topic_id
) q
JOIN city_plan p ON p.m = q.j MOD 20;

INSERT INTO decision (id, title, summary, rationale, rationale_html, decided_on, department, topic_id, district_id,
                      impl_status, progress, start_date, target_date, budget, milestone_notified, delivered_at,
                      credit_count, created_by, created_at, updated_at, revision, version)
SELECT d.id, d.title,
       CONCAT('The city carries out "', d.title, '", shaped by ', d.credits, ' resident input', IF(d.credits = 1, '', 's'), '.'),
       CONCAT('Residents described the problem in detail, and a site visit confirmed it.', '\n\n',
              'The works are planned in stages so that the street stays open, and neighbours are told a week before each stage.'),
       CONCAT('<p>Residents described the problem in detail, and a site visit confirmed it.</p>\n',
              '<p>The works are planned in stages so that the street stays open, and neighbours are told a week before each stage.</p>\n'),
       DATE(d.created_at) - INTERVAL 1 DAY,
       ELT(1 + d.h MOD 6, 'Department of Transportation', 'Parks and Recreation Department', 'Housing Department',
           'Department of Public Safety', 'Department of Culture', 'Department of Energy and Climate'),
       d.topic_id, d.district_id, d.status,
       CASE d.status WHEN 'DONE' THEN 100 ELSE d.lastp END,
       IF(d.status = 'PLANNED', NULL, DATE(d.created_at + INTERVAL FLOOR(d.span / (d.u + 1)) SECOND - INTERVAL 1 HOUR)),
       DATE(d.created_at) + INTERVAL (60 + d.h MOD 360) DAY,
       5000 + (d.h DIV 7) MOD 500 * 1000,
       FLOOR(CASE d.status WHEN 'DONE' THEN 100 ELSE d.lastp END / 25) * 25,
       IF(d.status = 'DONE', d.created_at + INTERVAL FLOOR(d.span * d.u / (d.u + 1)) SECOND, NULL),
       d.credits, d.official_id, d.created_at,
       IF(d.status = 'PLANNED', d.created_at, d.created_at + INTERVAL FLOOR(d.span * d.u / (d.u + 1)) SECOND),
       CASE d.status WHEN 'PLANNED' THEN 1 ELSE d.u + 2 END,
       CASE d.status WHEN 'PLANNED' THEN 1 ELSE d.u + 2 END
FROM city_decision d;

-- step: credits, each with how the input changed the decision
INSERT INTO decision_credit (decision_id, input_id, how, credited_by, credited_at)
SELECT d.id, @i0 + c.n,
       ELT(1 + CRC32(CONCAT('how', c.n)) MOD 4,
           'Because this input described who uses the place at which hours, the works avoid school times and start with the busiest corner.',
           'Because this input pointed out what was missing for older residents, the plan adds benches and better lighting.',
           'Because this input showed where the problem really starts, the decision covers the whole street instead of one block.',
           'Because this input proposed a cheaper way to do it, part of the budget goes to a second site in the same district.'),
       d.official_id, d.created_at
FROM city_credit c JOIN city_decision d ON d.j = c.j;

-- step: credited inputs become INCORPORATED (the credit is the answer of those still waiting)
UPDATE input i JOIN decision_credit c ON c.input_id = i.id AND c.decision_id > @d0
SET i.answered_at = COALESCE(i.answered_at, c.credited_at),
    i.answered_by = COALESCE(i.answered_by, c.credited_by),
    i.answer = COALESCE(i.answer, c.how),
    i.status = 'INCORPORATED', i.awaiting = FALSE;
INSERT INTO input_status_change (input_id, status, changed_at, changed_by)
SELECT input_id, 'INCORPORATED', credited_at, credited_by FROM decision_credit WHERE decision_id > @d0;

-- step: followers of credited chains (the author and those who supported the input before the credit)
-- chunks: ${decisions} 2000
INSERT IGNORE INTO chain_follower (decision_id, account_id, following, since)
SELECT c.decision_id, i.author_id, TRUE, c.credited_at
FROM decision_credit c JOIN input i ON i.id = c.input_id
WHERE c.decision_id BETWEEN @d0 + ${lo} AND @d0 + ${hi}
UNION
SELECT c.decision_id, s.account_id, TRUE, c.credited_at
FROM decision_credit c JOIN input_support s ON s.input_id = c.input_id AND s.created_at <= c.credited_at
WHERE c.decision_id BETWEEN @d0 + ${lo} AND @d0 + ${hi};

-- step: implementation updates
INSERT INTO implementation_update (decision_id, body, body_html, progress, photo_caption, author_id, created_at)
SELECT x.id, x.body, CONCAT('<p>', x.body, '</p>\n'), x.progress, NULL, x.official_id, x.created_at
FROM (
    SELECT d.id, d.official_id, d.created_at + INTERVAL FLOOR(d.span * s.seq / (d.u + 1)) SECOND AS created_at,
           IF(s.seq <= d.np, ROUND(d.lastp * s.seq / d.np), NULL) AS progress,
           CASE WHEN d.status = 'PLANNED' THEN 'The design is being prepared with the neighbours; the works are tendered next.'
                WHEN s.seq <= d.np THEN ELT(1 + CRC32(CONCAT('update', d.id, '-', s.seq)) MOD 4,
                    'Work continues on schedule. Expect lane closures on weekdays from 9 am to 4 pm.',
                    'The first stage is finished, and the second starts next week.',
                    'An unexpected drain under the pavement had to be replaced first, so the next stage moves back by about ten days.',
                    'The materials have arrived and the contractor is on site every weekday.')
                WHEN d.status = 'DONE' THEN 'The work is finished and open to everyone. Thank you for your patience during the works.'
                ELSE 'The work is stopped: a survey found that the site cannot be used as planned. The budget returns to the district programme.'
           END AS body
    FROM city_decision d JOIN seq_1_to_4 s ON s.seq <= d.u
) x;

-- step: version history, as the portal records each revision
INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value)
SELECT id, 1, official_id, created_at, 'created', NULL, title FROM city_decision;
INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value)
SELECT d.id, 1, d.official_id, d.created_at, 'credit', NULL, CAST(@i0 + c.n AS CHAR)
FROM city_credit c JOIN city_decision d ON d.j = c.j;
-- revision 2: work starts (status and start date), just before the first update
INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value)
SELECT d.id, 2, d.official_id, d.created_at + INTERVAL FLOOR(d.span / (d.u + 1)) SECOND - INTERVAL 1 HOUR,
       f.field, f.old_value, f.new_value
FROM city_decision d
JOIN (SELECT 1 AS k, 'status' AS field, 'PLANNED' AS old_value, 'IN_PROGRESS' AS new_value
      UNION ALL SELECT 2, 'startDate', NULL, NULL) f
WHERE d.status <> 'PLANNED'
ORDER BY d.id, f.k;
UPDATE decision_version v JOIN decision x ON x.id = v.decision_id
SET v.new_value = DATE_FORMAT(x.start_date, '%Y-%m-%d')
WHERE v.decision_id > @d0 AND v.field = 'startDate';
-- revisions 3 … 2 + np: each update that reported progress
INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value)
SELECT d.id, 2 + s.seq, d.official_id, d.created_at + INTERVAL FLOOR(d.span * s.seq / (d.u + 1)) SECOND,
       'progress', CAST(ROUND(d.lastp * (s.seq - 1) / d.np) AS CHAR), CAST(ROUND(d.lastp * s.seq / d.np) AS CHAR)
FROM city_decision d JOIN seq_1_to_4 s ON s.seq <= d.np;
-- the last revision of a finished or stopped implementation: its status, and progress 100 when done
INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value)
SELECT d.id, d.u + 2, d.official_id, d.created_at + INTERVAL FLOOR(d.span * d.u / (d.u + 1)) SECOND,
       'status', 'IN_PROGRESS', d.status
FROM city_decision d WHERE d.status IN ('DONE', 'CANCELLED');
INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value)
SELECT d.id, d.u + 2, d.official_id, d.created_at + INTERVAL FLOOR(d.span * d.u / (d.u + 1)) SECOND,
       'progress', CAST(d.lastp AS CHAR), '100'
FROM city_decision d WHERE d.status = 'DONE';

-- step: volunteer tasks (past year and next year) on live decisions
CREATE TEMPORARY TABLE city_open (k INT PRIMARY KEY, id BIGINT NOT NULL);
INSERT INTO city_open (k, id) SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM city_decision
WHERE status IN ('PLANNED', 'IN_PROGRESS');
SET @open = (SELECT COUNT(*) FROM city_open);
CREATE TEMPORARY TABLE city_live (k INT PRIMARY KEY, id BIGINT NOT NULL);
INSERT INTO city_live (k, id) SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM city_decision
WHERE status <> 'CANCELLED';
SET @live = (SELECT COUNT(*) FROM city_live);

-- out of every 10 tasks: places and sign-ups; 0 and 9 end full with a waitlist, 1 full without one
CREATE TEMPORARY TABLE city_task_plan (m INT PRIMARY KEY, capacity INT NOT NULL, signups INT NOT NULL);
INSERT INTO city_task_plan (m, capacity, signups) VALUES
    (0, 4, 6), (1, 3, 3), (2, 8, 5), (3, 10, 2), (4, 12, 4), (5, 6, 5), (6, 5, 3), (7, 20, 4), (8, 2, 1), (9, 5, 7);

-- chunks: ${tasks} 10000
INSERT INTO task (id, decision_id, title, description, description_html, place, starts_at, ends_at, capacity,
                  confirmed_count, contact, cancelled, cancel_reason, created_by, created_at, revision)
SELECT @t0 + x.t, COALESCE(IF(x.starts_at > @now, o.id, l.id), l.id), x.title, x.description,
       CONCAT('<p>', x.description, '</p>\n'), x.place, x.starts_at, x.starts_at + INTERVAL x.hours HOUR,
       p.capacity, 0, CONCAT('official', 1 + x.h MOD @officials, '@city.example'), x.h MOD 50 = 0,
       IF(x.h MOD 50 = 0, 'The site is not safe after the storm; the shift moves to a later date.', NULL),
       @a0 + 1 + x.h MOD @officials,
       LEAST(x.starts_at - INTERVAL (7 + x.h MOD 30) DAY, @now - INTERVAL 1 HOUR), 0
FROM (
    SELECT s.seq AS t, s.h, 2 + s.h MOD 3 AS hours,
           CAST(@now AS DATE) + INTERVAL (IF(s.days BETWEEN -1 AND 1, s.days - 2, s.days)) DAY
               + INTERVAL (8 + s.h MOD 10) HOUR AS starts_at,
           ELT(1 + s.h MOD 8, 'Tree planting and watering', 'Crossing marshals on the first school mornings',
               'Guides for the open day', 'Litter pick and bench painting', 'Welcome desk at the warm room',
               'Help older neighbours with the new bus app', 'Set up and clear away the street festival',
               'Count cyclists and pedestrians for the survey') AS title,
           ELT(1 + (s.h DIV 8) MOD 3,
               'No experience needed; gloves, vests and tools are provided, and a short briefing starts the shift.',
               'Bring water and clothes that can get dirty. Children are welcome with an adult.',
               'You will work in pairs with someone who has done it before.') AS description,
           ELT(1 + (s.h DIV 24) MOD 8, 'Mill Street, by the school gate', 'Victoria Park, main entrance',
               'Northside Library, reading room', 'Eastgate community centre', 'Station Square',
               'Hillcrest Park playground', 'Canal Walk, by the lock', 'Market Place') AS place
    FROM (SELECT seq, CRC32(CONCAT('task', seq)) AS h, FLOOR(-365 + 731 * (seq - 1) / ${tasks}) AS days
          FROM seq_${lo}_to_${hi}) s
) x
JOIN city_task_plan p ON p.m = x.t MOD 10
LEFT JOIN city_open o ON o.k = x.h MOD GREATEST(1, @open)
JOIN city_live l ON l.k = x.h MOD @live;

-- step: skills wanted (one or two per task)
INSERT INTO task_skill (task_id, skill)
SELECT id, ELT(1 + CRC32(CONCAT('task', id - @t0)) MOD 8, 'OUTDOOR', 'CARE', 'TEACHING', 'DIGITAL', 'LANGUAGES',
                'DRIVING', 'CRAFTS', 'ORGANISING') FROM task WHERE id > @t0
UNION ALL
SELECT id, ELT(1 + (CRC32(CONCAT('task', id - @t0)) MOD 8 + 3) MOD 8, 'OUTDOOR', 'CARE', 'TEACHING', 'DIGITAL',
                'LANGUAGES', 'DRIVING', 'CRAFTS', 'ORGANISING') FROM task WHERE id > @t0 AND (id - @t0) MOD 2 = 1;

-- step: sign-ups in waitlist order, with withdrawals, promotions, attendance, hours and thanks
-- chunks: ${tasks} 5000
INSERT INTO signup (task_id, account_id, status, created_at, promoted_at, reminder_claimed_at, reminder_sent_at,
                    attendance, hours, recorded_at, thanks, thanks_public, thanked_at)
SELECT y.task_id, y.account_id, y.status, y.created_at, y.promoted_at, NULL,
       IF(y.held, y.starts_at - INTERVAL 1 DAY + INTERVAL 5 MINUTE, NULL),
       IF(y.held, y.attendance, NULL),
       IF(y.held AND y.attendance = 'ATTENDED', y.hours - IF(y.h MOD 7 = 0, 0.5, 0), NULL),
       IF(y.held, y.ends_at + INTERVAL 2 HOUR, NULL),
       IF(y.thanked, 'Thank you for your time and care on this shift; the neighbours noticed, and so did we.', NULL),
       y.thanked AND y.h MOD 2 = 0,
       IF(y.thanked, y.ends_at + INTERVAL 1 DAY, NULL)
FROM (
    SELECT z.*, z.status = 'CONFIRMED' AND z.ends_at < @now AS held,
           z.status = 'CONFIRMED' AND z.ends_at < @now AND z.attendance = 'ATTENDED' AND (z.h DIV 100) MOD 10 < 3 AS thanked
    FROM (
        SELECT t.id AS task_id, t.starts_at, t.ends_at, TIMESTAMPDIFF(HOUR, t.starts_at, t.ends_at) AS hours,
               @a0 + @officials + 1 + (CRC32(CONCAT('volunteers', t.id)) + s.seq * 7) MOD @residents AS account_id,
               CRC32(CONCAT('signup', t.id, '-', s.seq)) AS h,
               IF(CRC32(CONCAT('signup', t.id, '-', s.seq)) MOD 100 < 85, 'ATTENDED', 'NO_SHOW') AS attendance,
               t.created_at + INTERVAL FLOOR(s.seq * w.step) SECOND AS created_at,
               IF((t.id - @t0) MOD 10 = 0 AND s.seq = 5, t.created_at + INTERVAL FLOOR(6.5 * w.step) SECOND, NULL) AS promoted_at,
               CASE WHEN (t.id - @t0) MOD 10 IN (0, 2) AND s.seq = IF((t.id - @t0) MOD 10 = 0, 2, 3) THEN 'WITHDRAWN'
                    WHEN t.cancelled THEN 'CANCELLED'
                    WHEN (t.id - @t0) MOD 10 = 0 AND s.seq = 5 THEN 'CONFIRMED'
                    WHEN s.seq <= t.capacity THEN 'CONFIRMED'
                    ELSE 'WAITLISTED' END AS status
        FROM task t
        JOIN city_task_plan p ON p.m = (t.id - @t0) MOD 10
        JOIN seq_1_to_7 s ON s.seq <= p.signups
        -- sign-ups arrive in the time between the task's creation and its start (or now)
        JOIN (SELECT id, TIMESTAMPDIFF(SECOND, created_at, LEAST(@now, starts_at)) / 10 AS step FROM task
              WHERE id BETWEEN @t0 + ${lo} AND @t0 + ${hi}) w ON w.id = t.id
        WHERE t.id BETWEEN @t0 + ${lo} AND @t0 + ${hi}
    ) z
) y;

-- step: confirmed places of each task, counted from its sign-ups
UPDATE task t JOIN (SELECT task_id, SUM(status = 'CONFIRMED') AS confirmed FROM signup
                    WHERE task_id > @t0 GROUP BY task_id) c ON c.task_id = t.id
SET t.confirmed_count = c.confirmed;

-- step: support counts, counted from the supports
UPDATE input i JOIN (SELECT input_id, COUNT(*) AS supports FROM input_support
                     WHERE input_id > @i0 GROUP BY input_id) c ON c.input_id = i.id
SET i.support_count = c.supports;

-- step: statistics for the optimizer (ANALYZE TABLE)
ANALYZE TABLE account, account_role, input, input_support, input_status_change, decision, decision_credit,
    implementation_update, decision_version, chain_follower, task, task_skill, signup;
