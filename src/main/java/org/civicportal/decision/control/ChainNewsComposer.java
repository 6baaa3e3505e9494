package org.civicportal.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.i18n.Texts;
import org.civicportal.platform.mail.ListUnsubscribe;
import org.civicportal.platform.mail.MailTemplates;
import org.civicportal.platform.mail.OutgoingMail;
import org.civicportal.platform.outbox.OutboxComposer;

/**
 * Renders a chain's news ("decision/progress") for one follower at sending time. Params name the occurrence:
 * {@code {decisionId}:revision:{revision}:{newStatus or null}:{milestone}} — the same words as the key, which
 * adds the account. The decision's title is read once per occurrence (a later rename shows in later news); the follower's
 * name is read per message, and the unsubscribe link and headers are the follower's own.
 */
@ApplicationScoped
public class ChainNewsComposer implements OutboxComposer {

    public static final String NAME = "chain-news";
    private static final int KEPT = 16;

    /** What the params say. */
    record News(long decisionId, String status, int milestone) {

        static News of(String params) {
            var parts = params.strip().split(":");
            if (parts.length != 5 || !parts[1].equals("revision")) {
                throw new IllegalArgumentException("Not chain-news params: " + params);
            }
            return new News(Long.parseLong(parts[0]), parts[3].equals("null") ? null : parts[3],
                    Integer.parseInt(parts[4]));
        }
    }

    @Inject
    DecisionService decisions;

    @Inject
    MailTemplates templates;

    @Inject
    ListUnsubscribe unsubscribe;

    @Inject
    PortalSettings settings;

    @PersistenceContext
    EntityManager em;

    /** Params → the decision's title, per occurrence being sent; emptied when it holds {@link #KEPT}. */
    private final Map<String, String> titles = new ConcurrentHashMap<>();

    /** The params of one occurrence of news: {@code decisionId:revision:R:STATUS:MILESTONE}. */
    static String params(long decisionId, long revision, Object newStatus, int milestone) {
        return decisionId + ":revision:" + revision + ":" + newStatus + ":" + milestone;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OutgoingMail compose(String params, Long accountId, String to, Language language) {
        var news = News.of(params);
        if (accountId == null) {
            throw new Gone("chain news is for a follower's account");
        }
        @SuppressWarnings("unchecked")
        var names = (java.util.List<String>) em.createNativeQuery("SELECT display_name FROM account WHERE id = ?1")
                .setParameter(1, accountId).getResultList();
        if (names.isEmpty()) {
            throw new Gone("account " + accountId + " no longer exists");
        }
        var list = ListUnsubscribe.chain(news.decisionId());
        var link = settings.baseUrl() + "/decisions/" + news.decisionId();
        var values = new HashMap<String, Object>(Map.of("name", names.get(0), "decision", title(params, news.decisionId()),
                "link", link, "portalUrl", settings.baseUrl(), "unsubscribe", unsubscribe.link(accountId, list)));
        if (news.status() != null) {
            values.put("status", Texts.get(language, "implStatus." + news.status()));
        }
        if (news.milestone() > 0) {
            values.put("milestone", news.milestone());
        }
        var mail = templates.render("decision/progress", language, to, values, values.get("decision"));
        return new OutgoingMail(to, mail.subject(), mail.text(), mail.html(), unsubscribe.headers(accountId, list));
    }

    private String title(String params, long decisionId) {
        var kept = titles.get(params);
        if (kept != null) {
            return kept;
        }
        var title = decisions.find(decisionId).orElseThrow(() -> new Gone("decision " + decisionId + " was removed"))
                .getTitle();
        if (titles.size() >= KEPT) {
            titles.clear();
        }
        titles.put(params, title);
        return title;
    }
}
