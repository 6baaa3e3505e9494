-- Who acted for the city, so the reciprocity ledger can be rebuilt from the source records alone: who recorded
-- a volunteer's hours, who thanked them, and who marked an implementation delivered. Recorded, never shown
-- publicly. Rows from before this migration keep NULL where nobody can be known.

ALTER TABLE signup
    ADD COLUMN recorded_by BIGINT NULL AFTER recorded_at,
    ADD COLUMN thanked_by  BIGINT NULL AFTER thanked_at,
    ADD CONSTRAINT fk_signup_recorded_by FOREIGN KEY (recorded_by) REFERENCES account (id),
    ADD CONSTRAINT fk_signup_thanked_by FOREIGN KEY (thanked_by) REFERENCES account (id);

ALTER TABLE decision
    ADD COLUMN delivered_by BIGINT NULL AFTER delivered_at,
    ADD CONSTRAINT fk_decision_delivered_by FOREIGN KEY (delivered_by) REFERENCES account (id);

-- A delivery was claimed in the transaction of the edit that made the implementation DONE, and every version row
-- of that edit carries the delivery's instant: its author delivered.
UPDATE decision d
   SET d.delivered_by = (SELECT v.changed_by FROM decision_version v
                          WHERE v.decision_id = d.id AND v.changed_at = d.delivered_at ORDER BY v.id LIMIT 1)
 WHERE d.delivered_at IS NOT NULL;

-- Each rebuild of the ledger (by staff at /admin/ledger or by --rebuild-ledger): what it found, complete counts,
-- the first lines of each kind of difference, and whether it repaired them. /admin/ledger shows the last one.
CREATE TABLE ledger_rebuild (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    finished_at  DATETIME(6)  NOT NULL,
    -- the staff member who ran it; NULL for the launcher
    started_by   BIGINT       NULL,
    missing      BIGINT       NOT NULL,
    extra        BIGINT       NOT NULL,
    different    BIGINT       NOT NULL,
    repaired     BOOLEAN      NOT NULL,
    -- one difference per line, at most a few hundred (the counts are complete)
    found        MEDIUMTEXT   NOT NULL,
    INDEX ix_ledger_rebuild_finished (finished_at),
    CONSTRAINT fk_ledger_rebuild_by FOREIGN KEY (started_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
