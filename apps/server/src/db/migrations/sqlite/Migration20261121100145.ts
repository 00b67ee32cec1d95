import { Migration } from '@mikro-orm/migrations';

export class Migration20261121100145 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`saved_query\` (\`id\` integer not null primary key autoincrement, \`owner_id\` integer not null, \`owner_name\` text not null, \`scope_path\` text null, \`name\` text not null, \`description\` text null, \`query\` text not null, \`variables\` text null, \`shared\` integer not null default false, \`updated_at\` datetime not null);`);
    this.addSql(`create index \`saved_query_owner_index\` on \`saved_query\` (\`owner_id\`);`);

  }

}
