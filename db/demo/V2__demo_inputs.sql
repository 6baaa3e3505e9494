-- Demo data for resident input, loaded once after V1__demo_accounts.sql when PORTAL_DEMO_DATA=true.
-- Twelve more demo residents (same password as the V1 demo accounts), 36 inputs across every district and
-- topic in every status but INCORPORATED, their supports and their status history. Dates are relative to
-- the moment the file is loaded, so the portal always looks lived-in. Never load this file into a public portal.

-- ---------------------------------------------------------------------------------------------------------
-- Demo residents: verified, sharing resident@demo.civicportal.org's password hash
-- ---------------------------------------------------------------------------------------------------------

INSERT INTO account (email, display_name, password_hash, district_id, language, monthly_update_opt_in,
                     email_verified_at, created_at)
SELECT 'maria.gonzalez@demo.civicportal.org', 'María González', password_hash,
       (SELECT id FROM district WHERE code = 'river'), 'es', TRUE,
       UTC_TIMESTAMP(6) - INTERVAL 248 DAY + INTERVAL 15 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 248 DAY
FROM account WHERE email = 'resident@demo.civicportal.org';

INSERT INTO account (email, display_name, password_hash, district_id, language, monthly_update_opt_in,
                     email_verified_at, created_at)
SELECT 'james.okafor@demo.civicportal.org', 'James Okafor', password_hash,
       (SELECT id FROM district WHERE code = 'north'), 'en', TRUE,
       UTC_TIMESTAMP(6) - INTERVAL 244 DAY + INTERVAL 15 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 244 DAY
FROM account WHERE email = 'resident@demo.civicportal.org';

INSERT INTO account (email, display_name, password_hash, district_id, language, monthly_update_opt_in,
                     email_verified_at, created_at)
SELECT 'lucia.fernandez@demo.civicportal.org', 'Lucía Fernández', password_hash,
       (SELECT id FROM district WHERE code = 'eastgate'), 'es', FALSE,
       UTC_TIMESTAMP(6) - INTERVAL 239 DAY + INTERVAL 15 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 239 DAY
FROM account WHERE email = 'resident@demo.civicportal.org';

INSERT INTO account (email, display_name, password_hash, district_id, language, monthly_update_opt_in,
                     email_verified_at, created_at)
SELECT 'peter.lindqvist@demo.civicportal.org', 'Peter Lindqvist', password_hash,
       (SELECT id FROM district WHERE code = 'north'), 'en', FALSE,
       UTC_TIMESTAMP(6) - INTERVAL 236 DAY + INTERVAL 15 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 236 DAY
FROM account WHERE email = 'resident@demo.civicportal.org';

INSERT INTO account (email, display_name, password_hash, district_id, language, monthly_update_opt_in,
                     email_verified_at, created_at)
SELECT 'aisha.rahman@demo.civicportal.org', 'Aisha Rahman', password_hash,
       (SELECT id FROM district WHERE code = 'old-town'), 'en', TRUE,
       UTC_TIMESTAMP(6) - INTERVAL 231 DAY + INTERVAL 15 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 231 DAY
FROM account WHERE email = 'resident@demo.civicportal.org';

INSERT INTO account (email, display_name, password_hash, district_id, language, monthly_update_opt_in,
                     email_verified_at, created_at)
SELECT 'carlos.mendoza@demo.civicportal.org', 'Carlos Mendoza', password_hash,
       (SELECT id FROM district WHERE code = 'north'), 'es', FALSE,
       UTC_TIMESTAMP(6) - INTERVAL 228 DAY + INTERVAL 15 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 228 DAY
FROM account WHERE email = 'resident@demo.civicportal.org';

INSERT INTO account (email, display_name, password_hash, district_id, language, monthly_update_opt_in,
                     email_verified_at, created_at)
SELECT 'emily.carter@demo.civicportal.org', 'Emily Carter', password_hash,
       (SELECT id FROM district WHERE code = 'river'), 'en', TRUE,
       UTC_TIMESTAMP(6) - INTERVAL 224 DAY + INTERVAL 15 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 224 DAY
FROM account WHERE email = 'resident@demo.civicportal.org';

INSERT INTO account (email, display_name, password_hash, district_id, language, monthly_update_opt_in,
                     email_verified_at, created_at)
SELECT 'jose.ramirez@demo.civicportal.org', 'José Ramírez', password_hash,
       (SELECT id FROM district WHERE code = 'eastgate'), 'es', TRUE,
       UTC_TIMESTAMP(6) - INTERVAL 221 DAY + INTERVAL 15 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 221 DAY
FROM account WHERE email = 'resident@demo.civicportal.org';

INSERT INTO account (email, display_name, password_hash, district_id, language, monthly_update_opt_in,
                     email_verified_at, created_at)
SELECT 'hannah.weiss@demo.civicportal.org', 'Hannah Weiss', password_hash,
       (SELECT id FROM district WHERE code = 'old-town'), 'en', FALSE,
       UTC_TIMESTAMP(6) - INTERVAL 217 DAY + INTERVAL 15 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 217 DAY
FROM account WHERE email = 'resident@demo.civicportal.org';

INSERT INTO account (email, display_name, password_hash, district_id, language, monthly_update_opt_in,
                     email_verified_at, created_at)
SELECT 'daniel.nguyen@demo.civicportal.org', 'Daniel Nguyen', password_hash,
       (SELECT id FROM district WHERE code = 'hillcrest'), 'en', FALSE,
       UTC_TIMESTAMP(6) - INTERVAL 214 DAY + INTERVAL 15 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 214 DAY
FROM account WHERE email = 'resident@demo.civicportal.org';

INSERT INTO account (email, display_name, password_hash, district_id, language, monthly_update_opt_in,
                     email_verified_at, created_at)
SELECT 'sofia.herrera@demo.civicportal.org', 'Sofía Herrera', password_hash,
       (SELECT id FROM district WHERE code = 'hillcrest'), 'es', TRUE,
       UTC_TIMESTAMP(6) - INTERVAL 211 DAY + INTERVAL 15 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 211 DAY
FROM account WHERE email = 'resident@demo.civicportal.org';

INSERT INTO account (email, display_name, password_hash, district_id, language, monthly_update_opt_in,
                     email_verified_at, created_at)
SELECT 'tom.brennan@demo.civicportal.org', 'Tom Brennan', password_hash,
       (SELECT id FROM district WHERE code = 'eastgate'), 'en', FALSE,
       UTC_TIMESTAMP(6) - INTERVAL 207 DAY + INTERVAL 15 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 207 DAY
FROM account WHERE email = 'resident@demo.civicportal.org';

