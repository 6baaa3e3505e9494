package org.civicportal.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.i18n.Texts;
import org.civicportal.platform.markdown.SafeMarkdown;
import org.civicportal.platform.time.CityTime;
import org.civicportal.update.entity.MonthlyUpdate;
import org.civicportal.update.entity.MonthlyUpdateItem;

/** Turns a stored update and its snapshotted facts into what one language reads ({@link UpdateView}). */
@ApplicationScoped
public class UpdateRendering {

    /** The ledger's kinds, residents' giving first, then the city's. */
    static final List<String> GAVE = List.of("INPUT", "VOLUNTEER_HOURS", "FORUM_PARTICIPATION");
    static final List<String> RETURNED = List.of("ANSWER", "CREDIT", "DELIVERY", "RECOGNITION");

    @Inject
    PortalSettings settings;

    @Inject
    CityTime city;

    public UpdateView view(MonthlyUpdate update, Language language) {
        var month = UpdateMonth.parse(update.getMonth()).orElseThrow();
        var intro = language == Language.ES ? update.getIntroEs() : update.getIntroEn();
        var items = update.getItems().stream()
                .sorted(java.util.Comparator.comparingInt(MonthlyUpdateItem::getPosition)).map(item -> item(item, language)).toList();
        var published = update.getState() == org.civicportal.update.entity.UpdateState.SENT
                ? (update.getFinishedAt() != null ? update.getFinishedAt() : update.getUpdatedAt()) : null;
        return new UpdateView(update.getId(), update.getMonth(), UpdateMonth.label(month, language),
                update.getState().name(), SafeMarkdown.toHtml(intro), intro == null ? "" : intro.strip(), items,
                published, settings.baseUrl() + "/updates/" + update.getMonth());
    }

    private UpdateView.Item item(MonthlyUpdateItem item, Language language) {
        var facts = item.getFacts() == null ? Json.createObjectBuilder().build()
                : Json.createReader(new StringReader(item.getFacts())).readObject();
        var lines = new ArrayList<String>();
        var credits = new ArrayList<UpdateView.Credit>();
        var title = item.getTitle();
        var linkText = t(language, "mail.update.link." + item.getKind().name());
        switch (item.getKind()) {
            case DECISION -> {
                lines.add(t(language, "mail.update.line.department", facts.getString("department", "")));
                for (var credit : facts.getJsonArray("credits").getValuesAs(JsonObject.class)) {
                    credits.add(new UpdateView.Credit(credit.getString("input"), credit.getString("how"),
                            settings.baseUrl() + "/inputs/" + credit.getJsonNumber("inputId").longValue()));
                }
            }
            case PROGRESS -> lines.add(t(language, "mail.update.line.progress", facts.getInt("progress", 0),
                    t(language, "mail.update.status." + facts.getString("status", "IN_PROGRESS"))));
            case DELIVERY -> {
                lines.add(t(language, "mail.update.line.delivered", date(facts.getString("deliveredAt"), language)));
                if (facts.getInt("credits", 0) > 0) {
                    lines.add(t(language, "mail.update.line.deliveredCredits", facts.getInt("credits")));
                }
            }
            case TASK -> {
                lines.add(t(language, "mail.update.line.when", date(facts.getString("startsAt"), language)));
                lines.add(t(language, "mail.update.line.where", facts.getString("place", "")));
                lines.add(t(language, "mail.update.line.places", facts.getInt("placesLeft", 0),
                        facts.getInt("capacity", 0)));
            }
            case FORUM -> {
                title = t(language, "mail.update.forum.title", facts.getString("quarter", item.getTitle()));
                lines.add(t(language, "mail.update.line.when", date(facts.getString("startsAt"), language)));
                if (facts.containsKey("place")) {
                    lines.add(t(language, "mail.update.line.where", facts.getString("place")));
                }
                if (facts.containsKey("online")) {
                    lines.add(t(language, "mail.update.line.online", facts.getString("online")));
                }
            }
            case THANKS -> {
                if (facts.getBoolean("formerResident", false)) {
                    // the volunteer's account was erased after the update was sent (see UpdateErasure)
                    title = t(language, "update.thanks.formerResident");
                }
                lines.add(t(language, "mail.update.line.thanksFor", facts.getString("task", "")));
            }
            case NUMBERS -> {
                title = t(language, "mail.update.numbers.title");
                lines.add(t(language, "mail.update.numbers.gave", number(facts, GAVE.get(0)), number(facts, GAVE.get(1)),
                        number(facts, GAVE.get(2))));
                lines.add(t(language, "mail.update.numbers.returned", number(facts, RETURNED.get(0)),
                        number(facts, RETURNED.get(1)), number(facts, RETURNED.get(2)), number(facts, RETURNED.get(3))));
            }
            case CUSTOM -> {
                // staff's own title, text and link
            }
        }
        var link = item.getLink() == null || item.getLink().isBlank() ? null
                : item.getLink().startsWith("/") ? settings.baseUrl() + item.getLink() : item.getLink();
        return new UpdateView.Item(item.getId() == null ? 0 : item.getId(), item.getKind().name(),
                t(language, "mail.update.kind." + item.getKind().name()), title, item.getBody(), link, linkText,
                List.copyOf(lines), List.copyOf(credits));
    }

    private static String number(JsonObject facts, String kind) {
        return facts.getString(kind, "0");
    }

    private String date(String instant, Language language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(city.zone()).format(Instant.parse(instant));
    }

    private static String t(Language language, String key, Object... args) {
        return Texts.get(language, key, args);
    }
}
