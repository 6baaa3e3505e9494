package org.civicportal.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use link sent by email (verification, password reset); only its SHA-256 is stored. */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.BY_HASH, query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = AccountToken.USE_ALL, query = "UPDATE AccountToken t SET t.usedAt = :now "
        + "WHERE t.account = :account AND t.purpose = :purpose AND t.usedAt IS NULL")
public class AccountToken {

    public static final String BY_HASH = "AccountToken.byHash";
    public static final String USE_ALL = "AccountToken.useAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    public AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    public boolean isUsable(TokenPurpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public Account getAccount() {
        return account;
    }
}