INSERT INTO account_role (account_id, role)
SELECT id, 'RESIDENT' FROM account WHERE email IN (
    'maria.gonzalez@demo.civicportal.org',
    'james.okafor@demo.civicportal.org',
    'lucia.fernandez@demo.civicportal.org',
    'peter.lindqvist@demo.civicportal.org',
    'aisha.rahman@demo.civicportal.org',
    'carlos.mendoza@demo.civicportal.org',
    'emily.carter@demo.civicportal.org',
    'jose.ramirez@demo.civicportal.org',
    'hannah.weiss@demo.civicportal.org',
    'daniel.nguyen@demo.civicportal.org',
    'sofia.herrera@demo.civicportal.org',
    'tom.brennan@demo.civicportal.org');

-- ---------------------------------------------------------------------------------------------------------
-- Inputs. support_count equals the input_support rows inserted below; awaiting is TRUE exactly for
-- SUBMITTED and UNDER_REVIEW; every answer is by official@demo.civicportal.org.
-- ---------------------------------------------------------------------------------------------------------

-- Transport

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'),
    'Protected bike lane along Riverside Drive',
    'I cycle to work along Riverside Drive every day, and the painted lane disappears exactly where traffic is heaviest. Delivery vans park in it, so cyclists have to swerve into the road.

A **kerb-separated** lane from Bridge Street to the marina would make this route usable for children and older riders too.',
    '<p>I cycle to work along Riverside Drive every day, and the painted lane disappears exactly where traffic is heaviest. Delivery vans park in it, so cyclists have to swerve into the road.</p>
<p>A <strong>kerb-separated</strong> lane from Bridge Street to the marina would make this route usable for children and older riders too.</p>
',
    (SELECT id FROM topic WHERE code = 'transport'),
    (SELECT id FROM district WHERE code = 'river'),
    'Riverside Drive, between Bridge Street and the marina',
    'SUBMITTED', TRUE, 3, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 4 DAY - INTERVAL 7 HOUR,
    NULL, NULL, NULL);

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'),
    'Safer crossing at Mill Street and 3rd Avenue',
    'The crossing at Mill Street and 3rd Avenue has no signal, and cars turning right from Mill Street rarely stop. Parents walking to the school on 3rd Avenue often wait a long time to get across.

Could the city add:

- a pedestrian signal with a push button
- a raised crossing to slow down turning cars
- better lighting for dark winter mornings',
    '<p>The crossing at Mill Street and 3rd Avenue has no signal, and cars turning right from Mill Street rarely stop. Parents walking to the school on 3rd Avenue often wait a long time to get across.</p>
<p>Could the city add:</p>
<ul><li>a pedestrian signal with a push button</li><li>a raised crossing to slow down turning cars</li><li>better lighting for dark winter mornings</li></ul>
',
    (SELECT id FROM topic WHERE code = 'transport'),
    (SELECT id FROM district WHERE code = 'old-town'),
    'Corner of Mill Street and 3rd Avenue',
    'ANSWERED', FALSE, 9, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 142 DAY - INTERVAL 9 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 118 DAY - INTERVAL 3 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you for raising this. Our traffic engineers counted pedestrians and turning vehicles at this junction and confirmed the risk. A signalised pedestrian crossing on a raised table is included in this year''s road safety programme and will be built during the school summer holidays. Temporary flashing warning signs have been installed in the meantime.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'),
    'Más autobuses de la línea 7 por la tarde',
    'La línea 7 pasa solo cada 40 minutos después de las siete de la tarde, y muchos vecinos de Eastgate volvemos del trabajo a esa hora. Los autobuses van llenos y a veces ni siquiera paran.

Pedimos **un autobús cada 15 minutos** hasta las diez de la noche, al menos de lunes a viernes.',
    '<p>La línea 7 pasa solo cada 40 minutos después de las siete de la tarde, y muchos vecinos de Eastgate volvemos del trabajo a esa hora. Los autobuses van llenos y a veces ni siquiera paran.</p>
<p>Pedimos <strong>un autobús cada 15 minutos</strong> hasta las diez de la noche, al menos de lunes a viernes.</p>
',
    (SELECT id FROM topic WHERE code = 'transport'),
    (SELECT id FROM district WHERE code = 'eastgate'),
    NULL,
    'UNDER_REVIEW', TRUE, 6, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 48 DAY - INTERVAL 6 HOUR,
    NULL, NULL, NULL);

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'),
    'Fix the potholes on Kingsley Avenue before winter',
    'Kingsley Avenue has at least a dozen deep potholes between Elm Street and the ring road. Two neighbours have already damaged tyres, and cyclists ride in the middle of the lane to avoid them. Last winter the frost made them much worse. Please resurface this stretch before the cold weather starts.',
    '<p>Kingsley Avenue has at least a dozen deep potholes between Elm Street and the ring road. Two neighbours have already damaged tyres, and cyclists ride in the middle of the lane to avoid them. Last winter the frost made them much worse. Please resurface this stretch before the cold weather starts.</p>
',
    (SELECT id FROM topic WHERE code = 'transport'),
    (SELECT id FROM district WHERE code = 'north'),
    'Kingsley Avenue, from Elm Street to the ring road',
    'ANSWERED', FALSE, 10, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 96 DAY - INTERVAL 14 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 81 DAY - INTERVAL 8 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you for the report. Our inspectors assessed Kingsley Avenue, and the section between Elm Street and the ring road has been added to the autumn resurfacing programme. The deepest potholes were filled as an emergency repair last week. New potholes can be reported at any time through the street maintenance form.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'),
    'Make Station Square car-free on Sundays',
    'Station Square is beautiful but full of cars and taxis even on Sunday mornings, when very few trains run. Closing it to traffic on Sundays would make room for a small market, street musicians and café tables. Other cities do this, and their shops report *more* customers, not fewer.',
    '<p>Station Square is beautiful but full of cars and taxis even on Sunday mornings, when very few trains run. Closing it to traffic on Sundays would make room for a small market, street musicians and café tables. Other cities do this, and their shops report <em>more</em> customers, not fewer.</p>
',
    (SELECT id FROM topic WHERE code = 'transport'),
    (SELECT id FROM district WHERE code = 'old-town'),
    'Station Square',
    'DECLINED', FALSE, 2, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 121 DAY - INTERVAL 11 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 97 DAY - INTERVAL 6 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you for the idea. Station Square is the only access for taxis, accessible transport and replacement buses serving the railway station, and it must stay open every day, Sundays included, so we cannot close it to traffic. Instead, we are looking at widening the pavement on the north side of the square as part of the Old Town streetscape plan.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'),
    'Covered bike parking at Hillcrest station',
    'The bike racks at Hillcrest station are full by eight in the morning and have no roof, so saddles are soaked half the year. People lock their bikes to railings and lamp posts instead. A covered, well-lit shelter for about 60 bikes would help many commuters leave the car at home.',
    '<p>The bike racks at Hillcrest station are full by eight in the morning and have no roof, so saddles are soaked half the year. People lock their bikes to railings and lamp posts instead. A covered, well-lit shelter for about 60 bikes would help many commuters leave the car at home.</p>
',
    (SELECT id FROM topic WHERE code = 'transport'),
    (SELECT id FROM district WHERE code = 'hillcrest'),
    'Hillcrest station, main entrance',
    'SUBMITTED', TRUE, 4, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 38 DAY - INTERVAL 16 HOUR,
    NULL, NULL, NULL);

