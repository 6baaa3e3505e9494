package org.civicportal.decision.boundary;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.civicportal.decision.control.DecisionService;
import org.civicportal.decision.control.UpdateView;
import org.civicportal.decision.entity.Decision;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.i18n.Texts;
import static org.civicportal.platform.web.AtomParts.link;
import static org.civicportal.platform.web.AtomParts.person;
import static org.civicportal.platform.web.AtomParts.text;

/** /feeds/chains.atom: new decisions and implementation updates, newest first, as Atom 1.0 (written by ROME). */
@WebServlet("/feeds/chains.atom")
public class ChainFeed extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ENTRIES = 50;

    @Inject
    DecisionService decisions;

    @Inject
    PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var base = settings.baseUrl();
        var entries = new ArrayList<Entry>();
        decisions.latestDecisions(ENTRIES).forEach(d -> entries.add(decisionEntry(base, d)));
        decisions.latestUpdates(ENTRIES).forEach(u -> entries.add(updateEntry(base, u)));
        entries.sort(Comparator.comparing(Entry::getUpdated).reversed());
        var shown = entries.subList(0, Math.min(ENTRIES, entries.size()));

        var feed = new Feed("atom_1.0");
        feed.setId(base + "/feeds/chains.atom");
        feed.setTitleEx(text(Texts.get(Language.EN, "feed.chains.title")));
        feed.setUpdated(shown.isEmpty() ? new Date(0) : shown.get(0).getUpdated());
        feed.setAlternateLinks(List.of(link(base + "/chains", "alternate", "text/html")));
        feed.setOtherLinks(List.of(link(base + "/feeds/chains.atom", "self", "application/atom+xml")));
        feed.setAuthors(List.of(person(Texts.get(Language.EN, "site.name"))));
        feed.setEntries(shown);

        response.setContentType("application/atom+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        try {
            new WireFeedOutput().output(feed, response.getWriter(), true);
        } catch (FeedException e) {
            throw new IOException("Could not write the chains feed", e);
        }
    }

    private static Entry decisionEntry(String base, Decision decision) {
        var entry = new Entry();
        entry.setId(base + "/decisions/" + decision.getId());
        entry.setTitle(Texts.get(Language.EN, "feed.chains.decision", decision.getTitle()));
        entry.setUpdated(Date.from(decision.getCreatedAt()));
        entry.setPublished(Date.from(decision.getCreatedAt()));
        entry.setAlternateLinks(List.of(link(base + "/decisions/" + decision.getId(), "alternate", "text/html")));
        entry.setAuthors(List.of(person(decision.getDepartment())));
        entry.setSummary(text(decision.getSummary()));
        return entry;
    }

    private static Entry updateEntry(String base, UpdateView update) {
        var entry = new Entry();
        var link = base + "/decisions/" + update.decisionId() + "#update-" + update.id();
        entry.setId(link);
        entry.setTitle(Texts.get(Language.EN, "feed.chains.update", update.decisionTitle()));
        entry.setUpdated(Date.from(update.createdAt()));
        entry.setPublished(Date.from(update.createdAt()));
        entry.setAlternateLinks(List.of(link(link, "alternate", "text/html")));
        entry.setAuthors(List.of(person(update.author())));
        var content = new Content();
        content.setType(Content.HTML);
        content.setValue(update.bodyHtml());
        entry.setContents(List.of(content));
        return entry;
    }
}
