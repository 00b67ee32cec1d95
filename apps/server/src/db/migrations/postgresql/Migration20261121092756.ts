import { Migration } from '@mikro-orm/migrations';

export class Migration20261121092756 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" serial primary key, "at" timestamptz not null, "user_id" int null, "username" varchar(64) not null, "action" varchar(64) not null, "entity_type" varchar(32) not null, "entity_id" varchar(64) not null, "org_path" varchar(1000) collate "C" null, "before" jsonb null, "after" jsonb null);`);
    this.addSql(`create index "audit_entry_user_index" on "audit_entry" ("user_id", "at");`);
    this.addSql(`create index "audit_entry_path_index" on "audit_entry" ("org_path", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);
  }

}
