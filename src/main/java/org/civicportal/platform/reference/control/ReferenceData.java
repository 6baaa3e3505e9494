package org.civicportal.platform.reference.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.civicportal.platform.reference.entity.District;
import org.civicportal.platform.reference.entity.Topic;

/** Read access to districts and topics for forms and filters. */
@ApplicationScoped
public class ReferenceData {

    @PersistenceContext
    EntityManager em;

    public List<District> districts() {
        return em.createNamedQuery(District.ALL, District.class).getResultList();
    }

    public List<Topic> topics() {
        return em.createNamedQuery(Topic.ALL, Topic.class).getResultList();
    }

    public Optional<District> district(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(District.class, id));
    }
}
