-- Demo data for decision chains, loaded once after V2__demo_inputs.sql when PORTAL_DEMO_DATA=true.
-- Six decisions by official@demo.civicportal.org across the districts, in every implementation state (planned,
-- three in progress, done, cancelled). They credit ten demo inputs, each with how it changed the decision; the
-- credited inputs become INCORPORATED, and their authors and supporters follow the chain. Implementation
-- updates and the public version history tell each chain's story. Times are whole days before the day the
-- file is loaded, at fixed hours, so a start date is the day its first update was posted; all of them lie in
-- the past. Never load this file into a public portal.

SET @official_id = (SELECT id FROM account WHERE email = 'official@demo.civicportal.org');
-- Midnight UTC of the day the file is loaded; every date and time below counts back (or forward) from it.
SET @day = CAST(UTC_TIMESTAMP(6) AS DATE);

-- ---------------------------------------------------------------------------------------------------------
-- Done: the Mill Street crossing, open about ten days late because of a collapsed drain
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 116 DAY + INTERVAL 10 HOUR + INTERVAL 15 MINUTE;
SET @rev2_at = @day - INTERVAL 80 DAY + INTERVAL 7 HOUR + INTERVAL 40 MINUTE;
SET @rev3_at = @day - INTERVAL 52 DAY + INTERVAL 15 HOUR + INTERVAL 20 MINUTE;
SET @rev4_at = @day - INTERVAL 29 DAY + INTERVAL 16 HOUR + INTERVAL 5 MINUTE;

INSERT INTO decision (title, summary, rationale, rationale_html, decided_on, department, topic_id, district_id,
                      impl_status, progress, start_date, target_date, budget, milestone_notified, delivered_at,
                      credit_count, created_by, created_at, updated_at, revision, version)
VALUES (
    'Signalised raised crossing at Mill Street and 3rd Avenue',
    'A signalised pedestrian crossing on a raised table replaces the unmarked crossing at Mill Street and 3rd Avenue, on the walking route to the 3rd Avenue school.',
    'Traffic counts recorded up to 310 pedestrians an hour at school times, and one in four drivers turning right from Mill Street did not give way. Two near misses involving children were reported at the junction last year.

The design:

- a push-button pedestrian signal with a short wait at school times
- a raised table across Mill Street to slow turning cars
- LED street lighting over the crossing for dark winter mornings',
    '<p>Traffic counts recorded up to 310 pedestrians an hour at school times, and one in four drivers turning right from Mill Street did not give way. Two near misses involving children were reported at the junction last year.</p>
<p>The design:</p>
<ul><li>a push-button pedestrian signal with a short wait at school times</li><li>a raised table across Mill Street to slow turning cars</li><li>LED street lighting over the crossing for dark winter mornings</li></ul>
',
    @day - INTERVAL 117 DAY,
    'Department of Transportation',
    (SELECT id FROM topic WHERE code = 'transport'),
    (SELECT id FROM district WHERE code = 'old-town'),
    'DONE', 100, @day - INTERVAL 80 DAY, @day - INTERVAL 29 DAY, 185000.00, 100, @rev4_at,
    1, @official_id, @created_at, @rev4_at, 4, 4);

SET @decision_id = (SELECT id FROM decision WHERE title = 'Signalised raised crossing at Mill Street and 3rd Avenue');

INSERT INTO decision_credit (decision_id, input_id, how, credited_by, credited_at) VALUES
    (@decision_id, (SELECT id FROM input WHERE title = 'Safer crossing at Mill Street and 3rd Avenue'),
     'Because Rosa described parents waiting a long time to get across to the 3rd Avenue school on dark winter mornings, the crossing got a push-button signal with a short wait at school times and new LED lighting, instead of the zebra markings first planned.',
     @official_id, @created_at);

