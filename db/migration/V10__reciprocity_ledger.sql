-- The reciprocity ledger: one row per giving or receiving between a resident and the city, written by the
-- ledger's observers in the transaction of the event, and rebuilt from the source records when asked.

CREATE TABLE ledger_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- INPUT, VOLUNTEER_HOURS, FORUM_PARTICIPATION (resident -> city);
    -- ANSWER, CREDIT, DELIVERY, RECOGNITION (city -> resident)
    kind           VARCHAR(24)   NOT NULL,
    -- the record it is about: 'input:42' (INPUT and its ANSWER), 'credit:7:42' (decision 7 credited input 42:
    -- CREDIT and DELIVERY), 'signup:311' (VOLUNTEER_HOURS and RECOGNITION), 'forum-attendance:…', 'forum-answer:…'
    source_key     VARCHAR(64)   NOT NULL,
    -- the resident on the other side of the exchange (the giver for resident -> city, the receiver otherwise)
    resident_id    BIGINT        NULL,
    -- the acting official (who answered, credited, recorded, thanked): recorded, never shown publicly
    official_id    BIGINT        NULL,
    -- 1, or the hours worked for VOLUNTEER_HOURS
    amount         DECIMAL(9,2)  NOT NULL,
    district_id    BIGINT        NOT NULL,
    -- NULL for what has no topic (forum participation)
    topic_id       BIGINT        NULL,
    -- when it happened (the shift's start for hours), UTC
    happened_at    DATETIME(6)   NOT NULL,
    -- the quarter of happened_at in the city's time zone: 20264 is 2026-Q4
    quarter        INT           NOT NULL,
    -- ANSWER only: seconds from the input to its answer (days to answer without a join)
    waited_seconds BIGINT        NULL,
    -- replaying an event never counts twice
    UNIQUE INDEX ux_ledger_source (kind, source_key),
    -- quarter figures: totals by kind, district and topic come from the index alone
    INDEX ix_ledger_quarter (quarter, kind, district_id, topic_id, amount),
    -- /me/reciprocity and the vitality signals about residents
    INDEX ix_ledger_resident (resident_id, happened_at),
    CONSTRAINT fk_ledger_resident FOREIGN KEY (resident_id) REFERENCES account (id),
    CONSTRAINT fk_ledger_official FOREIGN KEY (official_id) REFERENCES account (id),
    CONSTRAINT fk_ledger_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_ledger_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
