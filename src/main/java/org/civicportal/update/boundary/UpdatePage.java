package org.civicportal.update.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.update.control.UpdateCatalog;
import org.civicportal.update.control.UpdateMonth;
import org.civicportal.update.control.UpdateRendering;
import org.civicportal.update.control.UpdateView;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * /updates/{yyyy-mm}: a sent monthly update, the community-board post, in the visitor's language. A month that
 * is malformed, has no update or whose update was not sent is a 404.
 */
@Named
@RequestScoped
public class UpdatePage {

    @Inject
    UpdateCatalog catalog;

    @Inject
    UpdateRendering rendering;

    @Inject
    LocaleSelection locale;

    @Inject
    @Param(name = "month")
    String monthText;

    private UpdateView view;

    @PostConstruct
    void load() {
        view = UpdateMonth.parse(monthText).flatMap(m -> catalog.sent(UpdateMonth.code(m)))
                .map(u -> rendering.view(u, locale.language())).orElse(null);
    }

    public void requireUpdate() {
        if (view == null) {
            Faces.responseSendError(404, "No monthly update was sent for this month");
        }
    }

    public UpdateView getView() {
        return view;
    }
}
