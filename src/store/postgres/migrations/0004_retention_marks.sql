ALTER TABLE "order_items" ADD COLUMN "identity_erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "order_items" ADD COLUMN "photo_erased_at" timestamp with time zone;