-- Parks

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'tom.brennan@demo.civicportal.org'),
    'Shade trees for the Eastgate Park playground',
    'In summer the playground in Eastgate Park has no shade at all. The slide and the rubber surface are too hot to touch by noon, so families only use it early in the morning. A few fast-growing trees and a shade sail over the sandpit would make a big difference.',
    '<p>In summer the playground in Eastgate Park has no shade at all. The slide and the rubber surface are too hot to touch by noon, so families only use it early in the morning. A few fast-growing trees and a shade sail over the sandpit would make a big difference.</p>
',
    (SELECT id FROM topic WHERE code = 'parks'),
    (SELECT id FROM district WHERE code = 'eastgate'),
    'Eastgate Park playground, Juniper Street entrance',
    'ANSWERED', FALSE, 8, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 171 DAY - INTERVAL 8 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 150 DAY - INTERVAL 4 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you, the parents'' association raised this too. Six trees will be planted around the playground in the autumn planting season, and two shade sails will be installed over the sandpit and the benches before next summer. The work is funded from the parks maintenance budget.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'),
    'Huerto comunitario en el solar vacío de Foundry Lane',
    'El solar de Foundry Lane lleva años vacío y se acumula la basura. Varios vecinos queremos convertirlo en un huerto comunitario, con parcelas para familias y para la escuela del barrio.

Necesitaríamos:

- una toma de agua
- una valla sencilla
- un permiso de uso del Ayuntamiento',
    '<p>El solar de Foundry Lane lleva años vacío y se acumula la basura. Varios vecinos queremos convertirlo en un huerto comunitario, con parcelas para familias y para la escuela del barrio.</p>
<p>Necesitaríamos:</p>
<ul><li>una toma de agua</li><li>una valla sencilla</li><li>un permiso de uso del Ayuntamiento</li></ul>
',
    (SELECT id FROM topic WHERE code = 'parks'),
    (SELECT id FROM district WHERE code = 'north'),
    'Solar vacío de Foundry Lane, junto al número 14',
    'UNDER_REVIEW', TRUE, 5, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 76 DAY - INTERVAL 10 HOUR,
    NULL, NULL, NULL);

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'),
    'Fenced dog area in Hillcrest Park',
    'Hillcrest Park is shared by dog owners, joggers and young children, and there are regular conflicts when dogs run off the lead. A small fenced area where dogs can run freely would keep everyone happier. The unused grass corner next to the tennis courts would be ideal.',
    '<p>Hillcrest Park is shared by dog owners, joggers and young children, and there are regular conflicts when dogs run off the lead. A small fenced area where dogs can run freely would keep everyone happier. The unused grass corner next to the tennis courts would be ideal.</p>
',
    (SELECT id FROM topic WHERE code = 'parks'),
    (SELECT id FROM district WHERE code = 'hillcrest'),
    'Hillcrest Park, near the tennis courts',
    'SUBMITTED', TRUE, 7, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 12 DAY - INTERVAL 13 HOUR,
    NULL, NULL, NULL);

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'),
    'Repair the benches and drinking fountain on Canal Walk',
    'Several benches along Canal Walk have broken slats, and the drinking fountain near the lock has not worked since last summer. Many older residents walk here and need a place to rest. Please repair them, and consider adding a couple of benches **with armrests**.',
    '<p>Several benches along Canal Walk have broken slats, and the drinking fountain near the lock has not worked since last summer. Many older residents walk here and need a place to rest. Please repair them, and consider adding a couple of benches <strong>with armrests</strong>.</p>
',
    (SELECT id FROM topic WHERE code = 'parks'),
    (SELECT id FROM district WHERE code = 'river'),
    'Canal Walk, between the lock and Harbor Road',
    'ANSWERED', FALSE, 4, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 111 DAY - INTERVAL 15 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 89 DAY - INTERVAL 9 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you for letting us know. The parks team has replaced the broken slats on five benches and repaired the drinking fountain near the lock. Two new benches with armrests will be installed between the lock and Harbor Road next month.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'),
    'Open the old Hillcrest quarry as a nature park',
    'The old quarry behind Hillcrest has turned into a wild area full of birds and wildflowers. People already walk there, but there are no paths and it is fenced off. Opened as a nature park with a simple trail and a viewpoint, it would give the district a unique green space.',
    '<p>The old quarry behind Hillcrest has turned into a wild area full of birds and wildflowers. People already walk there, but there are no paths and it is fenced off. Opened as a nature park with a simple trail and a viewpoint, it would give the district a unique green space.</p>
',
    (SELECT id FROM topic WHERE code = 'parks'),
    (SELECT id FROM district WHERE code = 'hillcrest'),
    'Old quarry behind Quarry Road',
    'DECLINED', FALSE, 3, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 186 DAY - INTERVAL 12 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 160 DAY - INTERVAL 7 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you for the suggestion. The quarry is privately owned, and a geotechnical survey last year found unstable rock faces that make public access unsafe without major works the owner does not plan to carry out. For these reasons the city cannot open it as a park, but we have asked for the site to be protected as a wildlife area in the next land-use plan.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'),
    'Drinking water and toilets at the Northside sports fields',
    'Hundreds of children play football at the Northside sports fields every weekend, but there is no drinking water, and the nearest toilet is in the petrol station across the road. A water fountain and a small toilet block, even if only open at weekends, would be a basic improvement.',
    '<p>Hundreds of children play football at the Northside sports fields every weekend, but there is no drinking water, and the nearest toilet is in the petrol station across the road. A water fountain and a small toilet block, even if only open at weekends, would be a basic improvement.</p>
',
    (SELECT id FROM topic WHERE code = 'parks'),
    (SELECT id FROM district WHERE code = 'north'),
    'Northside sports fields',
    'SUBMITTED', TRUE, 1, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 2 DAY - INTERVAL 9 HOUR,
    NULL, NULL, NULL);

-- Housing

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'),
    'Punto de asesoramiento sobre alquileres en Eastgate',
    'Muchos inquilinos de Eastgate no conocen sus derechos cuando el casero sube el alquiler o no hace las reparaciones. Propongo un **punto de asesoramiento gratuito** una tarde por semana en la biblioteca, con atención en inglés y en español.',
    '<p>Muchos inquilinos de Eastgate no conocen sus derechos cuando el casero sube el alquiler o no hace las reparaciones. Propongo un <strong>punto de asesoramiento gratuito</strong> una tarde por semana en la biblioteca, con atención en inglés y en español.</p>
