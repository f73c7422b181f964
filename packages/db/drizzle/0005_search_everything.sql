-- Full-text search over every kind of record a person looks for: measures (with every written and
-- canonical form of their identifiers), stakeholders, positions (their quotes), events and
-- sources. One FTS5 table per kind, each row keyed by the rowid of its base row, so a trigger
-- reaches its one index row through the rowid. The index of 0001/0002 kept the record's id in an
-- UNINDEXED column, and every write deleted or updated by it: a full scan of the index per write,
-- which grew with the dossier (measures.create took 114 ms at 100,000 measures).
--
-- The base tables have text ids and no INTEGER PRIMARY KEY; SQLite keeps their rowids across
-- VACUUM and VACUUM INTO (src/search-index.test.ts proves it on this build). A migration that copies
-- one of these tables (create, copy, drop, rename) drops its triggers and may renumber its rows:
-- it must re-create the triggers and rebuild that table's index, as this one does.
--
-- Accents are optional (`remove_diacritics 2`: "maiziere" finds "Maizière"). Nothing in the
-- application writes to these tables; the triggers write them in the same transaction as the row.
DROP TRIGGER IF EXISTS `measures_fts_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `measures_fts_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `measures_fts_delete`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `measure_identifiers_fts_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `measure_identifiers_fts_delete`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `stakeholders_fts_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `stakeholders_fts_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `stakeholders_fts_delete`;
--> statement-breakpoint
DROP TABLE IF EXISTS `measures_fts`;
--> statement-breakpoint
DROP TABLE IF EXISTS `stakeholders_fts`;
--> statement-breakpoint

-- ---- measures: title, summary, policy areas, identifiers as written and in canonical form ----
CREATE VIRTUAL TABLE `measures_fts` USING fts5(
	`title`,
	`summary`,
	`policy_areas`,
	`identifiers`,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- The identifiers column holds each identifier as written and, where it differs, in canonical
-- form ("2016/106/cod 2016/0106(COD)"); the `legacy:` placeholders of 0003 are not words anyone
-- types. The same expression is in every trigger that writes the column.
INSERT INTO `measures_fts` (`rowid`, `title`, `summary`, `policy_areas`, `identifiers`)
SELECT m.`rowid`, m.`title`, coalesce(m.`summary`, ''), m.`policy_areas`,
	coalesce((SELECT group_concat(iif(i.`canonical` = i.`value` OR i.`canonical` LIKE 'legacy:%', i.`value`, i.`value` || ' ' || i.`canonical`), ' ')
		FROM `measure_identifiers` i WHERE i.`measure_id` = m.`id`), '')
FROM `measures` m;
--> statement-breakpoint
CREATE TRIGGER `measures_fts_insert` AFTER INSERT ON `measures` BEGIN
	INSERT INTO `measures_fts` (`rowid`, `title`, `summary`, `policy_areas`, `identifiers`)
	VALUES (new.`rowid`, new.`title`, coalesce(new.`summary`, ''), new.`policy_areas`,
		coalesce((SELECT group_concat(iif(i.`canonical` = i.`value` OR i.`canonical` LIKE 'legacy:%', i.`value`, i.`value` || ' ' || i.`canonical`), ' ')
			FROM `measure_identifiers` i WHERE i.`measure_id` = new.`id`), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `measures_fts_update` AFTER UPDATE OF `title`, `summary`, `policy_areas` ON `measures` BEGIN
	UPDATE `measures_fts`
	SET `title` = new.`title`, `summary` = coalesce(new.`summary`, ''), `policy_areas` = new.`policy_areas`
	WHERE `rowid` = new.`rowid`;
END;
--> statement-breakpoint
CREATE TRIGGER `measures_fts_delete` AFTER DELETE ON `measures` BEGIN
	DELETE FROM `measures_fts` WHERE `rowid` = old.`rowid`;
END;
--> statement-breakpoint
CREATE TRIGGER `measure_identifiers_fts_insert` AFTER INSERT ON `measure_identifiers` BEGIN
	UPDATE `measures_fts`
	SET `identifiers` = coalesce((SELECT group_concat(iif(i.`canonical` = i.`value` OR i.`canonical` LIKE 'legacy:%', i.`value`, i.`value` || ' ' || i.`canonical`), ' ')
		FROM `measure_identifiers` i WHERE i.`measure_id` = new.`measure_id`), '')
	WHERE `rowid` = (SELECT `rowid` FROM `measures` WHERE `id` = new.`measure_id`);
END;
--> statement-breakpoint
-- Opening a database gives the identifiers carried over by 0003 their canonical form (migrate.ts).
CREATE TRIGGER `measure_identifiers_fts_update` AFTER UPDATE ON `measure_identifiers` BEGIN
	UPDATE `measures_fts`
	SET `identifiers` = coalesce((SELECT group_concat(iif(i.`canonical` = i.`value` OR i.`canonical` LIKE 'legacy:%', i.`value`, i.`value` || ' ' || i.`canonical`), ' ')
		FROM `measure_identifiers` i WHERE i.`measure_id` = old.`measure_id`), '')
	WHERE `rowid` = (SELECT `rowid` FROM `measures` WHERE `id` = old.`measure_id`);
	UPDATE `measures_fts`
	SET `identifiers` = coalesce((SELECT group_concat(iif(i.`canonical` = i.`value` OR i.`canonical` LIKE 'legacy:%', i.`value`, i.`value` || ' ' || i.`canonical`), ' ')
		FROM `measure_identifiers` i WHERE i.`measure_id` = new.`measure_id`), '')
	WHERE `rowid` = (SELECT `rowid` FROM `measures` WHERE `id` = new.`measure_id`) AND new.`measure_id` <> old.`measure_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `measure_identifiers_fts_delete` AFTER DELETE ON `measure_identifiers` BEGIN
	UPDATE `measures_fts`
	SET `identifiers` = coalesce((SELECT group_concat(iif(i.`canonical` = i.`value` OR i.`canonical` LIKE 'legacy:%', i.`value`, i.`value` || ' ' || i.`canonical`), ' ')
		FROM `measure_identifiers` i WHERE i.`measure_id` = old.`measure_id`), '')
	WHERE `rowid` = (SELECT `rowid` FROM `measures` WHERE `id` = old.`measure_id`);
