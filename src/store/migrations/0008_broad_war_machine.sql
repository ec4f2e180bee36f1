CREATE TABLE `approval_reach` (
	`id` text PRIMARY KEY NOT NULL,
	`item_id` text NOT NULL,
	`round` integer NOT NULL,
	`channel` text NOT NULL,
	`status` text NOT NULL,
	`detail` text,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`last_attempt_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `order_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `approval_reach_round` ON `approval_reach` (`item_id`,`round`,`channel`);--> statement-breakpoint
CREATE INDEX `approval_reach_item` ON `approval_reach` (`item_id`);