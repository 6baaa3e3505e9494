package org.civicportal.decision.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicportal.decision.control.CreditRefused;
import org.civicportal.decision.control.CreditView;
import org.civicportal.decision.control.DecisionService;
import org.civicportal.decision.control.EditConflict;
import org.civicportal.decision.entity.ImplementationStatus;
import org.civicportal.input.control.InputFilter;
import org.civicportal.input.control.InputService;
import org.civicportal.input.control.InputSort;
import org.civicportal.input.control.InputSummary;
import org.civicportal.input.entity.InputStatus;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.Dates;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * /admin/decision (new) and /admin/decision?id=N (edit): officials write a decision and its
 * implementation, and credit the inputs that shaped it, each with how it changed the decision. The
 * version opened is kept, so a save after someone else's is refused with the text still on the page.
 */
@Named
@ViewScoped
public class DecisionEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a how-sentence field of the picked inputs sits in the page. */
    private static final String HOW_FIELD = "editor:pending:%d:how";

    /** The page's field for each property of {@link DecisionForm}. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "editor:title"), Map.entry("summary", "editor:summary"),
            Map.entry("rationale", "editor:rationale"), Map.entry("decidedOn", "editor:decided-on"),
            Map.entry("department", "editor:department"), Map.entry("topicId", "editor:topic"),
            Map.entry("districtId", "editor:district"), Map.entry("status", "editor:status"),
            Map.entry("progress", "editor:progress"), Map.entry("budget", "editor:budget"));

    @Inject
    DecisionService decisions;

    @Inject
    InputService inputs;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    Dates dates;

    @Inject
    @Param(name = "id")
    Long id;

    private DecisionForm form = new DecisionForm();
    private int openedVersion;
    private List<CreditView> credits = List.of();
    private final List<PendingCredit> pending = new ArrayList<>();
    private String words;
    private List<InputSummary> results = List.of();
    private boolean searched;
    private boolean missing;

    @PostConstruct
    void load() {
        currentUser.require(Role.OFFICIAL);
        if (id == null) {
            // ?id=abc is no decision at all (a 404), not an empty "Publish a decision" form.
            var raw = Faces.getRequestParameter("id");
            missing = raw != null && !raw.isBlank();
            return;
        }
        var decision = decisions.find(id).orElse(null);
        if (decision == null) {
            missing = true;
            return;
        }
        form = DecisionForm.of(decision);
        openedVersion = decision.getVersion();
        credits = decisions.credits(id);
    }

    /** Before rendering: an unknown decision is a 404, with the friendly page. */
    public void requireFound() {
        if (missing) {
            Faces.responseSendError(404, "No such decision");
        }
    }

    /** Inputs that can still be credited: visible, not declined, not already credited or picked. */
    public void search() {
        var found = inputs.list(new InputFilter(null, null, null, words), InputSort.NEWEST, false, 0, 20);
        results = found.stream().filter(r -> r.status() != InputStatus.DECLINED)
                .filter(r -> credits.stream().noneMatch(c -> c.inputId() == r.id()))
                .filter(r -> pending.stream().noneMatch(p -> p.getInputId() == r.id())).limit(10).toList();
        searched = true;
    }

    public void pick(long inputId) {
        results.stream().filter(r -> r.id() == inputId).findFirst().ifPresent(r -> {
            pending.add(new PendingCredit(r.id(), r.title(), r.author()));
            results = results.stream().filter(other -> other.id() != inputId).toList();
        });
    }

    public void unpick(long inputId) {
        pending.removeIf(p -> p.getInputId() == inputId);
    }

    public void save() {
        currentUser.require(Role.OFFICIAL);
        // Every check runs, so every message shows at once.
        if (!fieldsAreValid() | !creditsAreValid() | !datesAreValid()) {
            return;
        }
        var newCredits = pending.stream().map(PendingCredit::toCredit).toList();
        try {
            var me = currentUser.requireAccountId();
            var saved = id == null ? decisions.publish(me, form.content(), newCredits)
                    : decisions.save(id, openedVersion, me, form.content(), newCredits);
            messages.infoAfterRedirect(id == null ? "decision.published" : "decision.saved");
            Faces.redirect("decisions/" + saved.getId());
        } catch (EditConflict conflict) {
            messages.error("decision.conflict", conflict.savedBy(), dates.dateTime(conflict.savedAt()));
        } catch (CreditRefused refused) {
            messages.error("decision.creditRefused", String.valueOf(refused.inputId()));
        }
    }

    private boolean fieldsAreValid() {
        boolean valid = true;
        for (var property : FIELDS.entrySet()) {
            valid &= messages.violations(property.getValue(),
                    validator().validateProperty(form, property.getKey()));
        }
        return valid;
    }

    private boolean creditsAreValid() {
        if (id == null && pending.isEmpty()) {
            messages.fieldError("editor:words", "decision.credits.required");
            return false;
        }
        boolean valid = true;
        for (int i = 0; i < pending.size(); i++) {
            valid &= messages.violations(HOW_FIELD.formatted(i), validator().validate(pending.get(i)));
        }
        return valid;
    }

    /** Looked up when needed: this bean may be serialised to another node, the validator need not be. */
    private static Validator validator() {
        return CDI.current().select(Validator.class).get();
    }

    private boolean datesAreValid() {
        if (form.targetBeforeStart()) {
            messages.fieldError("editor:target-date", "decision.targetDate.beforeStart");
            return false;
        }
        return true;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public ImplementationStatus[] getStatuses() {
        return ImplementationStatus.values();
    }

    public DecisionForm getForm() {
        return form;
    }

    public List<CreditView> getCredits() {
        return credits;
    }

    public List<PendingCredit> getPending() {
        return pending;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public List<InputSummary> getResults() {
        return results;
    }

    public boolean isSearched() {
        return searched;
    }
}
