-- Accounts, their roles and one-time tokens; districts and topics shared by every feature;
-- the attempt log behind sign-in throttling and per-address rate limits.

CREATE TABLE district (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    CONSTRAINT uk_district_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE topic (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name_en     VARCHAR(120) NOT NULL,
    name_es     VARCHAR(120) NOT NULL,
    CONSTRAINT uk_topic_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    email                 VARCHAR(254) NOT NULL,
    display_name          VARCHAR(80)  NOT NULL,
    password_hash         VARCHAR(255) NOT NULL,
    district_id           BIGINT NULL,
    language              CHAR(2)      NOT NULL DEFAULT 'en',
    monthly_update_opt_in BOOLEAN      NOT NULL DEFAULT FALSE,
    email_verified_at     DATETIME(6)  NULL,
    created_at            DATETIME(6)  NOT NULL,
    version               INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_email UNIQUE (email),
    CONSTRAINT fk_account_district FOREIGN KEY (district_id) REFERENCES district (id),
    -- /admin/people searches by name and email, newest first
    INDEX ix_account_display_name (display_name),
    INDEX ix_account_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Only a SHA-256 of each token is stored, so a leaked table cannot be used to take over accounts.
CREATE TABLE account_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_account_token_account (account_id, purpose)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Kept in the database (not in memory) so limits hold across restarts and cluster nodes.
CREATE TABLE auth_attempt (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(24)  NOT NULL,
    subject       VARCHAR(320) NOT NULL,
    attempted_at  DATETIME(6)  NOT NULL,
    INDEX ix_auth_attempt_lookup (kind, subject, attempted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
