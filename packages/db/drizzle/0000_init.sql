CREATE TABLE `changes` (
	`id` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`field` text,
	`before` text,
	`after` text,
	`version` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `changes_entity_idx` ON `changes` (`entity`,`entity_id`,`at`);--> statement-breakpoint
CREATE INDEX `changes_at_idx` ON `changes` (`at`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`measure_id` text NOT NULL,
	`date` text NOT NULL,
	`date_precision` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`source_id` text NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `events_measure_date_idx` ON `events` (`measure_id`,`date`);--> statement-breakpoint
CREATE INDEX `events_source_idx` ON `events` (`source_id`);--> statement-breakpoint
CREATE TABLE `measure_identifiers` (
	`id` text PRIMARY KEY NOT NULL,
	`measure_id` text NOT NULL,
	`scheme` text NOT NULL,
	`value` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measure_identifiers_scheme_value_unique` ON `measure_identifiers` (`scheme`,`value`);--> statement-breakpoint
CREATE INDEX `measure_identifiers_value_nocase_idx` ON `measure_identifiers` ("value" collate nocase);--> statement-breakpoint
CREATE INDEX `measure_identifiers_measure_idx` ON `measure_identifiers` (`measure_id`);--> statement-breakpoint
CREATE TABLE `measure_links` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`from_measure_id` text NOT NULL,
	`to_measure_id` text NOT NULL,
	`relation` text NOT NULL,
	`note` text,
	`source_id` text,
	FOREIGN KEY (`from_measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "measure_links_not_self" CHECK("measure_links"."from_measure_id" <> "measure_links"."to_measure_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measure_links_unique` ON `measure_links` (`from_measure_id`,`to_measure_id`,`relation`);--> statement-breakpoint
CREATE INDEX `measure_links_to_idx` ON `measure_links` (`to_measure_id`);--> statement-breakpoint
CREATE TABLE `measures` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`jurisdiction` text NOT NULL,
	`stage` text NOT NULL,
	`summary` text,
	`policy_areas` text DEFAULT '[]' NOT NULL,
	`source_id` text,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measures_slug_unique` ON `measures` (`slug`);--> statement-breakpoint
CREATE INDEX `measures_title_id_idx` ON `measures` (`title`,`id`);--> statement-breakpoint
CREATE INDEX `measures_stage_idx` ON `measures` (`stage`);--> statement-breakpoint
CREATE INDEX `measures_kind_idx` ON `measures` (`kind`);--> statement-breakpoint
CREATE INDEX `measures_jurisdiction_idx` ON `measures` (`jurisdiction`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`title` text NOT NULL,
	`publisher` text NOT NULL,
	`url` text,
	`published_on` text,
	`kind` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `positions` (
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
	`source_id` text NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `positions_measure_stakeholder_idx` ON `positions` (`measure_id`,`stakeholder_id`,`stated_on`);--> statement-breakpoint
CREATE INDEX `positions_stakeholder_idx` ON `positions` (`stakeholder_id`,`stated_on`);--> statement-breakpoint
CREATE INDEX `positions_source_idx` ON `positions` (`source_id`);--> statement-breakpoint
CREATE TABLE `stakeholders` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`role` text,
	`affiliation_id` text,
	`country` text,
	`description` text,
	`source_id` text,
	FOREIGN KEY (`affiliation_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stakeholders_slug_unique` ON `stakeholders` (`slug`);--> statement-breakpoint
CREATE INDEX `stakeholders_name_idx` ON `stakeholders` (`name`);--> statement-breakpoint
CREATE INDEX `stakeholders_category_idx` ON `stakeholders` (`category`);--> statement-breakpoint
CREATE INDEX `stakeholders_country_idx` ON `stakeholders` (`country`);--> statement-breakpoint
CREATE INDEX `stakeholders_affiliation_idx` ON `stakeholders` (`affiliation_id`);--> statement-breakpoint
CREATE TABLE `information_systems` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`slug` text NOT NULL,
	`acronym` text NOT NULL,
	`name` text NOT NULL,
	`holds` text NOT NULL,
	`description` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `information_systems_slug_unique` ON `information_systems` (`slug`);--> statement-breakpoint
CREATE TABLE `measure_systems` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`measure_id` text NOT NULL,
	`system_id` text NOT NULL,
	`action` text NOT NULL,
	`source_id` text,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`system_id`) REFERENCES `information_systems`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measure_systems_unique` ON `measure_systems` (`measure_id`,`system_id`,`action`);--> statement-breakpoint
CREATE INDEX `measure_systems_system_idx` ON `measure_systems` (`system_id`);