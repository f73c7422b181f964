CREATE TABLE `feed_reads` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`seen_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `watches` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`target` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `watches_user_target_idx` ON `watches` (`user_id`,`kind`,`target`);--> statement-breakpoint
CREATE INDEX `watches_target_idx` ON `watches` (`kind`,`target`);--> statement-breakpoint
CREATE TABLE `meeting_measures` (
	`meeting_id` text NOT NULL,
	`measure_id` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `measure_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `meeting_measures_measure_idx` ON `meeting_measures` (`measure_id`);--> statement-breakpoint
CREATE TABLE `meeting_stakeholders` (
	`meeting_id` text NOT NULL,
	`stakeholder_id` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `stakeholder_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `meeting_stakeholders_stakeholder_idx` ON `meeting_stakeholders` (`stakeholder_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`held_on` text NOT NULL,
	`title` text NOT NULL,
	`attendees` text NOT NULL,
	`summary` text,
	`follow_ups` text,
	`author` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `meetings_held_on_idx` ON `meetings` (`held_on`,`id`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`subject_kind` text NOT NULL,
	`subject_id` text NOT NULL,
	`body` text NOT NULL,
	`author` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `notes_subject_idx` ON `notes` (`subject_kind`,`subject_id`,`created_at`);--> statement-breakpoint
-- The team's notes and meetings are searched with everything else (see 0005): one FTS5 table
-- each, keyed by the rowid of the base row, written by triggers in the same transaction.
CREATE VIRTUAL TABLE `notes_fts` USING fts5(
	`body`,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `notes_fts_insert` AFTER INSERT ON `notes` BEGIN
	INSERT INTO `notes_fts` (`rowid`, `body`) VALUES (new.`rowid`, new.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `notes_fts_update` AFTER UPDATE OF `body` ON `notes` BEGIN
	UPDATE `notes_fts` SET `body` = new.`body` WHERE `rowid` = new.`rowid`;
END;
--> statement-breakpoint
CREATE TRIGGER `notes_fts_delete` AFTER DELETE ON `notes` BEGIN
	DELETE FROM `notes_fts` WHERE `rowid` = old.`rowid`;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `meetings_fts` USING fts5(
	`title`,
	`summary`,
	`follow_ups`,
	`attendees`,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_insert` AFTER INSERT ON `meetings` BEGIN
	INSERT INTO `meetings_fts` (`rowid`, `title`, `summary`, `follow_ups`, `attendees`)
	VALUES (new.`rowid`, new.`title`, coalesce(new.`summary`, ''), coalesce(new.`follow_ups`, ''),
		coalesce((SELECT group_concat(value, ' ') FROM json_each(new.`attendees`)), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_update` AFTER UPDATE OF `title`, `summary`, `follow_ups`, `attendees` ON `meetings` BEGIN
	UPDATE `meetings_fts`
	SET `title` = new.`title`, `summary` = coalesce(new.`summary`, ''),
		`follow_ups` = coalesce(new.`follow_ups`, ''),
		`attendees` = coalesce((SELECT group_concat(value, ' ') FROM json_each(new.`attendees`)), '')
	WHERE `rowid` = new.`rowid`;
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_delete` AFTER DELETE ON `meetings` BEGIN
	DELETE FROM `meetings_fts` WHERE `rowid` = old.`rowid`;
END;
