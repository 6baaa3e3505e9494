-- Issue 10: /inputs, the officials' queue and /api/v1/inputs at a city's size. A list reads its page's ids
-- from one of these indexes (filter columns first, then the order's columns, then id, then the other
-- filters' columns so a second filter is checked inside the same index), and joins only those rows.
-- Each filter (none, status, topic, district) has one index per order (newest, most supported, longest
-- waiting). The first three of the "none" row exist since V2: (hidden, created_at), (hidden, support_count,
-- created_at), (hidden, awaiting DESC, created_at), each ending in the primary key.
ALTER TABLE input
    DROP INDEX ix_input_status,
    ADD INDEX ix_input_status (hidden, status, created_at, id, topic_id, district_id),
    ADD INDEX ix_input_status_support (hidden, status, support_count, created_at, id, topic_id, district_id),
    ADD INDEX ix_input_status_waiting (hidden, status, awaiting DESC, created_at, id, topic_id, district_id),
    DROP INDEX ix_input_topic,
    ADD INDEX ix_input_topic (topic_id, hidden, created_at, id, status, district_id),
    ADD INDEX ix_input_topic_support (topic_id, hidden, support_count, created_at, id, status, district_id),
    ADD INDEX ix_input_topic_waiting (topic_id, hidden, awaiting DESC, created_at, id, status, district_id),
    DROP INDEX ix_input_district,
    ADD INDEX ix_input_district (district_id, hidden, created_at, id, status, topic_id),
    ADD INDEX ix_input_district_support (district_id, hidden, support_count, created_at, id, status, topic_id),
    ADD INDEX ix_input_district_waiting (district_id, hidden, awaiting DESC, created_at, id, status, topic_id);
