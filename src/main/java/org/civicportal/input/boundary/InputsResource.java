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
     * A page of inputs; a page past the last one (however large its number) is empty. Counts and pages stop at
     * 10,000 inputs: with more, total is 10,000 and totalIsMinimum true (narrow the filter to reach the rest).
     */
    public record Page(List<Item> items, int page, int size, long total, boolean totalIsMinimum) {
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
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size) {
        var filter = new InputFilter(parse(InputStatus.class, status, null), topic, district, text);
        int pageSize = Math.max(1, Math.min(size, 100));
        int pageNumber = Math.max(1, page);
        var rows = inputs.list(filter, parse(InputSort.class, sort, InputSort.NEWEST), false,
                org.civicportal.platform.web.PageLink.offset(pageNumber, pageSize), pageSize);
        var ids = rows.stream().map(r -> r.id()).toList();
        var items = inputs.findAll(ids).stream().map(InputsResource::item).toList();
        var total = inputs.count(filter, false);
        return new Page(items, pageNumber, pageSize, total.value(), !total.exact());
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
