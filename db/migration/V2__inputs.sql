-- Resident input: priorities and ideas, supports ("me too"), status history, reports for moderation.

CREATE TABLE input (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    author_id       BIGINT        NOT NULL,
    title           VARCHAR(120)  NOT NULL,
    body            TEXT          NOT NULL,
    -- The Markdown rendered and sanitised once, when saved; pages and the API serve this.
    body_html       MEDIUMTEXT    NOT NULL,
    topic_id        BIGINT        NOT NULL,
    district_id     BIGINT        NOT NULL,
    place           VARCHAR(200)  NULL,
    status          VARCHAR(16)   NOT NULL,
    -- true while SUBMITTED or UNDER_REVIEW: the "longest waiting" order and the officials' queue use it
    awaiting        BOOLEAN       NOT NULL DEFAULT TRUE,
    support_count   INT           NOT NULL DEFAULT 0,
    report_count    INT           NOT NULL DEFAULT 0,
    hidden          BOOLEAN       NOT NULL DEFAULT FALSE,
    hidden_reason   VARCHAR(300)  NULL,
    created_at      DATETIME(6)   NOT NULL,
    answered_at     DATETIME(6)   NULL,
    answered_by     BIGINT        NULL,
    answer          TEXT          NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_input_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_input_topic FOREIGN KEY (topic_id) REFERENCES topic (id),
    CONSTRAINT fk_input_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_input_answered_by FOREIGN KEY (answered_by) REFERENCES account (id),
    -- /inputs: visible inputs, newest / most supported / waiting longest, optionally by status, topic, district
    INDEX ix_input_list_created (hidden, created_at),
    INDEX ix_input_list_support (hidden, support_count, created_at),
    INDEX ix_input_status (hidden, status, created_at),
    INDEX ix_input_waiting (hidden, awaiting DESC, created_at),
    INDEX ix_input_topic (topic_id, hidden, created_at),
    INDEX ix_input_district (district_id, hidden, created_at),
    -- /me: my inputs
    INDEX ix_input_author (author_id, created_at),
    -- /admin/moderation: reported and hidden inputs
    INDEX ix_input_reports (report_count, hidden),
    -- similar-input suggestions and the text filter
    FULLTEXT INDEX ft_input_text (title, body)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE input_support (
    input_id    BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    -- one support per resident per input, enforced by the database
    PRIMARY KEY (input_id, account_id),
    INDEX ix_input_support_account (account_id),
    CONSTRAINT fk_input_support_input FOREIGN KEY (input_id) REFERENCES input (id) ON DELETE CASCADE,
    CONSTRAINT fk_input_support_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE input_status_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    input_id    BIGINT      NOT NULL,
    status      VARCHAR(16) NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    changed_by  BIGINT      NULL,
    INDEX ix_input_status_change (input_id, changed_at),
    CONSTRAINT fk_input_status_change_input FOREIGN KEY (input_id) REFERENCES input (id) ON DELETE CASCADE,
    CONSTRAINT fk_input_status_change_by FOREIGN KEY (changed_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE input_report (
    input_id    BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    reason      VARCHAR(16) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    -- one report per resident per input, so three reports are three people
    PRIMARY KEY (input_id, account_id),
    CONSTRAINT fk_input_report_input FOREIGN KEY (input_id) REFERENCES input (id) ON DELETE CASCADE,
    CONSTRAINT fk_input_report_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
