import { Migration } from '@mikro-orm/migrations';

export class Migration20261203140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`meeting_subtree_stage\` (\`path\` text not null, \`year\` integer not null, \`as_of\` integer not null, \`months_due\` integer not null, \`months_held\` integer not null, \`quarters_due\` integer not null, \`quarters_held\` integer not null, \`behind_regular\` integer not null, \`behind_thematic\` integer not null, primary key (\`path\`, \`year\`, \`as_of\`));`);

    this.addSql(`create table \`meeting_subtree_entry\` (\`path\` text not null, \`year\` integer not null, \`day\` integer not null, \`cells\` integer not null, primary key (\`path\`, \`year\`, \`day\`));`);
  }

}
