package org.civicportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The OWASP ASVS settings that live in web.xml, read with an XML parser: Faces' view state kept on the server
 * (1.5.2, 5.5.1, 8.1.3: clients never send a serialized object), the Production project stage (14.3.2: no
 * development messages or stack traces) and session ids in the cookie only (3.1.1). AsvsHttpIT checks what
 * clients see of each.
 */
class AsvsWebXmlTest {

    private static Document webXml() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
    }

    private static Map<String, String> contextParams(Document document) {
        var params = new HashMap<String, String>();
        var nodes = document.getElementsByTagName("context-param");
        for (int i = 0; i < nodes.getLength(); i++) {
            var param = (Element) nodes.item(i);
            var name = param.getElementsByTagName("param-name").item(0).getTextContent().trim();
            var value = param.getElementsByTagName("param-value").item(0).getTextContent().trim();
            if (params.put(name, value) != null) {
                throw new AssertionError("web.xml sets " + name + " twice");
            }
        }
        return params;
    }

    @Test
    void facesKeepsItsStateOnTheServerAndRunsInProduction() throws Exception {
        var params = contextParams(webXml());
        assertEquals("server", params.get("jakarta.faces.STATE_SAVING_METHOD"));
        assertEquals("Production", params.get("jakarta.faces.PROJECT_STAGE"));
    }

    @Test
    void sessionIdsAreTrackedByCookieOnly() throws Exception {
        var modes = webXml().getElementsByTagName("tracking-mode");
        assertEquals(1, modes.getLength(), "exactly one tracking mode");
        assertEquals("COOKIE", modes.item(0).getTextContent().trim());
    }
}
