-- Decision chains: what officials decided, the inputs that shaped it, how it is carried out, its public
-- version history, and who follows it.

CREATE TABLE decision (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    title              VARCHAR(160)  NOT NULL,
    summary            VARCHAR(1000) NOT NULL,
    rationale          TEXT          NOT NULL,
    -- The Markdown rendered and sanitised once, when saved.
    rationale_html     MEDIUMTEXT    NOT NULL,
    decided_on         DATE          NOT NULL,
    department         VARCHAR(120)  NOT NULL,
    topic_id           BIGINT        NOT NULL,
    district_id        BIGINT        NOT NULL,
    -- The implementation: one per decision, kept in the same row so one version guards both.
    impl_status        VARCHAR(16)   NOT NULL DEFAULT 'PLANNED',
    progress           TINYINT       NOT NULL DEFAULT 0,
    start_date         DATE          NULL,
    target_date        DATE          NULL,
    budget             DECIMAL(14,2) NULL,
    -- The highest progress milestone (25/50/75/100) followers were told about, so each is told once.
    milestone_notified TINYINT       NOT NULL DEFAULT 0,
    -- Set the first time the implementation reaches DONE: deliveries are recorded once.
    delivered_at       DATETIME(6)   NULL,
    credit_count       INT           NOT NULL DEFAULT 0,
    created_by         BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    -- Number of saved revisions; the public history groups field changes by it.
    revision           INT           NOT NULL DEFAULT 0,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_decision_topic FOREIGN KEY (topic_id) REFERENCES topic (id),
    CONSTRAINT fk_decision_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_decision_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    -- /chains and /api/v1/decisions: newest first, optionally by district, topic or status
    INDEX ix_decision_created (created_at),
    INDEX ix_decision_district (district_id, created_at),
    INDEX ix_decision_topic (topic_id, created_at),
    INDEX ix_decision_status (impl_status, created_at),
    -- the summary of execution by district
    INDEX ix_decision_district_progress (district_id, impl_status, progress)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE decision_credit (
    decision_id  BIGINT       NOT NULL,
    input_id     BIGINT       NOT NULL,
    -- How this input changed the decision: the heart of the product.
    how          VARCHAR(600) NOT NULL,
    credited_by  BIGINT       NOT NULL,
    credited_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (decision_id, input_id),
    -- the input page: chains that credit this input
    INDEX ix_decision_credit_input (input_id, credited_at),
    CONSTRAINT fk_decision_credit_decision FOREIGN KEY (decision_id) REFERENCES decision (id) ON DELETE CASCADE,
    CONSTRAINT fk_decision_credit_input FOREIGN KEY (input_id) REFERENCES input (id),
    CONSTRAINT fk_decision_credit_by FOREIGN KEY (credited_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE implementation_update (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    decision_id    BIGINT       NOT NULL,
    body           TEXT         NOT NULL,
    body_html      MEDIUMTEXT   NOT NULL,
    -- progress reported with this update, when it changed
    progress       TINYINT      NULL,
    -- what the photos show, for people who cannot see them
    photo_caption  VARCHAR(300) NULL,
    author_id      BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    -- the chain page (newest first) and the Atom feed (newest of all)
    INDEX ix_update_decision (decision_id, created_at),
    INDEX ix_update_created (created_at),
    CONSTRAINT fk_update_decision FOREIGN KEY (decision_id) REFERENCES decision (id) ON DELETE CASCADE,
    CONSTRAINT fk_update_author FOREIGN KEY (author_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE update_photo (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    update_id     BIGINT      NOT NULL,
    -- random name of the file under PORTAL_DATA_DIR/photos; never anything the uploader chose
    file_name     VARCHAR(64) NOT NULL,
    content_type  VARCHAR(32) NOT NULL,
    size_bytes    INT         NOT NULL,
    position      INT         NOT NULL,
    UNIQUE INDEX ux_update_photo_file (file_name),
    INDEX ix_update_photo_update (update_id, position),
    CONSTRAINT fk_update_photo_update FOREIGN KEY (update_id) REFERENCES implementation_update (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per changed field per revision: who, when, old → new. Public.
CREATE TABLE decision_version (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    decision_id  BIGINT      NOT NULL,
    revision     INT         NOT NULL,
    changed_by   BIGINT      NOT NULL,
    changed_at   DATETIME(6) NOT NULL,
    field        VARCHAR(32) NOT NULL,
    old_value    TEXT        NULL,
    new_value    TEXT        NULL,
    INDEX ix_decision_version (decision_id, revision),
    CONSTRAINT fk_decision_version_decision FOREIGN KEY (decision_id) REFERENCES decision (id) ON DELETE CASCADE,
    CONSTRAINT fk_decision_version_by FOREIGN KEY (changed_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- People told about a chain's progress. Authors and supporters of a credited input are added when it is
-- credited; unfollowing keeps the row with following = FALSE so a later credit does not follow them again.
CREATE TABLE chain_follower (
    decision_id  BIGINT      NOT NULL,
    account_id   BIGINT      NOT NULL,
    following    BOOLEAN     NOT NULL DEFAULT TRUE,
    since        DATETIME(6) NOT NULL,
    PRIMARY KEY (decision_id, account_id),
    INDEX ix_chain_follower_account (account_id),
    CONSTRAINT fk_chain_follower_decision FOREIGN KEY (decision_id) REFERENCES decision (id) ON DELETE CASCADE,
    CONSTRAINT fk_chain_follower_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
