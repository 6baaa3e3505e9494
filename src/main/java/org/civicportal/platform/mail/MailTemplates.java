package org.civicportal.platform.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.i18n.Texts;

/**
 * Renders templates/mail/{feature}/{name}[_es].html and .txt with Mustache. HTML bodies escape every
 * value; text bodies do not, so links stay intact. Subjects come from the message bundle
 * (mail.{feature}.{name}.subject) with the same values as arguments.
 */
@ApplicationScoped
public class MailTemplates {

    private static final String ROOT = "templates/mail";

    private final MustacheFactory html = new DefaultMustacheFactory(ROOT);
    private final MustacheFactory text = new DefaultMustacheFactory(ROOT) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /**
     * @param template e.g. "account/verify"
     * @param subjectArgs arguments for the subject's message pattern
     */
    public OutgoingMail render(String template, Language language, String to, Map<String, ?> values,
            Object... subjectArgs) {
        var scope = new HashMap<String, Object>(values);
        scope.put("lang", language.code());
        var subject = Texts.get(language, "mail." + template.replace('/', '.') + ".subject", subjectArgs);
        scope.put("subject", subject);
        return new OutgoingMail(to, subject,
                run(text.compile(file(template, language, "txt")), scope),
                run(html.compile(file(template, language, "html")), scope), Map.of());
    }

    private static String file(String template, Language language, String extension) {
        return template + (language == Language.EN ? "" : "_" + language.code()) + "." + extension;
    }

    private static String run(Mustache mustache, Map<String, Object> scope) {
        var out = new StringWriter();
        mustache.execute(out, scope);
        return out.toString();
    }
}
