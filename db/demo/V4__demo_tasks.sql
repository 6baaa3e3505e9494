-- Demo data for volunteering, loaded once after V3__demo_decisions.sql when PORTAL_DEMO_DATA=true.
-- Ten volunteer shifts by official@demo.civicportal.org on six decision chains: four upcoming shifts with
-- places left, two full ones with a waitlist (one place freed by a withdrawal and taken by the first on the
-- waitlist), three past shifts with attendance, hours and thanks, and one shift on the cancelled Foundry Lane
-- garden, cancelled with the decision. Sign-ups are by the demo residents only; confirmed_count equals the
-- CONFIRMED sign-ups inserted below. Times are whole days before or after the day the file is loaded, at fixed
-- hours: upcoming shifts start at least two days ahead, so none of their reminders has been sent yet.
-- Never load this file into a public portal.

SET @official_id = (SELECT id FROM account WHERE email = 'official@demo.civicportal.org');
-- Midnight UTC of the day the file is loaded; every date and time below counts back (or forward) from it.
SET @day = CAST(UTC_TIMESTAMP(6) AS DATE);

-- ---------------------------------------------------------------------------------------------------------
-- Past: crossing marshals on the first school morning at the new Mill Street crossing (done chain)
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 36 DAY + INTERVAL 11 HOUR + INTERVAL 10 MINUTE;
SET @starts_at = @day - INTERVAL 28 DAY + INTERVAL 7 HOUR + INTERVAL 30 MINUTE;
SET @ends_at = @day - INTERVAL 28 DAY + INTERVAL 9 HOUR + INTERVAL 30 MINUTE;
SET @reminded_at = @starts_at - INTERVAL 1 DAY + INTERVAL 5 MINUTE;
SET @recorded_at = @ends_at + INTERVAL 2 HOUR + INTERVAL 15 MINUTE;
SET @thanked_at = @ends_at + INTERVAL 1 DAY + INTERVAL 4 HOUR;

INSERT INTO task (decision_id, title, description, description_html, place, starts_at, ends_at, capacity,
                  confirmed_count, contact, cancelled, cancel_reason, created_by, created_at)
VALUES (
    (SELECT id FROM decision WHERE title LIKE 'Signalised raised crossing at Mill Street%'),
    'Crossing marshals on the first school morning at Mill Street and 3rd Avenue',
    'The new signalised crossing opens the afternoon before. On the first school morning we would like friendly faces on both corners to show children and parents how the **push button** works and to remind turning drivers to give way.

You get a hi-vis vest and a short briefing at 7:30. No experience needed.',
    '<p>The new signalised crossing opens the afternoon before. On the first school morning we would like friendly faces on both corners to show children and parents how the <strong>push button</strong> works and to remind turning drivers to give way.</p>
<p>You get a hi-vis vest and a short briefing at 7:30. No experience needed.</p>
',
    'Corner of Mill Street and 3rd Avenue, meet by the school gate',
    @starts_at, @ends_at, 6, 5,
    'Road safety team, roadsafety@city.example',
    FALSE, NULL, @official_id, @created_at);

SET @task_id = (SELECT id FROM task WHERE title = 'Crossing marshals on the first school morning at Mill Street and 3rd Avenue');

INSERT INTO task_skill (task_id, skill) VALUES
    (@task_id, 'CARE'),
    (@task_id, 'OUTDOOR');

INSERT INTO signup (task_id, account_id, status, created_at, promoted_at, reminder_sent_at, attendance, hours,
                    recorded_at, thanks, thanks_public, thanked_at)
