import { Migration } from '@mikro-orm/migrations';

export class Migration20261121100145 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "saved_query" ("id" serial primary key, "owner_id" int not null, "owner_name" varchar(64) not null, "scope_path" varchar(1000) collate "C" null, "name" varchar(200) not null, "description" text null, "query" text not null, "variables" text null, "shared" boolean not null default false, "updated_at" timestamptz not null);`);
    this.addSql(`create index "saved_query_owner_index" on "saved_query" ("owner_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "saved_query" cascade;`);
  }

}
