import { Migration } from '@mikro-orm/migrations';

export class Migration20261203073747 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "meeting_subtree_year" ("path" varchar(1000) collate "C" not null, "year" int not null, "cells" int not null, "months_due" int not null, "months_held" int not null, "quarters_due" int not null, "quarters_held" int not null, "behind_regular" int not null, "behind_thematic" int not null, constraint "meeting_subtree_year_pkey" primary key ("path", "year"));`);



  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "meeting_subtree_year" cascade;`);



  }

}
