-- Demo data for the quarterly forums, loaded once after the other demo files when PORTAL_DEMO_DATA=true.
-- A forum held in each of the last five quarters (mid-quarter, 17:00 UTC), with minutes and the attendance of
-- demo residents whose accounts existed by then; this quarter's forum scheduled ten days ahead (or just before
-- the quarter ends), with RSVPs and no reminder sent yet; written answers to the three questions in this
-- quarter and the last, one of them hidden by three residents' reports. Dates count from the day the file is
-- loaded. The ledger's FORUM_PARTICIPATION rows are not written here: the rebuild derives them from these
-- tables (reciprocity/control/ForumLedger). Never load this file into a public portal.

SET @staff_id = (SELECT id FROM account WHERE email = 'staff@demo.civicportal.org');
SET @citywide = (SELECT id FROM district WHERE code = 'citywide');
SET @today = CAST(UTC_TIMESTAMP(6) AS DATE);

-- One held forum per quarter, five to one quarters back.
INSERT INTO forum_event (quarter, starts_at, place, online_link, minutes, minutes_html, created_by, created_at, revision)
SELECT YEAR(q.day) * 10 + QUARTER(q.day),
       MAKEDATE(YEAR(q.day), 1) + INTERVAL (QUARTER(q.day) - 1) QUARTER + INTERVAL 45 DAY + INTERVAL 17 HOUR,
       q.place, q.link, q.minutes, q.minutes_html, @staff_id,
       MAKEDATE(YEAR(q.day), 1) + INTERVAL (QUARTER(q.day) - 1) QUARTER + INTERVAL 10 DAY + INTERVAL 9 HOUR, 1
FROM (
    SELECT @today - INTERVAL 5 QUARTER AS day, 'Riverside Community Centre, main hall' AS place, NULL AS link,
           'About thirty residents came. **Main points:** unanswered inputs about street lighting in Riverside; volunteers asked to be told what their hours achieved.\n\n- The roads team will answer every lighting input older than 30 days before the next forum.' AS minutes,
           '<p>About thirty residents came. <strong>Main points:</strong> unanswered inputs about street lighting in Riverside; volunteers asked to be told what their hours achieved.</p>\n<ul>\n<li>The roads team will answer every lighting input older than 30 days before the next forum.</li>\n</ul>\n' AS minutes_html
    UNION ALL
    SELECT @today - INTERVAL 4 QUARTER, 'Hillcrest Library, reading room', 'https://meet.city.example/forum',
           'Held in the library and online. Residents of Eastgate said they give many hours to park work and rarely hear back.',
           '<p>Held in the library and online. Residents of Eastgate said they give many hours to park work and rarely hear back.</p>\n'
    UNION ALL
    SELECT @today - INTERVAL 3 QUARTER, 'Old Town Hall, council chamber', NULL,
           'The city reported on last quarter''s commitments. Two were done; the lighting answers were late.',
           '<p>The city reported on last quarter''s commitments. Two were done; the lighting answers were late.</p>\n'
    UNION ALL
    SELECT @today - INTERVAL 2 QUARTER, NULL, 'https://meet.city.example/forum',
           'An online forum this time. Residents asked for the volunteer tasks of each chain to be sent to the people whose input shaped it.',
           '<p>An online forum this time. Residents asked for the volunteer tasks of each chain to be sent to the people whose input shaped it.</p>\n'
    UNION ALL
    SELECT @today - INTERVAL 1 QUARTER, 'Eastgate Sports Hall', 'https://meet.city.example/forum',
           'Eastgate gives much and receives little: most of its inputs wait for an answer. The parks department will hold office hours in Eastgate.',
           '<p>Eastgate gives much and receives little: most of its inputs wait for an answer. The parks department will hold office hours in Eastgate.</p>\n'
) q;

-- Who attended the held forums: a few demo residents each time, only those with an account by then.
INSERT INTO forum_attendance (event_id, account_id, district_id, recorded_by, recorded_at)
SELECT e.id, a.id, COALESCE(a.district_id, @citywide), @staff_id, e.starts_at + INTERVAL 1 DAY
FROM forum_event e
JOIN (
    SELECT 5 AS back, 'resident@demo.civicportal.org' AS email UNION ALL SELECT 5, 'maria.gonzalez@demo.civicportal.org'
    UNION ALL SELECT 4, 'resident@demo.civicportal.org' UNION ALL SELECT 4, 'james.okafor@demo.civicportal.org'
    UNION ALL SELECT 4, 'aisha.rahman@demo.civicportal.org'
    UNION ALL SELECT 3, 'maria.gonzalez@demo.civicportal.org' UNION ALL SELECT 3, 'tom.brennan@demo.civicportal.org'
    UNION ALL SELECT 2, 'resident@demo.civicportal.org' UNION ALL SELECT 2, 'emily.carter@demo.civicportal.org'
    UNION ALL SELECT 2, 'daniel.nguyen@demo.civicportal.org'
    UNION ALL SELECT 1, 'resident@demo.civicportal.org' UNION ALL SELECT 1, 'james.okafor@demo.civicportal.org'
    UNION ALL SELECT 1, 'sofia.herrera@demo.civicportal.org' UNION ALL SELECT 1, 'carlos.mendoza@demo.civicportal.org'
) who ON e.quarter = YEAR(@today - INTERVAL who.back QUARTER) * 10 + QUARTER(@today - INTERVAL who.back QUARTER)
JOIN account a ON a.email = who.email AND a.created_at < e.starts_at;

