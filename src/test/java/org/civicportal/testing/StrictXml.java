package org.civicportal.testing;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** XML as a strict reader takes it: namespace-aware, no DTD (so no entities from outside), errors thrown. */
public final class StrictXml {

    private StrictXml() {
    }

    /** The document element of {@code xml}; a DTD or any malformed byte fails. */
    public static Element root(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
    }
}
