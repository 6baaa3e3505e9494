-- Demo history, loaded once after V4__demo_tasks.sql when PORTAL_DEMO_DATA=true: a year and a half of giving
-- and receiving around the V2–V4 stories, so that the quarterly forum pages and the vitality trends have six
-- quarters to show (the current one and the five before it, for a load in the second month of a quarter).
--
-- Quarter by quarter (k = 0 is the current one; its inputs are written 20 to 30 days before the load, and each
-- earlier quarter's 91 days further back):
-- - six inputs by the demo residents: three from Northside (one answered after 45 days, if that has happened
--   yet, one still submitted, one under review with no answer), three from the other districts answered within
--   one to three days, two of which a decision of the same quarter credits (INCORPORATED);
-- - that decision, delivered (DONE) nine days after its volunteer shift; the current quarter's is still in
--   progress (its delivery in this quarter is V3's Mill Street crossing);
-- - a shift of that chain: two residents of other districts, attended, three hours each, both thanked;
-- - a Northside work day on the Northside clean-up chain: three Northside residents, attended, four hours
--   each, thanked once in six quarters.
-- So Northside gives much (half of these inputs, two thirds of these hours) and receives little (one slow answer
-- in three inputs, and here no credit, no delivery and one thank-you in six quarters). No ledger rows: the
-- ledger rebuild fills them from these records. Every counter, status and history row is what the portal writes for the same story, and
-- `--check-consistency` finds nothing. Times are whole days before the day the file is loaded, at fixed hours;
-- all of them lie in the past. Never load this file into a public portal.

SET @official_id = (SELECT id FROM account WHERE email = 'official@demo.civicportal.org');
-- Midnight UTC of the day the file is loaded; every date and time below counts back from it.
SET @day = CAST(UTC_TIMESTAMP(6) AS DATE);
SET @now = UTC_TIMESTAMP(6);

-- ---------------------------------------------------------------------------------------------------------
-- Who gives: the three Northside residents, and the residents of the other districts in turn
-- ---------------------------------------------------------------------------------------------------------

CREATE TEMPORARY TABLE history_north (j INT PRIMARY KEY, account_id BIGINT NOT NULL);
INSERT INTO history_north (j, account_id)
SELECT 0, id FROM account WHERE email = 'james.okafor@demo.civicportal.org'
UNION ALL SELECT 1, id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'
UNION ALL SELECT 2, id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org';

CREATE TEMPORARY TABLE history_other (j INT PRIMARY KEY, account_id BIGINT NOT NULL, district_id BIGINT NOT NULL);
INSERT INTO history_other (j, account_id, district_id)
SELECT ROW_NUMBER() OVER (ORDER BY FIELD(a.email, 'maria.gonzalez@demo.civicportal.org',
           'aisha.rahman@demo.civicportal.org', 'lucia.fernandez@demo.civicportal.org',
           'daniel.nguyen@demo.civicportal.org', 'emily.carter@demo.civicportal.org',
           'hannah.weiss@demo.civicportal.org', 'tom.brennan@demo.civicportal.org',
           'sofia.herrera@demo.civicportal.org', 'jose.ramirez@demo.civicportal.org')) - 1,
       a.id, a.district_id
FROM account a
WHERE a.email IN ('maria.gonzalez@demo.civicportal.org', 'aisha.rahman@demo.civicportal.org',
                  'lucia.fernandez@demo.civicportal.org', 'daniel.nguyen@demo.civicportal.org',
                  'emily.carter@demo.civicportal.org', 'hannah.weiss@demo.civicportal.org',
                  'tom.brennan@demo.civicportal.org', 'sofia.herrera@demo.civicportal.org',
                  'jose.ramirez@demo.civicportal.org');

-- ---------------------------------------------------------------------------------------------------------
-- The inputs: k is the quarter (0 the current one), j the slot (0–2 Northside, 3–5 the other districts)
-- ---------------------------------------------------------------------------------------------------------

CREATE TEMPORARY TABLE history_input (
    k INT NOT NULL, j INT NOT NULL, title VARCHAR(160) NOT NULL, body TEXT NOT NULL, topic VARCHAR(24) NOT NULL,
    PRIMARY KEY (k, j)) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO history_input (k, j, title, topic, body) VALUES
    (0, 0, 'Clear the blocked drains on Harrow Road before the winter storms', 'safety',
     'Every heavy rain turns the corner of Harrow Road and Pike Street into a pond, and the water reaches the doorsteps of the ground-floor flats.'),
    (0, 1, 'Grit bins on the steep part of Northside Hill', 'safety',
     'Last winter several older neighbours fell on the icy pavement of Northside Hill. Two grit bins, one at the top and one halfway, would let us grit it ourselves.'),
    (0, 2, 'A covered waiting area at the Northside health centre bus stop', 'transport',
     'Patients wait outside in the rain for the bus back home. A simple shelter with a bench would help those who cannot stand for long.'),
    (0, 3, 'Quiet hours at the Riverside swimming pool for people with sensory needs', 'culture',
     'One hour a week with the music off and the lights dimmed would let autistic children and their families use the pool.'),
    (0, 4, 'Water refill stations along the Eastgate running loop', 'climate',
     'The loop around Eastgate Park is popular all year, but there is nowhere to refill a bottle, so people buy plastic ones at the kiosk.'),
    (0, 5, 'Longer green phase for pedestrians at Station Square', 'transport',
     'The green light at Station Square is too short to cross with a pram or a walking stick before the cars start.'),
    (1, 0, 'Repair the broken railings along the Northside canal towpath', 'safety',
     'Three sections of railing along the towpath are missing since the spring, right where children ride their scooters.'),
    (1, 1, 'A youth club evening in the Northside community centre', 'culture',
     'Teenagers in Northside have nowhere to go after school. One evening a week in the community centre hall would be a start.'),
    (1, 2, 'Bins that foxes cannot open on Kestrel Street', 'parks',
     'Every night the foxes tear open the bin bags on Kestrel Street and the pavement is covered in rubbish by morning.'),
    (1, 3, 'Benches in the shade along the Old Town market route', 'parks',
     'Older shoppers walk the whole market route with nowhere to rest in the shade. A few benches by the market hall would help.'),
    (1, 4, 'Secure cycle parking at the Hillcrest station', 'transport',
     'Bicycles left at Hillcrest station are stolen every week. A locked shelter would let more people cycle to the train.'),
    (1, 5, 'Free energy advice sessions at the Eastgate library', 'climate',
     'Many neighbours do not know which grants exist for insulation. A monthly advice session at the library would reach them.'),
    (2, 0, 'Rebuild the collapsed wall of the Northside allotments', 'parks',
     'The boundary wall of the allotments fell in the winter storms and the plots are open to the road.'),
    (2, 1, 'Speed bumps on Orchard Lane in Northside', 'transport',
     'Drivers use Orchard Lane as a shortcut and go far too fast past the nursery.'),
    (2, 2, 'Public toilets in the Northside shopping parade', 'housing',
     'There is not one public toilet in the Northside shopping parade, which keeps older people and parents with small children away.'),
    (2, 3, 'A reading corner for toddlers in the Riverside library', 'culture',
     'The children''s section has no space for toddlers to sit with their parents. A carpeted corner with low shelves would do.'),
    (2, 4, 'Wildflower verges instead of mown grass on Hillcrest Road', 'climate',
     'The wide verges on Hillcrest Road are mown every two weeks. Letting wildflowers grow would help bees and save money.'),
    (2, 5, 'Lower kerbs at the Old Town bus station', 'transport',
     'Wheelchair users cannot get from the bus station to the pavement without going out into the road.'),
    (3, 0, 'Fix the lifts in the Northside tower blocks', 'housing',
     'The lifts in both Northside towers break down every month, and residents on the upper floors are stuck at home for days.'),
    (3, 1, 'A pedestrian crossing at the Northside school on Elder Road', 'transport',
     'Children cross Elder Road between parked cars on their way to school. There is no crossing anywhere near the gate.'),
    (3, 2, 'Replace the flickering lamps in Linden Park', 'safety',
     'Half the lamps along the main path through Linden Park flicker or do not work, and people avoid the park after dark.'),
    (3, 3, 'A weekly farmers'' market in Eastgate square', 'culture',
     'Eastgate has no fresh food market. A weekly farmers'' market in the square would bring people and local growers together.'),
    (3, 4, 'Insulate the Riverside primary school before next winter', 'climate',
     'The classrooms at Riverside primary are so cold in January that children keep their coats on.'),
    (3, 5, 'A community noticeboard at the Hillcrest shops', 'culture',
     'Hillcrest has no place to post events and lost-and-found notices. A covered noticeboard at the shops would do.'),
    (4, 0, 'Clean up the fly-tipping behind the Northside garages', 'parks',
     'Mattresses, fridges and builders'' waste pile up behind the garages on Rook Lane and attract rats.'),
    (4, 1, 'More seats on the number 12 bus from Northside', 'transport',
     'The number 12 is the only bus from Northside to the centre, and at rush hour it is too full to get on.'),
    (4, 2, 'A safe place to lock prams at the Northside clinic', 'housing',
     'Parents have to leave prams outside the clinic unlocked or carry them up the stairs with the baby.'),
    (4, 3, 'Restore the bandstand in Old Town gardens', 'culture',
     'The bandstand has been fenced off for years. Restored, it could host brass bands and school concerts again.'),
    (4, 4, 'Rain gardens on the flooded corner of Eastgate Road', 'climate',
     'After every storm the corner of Eastgate Road floods. Rain gardens would soak up the water and look beautiful.'),
    (4, 5, 'Better signposting to the Riverside walking routes', 'parks',
     'Visitors get lost between the station and the river paths. A few clear signs would bring more people to the river.'),
    (5, 0, 'Reopen the closed public footpath through Northside woods', 'parks',
     'The footpath through the woods has been closed since a tree fell across it, and the detour goes along a busy road.'),
    (5, 1, 'A cash machine in the Northside parade', 'housing',
     'Since the bank closed, older residents have to take two buses to get cash.'),
    (5, 2, 'Stop lorries parking overnight on Heron Street', 'safety',
     'Lorries park overnight on Heron Street with their engines running, and nobody on the street can sleep.'),
    (5, 3, 'A skate park for the teenagers of Hillcrest', 'culture',
     'Teenagers skate in the shopping centre car park because there is nowhere else. A small skate park would give them a place.'),
    (5, 4, 'Repaint the faded road markings around Riverside schools', 'transport',
     'The school markings outside both Riverside schools have faded so much that drivers no longer see them.'),
    (5, 5, 'Composting bins for the Eastgate allotments', 'climate',
     'Allotment holders in Eastgate burn their garden waste because there is no compost collection.');

-- When each input was written and what happened to it. Slot 0 is answered after 45 days, if that lies in the
-- past; slots 1 and 2 wait; slots 3 and 4 are answered after a day or two and credited; slot 5 after three days.
CREATE TEMPORARY TABLE history_story (
    k INT NOT NULL, j INT NOT NULL, author_id BIGINT NOT NULL, district_id BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL, reviewed_at DATETIME(6) NULL, answered_at DATETIME(6) NULL,
    status VARCHAR(16) NOT NULL, PRIMARY KEY (k, j)) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO history_story (k, j, author_id, district_id, created_at, reviewed_at, answered_at, status)
SELECT x.k, x.j, x.author_id, x.district_id, x.created_at, x.reviewed_at,
       IF(x.answer_at < @now, x.answer_at, NULL),
       CASE WHEN x.j = 1 THEN 'SUBMITTED'
            WHEN x.j = 2 OR x.answer_at >= @now THEN 'UNDER_REVIEW'
            ELSE 'ANSWERED' END
FROM (
    SELECT h.k, h.j, COALESCE(n.account_id, o.account_id) AS author_id,
           COALESCE(IF(n.account_id IS NULL, NULL, (SELECT id FROM district WHERE code = 'north')), o.district_id) AS district_id,
           @day - INTERVAL (20 + 91 * h.k + 2 * h.j) DAY + INTERVAL (9 + h.j) HOUR AS created_at,
           IF(h.j = 1, NULL, @day - INTERVAL (20 + 91 * h.k + 2 * h.j) DAY + INTERVAL (9 + h.j) HOUR + INTERVAL 20 HOUR) AS reviewed_at,
           @day - INTERVAL (20 + 91 * h.k + 2 * h.j) DAY + INTERVAL (9 + h.j) HOUR
               + INTERVAL ELT(h.j + 1, 45, 0, 0, 2, 1, 3) DAY + INTERVAL IF(h.j IN (1, 2), 100000, 7) HOUR AS answer_at
    FROM history_input h
    LEFT JOIN history_north n ON h.j < 3 AND n.j = (h.k + h.j) MOD 3
    LEFT JOIN history_other o ON h.j >= 3 AND o.j = (3 * h.k + h.j - 3) MOD 9
) x;

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
SELECT s.author_id, h.title, h.body, CONCAT('<p>', REPLACE(h.body, '''', '&#39;'), '</p>\n'),
       (SELECT id FROM topic WHERE code = h.topic), s.district_id, NULL, s.status,
       s.status IN ('SUBMITTED', 'UNDER_REVIEW'), 0, 0, FALSE, s.created_at, s.answered_at,
       IF(s.answered_at IS NULL, NULL, @official_id),
       IF(s.answered_at IS NULL, NULL, IF(s.j = 0,
          'Thank you, and sorry for the long wait. The works team has inspected the site and the repair is now in the maintenance plan for next quarter.',
          'Thank you. We looked into it straight away and agree; a decision follows on the chain page, and we will post updates there.'))
FROM history_input h JOIN history_story s ON s.k = h.k AND s.j = h.j
ORDER BY s.created_at;

-- Status history, as the portal records it
INSERT INTO input_status_change (input_id, status, changed_at, changed_by)
SELECT i.id, 'SUBMITTED', s.created_at, s.author_id
FROM history_input h JOIN history_story s ON s.k = h.k AND s.j = h.j JOIN input i ON i.title = h.title
UNION ALL
SELECT i.id, 'UNDER_REVIEW', s.reviewed_at, @official_id
FROM history_input h JOIN history_story s ON s.k = h.k AND s.j = h.j JOIN input i ON i.title = h.title
WHERE s.reviewed_at IS NOT NULL
UNION ALL
SELECT i.id, 'ANSWERED', s.answered_at, @official_id
FROM history_input h JOIN history_story s ON s.k = h.k AND s.j = h.j JOIN input i ON i.title = h.title
WHERE s.answered_at IS NOT NULL;

-- ---------------------------------------------------------------------------------------------------------
-- One decision a quarter, in the district of its first credited input, crediting slots 3 and 4 twelve days
-- before the quarter's inputs' day; delivered (DONE) for the earlier quarters, in progress for the current one
-- ---------------------------------------------------------------------------------------------------------

CREATE TEMPORARY TABLE history_decision (
    k INT PRIMARY KEY, title VARCHAR(160) NOT NULL, summary VARCHAR(1000) NOT NULL, department VARCHAR(120) NOT NULL,
    created_at DATETIME(6) NOT NULL, delivered_at DATETIME(6) NULL, shift_at DATETIME(6) NOT NULL)
    DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO history_decision (k, title, summary, department, created_at, delivered_at, shift_at)
SELECT v.k, v.title, v.summary, v.department,
       @day - INTERVAL (8 + 91 * v.k) DAY + INTERVAL 10 HOUR,
       IF(v.k = 0, NULL, @day - INTERVAL (91 * v.k - 10) DAY + INTERVAL 15 HOUR),
       -- the shift: for an earlier quarter a week after the decision and before the delivery; now 5 days ago
       IF(v.k = 0, @day - INTERVAL 5 DAY, @day - INTERVAL (91 * v.k - 1) DAY) + INTERVAL 9 HOUR
FROM (
    SELECT 0 AS k, 'Sensory-friendly hours and refill stations in Riverside and Eastgate' AS title,
           'A weekly quiet hour at the Riverside pool and drinking water refill points on the Eastgate running loop.' AS summary,
           'Department of Sport and Leisure' AS department
    UNION ALL SELECT 1, 'Shaded benches in Old Town and secure cycle parking at Hillcrest station',
           'Twelve shaded benches along the market route, and a locked shelter for forty bicycles at Hillcrest station.',
           'Department of Parks and Public Spaces'
    UNION ALL SELECT 2, 'A toddlers'' corner in Riverside library and wildflower verges on Hillcrest Road',
           'A carpeted reading corner for the under-fives, and two kilometres of verges sown with native wildflowers.',
           'Department of Culture and Libraries'
    UNION ALL SELECT 3, 'Eastgate farmers'' market and insulation of Riverside primary school',
           'A weekly farmers'' market licence for Eastgate square, and roof and wall insulation at Riverside primary.',
           'Department of Economy and Schools'
    UNION ALL SELECT 4, 'The Old Town bandstand restored and rain gardens on Eastgate Road',
           'The bandstand repaired and reopened for concerts, and three rain gardens where Eastgate Road floods.',
           'Department of Parks and Public Spaces'
    UNION ALL SELECT 5, 'A skate park for Hillcrest and new school markings in Riverside',
           'A small concrete skate park next to the Hillcrest playing fields, and repainted markings at both Riverside schools.',
           'Department of Transportation'
) v;

INSERT INTO decision (title, summary, rationale, rationale_html, decided_on, department, topic_id, district_id,
                      impl_status, progress, start_date, target_date, budget, milestone_notified, delivered_at,
                      credit_count, created_by, created_at, updated_at, revision, version)
SELECT d.title, d.summary,
       CONCAT(d.summary, ' Both ideas came from residents, who also volunteered to help get them done.'),
       CONCAT('<p>', REPLACE(d.summary, '''', '&#39;'), ' Both ideas came from residents, who also volunteered to help get them done.</p>\n'),
       CAST(d.created_at AS DATE), d.department,
       (SELECT i.topic_id FROM input i JOIN history_input h ON h.title = i.title WHERE h.k = d.k AND h.j = 3),
       (SELECT s.district_id FROM history_story s WHERE s.k = d.k AND s.j = 3),
       IF(d.k = 0, 'IN_PROGRESS', 'DONE'), IF(d.k = 0, 50, 100), CAST(d.created_at AS DATE),
       IF(d.k = 0, @day + INTERVAL 60 DAY, CAST(d.delivered_at AS DATE)), 40000.00 + 15000 * d.k,
       IF(d.k = 0, 50, 100), d.delivered_at, 2, @official_id, d.created_at,
       COALESCE(d.delivered_at, d.created_at + INTERVAL 2 DAY), 2, 2
FROM history_decision d
ORDER BY d.created_at;

INSERT INTO decision_credit (decision_id, input_id, how, credited_by, credited_at)
SELECT dc.id, i.id,
       IF(h.j = 3, 'This input is the first half of the decision: the residents'' description of the problem shaped where and how the work is done.',
          'This input is the second half of the decision: it was added to the same works so both could be done together.'),
       @official_id, d.created_at
FROM history_decision d
JOIN decision dc ON dc.title = d.title
JOIN history_input h ON h.k = d.k AND h.j IN (3, 4)
JOIN input i ON i.title = h.title;

UPDATE input i JOIN decision_credit c ON c.input_id = i.id JOIN decision d ON d.id = c.decision_id
JOIN history_decision hd ON hd.title = d.title
SET i.status = 'INCORPORATED', i.awaiting = FALSE;

INSERT INTO input_status_change (input_id, status, changed_at, changed_by)
SELECT c.input_id, 'INCORPORATED', c.credited_at, @official_id
FROM decision_credit c JOIN decision d ON d.id = c.decision_id JOIN history_decision hd ON hd.title = d.title;

INSERT INTO chain_follower (decision_id, account_id, following, since)
SELECT c.decision_id, i.author_id, TRUE, c.credited_at
FROM decision_credit c JOIN input i ON i.id = c.input_id JOIN decision d ON d.id = c.decision_id
JOIN history_decision hd ON hd.title = d.title;

INSERT INTO implementation_update (decision_id, body, body_html, progress, photo_caption, author_id, created_at)
SELECT dc.id,
       IF(d.k = 0, 'Work has started on both parts; the first one opens to the public within the month.',
          'Both parts are finished and open. Thank you to the residents who proposed them and to the volunteers who helped.'),
       IF(d.k = 0, '<p>Work has started on both parts; the first one opens to the public within the month.</p>\n',
          '<p>Both parts are finished and open. Thank you to the residents who proposed them and to the volunteers who helped.</p>\n'),
       IF(d.k = 0, 50, 100), NULL, @official_id, dc.updated_at
FROM history_decision d JOIN decision dc ON dc.title = d.title;

INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value)
SELECT dc.id, 1, @official_id, dc.created_at, 'created', NULL, dc.title
FROM history_decision d JOIN decision dc ON dc.title = d.title;
INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value)
SELECT dc.id, 2, @official_id, dc.updated_at, 'status', 'PLANNED', dc.impl_status
FROM history_decision d JOIN decision dc ON dc.title = d.title;
INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value)
SELECT dc.id, 2, @official_id, dc.updated_at, 'progress', '0', CAST(dc.progress AS CHAR)
FROM history_decision d JOIN decision dc ON dc.title = d.title;

-- ---------------------------------------------------------------------------------------------------------
-- Northside's clean-up chain: a programme of resident work days, in progress for a year and a half, that
-- credits no input yet
-- ---------------------------------------------------------------------------------------------------------

SET @north_created_at = @day - INTERVAL 530 DAY + INTERVAL 11 HOUR;
SET @north_started_at = @day - INTERVAL 520 DAY + INTERVAL 9 HOUR;
INSERT INTO decision (title, summary, rationale, rationale_html, decided_on, department, topic_id, district_id,
                      impl_status, progress, start_date, target_date, budget, milestone_notified, delivered_at,
                      credit_count, created_by, created_at, updated_at, revision, version)
VALUES (
    'Northside work days: residents and the city clean up streets and green spaces together',
    'Once a quarter the city brings tools, skips and a crew, and Northside residents give a morning to clean up a street or a green space of their choice.',
    'Northside has the most reports of fly-tipping and litter in the city. Work days with residents clean up faster than the crews alone and keep places clean for longer.',
    '<p>Northside has the most reports of fly-tipping and litter in the city. Work days with residents clean up faster than the crews alone and keep places clean for longer.</p>\n',
    CAST(@north_created_at AS DATE), 'Department of Parks and Public Spaces',
    (SELECT id FROM topic WHERE code = 'parks'), (SELECT id FROM district WHERE code = 'north'),
    'IN_PROGRESS', 50, CAST(@north_started_at AS DATE), @day + INTERVAL 180 DAY, 25000.00, 50, NULL,
    0, @official_id, @north_created_at, @north_started_at, 2, 2);
SET @north_decision_id = LAST_INSERT_ID();

INSERT INTO implementation_update (decision_id, body, body_html, progress, photo_caption, author_id, created_at)
VALUES (@north_decision_id,
    'The first work day is booked; the programme runs for two years, one work day a quarter.',
    '<p>The first work day is booked; the programme runs for two years, one work day a quarter.</p>\n',
    50, NULL, @official_id, @north_started_at);

INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value) VALUES
    (@north_decision_id, 1, @official_id, @north_created_at, 'created', NULL,
     'Northside work days: residents and the city clean up streets and green spaces together'),
    (@north_decision_id, 2, @official_id, @north_started_at, 'status', 'PLANNED', 'IN_PROGRESS'),
    (@north_decision_id, 2, @official_id, @north_started_at, 'progress', '0', '50');

