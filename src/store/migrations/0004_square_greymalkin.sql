ALTER TABLE `cart_items` ADD `identity_index` text;--> statement-breakpoint
ALTER TABLE `order_items` ADD `identity_index` text;