',
    (SELECT id FROM topic WHERE code = 'housing'),
    (SELECT id FROM district WHERE code = 'eastgate'),
    NULL,
    'ANSWERED', FALSE, 5, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 131 DAY - INTERVAL 10 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 104 DAY - INTERVAL 5 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Gracias por la propuesta. A partir del próximo mes, el servicio municipal de vivienda atenderá consultas sobre alquileres todos los miércoles de cuatro a siete de la tarde en la biblioteca de Eastgate. Habrá personal que atiende en inglés y en español, y no hace falta cita previa.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'),
    'Flats above the empty shop floors in Old Town',
    'Many buildings in Old Town have a shop on the ground floor and two or three empty floors above it. Owners say a conversion is too expensive and too hard to get approved. The city could offer **faster planning approval** and small grants to turn these upper floors into flats. It would bring more people into the centre and help the shops too.',
    '<p>Many buildings in Old Town have a shop on the ground floor and two or three empty floors above it. Owners say a conversion is too expensive and too hard to get approved. The city could offer <strong>faster planning approval</strong> and small grants to turn these upper floors into flats. It would bring more people into the centre and help the shops too.</p>
',
    (SELECT id FROM topic WHERE code = 'housing'),
    (SELECT id FROM district WHERE code = 'old-town'),
    NULL,
    'UNDER_REVIEW', TRUE, 6, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 89 DAY - INTERVAL 17 HOUR,
    NULL, NULL, NULL);

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'),
    'Damp and mould in the Hillcrest Court flats',
    'Families in blocks B and C of Hillcrest Court have lived with damp and black mould for two winters. Every report to the housing office gets a visit, but nothing changes. Several children in these flats have asthma.

We ask for a proper survey of both buildings and a repair plan **with dates**.',
    '<p>Families in blocks B and C of Hillcrest Court have lived with damp and black mould for two winters. Every report to the housing office gets a visit, but nothing changes. Several children in these flats have asthma.</p>
<p>We ask for a proper survey of both buildings and a repair plan <strong>with dates</strong>.</p>
',
    (SELECT id FROM topic WHERE code = 'housing'),
    (SELECT id FROM district WHERE code = 'hillcrest'),
    'Hillcrest Court, blocks B and C',
    'ANSWERED', FALSE, 8, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 61 DAY - INTERVAL 8 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 47 DAY - INTERVAL 10 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you for raising this, and we apologise for the delay. An independent surveyor inspected blocks B and C and found failed ventilation and damaged roof insulation. Repairs to both blocks start in the spring, and every affected household will be contacted about dehumidifiers and, where needed, a temporary move.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'),
    'Allow garden cottages on larger residential lots',
    'Many houses in Northside stand on large lots with long back gardens. Allowing a small second home in the garden would let older owners stay close to their families, or give young people an affordable place to rent. Clear rules on size and height would prevent abuse.',
    '<p>Many houses in Northside stand on large lots with long back gardens. Allowing a small second home in the garden would let older owners stay close to their families, or give young people an affordable place to rent. Clear rules on size and height would prevent abuse.</p>
',
    (SELECT id FROM topic WHERE code = 'housing'),
    (SELECT id FROM district WHERE code = 'north'),
    NULL,
    'SUBMITTED', TRUE, 2, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 53 DAY - INTERVAL 19 HOUR,
    NULL, NULL, NULL);

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'),
    'Limit short-term holiday rentals in Riverside',
    'More and more flats near the river are rented to tourists by the night. Our buildings have strangers coming and going with suitcases, and long-term rents keep rising. I would like the city to **cap the number of short-term rentals** in Riverside.',
    '<p>More and more flats near the river are rented to tourists by the night. Our buildings have strangers coming and going with suitcases, and long-term rents keep rising. I would like the city to <strong>cap the number of short-term rentals</strong> in Riverside.</p>
',
    (SELECT id FROM topic WHERE code = 'housing'),
    (SELECT id FROM district WHERE code = 'river'),
    NULL,
    'DECLINED', FALSE, 7, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 151 DAY - INTERVAL 13 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 128 DAY - INTERVAL 8 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you for this input. Under state law the city has no power to cap the number of short-term rentals, so we cannot adopt this proposal. What we can do is enforce the registration rules: from this year every short-term rental must show its registration number in its listing, and unregistered rentals can be reported to the housing office.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'),
    'Accessible ground-floor homes for older residents',
    'My parents can no longer manage the stairs in their building, but there are almost no step-free flats in Riverside they could move to. New housing projects should include a share of **accessible ground-floor homes**, and the city could keep a list of them for people who need to move.',
    '<p>My parents can no longer manage the stairs in their building, but there are almost no step-free flats in Riverside they could move to. New housing projects should include a share of <strong>accessible ground-floor homes</strong>, and the city could keep a list of them for people who need to move.</p>
',
    (SELECT id FROM topic WHERE code = 'housing'),
    (SELECT id FROM district WHERE code = 'river'),
    NULL,
    'SUBMITTED', TRUE, 3, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 9 DAY - INTERVAL 11 HOUR,
    NULL, NULL, NULL);

-- Safety

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'),
    'Mejor iluminación en el paso subterráneo de Bridge Street',
    'El paso subterráneo de Bridge Street está muy oscuro por la noche y varias farolas llevan meses rotas. Mucha gente, sobre todo mujeres, prefiere dar un rodeo largo para no pasar por allí. Pedimos que se reparen las luces y se instale una iluminación LED más potente.',
    '<p>El paso subterráneo de Bridge Street está muy oscuro por la noche y varias farolas llevan meses rotas. Mucha gente, sobre todo mujeres, prefiere dar un rodeo largo para no pasar por allí. Pedimos que se reparen las luces y se instale una iluminación LED más potente.</p>
',
    (SELECT id FROM topic WHERE code = 'safety'),
    (SELECT id FROM district WHERE code = 'river'),
    'Paso subterráneo de Bridge Street, bajo la vía del tren',
    'ANSWERED', FALSE, 6, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 82 DAY - INTERVAL 20 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 63 DAY - INTERVAL 9 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Gracias por su aportación. Hemos sustituido todas las luminarias del paso subterráneo por luces LED más potentes, y el equipo de mantenimiento las revisará cada mes. Además, las paredes se han pintado de un color claro para mejorar la visibilidad.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'),
    'Speed cameras outside Northside Primary School',
    'Drivers regularly speed along Elm Street past Northside Primary School, even at drop-off and pick-up times, and the speed limit signs are simply ignored. A speed camera, or at least a flashing speed display, together with a staffed school crossing would protect the children.',
    '<p>Drivers regularly speed along Elm Street past Northside Primary School, even at drop-off and pick-up times, and the speed limit signs are simply ignored. A speed camera, or at least a flashing speed display, together with a staffed school crossing would protect the children.</p>
',
    (SELECT id FROM topic WHERE code = 'safety'),
    (SELECT id FROM district WHERE code = 'north'),
    'Elm Street, outside Northside Primary School',
    'UNDER_REVIEW', TRUE, 9, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 33 DAY - INTERVAL 8 HOUR,
    NULL, NULL, NULL);

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'),
    'Traffic calming on Oak Lane',
    'Since the roadworks on Hillcrest Road started, Oak Lane has become a shortcut, and cars race through a narrow street where children play. Speed bumps or a one-way section would stop the through traffic.',
    '<p>Since the roadworks on Hillcrest Road started, Oak Lane has become a shortcut, and cars race through a narrow street where children play. Speed bumps or a one-way section would stop the through traffic.</p>
