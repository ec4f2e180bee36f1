CREATE TABLE `card_posts` (
	`key` text PRIMARY KEY NOT NULL,
	`purpose` text NOT NULL,
	`subject_id` text NOT NULL,
	`recipient_kind` text NOT NULL,
	`recipient_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`activity_id` text NOT NULL,
	`conversation_id` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `card_posts_subject` ON `card_posts` (`purpose`,`subject_id`);--> statement-breakpoint
ALTER TABLE `order_items` ADD `reason` text;--> statement-breakpoint
ALTER TABLE `order_items` ADD `declined_field` text;--> statement-breakpoint
ALTER TABLE `order_items` ADD `tracking_ref` text;--> statement-breakpoint
ALTER TABLE `order_items` ADD `cardholder_person_id` text REFERENCES people(id);--> statement-breakpoint
ALTER TABLE `order_items` ADD `approval_round` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `order_items` ADD `remind_at` integer;--> statement-breakpoint
ALTER TABLE `order_items` ADD `reminders_sent` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `order_items` ADD `expires_at` integer;--> statement-breakpoint
ALTER TABLE `order_items` ADD `updated_at` integer;--> statement-breakpoint
CREATE INDEX `order_items_email` ON `order_items` (`email`,`status`);--> statement-breakpoint
CREATE INDEX `order_items_remind` ON `order_items` (`status`,`remind_at`);--> statement-breakpoint
CREATE INDEX `order_items_expires` ON `order_items` (`status`,`expires_at`);--> statement-breakpoint
ALTER TABLE `orders` ADD `reason` text;