-- Issue 13, "Delete my account" (account/control/AccountErasure): what becomes of a resident's rows when their
-- account row goes. The account's own data (name, email, password, preferences, tokens, roles) goes with the
-- row. What the resident gave the city stays, detached from them, so no public figure, counter or quarter
-- changes: their inputs and written forum answers as a "former resident"'s, their supports, sign-ups (with the
-- hours), RSVPs, attendance and ledger rows as anonymous rows (account NULL). Rows that are only about the
-- person (follows, reports they made, staff's contacts) are deleted by their feature's observer.
--
-- Every foreign key to account that a feature must handle stays RESTRICT (no ON DELETE rule, or the rule
-- removed here): a feature that forgets its rows makes the erasure fail and roll back, loudly, instead of a
-- cascade silently erasing supports (support_count would no longer match its rows) or volunteer hours. Only
-- the account's own parts keep their cascade (account_role, account_token, which AccountErasure deletes itself
-- anyway) and the staff-only signals about the person (vitality_contact, vitality_quiet_giver), which are
-- about them and nothing else.
--
-- The columns an official's act fills (answered_by, created_by, credited_by, recorded_by, changed_by, …) are left
-- as they are, RESTRICT, on purpose: acts in the city's name stay attributed. An account holding the OFFICIAL or
-- STAFF role cannot erase itself (AccountErasure refuses), and a former official whose acts are on record is
-- refused by these keys (the erasure rolls back; staff close such an account knowingly).

-- Inputs stay as a former resident's: the author goes, the text and its figures stay.
ALTER TABLE input MODIFY author_id BIGINT NULL;

-- Supports stay as anonymous rows, so support_count keeps matching its rows. The primary key named the
-- supporter, which an anonymous row no longer has: a surrogate key, and "one support per resident per input"
-- is kept by a unique index (NULLs never collide in it). The account key loses its cascade.
ALTER TABLE input_support
    DROP FOREIGN KEY fk_input_support_account,
    DROP PRIMARY KEY,
    ADD COLUMN id BIGINT AUTO_INCREMENT PRIMARY KEY FIRST,
    MODIFY account_id BIGINT NULL,
    ADD UNIQUE INDEX ux_input_support (input_id, account_id);
ALTER TABLE input_support
    ADD CONSTRAINT fk_input_support_account FOREIGN KEY (account_id) REFERENCES account (id);

-- Reports are moderation signals of one person: the observer deletes them (report_count keeps the count).
ALTER TABLE input_report
    DROP FOREIGN KEY fk_input_report_account;
ALTER TABLE input_report
    ADD CONSTRAINT fk_input_report_account FOREIGN KEY (account_id) REFERENCES account (id);

-- Follows are the person's own choice: the observer deletes them.
ALTER TABLE chain_follower
    DROP FOREIGN KEY fk_chain_follower_account;
ALTER TABLE chain_follower
    ADD CONSTRAINT fk_chain_follower_account FOREIGN KEY (account_id) REFERENCES account (id);

-- Sign-ups stay as anonymous rows: confirmed_count, the roster's figures, the hours and the thanks' ledger rows
-- do not change. The unique (task_id, account_id) index lets any number of anonymous rows share a task.
ALTER TABLE signup
    DROP FOREIGN KEY fk_signup_account,
    MODIFY account_id BIGINT NULL;
ALTER TABLE signup
    ADD CONSTRAINT fk_signup_account FOREIGN KEY (account_id) REFERENCES account (id);

-- RSVPs and attendance stay as anonymous rows (the forum's figures count them), with a surrogate key as for
-- supports.
ALTER TABLE forum_rsvp
    DROP FOREIGN KEY fk_forum_rsvp_account,
    DROP PRIMARY KEY,
    ADD COLUMN id BIGINT AUTO_INCREMENT PRIMARY KEY FIRST,
    MODIFY account_id BIGINT NULL,
    ADD UNIQUE INDEX ux_forum_rsvp (event_id, account_id);
ALTER TABLE forum_rsvp
    ADD CONSTRAINT fk_forum_rsvp_account FOREIGN KEY (account_id) REFERENCES account (id);

ALTER TABLE forum_attendance
    DROP FOREIGN KEY fk_forum_attendance_account,
    DROP PRIMARY KEY,
    ADD COLUMN id BIGINT AUTO_INCREMENT PRIMARY KEY FIRST,
    MODIFY account_id BIGINT NULL,
    ADD UNIQUE INDEX ux_forum_attendance (event_id, account_id);
ALTER TABLE forum_attendance
    ADD CONSTRAINT fk_forum_attendance_account FOREIGN KEY (account_id) REFERENCES account (id);

-- Written answers stay, as they were always shown: without a name, as "a resident of <district>".
ALTER TABLE forum_answer
    DROP FOREIGN KEY fk_forum_answer_account,
    MODIFY account_id BIGINT NULL;
ALTER TABLE forum_answer
    ADD CONSTRAINT fk_forum_answer_account FOREIGN KEY (account_id) REFERENCES account (id);

ALTER TABLE forum_answer_report
    DROP FOREIGN KEY fk_forum_answer_report_account;
ALTER TABLE forum_answer_report
    ADD CONSTRAINT fk_forum_answer_report_account FOREIGN KEY (account_id) REFERENCES account (id);

-- ledger_entry.resident_id is nullable and RESTRICT since V10: the reciprocity observer sets it NULL.
-- outbox_message.account_id has no key (a message outlives nothing): the outbox observer handles its rows.

-- The update observer finds the THANKS items of an erased account's sign-ups by what they point at.
CREATE INDEX ix_monthly_update_item_source ON monthly_update_item (kind, source_id);
