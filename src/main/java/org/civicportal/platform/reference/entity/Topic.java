package org.civicportal.platform.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.civicportal.platform.i18n.Language;

/** A subject of city life (transport, parks, …), named in each language the portal speaks. */
@Entity
@Table(name = "topic")
@NamedQuery(name = Topic.ALL, query = "SELECT t FROM Topic t ORDER BY t.code")
public class Topic {

    public static final String ALL = "Topic.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(name = "name_es", nullable = false, length = 120)
    private String nameEs;

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String name(Language language) {
        return language == Language.ES ? nameEs : nameEn;
    }
}
