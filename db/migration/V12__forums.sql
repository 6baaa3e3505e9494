-- The quarterly forum: one event per quarter (when, where and/or online, minutes once held), residents'
-- RSVPs with the reminder the day before, attendance recorded by staff, and written participation (the three
-- questions answered in writing, moderated like inputs). Attendance and published written answers are
-- FORUM_PARTICIPATION in the ledger (reciprocity/control/ForumLedger).

CREATE TABLE forum_event (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- the quarter it belongs to, as the ledger writes it: 20264 is 2026-Q4; one event per quarter
    quarter       INT           NOT NULL,
    starts_at     DATETIME(6)   NOT NULL,
    -- where people meet, and/or the link to join online: at least one of the two
    place         VARCHAR(200)  NULL,
    online_link   VARCHAR(500)  NULL,
    -- the minutes once held: Markdown as typed and the sanitised HTML shown
    minutes       TEXT          NULL,
    minutes_html  MEDIUMTEXT    NULL,
    created_by    BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    -- bumped by each staff edit, so an editor detects a competing edit
    revision      INT           NOT NULL DEFAULT 0,
    UNIQUE INDEX ux_forum_event_quarter (quarter),
    -- the reminder job: events starting within a day
    INDEX ix_forum_event_starts (starts_at),
    CONSTRAINT ck_forum_event_where CHECK (place IS NOT NULL OR online_link IS NOT NULL),
    CONSTRAINT fk_forum_event_created_by FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forum_rsvp (
    event_id            BIGINT      NOT NULL,
    account_id          BIGINT      NOT NULL,
    -- TRUE going, FALSE not going (a resident may change their mind)
    going               BOOLEAN     NOT NULL,
    answered_at         DATETIME(6) NOT NULL,
    -- the reminder: claimed by one node (a lease), then marked sent once the mail server took it
    reminder_claimed_at DATETIME(6) NULL,
    reminder_sent_at    DATETIME(6) NULL,
    PRIMARY KEY (event_id, account_id),
    -- the page's count and the staff's list of who is going
    INDEX ix_forum_rsvp_going (event_id, going, answered_at),
    -- the reminder job: residents going and not yet reminded
    INDEX ix_forum_rsvp_reminder (going, reminder_sent_at, event_id),
    INDEX ix_forum_rsvp_account (account_id),
    CONSTRAINT fk_forum_rsvp_event FOREIGN KEY (event_id) REFERENCES forum_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_rsvp_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forum_attendance (
    event_id     BIGINT      NOT NULL,
    account_id   BIGINT      NOT NULL,
    -- the resident's home district when it was recorded (else Citywide): the ledger row's district, so a
    -- rebuild finds the same row after the resident moves
    district_id  BIGINT      NOT NULL,
    recorded_by  BIGINT      NOT NULL,
    recorded_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (event_id, account_id),
    INDEX ix_forum_attendance_account (account_id),
    CONSTRAINT fk_forum_attendance_event FOREIGN KEY (event_id) REFERENCES forum_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_attendance_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_attendance_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_forum_attendance_by FOREIGN KEY (recorded_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Written participation: a resident's answers to the three questions for a quarter, shown without their name.
CREATE TABLE forum_answer (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    quarter       INT           NOT NULL,
    account_id    BIGINT        NOT NULL,
    -- the resident's home district when first written (else Citywide): "a resident of …" and the ledger's
    district_id   BIGINT        NOT NULL,
    -- the three questions: given without return; received without giving back; what would rebalance
    unreturned    TEXT          NOT NULL,
    unreciprocated TEXT         NOT NULL,
    rebalance     TEXT          NOT NULL,
    -- when first written: the participation's time in the ledger
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    report_count  INT           NOT NULL DEFAULT 0,
    hidden        BOOLEAN       NOT NULL DEFAULT FALSE,
    hidden_reason VARCHAR(300)  NULL,
    version       INT           NOT NULL DEFAULT 0,
    -- one participation per resident per quarter
    UNIQUE INDEX ux_forum_answer_author (quarter, account_id),
    -- the quarter page: published answers, oldest first
    INDEX ix_forum_answer_quarter (quarter, hidden, created_at),
    -- /admin/forums: reported and hidden answers
    INDEX ix_forum_answer_reports (report_count, hidden),
    INDEX ix_forum_answer_account (account_id),
    CONSTRAINT fk_forum_answer_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_answer_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forum_answer_report (
    answer_id   BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    reason      VARCHAR(16) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    -- one report per resident per answer, so three reports are three people
    PRIMARY KEY (answer_id, account_id),
    INDEX ix_forum_answer_report_account (account_id),
    CONSTRAINT fk_forum_answer_report_answer FOREIGN KEY (answer_id) REFERENCES forum_answer (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_answer_report_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

