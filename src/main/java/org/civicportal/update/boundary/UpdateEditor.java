package org.civicportal.update.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.mail.OutgoingMail;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.update.control.Audience;
import org.civicportal.update.control.UpdateAudience;
import org.civicportal.update.control.UpdateCatalog;
import org.civicportal.update.control.UpdateComposer;
import org.civicportal.update.control.UpdateConflict;
import org.civicportal.update.control.UpdateRendering;
import org.civicportal.update.control.UpdateService;
import org.civicportal.update.control.UpdateView;
import org.civicportal.update.entity.MonthlyUpdate;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * /admin/update?id=7: staff edit one month's update (introduction in both languages, items in order, their own
 * items, the audience with its count), preview it exactly as the composer sends it (HTML and text, English and
 * Spanish: ?preview=es) and test it on themselves. Every change names the version the page showed; a competing
 * change is refused with what was typed kept.
 */
@Named
@ViewScoped
public class UpdateEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_INTRO = 5000;
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 2000;
    static final int MAX_LINK = 500;

    @Inject
    UpdateService updates;

    @Inject
    UpdateCatalog catalog;

    @Inject
    UpdateRendering rendering;

    @Inject
    UpdateComposer composer;

    @Inject
    UpdateAudience audiences;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    LocaleSelection locale;

    @Inject
    @Param(name = "id")
    String idText;

    @Inject
    @Param(name = "preview")
    String previewText;

    private Long updateId;
    private int version;
    private String introEn;
    private String introEs;
    private String itemTitle;
    private String itemText;
    private String itemLink;
    private String audienceKind = Audience.Kind.ALL.name();
    private Long audienceDistrict;
    private Long audienceTopic;
    private transient MonthlyUpdate update;
    private transient UpdateView view;
    private transient OutgoingMail preview;

    @PostConstruct
    void load() {
        currentUser.require(Role.STAFF);
        updateId = idOf(idText);
        if (updateId == null || getUpdate() == null) {
            updateId = null;
            return;
        }
        version = update.getVersion();
        introEn = update.getIntroEn();
        introEs = update.getIntroEs();
        var audience = update.audience();
        audienceKind = audience.kind().name();
        audienceDistrict = audience.kind() == Audience.Kind.DISTRICT ? audience.id() : null;
        audienceTopic = audience.kind() == Audience.Kind.TOPIC ? audience.id() : null;
    }

    /** Before rendering: no such update is a 404. */
    public void requireUpdate() {
        found();
    }

    /**
     * Whether the page's update exists and is the one the address names; otherwise answers 404 (the view action
     * runs on the first request only, so every action asks too: a postback to a missing or unknown id, or to
     * another id than the view's, never reaches a command nor renders the page).
     */
    private boolean found() {
        currentUser.require(Role.STAFF);
        if (updateId == null || !updateId.equals(idOf(Faces.getRequestParameter("id"))) || getUpdate() == null) {
            Faces.responseSendError(404, "No such monthly update");
            return false;
        }
        return true;
    }

    private static Long idOf(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    public MonthlyUpdate getUpdate() {
        if (update == null && updateId != null) {
            update = catalog.find(updateId).orElse(null);
        }
        return update;
    }

    /** The update as staff read it on the page, in their language. */
    public UpdateView getView() {
        if (view == null) {
            view = rendering.view(getUpdate(), Language.of(Faces.getLocale()));
        }
        return view;
    }

    public boolean isEditable() {
        return getUpdate() != null && getUpdate().isDraft();
    }

    /** ?preview=en or es; without it, the language the staff member reads the portal in. */
    public Language getPreviewLanguage() {
        if (previewText == null || previewText.isBlank()) {
            return locale.language();
        }
        return "es".equalsIgnoreCase(previewText) ? Language.ES : Language.EN;
    }

    /** The real message, rendered by the composer for me (my unsubscribe link, my address). */
    public OutgoingMail getPreview() {
        if (preview == null) {
            var me = currentUser.requireAccountId();
            var address = catalog.addressOf(me).orElseThrow();
            preview = composer.compose(String.valueOf(updateId), me, address.email(), getPreviewLanguage());
        }
        return preview;
    }

    /** Counted once per request, and the sending panel on this page reads the same figure (AudienceCount). */
    public long getAudienceCount() {
        return AudienceCount.of(updateId, () -> audiences.count(getUpdate().audience()));
    }

    public void saveIntro() {
        if (!found()) {
            return;
        }
        boolean valid = checkLength("intro:introEn", introEn, MAX_INTRO) & checkLength("intro:introEs", introEs, MAX_INTRO)
                & checkText("intro:introEn", introEn) & checkText("intro:introEs", introEs);
        if (valid) {
            save("update.intro.saved", () -> updates.introduce(updateId, version, introEn, introEs));
        }
    }

    public void up(long itemId) {
        save("update.item.moved", () -> updates.move(updateId, version, itemId, -1));
    }

    public void down(long itemId) {
        save("update.item.moved", () -> updates.move(updateId, version, itemId, 1));
    }

    public void drop(long itemId) {
        save("update.item.dropped", () -> updates.drop(updateId, version, itemId));
    }

    public void addItem() {
        if (!found()) {
            return;
        }
        boolean valid = true;
        if (itemTitle == null || itemTitle.isBlank()) {
            messages.fieldError("add:itemTitle", "update.item.title.required");
            valid = false;
        } else {
            valid &= checkLength("add:itemTitle", itemTitle, MAX_TITLE) & checkText("add:itemTitle", itemTitle);
        }
        valid &= checkLength("add:itemText", itemText, MAX_TEXT) & checkText("add:itemText", itemText);
        if (itemLink != null && !itemLink.isBlank()) {
            if (itemLink.strip().length() > MAX_LINK || !isWebLink(itemLink.strip())) {
                messages.fieldError("add:itemLink", "update.item.link.invalid");
                valid = false;
            }
        }
        if (valid) {
            save("update.item.added", () -> updates.addCustom(updateId, version, itemTitle, itemText, itemLink));
        }
    }

    public void saveAudience() {
        if (!found()) {
            return;
        }
        var kind = java.util.Arrays.stream(Audience.Kind.values()).filter(k -> k.name().equals(audienceKind))
                .findFirst().orElse(null);
        if (kind == null) {
            messages.fieldError("audience:kind", "update.audience.kind.required");
            return;
        }
        Long id = switch (kind) {
            case ALL -> null;
            case DISTRICT -> audienceDistrict;
            case TOPIC -> audienceTopic;
        };
        if (kind != Audience.Kind.ALL && id == null) {
            messages.fieldError(kind == Audience.Kind.DISTRICT ? "audience:district" : "audience:topic",
                    "update.audience.choose");
            return;
        }
        var audience = new Audience(kind, id);
        save("update.audience.saved", () -> updates.address(updateId, version, audience));
    }

    public void testSend() {
        if (!found()) {
            return;
        }
        var me = currentUser.requireAccountId();
        var address = catalog.addressOf(me).orElseThrow();
        updates.testSend(updateId, me, address.email(), getPreviewLanguage());
        messages.infoAfterRedirect("update.test.queued", address.email());
        Faces.redirect(self());
    }

    private interface Command {
        void run() throws UpdateConflict;
    }

    private void save(String doneKey, Command command) {
        if (!found()) {
            return;
        }
        try {
            command.run();
        } catch (UpdateConflict conflict) {
            reloadKeepingWhatWasTyped();
            messages.error(isEditable() ? "update.conflict" : "update.notDraft");
            return;
        }
        messages.infoAfterRedirect(doneKey);
        Faces.redirect(self());
    }

    /**
     * After a conflict the view shows the update as it is now (its items, state and version), while the fields
     * keep what was typed: the next save is measured against what the page now shows, so it can succeed.
     */
    private void reloadKeepingWhatWasTyped() {
        update = null;
        view = null;
        preview = null;
        if (getUpdate() != null) {
            version = update.getVersion();
        }
    }

    private String self() {
        return "admin/update?id=" + updateId + "&preview=" + getPreviewLanguage().code();
    }

    private boolean checkLength(String clientId, String text, int max) {
        if (text != null && text.length() > max) {
            messages.fieldError(clientId, "update.tooLong", max, text.length());
            return false;
        }
        return true;
    }

    /** Control characters (other than line breaks and tabs) have no place in an email. */
    private boolean checkText(String clientId, String text) {
        if (text != null && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            messages.fieldError(clientId, "update.badCharacters");
            return false;
        }
        return true;
    }

    static boolean isWebLink(String text) {
        try {
            var uri = new URI(text);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException notALink) {
            return false;
        }
    }

    public Long getUpdateId() {
        return updateId;
    }

    public int getMaxIntro() {
        return MAX_INTRO;
    }

    public String getIntroEn() {
        return introEn;
    }

    public void setIntroEn(String introEn) {
        this.introEn = introEn;
    }

    public String getIntroEs() {
        return introEs;
    }

    public void setIntroEs(String introEs) {
        this.introEs = introEs;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public String getItemText() {
        return itemText;
    }

    public void setItemText(String itemText) {
        this.itemText = itemText;
    }

    public String getItemLink() {
        return itemLink;
    }

    public void setItemLink(String itemLink) {
        this.itemLink = itemLink;
    }

    public String getAudienceKind() {
        return audienceKind;
    }

    public void setAudienceKind(String audienceKind) {
        this.audienceKind = audienceKind;
    }

    public Long getAudienceDistrict() {
        return audienceDistrict;
    }

    public void setAudienceDistrict(Long audienceDistrict) {
        this.audienceDistrict = audienceDistrict;
    }

    public Long getAudienceTopic() {
        return audienceTopic;
    }

    public void setAudienceTopic(Long audienceTopic) {
        this.audienceTopic = audienceTopic;
    }
}
