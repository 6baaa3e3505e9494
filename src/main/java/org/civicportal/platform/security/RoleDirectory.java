package org.civicportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The roles a person holds now, read from the database on each request rather than from the groups Jakarta
 * Security recorded at sign-in: a role granted or revoked by staff applies at once, and Payara Micro
 * 6.2025.10 loses those groups under concurrent load (payara/Payara#6145, fixed upstream in 2026).
 */
@ApplicationScoped
public class RoleDirectory {

    @PersistenceContext
    EntityManager em;

    public Set<Role> rolesOf(long accountId) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("SELECT role FROM account_role WHERE account_id = ?1")
                .setParameter(1, accountId).getResultList();
        var roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }
}