-- ---------------------------------------------------------------------------------------------------------
-- Shifts, all in the past: each quarter a shift of that quarter's chain (two residents of other districts,
-- three hours each, both thanked) and a Northside work day (three Northside residents, four hours, thanked
-- once in six quarters)
-- ---------------------------------------------------------------------------------------------------------

INSERT INTO task (decision_id, title, description, description_html, place, starts_at, ends_at, capacity,
                  confirmed_count, contact, cancelled, cancel_reason, created_by, created_at)
SELECT dc.id, CONCAT('Helpers for the opening: ', d.title),
       'Welcome visitors, hand out leaflets and collect ideas for what comes next.',
       '<p>Welcome visitors, hand out leaflets and collect ideas for what comes next.</p>\n',
       'At the site, meet by the city''s gazebo', d.shift_at, d.shift_at + INTERVAL 3 HOUR, 4, 2,
       'Community team, community@city.example', FALSE, NULL, @official_id, d.created_at + INTERVAL 1 HOUR
FROM history_decision d JOIN decision dc ON dc.title = d.title
UNION ALL
SELECT @north_decision_id,
       CONCAT('Northside work day: ', ELT(d.k + 1, 'Harrow Road drains and verges', 'the canal towpath',
              'the allotments'' boundary', 'Linden Park paths', 'behind the Rook Lane garages', 'the woods footpath')),
       'Gloves, tools and skips are provided. Bring sturdy shoes; tea and sandwiches at the end.',
       '<p>Gloves, tools and skips are provided. Bring sturdy shoes; tea and sandwiches at the end.</p>\n',
       'Northside community centre, 1 Elder Road', d.shift_at - INTERVAL 3 DAY, d.shift_at - INTERVAL 3 DAY + INTERVAL 4 HOUR,
       10, 3, 'Parks team, parks@city.example', FALSE, NULL, @official_id, d.created_at - INTERVAL 20 DAY
