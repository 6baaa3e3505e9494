package org.civicportal.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.reference.entity.District;
import org.civicportal.platform.security.Role;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A person who signs in. The email is stored lower-case so it is unique however it is typed. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 80)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    private District district;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "monthly_update_opt_in", nullable = false)
    private boolean monthlyUpdateOptIn;

    /** When the resident last said yes to the monthly update (shown on /me); null while they are out. */
    @Column(name = "monthly_update_opt_in_at")
    private Instant monthlyUpdateOptInAt;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Moves on every password change or reset; sessions signed in under an older one are ended. */
    @Column(name = "credentials_generation", nullable = false)
    private int credentialsGeneration;

    @Version
    private int version;

    /**
     * Lazy: pages that show an author or an official never need their roles (the signed-in person's come from
     * RoleDirectory, once per request). Where a list of accounts does show them (/admin/people), the roles of
     * every account the query read come in one IN query, not one per row.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 16)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash, Language language, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.language = language.code();
        this.createdAt = createdAt;
        this.roles.add(Role.RESIDENT);
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName.strip();
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** A new password also starts a new credentials generation, which ends the sessions signed in before. */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.credentialsGeneration++;
    }

    public int getCredentialsGeneration() {
        return credentialsGeneration;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public Language getLanguage() {
        return Language.fromCode(language).orElse(Language.EN);
    }

    public void setLanguage(Language language) {
        this.language = language.code();
    }

    public boolean isMonthlyUpdateOptIn() {
        return monthlyUpdateOptIn;
    }

    /**
     * Saying yes again while already in keeps the first yes (saving the profile is no new consent); saying no
     * forgets it, and a later yes is a new one.
     */
    public void setMonthlyUpdateOptIn(boolean optIn, Instant now) {
        if (optIn && !monthlyUpdateOptIn) {
            monthlyUpdateOptInAt = now;
        } else if (!optIn) {
            monthlyUpdateOptInAt = null;
        }
        this.monthlyUpdateOptIn = optIn;
    }

    public Instant getMonthlyUpdateOptInAt() {
        return monthlyUpdateOptInAt;
    }

    public boolean isVerified() {
        return emailVerifiedAt != null;
    }

    public void markVerified(Instant when) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = when;
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }
}
