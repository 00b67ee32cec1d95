import { Migration } from '@mikro-orm/migrations';

export class Migration20261121092756 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`user_id\` integer null, \`username\` text not null, \`action\` text not null, \`entity_type\` text not null, \`entity_id\` text not null, \`org_path\` text null, \`before\` json null, \`after\` json null);`);
    this.addSql(`create index \`audit_entry_user_index\` on \`audit_entry\` (\`user_id\`, \`at\`);`);
    this.addSql(`create index \`audit_entry_path_index\` on \`audit_entry\` (\`org_path\`, \`at\`);`);

  }

}
