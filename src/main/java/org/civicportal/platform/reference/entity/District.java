package org.civicportal.platform.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.civicportal.platform.i18n.Language;

/** A part of the city; residents say where they live, inputs and tasks say where they happen. */
@Entity
@Table(name = "district")
@NamedQuery(name = District.ALL, query = "SELECT d FROM District d ORDER BY d.name")
public class District {

    public static final String ALL = "District.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    /** The Spanish name, where it differs (NULL for a proper name that reads the same). */
    @Column(name = "name_es", length = 120)
    private String nameEs;

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** The stored name: what lists and open data carry, and what rows read with native SQL hold. */
    public String getName() {
        return name;
    }

    public String name(Language language) {
        return language == Language.ES && nameEs != null ? nameEs : name;
    }
}