-- This quarter's forum, ahead of the day the file is loaded.
SET @quarter_start = MAKEDATE(YEAR(@today), 1) + INTERVAL (QUARTER(@today) - 1) QUARTER;
SET @next_quarter = @quarter_start + INTERVAL 1 QUARTER;
SET @current_starts = LEAST(@today + INTERVAL 10 DAY + INTERVAL 17 HOUR, @next_quarter - INTERVAL 7 HOUR);
INSERT INTO forum_event (quarter, starts_at, place, online_link, created_by, created_at, revision)
VALUES (YEAR(@today) * 10 + QUARTER(@today), @current_starts, 'Northside Civic Centre, hall B',
        'https://meet.city.example/forum', @staff_id, UTC_TIMESTAMP(6) - INTERVAL 2 DAY, 1);
SET @current_event = LAST_INSERT_ID();

INSERT INTO forum_rsvp (event_id, account_id, going, answered_at)
SELECT @current_event, a.id, who.going, UTC_TIMESTAMP(6) - INTERVAL who.hours_ago HOUR
FROM (
    SELECT 'resident@demo.civicportal.org' AS email, TRUE AS going, 30 AS hours_ago
    UNION ALL SELECT 'maria.gonzalez@demo.civicportal.org', TRUE, 26
    UNION ALL SELECT 'james.okafor@demo.civicportal.org', TRUE, 20
    UNION ALL SELECT 'hannah.weiss@demo.civicportal.org', TRUE, 8
    UNION ALL SELECT 'tom.brennan@demo.civicportal.org', FALSE, 5
) who JOIN account a ON a.email = who.email;

-- Written participation: this quarter (one hidden after three reports) and the last.
SET @written_now = LEAST(UTC_TIMESTAMP(6), GREATEST(@quarter_start + INTERVAL 2 DAY, UTC_TIMESTAMP(6) - INTERVAL 3 DAY));
SET @written_before = @quarter_start - INTERVAL 1 QUARTER + INTERVAL 20 DAY + INTERVAL 10 HOUR;
INSERT INTO forum_answer (quarter, account_id, district_id, unreturned, unreciprocated, rebalance, created_at,
                          updated_at, report_count, hidden, hidden_reason)
SELECT w.quarter, a.id, COALESCE(a.district_id, @citywide), w.unreturned, w.unreciprocated, w.rebalance,
       w.written, w.written, w.reports, w.reports >= 3, NULL
FROM (
    SELECT 'aisha.rahman@demo.civicportal.org' AS email, YEAR(@today) * 10 + QUARTER(@today) AS quarter,
           'Old Town residents: our inputs about the market square have waited months for an answer.' AS unreturned,
           '' AS unreciprocated,
           'Answer every input older than 30 days before the next forum, and tell us when.' AS rebalance,
           @written_now AS written, 0 AS reports
    UNION ALL
    SELECT 'peter.lindqvist@demo.civicportal.org', YEAR(@today) * 10 + QUARTER(@today),
           'The volunteers who cleaned the riverbank were never thanked.',
           'Old Town got its new crossing with hardly any local volunteers.',
           'Invite Old Town residents to the crossing''s volunteer shifts.', @written_now - INTERVAL 5 HOUR, 0
    UNION ALL
    SELECT 'lucia.fernandez@demo.civicportal.org', YEAR(@today) * 10 + QUARTER(@today),
           'BUY CHEAP WATCHES at watches.example', '', '', @written_now - INTERVAL 2 HOUR, 3
    UNION ALL
    SELECT 'jose.ramirez@demo.civicportal.org',
           YEAR(@today - INTERVAL 1 QUARTER) * 10 + QUARTER(@today - INTERVAL 1 QUARTER),
           'Eastgate gave many ideas for the park paths and heard nothing back.', '',
           'Office hours in Eastgate where the city answers them.', @written_before, 0
    UNION ALL
    SELECT 'emily.carter@demo.civicportal.org',
           YEAR(@today - INTERVAL 1 QUARTER) * 10 + QUARTER(@today - INTERVAL 1 QUARTER), '',
           'Riverside received the new bus shelters; few of us took part in planning them.',
           'Riverside residents could help map where the next shelters go.', @written_before + INTERVAL 1 DAY, 0
) w JOIN account a ON a.email = w.email;

INSERT INTO forum_answer_report (answer_id, account_id, reason, created_at)
SELECT w.id, a.id, 'SPAM', w.created_at + INTERVAL 1 HOUR
FROM forum_answer w JOIN account author ON author.id = w.account_id
JOIN account a ON a.email IN ('resident@demo.civicportal.org', 'maria.gonzalez@demo.civicportal.org',
                              'james.okafor@demo.civicportal.org')
WHERE author.email = 'lucia.fernandez@demo.civicportal.org';
