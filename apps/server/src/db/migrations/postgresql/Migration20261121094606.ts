import { Migration } from '@mikro-orm/migrations';

export class Migration20261121094606 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "subtree_count" ("organization_id" int not null, "dimension" varchar(16) not null, "key" varchar(32) not null, "n" int not null, "root_id" int not null, constraint "subtree_count_pkey" primary key ("organization_id", "dimension", "key"));`);
    this.addSql(`create index "subtree_count_root_index" on "subtree_count" ("root_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "subtree_count" cascade;`);
  }

}
