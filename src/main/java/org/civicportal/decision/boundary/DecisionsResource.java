package org.civicportal.decision.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.civicportal.decision.control.CreditView;
import org.civicportal.decision.control.DecisionFilter;
import org.civicportal.decision.control.DecisionService;
import org.civicportal.decision.control.UpdateView;
import org.civicportal.decision.entity.Decision;
import org.civicportal.decision.entity.ImplementationStatus;
import org.civicportal.platform.api.ListRequest;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.persistence.Keyset;
import org.civicportal.platform.i18n.Language;

/**
 * GET /api/v1/decisions and /api/v1/decisions/{id}: decision chains as JSON with their credits and
 * implementation. No personal data: credits name the input, not its author.
 */
@Path("decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DecisionsResource {

    @Inject
    DecisionService decisions;

    @Inject
    PortalSettings settings;

    /**
     * A page of decisions; a page past the last one (however large its number) is empty. Counting and numbered
     * pages stop at 10,000 decisions: past that, total is 10000 and totalIsMinimum true. next, when more
     * decisions follow, is the cursor to send as ?after= for the following page, newest first: by cursor a
     * client walks every decision. page is left out of an answer read by cursor, next of the last page.
     */
    public record Page(List<Item> items, Integer page, int size, long total, boolean totalIsMinimum, String next) {
    }

    /** A decision; rationale is the sanitised HTML shown on the portal. Empty fields are null. */
    @JsonbNillable
    public record Item(long id, String title, String summary, String rationale, LocalDate decidedOn,
            String department, Ref topic, Ref district, List<Credit> credits, Implementation implementation,
            Instant createdAt, Instant updatedAt) {
    }

    /** A topic or district: a stable code and its English name. */
    public record Ref(String code, String name) {
    }

    /** A credited input and how it changed the decision. A hidden input's title is null. */
    @JsonbNillable
    public record Credit(long inputId, String title, String how, Instant creditedAt) {
    }

    @JsonbNillable
    public record Implementation(String status, int progress, LocalDate startDate, LocalDate targetDate,
            BigDecimal budget, List<Update> updates) {
    }

    /** A dated update, newest first; progress when it reported one; photos as absolute URLs. */
    @JsonbNillable
    public record Update(long id, Instant date, String text, Integer progress, List<String> photos) {
    }

    @GET
    public Page list(@QueryParam("district") Long district, @QueryParam("topic") Long topic,
            @QueryParam("status") String status, @QueryParam("page") Integer page,
            @QueryParam("after") String after, @QueryParam("size") @DefaultValue("20") int size) {
        var filter = new DecisionFilter(district, topic, status(status));
        var request = ListRequest.of("decisions", page, after, size);
        var slice = request.slice(request.shown() == 0 ? List.<Keyset>of()
                : decisions.newestKeys(filter, request.after(), request.first(), request.limit()), k -> k);
        var total = decisions.count(filter);
        return new Page(items(slice.rows().stream().map(Keyset::id).toList()), request.page(), request.size(),
                total.value(), !total.exact(), slice.next());
    }

    @GET
    @Path("{id}")
    public Item one(@PathParam("id") long id) {
        return items(List.of(id)).stream().findFirst().orElseThrow(() -> new NotFoundException("No decision " + id));
    }

    /** Decisions with their credits and updates (at most this many each, newest first), as on the chain page. */
    private static final int UPDATES_SHOWN = 100;

    /** Decisions with their credits, updates and photos: four queries however many decisions. */
    private List<Item> items(List<Long> ids) {
        var credits = decisions.creditsOf(ids);
        var updates = decisions.updatesOf(ids, UPDATES_SHOWN);
        return decisions.findAll(ids).stream().map(d -> item(d,
                credits.stream().filter(c -> c.decisionId() == d.getId()).toList(),
                updates.stream().filter(u -> u.decisionId() == d.getId()).toList())).toList();
    }

    private Item item(Decision d, List<CreditView> credits, List<UpdateView> updates) {
        var impl = d.getImplementation();
        return new Item(d.getId(), d.getTitle(), d.getSummary(), d.getRationaleHtml(), d.getDecidedOn(),
                d.getDepartment(), new Ref(d.getTopic().getCode(), d.getTopic().name(Language.EN)),
                new Ref(d.getDistrict().getCode(), d.getDistrict().getName()),
                credits.stream().map(c -> new Credit(c.inputId(), c.hidden() ? null : c.title(), c.how(),
                        c.creditedAt())).toList(),
                new Implementation(impl.getStatus().name(), impl.getProgress(), impl.getStartDate(),
                        impl.getTargetDate(), impl.getBudget(), updates.stream().map(this::update).toList()),
                d.getCreatedAt(), d.getUpdatedAt());
    }

    private Update update(UpdateView u) {
        return new Update(u.id(), u.createdAt(), u.body(), u.progress(), u.photos().stream()
                .map(file -> settings.baseUrl() + "/photos/" + file).toList());
    }

    private static ImplementationStatus status(String value) {
        try {
            return value == null || value.isBlank() ? null : ImplementationStatus.valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException("Unknown implementation status " + value);
        }
    }
}
