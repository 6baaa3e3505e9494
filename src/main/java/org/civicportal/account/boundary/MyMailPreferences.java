package org.civicportal.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.civicportal.account.control.MailPreferences;
import org.civicportal.account.control.MailPreferences.FollowedChain;
import org.civicportal.platform.outbox.Suppressions;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;

/**
 * /me, "Email": the chains one follows (each can be left here) and, when one's address bounced for good, the
 * notice that bulk and notice mail stopped, with the way to confirm the address again. Every action works on
 * the signed-in account only.
 */
@Named
@ViewScoped
public class MyMailPreferences implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailPreferences preferences;

    @Inject
    Suppressions suppressions;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    /** /me?chainsAfter=N: the page of followed chains after chain N (the "more" link). */
    @Inject
    @Param(name = "chainsAfter")
    String chainsAfterText;

    private Long chainsAfter;
    private Long nextChainsAfter;
    private List<FollowedChain> chains;
    private Instant suppressedAt;
    private String suppressionAnswer;

    @PostConstruct
    void load() {
        long me = currentUser.requireAccountId();
        if (chainsAfter == null && chainsAfterText != null) {
            try {
                chainsAfter = Long.valueOf(chainsAfterText.strip());
            } catch (NumberFormatException notAnId) {
                chainsAfter = null;
            }
            chainsAfterText = null;
        }
        var page = preferences.followedChains(me, chainsAfter);
        if (page.chains().isEmpty() && chainsAfter != null) {
            // A later page left empty (its last chain was just left, or a stale link): the first page instead.
            chainsAfter = null;
            page = preferences.followedChains(me, null);
        }
        chains = page.chains();
        nextChainsAfter = page.nextAfter();
        suppressions.ofAccount(me).ifPresentOrElse(s -> {
            suppressedAt = s.suppressedAt();
            suppressionAnswer = s.reason();
        }, () -> {
            suppressedAt = null;
            suppressionAnswer = null;
        });
    }

    /** The chain comes from the row whose button was pressed; the account is always the signed-in one. */
    public void stopFollowing(long decision) {
        var left = chains.stream().filter(c -> c.decisionId() == decision).findFirst();
        preferences.stopFollowing(currentUser.requireAccountId(), decision);
        load();
        left.ifPresent(c -> messages.info("me.prefs.chains.stopped", c.title()));
    }

    public void confirmAddress() {
        suppressions.release(currentUser.requireAccountId());
        load();
        messages.info("me.prefs.suppressed.released");
    }

    public List<FollowedChain> getChains() {
        return chains;
    }

    /** The id the "more" link starts after, or null on the last page. */
    public Long getNextChainsAfter() {
        return nextChainsAfter;
    }

    /** Whether this is a later page (then a link leads back to the first). */
    public boolean isLaterChainsPage() {
        return chainsAfter != null;
    }

    public boolean isSuppressed() {
        return suppressedAt != null;
    }

    public Instant getSuppressedAt() {
        return suppressedAt;
    }

    public String getSuppressionAnswer() {
        return suppressionAnswer;
    }
}
