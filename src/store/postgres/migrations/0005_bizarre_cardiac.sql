CREATE TABLE "import_checks" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"tenant_id" text NOT NULL,
	"locale" text NOT NULL,
	"file_name" text NOT NULL,
	"file" "bytea" NOT NULL,
	"reference" json NOT NULL,
	"card_activity_id" text,
	"attempts" integer NOT NULL,
	"lease_until" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "import_checks" ADD CONSTRAINT "import_checks_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_checks_lease" ON "import_checks" USING btree ("lease_until");