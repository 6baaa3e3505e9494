-- The audit log (issue 13): one row per official or staff action, and per data right a resident exercised.
-- Append-only. actor_account_id has no foreign key on purpose: entries outlive the accounts that made them
-- (an erased account's entries stay, shown as "former member"); no name or email is copied here.
-- at is the database's time (UTC, like every DATETIME of the schema); client_address is null for background
-- jobs; request_id is the request's when it carried one.
CREATE TABLE audit_entry (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    at                DATETIME(6)  NOT NULL DEFAULT UTC_TIMESTAMP(6),
    actor_account_id  BIGINT       NULL,
    actor_roles       VARCHAR(64)  NULL,
    action            VARCHAR(40)  NOT NULL,
    target_type       VARCHAR(24)  NOT NULL,
    target_id         BIGINT       NULL,
    details           TEXT         NOT NULL,
    client_address    VARCHAR(45)  NULL,
    request_id        VARCHAR(64)  NULL,
    CONSTRAINT ck_audit_entry_details CHECK (JSON_VALID(details))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- /admin/audit reads newest first by id (ids grow with time) and pages by id: each filter has its own index
-- ending in id, so a filtered page reads only its rows. The date range narrows on id through the primary key
-- (at grows with id), and the whole log is read on by the primary key.
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor_account_id, id);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, id);
CREATE INDEX ix_audit_entry_target ON audit_entry (target_type, target_id, id);
CREATE INDEX ix_audit_entry_at ON audit_entry (at, id);

-- Defence in depth behind the grants (the portal's own database account may only SELECT and INSERT here, see
-- platform/launcher/AppGrants): no UPDATE or DELETE, by anyone short of the schema's owner dropping these.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only';
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only';
