-- Demo data for the monthly update, loaded once after the other demo files when PORTAL_DEMO_DATA=true: last
-- month's update, sent, so /updates, its page and /feeds/updates.atom are not empty on a fresh demo. Its items
-- are snapshots of the demo chains, a task and the month's numbers, as drafting writes them. No outbox rows: the
-- demo never sent real mail. Dates count from the day the file is loaded. Never load this file into a public
-- portal.

-- The demo accounts said yes to the monthly update when they were created (V15 dated the yeses of accounts that
-- existed before it; the demo's are loaded after it).
UPDATE account SET monthly_update_opt_in_at = created_at
 WHERE monthly_update_opt_in = TRUE AND monthly_update_opt_in_at IS NULL;

SET @staff_id = (SELECT id FROM account WHERE email = 'staff@demo.civicportal.org');
SET @month_start = DATE_FORMAT(UTC_TIMESTAMP(6) - INTERVAL 1 MONTH, '%Y-%m-01');
-- Sent on the 2nd of this month at 09:00, or an hour ago when that is still ahead (never in the future).
SET @sent_at = LEAST(CAST(@month_start AS DATETIME(6)) + INTERVAL 1 MONTH + INTERVAL 1 DAY + INTERVAL 9 HOUR,
                     UTC_TIMESTAMP(6) - INTERVAL 1 HOUR);
SET @crossing = (SELECT id FROM decision WHERE title LIKE 'Signalised raised crossing at Mill Street%');
SET @solar = (SELECT id FROM decision WHERE title LIKE 'Solar panels on Hillcrest%');
SET @shade = (SELECT id FROM decision WHERE title LIKE 'Shade trees and sails%');
SET @marshals = (SELECT id FROM task WHERE title = 'Crossing marshals on the first school morning at Mill Street and 3rd Avenue');

INSERT INTO monthly_update (month, state, intro_en, intro_es, audience, audience_id, created_by, created_at, updated_at,
                            sent_by, send_started_at, queued_at, finished_at, queued_through, recipients, version)
VALUES (DATE_FORMAT(@month_start, '%Y-%m'), 'SENT',
        'Thank you to everyone who **wrote, supported and volunteered** this month. Below: what your input changed, what is being built, and where we need a hand.',
        'Gracias a todas las personas que **escribieron, apoyaron y colaboraron** este mes. Abajo: lo que cambió tu participación, lo que se está construyendo y dónde necesitamos ayuda.',
        'ALL', NULL, @staff_id, @sent_at - INTERVAL 1 DAY, @sent_at, @staff_id, @sent_at, @sent_at,
        @sent_at + INTERVAL 40 MINUTE, 0, 0, 3);
SET @update_id = LAST_INSERT_ID();

INSERT INTO monthly_update_item (update_id, position, kind, source_id, title, body, link, facts)
SELECT @update_id, 0, 'DECISION', d.id, d.title, d.summary, CONCAT('/decisions/', d.id),
       JSON_OBJECT('department', d.department, 'credits',
           -- JSON_EXTRACT keeps the subquery's array JSON (a plain subquery would be quoted as a string)
           JSON_EXTRACT((SELECT JSON_ARRAYAGG(JSON_OBJECT('inputId', i.id, 'input', i.title, 'how', c.how))
            FROM decision_credit c JOIN input i ON i.id = c.input_id WHERE c.decision_id = d.id), '$'))
FROM decision d WHERE d.id = @crossing;

INSERT INTO monthly_update_item (update_id, position, kind, source_id, title, body, link, facts)
SELECT @update_id, 1, 'PROGRESS', d.id, d.title,
       'The scaffolding is up on the library roof and the first panels arrive next week.',
       CONCAT('/decisions/', d.id), JSON_OBJECT('status', 'IN_PROGRESS', 'progress', 40)
FROM decision d WHERE d.id = @solar;

INSERT INTO monthly_update_item (update_id, position, kind, source_id, title, body, link, facts)
SELECT @update_id, 2, 'DELIVERY', d.id, d.title, d.summary, CONCAT('/decisions/', d.id),
       JSON_OBJECT('deliveredAt', DATE_FORMAT(@month_start + INTERVAL 20 DAY + INTERVAL 15 HOUR, '%Y-%m-%dT%H:%i:%sZ'),
                   'credits', d.credit_count)
FROM decision d WHERE d.id = @shade;

INSERT INTO monthly_update_item (update_id, position, kind, source_id, title, body, link, facts)
SELECT @update_id, 3, 'TASK', t.id, t.title, '', CONCAT('/tasks/', t.id),
       JSON_OBJECT('place', t.place, 'startsAt', DATE_FORMAT(t.starts_at, '%Y-%m-%dT%H:%i:%sZ'),
                   'placesLeft', 3, 'capacity', t.capacity)
FROM task t WHERE t.id = @marshals;

INSERT INTO monthly_update_item (update_id, position, kind, source_id, title, body, link, facts) VALUES
    (@update_id, 4, 'NUMBERS', NULL, '', '', '/forums',
     JSON_OBJECT('INPUT', '14', 'VOLUNTEER_HOURS', '37.5', 'FORUM_PARTICIPATION', '0', 'ANSWER', '11', 'CREDIT', '3',
                 'DELIVERY', '2', 'RECOGNITION', '4')),
    (@update_id, 5, 'CUSTOM', NULL, 'The libraries open late on Thursdays',
     'From next month every city library stays open until 21:00 on Thursdays, as many of you asked.',
     'https://library.city.example/thursdays', NULL);
