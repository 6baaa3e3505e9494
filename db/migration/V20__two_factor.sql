-- issue 13: two-factor sign-in (TOTP, RFC 6238) for every OFFICIAL and STAFF account.
-- One row per enrolled account. The secret is encrypted (AES-256-GCM under the signing_key 'two-factor',
-- the account id bound in as associated data, so a ciphertext copied to another account does not open):
-- 12 bytes IV + 20 bytes secret + 16 bytes tag. last_step is the RFC 6238 time step of the last accepted
-- code: only a later step is accepted, so a code works once (RFC 6238 section 5.2).
CREATE TABLE two_factor (
    account_id   BIGINT        NOT NULL PRIMARY KEY,
    secret       VARBINARY(64) NOT NULL,
    enrolled_at  DATETIME(6)   NOT NULL,
    last_step    BIGINT        NOT NULL,
    CONSTRAINT fk_two_factor_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Ten single-use recovery codes per enrolment, each kept as SHA-256(salt || code) with its own 16-byte salt
-- (the codes carry about 59 random bits: a slow hash adds nothing an offline guesser would notice, and a sign-in
-- compares against up to ten of them). Making new codes deletes the old ones.
CREATE TABLE two_factor_recovery_code (
    id          BIGINT        AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT        NOT NULL,
    salt        BINARY(16)    NOT NULL,
    code_hash   BINARY(32)    NOT NULL,
    used_at     DATETIME(6)   NULL,
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES two_factor (account_id) ON DELETE CASCADE,
    INDEX ix_recovery_code_account (account_id, used_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