INSERT INTO implementation_update (decision_id, body, body_html, progress, photo_caption, author_id, created_at) VALUES
    (@decision_id,
     'Works have started. Mill Street is closed to through traffic between 2nd and 4th Avenue while the works last. Pedestrians can use a temporary signalled crossing 30 m to the north.',
     '<p>Works have started. Mill Street is closed to through traffic between 2nd and 4th Avenue while the works last. Pedestrians can use a temporary signalled crossing 30 m to the north.</p>
',
     20, NULL, @official_id, @rev2_at),
    (@decision_id,
     'The raised table across Mill Street is finished. While digging, the contractor found a collapsed drain under the east kerb that has to be replaced first, so the signal installation moves back by **about ten days**.',
     '<p>The raised table across Mill Street is finished. While digging, the contractor found a collapsed drain under the east kerb that has to be replaced first, so the signal installation moves back by <strong>about ten days</strong>.</p>
',
     60, NULL, @official_id, @rev3_at),
    (@decision_id,
     'The crossing is open:

- the pedestrian signal answers the push button within 10 seconds at school times
- the raised table and the new LED lighting are in use
- Mill Street is open to traffic again

Thank you to everyone who put up with the diversion.',
     '<p>The crossing is open:</p>
<ul><li>the pedestrian signal answers the push button within 10 seconds at school times</li><li>the raised table and the new LED lighting are in use</li><li>Mill Street is open to traffic again</li></ul>
<p>Thank you to everyone who put up with the diversion.</p>
',
     100, NULL, @official_id, @rev4_at);

INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value) VALUES
    (@decision_id, 1, @official_id, @created_at, 'created', NULL, 'Signalised raised crossing at Mill Street and 3rd Avenue'),
    (@decision_id, 2, @official_id, @rev2_at, 'status', 'PLANNED', 'IN_PROGRESS'),
    (@decision_id, 2, @official_id, @rev2_at, 'progress', '0', '20'),
    (@decision_id, 3, @official_id, @rev3_at, 'progress', '20', '60'),
    (@decision_id, 3, @official_id, @rev3_at, 'targetDate',
     DATE_FORMAT(@day - INTERVAL 40 DAY, '%Y-%m-%d'), DATE_FORMAT(@day - INTERVAL 29 DAY, '%Y-%m-%d')),
    (@decision_id, 4, @official_id, @rev4_at, 'status', 'IN_PROGRESS', 'DONE'),
    (@decision_id, 4, @official_id, @rev4_at, 'progress', '60', '100');

-- ---------------------------------------------------------------------------------------------------------
-- In progress (75 %): solar panels in Hillcrest; the library roof needs reinforcing, so the target date moved
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 168 DAY + INTERVAL 11 HOUR + INTERVAL 30 MINUTE;
SET @rev2_at = @day - INTERVAL 140 DAY + INTERVAL 8 HOUR + INTERVAL 15 MINUTE;
SET @rev3_at = @day - INTERVAL 95 DAY + INTERVAL 14 HOUR;
SET @rev4_at = @day - INTERVAL 35 DAY + INTERVAL 10 HOUR + INTERVAL 45 MINUTE;

INSERT INTO decision (title, summary, rationale, rationale_html, decided_on, department, topic_id, district_id,
                      impl_status, progress, start_date, target_date, budget, milestone_notified, delivered_at,
                      credit_count, created_by, created_at, updated_at, revision, version)
VALUES (
    'Solar panels on Hillcrest Secondary School and Hillcrest Library',
    'The city installs rooftop solar panels, about 410 kWp in total, on Hillcrest Secondary School and Hillcrest Library, and prepares a community energy scheme so that residents can invest in the next installations.',
    'An assessment of all eleven public roofs in Hillcrest found that these two have the space, orientation and structural capacity for solar panels without major works.

- expected yield: about 390 MWh a year, roughly 60 % of both buildings'' electricity use
- payback in about nine years at today''s energy prices
- the school will use the live output data in science lessons

Two primary schools follow in a second phase, funded in next year''s budget.',
    '<p>An assessment of all eleven public roofs in Hillcrest found that these two have the space, orientation and structural capacity for solar panels without major works.</p>
<ul><li>expected yield: about 390 MWh a year, roughly 60 % of both buildings&#39; electricity use</li><li>payback in about nine years at today&#39;s energy prices</li><li>the school will use the live output data in science lessons</li></ul>
<p>Two primary schools follow in a second phase, funded in next year&#39;s budget.</p>
',
    @day - INTERVAL 169 DAY,
    'Department of Energy and Climate',
    (SELECT id FROM topic WHERE code = 'climate'),
    (SELECT id FROM district WHERE code = 'hillcrest'),
    'IN_PROGRESS', 75, @day - INTERVAL 140 DAY, @day + INTERVAL 45 DAY, 420000.00, 75, NULL,
    1, @official_id, @created_at, @rev4_at, 4, 4);

SET @decision_id = (SELECT id FROM decision WHERE title = 'Solar panels on Hillcrest Secondary School and Hillcrest Library');

