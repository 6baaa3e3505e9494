-- Demo data for the forums' rebalancing commitments, loaded once after the other demo files when
-- PORTAL_DEMO_DATA=true. Made by staff@demo.civicportal.org at the forums of the last four quarters (quarters
-- counted from the day the file is loaded, in UTC): last quarter's show their follow-through on this quarter's
-- page (one done with a note, one dropped with its public reason, one still open and so overdue), an older one
-- stays overdue on every later page, and two are this quarter's. Owners are departments or roles, never people.
-- Never load this file into a public portal.

SET @staff_id = (SELECT id FROM account WHERE email = 'staff@demo.civicportal.org');
SET @now = UTC_TIMESTAMP(6);
SET @this_q = YEAR(@now) * 10 + QUARTER(@now);
SET @last_day = @now - INTERVAL 3 MONTH;
SET @last_q = YEAR(@last_day) * 10 + QUARTER(@last_day);
SET @older_day = @now - INTERVAL 9 MONTH;
SET @older_q = YEAR(@older_day) * 10 + QUARTER(@older_day);
SET @due_older_day = @now - INTERVAL 6 MONTH;
SET @due_older_q = YEAR(@due_older_day) * 10 + QUARTER(@due_older_day);
SET @next_day = @now + INTERVAL 3 MONTH;
SET @next_q = YEAR(@next_day) * 10 + QUARTER(@next_day);

INSERT INTO commitment (text, owner, made_quarter, due_quarter, status, outcome, created_by, created_at, updated_by,
                        updated_at)
VALUES
    ('Publish the parks maintenance budget by district, so every district can see what it receives.',
     'Parks department', @older_q, @due_older_q, 'OPEN', NULL, @staff_id, @now - INTERVAL 270 DAY, @staff_id,
     @now - INTERVAL 270 DAY),
    ('Answer every input from Eastgate that has waited more than 30 days.',
     'Eastgate district office', @last_q, @last_q, 'DONE',
     'All 14 waiting inputs were answered by the end of the quarter; the district office now checks weekly.',
     @staff_id, @now - INTERVAL 80 DAY, @staff_id, @now - INTERVAL 10 DAY),
    ('Open the central library on Sunday afternoons for a trial month.',
     'Culture and libraries department', @last_q, @last_q, 'DROPPED',
     'The staff budget went to longer weekday evening hours instead, which residents asked for more often.',
     @staff_id, @now - INTERVAL 80 DAY, @staff_id, @now - INTERVAL 12 DAY),
    ('Thank every volunteer within a week of their shift.',
     'Volunteer coordinators', @last_q, @last_q, 'OPEN', NULL, @staff_id, @now - INTERVAL 80 DAY, @staff_id,
     @now - INTERVAL 80 DAY),
    ('Hold the next forum in Riverside, with an online link for those who cannot come.',
     'Community engagement staff', @this_q, @this_q, 'OPEN', NULL, @staff_id, @now - INTERVAL 5 DAY, @staff_id,
     @now - INTERVAL 5 DAY),
    ('Invite the residents credited by the Old Town decisions to its volunteer tasks.',
     'Transport department', @this_q, @next_q, 'OPEN', NULL, @staff_id, @now - INTERVAL 5 DAY, @staff_id,
     @now - INTERVAL 5 DAY);
