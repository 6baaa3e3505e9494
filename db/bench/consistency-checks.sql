-- What must hold between the portal's counters and statuses and the rows they stand for, one query per rule;
-- each counts the rows that break it. Run by `java -jar civic-portal.jar --check-consistency` and at the end of
-- --city-dataset (ConsistencyCheck; docs/benchmarks.md). Unique keys (one support, sign-up, credit or follower
-- per person and thing) are enforced by the database itself and need no query.
-- Format: a "-- check: <what is wrong>" line, then one SELECT COUNT(*) ending with ';' at the end of a line.

-- check: inputs whose support_count is not their number of supports
SELECT COUNT(*) FROM input i
LEFT JOIN (SELECT input_id, COUNT(*) AS n FROM input_support GROUP BY input_id) s ON s.input_id = i.id
WHERE i.support_count <> COALESCE(s.n, 0);

-- check: inputs whose report_count is not their number of reports
SELECT COUNT(*) FROM input i
LEFT JOIN (SELECT input_id, COUNT(*) AS n FROM input_report GROUP BY input_id) r ON r.input_id = i.id
WHERE i.report_count <> COALESCE(r.n, 0);

-- check: inputs supported by their own author
SELECT COUNT(*) FROM input_support s JOIN input i ON i.id = s.input_id WHERE s.account_id = i.author_id;

-- check: inputs whose awaiting flag does not match their status (TRUE exactly for SUBMITTED and UNDER_REVIEW)
SELECT COUNT(*) FROM input WHERE awaiting <> (status IN ('SUBMITTED', 'UNDER_REVIEW'));

-- check: answered, declined or incorporated inputs without their answer, its time or the official who gave it
SELECT COUNT(*) FROM input
WHERE status IN ('ANSWERED', 'DECLINED', 'INCORPORATED')
  AND (answer IS NULL OR answered_at IS NULL OR answered_by IS NULL OR answered_at < created_at);

-- check: inputs still waiting that carry an answer
SELECT COUNT(*) FROM input
WHERE status IN ('SUBMITTED', 'UNDER_REVIEW') AND (answer IS NOT NULL OR answered_at IS NOT NULL OR answered_by IS NOT NULL);

-- check: inputs whose latest status change is not their status
SELECT COUNT(*) FROM input i
WHERE i.status <> COALESCE((SELECT c.status FROM input_status_change c WHERE c.input_id = i.id
                            ORDER BY c.changed_at DESC, c.id DESC LIMIT 1), '');

-- check: credited inputs that are not INCORPORATED
SELECT COUNT(*) FROM input i WHERE i.status <> 'INCORPORATED'
  AND EXISTS (SELECT 1 FROM decision_credit c WHERE c.input_id = i.id);

-- check: INCORPORATED inputs that no decision credits
SELECT COUNT(*) FROM input i WHERE i.status = 'INCORPORATED'
  AND NOT EXISTS (SELECT 1 FROM decision_credit c WHERE c.input_id = i.id);

-- check: credited inputs whose author does not follow (and never unfollowed) the chain
SELECT COUNT(*) FROM decision_credit c JOIN input i ON i.id = c.input_id
WHERE NOT EXISTS (SELECT 1 FROM chain_follower f WHERE f.decision_id = c.decision_id AND f.account_id = i.author_id);

-- check: decisions whose credit_count is not their number of credits
SELECT COUNT(*) FROM decision d
LEFT JOIN (SELECT decision_id, COUNT(*) AS n FROM decision_credit GROUP BY decision_id) c ON c.decision_id = d.id
WHERE d.credit_count <> COALESCE(c.n, 0);

-- check: DONE implementations without progress 100 or a delivery time
SELECT COUNT(*) FROM decision WHERE impl_status = 'DONE' AND (progress <> 100 OR delivered_at IS NULL);

-- check: PLANNED implementations recorded as delivered
SELECT COUNT(*) FROM decision WHERE impl_status = 'PLANNED' AND delivered_at IS NOT NULL;

-- check: progress outside 0-100, or a milestone told that is not 0, 25, 50, 75 or 100
SELECT COUNT(*) FROM decision
WHERE progress NOT BETWEEN 0 AND 100 OR milestone_notified NOT IN (0, 25, 50, 75, 100);

-- check: decisions whose revision is not the latest revision of their version history
SELECT COUNT(*) FROM decision d
LEFT JOIN (SELECT decision_id, MAX(revision) AS r FROM decision_version GROUP BY decision_id) v ON v.decision_id = d.id
WHERE d.revision <> COALESCE(v.r, 0);

-- check: decisions without the "created" entry of their version history
SELECT COUNT(*) FROM decision d
WHERE NOT EXISTS (SELECT 1 FROM decision_version v WHERE v.decision_id = d.id AND v.revision = 1 AND v.field = 'created');

-- check: tasks whose confirmed_count is not their number of CONFIRMED sign-ups
SELECT COUNT(*) FROM task t
LEFT JOIN (SELECT task_id, COUNT(*) AS n FROM signup WHERE status = 'CONFIRMED' GROUP BY task_id) s ON s.task_id = t.id
WHERE t.confirmed_count <> COALESCE(s.n, 0);

-- check: tasks with more confirmed volunteers than places
SELECT COUNT(*) FROM task WHERE confirmed_count > capacity OR confirmed_count < 0;

-- check: cancelled tasks with someone still confirmed or waiting
SELECT COUNT(*) FROM task t WHERE t.cancelled
  AND (t.confirmed_count <> 0 OR EXISTS (SELECT 1 FROM signup s WHERE s.task_id = t.id AND s.status IN ('CONFIRMED', 'WAITLISTED')));

-- check: tasks with a waitlist while places are free
SELECT COUNT(*) FROM task t WHERE NOT t.cancelled AND t.confirmed_count < t.capacity
  AND EXISTS (SELECT 1 FROM signup s WHERE s.task_id = t.id AND s.status = 'WAITLISTED');

-- check: attendance or hours recorded for a sign-up that held no place, before the shift began, or hours without attendance
SELECT COUNT(*) FROM signup s JOIN task t ON t.id = s.task_id
WHERE (s.attendance IS NOT NULL AND (s.status <> 'CONFIRMED' OR s.recorded_at IS NULL OR s.recorded_at < t.starts_at))
   OR (s.hours IS NOT NULL AND (s.attendance IS NULL OR s.attendance <> 'ATTENDED'));

-- check: accounts without any role
SELECT COUNT(*) FROM account a WHERE NOT EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id);
