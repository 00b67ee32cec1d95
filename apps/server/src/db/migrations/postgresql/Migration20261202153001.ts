import { Migration } from '@mikro-orm/migrations';

export class Migration20261202153001 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "import_job" ("id" serial primary key, "user_id" int not null, "scope_path" varchar(1000) collate "C" null, "file_name" varchar(200) not null, "dry_run" boolean not null, "state" varchar(16) not null, "phase" varchar(16) null, "share" double precision not null default 0, "report" jsonb null, "error_code" varchar(32) null, "error_reason" varchar(64) null, "created_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "import_job_state_index" on "import_job" ("state");`);
    this.addSql(`create index "import_job_user_index" on "import_job" ("user_id", "id");`);



  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_job" cascade;`);



  }

}
