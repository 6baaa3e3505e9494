package org.civicportal.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.mail.ListUnsubscribe;
import org.civicportal.platform.mail.MailTemplates;
import org.civicportal.platform.mail.OutgoingMail;
import org.civicportal.platform.outbox.OutboxComposer;

/**
 * Renders the monthly update (params: the update's id) for one recipient in their language, at sending time.
 * Everything but the recipient's unsubscribe link is the same for every recipient of a language, so it is
 * rendered once per update and language and kept while the update is no longer a draft (from then on it never
 * changes); a draft, which staff may still edit between two test sends, is rendered afresh each time. Nothing is
 * kept per recipient.
 */
@ApplicationScoped
public class UpdateComposer implements OutboxComposer {

    public static final String NAME = "update";
    /** Stands for the recipient's link in the shared rendering; passes HTML escaping unchanged. */
    private static final String UNSUBSCRIBE = "UNSUBSCRIBE-LINK-5c1e0a";
    private static final int KEPT = 16;

    private record Key(long updateId, Language language) {
    }

    private record Shared(String subject, String text, String html) {
    }

    @Inject
    UpdateCatalog catalog;

    @Inject
    UpdateRendering rendering;

    @Inject
    MailTemplates templates;

    @Inject
    ListUnsubscribe unsubscribe;

    @Inject
    PortalSettings settings;

    private final Map<Key, Shared> frozen = new LinkedHashMap<>(KEPT, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Shared> eldest) {
            return size() > KEPT;
        }
    };

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OutgoingMail compose(String params, Long accountId, String to, Language language) {
        var shared = shared(Long.parseLong(params.strip()), language);
        var link = accountId == null ? settings.baseUrl() + "/me"
                : unsubscribe.link(accountId, ListUnsubscribe.MONTHLY_UPDATE);
        Map<String, String> headers = accountId == null ? Map.of()
                : unsubscribe.headers(accountId, ListUnsubscribe.MONTHLY_UPDATE);
        return new OutgoingMail(to, shared.subject(), shared.text().replace(UNSUBSCRIBE, link),
                shared.html().replace(UNSUBSCRIBE, UpdateView.escape(link)), headers);
    }

    private Shared shared(long updateId, Language language) {
        var key = new Key(updateId, language);
        synchronized (frozen) {
            var kept = frozen.get(key);
            if (kept != null) {
                return kept;
            }
        }
        var update = catalog.forSending(updateId)
                .orElseThrow(() -> new IllegalArgumentException("No monthly update " + updateId));
        var view = rendering.view(update, language);
        var scope = view.scope();
        scope.put("unsubscribe", UNSUBSCRIBE);
        scope.put("portalUrl", settings.baseUrl());
        var mail = templates.render(UpdateService.TEMPLATE, language, "", scope, view.monthLabel());
        var shared = new Shared(mail.subject(), mail.text(), mail.html());
        if (!update.isDraft()) {
            synchronized (frozen) {
                frozen.put(key, shared);
            }
        }
        return shared;
    }
}
