-- The quarter pages' figures and the forums' rebalancing commitments.
--
-- 1. Per-quarter totals of the ledger, kept by the database itself. A quarter page compares five quarters by
--    kind, district and topic; aggregating ledger_entry for that reads every row of those quarters (about
--    1.25 million at 2 million rows over 8 quarters: far beyond the page's 100 ms of database time). These two
--    tables hold the same sums, changed by triggers in the transaction that changes a ledger row, whoever
--    writes it (the observers, the rebuild, a bulk load), so they can never drift from the ledger and need no
--    code of their own. ledger_entry stays the one source: the rebuild repairs it and the triggers follow.

-- Sums per quarter, kind, district and topic (topic 0 where the ledger has none: a key has no NULLs).
CREATE TABLE ledger_quarter_total (
    quarter     INT           NOT NULL,
    kind        VARCHAR(24)   NOT NULL,
    district_id BIGINT        NOT NULL,
    topic_id    BIGINT        NOT NULL,
    amount      DECIMAL(14,2) NOT NULL,
    entries     BIGINT        NOT NULL,
    PRIMARY KEY (quarter, kind, district_id, topic_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- How long answers took, per quarter of the answer, in whole hours (FLOOR(waited_seconds / 3600)): the median
-- and 90th percentile of days to answer come from these counts to the hour, not from every answer.
CREATE TABLE ledger_answer_wait (
    quarter      INT    NOT NULL,
    waited_hours BIGINT NOT NULL,
    answers      BIGINT NOT NULL,
    PRIMARY KEY (quarter, waited_hours)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER ledger_total_insert AFTER INSERT ON ledger_entry FOR EACH ROW
    INSERT INTO ledger_quarter_total (quarter, kind, district_id, topic_id, amount, entries)
    VALUES (NEW.quarter, NEW.kind, NEW.district_id, COALESCE(NEW.topic_id, 0), NEW.amount, 1)
    ON DUPLICATE KEY UPDATE amount = ledger_quarter_total.amount + VALUES(amount),
                            entries = ledger_quarter_total.entries + VALUES(entries);

-- An update moves the row's share from its old key to its new one (two rows of one statement).
CREATE TRIGGER ledger_total_update AFTER UPDATE ON ledger_entry FOR EACH ROW
    INSERT INTO ledger_quarter_total (quarter, kind, district_id, topic_id, amount, entries)
    VALUES (OLD.quarter, OLD.kind, OLD.district_id, COALESCE(OLD.topic_id, 0), -OLD.amount, -1),
           (NEW.quarter, NEW.kind, NEW.district_id, COALESCE(NEW.topic_id, 0), NEW.amount, 1)
    ON DUPLICATE KEY UPDATE amount = ledger_quarter_total.amount + VALUES(amount),
                            entries = ledger_quarter_total.entries + VALUES(entries);

CREATE TRIGGER ledger_total_delete AFTER DELETE ON ledger_entry FOR EACH ROW
    INSERT INTO ledger_quarter_total (quarter, kind, district_id, topic_id, amount, entries)
    VALUES (OLD.quarter, OLD.kind, OLD.district_id, COALESCE(OLD.topic_id, 0), -OLD.amount, -1)
    ON DUPLICATE KEY UPDATE amount = ledger_quarter_total.amount + VALUES(amount),
                            entries = ledger_quarter_total.entries + VALUES(entries);

CREATE TRIGGER ledger_wait_insert AFTER INSERT ON ledger_entry FOR EACH ROW FOLLOWS ledger_total_insert
    INSERT INTO ledger_answer_wait (quarter, waited_hours, answers)
    SELECT NEW.quarter, FLOOR(GREATEST(NEW.waited_seconds, 0) / 3600), 1 FROM DUAL
    WHERE NEW.kind = 'ANSWER' AND NEW.waited_seconds IS NOT NULL
    ON DUPLICATE KEY UPDATE answers = answers + 1;

CREATE TRIGGER ledger_wait_update AFTER UPDATE ON ledger_entry FOR EACH ROW FOLLOWS ledger_total_update
    INSERT INTO ledger_answer_wait (quarter, waited_hours, answers)
    SELECT * FROM (
        SELECT OLD.quarter AS quarter, FLOOR(GREATEST(OLD.waited_seconds, 0) / 3600) AS waited_hours, -1 AS answers
        FROM DUAL WHERE OLD.kind = 'ANSWER' AND OLD.waited_seconds IS NOT NULL
        UNION ALL
        SELECT NEW.quarter, FLOOR(GREATEST(NEW.waited_seconds, 0) / 3600), 1 FROM DUAL
        WHERE NEW.kind = 'ANSWER' AND NEW.waited_seconds IS NOT NULL
    ) AS change_rows
    ON DUPLICATE KEY UPDATE answers = ledger_answer_wait.answers + VALUES(answers);

CREATE TRIGGER ledger_wait_delete AFTER DELETE ON ledger_entry FOR EACH ROW FOLLOWS ledger_total_delete
    INSERT INTO ledger_answer_wait (quarter, waited_hours, answers)
    SELECT OLD.quarter, FLOOR(GREATEST(OLD.waited_seconds, 0) / 3600), -1 FROM DUAL
    WHERE OLD.kind = 'ANSWER' AND OLD.waited_seconds IS NOT NULL
    ON DUPLICATE KEY UPDATE answers = answers - 1;

-- What the ledger already holds (empty on a new portal).
INSERT INTO ledger_quarter_total (quarter, kind, district_id, topic_id, amount, entries)
SELECT quarter, kind, district_id, COALESCE(topic_id, 0), SUM(amount), COUNT(*)
FROM ledger_entry GROUP BY quarter, kind, district_id, COALESCE(topic_id, 0);

INSERT INTO ledger_answer_wait (quarter, waited_hours, answers)
SELECT quarter, FLOOR(GREATEST(waited_seconds, 0) / 3600), COUNT(*)
FROM ledger_entry WHERE kind = 'ANSWER' AND waited_seconds IS NOT NULL
GROUP BY quarter, FLOOR(GREATEST(waited_seconds, 0) / 3600);

-- 2. The first two questions ask what was given and not yet returned: an INPUT without its ANSWER, hours
--    without their RECOGNITION (the same source key). Looking for them row by row reads every input of five
--    quarters (some 440,000 at benchmark size) on each page view; instead the database keeps how many are still
--    open, per quarter given, kind, district and topic, in the same transaction as the ledger row. A given row
--    counts while no return row with its key exists; a return row arriving (or leaving) takes its given row
--    out of the count (or puts it back), in whichever order they are written, so a rebuild that writes the
--    answer before the input still counts right. The probes use ux_ledger_source (kind, source_key).
CREATE TABLE ledger_open (
    kind        VARCHAR(24)   NOT NULL,
    quarter     INT           NOT NULL,
    district_id BIGINT        NOT NULL,
    topic_id    BIGINT        NOT NULL,
    entries     BIGINT        NOT NULL,
    amount      DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (kind, quarter, district_id, topic_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER ledger_open_insert AFTER INSERT ON ledger_entry FOR EACH ROW FOLLOWS ledger_wait_insert
    INSERT INTO ledger_open (kind, quarter, district_id, topic_id, entries, amount)
    SELECT * FROM (
        SELECT NEW.kind AS kind, NEW.quarter AS quarter, NEW.district_id AS district_id,
               COALESCE(NEW.topic_id, 0) AS topic_id, 1 AS entries, NEW.amount AS amount FROM DUAL
        WHERE NEW.kind IN ('INPUT', 'VOLUNTEER_HOURS') AND NOT EXISTS (SELECT 1 FROM ledger_entry r
            WHERE r.kind = IF(NEW.kind = 'INPUT', 'ANSWER', 'RECOGNITION') AND r.source_key = NEW.source_key)
        UNION ALL
        SELECT g.kind, g.quarter, g.district_id, COALESCE(g.topic_id, 0), -1, -g.amount FROM ledger_entry g
        WHERE NEW.kind IN ('ANSWER', 'RECOGNITION') AND g.kind = IF(NEW.kind = 'ANSWER', 'INPUT', 'VOLUNTEER_HOURS')
            AND g.source_key = NEW.source_key
    ) AS change_rows
    ON DUPLICATE KEY UPDATE entries = ledger_open.entries + VALUES(entries),
                            amount = ledger_open.amount + VALUES(amount);

-- An update takes the old row out (as a delete would) and puts the new one in (as an insert would).
CREATE TRIGGER ledger_open_update AFTER UPDATE ON ledger_entry FOR EACH ROW FOLLOWS ledger_wait_update
    INSERT INTO ledger_open (kind, quarter, district_id, topic_id, entries, amount)
    SELECT * FROM (
        SELECT OLD.kind AS kind, OLD.quarter AS quarter, OLD.district_id AS district_id,
               COALESCE(OLD.topic_id, 0) AS topic_id, -1 AS entries, -OLD.amount AS amount FROM DUAL
        WHERE OLD.kind IN ('INPUT', 'VOLUNTEER_HOURS') AND NOT EXISTS (SELECT 1 FROM ledger_entry r
            WHERE r.kind = IF(OLD.kind = 'INPUT', 'ANSWER', 'RECOGNITION') AND r.source_key = OLD.source_key)
        UNION ALL
        SELECT NEW.kind, NEW.quarter, NEW.district_id, COALESCE(NEW.topic_id, 0), 1, NEW.amount FROM DUAL
        WHERE NEW.kind IN ('INPUT', 'VOLUNTEER_HOURS') AND NOT EXISTS (SELECT 1 FROM ledger_entry r
            WHERE r.kind = IF(NEW.kind = 'INPUT', 'ANSWER', 'RECOGNITION') AND r.source_key = NEW.source_key)
        UNION ALL
        SELECT g.kind, g.quarter, g.district_id, COALESCE(g.topic_id, 0), 1, g.amount FROM ledger_entry g
        WHERE OLD.kind IN ('ANSWER', 'RECOGNITION') AND g.kind = IF(OLD.kind = 'ANSWER', 'INPUT', 'VOLUNTEER_HOURS')
            AND g.source_key = OLD.source_key
        UNION ALL
        SELECT g.kind, g.quarter, g.district_id, COALESCE(g.topic_id, 0), -1, -g.amount FROM ledger_entry g
        WHERE NEW.kind IN ('ANSWER', 'RECOGNITION') AND g.kind = IF(NEW.kind = 'ANSWER', 'INPUT', 'VOLUNTEER_HOURS')
            AND g.source_key = NEW.source_key
    ) AS change_rows
    ON DUPLICATE KEY UPDATE entries = ledger_open.entries + VALUES(entries),
                            amount = ledger_open.amount + VALUES(amount);

CREATE TRIGGER ledger_open_delete AFTER DELETE ON ledger_entry FOR EACH ROW FOLLOWS ledger_wait_delete
    INSERT INTO ledger_open (kind, quarter, district_id, topic_id, entries, amount)
    SELECT * FROM (
        SELECT OLD.kind AS kind, OLD.quarter AS quarter, OLD.district_id AS district_id,
               COALESCE(OLD.topic_id, 0) AS topic_id, -1 AS entries, -OLD.amount AS amount FROM DUAL
        WHERE OLD.kind IN ('INPUT', 'VOLUNTEER_HOURS') AND NOT EXISTS (SELECT 1 FROM ledger_entry r
            WHERE r.kind = IF(OLD.kind = 'INPUT', 'ANSWER', 'RECOGNITION') AND r.source_key = OLD.source_key)
        UNION ALL
        SELECT g.kind, g.quarter, g.district_id, COALESCE(g.topic_id, 0), 1, g.amount FROM ledger_entry g
        WHERE OLD.kind IN ('ANSWER', 'RECOGNITION') AND g.kind = IF(OLD.kind = 'ANSWER', 'INPUT', 'VOLUNTEER_HOURS')
            AND g.source_key = OLD.source_key
    ) AS change_rows
    ON DUPLICATE KEY UPDATE entries = ledger_open.entries + VALUES(entries),
                            amount = ledger_open.amount + VALUES(amount);

INSERT INTO ledger_open (kind, quarter, district_id, topic_id, entries, amount)
SELECT g.kind, g.quarter, g.district_id, COALESCE(g.topic_id, 0), COUNT(*), SUM(g.amount) FROM ledger_entry g
WHERE g.kind IN ('INPUT', 'VOLUNTEER_HOURS') AND NOT EXISTS (SELECT 1 FROM ledger_entry r
    WHERE r.kind = IF(g.kind = 'INPUT', 'ANSWER', 'RECOGNITION') AND r.source_key = g.source_key)
GROUP BY g.kind, g.quarter, g.district_id, COALESCE(g.topic_id, 0);

-- 3. Rebalancing commitments: small, concrete exchanges the city commits to at a forum, with an owner and a
--    due quarter. Never deleted: dropped with a public reason, so none can silently disappear.
CREATE TABLE commitment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    text           VARCHAR(500)  NOT NULL,
    -- a department or a role ("Parks department", "Transport staff"), never a person's name
    owner          VARCHAR(120)  NOT NULL,
    -- quarter codes as in the ledger: 20264 is 2026-Q4
    made_quarter   INT           NOT NULL,
    due_quarter    INT           NOT NULL,
    -- OPEN, DONE or DROPPED
    status         VARCHAR(12)   NOT NULL,
    -- public: what became of it (optional for DONE, required for DROPPED)
    outcome        VARCHAR(1000) NULL,
    created_by     BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_by     BIGINT        NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    -- a quarter page: the commitments made in a quarter (this one's, last one's)
    INDEX ix_commitment_made (made_quarter, id),
    -- every later page: open commitments overdue by then
    INDEX ix_commitment_overdue (status, due_quarter, id),
    CONSTRAINT fk_commitment_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT fk_commitment_updated_by FOREIGN KEY (updated_by) REFERENCES account (id),
    CONSTRAINT ck_commitment_status CHECK (status IN ('OPEN', 'DONE', 'DROPPED')),
    CONSTRAINT ck_commitment_due CHECK (due_quarter >= made_quarter),
    CONSTRAINT ck_commitment_dropped CHECK (status <> 'DROPPED' OR outcome IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