',
    (SELECT id FROM topic WHERE code = 'safety'),
    (SELECT id FROM district WHERE code = 'hillcrest'),
    'Oak Lane, between Cedar Avenue and Hillcrest Road',
    'SUBMITTED', TRUE, 2, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 6 DAY - INTERVAL 18 HOUR,
    NULL, NULL, NULL);

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'),
    'CCTV cameras across Market Square',
    'Weekend nights around Market Square are getting worse: fights, broken glass and vandalised bikes. **CCTV cameras** on every corner of the square would deter trouble and help the police.',
    '<p>Weekend nights around Market Square are getting worse: fights, broken glass and vandalised bikes. <strong>CCTV cameras</strong> on every corner of the square would deter trouble and help the police.</p>
',
    (SELECT id FROM topic WHERE code = 'safety'),
    (SELECT id FROM district WHERE code = 'old-town'),
    'Market Square',
    'DECLINED', FALSE, 1, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 66 DAY - INTERVAL 22 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 50 DAY - INTERVAL 7 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you for your input. City policy allows public CCTV only where less intrusive measures have been tried and failed, and the privacy assessment for Market Square did not meet that standard. Instead, from next month there will be extra police patrols on Friday and Saturday nights, and street cleaning will start earlier on weekend mornings. We will review the situation again in six months.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'tom.brennan@demo.civicportal.org'),
    'Defibrillator at the Eastgate community centre',
    'The Eastgate community centre hosts sports clubs, dances for older people and a busy youth club, but there is no defibrillator in the building or anywhere nearby. An accessible defibrillator outside the entrance, with a short training session for volunteers, could save a life.',
    '<p>The Eastgate community centre hosts sports clubs, dances for older people and a busy youth club, but there is no defibrillator in the building or anywhere nearby. An accessible defibrillator outside the entrance, with a short training session for volunteers, could save a life.</p>
',
    (SELECT id FROM topic WHERE code = 'safety'),
    (SELECT id FROM district WHERE code = 'eastgate'),
    'Eastgate community centre',
    'ANSWERED', FALSE, 5, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 45 DAY - INTERVAL 12 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 31 DAY - INTERVAL 6 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you for this practical suggestion. A public-access defibrillator has been installed next to the main entrance of the community centre and registered with the ambulance service. A free first-aid and defibrillator training for volunteers will be held at the centre next month, and the reception desk can give you the date.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'),
    'Cut back the hedges blocking the pavement on Maple Avenue',
    'On Maple Avenue the hedges of several front gardens have grown over the pavement. Pedestrians with prams or wheelchairs have to step into the road, and drivers leaving their driveways cannot see children on bikes. Could the city ask the owners to trim them, or trim them itself?',
    '<p>On Maple Avenue the hedges of several front gardens have grown over the pavement. Pedestrians with prams or wheelchairs have to step into the road, and drivers leaving their driveways cannot see children on bikes. Could the city ask the owners to trim them, or trim them itself?</p>
',
    (SELECT id FROM topic WHERE code = 'safety'),
    (SELECT id FROM district WHERE code = 'river'),
    'Maple Avenue, numbers 20 to 48',
    'SUBMITTED', TRUE, 0, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 27 DAY - INTERVAL 15 HOUR,
    NULL, NULL, NULL);

-- Culture

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'),
    'Longer evening opening hours at Northside Library',
    'Northside Library closes at six on weekdays, so working people and students who need a quiet place to study can hardly use it. Opening until eight at least two evenings a week would make a real difference. In winter it is also the only warm public place in the district.',
    '<p>Northside Library closes at six on weekdays, so working people and students who need a quiet place to study can hardly use it. Opening until eight at least two evenings a week would make a real difference. In winter it is also the only warm public place in the district.</p>
',
    (SELECT id FROM topic WHERE code = 'culture'),
    (SELECT id FROM district WHERE code = 'north'),
    'Northside Library',
    'ANSWERED', FALSE, 7, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 176 DAY - INTERVAL 10 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 155 DAY - INTERVAL 4 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you for your suggestion, which many residents supported. From next month Northside Library will stay open until 8 pm on Tuesdays and Thursdays as a six-month trial. Visitor numbers will be reviewed at the end of the trial to decide whether to keep or extend the longer hours.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'),
    'Outdoor summer cinema in Market Square',
    'On summer evenings Market Square could host a free open-air film screening once a week. It would be a great family outing, and the cafés around the square would benefit too. The programme could include:

- classic films
- short films by local students
- one night a month of Spanish-language cinema',
    '<p>On summer evenings Market Square could host a free open-air film screening once a week. It would be a great family outing, and the cafés around the square would benefit too. The programme could include:</p>
<ul><li>classic films</li><li>short films by local students</li><li>one night a month of Spanish-language cinema</li></ul>
',
    (SELECT id FROM topic WHERE code = 'culture'),
    (SELECT id FROM district WHERE code = 'old-town'),
    'Market Square',
    'SUBMITTED', TRUE, 4, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 15 DAY - INTERVAL 14 HOUR,
    NULL, NULL, NULL);

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'),
    'Talleres de lectura bilingües para familias en la biblioteca de Eastgate',
    'En Eastgate viven muchas familias que hablan español en casa. Sería estupendo tener **talleres de lectura bilingües** los sábados por la mañana en la biblioteca, para que niños y padres lean juntos en los dos idiomas. Hay vecinos voluntarios dispuestos a ayudar.',
    '<p>En Eastgate viven muchas familias que hablan español en casa. Sería estupendo tener <strong>talleres de lectura bilingües</strong> los sábados por la mañana en la biblioteca, para que niños y padres lean juntos en los dos idiomas. Hay vecinos voluntarios dispuestos a ayudar.</p>
',
    (SELECT id FROM topic WHERE code = 'culture'),
    (SELECT id FROM district WHERE code = 'eastgate'),
    'Biblioteca de Eastgate',
    'SUBMITTED', TRUE, 3, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 21 DAY - INTERVAL 10 HOUR,
    NULL, NULL, NULL);

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'),
    'Protect the mural on the old Foundry building',
    'The large painted mural on the side of the old Foundry building tells the story of the ironworks and the people who worked there. The building has been sold, and neighbours are worried the mural will be painted over. Please work with the new owner to protect it, or at least record it properly before any works begin.',
    '<p>The large painted mural on the side of the old Foundry building tells the story of the ironworks and the people who worked there. The building has been sold, and neighbours are worried the mural will be painted over. Please work with the new owner to protect it, or at least record it properly before any works begin.</p>
