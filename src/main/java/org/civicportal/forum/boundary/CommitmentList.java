package org.civicportal.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.civicportal.forum.control.CommitmentCatalog;
import org.civicportal.platform.time.Quarter;

/**
 * The commitments of a quarter page (/WEB-INF/includes/forum/commitments.xhtml, ui:param quarter): read once per
 * request and quarter, no form, so it renders on stateless visitor pages.
 */
@Named
@RequestScoped
public class CommitmentList {

    @Inject
    CommitmentCatalog catalog;

    private final Map<Quarter, CommitmentCatalog.ForQuarter> read = new HashMap<>();

    public CommitmentCatalog.ForQuarter of(Quarter quarter) {
        return read.computeIfAbsent(quarter, catalog::of);
    }
}
