package org.civicportal.update.boundary;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.i18n.Texts;
import org.civicportal.update.control.UpdateCatalog;
import org.civicportal.update.control.UpdateRendering;
import org.civicportal.update.control.UpdateView;
import static org.civicportal.platform.web.AtomParts.link;
import static org.civicportal.platform.web.AtomParts.person;
import static org.civicportal.platform.web.AtomParts.text;

/**
 * /feeds/updates.atom: the sent monthly updates, newest first, as Atom 1.0 (RFC 4287, written by ROME) in the
 * reader's language; each entry carries the whole update as escaped HTML and links to its page.
 */
@WebServlet("/feeds/updates.atom")
public class UpdateFeed extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ENTRIES = 24;

    @Inject
    UpdateCatalog catalog;

    @Inject
    UpdateRendering rendering;

    @Inject
    PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var base = settings.baseUrl();
        var language = LocaleSelection.of(request);
        var entries = catalog.latestSent(ENTRIES).stream().map(u -> entry(rendering.view(u, language), language))
                .toList();

        var feed = new Feed("atom_1.0");
        feed.setId(base + "/feeds/updates.atom");
        feed.setLanguage(language.code());
        feed.setTitleEx(text(Texts.get(language, "feed.updates.title")));
        feed.setUpdated(entries.stream().map(Entry::getUpdated).max(Date::compareTo).orElse(new Date(0)));
        feed.setAlternateLinks(List.of(link(base + "/updates", "alternate", "text/html")));
        feed.setOtherLinks(List.of(link(base + "/feeds/updates.atom", "self", "application/atom+xml")));
        feed.setAuthors(List.of(person(Texts.get(language, "site.name"))));
        feed.setEntries(entries);

        response.setContentType("application/atom+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        try {
            new WireFeedOutput().output(feed, response.getWriter(), true);
        } catch (FeedException e) {
            throw new IOException("Could not write the updates feed", e);
        }
    }

    private static Entry entry(UpdateView view, Language language) {
        var entry = new Entry();
        entry.setId(view.link());
        entry.setTitle(Texts.get(language, "feed.updates.entry", view.monthLabel()));
        var at = Date.from(view.publishedAt());
        entry.setUpdated(at);
        entry.setPublished(at);
        entry.setAlternateLinks(List.of(link(view.link(), "alternate", "text/html")));
        var content = new Content();
        content.setType(Content.HTML);
        content.setValue(html(view));
        entry.setContents(List.of(content));
        return entry;
    }

    /** The update as HTML: the sanitised introduction, then each item with every value escaped. */
    static String html(UpdateView view) {
        var html = new StringBuilder(view.introHtml());
        for (var item : view.items()) {
            html.append("<h3>").append(escape(item.heading())).append(": ").append(escape(item.title())).append("</h3>");
            if (!item.body().isBlank()) {
                html.append("<p>").append(escape(item.body())).append("</p>");
            }
            item.lines().forEach(line -> html.append("<p>").append(escape(line)).append("</p>"));
            item.credits().forEach(c -> html.append("<blockquote><p><a href=\"").append(escape(c.link())).append("\">")
                    .append(escape(c.input())).append("</a>: ").append(escape(c.how())).append("</p></blockquote>"));
            if (item.link() != null) {
                html.append("<p><a href=\"").append(escape(item.link())).append("\">").append(escape(item.linkText()))
                        .append("</a></p>");
            }
        }
        return html.toString();
    }

    private static String escape(String text) {
        return UpdateView.escape(text);
    }
}