END;
--> statement-breakpoint

-- ---- stakeholders: name, role, the name of their affiliation ----
CREATE VIRTUAL TABLE `stakeholders_fts` USING fts5(
	`name`,
	`role`,
	`affiliation`,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `stakeholders_fts` (`rowid`, `name`, `role`, `affiliation`)
SELECT s.`rowid`, s.`name`, coalesce(s.`role`, ''), coalesce(a.`name`, '')
FROM `stakeholders` s LEFT JOIN `stakeholders` a ON a.`id` = s.`affiliation_id`;
--> statement-breakpoint
CREATE TRIGGER `stakeholders_fts_insert` AFTER INSERT ON `stakeholders` BEGIN
	INSERT INTO `stakeholders_fts` (`rowid`, `name`, `role`, `affiliation`)
	VALUES (new.`rowid`, new.`name`, coalesce(new.`role`, ''),
		coalesce((SELECT `name` FROM `stakeholders` WHERE `id` = new.`affiliation_id`), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `stakeholders_fts_update` AFTER UPDATE OF `name`, `role`, `affiliation_id` ON `stakeholders` BEGIN
	UPDATE `stakeholders_fts`
	SET `name` = new.`name`, `role` = coalesce(new.`role`, ''),
		`affiliation` = coalesce((SELECT `name` FROM `stakeholders` WHERE `id` = new.`affiliation_id`), '')
	WHERE `rowid` = new.`rowid`;
END;
--> statement-breakpoint
-- The people of a renamed organisation are found by its new name (through the affiliation index).
CREATE TRIGGER `stakeholders_fts_rename` AFTER UPDATE OF `name` ON `stakeholders`
WHEN old.`name` IS NOT new.`name` BEGIN
	UPDATE `stakeholders_fts` SET `affiliation` = new.`name`
	WHERE `rowid` IN (SELECT `rowid` FROM `stakeholders` WHERE `affiliation_id` = new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stakeholders_fts_delete` AFTER DELETE ON `stakeholders` BEGIN
	DELETE FROM `stakeholders_fts` WHERE `rowid` = old.`rowid`;
	-- ON DELETE SET NULL has cleared their affiliation_id when foreign keys are on; this covers
	-- a connection that has them off.
	UPDATE `stakeholders_fts` SET `affiliation` = ''
	WHERE `rowid` IN (SELECT `rowid` FROM `stakeholders` WHERE `affiliation_id` = old.`id`);
END;
--> statement-breakpoint

-- ---- positions: the quote ----
CREATE VIRTUAL TABLE `positions_fts` USING fts5(
	`quote`,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `positions_fts` (`rowid`, `quote`)
SELECT `rowid`, coalesce(`quote`, '') FROM `positions`;
--> statement-breakpoint
CREATE TRIGGER `positions_fts_insert` AFTER INSERT ON `positions` BEGIN
	INSERT INTO `positions_fts` (`rowid`, `quote`) VALUES (new.`rowid`, coalesce(new.`quote`, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `positions_fts_update` AFTER UPDATE OF `quote` ON `positions` BEGIN
	UPDATE `positions_fts` SET `quote` = coalesce(new.`quote`, '') WHERE `rowid` = new.`rowid`;
END;
--> statement-breakpoint
CREATE TRIGGER `positions_fts_delete` AFTER DELETE ON `positions` BEGIN
	DELETE FROM `positions_fts` WHERE `rowid` = old.`rowid`;
END;
--> statement-breakpoint

-- ---- events: title, description, the body that acted ----
CREATE VIRTUAL TABLE `events_fts` USING fts5(
	`title`,
	`description`,
	`body_name`,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `events_fts` (`rowid`, `title`, `description`, `body_name`)
SELECT `rowid`, `title`, coalesce(`description`, ''), coalesce(`body_name`, '') FROM `events`;
--> statement-breakpoint
CREATE TRIGGER `events_fts_insert` AFTER INSERT ON `events` BEGIN
	INSERT INTO `events_fts` (`rowid`, `title`, `description`, `body_name`)
	VALUES (new.`rowid`, new.`title`, coalesce(new.`description`, ''), coalesce(new.`body_name`, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `events_fts_update` AFTER UPDATE OF `title`, `description`, `body_name` ON `events` BEGIN
	UPDATE `events_fts`
	SET `title` = new.`title`, `description` = coalesce(new.`description`, ''), `body_name` = coalesce(new.`body_name`, '')
	WHERE `rowid` = new.`rowid`;
END;
--> statement-breakpoint
CREATE TRIGGER `events_fts_delete` AFTER DELETE ON `events` BEGIN
	DELETE FROM `events_fts` WHERE `rowid` = old.`rowid`;
END;
--> statement-breakpoint

-- ---- sources: title, publisher, note ----
CREATE VIRTUAL TABLE `sources_fts` USING fts5(
	`title`,
	`publisher`,
	`note`,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `sources_fts` (`rowid`, `title`, `publisher`, `note`)
SELECT `rowid`, `title`, `publisher`, coalesce(`note`, '') FROM `sources`;
--> statement-breakpoint
CREATE TRIGGER `sources_fts_insert` AFTER INSERT ON `sources` BEGIN
	INSERT INTO `sources_fts` (`rowid`, `title`, `publisher`, `note`)
	VALUES (new.`rowid`, new.`title`, new.`publisher`, coalesce(new.`note`, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `sources_fts_update` AFTER UPDATE OF `title`, `publisher`, `note` ON `sources` BEGIN
	UPDATE `sources_fts`
	SET `title` = new.`title`, `publisher` = new.`publisher`, `note` = coalesce(new.`note`, '')
	WHERE `rowid` = new.`rowid`;
END;
--> statement-breakpoint
CREATE TRIGGER `sources_fts_delete` AFTER DELETE ON `sources` BEGIN
	DELETE FROM `sources_fts` WHERE `rowid` = old.`rowid`;
END;
