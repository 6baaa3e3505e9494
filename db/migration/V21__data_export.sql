-- A resident's copy of everything the portal holds about them (GDPR articles 15 and 20, /me/data): asked for on
-- the page, built in the background by one node (platform/privacy/DataExportJob claims a row with FOR UPDATE
-- SKIP LOCKED and a lease, so a node that stops leaves it to another, or to itself once restarted), offered for
-- seven days, then the file is deleted and the row keeps no path.

CREATE TABLE data_export (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id     BIGINT        NOT NULL,
    -- QUEUED, RUNNING, READY, FAILED, EXPIRED
    state          VARCHAR(10)   NOT NULL DEFAULT 'QUEUED',
    -- the person's language when they asked: the README's
    language       CHAR(2)       NOT NULL,
    -- files written so far out of all, and the one being written (what the page says is being prepared)
    files_done     INT           NOT NULL DEFAULT 0,
    files_total    INT           NOT NULL DEFAULT 0,
    current_file   VARCHAR(64)   NULL,
    -- the file under PORTAL_DATA_DIR/exports: a random name the portal chose, never one a person typed;
    -- NULL before it is ready and once it is deleted
    file_name      VARCHAR(64)   NULL,
    size_bytes     BIGINT        NULL,
    requested_at   DATETIME(6)   NOT NULL,
    started_at     DATETIME(6)   NULL,
    ready_at       DATETIME(6)   NULL,
    expires_at     DATETIME(6)   NULL,
    -- the node building it and until when; a lease that ran out (the node stopped) lets another node take it
    claimed_by     VARCHAR(64)   NULL,
    lease_until    DATETIME(6)   NULL,
    attempts       INT           NOT NULL DEFAULT 0,
    -- why the last attempt failed (for the logs and staff, never shown to the person)
    failure        VARCHAR(500)  NULL,
    -- one export in preparation per person: set while QUEUED or RUNNING, NULL otherwise (NULLs do not clash)
    preparing_for  BIGINT AS (CASE WHEN state IN ('QUEUED', 'RUNNING') THEN account_id END) PERSISTENT,
    UNIQUE INDEX ux_data_export_preparing (preparing_for),
    -- /me/data: the person's newest export
    INDEX ix_data_export_account (account_id, id),
    -- the job: queued ones in order, running ones whose lease ran out, ready ones past their expiry
    INDEX ix_data_export_due (state, lease_until, id),
    INDEX ix_data_export_expiry (state, expires_at),
    CONSTRAINT fk_data_export_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
