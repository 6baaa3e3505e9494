-- The lists every portal needs before anyone can give input: the city's topics, and a "Citywide" district
-- for what concerns the whole city. Cities add their districts with a later migration (a staff page for
-- both lists is planned).

INSERT INTO topic (code, name_en, name_es) VALUES
    ('transport', 'Transport and streets', 'Transporte y calles'),
    ('parks', 'Parks and green spaces', 'Parques y zonas verdes'),
    ('housing', 'Housing', 'Vivienda'),
    ('safety', 'Safety', 'Seguridad'),
    ('culture', 'Culture and libraries', 'Cultura y bibliotecas'),
    ('climate', 'Climate and energy', 'Clima y energía');

INSERT INTO district (code, name) VALUES ('citywide', 'Citywide');
