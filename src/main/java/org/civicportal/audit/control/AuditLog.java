package org.civicportal.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.civicportal.platform.audit.Changed;
import org.civicportal.platform.security.ClientAddress;

/**
 * Writes one audit entry, in the caller's transaction (MANDATORY: an entry never commits without the action it
 * records, nor the action without its entry). Who: the actor's account id and the roles they hold at that
 * moment (no name or email: the page joins the accounts that still exist). From where: {@link ClientAddress}
 * of the request being served, none for a background job.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Instance<HttpServletRequest> request;

    /** details: the ids involved and, for an edit, the changed fields (before → after). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long actorId, String action, String targetType, Long targetId, Details details) {
        em.createNativeQuery("INSERT INTO audit_entry (at, actor_account_id, actor_roles, action, target_type, "
                + "target_id, details, client_address, request_id) SELECT UTC_TIMESTAMP(6), ?1, "
                + "(SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ',') FROM account_role r "
                + "WHERE r.account_id = ?1), ?2, ?3, ?4, ?5, ?6, NULL")
                .setParameter(1, actorId).setParameter(2, action).setParameter(3, targetType)
                .setParameter(4, targetId).setParameter(5, details.json()).setParameter(6, address())
                .executeUpdate();
    }

    /**
     * The length of a text staff typed about a resident (a reason, a message), recorded instead of the text:
     * entries are never erased, so they keep no free text that could identify someone (null when none).
     */
    public static Integer length(String text) {
        return text == null ? null : text.codePointCount(0, text.length());
    }

    /** The client's address when a request is being served; null in a background job (no request). */
    private String address() {
        try {
            return clientAddress.of(request.get());
        } catch (RuntimeException noRequest) {
            // No active request context (a scheduled job), or a request proxy with no request behind it.
            return null;
        }
    }

    /** An entry's details, built as JSON (what is shown on /admin/audit and exported as CSV). */
    public static final class Details {

        private final JsonObjectBuilder json = Json.createObjectBuilder();
        private List<Changed> changes = List.of();

        public static Details of() {
            return new Details();
        }

        public Details with(String name, Object value) {
            if (value == null) {
                json.addNull(name);
            } else if (value instanceof java.math.BigDecimal decimal) {
                json.add(name, decimal);
            } else if (value instanceof Number number) {
                json.add(name, number.longValue());
            } else if (value instanceof java.util.Collection<?> values) {
                var array = Json.createArrayBuilder();
                values.forEach(v -> array.add(v instanceof Number n ? Json.createValue(n.longValue())
                        : Json.createValue(String.valueOf(v))));
                json.add(name, array);
            } else if (value instanceof Boolean flag) {
                json.add(name, flag);
            } else {
                json.add(name, value.toString());
            }
            return this;
        }

        public Details changes(List<Changed> changed) {
            this.changes = changed;
            return this;
        }

        public Details changes(Map<String, String> before, Map<String, String> after) {
            return changes(Changed.between(before, after));
        }

        String json() {
            if (!changes.isEmpty()) {
                var fields = Json.createObjectBuilder();
                for (var change : changes) {
                    var pair = Json.createObjectBuilder();
                    pair.add("before", text(change.before()));
                    pair.add("after", text(change.after()));
                    fields.add(change.field(), pair);
                }
                json.add("changes", fields);
            }
            return json.build().toString();
        }

        private static jakarta.json.JsonValue text(String value) {
            return value == null ? jakarta.json.JsonValue.NULL : Json.createValue(value);
        }
    }
}
