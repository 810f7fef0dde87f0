-- CreditLoop schema version 2: entity name search. Names are indexed as single characters and
-- character pairs (see core/registry/SearchText.h); trigram search cannot find 2-character terms.
CREATE VIRTUAL TABLE entity_search USING fts5(grams, content = '', detail = none, tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO entity_search(rowid, grams) SELECT id, cl_grams(name) FROM entities;
