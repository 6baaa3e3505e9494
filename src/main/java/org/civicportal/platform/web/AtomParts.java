package org.civicportal.platform.web;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;

/** The small pieces every Atom feed of the portal (chains, updates) builds its entries from, with ROME. */
public final class AtomParts {

    private AtomParts() {
    }

    public static Content text(String value) {
        var content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    public static Link link(String href, String rel, String type) {
        var link = new Link();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }

    public static SyndPerson person(String name) {
        var person = new SyndPersonImpl();
        person.setName(name);
        return person;
    }
}
