package org.civicportal.platform.web;

import jakarta.faces.convert.FacesConverter;

/**
 * {@link TextFieldConverter} by name, for fields Faces cannot type as String by itself: a value in a map, such as
 * one answer per row ({@code converter="civicportal.text"}).
 */
@FacesConverter("civicportal.text")
public class NamedTextConverter extends TextFieldConverter {
}
