package org.civicportal.platform.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown (CommonMark) to HTML, then through an allow-list sanitiser (OWASP): paragraphs, emphasis,
 * lists, quotes, code, headings and http(s)/mailto links, which open with rel="nofollow noopener".
 * Anything else, raw HTML and scripts included, is removed.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder().allowElements("a").allowAttributes("href").onElements("a")
                    .allowStandardUrlProtocols().requireRelsOnLinks("nofollow", "noopener").toFactory())
            .and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "pre", "code", "hr", "br").toFactory());

    private SafeMarkdown() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // A resident's "# Title" must not compete with the page's own h1 and h2: headings start at h3.
        var html = RENDERER.render(PARSER.parse(markdown))
                .replaceAll("<(/?)h([1-4])>", "<$1h__$2>")
                .replace("h__1>", "h3>").replace("h__2>", "h4>").replace("h__3>", "h5>").replace("h__4>", "h6>");
        return POLICY.sanitize(html);
    }
}