INSERT INTO decision_credit (decision_id, input_id, how, credited_by, credited_at) VALUES
    (@decision_id, (SELECT id FROM input WHERE title = 'Solar panels on school and library roofs'),
     'Because Sofía pointed out that residents in other cities invest in projects like this, the decision adds a community energy scheme: residents will be able to buy shares in the next Hillcrest installations, starting with the two primary schools.',
     @official_id, @created_at);

INSERT INTO implementation_update (decision_id, body, body_html, progress, photo_caption, author_id, created_at) VALUES
    (@decision_id,
     'Scaffolding is up at Hillcrest Secondary School and the mounting rails are being fixed to the roof. Work happens at weekends and after school hours, so lessons are not disturbed.',
     '<p>Scaffolding is up at Hillcrest Secondary School and the mounting rails are being fixed to the roof. Work happens at weekends and after school hours, so lessons are not disturbed.</p>
',
     20, NULL, @official_id, @rev2_at),
    (@decision_id,
     'All 620 panels on the school roof are installed and connected to the grid. Pupils can follow the live output on a screen in the entrance hall.',
     '<p>All 620 panels on the school roof are installed and connected to the grid. Pupils can follow the live output on a screen in the entrance hall.</p>
',
     50, NULL, @official_id, @rev3_at),
    (@decision_id,
     'Before panels can go on the library, the structural engineer asked for **extra steel supports** under the plant room. Installation has started on the south wing, and the target date moves to allow for the reinforcement work.',
     '<p>Before panels can go on the library, the structural engineer asked for <strong>extra steel supports</strong> under the plant room. Installation has started on the south wing, and the target date moves to allow for the reinforcement work.</p>
',
     75, NULL, @official_id, @rev4_at),
    (@decision_id,
     'The draft rules of the Hillcrest community energy scheme are published for comments until the end of the month. Questions can be asked at the library on Wednesday evenings.',
     '<p>The draft rules of the Hillcrest community energy scheme are published for comments until the end of the month. Questions can be asked at the library on Wednesday evenings.</p>
',
     NULL, NULL, @official_id,
     @day - INTERVAL 10 DAY + INTERVAL 9 HOUR + INTERVAL 30 MINUTE);

INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value) VALUES
    (@decision_id, 1, @official_id, @created_at, 'created', NULL, 'Solar panels on Hillcrest Secondary School and Hillcrest Library'),
    (@decision_id, 2, @official_id, @rev2_at, 'status', 'PLANNED', 'IN_PROGRESS'),
    (@decision_id, 2, @official_id, @rev2_at, 'progress', '0', '20'),
    (@decision_id, 3, @official_id, @rev3_at, 'progress', '20', '50'),
    (@decision_id, 4, @official_id, @rev4_at, 'progress', '50', '75'),
    (@decision_id, 4, @official_id, @rev4_at, 'targetDate',
     DATE_FORMAT(@day - INTERVAL 20 DAY, '%Y-%m-%d'), DATE_FORMAT(@day + INTERVAL 45 DAY, '%Y-%m-%d'));

-- ---------------------------------------------------------------------------------------------------------
-- In progress (40 %): shade for the Eastgate Park playground; trees planted, sails cost more than planned
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 148 DAY + INTERVAL 9 HOUR + INTERVAL 50 MINUTE;
SET @rev2_at = @day - INTERVAL 100 DAY + INTERVAL 13 HOUR + INTERVAL 10 MINUTE;
SET @rev3_at = @day - INTERVAL 25 DAY + INTERVAL 11 HOUR;

INSERT INTO decision (title, summary, rationale, rationale_html, decided_on, department, topic_id, district_id,
                      impl_status, progress, start_date, target_date, budget, milestone_notified, delivered_at,
                      credit_count, created_by, created_at, updated_at, revision, version)
VALUES (
    'Shade trees and sails for the Eastgate Park playground',
    'Six trees are planted around the Eastgate Park playground, and two shade sails go up over the sandpit, the slide and the benches, so that families can use the playground on summer afternoons.',
    'Last July the slide reached 62 °C and the rubber surface 55 °C at two in the afternoon. Trees alone would take eight to ten years to give real shade, so the decision combines both:

- six fast-growing trees on the south and west sides of the playground
- two shade sails in UV-rated fabric until the trees are large enough
- funding from the parks maintenance budget',
    '<p>Last July the slide reached 62 °C and the rubber surface 55 °C at two in the afternoon. Trees alone would take eight to ten years to give real shade, so the decision combines both:</p>
<ul><li>six fast-growing trees on the south and west sides of the playground</li><li>two shade sails in UV-rated fabric until the trees are large enough</li><li>funding from the parks maintenance budget</li></ul>
',
    @day - INTERVAL 149 DAY,
    'Parks and Recreation Department',
    (SELECT id FROM topic WHERE code = 'parks'),
    (SELECT id FROM district WHERE code = 'eastgate'),
    'IN_PROGRESS', 40, @day - INTERVAL 100 DAY, @day + INTERVAL 75 DAY, 42800.00, 25, NULL,
    1, @official_id, @created_at, @rev3_at, 3, 3);

