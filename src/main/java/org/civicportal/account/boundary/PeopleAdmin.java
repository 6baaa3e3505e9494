package org.civicportal.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.civicportal.account.control.AccountProblem;
import org.civicportal.account.control.AccountService;
import org.civicportal.account.control.TwoFactorService;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /admin/people: staff find people and grant or revoke roles. Pages are read from the database. */
@Named
@ViewScoped
public class PeopleAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    PageMessages messages;

    private String query = "";
    private LazyDataModel<PersonRow> people;

    @PostConstruct
    void init() {
        currentUser.require(Role.STAFF);
        people = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) accounts.countPeople(query);
            }

            @Override
            public List<PersonRow> load(int first, int pageSize, Map<String, SortMeta> sort,
                    Map<String, FilterMeta> filters) {
                return accounts.searchPeople(query, first, pageSize).stream().map(PersonRow::of).toList();
            }

            @Override
            public String getRowKey(PersonRow row) {
                return String.valueOf(row.id());
            }
        };
    }

    public void setRole(long accountId, String role, boolean granted) {
        currentUser.require(Role.STAFF);
        try {
            accounts.setRole(currentUser.requireAccountId(), accountId, Role.valueOf(role), granted);
            messages.info(granted ? "people.granted" : "people.revoked", messages.text("role." + role));
        } catch (AccountProblem problem) {
            messages.error("account.problem." + problem.kind().name());
        }
    }

    /** A person lost their phone: their two-factor sign-in goes, they enrol again at their next sign-in. */
    public void resetTwoFactor(long accountId) {
        currentUser.require(Role.STAFF);
        if (twoFactor.reset(currentUser.requireAccountId(), accountId)) {
            messages.info("people.twoFactor.wasReset");
        } else {
            messages.info("people.twoFactor.none");
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? "" : query;
    }

    public LazyDataModel<PersonRow> getPeople() {
        return people;
    }
}