VALUES
    (@task_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 35 DAY + INTERVAL 19 HOUR + INTERVAL 40 MINUTE, NULL, @reminded_at, 'ATTENDED', 2.00, @recorded_at,
     'Rosa, this crossing exists because you asked for it, and on its very first morning you were on the corner in a hi-vis vest showing children how the push button works. Several parents told us how reassuring it was to see a neighbour there. Thank you for seeing it through from idea to opening day.',
     TRUE, @thanked_at),
    (@task_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 34 DAY + INTERVAL 12 HOUR + INTERVAL 5 MINUTE, NULL, @reminded_at, 'ATTENDED', 2.00, @recorded_at,
     'Aisha, thank you for taking the busy north corner and for walking the gentleman with the walking frame across twice, patiently, while the queue of cars waited. Your calm made a real difference that morning.',
     FALSE, @thanked_at),
    (@task_id, (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 33 DAY + INTERVAL 8 HOUR + INTERVAL 50 MINUTE, NULL, @reminded_at, 'ATTENDED', 2.00, @recorded_at,
     'Hannah, thank you for counting while you marshalled: 212 people crossed in two hours, 64 of them children. We passed your tally to the traffic engineers, who have already lengthened the green phase at school times.',
     TRUE, @thanked_at),
    (@task_id, (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 31 DAY + INTERVAL 20 HOUR + INTERVAL 25 MINUTE, NULL, @reminded_at, 'ATTENDED', 1.50, @recorded_at,
     NULL, FALSE, NULL),
    (@task_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 30 DAY + INTERVAL 7 HOUR + INTERVAL 15 MINUTE, NULL, @reminded_at, 'NO_SHOW', NULL, @recorded_at,
     NULL, FALSE, NULL);

-- ---------------------------------------------------------------------------------------------------------
-- Past: guides for the solar open day at Hillcrest Secondary School (solar chain)
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 66 DAY + INTERVAL 9 HOUR + INTERVAL 45 MINUTE;
SET @starts_at = @day - INTERVAL 52 DAY + INTERVAL 10 HOUR;
SET @ends_at = @day - INTERVAL 52 DAY + INTERVAL 14 HOUR;
SET @reminded_at = @starts_at - INTERVAL 1 DAY + INTERVAL 5 MINUTE;
SET @recorded_at = @ends_at + INTERVAL 1 HOUR + INTERVAL 30 MINUTE;
SET @thanked_at = @ends_at + INTERVAL 2 DAY - INTERVAL 4 HOUR;

INSERT INTO task (decision_id, title, description, description_html, place, starts_at, ends_at, capacity,
                  confirmed_count, contact, cancelled, cancel_reason, created_by, created_at)
VALUES (
    (SELECT id FROM decision WHERE title LIKE 'Solar panels on Hillcrest%'),
    'Guides for the solar open day at Hillcrest Secondary School',
    'All 620 panels on the school roof are now producing electricity. On the open day, residents can see the inverter room and the live output screen in the entrance hall.

We need guides to welcome visitors, explain the **live output display** and collect questions about the community energy scheme. A one-page fact sheet is provided, and an engineer will be on site for the hard questions.',
    '<p>All 620 panels on the school roof are now producing electricity. On the open day, residents can see the inverter room and the live output screen in the entrance hall.</p>
<p>We need guides to welcome visitors, explain the <strong>live output display</strong> and collect questions about the community energy scheme. A one-page fact sheet is provided, and an engineer will be on site for the hard questions.</p>
',
    'Hillcrest Secondary School, main entrance hall, 2 Summit Road',
    @starts_at, @ends_at, 8, 5,
    'Energy and Climate team, energy@city.example',
    FALSE, NULL, @official_id, @created_at);

SET @task_id = (SELECT id FROM task WHERE title = 'Guides for the solar open day at Hillcrest Secondary School');

INSERT INTO task_skill (task_id, skill) VALUES
    (@task_id, 'TEACHING'),
    (@task_id, 'DIGITAL');

INSERT INTO signup (task_id, account_id, status, created_at, promoted_at, reminder_sent_at, attendance, hours,
                    recorded_at, thanks, thanks_public, thanked_at)
VALUES
    (@task_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 65 DAY + INTERVAL 18 HOUR + INTERVAL 20 MINUTE, NULL, @reminded_at, 'ATTENDED', 4.00, @recorded_at,
     'Daniel, your quick demo of how to read the live output screen was the hit of the day: the science teachers have asked to borrow it for their lessons. Thank you for four patient hours with well over a hundred visitors.',
     TRUE, @thanked_at),
    (@task_id, (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 64 DAY + INTERVAL 10 HOUR + INTERVAL 35 MINUTE, NULL, @reminded_at, 'ATTENDED', 4.00, @recorded_at,
     'Sofía, gracias por explicar el plan de energía comunitaria en inglés y en español: gracias a ti, muchas familias de Hillcrest se llevaron las respuestas que buscaban. Tus notas con las preguntas de los vecinos ya están en el borrador de las normas.',
     TRUE, @thanked_at),
    (@task_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 62 DAY + INTERVAL 21 HOUR + INTERVAL 5 MINUTE, NULL, @reminded_at, 'ATTENDED', 3.00, @recorded_at,
     'James, thank you for coming all the way from Northside and for keeping the queue for the inverter room moving so cheerfully. We know you had to leave early, and the three hours you gave were a great help.',
     FALSE, @thanked_at),
    (@task_id, (SELECT id FROM account WHERE email = 'tom.brennan@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 60 DAY + INTERVAL 13 HOUR + INTERVAL 50 MINUTE, NULL, @reminded_at, 'ATTENDED', 4.00, @recorded_at,
     'Tom, thank you for setting up the signs and chairs before anyone else arrived and for staying to pack everything away. The open day ran smoothly because of that quiet work.',
     FALSE, @thanked_at),
    (@task_id, (SELECT id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 58 DAY + INTERVAL 9 HOUR + INTERVAL 10 MINUTE, NULL, @reminded_at, 'ATTENDED', 4.00, @recorded_at,
     NULL, FALSE, NULL);

-- ---------------------------------------------------------------------------------------------------------
-- Past: tree care and bench painting at the Eastgate Park playground (shade chain)
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 27 DAY + INTERVAL 14 HOUR + INTERVAL 30 MINUTE;
SET @starts_at = @day - INTERVAL 13 DAY + INTERVAL 9 HOUR;
SET @ends_at = @day - INTERVAL 13 DAY + INTERVAL 12 HOUR;
SET @reminded_at = @starts_at - INTERVAL 1 DAY + INTERVAL 5 MINUTE;
SET @recorded_at = @ends_at + INTERVAL 3 HOUR;
SET @thanked_at = @ends_at + INTERVAL 1 DAY + INTERVAL 1 HOUR;

INSERT INTO task (decision_id, title, description, description_html, place, starts_at, ends_at, capacity,
                  confirmed_count, contact, cancelled, cancel_reason, created_by, created_at)
VALUES (
    (SELECT id FROM decision WHERE title LIKE 'Shade trees%'),
    'Tree care and bench painting at the Eastgate Park playground',
    'The six new trees around the playground need a fresh layer of mulch and their watering bags refilled before the hot weeks. While we are there, we will repaint the two benches by the sandpit.

- gloves, tools and paint are provided
- wear clothes that can get dirty
- children are welcome with an adult',
    '<p>The six new trees around the playground need a fresh layer of mulch and their watering bags refilled before the hot weeks. While we are there, we will repaint the two benches by the sandpit.</p>
<ul><li>gloves, tools and paint are provided</li><li>wear clothes that can get dirty</li><li>children are welcome with an adult</li></ul>
',
    'Eastgate Park playground, entrance on Orchard Road',
    @starts_at, @ends_at, 10, 6,
    'Parks team, parks@city.example',
    FALSE, NULL, @official_id, @created_at);

SET @task_id = (SELECT id FROM task WHERE title = 'Tree care and bench painting at the Eastgate Park playground');

INSERT INTO task_skill (task_id, skill) VALUES
    (@task_id, 'OUTDOOR'),
    (@task_id, 'CRAFTS');

INSERT INTO signup (task_id, account_id, status, created_at, promoted_at, reminder_sent_at, attendance, hours,
                    recorded_at, thanks, thanks_public, thanked_at)
VALUES
    (@task_id, (SELECT id FROM account WHERE email = 'tom.brennan@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 26 DAY + INTERVAL 8 HOUR + INTERVAL 15 MINUTE, NULL, @reminded_at, 'ATTENDED', 3.00, @recorded_at,
     'Tom, you asked for shade at this playground, and there you were spreading mulch around the trees that will one day give it. Thank you for three hours of hard work and for showing the younger helpers how to refill the watering bags.',
     TRUE, @thanked_at),
    (@task_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 24 DAY + INTERVAL 19 HOUR + INTERVAL 40 MINUTE, NULL, @reminded_at, 'ATTENDED', 3.00, @recorded_at,
     'José, gracias por dejar los dos bancos del arenero como nuevos. Las familias ya se sientan a la sombra de los árboles en un banco recién pintado, y varios vecinos nos han preguntado quién hizo un trabajo tan cuidadoso.',
     TRUE, @thanked_at),
    (@task_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 22 DAY + INTERVAL 11 HOUR + INTERVAL 5 MINUTE, NULL, @reminded_at, 'ATTENDED', 3.00, @recorded_at,
     'Lucía, thank you for bringing your neighbours'' children along and keeping them busy with the watering cans: the trees got a proper drink and the kids went home proud of "their" tree.',
     FALSE, @thanked_at),
    (@task_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 20 DAY + INTERVAL 17 HOUR + INTERVAL 30 MINUTE, NULL, @reminded_at, 'ATTENDED', 2.50, @recorded_at,
     'Emily, thank you for cycling over from Riverside with a trailer full of extra brushes; without them we would not have finished both benches before lunch.',
     TRUE, @thanked_at),
    (@task_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 18 DAY + INTERVAL 9 HOUR + INTERVAL 55 MINUTE, NULL, @reminded_at, 'ATTENDED', 3.00, @recorded_at,
     NULL, FALSE, NULL),
    (@task_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 16 DAY + INTERVAL 20 HOUR + INTERVAL 10 MINUTE, NULL, @reminded_at, 'NO_SHOW', NULL, @recorded_at,
     NULL, FALSE, NULL);

-- ---------------------------------------------------------------------------------------------------------
-- Upcoming, places left: evening watering round in Eastgate Park (shade chain)
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 8 DAY + INTERVAL 10 HOUR + INTERVAL 20 MINUTE;
SET @starts_at = @day + INTERVAL 3 DAY + INTERVAL 18 HOUR;
SET @ends_at = @day + INTERVAL 3 DAY + INTERVAL 20 HOUR;

INSERT INTO task (decision_id, title, description, description_html, place, starts_at, ends_at, capacity,
                  confirmed_count, contact, cancelled, cancel_reason, created_by, created_at)
VALUES (
    (SELECT id FROM decision WHERE title LIKE 'Shade trees%'),
    'Evening watering round for the new trees in Eastgate Park',
    'The young planes and limes around the playground are still in their first summer and need a deep soak in dry weeks. We fill the watering bags from the park''s standpipe and check the tree ties.

It takes about two hours with a few people; cans and a hose are in the park store.',
    '<p>The young planes and limes around the playground are still in their first summer and need a deep soak in dry weeks. We fill the watering bags from the park&#39;s standpipe and check the tree ties.</p>
<p>It takes about two hours with a few people; cans and a hose are in the park store.</p>
',
    'Eastgate Park, park store next to the playground',
    @starts_at, @ends_at, 5, 3,
    'Parks team, parks@city.example',
    FALSE, NULL, @official_id, @created_at);

SET @task_id = (SELECT id FROM task WHERE title = 'Evening watering round for the new trees in Eastgate Park');

INSERT INTO task_skill (task_id, skill) VALUES
    (@task_id, 'OUTDOOR');

INSERT INTO signup (task_id, account_id, status, created_at) VALUES
    (@task_id, (SELECT id FROM account WHERE email = 'tom.brennan@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 7 DAY + INTERVAL 18 HOUR + INTERVAL 5 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 5 DAY + INTERVAL 9 HOUR + INTERVAL 30 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 3 DAY + INTERVAL 21 HOUR + INTERVAL 15 MINUTE);

-- ---------------------------------------------------------------------------------------------------------
-- Upcoming, places left: visits to older residents along Kingsley Avenue before stage 2 (Kingsley chain)
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 6 DAY + INTERVAL 15 HOUR + INTERVAL 40 MINUTE;
SET @starts_at = @day + INTERVAL 4 DAY + INTERVAL 10 HOUR;
SET @ends_at = @day + INTERVAL 4 DAY + INTERVAL 13 HOUR;

INSERT INTO task (decision_id, title, description, description_html, place, starts_at, ends_at, capacity,
                  confirmed_count, contact, cancelled, cancel_reason, created_by, created_at)
VALUES (
    (SELECT id FROM decision WHERE title LIKE 'Resurface Kingsley Avenue%'),
    'Check in with older residents along Kingsley Avenue before stage 2 of the works',
    'Stage 2 of the resurfacing closes one lane between Birch Road and Elm Street for several weeks. Every household gets a letter, but some older residents need a **ride to appointments** or help with deliveries while the kerb is dug up.

Volunteers go door to door in pairs with a short checklist and pass any request to the works liaison officer.',
    '<p>Stage 2 of the resurfacing closes one lane between Birch Road and Elm Street for several weeks. Every household gets a letter, but some older residents need a <strong>ride to appointments</strong> or help with deliveries while the kerb is dug up.</p>
<p>Volunteers go door to door in pairs with a short checklist and pass any request to the works liaison officer.</p>
',
    'Kingsley Avenue works office, corner of Birch Road',
    @starts_at, @ends_at, 8, 3,
    'Public Works liaison, roadworks@city.example',
    FALSE, NULL, @official_id, @created_at);

SET @task_id = (SELECT id FROM task WHERE title = 'Check in with older residents along Kingsley Avenue before stage 2 of the works');

INSERT INTO task_skill (task_id, skill) VALUES
    (@task_id, 'CARE'),
    (@task_id, 'OUTDOOR');

INSERT INTO signup (task_id, account_id, status, created_at) VALUES
    (@task_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 5 DAY + INTERVAL 20 HOUR + INTERVAL 45 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 4 DAY + INTERVAL 8 HOUR + INTERVAL 10 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 2 DAY + INTERVAL 12 HOUR + INTERVAL 35 MINUTE);

-- ---------------------------------------------------------------------------------------------------------
-- Upcoming, full: walking bus for Northside Primary School during the Elm Street works (Kingsley chain).
-- Aisha withdrew; Emily, first on the waitlist, took her place; Daniel and Hannah are still waiting.
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 12 DAY + INTERVAL 16 HOUR;
SET @starts_at = @day + INTERVAL 6 DAY + INTERVAL 7 HOUR + INTERVAL 45 MINUTE;
SET @ends_at = @day + INTERVAL 6 DAY + INTERVAL 9 HOUR + INTERVAL 45 MINUTE;

INSERT INTO task (decision_id, title, description, description_html, place, starts_at, ends_at, capacity,
                  confirmed_count, contact, cancelled, cancel_reason, created_by, created_at)
VALUES (
    (SELECT id FROM decision WHERE title LIKE 'Resurface Kingsley Avenue%'),
    'Walking bus helpers for Northside Primary School during the Elm Street works',
    'While the raised crossing is built on Elm Street, pupils walk to school along a signed diversion. Two adults walk at the front and two at the back of the walking bus from the Birch Road stop to the school gate.

Helpers need a basic safeguarding check, which the school arranges free of charge.',
    '<p>While the raised crossing is built on Elm Street, pupils walk to school along a signed diversion. Two adults walk at the front and two at the back of the walking bus from the Birch Road stop to the school gate.</p>
<p>Helpers need a basic safeguarding check, which the school arranges free of charge.</p>
',
    'Birch Road bus stop, Kingsley Avenue side',
    @starts_at, @ends_at, 4, 4,
    'School travel team, schooltravel@city.example',
    FALSE, NULL, @official_id, @created_at);

SET @task_id = (SELECT id FROM task WHERE title = 'Walking bus helpers for Northside Primary School during the Elm Street works');

INSERT INTO task_skill (task_id, skill) VALUES
    (@task_id, 'CARE'),
    (@task_id, 'OUTDOOR');

INSERT INTO signup (task_id, account_id, status, created_at, promoted_at) VALUES
    (@task_id, (SELECT id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 11 DAY + INTERVAL 7 HOUR + INTERVAL 50 MINUTE, NULL),
    (@task_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 11 DAY + INTERVAL 10 HOUR + INTERVAL 20 MINUTE, NULL),
    (@task_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), 'WITHDRAWN',
     @day - INTERVAL 10 DAY + INTERVAL 13 HOUR + INTERVAL 5 MINUTE, NULL),
    (@task_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 9 DAY + INTERVAL 19 HOUR + INTERVAL 40 MINUTE, NULL),
    (@task_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 8 DAY + INTERVAL 8 HOUR + INTERVAL 25 MINUTE,
     @day - INTERVAL 4 DAY + INTERVAL 17 HOUR + INTERVAL 10 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), 'WAITLISTED',
     @day - INTERVAL 7 DAY + INTERVAL 12 HOUR + INTERVAL 15 MINUTE, NULL),
    (@task_id, (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'), 'WAITLISTED',
     @day - INTERVAL 3 DAY + INTERVAL 9 HOUR + INTERVAL 50 MINUTE, NULL);

-- ---------------------------------------------------------------------------------------------------------
-- Upcoming, places left: help desk for the community energy scheme at Hillcrest Library (solar chain).
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 9 DAY + INTERVAL 10 HOUR + INTERVAL 30 MINUTE;
SET @starts_at = @day + INTERVAL 9 DAY + INTERVAL 17 HOUR;
SET @ends_at = @day + INTERVAL 9 DAY + INTERVAL 20 HOUR;

INSERT INTO task (decision_id, title, description, description_html, place, starts_at, ends_at, capacity,
                  confirmed_count, contact, cancelled, cancel_reason, created_by, created_at)
VALUES (
    (SELECT id FROM decision WHERE title LIKE 'Solar panels on Hillcrest%'),
    'Help desk for the community energy scheme at Hillcrest Library',
    'The draft rules of the Hillcrest community energy scheme are open for comments. At the evening help desk, volunteers help residents read the draft, fill in the **online comment form** and note questions for the energy team.

Spanish, Vietnamese or any other language besides English is a big plus.',
    '<p>The draft rules of the Hillcrest community energy scheme are open for comments. At the evening help desk, volunteers help residents read the draft, fill in the <strong>online comment form</strong> and note questions for the energy team.</p>
<p>Spanish, Vietnamese or any other language besides English is a big plus.</p>
',
    'Hillcrest Library, ground-floor meeting room, 14 Summit Road',
    @starts_at, @ends_at, 4, 2,
    'Energy and Climate team, energy@city.example',
    FALSE, NULL, @official_id, @created_at);

SET @task_id = (SELECT id FROM task WHERE title = 'Help desk for the community energy scheme at Hillcrest Library');

INSERT INTO task_skill (task_id, skill) VALUES
    (@task_id, 'DIGITAL'),
    (@task_id, 'LANGUAGES');

INSERT INTO signup (task_id, account_id, status, created_at) VALUES
    (@task_id, (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 8 DAY + INTERVAL 21 HOUR + INTERVAL 10 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 6 DAY + INTERVAL 11 HOUR + INTERVAL 45 MINUTE);

-- ---------------------------------------------------------------------------------------------------------
-- Upcoming, full: solar guides for the Hillcrest Secondary School open evening (solar chain); Rosa and James
-- are on the waitlist
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 11 DAY + INTERVAL 10 HOUR;
SET @starts_at = @day + INTERVAL 16 DAY + INTERVAL 17 HOUR;
SET @ends_at = @day + INTERVAL 16 DAY + INTERVAL 20 HOUR;

INSERT INTO task (decision_id, title, description, description_html, place, starts_at, ends_at, capacity,
                  confirmed_count, contact, cancelled, cancel_reason, created_by, created_at)
VALUES (
    (SELECT id FROM decision WHERE title LIKE 'Solar panels on Hillcrest%'),
    'Solar guides for the Hillcrest Secondary School open evening',
    'Families visiting the school''s open evening can see what the roof panels have produced since they were connected. Guides stand by the **live output screen** in the entrance hall and explain, in plain words, how the panels cut the school''s energy bill.

The physics teacher runs a 30-minute briefing at 5 pm.',
    '<p>Families visiting the school&#39;s open evening can see what the roof panels have produced since they were connected. Guides stand by the <strong>live output screen</strong> in the entrance hall and explain, in plain words, how the panels cut the school&#39;s energy bill.</p>
<p>The physics teacher runs a 30-minute briefing at 5 pm.</p>
',
    'Hillcrest Secondary School, main entrance hall, 2 Summit Road',
    @starts_at, @ends_at, 3, 3,
    'Energy and Climate team, energy@city.example',
    FALSE, NULL, @official_id, @created_at);

SET @task_id = (SELECT id FROM task WHERE title = 'Solar guides for the Hillcrest Secondary School open evening');

INSERT INTO task_skill (task_id, skill) VALUES
    (@task_id, 'TEACHING'),
    (@task_id, 'DIGITAL');

INSERT INTO signup (task_id, account_id, status, created_at) VALUES
    (@task_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 10 DAY + INTERVAL 19 HOUR + INTERVAL 30 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 9 DAY + INTERVAL 8 HOUR + INTERVAL 40 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 7 DAY + INTERVAL 14 HOUR + INTERVAL 20 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), 'WAITLISTED',
     @day - INTERVAL 5 DAY + INTERVAL 20 HOUR + INTERVAL 5 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), 'WAITLISTED',
     @day - INTERVAL 2 DAY + INTERVAL 18 HOUR + INTERVAL 45 MINUTE);

-- ---------------------------------------------------------------------------------------------------------
-- Upcoming, places left: pack the warm and cool rooms letters for residents over 75 (planned chain)
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 7 DAY + INTERVAL 11 HOUR + INTERVAL 15 MINUTE;
SET @starts_at = @day + INTERVAL 24 DAY + INTERVAL 10 HOUR;
SET @ends_at = @day + INTERVAL 24 DAY + INTERVAL 13 HOUR;

INSERT INTO task (decision_id, title, description, description_html, place, starts_at, ends_at, capacity,
                  confirmed_count, contact, cancelled, cancel_reason, created_by, created_at)
VALUES (
    (SELECT id FROM decision WHERE title LIKE 'Warm and cool rooms%'),
    'Pack the warm and cool rooms letters for residents over 75',
    'Before the season starts, every resident over 75 gets a letter listing the warm and cool rooms in their district, with opening hours and the nearest bus stops. About 6,000 letters need folding, sorting by district and packing for the post.

Some letters go out in Spanish: a second pair of eyes to **check the Spanish version** is very welcome. Tea and biscuits provided.',
    '<p>Before the season starts, every resident over 75 gets a letter listing the warm and cool rooms in their district, with opening hours and the nearest bus stops. About 6,000 letters need folding, sorting by district and packing for the post.</p>
<p>Some letters go out in Spanish: a second pair of eyes to <strong>check the Spanish version</strong> is very welcome. Tea and biscuits provided.</p>
',
    'Town Hall, Committee Room 2, Market Square',
    @starts_at, @ends_at, 10, 4,
    'Public Health team, health@city.example',
    FALSE, NULL, @official_id, @created_at);

SET @task_id = (SELECT id FROM task WHERE title = 'Pack the warm and cool rooms letters for residents over 75');

INSERT INTO task_skill (task_id, skill) VALUES
    (@task_id, 'ORGANISING'),
    (@task_id, 'LANGUAGES');

INSERT INTO signup (task_id, account_id, status, created_at) VALUES
    (@task_id, (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 6 DAY + INTERVAL 16 HOUR + INTERVAL 20 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 5 DAY + INTERVAL 19 HOUR + INTERVAL 5 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 3 DAY + INTERVAL 10 HOUR + INTERVAL 50 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'), 'CONFIRMED',
     @day - INTERVAL 2 DAY + INTERVAL 13 HOUR + INTERVAL 30 MINUTE);

-- ---------------------------------------------------------------------------------------------------------
-- Cancelled (in Spanish): building day at the Foundry Lane garden, cancelled with the decision when the soil
-- tests came back; its sign-ups are CANCELLED and hold no place
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 20 DAY + INTERVAL 10 HOUR;
SET @starts_at = @day + INTERVAL 8 DAY + INTERVAL 9 HOUR;
SET @ends_at = @day + INTERVAL 8 DAY + INTERVAL 13 HOUR;

INSERT INTO task (decision_id, title, description, description_html, place, starts_at, ends_at, capacity,
                  confirmed_count, contact, cancelled, cancel_reason, created_by, created_at)
VALUES (
    (SELECT id FROM decision WHERE title LIKE 'Huerto comunitario%'),
    'Jornada vecinal: montar los bancales y el compostador del huerto de Foundry Lane',
    'Una mañana para dejar listo el huerto: montar los **bancales de madera** de las parcelas familiares y de la escuela, el compostador y la valla sencilla junto a la entrada.

El Ayuntamiento pone la madera, las herramientas y los guantes. Se puede venir con niños.',
    '<p>Una mañana para dejar listo el huerto: montar los <strong>bancales de madera</strong> de las parcelas familiares y de la escuela, el compostador y la valla sencilla junto a la entrada.</p>
<p>El Ayuntamiento pone la madera, las herramientas y los guantes. Se puede venir con niños.</p>
',
    'Solar municipal de Foundry Lane, entrada junto al mural',
    @starts_at, @ends_at, 12, 0,
    'Parques y Jardines, parques@city.example',
    TRUE,
    'Los análisis del suelo encontraron plomo y arsénico por encima de los límites, así que el huerto no se hará en este solar. Gracias a todas las personas que os apuntasteis: os avisaremos en cuanto haya otro solar en Northside.',
    @official_id, @created_at);

SET @task_id = (SELECT id FROM task WHERE title = 'Jornada vecinal: montar los bancales y el compostador del huerto de Foundry Lane');

INSERT INTO task_skill (task_id, skill) VALUES
    (@task_id, 'CRAFTS'),
    (@task_id, 'OUTDOOR'),
    (@task_id, 'ORGANISING');

INSERT INTO signup (task_id, account_id, status, created_at) VALUES
    (@task_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), 'CANCELLED',
     @day - INTERVAL 19 DAY + INTERVAL 18 HOUR + INTERVAL 30 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'), 'CANCELLED',
     @day - INTERVAL 17 DAY + INTERVAL 9 HOUR + INTERVAL 10 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), 'CANCELLED',
     @day - INTERVAL 15 DAY + INTERVAL 20 HOUR + INTERVAL 45 MINUTE),
    (@task_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), 'CANCELLED',
     @day - INTERVAL 14 DAY + INTERVAL 12 HOUR + INTERVAL 25 MINUTE);
