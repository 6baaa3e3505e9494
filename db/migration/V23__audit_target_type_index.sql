-- /admin/audit filtered by a target type without a number (`target_type = ? ORDER BY id DESC LIMIT 51`, and its
-- bounded count) cannot use ix_audit_entry_target (target_type, target_id, id) for the order: it would sort
-- every entry of the type. This index serves the type alone, newest first, reading only the page's rows.
CREATE INDEX ix_audit_entry_target_type ON audit_entry (target_type, id);