',
    (SELECT id FROM topic WHERE code = 'culture'),
    (SELECT id FROM district WHERE code = 'north'),
    'Foundry building, corner of Foundry Lane and Elm Street',
    'UNDER_REVIEW', TRUE, 5, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 40 DAY - INTERVAL 16 HOUR,
    NULL, NULL, NULL);

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'),
    'Turn the old fire station into rehearsal rooms for local bands',
    'Since the old fire station on Harbor Road closed, the building has stood empty. Young bands in the city have nowhere affordable to rehearse. Soundproofed rooms rented by the hour at low prices would keep the building in use and support local music.',
    '<p>Since the old fire station on Harbor Road closed, the building has stood empty. Young bands in the city have nowhere affordable to rehearse. Soundproofed rooms rented by the hour at low prices would keep the building in use and support local music.</p>
',
    (SELECT id FROM topic WHERE code = 'culture'),
    (SELECT id FROM district WHERE code = 'river'),
    'Old fire station, Harbor Road',
    'DECLINED', FALSE, 2, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 101 DAY - INTERVAL 9 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 84 DAY - INTERVAL 11 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you for the proposal. The old fire station has already been allocated to a housing association, which will convert it into twelve affordable flats, so it is not available for rehearsal rooms. To support local musicians, the youth centre on Bridge Street is adding two bookable music rooms this year.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'),
    'Local history walking trail with plaques in Old Town',
    'Old Town has many interesting buildings, but visitors and even residents know little about them. A walking trail with small plaques and a QR code linking to old photos and stories would bring its history to life. Schools could use it for lessons, and the local history society has offered to write the texts.',
    '<p>Old Town has many interesting buildings, but visitors and even residents know little about them. A walking trail with small plaques and a QR code linking to old photos and stories would bring its history to life. Schools could use it for lessons, and the local history society has offered to write the texts.</p>
',
    (SELECT id FROM topic WHERE code = 'culture'),
    (SELECT id FROM district WHERE code = 'old-town'),
    NULL,
    'UNDER_REVIEW', TRUE, 3, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 58 DAY - INTERVAL 12 HOUR,
    NULL, NULL, NULL);

-- Climate

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'),
    'Solar panels on school and library roofs',
    'Public buildings in Hillcrest have large flat roofs that get sun all day. Solar panels on the schools and the library would cut energy bills and show children how renewable energy works. Some cities also let residents invest in such projects through a community energy scheme.',
    '<p>Public buildings in Hillcrest have large flat roofs that get sun all day. Solar panels on the schools and the library would cut energy bills and show children how renewable energy works. Some cities also let residents invest in such projects through a community energy scheme.</p>
',
    (SELECT id FROM topic WHERE code = 'climate'),
    (SELECT id FROM district WHERE code = 'hillcrest'),
    NULL,
    'ANSWERED', FALSE, 6, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 196 DAY - INTERVAL 9 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 170 DAY - INTERVAL 6 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you for this proposal. After assessing every public roof in Hillcrest, we will install solar panels on Hillcrest Secondary School and the library this year, with two primary schools following next year. We are also preparing a community energy scheme so that residents can invest in future installations, and its details will be published on this portal.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'tom.brennan@demo.civicportal.org'),
    'More public charging points for electric cars in Eastgate',
    'Most homes in Eastgate are flats without driveways, so people who want an electric car have nowhere to charge it. There are only two public chargers in the whole district. Chargers in the larger car parks and some on-street charging points would make the switch possible for many families.',
    '<p>Most homes in Eastgate are flats without driveways, so people who want an electric car have nowhere to charge it. There are only two public chargers in the whole district. Chargers in the larger car parks and some on-street charging points would make the switch possible for many families.</p>
',
    (SELECT id FROM topic WHERE code = 'climate'),
    (SELECT id FROM district WHERE code = 'eastgate'),
    NULL,
    'SUBMITTED', TRUE, 4, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 71 DAY - INTERVAL 18 HOUR,
    NULL, NULL, NULL);

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'),
    'Street trees along Harbor Road to cool the street',
    'Harbor Road is a wide street without a single tree, and in summer it is the hottest place in Riverside. A row of trees on both sides would give shade, soak up rain and make walking much more pleasant.',
    '<p>Harbor Road is a wide street without a single tree, and in summer it is the hottest place in Riverside. A row of trees on both sides would give shade, soak up rain and make walking much more pleasant.</p>
',
    (SELECT id FROM topic WHERE code = 'climate'),
    (SELECT id FROM district WHERE code = 'river'),
    'Harbor Road, between the old fire station and the canal',
    'SUBMITTED', TRUE, 0, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 1 DAY - INTERVAL 5 HOUR,
    NULL, NULL, NULL);

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'),
    'Monthly repair café at the Northside community centre',
    'Many things we throw away could be fixed with a little help: toasters, bikes, clothes, lamps. A monthly **repair café** run by volunteers at the community centre would cut waste and bring neighbours together. The city could help with the room, basic tools and publicity.',
    '<p>Many things we throw away could be fixed with a little help: toasters, bikes, clothes, lamps. A monthly <strong>repair café</strong> run by volunteers at the community centre would cut waste and bring neighbours together. The city could help with the room, basic tools and publicity.</p>
',
    (SELECT id FROM topic WHERE code = 'climate'),
    (SELECT id FROM district WHERE code = 'north'),
    'Northside community centre',
    'ANSWERED', FALSE, 3, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 125 DAY - INTERVAL 16 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 108 DAY - INTERVAL 9 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you for the idea. From the autumn, the Northside community centre will host a repair café on the first Saturday of every month, and the city will provide the room free of charge and a starter set of tools. Volunteers with repair skills can sign up at the centre''s reception.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'),
    'Cooling rooms in public buildings during heat waves',
    'During last summer''s heat wave many older people in Old Town stayed alone in very hot flats. During heat alerts the city could open air-conditioned rooms in libraries and community centres as **cooling rooms**, with water and somewhere to sit. A list of these places should reach older residents *before* the summer.',
    '<p>During last summer&#39;s heat wave many older people in Old Town stayed alone in very hot flats. During heat alerts the city could open air-conditioned rooms in libraries and community centres as <strong>cooling rooms</strong>, with water and somewhere to sit. A list of these places should reach older residents <em>before</em> the summer.</p>
',
    (SELECT id FROM topic WHERE code = 'climate'),
    (SELECT id FROM district WHERE code = 'old-town'),
    NULL,
    'ANSWERED', FALSE, 5, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 35 DAY - INTERVAL 10 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 20 DAY - INTERVAL 8 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you for this important suggestion. During heat alerts this summer, the libraries in Old Town, Northside and Eastgate and the Riverside community centre will open as cooling rooms with longer hours, seating and drinking water. The list will be published on this portal and posted to every resident over 75, and we will evaluate the scheme at the end of the season.');

INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, place, status, awaiting,
                   support_count, report_count, hidden, created_at, answered_at, answered_by, answer)
