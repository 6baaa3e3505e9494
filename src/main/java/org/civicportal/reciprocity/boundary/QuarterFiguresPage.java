package org.civicportal.reciprocity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.time.Quarter;
import org.civicportal.reciprocity.control.QuarterFigures;
import org.civicportal.volunteer.control.TaskCatalog;
import org.civicportal.volunteer.control.TaskFilter;

/**
 * The reciprocity figures a quarter page shows (/WEB-INF/includes/reciprocity/quarter-figures.xhtml, given the
 * page's quarter as ui:param): read once per request and quarter, in the visitor's language. No form, no
 * session: the fragment renders on stateless visitor pages.
 */
@Named("quarterFigures")
@RequestScoped
public class QuarterFiguresPage {

    @Inject
    QuarterFigures figures;

    @Inject
    TaskCatalog tasks;

    @Inject
    LocaleSelection locale;

    private final Map<Quarter, QuarterFiguresView> read = new HashMap<>();

    public QuarterFiguresView of(Quarter quarter) {
        return read.computeIfAbsent(quarter, q -> new QuarterFiguresView(figures.report(q), locale.language(),
                district -> tasks.countUpcoming(new TaskFilter(district, null, null, true)).value()));
    }
}
