package org.civicportal.input.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.civicportal.input.control.InputFilter;
import org.civicportal.input.control.InputService;
import org.civicportal.input.control.InputSort;
import org.civicportal.input.entity.Input;
import org.civicportal.input.entity.InputStatus;
import org.civicportal.platform.api.ListRequest;
import org.civicportal.platform.persistence.Keyset;

/**
 * GET /api/v1/inputs and /api/v1/inputs/{id}: public inputs as JSON, with the same filters as /inputs.
 * No emails or other personal data; hidden inputs are left out.
 */
@Path("inputs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InputsResource {

    @Inject
    InputService inputs;

    /**
     * A page of inputs; a page past the last one (however large its number) is empty. Counts and numbered pages
     * stop at 10,000 inputs: with more, total is 10,000 and totalIsMinimum true. next, when more inputs follow,
     * is the cursor to send as ?after= for the following page: by cursor (newest first only) a client walks
     * every input, past the 10,000th. page is left out of an answer read by cursor, next of the last page.
     */
    public record Page(List<Item> items, Integer page, int size, long total, boolean totalIsMinimum, String next) {
    }

    /** An input in the open data; body is the sanitised HTML shown on the portal. Empty fields are null. */
    @jakarta.json.bind.annotation.JsonbNillable
    public record Item(long id, String title, String body, String status, Ref topic, Ref district, int supports,
            Instant createdAt, Instant answeredAt, String answer) {
    }

    /** A topic or district: a stable code and its English name. */
    public record Ref(String code, String name) {
    }

    @GET
    public Page list(@QueryParam("status") String status, @QueryParam("topic") Long topic,
            @QueryParam("district") Long district, @QueryParam("q") String text,
            @QueryParam("sort") @DefaultValue("NEWEST") String sort,
            @QueryParam("page") Integer page, @QueryParam("after") String after,
            @QueryParam("size") @DefaultValue("20") int size) {
        var filter = new InputFilter(parse(InputStatus.class, status, null), topic, district, text);
        var order = parse(InputSort.class, sort, InputSort.NEWEST);
        var request = ListRequest.of("inputs", page, after, size);
        List<Long> ids;
        String next = null;
        if (request.byCursor() && !filter.fullTextQuery().isEmpty()) {
            // A search reads at most the first 10,001 matches (BoundedCount); a walk past them would read every
            // match on every page. The whole table is walked without q.
            throw new jakarta.ws.rs.BadRequestException("The parameter \"after\" does not work with a text search "
                    + "(q), which reads the first 10,001 matches only: walk the list without q, or narrow the search.");
        }
        if (order == InputSort.NEWEST) {
            var slice = request.slice(request.shown() == 0 ? List.<Keyset>of()
                    : inputs.newestKeys(filter, request.after(), request.first(), request.limit()), k -> k);
            ids = slice.rows().stream().map(Keyset::id).toList();
            next = filter.fullTextQuery().isEmpty() ? slice.next() : null;
        } else if (request.byCursor()) {
            throw new jakarta.ws.rs.BadRequestException("The parameter \"after\" works with the default order "
                    + "(sort=NEWEST) only: supports and waiting change while a client reads on.");
        } else {
            ids = inputs.list(filter, order, false, (int) request.first(), request.size()).stream()
                    .map(r -> r.id()).toList();
        }
        var items = inputs.findAll(ids).stream().map(InputsResource::item).toList();
        var total = inputs.count(filter, false);
        return new Page(items, request.page(), request.size(), total.value(), !total.exact(), next);
    }

    @GET
    @Path("{id}")
    public Item one(@PathParam("id") long id) {
        return inputs.find(id).filter(i -> !i.isHidden()).map(InputsResource::item)
                .orElseThrow(() -> new NotFoundException("No public input " + id));
    }

    private static Item item(Input input) {
        return new Item(input.getId(), input.getTitle(), input.getBodyHtml(), input.getStatus().name(),
                new Ref(input.getTopic().getCode(), input.getTopic().name(org.civicportal.platform.i18n.Language.EN)),
                new Ref(input.getDistrict().getCode(), input.getDistrict().getName()), input.getSupportCount(),
                input.getCreatedAt(), input.getAnsweredAt(), input.getAnswer());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new jakarta.ws.rs.BadRequestException("Unknown " + type.getSimpleName() + " " + value);
        }
    }
}
