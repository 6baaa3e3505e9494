-- Vitality signals (/admin/vitality) and my reciprocity (/me/reciprocity): who staff already reached out to
-- (so nobody is prompted twice), the signals kept once aggregated, and the indexes their reads use.

-- One row per person a staff member contacted from a prompt: an invitation to the open tasks of a chain
-- whose decision credited the resident's input (subject 'decision:7'), or a personal check-in with a quiet
-- giver (subject 'quarter:20264': once a quarter at most).
CREATE TABLE vitality_contact (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- INVITE or CHECK_IN
    kind         VARCHAR(16)  NOT NULL,
    resident_id  BIGINT       NOT NULL,
    subject      VARCHAR(40)  NOT NULL,
    -- the staff member who sent it (and signed it, for a check-in)
    sent_by      BIGINT       NOT NULL,
    sent_at      DATETIME(6)  NOT NULL,
    UNIQUE INDEX ux_vitality_contact (kind, resident_id, subject),
    CONSTRAINT fk_vitality_contact_resident FOREIGN KEY (resident_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_vitality_contact_sent_by FOREIGN KEY (sent_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The signals of a quarter as last aggregated: for good once they can no longer change (30 days after its
-- end: the last inputs' 30 days are over, every newcomer's first 30 days too), for 15 minutes while the
-- quarter still moves, so /admin/vitality does not aggregate the ledger on every view. A ledger rebuild that
-- repairs rows empties it (VitalitySnapshots.forget).
CREATE TABLE vitality_snapshot (
    quarter      INT          NOT NULL,
    -- e.g. answerDays / median
    measure      VARCHAR(24)  NOT NULL,
    series       VARCHAR(24)  NOT NULL,
    -- NULL: nothing to measure
    value        DOUBLE       NULL,
    basis        BIGINT       NOT NULL,
    computed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (quarter, measure, series)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The quiet givers a quarter's last aggregation found (the 100 who gave in the most of the four quarters
-- before), so the prompt lists them without grouping the ledger again on every view.
CREATE TABLE vitality_quiet_giver (
    quarter      INT     NOT NULL,
    resident_id  BIGINT  NOT NULL,
    quarters     INT     NOT NULL,
    PRIMARY KEY (quarter, resident_id),
    INDEX ix_vitality_quiet_order (quarter, quarters, resident_id),
    CONSTRAINT fk_vitality_quiet_resident FOREIGN KEY (resident_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Per kind and quarter: who gave or received (quiet givers, returning volunteers, hours per volunteer for the
-- heroes and the Gini coefficient) and the days to answer, read from the index alone.
CREATE INDEX ix_ledger_kind_quarter ON ledger_entry (kind, quarter, resident_id, amount, happened_at, waited_seconds);
-- A resident's rows of one kind in time order (first input, gave again, received within 30 days), and a
-- resident's totals per quarter on /me/reciprocity from the index alone.
CREATE INDEX ix_ledger_resident_kind ON ledger_entry (resident_id, kind, happened_at, quarter, amount);
-- Rows of a kind newest first: hours never thanked (stops at its 20th unthanked shift).
CREATE INDEX ix_ledger_kind_time ON ledger_entry (kind, happened_at);
-- Credits newest first: credited residents never invited (stops at its 20th resident).
CREATE INDEX ix_decision_credit_time ON decision_credit (credited_at);
