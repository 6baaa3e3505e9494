-- One outbox for every email the portal sends (platform/outbox): a row is written in the business transaction
-- that causes the message, and a dispatcher on each node claims and sends it, so nothing is lost when a node
-- stops or the SMTP server is away, and nothing is sent for a transaction that rolled back.

CREATE TABLE outbox_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- What the message is about, unique, so the same message can never be queued twice
    -- (e.g. 'account/verify:token:41', 'update:7:account:312', 'reminder:signup:88').
    message_key     VARCHAR(190)  NOT NULL,
    -- ACCOUNT (password reset, verification: tried even to a suppressed address), NOTICE (one resident's own
    -- news: an answer, a credit, a reminder), BULK (the monthly update, chain news to followers)
    stream          VARCHAR(10)   NOT NULL,
    -- Rows sent together and paused, resumed or cancelled together, e.g. 'update:7'; NULL for single messages.
    campaign        VARCHAR(64)   NULL,
    account_id      BIGINT        NULL,
    recipient       VARCHAR(254)  NOT NULL,
    language        CHAR(2)       NOT NULL,
    -- e.g. 'account/verify', 'update/monthly': what staff see at /admin/outbox
    template        VARCHAR(80)   NOT NULL,
    -- Either the rendered message (subject, bodies, headers as JSON) or, for bulk sends, the name of the
    -- composer that renders it at sending time from params (so 100,000 rows do not each hold a body).
    composer        VARCHAR(40)   NULL,
    params          VARCHAR(1000) NULL,
    subject         VARCHAR(500)  NULL,
    text_body       MEDIUMTEXT    NULL,
    html_body       MEDIUMTEXT    NULL,
    headers         TEXT          NULL,
    -- Derived from message_key: every attempt carries the same Message-ID.
    message_id      VARCHAR(250)  NOT NULL,
    -- PENDING, RETRYING, SENT, FAILED, HELD (campaign paused), CANCELLED
    state           VARCHAR(10)   NOT NULL DEFAULT 'PENDING',
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    -- The node holding the row and until when; a batch that outlives its lease is not sent by another node
    -- before the lease is over, and the holder renews it while it works.
    claimed_by      VARCHAR(64)   NULL,
    lease_until     DATETIME(6)   NULL,
    -- The SMTP server's last answer (accepted, 4xx, 5xx, or the connection failure)
    last_answer     VARCHAR(500)  NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    CONSTRAINT uk_outbox_message_key UNIQUE (message_key),
    -- the dispatcher's claim: due rows in order
    INDEX ix_outbox_due (state, next_attempt_at),
    -- the claim per stream: ACCOUNT first, then NOTICE, then BULK, so a password reset never waits behind a bulk send
    INDEX ix_outbox_due_stream (state, stream, next_attempt_at),
    -- a campaign's progress, pause and cancel
    INDEX ix_outbox_campaign (campaign, state),
    INDEX ix_outbox_account (account_id),
    INDEX ix_outbox_recipient (recipient),
    -- /admin/outbox: one state's rows, newest first, read on by id (keyset)
    INDEX ix_outbox_list (state, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Addresses that answered a permanent failure (5xx, a hard bounce): no more NOTICE or BULK mail until the
-- owner confirms the address again on /me. ACCOUNT mail is still tried.
CREATE TABLE mail_suppression (
    email          VARCHAR(254)  NOT NULL PRIMARY KEY,
    account_id     BIGINT        NULL,
    -- the server's answer
    reason         VARCHAR(500)  NOT NULL,
    message_key    VARCHAR(190)  NULL,
    suppressed_at  DATETIME(6)   NOT NULL,
    INDEX ix_mail_suppression_account (account_id),
    INDEX ix_mail_suppression_at (suppressed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Secrets the portal generates once and every node shares (e.g. the key signing unsubscribe links, which
-- never expire, so the key must outlive restarts and be the same on every node).
CREATE TABLE signing_key (
    name        VARCHAR(40)   NOT NULL PRIMARY KEY,
    secret      VARBINARY(64) NOT NULL,
    created_at  DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- When the resident said yes to the monthly update (shown on /me); existing opt-ins date from the account.
ALTER TABLE account ADD COLUMN monthly_update_opt_in_at DATETIME(6) NULL AFTER monthly_update_opt_in;
UPDATE account SET monthly_update_opt_in_at = created_at WHERE monthly_update_opt_in = TRUE;