FROM history_decision d;

INSERT INTO task_skill (task_id, skill)
SELECT t.id, IF(t.decision_id = @north_decision_id, 'OUTDOOR', 'CARE')
FROM task t WHERE t.title LIKE 'Helpers for the opening: %' OR t.title LIKE 'Northside work day: %';

INSERT INTO signup (task_id, account_id, status, created_at, promoted_at, reminder_sent_at, attendance, hours,
                    recorded_at, thanks, thanks_public, thanked_at)
SELECT t.id, o.account_id, 'CONFIRMED', t.created_at + INTERVAL (1 + o.j MOD 2) HOUR, NULL,
       t.starts_at - INTERVAL 1 DAY, 'ATTENDED', 3.00, t.ends_at + INTERVAL 2 HOUR,
       'Thank you for giving your morning to the opening, and for the ideas you collected from visitors.',
       FALSE, t.ends_at + INTERVAL 1 DAY
FROM history_decision d JOIN decision dc ON dc.title = d.title
JOIN task t ON t.decision_id = dc.id AND t.title LIKE 'Helpers for the opening: %'
JOIN history_other o ON o.j IN ((2 * d.k + 1) MOD 9, (2 * d.k + 5) MOD 9)
UNION ALL
SELECT t.id, n.account_id, 'CONFIRMED', t.created_at + INTERVAL (2 + n.j) DAY, NULL,
       t.starts_at - INTERVAL 1 DAY, 'ATTENDED', 4.00, t.ends_at + INTERVAL 3 HOUR,
       IF(n.j = 0 AND t.title LIKE '%Linden Park%',
          'Thank you for organising the tea and for staying until the last skip was full.', NULL),
       FALSE,
       IF(n.j = 0 AND t.title LIKE '%Linden Park%',
          t.ends_at + INTERVAL 2 DAY, NULL)
FROM task t JOIN history_north n
WHERE t.title LIKE 'Northside work day: %';

DROP TEMPORARY TABLE history_north;
DROP TEMPORARY TABLE history_other;
DROP TEMPORARY TABLE history_input;
DROP TEMPORARY TABLE history_story;
DROP TEMPORARY TABLE history_decision;
