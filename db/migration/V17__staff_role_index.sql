-- Who holds a role, by role: the staff the monthly update's reminder goes to on the first day of a month
-- (update/control/UpdateReminderJob) are found without reading every resident's role row.
CREATE INDEX ix_account_role_role ON account_role (role, account_id);
