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
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), entries = entries + VALUES(entries);

-- An update moves the row's share from its old key to its new one (two rows of one statement).
CREATE TRIGGER ledger_total_update AFTER UPDATE ON ledger_entry FOR EACH ROW
    INSERT INTO ledger_quarter_total (quarter, kind, district_id, topic_id, amount, entries)
    VALUES (OLD.quarter, OLD.kind, OLD.district_id, COALESCE(OLD.topic_id, 0), -OLD.amount, -1),
           (NEW.quarter, NEW.kind, NEW.district_id, COALESCE(NEW.topic_id, 0), NEW.amount, 1)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), entries = entries + VALUES(entries);

CREATE TRIGGER ledger_total_delete AFTER DELETE ON ledger_entry FOR EACH ROW
    INSERT INTO ledger_quarter_total (quarter, kind, district_id, topic_id, amount, entries)
    VALUES (OLD.quarter, OLD.kind, OLD.district_id, COALESCE(OLD.topic_id, 0), -OLD.amount, -1)
    ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), entries = entries + VALUES(entries);

CREATE TRIGGER ledger_wait_insert AFTER INSERT ON ledger_entry FOR EACH ROW FOLLOWS ledger_total_insert
    INSERT INTO ledger_answer_wait (quarter, waited_hours, answers)
    SELECT NEW.quarter, FLOOR(GREATEST(NEW.waited_seconds, 0) / 3600), 1 FROM DUAL
    WHERE NEW.kind = 'ANSWER' AND NEW.waited_seconds IS NOT NULL
    ON DUPLICATE KEY UPDATE answers = answers + 1;

CREATE TRIGGER ledger_wait_update AFTER UPDATE ON ledger_entry FOR EACH ROW FOLLOWS ledger_total_update
    INSERT INTO ledger_answer_wait (quarter, waited_hours, answers)
    SELECT OLD.quarter, FLOOR(GREATEST(OLD.waited_seconds, 0) / 3600), -1 FROM DUAL
    WHERE OLD.kind = 'ANSWER' AND OLD.waited_seconds IS NOT NULL
    UNION ALL
    SELECT NEW.quarter, FLOOR(GREATEST(NEW.waited_seconds, 0) / 3600), 1 FROM DUAL
    WHERE NEW.kind = 'ANSWER' AND NEW.waited_seconds IS NOT NULL
    ON DUPLICATE KEY UPDATE answers = answers + VALUES(answers);

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

-- 2. The first two questions look for what was given and not yet returned: INPUT rows without their ANSWER,
--    VOLUNTEER_HOURS rows without their RECOGNITION (same source key). This index reads a quarter's rows of one
--    kind with everything the question groups by, and the unique (kind, source_key) answers "returned?".
--    It also counts a district's distinct volunteers (question 2).
CREATE INDEX ix_ledger_given ON ledger_entry (kind, quarter, district_id, topic_id, resident_id, source_key,
    happened_at, amount);

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
