-- The monthly update (feature `update`): staff draft it from what changed in the month, edit it, and send it
-- through the outbox to every subscriber (or one district or topic); once sent it is also the public page
-- /updates/{yyyy-mm} and an entry of /feeds/updates.atom.

CREATE TABLE monthly_update (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- the month it tells about, 'yyyy-mm': one update per month
    month            CHAR(7)       NOT NULL,
    -- DRAFT, SENDING, PAUSED, SENT, CANCELLED
    state            VARCHAR(10)   NOT NULL DEFAULT 'DRAFT',
    -- the introduction staff write, per language (Markdown, sanitised when rendered)
    intro_en         TEXT          NOT NULL,
    intro_es         TEXT          NOT NULL,
    -- ALL, DISTRICT or TOPIC, with the district's or topic's id
    audience         VARCHAR(10)   NOT NULL DEFAULT 'ALL',
    audience_id      BIGINT        NULL,
    created_by       BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    sent_by          BIGINT        NULL,
    send_started_at  DATETIME(6)   NULL,
    -- when every recipient's row was queued, and when the last one was sent (the public page's date)
    queued_at        DATETIME(6)   NULL,
    finished_at      DATETIME(6)   NULL,
    -- Recipients are queued in chunks in account id order: the last account id queued, so a send that was
    -- interrupted resumes after it and never skips or repeats a recipient.
    queued_through   BIGINT        NOT NULL DEFAULT 0,
    -- how many the audience had when the send started
    recipients       INT           NULL,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_monthly_update_month UNIQUE (month),
    CONSTRAINT fk_monthly_update_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT fk_monthly_update_sent_by FOREIGN KEY (sent_by) REFERENCES account (id),
    -- /updates lists sent updates, newest first
    INDEX ix_monthly_update_state (state, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The items of an update, in the order staff gave them. Drafted items keep what they point at (a decision, a
-- task, a forum…) and the figures of the moment they were drafted, so the sent update does not change later;
-- items staff add have their own title and text.
CREATE TABLE monthly_update_item (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    update_id   BIGINT        NOT NULL,
    position    INT           NOT NULL,
    -- DECISION, PROGRESS, DELIVERY, TASK, FORUM, THANKS, NUMBERS, CUSTOM
    kind        VARCHAR(12)   NOT NULL,
    source_id   BIGINT        NULL,
    title       VARCHAR(200)  NOT NULL,
    body        TEXT          NOT NULL,
    link        VARCHAR(500)  NULL,
    -- the drafted figures as JSON (e.g. places left, credited inputs), rendered per language
    facts       TEXT          NULL,
    CONSTRAINT fk_monthly_update_item_update FOREIGN KEY (update_id) REFERENCES monthly_update (id) ON DELETE CASCADE,
    INDEX ix_monthly_update_item_order (update_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Subscribers by id, opted in and verified: the send's chunks walk this index.
CREATE INDEX ix_account_update_audience ON account (monthly_update_opt_in, id);

-- Drafting an update reads what changed in one month: these let each of its reads walk only that month's rows
-- (the ledger's month totals come from the index alone).
CREATE INDEX ix_ledger_month ON ledger_entry (happened_at, kind, amount);
CREATE INDEX ix_decision_delivered ON decision (delivered_at);
CREATE INDEX ix_task_created ON task (created_at);
CREATE INDEX ix_signup_thanked ON signup (thanked_at);
