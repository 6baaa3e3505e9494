package org.civicportal.decision.control;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/** The WHERE clause of a chain list: fixed fragments, every value a parameter. */
record DecisionWhere(String sql, List<Object> params) {

    static DecisionWhere of(DecisionFilter filter) {
        var conditions = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (filter.districtId() != null) {
            params.add(filter.districtId());
            conditions.add("x.district_id = ?" + params.size());
        }
        if (filter.topicId() != null) {
            params.add(filter.topicId());
            conditions.add("x.topic_id = ?" + params.size());
        }
        if (filter.status() != null) {
            params.add(filter.status().name());
            conditions.add("x.impl_status = ?" + params.size());
        }
        return new DecisionWhere(conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions), params);
    }

    void bind(Query query) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }
}
