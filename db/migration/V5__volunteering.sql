-- Volunteering: shifts (tasks) that carry out a decision's implementation, residents' sign-ups with a
-- waitlist, attendance, hours and thanks.

CREATE TABLE task (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- the implementation it serves (one per decision)
    decision_id      BIGINT        NOT NULL,
    title            VARCHAR(160)  NOT NULL,
    description      TEXT          NOT NULL,
    description_html MEDIUMTEXT    NOT NULL,
    place            VARCHAR(200)  NOT NULL,
    starts_at        DATETIME(6)   NOT NULL,
    ends_at          DATETIME(6)   NOT NULL,
    capacity         INT           NOT NULL,
    -- sign-ups holding a place; changed only under the task row's lock
    confirmed_count  INT           NOT NULL DEFAULT 0,
    contact          VARCHAR(200)  NOT NULL,
    cancelled        BOOLEAN       NOT NULL DEFAULT FALSE,
    cancel_reason    VARCHAR(500)  NULL,
    created_by       BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    -- bumped by each official's edit (not by sign-ups), so an editor detects a competing edit only
    revision         INT           NOT NULL DEFAULT 0,
    -- the database itself refuses more confirmed volunteers than places
    CONSTRAINT ck_task_capacity CHECK (confirmed_count >= 0 AND confirmed_count <= capacity),
    CONSTRAINT ck_task_shift CHECK (ends_at > starts_at),
    CONSTRAINT fk_task_decision FOREIGN KEY (decision_id) REFERENCES decision (id),
    CONSTRAINT fk_task_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    -- /tasks: upcoming shifts in time order; the chain page: a decision's tasks
    INDEX ix_task_upcoming (cancelled, starts_at),
    INDEX ix_task_decision (decision_id, ends_at),
    -- /admin/tasks: every task, newest shift first
    INDEX ix_task_starts (starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Skills a task wants, from a fixed list the portal translates (OUTDOOR, CARE, …).
CREATE TABLE task_skill (
    task_id  BIGINT      NOT NULL,
    skill    VARCHAR(24) NOT NULL,
    PRIMARY KEY (task_id, skill),
    -- the skill filter of /tasks
    INDEX ix_task_skill (skill, task_id),
    CONSTRAINT fk_task_skill_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE signup (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id           BIGINT        NOT NULL,
    account_id        BIGINT        NOT NULL,
    -- CONFIRMED (holds a place), WAITLISTED, WITHDRAWN, CANCELLED (the task was cancelled)
    status            VARCHAR(16)   NOT NULL,
    -- waitlist order: first come, first promoted
    created_at        DATETIME(6)   NOT NULL,
    promoted_at       DATETIME(6)   NULL,
    -- the reminder: claimed by one node (a lease, so a crash before sending lets another node retry),
    -- then marked sent once the mail server took it
    reminder_claimed_at DATETIME(6) NULL,
    reminder_sent_at  DATETIME(6)   NULL,
    attendance        VARCHAR(16)   NULL,
    hours             DECIMAL(5,2)  NULL,
    recorded_at       DATETIME(6)   NULL,
    thanks            VARCHAR(500)  NULL,
    thanks_public     BOOLEAN       NOT NULL DEFAULT FALSE,
    thanked_at        DATETIME(6)   NULL,
    -- one sign-up per resident per task (withdrawing and signing up again reuses it)
    UNIQUE INDEX ux_signup_task_account (task_id, account_id),
    -- roster and waitlist in order
    INDEX ix_signup_task_status (task_id, status, created_at),
    -- /me/volunteering
    INDEX ix_signup_account (account_id, status),
    -- the reminder job: confirmed sign-ups not yet reminded
    INDEX ix_signup_reminder (status, reminder_sent_at),
    CONSTRAINT fk_signup_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE,
    CONSTRAINT fk_signup_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