SET @decision_id = (SELECT id FROM decision WHERE title = 'Shade trees and sails for the Eastgate Park playground');

INSERT INTO decision_credit (decision_id, input_id, how, credited_by, credited_at) VALUES
    (@decision_id, (SELECT id FROM input WHERE title = 'Shade trees for the Eastgate Park playground'),
     'Because Tom explained that the slide and the rubber surface are too hot to touch by noon, the sails now cover the slide as well as the sandpit, and the trees stand on the south and west sides, where the afternoon sun comes from.',
     @official_id, @created_at);

INSERT INTO implementation_update (decision_id, body, body_html, progress, photo_caption, author_id, created_at) VALUES
    (@decision_id,
     'The six trees are planted: four London planes along the south side and two limes by the benches. Each has a watering bag, and the parks team will water them every week through their first summer.',
     '<p>The six trees are planted: four London planes along the south side and two limes by the benches. Each has a watering bag, and the parks team will water them every week through their first summer.</p>
',
     40, NULL, @official_id, @rev2_at),
    (@decision_id,
     'The shade sail contract is signed. The ground under the slide needs **reinforced foundations** for the sail posts, which raised the budget. The sails will go up within the next two months.',
     '<p>The shade sail contract is signed. The ground under the slide needs <strong>reinforced foundations</strong> for the sail posts, which raised the budget. The sails will go up within the next two months.</p>
',
     NULL, NULL, @official_id, @rev3_at);

INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value) VALUES
    (@decision_id, 1, @official_id, @created_at, 'created', NULL, 'Shade trees and sails for the Eastgate Park playground'),
    (@decision_id, 2, @official_id, @rev2_at, 'status', 'PLANNED', 'IN_PROGRESS'),
    (@decision_id, 2, @official_id, @rev2_at, 'progress', '0', '40'),
    (@decision_id, 3, @official_id, @rev3_at, 'budget', '38500.00', '42800.00');

-- ---------------------------------------------------------------------------------------------------------
-- In progress (10 %): Kingsley Avenue; a second input, credited after publication, added the school crossing
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 30 DAY + INTERVAL 14 HOUR + INTERVAL 20 MINUTE;
SET @rev2_at = @day - INTERVAL 28 DAY + INTERVAL 9 HOUR + INTERVAL 15 MINUTE;
SET @rev3_at = @day - INTERVAL 27 DAY + INTERVAL 16 HOUR + INTERVAL 40 MINUTE;
SET @rev4_at = @day - INTERVAL 15 DAY + INTERVAL 7 HOUR + INTERVAL 30 MINUTE;

INSERT INTO decision (title, summary, rationale, rationale_html, decided_on, department, topic_id, district_id,
                      impl_status, progress, start_date, target_date, budget, milestone_notified, delivered_at,
                      credit_count, created_by, created_at, updated_at, revision, version)
VALUES (
    'Resurface Kingsley Avenue and make the Elm Street school crossing safer',
    'Kingsley Avenue is resurfaced between Elm Street and the ring road, with new drainage and advisory cycle lanes. At the Elm Street end, the crossing outside Northside Primary School gets a raised table, a 20 mph school zone and a flashing speed display.',
    'The road condition survey rated this 1.2 km stretch as *poor*: 14 potholes deeper than 5 cm and a base layer broken up by frost. Patching it again would last one winter at most.

- full resurfacing in two stages, so one lane always stays open
- new drainage gullies at the low point near Elm Street
- advisory cycle lanes on both sides
- at the Elm Street end: a raised crossing, a 20 mph school zone and a flashing speed display outside Northside Primary School, funded from the road safety budget',
    '<p>The road condition survey rated this 1.2 km stretch as <em>poor</em>: 14 potholes deeper than 5 cm and a base layer broken up by frost. Patching it again would last one winter at most.</p>
<ul><li>full resurfacing in two stages, so one lane always stays open</li><li>new drainage gullies at the low point near Elm Street</li><li>advisory cycle lanes on both sides</li><li>at the Elm Street end: a raised crossing, a 20 mph school zone and a flashing speed display outside Northside Primary School, funded from the road safety budget</li></ul>
',
    @day - INTERVAL 31 DAY,
    'Department of Public Works',
    (SELECT id FROM topic WHERE code = 'transport'),
    (SELECT id FROM district WHERE code = 'north'),
    'IN_PROGRESS', 10, @day - INTERVAL 15 DAY, @day + INTERVAL 60 DAY, 712000.00, 0, NULL,
    2, @official_id, @created_at, @rev4_at, 4, 4);