VALUES (
    (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'),
    'Electric buses on the routes from the Eastgate depot',
    'The buses leaving the Eastgate depot are old diesel vehicles, and the air on Eastgate Road is noticeably worse at rush hour. I propose replacing every bus on these routes with an electric bus **by 2027**.',
    '<p>The buses leaving the Eastgate depot are old diesel vehicles, and the air on Eastgate Road is noticeably worse at rush hour. I propose replacing every bus on these routes with an electric bus <strong>by 2027</strong>.</p>
',
    (SELECT id FROM topic WHERE code = 'climate'),
    (SELECT id FROM district WHERE code = 'eastgate'),
    'Eastgate bus depot, Eastgate Road',
    'DECLINED', FALSE, 8, 0, FALSE,
    UTC_TIMESTAMP(6) - INTERVAL 90 DAY - INTERVAL 13 HOUR,
    UTC_TIMESTAMP(6) - INTERVAL 70 DAY - INTERVAL 10 HOUR,
    (SELECT id FROM account WHERE email = 'official@demo.civicportal.org'),
    'Thank you for your input. The current bus contract runs until 2029, and the city cannot require the operator to replace its fleet before then, so a full switch by 2027 is not possible. The next contract will require zero-emission buses on all routes, starting with those from the Eastgate depot, and an air quality monitor will be installed on Eastgate Road this year.');

-- ---------------------------------------------------------------------------------------------------------
-- Supports ("me too"): never by the author, each some hours after the input was created
-- ---------------------------------------------------------------------------------------------------------

SET @input_id = (SELECT id FROM input WHERE title = 'Protected bike lane along Riverside Drive');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'), @created_at + INTERVAL 20 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), @created_at + INTERVAL 47 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), @created_at + INTERVAL 48 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Safer crossing at Mill Street and 3rd Avenue');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), @created_at + INTERVAL 14 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'), @created_at + INTERVAL 128 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'), @created_at + INTERVAL 345 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), @created_at + INTERVAL 512 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), @created_at + INTERVAL 745 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), @created_at + INTERVAL 832 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'), @created_at + INTERVAL 1227 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 1339 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), @created_at + INTERVAL 2465 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Más autobuses de la línea 7 por la tarde');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'), @created_at + INTERVAL 474 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), @created_at + INTERVAL 637 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'tom.brennan@demo.civicportal.org'), @created_at + INTERVAL 680 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), @created_at + INTERVAL 702 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 748 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), @created_at + INTERVAL 838 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Fix the potholes on Kingsley Avenue before winter');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), @created_at + INTERVAL 62 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 113 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), @created_at + INTERVAL 310 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'), @created_at + INTERVAL 674 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), @created_at + INTERVAL 771 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'), @created_at + INTERVAL 878 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'tom.brennan@demo.civicportal.org'), @created_at + INTERVAL 1095 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'), @created_at + INTERVAL 1364 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), @created_at + INTERVAL 1406 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 1676 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Make Station Square car-free on Sundays');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), @created_at + INTERVAL 1481 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 1664 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Covered bike parking at Hillcrest station');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), @created_at + INTERVAL 62 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'tom.brennan@demo.civicportal.org'), @created_at + INTERVAL 120 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), @created_at + INTERVAL 340 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 579 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Shade trees for the Eastgate Park playground');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 45 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), @created_at + INTERVAL 72 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'), @created_at + INTERVAL 973 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), @created_at + INTERVAL 1018 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), @created_at + INTERVAL 1370 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 1473 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), @created_at + INTERVAL 1525 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'), @created_at + INTERVAL 2221 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Huerto comunitario en el solar vacío de Foundry Lane');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 21 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 154 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'), @created_at + INTERVAL 518 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), @created_at + INTERVAL 539 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), @created_at + INTERVAL 1279 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Fenced dog area in Hillcrest Park');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), @created_at + INTERVAL 13 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 20 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), @created_at + INTERVAL 74 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), @created_at + INTERVAL 90 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), @created_at + INTERVAL 97 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'tom.brennan@demo.civicportal.org'), @created_at + INTERVAL 113 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'), @created_at + INTERVAL 120 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Repair the benches and drinking fountain on Canal Walk');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'), @created_at + INTERVAL 378 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), @created_at + INTERVAL 381 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 584 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), @created_at + INTERVAL 1276 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Open the old Hillcrest quarry as a nature park');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'), @created_at + INTERVAL 1825 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'), @created_at + INTERVAL 2890 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), @created_at + INTERVAL 3275 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Drinking water and toilets at the Northside sports fields');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), @created_at + INTERVAL 5 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Punto de asesoramiento sobre alquileres en Eastgate');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 11 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), @created_at + INTERVAL 685 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), @created_at + INTERVAL 792 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), @created_at + INTERVAL 889 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), @created_at + INTERVAL 1479 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Flats above the empty shop floors in Old Town');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), @created_at + INTERVAL 85 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), @created_at + INTERVAL 163 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 565 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), @created_at + INTERVAL 652 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), @created_at + INTERVAL 872 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), @created_at + INTERVAL 1274 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Damp and mould in the Hillcrest Court flats');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), @created_at + INTERVAL 183 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 333 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 355 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'), @created_at + INTERVAL 455 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), @created_at + INTERVAL 622 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), @created_at + INTERVAL 623 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), @created_at + INTERVAL 892 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'), @created_at + INTERVAL 1054 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Allow garden cottages on larger residential lots');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 198 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), @created_at + INTERVAL 702 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Limit short-term holiday rentals in Riverside');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 549 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'tom.brennan@demo.civicportal.org'), @created_at + INTERVAL 973 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'), @created_at + INTERVAL 1295 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'), @created_at + INTERVAL 1410 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'), @created_at + INTERVAL 1489 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 2341 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), @created_at + INTERVAL 2457 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Accessible ground-floor homes for older residents');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'), @created_at + INTERVAL 6 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 135 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), @created_at + INTERVAL 160 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Mejor iluminación en el paso subterráneo de Bridge Street');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), @created_at + INTERVAL 57 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'), @created_at + INTERVAL 65 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 111 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), @created_at + INTERVAL 572 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'), @created_at + INTERVAL 1065 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'tom.brennan@demo.civicportal.org'), @created_at + INTERVAL 1253 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Speed cameras outside Northside Primary School');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 8 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'tom.brennan@demo.civicportal.org'), @created_at + INTERVAL 44 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), @created_at + INTERVAL 102 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), @created_at + INTERVAL 170 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'), @created_at + INTERVAL 188 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), @created_at + INTERVAL 189 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), @created_at + INTERVAL 262 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 343 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), @created_at + INTERVAL 390 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Traffic calming on Oak Lane');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), @created_at + INTERVAL 14 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), @created_at + INTERVAL 72 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'CCTV cameras across Market Square');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), @created_at + INTERVAL 1018 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Defibrillator at the Eastgate community centre');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), @created_at + INTERVAL 143 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), @created_at + INTERVAL 359 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), @created_at + INTERVAL 402 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'), @created_at + INTERVAL 588 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'), @created_at + INTERVAL 704 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Longer evening opening hours at Northside Library');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'), @created_at + INTERVAL 288 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'), @created_at + INTERVAL 999 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), @created_at + INTERVAL 1640 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'), @created_at + INTERVAL 2656 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'), @created_at + INTERVAL 2793 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 2900 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), @created_at + INTERVAL 3136 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Outdoor summer cinema in Market Square');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 86 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), @created_at + INTERVAL 146 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), @created_at + INTERVAL 240 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'), @created_at + INTERVAL 274 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Talleres de lectura bilingües para familias en la biblioteca de Eastgate');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'), @created_at + INTERVAL 166 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), @created_at + INTERVAL 184 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'), @created_at + INTERVAL 284 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Protect the mural on the old Foundry building');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'tom.brennan@demo.civicportal.org'), @created_at + INTERVAL 4 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'), @created_at + INTERVAL 8 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), @created_at + INTERVAL 73 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'), @created_at + INTERVAL 174 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), @created_at + INTERVAL 709 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Turn the old fire station into rehearsal rooms for local bands');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 18 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 1400 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Local history walking trail with plaques in Old Town');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), @created_at + INTERVAL 368 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), @created_at + INTERVAL 554 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 609 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Solar panels on school and library roofs');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), @created_at + INTERVAL 312 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), @created_at + INTERVAL 548 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'), @created_at + INTERVAL 948 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), @created_at + INTERVAL 1445 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 3013 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 3501 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'More public charging points for electric cars in Eastgate');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 153 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 216 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), @created_at + INTERVAL 601 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'lucia.fernandez@demo.civicportal.org'), @created_at + INTERVAL 1015 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Monthly repair café at the Northside community centre');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 1382 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'), @created_at + INTERVAL 2094 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 2195 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Cooling rooms in public buildings during heat waves');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'jose.ramirez@demo.civicportal.org'), @created_at + INTERVAL 97 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'james.okafor@demo.civicportal.org'), @created_at + INTERVAL 507 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), @created_at + INTERVAL 576 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'), @created_at + INTERVAL 589 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'carlos.mendoza@demo.civicportal.org'), @created_at + INTERVAL 602 HOUR);

