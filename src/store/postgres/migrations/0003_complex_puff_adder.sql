ALTER TABLE "cart_items" ADD COLUMN "identity_index" text;--> statement-breakpoint
ALTER TABLE "order_items" ADD COLUMN "identity_index" text;