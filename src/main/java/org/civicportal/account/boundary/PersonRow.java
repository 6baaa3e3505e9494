package org.civicportal.account.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.security.Role;

/** One line of /admin/people. */
public record PersonRow(long id, String displayName, String email, boolean verified, Instant joined, Set<Role> roles)
        implements Serializable {

    static PersonRow of(Account account) {
        return new PersonRow(account.getId(), account.getDisplayName(), account.getEmail(), account.isVerified(),
                account.getCreatedAt(), Set.copyOf(account.getRoles()));
    }

    public boolean has(String role) {
        return roles.contains(Role.valueOf(role));
    }
}