SET @input_id = (SELECT id FROM input WHERE title = 'Electric buses on the routes from the Eastgate depot');
SET @created_at = (SELECT created_at FROM input WHERE id = @input_id);
INSERT INTO input_support (input_id, account_id, created_at) VALUES
    (@input_id, (SELECT id FROM account WHERE email = 'hannah.weiss@demo.civicportal.org'), @created_at + INTERVAL 319 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'sofia.herrera@demo.civicportal.org'), @created_at + INTERVAL 653 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'maria.gonzalez@demo.civicportal.org'), @created_at + INTERVAL 701 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'emily.carter@demo.civicportal.org'), @created_at + INTERVAL 711 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'aisha.rahman@demo.civicportal.org'), @created_at + INTERVAL 1073 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'daniel.nguyen@demo.civicportal.org'), @created_at + INTERVAL 1106 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'resident@demo.civicportal.org'), @created_at + INTERVAL 1352 HOUR),
    (@input_id, (SELECT id FROM account WHERE email = 'peter.lindqvist@demo.civicportal.org'), @created_at + INTERVAL 1448 HOUR);

-- ---------------------------------------------------------------------------------------------------------
-- Status history, as the portal records it: SUBMITTED by the author when created, UNDER_REVIEW and the
-- answer (ANSWERED or DECLINED) by the official
-- ---------------------------------------------------------------------------------------------------------

INSERT INTO input_status_change (input_id, status, changed_at, changed_by)
SELECT i.id, 'SUBMITTED', i.created_at, i.author_id
FROM input i JOIN account a ON a.id = i.author_id
WHERE a.email LIKE '%@demo.civicportal.org';

SET @official_id = (SELECT id FROM account WHERE email = 'official@demo.civicportal.org');
INSERT INTO input_status_change (input_id, status, changed_at, changed_by)
SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 77 HOUR, @official_id FROM input WHERE title = 'Safer crossing at Mill Street and 3rd Avenue'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 146 HOUR, @official_id FROM input WHERE title = 'Más autobuses de la línea 7 por la tarde'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 49 HOUR, @official_id FROM input WHERE title = 'Fix the potholes on Kingsley Avenue before winter'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 123 HOUR, @official_id FROM input WHERE title = 'Shade trees for the Eastgate Park playground'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 246 HOUR, @official_id FROM input WHERE title = 'Huerto comunitario en el solar vacío de Foundry Lane'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 98 HOUR, @official_id FROM input WHERE title = 'Repair the benches and drinking fountain on Canal Walk'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 172 HOUR, @official_id FROM input WHERE title = 'Open the old Hillcrest quarry as a nature park'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 193 HOUR, @official_id FROM input WHERE title = 'Punto de asesoramiento sobre alquileres en Eastgate'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 170 HOUR, @official_id FROM input WHERE title = 'Flats above the empty shop floors in Old Town'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 51 HOUR, @official_id FROM input WHERE title = 'Damp and mould in the Hillcrest Court flats'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 102 HOUR, @official_id FROM input WHERE title = 'Limit short-term holiday rentals in Riverside'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 38 HOUR, @official_id FROM input WHERE title = 'Mejor iluminación en el paso subterráneo de Bridge Street'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 73 HOUR, @official_id FROM input WHERE title = 'Speed cameras outside Northside Primary School'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 36 HOUR, @official_id FROM input WHERE title = 'CCTV cameras across Market Square'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 146 HOUR, @official_id FROM input WHERE title = 'Longer evening opening hours at Northside Library'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 121 HOUR, @official_id FROM input WHERE title = 'Protect the mural on the old Foundry building'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 76 HOUR, @official_id FROM input WHERE title = 'Turn the old fire station into rehearsal rooms for local bands'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 291 HOUR, @official_id FROM input WHERE title = 'Local history walking trail with plaques in Old Town'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 218 HOUR, @official_id FROM input WHERE title = 'Solar panels on school and library roofs'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 97 HOUR, @official_id FROM input WHERE title = 'Monthly repair café at the Northside community centre'
UNION ALL SELECT id, 'UNDER_REVIEW', created_at + INTERVAL 147 HOUR, @official_id FROM input WHERE title = 'Electric buses on the routes from the Eastgate depot';

INSERT INTO input_status_change (input_id, status, changed_at, changed_by)
SELECT i.id, i.status, i.answered_at, i.answered_by
FROM input i JOIN account official ON official.id = i.answered_by
WHERE official.email = 'official@demo.civicportal.org' AND i.status IN ('ANSWERED', 'DECLINED');

-- The three demo accounts of V1 were created "now"; make them older than the inputs they wrote and answered.
UPDATE account SET created_at = UTC_TIMESTAMP(6) - INTERVAL 250 DAY, email_verified_at = UTC_TIMESTAMP(6) - INTERVAL 250 DAY
WHERE email IN ('resident@demo.civicportal.org', 'official@demo.civicportal.org', 'staff@demo.civicportal.org');
