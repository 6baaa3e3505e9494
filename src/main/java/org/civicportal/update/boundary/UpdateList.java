package org.civicportal.update.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.update.control.UpdateCatalog;
import org.civicportal.update.control.UpdateCatalog.PublishedRow;
import org.civicportal.update.control.UpdateMonth;
import org.omnifaces.cdi.Param;

/** /updates (?before=2026-03 for older ones): the sent monthly updates, newest first, a page at a time. */
@Named
@RequestScoped
public class UpdateList {

    static final int PAGE = 24;

    @Inject
    UpdateCatalog catalog;

    @Inject
    LocaleSelection locale;

    @Inject
    @Param(name = "before")
    String beforeText;

    private List<PublishedRow> rows;
    private boolean more;

    public List<PublishedRow> getRows() {
        if (rows == null) {
            // A malformed cursor shows the newest page, as if none was given.
            var before = UpdateMonth.parse(beforeText).map(UpdateMonth::code).orElse("9999-12");
            var page = catalog.published(before, PAGE + 1);
            more = page.size() > PAGE;
            rows = more ? page.subList(0, PAGE) : page;
        }
        return rows;
    }

    /** The cursor of the next page, or null on the last. */
    public String getOlder() {
        return getRows().isEmpty() || !more ? null : rows.get(rows.size() - 1).month();
    }

    public String label(String month) {
        return UpdateMonth.parse(month).map(m -> UpdateMonth.label(m, locale.language())).orElse(month);
    }
}