SET @decision_id = (SELECT id FROM decision WHERE title = 'Resurface Kingsley Avenue and make the Elm Street school crossing safer');

INSERT INTO decision_credit (decision_id, input_id, how, credited_by, credited_at) VALUES
    (@decision_id, (SELECT id FROM input WHERE title = 'Fix the potholes on Kingsley Avenue before winter'),
     'Because James reported that cyclists ride in the middle of the lane to avoid the potholes, the new surface comes with advisory cycle lanes on both sides, and the whole stretch from Elm Street to the ring road is resurfaced instead of only patching the worst holes.',
     @official_id, @created_at),
    (@decision_id, (SELECT id FROM input WHERE title = 'Speed cameras outside Northside Primary School'),
     'Because Peter showed that drivers ignore the speed limit on Elm Street at drop-off and pick-up times, the works now reach the Elm Street crossing outside Northside Primary School: a raised table, a 20 mph school zone and a flashing speed display. A school crossing patrol starts with the new term.',
     @official_id, @rev2_at);

INSERT INTO implementation_update (decision_id, body, body_html, progress, photo_caption, author_id, created_at) VALUES
    (@decision_id,
     'The works go to the city''s framework road contractor and will be done in two stages, so that one lane of Kingsley Avenue stays open at all times. Households along the avenue get a letter with the dates a week before each stage.',
     '<p>The works go to the city&#39;s framework road contractor and will be done in two stages, so that one lane of Kingsley Avenue stays open at all times. Households along the avenue get a letter with the dates a week before each stage.</p>
',
     NULL, NULL, @official_id,
     @day - INTERVAL 29 DAY + INTERVAL 10 HOUR),
    (@decision_id,
     'After resident input, the works now also cover the Elm Street crossing outside **Northside Primary School**. The extra cost is funded from the road safety budget.',
     '<p>After resident input, the works now also cover the Elm Street crossing outside <strong>Northside Primary School</strong>. The extra cost is funded from the road safety budget.</p>
',
     NULL, NULL, @official_id, @rev3_at),
    (@decision_id,
     'Stage 1 has started: the old surface between the ring road and Birch Road is being milled off. Expect lane closures on weekdays from 9 am to 4 pm; buses keep their normal stops.',
     '<p>Stage 1 has started: the old surface between the ring road and Birch Road is being milled off. Expect lane closures on weekdays from 9 am to 4 pm; buses keep their normal stops.</p>
',
     10, NULL, @official_id, @rev4_at);

INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value) VALUES
    (@decision_id, 1, @official_id, @created_at, 'created', NULL, 'Resurface Kingsley Avenue between Elm Street and the ring road'),
    (@decision_id, 2, @official_id, @rev2_at, 'credit', NULL,
     (SELECT CAST(id AS CHAR) FROM input WHERE title = 'Speed cameras outside Northside Primary School')),
    (@decision_id, 3, @official_id, @rev3_at, 'title',
     'Resurface Kingsley Avenue between Elm Street and the ring road',
     'Resurface Kingsley Avenue and make the Elm Street school crossing safer'),
    (@decision_id, 3, @official_id, @rev3_at, 'summary',
     'Kingsley Avenue is resurfaced between Elm Street and the ring road, with new drainage and advisory cycle lanes on both sides.',
     'Kingsley Avenue is resurfaced between Elm Street and the ring road, with new drainage and advisory cycle lanes. At the Elm Street end, the crossing outside Northside Primary School gets a raised table, a 20 mph school zone and a flashing speed display.'),
    (@decision_id, 3, @official_id, @rev3_at, 'rationale', 'The road condition survey rated this 1.2 km stretch as *poor*: 14 potholes deeper than 5 cm and a base layer broken up by frost. Patching it again would last one winter at most.

- full resurfacing in two stages, so one lane always stays open
- new drainage gullies at the low point near Elm Street
- advisory cycle lanes on both sides', 'The road condition survey rated this 1.2 km stretch as *poor*: 14 potholes deeper than 5 cm and a base layer broken up by frost. Patching it again would last one winter at most.

- full resurfacing in two stages, so one lane always stays open
- new drainage gullies at the low point near Elm Street
- advisory cycle lanes on both sides
- at the Elm Street end: a raised crossing, a 20 mph school zone and a flashing speed display outside Northside Primary School, funded from the road safety budget'),
    (@decision_id, 3, @official_id, @rev3_at, 'budget', '640000.00', '712000.00'),
    (@decision_id, 4, @official_id, @rev4_at, 'status', 'PLANNED', 'IN_PROGRESS'),
    (@decision_id, 4, @official_id, @rev4_at, 'progress', '0', '10');

-- ---------------------------------------------------------------------------------------------------------
-- Planned: warm and cool rooms citywide, shaped by three inputs from three districts
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 14 DAY + INTERVAL 11 HOUR + INTERVAL 20 MINUTE;

INSERT INTO decision (title, summary, rationale, rationale_html, decided_on, department, topic_id, district_id,
                      impl_status, progress, start_date, target_date, budget, milestone_notified, delivered_at,
                      credit_count, created_by, created_at, updated_at, revision, version)
VALUES (
    'Warm and cool rooms in libraries and community centres all year round',
    'Libraries and community centres in every district become warm rooms in winter cold spells and cool rooms during heat alerts, with seating, drinking water, longer opening hours and a defibrillator on site.',
    'Last summer''s heat alerts and last winter''s cold spells showed the same gap: older and low-income residents have nowhere comfortable to go in extreme weather.

- eight buildings, at least one in every district, open as warm or cool rooms whenever the city issues a weather alert
- open until 8 pm on alert days, with trained staff or volunteers
- every site gets a public-access defibrillator and staff trained in first aid
- the list of rooms is posted to every resident over 75 before each season',
    '<p>Last summer&#39;s heat alerts and last winter&#39;s cold spells showed the same gap: older and low-income residents have nowhere comfortable to go in extreme weather.</p>
<ul><li>eight buildings, at least one in every district, open as warm or cool rooms whenever the city issues a weather alert</li><li>open until 8 pm on alert days, with trained staff or volunteers</li><li>every site gets a public-access defibrillator and staff trained in first aid</li><li>the list of rooms is posted to every resident over 75 before each season</li></ul>
',
    @day - INTERVAL 15 DAY,
    'Department of Public Health',
    (SELECT id FROM topic WHERE code = 'climate'),
    (SELECT id FROM district WHERE code = 'citywide'),
    'PLANNED', 0, @day + INTERVAL 40 DAY, @day + INTERVAL 200 DAY, 95000.00, 0, NULL,
    3, @official_id, @created_at, @created_at, 1, 1);

SET @decision_id = (SELECT id FROM decision WHERE title = 'Warm and cool rooms in libraries and community centres all year round');

INSERT INTO decision_credit (decision_id, input_id, how, credited_by, credited_at) VALUES
    (@decision_id, (SELECT id FROM input WHERE title = 'Cooling rooms in public buildings during heat waves'),
     'Because Hannah asked for the list of cooling rooms to reach older residents before the summer, the list of warm and cool rooms will be posted to every resident over 75 at the start of each season, not only published online.',
     @official_id, @created_at),
    (@decision_id, (SELECT id FROM input WHERE title = 'Longer evening opening hours at Northside Library'),
     'Because James pointed out that Northside Library is the only warm public place in the district in winter, the scheme covers winter cold spells as well as heat waves, and the rooms stay open until 8 pm on alert days.',
     @official_id, @created_at),
    (@decision_id, (SELECT id FROM input WHERE title = 'Defibrillator at the Eastgate community centre'),
     'Because Tom showed that a busy community centre had no defibrillator, every warm and cool room will have a public-access defibrillator and staff trained in first aid before it opens.',
     @official_id, @created_at);

INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value) VALUES
    (@decision_id, 1, @official_id, @created_at, 'created', NULL, 'Warm and cool rooms in libraries and community centres all year round');

-- ---------------------------------------------------------------------------------------------------------
-- Cancelled: the community garden on Foundry Lane (in Spanish); the soil next to the old foundry is
-- contaminated
-- ---------------------------------------------------------------------------------------------------------

