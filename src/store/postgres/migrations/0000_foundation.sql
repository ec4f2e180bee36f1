CREATE TABLE "companies" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"org_number" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "company_roles" (
	"company_id" text NOT NULL,
	"person_id" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "company_roles_company_id_person_id_role_pk" PRIMARY KEY("company_id","person_id","role")
);
--> statement-breakpoint
CREATE TABLE "conversation_refs" (
	"conversation_id" text NOT NULL,
	"person_key" text NOT NULL,
	"person_id" text,
	"tenant_id" text,
	"conversation_type" text NOT NULL,
	"service_url" text NOT NULL,
	"reference" json NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"aad_object_id" text NOT NULL,
	"teams_user_id" text,
	"name" text,
	"email" text,
	"upn" text,
	"locale" text,
	"profile_fetched_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cart_items" (
	"id" text PRIMARY KEY NOT NULL,
	"company_id" text NOT NULL,
	"orderer_id" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"nationality" text NOT NULL,
	"identity_scheme" text NOT NULL,
	"identity_number" text NOT NULL,
	"coordination_number" text,
	"date_of_birth" text,
	"email" text NOT NULL,
	"mobile" text NOT NULL,
	"card_type" text NOT NULL,
	"has_bank_id" boolean NOT NULL,
	"manual_id_verification" boolean NOT NULL,
	"photo_id" text,
	"photo_failure" json,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "photos" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_person_id" text NOT NULL,
	"jpeg" "bytea" NOT NULL,
	"thumbnail" "bytea" NOT NULL,
	"findings" json NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bot_state" (
	"key" text PRIMARY KEY NOT NULL,
	"doc" text NOT NULL,
	"etag" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"company_id" text NOT NULL,
	"orderer_id" text NOT NULL,
	"status" text NOT NULL,
	"file_name" text NOT NULL,
	"total_rows" integer NOT NULL,
	"ready_rows" json NOT NULL,
	"problems" json NOT NULL,
	"report" "bytea",
	"created_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "upload_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"tenant_id" text NOT NULL,
	"conversation_id" text NOT NULL,
	"purpose" text NOT NULL,
	"locale" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"photo_id" text
);
--> statement-breakpoint
CREATE TABLE "company_addresses" (
	"id" text PRIMARY KEY NOT NULL,
	"company_id" text NOT NULL,
	"purpose" text NOT NULL,
	"name" text NOT NULL,
	"care_of" text,
	"street" text NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "company_settings" (
	"company_id" text PRIMARY KEY NOT NULL,
	"price_per_card_ore" integer NOT NULL,
	"vat_rate_percent" integer NOT NULL,
	"terms_en" text NOT NULL,
	"terms_sv" text NOT NULL,
	"terms_version" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delivery_options" (
	"id" text PRIMARY KEY NOT NULL,
	"company_id" text NOT NULL,
	"kind" text NOT NULL,
	"title_en" text NOT NULL,
	"title_sv" text NOT NULL,
	"description_en" text NOT NULL,
	"description_sv" text NOT NULL,
	"sort_order" integer NOT NULL,
	"active" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checkouts" (
	"id" text PRIMARY KEY NOT NULL,
	"company_id" text NOT NULL,
	"orderer_id" text NOT NULL,
	"status" text NOT NULL,
	"summary_items" json,
	"order_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_items" (
	"id" text PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"position" integer NOT NULL,
	"cart_item_id" text NOT NULL,
	"status" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"nationality" text NOT NULL,
	"identity_scheme" text NOT NULL,
	"identity_number" text NOT NULL,
	"coordination_number" text,
	"date_of_birth" text,
	"email" text NOT NULL,
	"mobile" text NOT NULL,
	"card_type" text NOT NULL,
	"has_bank_id" boolean NOT NULL,
	"manual_id_verification" boolean NOT NULL,
	"photo_id" text NOT NULL,
	"reason" text,
	"declined_field" text,
	"tracking_ref" text,
	"cardholder_person_id" text,
	"approval_round" integer DEFAULT 0 NOT NULL,
	"remind_at" timestamp with time zone,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"company_id" text NOT NULL,
	"orderer_id" text NOT NULL,
	"checkout_id" text NOT NULL,
	"status" text NOT NULL,
	"delivery_option_id" text NOT NULL,
	"delivery_kind" text NOT NULL,
	"delivery_title" text NOT NULL,
	"delivery_address" json,
	"recipients" json NOT NULL,
	"invoice_address" json NOT NULL,
	"expense_code" text,
	"terms_version" text NOT NULL,
	"item_count" integer NOT NULL,
	"price_per_card_ore" integer NOT NULL,
	"vat_rate_percent" integer NOT NULL,
	"net_ore" integer NOT NULL,
	"vat_ore" integer NOT NULL,
	"gross_ore" integer NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"seq" integer PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY (sequence name "audit_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_person_id" text,
	"what" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"details" json NOT NULL
);
--> statement-breakpoint
CREATE TABLE "channel_subscriptions" (
	"company_id" text NOT NULL,
	"conversation_id" text NOT NULL,
	"tenant_id" text NOT NULL,
	"subscribed_by" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "channel_subscriptions_company_id_conversation_id_pk" PRIMARY KEY("company_id","conversation_id")
);
--> statement-breakpoint
CREATE TABLE "pending_role_grants" (
	"company_id" text NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"granted_by" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pending_role_grants_company_id_email_role_pk" PRIMARY KEY("company_id","email","role")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"idempotency_key" text NOT NULL,
	"event_id" text NOT NULL,
	"recipient_kind" text NOT NULL,
	"recipient_id" text NOT NULL,
	"tenant_id" text NOT NULL,
	"conversation_id" text,
	"payload" json NOT NULL,
	"replaces_activity_id" text,
	"status" text NOT NULL,
	"attempts" integer NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"claim_token" text,
	"last_error" text,
	"coalesce_key" text,
	"coalesce_until" timestamp with time zone,
	"activity_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "card_posts" (
	"key" text PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"subject_id" text NOT NULL,
	"recipient_kind" text NOT NULL,
	"recipient_id" text NOT NULL,
	"tenant_id" text NOT NULL,
	"activity_id" text NOT NULL,
	"conversation_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leases" (
	"key" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "company_roles" ADD CONSTRAINT "company_roles_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_roles" ADD CONSTRAINT "company_roles_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cart_items" ADD CONSTRAINT "cart_items_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cart_items" ADD CONSTRAINT "cart_items_orderer_id_people_id_fk" FOREIGN KEY ("orderer_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_orderer_id_people_id_fk" FOREIGN KEY ("orderer_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upload_tokens" ADD CONSTRAINT "upload_tokens_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upload_tokens" ADD CONSTRAINT "upload_tokens_photo_id_photos_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_addresses" ADD CONSTRAINT "company_addresses_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_settings" ADD CONSTRAINT "company_settings_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_options" ADD CONSTRAINT "delivery_options_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkouts" ADD CONSTRAINT "checkouts_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkouts" ADD CONSTRAINT "checkouts_orderer_id_people_id_fk" FOREIGN KEY ("orderer_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_cardholder_person_id_people_id_fk" FOREIGN KEY ("cardholder_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_orderer_id_people_id_fk" FOREIGN KEY ("orderer_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_subscriptions" ADD CONSTRAINT "channel_subscriptions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_subscriptions" ADD CONSTRAINT "channel_subscriptions_subscribed_by_people_id_fk" FOREIGN KEY ("subscribed_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_role_grants" ADD CONSTRAINT "pending_role_grants_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_role_grants" ADD CONSTRAINT "pending_role_grants_granted_by_people_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "company_roles_person" ON "company_roles" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_refs_key" ON "conversation_refs" USING btree ("conversation_id","person_key");--> statement-breakpoint
CREATE INDEX "conversation_refs_person" ON "conversation_refs" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "people_tenant_aad" ON "people" USING btree ("tenant_id","aad_object_id");--> statement-breakpoint
CREATE INDEX "people_email" ON "people" USING btree ("email");--> statement-breakpoint
CREATE INDEX "cart_items_owner" ON "cart_items" USING btree ("company_id","orderer_id");--> statement-breakpoint
CREATE INDEX "import_jobs_owner" ON "import_jobs" USING btree ("company_id","orderer_id");--> statement-breakpoint
CREATE INDEX "upload_tokens_expires" ON "upload_tokens" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "company_addresses_company" ON "company_addresses" USING btree ("company_id","purpose");--> statement-breakpoint
CREATE INDEX "delivery_options_company" ON "delivery_options" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "checkouts_owner" ON "checkouts" USING btree ("company_id","orderer_id");--> statement-breakpoint
CREATE INDEX "order_items_order" ON "order_items" USING btree ("order_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "order_items_cart_item" ON "order_items" USING btree ("cart_item_id");--> statement-breakpoint
CREATE INDEX "order_items_email" ON "order_items" USING btree ("email","status");--> statement-breakpoint
CREATE INDEX "order_items_remind" ON "order_items" USING btree ("status","remind_at");--> statement-breakpoint
CREATE INDEX "order_items_expires" ON "order_items" USING btree ("status","expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_number" ON "orders" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_checkout" ON "orders" USING btree ("checkout_id");--> statement-breakpoint
CREATE INDEX "orders_owner" ON "orders" USING btree ("company_id","orderer_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_events_subject" ON "audit_events" USING btree ("subject_type","subject_id","seq");--> statement-breakpoint
CREATE INDEX "pending_role_grants_email" ON "pending_role_grants" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_idempotency_key" ON "outbox" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "outbox_due" ON "outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_recipient" ON "outbox" USING btree ("recipient_kind","recipient_id","status");--> statement-breakpoint
CREATE INDEX "card_posts_subject" ON "card_posts" USING btree ("purpose","subject_id");