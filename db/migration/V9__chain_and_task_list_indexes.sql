-- Issue 10: /chains, /api/v1/decisions, /feeds/chains.atom, /tasks and /api/v1/tasks read one page of rows at a
-- city's size. Each filter combination has an index whose leading columns are its equalities and whose last
-- column is the list's order, so a page (and a bounded count) is read from the index in order and stops at
-- its LIMIT; the ids it yields fetch the rows (a deferred join). InnoDB appends the primary key to every
-- secondary index, which gives the "newest first, then by id" tie-break for free.

-- /chains and /api/v1/decisions with two or three filters (one filter: ix_decision_district, ix_decision_topic,
-- ix_decision_status of V4).
CREATE INDEX ix_decision_district_topic ON decision (district_id, topic_id, created_at);
CREATE INDEX ix_decision_district_status ON decision (district_id, impl_status, created_at);
CREATE INDEX ix_decision_topic_status ON decision (topic_id, impl_status, created_at);
CREATE INDEX ix_decision_all_filters ON decision (district_id, topic_id, impl_status, created_at);

-- /tasks and /api/v1/tasks: upcoming shifts in time order, with everything their filters test (the decision,
-- for its district; places) inside the index, so a page's ids are found without reading a task row. Replaces
-- ix_task_upcoming (its leading columns; the id is named so the order stays starts_at, id).
CREATE INDEX ix_task_list ON task (cancelled, starts_at, id, decision_id, capacity, confirmed_count);
DROP INDEX ix_task_upcoming ON task;
