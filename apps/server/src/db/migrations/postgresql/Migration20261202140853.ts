import { Migration } from '@mikro-orm/migrations';

export class Migration20261202140853 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "meeting_cell_year" ("organization_id" int not null, "year" int not null, "m1" int not null, "m2" int not null, "m3" int not null, "m4" int not null, "m5" int not null, "m6" int not null, "m7" int not null, "m8" int not null, "m9" int not null, "m10" int not null, "m11" int not null, "m12" int not null, "q1" int not null, "q2" int not null, "q3" int not null, "q4" int not null, constraint "meeting_cell_year_pkey" primary key ("organization_id", "year"));`);

    this.addSql(`create table "meeting_month" ("path" varchar(1000) collate "C" not null, "month" int not null, "root_id" int not null, "meetings" int not null, "regular" int not null, "in_window" int not null, "thematic" int not null, "eligible" int not null, "present" int not null, "excused" int not null, "unexcused" int not null, "evening" int not null, "rated" int not null, "good" int not null, constraint "meeting_month_pkey" primary key ("path", "month"));`);
    this.addSql(`create index "meeting_month_root_index" on "meeting_month" ("root_id");`);
    this.addSql(`create index "meeting_date_path_index" on "meeting" ("date", "org_path");`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "meeting_cell_year" cascade;`);

    this.addSql(`drop table if exists "meeting_month" cascade;`);
    this.addSql(`drop index "meeting_date_path_index";`);

  }

}
