-- Demo data, loaded once when PORTAL_DEMO_DATA=true (history in flyway_demo_history). Topics and the
-- Citywide district come from db/migration/V3__reference_lists.sql; the demo city adds five districts.
-- The three demo accounts share the password "civic-portal-demo" (PBKDF2-HMAC-SHA256, 600,000 iterations);
-- the launcher prints it. Never load this file into a public portal.

INSERT INTO district (code, name) VALUES
    ('north', 'Northside'),
    ('river', 'Riverside'),
    ('old-town', 'Old Town'),
    ('eastgate', 'Eastgate'),
    ('hillcrest', 'Hillcrest');


INSERT INTO account (email, display_name, password_hash, district_id, language, monthly_update_opt_in, email_verified_at, created_at)
VALUES
    ('resident@demo.civicportal.org', 'Rosa Resident', 'PBKDF2WithHmacSHA256:600000:aQWMa1IsC/fRbCcdic1hTE8wxDptC02d00QsmOnw5ag=:Q43TVgi3Y727PY7FTVZiF6HmfyhdQ4HpHwO8CJq7N5I=',
        (SELECT id FROM district WHERE code = 'river'), 'en', TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('official@demo.civicportal.org', 'Omar Official', 'PBKDF2WithHmacSHA256:600000:aQWMa1IsC/fRbCcdic1hTE8wxDptC02d00QsmOnw5ag=:Q43TVgi3Y727PY7FTVZiF6HmfyhdQ4HpHwO8CJq7N5I=',
        (SELECT id FROM district WHERE code = 'old-town'), 'en', FALSE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('staff@demo.civicportal.org', 'Sam Staff', 'PBKDF2WithHmacSHA256:600000:aQWMa1IsC/fRbCcdic1hTE8wxDptC02d00QsmOnw5ag=:Q43TVgi3Y727PY7FTVZiF6HmfyhdQ4HpHwO8CJq7N5I=',
        NULL, 'es', FALSE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

INSERT INTO account_role (account_id, role)
SELECT id, 'RESIDENT' FROM account WHERE email LIKE '%@demo.civicportal.org';
INSERT INTO account_role (account_id, role)
SELECT id, 'OFFICIAL' FROM account WHERE email = 'official@demo.civicportal.org';
INSERT INTO account_role (account_id, role)
SELECT id, 'STAFF' FROM account WHERE email = 'staff@demo.civicportal.org';