SET @created_at = @day - INTERVAL 38 DAY + INTERVAL 12 HOUR;
SET @rev2_at = @day - INTERVAL 30 DAY + INTERVAL 9 HOUR;
SET @rev3_at = @day - INTERVAL 26 DAY + INTERVAL 13 HOUR + INTERVAL 30 MINUTE;
SET @rev4_at = @day - INTERVAL 12 DAY + INTERVAL 10 HOUR;

INSERT INTO decision (title, summary, rationale, rationale_html, decided_on, department, topic_id, district_id,
                      impl_status, progress, start_date, target_date, budget, milestone_notified, delivered_at,
                      credit_count, created_by, created_at, updated_at, revision, version)
VALUES (
    'Huerto comunitario en el solar de Foundry Lane',
    'El Ayuntamiento cede el solar municipal de Foundry Lane a los vecinos para un huerto comunitario, con parcelas para familias y para la escuela del barrio, toma de agua y valla. Cancelado: el suelo está contaminado por la antigua fundición y se buscará otro solar.',
    'El solar lleva más de diez años vacío, y el servicio de limpieza retira basura de él cada mes. Un huerto gestionado por los vecinos lo mantiene limpio y en uso con un coste bajo para la ciudad:

- cesión de uso por cinco años a la asociación de vecinos de Northside
- 24 parcelas para familias y 4 para la escuela del barrio
- toma de agua, valla sencilla y compostador

Antes de plantar se analizará el suelo, porque el solar está junto a la antigua fundición.',
    '<p>El solar lleva más de diez años vacío, y el servicio de limpieza retira basura de él cada mes. Un huerto gestionado por los vecinos lo mantiene limpio y en uso con un coste bajo para la ciudad:</p>
<ul><li>cesión de uso por cinco años a la asociación de vecinos de Northside</li><li>24 parcelas para familias y 4 para la escuela del barrio</li><li>toma de agua, valla sencilla y compostador</li></ul>
<p>Antes de plantar se analizará el suelo, porque el solar está junto a la antigua fundición.</p>
',
    @day - INTERVAL 39 DAY,
    'Parks and Recreation Department',
    (SELECT id FROM topic WHERE code = 'parks'),
    (SELECT id FROM district WHERE code = 'north'),
    'CANCELLED', 10, @day - INTERVAL 30 DAY, @day + INTERVAL 30 DAY, 18000.00, 0, NULL,
    2, @official_id, @created_at, @rev4_at, 4, 4);

SET @decision_id = (SELECT id FROM decision WHERE title = 'Huerto comunitario en el solar de Foundry Lane');

INSERT INTO decision_credit (decision_id, input_id, how, credited_by, credited_at) VALUES
    (@decision_id, (SELECT id FROM input WHERE title = 'Huerto comunitario en el solar vacío de Foundry Lane'),
     'Porque Carlos y sus vecinos propusieron el huerto y pidieron una toma de agua, una valla y un permiso de uso, la decisión cede el solar por cinco años a la asociación de vecinos y reserva cuatro parcelas para la escuela del barrio.',
     @official_id, @created_at),
    (@decision_id, (SELECT id FROM input WHERE title = 'Protect the mural on the old Foundry building'),
     'Porque Carlos pidió proteger el mural de la antigua fundición, el proyecto deja libre la pared del mural, sin cobertizos ni parcelas delante, y encarga un registro fotográfico completo del mural antes de cualquier obra.',
     @official_id, @rev3_at);

INSERT INTO implementation_update (decision_id, body, body_html, progress, photo_caption, author_id, created_at) VALUES
    (@decision_id,
     'Se ha limpiado el solar: se retiraron unas tres toneladas de basura y escombros. Esta semana se toman muestras del suelo en ocho puntos para analizarlas antes de plantar.',
     '<p>Se ha limpiado el solar: se retiraron unas tres toneladas de basura y escombros. Esta semana se toman muestras del suelo en ocho puntos para analizarlas antes de plantar.</p>
',
     10, NULL, @official_id, @rev2_at),
    (@decision_id,
     'El proyecto deja libre la pared del **mural de la antigua fundición**, sin cobertizos ni parcelas delante. Un fotógrafo ha empezado a documentar el mural completo antes de cualquier obra en el edificio.',
     '<p>El proyecto deja libre la pared del <strong>mural de la antigua fundición</strong>, sin cobertizos ni parcelas delante. Un fotógrafo ha empezado a documentar el mural completo antes de cualquier obra en el edificio.</p>
',
     NULL, NULL, @official_id, @rev3_at),
    (@decision_id,
     'Los análisis del laboratorio encontraron **plomo y arsénico** por encima de los límites para cultivar alimentos en seis de los ocho puntos. Sanear el suelo costaría más de 250.000 €, por lo que el huerto no se hará en este solar.

- el solar se vallará y se sembrará con césped mientras se decide su uso
- el Ayuntamiento buscará con la asociación de vecinos otro solar en Northside
- el registro fotográfico del mural ya está terminado y se conserva',
     '<p>Los análisis del laboratorio encontraron <strong>plomo y arsénico</strong> por encima de los límites para cultivar alimentos en seis de los ocho puntos. Sanear el suelo costaría más de 250.000 €, por lo que el huerto no se hará en este solar.</p>
<ul><li>el solar se vallará y se sembrará con césped mientras se decide su uso</li><li>el Ayuntamiento buscará con la asociación de vecinos otro solar en Northside</li><li>el registro fotográfico del mural ya está terminado y se conserva</li></ul>
',
     NULL, NULL, @official_id, @rev4_at);

INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, old_value, new_value) VALUES
    (@decision_id, 1, @official_id, @created_at, 'created', NULL, 'Huerto comunitario en el solar de Foundry Lane'),
    (@decision_id, 2, @official_id, @rev2_at, 'status', 'PLANNED', 'IN_PROGRESS'),
    (@decision_id, 2, @official_id, @rev2_at, 'progress', '0', '10'),
    (@decision_id, 3, @official_id, @rev3_at, 'credit', NULL,
     (SELECT CAST(id AS CHAR) FROM input WHERE title = 'Protect the mural on the old Foundry building')),
    (@decision_id, 4, @official_id, @rev4_at, 'summary',
     'El Ayuntamiento cede el solar municipal de Foundry Lane a los vecinos para un huerto comunitario, con parcelas para familias y para la escuela del barrio, toma de agua y valla.',
     'El Ayuntamiento cede el solar municipal de Foundry Lane a los vecinos para un huerto comunitario, con parcelas para familias y para la escuela del barrio, toma de agua y valla. Cancelado: el suelo está contaminado por la antigua fundición y se buscará otro solar.'),
    (@decision_id, 4, @official_id, @rev4_at, 'status', 'IN_PROGRESS', 'CANCELLED');

-- ---------------------------------------------------------------------------------------------------------
-- Credited inputs, as the portal records a credit: the input is INCORPORATED (once, at its first credit), an
-- input still waiting gets the credit's "how" as its answer, and the author and supporters follow the chain
-- ---------------------------------------------------------------------------------------------------------

UPDATE input i
JOIN decision_credit c ON c.input_id = i.id
SET i.answer = c.how, i.answered_by = c.credited_by, i.answered_at = c.credited_at
WHERE i.answer IS NULL
  AND c.credited_at = (SELECT MIN(earliest.credited_at) FROM decision_credit earliest WHERE earliest.input_id = i.id);

UPDATE input SET status = 'INCORPORATED', awaiting = FALSE
WHERE id IN (SELECT input_id FROM decision_credit);

INSERT INTO input_status_change (input_id, status, changed_at, changed_by)
SELECT input_id, 'INCORPORATED', MIN(credited_at), @official_id
FROM decision_credit
GROUP BY input_id;

-- José supported the solar input after it was credited, followed the chain, then unfollowed it: the row stays
-- with following = FALSE, so the INSERT IGNORE below leaves it alone.
INSERT INTO chain_follower (decision_id, account_id, following, since)
SELECT c.decision_id, s.account_id, FALSE, GREATEST(c.credited_at, s.created_at)
FROM decision_credit c
JOIN input i ON i.id = c.input_id
JOIN input_support s ON s.input_id = c.input_id
JOIN account a ON a.id = s.account_id
WHERE i.title = 'Solar panels on school and library roofs' AND a.email = 'jose.ramirez@demo.civicportal.org';

-- Authors follow from the credit; a supporter from the credit, or from the support if it came later.
INSERT IGNORE INTO chain_follower (decision_id, account_id, following, since)
SELECT decision_id, account_id, TRUE, MIN(since)
FROM (
    SELECT c.decision_id, i.author_id AS account_id, c.credited_at AS since
    FROM decision_credit c JOIN input i ON i.id = c.input_id
    UNION ALL
    SELECT c.decision_id, s.account_id, GREATEST(c.credited_at, s.created_at)
    FROM decision_credit c JOIN input_support s ON s.input_id = c.input_id
) AS credited
GROUP BY decision_id, account_id;
