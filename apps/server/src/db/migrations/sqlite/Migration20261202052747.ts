import { Migration } from '@mikro-orm/migrations';

export class Migration20261202052747 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`rating_count\` (\`subject\` text not null, \`year\` integer not null, \`path\` text not null, \`level\` text not null, \`n\` integer not null, \`root_id\` integer not null, primary key (\`subject\`, \`year\`, \`path\`, \`level\`));`);
    this.addSql(`create index \`rating_count_root_index\` on \`rating_count\` (\`root_id\`);`);

  }

}
