import { Migration } from '@mikro-orm/migrations';

export class Migration20261121094606 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`subtree_count\` (\`organization_id\` integer not null, \`dimension\` text not null, \`key\` text not null, \`n\` integer not null, \`root_id\` integer not null, primary key (\`organization_id\`, \`dimension\`, \`key\`));`);
    this.addSql(`create index \`subtree_count_root_index\` on \`subtree_count\` (\`root_id\`);`);

  }

}
