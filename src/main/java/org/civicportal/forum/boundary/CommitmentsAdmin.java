package org.civicportal.forum.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicportal.forum.control.CommitmentCatalog;
import org.civicportal.forum.control.CommitmentProblem;
import org.civicportal.forum.control.CommitmentService;
import org.civicportal.forum.control.CommitmentView;
import org.civicportal.forum.entity.CommitmentStatus;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.text.PlainText;
import org.civicportal.platform.time.CityTime;
import org.civicportal.platform.time.Quarter;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.FormFields;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * /admin/commitments: staff make the quarter's rebalancing commitments and follow them up (due quarter, status,
 * public note or reason). One form around the list, fields per row keyed by the commitment: a refused row keeps
 * what was typed, beside the field, and the other rows' text survives the redirect after a save.
 */
@Named
@ViewScoped
public class CommitmentsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_TEXT = 500;
    static final int MAX_OWNER = 120;
    static final int MAX_OUTCOME = 1000;
    private static final String DRAFTS = "commitments.drafts";

    @Inject
    CommitmentService service;

    @Inject
    CommitmentCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    CityTime cityTime;

    private String text;
    private String owner;
    private String due;

    /** What each row's fields hold: due quarter, status and outcome, keyed by commitment id. */
    private final Map<Long, String> dues = new HashMap<>();
    private final Map<Long, String> statuses = new HashMap<>();
    private final Map<Long, String> outcomes = new HashMap<>();

    /** Kept for the life of the view: a postback finds the same commitment, at the version the person saw. */
    private List<CommitmentView> commitments;

    @PostConstruct
    void requireRole() {
        currentUser.require(Role.STAFF);
        var drafts = new HashMap<Long, String[]>();
        FormFields.restoreDrafts(DRAFTS, drafts);
        drafts.forEach((id, row) -> {
            dues.put(id, row[0]);
            statuses.put(id, row[1]);
            outcomes.put(id, row[2]);
        });
    }

    public List<CommitmentView> getCommitments() {
        if (commitments == null) {
            commitments = catalog.all();
            for (var c : commitments) {
                dues.putIfAbsent(c.id(), c.due().toString());
                statuses.putIfAbsent(c.id(), c.status().name());
                outcomes.putIfAbsent(c.id(), c.outcome());
            }
        }
        return commitments;
    }

    public void make() {
        currentUser.require(Role.STAFF);
        var cleanText = field("make:text", text, PlainText.Lines.MANY, MAX_TEXT, true);
        var cleanOwner = field("make:owner", owner, PlainText.Lines.ONE, MAX_OWNER, true);
        var dueQuarter = quarter("make:due", due);
        if (cleanText.isEmpty() || cleanOwner.isEmpty() || dueQuarter.isEmpty()) {
            return;
        }
        try {
            service.make(cleanText.get(), cleanOwner.get(), dueQuarter.get(), currentUser.requireAccountId());
        } catch (CommitmentProblem refused) {
            messages.fieldError("make:" + refused.field(), refused.key());
            return;
        }
        done(null, "commitments.made");
    }

    public void save(long id) {
        currentUser.require(Role.STAFF);
        var seen = getCommitments().stream().filter(c -> c.id() == id).findFirst();
        if (seen.isEmpty()) {
            messages.error("commitments.conflict");
            return;
        }
        var status = status(statuses.get(id));
        var outcome = Optional.<String>empty();
        var typed = outcomes.get(id);
        if (status == CommitmentStatus.DROPPED || (typed != null && !typed.isBlank())) {
            outcome = FormFields.rowText(messages, "outcome", outcomes, id, PlainText.Lines.MANY, MAX_OUTCOME,
                    "commitments.outcome.requiredToDrop");
            if (outcome.isEmpty()) {
                return;
            }
        }
        var dueQuarter = quarter(FormFields.besidePressed("due"), dues.get(id));
        if (dueQuarter.isEmpty()) {
            return;
        }
        var c = seen.get();
        try {
            service.change(id, c.version(), c.text(), c.owner(), dueQuarter.get(), status, outcome.orElse(null),
                    currentUser.requireAccountId());
        } catch (CommitmentProblem refused) {
            if (refused.field() == null) {
                messages.error(refused.key());
            } else {
                messages.fieldError(FormFields.besidePressed(refused.field()), refused.key());
            }
            return;
        }
        done(id, "commitments.saved");
    }

    private Optional<String> field(String clientId, String typed, PlainText.Lines lines, int max, boolean required) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                messages.fieldError(clientId, "commitments.required");
            }
            return Optional.empty();
        }
        var cleaned = PlainText.clean(typed, lines);
        if (cleaned.removed() > 0) {
            messages.fieldError(clientId, "form.text.controlsRemoved", cleaned.removed());
            return Optional.empty();
        }
        int length = PlainText.length(cleaned.text());
        if (length > max) {
            messages.fieldError(clientId, "form.text.tooLong", length, max);
            return Optional.empty();
        }
        return Optional.of(cleaned.text());
    }

    private Optional<Quarter> quarter(String clientId, String typed) {
        var parsed = Quarter.parse(typed == null ? null : typed.strip().toUpperCase());
        if (parsed.isEmpty()) {
            messages.fieldError(clientId, "commitments.due.malformed");
        }
        return parsed;
    }

    private static CommitmentStatus status(String value) {
        try {
            return value == null ? CommitmentStatus.OPEN : CommitmentStatus.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return CommitmentStatus.OPEN;
        }
    }

    private void done(Long id, String key) {
        messages.infoAfterRedirect(key);
        var drafts = new HashMap<Long, String[]>();
        for (var c : getCommitments()) {
            if (id == null || c.id() != id) {
                drafts.put(c.id(), new String[] {dues.get(c.id()), statuses.get(c.id()), outcomes.get(c.id())});
            }
        }
        Faces.getFlash().put(DRAFTS, drafts);
        Faces.redirect("admin/commitments");
    }

    public CommitmentStatus[] getStatuses() {
        return CommitmentStatus.values();
    }

    public String getCurrentQuarter() {
        return cityTime.currentQuarter().toString();
    }

    public Map<Long, String> getDues() {
        return dues;
    }

    public Map<Long, String> getStatusOf() {
        return statuses;
    }

    public Map<Long, String> getOutcomes() {
        return outcomes;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }

    public int getMaxText() {
        return MAX_TEXT;
    }

    public int getMaxOwner() {
        return MAX_OWNER;
    }

    public int getMaxOutcome() {
        return MAX_OUTCOME;
    }
}
