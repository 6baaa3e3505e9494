-- District names in Spanish too, as topics have had since V3: reference data is shown in the reader's
-- language. NULL where a district's name is a proper name that reads the same in both languages.
ALTER TABLE district ADD COLUMN name_es VARCHAR(120) NULL AFTER name;

UPDATE district SET name_es = 'Toda la ciudad' WHERE code = 'citywide';
