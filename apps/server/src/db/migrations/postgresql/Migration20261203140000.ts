import { Migration } from '@mikro-orm/migrations';

export class Migration20261203140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "meeting_subtree_stage" ("path" varchar(1000) collate "C" not null, "year" int not null, "as_of" int not null, "months_due" int not null, "months_held" int not null, "quarters_due" int not null, "quarters_held" int not null, "behind_regular" int not null, "behind_thematic" int not null, constraint "meeting_subtree_stage_pkey" primary key ("path", "year", "as_of"));`);

    this.addSql(`create table "meeting_subtree_entry" ("path" varchar(1000) collate "C" not null, "year" int not null, "day" int not null, "cells" int not null, constraint "meeting_subtree_entry_pkey" primary key ("path", "year", "day"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "meeting_subtree_stage" cascade;`);
    this.addSql(`drop table if exists "meeting_subtree_entry" cascade;`);
  }

}
