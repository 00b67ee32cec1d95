import { Migration } from '@mikro-orm/migrations';

export class Migration20261202153000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`import_job\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer not null, \`scope_path\` text null, \`file_name\` text not null, \`dry_run\` integer not null, \`state\` text not null, \`phase\` text null, \`share\` double not null default 0, \`report\` json null, \`error_code\` text null, \`error_reason\` text null, \`created_at\` datetime not null, \`started_at\` datetime null, \`finished_at\` datetime null, \`updated_at\` datetime not null);`);
    this.addSql(`create index \`import_job_state_index\` on \`import_job\` (\`state\`);`);
    this.addSql(`create index \`import_job_user_index\` on \`import_job\` (\`user_id\`, \`id\`);`);


  }

}
