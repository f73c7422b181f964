-- A position names its source or is explicitly marked unsourced, never neither and never both.
-- SQLite changes a column's NOT NULL only by copying its table (create, copy, drop, rename).
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_positions` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`measure_id` text NOT NULL,
	`stakeholder_id` text NOT NULL,
	`stance` text NOT NULL,
	`role` text NOT NULL,
	`stated_on` text NOT NULL,
	`stated_on_precision` text NOT NULL,
	`quote` text,
	`source_id` text,
	`unsourced` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "positions_source_or_unsourced" CHECK((source_id is not null and unsourced = 0) or (source_id is null and unsourced = 1))
);
--> statement-breakpoint
-- Hand-edited: drizzle-kit selected "unsourced" from the old table, which has no such column;
-- every position recorded before 0008 names its source, so it is not unsourced. The rowid is
-- copied too: the full-text index of 0005 (`positions_fts`) is keyed by it and is not rebuilt.
INSERT INTO `__new_positions`("rowid", "id", "version", "created_at", "updated_at", "measure_id", "stakeholder_id", "stance", "role", "stated_on", "stated_on_precision", "quote", "source_id", "unsourced") SELECT "rowid", "id", "version", "created_at", "updated_at", "measure_id", "stakeholder_id", "stance", "role", "stated_on", "stated_on_precision", "quote", "source_id", false FROM `positions`;--> statement-breakpoint
DROP TABLE `positions`;--> statement-breakpoint
ALTER TABLE `__new_positions` RENAME TO `positions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `positions_measure_stakeholder_idx` ON `positions` (`measure_id`,`stakeholder_id`,`stated_on`);--> statement-breakpoint
CREATE INDEX `positions_stakeholder_idx` ON `positions` (`stakeholder_id`,`stated_on`);--> statement-breakpoint
CREATE INDEX `positions_source_idx` ON `positions` (`source_id`);--> statement-breakpoint
-- Hand-added: dropping `positions` dropped its triggers; the full-text index of 0005 is kept in
-- step by the same triggers again. Its rows were untouched by the copy (same rowids).
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
