CREATE TABLE `import_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`locale` text NOT NULL,
	`file_name` text NOT NULL,
	`file` blob NOT NULL,
	`reference` text NOT NULL,
	`card_activity_id` text,
	`attempts` integer NOT NULL,
	`lease_until` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_checks_lease` ON `import_checks` (`lease_until`);